"""Sixteenth (materials) round of rules: formulas inside quantity notations and beside glued plus signs,
phase letters before formulas, element symbols after a percentage or an amount and in lists, gases glued to
"annealed", metal pastes, elements before "containing", units after a number written with an en dash, a
bracket before a hyphenation break and the germanium alkoxide of the lexicon; and formulas beside the glued
shares of a mixture ("15% H2/85% Ar"). Made-up sentences and shortened sentences of the labelled sets."""

from __future__ import annotations

import time

from chemtrove.chem.names import find_names, mentions
from chemtrove.chem.names.match import Hit
from chemtrove.chem.names.notations import notation_matches
from chemtrove.chem.names.spans import Word


def _hit(t: str) -> Hit | None:
    return Hit(None, "formula", "pymatgen", t, True) if t[:1].isupper() else None


def test_quantity_notations_name_the_formula_inside(offline, names):
    text = "The molar ratio n(Cu(NO3)2):n(KBH4) was 1:4 and m(Ni):m(CeO2) = 5%."
    assert names(offline, text) == ["Cu(NO3)2", "KBH4", "Ni", "CeO2"]
    # a letter before a bracket that holds no formula, or a word ending in the letter, is not a notation
    assert names(offline, "For n(total) and function(x) we used Zn(II).") == ["Zn(II)"]
    assert [m.name for m in notation_matches("an(ZnO) n( ZnO)", [], _hit, _hit)] == []


def test_formulas_joined_by_a_glued_plus_are_each_a_mention(offline, names):
    assert names(offline, "The Ni+Au contacts were annealed in (O2+N2) at 500 K.") == ["Ni", "Au", "O2", "N2"]
    assert names(offline, "a flow of 20 sccm+He at 1 atm") == ["He"]
    # a metal ion's charge is no plus sign; a plus with spaces is arithmetic
    assert names(offline, "Fe3+Fe2+ pairs and Mn2+Mn3+ pairs") == []
    # an ion pair with its charges, a mass spectrum's molecular ion
    assert names(offline, "with (C4H9)4N+Br- as the salt; MS: 301.1 (M+H)+, 323.1 [M+Na]+.") == []
    assert [m.name for m in notation_matches("Cu + Zn", [], _hit, _hit)] == []


def test_a_phase_letter_before_a_formula_is_not_part_of_it(offline, names):
    assert names(offline, "The g-C3N4 sheets and h-WO3 rods on a-Si.") == ["C3N4", "WO3", "Si"]
    # an organic position letter before a name stays a name's
    assert names(offline, "in t-BuOH") == ["t-BuOH"]


def test_a_symbol_after_a_percentage_or_an_amount_is_the_element(offline, names):
    text = "The catalyst held 20 wt% Pt, 3.5wt% Co and 2 at.% In; the loading of Ga was small."
    assert names(offline, text) == ["Pt", "Co", "In", "Ga"]
    assert names(offline, "In the end, Co workers came.") == []  # the English words stay words
    assert mentions.element_share("the amount of Ge", Word(14, 16, "Ge", False, False))
    assert not mentions.element_share("the amount of Ge", Word(14, 16, "Ge", True, False))


def test_a_symbol_in_a_list_of_symbols_is_the_element(offline, names):
    assert names(offline, "Ingots of Ga, Ge, and Sb were melted.") == ["Ga", "Ge", "Sb"]
    # a list of English-word symbols alone stays words
    assert names(offline, "In, As or Be") == []


def test_two_symbols_after_precursors_of_are_the_elements(offline, names):
    # sentences of the materials sets (fresh3, fresh13), shortened
    assert names(offline, "(NH2)2S were used as precursors for Bi and S, respectively.") == ["(NH2)2S", "Bi", "S"]
    assert names(offline, "taking CuCl2 as precursors of Cu and W respectively.")[-2:] == ["Cu", "W"]
    # two symbols without the source phrase stay unread when they are words or single letters
    assert names(offline, "as shown for S and W respectively") == []


def test_gases_glued_to_annealed_or_treated(offline, names):
    assert names(offline, "The H2-annealed and NH3-treated films.") == ["H2", "NH3"]


def test_a_metal_paste_is_the_metal_and_an_element_before_containing_is_a_class(full, names):
    assert names(full, "Contacts were made with gold paste and platinum pastes.") == ["gold", "platinum"]
    assert names(full, "The sulfur containing species and chlorine bearing gases were removed.") == []


def test_a_unit_after_a_number_written_with_an_en_dash_exponent(offline, names):
    assert names(offline, "The chamber was pumped to 5 \u00d7 10\u20134 Pa before Pd was grown.") == ["Pd"]


def test_a_bracket_before_a_hyphenation_break(full, names):
    assert names(full, "Solvents (2- butanol and [1- hexanol]) were dried.") == ["2- butanol", "1- hexanol"]


def test_the_germanium_alkoxide_of_the_lexicon(offline):
    found = find_names("TEOG was hydrolysed like tetraethyl orthogermanate.", finder=offline)
    assert [m.name for m in found] == ["TEOG", "tetraethyl orthogermanate"]
    assert {m.smiles for m in found} == {"CC[O][Ge]([O]CC)([O]CC)[O]CC"}  # OPSIN's tetraethoxygermane


def test_formulas_beside_the_glued_shares_of_a_mixture(offline, names):
    # sentences of the materials sets (fresh, fresh12, fresh8), shortened
    assert names(offline, "the NH4H(HGeO3)2/GO was annealed under a 15% H2/85% Ar flow")[-2:] == ["H2", "Ar"]
    assert names(offline, "then 700 degC for 10 h in Ar (95%)/H2 (5%) atmosphere") == ["Ar", "H2"]
    text = "dissolved in 10 ml of concentrated aqueous HCl (37 wt%)/HBr (48 wt%)/HI (57 wt%) and heated"
    assert names(offline, text) == ["HCl", "HBr", "HI"]
    # a share with no formula beside it, a word glued on, a figure reference
    assert names(offline, "yields of 15%/85% and (5%)/Fig. 2 and 5%)/Hx2(") == []


def test_long_repeated_notations_and_plus_lists_stay_fast(offline):
    cases = [
        "n(" * 200_000 + "NaBH4)",  # notations with no end
        "n(NaBH4):" * 100_000,  # one ratio with no end
        "Ti+" * 100_000 + "Pt",  # a plus list with no end
        "+Ar" * 100_000,  # plus signs with members after them only
        "5 wt% Co, " * 30_000,  # shares of an element, over and over
        "Ga, " * 60_000 + "Ge and Te",  # a symbol list with no end
        "5% H2/" * 100_000 + "5%",  # shares glued to slashes, over and over
        "(5%)/" + "H" * 10_000,  # a 10,000-character word after a share
    ]
    for text in cases:
        t0 = time.perf_counter()
        found = find_names(text, finder=offline)
        assert all(text[m.start : m.end] == m.name for m in found)
        assert time.perf_counter() - t0 < 60, text[:40]
