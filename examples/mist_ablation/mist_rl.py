"""The RL half of the study: was there a learning signal, and how does solvability before RL relate to the gain?

GRPO normalizes each reward within a group of ``G`` completions of one prompt, so a group whose completions
all get the same reward has zero advantage and teaches nothing. With a 0/1 task score and a per-prompt
probability ``p`` that a sampled completion is right, a group is informative with probability
``P(mixed) = 1 - p**G - (1 - p)**G`` (:func:`p_mixed`): zero at ``p = 0`` (the study's first design, where
every task needed a SMILES written from scratch) and largest at ``p = 0.5``.

This module reads what a finished study measured:

* :func:`rl_signal`: the raw per-task reward of every GRPO step (``task_rewards/<task>``, logged with
  ``reward_mode: per_task``) and trl's share of groups with zero reward spread (``frac_reward_zero_std``);
* :func:`per_task_rows`: per seed, arm and task, the sampled p(gold) after SFT (pass@1 on held-out items at
  the sampling temperature), the share of held-out items whose samples disagree, ``P(mixed)`` at the GRPO
  group size, and the RL gain (sampled pass@1 and greedy task score, after GRPO minus after SFT): the
  relation MiST plots (solvability before RL against what RL adds);
* :func:`plot_solvability` and :func:`markdown` turn them into the report's figure and tables.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any


def p_mixed(p: float, group: int) -> float:
    """Chance that ``group`` samples with success probability ``p`` are neither all right nor all wrong.

    Args:
        p: Probability that one sampled completion gets the task reward (0/1 scores).
        group: Completions per prompt (GRPO's ``num_generations``).

    Returns:
        ``1 - p**group - (1 - p)**group``.

    Example:
        >>> round(p_mixed(0.25, 4), 3), p_mixed(0.0, 8)
        (0.68, 0.0)
    """
    return 1.0 - p**group - (1.0 - p) ** group


def rl_signal(grpo_dir: Path) -> dict[str, Any]:
    """The per-step task rewards of one GRPO run, read from its ``trainer_state.json``.

    Args:
        grpo_dir: The GRPO stage's folder.

    Returns:
        ``{"steps", "task_reward": {task: [values per logged step]}, "nonzero_steps": {task: n},
        "any_nonzero": bool, "informative_groups": share of groups with reward spread (mean over steps)}``;
        empty when the run has no log.
    """
    state = grpo_dir / "trainer_state.json"
    if not state.is_file():
        return {}
    history = json.loads(state.read_text(encoding="utf-8")).get("log_history", [])
    per_task: dict[str, list[float]] = {}
    zero_std: list[float] = []
    for entry in history:
        for key, value in entry.items():
            if key.startswith("task_rewards/") and isinstance(value, int | float) and math.isfinite(value):
                per_task.setdefault(key.split("/", 1)[1], []).append(float(value))
        if isinstance(entry.get("frac_reward_zero_std"), int | float):
            zero_std.append(float(entry["frac_reward_zero_std"]))
    nonzero = {t: sum(v > 0 for v in vals) for t, vals in sorted(per_task.items())}
    return {
        "steps": max((len(v) for v in per_task.values()), default=0),
        "task_reward": dict(sorted(per_task.items())),
        "nonzero_steps": nonzero,
        "any_nonzero": any(n > 0 for n in nonzero.values()),
        "informative_groups": 1.0 - statistics.fmean(zero_std) if zero_std else None,
    }


def _num(x: Any) -> float:
    return float(x) if isinstance(x, int | float) and math.isfinite(x) else float("nan")


def per_task_rows(runs: Mapping[int, Any], out: Path, group: int) -> list[dict[str, Any]]:
    """One row per seed, arm and task with solvability before RL and the RL gain.

    Args:
        runs: From :func:`mist_report.collect`.
        out: The study folder (for the GRPO logs).
        group: GRPO's completions per prompt.

    Returns:
        Rows: ``seed, arm, task, p_sft`` (sampled pass@1 after SFT), ``mixed_sft`` (share of items whose
        samples disagree), ``p_mixed`` (:func:`p_mixed` of ``p_sft``), ``p_grpo``, ``gain_sampled``,
        ``score_sft``, ``score_grpo``, ``gain_greedy`` (greedy task score), ``reward_mean``, ``reward_max`` and
        ``nonzero_steps`` (the raw task reward during GRPO).
    """
    rows = []
    for seed in sorted(runs):
        for arm, stages in sorted(runs[seed].items()):
            if "sft" not in stages or "grpo" not in stages:
                continue
            signal = rl_signal(out / f"seed{seed}" / f"arm{arm}" / "grpo")
            sft_tasks = stages["sft"]["metrics"].get("per_task", {})
            grpo_tasks = stages["grpo"]["metrics"].get("per_task", {})
            sft_scores = ((stages["sft"].get("train") or {}).get("scores") or {}).get("per_task") or {}
            grpo_scores = ((stages["grpo"].get("train") or {}).get("scores") or {}).get("per_task") or {}
            for task in sorted(set(sft_tasks) | set(sft_scores)):
                p_sft = _num(sft_tasks.get(task, {}).get("pass@1"))
                p_grpo = _num(grpo_tasks.get(task, {}).get("pass@1"))
                s_sft, s_grpo = _num(sft_scores.get(task)), _num(grpo_scores.get(task))
                rewards = signal.get("task_reward", {}).get(task, [])
                rows.append(
                    {
                        "seed": seed,
                        "arm": arm,
                        "task": task,
                        "p_sft": p_sft,
                        "mixed_sft": _num(sft_tasks.get(task, {}).get("mixed")),
                        "p_mixed": p_mixed(p_sft, group) if math.isfinite(p_sft) else float("nan"),
                        "p_grpo": p_grpo,
                        "gain_sampled": p_grpo - p_sft,
                        "score_sft": s_sft,
                        "score_grpo": s_grpo,
                        "gain_greedy": s_grpo - s_sft,
                        "reward_mean": statistics.fmean(rewards) if rewards else float("nan"),
                        "reward_max": max(rewards) if rewards else float("nan"),
                        "nonzero_steps": sum(v > 0 for v in rewards),
                        "reward_steps": len(rewards),
                    }
                )
    return rows


def _mean_std(values: Sequence[float]) -> str:
    vals = [v for v in values if math.isfinite(v)]
    if not vals:
        return "–"
    if len(vals) == 1:
        return f"{vals[0]:.3f}"
    return f"{statistics.fmean(vals):.3f} ± {statistics.stdev(vals):.3f}"


def summary_by_task(rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Rows of :func:`per_task_rows` reduced over seeds: one per arm and task.

    Args:
        rows: From :func:`per_task_rows`.

    Returns:
        ``{"arm", "task", "seeds", "<key>": [values per seed], "nonzero_steps", "reward_steps"}`` per arm and task.
    """
    keys = ("p_sft", "mixed_sft", "p_mixed", "p_grpo", "gain_sampled", "score_sft", "score_grpo", "gain_greedy")
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        agg = out.setdefault(
            (r["arm"], r["task"]), {"arm": r["arm"], "task": r["task"], "seeds": 0, **{k: [] for k in keys}}
        )
        agg["seeds"] += 1
        for k in keys:
            agg[k].append(r[k])
        agg["nonzero_steps"] = agg.get("nonzero_steps", 0) + r["nonzero_steps"]
        agg["reward_steps"] = agg.get("reward_steps", 0) + r["reward_steps"]
        agg.setdefault("reward_mean", []).append(r["reward_mean"])
    return [out[k] for k in sorted(out)]


def markdown(rows: Sequence[Mapping[str, Any]], group: int, steps: int, prompts_per_step: int) -> list[str]:
    """The report's section on the RL half: the signal during GRPO and p(gold) before RL against the gain.

    Args:
        rows: From :func:`per_task_rows`.
        group: GRPO's completions per prompt.
        steps: GRPO steps per run.
        prompts_per_step: Prompts per GRPO step (batch / group).

    Returns:
        Markdown lines.
    """
    lines = [
        "## RL: signal during GRPO and solvability before RL against the gain (per task, mean ± std over seeds)",
        "",
        f"GRPO learns from a group of G = {group} completions only when their rewards differ: with a per-prompt "
        f"chance p of a right answer that happens with P(mixed) = 1 - p^G - (1-p)^G. Each run has {steps} steps "
        f"x {prompts_per_step} prompts = {steps * prompts_per_step} groups. p(gold) is pass@1 of sampled answers "
        "on the held-out items after SFT; 'mixed' is the measured share of held-out items whose samples disagree; "
        "the task reward is the raw per-task score of the GRPO samples (training prompts), 'non-zero steps' "
        "counts logged steps where it was above 0 (all seeds together). The RL gain is after GRPO minus after "
        "SFT, for sampled pass@1 and for the greedy task score.",
        "",
        "| arm | task | p(gold) after SFT | mixed (held-out) | P(mixed) at G | expected informative groups | "
        "GRPO task reward (mean) | non-zero steps | pass@1 gain | greedy score after SFT | after GRPO | greedy gain |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for s in summary_by_task(rows):
        pm = [v for v in s["p_mixed"] if math.isfinite(v)]
        n_tasks = len({r["task"] for r in rows}) or 1
        expected = statistics.fmean(pm) * steps * prompts_per_step / n_tasks if pm else float("nan")
        lines.append(
            f"| {s['arm']} | {s['task']} | {_mean_std(s['p_sft'])} | {_mean_std(s['mixed_sft'])} | "
            f"{_mean_std(s['p_mixed'])} | {expected:.1f} | {_mean_std(s['reward_mean'])} | "
            f"{s['nonzero_steps']}/{s['reward_steps']} | {_mean_std(s['gain_sampled'])} | "
            f"{_mean_std(s['score_sft'])} | {_mean_std(s['score_grpo'])} | {_mean_std(s['gain_greedy'])} |"
        )
    lines += [
        "",
        "Expected informative groups assume the tasks share the GRPO prompts equally. "
        "![p(gold) before RL against the RL gain](solvability.png)",
        "",
    ]
    return lines


def plot_solvability(path: Path, rows: Sequence[Mapping[str, Any]]) -> Path:
    """Scatter of p(gold) after SFT against the RL gain (sampled pass@1), one point per seed, arm and task.

    Args:
        path: The PNG to write.
        rows: From :func:`per_task_rows`.

    Returns:
        ``path``.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4))
    colors = {"A": "tab:red", "B": "tab:blue"}
    tasks = sorted({r["task"] for r in rows})
    markers = dict(zip(tasks, "osD^v<>p*h", strict=False))
    for ax, key, title in ((axes[0], "gain_sampled", "pass@1 gain"), (axes[1], "gain_greedy", "greedy score gain")):
        for r in rows:
            if math.isfinite(r["p_sft"]) and math.isfinite(r[key]):
                ax.scatter(r["p_sft"], r[key], color=colors.get(r["arm"], "gray"), marker=markers.get(r["task"], "o"))
        ax.axhline(0, color="black", lw=0.8)
        ax.set_xlabel("p(gold) after SFT (sampled pass@1, held-out)")
        ax.set_ylabel(f"RL gain ({title})")
        ax.grid(alpha=0.3)
    handles = [plt.Line2D([], [], color=c, marker="o", ls="", label=f"arm {a}") for a, c in colors.items()]
    handles += [plt.Line2D([], [], color="gray", marker=m, ls="", label=t) for t, m in markers.items()]
    axes[1].legend(handles=handles, fontsize=7)
    fig.suptitle("latent solvability before RL against what RL adds (one point per seed, arm, task)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
