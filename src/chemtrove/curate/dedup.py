"""Exact deduplication of records by a canonical key, on datatrove's three exact-dedup stages.

Molecules are deduplicated by canonical SMILES (``key="smiles"``) or InChIKey (``key="inchikey"``,
which also merges tautomer-insensitive spellings InChI treats as one), reactions by canonical
reaction, prose by its text. Which copy survives: the first one in (task rank, position in the task)
order, i.e. deterministic for a fixed input and number of tasks.
"""

from __future__ import annotations

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike, get_datafolder
from datatrove.pipeline.dedup.exact_dedup import (
    ExactDedupConfig,
    ExactDedupFilter,
    ExactDedupSignature,
    ExactFindDedups,
)
from datatrove.pipeline.readers.base import BaseReader

from chemtrove.curate.writers import QuarantineWriter


class CanonicalKey:
    """Picklable content getter: the metadata value ``key``, or the text for ``key="text"``.

    Args:
        key: Metadata key (``smiles``, ``inchikey``, ``reaction``) or ``"text"``.
    """

    def __init__(self, key: str = "smiles"):
        self.key = key

    def __call__(self, doc: Document) -> str:
        if self.key == "text":
            return doc.text
        value = doc.metadata.get(self.key)
        # A record without the key cannot collide with a keyed one: hash its id instead.
        return str(value) if value not in (None, "") else f"\x00missing:{doc.id}"


def exact_dedup_steps(
    work_folder: DataFolderLike,
    key: str = "smiles",
    quarantine_folder: DataFolderLike | None = None,
    step_name: str = "dedup",
) -> tuple[ExactDedupSignature, ExactFindDedups, ExactDedupFilter]:
    """The three steps of an exact dedup by ``key``: signatures (end of stage 1), find (stage 2, one
    task), filter (start of stage 3, same number of tasks as stage 1).

    Args:
        work_folder: Folder for signatures and duplicate lists.
        key: See :class:`CanonicalKey`.
        quarantine_folder: Where duplicates go, with reason ``duplicate``.
        step_name: Name of the quarantine sub-folder.

    Returns:
        ``(signature, find, filter)`` steps.
    """
    work = get_datafolder(work_folder)
    config = ExactDedupConfig(content_getter=CanonicalKey(key))
    exclusion = (
        QuarantineWriter(quarantine_folder, step=step_name, default_reason="duplicate")
        if quarantine_folder is not None
        else None
    )
    return (
        ExactDedupSignature(output_folder=work.path + "/sigs", config=config),
        ExactFindDedups(data_folder=work.path + "/sigs", output_folder=work.path + "/dups", config=config),
        ExactDedupFilter(data_folder=work.path + "/dups", config=config, exclusion_writer=exclusion),
    )


class RankFileReader(BaseReader):
    """Read back ``${rank}.parquet`` written by a :class:`~chemtrove.curate.writers.ShardWriter` in an
    earlier stage with the same number of tasks, in the order it was written.

    A rank that wrote nothing has no file and reads nothing: unlike reading a folder's files by index,
    this keeps every task aligned with the signatures its own earlier stage produced.

    Args:
        data_folder: The earlier stage's output folder.
    """

    name = "📖 rank file"

    def __init__(self, data_folder: DataFolderLike):
        super().__init__()
        self.data_folder = get_datafolder(data_folder)

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Yield the documents of this rank's file."""
        import json
        import re

        import pyarrow.parquet as pq

        if data:
            yield from data
        # "00003.parquet", or "000_00003.parquet", "001_00003.parquet" when the writer rotated files
        pattern = re.compile(rf"(\d{{3}}_)?{rank:05d}\.parquet")
        names = sorted(f for f in self.data_folder.list_files(recursive=False) if pattern.fullmatch(f))
        for name in names:
            with self.data_folder.open(name, "rb") as f:
                for batch in pq.ParquetFile(f).iter_batches(batch_size=1024):
                    for row in batch.to_pylist():
                        meta = json.loads(row["metadata"]) if row.get("metadata") else {}
                        meta["source"], meta["domain"] = row["source"], row["domain"]
                        self.stat_update("documents")
                        yield Document(text=row["text"], id=row["id"], metadata=meta)
