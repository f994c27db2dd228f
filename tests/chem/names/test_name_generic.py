"""Mentions that stand for a group, a class or a catalyst's state (made-up sentences of each class), and the
bounded reading of long lists of groups."""

from __future__ import annotations

import time

from chemtrove.chem.names.generic import without_generic
from chemtrove.chem.names.match import NameMatch


def _match(text: str, name: str, kind: str = "formula", nth: int = 0) -> NameMatch:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return NameMatch(start, start + len(name), name, None if kind == "formula" else "C", kind, "test", name)


def _kept(text: str, found: list[NameMatch]) -> list[str]:
    return [m.name for m in without_generic(text, found)]


def test_formulas_listed_before_groups_are_substituents():
    text = "The F , I , or CF3 groups at C-4 were tolerated, while NaOH and CF3 were not."
    found = [_match(text, "F"), _match(text, "I"), _match(text, "CF3"), _match(text, "NaOH")]
    found.append(_match(text, "CF3", nth=1))
    assert _kept(text, found) == ["NaOH", "CF3"]
    text = "A single OMe substituent and the NO2 group; NO2 gas was then passed."
    found = [_match(text, "OMe"), _match(text, "NO2"), _match(text, "NO2", nth=1)]
    assert _kept(text, found) == ["NO2"]


def test_aryl_placeholder_formulas_are_no_compound():
    text = "The ArPdI species and ArB(OH)2 were formed under Ar; ArF was not."
    found = [_match(text, "ArPdI"), _match(text, "ArB(OH)2"), _match(text, "Ar", nth=3)]
    assert _kept(text, found) == ["Ar"]  # the argon atmosphere stays


def test_name_after_the_corresponding_is_a_class():
    text = "Reduction gave the corresponding alcohol, and 4-bromobenzaldehyde gave the corresponding 4-bromotoluene."
    found = [_match(text, n, "systematic") for n in ("alcohol", "4-bromobenzaldehyde", "4-bromotoluene")]
    assert _kept(text, found) == ["4-bromobenzaldehyde"]


def test_ethers_named_for_a_reaction_and_methyl_ethers_are_classes():
    text = "A Williamson ether synthesis, then methyl ether cleavage; the ether bonds held, and ether was the solvent."
    found = [_match(text, n, "lexicon") for n in ("ether", "methyl ether")]
    found += [_match(text, "ether", "lexicon", nth=2), _match(text, "ether", "lexicon", nth=3)]
    assert _kept(text, found) == ["ether"]
    assert without_generic(text, found)[0].start == text.index("ether was")


def test_metal_states_of_a_cycle_and_unnamed_compounds():
    text = "The Rh intermediate C and the Ni(II) species gave the tin compound 5; Fe3+ species and iron species stayed."
    found = [_match(text, "Rh"), _match(text, "Ni(II)"), _match(text, "tin", "systematic")]
    found += [_match(text, "Fe3+"), _match(text, "iron", "systematic")]
    assert _kept(text, found) == ["Fe3+", "iron"]


def test_long_lists_of_groups_stay_bounded():
    text = "Cl , " * 200_000 + "Br groups"
    found = [NameMatch(i * 5, i * 5 + 2, "Cl", None, "formula", "t", "Cl") for i in range(200_000)]
    t0 = time.perf_counter()
    kept = without_generic(text, found)
    assert len(kept) < len(found) and time.perf_counter() - t0 < 10
    text = "ArPd " * 200_000 + "corresponding " * 100_000 + "intermediate"
    found = [NameMatch(i * 5, i * 5 + 4, "ArPd", None, "formula", "t", "ArPd") for i in range(200_000)]
    t0 = time.perf_counter()
    assert without_generic(text, found) == [] and time.perf_counter() - t0 < 10


def test_the_finder_leaves_out_groups_and_catalyst_states(offline, names):
    text = "When Cl , Br and NO2 groups were present, the Pd(IV) stage was skipped and NaCl was added."
    assert names(offline, text) == ["NaCl"]
