"""PymatgenJsonReader on entries and structures written with pymatgen's as_dict from real CIFs."""

from __future__ import annotations

import bz2
import csv
import gzip
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from rawdata import DATA, errors, read_docs  # noqa: E402

from chemtrove.curate.readers_pymatgen import PymatgenJsonReader  # noqa: E402

pytest.importorskip("ijson", reason="ijson streams big JSON lists: pip install chemtrove")


def _structures(n: int) -> list:
    from pymatgen.io.cif import CifParser

    with open(DATA / "cif" / "perov5_sample_40.csv", newline="") as f:
        rows = list(csv.DictReader(f))[:n]
    return [CifParser.from_str(r["cif"]).parse_structures(primitive=False)[0] for r in rows]


def _entries(n: int) -> list[dict]:
    from pymatgen.entries.computed_entries import ComputedStructureEntry

    return [
        ComputedStructureEntry(
            s, -5.0 * len(s), entry_id=f"mp-{i}", data={"e_above_hull": 0.01 * i, "band_gap": 1.5, "cif": "x"}
        ).as_dict()
        for i, s in enumerate(_structures(n))
    ]


def _same(cif: str, structure) -> bool:
    from pymatgen.analysis.structure_matcher import StructureMatcher
    from pymatgen.core import Structure

    return StructureMatcher().fit(Structure.from_str(cif, fmt="cif"), structure)


def test_json_list_streamed_with_ids_and_properties(tmp_path):
    entries = _entries(6)
    (tmp_path / "mp.json.bz2").write_bytes(bz2.compress(json.dumps(entries, indent=1).encode()))
    docs = read_docs(PymatgenJsonReader(str(tmp_path), source="mp", licence="CC-BY-4.0"))
    assert len(docs) == 6 and errors(docs) == []
    first = docs[0]
    assert first.id == "mp/mp-0" and first.metadata["entry_id"] == "mp-0"
    assert first.metadata["band_gap"] == 1.5 and first.metadata["e_above_hull"] == 0.0
    assert first.metadata["energy_per_atom"] == pytest.approx(-5.0)
    assert first.metadata["prop_cif"] == "x"  # input data never lands on the pipeline's own keys
    assert first.text.startswith("# generated using pymatgen") and _same(first.text, _structures(1)[0])


def test_json_lines_structures_entries_and_bad_lines(tmp_path):
    structures = _structures(4)
    entries = _entries(2)
    lines = [json.dumps(s.as_dict()) for s in structures[:2]] + [json.dumps(e) for e in entries]
    lines[1:1] = ["{broken json", json.dumps({"hello": "world"}), json.dumps([1, 2]), ""]
    bad_lattice = structures[2].as_dict()
    bad_lattice["lattice"]["matrix"] = "not a matrix"
    lines.append(json.dumps(bad_lattice))
    (tmp_path / "x.jsonl.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    docs = read_docs(PymatgenJsonReader(str(tmp_path)))
    assert len(docs) == len(lines)
    assert errors(docs) == ["bad_json", "pymatgen_bad_entry", "pymatgen_bad_entry", "empty", "pymatgen_bad_entry"]
    assert _same(docs[0].text, structures[0])


def test_alexandria_style_entries_object_and_single_pretty_entry(tmp_path):
    entries = _entries(3)
    (tmp_path / "alexandria_000.json").write_text(json.dumps({"@class": "list", "entries": entries}, indent=2))
    (tmp_path / "one.json").write_text(json.dumps(entries[0], indent=2))
    docs = read_docs(PymatgenJsonReader(str(tmp_path), id_from="entry_id"))
    assert [d.id for d in docs] == ["pymatgen/mp-0", "pymatgen/mp-1", "pymatgen/mp-2", "pymatgen/mp-0"]


def test_list_that_stops_being_json_and_truncated_gz(tmp_path):
    entries = _entries(5)
    text = json.dumps(entries)
    (tmp_path / "a.json").write_text(text[: len(text) * 3 // 4] + "@@@ garbage")
    packed = gzip.compress(text.encode())
    (tmp_path / "b.json.gz").write_bytes(packed[: len(packed) // 2])
    (tmp_path / "c.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(entries[:1]).encode())
    (tmp_path / "d.json").write_bytes(b"")
    docs = read_docs(PymatgenJsonReader(str(tmp_path)))
    assert sorted(errors(docs)) == ["bad_json", "empty", "truncated_file"]
    kept = [d for d in docs if "read_error" not in d.metadata]
    # a.json's entries before the garbage are kept, and c.json's one entry (a BOM is no reason to fail)
    assert [d.id for d in kept][:2] == ["pymatgen/mp-0", "pymatgen/mp-1"] and kept[-1].id == "pymatgen/mp-0"
