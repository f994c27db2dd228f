"""Formulas and radicals of chemistry prose: condensed formulas with organic group abbreviations, radicals with
their dot or named, fullerenes, an oxidation state inside a formula, metal monohalides, adducts, spaced bonds
and reference numbers glued to a formula, on sentences of the journal sets and made-up ones."""

from __future__ import annotations

import time

import pytest

from chemtrove.chem.names.condensed import read_condensed, with_spaced_bonds
from chemtrove.chem.names.radicals import with_radicals
from chemtrove.chem.names.spans import make_word


def _composition(formula: str):
    from pymatgen.core import Composition

    return Composition(formula).reduced_composition


@pytest.mark.parametrize(
    ("word", "formula"),
    [
        ("MeLi", "CH3Li"),
        ("Ph2O", "C12H10O"),
        ("Bz2O", "C14H10O3"),
        ("Tf2NH", "C2HF6NO4S2"),
        ("Ph-I", "C6H5I"),
        ("TMSOTf", "C4H9F3O3SSi"),
        ("HCOONa", "CHO2Na"),
        ("HCOOK", "CHO2K"),
        ("t-BuOK", "C4H9OK"),
        ("HO\u2022", "HO"),
        ("AcO\u2022", "C2H3O2"),
        ("t-BuO\u2022", "C4H9O"),
        ("C60", "C"),
        ("Cu(I)Br", "CuBr"),
        ("AuCl", "AuCl"),
        ("HF\u00b7pyr", "C5H6FN"),
    ],
)
def test_condensed_formulas_read_as_their_atoms(word, formula):
    read = read_condensed(word)
    assert read is not None and _composition(read.reduced).almost_equals(_composition(formula))


@pytest.mark.parametrize(
    "word",
    [
        "MeV",
        "MeO",
        "NMe2",
        "CO2Me",
        "Ph",
        "PhD",
        "Me3",
        "OEt2",
        "PhMe2Si",
        "Bpin",
        "CNTs",
        "SWNTs",
        "Cu(II)Br",
        "HONa",
        "Pr6O11",
        "BnO",
        "Ar-Me",
        "Pd-Me",
        "\u2022",
        "Me-",
        "x" * 10_000,
    ],
)
def test_units_substituents_and_plurals_are_no_compounds(word):
    assert read_condensed(word) is None  # a unit, a substituent, a group alone, an acronym's plural


def test_journal_sentences(offline, names):
    assert names(offline, "Desymmet- rization of 18 using MeLi in THF at 10 ° C gave a statistical mix") == [
        "MeLi",
        "THF",
    ]
    assert "Tf2NH" in names(offline, "In the presence of 0.2 equiv of Tf2NH , the glycosylation of alcohol 13")
    assert names(offline, "Homolysis of TBHP gave HO• and t-BuO•,13 which could abstract") == [
        "TBHP",
        "HO•",
        "t-BuO•",
    ]
    assert names(offline, "However , reactions with AuCl and AuCl3 catalysts gave endo-dig cyclization") == [
        "AuCl",
        "AuCl3",
    ]
    assert names(offline, "For the reaction of C60 with water") == ["C60", "water"]
    assert names(offline, "With 20 mol % of Cu(I)Br as the catalyst at reﬂuxing temperature") == ["Cu(I)Br"]


def test_reference_numbers_after_a_comma_are_cut_off(offline, names):
    assert names(offline, "The nitro group was reduced by NaBH4 / NiCl2,16 giving the diamines") == [
        "NaBH4",
        "NiCl2",
    ]
    assert make_word("Pd(OAc)2,19", 0).text == "Pd(OAc)2"
    assert make_word("2,3", 0).text == "2,3"  # a number pair stays
    assert make_word("(20),29,30", 0).text == "(20),29,30"  # no capital: left to the lowercase rule


def test_spaced_bonds_make_one_compound(offline, names):
    assert names(offline, "In addition , the electrophile PhS − SO2Ph provided the sulfide") == ["PhS − SO2Ph"]
    assert names(offline, "addition of PhMe2Si − Bpin ( pin = pinacolato ) to the alkene") == ["PhMe2Si − Bpin"]
    found = names(offline, "the C − H bond and the TES − Ar bond")
    assert "C − H" not in found and "TES − Ar" not in found  # no group beside an element; argon balances nothing
    assert [m.name for m in with_spaced_bonds("NaOH - HCl", [])] == []  # two compounds, each read alone


def test_hydrates_with_a_lost_dot_or_a_spaced_count(offline, names):
    text = "In a typical synthesis, FeCl3[?]6H2O (3.24 g) and MnCl2[?]4H2O (0.94 g) in a ratio"
    assert names(offline, text) == ["FeCl3[?]6H2O", "MnCl2[?]4H2O"]
    text = "Nickel acetate [Ni(Ac)2[?]4 H2O] and lithium acetate (LiAc[?]2 H2O) were mixed"
    assert names(offline, text) == ["Ni(Ac)2[?]4 H2O", "LiAc[?]2 H2O"]  # the words: OPSIN's
    assert names(offline, "7.44 g Zn(NO3)2*6 H2O and water") == ["Zn(NO3)2*6 H2O", "water"]
    assert names(offline, "prefired at 900 [?]C for 24 h") == []  # "[?]" stands for other signs too


def test_named_radicals(full, names):
    assert names(full, "which is further oxidized by another tert-butoxy radical to form acyl cation B.") == [
        "tert-butoxy radical"
    ]
    assert names(full, "with loss of H+ and addition of phenyl radical [C] with quinoline-4-ones") == [
        "H+",
        "phenyl radical",
    ]
    assert names(full, "produced from 1a and Pd(OAc)2,19 and the NO radical generated") == ["Pd(OAc)2", "NO"]
    found = {m.name: m.smiles for m in full.find("decomposes to form 4a and hydroperoxy radical")}
    assert found == {"hydroperoxy radical": "[O]O"}
    assert names(full, "the thiophenyl radical 8 in the aryl radical") == []  # numbered, a class


def test_halogen_radicals_need_no_parser():
    found = with_radicals("as a source of chloride radical.", [], lambda name: None)
    assert [(m.name, m.smiles) for m in found] == [("chloride radical", "[Cl]")]


def test_bad_input_near_the_new_rules_is_fast_and_safe(offline, names):
    text = (
        " MeLi" * 3000
        + " PhS − SO2Ph" * 2000
        + " a" * 10000
        + "radical " * 20000
        + " tert-butoxy radical" * 200
        + " Pd(OAc)2,19" * 2000
        + " "
        + "Ph" * 5000
        + "Li"
        + " "
        + "-" * 10000
        + " "
        + "x" * 1_000_000
    )
    t0 = time.perf_counter()
    found = names(offline, text)
    assert time.perf_counter() - t0 < 60
    assert found.count("MeLi") == 3000 and found.count("Pd(OAc)2") == 2000
    assert read_condensed("Ph" * 5000 + "Li") is None  # over the formula length bound
