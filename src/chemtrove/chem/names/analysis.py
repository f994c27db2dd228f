"""Elemental analyses: "Anal. Calcd for C20H24N2O4: C, 65.2; H, 6.57; N, 7.60. Found: C, 65.0; ...".

Papers report a product's elemental analysis as the molecular formula it was calculated for and, for each
element, its symbol before its percentage. After a word that opens an analysis ("Anal.", "Calcd",
"Calculated", "Found", "Elemental analysis"), the formula written after "for" is one formula, compact or
with spaces between its parts ("C15 H10 Cu N2 O5.50 P V": one span, not its symbols, and not the nitrogen
molecule "N2"), and each element symbol before a percentage ("C, 65.2", "H 3.12", "N: 7.60") is the
element; two such pairs in a row are needed. The readings replace what the other rules found inside them.
Used by :class:`chemtrove.chem.names.NameFinder`; tested on made-up sentences in
``tests/chem/names/test_name_analysis.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chemtrove.chem.names.formulas import ELEMENTS, parse_formula
from chemtrove.chem.names.match import Hit, NameMatch, match_of

_CHEAP = ("nal", "alc", "Found")
_ANCHOR = re.compile(r"\b(?:[Aa]nal(?:ysis|\.)|[Cc]alc(?:ulate)?d\b\.?|[Cc]alc\.|Found\b)")
_FOR = re.compile(r"(?: ?\(%\))?[ :.]{0,3}(?:[Cc]alc(?:ulate)?d\.? ?)?(?:[Ff]or|[Ff]rom) ")
_SPACED = re.compile(r"[A-Z][a-z]?\d{0,3}(?:\.\d{1,3})?(?: [A-Z][a-z]?\d{0,3}(?:\.\d{1,3})?){1,15}(?=:)")
_PAIR = r"[A-Z][a-z]?(?:, ?|: ?| )\d{1,2}\.\d{1,3} ?%?"
_PAIRS = re.compile(rf"(?:{_PAIR}(?:[;,:] ?| and |, and | )){{1,11}}{_PAIR}")
_ONE = re.compile(r"([A-Z][a-z]?)(?:, ?|: ?| )\d")

WINDOW = 160
"""Characters after an opening word searched for the formula and the element-percentage pairs."""

MAX_ANALYSES = 64
"""Most opening words read in one text (keeps the reading bounded)."""


def analysis_readings(text: str) -> list[tuple[int, int, str | None]]:
    """The spans an elemental analysis names: ``(start, end, reduced formula)`` for its formula written with
    spaces, ``(start, end, None)`` for each element symbol before a percentage.

    Example:
        >>> t = "Anal. Calcd. for C15 H10 Cu N2 O5 P V: C, 39.8; H, 2.21. Found: C, 39.6; H, 2.33."
        >>> [(t[s:e], f) for s, e, f in analysis_readings(t)]  # doctest: +NORMALIZE_WHITESPACE
        [('C15 H10 Cu N2 O5 P V', 'VCuPH10C15N2O5'), ('C', None), ('H', None), ('C', None), ('H', None)]
        >>> analysis_readings("Found in water: C, a carbon; N 2 and H 3.")
        []
    """
    if not any(w in text for w in _CHEAP):
        return []
    out: dict[int, tuple[int, int, str | None]] = {}
    for n, anchor in enumerate(_ANCHOR.finditer(text)):
        if n >= MAX_ANALYSES:
            break
        pos = anchor.end()
        stop = min(len(text), pos + WINDOW)
        if (lead := _FOR.match(text, pos, stop)) is not None and (colon := text.find(":", lead.end(), stop)) > 0:
            spaced = _SPACED.match(text, lead.end(), colon + 1)
            formula = parse_formula(spaced.group().replace(" ", "")) if spaced else None
            if spaced is not None and formula is not None:
                out[spaced.start()] = (spaced.start(), spaced.end(), formula.reduced)
            pos = colon + 1  # the pairs come after the formula's colon
        pairs = _PAIRS.search(text, pos, stop)
        if pairs is None or text[pos : pairs.start()].strip(" :;,.(%)"):
            continue  # the pairs follow the opening word or its formula, nothing else between
        for one in _ONE.finditer(pairs.group()):
            if one.group(1) in ELEMENTS:
                start = pairs.start() + one.start()
                out[start] = (start, start + len(one.group(1)), None)
    return [out[k] for k in sorted(out)]


def with_analyses(text: str, matches: list[NameMatch], element_hit: Callable[[str], Hit | None]) -> list[NameMatch]:
    """``matches`` with the readings of elemental analyses in place of what overlaps them."""
    found: list[NameMatch] = []
    for s, e, formula in analysis_readings(text):
        hit = Hit(None, "formula", "pymatgen", formula, None) if formula else element_hit(text[s:e])
        if hit is not None:
            found.append(match_of(text, s, e, hit))
    if not found:
        return matches
    kept = [m for m in matches if not any(f.start < m.end and m.start < f.end for f in found)]
    return kept + found
