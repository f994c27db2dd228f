"""Word-level recall: words with a trivial name's ending of a ring, aldehyde, nitrile, onium ion or natural
product are looked up; halometallates, ammine complexes and binary carbides and nitrides are read by charge
balance or composition; "dehydrate" after a salt is its dihydrate; a spaced class suffix makes a class. Real
sentences of the labelled sets where there is one."""

from __future__ import annotations

import time

import pytest

from chemtrove.chem.names import spans
from chemtrove.chem.names.context import before_class_suffix
from chemtrove.chem.names.metallates import metallate
from chemtrove.chem.names.opsin import normalize_for_opsin


def _formulas(finder, text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.formula) for m in finder.find(text) if m.resolved]


@pytest.mark.parametrize(
    "word",
    ["benzofuran", "crotononitrile", "citral", "glyoxal", "coumarin", "butyltin", "uracil", "guanidinium"]
    + ["acetoxime", "bromoform", "biuret", "diglyme"],
)
def test_trivial_name_endings_are_worth_a_look_up(word):
    assert spans.has_chemical_ending(word)


def test_english_words_with_those_endings_that_opsin_reads_are_not_looked_up():
    assert [spans.has_chemical_ending(w) for w in ("german", "cuban", "ethan", "final", "within")] == [
        False,
        False,
        False,
        True,  # looked up; OPSIN reads nothing
        True,
    ]


def test_ring_and_nitrile_names_are_found(full, names):
    text = "that while the initial addition of bromine to crotononitrile was extremely slow , catalytic amounts"
    assert names(full, text) == ["bromine", "crotononitrile"]
    text = "the TES group remained during the reaction using benzofuran ( entry 12 )."
    assert names(full, text) == ["benzofuran"]
    assert names(full, "Precursor mixtures of butyltin trichloride and potassium halide") == ["butyltin trichloride"]


def test_english_words_stay_prose(full, names):
    assert names(full, "The final German sample was within the general range of Ethan's data.") == []


def test_a_spaced_class_suffix_makes_a_class(full, names):
    assert "naphthalene" not in names(full, "A naphthalene - based chromene was also effective")
    assert names(full, "to the enamine - derived biuret - type compounds 13a") == []
    assert before_class_suffix("proline - derived catalyst", 7) is False  # the reagent used: a mention


def test_halometallates_by_charge_balance(offline):
    assert _formulas(offline, "(1wt.% hydrogen hexachloroplatinate in isopropyl alcohol)")[0] == (
        "hydrogen hexachloroplatinate",
        "H2PtCl6",
    )
    text = "used as received. Ammonium hexachloropalladate (IV) (Aldrich, 99.99%), strontium nitrate"
    assert _formulas(offline, text)[0] == ("Ammonium hexachloropalladate (IV)", "H8Pd(NCl3)2")
    assert _formulas(offline, "and the hexachloroplatinic acid solution was added")[0] == (
        "hexachloroplatinic acid",
        "H2PtCl6",
    )
    assert metallate("potassium tetrachloroplatinate(II)").reduced == "K2PtCl4"
    assert metallate("chloroauric acid").reduced == "HAuCl4"
    assert metallate("trisodium hexachloroplatinate") is None  # the charges do not add up
    assert metallate("sodium hexachloroaurate") is None  # no usual gold(IV) anion
    assert metallate("hexachloroplatinate") is None  # no cation: one word


def test_ammine_salts_and_binary_compounds(offline, full):
    text = "Tetraammineplatinum(II) ni- trate ([Pt(NH3)4](NO3)2, Sigma-Aldrich) is also"
    assert _formulas(full, text)[0] == ("Tetraammineplatinum(II) ni- trate", "H12Pt(NO)6")
    assert metallate("hexaamminecobalt(III) chloride").reduced == "CoH18(N2Cl)3"
    assert metallate("tetraammineplatinum(II) sulfate").reduced == "H12PtS(NO)4"
    assert metallate("tetraammineplatinum(III) sulfate") is None  # no whole number of sulfates
    text = "CREE's 1200 V/33 A silicon carbide Schottky diode C4D20120D is used"
    assert ("silicon carbide", "SiC") in _formulas(offline, text)
    assert _formulas(offline, "Silicon nitride was then deposited on both surfaces") == []  # generic
    assert _formulas(offline, "placed in boron nitride crucibles, which were sealed") == []  # an object
    assert metallate("boron nitride").reduced == "BN" and metallate("iron carbide") is None


def test_dehydrate_is_the_misspelt_dihydrate(full):
    text = "IZO sol-gel precursors (Indium Acetate, 99.99%, Zinc Acetate dehydrate, 99.99%) dissolved"
    found = {m.name: m.smiles for m in full.find(text) if m.resolved}
    assert found["Zinc Acetate dehydrate"] == "CC(=O)[O-].CC(=O)[O-].O.O.[Zn+2]"
    assert [m.name for m in full.find("was used to dehydrate the sample.") if m.resolved] == []
    assert normalize_for_opsin("oxalic acid dehydrate") == "oxalic acid dihydrate"
    assert normalize_for_opsin("dehydrate") == "dehydrate"  # the verb alone


def test_bad_input_near_the_new_rules_is_fast_and_safe(offline):
    text = (
        " hexachloroplatin" * 3000
        + " ammonium " * 2000
        + "tetraammine" * 500
        + "(II) nitrate"
        + " silicon carbide" * 2000
        + " x - type" * 5000
        + " a" * 500_000
    )
    t0 = time.perf_counter()
    found = _formulas(offline, text)
    assert time.perf_counter() - t0 < 30
    assert found.count(("silicon carbide", "SiC")) == 2000
    long_name = "hexa" + "chloro" * 1700 + "platinate"
    assert metallate("sodium " + long_name) is None
    assert before_class_suffix(" -" * 500_000, 0) is False
