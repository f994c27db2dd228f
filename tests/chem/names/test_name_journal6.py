"""Organic-chemistry prose, sixth journal round: rules for error classes that recur across the journal sets
(made-up sentences of each class)."""

from __future__ import annotations

import time

from chemtrove.chem.names.generic import without_generic
from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.numbers import without_numbered_parents


def _match(text: str, name: str, kind: str = "systematic") -> NameMatch:
    start = text.index(name)
    return NameMatch(start, start + len(name), name, "C", kind, "x")


def test_a_name_before_group_is_a_part_of_a_molecule():
    text = "Removal of the acetonide group and of the 2-pyridylsulfonyl groups left toluene unchanged."
    found = [_match(text, "acetonide"), _match(text, "2-pyridylsulfonyl"), _match(text, "toluene")]
    assert [m.name for m in without_generic(text, found)] == ["toluene"]


def test_an_anion_name_before_ester_is_a_class():
    text = "the benzoate ester and boronate esters, but not the ethyl acetate used."
    found = [_match(text, "benzoate"), _match(text, "boronate"), _match(text, "ethyl acetate")]
    assert [m.name for m in without_generic(text, found)] == ["ethyl acetate"]


def test_a_formula_before_group_keeps_the_older_list_rule():
    text = "The NO2 group and acetate ion"
    found = [_match(text, "NO2", "formula"), _match(text, "acetate")]
    assert [m.name for m in without_generic(text, found)] == ["acetate"]


def test_compound_numbers_after_a_sign_or_a_configuration():
    text = "the ester gave piperidine (+)-21 and the diene oxetane (E)-4s in toluene ( 3 mL )"
    found = [_match(text, "piperidine"), _match(text, "oxetane"), _match(text, "toluene")]
    assert [m.name for m in without_numbered_parents(text, found)] == ["toluene"]


def test_quantities_after_a_bracketed_word_stay_quantities():
    text = "heated with toluene (dry) 5 h and pyridine 2 mL"
    found = [_match(text, "toluene"), _match(text, "pyridine")]
    assert [m.name for m in without_numbered_parents(text, found)] == ["toluene", "pyridine"]


def test_many_groups_and_signed_numbers_are_read_quickly():
    text = "the acetonide group (−)-1 , " * 5_000
    found = [NameMatch(4, 13, "acetonide", "C", "systematic", "x")]
    t0 = time.perf_counter()
    without_generic(text, found)
    without_numbered_parents(text, found)
    assert time.perf_counter() - t0 < 5
