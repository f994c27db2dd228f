"""Eighteenth (materials) round: an element symbol before "substrate" is the element, and one before a probe
("tip", "needle") is an object, on made-up sentences of sample preparation."""

from __future__ import annotations

import time

from chemtrove.chem.names.mentions import element_use
from chemtrove.chem.names.spans import Word


def test_an_element_symbol_before_substrate_is_the_element(offline, names):
    assert names(offline, "After transfer, the Cu substrate was etched away.") == ["Cu"]
    assert names(offline, "The films were grown on Nb substrates at 400 °C.") == ["Nb"]
    assert names(offline, "The substrate was rinsed in water.") == ["water"]  # no element before it


def test_element_use_reads_the_word_after_the_symbol():
    for text, expected in (("Mo substrate", True), ("Mo substrates were", True), ("Mo was", False)):
        assert element_use(text, Word(0, 2, "Mo", False, False)) is expected
    assert element_use("Mo-substrate", Word(0, 2, "Mo", False, True)) is False  # cut on the right


def test_an_element_symbol_before_a_probe_is_an_object(offline, names):
    assert names(offline, "The Au grid was contacted by a W tip.") == ["Au"]
    assert names(offline, "Two Pt needles touched the Pt film.") == ["Pt"]


def test_bad_input_near_the_new_words_is_fast_and_safe(offline, names):
    text = " Cu substrate" * 5000 + " Pt tip" * 5000 + " substrate"
    t0 = time.perf_counter()
    found = names(offline, text)
    assert time.perf_counter() - t0 < 20
    assert found == ["Cu"] * 5000
    assert names(offline, "substrate") == [] and names(offline, "tip") == []
