"""A name whose substituent sits on a heteroatom ("N-phenylpyrrole 3a") names its compound before a compound
number, as a located one does ("4-methylphenol 2a"); a bare parent ("the tetrahydrofuran 6a") still does not
(sentences of the journal sets)."""

from __future__ import annotations

import time

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.numbers import without_numbered_parents


def _kept(text: str, name: str) -> bool:
    start = text.index(name)
    m = NameMatch(start, start + len(name), name, "C", "systematic", "opsin")
    return bool(without_numbered_parents(text, [m]))


def test_a_substituent_on_a_heteroatom_keeps_the_name_before_its_number():
    text = "resulted in the formation of the unexpected N-phenylpyrrole 3a instead of a mixture"
    assert _kept(text, "N-phenylpyrrole")
    assert _kept("leads to formation of the N-allyl-pyrrole 5c ( Scheme 4 ).", "N-allyl-pyrrole")
    assert _kept("reaction of N-tert-butylsulfinamide (R)-1 with aldehyde 5", "N-tert-butylsulfinamide")


def test_a_bare_parent_still_goes():
    assert not _kept("the tetrahydrofuran 6a was formed", "tetrahydrofuran")
    assert not _kept("the pyrrole 3k was formed", "pyrrole")
    assert not _kept("iodination of aminopyrazole 18 to iodopyrazole 19 , occurred", "aminopyrazole")
    assert not _kept("the thiazolobenzimidazole 5a ( R1 = H )", "thiazolobenzimidazole")  # "N" inside a word


def test_the_finder_marks_the_heteroatom_substituted_name(full, names):
    text = "of bromo-diene 3c with allylamine leads to formation of the N-allyl-pyrrole 5c ( Scheme 4 )."
    assert "N-allyl-pyrrole" in names(full, text)


def test_bounded_time_on_long_names():
    name = "N-" + "methyl" * 2000
    text = ("the " + name + " 3a and ") * 50
    t0 = time.perf_counter()
    assert without_numbered_parents(text, [NameMatch(4, 4 + len(name), name, "C", "systematic", "x")])
    assert time.perf_counter() - t0 < 2.0
