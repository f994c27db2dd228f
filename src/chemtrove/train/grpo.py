"""Reinforcement learning with rule-based chemistry rewards (GRPO), with trl's GRPOTrainer.

Launch::

    chemtrove train grpo --config configs/train/tiny_cpu.yaml --data tasks --model_name_or_path runs/sft
    accelerate launch --config_file configs/train/accelerate/zero3.yaml -m chemtrove.train.grpo \\
        --config configs/train/grpo_vllm.yaml

For each prompt of the ``train_split`` the policy samples ``num_generations`` completions; every reward
named in ``reward_funcs`` (:data:`chemtrove.tasks.rewards.REWARDS`, or ``module:function``) scores them
from the row's reference columns (``task``, ``answer``, ``formula``, ``space_group``), trl sums the
rewards with ``reward_weights`` and normalizes them inside each group of generations. A reward that does
not apply to a row's task answers ``None`` and is left out, so one list of rewards serves a mixture of
tasks. The default ``[format, task]`` pays for the ``<think>``/``<answer>`` format and for the task's own
score (canonical match, class match, CIF validity + composition + space group, ...).

Generation runs in the training processes (transformers ``generate``) unless ``use_vllm: true``: then
vLLM generates, colocated with training (``vllm_mode: colocate``) or on a separate server
(``trl vllm-serve``), see ``configs/train/grpo_vllm.yaml``. After training, ``score_split`` is answered
greedily and scored like SFT's (``scores.json``), so the report compares the two stages.

Where this departs from the MiST paper: the paper runs RL with rule-based rewards after mid-stage training,
and measures "latent solvability" first to know whether RL can work. The rewards here are rule-based too;
they also cover crystals (CIF validity, composition, space group), and the solvability diagnostics live in
:mod:`chemtrove.eval`, not in this recipe.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from chemtrove.train.config import DataArguments, ModelArguments, RewardArguments, ScoreArguments, parse_recipe
from chemtrove.train.experts import train_experts
from chemtrove.train.multitask import task_reward_curves
from chemtrove.train.runner import (  # noqa: F401 - REWARD_COLUMNS: also imported from here by older code
    REWARD_COLUMNS,
    finish_stage,
    grpo_dataset,
    load_stage_model,
    load_stage_tokenizer,
    lora_setup,
    reward_setup,
    run_fields,
    run_trainer,
    score_after_training,
    training_rows,
)


def train(
    model_args: ModelArguments,
    data_args: DataArguments,
    score_args: ScoreArguments,
    reward_args: RewardArguments,
    training_args: Any,
    callbacks: list | None = None,
) -> dict[str, Any]:
    """Run GRPO with parsed arguments (what :func:`main` does after parsing).

    Args:
        model_args: Model and tokenizer.
        data_args: Task folders and splits.
        score_args: Scoring after training.
        reward_args: Reward names (or functions).
        training_args: trl's ``GRPOConfig``.
        callbacks: Extra ``transformers.TrainerCallback`` objects.

    Returns:
        A summary: reward means at the start and the end, steps, task scores, output folder.
    """
    from trl import GRPOTrainer

    if model_args.experts:
        return train_experts(
            "grpo", model_args, data_args, score_args, training_args, reward_args=reward_args, callbacks=callbacks
        )
    t0 = time.time()
    tok_dir, tokenizer = load_stage_tokenizer(model_args)
    rows = training_rows(data_args, training_args.seed)
    train_set = grpo_dataset(rows)
    reward_funcs = reward_setup(reward_args, training_args, sorted({str(r.get("task")) for r in rows}))
    model, fit = load_stage_model(model_args, tokenizer, tok_dir)
    peft_config, base = lora_setup(model_args, model, tokenizer, tok_dir, fit, training_args.output_dir)
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=reward_funcs,
        args=training_args,
        train_dataset=train_set,
        processing_class=tokenizer,
        callbacks=callbacks,
        peft_config=peft_config,
    )
    run = run_trainer(trainer, training_args, tokenizer, model_args, base, peft_config is not None, stage="grpo")
    scores = score_after_training(trainer, tokenizer, data_args, score_args, training_args.output_dir)
    rewarded = [e for e in trainer.state.log_history if "reward" in e]
    names = [getattr(f, "__name__", type(f).__name__) for f in reward_funcs]
    curves = task_reward_curves(trainer.state.log_history)
    per_func = {
        n: [e.get(f"rewards/{n}/mean") for e in rewarded if e.get(f"rewards/{n}/mean") is not None] for n in names
    }
    summary = {
        "first_reward": rewarded[0]["reward"] if rewarded else None,
        "last_reward": rewarded[-1]["reward"] if rewarded else None,
        "rewards": {n: {"first": v[0], "last": v[-1]} for n, v in per_func.items() if v},
        "reward_funcs": names,
        "reward_weights": list(training_args.reward_weights) if training_args.reward_weights else None,
        "task_rewards": {t: {"first": v[0][1], "last": v[-1][1], "points": len(v)} for t, v in curves.items()},
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "train_rows": len(train_set),
        "scores": scores,
        **run_fields(run, fit),
        "train_runtime": run.result.metrics.get("train_runtime"),
    }
    return finish_stage(trainer, "grpo", summary, training_args.output_dir, t0)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse ``--config recipe.yaml`` and overrides, then run GRPO (see the module docstring)."""
    model_args, data_args, score_args, reward_args, training_args = parse_recipe("grpo", argv)
    return train(model_args, data_args, score_args, reward_args, training_args)


if __name__ == "__main__":
    main(sys.argv[1:])
