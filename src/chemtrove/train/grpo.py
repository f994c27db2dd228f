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

from chemtrove.console import use_stage_progress
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
from chemtrove.train.sft import score_after_training, training_rows

REWARD_COLUMNS = ("prompt", "task", "answer", "formula", "space_group")
"""Columns handed to the trainer: the prompt, and what the rewards read."""


def grpo_dataset(rows: list[dict[str, Any]]) -> Any:
    """A ``datasets.Dataset`` of :data:`REWARD_COLUMNS`.

    A "completion" column would shadow the generated completions in the reward arguments: it is left out.
    """
    from datasets import Dataset

    return Dataset.from_list([{k: r.get(k) for k in REWARD_COLUMNS} for r in rows])


def reward_setup(reward_args: RewardArguments, training_args: Any, tasks: list[str]) -> list[Any]:
    """The reward functions of a run; with ``reward_mode: per_task`` also sets ``training_args.reward_weights``.

    Args:
        reward_args: Reward names (or functions) and the multi-task settings.
        training_args: trl's ``GRPOConfig`` (its ``reward_weights`` are read, and replaced per task).
        tasks: The tasks of the training rows.

    Returns:
        The reward functions, in the order of ``reward_weights``.
    """
    from chemtrove.train.rewards import get_rewards

    funcs = get_rewards(reward_args.reward_funcs)
    if reward_args.reward_mode != "per_task":
        return funcs
    from chemtrove.train.multitask import expand_task_rewards

    funcs, weights = expand_task_rewards(
        funcs,
        training_args.reward_weights,
        tasks,
        task_rewards=reward_args.task_rewards,
        task_weights=reward_args.task_weights,
        normalization=reward_args.task_reward_normalization,
    )
    training_args.reward_weights = weights
    return funcs


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

    from chemtrove.train.lora import lora_config, prepare_base, save_trained, trainable_summary
    from chemtrove.train.models import load_model, load_tokenizer
    from chemtrove.train.multitask import task_reward_curves

    if model_args.experts:
        from chemtrove.train.experts import train_experts

        return train_experts(
            "grpo", model_args, data_args, score_args, training_args, reward_args=reward_args, callbacks=callbacks
        )
    t0 = time.time()
    tok_dir = tokenizer_dir(model_args)
    tokenizer = load_tokenizer(tok_dir)
    rows = training_rows(data_args, training_args.seed)
    train_set = grpo_dataset(rows)
    reward_funcs = reward_setup(reward_args, training_args, sorted({str(r.get("task")) for r in rows}))
    model, fit = load_model(
        model_args.model_name_or_path,
        tokenizer,
        tok_dir,
        dtype=model_args.dtype,
        attn_implementation=model_args.attn_implementation,
        resize=model_args.resize_embeddings,
        tiny=model_args.tiny(),
    )
    peft_config = lora_config(model_args, model, tok_dir)
    base = prepare_base(model, tokenizer, model_args, fit, training_args.output_dir)
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=reward_funcs,
        args=training_args,
        train_dataset=train_set,
        processing_class=tokenizer,
        callbacks=callbacks,
        peft_config=peft_config,
    )
    peft_info = trainable_summary(trainer.model) if peft_config is not None else None
    check_world(trainer)
    use_stage_progress(trainer, "grpo")
    resume = resolve_resume(training_args)
    result = trainer.train(resume_from_checkpoint=resume)
    saved = save_trained(trainer, tokenizer, training_args.output_dir, model_args, base)
    trainer.save_state()
    scores = score_after_training(trainer, tokenizer, data_args, score_args, training_args.output_dir)
    logged = [e for e in trainer.state.log_history if "reward" in e]
    names = [getattr(f, "__name__", type(f).__name__) for f in reward_funcs]
    curves = task_reward_curves(trainer.state.log_history)
    per_func = {
        n: [e.get(f"rewards/{n}/mean") for e in logged if e.get(f"rewards/{n}/mean") is not None] for n in names
    }
    summary = {
        "first_reward": logged[0]["reward"] if logged else None,
        "last_reward": logged[-1]["reward"] if logged else None,
        "rewards": {n: {"first": v[0], "last": v[-1]} for n, v in per_func.items() if v},
        "reward_funcs": names,
        "reward_weights": list(training_args.reward_weights) if training_args.reward_weights else None,
        "task_rewards": {t: {"first": v[0][1], "last": v[-1][1], "points": len(v)} for t, v in curves.items()},
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "train_rows": len(train_set),
        "scores": scores,
        "resumed_from": Path(resume).name if resume else None,
        "embeddings": fit,
        "peft": None if peft_info is None else {**peft_info, **saved},
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
