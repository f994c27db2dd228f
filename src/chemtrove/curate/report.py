"""The run report: counts by source, domain and reason, examples from the quarantine, a chart.

Written next to ``summary.json`` as ``report.md`` and ``report.png``. Nothing in it depends on the
time or the machine, so two runs of the same config give byte-identical reports.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from chemtrove.chem.reasons import describe
from chemtrove.curate.names import format_name_summary

EXAMPLES_PER_REASON = 3
TOP_REASONS = 10


def _quarantine_examples(folders: list[Path]) -> dict[str, list[tuple[str, str]]]:
    import pyarrow.parquet as pq

    examples: dict[str, list[tuple[str, str]]] = {}
    for folder in folders:
        if not folder.exists():
            continue
        for f in sorted(folder.rglob("*.parquet")):
            for row in pq.read_table(f, columns=["id", "reason", "text"]).to_pylist():
                ex = examples.setdefault(row["reason"], [])
                if len(ex) < EXAMPLES_PER_REASON:
                    ex.append((row["id"], row["text"]))
    return examples


def _md_cell(text: str, limit: int = 70) -> str:
    text = text.replace("\n", " ").replace("|", "\\|").replace("`", "'")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def count_tokens(shard_folders: list[Path], tokenizer_path: str) -> dict[str, int]:
    """Tokens per domain of the shards, with a ``tokenizer.json`` (or a folder holding one)."""
    import pyarrow.parquet as pq
    from tokenizers import Tokenizer

    path = Path(tokenizer_path)
    tok = Tokenizer.from_file(str(path / "tokenizer.json" if path.is_dir() else path))
    tokens: Counter = Counter()
    for folder in shard_folders:
        for f in sorted(folder.rglob("*.parquet")) if folder.exists() else []:
            table = pq.read_table(f, columns=["text", "domain"])
            texts, doms = table.column("text").to_pylist(), table.column("domain").to_pylist()
            for enc, dom in zip(tok.encode_batch(texts, add_special_tokens=False), doms, strict=True):
                tokens[dom] += len(enc.ids)
    return dict(sorted(tokens.items()))


def write_report(
    summary: dict, out: Path, quarantine_folders: list[Path], tokenizer: str | None = None
) -> tuple[Path, Path]:
    """Write ``report.md`` and ``report.png`` into ``out``.

    Args:
        summary: What :func:`chemtrove.curate.pipeline.summarize` returned.
        out: The run's output folder.
        quarantine_folders: Where to pick examples of each reason from.
        tokenizer: Optional tokenizer to count tokens per domain.

    Returns:
        The paths of the markdown and PNG files.
    """

    sources = summary["sources"]
    reasons: Counter = Counter()
    for s in sources:
        reasons.update(s["dropped"])
    lines = ["# Curation report", ""]
    lines.append(f"All sources reconcile (read = kept + dropped): **{'yes' if summary['reconciles'] else 'NO'}**")
    lines += [
        "",
        "| source | kind | licence | read | kept | dropped | reconciles |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    for s in sources:
        lines.append(
            f"| {s['source']} | {s['kind']} | {s.get('licence') or ''} | {s['read']} | {s['kept']} | "
            f"{sum(s['dropped'].values())} | {'yes' if s['reconciles'] else 'NO'} |"
        )
    lines += [
        "",
        "## Kept by domain",
        "",
        "| domain | records |" + (" tokens |" if tokenizer else ""),
        "|---|---:|" + ("---:|" if tokenizer else ""),
    ]
    token_counts = count_tokens(sorted({out / s["shards"] for s in sources}), tokenizer) if tokenizer else {}
    for dom, n in summary["domains"].items():
        lines.append(f"| {dom} | {n} |" + (f" {token_counts.get(dom, 0)} |" if tokenizer else ""))
    if reasons:
        examples = _quarantine_examples(quarantine_folders)
        lines += [
            "",
            f"## Top reasons (of {len(reasons)})",
            "",
            "| reason | dropped | meaning | examples (id: text) |",
            "|---|---:|---|---|",
        ]
        for reason, n in reasons.most_common(TOP_REASONS):
            ex = "<br>".join(f"`{_md_cell(i, 40)}`: {_md_cell(t)}" for i, t in examples.get(reason, []))
            lines.append(f"| {reason} | {n} | {describe(reason)} | {ex} |")
    if "names" in summary:
        lines += format_name_summary(summary["names"])
    lines += ["", "![kept and dropped per source](report.png)", ""]
    md = out / "report.md"
    md.write_text("\n".join(lines))
    png = out / "report.png"
    _chart(sources, png)
    return md, png


def _chart(sources: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = [s["source"] for s in sources]
    reasons: Counter = Counter()
    for s in sources:
        reasons.update(s["dropped"])
    top = reasons.most_common(TOP_REASONS)
    height = 1.5 + 0.35 * max(len(names), len(top), 1)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, height))
    kept = [s["kept"] for s in sources]
    dropped = [sum(s["dropped"].values()) for s in sources]
    y = range(len(names))
    ax1.barh([i - 0.2 for i in y], kept, height=0.4, color="#4c9a2a", label="kept")
    ax1.barh([i + 0.2 for i in y], dropped, height=0.4, color="#c0392b", label="dropped")
    ax1.set_yticks(list(y), names)
    ax1.set_xscale("symlog")
    ax1.set_xlabel("records (symlog)")
    ax1.set_title("per source")
    ax1.invert_yaxis()
    ax1.legend(fontsize=8)
    if top:
        ax2.barh([r for r, _ in top], [n for _, n in top], color="#c0392b")
        ax2.invert_yaxis()
        ax2.set_xlabel("records dropped")
    else:
        ax2.text(0.5, 0.5, "nothing dropped", ha="center", va="center")
        ax2.set_axis_off()
    ax2.set_title("top reasons")
    fig.tight_layout()
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)
