"""UsptoRsmiReader on Lowe-layout RSMI tables of real USPTO reactions, OrdReader on ord-schema messages."""

from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from rawdata import DATA, errors, read_docs  # noqa: E402

from chemtrove.curate.readers_reactions import OrdReader, UsptoRsmiReader  # noqa: E402

HEADER = "ReactionSmiles\tPatentNumber\tParagraphNum\tYear\tTextMinedYield\tCalculatedYield\tParagraphText"


def _schneider(n: int) -> list[dict]:
    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        return list(csv.DictReader(f))[:n]


def test_rsmi_with_header_atom_maps_and_junk(tmp_path):
    rows = _schneider(25)
    lines = [HEADER] + [
        f"{r['rxn_Smiles']} |f:0.1|\t{r['patentID']}\t[{i:04d}]\t2014\t85%\t\tThe mixture was stirred."
        for i, r in enumerate(rows)
    ]
    lines[10:10] = ["junk line with no reaction", "\t".join(["x"] * 9), ""]
    (tmp_path / "grants.rsmi.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    docs = read_docs(UsptoRsmiReader(str(tmp_path), source="uspto", licence="CC0"))
    assert len(docs) == len(lines) - 1  # every line but the header
    assert errors(docs) == ["rsmi_bad_line", "empty"]
    first = docs[0]
    assert first.text == rows[0]["rxn_Smiles"] and ":1]" in first.text  # atom maps kept for the canonicalizer
    assert first.metadata["patent"] == rows[0]["patentID"] and first.metadata["paragraph"] == "[0000]"
    assert first.metadata["year"] == "2014" and first.metadata["text_mined_yield"] == "85%"
    assert first.metadata["paragraph_text"] == "The mixture was stirred."
    assert first.metadata["cxsmiles"] == "|f:0.1|" and first.metadata["mapped_reaction"] == first.text
    assert "calculated_yield" not in first.metadata  # empty cells are not kept
    assert docs[9].text == "junk line with no reaction"  # the canonicalizer gives it rxn_bad_arrows


def test_rsmi_without_header_uses_lowe_columns(tmp_path):
    rows = _schneider(3)
    (tmp_path / "a.txt").write_text("".join(f"{r['rxn_Smiles']}\t{r['patentID']}\t12\n" for r in rows))
    docs = read_docs(UsptoRsmiReader(str(tmp_path)))
    assert [d.metadata["patent"] for d in docs] == [r["patentID"] for r in rows]
    assert docs[0].metadata["paragraph"] == "12"


ord_schema = pytest.importorskip("ord_schema", reason="ord-schema is in the 'ord' extra: pip install chemtrove[ord]")


def _reaction(i: int, with_smiles: bool = True):
    from ord_schema import message_helpers as mh
    from ord_schema.proto import reaction_pb2

    r = reaction_pb2.Reaction(reaction_id=f"ord-{i:04d}")
    inp = r.inputs["reactants"]
    if with_smiles:
        inp.components.add().CopyFrom(mh.build_compound(smiles="CCO", role="reactant", name="ethanol", amount="1 mmol"))
        inp.components.add().CopyFrom(mh.build_compound(smiles="CC(=O)O", role="reactant", name="acetic acid"))
    r.inputs["solvent"].components.add().CopyFrom(mh.build_compound(smiles="ClCCl", role="solvent", name="DCM"))
    r.conditions.temperature.setpoint.value = 25 + i
    r.conditions.temperature.setpoint.units = reaction_pb2.Temperature.CELSIUS
    out = r.outcomes.add()
    out.reaction_time.value = 2
    out.reaction_time.units = reaction_pb2.Time.HOUR
    if with_smiles:
        prod = out.products.add()
        prod.identifiers.add(type="SMILES", value="CCOC(C)=O")
        prod.identifiers.add(type="NAME", value="ethyl acetate")
        m = prod.measurements.add()
        m.type = reaction_pb2.ProductMeasurement.YIELD
        m.percentage.value = 85
    r.notes.procedure_details = "Ethanol and acetic acid were stirred in DCM."
    return r


def test_ord_dataset_pb_gz_and_jsonl(tmp_path):
    from google.protobuf import json_format
    from ord_schema.proto import dataset_pb2

    ds = dataset_pb2.Dataset(name="test", reactions=[_reaction(i) for i in range(4)] + [_reaction(9, False)])
    (tmp_path / "ds.pb.gz").write_bytes(gzip.compress(ds.SerializeToString()))
    lines = [json_format.MessageToJson(_reaction(i), indent=None) for i in range(10, 13)]
    lines.insert(1, '{"not_a_field": 1}')
    lines.insert(2, "not json")
    (tmp_path / "more.jsonl").write_text("\n".join(lines) + "\n")
    docs = read_docs(OrdReader(str(tmp_path), source="ord", licence="CC-BY-SA-4.0"))
    assert len(docs) == 5 + len(lines)
    assert errors(docs) == ["ord_no_reaction_smiles", "ord_bad_reaction", "ord_bad_reaction"]
    first = docs[0]
    assert first.id == "ord/ord-0000" and first.text == "CC(=O)O.CCO>ClCCl>CCOC(C)=O"
    prose = first.metadata["prose"]
    for part in ("Reactants: ethanol, acetic acid.", "Solvents: DCM.", "25 celsius", "2 hour", "85%", "stirred in DCM"):
        assert part in prose
    assert first.metadata["procedure"] == "Ethanol and acetic acid were stirred in DCM."


def test_ord_corrupt_and_truncated_files(tmp_path):
    from ord_schema.proto import dataset_pb2

    ds = dataset_pb2.Dataset(reactions=[_reaction(i) for i in range(50)])
    (tmp_path / "cut.pb.gz").write_bytes(gzip.compress(ds.SerializeToString())[:300])
    (tmp_path / "junk.pb").write_bytes(b"\xff\xfe\x00 definitely not protobuf")
    (tmp_path / "bad.pbtxt").write_text("reactions { nonsense")
    docs = read_docs(OrdReader(str(tmp_path)))
    assert sorted(errors(docs)) == ["truncated_file", "unreadable_file", "unreadable_file"]
