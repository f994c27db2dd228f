"""pymatgen JSON: Materials Project / Alexandria / OQMD ``ComputedStructureEntry`` and ``Structure`` dicts.

A file (``.json``, ``.jsonl``, ``.json.gz``, ``.json.bz2``, ...) holds one of:

- JSON lines, one entry or structure dict per line (a bad line is one ``bad_json`` record);
- one big JSON list of them, streamed item by item with ``ijson`` (never loaded whole);
- an object with the list under ``entries`` or ``data`` (Alexandria's files), streamed the same way;
- a single (pretty-printed) entry or structure.

Each dict becomes a P1 CIF (``Structure.from_dict``, then pymatgen's ``CifWriter``); the pipeline then
writes the canonical CIF. The entry's id (``id_from``, else ``entry_id``, ``material_id``, ``mat_id``,
``task_id``) names the record, and the entry's scalar properties (energy, correction, ``energy_per_atom``,
and every scalar of its ``data`` / ``properties``: energy above hull, band gap, ...) go into the metadata.

Reasons: ``pymatgen_bad_entry`` (not such a dict, or ``from_dict`` fails), ``bad_json`` (a bad line, or a
list that stops being JSON: the items before it were kept), ``too_long``, ``truncated_file``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from datatrove.data import Document
from datatrove.io import DataFolderLike

from chemtrove.curate.inputs import stream_lines
from chemtrove.curate.rawio import RawRecordReader, add_properties, open_binary

ID_KEYS = ("entry_id", "material_id", "mat_id", "task_id", "id")
_TOP_PROPERTIES = ("energy", "correction", "e_above_hull", "energy_above_hull", "band_gap", "formation_energy_per_atom")
_LIST_KEYS = ("entries", "data")


def _scalars(d: Any) -> dict[str, Any]:
    if not isinstance(d, dict):
        return {}
    return {
        str(k): v
        for k, v in d.items()
        if isinstance(v, (int, float, bool)) or (isinstance(v, str) and len(v) <= 1000)
        if not str(k).startswith("@")
    }


def entry_to_cif(entry: Any, id_from: str | None = None) -> tuple[str, str | None, dict[str, Any]]:
    """``(cif, id, properties)`` of a pymatgen entry or structure dict.

    Raises:
        ValueError: When ``entry`` is neither (or pymatgen cannot build the structure).
    """
    from pymatgen.core import Structure
    from pymatgen.io.cif import CifWriter

    if not isinstance(entry, dict):
        raise ValueError(f"expected a JSON object, got {type(entry).__name__}")
    if isinstance(entry.get("structure"), dict):
        structure_dict = entry["structure"]
    elif "lattice" in entry and "sites" in entry:
        structure_dict = entry
    else:
        raise ValueError("neither a structure dict (lattice, sites) nor an entry with a 'structure'")
    try:
        structure = Structure.from_dict(structure_dict)
    except Exception as e:  # noqa: BLE001 - pymatgen raises many types on bad dicts
        raise ValueError(f"Structure.from_dict failed: {type(e).__name__}: {e}") from e
    props: dict[str, Any] = {}
    if structure_dict is not entry:
        props.update({k: entry[k] for k in _TOP_PROPERTIES if isinstance(entry.get(k), (int, float))})
        for key in ("data", "properties"):
            props.update(_scalars(entry.get(key)))
        if isinstance(entry.get("energy"), (int, float)) and len(structure):
            props["energy_per_atom"] = entry["energy"] / len(structure)
    else:
        props.update(_scalars(entry.get("properties")))
    rid = None
    for key in (id_from,) if id_from else ID_KEYS:
        for holder in (entry, entry.get("data"), entry.get("properties")):
            if isinstance(holder, dict) and isinstance(holder.get(key), (str, int)) and str(holder[key]).strip():
                rid = str(holder[key]).strip()
                break
        if rid:
            break
    return str(CifWriter(structure)), rid, props


def _first_byte(stream: BinaryIO) -> bytes:
    head = stream.peek(4096)  # type: ignore[attr-defined]
    stripped = head.lstrip()
    return stripped[:1]


class PymatgenJsonReader(RawRecordReader):
    """Read pymatgen entry / structure dicts from JSON, JSON lines or a streamed JSON list.

    Args:
        data_folder: Folder with the JSON files.
        source: Source name (metadata and ids).
        kind: Only ``crystals``.
        id_from: Key of the record id (in the entry, its ``data`` or ``properties``); default: the first of
            ``entry_id``, ``material_id``, ``mat_id``, ``task_id``, ``id`` present.
        licence: Licence of the source (Materials Project: CC-BY 4.0; Alexandria: CC-BY 4.0).
        glob_pattern: Files to read (default ``*.json`` / ``*.jsonl`` with any compression, at any depth).
        recursive: Search sub-folders.
        max_record_bytes: Longest JSON line read.
        limit: Maximum records per task.
    """

    name = "📖 pymatgen JSON"
    kinds = ("crystals",)
    _requires_dependencies = ["ijson"]

    def __init__(
        self,
        data_folder: DataFolderLike,
        *,
        source: str = "pymatgen",
        kind: str = "crystals",
        id_from: str | None = None,
        licence: str | None = None,
        glob_pattern: str | None = "**/*.json*",
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
        self.id_from = id_from

    def _entry(self, value: Any, rid: str) -> Document:
        meta = self.meta()
        try:
            cif, entry_id, props = entry_to_cif(value, self.id_from)
        except ValueError as e:
            text = json.dumps(value, default=str)[:100_000] if not isinstance(value, str) else value
            return self.document(text, rid, meta, "pymatgen_bad_entry", str(e))
        if entry_id:
            meta["entry_id"] = entry_id
            rid = entry_id
        add_properties(meta, {k: v for k, v in props.items() if k != "entry_id"})
        return self.document(cif, rid, meta)

    def _list_prefix(self, filepath: str) -> str:
        """The ijson prefix of the items: ``item`` (a top-level list), ``entries.item``/``data.item``, or ``""``."""
        import ijson

        with open_binary(self.data_folder, filepath) as stream:
            depth = 0
            for prefix, event, _value in ijson.parse(stream, multiple_values=True):
                if depth == 0 and event == "start_array":
                    return "item"
                if depth == 1 and event == "start_array" and prefix in _LIST_KEYS:
                    return f"{prefix}.item"
                if event in ("start_map", "start_array"):
                    depth += 1
                elif event in ("end_map", "end_array"):
                    depth -= 1
                    if depth == 0:
                        return ""
        return ""

    def records(self, filepath: str) -> Iterator[Document]:
        """One document per entry or structure of ``filepath``."""
        with open_binary(self.data_folder, filepath) as stream:
            first = _first_byte(stream)
            if not first:
                yield self.document("", f"{filepath}/0", self.meta(), "empty")
                return
            if first == b"{":
                line = stream.readline(self.max_record_bytes + 1)
                try:
                    value = json.loads(line)
                except ValueError:
                    value = None  # pretty-printed, or longer than a line: stream it below
                if isinstance(value, dict):
                    yield from self._json_lines(value, stream, filepath)
                    return
        yield from self._streamed(filepath)

    def _expand(self, value: dict, rid: str) -> Iterator[Document]:
        """The entry ``value``, or each entry of its ``entries`` / ``data`` list (ids ``rid.0``, ``rid.1``, ...)."""
        items = next((value[k] for k in _LIST_KEYS if isinstance(value.get(k), list)), None)
        if items is not None and "structure" not in value and "lattice" not in value:
            for j, item in enumerate(items):
                yield self._entry(item, f"{rid}.{j}")
        else:
            yield self._entry(value, rid)

    def _json_lines(self, first: dict, stream: BinaryIO, filepath: str) -> Iterator[Document]:
        yield from self._expand(first, f"{filepath}/0")
        for i, line in enumerate(stream_lines(stream, self.max_record_bytes), start=1):
            rid = f"{filepath}/{i}"
            if line is None:
                yield self.document("", rid, self.meta(), "too_long", f"line over {self.max_record_bytes} bytes")
                continue
            if not line.strip():
                yield self.document("", rid, self.meta(), "empty")
                continue
            try:
                value = json.loads(line)
            except ValueError as e:
                yield self.document(line, rid, self.meta(), "bad_json", str(e))
                continue
            if isinstance(value, dict):
                yield from self._expand(value, rid)
            else:
                yield self._entry(value, rid)

    def _streamed(self, filepath: str) -> Iterator[Document]:
        import ijson

        prefix = self._list_prefix(filepath)
        n = 0
        with open_binary(self.data_folder, filepath) as stream:
            try:
                for value in ijson.items(stream, prefix, multiple_values=True, use_float=True):
                    yield self._entry(value, f"{filepath}/{n}")
                    n += 1
            except ijson.JSONError as e:
                cause = e.__cause__ or e.__context__
                if isinstance(cause, EOFError):
                    raise cause from None
                meta = self.meta()
                meta["after_record"] = n
                yield self.document("", f"{filepath}/{n}", meta, "bad_json", f"{type(e).__name__}: {e}")
