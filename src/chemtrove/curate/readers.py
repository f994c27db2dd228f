"""Readers for tables of chemistry records: ``.smi``, ``.csv``, ``.tsv``, ``.jsonl``, ``.parquet`` (``.gz`` too).

Unlike datatrove's stock readers, which skip empty rows and undecodable lines with a log message, these
readers emit a document for *every* input record: a physical line of ``.jsonl``/``.smi`` (split on ``\n``
only), a row of a table. A record that cannot be read becomes a document with its raw text and
``metadata["read_error"]`` set to a reason code (``bad_json``, ``json_too_deep``, ``csv_unbalanced_quote``,
``missing_column``, ``not_a_string``, ``truncated_file``, ...); :class:`chemtrove.curate.records.RecordCheck`
then sends it to the quarantine, so the run's accounting stays exact. The rules are those of
:mod:`chemtrove.curate.inputs` (byte-order marks, line ends, reserved metadata keys).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike
from datatrove.pipeline.readers.base import BaseDiskReader, BaseReader

from chemtrove.curate.inputs import csv_rows, decode, input_metadata, load_json_object, read_salvaging, split_lines

_SMI_FIELDS = re.compile(r"[ \t]+")  # only space and tab separate a .smi line's fields (never VT, FS, NEL...)

FORMATS = ("smi", "csv", "tsv", "jsonl", "parquet")
KINDS = {"molecules": "molecule", "reactions": "reaction", "prose": "prose", "crystals": "crystal"}
"""Source kind -> shard domain."""


class Raw(NamedTuple):
    """One input record as a reader found it: its fields, or why it could not be read.

    Attributes:
        row: The record's fields (``None`` when it could not be read).
        error: The reason code when it could not be read.
        raw: The record's text as found (quarantined with it).
        detail: A short explanation for the quarantine (e.g. which columns the file has).
    """

    row: dict[str, Any] | None
    error: str | None = None
    raw: str = ""
    detail: str | None = None


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

    # -- records -------------------------------------------------------------------------------
    def _records(self, filepath: str, fmt: str) -> Iterator[Raw]:
        """Every input record of the file: a line (jsonl, smi), a row (csv, tsv, parquet)."""
        if fmt == "parquet":
            import pyarrow.parquet as pq

            with self.data_folder.open(filepath, "rb") as f:
                pf = pq.ParquetFile(f)
                for batch in pf.iter_batches(batch_size=1024):
                    for row in batch.to_pylist():
                        yield Raw(row)
            return
        if filepath.lower().endswith(".zst"):
            with self.data_folder.open(filepath, "rb", compression="infer") as f:
                raw, cut, cut_detail = f.read(), None, None
        else:
            with self.data_folder.open(filepath, "rb") as f:
                raw, cut, cut_detail = read_salvaging(f, filepath)
        text = decode(raw)
        lines = split_lines(text)
        tail = None
        if cut is not None:  # the last, unterminated line is part of what was lost
            tail = lines.pop() if lines and not text.endswith("\n") else ""
        if fmt == "jsonl":
            for line in lines:
                if not line.strip():
                    yield Raw(None, "empty", line)
                    continue
                row, why, detail = load_json_object(line)
                yield Raw(row) if row is not None else Raw(None, why, line, detail)
        elif fmt == "smi":
            for i, line in enumerate(lines):
                fields = _SMI_FIELDS.split(line.strip(" \t"), maxsplit=1) if line.strip(" \t") else []
                if i == 0 and fields and fields[0].lower() in ("smiles", "smi"):
                    continue  # header
                row = {self.text_column: fields[0] if fields else ""}
                if len(fields) > 1:
                    row["name"] = fields[1].strip()
                yield Raw(row)
        else:
            yield from self._table_records(lines, "\t" if fmt == "tsv" else ",")
        if cut is not None:
            yield Raw(None, cut, tail or "", cut_detail)

    def _table_records(self, lines: list[str], delimiter: str) -> Iterator[Raw]:
        rows = csv_rows(lines, delimiter)
        first = next(rows, None)
        if first is None:
            return
        header, why, raw = first
        if header is None:  # an unbalanced quote in the header (not a record itself): no row can be read
            for _, _, raw in rows:
                yield Raw(None, "missing_column", raw, f"the header line has an unbalanced quote: {first[2][:200]!r}")
            return
        missing = self.text_column not in header
        detail = f"column {self.text_column!r} is not in the header; columns: {', '.join(header)}"
        for cells, why, raw in csv_rows(lines[len(split_lines(first[2] + "\n")) :], delimiter, len(header)):
            if why is not None:
                yield Raw(None, why, raw)
            elif missing:
                yield Raw(None, "missing_column", raw, detail)
            elif not cells:
                yield Raw({self.text_column: ""})
            else:  # ragged rows: surplus cells dropped, short rows miss keys
                yield Raw(dict(zip(header, cells, strict=False)))

    def read_file(self, filepath: str) -> DocumentsPipeline:
        """Yield one document per input record of ``filepath``; unreadable ones become read errors."""
        fmt = self.format if self.format != "auto" else detect_format(filepath)
        domain = KINDS[self.kind]
        row_i = -1
        try:
            for row_i, rec in enumerate(self._records(filepath, fmt)):
                with self.track_time():
                    yield self._document(rec, filepath, row_i, domain)
        except Exception as e:  # noqa: BLE001 - a broken file is a record in the quarantine, not a crash
            self.stat_update("unreadable_file")
            meta = self._base_metadata(domain)
            meta["read_error"] = "unreadable_file"
            meta["read_detail"] = f"{type(e).__name__}: {e}"[:500] + f" (after record {row_i})"
            yield Document(text="", id=f"{self.source}/{filepath}/file", metadata=meta)

    def _base_metadata(self, domain: str) -> dict[str, Any]:
        meta: dict[str, Any] = {"source": self.source, "domain": domain}
        if self.licence:
            meta["licence"] = self.licence
        return meta

    def _document(self, rec: Raw, filepath: str, row_i: int, domain: str) -> Document:
        meta = self._base_metadata(domain)
        fallback_id = f"{self.source}/{filepath}/{row_i}"
        if rec.row is None:
            meta["read_error"] = rec.error
            if rec.detail:
                meta["read_detail"] = rec.detail
            return Document(text=rec.raw, id=fallback_id, metadata=meta)
        row = rec.row
        text = row.get(self.text_column)
        if text is None:
            text = ""
            meta["read_error"] = "empty" if self.text_column in row else "missing_column"
            if meta["read_error"] == "missing_column":
                meta["read_detail"] = f"no {self.text_column!r} key; keys: {', '.join(map(str, row))}"[:500]
        elif not isinstance(text, str):
            meta["read_error"] = "not_a_string"
            meta["read_detail"] = f"a {type(text).__name__} in column {self.text_column!r}"
            text = json.dumps(_jsonable(text), ensure_ascii=False)[:10_000]
        rid = row.get(self.id_column) if self.id_column else None
        doc_id = f"{self.source}/{_jsonable(rid)}" if rid not in (None, "") else fallback_id
        columns = row if self.keep_columns is None else {k: v for k, v in row.items() if k in self.keep_columns}
        for key, value in input_metadata(columns, skip=(self.text_column,)).items():
            meta[key] = _jsonable(value)
        return Document(text=text, id=doc_id, metadata=meta)


def header_columns(path: str, fmt: str, text_column: str = "text", max_bytes: int = 1 << 20) -> list[str] | None:
    """The column names a reader will see in a local file, from its start only; ``None`` when the file
    holds no header to read (empty, unreadable, or no JSON object in its first lines).

    ``.smi`` files have the record and ``name``; ``.jsonl`` the keys of the first object; ``.parquet`` its
    schema; ``.csv``/``.tsv`` the header row (byte-order mark stripped).

    Args:
        path: A local file.
        fmt: Its format (see :func:`detect_format`).
        text_column: The record column (the name ``.smi`` records get).
        max_bytes: Most (decompressed) bytes read for ``.jsonl`` (64 KiB for a table's header).
    """
    if fmt == "smi":
        return [text_column, "name"]
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return list(pq.read_schema(path).names)
        import fsspec

        with fsspec.open(path, "rb", compression="infer") as f:
            head = f.read(max_bytes if fmt == "jsonl" else min(max_bytes, 1 << 16))
    except Exception:  # noqa: BLE001 - an unreadable file is the reader's to quarantine
        return None
    lines = split_lines(decode(head))
    if fmt == "jsonl":
        for line in lines[:100]:
            row, _, _ = load_json_object(line)
            if row is not None:
                return [str(k) for k in row]
        return None
    if not lines:
        return None
    cells, _, _ = next(csv_rows(lines[:1000], "\t" if fmt == "tsv" else ","))
    return cells


FILE_STAT_PREFIX = "file:"
"""Stats named ``file:<source>/<path>`` count the input records of each file (see :func:`file_stat`)."""


def file_stat(source: str, path: str) -> str:
    """Name of the stat counting the input records of ``path`` (relative to the source's folder)."""
    return f"{FILE_STAT_PREFIX}{source}/{path}"


class MultiTableReader(BaseReader):
    """Read several sources as one stream, so they can be deduplicated against each other.

    Files of all sources are listed (sources in the given order, files sorted) and file ``i`` goes to
    task ``i mod world_size``. Stats: ``documents``, ``documents_<source>`` and, per file, the input records it
    held (``file:<source>/<path>``, see :func:`file_stat`).

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
            n = 0
            for doc in reader.read_file(path):
                n += 1
                self.stat_update("documents", f"documents_{reader.source}")
                yield doc
            self.stat_update(file_stat(reader.source, path), value=n)
