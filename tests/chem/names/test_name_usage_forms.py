"""Lexicon names whose structure is fixed by usage, not by a literal reading: a thioacid is its S-acid, copper
iodide is CuI, a cinnamic compound is E, cyclooctene is Z, phenyliodine diacetate is covalent iodine(III)
(sentences of the journal sets)."""

from __future__ import annotations

from chemtrove.chem.names import NameFinder


def smiles_of(finder: NameFinder, text: str) -> dict[str, str | None]:
    return {m.name: m.smiles for m in finder.find(text) if m.resolved}


def test_a_thioacid_is_its_s_acid(offline):
    text = "the mesylate on E- and Z - isomers with thioacetic acid produced the thioacetates 40 and 41"
    assert smiles_of(offline, text)["thioacetic acid"] == "CC(=O)S"
    assert smiles_of(offline, "KSAc and thiobenzoic acid")["thiobenzoic acid"] == "O=C(S)c1ccccc1"


def test_cinnamic_compounds_are_e_and_cyclooctene_is_z(offline):
    text = "A naphthyl oxocarboxylic acid also eﬃciently reacted with cinnamic acid , giving the product 16 in 64 %"
    assert smiles_of(offline, text)["cinnamic acid"] == "O=C(O)/C=C/c1ccccc1"
    text = "Conversion of cyclooctene was also complete at room temperature in 24 h to give 20 in 99 % yield."
    assert smiles_of(offline, text)["cyclooctene"] == "C1=C\\CCCCCC/1"


def test_usage_forms_of_salts_and_iodine_reagents(offline):
    text = "However , using of elemental iodine as catalyst in the place of copper iodide and DTBP as oxidant"
    assert smiles_of(offline, text)["copper iodide"] == "[Cu][I]"
    text = "in the presence of 1.5 equiv of phenyliodine diacetate ( PIDA ) in acetic acid under reﬂux"
    found = smiles_of(offline, text)
    assert found["phenyliodine diacetate"] == found["PIDA"] == "CC(=O)OI(OC(C)=O)c1ccccc1"


def test_prefixed_tetrabutylammonium_salts(offline):
    found = smiles_of(offline, "Finally , n-Bu4NF deprotection of the TBS ether provided 10 in 89 % yield.")
    assert found["n-Bu4NF"] == "CCCC[N+](CCCC)(CCCC)CCCC.[F-]"
    assert smiles_of(offline, "treated with TBAOH")["TBAOH"] == "CCCC[N+](CCCC)(CCCC)CCCC.[OH-]"
