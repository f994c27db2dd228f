"""PubChem ``CID<TAB>value`` dumps: ``CID-SMILES.gz`` (molecules) and ``CID-Synonym-filtered.gz`` (names).

The dumps have no header and one ``CID<TAB>value`` pair per line. For molecules every line is a record
(``metadata["cid"]``, id ``source/<cid>``). For prose (``kind: prose``, e.g. the synonym dump) the
consecutive lines of one CID are one record whose text is the names, one per line, so a compound's
synonyms stay together; a CID with more than ``max_group_lines`` lines continues in a new record
(``source/<cid>#2``, ...). Counting: molecules, one record per line; prose, one per run of a CID.

Reasons: ``pubchem_bad_line`` (no tab), ``pubchem_bad_cid`` (CID not a positive integer), ``empty`` (a
blank line or no value), ``too_long`` (a line over ``max_record_bytes``), ``truncated_file``.
"""

from __future__ import annotations

from collections.abc import Iterator

from datatrove.data import Document
from datatrove.io import DataFolderLike

from chemtrove.curate.inputs import stream_lines
from chemtrove.curate.rawio import RawRecordReader, open_binary


class PubChemDumpReader(RawRecordReader):
    """Read PubChem ``CID<TAB>value`` dumps line by line (``.gz``/``.bz2``/``.zst`` or plain).

    Args:
        data_folder: Folder with the dump files.
        source: Source name (metadata and ids).
        kind: ``molecules`` (the value is a SMILES) or ``prose`` (the values of a CID are joined as text).
        max_group_lines: For prose, most lines of one CID in one record.
        licence: Licence of the source (PubChem's data is public domain; say so here).
        glob_pattern: Files to read (default all files).
        recursive: Search sub-folders.
        max_record_bytes: Longest line read.
        limit: Maximum records per task.
    """

    name = "📖 PubChem dump"
    kinds = ("molecules", "prose")

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str = "pubchem",
        kind: str = "molecules",
        max_group_lines: int = 1000,
        licence: str | None = None,
        glob_pattern: str | None = None,
        recursive: bool = True,
        max_record_bytes: int = 2**20,
        limit: int = -1,
    ):
        if max_group_lines < 1:
            raise ValueError(f"max_group_lines must be >= 1, got {max_group_lines}")
        super().__init__(
            data_folder,
            source=source,
            kind=kind,
            licence=licence,
            glob_pattern=glob_pattern,
            recursive=recursive,
            max_record_bytes=max_record_bytes,
            limit=limit,
        )
        self.max_group_lines = max_group_lines

    def _bad(self, line: str | None, filepath: str, i: int) -> Document | None:
        """A read-error record for a line that is not ``CID<TAB>value``; ``None`` for a good line."""
        meta = self.meta()
        rid = f"{filepath}/{i}"
        if line is None:
            return self.document("", rid, meta, "too_long", f"line over {self.max_record_bytes} bytes")
        if not line.strip():
            return self.document("", rid, meta, "empty")
        cid, tab, value = line.partition("\t")
        if not tab:
            return self.document(line, rid, meta, "pubchem_bad_line")
        if not (cid.isascii() and cid.isdigit() and int(cid) > 0):
            return self.document(line, rid, meta, "pubchem_bad_cid")
        if not value.strip():
            return self.document(line, rid, meta, "empty")
        return None

    def records(self, filepath: str) -> Iterator[Document]:
        """One document per line (molecules) or per run of one CID (prose)."""
        group: list[str] = []
        group_cid = 0
        part = 1
        with open_binary(self.data_folder, filepath) as stream:
            for i, line in enumerate(stream_lines(stream, self.max_record_bytes)):
                bad = self._bad(line, filepath, i)
                if bad is not None:
                    yield bad
                    continue
                cid_text, _, value = line.partition("\t")  # type: ignore[union-attr]
                cid = int(cid_text)
                if self.kind == "molecules":
                    meta = self.meta()
                    meta["cid"] = cid
                    yield self.document(value.strip(), str(cid), meta)
                    continue
                if group and (cid != group_cid or len(group) >= self.max_group_lines):
                    yield self._group(group_cid, group, part)
                    part = part + 1 if cid == group_cid else 1
                    group = []
                group_cid = cid
                group.append(value.strip())
        if group:
            yield self._group(group_cid, group, part)

    def _group(self, cid: int, values: list[str], part: int) -> Document:
        meta = self.meta()
        meta["cid"] = cid
        meta["lines"] = len(values)
        return self.document("\n".join(values), str(cid) if part == 1 else f"{cid}#{part}", meta)
