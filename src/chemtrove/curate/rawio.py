"""Shared plumbing of the raw-source readers (SDF, PubChem dumps, USPTO RSMI, ORD, pymatgen JSON).

Every raw reader streams its files (never loading a whole dump, ORD's single-message files aside),
decompresses ``.gz``, ``.bz2``, ``.xz``, ``.zst``/``.zstd`` by file name, follows the line and
byte-order-mark rules of :mod:`chemtrove.curate.inputs` (:func:`~chemtrove.curate.inputs.stream_lines`,
:func:`~chemtrove.curate.inputs.skip_bom`: a line ends only at ``\\n``/``\\r\\n``, a UTF-8 BOM at a
file start is dropped), and turns every block it cannot use into a document with a reason code (see
:mod:`chemtrove.chem.reasons`) that :class:`~chemtrove.curate.records.RecordCheck` sends to the
quarantine. A file that ends early (a cut download, a truncated ``.gz``) keeps the records read before
the cut and adds one ``truncated_file`` record for the rest.

Values taken from the input (SD properties, table columns, JSON keys) can never set the pipeline's own
metadata keys: a property named like one of :data:`chemtrove.curate.inputs.PROPERTY_RESERVED_KEYS` is
stored as ``prop_<name>`` (:func:`chemtrove.curate.inputs.property_key`, beside the ``input_`` rule of
table columns).
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFolderLike
from datatrove.pipeline.readers.base import BaseDiskReader

from chemtrove.curate.inputs import property_key, skip_bom

COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst", ".zstd")


def strip_compression(path: str) -> str:
    """``path`` without a trailing compression suffix (``a.sdf.gz`` -> ``a.sdf``)."""
    low = path.lower()
    for suffix in COMPRESSIONS:
        if low.endswith(suffix):
            return path[: -len(suffix)]
    return path


@contextlib.contextmanager
def open_binary(data_folder, filepath: str) -> Iterator[BinaryIO]:
    """Open ``filepath`` of a datatrove data folder as a decompressed binary stream (chosen by suffix)."""
    low = filepath.lower()
    with data_folder.open(filepath, "rb") as raw:
        if low.endswith(".gz"):
            stream: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb")
        elif low.endswith(".bz2"):
            stream = bz2.BZ2File(raw, mode="rb")
        elif low.endswith(".xz"):
            stream = lzma.LZMAFile(raw, mode="rb")
        elif low.endswith((".zst", ".zstd")):
            import zstandard

            stream = io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(raw, read_across_frames=True))
        else:
            stream = raw
        if not hasattr(stream, "peek"):
            stream = io.BufferedReader(stream)  # type: ignore[arg-type]
        try:
            skip_bom(stream)
            yield stream
        finally:
            if stream is not raw:
                stream.close()


def is_truncation(error: BaseException) -> bool:
    """True for the errors a cut compressed stream raises (gzip/bz2/xz ``EOFError``, zstd's frame errors)."""
    if isinstance(error, EOFError):
        return True
    msg = str(error).lower()
    return type(error).__name__ == "ZstdError" and ("incomplete" in msg or "truncat" in msg or "premature" in msg)


def add_properties(meta: dict[str, Any], props: dict[str, Any]) -> None:
    """Copy input properties into ``meta`` under :func:`~chemtrove.curate.inputs.property_key` (``cif`` ->
    ``prop_cif``)."""
    for key, value in props.items():
        meta[property_key(key)] = value


class RawRecordReader(BaseDiskReader):
    """Base of the raw-source readers: one document per record, a reasoned record for every bad block.

    Subclasses implement :meth:`records`; this class adds the source metadata, the ids, and turns an
    exception that escapes a file (corrupt archive, truncated stream) into one ``unreadable_file`` or
    ``truncated_file`` record. Work is split by file (task ``r`` of ``w`` takes files ``r, r+w, ...``).

    Args:
        data_folder: Folder (local path or fsspec URL) with the files.
        source: Source name (metadata and ids).
        kind: ``molecules``, ``reactions``, ``prose`` or ``crystals``; sets ``metadata["domain"]``.
        licence: Licence of the source, kept in every record's metadata.
        glob_pattern: Only files matching this pattern (relative to ``data_folder``).
        recursive: Search sub-folders.
        max_record_bytes: Largest record (a line, an SDF block, a JSON entry) read; a larger one becomes a
            ``too_long`` record and the reader moves to the next.
        limit: Maximum records per task (-1: all).
    """

    kinds: tuple[str, ...] = ("molecules", "reactions", "prose", "crystals")

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str,
        kind: str,
        licence: str | None = None,
        glob_pattern: str | None = None,
        recursive: bool = True,
        max_record_bytes: int = 8 * 2**20,
        limit: int = -1,
    ):
        from chemtrove.curate.readers import KINDS

        if kind not in self.kinds:
            raise ValueError(f"{type(self).__name__} reads kinds {', '.join(self.kinds)}; got kind {kind!r}")
        if not source or "/" in source:
            raise ValueError(f"source must be a non-empty name without '/', got {source!r}")
        if max_record_bytes < 1024:
            raise ValueError(f"max_record_bytes must be at least 1024, got {max_record_bytes}")
        super().__init__(data_folder, limit=limit, glob_pattern=glob_pattern, recursive=recursive, add_file_path=False)
        self.source = source
        self.kind = kind
        self.domain = KINDS[kind]
        self.licence = licence
        self.max_record_bytes = max_record_bytes

    def meta(self) -> dict[str, Any]:
        """Fresh metadata with source, domain and licence."""
        meta: dict[str, Any] = {"source": self.source, "domain": self.domain}
        if self.licence:
            meta["licence"] = self.licence
        return meta

    def document(
        self, text: str, rid: str, meta: dict[str, Any], reason: str | None = None, error: str = ""
    ) -> Document:
        """A document with id ``source/rid``; with ``reason`` it is a read error for the quarantine."""
        if reason is not None:
            meta["read_error"] = reason
            if error:
                meta["error"] = error[:500]
        return Document(text=text, id=f"{self.source}/{rid}", metadata=meta)

    def records(self, filepath: str) -> Iterator[Document]:
        """Yield one document per record of ``filepath`` (implemented by each reader)."""
        raise NotImplementedError

    def read_file(self, filepath: str) -> DocumentsPipeline:
        """Yield the records of ``filepath``; a failure of the whole file becomes one record with its reason."""
        n = 0
        try:
            for doc in self.records(filepath):
                n += 1
                yield doc
        except (Exception, zlib.error) as e:  # noqa: BLE001 - a broken file is a quarantined record, not a crash
            reason = "truncated_file" if is_truncation(e) else "unreadable_file"
            self.stat_update(reason)
            meta = self.meta()
            meta["after_record"] = n
            yield self.document("", f"{filepath}/file", meta, reason, f"{type(e).__name__}: {e}")
