"""Organic-chemistry prose, fourth journal round: rules for error classes that recur across the journal sets
(made-up sentences of each class)."""

from __future__ import annotations

import time


def test_names_torn_before_a_locant_or_after_a_position_letter(full, names):
    text = (
        "Heating gave 6-bromo-2-methylquinolin- 4(1H)-one ( 7b ) and then tri-o- tolylphosphine was "
        "added; m-amino- benzoic acid and ethyl 3,3- dimethylacrylate were stirred."
    )
    assert names(full, text) == [
        "6-bromo-2-methylquinolin- 4(1H)-one",
        "tri-o- tolylphosphine",
        "m-amino- benzoic acid",
        "ethyl 3,3- dimethylacrylate",
    ]


def test_torn_names_that_resolve_to_nothing_stay_apart(full, names):
    text = "The one- pot and two- step routes used five- and six- membered rings of toluene."
    assert names(full, text) == ["toluene"]


def test_a_position_letter_locates_a_substituent_before_a_compound_number(full, names):
    text = "Then p-Chlorobenzaldehyde 5c and the oxepin dimers 9a were heated."
    assert names(full, text) == ["p-Chlorobenzaldehyde"]


def test_many_torn_tokens_are_read_quickly(full):
    text = "a- b1- (c- " * 3000
    t0 = time.perf_counter()
    full.find(text)
    assert time.perf_counter() - t0 < 20
