"""Reagents of experimental (patent) text: common reagent abbreviations and NMR solvents, brines, names with a
spaced locant, acid-ester names, metal complexes named by their ligands and catalyst formulas: made-up
sentences of each class."""

from __future__ import annotations

import pytest
from pymatgen.core import Composition

from chemtrove.chem.names import opsin_available
from chemtrove.chem.names.formulas import looks_like_formula, parse_formula
from chemtrove.chem.names.match import Hit
from chemtrove.chem.names.reagents import natural_brine, with_complexes
from chemtrove.chem.names.spaced import locant_heads
from chemtrove.chem.names.spans import words

needs_opsin = pytest.mark.skipif(not opsin_available(), reason="OPSIN is not installed")


def test_common_reagent_abbreviations_and_nmr_solvents(offline):
    text = (
        "The alcohol (1 mmol) in DCE was treated with NMO and TPAP, then TFAA and Ac2O; the ester was extracted "
        "with EA and IPA. Spectra: 1H NMR (CDCl3, TMS), 13C NMR (DMSO-d6), (CD3OD), (D2O) and (acetone-d6)."
    )
    found = {m.name: m.smiles for m in offline.find(text) if m.resolved}
    assert found["NMO"] == "C[N+]1([O-])CCOCC1"
    assert found["TPAP"] == "CCC[N+](CCC)(CCC)CCC.[O]=[Ru](=[O])(=[O])[O-]"
    assert found["TFAA"] == "O=C(OC(=O)C(F)(F)F)C(F)(F)F"
    assert found["EA"] == "CCOC(C)=O" and found["IPA"] == "CC(C)O"
    assert found["TMS"] == "C[Si](C)(C)C"
    assert found["CDCl3"] == "[2H]C(Cl)(Cl)Cl"
    assert found["DMSO-d6"] == "[2H]C([2H])([2H])S(=O)C([2H])([2H])[2H]"
    assert found["CD3OD"] == "[2H]OC([2H])([2H])[2H]"
    assert found["D2O"] == "[2H]O[2H]"
    assert "[2H]" in found["acetone-d6"]


def test_brine_of_a_work_up_is_sodium_chloride_a_natural_brine_is_not(offline, names):
    assert names(offline, "The organic layer was washed with brine and dried.") == ["brine"]
    assert names(offline, "The salt lake brine and a geothermal brine were mixed with water.") == ["water"]
    t = "washed with saturated brine; a simulated brine"
    assert [natural_brine(t, w) for w in words(t) if w.text == "brine"] == [False, True]


def test_dry_ice_is_carbon_dioxide_ice_water_is_water(offline, names):
    assert names(offline, "The vial was frozen in dry ice and poured into ice water.") == ["dry ice", "water"]
    assert [m.smiles for m in offline.find("frozen in dry ice") if m.resolved] == ["O=C=O"]


def test_a_word_before_a_spaced_locant_is_a_word_of_the_name():
    t = "Add furan -3-boronic acid, Thiophene -2,5-dicarboxylic acid and water -2 times; pH 7 -8-fold"
    assert sorted(t[i : t.index(" ", i)] for i in locant_heads(t)) == ["Thiophene", "furan"]
    assert locant_heads("no spaced locant - here") == set()


@needs_opsin
def test_names_with_a_spaced_locant_resolve(full, names):
    text = "To the bromide was added pyridine -4-carbaldehyde (1 g) and furan -2-carboxylic acid (2 g)."
    assert names(full, text) == ["pyridine -4-carbaldehyde", "furan -2-carboxylic acid"]


@needs_opsin
def test_acid_ester_names_are_one_name(full, names):
    text = (
        "A solution of 4-chloro-benzoic acid ethyl ester and trans-(4-amino-cyclohexyl)-carbamic acid tert-butyl ester"
    )
    assert names(full, text) == [
        "4-chloro-benzoic acid ethyl ester",
        "trans-(4-amino-cyclohexyl)-carbamic acid tert-butyl ester",
    ]
    assert names(full, "The methyl ester was hydrolysed and the ester groups kept.") == []


def _ligand(name: str) -> Hit | None:
    return {"triphenylphosphine": Hit("c1ccc(P(c2ccccc2)c2ccccc2)cc1", "lexicon", "lexicon:default")}.get(name)


def test_a_complex_named_by_its_ligands_is_one_composition(offline):
    text = (
        "Then bis(triphenylphosphine) palladium( II)chloride (10 mg), tetrakis(triphenylphosphine)palladium(0) "
        "and Bis(triphenylphosphine)nickel(II) dibromide were added."
    )
    found = [(m.name, m.formula) for m in offline.find(text) if m.resolved]
    assert found == [
        ("bis(triphenylphosphine) palladium( II)chloride", "C36H30Cl2P2Pd"),
        ("tetrakis(triphenylphosphine)palladium(0)", "C72H60P4Pd"),
        ("Bis(triphenylphosphine)nickel(II) dibromide", "C36H30Br2NiP2"),
    ]
    # an unknown ligand, a metal(0) with an anion, a metal(II) without one or a metal no catalyst is named after
    # reads no complex
    for bad in (
        "bis(foobarine)palladium(II) chloride",
        "bis(triphenylphosphine)palladium(0) chloride",
        "bis(triphenylphosphine)palladium(II)",
        "bis(triphenylphosphine)sodium(I) chloride",
    ):
        assert with_complexes(bad, [], _ligand) == [], bad


def test_catalyst_formulas_read_their_ligands():
    expected = {
        "Pd(PPh3)4": "C72H60P4Pd",
        "Pd2(dba)3": "C51H42O3Pd2",
        "Pd(dppf)Cl2": "C34H28Cl2FeP2Pd",
        "PdCl2(PPh3)2": "C36H30Cl2P2Pd",
        "Cu(OTf)2": "C2CuF6O6S2",
    }
    for word, formula in expected.items():
        f = parse_formula(word)
        assert f is not None and Composition(f.reduced).almost_equals(Composition(formula)), word
    assert not looks_like_formula("(PPh3)2") and not looks_like_formula("(dba)3")


def test_everyday_reagents_of_organic_papers_by_abbreviation_and_trivial_name(offline, names):
    text = (
        "The stannane came from hexamethylditin, the salt from Bu4NBr with 18-crown-6, the azide from TsN3; "
        "MeMgBr and PhMgBr were added, then BQ and dppf in dichloroethane; quinidine and cinchonidine were "
        "screened, and Fmoc-OSu capped the amine."
    )
    found = dict(zip(names(offline, text), (m.smiles for m in offline.find(text) if m.resolved), strict=True))
    assert found["hexamethylditin"] == "[CH3][Sn]([CH3])([CH3])[Sn]([CH3])([CH3])[CH3]"
    assert found["Bu4NBr"] == "CCCC[N+](CCCC)(CCCC)CCCC.[Br-]"
    assert found["18-crown-6"] == "C1COCCOCCOCCOCCOCCO1"
    assert found["TsN3"] == "Cc1ccc(S(=O)(=O)N=[N+]=[N-])cc1"
    assert found["MeMgBr"] == "[CH3][Mg][Br]" and "PhMgBr" in found
    assert found["BQ"] == "O=C1C=CC(=O)C=C1" and "[Fe+2]" in found["dppf"]
    assert found["dichloroethane"] == "ClCCCl"  # the solvent, 1,2-dichloroethane, as DCE
    assert found["quinidine"] != found["cinchonidine"] and "@" in found["quinidine"]
    assert "Fmoc-OSu" in found
