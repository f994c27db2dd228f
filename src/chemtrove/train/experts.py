"""Per-task experts: several named LoRA adapters on one base, one per task family, chosen by task tag.

A recipe with ``use_peft: true`` and ``experts: [molecules, reactions, crystals]`` (or ``name=task1,task2``
entries) in its ``sft`` or ``grpo`` section trains one adapter per entry on that entry's rows of the same
multi-task data, one after the other on one base (:func:`train_experts`): the training arguments
(``max_steps``, learning rate, ...) apply to each expert, the base stays frozen, and a GRPO run aligns each
expert with the rewards of its own tasks. The output folder holds::

    adapters.json          format chemtrove.adapters/1, kind "experts": base, {expert: path, tasks}, router
    adapters/<expert>/     one peft adapter per expert
    base/                  the base, when it exists nowhere else (built tiny, or just resized)
    experts/<expert>/      each expert's checkpoints and trainer_state.json
    scores.json            held-out task scores, each row answered by its expert

Routing (:class:`ExpertRouter`): ``expert_router: task`` sends a row to the expert of its ``task`` tag (rows of
other tasks use the base, adapters off). ``expert_router: learned`` routes by the prompt text instead, with a
nearest-centroid classifier over hashed character 3-grams fitted on the training prompts
(:class:`PromptRouter`, stored as JSON in ``adapters.json``): for prompts that carry no task tag. Its accuracy
against the tags of the held-out rows is reported. ``chemtrove eval`` and :func:`load_experts` read the folder
back and route the same way; a grpo stage whose ``model_name_or_path`` is an experts folder continues
training its adapters.

Restrictions: GRPO experts need ``beta: 0.0`` (trl's KL reference for a PeftModel copies an adapter named
``default``), and experts cannot be merged into one plain model.
"""

from __future__ import annotations

import copy
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from chemtrove.adapters import ExpertRouter, PromptRouter, attach_experts, load_experts, prompt_text
from chemtrove.console import use_stage_progress
from chemtrove.train.config import check_world, resolve_resume, write_run_info
from chemtrove.train.expert_specs import parse_experts
from chemtrove.train.lora import lora_config, prepare_base, read_manifest, trainable_summary, write_manifest
from chemtrove.train.runner import (
    grpo_dataset,
    load_stage_model,
    load_stage_tokenizer,
    load_task_rows,
    reward_setup,
    score_tasks,
    sft_dataset,
    trainer_class,
    training_rows,
)


# ----------------------------------------------------------------------------------------------- scoring
def score_experts(model: Any, tokenizer: Any, rows: Sequence[dict[str, Any]], router: ExpertRouter, **kw: Any) -> dict:
    """:func:`chemtrove.train.report.score_tasks` with each row answered by its expert.

    Args:
        model: The ``PeftModel`` with every expert loaded.
        tokenizer: Its tokenizer.
        rows: Task rows.
        router: The :class:`ExpertRouter`.
        **kw: Passed to ``score_tasks`` (``max_new_tokens``, ``batch_size``).

    Returns:
        ``score_tasks``'s result over all rows, plus ``experts`` (rows per expert) and, with a learned router,
        ``router_accuracy`` (share of rows routed to the expert of their task tag).
    """

    parts = []
    groups = router.groups(rows)
    for name, idx in groups.items():
        with router.activate(model, name):
            parts.append(score_tasks(model, tokenizer, [rows[i] for i in idx], **kw))
    merged = merge_scores(parts)
    merged["experts"] = {str(k): len(v) for k, v in groups.items()}
    if router.learned is not None:
        tagged = [r for r in rows if str(r.get("task")) in router.by_task]
        hits = sum(router.route(r) == router.by_task[str(r.get("task"))] for r in tagged)
        merged["router_accuracy"] = round(hits / len(tagged), 4) if tagged else None
    return merged


def merge_scores(parts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One ``score_tasks`` result from results on disjoint groups of rows (means weighted by rows).

    Example:
        >>> a = {"per_task": {"x": 1.0}, "n_per_task": {"x": 2}, "format_rate": 1.0, "n": 2, "samples": {}}
        >>> b = {"per_task": {"y": 0.0}, "n_per_task": {"y": 2}, "format_rate": 0.5, "n": 2, "samples": {}}
        >>> m = merge_scores([a, b]); m["overall"], m["format_rate"], m["per_task"]
        (0.5, 0.75, {'x': 1.0, 'y': 0.0})
    """
    per_task: dict[str, list[tuple[float, int]]] = {}
    samples: dict[str, list] = {}
    for p in parts:
        for t, v in p["per_task"].items():
            per_task.setdefault(t, []).append((v, p["n_per_task"][t]))
        for t, s in p.get("samples", {}).items():
            samples.setdefault(t, []).extend(s)
    n = sum(p["n"] for p in parts)
    means = {t: round(sum(v * k for v, k in vs) / sum(k for _, k in vs), 4) for t, vs in sorted(per_task.items())}
    counts = {t: sum(k for _, k in vs) for t, vs in sorted(per_task.items())}
    total = sum(counts.values())
    return {
        "overall": round(sum(means[t] * counts[t] for t in means) / total, 4) if total else None,
        "per_task": means,
        "n_per_task": counts,
        "format_rate": round(sum((p["format_rate"] or 0) * p["n"] for p in parts) / n, 4) if n else None,
        "n": n,
        "samples": samples,
    }


# ---------------------------------------------------------------------------------------------- training
def train_experts(
    stage: str,
    model_args: Any,
    data_args: Any,
    score_args: Any,
    training_args: Any,
    *,
    reward_args: Any = None,
    callbacks: list | None = None,
) -> dict[str, Any]:
    """Train one LoRA adapter per expert on its tasks' rows (``sft`` or ``grpo``), save them, score them.

    Args:
        stage: ``sft`` or ``grpo``.
        model_args: :class:`chemtrove.train.config.ModelArguments` with ``use_peft`` and ``experts``.
        data_args: Task folders and splits (``task_sampling: balanced`` balances the tasks inside each expert).
        score_args: Scoring after training (each row answered by its expert).
        training_args: trl's ``SFTConfig`` / ``GRPOConfig``, applied to each expert (its ``output_dir`` is the
            experts folder; checkpoints go to ``output_dir/experts/<expert>``).
        reward_args: GRPO's :class:`chemtrove.train.config.RewardArguments`.
        callbacks: Extra ``transformers.TrainerCallback`` objects.

    Returns:
        A summary: per expert its rows, steps, first/last loss (SFT) or reward (GRPO); scores; output folder.
    """
    if stage not in ("sft", "grpo"):
        raise ValueError(f"experts train in the sft or grpo stage, not {stage!r}")
    if stage == "grpo" and training_args.beta != 0.0:
        raise ValueError("GRPO experts need beta: 0.0 (trl's KL reference copies an adapter named 'default')")
    t0 = time.time()
    experts = parse_experts(model_args.experts)
    out = Path(training_args.output_dir)
    tok_dir, tokenizer = load_stage_tokenizer(model_args)
    rows = training_rows(data_args, training_args.seed)
    router = ExpertRouter(experts)
    by_expert = {name: [r for r in rows if r.get("task") in set(tasks)] for name, tasks in experts.items()}
    empty = [name for name, rs in by_expert.items() if not rs]
    if empty:
        have = sorted({str(r.get("task")) for r in rows})
        raise ValueError(f"experts {empty} have no training rows; the data has tasks {have}: remove them or add data")
    if model_args.expert_router == "learned":
        labelled = [(r, router.by_task[str(r.get("task"))]) for r in rows if str(r.get("task")) in router.by_task]
        router.learned = PromptRouter().fit([prompt_text(r["prompt"]) for r, _ in labelled], [n for _, n in labelled])
    model, fit = load_stage_model(model_args, tokenizer, tok_dir, experts=True)
    peft_model, base = _expert_model(model, tokenizer, model_args, experts, tok_dir, fit, out)
    summary_experts: dict[str, Any] = {}
    for name, tasks in experts.items():
        peft_model.set_adapter(name)
        args = copy.deepcopy(training_args)
        args.output_dir = str(out / "experts" / name)
        trainer = _trainer(
            stage, peft_model, tokenizer, args, by_expert[name], reward_args, callbacks, model_args.lm_head
        )
        summary_experts[name] = {
            "tasks": tasks,
            **_train_one(trainer, peft_model, args, stage, len(by_expert[name]), name),
        }
    main = trainer.accelerator.is_main_process
    if main:
        peft_model.save_pretrained(str(out / "adapters"), selected_adapters=list(experts))
        tokenizer.save_pretrained(str(out))
        adapters = {name: {"path": f"adapters/{name}", "tasks": tasks} for name, tasks in experts.items()}
        write_manifest(out, base, adapters, kind="experts", router=router.to_dict())
    scores = None
    if score_args.score_split and main:
        score_rows = load_task_rows(data_args, score_args.score_split, score_args.score_samples)
        scores = score_experts(
            peft_model,
            tokenizer,
            score_rows,
            router,
            max_new_tokens=score_args.score_max_new_tokens,
            batch_size=score_args.score_batch_size,
        )
        scores["split"] = score_args.score_split
        (out / "scores.json").write_text(json.dumps(scores, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    trainer.accelerator.wait_for_everyone()
    summary = {
        "experts": summary_experts,
        "router": router.to_dict()["type"],
        "steps": sum(e["steps"] for e in summary_experts.values()),
        "processes": trainer.accelerator.num_processes,
        "train_rows": len(rows),
        "scores": scores,
        "embeddings": fit,
        "base": str(base),
        "output_dir": str(out),
        "wall_seconds": round(time.time() - t0, 2),
    }
    if main:
        write_run_info(out, stage, summary)
    return summary


def _expert_model(
    model: Any, tokenizer: Any, model_args: Any, experts: dict[str, list[str]], tok_dir: str, fit: dict, out: Path
) -> tuple[Any, Path | None]:
    """The peft model with one adapter per expert (those of an experts folder continued) and the base folder."""
    from peft import get_peft_model

    previous = read_manifest(model_args.model_name_or_path) if Path(model_args.model_name_or_path).is_dir() else None
    if previous is not None and previous["kind"] == "experts":
        base = Path(previous["base_dir"])
        kept = {k: v for k, v in previous["adapters"].items() if k in experts}
        peft_model = attach_experts(model, model_args.model_name_or_path, {"adapters": kept}, True) if kept else None
    else:
        base = prepare_base(model, tokenizer, model_args, fit, out)
        peft_model = None
    config = lora_config(model_args, model, tok_dir)
    for name in experts:
        if peft_model is None:
            peft_model = get_peft_model(model, copy.deepcopy(config), adapter_name=name)
        elif name not in peft_model.peft_config:
            peft_model.add_adapter(name, copy.deepcopy(config))
    return peft_model, base


def _train_one(trainer: Any, peft_model: Any, args: Any, stage: str, n_rows: int, name: str) -> dict[str, Any]:
    """Train the active expert ``name`` (resuming from its newest checkpoint) and summarize its run."""
    check_world(trainer)
    use_stage_progress(trainer, f"{stage}: {name}")
    info = trainable_summary(peft_model)
    resume = resolve_resume(args)
    trainer.train(resume_from_checkpoint=resume)
    trainer.save_state()
    key = "loss" if stage == "sft" else "reward"
    values = [e[key] for e in trainer.state.log_history if key in e]
    return {
        "train_rows": n_rows,
        "steps": trainer.state.global_step,
        f"first_{key}": values[0] if values else None,
        f"last_{key}": values[-1] if values else None,
        "trainable": info["trainable"],
        "fraction": info["fraction"],
        "resumed_from": Path(resume).name if resume else None,
    }


def _trainer(stage, model, tokenizer, args, rows, reward_args, callbacks, lm_head) -> Any:
    if stage == "sft":
        return trainer_class(lm_head)(
            model=model, args=args, train_dataset=sft_dataset(rows), processing_class=tokenizer, callbacks=callbacks
        )
    from trl import GRPOTrainer

    reward_funcs = reward_setup(reward_args, args, sorted({str(r.get("task")) for r in rows}))
    return GRPOTrainer(
        model=model,
        reward_funcs=reward_funcs,
        args=args,
        train_dataset=grpo_dataset(rows),
        processing_class=tokenizer,
        callbacks=callbacks,
    )


__all__ = [
    "ExpertRouter",
    "PromptRouter",
    "load_experts",
    "merge_scores",
    "parse_experts",
    "score_experts",
    "train_experts",
]
