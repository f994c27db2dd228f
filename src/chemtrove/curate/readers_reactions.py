"""Reaction sources as they ship: USPTO/Lowe RSMI tables and Open Reaction Database records.

**USPTO / Lowe RSMI** (``.rsmi``, ``.txt``, ``.tsv``, compressed or not): tab-separated lines of an
atom-mapped reaction SMILES (optionally with a ChemAxon ``|f:...|`` extension) and its patent number,
paragraph number, year, yields and, in some releases, the paragraph text. A first line starting with
``ReactionSmiles`` is a header and names the columns; without one the columns are Lowe's
``ReactionSmiles PatentNumber ParagraphNum Year TextMinedYield CalculatedYield``. Metadata: ``patent``,
``paragraph``, ``year``, ``text_mined_yield``, ``calculated_yield``, ``paragraph_text`` (when present),
``mapped_reaction`` (the atom-mapped original) and ``cxsmiles`` (the extension). The record's text is the
reaction SMILES; the pipeline canonicalizes it (atom maps removed).

**Open Reaction Database** (``ord-schema``): a ``Dataset`` message as binary (``.pb``, ``.pb.gz``), text
(``.pbtxt``) or JSON (``.json``), or JSON lines of ``Reaction`` messages (``.jsonl``). A ``Dataset`` file
is one protobuf message and is read whole (ORD ships datasets split into files); JSON lines are streamed.
Each reaction becomes its reaction SMILES (``message_helpers.get_reaction_smiles``, built from the
inputs and outcomes when the record has none) with ``metadata["prose"]``: the reactants, agents,
solvents, conditions, yield and the procedure text, ready for a template such as
``"{reaction_tagged}\\n{prose}"``.

Reasons: ``rsmi_bad_line``, ``ord_bad_reaction``, ``ord_no_reaction_smiles``, ``bad_json``, ``empty``,
``too_long``, ``truncated_file``, ``unreadable_file``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from datatrove.data import Document
from datatrove.io import DataFolderLike

from chemtrove.curate.inputs import stream_lines
from chemtrove.curate.rawio import RawRecordReader, add_properties, open_binary, strip_compression

LOWE_COLUMNS = ("ReactionSmiles", "PatentNumber", "ParagraphNum", "Year", "TextMinedYield", "CalculatedYield")
_COLUMN_KEYS = {
    "patentnumber": "patent",
    "paragraphnum": "paragraph",
    "paragraphtext": "paragraph_text",
    "textminedyield": "text_mined_yield",
    "calculatedyield": "calculated_yield",
}


def _column_key(name: str) -> str:
    low = re.sub(r"[^0-9a-z]+", "", name.lower())
    return _COLUMN_KEYS.get(low, re.sub(r"[^0-9a-z]+", "_", name.lower()).strip("_") or "column")


class UsptoRsmiReader(RawRecordReader):
    """Read USPTO/Lowe reaction SMILES tables line by line.

    Args:
        data_folder: Folder with the RSMI files.
        source: Source name (metadata and ids).
        kind: Only ``reactions``.
        keep_mapped: Keep the atom-mapped reaction SMILES as ``metadata["mapped_reaction"]``.
        licence: Licence of the source (Lowe's USPTO extraction is CC0).
        glob_pattern: Files to read (default all).
        recursive: Search sub-folders.
        max_record_bytes: Longest line read.
        limit: Maximum records per task.
    """

    name = "📖 USPTO RSMI"
    kinds = ("reactions",)

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str = "uspto",
        kind: str = "reactions",
        keep_mapped: bool = True,
        licence: str | None = None,
        glob_pattern: str | None = None,
        recursive: bool = True,
        max_record_bytes: int = 4 * 2**20,
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
        self.keep_mapped = keep_mapped

    def records(self, filepath: str) -> Iterator[Document]:
        """One document per data line of ``filepath`` (a header line is not a record)."""
        keys = [_column_key(c) for c in LOWE_COLUMNS]
        with open_binary(self.data_folder, filepath) as stream:
            for i, line in enumerate(stream_lines(stream, self.max_record_bytes)):
                if i == 0 and line is not None and line.lower().startswith(("reactionsmiles", "reaction_smiles")):
                    keys = [_column_key(c) for c in line.split("\t")]
                    continue
                yield self._line(line, keys, filepath, i)

    def _line(self, line: str | None, keys: list[str], filepath: str, i: int) -> Document:
        meta = self.meta()
        rid = f"{filepath}/{i}"
        if line is None:
            return self.document("", rid, meta, "too_long", f"line over {self.max_record_bytes} bytes")
        fields = line.split("\t")
        if len(fields) > len(keys):
            return self.document(line, rid, meta, "rsmi_bad_line", f"{len(fields)} fields, header has {len(keys)}")
        mapped = fields[0].strip()
        if not mapped:
            return self.document(line, rid, meta, "empty")
        smiles, bar, ext = mapped.partition(" |")
        props: dict[str, Any] = {k: v for k, v in zip(keys[1:], fields[1:], strict=False) if v != ""}
        if bar:
            props["cxsmiles"] = "|" + ext
        if self.keep_mapped:
            props["mapped_reaction"] = smiles
        add_properties(meta, props)
        return self.document(smiles, rid, meta)


def _name(enum: Any, value: int) -> str:
    return enum.Name(value).lower().replace("_", " ")


def reaction_prose(reaction: Any) -> str:
    """A short description of an ORD ``Reaction``: roles, conditions, yield and procedure text."""
    from ord_schema import message_helpers
    from ord_schema.proto import reaction_pb2

    roles: dict[str, list[str]] = {}
    for key in sorted(reaction.inputs):
        for comp in reaction.inputs[key].components:
            role = _name(reaction_pb2.ReactionRole.ReactionRoleType, comp.reaction_role) or "unspecified"
            name = message_helpers.get_compound_name(comp) or message_helpers.get_compound_smiles(comp)
            if name:
                roles.setdefault(role, []).append(name)
    parts = [f"{role.capitalize()}s: {', '.join(names)}." for role, names in roles.items()]
    temp = reaction.conditions.temperature.setpoint
    if temp.HasField("value"):
        parts.append(f"Temperature: {temp.value:g} {_name(reaction_pb2.Temperature.TemperatureUnit, temp.units)}.")
    for outcome in reaction.outcomes:
        t = outcome.reaction_time
        if t.HasField("value"):
            parts.append(f"Time: {t.value:g} {_name(reaction_pb2.Time.TimeUnit, t.units)}.")
        for product in outcome.products:
            name = message_helpers.get_compound_name(product) or message_helpers.get_compound_smiles(product)
            yld = message_helpers.get_product_yield(product)
            if name and yld is not None:
                parts.append(f"Yield of {name}: {yld:g}%.")
    details = reaction.notes.procedure_details.strip()
    if details:
        parts.append(f"Procedure: {details}")
    return " ".join(parts)


class OrdReader(RawRecordReader):
    """Read Open Reaction Database records (needs the ``ord`` extra: ``pip install chemtrove[ord]``).

    Ids are ``source/<reaction_id>`` when the record has one, else ``source/<file>/<index>``.

    Args:
        data_folder: Folder with ORD files (``.pb``, ``.pb.gz``, ``.pbtxt``, ``.json``, ``.jsonl``).
        source: Source name (metadata and ids).
        kind: Only ``reactions``.
        licence: Licence of the source (ORD data is CC-BY-SA 4.0).
        glob_pattern: Files to read (default all).
        recursive: Search sub-folders.
        max_record_bytes: Longest JSON line read.
        limit: Maximum records per task.
    """

    name = "📖 ORD"
    kinds = ("reactions",)
    _requires_dependencies = [("ord_schema", "ord-schema")]

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str = "ord",
        kind: str = "reactions",
        licence: str | None = None,
        glob_pattern: str | None = None,
        recursive: bool = True,
        max_record_bytes: int = 16 * 2**20,
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

    def records(self, filepath: str) -> Iterator[Document]:
        """One document per reaction of ``filepath``."""
        from google.protobuf import json_format, text_format
        from ord_schema.proto import dataset_pb2, reaction_pb2

        ext = strip_compression(filepath).lower().rsplit(".", 1)[-1]
        with open_binary(self.data_folder, filepath) as stream:
            if ext == "jsonl":
                for i, line in enumerate(stream_lines(stream, self.max_record_bytes)):
                    if line is None or not line.strip():
                        reason = "too_long" if line is None else "empty"
                        yield self.document("", f"{filepath}/{i}", self.meta(), reason)
                        continue
                    try:
                        reaction = json_format.Parse(line, reaction_pb2.Reaction())
                    except Exception as e:  # noqa: BLE001 - ParseError, or not JSON at all
                        yield self.document(line, f"{filepath}/{i}", self.meta(), "ord_bad_reaction", str(e))
                        continue
                    yield self._reaction(reaction, filepath, i)
                return
            data = stream.read()
        dataset = dataset_pb2.Dataset()
        if ext == "pbtxt":
            text_format.Parse(data.decode("utf-8"), dataset)
        elif ext == "json":
            json_format.Parse(data.decode("utf-8"), dataset)
        else:
            dataset.ParseFromString(data)
        for i, reaction in enumerate(dataset.reactions):
            yield self._reaction(reaction, filepath, i)

    def _reaction(self, reaction: Any, filepath: str, i: int) -> Document:
        from ord_schema import message_helpers
        from rdkit import rdBase

        meta = self.meta()
        rid = reaction.reaction_id or f"{filepath}/{i}"
        if reaction.reaction_id:
            meta["reaction_id"] = reaction.reaction_id
        try:
            with rdBase.BlockLogs():
                smiles = message_helpers.get_reaction_smiles(reaction, generate_if_missing=True)
                prose = reaction_prose(reaction)
        except Exception as e:  # noqa: BLE001 - invalid compounds, no reactants or products
            return self.document("", rid, meta, "ord_no_reaction_smiles", f"{type(e).__name__}: {e}")
        if not smiles:
            return self.document("", rid, meta, "ord_no_reaction_smiles")
        smiles = smiles.partition(" |")[0]
        meta["prose"] = prose
        if reaction.notes.procedure_details.strip():
            meta["procedure"] = reaction.notes.procedure_details.strip()
        return self.document(smiles, rid, meta)
