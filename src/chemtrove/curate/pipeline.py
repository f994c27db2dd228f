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
from typing import Any

from chemtrove.curate.config import CurateConfig, SourceConfig
from chemtrove.curate.readers import KINDS, file_stat


@dataclass
class Stage:
    """One datatrove stage: a name (its log folder), its steps, and its task count (``None``: the config's)."""

    name: str
    steps: list
    tasks: int | None = None


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


class SourcePriority:
    """Exact-dedup priority: records of sources listed earlier win (datatrove keeps the highest priority).

    Args:
        order: Source names, first = highest priority.
    """

    def __init__(self, order: list[str]):
        self.order = {name: i for i, name in enumerate(order)}

    def __call__(self, doc) -> int:
        return 65535 - self.order.get(doc.metadata.get("source"), len(self.order))


def _curate_steps(cfg: CurateConfig, kind: str, q: str) -> tuple[list, str | None, str | None]:
    """Steps after the reader for one kind, the exact-dedup key and the record template."""
    from chemtrove.curate.filters import ChemistryShareFilter, HeavyAtomFilter, LengthFilter
    from chemtrove.curate.molecules import CanonicalizeReactions, CanonicalizeSmiles
    from chemtrove.curate.prose import DEFAULT_MAX_CHARS, TagSmilesInProse
    from chemtrove.curate.records import RecordCheck
    from chemtrove.curate.writers import QuarantineWriter

    steps: list = [RecordCheck(exclusion_writer=QuarantineWriter(q, "record_check"))]
    if kind == "molecules":
        m = cfg.molecules
        steps.append(
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
            steps.append(
                HeavyAtomFilter(
                    m.min_heavy_atoms, m.max_heavy_atoms, exclusion_writer=QuarantineWriter(q, "heavy_atoms")
                )
            )
        return steps, (None if m.dedup_key == "none" else m.dedup_key), m.template
    if kind == "reactions":
        r = cfg.reactions
        steps.append(
            CanonicalizeReactions(
                fold_agents=r.fold_agents,
                isomeric=r.isomeric,
                exclusion_writer=QuarantineWriter(q, "canonicalize"),
            )
        )
        return steps, ("reaction" if r.dedup else None), r.template
    if kind == "crystals":
        from chemtrove.curate.crystals import CanonicalizeCif

        c = cfg.crystals
        steps.append(
            CanonicalizeCif(
                symmetrized=c.symmetrized,
                decimals=c.decimals,
                symprec=c.symprec,
                partial_occupancy=c.partial_occupancy,
                properties_block=c.properties_block,
                charge_balance=c.charge_balance,
                max_sites=c.max_sites,
                max_seconds=c.max_seconds,
                exclusion_writer=QuarantineWriter(q, "canonicalize"),
            )
        )
        return steps, None, c.template
    if kind == "prose":
        p = cfg.prose
        if p.tag_smiles:
            steps.append(
                TagSmilesInProse(
                    canonical=p.canonical,
                    max_chars=p.max_chars or DEFAULT_MAX_CHARS,
                    exclusion_writer=QuarantineWriter(q, "tag_smiles"),
                )
            )
        if p.tag_cif:
            from chemtrove.curate.crystals import TagCifInProse

            steps.append(TagCifInProse())
        if p.tag_names:
            from chemtrove.curate.names import TagNamesInProse

            lexicons = [lex if lex == "default" else str(cfg.resolve(lex)) for lex in p.lexicons]
            steps.append(TagNamesInProse(style=p.style, lexicons=lexicons, opsin=p.opsin))
        if p.min_chars is not None or p.max_chars is not None:
            steps.append(LengthFilter(p.min_chars, p.max_chars, exclusion_writer=QuarantineWriter(q, "length")))
        if p.min_chem_share is not None:
            steps.append(
                ChemistryShareFilter(min_share=p.min_chem_share, exclusion_writer=QuarantineWriter(q, "chem_share"))
            )
        return steps, ("text" if p.dedup else None), None
    raise NotImplementedError(f"kind {kind!r} is not curated by this pipeline yet")


def _group(cfg: CurateConfig, name: str, kind: str, sources: list[SourceConfig]) -> Group:
    from datatrove.pipeline.dedup.exact_dedup import (
        ExactDedupConfig,
        ExactDedupFilter,
        ExactDedupSignature,
        ExactFindDedups,
    )
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
    )

    from chemtrove.curate.dedup import CanonicalKey, RankFileReader
    from chemtrove.curate.neardedup import ChemMinhashSignature
    from chemtrove.curate.raw_sources import RAW_FORMATS, raw_reader
    from chemtrove.curate.readers import MultiTableReader, TableReader
    from chemtrove.curate.records import RecordToText
    from chemtrove.curate.writers import QuarantineWriter, ShardWriter

    out = cfg.resolve(cfg.output)
    shards, quarantine, work = out / "shards" / name, out / "quarantine" / name, out / "work" / name
    q = str(quarantine)
    readers = []
    for src in sources:
        path = cfg.resolve(src.path)
        folder, glob = (str(path.parent), path.name) if path.is_file() else (str(path), src.glob)
        is_cif = src.format == "cif" or (
            src.format == "auto"
            and src.kind == "crystals"
            and (path.suffix.lower() == ".cif" or (path.is_dir() and any(path.rglob("*.cif"))))
        )
        if src.format in RAW_FORMATS:  # raw dumps: sdf, pubchem, uspto_rsmi, ord, pymatgen_json
            readers.append(
                raw_reader(
                    src.format,
                    folder,
                    source=src.name,
                    kind=src.kind,
                    glob=glob,
                    licence=src.licence,
                    smiles_from=src.smiles_from,
                    id_from=src.id_from,
                )
            )
            continue
        if is_cif:
            from chemtrove.curate.crystals import CifFileReader

            readers.append(CifFileReader(folder, source=src.name, licence=src.licence, glob_pattern=glob or "**/*.cif"))
            continue
        readers.append(
            TableReader(
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
        )
    steps, exact_key, template = _curate_steps(cfg, kind, q)
    last: list = []
    if template is not None:
        last.append(RecordToText(template, exclusion_writer=QuarantineWriter(q, "template")))
    last.append(ShardWriter(str(shards), max_file_size=cfg.shard_max_bytes))
    if kind == "crystals" and cfg.crystals.describe:  # one prose document per structure, in its own folder
        from chemtrove.curate.describe import DescribeCrystals

        d_quarantine = QuarantineWriter(f"{quarantine}_descriptions", "describe", default_reason="describe_failed")
        last += [
            DescribeCrystals(symprec=cfg.crystals.symprec, exclusion_writer=d_quarantine),
            ShardWriter(f"{shards}_descriptions", max_file_size=cfg.shard_max_bytes),
        ]

    # Dedup passes, each (signature step, stages between, filter step), chained through work folders.
    passes: list[tuple[Any, list[Stage], Any]] = []
    if exact_key is not None:
        ecfg = ExactDedupConfig(
            content_getter=CanonicalKey(exact_key),
            document_priority=SourcePriority([s.name for s in sources]),
        )
        passes.append(
            (
                ExactDedupSignature(output_folder=str(work / "exact" / "sigs"), config=ecfg),
                [
                    Stage(
                        "exact_find",
                        [ExactFindDedups(str(work / "exact" / "sigs"), str(work / "exact" / "dups"), config=ecfg)],
                        1,
                    )
                ],
                ExactDedupFilter(
                    str(work / "exact" / "dups"),
                    config=ecfg,
                    exclusion_writer=QuarantineWriter(q, "exact_dedup", default_reason="duplicate"),
                ),
            )
        )
    if kind == "prose" and cfg.prose.near_dedup:
        p = cfg.prose
        mcfg = MinhashConfig(
            n_grams=p.minhash_n_grams,
            num_buckets=p.minhash_buckets,
            hashes_per_bucket=p.minhash_hashes_per_bucket,
            seed=cfg.seed + 1,  # datatrove's default is 1; keep seed 0 equal to it
        )
        mh = work / "minhash"
        passes.append(
            (
                ChemMinhashSignature(str(mh / "sigs"), config=mcfg),
                [
                    Stage(
                        "minhash_buckets",
                        [MinhashDedupBuckets(str(mh / "sigs"), str(mh / "buckets"), config=mcfg)],
                        p.minhash_buckets,
                    ),
                    Stage(
                        "minhash_cluster",
                        [MinhashDedupCluster(str(mh / "buckets"), str(mh / "remove"), config=mcfg)],
                        1,
                    ),
                ],
                MinhashDedupFilter(
                    str(mh / "remove"),
                    exclusion_writer=QuarantineWriter(q, "near_dedup", default_reason="near_duplicate"),
                ),
            )
        )

    if kind == "crystals" and cfg.crystals.dedup:
        from chemtrove.curate.crystals import StructureDedupFilter, StructureDedupFind, StructureSignature

        sd = work / "structures"
        b = cfg.crystals.dedup_buckets
        passes.append(
            (
                StructureSignature(str(sd / "sigs"), buckets=b, source_order=[s.name for s in sources]),
                [Stage("structure_find", [StructureDedupFind(str(sd / "sigs"), str(sd / "dups"))], b)],
                StructureDedupFilter(
                    str(sd / "dups"),
                    exclusion_writer=QuarantineWriter(q, "structure_dedup", default_reason="duplicate_structure"),
                ),
            )
        )

    reader = MultiTableReader(readers)
    if not passes:
        stages = [Stage("curate", [reader, *steps, *last])]
    else:
        records = work / "records_0"
        stages = [Stage("curate", [reader, *steps, ShardWriter(str(records), max_file_size=-1), passes[0][0]])]
        for i, (_, middle, filt) in enumerate(passes):
            stages.extend(middle)
            tail: list
            if i + 1 < len(passes):
                nxt = work / f"records_{i + 1}"
                tail = [ShardWriter(str(nxt), max_file_size=-1), passes[i + 1][0]]
                stages.append(Stage(f"dedup_filter_{i}", [RankFileReader(str(records)), filt, *tail]))
                records = nxt
            else:
                stages.append(Stage("final", [RankFileReader(str(records)), filt, *last]))
    from chemtrove.curate.progress import ProgressStep

    for stage in stages:  # progress lines and files for every stage that streams records
        if isinstance(stage.steps[0], (MultiTableReader, RankFileReader)):
            src_reader = stage.steps[0] if isinstance(stage.steps[0], MultiTableReader) else None
            folder = str(out / "logs" / name / stage.name / "progress")
            interval = cfg.executor.progress_interval_s
            stage.steps.insert(1, ProgressStep(folder, f"{name}/{stage.name}", src_reader, interval))
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
            from chemtrove.curate.slurm_executor import SlurmStageExecutor

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
        from chemtrove.curate.ray_run import ray_session

        session = ray_session(cfg)
    from chemtrove.curate.progress import StageMonitor

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
                    from chemtrove.curate.ray_run import RayStageFailed

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
    from chemtrove.curate.report import write_report

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


def _rows(folder: Path, columns: list[str]) -> list[dict]:
    import pyarrow.parquet as pq

    rows: list[dict] = []
    if folder.exists():
        for f in sorted(folder.rglob("*.parquet")):
            rows.extend(pq.read_table(f, columns=columns).to_pylist())
    return rows


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
        for row in _rows(group.shards, ["source", "domain"]):
            kept[row["source"]] += 1
            domains[row["domain"]] += 1
        dropped: dict[str, Counter] = {}
        for row in _rows(group.quarantine, ["source", "reason"]):
            dropped.setdefault(row["source"], Counter())[row["reason"]] += 1
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
        from chemtrove.curate.names import name_summary

        summary["names"] = name_summary([g.shards for g in groups if g.kind == "prose"])
    return summary


def format_summary(report: dict, output: str | Path = ".") -> str:
    """A plain-text table of a :func:`summarize` report; folders are shown under ``output``."""
    from chemtrove.chem.reasons import describe

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


__all__ = ["Group", "Stage", "build", "executors", "finish", "format_summary", "run", "submit", "summarize"]
