"""Rules drawn from the errors of journal_r and journal_s (and journal_n to q), tested on their sentences: a
protecting group's ether written with its abbreviation in brackets is a class, no compound; a capital letter in
brackets after a formula is an intermediate's label, no group of the formula."""

from __future__ import annotations

import time

from chemtrove.chem.names.journal import _PROTECTED
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
