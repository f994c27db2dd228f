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


def test_element_names_standing_for_an_atom_a_site_or_a_salt_class(full, names):
    text = (
        "Various zinc salts and the crude potassium thiolate were used; the rhodium center binds while the "
        "oxygen lone pair donates, and the seven- carbon chain has two more carbon than the diene in toluene."
    )
    assert names(full, text) == ["toluene"]


def test_element_names_with_a_named_anion_stay(full, names):
    text = "Sodium iodide and potassium carbonate with copper in ethanol."
    assert names(full, text) == ["Sodium iodide", "potassium carbonate", "copper", "ethanol"]


def test_element_roles_are_read_quickly():
    from chemtrove.chem.names.generic import without_element_roles
    from chemtrove.chem.names.match import NameMatch

    text = "six- carbon salts " * 50_000
    found = [NameMatch(i * 18 + 5, i * 18 + 11, "carbon", "[C]", "systematic", "t") for i in range(50_000)]
    t0 = time.perf_counter()
    assert without_element_roles(text, found) == []
    assert time.perf_counter() - t0 < 10


def test_a_capital_letter_after_a_bare_parent_is_a_compound_label(full, names):
    text = "Protonation gave lactone B.12 Then lactone B and the 2-bromophenol C met copper II in toluene."
    assert names(full, text) == ["2-bromophenol", "copper", "toluene"]


def test_letter_labels_are_read_quickly():
    from chemtrove.chem.names.match import NameMatch
    from chemtrove.chem.names.numbers import without_numbered_parents

    text = "lactone B " * 100_000 + "lactone BB"
    found = [NameMatch(i * 10, i * 10 + 7, "lactone", "C", "systematic", "t") for i in range(100_001)]
    t0 = time.perf_counter()
    assert without_numbered_parents(text, found) == [found[-1]]
    assert time.perf_counter() - t0 < 10
