"""Writers for tagged shards and the quarantine, with a fixed schema and safe file names.

datatrove fills ``output_filename`` templates from document metadata, and a metadata key named ``rank``
or ``id`` overrides the real rank: a column in the input could then choose where files are written.
These writers substitute only ``${rank}`` (and, for the quarantine, the writing step's own name), never
values from the data.

Their files are atomic: each is written under a temporary name and renamed when the writer closes
normally, and removed when it closes on an error. A file at its final name is always complete, and a
writer left behind by a failed task (say, a suspended generator that Python collects later, in the
same process as the rerun) can never write into the rerun's files.

Their files are owned: a file at its final name belongs to the run that wrote it, known by the id of its
first record. The rerun of a task (same input, same steps) writes the same first record and replaces its
own file; another pipeline, or another step with the same folder and name, would silently overwrite
records that are nowhere else, so its writer raises :class:`WriterConflict` instead, naming the file.
"""

from __future__ import annotations

import json
import os
import re
import uuid
from string import Template
from typing import Any

import pyarrow as pa
from datatrove.data import Document
from datatrove.io import DataFolderLike
from datatrove.pipeline.writers.parquet import ParquetWriter

from chemtrove.formats import SHARD_SCHEMA

QUARANTINE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("reason", pa.string()),
        ("step", pa.string()),
        ("source", pa.string()),
        ("text", pa.string()),
        ("metadata", pa.string()),
    ]
)
"""Quarantine rows: every dropped record with the reason code and the step that dropped it."""

_SAFE_TEMPLATE_KEYS = {"rank"}


class WriterConflict(FileExistsError):
    """A writer would overwrite a file that another pipeline or step wrote (see the module docstring)."""


def safe_text(text: Any) -> str:
    """Text that parquet (UTF-8) can store: lone surrogates and undecodable bytes become escapes.

    Example:
        >>> safe_text("ok \\udcff")
        'ok \\\\udcff'
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def metadata_json(metadata: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    """Deterministic JSON of a metadata dict (sorted keys, no NaN surprises, surrogates escaped)."""
    clean = {k: v for k, v in metadata.items() if k not in drop}
    return safe_text(json.dumps(clean, sort_keys=True, ensure_ascii=False, default=str, allow_nan=True))


def _check_template(output_filename: str) -> None:
    keys = {m.group("named") or m.group("braced") for m in Template.pattern.finditer(output_filename)} - {None}
    bad = keys - _SAFE_TEMPLATE_KEYS
    if bad:
        raise ValueError(
            f"output_filename {output_filename!r} uses {sorted(bad)}: only ${{rank}} is allowed, so that values "
            "from the input data can never choose where files are written"
        )


class _AtomicFiles:
    """Mixin for datatrove disk writers: temporary names while open, renamed on a normal close.

    Used through the writer's context manager (``with writer:``), as datatrove's writer steps and
    filters' exclusion writers do; a writer used without it writes its final names directly.
    """

    _tmp_suffix: str | None = None

    def __enter__(self):
        self._tmp_suffix = f".tmp-{uuid.uuid4().hex[:16]}"  # only in names that never survive a close
        self._tmp_names: set[str] = set()
        self._first_ids: dict[str, str] = {}
        self._opened: set[str] = set()
        return super().__enter__()

    def _write(self, document: dict, file_handler, filename: str):
        if self._tmp_suffix is not None:  # the name as datatrove opened it (rotation prefix included)
            self._opened.add(self._get_filename_with_file_id(filename) if self.max_file_size > 0 else filename)
        return super()._write(document, file_handler, filename)

    def _temporary(self, name: str, first_id: str = "") -> str:
        """The temporary name of ``name``; on its first use, clean up after a killed run and claim the file.

        Args:
            name: The final file name (before datatrove's rotation prefix).
            first_id: The id of the first record written to it (the file's owner).
        """
        if self._tmp_suffix is None:
            return name
        if name + self._tmp_suffix not in self._tmp_names:  # first use: drop what a killed run of this rank left
            head, base = os.path.split(name)
            mine = re.compile(r"(\d{3,}_)?" + re.escape(base) + r"\.tmp-[0-9a-f]+")
            for stale in self.output_folder.glob(os.path.join(head, f"*{base}.tmp-*")):
                if mine.fullmatch(os.path.basename(stale)):
                    self._remove(stale)
            self._check_owner(name, first_id)
            self._first_ids[name] = first_id
        name += self._tmp_suffix
        self._tmp_names.add(name)
        return name

    def _first_final(self, name: str) -> str:
        """The first file written under ``name`` (datatrove prefixes ``000_`` when files rotate)."""
        if self.max_file_size > 0:
            head, base = os.path.split(name)
            return f"{head}/000_{base}" if head else f"000_{base}"
        return name

    def _check_owner(self, name: str, first_id: str) -> None:
        """Raise :class:`WriterConflict` if ``name``'s final file holds another run's records."""
        path = self._first_final(name)
        if not self.output_folder.exists(path):
            return
        try:
            import pyarrow.parquet as pq

            with self.output_folder.open(path, "rb") as f:
                table = pq.ParquetFile(f).read_row_group(0, columns=["id"])
            owner = table.column(0)[0].as_py() if table.num_rows else None
        except Exception:  # unreadable: nothing in it can be lost by replacing it
            return
        if owner is not None and owner != first_id:
            raise WriterConflict(
                f"{type(self).__name__}: {self.output_folder.path}/{path} already holds the records of another "
                f"pipeline or step (its first record is {owner!r}, this writer's is {first_id!r}); writing it "
                "would lose them. Give each pipeline its own folder, or each step its own name (e.g. "
                "QuarantineWriter('out/quarantine/zinc', 'record_check')), or delete the file to rerun."
            )

    def _remove(self, path: str) -> None:
        try:
            self.output_folder.rm(path)
        except FileNotFoundError:  # already gone (a rerun cleaned up after this writer)
            pass

    def _written(self, names: set[str]) -> list[str]:
        """The files written under ``names`` (with datatrove's ``000_`` prefixes when files rotate)."""
        paths = []
        for name in sorted(names):
            if self.max_file_size > 0:
                head, base = os.path.split(name)
                ids = range(self.file_id_counter[name] + 1)
                paths += [f"{head}/{i:03d}_{base}" if head else f"{i:03d}_{base}" for i in ids]
            else:
                paths.append(name)
        return [p for p in paths if self.output_folder.exists(p)]

    def __exit__(self, exc_type, exc_val, exc_tb):
        suffix, names = self._tmp_suffix, getattr(self, "_tmp_names", set())
        self._tmp_suffix = None
        super().__exit__(exc_type, exc_val, exc_tb)  # flush and close every file
        if suffix is None:
            return
        written = self._written(names)
        if exc_type is None:
            lost = sorted(p for p in getattr(self, "_opened", ()) if not self.output_folder.exists(p))
            try:
                if lost:  # another writer of the same file started meanwhile and took it over
                    raise WriterConflict(
                        f"{type(self).__name__}: {self.output_folder.path}/{lost[0][: -len(suffix)]} was taken "
                        "over by another writer of the same file while this one wrote it (two steps with one "
                        "folder and name, or two pipelines at once): give each its own folder or step name."
                    )
                for name in names:  # a writer of the same file that closed first is never overwritten
                    self._check_owner(name[: -len(suffix)], self._first_ids.get(name[: -len(suffix)], ""))
            except WriterConflict:
                for path in written:
                    self._remove(path)
                raise
        for path in written:
            if exc_type is None:
                self.output_folder.mv(path, path[: -len(suffix)])
            else:  # the task failed: leave no partial file behind
                self._remove(path)


class ShardWriter(_AtomicFiles, ParquetWriter):
    """Write tagged documents as parquet shards with :data:`SHARD_SCHEMA`.

    Args:
        output_folder: Folder (local path or fsspec URL) for the shards.
        output_filename: File name template; only ``${rank}`` may be used.
        max_file_size: Rotate to a new file after this many bytes (checked per batch; ``-1``: one file
            per rank). Rotated files are named ``000_00000.parquet``, ``001_00000.parquet``, ...
        batch_size: Documents per parquet row group.
        compression: Parquet codec.
    """

    name = "💾 chemtrove shards"

    def __init__(
        self,
        output_folder: DataFolderLike,
        output_filename: str = "${rank}.parquet",
        *,
        max_file_size: int = 256 * 2**20,
        batch_size: int = 1000,
        compression: str | None = "zstd",
    ):
        _check_template(output_filename)
        super().__init__(
            output_folder,
            output_filename=output_filename,
            compression=compression,
            batch_size=batch_size,
            max_file_size=max_file_size,
            schema=SHARD_SCHEMA,
            use_content_defined_chunking=False,
        )

    def _get_output_filename(self, document: Document, rank: int | str = 0, **kwargs) -> str:
        name = self.output_filename.substitute({"rank": str(rank).zfill(5)})
        return self._temporary(name, safe_text(document.id))

    def _default_adapter(self, document: Document) -> dict:
        meta = document.metadata
        return {
            "id": safe_text(document.id),
            "text": safe_text(document.text),
            "source": safe_text(meta.get("source", "")),
            "domain": safe_text(meta.get("domain", "")),
            "metadata": metadata_json(meta, drop=("source", "domain", "duplicate_count")),
        }


class QuarantineWriter(_AtomicFiles, ParquetWriter):
    """Write dropped documents with their reason code, one file per step and rank.

    Used as the ``exclusion_writer`` of chemtrove filters. Each filter needs its own instance, and the step
    name goes into the file name: ``<folder>/<step>/<rank>.parquet``. Two pipelines (or two filters) that
    would write the same file do not overwrite each other's records: the second raises
    :class:`WriterConflict` naming the file (see the module docstring); give each pipeline its own folder.

    Args:
        output_folder: Quarantine folder.
        step: Name of the step that drops (a plain identifier, e.g. ``"canonicalize_smiles"``).
        default_reason: Reason used when the dropping step gave none (datatrove's exact dedup gives none).
    """

    name = "🚧 chemtrove quarantine"

    def __init__(self, output_folder: DataFolderLike, step: str, default_reason: str = "dropped"):
        if not step.replace("_", "").isalnum():
            raise ValueError(f"step must be a plain identifier (letters, digits, _), got {step!r}")
        super().__init__(
            output_folder,
            output_filename=f"{step}/${{rank}}.parquet",
            compression="zstd",
            batch_size=1000,
            schema=QUARANTINE_SCHEMA,
            max_file_size=-1,
            use_content_defined_chunking=False,
        )
        self.step = step
        self.default_reason = default_reason

    def _get_output_filename(self, document: Document, rank: int | str = 0, **kwargs) -> str:
        name = self.output_filename.substitute({"rank": str(rank).zfill(5)})
        return self._temporary(name, safe_text(document.id))

    def _default_adapter(self, document: Document) -> dict:
        meta = document.metadata
        return {
            "id": safe_text(document.id),
            "reason": safe_text(meta.get("filter_reason") or self.default_reason),
            "step": self.step,
            "source": safe_text(meta.get("source", "")),
            "text": safe_text(document.text),
            "metadata": metadata_json(meta, drop=("filter_reason", "source")),
        }
