"""The ready-made curation pipeline: sources in, tagged parquet shards and a quarantine out.

Sources of one kind are curated together (``dedup_across_sources: true``, the default) as a *group*;
each group runs these datatrove stages, each stage over the configured number of tasks:

1. ``curate``: read every source → :class:`RecordCheck` → canonicalize (molecules, reactions) or tag
   (prose) → filters → work records → exact-dedup signatures (canonical SMILES / InChIKey / reaction /
   text; the copy from the source listed first wins);
2. ``exact_find`` (one task);
3. for prose with near-dedup: ``exact_filter`` → chemistry-aware MinHash signatures,
   ``minhash_buckets`` (one task per bucket), ``minhash_cluster`` (one task);
4. ``final``: work records of the same rank → drop duplicates → record-to-text template → shards.

Every dropped record goes to ``quarantine/<group>/<step>/`` with its reason, and :func:`summarize`
checks that ``read == kept + dropped`` for every source.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from chemtrove.chem.reasons import describe
from chemtrove.curate.config import CurateConfig, SourceConfig
from chemtrove.curate.describe import DescribeCrystals
from chemtrove.curate.names import name_summary
from chemtrove.curate.progress import StageMonitor
from chemtrove.curate.ray_run import RayStageFailed, ray_session
from chemtrove.curate.readers import KINDS, file_stat
from chemtrove.curate.records import RecordToText
from chemtrove.curate.report import write_report
from chemtrove.curate.slurm_executor import SlurmStageExecutor
from chemtrove.curate.stages import SourcePriority, Stage, add_progress, chain_stages, dedup_passes, source_readers
from chemtrove.curate.steps import curate_steps
from chemtrove.curate.writers import QuarantineWriter, ShardWriter


@dataclass
class Group:
    """Sources curated together, their stages, and where they write."""

    name: str
    kind: str
    sources: list[SourceConfig]
    stages: list[Stage]
    shards: Path
    quarantine: Path
    logs: Path


def _group(cfg: CurateConfig, name: str, kind: str, sources: list[SourceConfig]) -> Group:
    """One group's stages: its readers, curate steps and dedup passes, chained, with progress steps."""
    out = cfg.resolve(cfg.output)
    shards, quarantine, work = out / "shards" / name, out / "quarantine" / name, out / "work" / name
    q = str(quarantine)
    steps, exact_key, template = curate_steps(cfg, kind, q)
    last: list = []
    if template is not None:
        last.append(RecordToText(template, exclusion_writer=QuarantineWriter(q, "template")))
    last.append(ShardWriter(str(shards), max_file_size=cfg.shard_max_bytes))
    if kind == "crystals" and cfg.crystals.describe:  # one prose document per structure, in its own folder
        d_quarantine = QuarantineWriter(f"{quarantine}_descriptions", "describe", default_reason="describe_failed")
        last += [
            DescribeCrystals(symprec=cfg.crystals.symprec, exclusion_writer=d_quarantine),
            ShardWriter(f"{shards}_descriptions", max_file_size=cfg.shard_max_bytes),
        ]
    passes = dedup_passes(cfg, kind, sources, exact_key, work, q)
    stages = chain_stages(source_readers(cfg, sources), steps, last, passes, work)
    add_progress(stages, out / "logs" / name, name, cfg.executor.progress_interval_s)
    return Group(name, kind, sources, stages, shards, quarantine, out / "logs" / name)


def build(cfg: CurateConfig) -> list[Group]:
    """The groups of the config (one per kind, or one per source without cross-source dedup)."""
    groups = []
    if cfg.dedup_across_sources:
        for kind in KINDS:
            srcs = [s for s in cfg.sources if s.kind == kind]
            if srcs:
                groups.append(_group(cfg, KINDS[kind], kind, srcs))
    else:
        for s in cfg.sources:
            groups.append(_group(cfg, f"{KINDS[s.kind]}/{s.name}", s.kind, [s]))
    return groups


def executors(cfg: CurateConfig, group: Group) -> list:
    """One datatrove executor per stage, each depending on the one before."""
    execs: list = []
    e = cfg.executor
    for stage in group.stages:
        tasks = stage.tasks or e.tasks
        common = dict(
            pipeline=stage.steps,
            tasks=tasks,
            logging_dir=str(group.logs / stage.name),
            depends=execs[-1] if execs else None,
            skip_completed=True,
        )
        if e.kind == "ray":  # the stages run in order from run(); no polling dependency between them
            from datatrove.executor.ray import RayPipelineExecutor

            execs.append(
                RayPipelineExecutor(
                    **{**common, "depends": None},
                    workers=e.workers,
                    cpus_per_task=e.cpus_per_task,
                    mem_per_cpu_gb=e.mem_per_cpu_gb,
                )
            )
            continue
        if e.kind == "slurm":
            execs.append(
                SlurmStageExecutor(
                    **common,
                    max_array_size=e.max_array_size,
                    workers=e.workers,
                    time=e.time,
                    partition=e.partition,
                    cpus_per_task=e.cpus_per_task,
                    mem_per_cpu_gb=e.mem_per_cpu_gb,
                    qos=e.qos,
                    venv_path=e.venv_path,
                    env_command=e.env_command,
                    sbatch_args=e.sbatch_args,
                    job_name=f"{e.job_name}_{group.name.replace('/', '_')}_{stage.name}",
                )
            )
        else:
            from datatrove.executor import LocalPipelineExecutor

            execs.append(LocalPipelineExecutor(**common, workers=1 if tasks == 1 else e.workers))
    return execs


def run(cfg: CurateConfig, *, quiet: bool = False, progress: bool = True) -> dict:
    """Run every group's stages locally, then write and return the report (see :func:`summarize`).

    Stages already finished (datatrove's completion markers) are skipped, so a rerun after a crash
    redoes only the unfinished tasks, and a rerun of a finished pipeline does nothing.

    Args:
        cfg: The validated config (``executor.kind`` ``local`` or ``ray``; use :func:`submit` for Slurm).
        quiet: Send datatrove's per-task logs only to the log files under ``logs/`` (not to stderr).
        progress: Show a progress bar over stages.
    """
    import contextlib
    import os
    import sys

    from tqdm import tqdm

    if cfg.executor.kind not in ("local", "ray"):
        raise ValueError(f"run() is for executor.kind local or ray; got {cfg.executor.kind!r}: use submit()")
    cfg.check_files()  # paths, globs, columns, templates, output: before anything runs
    groups = build(cfg)
    total = sum(len(g.stages) for g in groups)
    session = contextlib.nullcontext()
    if cfg.executor.kind == "ray":
        session = ray_session(cfg)

    with (
        session,
        tqdm(total=total, desc="curate", unit="stage", disable=not progress, file=sys.stderr) as bar,
        StageMonitor(bar.set_postfix_str, min(cfg.executor.progress_interval_s, 10.0)) as monitor,
    ):
        for group in groups:
            for stage, executor in zip(group.stages, executors(cfg, group), strict=True):
                bar.set_postfix_str(f"{group.name}: {stage.name}")
                monitor.watch(f"{group.name}/{stage.name}", group.logs / stage.name / "progress", executor.world_size)
                # datatrove's task logger writes to whatever sys.stderr is when the task starts.
                with (
                    open(os.devnull, "w") as devnull,
                    contextlib.redirect_stderr(devnull) if quiet else contextlib.nullcontext(),
                ):
                    executor.depends = None  # stages run in order here
                    executor.run()
                if cfg.executor.kind == "ray" and not stage_complete(group, stage, executor.world_size):
                    raise RayStageFailed(
                        f"{group.name}: stage {stage.name!r} has tasks that did not complete on Ray; see "
                        f"{group.logs / stage.name}/logs. Rerun the same command: finished tasks are skipped."
                    )
                bar.update()
    return finish(cfg, groups)


def submit(cfg: CurateConfig) -> list[tuple[Group, list]]:
    """Submit every group's stages to Slurm as dependent array jobs; returns the executors per group."""
    if cfg.executor.kind != "slurm":
        raise ValueError("submit() needs executor.kind: slurm")
    cfg.check_files()
    out = []
    for group in build(cfg):
        execs = executors(cfg, group)
        execs[-1].run()  # datatrove submits the dependencies first
        out.append((group, execs))
    return out


def stage_complete(group: Group, stage: Stage, tasks: int) -> bool:
    """True when every task of ``stage`` wrote its completion marker."""
    done = group.logs / stage.name / "completions"
    return done.is_dir() and len(list(done.iterdir())) >= tasks


def finish(cfg: CurateConfig, groups: list[Group] | None = None) -> dict:
    """Count the outputs, write ``summary.json``, ``report.md`` and ``report.png``; return the summary."""

    groups = groups if groups is not None else build(cfg)
    summary = summarize(cfg, groups)
    out = cfg.resolve(cfg.output)
    (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    write_report(
        summary,
        out,
        quarantine_folders=[g.quarantine for g in groups],
        tokenizer=cfg.report_tokenizer and str(cfg.resolve(cfg.report_tokenizer)),
    )
    return summary


def _count_rows(folder: Path, columns: list[str], batch_rows: int = 65_536) -> Counter:
    """Rows of every parquet file under ``folder`` counted by the values of ``columns`` (a tuple a key).

    Counted one batch of ``batch_rows`` rows at a time: memory is one batch's columns, not every row of the
    run nor of one file (a big run quarantines millions of duplicates; a list of them grew the summary's
    process by ~80 MB per 250,000 rows, and a 2,000,000-row file read whole by ~200 MB).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    counts: Counter = Counter()
    if folder.exists():
        for f in sorted(folder.rglob("*.parquet")):
            for batch in pq.ParquetFile(f).iter_batches(batch_size=batch_rows, columns=columns):
                groups = pa.Table.from_batches([batch]).group_by(columns).aggregate([([], "count_all")])
                keys = zip(*(groups.column(c).to_pylist() for c in columns), strict=True)
                counts.update(dict(zip(keys, groups.column("count_all").to_pylist(), strict=True)))
    return counts


def summarize(cfg: CurateConfig, groups: list[Group]) -> dict:
    """Per source: input records read (the reader's stats, in all and per file), kept (rows in shards, by
    domain) and dropped by reason (rows in the quarantine), and whether they reconcile.

    Returns:
        ``{"reconciles", "sources": [...], "domains": {domain: kept}}``; folders are relative to the
        output folder, so the summary does not depend on where the run was written.
    """
    out = cfg.resolve(cfg.output)
    sources = []
    domains: Counter = Counter()
    for group in groups:
        # Per-rank stats, not the merged stats.json: after a rerun that file covers only the rerun ranks.
        reader_stats: Counter = Counter()
        for f in sorted((group.logs / "curate" / "stats").glob("*.json")):
            for key, stat in json.loads(f.read_text())[0]["stats"].items():
                reader_stats[key] += int(stat["total"] if isinstance(stat, dict) else stat)
        kept = Counter()
        for (source, domain), n in _count_rows(group.shards, ["source", "domain"]).items():
            kept[source] += n
            domains[domain] += n
        dropped: dict[str, Counter] = {}
        for (source, reason), n in _count_rows(group.quarantine, ["source", "reason"]).items():
            dropped.setdefault(source, Counter())[reason] += n
        for src in group.sources:
            read = reader_stats[f"documents_{src.name}"]
            prefix = file_stat(src.name, "")
            files = {k[len(prefix) :]: n for k, n in sorted(reader_stats.items()) if k.startswith(prefix)}
            drops = dict(sorted(dropped.get(src.name, Counter()).items()))
            sources.append(
                {
                    "source": src.name,
                    "kind": src.kind,
                    "licence": src.licence,
                    "group": group.name,
                    "read": read,
                    "files": files,
                    "kept": kept[src.name],
                    "dropped": drops,
                    "reconciles": read == kept[src.name] + sum(drops.values()),
                    "shards": str(group.shards.relative_to(out)),
                    "quarantine": str(group.quarantine.relative_to(out)),
                }
            )
    summary = {
        "reconciles": all(s["reconciles"] for s in sources),
        "sources": sources,
        "domains": dict(sorted(domains.items())),
    }
    if cfg.prose.tag_names:
        summary["names"] = name_summary([g.shards for g in groups if g.kind == "prose"])
    return summary


def format_summary(report: dict, output: str | Path = ".") -> str:
    """A plain-text table of a :func:`summarize` report; folders are shown under ``output``."""

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
        for reason, n in reasons.most_common():
            lines.append(f"  {reason:<28}{n:>7}  {describe(reason)}")
    lines.append("kept by domain: " + ", ".join(f"{d} {n}" for d, n in report["domains"].items()))
    for source, c in report.get("names", {}).get("sources", {}).items():
        lines.append(f"chemical names in {source}: {c['found']} found, {c['resolved']} resolved, {c['tagged']} tagged")
    lines.append("outputs (folders that hold files):")
    for kind in ("shards", "quarantine"):
        folders = sorted({r[kind] for r in report["sources"]})
        present = [f for f in folders if _has_files(Path(output) / f)]
        for folder in present:
            lines.append(f"  {kind}: {Path(output) / folder}")
        empty = [Path(f).name for f in folders if f not in present]
        if empty:
            what = "nothing dropped" if kind == "quarantine" else "nothing kept"
            lines.append(f"  {kind}: none for {', '.join(empty)} ({what})")
    return "\n".join(lines)


def _has_files(folder: Path) -> bool:
    """Whether ``folder`` exists and holds at least one file (at any depth)."""
    return folder.is_dir() and any(p.is_file() for p in folder.rglob("*"))


__all__ = [
    "Group",
    "SourcePriority",
    "Stage",
    "build",
    "executors",
    "finish",
    "format_summary",
    "run",
    "submit",
    "summarize",
]
