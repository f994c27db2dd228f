"""Curated shards: their schema, the one discovery rule and the record readers (see :mod:`chemtrove.formats`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    pass

# ---------------------------------------------------------------------------------------------- shards
SHARD_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),
        ("source", pa.string()),
        ("domain", pa.string()),
        ("metadata", pa.string()),
    ]
)
"""Tagged shard rows: ``metadata`` is a JSON object (sorted keys) that datatrove's readers parse back."""

SHARD_COLUMNS = tuple(SHARD_SCHEMA.names)
"""The columns of a shard, in order."""

SKIPPED_FOLDERS = frozenset({"quarantine", "work"})
"""Folder names never searched for data below a given folder (hidden folders are skipped too)."""


def is_skipped(relative: Path) -> bool:
    """Whether a file found below a searched folder lies in a skipped folder.

    Args:
        relative: The file's path relative to the searched folder.

    Returns:
        ``True`` for files under ``quarantine/``, ``work/`` or a hidden folder.
    """
    folders = relative.parts[:-1]
    return any(part in SKIPPED_FOLDERS or part.startswith(".") for part in folders)


def data_files(paths: str | Path | Iterable[str | Path], suffixes: Iterable[str] | None = (".parquet",)) -> list[Path]:
    """The data files of folders and files, by the one discovery rule (see the module docstring).

    Args:
        paths: A folder, a file, or an iterable of folders and files.
        suffixes: File suffixes searched for in folders (lower case, with the dot); ``None``: every file.
            Files given explicitly are returned whatever their suffix.

    Returns:
        The files: each folder's in sorted order, in the order the paths were given.

    Raises:
        FileNotFoundError: If a path does not exist.
    """
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    wanted = None if suffixes is None else {s.lower() for s in suffixes}
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            files += sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and (wanted is None or f.suffix.lower() in wanted)
                and not is_skipped(f.relative_to(path))
            )
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"no file or folder at {path}")
    return files


def shard_files(shards: str | Path | Iterable[str | Path]) -> list[Path]:
    """The parquet files of a shard folder (searched recursively), a file, or several of them.

    Args:
        shards: A folder, a parquet file, or an iterable of folders and files.

    Returns:
        The parquet files, sorted within each folder (so the order is reproducible).

    Raises:
        FileNotFoundError: If a path does not exist or no parquet file is found.
    """
    files = data_files(shards)
    if not files:
        raise FileNotFoundError(f"no parquet files in {shards}")
    return files


def decode_metadata(value: Any) -> dict[str, Any]:
    """A shard's ``metadata`` cell as a dict (``{}`` for anything that is not a JSON object).

    Args:
        value: The cell: a JSON string, a dict (already decoded) or ``None``.

    Returns:
        The metadata.
    """
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value:
        try:
            out = json.loads(value)
        except ValueError:
            return {}
        return out if isinstance(out, dict) else {}
    return {}


def iter_documents(
    shards: str | Path | Iterable[str | Path], *, batch_size: int = 1000, max_docs: int | None = None
) -> Iterator[dict[str, str]]:
    """Read shard rows as dicts with ``id``, ``text``, ``source`` and ``domain`` (no metadata: fast).

    Args:
        shards: Shard folder(s) or file(s) (see :func:`shard_files`).
        batch_size: Rows read at a time.
        max_docs: Stop after this many rows (``None``: all).

    Yields:
        One dict per row; missing columns are empty strings.
    """
    import pyarrow.parquet as pq

    columns = ("id", "text", "source", "domain")
    n = 0
    for path in shard_files(shards):
        pf = pq.ParquetFile(path)
        cols = [c for c in columns if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(batch_size=batch_size, columns=cols):
            data = batch.to_pydict()
            for i in range(batch.num_rows):
                if max_docs is not None and n >= max_docs:
                    return
                n += 1
                yield {c: (data[c][i] if c in data and data[c][i] is not None else "") for c in columns}


def read_shard_file(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of one shard file, with the metadata decoded (nothing for a parquet file that is no shard).

    A file without a ``metadata`` column (tokenized ids, a mixture's documents) is not a shard and yields
    nothing. A missing ``domain`` or ``source`` is read from the metadata, a missing ``domain`` there from
    the folder name; a missing ``id`` becomes ``<file name>/<row>``.

    Args:
        path: A parquet file.

    Yields:
        ``{"id", "text", "source", "domain", "metadata"}`` per row.
    """
    import pyarrow.parquet as pq

    path = Path(path)
    table = pq.read_table(path)
    if "metadata" not in table.column_names:
        return
    data = table.to_pydict()
    n = table.num_rows
    for i in range(n):
        meta = decode_metadata(data["metadata"][i])
        yield {
            "id": str((data.get("id") or [None] * n)[i] or f"{path.name}/{i}"),
            "text": (data.get("text") or [""] * n)[i] or "",
            "source": (data.get("source") or [None] * n)[i] or meta.get("source", ""),
            "domain": (data.get("domain") or [None] * n)[i] or meta.get("domain") or path.parent.name,
            "metadata": meta,
        }


def iter_shard_records(shards: str | Path | Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Every record of shard folder(s) or file(s), with the metadata decoded (see :func:`read_shard_file`).

    Args:
        shards: Shard folder(s) or parquet file(s), found by :func:`shard_files`.

    Yields:
        ``{"id", "text", "source", "domain", "metadata"}`` per record.
    """
    for path in shard_files(shards):
        yield from read_shard_file(path)
