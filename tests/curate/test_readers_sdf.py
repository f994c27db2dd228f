"""SdfReader on SDF files written by RDKit's SDWriter (V2000 and V3000) from real ChEMBL molecules."""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

import pytest
from rdkit import Chem

sys.path.insert(0, str(Path(__file__).parent))
from rawdata import chembl_smiles, errors, read_docs, write_sdf  # noqa: E402

from chemtrove.curate.readers_sdf import SdfReader  # noqa: E402

BROKEN_BLOCK = "broken\n  junk\n\n  2  1  0  0  0  0  0  0  0  0999 V2000\nthis is not an atom line\nM  END\n"


def _canon(smi: str) -> str:
    return Chem.MolToSmiles(Chem.MolFromSmiles(smi))


def test_v2000_and_v3000_blocks_read_with_properties_and_ids(tmp_path):
    smiles = chembl_smiles(30)
    write_sdf(tmp_path / "chembl.sdf.gz", smiles, v3000_every=3)
    assert "V3000" in gzip.open(tmp_path / "chembl.sdf.gz", "rt").read()
    docs = read_docs(SdfReader(str(tmp_path), source="chembl", id_from="chembl_id", licence="Apache-2.0"))
    assert len(docs) == 30 and errors(docs) == []
    assert [_canon(d.text) for d in docs] == [_canon(s) for s in smiles]
    first = docs[0]
    assert first.id == "chembl/CHEMBL0"
    assert first.metadata["title"] == "mol0"
    assert first.metadata["chembl_id"] == "CHEMBL0" and first.metadata["licence"] == "Apache-2.0"
    assert first.metadata["domain"] == "molecule"


def test_smiles_from_property_and_keep_properties(tmp_path):
    smiles = chembl_smiles(5)
    write_sdf(tmp_path / "a.sdf", smiles)
    docs = read_docs(SdfReader(str(tmp_path), smiles_from="input_smiles", keep_properties=["chembl_id"]))
    assert [d.text for d in docs] == smiles  # the property verbatim, no molfile parse
    assert "input_smiles" not in docs[0].metadata and docs[0].metadata["chembl_id"] == "CHEMBL0"
    # a block without the property falls back to its molfile and says so
    with open(tmp_path / "a.sdf", "a") as f:
        w = Chem.SDWriter(f)
        w.write(Chem.MolFromSmiles("CCO"))
        w.close()
    docs = read_docs(SdfReader(str(tmp_path), smiles_from="input_smiles"))
    assert docs[-1].text == "CCO" and docs[-1].metadata["smiles_origin"] == "molfile"


def test_broken_blocks_are_records_with_reasons_and_reading_goes_on(tmp_path):
    smiles = chembl_smiles(10)
    write_sdf(tmp_path / "ok.sdf", smiles)
    text = (tmp_path / "ok.sdf").read_text()
    blocks = text.split("$$$$\n")[:-1]
    pentavalent = Chem.MolToMolBlock(Chem.MolFromSmiles("CC(C)(C)(C)C", sanitize=False))
    mixed = blocks[:3] + [BROKEN_BLOCK, "no molfile end here\n", "\n", pentavalent] + blocks[3:] + ["x" * 70_000 + "\n"]
    (tmp_path / "ok.sdf").unlink()
    path = tmp_path / "mixed.sdf"
    path.write_text("$$$$\n".join(mixed) + "$$$$\n" + "trailing junk without a separator\n")
    n_in = path.read_text().count("$$$$\n") + 1  # every block, plus the unterminated tail
    docs = read_docs(SdfReader(str(tmp_path), max_record_bytes=65_536))
    assert len(docs) == n_in
    reasons = ["sdf_bad_block", "sdf_bad_block", "empty", "sdf_sanitize_failed", "too_long", "sdf_bad_block"]
    assert errors(docs) == reasons
    kept = [d for d in docs if "read_error" not in d.metadata]
    assert [_canon(d.text) for d in kept] == [_canon(s) for s in smiles]
    assert docs[3].text.startswith("broken")  # the quarantine keeps the block for inspection


def test_truncated_gz_keeps_the_blocks_before_the_cut(tmp_path):
    write_sdf(tmp_path / "full.sdf.gz", chembl_smiles(200))
    data = (tmp_path / "full.sdf.gz").read_bytes()
    (tmp_path / "full.sdf.gz").unlink()
    (tmp_path / "cut.sdf.gz").write_bytes(data[: len(data) // 2])
    docs = read_docs(SdfReader(str(tmp_path)))
    assert errors(docs) == ["truncated_file"]
    assert docs[-1].metadata["after_record"] == len(docs) - 1 > 50
    assert all(Chem.MolFromSmiles(d.text) for d in docs[:-1])


def test_bz2_zstd_bom_crlf_and_junk_bytes(tmp_path):
    import bz2

    import zstandard

    write_sdf(tmp_path / "src.sdf", chembl_smiles(4))
    raw = (tmp_path / "src.sdf").read_bytes()
    (tmp_path / "src.sdf").unlink()
    (tmp_path / "a.sdf.bz2").write_bytes(bz2.compress(raw))
    (tmp_path / "b.sdf.zst").write_bytes(zstandard.ZstdCompressor().compress(raw))
    (tmp_path / "c.sdf").write_bytes(b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n"))
    (tmp_path / "d.sdf").write_bytes(b"\x00\xff\xfe garbage \x01\n$$$$\n")
    docs = read_docs(SdfReader(str(tmp_path)))
    good = [d for d in docs if "read_error" not in d.metadata]
    assert len(good) == 12
    assert errors(docs) == ["sdf_bad_block"]


def test_empty_file_yields_nothing_and_kind_is_checked(tmp_path):
    (tmp_path / "empty.sdf").write_bytes(b"")
    assert read_docs(SdfReader(str(tmp_path))) == []
    with pytest.raises(ValueError, match="molecules"):
        SdfReader(str(tmp_path), kind="prose")


@pytest.mark.parametrize("v3000", [False, True])
def test_a_huge_molecule_is_refused_before_rdkit_writes_it(tmp_path, v3000):
    chain = Chem.MolFromSmiles("C" * 1500)  # above the SMILES path's atom limit (1,000)
    with open(tmp_path / "big.sdf", "w") as f:
        w = Chem.SDWriter(f)
        w.SetForceV3000(v3000)
        w.write(Chem.MolFromSmiles("CCO"))
        w.write(chain)
        w.write(Chem.MolFromSmiles("c1ccccc1"))
        w.close()
    docs = read_docs(SdfReader(str(tmp_path)))
    assert len(docs) == 3  # three $$$$ blocks in, three records out
    assert [d.text for d in docs if "read_error" not in d.metadata] == ["CCO", "c1ccccc1"]
    assert errors(docs) == ["too_many_atoms"]
