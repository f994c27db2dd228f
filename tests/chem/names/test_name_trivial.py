"""Thirteenth round of rules: a capitalized trivial name (a sentence start) goes to OPSIN like a lower-case
one; lexicon rows for common trivial names whose first word alone is too short to look chemical. General
examples, not sentences of the labelled splits."""

from __future__ import annotations

import pytest

from chemtrove.chem.names import opsin_available, opsin_unavailable_reason

needs_opsin = pytest.mark.skipif(not opsin_available(), reason=f"OPSIN is not installed: {opsin_unavailable_reason()}")


@needs_opsin
def test_a_capitalized_trivial_name_is_read(full, names):
    assert names(full, "Histamine (HA) and glycine were dissolved; HA was diluted.") == [
        "Histamine",
        "HA",
        "glycine",
        "HA",
    ]
    assert names(full, "Thiourea was added dropwise.") == ["Thiourea"]


@needs_opsin
def test_capitalized_english_words_with_chemical_endings_are_not(full, names):
    assert names(full, "Separate portions were heated. Route B gave a Machine-like finish.") == []


def test_uric_acid_is_in_the_lexicon(offline, names):
    found = [m for m in offline.find("The uric acid (UA) was kept at 4 degC.") if m.resolved]
    assert [m.name for m in found] == ["uric acid", "UA"]
    assert found[0].smiles == found[1].smiles and found[0].source == "lexicon:default"


@needs_opsin
def test_a_metal_foam_is_the_metal(full, names):
    assert names(full, "The slurry was pasted on copper foam and on nickel foams.") == ["copper", "nickel"]
    assert names(full, "A carbon foam and a silicon foam were cut.") == []


@needs_opsin
def test_blacks_bonds_and_hyphenated_objects_are_no_names(full, names):
    assert names(full, "The anode held 10 wt% acetylene black and 5 wt% binder in ethanol.") == ["ethanol"]
    assert names(full, "The chains pack through hydrogen bonds and hydrogen bonding.") == []
    assert names(full, "It was melted in a tantalum boat-shaped holder under argon.") == ["argon"]
    assert names(full, "The acetylene was bubbled through tungsten powder.") == ["acetylene", "tungsten"]


def test_an_english_word_symbol_paired_with_an_element_is_the_element(offline, names):
    assert names(offline, "The oxides of Ce and Zr were mixed with Co or Mn powders.") == ["Ce", "Zr", "Co", "Mn"]
    assert names(offline, "In and As the text goes on, La or Bi.") == []
