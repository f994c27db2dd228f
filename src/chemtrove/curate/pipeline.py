"""The ready-made curation pipeline: sources in, tagged parquet shards and a quarantine out.

For each source, three datatrove stages run with the configured executor:

1. read → :class:`RecordCheck` → canonicalize (molecules, reactions) or tag (prose) → filters →
   write the survivors to a work folder → exact-dedup signatures;
2. find duplicates (one task);
3. read the work folder back per rank → drop duplicates → record-to-text template → tagged shards.

Every dropped record goes to ``quarantine/<source>/<step>/`` with its reason, and
:func:`summarize` checks that ``read == kept + dropped`` for every source.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chemtrove.curate.config import CurateConfig, SourceConfig
from chemtrove.curate.readers import KINDS


@dataclass
class SourceStages:
    """The three stages of one source, and where it writes."""

    source: SourceConfig
    stages: list[list]
    shards: Path
    quarantine: Path
    logs: Path


def _source_stages(cfg: CurateConfig, src: SourceConfig) -> SourceStages:
    from chemtrove.curate.dedup import RankFileReader, exact_dedup_steps
    from chemtrove.curate.filters import ChemistryShareFilter, HeavyAtomFilter, LengthFilter
    from chemtrove.curate.molecules import CanonicalizeReactions, CanonicalizeSmiles
    from chemtrove.curate.prose import TagSmilesInProse
    from chemtrove.curate.readers import TableReader
    from chemtrove.curate.records import RecordCheck, RecordToText
    from chemtrove.curate.writers import QuarantineWriter, ShardWriter

    out = cfg.resolve(cfg.output)
    domain = KINDS[src.kind]
    shards = out / "shards" / domain / src.name
    quarantine = out / "quarantine" / src.name
    work = out / "work" / src.name
    q = str(quarantine)

    path = cfg.resolve(src.path)
    folder, glob = (str(path.parent), path.name) if path.is_file() else (str(path), src.glob)
    reader = TableReader(
        folder,
        text_column=src.column,
        kind=src.kind,
        source=src.name,
        format=src.format,
        id_column=src.id_column,
        keep_columns=src.keep_columns,
        licence=src.licence,
        glob_pattern=glob,
    )
    first: list = [reader, RecordCheck(exclusion_writer=QuarantineWriter(q, "record_check"))]
    dedup_key: str | None
    if src.kind == "molecules":
        m = cfg.molecules
        first.append(
            CanonicalizeSmiles(
                isomeric=m.isomeric,
                standardize=m.standardize,
                tautomers=m.tautomers,
                stable=m.stable,
                inchikey=m.dedup_key == "inchikey",
                max_atoms=m.max_atoms,
                exclusion_writer=QuarantineWriter(q, "canonicalize"),
            )
        )
        if m.min_heavy_atoms is not None or m.max_heavy_atoms is not None:
            first.append(
                HeavyAtomFilter(m.min_heavy_atoms, m.max_heavy_atoms, exclusion_writer=QuarantineWriter(q, "heavy_atoms"))
            )
        dedup_key = None if m.dedup_key == "none" else m.dedup_key
        template = m.template
    elif src.kind == "reactions":
        r = cfg.reactions
        first.append(
            CanonicalizeReactions(
                fold_agents=r.fold_agents, isomeric=r.isomeric, exclusion_writer=QuarantineWriter(q, "canonicalize")
            )
        )
        dedup_key = "reaction" if r.dedup else None
        template = r.template
    elif src.kind == "prose":
        p = cfg.prose
        if p.tag_smiles:
            first.append(TagSmilesInProse(canonical=p.canonical))
        if p.min_chars is not None or p.max_chars is not None:
            first.append(LengthFilter(p.min_chars, p.max_chars, exclusion_writer=QuarantineWriter(q, "length")))
        if p.min_chem_share is not None:
            first.append(ChemistryShareFilter(min_share=p.min_chem_share, exclusion_writer=QuarantineWriter(q, "chem_share")))
        dedup_key = "text" if p.dedup else None
        template = None
    else:
        raise NotImplementedError(f"source {src.name!r}: kind {src.kind!r} is not curated by this pipeline yet")

    last: list = []
    if template is not None:
        last.append(RecordToText(template, exclusion_writer=QuarantineWriter(q, "template")))
    last.append(ShardWriter(str(shards)))
    if dedup_key is None:
        stages = [first + last]
    else:
        sig, find, filt = exact_dedup_steps(str(work / "dedup"), key=dedup_key, quarantine_folder=q)
        stages = [
            [*first, ShardWriter(str(work / "records"), max_file_size=-1), sig],
            [find],
            [RankFileReader(str(work / "records")), filt, *last],
        ]
    return SourceStages(src, stages, shards, quarantine, out / "logs" / src.name)


def build(cfg: CurateConfig) -> list[SourceStages]:
    """The stages of every source, ready to hand to executors."""
    return [_source_stages(cfg, s) for s in cfg.sources]


def _executors(cfg: CurateConfig, plan: SourceStages) -> list:
    from datatrove.executor import LocalPipelineExecutor

    execs = []
    n = len(plan.stages)
    for i, steps in enumerate(plan.stages):
        single = n == 3 and i == 1  # the dedup finder runs as one task
        execs.append(
            LocalPipelineExecutor(
                pipeline=steps,
                tasks=1 if single else cfg.executor.tasks,
                workers=1 if single else cfg.executor.workers,
                logging_dir=str(plan.logs / f"stage{i + 1}"),
                depends=execs[-1] if execs else None,
                skip_completed=True,
            )
        )
    return execs


def run(cfg: CurateConfig, *, quiet: bool = False, progress: bool = True) -> dict:
    """Run every source's stages and return :func:`summarize`'s report (also written to summary.json).

    Args:
        cfg: The validated config.
        quiet: Send datatrove's per-task logs only to the log files under ``logs/`` (not to stderr).
        progress: Show a progress bar over sources and stages.
    """
    import contextlib
    import os
    import sys

    from tqdm import tqdm

    plans = build(cfg)
    total = sum(len(p.stages) for p in plans)
    real_stderr = sys.stderr
    with tqdm(total=total, desc="curate", unit="stage", disable=not progress, file=real_stderr) as bar:
        for plan in plans:
            for i, executor in enumerate(_executors(cfg, plan)):
                bar.set_postfix_str(f"{plan.source.name} stage {i + 1}/{len(plan.stages)}")
                # datatrove's task logger writes to whatever sys.stderr is when the task starts.
                with open(os.devnull, "w") as devnull, (
                    contextlib.redirect_stderr(devnull) if quiet else contextlib.nullcontext()
                ):
                    executor.depends = None  # stages run in order here; a finished stage is skipped anyway
                    executor.run()
                bar.update()
    report = summarize(cfg, plans)
    out = cfg.resolve(cfg.output)
    (out / "summary.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    return report


def _count_rows(folder: Path) -> tuple[int, Counter]:
    import pyarrow.parquet as pq

    total, reasons = 0, Counter()
    if not folder.exists():
        return 0, reasons
    for f in sorted(folder.rglob("*.parquet")):
        table = pq.read_table(f, columns=["reason"] if "quarantine" in f.parts else ["id"])
        total += table.num_rows
        if "reason" in table.column_names:
            reasons.update(table.column("reason").to_pylist())
    return total, reasons


def _read_count(logs: Path) -> int:
    stats = json.loads((logs / "stage1" / "stats.json").read_text())
    reader = stats[0]
    return int(reader["stats"].get("documents", {}).get("total", 0))


@dataclass
class SourceReport:
    """Accounting of one source: every record read is kept or dropped with a reason."""

    source: str
    kind: str
    read: int
    kept: int
    dropped: dict[str, int] = field(default_factory=dict)

    @property
    def reconciles(self) -> bool:
        return self.read == self.kept + sum(self.dropped.values())


def summarize(cfg: CurateConfig, plans: list[SourceStages]) -> dict:
    """Count records per source: read (from the reader's stats), kept (rows in shards) and dropped by
    reason (rows in the quarantine), and check they reconcile.

    Returns:
        ``{"sources": [...], "reconciles": bool, "output": str}``.
    """
    rows = []
    for plan in plans:
        kept, _ = _count_rows(plan.shards)
        _, reasons = _count_rows(plan.quarantine)
        rep = SourceReport(plan.source.name, plan.source.kind, _read_count(plan.logs), kept, dict(sorted(reasons.items())))
        rows.append(
            {
                "source": rep.source,
                "kind": rep.kind,
                "read": rep.read,
                "kept": rep.kept,
                "dropped": rep.dropped,
                "reconciles": rep.reconciles,
                "shards": str(plan.shards),
                "quarantine": str(plan.quarantine),
            }
        )
    return {
        "output": str(cfg.resolve(cfg.output)),
        "reconciles": all(r["reconciles"] for r in rows),
        "sources": rows,
    }


def format_summary(report: dict) -> str:
    """A plain-text table of a :func:`summarize` report."""
    lines = [f"{'source':<16}{'kind':<11}{'read':>8}{'kept':>8}{'dropped':>9}  reconciles"]
    for r in report["sources"]:
        lines.append(
            f"{r['source']:<16}{r['kind']:<11}{r['read']:>8}{r['kept']:>8}{sum(r['dropped'].values()):>9}  "
            f"{'yes' if r['reconciles'] else 'NO'}"
        )
    reasons: Counter = Counter()
    for r in report["sources"]:
        reasons.update(r["dropped"])
    if reasons:
        lines.append("dropped by reason:")
        from chemtrove.chem.reasons import describe

        for reason, n in reasons.most_common():
            lines.append(f"  {reason:<28}{n:>7}  {describe(reason)}")
    lines.append("outputs:")
    for r in report["sources"]:
        lines.append(f"  {r['source']}: {r['shards']}")
        lines.append(f"  {r['source']} quarantine: {r['quarantine']}")
    return "\n".join(lines)
