"""Sweep reports: per-domain validation loss of every variant in one table (CSV, Markdown, JSON) and a PNG."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any


def _domains(rows: list[dict[str, Any]]) -> list[str]:
    return sorted({d for r in rows for d in r["loss"]})


def results_markdown(rows: list[dict[str, Any]], value_label: str = "value") -> str:
    """A Markdown table: one row per variant, one column per domain, plus the mean over domains.

    Args:
        rows: ``{"variant": str, "value": float | None, "loss": {domain: nats/token}, "weights": {...}}``.
        value_label: Header of the swept value's column.

    Returns:
        The table; the lowest loss of each column is in bold.
    """
    domains = _domains(rows)
    cols = [*domains, "mean"]
    table = [[r["loss"].get(d, math.nan) for d in domains] for r in rows]
    for t in table:
        vals = [x for x in t if not math.isnan(x)]
        t.append(sum(vals) / len(vals) if vals else math.nan)
    best = [min((t[i] for t in table if not math.isnan(t[i])), default=math.nan) for i in range(len(cols))]
    head = f"| variant | {value_label} | " + " | ".join(cols) + " |"
    lines = [head, "|" + "---|" * (len(cols) + 2)]
    for r, t in zip(rows, table, strict=True):
        value = "" if r.get("value") is None else f"{r['value']:g}"
        cells = [f"**{x:.4f}**" if x == best[i] else f"{x:.4f}" for i, x in enumerate(t)]
        lines.append(f"| {r['variant']} | {value} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def plot_results(rows: list[dict[str, Any]], path: str | Path, value_label: str = "value", title: str = "") -> Path:
    """Plot per-domain validation loss against the swept value (or per variant) into a PNG.

    Args:
        rows: As for :func:`results_markdown`.
        path: PNG file.
        value_label: x-axis label when values are numeric.
        title: Figure title.

    Returns:
        The PNG path.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    domains = _domains(rows)
    numeric = [r for r in rows if r.get("value") is not None]
    fig, ax = plt.subplots(figsize=(7, 4.2), dpi=120)
    if len(numeric) >= 2:
        numeric = sorted(numeric, key=lambda r: r["value"])
        xs = [r["value"] for r in numeric]
        for d in domains:
            ax.plot(xs, [r["loss"].get(d, math.nan) for r in numeric], marker="o", label=d)
        ax.set_xlabel(value_label)
        base = [r for r in rows if r.get("value") is None]
        for r in base:
            for i, d in enumerate(domains):
                ax.axhline(r["loss"].get(d, math.nan), color=f"C{i}", ls=":", lw=1)
        if base:
            ax.plot([], [], color="gray", ls=":", lw=1, label=f"{base[0]['variant']} (base spec)")
    else:
        width = 0.8 / max(len(domains), 1)
        for i, d in enumerate(domains):
            ax.bar(
                [k + i * width for k in range(len(rows))],
                [r["loss"].get(d, math.nan) for r in rows],
                width=width,
                label=d,
            )
        ax.set_xticks([k + 0.4 - width / 2 for k in range(len(rows))])
        ax.set_xticklabels([r["variant"] for r in rows], rotation=30, ha="right", fontsize=8)
    ax.set_ylabel("validation loss (nats/token)")
    ax.set_title(title or "per-domain validation loss by mixture")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, metadata={"Software": None})
    plt.close(fig)
    return out


def write_results(
    rows: list[dict[str, Any]], folder: str | Path, value_label: str = "value", title: str = ""
) -> dict[str, Path]:
    """Write ``results.csv``, ``results.md``, ``results.json`` and ``results.png``.

    Args:
        rows: As for :func:`results_markdown`.
        folder: Output folder.
        value_label: Name of the swept value.
        title: PNG title.

    Returns:
        The paths by kind.
    """
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    domains = _domains(rows)
    with open(out / "results.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["variant", value_label, *domains])
        for r in rows:
            w.writerow(
                [r["variant"], "" if r.get("value") is None else r["value"], *[r["loss"].get(d) for d in domains]]
            )
    (out / "results.md").write_text(results_markdown(rows, value_label), encoding="utf-8")
    (out / "results.json").write_text(json.dumps(rows, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    png = plot_results(rows, out / "results.png", value_label, title)
    return {"csv": out / "results.csv", "md": out / "results.md", "json": out / "results.json", "png": png}
