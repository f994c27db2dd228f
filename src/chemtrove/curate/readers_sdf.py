"""SDF reader: V2000 and V3000 molfile blocks separated by ``$$$$`` (PubChem, ChEMBL, ZINC dumps).

The file is read line by line; a block ends at a ``$$$$`` line, so a broken block never stops the reader:
it becomes a record with its reason and the block's text, and reading goes on with the next block. The
molecule becomes the record's text as a SMILES (RDKit's ``MolFromMolBlock`` then ``MolToSmiles``; the
pipeline canonicalizes it afterwards), or the value of an SD property (``smiles_from``, e.g.
``PUBCHEM_OPENEYE_CAN_SMILES``), which skips the molfile parse. SD properties (``> <NAME>`` fields) go into
the metadata.

Reasons: ``sdf_bad_block`` (no ``M  END``, or RDKit cannot read the molfile), ``sdf_sanitize_failed``
(read, but RDKit sanitization fails: valence, kekulization), ``empty`` (nothing between two ``$$$$``),
``too_long`` (a block over ``max_record_bytes``), ``truncated_file`` / ``unreadable_file``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from datatrove.data import Document
from datatrove.io import DataFolderLike

from chemtrove.chem.smiles import DEFAULT_MAX_ATOMS
from chemtrove.curate.inputs import stream_lines
from chemtrove.curate.rawio import RawRecordReader, add_properties, open_binary

_FIELD = re.compile(r"^>.*?<([^>]*)>")


def split_block(lines: list[str]) -> tuple[list[str] | None, dict[str, str]]:
    """The molfile lines (through ``M  END``; ``None`` when missing) and the SD properties of one block."""
    end = next((i for i, line in enumerate(lines) if line.rstrip() == "M  END"), None)
    props: dict[str, str] = {}
    rest = lines[end + 1 :] if end is not None else []
    name: str | None = None
    values: list[str] = []
    for line in rest:
        m = _FIELD.match(line)
        if m and name is None:
            name, values = m.group(1).strip(), []
        elif name is not None:
            if line.strip() == "":
                props[name] = "\n".join(values)
                name = None
            else:
                values.append(line)
    if name is not None:
        props[name] = "\n".join(values)
    return (lines[: end + 1] if end is not None else None), props


def declared_atoms(molblock: str) -> int | None:
    """The atom count a molfile's counts line declares (V2000 line 4, or V3000 ``M  V30 COUNTS``); ``None``
    when it declares none that can be read (RDKit then judges the block)."""
    lines = molblock.split("\n")
    if len(lines) > 3 and "V3000" not in lines[3]:
        field = lines[3][:3].strip()
        return int(field) if field.isdigit() else None
    for line in lines[3:200]:
        if line.startswith("M  V30 COUNTS"):
            parts = line.split()
            return int(parts[3]) if len(parts) > 3 and parts[3].isdigit() else None
    return None


def molblock_to_smiles(molblock: str, max_atoms: int = DEFAULT_MAX_ATOMS) -> tuple[str | None, str | None, str]:
    """``(smiles, reason, error)`` of one molfile (V2000 or V3000) read with RDKit.

    A molfile declaring more than ``max_atoms`` atoms is ``too_many_atoms`` before RDKit reads it (writing a
    SMILES of a huge molecule can crash the process), the same bound as :func:`chemtrove.chem.smiles.parse`.
    """
    from rdkit import Chem, rdBase

    n = declared_atoms(molblock)
    if n is not None and n > max_atoms:
        return None, "too_many_atoms", f"the counts line declares {n} atoms (limit {max_atoms})"
    with rdBase.BlockLogs():
        try:
            mol = Chem.MolFromMolBlock(molblock)  # sanitizes, assigns stereo from wedges / 3D, removes Hs
            if mol is not None:
                return Chem.MolToSmiles(mol), None, ""
            raw = Chem.MolFromMolBlock(molblock, sanitize=False, removeHs=False)
        except Exception as e:  # noqa: BLE001 - RDKit raises on some syntax errors instead of returning None
            return None, "sdf_bad_block", f"{type(e).__name__}: {e}"
        if raw is None:
            return None, "sdf_bad_block", "RDKit cannot read the molfile"
        try:
            Chem.SanitizeMol(raw)
        except Exception as e:  # noqa: BLE001 - valence, kekulization
            return None, "sdf_sanitize_failed", f"{type(e).__name__}: {e}"
        return None, "sdf_sanitize_failed", "RDKit sanitization failed"


class SdfReader(RawRecordReader):
    """Read SDF files (``.sdf``, ``.sdf.gz``, ``.sdf.bz2``, ``.sdf.zst``), one record per ``$$$$`` block.

    Ids are ``source/<id_from property>`` when given and present, else ``source/<file>/<block number>``.
    The molfile's title line is kept as ``metadata["title"]`` when it is not empty.

    Args:
        data_folder: Folder with the SDF files.
        source: Source name (metadata and ids).
        kind: Only ``molecules``.
        smiles_from: SD property holding the SMILES (e.g. ``PUBCHEM_OPENEYE_ISO_SMILES``); a block without it
            falls back to its molfile (``metadata["smiles_origin"] = "molfile"``). ``None``: always the molfile.
        id_from: SD property holding the record id (e.g. ``PUBCHEM_COMPOUND_CID``, ``chembl_id``).
        keep_properties: SD properties kept in metadata (``None``: all, ``[]``: none).
        licence: Licence of the source.
        glob_pattern: Files to read (default: ``*.sdf`` with any compression suffix, at any depth).
        recursive: Search sub-folders.
        max_record_bytes: Largest block read (a larger one becomes a ``too_long`` record).
        limit: Maximum records per task.
    """

    name = "📖 SDF"
    kinds = ("molecules",)

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str = "sdf",
        kind: str = "molecules",
        smiles_from: str | None = None,
        id_from: str | None = None,
        keep_properties: list[str] | None = None,
        licence: str | None = None,
        glob_pattern: str | None = "**/*.sdf*",
        recursive: bool = True,
        max_record_bytes: int = 8 * 2**20,
        limit: int = -1,
    ):
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
        self.smiles_from = smiles_from
        self.id_from = id_from
        self.keep_properties = keep_properties

    def records(self, filepath: str) -> Iterator[Document]:
        """One document per block of ``filepath``."""
        n = 0
        lines: list[str] = []
        size = 0
        too_long = False
        with open_binary(self.data_folder, filepath) as stream:
            for line in stream_lines(stream, self.max_record_bytes):
                if line is not None and line.rstrip() == "$$$$":
                    yield self._block(lines, filepath, n, too_long)
                    n, lines, size, too_long = n + 1, [], 0, False
                    continue
                if too_long:
                    continue
                size += len(line) + 1 if line is not None else self.max_record_bytes + 1
                if size > self.max_record_bytes:
                    too_long, lines = True, []
                else:
                    lines.append(line)
        if too_long or any(line.strip() for line in lines):
            yield self._block(lines, filepath, n, too_long)  # a last block without its $$$$

    def _block(self, lines: list[str], filepath: str, n: int, too_long: bool) -> Document:
        meta: dict[str, Any] = self.meta()
        rid = f"{filepath}/{n}"
        if too_long:
            return self.document("", rid, meta, "too_long", f"block over {self.max_record_bytes} bytes")
        if not any(line.strip() for line in lines):
            return self.document("", rid, meta, "empty")
        text = "\n".join(lines)
        molfile, props = split_block(lines)
        if self.id_from and props.get(self.id_from, "").strip():
            rid = props[self.id_from].strip()
        if molfile is None:
            return self.document(text, rid, meta, "sdf_bad_block", "no 'M  END' line")
        title = molfile[0].strip()
        if title:
            meta["title"] = title
        smiles = props.get(self.smiles_from, "").strip() if self.smiles_from else ""
        if self.keep_properties is not None:
            props = {k: v for k, v in props.items() if k in self.keep_properties}
        add_properties(meta, props)
        if smiles:
            return self.document(smiles, rid, meta)
        smiles, reason, error = molblock_to_smiles("\n".join(molfile))
        if reason is not None:
            return self.document(text, rid, meta, reason, error)
        if self.smiles_from:
            meta["smiles_origin"] = "molfile"
        return self.document(smiles or "", rid, meta)
