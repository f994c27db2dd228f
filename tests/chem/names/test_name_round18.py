"""Eighteenth (materials) round: an element symbol before "substrate" is the element, one before a probe ("tip",
"needle") is an object, and a gas ratio ("O2/Ar gas ratio", "0.90 O2/Ar") is its gases, on made-up sentences of
sample preparation."""

from __future__ import annotations

import time

from chemtrove.chem.names.context import ratio_symbols
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


def test_a_ratio_of_gases_is_its_gases(offline, names):
    assert names(offline, "The N2/Ar flow ratio was set to 0.2.") == ["N2", "Ar"]
    assert names(offline, "sputtered at 10 mTorr and 0.75 O2/Ar onto the film") == ["O2", "Ar"]


def test_a_gas_mixture_stays_one_mention(offline, names):
    assert names(offline, "annealed in 5% H2/Ar for 2 h") == []  # a mixture, kept whole
    assert names(offline, "an O2/Ar plasma") == []  # no ratio said


def test_ratio_symbols_of_a_mixed_ratio():
    t = "at 0.90 O2/Ar and 5.0 Pt/CeO2"
    assert [t[s:e] for s, e in ratio_symbols(t, Word(8, 13, "O2/Ar", False, False))] == ["O2", "Ar"]
    assert ratio_symbols(t, Word(8, 13, "O2/Ar", True, False)) == []  # cut on the left: no value before it
    assert ratio_symbols("in O2/Ar gas", Word(3, 8, "O2/Ar", False, False)) == []


def test_bad_input_near_the_new_words_is_fast_and_safe(offline, names):
    text = " Cu substrate" * 5000 + " Pt tip" * 5000 + " substrate" + " 0.1" * 20000 + " O2/Ar" * 3000
    t0 = time.perf_counter()
    found = names(offline, text)
    assert time.perf_counter() - t0 < 20
    assert found[:5000] == ["Cu"] * 5000  # no probe's symbol
    assert found[5000:] == ["O2", "Ar"]  # the one ratio with its value before it
    assert names(offline, "substrate") == [] and names(offline, "tip") == []
