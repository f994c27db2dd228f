"""Dopants, coatings and supports, ions with their sign set apart, formulas broken at a hyphen, classes of an
element's compounds, acetates written without brackets and composites written as slash lists: made-up
sentences of each class, and sentences of materials papers."""

from __future__ import annotations

import time

from chemtrove.chem.names import find_names
from chemtrove.chem.names.context import amine_salt
from chemtrove.chem.names.dopants import dopant_matches
from chemtrove.chem.names.formulas import expand_ligands, parse_formula
from chemtrove.chem.names.ions import broken_at_hyphen, with_spaced_ions
from chemtrove.chem.names.match import Hit
from chemtrove.chem.names.mentions import before_compound_class


def _hit(symbol: str) -> Hit:
    return Hit(None, "formula", "pymatgen", symbol, True)


def test_element_before_doped_or_coated_is_the_element(offline, names):
    text = "We made S-doped ZnO, sulfur-doped graphene and a boron-coated film; Mg,Al-co-doped ceria was kept."
    assert [(m.name, m.formula) for m in dopant_matches(text, [], _hit)] == [
        ("S", "S"),
        ("sulfur", "S"),
        ("boron", "B"),
        ("Mg", "Mg"),
        ("Al", "Al"),
    ]
    assert names(offline, "Thin films doped with Cl were compared with films doped with iodine.") == ["Cl", "iodine"]
    assert "ZnO" in names(offline, "We made S-doped ZnO.")


def test_element_before_supported_is_the_support(offline, names):
    # a sentence of a materials paper (MuLMS pemfc_03, tests/data/names/mulms_sentences.tsv), shortened
    text = "The catalyst inks were prepared by mixing a carbon-supported (graphitzed Ketjen black) catalyst"
    assert [m.name for m in dopant_matches(text, [], _hit)] == ["carbon"]
    found = dopant_matches("silica-supported and Ni- or Co-supported catalysts", [], _hit)
    assert sorted((m.start, m.name) for m in found) == [(21, "Ni"), (28, "Co")]
    assert [m.name for m in dopant_matches("a self-supported film, well-supported", [], _hit)] == []


def test_a_formula_broken_at_its_hyphen_is_no_anion(offline, names):
    # sentences of materials papers (MuLMS pemfc_07 and electrolysis, tests/data/names/mulms_sentences.tsv)
    text = "All of the anode catalyst layers were prepared with the CB- supported Pt catalyst (Pt/CB, TEC10E50E)"
    assert names(offline, text) == ["Pt"]
    text = "The ternary NiCoFe phosphide (NiCo- FeP) nanoarrays grown on the Ni foam"
    assert "NiCo-" not in names(offline, text)
    assert names(offline, "giving the pure NiII- porphyrinate") == []
    # anions written with a hyphen stay anions
    assert names(offline, "the Cl- ions, NO3- anions, AuCl4- ions and BH4- salts") == ["Cl-", "NO3-", "AuCl4-", "BH4-"]
    assert not broken_at_hyphen("CB-supported", 0, 3) and not broken_at_hyphen("NiCo-", 0, 5)


def test_long_broken_hyphen_texts_stay_fast(offline):
    for text in ("CB- supported " * 70_000, "Ni" * 5_000 + "- x"):
        t0 = time.perf_counter()
        found = find_names(text, finder=offline)
        assert all(text[m.start : m.end] == m.name for m in found)
        assert time.perf_counter() - t0 < 60, text[:40]


def test_words_before_doped_that_name_no_element_give_nothing(offline, names):
    assert names(offline, "The un-doped, self-doped and heavily-doped samples and the as-coated ones.") == []
    # a sentence opening with "Co-doped": co-doped, not cobalt-doped
    assert names(offline, "Co-doped samples were annealed.") == []
    assert names(offline, "The Co-doped samples were annealed.") == ["Co"]


def test_a_dopant_inside_a_name_found_is_not_added_again(offline):
    text = "Al-doped ZnO"
    found = dopant_matches(text, [], _hit)
    assert dopant_matches(text, found, _hit) == []


def test_bracketed_ion_with_its_sign_set_apart_is_the_ion(offline, names):
    assert names(offline, "The lead ions (Pb2 +) and phosphate (PO43 -) were titrated.") == ["Pb2 +", "PO43 -"]
    (pb,) = with_spaced_ions("ions (Pb2 +) formed", [])
    assert pb.smiles == "[Pb+2]"
    # a sign with no bracket around it is an arithmetic sign, as in an equation
    assert "Pb2 +" not in names(offline, "PbO + 2 HCl gave PbCl2 + H2O")


def test_an_element_before_a_class_of_its_compounds_is_no_mention(offline, names):
    assert before_compound_class("made from zirconium alkoxides by", 19)
    assert before_compound_class("the Se oxoacids", 6)
    assert before_compound_class("mixed Co nitrates", 8)
    assert not before_compound_class("Co powder", 2)
    assert names(offline, "The Se oxoacids and the Co nitrates were mixed with Co powder.") == ["Co"]


def test_acetate_of_a_one_charge_cation_written_without_brackets(offline, names):
    assert expand_ligands("KAc") == "K(C2H3O2)"
    assert expand_ligands("LiOAc*2H2O") == "Li(C2H3O2)*2H2O"
    assert expand_ligands("ZnAc") == "ZnAc"  # a two-charge cation is written with brackets: Zn(Ac)2
    assert parse_formula("KOAc").reduced == parse_formula("CH3COOK").reduced
    assert names(offline, "KOAc (2 mmol) and LiAc were added.") == ["KOAc", "LiAc"]


def test_slash_list_of_solids_is_one_composite_and_a_salt_ratio_names_no_elements(offline, names):
    assert names(offline, "The ZnO/Al2O3/SiO2 catalysts were calcined.") == []
    assert names(offline, "SiO2/CTAB/NaOH were mixed.") == ["SiO2", "CTAB", "NaOH"]
    assert names(offline, "a 1:1:1 molar ratio of Fe/Co/Ni nitrate solution") == []
    assert names(offline, "a molar ratio of Fe/Co of 2") == ["Fe", "Co"]


def test_amine_and_anion_word_that_nothing_resolves_name_neither_alone(full, names):
    assert amine_salt("octylamine", "carbamate") and not amine_salt("octylamine", "hydrate")
    assert not amine_salt("ethanol", "carbamate")
    assert names(full, "Octamethylenediamine carbamate was used; octylamine was added.") == ["octylamine"]
    assert names(full, "Ethylenediamine sulfate was used.") == ["Ethylenediamine sulfate"]


def test_element_content_source_and_form_name_the_element(offline, full, names):
    assert names(full, "The sulfur content was 40 wt% and cobalt source was used.") == ["sulfur", "cobalt"]
    assert names(offline, "Sn shots and Zn granules were melted.") == ["Sn", "Zn"]
    assert names(full, "The iodine value and the carbon black were measured.") == []
