"""The pieces a curation group is made of: its readers, its dedup passes and the stages that chain them.

:func:`chemtrove.curate.pipeline.build` puts them together per group: :func:`source_readers` (one reader per
source), :func:`chemtrove.curate.steps.curate_steps` (the steps after the reader), :func:`dedup_passes`
(exact, near and structure dedup, each a signature step, the stages between and a filter step) and
:func:`chain_stages` (the passes chained through work folders, ending with the shard writer).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datatrove.pipeline.dedup.exact_dedup import (
    ExactDedupConfig,
    ExactDedupFilter,
    ExactDedupSignature,
    ExactFindDedups,
)
from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter

from chemtrove.curate.config import CurateConfig, SourceConfig
from chemtrove.curate.crystals import CifFileReader, StructureDedupFilter, StructureDedupFind, StructureSignature
from chemtrove.curate.dedup import CanonicalKey, RankFileReader
from chemtrove.curate.neardedup import ChemMinhashSignature
from chemtrove.curate.progress import ProgressStep
from chemtrove.curate.raw_sources import RAW_FORMATS, raw_reader
from chemtrove.curate.readers import MultiTableReader, TableReader
from chemtrove.curate.writers import QuarantineWriter, ShardWriter


@dataclass
class Stage:
    """One datatrove stage: a name (its log folder), its steps, and its task count (``None``: the config's)."""

    name: str
    steps: list
    tasks: int | None = None


DedupPass = tuple[Any, list[Stage], Any]
"""One dedup pass: (signature step, the stages between, filter step)."""


class SourcePriority:
    """Exact-dedup priority: records of sources listed earlier win (datatrove keeps the highest priority).

    Args:
        order: Source names, first = highest priority.
    """

    def __init__(self, order: list[str]):
        self.order = {name: i for i, name in enumerate(order)}

    def __call__(self, doc) -> int:
        return 65535 - self.order.get(doc.metadata.get("source"), len(self.order))


def source_reader(cfg: CurateConfig, src: SourceConfig):
    """The reader of one source: a raw-format reader, a CIF file reader or a table reader.

    Args:
        cfg: The curate config (paths resolve against its folder).
        src: The source.
    """
    path = cfg.resolve(src.path)
    folder, glob = (str(path.parent), path.name) if path.is_file() else (str(path), src.glob)
    is_cif = src.format == "cif" or (
        src.format == "auto"
        and src.kind == "crystals"
        and (path.suffix.lower() == ".cif" or (path.is_dir() and any(path.rglob("*.cif"))))
    )
    if src.format in RAW_FORMATS:  # raw dumps: sdf, pubchem, uspto_rsmi, ord, pymatgen_json
        return raw_reader(
            src.format,
            folder,
            source=src.name,
            kind=src.kind,
            glob=glob,
            licence=src.licence,
            smiles_from=src.smiles_from,
            id_from=src.id_from,
        )
    if is_cif:
        return CifFileReader(folder, source=src.name, licence=src.licence, glob_pattern=glob or "**/*.cif")
    return TableReader(
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


def source_readers(cfg: CurateConfig, sources: list[SourceConfig]) -> MultiTableReader:
    """One reader over every source of a group, in the order listed (the reader factory).

    Args:
        cfg: The curate config.
        sources: The group's sources.
    """
    return MultiTableReader([source_reader(cfg, src) for src in sources])


def _exact_pass(exact_key: str, sources: list[SourceConfig], work: Path, q: str) -> DedupPass:
    ecfg = ExactDedupConfig(
        content_getter=CanonicalKey(exact_key),
        document_priority=SourcePriority([s.name for s in sources]),
    )
    find = ExactFindDedups(str(work / "exact" / "sigs"), str(work / "exact" / "dups"), config=ecfg)
    return (
        ExactDedupSignature(output_folder=str(work / "exact" / "sigs"), config=ecfg),
        [Stage("exact_find", [find], 1)],
        ExactDedupFilter(
            str(work / "exact" / "dups"),
            config=ecfg,
            exclusion_writer=QuarantineWriter(q, "exact_dedup", default_reason="duplicate"),
        ),
    )


def _near_pass(cfg: CurateConfig, work: Path, q: str) -> DedupPass:
    p = cfg.prose
    mcfg = MinhashConfig(
        n_grams=p.minhash_n_grams,
        num_buckets=p.minhash_buckets,
        hashes_per_bucket=p.minhash_hashes_per_bucket,
        seed=cfg.seed + 1,  # datatrove's default is 1; keep seed 0 equal to it
    )
    mh = work / "minhash"
    return (
        ChemMinhashSignature(str(mh / "sigs"), config=mcfg),
        [
            Stage(
                "minhash_buckets",
                [MinhashDedupBuckets(str(mh / "sigs"), str(mh / "buckets"), config=mcfg)],
                p.minhash_buckets,
            ),
            Stage("minhash_cluster", [MinhashDedupCluster(str(mh / "buckets"), str(mh / "remove"), config=mcfg)], 1),
        ],
        MinhashDedupFilter(
            str(mh / "remove"),
            exclusion_writer=QuarantineWriter(q, "near_dedup", default_reason="near_duplicate"),
        ),
    )


def _structure_pass(cfg: CurateConfig, sources: list[SourceConfig], work: Path, q: str) -> DedupPass:
    sd = work / "structures"
    b = cfg.crystals.dedup_buckets
    return (
        StructureSignature(str(sd / "sigs"), buckets=b, source_order=[s.name for s in sources]),
        [Stage("structure_find", [StructureDedupFind(str(sd / "sigs"), str(sd / "dups"))], b)],
        StructureDedupFilter(
            str(sd / "dups"),
            exclusion_writer=QuarantineWriter(q, "structure_dedup", default_reason="duplicate_structure"),
        ),
    )


def dedup_passes(
    cfg: CurateConfig, kind: str, sources: list[SourceConfig], exact_key: str | None, work: Path, q: str
) -> list[DedupPass]:
    """The dedup passes of a group, in the order they run: exact, then near (prose), then structure (crystals).

    Args:
        cfg: The curate config.
        kind: The group's kind.
        sources: The group's sources (listed first wins an exact tie).
        exact_key: The exact-dedup key of the kind (``None``: no exact pass).
        work: The group's work folder (signatures, duplicate lists).
        q: The group's quarantine folder.
    """
    passes: list[DedupPass] = []
    if exact_key is not None:
        passes.append(_exact_pass(exact_key, sources, work, q))
    if kind == "prose" and cfg.prose.near_dedup:
        passes.append(_near_pass(cfg, work, q))
    if kind == "crystals" and cfg.crystals.dedup:
        passes.append(_structure_pass(cfg, sources, work, q))
    return passes


def chain_stages(reader: MultiTableReader, steps: list, last: list, passes: list[DedupPass], work: Path) -> list[Stage]:
    """The stages of a group: read and curate, then each dedup pass through a work folder, then ``last``.

    Args:
        reader: The group's reader.
        steps: The steps after the reader (:func:`chemtrove.curate.steps.curate_steps`).
        last: The steps that write the kept records (template, shard writers).
        passes: The dedup passes (:func:`dedup_passes`).
        work: The group's work folder (records between passes).
    """
    if not passes:
        return [Stage("curate", [reader, *steps, *last])]
    records = work / "records_0"
    stages = [Stage("curate", [reader, *steps, ShardWriter(str(records), max_file_size=-1), passes[0][0]])]
    for i, (_, middle, filt) in enumerate(passes):
        stages.extend(middle)
        if i + 1 < len(passes):
            nxt = work / f"records_{i + 1}"
            tail = [ShardWriter(str(nxt), max_file_size=-1), passes[i + 1][0]]
            stages.append(Stage(f"dedup_filter_{i}", [RankFileReader(str(records)), filt, *tail]))
            records = nxt
        else:
            stages.append(Stage("final", [RankFileReader(str(records)), filt, *last]))
    return stages


def add_progress(stages: list[Stage], logs: Path, group: str, interval_s: float) -> None:
    """Insert a progress step after the reader of every stage that streams records.

    Args:
        stages: The group's stages (changed in place).
        logs: The group's log folder (progress files go to ``<stage>/progress``).
        group: The group's name (shown in progress lines).
        interval_s: Seconds between progress lines.
    """
    for stage in stages:
        if isinstance(stage.steps[0], (MultiTableReader, RankFileReader)):
            src_reader = stage.steps[0] if isinstance(stage.steps[0], MultiTableReader) else None
            folder = str(logs / stage.name / "progress")
            stage.steps.insert(1, ProgressStep(folder, f"{group}/{stage.name}", src_reader, interval_s))


__all__ = [
    "DedupPass",
    "SourcePriority",
    "Stage",
    "add_progress",
    "chain_stages",
    "dedup_passes",
    "source_reader",
    "source_readers",
]
