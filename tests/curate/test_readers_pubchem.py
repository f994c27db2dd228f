"""PubChemDumpReader on CID<TAB>value dumps in PubChem's layout (no header, gz)."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from rawdata import chembl_smiles, errors, read_docs  # noqa: E402

from chemtrove.curate.readers_pubchem import PubChemDumpReader  # noqa: E402


def test_cid_smiles_dump_with_bad_lines(tmp_path):
    smiles = chembl_smiles(20)
    lines = [f"{i + 1}\t{s}" for i, s in enumerate(smiles)]
    lines[5:5] = ["no tab here", "abc\tCCO", "0\tCCO", "", "7\t", "-3\tC"]
    raw = ("\n".join(lines) + "\n").encode() + b"99\tC\xff\xfeO\n"
    (tmp_path / "CID-SMILES.gz").write_bytes(gzip.compress(raw))
    docs = read_docs(PubChemDumpReader(str(tmp_path), source="pubchem", licence="public domain"))
    assert len(docs) == raw.count(b"\n")  # one record per line, good or bad
    assert errors(docs) == [
        "pubchem_bad_line",
        "pubchem_bad_cid",
        "pubchem_bad_cid",
        "empty",
        "empty",
        "pubchem_bad_cid",
    ]
    good = [d for d in docs if "read_error" not in d.metadata]
    assert [d.text for d in good[:20]] == smiles
    assert good[0].id == "pubchem/1" and good[0].metadata["cid"] == 1
    assert "\udcff" in good[-1].text  # undecodable bytes stay visible for RecordCheck's invalid_unicode


def test_synonyms_grouped_per_cid_as_prose(tmp_path):
    names = ["aspirin", "acetylsalicylic acid", "2-acetoxybenzoic acid"]
    lines = [f"2244\t{n}" for n in names] + ["702\tethanol", "702\tethyl alcohol", "2244\taspirin again"]
    (tmp_path / "CID-Synonym-filtered").write_text("\r\n".join(lines) + "\r\n")
    docs = read_docs(PubChemDumpReader(str(tmp_path), kind="prose", max_group_lines=2))
    assert [(d.id, d.text) for d in docs] == [
        ("pubchem/2244", "aspirin\nacetylsalicylic acid"),
        ("pubchem/2244#2", "2-acetoxybenzoic acid"),
        ("pubchem/702", "ethanol\nethyl alcohol"),
        ("pubchem/2244", "aspirin again"),
    ]
    assert docs[0].metadata["domain"] == "prose" and docs[0].metadata["lines"] == 2


def test_truncated_dump(tmp_path):
    raw = "".join(f"{i}\tC{'C' * (i % 7)}O\n" for i in range(1, 20_000)).encode()
    (tmp_path / "CID-SMILES.gz").write_bytes(gzip.compress(raw)[:20_000])
    docs = read_docs(PubChemDumpReader(str(tmp_path)))
    assert errors(docs) == ["truncated_file"] and len(docs) > 1000
