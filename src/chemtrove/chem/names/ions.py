"""Ions written in brackets with a space before their sign: "bismuth ions (Bi3 +)", "tellurite (TeO32 -)".

The charge's digits stay glued to the formula and the sign comes after a space (a typesetting artefact of
superscripts): the bracketed text is read as the ion it spells ("Bi3+", "TeO32-"), in place of the formula
read from the digits ("TeO32"). Used by :class:`chemtrove.chem.names.NameFinder`; tested in
``tests/chem/names/test_name_dopants.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.formulas import read_ion
from chemtrove.chem.names.match import Hit, NameMatch, match_of

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
