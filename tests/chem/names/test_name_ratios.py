"""Element ratios with a bracketed group ("Ga/(Ga+In) ratio", "(Cl or Br)/Si = 4.0"): each symbol is its
element. Sentences of the MuLMS materials papers (tests/data/names/mulms_sentences.tsv) and made-up ones."""

from __future__ import annotations

import time

from chemtrove.chem.names import find_names
from chemtrove.chem.names.match import Hit, NameMatch
from chemtrove.chem.names.ratios import grouped_ratio_matches


def _hit(symbol: str) -> Hit:
    return Hit(None, "formula", "pymatgen", symbol, True)


def _symbols(text: str, found: list[NameMatch] | None = None) -> list[str]:
    return [m.name for m in grouped_ratio_matches(text, found or [], _hit)]


def test_a_ratio_with_a_choice_in_brackets_names_each_element(offline, names):
    text = "The composition of the gas mixture was Si/H2 = 0.25%, C/Si = 1.0 and (Cl or Br)/Si = 4.0."
    assert names(offline, text) == ["Si", "H2", "C", "Si", "Cl", "Br", "Si"]
    text = "The SiH4 flow was 125 sccm and the HCl or HBr flow for a (Cl or Br)/Si of 4 was 500 sccm."
    assert names(offline, text)[-3:] == ["Cl", "Br", "Si"]
    assert names(offline, "The (Cl or Br)/Si ratio was varied by changing only the HCl or HBr flow.")[:3] == [
        "Cl",
        "Br",
        "Si",
    ]


def test_a_ratio_with_a_sum_in_brackets_names_each_element(offline, names):
    text = (
        "with an in-depth grading of the Ga/(Ga+In) ratio through the film thickness obtained by using a high "
        "Ga/(Ga+In) evaporation rate"
    )
    assert names(offline, text) == ["Ga", "Ga", "In", "Ga", "Ga", "In"]
    assert _symbols("a Cu/(In+Ga) of 0.9") == ["Cu", "In", "Ga"]


def test_what_is_no_composition_stays_unread():
    # a choice, or one-letter symbols only, without a value or a ratio noun after it
    assert _symbols("the (Cl or Br)/Si system and C/(C+H) here") == []
    assert _symbols("the C/(C+H) ratio") == ["C", "C", "H"]
    # letters that are no element symbols, a ratio with no group, a group glued to a word
    assert _symbols("(A or B)/C = 2, Ga/In = 1, x(Ga+In)/Cu ratio, Ga/(Ga+In)x") == []
    # a symbol a match already covers is not read again
    covered = [NameMatch(0, 2, "Ga", None, "formula", "pymatgen", "Ga", True)]
    assert _symbols("Ga/(Ga+In) ratio", covered) == ["Ga", "In"]


def test_a_ratio_of_two_words_names_the_member_that_is_a_substance(offline, names):
    assert names(offline, "The metal precursor/urea molar ratio was 1:5.") == ["urea"]
    assert names(offline, "the mass ratio of the binder to water (ionomer/water) was adjusted to 0.7.") == [
        "water",
        "water",
    ]
    assert "water" in names(offline, "the surfactant:water ratio of 0.8")
    # words that name no substance, a pair of names (a list, read as before), no ratio at all
    assert names(offline, "the metal/ligand ratio") == []
    assert names(offline, "an ethanol/water ratio of 1") == ["ethanol", "water"]
    assert names(offline, "the precursor/urea solution and (ionomer/water) in a cell") == []


def test_long_ratio_texts_stay_fast(offline):
    cases = [
        "Ga/(Ga+In) ratio " * 60_000,  # about 1 MB of grouped ratios
        "Ga/" * 300_000 + "(Ga+In)",  # a slash run with no end
        "(" + "Ga+" * 5_000 + "In)/Cu",  # a 10,000-character group
        "(Cl or " * 100_000 + "Br)/Si = 4",  # choices with no end
        "the ratio of " + "x" * 10_000 + " (ionomer/water) and ratio (" * 20_000,  # word ratios, brackets
    ]
    for text in cases:
        t0 = time.perf_counter()
        found = find_names(text, finder=offline)
        assert all(text[m.start : m.end] == m.name for m in found)
        assert time.perf_counter() - t0 < 60, text[:40]


def test_the_ionomer_to_carbon_ratio_names_no_element(offline, names):
    """ "I/C" of a fuel-cell catalyst ink is ionomer to carbon (two papers' sentences); element ratios stay."""
    assert names(offline, "For both types of catalyst, this resulted in an I/C ratio in the range of 0.29–1.67.") == []
    text = "the catalyst ink with an I/C mass ratio of 0.65/1.0 and a Si/C ratio of 1"
    assert names(offline, text) == ["Si", "C"]
