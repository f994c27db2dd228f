"""What every training recipe shares: data rows, the model set-up, the training run, scoring and summaries.

The stage files (:mod:`~chemtrove.train.cpt`, :mod:`~chemtrove.train.sft`, :mod:`~chemtrove.train.grpo`) are
siblings over this module: each parses its recipe, builds its dataset and trainer, and calls the same steps:

1. :func:`load_stage_tokenizer` and :func:`load_stage_model` (a local folder or a tiny model, fitted to a
   chemistry tokenizer once), :func:`lora_setup` (the LoRA config and where an unmerged adapter's base lives);
2. :func:`run_trainer`: check the process world, resume from the newest checkpoint (``auto``), train, save the
   model (merged or as an adapter) and the trainer state;
3. :func:`score_after_training` (held-out task prompts answered greedily, ``scores.json``) and
   :func:`run_fields` / :func:`finish_stage` (the summary every stage reports, ``run_info.json``).

Per-task experts (:mod:`chemtrove.train.experts`) use the same data, trainer and scoring helpers. torch,
transformers and trl are imported inside the functions that need them.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chemtrove.console import use_stage_progress
from chemtrove.tasks import balance_tasks, load_tasks
from chemtrove.tasks.rewards import format_reward, get_rewards, task_reward
from chemtrove.train.config import (
    DataArguments,
    ModelArguments,
    RewardArguments,
    ScoreArguments,
    check_world,
    resolve_resume,
    tokenizer_dir,
    write_run_info,
)
from chemtrove.train.lora import lora_config, prepare_base, save_trained, trainable_summary
from chemtrove.train.models import load_model, load_tokenizer
from chemtrove.train.multitask import expand_task_rewards

__all__ = [
    "REWARD_COLUMNS",
    "TrainedStage",
    "finish_stage",
    "grpo_dataset",
    "load_stage_model",
    "load_stage_tokenizer",
    "load_task_rows",
    "logged",
    "lora_setup",
    "reward_setup",
    "run_fields",
    "run_trainer",
    "score_after_training",
    "score_tasks",
    "sft_dataset",
    "trainer_class",
    "training_rows",
]


# ---------------------------------------------------------------------------------------------------- data
def load_task_rows(data_args: DataArguments, split: str, max_samples: int | None) -> list[dict[str, Any]]:
    """Rows of one split from every ``data`` path (task folders or parquet/jsonl files).

    Args:
        data_args: ``data`` paths and the ``tasks`` filter.
        split: Split name (files that are not task folders are read whole).
        max_samples: Keep at most this many rows, tasks interleaved.

    Returns:
        The rows.
    """
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
        rows = balance_tasks(rows, seed)
    return rows


def sft_dataset(rows: list[dict[str, Any]]) -> Any:
    """A ``datasets.Dataset`` of the ``prompt``/``completion`` columns (the reference columns are for rewards)."""
    from datasets import Dataset

    return Dataset.from_list([{k: r[k] for k in ("prompt", "completion")} for r in rows])


# --------------------------------------------------------------------------------------------- model set-up
def load_stage_tokenizer(model_args: ModelArguments) -> tuple[str, Any]:
    """The tokenizer folder of a recipe and its transformers tokenizer (with a pad token).

    Args:
        model_args: Model and tokenizer arguments.

    Returns:
        ``(tokenizer folder, tokenizer)``.
    """
    tok_dir = tokenizer_dir(model_args)
    return tok_dir, load_tokenizer(tok_dir)


def load_stage_model(
    model_args: ModelArguments, tokenizer: Any, tok_dir: str, *, experts: bool = False
) -> tuple[Any, dict[str, Any]]:
    """The model a stage trains, fitted to the tokenizer (see :func:`chemtrove.train.models.load_model`).

    Args:
        model_args: Model arguments (path or ``tiny-*``, dtype, attention, resize, tiny sizes).
        tokenizer: The stage's tokenizer.
        tok_dir: Its folder.
        experts: Load a folder of per-task experts as its plain base (to continue training the adapters).

    Returns:
        ``(model, what fitting the embeddings did)``.
    """
    return load_model(
        model_args.model_name_or_path,
        tokenizer,
        tok_dir,
        dtype=model_args.dtype,
        attn_implementation=model_args.attn_implementation,
        resize=model_args.resize_embeddings,
        tiny=model_args.tiny(),
        experts=experts,
    )


def lora_setup(
    model_args: ModelArguments, model: Any, tokenizer: Any, tok_dir: str, fit: dict[str, Any], output_dir: str | Path
) -> tuple[Any, Path | None]:
    """The LoRA config of a stage (``None`` without ``use_peft``) and the base an unmerged adapter refers to.

    Args:
        model_args: Model arguments (``use_peft``, ranks, targets, ``merge_adapter``).
        model: The plain model.
        tokenizer: Its tokenizer.
        tok_dir: The tokenizer folder (new chemistry ids get trainable rows or modules).
        fit: What fitting the embeddings did.
        output_dir: The stage's output folder (a base built on the spot is saved in ``base/`` there).

    Returns:
        ``(peft config, base folder)``.
    """
    peft_config = lora_config(model_args, model, tok_dir)
    base = prepare_base(model, tokenizer, model_args, fit, output_dir)
    return peft_config, base


# ------------------------------------------------------------------------------------------------ training
def trainer_class(lm_head: str = "auto") -> type:
    """trl's ``SFTTrainer``, or (``lm_head`` plain) a subclass whose loss is the model's own.

    trl patches the model with a chunked "fused" LM head that never materializes the full logits and also
    computes entropy and top-1 accuracy for its logs. With Triton on a GPU that saves the memory of the
    logits (large for 150k-token vocabularies); on CPU it is chunked PyTorch that recomputes the logits in
    backward, and training ran at 0.57x the tokens/s of a plain ``transformers.Trainer`` on the same model
    and data (bench/bench_train.py). The plain variant computes the loss as ``Trainer`` does (the labels,
    with -100 on masked prompt tokens, go to the model), keeps trl's data preparation and packing, and still
    counts trained tokens (``num_tokens`` in the logs).

    Args:
        lm_head: ``fused``, ``plain`` or ``auto`` (fused when CUDA is available).

    Returns:
        The trainer class.
    """
    import torch
    from transformers import Trainer
    from trl import SFTTrainer

    if lm_head not in ("auto", "fused", "plain"):
        raise ValueError(f"lm_head must be auto, fused or plain, got {lm_head!r}")
    if lm_head == "fused" or (lm_head == "auto" and torch.cuda.is_available()):
        return SFTTrainer

    class PlainLossSFTTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            inputs["use_cache"] = False  # packed windows: a KV cache is useless and warns with checkpointing
            if model.training and "attention_mask" in inputs:
                seen = self.accelerator.gather_for_metrics(inputs["attention_mask"].sum()).sum().item()
                self._total_train_tokens = getattr(self, "_total_train_tokens", 0) + seen
                if hasattr(self, "_metrics"):
                    self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
            return Trainer.compute_loss(
                self, model, inputs, return_outputs=return_outputs, num_items_in_batch=num_items_in_batch
            )

    return PlainLossSFTTrainer


@dataclass
class TrainedStage:
    """What :func:`run_trainer` did.

    Attributes:
        result: The trainer's ``TrainOutput``.
        resume: The checkpoint training resumed from (``None``: from the start).
        saved: What saving did (merged, adapter folder, base).
        peft_info: Trainable parameters of a LoRA model (``None`` without LoRA).
    """

    result: Any
    resume: str | None
    saved: dict[str, Any]
    peft_info: dict[str, Any] | None


def run_trainer(
    trainer: Any,
    training_args: Any,
    tokenizer: Any,
    model_args: ModelArguments,
    base: Path | None,
    peft: bool,
    stage: str | None = None,
) -> TrainedStage:
    """Train and save: the part every stage runs the same way.

    Checks the process world, resumes from ``resume_from_checkpoint`` (``auto``: the newest checkpoint of
    ``output_dir``), trains, saves the model (merged, or the adapter with ``adapters.json`` naming ``base``) and
    the tokenizer, and the trainer state.

    Args:
        trainer: A built trl trainer.
        training_args: Its config.
        tokenizer: The tokenizer saved beside the model.
        model_args: Model arguments (how LoRA adapters are saved).
        base: The base an unmerged adapter refers to.
        peft: Whether the model was given a LoRA config.
        stage: The stage's name on its progress bar (``None``: the trainer's own logging).

    Returns:
        The run's result, resume point, saved paths and trainable parameters.
    """
    peft_info = trainable_summary(trainer.model) if peft else None
    check_world(trainer)
    if stage is not None:
        use_stage_progress(trainer, stage)
    resume = resolve_resume(training_args)
    result = trainer.train(resume_from_checkpoint=resume)
    saved = save_trained(trainer, tokenizer, training_args.output_dir, model_args, base)
    trainer.save_state()
    return TrainedStage(result, resume, saved, peft_info)


def logged(trainer: Any, key: str) -> list[Any]:
    """The values of one logged key (``loss``, ``eval_loss``, ``reward``) in the trainer's log history.

    Args:
        trainer: A trained trainer.
        key: The key.

    Returns:
        The values in logging order.
    """
    return [e[key] for e in trainer.state.log_history if key in e]


def run_fields(run: TrainedStage, fit: dict[str, Any]) -> dict[str, Any]:
    """The summary fields every stage reports about its run: resume point, embedding fit, LoRA.

    Args:
        run: What :func:`run_trainer` did.
        fit: What fitting the embeddings did.

    Returns:
        ``{"resumed_from", "embeddings", "peft"}``.
    """
    return {
        "resumed_from": Path(run.resume).name if run.resume else None,
        "embeddings": fit,
        "peft": None if run.peft_info is None else {**run.peft_info, **run.saved},
    }


def finish_stage(trainer: Any, stage: str, summary: dict[str, Any], output_dir: str | Path, t0: float) -> dict:
    """Add the output folder and the wall time to a summary, and write ``run_info.json`` on the main process.

    Args:
        trainer: The trainer (its accelerator says which process is the main one).
        stage: ``cpt``, ``sft`` or ``grpo``.
        summary: The stage's summary.
        output_dir: The stage's output folder.
        t0: ``time.time()`` when the stage started.

    Returns:
        The summary.
    """
    summary.update({"output_dir": str(output_dir), "wall_seconds": round(time.time() - t0, 2)})
    if trainer.accelerator.is_main_process:
        write_run_info(output_dir, stage, summary)
    return summary


# ----------------------------------------------------------------------------------------------- trainers
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
    funcs = get_rewards(reward_args.reward_funcs)
    if reward_args.reward_mode != "per_task":
        return funcs
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


# ------------------------------------------------------------------------------------------------ scoring
def score_tasks(
    model: Any,
    tokenizer: Any,
    rows: Sequence[dict[str, Any]],
    *,
    max_new_tokens: int = 96,
    batch_size: int = 16,
    keep_samples: int = 2,
) -> dict[str, Any]:
    """Greedy answers to task prompts, scored with the task rewards.

    Args:
        model: A causal LM (unwrapped).
        tokenizer: Its tokenizer.
        rows: Task rows (``prompt``, ``task``, ``answer``, ``formula``, ``space_group``).
        max_new_tokens: Longest answer.
        batch_size: Prompts per ``generate`` call.
        keep_samples: Completions kept per task in the result, to read what the model writes.

    Returns:
        ``{"overall", "per_task": {task: mean}, "format_rate", "n", "samples": {task: [...]}}``.
    """
    import torch

    was_training = model.training
    model.eval()
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"  # generation continues from the right end of every prompt
    completions: list[str] = []
    try:
        for i in range(0, len(rows), batch_size):
            batch = rows[i : i + batch_size]
            prompts = [
                r["prompt"]
                if isinstance(r["prompt"], str)
                else tokenizer.apply_chat_template(r["prompt"], tokenize=False, add_generation_prompt=True)
                for r in batch
            ]
            enc = tokenizer(prompts, return_tensors="pt", padding=True).to(model.device)
            with torch.no_grad():
                out = model.generate(
                    **enc,
                    do_sample=False,
                    max_new_tokens=max_new_tokens,
                    pad_token_id=tokenizer.pad_token_id,
                    eos_token_id=tokenizer.eos_token_id,
                )
            completions += tokenizer.batch_decode(out[:, enc["input_ids"].shape[1] :], skip_special_tokens=True)
    finally:
        tokenizer.padding_side = side
        model.train(was_training)
    cols = {k: [r.get(k) for r in rows] for k in ("task", "answer", "formula", "space_group")}
    scores = task_reward(completions, **cols)
    fmt = format_reward(completions)
    per_task: dict[str, list[float]] = {}
    samples: dict[str, list[dict[str, Any]]] = {}
    for r, c, s in zip(rows, completions, scores, strict=True):
        per_task.setdefault(str(r.get("task")), []).append(0.0 if s is None else s)
        kept = samples.setdefault(str(r.get("task")), [])
        if len(kept) < keep_samples:
            kept.append({"id": r.get("id"), "completion": c[:400], "answer": str(r.get("answer"))[:200], "score": s})
    values = [v for vs in per_task.values() for v in vs]
    return {
        "overall": round(sum(values) / len(values), 4) if values else None,
        "per_task": {t: round(sum(v) / len(v), 4) for t, v in sorted(per_task.items())},
        "n_per_task": {t: len(v) for t, v in sorted(per_task.items())},
        "format_rate": round(sum(fmt) / len(fmt), 4) if fmt else None,
        "n": len(rows),
        "samples": samples,
    }


def score_after_training(
    trainer: Any, tokenizer: Any, data_args: DataArguments, score_args: ScoreArguments, output_dir: str | Path
) -> dict[str, Any] | None:
    """Answer ``score_split`` greedily on the main process and write ``scores.json`` (``None`` if not asked)."""
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
