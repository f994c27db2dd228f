"""Names torn by a line-break hyphen left as "- " by PDF extraction, and aminoxyl radicals named alone (sentences of
the project's journal sets)."""

from __future__ import annotations

import time

from chemtrove.chem.names.breaks import break_cuts
from chemtrove.chem.names.radicals import with_radicals

TEMPO = "CC1(C)CCCC(C)(C)N1[O]"


def test_a_break_inside_a_two_word_name_is_read_joined(full, names):
    text = "with Nickel(II) acetyla- cetonate ( Ni(acac)2 ) giving quantitatively the pure porphyrinate"
    assert "Nickel(II) acetyla- cetonate" in names(full, text)
    text = "using 2,4,6-triisopro- pylbenzenesulfonyl chloride in pyridine"
    assert names(full, text)[0] == "2,4,6-triisopro- pylbenzenesulfonyl chloride"


def test_a_break_after_a_locants_hyphen_keeps_the_hyphen(full):
    text = "was reduced to a methyl group using sodium bis(2- methoxyethoxy)aluminum hydride ( Red-Al ) in toluene"
    found = {m.name: m.smiles for m in full.find(text) if m.resolved}
    assert "sodium bis(2- methoxyethoxy)aluminum hydride" in found
    assert "sodium" not in found
    assert found["sodium bis(2- methoxyethoxy)aluminum hydride"] == found["Red-Al"]


def test_a_hyphen_that_means_something_is_kept(full, names):
    for text in (
        "the 2- or 3-substituted pyridines",
        "both ortho- and para-xylene were used",
        "the C3- arylated indoles",
        "the N- protected amines",
    ):
        assert not any("- " in n for n in names(full, text)), text
    text = "in an ethanol- water mixture"  # the part before the break names a compound alone: no cut
    assert (
        break_cuts(text, lambda ns: [full._single_hit(n) for n in ns], lambda w: full.resolve(w) is not None) == set()
    )


def test_aminoxyl_radicals_named_alone(full):
    for text in (
        "when 2.0 equiv of 2,2,6,6- tetramethyl-1-piperidinyloxy ( TEMPO ) was applied",
        "the radical scavenger (2,2,6,6-tetramethylpiperidin-1-yl)oxyl was added",
        "with 2,2,6,6-tetramethylpiperidine-1-oxyl .",
    ):
        found = [m for m in full.find(text) if m.resolved and "oxy" in m.name]
        assert [m.smiles for m in found] == [TEMPO], text
    found = with_radicals("a 2-(pyridin-3-yloxy) group and tert-butoxy", [], full.resolve)
    assert found == []  # an oxygen bound to carbon: a group, no aminoxyl


def test_bounded_time_on_adversarial_breaks(offline):
    calls = []

    def hits(names):
        calls.append(len(names))
        return [None] * len(names)

    line = "ab- cd " * 150_000  # a 1 MB line of breaks
    t0 = time.perf_counter()
    assert break_cuts(line, hits, lambda w: False) == set()
    assert sum(calls) <= 64 * 3
    long_name = "a" * 10_000 + "- " + "b" * 10_000
    assert break_cuts(long_name, hits, lambda w: False) == set()
    assert with_radicals("(" * 10_000 + "1- " * 5_000 + "oxyl", [], lambda n: None) == []
    assert time.perf_counter() - t0 < 5


def test_a_spaced_locant_list_is_read_closed_up(full, names):
    assert names(full, "The reaction in 1 , 2-dichloroethane gave") == ["1 , 2-dichloroethane"]
    text = "Williamson ether synthesis with 4 , 4′,4″-(ethane-1,1,1-triyl)- triphenol 4 provided dendrimer 1"
    assert names(full, text) == ["4 , 4′,4″-(ethane-1,1,1-triyl)- triphenol"]
    assert names(full, "entries 1 , 2 and 3 , 5-7 gave") == []  # numbers, no locants of a name


def test_bounded_time_on_spaced_locants():
    calls = []

    def hits(found):
        calls.append(len(found))
        return [None] * len(found)

    t0 = time.perf_counter()
    assert break_cuts("1 , 2-ab " * 120_000, hits, lambda w: False) == set()
    assert sum(calls) <= 64 * 2
    assert break_cuts("1 , 2-dichloroethane " * 50, hits, lambda w: False) == set()
    assert time.perf_counter() - t0 < 5


def test_a_text_of_many_spaced_locants_is_read_as_it_is(offline):
    text = "in 1 , 2-dichloroethane " * 20_000
    t0 = time.perf_counter()
    assert offline.find(text) is not None
    assert time.perf_counter() - t0 < 60
