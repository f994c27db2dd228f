"""Task scores and training reports: greedy answers scored by the rewards, loss and reward curves as PNG.

* :func:`score_tasks`: answer held-out task prompts greedily and score each answer with
  :func:`chemtrove.tasks.rewards.task_reward` (per task, overall, and the format rate).
* :func:`read_history`: the logged losses and rewards of a stage from its ``trainer_state.json``.
* :func:`write_report`: ``report.md``, ``report.json``, ``loss.png``, ``rewards.png``, ``scores.png`` for a
  CPT -> SFT -> GRPO run.
* :func:`quickstart_train`: the tiny CPT -> SFT -> GRPO run on the quickstart's curated sample, with its report.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from chemtrove.tasks import TaskConfig, build_tasks
from chemtrove.train import cpt, grpo, sft
from chemtrove.train.config import parse_recipe
from chemtrove.train.runner import score_tasks


# ------------------------------------------------------------------------------------------------ history
def read_history(output_dir: str | Path) -> dict[str, list[tuple[int, float]]]:
    """Logged series of a stage: ``{"loss": [(step, value)], "eval_loss": ..., "reward": ..., ...}``.

    Reads ``trainer_state.json`` in the folder (or its newest ``checkpoint-*``).

    Args:
        output_dir: A stage's ``output_dir``.

    Returns:
        Series by name; reward functions appear as ``rewards/<name>/mean``, the raw per-task rewards of a
        multi-task GRPO run as ``task_rewards/<task>``.
    """
    out = Path(output_dir)
    state = out / "trainer_state.json"
    if not state.is_file():
        checkpoints = sorted(out.glob("checkpoint-*"), key=lambda p: int(p.name.split("-")[-1]))
        if not checkpoints:
            return {}
        state = checkpoints[-1] / "trainer_state.json"
    history = json.loads(state.read_text(encoding="utf-8")).get("log_history", [])
    series: dict[str, list[tuple[int, float]]] = {}
    for entry in history:
        step = entry.get("step")
        for key, value in entry.items():
            wanted = key in ("loss", "reward", "mean_token_accuracy") or key.startswith(("eval_", "rewards/"))
            wanted = wanted and key.endswith(("loss", "reward", "/mean", "accuracy"))
            if (wanted or key.startswith("task_rewards/")) and isinstance(value, (int, float)):
                series.setdefault(key, []).append((int(step), float(value)))
    return series


# ------------------------------------------------------------------------------------------------ plotting
def _plot_series(path: Path, panels: list[tuple[str, dict[str, list[tuple[int, float]]]]], ylabel: str) -> Path | None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panels = [(t, s) for t, s in panels if s]
    if not panels:
        return None
    fig, axes = plt.subplots(1, len(panels), figsize=(4.5 * len(panels), 3.4), squeeze=False)
    for ax, (title, series) in zip(axes[0], panels, strict=True):
        for name, points in series.items():
            steps, values = zip(*points, strict=True)
            ax.plot(steps, values, marker="o" if len(points) < 30 else None, markersize=3, label=name)
        ax.set_title(title)
        ax.set_xlabel("step")
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _plot_scores(path: Path, scores: dict[str, dict[str, Any]]) -> Path | None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    stages = [s for s, v in scores.items() if v and v.get("per_task")]
    if not stages:
        return None
    tasks = sorted({t for s in stages for t in scores[s]["per_task"]})
    fig, ax = plt.subplots(figsize=(max(5.0, 1.1 * len(tasks) + 2), 3.6))
    width = 0.8 / len(stages)
    for k, stage in enumerate(stages):
        values = [scores[stage]["per_task"].get(t, 0.0) for t in tasks]
        ax.bar([i + k * width for i in range(len(tasks))], values, width, label=stage)
    ax.set_xticks([i + width * (len(stages) - 1) / 2 for i in range(len(tasks))])
    ax.set_xticklabels(tasks, rotation=30, ha="right", fontsize=8)
    ax.set_ylim(0, 1)
    if all_scores_zero(scores):
        ax.text(0.5, 0.55, ZERO_SCORES_NOTE, transform=ax.transAxes, ha="center", va="center", fontsize=8,
                wrap=True, bbox={"facecolor": "white", "edgecolor": "0.7"})  # fmt: skip
    ax.set_ylabel("task score")
    ax.legend(fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


ZERO_SCORES_NOTE = (
    "Every task score is 0: no held-out answer, written greedily, matched its reference. A task score\n"
    "counts exact answers only; a tiny model trained for minutes rarely writes one. Its loss curves and\n"
    "the latent-solvability scores (eval: p(gold), task_acc) show what it learned before it can answer."
)
"""What ``scores.png`` and ``report.md`` say when every task score of every stage is 0."""


def all_scores_zero(scores: dict[str, dict[str, Any]]) -> bool:
    """Whether every per-task score of every stage is 0 (and there is at least one)."""
    values = [v for s in scores.values() if s for v in (s.get("per_task") or {}).values()]
    return bool(values) and all(not v for v in values)


def _first_last(points: list[tuple[int, float]]) -> str:
    return f"{points[0][1]:.3f} -> {points[-1][1]:.3f}" if points else "-"


def write_report(stages: dict[str, str | Path], out_dir: str | Path, title: str = "chemtrove training run") -> dict:
    """Write the report of a training run.

    Args:
        stages: ``{"cpt": output_dir, "sft": output_dir, "grpo": output_dir}`` (any subset, in order).
        out_dir: Folder for ``report.md``, ``report.json``, ``loss.png``, ``rewards.png``, ``scores.png``.
        title: Heading of ``report.md``.

    Returns:
        The content of ``report.json``: per stage the run info, first/last logged values, scores.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    data: dict[str, Any] = {"title": title, "stages": {}}
    histories: dict[str, dict[str, list[tuple[int, float]]]] = {}
    scores: dict[str, dict[str, Any]] = {}
    for stage, folder in stages.items():
        folder = Path(folder)
        info_path, score_path = folder / "run_info.json", folder / "scores.json"
        info = json.loads(info_path.read_text(encoding="utf-8")) if info_path.is_file() else {}
        histories[stage] = read_history(folder)
        if score_path.is_file():
            scores[stage] = json.loads(score_path.read_text(encoding="utf-8"))
        data["stages"][stage] = {
            "output_dir": folder.name,
            "steps": info.get("steps"),
            "world_size": info.get("world_size"),
            "train_runtime": info.get("train_runtime"),
            "series": {k: {"first": v[0][1], "last": v[-1][1], "points": len(v)} for k, v in histories[stage].items()},
            "scores": scores.get(stage),
            "embeddings": info.get("embeddings"),
            "tokens_per_second": info.get("tokens_per_second"),
        }
    # GRPO's "loss" is a policy-gradient surrogate, not a likelihood: its curve goes with the rewards instead
    loss_panels = [
        (stage, {k: v for k, v in h.items() if k == "loss" or (k.startswith("eval_") and k.endswith("loss"))})
        for stage, h in histories.items()
        if "reward" not in h
    ]
    reward_panels = [
        (stage, {k: v for k, v in h.items() if k == "reward" or k.startswith("rewards/")})
        for stage, h in histories.items()
    ]
    # multi-task GRPO: one raw reward curve per task, so a task that stalls is seen next to one that learns
    reward_panels += [
        (f"{stage}: per task", {k.split("/", 1)[1]: v for k, v in h.items() if k.startswith("task_rewards/")})
        for stage, h in histories.items()
    ]
    images = {
        "loss": _plot_series(out / "loss.png", loss_panels, "loss"),
        "rewards": _plot_series(out / "rewards.png", reward_panels, "mean reward"),
        "scores": _plot_scores(out / "scores.png", scores),
    }
    data["images"] = {k: v.name for k, v in images.items() if v is not None}
    lines = [f"# {title}", "", "| stage | steps | processes | loss (first -> last) | reward (first -> last) |"]
    lines.append("|---|---|---|---|---|")
    for stage, entry in data["stages"].items():
        h = histories[stage]
        lines.append(
            f"| {stage} | {entry['steps']} | {entry['world_size']} | {_first_last(h.get('loss', []))} "
            f"| {_first_last(h.get('reward', []))} |"
        )
    if scores:
        tasks = sorted({t for s in scores.values() for t in s.get("per_task", {})})
        lines += ["", "Task scores (greedy answers on held-out prompts, scored by the task rewards):", ""]
        lines.append("| task | " + " | ".join(scores) + " |")
        lines.append("|---|" + "---|" * len(scores))
        for t in tasks:
            lines.append(
                f"| {t} | " + " | ".join(f"{s['per_task'].get(t, float('nan')):.3f}" for s in scores.values()) + " |"
            )
        lines.append("| **overall** | " + " | ".join(f"{s.get('overall') or 0:.3f}" for s in scores.values()) + " |")
        lines.append(
            "| format rate | " + " | ".join(f"{s.get('format_rate') or 0:.3f}" for s in scores.values()) + " |"
        )
        if all_scores_zero(scores):
            lines += ["", ZERO_SCORES_NOTE.replace("\n", " ")]
    per_task = {
        stage: {k.split("/", 1)[1]: v for k, v in h.items() if k.startswith("task_rewards/")}
        for stage, h in histories.items()
    }
    for stage, curves in per_task.items():
        if curves:
            lines += ["", f"Per-task rewards of {stage} (raw, first -> last logged):", "", "| task | reward |"]
            lines.append("|---|---|")
            lines += [f"| {t} | {_first_last(v)} |" for t, v in sorted(curves.items())]
            data["stages"][stage]["task_rewards"] = {t: {"first": v[0][1], "last": v[-1][1]} for t, v in curves.items()}
    for name, img in data["images"].items():
        lines += ["", f"![{name}]({img})"]
    (out / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "report.json").write_text(json.dumps(data, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return data


# ---------------------------------------------------------------------------------------------- quickstart
QUICKSTART_TASKS = ("reaction_class", "name_to_smiles", "smiles_to_name", "formula_to_smiles")
"""Tasks of the quickstart's SFT and GRPO; ``crystal_composition`` joins when there are crystals."""


def _tiny_common(workdir: Path, tokenizer_dir: Path, seed: int) -> dict[str, Any]:
    """Arguments every quickstart stage shares: CPU-friendly, no checkpoints but the final model."""
    return {
        "tokenizer_name_or_path": str(tokenizer_dir),
        "seed": seed,
        "logging_steps": 2,
        "save_strategy": "no",
        "report_to": "none",
        "dataloader_num_workers": 0,
        "disable_tqdm": False,
    }


def quickstart_train(
    workdir: str | Path,
    tokenizer_dir: str | Path,
    shards_dir: str | Path,
    *,
    crystals: str | Path | Sequence[str | Path] | None = None,
    tasks: Sequence[str] | None = None,
    mixture_dir: str | Path | None = None,
    cpt_steps: int = 100,
    sft_steps: int = 150,
    grpo_steps: int = 10,
    max_per_task: int = 120,
    score_samples: int = 48,
    seed: int = 0,
    progress: Callable[[str], None] | None = print,
) -> dict[str, Any]:
    """Tiny CPT -> SFT -> GRPO on the quickstart's curated sample, and its report (a few minutes on a laptop).

    1. Tasks from the shards (and crystal tables, if given) into ``WORKDIR/tasks`` (think format); the
       crystal composition question joins when the shards hold a ``crystal`` domain or tables are given.
    2. CPT of a tiny random Qwen2 (hidden 64, 2 layers) on the mixture folder if given, else the shards.
       When the tokenizer folder holds its ``base/``, the model is built with the base vocabulary and grows
       its embeddings for the chemistry tokens, as a real base model would.
    3. SFT on the tasks from the CPT model, scored on the test split.
    4. GRPO from the SFT model with the ``format`` and ``task`` rewards, scored again.
    5. ``WORKDIR/report/``: ``report.md``, ``report.json``, ``loss.png``, ``rewards.png``, ``scores.png``.

    Args:
        workdir: Output folder (``tasks/``, ``cpt/``, ``sft/``, ``grpo/``, ``report/``).
        tokenizer_dir: The chemistry tokenizer folder (``chemtrove tokenizer build``).
        shards_dir: The curated shards (``OUT/shards`` of ``chemtrove quickstart``).
        crystals: Crystal tables (``cif`` column) or CIF files for the crystal tasks.
        tasks: Tasks to build and train on (default: :data:`QUICKSTART_TASKS`, plus ``crystal_composition``
            when there are crystals).
        mixture_dir: A built mixture to run CPT on instead of the raw shards.
        cpt_steps: CPT optimizer steps.
        sft_steps: SFT optimizer steps.
        grpo_steps: GRPO optimizer steps.
        max_per_task: Examples per task (all splits).
        score_samples: Test prompts answered and scored after SFT and after GRPO.
        seed: Seed of tasks, model and training.
        progress: Where progress lines go (``None``: nowhere).

    Returns:
        ``{"report": report.json content, "cpt"/"sft"/"grpo": stage summaries, "seconds": wall time}``.
    """

    say = progress or (lambda _m: None)
    t0 = time.time()
    work, tok_dir = Path(workdir), Path(tokenizer_dir)
    work.mkdir(parents=True, exist_ok=True)
    inputs: list[str | Path] = [shards_dir]
    if crystals is not None:
        inputs += [crystals] if isinstance(crystals, (str, Path)) else list(crystals)
    if tasks is None:
        tasks = list(QUICKSTART_TASKS)
        if crystals is not None or (Path(shards_dir) / "crystal").is_dir():
            tasks += ["crystal_composition"]  # a CIF in the prompt: ~400 tokens with the chemistry tokenizer
    tasks = list(tasks)
    say(f"[train 1/5] tasks ({', '.join(tasks)}) -> {work / 'tasks'}")
    build_tasks(inputs, work / "tasks", TaskConfig(tasks=tasks, max_per_task=max_per_task, seed=seed), progress=say)

    common = _tiny_common(work, tok_dir, seed)
    tiny: dict[str, Any] = {"model_name_or_path": "tiny-qwen2"}
    base = tok_dir / "base" / "tokenizer.json"
    if base.is_file():
        from tokenizers import Tokenizer

        tiny["tiny_vocab_size"] = Tokenizer.from_file(str(base)).get_vocab_size(with_added_tokens=True)

    say(f"[train 2/5] CPT, {cpt_steps} steps, on {'the mixture' if mixture_dir else 'the shards'}")
    cpt_cfg = {
        **common,
        **tiny,
        "data": [str(mixture_dir or shards_dir)],
        "output_dir": str(work / "cpt"),
        "max_length": 128,
        "per_device_train_batch_size": 8,
        "max_steps": cpt_steps,
        "learning_rate": 3e-3,
        "lr_scheduler_type": "cosine",
        "warmup_steps": max(1, cpt_steps // 10),
    }
    cpt_summary = cpt.train(*parse_recipe("cpt", [], cpt_cfg))

    say(f"[train 3/5] SFT, {sft_steps} steps, on the tasks")
    sft_cfg = {
        **common,
        "model_name_or_path": str(work / "cpt"),
        "data": [str(work / "tasks")],
        "output_dir": str(work / "sft"),
        "max_length": 512 if "crystal_composition" in tasks else 320,
        "per_device_train_batch_size": 16,
        "max_steps": sft_steps,
        "learning_rate": 3e-3,
        "lr_scheduler_type": "cosine",
        "warmup_steps": max(1, sft_steps // 10),
        "score_split": "test",
        "score_samples": score_samples,
        "score_max_new_tokens": 128,
    }
    sft_summary = sft.train(*parse_recipe("sft", [], sft_cfg))

    say(f"[train 4/5] GRPO, {grpo_steps} steps, rewards format + task")
    grpo_cfg = {
        **common,
        "model_name_or_path": str(work / "sft"),
        "data": [str(work / "tasks")],
        "output_dir": str(work / "grpo"),
        "reward_funcs": ["format", "task"],
        "reward_weights": [0.5, 1.0],
        "per_device_train_batch_size": 8,
        "num_generations": 4,
        "max_completion_length": 128,
        "max_steps": grpo_steps,
        "learning_rate": 1e-4,  # a few noisy groups per step: a larger rate mostly undoes SFT
        "temperature": 1.0,
        "score_split": "test",
        "score_samples": score_samples,
        "score_max_new_tokens": 128,
    }
    grpo_summary = grpo.train(*parse_recipe("grpo", [], grpo_cfg))

    say(f"[train 5/5] report -> {work / 'report'}")
    report = write_report(
        {"cpt": work / "cpt", "sft": work / "sft", "grpo": work / "grpo"}, work / "report", "chemtrove quickstart"
    )
    return {
        "report": report,
        "cpt": cpt_summary,
        "sft": sft_summary,
        "grpo": grpo_summary,
        "seconds": round(time.time() - t0, 1),
    }


__all__ = ["QUICKSTART_TASKS", "quickstart_train", "read_history", "score_tasks", "write_report"]
