"""Rules drawn from the errors of journal_r and journal_s (and journal_n to q), tested on their sentences: a
protecting group's ether written with its abbreviation in brackets is a class, no compound."""

from __future__ import annotations

import time

from chemtrove.chem.names.journal import _PROTECTED


def test_a_protecting_groups_ether_after_its_bracketed_abbreviation_is_no_compound(full, names):
    text = "Protection as a methoxymethyl ( MOM ) ether employing CH3OCH2Cl and catalytic tetrabutylammonium iodide"
    assert names(full, text) == ["CH3OCH2Cl", "tetrabutylammonium iodide"]
    assert names(full, "the p-methoxybenzyl (PMB) ether 5 was washed with diethyl ether") == ["diethyl ether"]


def test_the_protected_pattern_is_bounded_on_long_lines():
    text = "MOM " + " " * 1_000_000 + ")" * 10_000
    t0 = time.perf_counter()
    assert _PROTECTED.search(text) is None
    assert time.perf_counter() - t0 < 2.0
