"""Rules drawn from the errors of journal_r and journal_s (and journal_n to q), tested on their sentences: a
protecting group's ether written with its abbreviation in brackets is a class, no compound; a capital letter in
brackets after a formula is an intermediate's label, no group of the formula; a metal complex in square brackets
is marked with them; a torn hyphen between two words of a name stays; a named reagent with a spaced dash is read
whole."""

from __future__ import annotations

import time

from chemtrove.chem.names.brackets import with_complex_brackets
from chemtrove.chem.names.breaks import _spaced_eponyms
from chemtrove.chem.names.formulas import expand_ligands, parse_formula
from chemtrove.chem.names.journal import _PROTECTED
from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.spaced import spaced_formula


def test_a_protecting_groups_ether_after_its_bracketed_abbreviation_is_no_compound(full, names):
    text = "Protection as a methoxymethyl ( MOM ) ether employing CH3OCH2Cl and catalytic tetrabutylammonium iodide"
    assert names(full, text) == ["CH3OCH2Cl", "tetrabutylammonium iodide"]
    assert names(full, "the p-methoxybenzyl (PMB) ether 5 was washed with diethyl ether") == ["diethyl ether"]


def test_the_protected_pattern_is_bounded_on_long_lines():
    text = "MOM " + " " * 1_000_000 + ")" * 10_000
    t0 = time.perf_counter()
    assert _PROTECTED.search(text) is None
    assert time.perf_counter() - t0 < 2.0


def test_a_bracketed_letter_after_a_formula_is_a_label_not_a_group(full, names):
    text = "Further activation of the formyl group of phenyl- glyoxal B by Lewis acidic I2 (C)22 facilitates"
    assert "I2" in names(full, text)
    assert spaced_formula("C6H4 (COOH)2 and", 0) == (12, "C6H4(COOH)2", 0)  # a group with its count stays
    assert spaced_formula("I2 (C)22 facilitates", 0) is None


def test_a_metal_complex_in_square_brackets_is_marked_with_them(full, names):
    assert "[(Ph3P)AuCl]" in names(full, "When [(Ph3P)AuCl] was used as an alternative catalyst under this reaction")
    text = "In contrast , reaction of 7a with a catalytic amount of [IPrAuSbF6] under otherwise identical conditions"
    found = {m.name: m for m in full.find(text) if m.resolved}
    assert "[IPrAuSbF6]" in found
    assert expand_ligands("IPrAuSbF6") == "(C27H36N2)AuSbF6"  # the carbene IPr, not iodine and praseodymium
    assert parse_formula(expand_ligands("IPrAuCl")) is not None


def test_a_bracket_after_a_name_or_with_a_count_stays_outside():
    t = "cobalt nitrate [Co(NO3)2] and [Cp*RhCl2]2 and [H2O2] was"
    ms = [
        NameMatch(16, 24, "Co(NO3)2", None, "formula", "formula", formula="CoN2O6"),
        NameMatch(31, 39, "Cp*RhCl2", None, "formula", "formula", formula="C10H15RhCl2"),
        NameMatch(46, 50, "H2O2", None, "formula", "formula", formula="H2O2"),
    ]
    assert [m.name for m in with_complex_brackets(t, ms)] == ["Co(NO3)2", "Cp*RhCl2", "H2O2"]
    long = "[" * 1_000_000 + "]"
    t0 = time.perf_counter()
    assert with_complex_brackets(long, []) == []
    assert time.perf_counter() - t0 < 2.0


def test_a_hyphen_torn_between_two_words_of_a_lexicon_name_stays(full, names):
    text = "could be converted to dehydroazepinone 21 with the Grubbs second- generation catalyst ( Scheme 4 )."
    assert names(full, text) == ["Grubbs second- generation catalyst"]
    assert names(full, "with Nickel(II) acetyla- cetonate.") == ["Nickel(II) acetyla- cetonate"]  # a word's goes


def test_a_named_reagent_with_a_spaced_dash_is_read_whole(full, names):
    text = "Dess − Martin periodinane ( DMP ) mediated oxidation of 21 to 3′-ketoadenosine derivative 22"
    assert names(full, text)[:2] == ["Dess − Martin periodinane", "DMP"]
    text = "of 2 and propargyl alcohol , followed by oxidation by the Dess - Martin reagent."
    assert "Dess - Martin reagent" in names(full, text)
    assert names(full, "the Horner - Wadsworth - Emmons reaction") == []  # a reaction, no reagent


def test_the_spaced_eponym_scan_is_bounded():
    text = "Abc - Def " * 100_000
    t0 = time.perf_counter()
    assert _spaced_eponyms(text, lambda names: [None] * len(names)) == set()
    assert time.perf_counter() - t0 < 2.0
