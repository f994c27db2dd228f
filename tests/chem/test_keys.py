"""Molecule and reaction keys (chemtrove.chem.keys), class names and formulas, on real molecules and reactions."""

from __future__ import annotations

import csv
from pathlib import Path

from chemtrove.chem import keys, reactions, smiles

DATA = Path(__file__).parent.parent / "data"


def _schneider(n: int) -> list[dict[str, str]]:
    with open(DATA / "reactions" / "schneider_200.csv", newline="", encoding="utf-8") as f:
        return [row for _, row in zip(range(n), csv.DictReader(f), strict=False)]


def _ik(text: str) -> set[str]:
    return {k for k in keys.molecule_keys(text)[1] if k.startswith("ik:")}


def test_salt_and_charged_forms_share_a_key_with_the_parent():
    for neutral, other in [("CC(=O)O", "CC(=O)[O-].[Na+]"), ("c1ccncc1", "c1cc[nH+]cc1.[Cl-]")]:
        assert _ik(neutral) & _ik(other)
    assert not _ik("CCO") & _ik("CCN")


def test_stereoisomers_share_only_the_connectivity_key():
    canon, a = keys.molecule_keys("C[C@@H](N)C(=O)O")
    _, b = keys.molecule_keys("C[C@H](N)C(=O)O")
    assert canon == "C[C@@H](N)C(=O)O"
    assert {k for k in a & b} == {k for k in a if k.startswith("cx:")}
    _, strict = keys.molecule_keys("C[C@@H](N)C(=O)O", stereo_insensitive=False)
    assert strict and all(k.startswith("ik:") for k in strict)


def test_unparseable_input_gives_no_keys():
    for junk in ["", "C1CC", "\x00\xff", "C" * 10_000, "[Xx]", "\ufeffCCO junk"]:
        assert keys.molecule_keys(junk) == (None, set())
    assert keys.reaction_keys("not a reaction") == set()
    assert keys.reaction_keys("") == set()


def test_reaction_keys_ignore_atom_maps_and_agents():
    row = _schneider(1)[0]
    rx = keys.reaction_keys(row["rxn_Smiles"])
    assert {k[:3] for k in rx} == {"rx:", "rp:"}
    assert not any(":1]" in k for k in rx)  # atom maps cleared
    with_agent = keys.reaction_keys("CC(=O)O.OCC>[H+]>CC(=O)OCC")
    without = keys.reaction_keys("OCC.CC(=O)O>>CC(=O)OCC")
    assert {k for k in with_agent if k.startswith("rp:")} == {k for k in without if k.startswith("rp:")}


def test_reaction_class_names_are_int_keyed_and_parse_the_dataset_field():
    names = reactions.reaction_class_names()
    assert sorted(names) == list(range(1, 11))
    for row in _schneider(50):
        assert reactions.reaction_class_number(row["rxn_Class"]) in names
    for bad in ["", "0", "11", "03", "3.0", "class 3", None, "\x00"]:
        assert reactions.reaction_class_number(bad) is None


def test_molecular_formula_is_one_definition():
    assert smiles.molecular_formula("CCO") == "C2H6O"
    assert smiles.molecular_formula("[NH4+]") == "H4N+"
    assert smiles.molecular_formula("C" * 50, max_length=10) is None
    assert smiles.molecular_formula("C1CC") is None
    mol, _ = smiles.parse("c1ccccc1O")
    assert smiles.mol_formula(mol) == "C6H6O"
