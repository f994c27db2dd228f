"""Curated records for the task builders: shards, crystal tables (``cif`` column) and CIF files."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from chemtrove.formats import data_files, read_shard_file

__all__ = ["read_records"]


def _cif_table_rows(path: Path) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if "cif" not in (reader.fieldnames or []):
            return
        for i, row in enumerate(reader):
            ident = row.get("material_id") or row.get("id") or str(i)
            meta = {k: v for k, v in row.items() if k and k != "cif"}
            meta["cif"] = row["cif"]
            yield {"id": f"{path.stem}/{ident}", "domain": "crystal", "metadata": meta}


def read_records(paths: str | Path | Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Curated records from shards, crystal tables and CIF files, as ``{"id", "domain", "metadata", ...}``.

    Args:
        paths: Files or folders: shard ``.parquet`` files (``id, text, source, domain, metadata``; other
            parquet files are skipped), ``.csv`` tables with a ``cif`` column (e.g. the perov-5 benchmark),
            ``.cif`` files. Folders are read by :func:`chemtrove.formats.data_files` (sorted; ``quarantine``,
            ``work`` and hidden folders skipped).

    Yields:
        Records with ``metadata`` as a dict.
    """
    for f in data_files(paths, suffixes=None):
        suffix = f.suffix.lower()
        if suffix == ".parquet":
            yield from read_shard_file(f)
        elif suffix == ".csv":
            yield from _cif_table_rows(f)
        elif suffix == ".cif":
            text = f.read_text(encoding="utf-8", errors="replace")
            yield {"id": f"{f.parent.name}/{f.stem}", "domain": "crystal", "metadata": {"cif": text}}
