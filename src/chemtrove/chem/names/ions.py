"""Ions written in brackets with a space before their sign: "bismuth ions (Bi3 +)", "tellurite (TeO32 -)".

The charge's digits stay glued to the formula and the sign comes after a space (a typesetting artefact of
superscripts): the bracketed text is read as the ion it spells ("Bi3+", "TeO32-"), in place of the formula
read from the digits ("TeO32"). A formula written with a hyphen before a space is no anion when its last
element could not end one ("CB- supported", "NiCo- FeP", "NiII- porphyrinate": a word broken at its hyphen by
a line end; :func:`broken_at_hyphen`). Used by :class:`chemtrove.chem.names.NameFinder`; tested in
``tests/chem/names/test_name_dopants.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.formulas import read_ion
from chemtrove.chem.names.match import Hit, NameMatch, match_of

_LAST_SYMBOL = re.compile(r"([A-Z][a-z]?)[0-9.]*$")
_ROMAN_END = re.compile(r"[a-z](?:II|III|IV)$")
_ANION_ENDS = frozenset("H C N O F Si P S Cl Se Br Te I As Sb Ge".split())
"""Elements an anion's formula ends with ("Cl-", "NO3-", "BH4-", "AuCl4-", "SCN-"); a metal or boron does not."""


def broken_at_hyphen(text: str, start: int, end: int) -> bool:
    """Whether a formula written with a hyphen and a space after it (``text[start:end]`` ends with the
    hyphen) is a word broken at its hyphen, not an anion: its last element is no anion's end (a metal, boron)
    or a Roman numeral ends it.

    Example:
        >>> t = "the CB- supported Pt, NiII- porphyrinate, Cl- ions, NO3- anions"
        >>> [broken_at_hyphen(t, s, s + len(w)) for s, w in ((4, "CB-"), (22, "NiII-"), (42, "Cl-"), (52, "NO3-"))]
        [True, True, False, False]
    """
    if text[end - 1 : end] != "-" or text[end : end + 1] not in (" ", "\u00a0"):
        return False
    body = text[start : end - 1]
    last = _LAST_SYMBOL.search(body)
    return last is not None and (last.group(1) not in _ANION_ENDS or _ROMAN_END.search(body) is not None)


_SPACED_ION = re.compile(r"\((\s?)((?:[A-Z][A-Za-z0-9]{0,15})?\d|[A-Z][a-z]?)[ \u00a0]([+\-\u2212])(\s?)\)")


def with_spaced_ions(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` with each bracketed ion written with a space before its sign read as that ion (the matches
    inside it dropped), sorted by position.

    Example:
        >>> [(m.name, m.smiles) for m in with_spaced_ions("bismuth ions (Bi3 +) formed", [])]
        [('Bi3 +', '[Bi+3]')]
    """
    if " +)" not in text and " -)" not in text and " \u2212)" not in text:
        return found
    added: list[NameMatch] = []
    for m in _SPACED_ION.finditer(text):
        sign = "-" if m.group(3) in "-\u2212" else "+"
        ion = read_ion(m.group(2) + sign)
        if ion is None:
            continue
        start, end = m.start(2), m.end(3)
        added.append(match_of(text, start, end, Hit(ion.smiles, "formula", "pymatgen", ion.reduced, True)))
    if not added:
        return found
    kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in added)]
    return sorted(kept + added, key=lambda x: x.start)
