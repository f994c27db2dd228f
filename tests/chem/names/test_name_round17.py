"""Seventeenth (materials) round: a metal's mesh, gauze or target is the metal, and the element symbol of a
generic oxide or sulfide ("Mn oxide") is no mention, on made-up sentences of sample preparation."""

from __future__ import annotations

import time

from chemtrove.chem.names.mentions import metal_foam
from chemtrove.chem.names.spans import Word


def test_a_metal_mesh_gauze_or_target_is_the_metal(full, names):
    assert names(full, "A palladium mesh served as the counter electrode.") == ["palladium"]
    assert names(full, "Gold gauze and a nickel target were cleaned in acetone.") == ["Gold", "nickel", "acetone"]
    assert names(full, "The fibres were collected on an aluminium target.") == ["aluminium"]


def test_an_object_or_a_non_metal_before_the_noun_stays_no_mention(full, names):
    assert names(full, "dried in a molybdenum mesh-heated oven") == []  # an object modifier
    assert names(full, "a graphite target was ablated") == []  # a non-metal's target is an object
    assert names(full, "a carbon target was ablated") == []


def test_metal_foam_reads_the_word_after_the_metal():
    for text, expected in (("silver gauze", True), ("carbon mesh", False), ("copper targets", True)):
        first = text.split()[0]
        assert metal_foam(text, Word(0, len(first), first, False, False)) is expected


def test_the_symbol_of_a_generic_oxide_or_sulfide_is_no_mention(offline, names):
    assert names(offline, "a thin Mn oxide layer formed on the anode") == []
    assert names(offline, "the Co sulfide shell and the Fe oxides were etched") == []
    assert names(offline, "Mn and Co were co-sputtered") == ["Mn", "Co"]  # the metals themselves


def test_bad_input_near_the_new_words_is_fast_and_safe(offline, names):
    text = " mesh" * 20000 + " Fe oxide" * 2000 + " target"
    t0 = time.perf_counter()
    assert names(offline, text) == []
    assert time.perf_counter() - t0 < 10
    assert names(offline, "oxide") == [] and names(offline, "Fe") == ["Fe"]
