"""Evaluation reports: JSON, markdown and a PNG, for one checkpoint or for stages side by side.

:func:`write_report` writes ``eval.json`` (everything, ``NaN`` as ``null``), ``eval.md`` (headline and tables)
and ``eval.png`` (three panels: SCS conditions, CCS per kind, task metrics). :func:`compare_stages` and
:func:`plot_stages` put several results (``{"base": r0, "cpt": r1, "sft": r2, "grpo": r3}``) side by side,
which is what the quickstart shows after CPT, SFT and GRPO.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "compare_stages",
    "headline",
    "plot",
    "plot_stages",
    "to_json",
    "to_markdown",
    "write_report",
    "write_stages",
]


def _clean(x: Any) -> Any:
    if isinstance(x, float):
        return None if not math.isfinite(x) else x
    if isinstance(x, Mapping):
        return {str(k): _clean(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_clean(v) for v in x]
    if hasattr(x, "item") and callable(x.item):  # numpy scalars
        return _clean(x.item())
    return x


def to_json(result: Mapping[str, Any]) -> str:
    """The result as JSON text.

    Args:
        result: A result dict (numpy scalars allowed).

    Returns:
        Indented JSON; non-finite numbers become ``null``, keys keep their order.
    """
    return json.dumps(_clean(result), indent=2, ensure_ascii=False) + "\n"


def _f(x: Any, digits: int = 3) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "–"
    if isinstance(x, float):
        return f"{x:.{digits}f}"
    return str(x)


def headline(result: Mapping[str, Any]) -> dict[str, float | None]:
    """The few numbers that sum up a result: SCS, CCS, mean task accuracy, p(gold) and pass@k.

    Args:
        result: A result of :func:`chemtrove.eval.evaluate`.

    Returns:
        ``{"scs", "ccs", "task_acc", "task_p_gold", "pass@k"...}``; ``None`` for what was not measured.
    """
    out: dict[str, float | None] = {
        "scs": (result.get("scs") or {}).get("scs"),
        "ccs": (result.get("ccs") or {}).get("ccs"),
    }
    tasks = result.get("tasks") or {}
    for key, name in (("acc", "task_acc"), ("p_gold", "task_p_gold")):
        vals = [t[key] for t in tasks.values() if isinstance(t.get(key), float) and math.isfinite(t[key])]
        out[name] = sum(vals) / len(vals) if vals else None
    keys = sorted({k for t in tasks.values() for k in t if k.startswith("pass@")}, key=lambda k: int(k[5:]))
    for k in keys:
        vals = [t[k] for t in tasks.values() if isinstance(t.get(k), float)]
        out[k] = sum(vals) / len(vals) if vals else None
    return {k: (v if v is None or math.isfinite(v) else None) for k, v in out.items()}


def to_markdown(result: Mapping[str, Any]) -> str:
    """A markdown report of one result: headline, SCS conditions, CCS kinds, tasks.

    Args:
        result: A result of :func:`chemtrove.eval.evaluate` (or its JSON read back).

    Returns:
        Markdown text.
    """
    lines = [f"# Evaluation: {result.get('model', '?')}", ""]
    lines.append(
        f"suite `{result.get('suite', {}).get('name', '?')}`, seed {result.get('seed', 0)}, "
        f"{_f(result.get('seconds'), 1)} s"
    )
    lines += [
        "",
        "| SCS | CCS | task acc | task p(gold) | "
        + " | ".join(k for k in headline(result) if k.startswith("pass@"))
        + " |",
    ]
    h = headline(result)
    lines.append("|" + "---|" * (4 + sum(k.startswith("pass@") for k in h)))
    lines.append(
        f"| {_f(h['scs'], 2)} | {_f(h['ccs'], 2)} | {_f(h['task_acc'])} | {_f(h['task_p_gold'])} | "
        + " | ".join(_f(v) for k, v in h.items() if k.startswith("pass@"))
        + " |"
    )
    scs = result.get("scs")
    if scs:
        lines += ["", f"## SMILES Competence Score: d = {_f(scs['scs'], 2)} ({scs['n']} molecules)", ""]
        lines += ["| condition | mean log-prob/token | SD | mean rank | tokens |", "|---|---|---|---|---|"]
        for c, v in scs["conditions"].items():
            lines.append(
                f"| {c} | {_f(v['mean_logprob'])} | {_f(v['std_logprob'])} | {_f(v['mean_rank'], 1)} | "
                f"{_f(v['mean_tokens'], 1)} |"
            )
        lines += [
            "",
            f"d randomized vs corrupted {_f(scs['d_randomized_vs_corrupted'], 2)}, canonical vs randomized "
            f"{_f(scs['d_canonical_vs_randomized'], 2)}; canonical beats its corruption for "
            f"{_f(scs['paired_accuracy'] * 100 if scs['paired_accuracy'] is not None else None, 0)}% of molecules; "
            f"{_f(scs['corrupted_valid_fraction'] * 100 if scs['corrupted_valid_fraction'] is not None else None, 0)}% "
            "of corrupted SMILES still parse.",
        ]
    ccs = result.get("ccs")
    if ccs:
        lines += ["", f"## Chemical Competence Score: d = {_f(ccs['ccs'], 2)} ({ccs['n']} statement pairs)", ""]
        lines += [
            "| kind | n | d | true > corrupted | mean log-prob true | mean log-prob corrupted |",
            "|---|---|---|---|---|---|",
        ]
        for kind, v in ccs["kinds"].items():
            lines.append(
                f"| {kind} | {v['n']} | {_f(v['d'], 2)} | {_f(v['paired_accuracy'])} | "
                f"{_f(v['conditions']['true']['mean_logprob'])} | {_f(v['conditions']['corrupted']['mean_logprob'])} |"
            )
    tasks = result.get("tasks")
    if tasks:
        ks = sorted({k for t in tasks.values() for k in t if k.startswith("pass@")}, key=lambda k: int(k[5:]))
        lines += ["", "## Latent solvability (held-out split)", ""]
        lines += [
            "| task | n | acc | acc_norm | p(gold) | chance | margin | log-prob/token of reference | "
            + " | ".join(ks)
            + " |",
            "|" + "---|" * (8 + len(ks)),
        ]
        for name, t in tasks.items():
            lines.append(
                f"| {name} | {t['n']} | {_f(t.get('acc'))} | {_f(t.get('acc_norm'))} | {_f(t.get('p_gold'))} | "
                f"{_f(t.get('chance'))} | {_f(t.get('margin'), 2)} | {_f(t.get('mean_logprob_reference'))} | "
                + " | ".join(_f(t.get(k)) for k in ks)
                + " |"
            )
    gen = (result.get("generation") or {}).get("metrics")
    if gen:
        cols = ["format", "answered", "task_score", "validity", "uniqueness", "novelty", "exact_match", "tanimoto"]
        cols += ["cif_validity", "composition_match", "space_group_match"]
        cols = [c for c in cols if any(c in m for m in gen.values())]
        lines += ["", "## Generation (held-out prompts)", "", "| task | n | " + " | ".join(cols) + " |"]
        lines.append("|" + "---|" * (2 + len(cols)))
        for name, m in gen.items():
            lines.append(f"| {name} | {m['n']} | " + " | ".join(_f(m.get(c)) for c in cols) + " |")
    return "\n".join(lines) + "\n"


def plot(result: Mapping[str, Any], path: str | Path) -> Path:
    """A PNG with three panels: SCS per condition, CCS d per kind, task metrics (matplotlib, Agg backend).

    Args:
        result: A result of :func:`chemtrove.eval.evaluate`.
        path: Where to write the PNG.

    Returns:
        The path.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 3, figsize=(15, 4.6), gridspec_kw={"width_ratios": [1, 1, 1.5]})
    scs = result.get("scs")
    ax = axes[0]
    if scs and scs.get("n"):
        conds = list(scs["conditions"])
        means = [scs["conditions"][c]["mean_logprob"] for c in conds]
        sds = [scs["conditions"][c]["std_logprob"] or 0.0 for c in conds]
        ax.bar(conds, means, yerr=sds, color=["tab:green", "tab:blue", "tab:red"], capsize=4)
        ax.set_title(f"SCS d = {_f(scs['scs'], 2)}")
        ax.set_ylabel("mean log-prob per SMILES token")
    else:
        ax.set_title("SCS: not measured")
    ax = axes[1]
    ccs = result.get("ccs")
    if ccs and ccs.get("kinds"):
        kinds = list(ccs["kinds"])
        ds = [ccs["kinds"][k]["d"] if math.isfinite(ccs["kinds"][k]["d"]) else 0.0 for k in kinds]
        ax.barh(kinds, ds, color="tab:purple")
        ax.axvline(0, color="black", lw=0.8)
        ax.set_title(f"CCS d = {_f(ccs['ccs'], 2)}")
        ax.set_xlabel("Cohen's d, true vs corrupted")
    else:
        ax.set_title("CCS: not measured")
    ax = axes[2]
    tasks = result.get("tasks")
    if tasks:
        names = list(tasks)
        metrics = ["acc", "p_gold", "chance"] + sorted(
            {k for t in tasks.values() for k in t if k.startswith("pass@")}, key=lambda k: int(k[5:])
        )
        width = 0.8 / len(metrics)
        for j, m in enumerate(metrics):
            vals = [tasks[n].get(m) if isinstance(tasks[n].get(m), float) else 0.0 for n in names]
            ax.bar([i + j * width for i in range(len(names))], vals, width, label=m)
        ax.set_xticks([i + 0.4 - width / 2 for i in range(len(names))], names, fontsize=8, rotation=25, ha="right")
        ax.set_ylim(0, 1)
        ax.legend(fontsize=7)
        ax.set_title("latent solvability (held-out)")
    else:
        ax.set_title("tasks: not measured")
    fig.suptitle(f"{result.get('model', '')}", fontsize=9)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_report(result: Mapping[str, Any], out_dir: str | Path, stem: str = "eval") -> dict[str, Path]:
    """Write ``<stem>.json``, ``<stem>.md`` and ``<stem>.png`` into ``out_dir``.

    Args:
        result: A result of :func:`chemtrove.eval.evaluate`.
        out_dir: Folder (created if missing).
        stem: File name stem.

    Returns:
        ``{"json": path, "markdown": path, "png": path}``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / f"{stem}.json", "markdown": out / f"{stem}.md", "png": out / f"{stem}.png"}
    paths["json"].write_text(to_json(result), encoding="utf-8")
    paths["markdown"].write_text(to_markdown(result), encoding="utf-8")
    plot(result, paths["png"])
    return paths


def compare_stages(results: Mapping[str, Mapping[str, Any]]) -> str:
    """A markdown table of the headline numbers of several results (one row per stage, in order).

    Args:
        results: Stage name -> result, e.g. ``{"base": ..., "cpt": ..., "sft": ..., "grpo": ...}``.

    Returns:
        Markdown text.
    """
    heads = {stage: headline(r) for stage, r in results.items()}
    cols = ["scs", "ccs", "task_acc", "task_p_gold"]
    cols += sorted({k for h in heads.values() for k in h if k.startswith("pass@")}, key=lambda k: int(k[5:]))
    lines = ["| stage | " + " | ".join(cols) + " |", "|" + "---|" * (len(cols) + 1)]
    for stage, h in heads.items():
        lines.append(f"| {stage} | " + " | ".join(_f(h.get(c), 2 if c in ("scs", "ccs") else 3) for c in cols) + " |")
    return "\n".join(lines + ["", *column_notes(results)]) + "\n"


def column_notes(results: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """One line per column of :func:`compare_stages` saying what it measures (and its chance level).

    Args:
        results: Stage name -> result.
    """
    chances = sorted(
        {
            round(t["chance"], 3)
            for r in results.values()
            for t in (r.get("tasks") or {}).values()
            if isinstance(t.get("chance"), float) and math.isfinite(t["chance"])
        }
    )
    chance = f" (chance: {', '.join(f'{c:.3f}' for c in chances)})" if chances else ""
    return [
        "- scs, ccs: Cohen's d between the log-probabilities of true and corrupted SMILES / statements; 0 = no "
        "preference, above 0.8 = large.",
        "- task_acc: held-out multiple-choice items (reaction class among its names) whose gold option the model "
        f"scores highest{chance}: a ranking, not an answer it writes. The training report's task score asks for "
        "the answer written greedily in the task's format and stays 0 until the model writes it; a small "
        "model ranks the gold option above chance long before.",
        "- task_p_gold: the probability the model gives the gold option among the options, averaged.",
        "- pass@k: share of held-out items answered correctly by at least one of k sampled answers.",
    ]


def plot_stages(results: Mapping[str, Mapping[str, Any]], path: str | Path) -> Path:
    """A PNG of SCS, CCS and task accuracy / p(gold) across stages.

    Args:
        results: Stage name -> result, in order.
        path: Where to write the PNG.

    Returns:
        The path.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    stages = list(results)
    heads = [headline(results[s]) for s in stages]
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.6))
    x = list(range(len(stages)))
    for key, color in (("scs", "tab:green"), ("ccs", "tab:purple")):
        axes[0].plot(
            x, [h[key] if h[key] is not None else float("nan") for h in heads], "o-", color=color, label=key.upper()
        )
    axes[0].axhline(0, color="black", lw=0.8)
    axes[0].set_ylabel("Cohen's d")
    axes[0].set_title("competence scores")
    keys = ["task_acc", "task_p_gold"] + sorted(
        {k for h in heads for k in h if k.startswith("pass@")}, key=lambda k: int(k[5:])
    )
    for key in keys:
        axes[1].plot(x, [h.get(key) if h.get(key) is not None else float("nan") for h in heads], "o-", label=key)
    axes[1].set_ylim(0, 1)
    axes[1].set_title("latent solvability (held-out)")
    for ax in axes:
        ax.set_xticks(x, stages)
        ax.legend(fontsize=8)
    fig.tight_layout()
    path = Path(path)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_stages(
    results: Mapping[str, Mapping[str, Any]], out_dir: str | Path, stem: str = "eval_stages"
) -> dict[str, Path]:
    """Write ``<stem>.json`` (all results), ``<stem>.md`` (:func:`compare_stages`) and ``<stem>.png``.

    Args:
        results: Stage name -> result, in order.
        out_dir: Folder (created if missing).
        stem: File name stem.

    Returns:
        ``{"json": path, "markdown": path, "png": path}``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": out / f"{stem}.json", "markdown": out / f"{stem}.md", "png": out / f"{stem}.png"}
    paths["json"].write_text(to_json({"stages": dict(results)}), encoding="utf-8")
    paths["markdown"].write_text("# Evaluation across stages\n\n" + compare_stages(results), encoding="utf-8")
    plot_stages(results, paths["png"])
    return paths
