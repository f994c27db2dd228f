"""Supervised fine-tuning (SFT) on chemistry tasks, with trl's SFTTrainer and a completion-only loss.

Launch::

    chemtrove tasks build --inputs OUT/shards data/perov5.csv --out tasks --format think
    chemtrove train sft --config configs/train/tiny_cpu.yaml --data tasks --model_name_or_path runs/cpt
    torchrun --nproc_per_node 8 -m chemtrove.train.sft --config recipe.yaml

Reads task folders written by ``chemtrove tasks build`` (:mod:`chemtrove.train.tasks`): the
``train_split`` is trained on, ``eval_split`` gives the eval loss, and ``score_split`` is answered greedily
after training and scored with the task rewards (``scores.json``: the task scores of the report). The
loss covers the completion only (trl's default for prompt/completion data): the model learns to answer,
not to reproduce questions. Checkpoints and ``resume_from_checkpoint: auto`` work as in CPT.

Where this departs from the MiST paper: SFT there teaches a reasoning format before RL, so that RL starts
from a model that already writes it. The format here is ``<think>...</think><answer>...</answer>``, but the
``<think>`` text of the built-in tasks is a short templated rationale (formula, atom counts, crystal
system), not written reasoning; pass real traces (e.g. from a teacher model) through
:func:`chemtrove.train.tasks.build_examples` (``rationale=``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from chemtrove.console import use_stage_progress
from chemtrove.train.config import (
    DataArguments,
    ModelArguments,
    ScoreArguments,
    check_world,
    parse_recipe,
    resolve_resume,
    tokenizer_dir,
    write_run_info,
)


def load_task_rows(data_args: DataArguments, split: str, max_samples: int | None) -> list[dict[str, Any]]:
    """Rows of one split from every ``data`` path (task folders or parquet/jsonl files).

    Args:
        data_args: ``data`` paths and the ``tasks`` filter.
        split: Split name (files that are not task folders are read whole).
        max_samples: Keep at most this many rows, tasks interleaved.

    Returns:
        The rows.
    """
    from chemtrove.train.tasks import load_tasks

    if not data_args.data:
        raise ValueError("sft/grpo need data: task folders from `chemtrove tasks build` (or parquet/jsonl files)")
    rows: list[dict[str, Any]] = []
    for path in data_args.data:
        rows.extend(load_tasks(path, split, tasks=data_args.tasks, max_samples=None))
    if not rows:
        raise ValueError(f"no {split!r} rows in {data_args.data} for tasks {data_args.tasks}")
    if max_samples is not None and len(rows) > max_samples:
        rows = _interleave(rows, max_samples)
    return rows


def _interleave(rows: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(str(r.get("task")), []).append(r)
    out, i = [], 0
    while len(out) < n:
        for g in groups.values():
            if i < len(g) and len(out) < n:
                out.append(g[i])
        i += 1
    return out


def training_rows(data_args: DataArguments, seed: int = 0) -> list[dict[str, Any]]:
    """The training split's rows, balanced over tasks when ``task_sampling: balanced``.

    Args:
        data_args: Data arguments (``train_split``, ``max_train_samples``, ``task_sampling``).
        seed: Seed of the order of repeated rows.

    Returns:
        The rows.
    """
    rows = load_task_rows(data_args, data_args.train_split, data_args.max_train_samples)
    if data_args.task_sampling == "balanced":
        from chemtrove.train.tasks import balance_tasks

        rows = balance_tasks(rows, seed)
    return rows


def sft_dataset(rows: list[dict[str, Any]]) -> Any:
    """A ``datasets.Dataset`` of the ``prompt``/``completion`` columns (the reference columns are for rewards)."""
    from datasets import Dataset

    return Dataset.from_list([{k: r[k] for k in ("prompt", "completion")} for r in rows])


def score_after_training(
    trainer: Any, tokenizer: Any, data_args: DataArguments, score_args: ScoreArguments, output_dir: str | Path
) -> dict[str, Any] | None:
    """Answer ``score_split`` greedily on the main process and write ``scores.json`` (``None`` if not asked)."""
    from chemtrove.train.report import score_tasks

    if not score_args.score_split:
        return None
    scores = None
    if trainer.accelerator.is_main_process:
        rows = load_task_rows(data_args, score_args.score_split, score_args.score_samples)
        model = trainer.accelerator.unwrap_model(trainer.model)
        scores = score_tasks(
            model,
            tokenizer,
            rows,
            max_new_tokens=score_args.score_max_new_tokens,
            batch_size=score_args.score_batch_size,
        )
        scores["split"] = score_args.score_split
        path = Path(output_dir) / "scores.json"
        path.write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    trainer.accelerator.wait_for_everyone()
    return scores


def train(
    model_args: ModelArguments,
    data_args: DataArguments,
    score_args: ScoreArguments,
    training_args: Any,
    callbacks: list | None = None,
) -> dict[str, Any]:
    """Run SFT with parsed arguments (what :func:`main` does after parsing).

    Args:
        model_args: Model and tokenizer.
        data_args: Task folders and splits.
        score_args: Scoring after training.
        training_args: trl's ``SFTConfig``.
        callbacks: Extra ``transformers.TrainerCallback`` objects.

    Returns:
        A summary: losses, steps, task scores, output folder.
    """
    from chemtrove.train.cpt import trainer_class
    from chemtrove.train.lora import lora_config, prepare_base, save_trained, trainable_summary
    from chemtrove.train.models import load_model, load_tokenizer

    if model_args.experts:
        from chemtrove.train.experts import train_experts

        return train_experts("sft", model_args, data_args, score_args, training_args, callbacks=callbacks)
    t0 = time.time()
    tok_dir = tokenizer_dir(model_args)
    tokenizer = load_tokenizer(tok_dir)
    train_rows = training_rows(data_args, training_args.seed)
    train_set = sft_dataset(train_rows)
    eval_set = None
    if data_args.eval_split and training_args.eval_strategy != "no":
        eval_set = sft_dataset(load_task_rows(data_args, data_args.eval_split, data_args.max_eval_samples))
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
    trainer = trainer_class(model_args.lm_head)(
        model=model,
        args=training_args,
        train_dataset=train_set,
        eval_dataset=eval_set,
        processing_class=tokenizer,
        callbacks=callbacks,
        peft_config=peft_config,
    )
    peft_info = trainable_summary(trainer.model) if peft_config is not None else None
    check_world(trainer)
    use_stage_progress(trainer, "sft")
    resume = resolve_resume(training_args)
    result = trainer.train(resume_from_checkpoint=resume)
    saved = save_trained(trainer, tokenizer, training_args.output_dir, model_args, base)
    trainer.save_state()
    scores = score_after_training(trainer, tokenizer, data_args, score_args, training_args.output_dir)
    losses = [e["loss"] for e in trainer.state.log_history if "loss" in e]
    eval_losses = [e["eval_loss"] for e in trainer.state.log_history if "eval_loss" in e]
    summary = {
        "train_loss": result.training_loss,
        "first_loss": losses[0] if losses else None,
        "last_loss": losses[-1] if losses else None,
        "eval_loss": eval_losses[-1] if eval_losses else None,
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "train_rows": len(train_set),
        "tasks": sorted({str(r.get("task")) for r in train_rows}),
        "scores": scores,
        "resumed_from": Path(resume).name if resume else None,
        "embeddings": fit,
        "peft": None if peft_info is None else {**peft_info, **saved},
        "train_runtime": result.metrics.get("train_runtime"),
        "output_dir": str(training_args.output_dir),
        "wall_seconds": round(time.time() - t0, 2),
    }
    if trainer.accelerator.is_main_process:
        write_run_info(training_args.output_dir, "sft", summary)
    return summary


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse ``--config recipe.yaml`` and overrides, then run SFT (see the module docstring)."""
    model_args, data_args, score_args, training_args = parse_recipe("sft", argv)
    return train(model_args, data_args, score_args, training_args)


if __name__ == "__main__":
    main(sys.argv[1:])
