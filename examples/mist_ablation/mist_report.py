"""The study's report: scores per arm and stage (mean ± std over seeds), curves, and a verdict from the numbers.

:func:`metrics` reduces one ``chemtrove.eval.evaluate`` result to the study's numbers; :func:`write_report`
reads every finished stage of a study folder (``seed<N>/base``, ``seed<N>/arm{A,B}/{cpt,sft,grpo}``, each with
its ``stage.json``) and writes ``report/report.md``, ``report.json``, ``scores.png`` and ``training.png``.

The verdict compares the arms seed by seed (both arms of a seed start from the same base model): a comparison
*held* when arm A beats arm B in every seed, *did not hold* when it does in none, and is *mixed* otherwise;
*no difference* when the two arms are equal in every seed (e.g. both score 0); the mean and standard deviation
of the paired differences and a one-sided sign test are reported with it. "RL works after mid-training" is
judged within arm A (its gain above 0 in every seed). The RL parts are *not measured* when the GRPO task
reward was 0 at every step in both arms (:mod:`mist_rl` reads it). With one seed the verdict says that it has
no spread and is indicative only.
"""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import mist_rl

STAGES = ("base", "cpt", "sft", "grpo")
COLUMNS = {
    "scs": "SCS",
    "ccs": "CCS",
    "p_gold": "p(gold)",
    "top1": "top-1 acc",
    "pass@1": "pass@1",
    "task_score": "task score (greedy)",
}
"""Metric keys and their column titles, in table order."""


def metrics(result: Mapping[str, Any]) -> dict[str, Any]:
    """The study's numbers from one evaluation result.

    Args:
        result: A result of :func:`chemtrove.eval.evaluate`.

    Returns:
        ``scs``, ``ccs`` (Cohen's d), ``p_gold`` and ``top1`` (mean over multiple-choice tasks: reaction-class
        naming with ten options), ``pass@1`` (mean over tasks of sampled answers scored by the task reward),
        ``mixed`` (mean over tasks of the share of items whose samples are neither all right nor all wrong: the
        items on which a GRPO group gets a non-zero advantage), and ``per_task`` (every task's numbers). ``nan``
        for what was not measured.
    """
    tasks = result.get("tasks") or {}

    def mean(key: str) -> float:
        vals = [float(t[key]) for t in tasks.values() if isinstance(t.get(key), int | float)]
        vals = [v for v in vals if math.isfinite(v)]
        return sum(vals) / len(vals) if vals else float("nan")

    per_task = {
        name: {k: v for k, v in t.items() if isinstance(v, int | float) and not isinstance(v, bool)}
        for name, t in sorted(tasks.items())
    }
    return {
        "scs": float((result.get("scs") or {}).get("scs", float("nan"))),
        "ccs": float((result.get("ccs") or {}).get("ccs", float("nan"))),
        "p_gold": mean("p_gold"),
        "top1": mean("acc"),
        "pass@1": mean("pass@1"),
        "mixed": mean("mixed"),
        "per_task": per_task,
    }


def _finite(x: Any) -> bool:
    return isinstance(x, int | float) and math.isfinite(x)


def _stats(values: list[float]) -> dict[str, Any]:
    vals = [v for v in values if _finite(v)]
    if not vals:
        return {"mean": None, "std": None, "n": 0, "values": values}
    std = statistics.stdev(vals) if len(vals) > 1 else 0.0
    return {"mean": statistics.fmean(vals), "std": std, "n": len(vals), "values": values}


def _fmt(s: Mapping[str, Any], digits: int = 3) -> str:
    if s.get("mean") is None:
        return "–"
    return f"{s['mean']:.{digits}f} ± {s['std']:.{digits}f}" if s["n"] > 1 else f"{s['mean']:.{digits}f}"


def collect(out: Path) -> dict[str, Any]:
    """Every finished stage of a study folder.

    Args:
        out: The study folder.

    Returns:
        ``{seed: {arm: {stage: stage.json content}}}``; the base stage is listed under both arms.
    """
    runs: dict[int, dict[str, dict[str, Any]]] = {}
    for seed_dir in sorted(out.glob("seed*"), key=lambda p: int(p.name[4:]) if p.name[4:].isdigit() else -1):
        if not seed_dir.name[4:].isdigit():
            continue
        seed = int(seed_dir.name[4:])
        base = seed_dir / "base" / "stage.json"
        for arm in ("A", "B"):
            stages: dict[str, Any] = {}
            if base.is_file():
                stages["base"] = json.loads(base.read_text(encoding="utf-8"))
            for stage in STAGES[1:]:
                f = seed_dir / f"arm{arm}" / stage / "stage.json"
                if f.is_file():
                    stages[stage] = json.loads(f.read_text(encoding="utf-8"))
            if stages:
                runs.setdefault(seed, {})[arm] = stages
    return runs


def _value(stage: Mapping[str, Any], key: str) -> float:
    if key == "task_score":
        scores = (stage.get("train") or {}).get("scores") or {}
        v = scores.get("overall")
        return float(v) if _finite(v) else float("nan")
    v = (stage.get("metrics") or {}).get(key)
    return float(v) if _finite(v) else float("nan")


def table(runs: Mapping[int, Any]) -> dict[str, dict[str, dict[str, Any]]]:
    """Mean ± std over seeds of every metric, per arm and stage.

    Args:
        runs: From :func:`collect`.

    Returns:
        ``{arm: {stage: {metric: {"mean", "std", "n", "values"}}}}``.
    """
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for arm in ("A", "B"):
        for stage in STAGES:
            have = [runs[s][arm][stage] for s in sorted(runs) if stage in runs[s].get(arm, {})]
            if have:
                out.setdefault(arm, {})[stage] = {k: _stats([_value(h, k) for h in have]) for k in COLUMNS}
    return out


def _paired(runs: Mapping[int, Any], stage: str, key: str, minus: str | None = None) -> list[float]:
    diffs = []
    for seed in sorted(runs):
        a, b = runs[seed].get("A", {}), runs[seed].get("B", {})
        if stage not in a or stage not in b or (minus and (minus not in a or minus not in b)):
            continue
        va, vb = _value(a[stage], key), _value(b[stage], key)
        if minus:
            va, vb = va - _value(a[minus], key), vb - _value(b[minus], key)
        if _finite(va) and _finite(vb):
            diffs.append(va - vb)
    return diffs


def _judge(name: str, claim: str, diffs: list[float], digits: int = 3) -> dict[str, Any]:
    if not diffs:
        return {"name": name, "claim": claim, "status": "not measured", "diffs": [], "text": f"{claim}: not measured."}
    wins = sum(d > 0 for d in diffs)
    n = len(diffs)
    status = "held" if wins == n else ("did not hold" if wins == 0 else "mixed")
    if all(d == 0 for d in diffs):
        status = "no difference"  # e.g. both arms score 0: the measure cannot tell them apart at this scale
    s = _stats(diffs)
    # one-sided sign test: the chance of A ahead in at least this many seeds if the arms were equal
    p = sum(math.comb(n, k) for k in range(wins, n + 1)) / 2**n
    spread = f" ± {s['std']:.{digits}f} (std over {n} seeds)" if n > 1 else " (one seed: no spread, indicative only)"
    text = (
        f"{claim}: **{status}**. Arm A minus arm B = {s['mean']:+.{digits}f}{spread}; "
        f"A ahead in {wins} of {n} seed{'s' if n > 1 else ''} (sign test p = {p:.3g})."
    )
    return {
        "name": name,
        "claim": claim,
        "status": status,
        "diffs": diffs,
        "mean": s["mean"],
        "std": s["std"],
        "sign_test_p": p,
        "text": text,
    }


_SHORT = {
    "scs_after_cpt": "SMILES competence higher after mid-training",
    "p_gold_after_sft": "latent solvability before RL higher",
    "rl_works_after_midtraining": "RL gains after mid-training",
    "rl_gain": "RL gains more with mid-training (pass@1)",
    "rl_gain_greedy": "RL gains more with mid-training (greedy score)",
}
"""How the summary line names the parts of the claim it judges."""


def _judge_gain(name: str, claim: str, gains: list[float], digits: int = 3) -> dict[str, Any]:
    """A within-arm check: *held* when the gain is above 0 in every seed, *did not hold* in none."""
    if not gains:
        return {"name": name, "claim": claim, "status": "not measured", "diffs": [], "text": f"{claim}: not measured."}
    ups, n = sum(g > 0 for g in gains), len(gains)
    status = (
        "no difference"
        if all(g == 0 for g in gains)
        else ("held" if ups == n else ("did not hold" if ups == 0 else "mixed"))
    )
    s = _stats(gains)
    spread = f" ± {s['std']:.{digits}f} (std over {n} seeds)" if n > 1 else " (one seed: no spread, indicative only)"
    text = f"{claim}: **{status}**. Gain = {s['mean']:+.{digits}f}{spread}; above 0 in {ups} of {n} seed(s)."
    return {
        "name": name,
        "claim": claim,
        "status": status,
        "diffs": gains,
        "mean": s["mean"],
        "std": s["std"],
        "text": text,
    }


def _gains(runs: Mapping[int, Any], arm: str, key: str) -> list[float]:
    out = []
    for seed in sorted(runs):
        stages = runs[seed].get(arm, {})
        if "sft" in stages and "grpo" in stages:
            g = _value(stages["grpo"], key) - _value(stages["sft"], key)
            if _finite(g):
                out.append(g)
    return out


def verdict(runs: Mapping[int, Any], signal: Mapping[str, Mapping[int, bool]] | None = None) -> dict[str, Any]:
    """The claim, part by part, judged from per-seed numbers (paired: arm A minus arm B of the same seed).

    Args:
        runs: From :func:`collect`.
        signal: ``{arm: {seed: whether the GRPO task reward was above 0 at some step}}``; the RL parts are
            "not testable" when no arm had any.

    Returns:
        ``{"checks": [...], "rl_testable": bool, "overall": status, "summary": text}``; each check has ``status``
        (held / did not hold / mixed / no difference / not measured), the differences and a sentence.
    """
    checks = [
        _judge("scs_after_cpt", "Mid-training raises SMILES competence (SCS after CPT)", _paired(runs, "cpt", "scs")),
        _judge("ccs_after_cpt", "Mid-training raises chemical competence (CCS after CPT)", _paired(runs, "cpt", "ccs")),
        _judge(
            "p_gold_after_sft",
            "Latent solvability before RL is higher (sampled p(gold) = pass@1 after SFT, mean over tasks)",
            _paired(runs, "sft", "pass@1"),
        ),
        _judge_gain(
            "rl_works_after_midtraining",
            "RL works after mid-training (arm A: pass@1 after GRPO minus after SFT)",
            _gains(runs, "A", "pass@1"),
        ),
        _judge(
            "rl_gain",
            "RL gains more after mid-training (pass@1 gain of arm A minus that of arm B)",
            _paired(runs, "grpo", "pass@1", minus="sft"),
        ),
        _judge(
            "rl_gain_greedy",
            "RL gains more after mid-training (greedy task score gain, A minus B)",
            _paired(runs, "grpo", "task_score", minus="sft"),
        ),
        _judge(
            "score_after_grpo",
            "RL ends better (greedy task score on held-out prompts after GRPO)",
            _paired(runs, "grpo", "task_score"),
        ),
        _judge("top1_after_grpo", "Top-1 reaction-class accuracy after GRPO", _paired(runs, "grpo", "top1")),
    ]
    signal = signal or {}
    testable = any(any(v.values()) for v in signal.values())
    rl_names = ("rl_works_after_midtraining", "rl_gain", "rl_gain_greedy", "score_after_grpo", "top1_after_grpo")
    if signal and not testable:
        for c in checks:
            if c["name"] in rl_names:
                c["status"] = "not measured"
                c["text"] = f"{c['claim']}: not testable (the GRPO task reward was 0 at every step in both arms)."
    names = ("scs_after_cpt", "p_gold_after_sft", *rl_names[:3])
    untestable = bool(signal) and not testable
    parts = [c for c in checks if c["name"] in names and not (untestable and c["name"] in rl_names)]
    statuses = [c["status"] for c in parts]
    if "not measured" in statuses:
        overall = "could not be judged"
        summary = "The claim could not be judged: some stages are missing."
    else:
        if all(s == "held" for s in statuses):
            overall, phrase = "held", "held"
        elif not any(s in ("held", "mixed") for s in statuses):
            overall, phrase = "did not hold", "did not hold"
        else:
            overall, phrase = "mixed", "held in part (mixed)"
        summary = (
            f"The claim {phrase} at this scale: "
            + "; ".join(f"{_SHORT[c['name']]}: {c['status']}" for c in parts)
            + "."
        )
        if untestable:
            summary += " The RL parts could not be tested: the GRPO task reward was 0 at every step in both arms."
    return {"checks": checks, "rl_testable": testable, "overall": overall, "summary": summary}


# ---------------------------------------------------------------------------------------------- plotting
def _plot_scores(path: Path, tab: Mapping[str, Any]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 3, figsize=(13, 6.5))
    colors = {"A": "tab:red", "B": "tab:blue"}
    labels = {"A": "A: mid-training", "B": "B: control"}
    for ax, (key, title) in zip(axes.flat, COLUMNS.items(), strict=True):
        for arm, stages in tab.items():
            xs, ys, es = [], [], []
            for i, stage in enumerate(STAGES):
                s = stages.get(stage, {}).get(key, {})
                if s.get("mean") is not None:
                    xs.append(i + (-0.04 if arm == "A" else 0.04))
                    ys.append(s["mean"])
                    es.append(s["std"])
            if xs:
                ax.errorbar(xs, ys, yerr=es, marker="o", capsize=3, color=colors[arm], label=labels[arm])
        ax.set_xticks(range(len(STAGES)), STAGES)
        ax.set_title(title)
        ax.grid(alpha=0.3)
        if key in ("scs", "ccs"):
            ax.axhline(0, color="black", lw=0.8)
            ax.set_ylabel("Cohen's d")
    axes.flat[0].legend(fontsize=8)
    fig.suptitle("held-out scores after each stage (mean ± std over seeds)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def _mean_curve(curves: list[list[tuple[int, float]]]) -> tuple[list[int], list[float], list[float]]:
    by_step: dict[int, list[float]] = {}
    for c in curves:
        for step, v in c:
            by_step.setdefault(step, []).append(v)
    steps = sorted(by_step)
    means = [statistics.fmean(by_step[s]) for s in steps]
    stds = [statistics.stdev(by_step[s]) if len(by_step[s]) > 1 else 0.0 for s in steps]
    return steps, means, stds


def _plot_training(path: Path, out: Path, seeds: list[int]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from chemtrove.train.report import read_history

    panels = (("cpt", "loss", "CPT loss (own mixture)"), ("sft", "loss", "SFT loss"), ("grpo", "reward", "GRPO reward"))
    fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
    colors = {"A": "tab:red", "B": "tab:blue"}
    for ax, (stage, key, title) in zip(axes, panels, strict=True):
        for arm in ("A", "B"):
            curves = [read_history(out / f"seed{s}" / f"arm{arm}" / stage).get(key, []) for s in seeds]
            curves = [c for c in curves if c]
            if not curves:
                continue
            steps, means, stds = _mean_curve(curves)
            ax.plot(steps, means, color=colors[arm], label=f"arm {arm}")
            low = [m - s for m, s in zip(means, stds, strict=True)]
            high = [m + s for m, s in zip(means, stds, strict=True)]
            ax.fill_between(steps, low, high, color=colors[arm], alpha=0.2)
        ax.set_title(title)
        ax.set_xlabel("step")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


# ------------------------------------------------------------------------------------------------ writing
def _scale(runs: Mapping[int, Any], cfg: Mapping[str, Any]) -> str:
    base = next((r[a]["base"] for r in runs.values() for a in r if "base" in r[a]), {})
    params = (base.get("embeddings") or {}).get("parameters")
    m, mt = cfg["model"], cfg["midtrain"]
    chem = ", ".join(f"{d} {w:.0%}" for d, w in mt["chemistry"].items())
    replay = 1.0 - sum(mt["chemistry"].values())
    return (
        f"Model: {m['arch']} (hidden {m['hidden_size']}, {m['num_layers']} layers"
        + (f", {params:,} parameters" if params else "")
        + f"), windows of {cfg['seq_len']} tokens. Base: {cfg['base']['tokens']:,} tokens of general text. "
        f"CPT: {mt['tokens']:,} tokens per arm (A: {chem}, general replay {replay:.0%}; B: general text only). "
        f"SFT: {cfg['sft']['steps']} steps; GRPO: {cfg['grpo']['steps']} steps; tasks: {', '.join(cfg['tasks'])}. "
        f"Seeds: {', '.join(str(s) for s in sorted(runs))}."
    )


def write_report(out: str | Path, cfg: Mapping[str, Any]) -> dict[str, Path]:
    """Write ``OUT/report/report.md``, ``report.json``, ``scores.png`` and ``training.png``.

    Args:
        out: The study folder.
        cfg: The study config (for the description of the scale).

    Returns:
        ``{"md", "json", "scores_png", "training_png"}`` paths.

    Raises:
        SystemExit: When no stage has finished yet.
    """
    out = Path(out)
    runs = collect(out)
    if not runs:
        raise SystemExit(f"no finished stage under {out}: run the study first")
    rep = out / "report"
    rep.mkdir(parents=True, exist_ok=True)
    tab = table(runs)
    seeds = sorted(runs)
    signal = {
        arm: {s: mist_rl.rl_signal(out / f"seed{s}" / f"arm{arm}" / "grpo").get("any_nonzero", False) for s in seeds}
        for arm in ("A", "B")
        if any((out / f"seed{s}" / f"arm{arm}" / "grpo" / "stage.json").is_file() for s in seeds)
    }
    ver = verdict(runs, signal)
    g = cfg["grpo"]
    rows = mist_rl.per_task_rows(runs, out, g["num_generations"])
    paths = {
        "md": rep / "report.md",
        "json": rep / "report.json",
        "scores_png": _plot_scores(rep / "scores.png", tab),
        "training_png": _plot_training(rep / "training.png", out, seeds),
        "solvability_png": mist_rl.plot_solvability(rep / "solvability.png", rows),
    }
    lines = [f"# MiST mid-training ablation: {cfg.get('name', 'study')}", "", _scale(runs, cfg), ""]
    lines += ["## Verdict", "", ver["summary"], ""] + [f"- {c['text']}" for c in ver["checks"]] + [""]
    if signal:
        lines += [
            "RL signal (GRPO task reward above 0 at some step): "
            + "; ".join(f"arm {a}: {sum(v.values())} of {len(v)} seeds" for a, v in signal.items())
            + ".",
            "",
        ]
    lines += [
        "## Scores on the held-out split (mean ± std over seeds)",
        "",
        "SCS and CCS are Cohen's d (true against corrupted); p(gold) and top-1 are reaction-class naming among "
        "ten classes (chance 0.1), from summed log-probabilities; pass@1 is sampled answers checked by the task "
        "reward, the mean over tasks (the sampled p(gold) of the RL section); the task score is the greedy "
        "answers of SFT and GRPO scored by the task rewards. Both arms share the base model of each seed.",
        "",
        "| arm | stage | " + " | ".join(COLUMNS.values()) + " |",
        "|---|---|" + "---|" * len(COLUMNS),
    ]
    for arm, stages in tab.items():
        for stage, row in stages.items():
            lines.append(f"| {arm} | {stage} | " + " | ".join(_fmt(row[k]) for k in COLUMNS) + " |")
    lines += ["", "![scores](scores.png)", "", "![training curves](training.png)", ""]
    lines += mist_rl.markdown(rows, g["num_generations"], g["steps"], max(1, g["batch_size"] // g["num_generations"]))
    paths["md"].write_text("\n".join(lines), encoding="utf-8")
    data = {
        "name": cfg.get("name"),
        "seeds": seeds,
        "table": tab,
        "verdict": ver,
        "rl_signal": {a: {str(k): v for k, v in sig.items()} for a, sig in signal.items()},
        "per_task": rows,
        "per_seed": {
            str(seed): {
                arm: {stage: {k: _value(v, k) for k in COLUMNS} for stage, v in stages.items()}
                for arm, stages in arms.items()
            }
            for seed, arms in runs.items()
        },
    }
    paths["json"].write_text(json.dumps(_clean(data), indent=2) + "\n", encoding="utf-8")  # keeps stage order
    return paths


def _clean(x: Any) -> Any:
    if isinstance(x, float):
        return x if math.isfinite(x) else None
    if isinstance(x, Mapping):
        return {str(k): _clean(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_clean(v) for v in x]
    return x
