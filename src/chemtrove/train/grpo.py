"""Reinforcement learning with rule-based chemistry rewards (GRPO), with trl's GRPOTrainer.

Launch::

    chemtrove train grpo --config configs/train/tiny_cpu.yaml --data tasks --model_name_or_path runs/sft
    accelerate launch --config_file configs/train/accelerate/zero3.yaml -m chemtrove.train.grpo \\
        --config configs/train/grpo_vllm.yaml

For each prompt of the ``train_split`` the policy samples ``num_generations`` completions; every reward
named in ``reward_funcs`` (:data:`chemtrove.train.rewards.REWARDS`, or ``module:function``) scores them
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
from pathlib import Path
from typing import Any

from chemtrove.train.config import (
    DataArguments,
    ModelArguments,
    RewardArguments,
    ScoreArguments,
    check_world,
    parse_recipe,
    resolve_resume,
    tokenizer_dir,
    write_run_info,
)
from chemtrove.train.sft import load_task_rows, score_after_training

REWARD_COLUMNS = ("prompt", "task", "answer", "formula", "space_group")
"""Columns handed to the trainer: the prompt, and what the rewards read."""


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
    from datasets import Dataset
    from trl import GRPOTrainer

    from chemtrove.train.models import load_model, load_tokenizer
    from chemtrove.train.rewards import get_rewards

    t0 = time.time()
    tok_dir = tokenizer_dir(model_args)
    tokenizer = load_tokenizer(tok_dir)
    rows = load_task_rows(data_args, data_args.train_split, data_args.max_train_samples)
    # A "completion" column would shadow the generated completions in the reward arguments: drop it.
    train_set = Dataset.from_list([{k: r.get(k) for k in REWARD_COLUMNS} for r in rows])
    reward_funcs = get_rewards(reward_args.reward_funcs)
    model, fit = load_model(
        model_args.model_name_or_path,
        tokenizer,
        tok_dir,
        dtype=model_args.dtype,
        attn_implementation=model_args.attn_implementation,
        resize=model_args.resize_embeddings,
        tiny=model_args.tiny(),
    )
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=reward_funcs,
        args=training_args,
        train_dataset=train_set,
        processing_class=tokenizer,
        callbacks=callbacks,
    )
    check_world(trainer)
    resume = resolve_resume(training_args)
    result = trainer.train(resume_from_checkpoint=resume)
    trainer.save_model(training_args.output_dir)
    trainer.save_state()
    scores = score_after_training(trainer, tokenizer, data_args, score_args, training_args.output_dir)
    logged = [e for e in trainer.state.log_history if "reward" in e]
    names = [f.__name__ for f in reward_funcs]
    per_func = {
        n: [e.get(f"rewards/{n}/mean") for e in logged if e.get(f"rewards/{n}/mean") is not None] for n in names
    }
    summary = {
        "first_reward": logged[0]["reward"] if logged else None,
        "last_reward": logged[-1]["reward"] if logged else None,
        "rewards": {n: {"first": v[0], "last": v[-1]} for n, v in per_func.items() if v},
        "reward_funcs": names,
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "train_rows": len(train_set),
        "scores": scores,
        "resumed_from": Path(resume).name if resume else None,
        "embeddings": fit,
        "train_runtime": result.metrics.get("train_runtime"),
        "output_dir": str(training_args.output_dir),
        "wall_seconds": round(time.time() - t0, 2),
    }
    if trainer.accelerator.is_main_process:
        write_run_info(training_args.output_dir, "grpo", summary)
    return summary


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse ``--config recipe.yaml`` and overrides, then run GRPO (see the module docstring)."""
    model_args, data_args, score_args, reward_args, training_args = parse_recipe("grpo", argv)
    return train(model_args, data_args, score_args, reward_args, training_args)


if __name__ == "__main__":
    main(sys.argv[1:])
