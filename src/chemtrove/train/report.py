"""Task scores and training reports: greedy answers scored by the rewards, loss and reward curves as PNG.

* :func:`score_tasks`: answer held-out task prompts greedily and score each answer with
  :func:`chemtrove.tasks.rewards.task_reward` (per task, overall, and the format rate).
* :func:`read_history`: the logged losses and rewards of a stage from its ``trainer_state.json``.
* :func:`write_report`: ``report.md``, ``report.json``, ``loss.png``, ``rewards.png``, ``scores.png`` for a
  CPT -> SFT -> GRPO run.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

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


def _score_lines(scores: dict[str, dict[str, Any]]) -> list[str]:
    """The report's task-score table (a column per stage), with the note when every score is 0.

    Args:
        scores: Per stage, the content of its ``scores.json`` (``per_task``, ``overall``, ``format_rate``).

    Returns:
        Markdown lines, starting with a blank one.
    """
    tasks = sorted({t for s in scores.values() for t in s.get("per_task", {})})
    lines = ["", "Task scores (greedy answers on held-out prompts, scored by the task rewards):", ""]
    lines.append("| task | " + " | ".join(scores) + " |")
    lines.append("|---|" + "---|" * len(scores))
    for t in tasks:
        lines.append(
            f"| {t} | " + " | ".join(f"{s['per_task'].get(t, float('nan')):.3f}" for s in scores.values()) + " |"
        )
    lines.append("| **overall** | " + " | ".join(f"{s.get('overall') or 0:.3f}" for s in scores.values()) + " |")
    lines.append("| format rate | " + " | ".join(f"{s.get('format_rate') or 0:.3f}" for s in scores.values()) + " |")
    if all_scores_zero(scores):
        lines += ["", ZERO_SCORES_NOTE.replace("\n", " ")]
    return lines


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
        lines += _score_lines(scores)
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


# ------------------------------------------------------------------------------------------------ old path
def __getattr__(name: str) -> Any:
    """The quickstart's training moved to :mod:`chemtrove.quickstart` (old path, kept for now)."""
    if name in ("quickstart_train", "QUICKSTART_TASKS"):
        return getattr(importlib.import_module("chemtrove.quickstart"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["read_history", "score_tasks", "write_report"]
