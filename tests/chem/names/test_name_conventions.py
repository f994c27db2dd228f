"""Customary readings of names OPSIN leaves open, and the lexicon rows of customary reagent names."""

from __future__ import annotations

import time

import pytest
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

from chemtrove.chem.names.conventions import customary
from tests.chem.names.lexicon_sections import section_rows


@pytest.mark.parametrize(
    ("name", "opsin", "expected"),
    [
        ("thioacetic acid", "CC(O)=S", "CC(=O)S"),
        ("potassium thioacetate", "CC([O-])=S.[K+]", "CC(=O)[S-].[K+]"),
        ("thiobenzoic acid", "OC(=S)c1ccccc1", "O=C(S)c1ccccc1"),
        ("cinnamic acid", "OC(=O)C=Cc1ccccc1", "O=C(O)/C=C/c1ccccc1"),
        ("methyl cinnamate", "COC(=O)C=Cc1ccccc1", "COC(=O)/C=C/c1ccccc1"),
        ("cinnamyl alcohol", "OCC=Cc1ccccc1", "OC/C=C/c1ccccc1"),
        ("cyclooctene", "C1=CCCCCCC1", "C1=C\\CCCCCC/1"),
        ("1,5-cyclooctadiene", "C1=CCCC=CCC1", "C1=C\\CC/C=C\\CC/1"),
    ],
)
def test_customary_reading(name, opsin, expected):
    assert customary(name, opsin) == expected


@pytest.mark.parametrize(
    ("name", "opsin"),
    [
        ("ethanethioic O-acid", "CC(O)=S"),  # the name says which oxygen holds the H
        ("O-ethyl thioacetate", "CCOC(C)=S"),  # an O-ester has no H to move
        ("(Z)-cinnamic acid", "OC(=O)/C=C\\c1ccccc1"),
        ("trans-cyclooctene", "C1=C/CCCCCC/1"),
        ("cyclohexene", "C1=CCCCC1"),  # a small ring is cis anyway: no descriptor in its SMILES
        ("cyclooctanone", "O=C1CCCCCCC1"),
        ("thiophene", "c1ccsc1"),
    ],
)
def test_name_with_its_own_reading_is_kept(name, opsin):
    assert customary(name, opsin) == opsin


def test_bad_input_is_returned_unchanged():
    assert customary("thioacetic acid", None) is None
    assert customary("thioacetic acid", "not a smiles(") == "not a smiles("
    long = "thio" + "x" * 10_000 + "ic acid"
    t0 = time.perf_counter()
    assert customary(long, "CC(O)=S") == "CC(O)=S"
    assert time.perf_counter() - t0 < 1.0


def test_journal_sentences_read_customarily(full):
    """Real sentences of the journal sets: the structure the paper means, not OPSIN's literal one."""
    text = "If thioacetic acid was first treated with TBAOH and the isolated salt was added to PFAA 1."
    found = {m.name: m.smiles for m in full.find(text) if m.resolved}
    assert found["thioacetic acid"] == "CC(=O)S"
    assert found["TBAOH"] == "CCCC[N+](CCCC)(CCCC)CCCC.[OH-]"
    text = "However , using of elemental iodine as catalyst in the place of copper iodide and DTBP"
    found = {m.name: m for m in full.find(text) if m.resolved}
    assert CalcMolFormula(Chem.MolFromSmiles(found["copper iodide"].smiles)) == "CuI"


@pytest.mark.parametrize("title", ["Customary reagent names", "Nucleosides of DNA-damage"])
def test_lexicon_rows_match_their_systematic_name(full, title):
    rows = section_rows(title)
    assert rows
    for name, (smiles, systematic) in rows.items():
        assert full.resolve(name) is not None, name
        opsin = full.resolve(systematic)
        assert opsin is not None, systematic
        want = CalcMolFormula(Chem.MolFromSmiles(opsin))
        assert CalcMolFormula(Chem.MolFromSmiles(smiles)) == want, name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ted yield of product 5a was based on the reactant N-methyl-N-phenylacrylamide 1a.",
            "N-methyl-N-phenylacrylamide",
        ),
        ("iene 3c with allylamine leads to formation of the N-allyl-pyrrole 5c ( Scheme 4 ).", "N-allyl-pyrrole"),
        ("resulted in the formation of the unexpected N-phenylpyrrole 3a instead of a mixture", "N-phenylpyrrole"),
    ],
)
def test_group_on_a_heteroatom_before_a_compound_number_keeps_the_name(full, text, name):
    """Real journal sentences of three papers: a group on N names the numbered compound itself."""
    assert name in [m.name for m in full.find(text) if m.resolved]


def test_bare_parent_before_a_compound_number_still_goes(full):
    assert "pyrrole" not in [m.name for m in full.find("the pyrrole 5c was formed in 60 % yield.") if m.resolved]


def test_a_smiles_past_the_finders_bound_is_not_parsed():
    long_chain = "C" * 2001 + "C(O)=S"
    assert customary("thioacetic acid", long_chain) == long_chain  # left as OPSIN gave it, no RDKit parse
