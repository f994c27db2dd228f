"""Readers for tables of chemistry records: ``.smi``, ``.csv``, ``.tsv``, ``.jsonl``, ``.parquet`` (``.gz`` too).

Unlike datatrove's stock readers, which skip empty rows and undecodable lines with a log message, these
readers emit a document for *every* row. A row that cannot be read becomes a document with empty text
and ``metadata["read_error"]`` set to a reason code; :class:`chemtrove.curate.records.RecordCheck`
then sends it to the quarantine, so the run's accounting stays exact.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike
from datatrove.pipeline.readers.base import BaseDiskReader, BaseReader

FORMATS = ("smi", "csv", "tsv", "jsonl", "parquet")
KINDS = {"molecules": "molecule", "reactions": "reaction", "prose": "prose", "crystals": "crystal"}
"""Source kind -> shard domain."""

csv.field_size_limit(2**31 - 1)  # giant CIF or prose cells are data, not a reason to crash


def detect_format(path: str) -> str:
    """File format from the file name (``.gz``/``.zst`` ignored).

    Example:
        >>> detect_format("mols/train.csv.gz")
        'csv'
    """
    name = path.lower()
    for suffix in (".gz", ".zst", ".bz2"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    ext = name.rsplit(".", 1)[-1] if "." in name else ""
    if ext in ("txt", "smiles"):
        return "smi"
    if ext == "json":
        return "jsonl"
    if ext not in FORMATS:
        raise ValueError(f"cannot tell the format of {path!r}: use one of {', '.join(FORMATS)} or set format=")
    return ext


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return str(value)


class TableReader(BaseDiskReader):
    """Read one record per row from a folder of table files.

    Args:
        data_folder: Folder (local path or fsspec URL) with the files.
        text_column: Column holding the record (SMILES, reaction SMILES, CIF or prose text). For ``.smi``
            files the first whitespace-separated field is the SMILES and the second, if any, ``name``.
        kind: ``molecules``, ``reactions``, ``prose`` or ``crystals``; sets ``metadata["domain"]``.
        source: Name of the source, written to ``metadata["source"]`` and used in document ids.
        format: One of ``smi``, ``csv``, ``tsv``, ``jsonl``, ``parquet``, or ``auto`` (from each file name).
        id_column: Column with a stable record id; by default ids are ``source/relative_path/row``.
        keep_columns: Other columns to keep in metadata (``None`` keeps all, ``[]`` none).
        licence: Licence of the source, written to ``metadata["licence"]`` when given.
        glob_pattern: Only files matching this pattern (relative to ``data_folder``).
        recursive: Search sub-folders.
        paths_file: A file listing the paths to read instead of listing the folder.
        limit: Maximum rows per task (-1: all).
        file_progress: Show a progress bar over files.
        doc_progress: Show a progress bar over rows.
    """

    name = "📖 chemtrove table"

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        text_column: str = "text",
        kind: str = "molecules",
        source: str = "source",
        format: str = "auto",
        id_column: str | None = None,
        keep_columns: list[str] | None = None,
        licence: str | None = None,
        glob_pattern: str | None = None,
        recursive: bool = True,
        paths_file: str | None = None,
        limit: int = -1,
        file_progress: bool = False,
        doc_progress: bool = False,
    ):
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
        if format != "auto" and format not in FORMATS:
            raise ValueError(f"unknown format {format!r}: use auto or one of {', '.join(FORMATS)}")
        if not source or "/" in source:
            raise ValueError(f"source must be a non-empty name without '/', got {source!r}")
        super().__init__(
            data_folder,
            paths_file=paths_file,
            limit=limit,
            file_progress=file_progress,
            doc_progress=doc_progress,
            text_key=text_column,
            id_key=id_column or "id",
            recursive=recursive,
            glob_pattern=glob_pattern,
            add_file_path=False,
        )
        self.text_column = text_column
        self.kind = kind
        self.source = source
        self.format = format
        self.id_column = id_column
        self.keep_columns = keep_columns
        self.licence = licence

    # -- rows ------------------------------------------------------------------------------------
    def _rows(self, filepath: str, fmt: str) -> Iterator[dict[str, Any]]:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            with self.data_folder.open(filepath, "rb") as f:
                pf = pq.ParquetFile(f)
                for batch in pf.iter_batches(batch_size=1024):
                    yield from batch.to_pylist()
            return
        with self.data_folder.open(filepath, "rb", compression="infer") as f:
            raw = f.read()
        # surrogateescape keeps undecodable bytes visible (as lone surrogates) instead of raising;
        # RecordCheck quarantines such rows as invalid_unicode.
        text = raw.decode("utf-8", "surrogateescape")
        if fmt == "jsonl":
            for line in text.splitlines():
                if not line.strip():
                    yield {"__read_error__": "empty", "__raw__": ""}
                    continue
                try:
                    row = json.loads(line)
                except ValueError:
                    yield {"__read_error__": "bad_json", "__raw__": line}
                    continue
                yield row if isinstance(row, dict) else {"__read_error__": "bad_json", "__raw__": line}
        elif fmt == "smi":
            for i, line in enumerate(text.splitlines()):
                fields = line.split(None, 1)
                if i == 0 and fields and fields[0].lower() in ("smiles", "smi"):
                    continue  # header
                row = {self.text_column: fields[0] if fields else ""}
                if len(fields) > 1:
                    row["name"] = fields[1].strip()
                yield row
        else:
            # csv.reader, not DictReader: DictReader silently skips blank lines, and a blank line in a
            # SMILES column is a record (an empty one) that must reach the quarantine.
            reader = csv.reader(io.StringIO(text, newline=""), delimiter="\t" if fmt == "tsv" else ",")
            header = next(reader, None)
            if header is None:
                return
            if self.text_column not in header:
                yield {"__read_error__": "missing_column", "__raw__": ",".join(header)}
                return
            for cells in reader:
                if not cells:
                    yield {self.text_column: ""}
                    continue
                yield dict(zip(header, cells, strict=False))  # ragged rows: surplus cells dropped, short rows miss keys

    def read_file(self, filepath: str) -> DocumentsPipeline:
        """Yield one document per row of ``filepath``; unreadable rows and files become read errors."""
        fmt = self.format if self.format != "auto" else detect_format(filepath)
        domain = KINDS[self.kind]
        row_i = -1
        try:
            for row_i, row in enumerate(self._rows(filepath, fmt)):
                with self.track_time():
                    yield self._document(row, filepath, row_i, domain)
        except Exception as e:  # noqa: BLE001 - a broken file is a record in the quarantine, not a crash
            self.stat_update("unreadable_file")
            yield Document(
                text="",
                id=f"{self.source}/{filepath}/file",
                metadata={
                    "source": self.source,
                    "domain": domain,
                    "read_error": "unreadable_file",
                    "error": f"{type(e).__name__}: {e}"[:500],
                    "after_row": row_i,
                },
            )

    def _document(self, row: dict[str, Any], filepath: str, row_i: int, domain: str) -> Document:
        meta: dict[str, Any] = {"source": self.source, "domain": domain}
        if self.licence:
            meta["licence"] = self.licence
        if "__read_error__" in row:
            meta["read_error"] = row["__read_error__"]
            return Document(text=row.get("__raw__", ""), id=f"{self.source}/{filepath}/{row_i}", metadata=meta)
        text = row.get(self.text_column)
        if text is None:
            text, meta["read_error"] = "", ("empty" if self.text_column in row else "missing_column")
        elif not isinstance(text, str):
            text = str(text)
        rid = row.get(self.id_column) if self.id_column else None
        doc_id = f"{self.source}/{rid}" if rid not in (None, "") else f"{self.source}/{filepath}/{row_i}"
        for key, value in row.items():
            if key == self.text_column or key in meta:
                continue
            if self.keep_columns is None or key in self.keep_columns:
                meta[key] = _jsonable(value)
        return Document(text=text, id=doc_id, metadata=meta)


class MultiTableReader(BaseReader):
    """Read several sources as one stream, so they can be deduplicated against each other.

    Files of all sources are listed (sources in the given order, files sorted) and file ``i`` goes to
    task ``i mod world_size``. Stats: ``documents`` and ``documents_<source>``.

    Args:
        readers: One :class:`TableReader` per source.
    """

    name = "📖 chemtrove sources"

    def __init__(self, readers: list[TableReader]):
        if not readers:
            raise ValueError("MultiTableReader needs at least one TableReader")
        names = [r.source for r in readers]
        if len(set(names)) != len(names):
            raise ValueError(f"source names must be unique, got {names}")
        super().__init__()
        self.readers = readers

    def files(self) -> list[tuple[int, str]]:
        """Every ``(reader index, file path)`` in reading order."""
        out = []
        for i, r in enumerate(self.readers):
            found = r.data_folder.list_files(recursive=r.recursive, glob_pattern=r.glob_pattern)
            out.extend((i, f) for f in sorted(found))
        return out

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Yield the documents of this task's files."""
        if data:
            yield from data
        for n, (i, path) in enumerate(self.files()):
            if n % world_size != rank:
                continue
            reader = self.readers[i]
            self.stat_update("input_files")
            for doc in reader.read_file(path):
                self.stat_update("documents", f"documents_{reader.source}")
                yield doc
