"""Crystal steps: read CIF files, canonicalize CIF records, tag CIF blocks in prose, and deduplicate
structures on a cluster.

Structure dedup runs as three stages, like datatrove's exact dedup:

1. :class:`StructureSignature` (end of the curate stage): for each record, its key
   ``(reduced formula, space group)``, its id, source priority and canonical CIF go to
   ``sigs/bucket_<b>/<rank>.jsonl`` with ``b = hash(key) mod buckets``;
2. :class:`StructureDedupFind` (one task per bucket, in parallel over keys): inside each key,
   ``StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5)`` groups the structures; in each group the copy
   to keep is the one from the source listed first, then the smallest document id (a rule that does
   not depend on the number of tasks); the others are written to ``dups/<bucket>/<rank>.txt``;
3. :class:`StructureDedupFilter` (start of the final stage, same tasks as stage 1): drops them with
   reason ``duplicate_structure``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.logging import logger

_FORMULA = re.compile(r"^_chemical_formula_structural\s+(\S+)", re.MULTILINE)
_SG_NUMBER = re.compile(r"^_symmetry_Int_Tables_number\s+(\d+)", re.MULTILINE)


class CifFileReader(BaseDiskReader):
    """Read ``.cif`` files; every data block of a multi-block file is its own record.

    Ids are ``source/relative_path#block``. A file that cannot be read becomes one record with
    ``metadata["read_error"] = "unreadable_file"``; a file without a ``data_`` line one record with
    its text (the canonicalizer rejects it with ``cif_no_data_block``).

    Args:
        data_folder: Folder of CIF files.
        source: Source name (metadata and ids).
        licence: Licence of the source.
        glob_pattern: Files to read (default ``*.cif`` at any depth).
        recursive: Search sub-folders.
        limit: Maximum records per task.
    """

    name = "📖 CIF files"

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str = "cif",
        licence: str | None = None,
        glob_pattern: str | None = "**/*.cif",
        recursive: bool = True,
        limit: int = -1,
    ):
        if not source or "/" in source:
            raise ValueError(f"source must be a non-empty name without '/', got {source!r}")
        super().__init__(data_folder, limit=limit, glob_pattern=glob_pattern, recursive=recursive, add_file_path=False)
        self.source = source
        self.licence = licence

    def read_file(self, filepath: str) -> DocumentsPipeline:
        """Yield one document per data block of ``filepath``."""
        from chemtrove.chem.crystals import split_blocks
        from chemtrove.curate.inputs import decode

        meta: dict[str, Any] = {"source": self.source, "domain": "crystal"}
        if self.licence:
            meta["licence"] = self.licence
        try:
            with self.data_folder.open(filepath, "rb") as f:
                text = decode(f.read())
        except Exception as e:  # noqa: BLE001 - a broken file is a quarantined record
            yield Document(
                text="",
                id=f"{self.source}/{filepath}#0",
                metadata={**meta, "read_error": "unreadable_file", "read_detail": str(e)[:300]},
            )
            return
        blocks = split_blocks(text) or [text]
        for i, block in enumerate(blocks):
            yield Document(text=block, id=f"{self.source}/{filepath}#{i}", metadata=dict(meta))


class CanonicalizeCif(BaseFilter):
    """Canonicalize the CIF of each record (:func:`chemtrove.chem.crystals.canonicalize`); drop bad ones.

    Writes ``metadata["cif"]`` (canonical text), ``metadata["formula"]`` (reduced formula),
    ``metadata["spacegroup"]`` (number) and ``metadata["flags"]`` (``partial_occupancy``,
    ``charge_unbalanced``, ...; each also a ``flag_<name>`` stat).

    Args:
        field: Metadata field holding the CIF; ``None`` uses (and replaces) the document text.
        symmetrized: Write the symmetrized conventional cell (``False``: P1 with every site).
        decimals: Decimals of cell parameters and coordinates.
        symprec: spglib distance tolerance (Å).
        partial_occupancy: ``drop`` (reason ``partial_occupancy``), ``tag`` (keep with a flag) or ``keep``.
        properties_block: Add CrystaLLM's atomic-properties block (electronegativity, radius, ionic radius).
        charge_balance: Tag structures SMACT finds charge-unbalanced (a tag, never a filter).
        max_sites: Most sites accepted, counted before pymatgen expands the symmetry (``too_many_sites``);
            listed sites times symmetry operations are bounded at 4 x this (``cif_expansion_too_large``).
            Measured worst case per record at the default 2,000: ~3.5 s (docs/performance.md).
        max_seconds: Wall-clock backstop per record (``timeout``; ``None``: none).
        exclusion_writer: Where dropped records go.
    """

    name = "💎 canonicalize CIF"

    def __init__(
        self,
        field: str | None = None,
        *,
        symmetrized: bool = True,
        decimals: int = 4,
        symprec: float = 0.1,
        partial_occupancy: str = "drop",
        properties_block: bool = False,
        charge_balance: bool = True,
        max_sites: int = 2000,
        max_seconds: float | None = 60.0,
        exclusion_writer: DiskWriter | None = None,
    ):
        if partial_occupancy not in ("drop", "tag", "keep"):
            raise ValueError(f"partial_occupancy must be drop, tag or keep, got {partial_occupancy!r}")
        if not 1 <= decimals <= 8:
            raise ValueError(f"decimals must be in 1..8, got {decimals}")
        if isinstance(max_sites, bool) or not isinstance(max_sites, int) or max_sites < 1:
            raise ValueError(f"max_sites must be a positive int, got {max_sites!r}")
        if max_seconds is not None and (isinstance(max_seconds, bool) or not isinstance(max_seconds, (int, float))):
            raise ValueError(f"max_seconds must be a number of seconds or None, got {max_seconds!r}")
        super().__init__(exclusion_writer)
        self.field = field
        self.max_seconds = max_seconds
        self.options = dict(
            symmetrized=symmetrized,
            decimals=decimals,
            symprec=symprec,
            partial_occupancy=partial_occupancy,
            properties_block=properties_block,
            charge_balance=charge_balance,
            max_sites=max_sites,
        )

    def output_fields(self) -> frozenset[str]:
        """Metadata fields this step writes."""
        return frozenset({"cif", "formula", "spacegroup", "flags"})

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Canonicalize ``doc`` in place or return ``(False, reason)``."""
        from chemtrove.chem import crystals
        from chemtrove.chem.limits import TIMEOUT_REASON, RecordTimeout, time_limit

        raw = doc.text if self.field is None else doc.metadata.get(self.field)
        if raw is None:
            return False, "missing_field"
        try:
            with time_limit(self.max_seconds):
                canon = crystals.canonicalize(raw, **self.options)
        except RecordTimeout:
            return False, TIMEOUT_REASON
        if not canon.ok:
            return False, canon.reason
        meta = doc.metadata
        meta["cif"] = canon.value
        formula, sg = _FORMULA.search(canon.value), _SG_NUMBER.search(canon.value)
        meta["formula"] = formula.group(1) if formula else None
        meta["spacegroup"] = int(sg.group(1)) if sg else 1
        if canon.flags:
            meta["flags"] = list(canon.flags)
            self.stat_update(*(f"flag_{f}" for f in canon.flags))
        if self.field is None:
            doc.text = canon.value
        return True


class TagCifInProse(PipelineStep):
    """Wrap CIF blocks pasted into prose as ``[START_CIF]…[END_CIF]`` (see :func:`chemtrove.chem.detect.find_cif`).

    Sets ``metadata["n_cif"]`` and the domain ``chem_prose`` when a block was found. Stats:
    ``cif_blocks``.

    Args:
        verify: Confirm each block with pymatgen before tagging.
    """

    name = "🏷️ tag CIF in prose"
    type = "🔖 - TAGGER"

    def __init__(self, verify: bool = True):
        super().__init__()
        self.verify = verify

    def output_fields(self) -> frozenset[str]:
        """Metadata fields this step writes."""
        return frozenset({"n_cif", "domain"})

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Tag each document and pass it on."""
        from chemtrove.chem import tags

        for doc in data:
            with self.track_time():
                if "data_" in doc.text:
                    before = doc.text.count(tags.START_CIF)
                    doc.text = tags.tag_cif(doc.text, verify=self.verify)
                    n = doc.text.count(tags.START_CIF)
                    if n:
                        doc.metadata["n_cif"] = n
                        doc.metadata["domain"] = "chem_prose"
                        self.stat_update("cif_blocks", value=n - before)
            yield doc


def _bucket(key: tuple[str, int], buckets: int) -> int:
    digest = hashlib.sha1(f"{key[0]}|{key[1]}".encode()).digest()
    return int.from_bytes(digest[:8], "little") % buckets


class StructureSignature(PipelineStep):
    """Structure dedup, stage 1: write ``(key, id, priority, cif)`` of every record, bucketed by key.

    Needs ``metadata["formula"]``, ``metadata["spacegroup"]`` and ``metadata["cif"]`` from
    :class:`CanonicalizeCif`. Consumes the documents (put a writer before it).

    Args:
        output_folder: Folder for the signatures.
        buckets: Number of buckets; stage 2 runs one task per bucket.
        source_order: Source names, first = kept when structures match across sources.
    """

    name = "💎 structure dedup 1: signatures"
    type = "🫂 - DEDUP"

    def __init__(self, output_folder: DataFolderLike, buckets: int = 8, source_order: list[str] | None = None):
        if buckets < 1:
            raise ValueError(f"buckets must be >= 1, got {buckets}")
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.buckets = buckets
        self.source_order = list(source_order or [])

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Write the signatures of this task's documents."""
        order = {s: i for i, s in enumerate(self.source_order)}
        with contextlib.ExitStack() as stack:
            files = [
                stack.enter_context(self.output_folder.open(f"bucket_{b:04d}/{rank:05d}.jsonl", "wt"))
                for b in range(self.buckets)
            ]
            for idx, doc in enumerate(data):
                self.stat_update("total")
                meta = doc.metadata
                key = (str(meta.get("formula")), int(meta.get("spacegroup") or 1))
                row = {
                    "k": list(key),
                    "rank": rank,
                    "idx": idx,
                    "id": doc.id,
                    "p": order.get(meta.get("source"), len(order)),
                    "cif": meta.get("cif") or doc.text,
                }
                files[_bucket(key, self.buckets)].write(json.dumps(row, sort_keys=True) + "\n")
        return
        yield  # a generator that yields nothing: the stage ends here


class StructureDedupFind(PipelineStep):
    """Structure dedup, stage 2: match structures within each key of this task's bucket.

    Args:
        input_folder: Stage 1's folder.
        output_folder: Where the duplicate lists go.
        ltol: StructureMatcher fractional length tolerance.
        stol: StructureMatcher site tolerance.
        angle_tol: StructureMatcher angle tolerance (degrees).
        max_compare: Most group representatives one structure is fitted against inside a key (``0``: no
            cap). Structures are first sub-bucketed by reduced cell (sites, normalized lattice lengths),
            so a key holding thousands of structures of one formula costs time linear in its size; a
            structure whose candidates were cut is counted in the ``capped`` stat and kept.
    """

    name = "💎 structure dedup 2: match"
    type = "🫂 - DEDUP"

    def __init__(
        self,
        input_folder: DataFolderLike,
        output_folder: DataFolderLike,
        ltol: float = 0.2,
        stol: float = 0.3,
        angle_tol: float = 5.0,
        max_compare: int = 100,
    ):
        if max_compare < 0:
            raise ValueError(f"max_compare must be >= 0 (0: no cap), got {max_compare}")
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.output_folder = get_datafolder(output_folder)
        self.ltol, self.stol, self.angle_tol = ltol, stol, angle_tol
        self.max_compare = max_compare

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Find the duplicates of bucket ``rank``."""
        from chemtrove.chem import crystals

        groups: dict[tuple[str, int], list[dict]] = {}
        for name in sorted(self.input_folder.list_files(subdirectory=f"bucket_{rank:04d}")):
            with self.input_folder.open(name, "rt") as f:
                for line in f:
                    row = json.loads(line)
                    groups.setdefault(tuple(row["k"]), []).append(row)
        drops: dict[int, list[int]] = {}
        for key in sorted(groups):
            rows = sorted(groups[key], key=lambda r: (r["p"], r["id"]))  # the first is the copy to keep
            self.stat_update("records", value=len(rows))
            if len(rows) < 2:
                continue
            # identical canonical texts join without parsing; the rest go through StructureMatcher
            texts = {i: row["cif"] for i, row in enumerate(rows)}
            keys = {i: key for i in texts}  # already grouped by key: skip recomputing it
            counts: dict[str, int] = {}
            found = crystals.group_duplicate_texts(
                texts,
                keys=keys,
                ltol=self.ltol,
                stol=self.stol,
                angle_tol=self.angle_tol,
                max_compare=self.max_compare,
                stats=counts,
            )
            for name, value in sorted(counts.items()):
                self.stat_update(name, value=value)
            if counts.get("capped"):
                logger.warning(
                    f"structure dedup: {counts['capped']} structures of key {key} were compared with only the "
                    f"{self.max_compare} nearest group representatives (max_compare); they may keep duplicates"
                )
            for group in found:
                for i in sorted(group)[1:]:
                    drops.setdefault(rows[i]["rank"], []).append(rows[i]["idx"])
                    self.stat_update("duplicates")
        for r, idxs in sorted(drops.items()):
            with self.output_folder.open(f"{rank:04d}/{r:05d}.txt", "wt") as f:
                f.write("\n".join(str(i) for i in sorted(idxs)) + "\n")
        return
        yield


class StructureDedupFilter(BaseFilter):
    """Structure dedup, stage 3: drop the duplicates found for this task (reason ``duplicate_structure``).

    Must see exactly the documents stage 1 saw, in the same order (read the work records of the same
    rank).

    Args:
        input_folder: Stage 2's output folder.
        exclusion_writer: Where duplicates go.
    """

    name = "💎 structure dedup 3: filter"

    def __init__(self, input_folder: DataFolderLike, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)
        self.input_folder = get_datafolder(input_folder)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Number the documents and drop the listed ones."""
        drop: set[int] = set()
        for name in self.input_folder.list_files(glob_pattern=f"*/{rank:05d}.txt"):
            with self.input_folder.open(name, "rt") as f:
                drop.update(int(x) for x in f.read().split())
        self._drop = drop

        def numbered():
            for i, doc in enumerate(data):
                doc.metadata["_structure_idx"] = i
                yield doc

        yield from super().run(numbered(), rank, world_size)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep unless listed."""
        idx = doc.metadata.pop("_structure_idx")
        if idx in self._drop:
            return False, "duplicate_structure"
        return True
