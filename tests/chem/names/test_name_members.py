"""Seventh round of rules: formulas glued to words by hyphens, hydrates written with a spaced dot, a name
given its formula in brackets, abbreviations the brackets say a name stands for. General examples, not
sentences of the labelled splits."""

from __future__ import annotations

from chemtrove.chem.names import NameFinder
from chemtrove.chem.names.abbreviations import defined_abbreviation
from chemtrove.chem.names.members import glued_parts, hydrate_tail


def found(finder: NameFinder, text: str) -> list[tuple[str, str | None, str | None]]:
    out = [m for m in finder.find(text) if m.resolved]
    assert all(text[m.start : m.end] == m.name for m in out)
    return [(m.name, m.smiles, m.formula) for m in out]


def names(finder: NameFinder, text: str) -> list[str]:
    return [n for n, *_ in found(finder, text)]


def test_glued_parts_of_a_token():
    assert glued_parts("CuCl2-to-KOH") == [(0, 5), (9, 12)]
    assert glued_parts("TiO2-coated") == [(0, 4)]
    assert glued_parts("Au-decorated") == [(0, 2)]
    assert glued_parts("Pb-free") == []  # says there is none of it
    assert glued_parts("Ni-rich") == []
    assert glued_parts("one-to-one") == [(0, 3), (7, 10)]  # candidates only: both must resolve


def test_formulas_joined_by_to_are_each_a_name(offline):
    assert names(offline, "The molar ratio of ZnCl2-to-NaOH was kept at 1:2.") == ["ZnCl2", "NaOH"]
    assert names(offline, "a Li2CO3-to-Fe2O3 ratio of 1.05") == ["Li2CO3", "Fe2O3"]
    assert names(offline, "in a one-to-one ratio") == []  # words, not formulas
    assert names(offline, "the CuCl2-to-polymer ratio") == []  # every part must resolve


def test_a_formula_before_a_glue_participle_is_the_substance(offline):
    assert names(offline, "TiO2-coated glass and Al2O3-supported catalysts") == ["TiO2", "Al2O3"]
    assert names(offline, "the Ag-decorated fibres") == ["Ag"]
    assert names(offline, "Pb-free solders and Ni-rich cathodes") == []
    # a class of materials, and words that are not formulas
    assert names(offline, "Fe-based catalysts on an alumina-coated wafer") == []


def test_a_hydrate_after_a_spaced_dot_is_part_of_the_formula(offline):
    got = found(offline, "Then Co(NO3)2 \u00b7 6H2O (2 g) and ZnSO4 . 7H2O were dissolved.")
    assert [n for n, *_ in got] == ["Co(NO3)2 \u00b7 6H2O", "ZnSO4 . 7H2O"]
    assert got[0][2] == "CoH12(NO6)2"
    assert names(offline, "NiCl2 * 6H2O") == ["NiCl2 * 6H2O"]
    assert hydrate_tail("CuCl2 \u22c5 2H2O.", 5) == (12, "2H2O")
    assert hydrate_tail("CuCl2 in H2O", 5) is None
    assert hydrate_tail("CuCl2. 2H2O", 5) is None  # a sentence end, not a hydrate dot


def test_a_name_nothing_resolves_takes_the_formula_in_its_brackets(offline):
    text = "We used ammonium cupric citrate (C6H9CuNO7, 99%) and ferrous tartrate (FeC4H4O6) here."
    got = found(offline, text)
    assert ("ammonium cupric citrate", None, "CuH9C6NO7") in got and ("C6H9CuNO7", None, "CuH9C6NO7") in got
    assert ("ferrous tartrate", None, "FeH4(C2O3)2") in got
    # the name without a hydrate word names the salt; with one, the hydrate
    got = found(
        offline, "ammonium cupric citrate (C6H9CuNO7*2H2O) and ammonium cupric citrate dihydrate (C6H9CuNO7*2H2O)"
    )
    assert got[0][2] == "CuH9C6NO7" and got[2][2] == "CuH13C6NO9"
    assert [m.source for m in offline.find(text) if m.name == "ferrous tartrate"] == ["definition"]
    # a name the resolvers read keeps its own structure; a formula or code before the brackets is no name
    assert names(offline, "ethanol (C2H5OH) was") == ["ethanol", "C2H5OH"]
    assert names(offline, "sample LSGM (La0.9Sr0.1Ga0.8Mg0.2O3) was") == ["La0.9Sr0.1Ga0.8Mg0.2O3"]
    # a lone anion word, or a class of salts, with a member's formula in brackets is no name
    assert names(offline, "a layered double hydroxide (Mg6Al2(OH)16CO3) and") == ["Mg6Al2(OH)16CO3"]
    assert names(offline, "an alkali carbonate (K2CO3) was") == ["K2CO3"]


def test_a_generic_salt_name_takes_the_formula_the_text_gives(full):
    got = found(full, "sodium silicate (Na2SiO3, 98%) was dissolved")
    assert got[0] == ("sodium silicate", None, "Na2SiO3")
    assert names(full, "sodium silicate was dissolved") == []  # no single structure without it


def test_an_abbreviation_the_brackets_say_a_name_stands_for(full):
    text = "5 g of melamine (C3H6N6, Aldrich, denoted as MA) was heated; then MA was washed."
    got = [(m.name, m.kind) for m in full.find(text)]
    assert got.count(("MA", "abbreviation")) == 2
    t = "urea (Sigma, hereafter UR) and"
    s, e = defined_abbreviation(t, "urea", 4)
    assert t[s:e] == "UR"
    assert defined_abbreviation("urea (Sigma, 99%) and", "urea", 4) is None


def test_a_name_with_its_formula_gives_its_abbreviation_the_formula(offline):
    text = "ammonium cupric citrate (C6H9CuNO7, denoted as ACC) was mixed; ACC melts at 210 degC."
    got = [(m.name, m.formula) for m in offline.find(text) if m.name == "ACC"]
    assert got == [("ACC", "CuH9C6NO7"), ("ACC", "CuH9C6NO7")]


def test_a_count_written_apart_from_its_formula(offline):
    got = found(offline, "Hierarchical CoS 2 nanosheets were grown on SnS 2.")
    assert got == [("CoS 2", None, "CoS2"), ("SnS 2", None, "SnS2")]
    # a quantity after a formula is not its count
    assert names(offline, "then MoO3 2 g and Ni 10 ppm and Cu 3 mmol")[:2] == ["MoO3", "Ni"]
    assert "Cu 3" not in names(offline, "and Cu 3 mmol")
