"""Formulas inside a quantity's notation and formulas joined by a glued plus sign, as materials papers write them.

* A quantity of a substance written as a function of its formula: the amount ``n(Pd(NO3)2)``, the mass
  ``m(NaBH4)``, the concentration ``c(KOH)``, most often in a ratio ("n(Pd(NO3)2):n(NaBH4) = 1:5",
  "n(Pd):n(C3N4) = 1%"). The formula inside the brackets is a mention; the letter and brackets are not.
* Formulas or element symbols joined by a plus sign with no space: a gas mixture or a pair of layers ("Cl2+Ar",
  "Ti+Pt grid", "a flow of 2 ml min-1+Ar"). Each side that is a formula is a mention; an ion's charge
  ("Fe3+", "Mn2+Mn3+", an ion pair "R4N+Br-") is not read as a plus, nor a molecular ion's adduct in a mass
  spectrum ("(M+H)+", "[M+Na]+").
* Formulas of a mixture written as slash-joined shares, the share glued to the slash: "15% H2/85% Ar",
  "Ar (95%)/H2 (5%)", "HCl (37 wt%)/HBr (48 wt%)/HI (57 wt%)". The formula before "/85%" and the one after
  "%)/" are mentions; the words split the mixture so that the share, not the formula, is glued to it.

All are tokens no other rule reads (the word is no formula and no name). Used by
:class:`chemtrove.chem.names.NameFinder` (:func:`element_matches`, with the dopants); tested in
``tests/chem/names/test_name_notations.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from chemtrove.chem.names.dopants import dopant_matches
from chemtrove.chem.names.formulas import ELEMENTS, NONMETALS
from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.ratios import grouped_ratio_matches

MAX_MEMBER_CHARS = 40
"""Longest formula read inside a notation or beside a plus (longer runs are not read)."""

_QUANTITY = re.compile(r"(?<![A-Za-z0-9])[nmc]\((?=[A-Z])")
_MEMBER = re.compile(r"[A-Z][A-Za-z0-9()\[\]]*")
_PLUS = re.compile(r"(?<=[A-Za-z0-9)\]])\+(?=[A-Z])")
_CHARGE = re.compile(r"[A-Z][a-z]?[1-7]")
_ION_AFTER = re.compile(r"[)\]]*[+\-\u2212]")
_AFTER_SHARE = re.compile(r"(?<=%\)/)[A-Z][A-Za-z0-9]{0,39}(?![A-Za-z0-9(\[])")
_BEFORE_SHARE = re.compile(r"(?<![\w/()\]])[A-Z][A-Za-z0-9]{0,39}(?=/\d{1,3}(?:\.\d{1,3})?[ \u00a0]?%)")


def _bracket_end(text: str, start: int) -> int | None:
    """The index after the bracket that closes the one opened just before ``start``; ``None`` when a space
    comes first or it runs past :data:`MAX_MEMBER_CHARS`."""
    depth = 1
    for i in range(start, min(len(text), start + MAX_MEMBER_CHARS + 1)):
        c = text[i]
        if c.isspace():
            return None
        depth += (c == "(") - (c == ")")
        if depth == 0:
            return i
    return None


def _left_member(text: str, plus: int) -> tuple[int, int] | None:
    """The formula glued before a plus sign at ``plus``: from its capital letter to the plus."""
    start = plus
    while start > 0 and plus - start < MAX_MEMBER_CHARS and (text[start - 1].isalnum() or text[start - 1] in "()[]"):
        start -= 1
    m = _MEMBER.search(text, start, plus)
    if m is None or m.end() != plus:
        return None
    word = m.group()
    if _CHARGE.fullmatch(word) and word.rstrip("0123456789") not in NONMETALS:
        return None  # "Fe3+": a metal ion's charge, not a plus
    return m.start(), plus


def _spans(text: str) -> list[tuple[int, int]]:
    """The candidate formulas of ``text``: inside quantity notations, beside glued plus signs and beside the
    shares of a slash-joined mixture."""
    found: list[tuple[int, int]] = []
    if "%" in text and "/" in text:  # "15% H2/85% Ar", "Ar (95%)/H2 (5%)"
        found += [(m.start(), m.end()) for p in (_AFTER_SHARE, _BEFORE_SHARE) for m in p.finditer(text)]
    for m in _QUANTITY.finditer(text):
        end = _bracket_end(text, m.end())
        if end is not None:
            found.append((m.end(), end))
    for m in _PLUS.finditer(text):
        right = _MEMBER.match(text, m.end())
        if right is None or right.end() - right.start() > MAX_MEMBER_CHARS:
            continue
        word = right.group()
        while word and (word[-1] in "([" or word.count(")") > word.count("(")):
            word = word[:-1]  # "(Cl2+Ar)": the closing bracket is not the formula's
        end = right.start() + len(word)
        if not word or _ION_AFTER.match(text, end):
            continue  # "Mn2+Mn3+", "N+Br-", "(M+H)+": charges of ions, not a plus between formulas
        left = _left_member(text, m.start())
        if left is not None and text[left[0] : left[1]] == "M":
            continue  # "M+H", "M+Na": a molecular ion and its adduct (mass spectra)
        found += [left, (right.start(), end)] if left is not None else [(right.start(), end)]
    return found


def notation_matches(
    text: str,
    found: list[NameMatch],
    single_hit: Callable[[str], Hit | None],
    element_hit: Callable[[str], Hit | None],
) -> list[NameMatch]:
    """Formulas in quantity notations and beside glued plus signs that no match in ``found`` overlaps.

    Args:
        text: The prose.
        found: The matches found so far.
        single_hit: Gives the hit of a formula or abbreviation (lexicons and formulas, no OPSIN).
        element_hit: Gives the hit of an element symbol.

    Example:
        >>> from chemtrove.chem.names.match import Hit
        >>> hit = lambda t: Hit(None, "formula", "pymatgen", t, True) if t in ("NaBH4", "Pt", "Ti") else None
        >>> [m.name for m in notation_matches("n(NaBH4):n(X) = 1:2 on a Ti+Pt grid", [], hit, hit)]
        ['NaBH4', 'Ti', 'Pt']
    """
    matches: list[NameMatch] = []
    if "(" not in text and "+" not in text and "%" not in text:
        return matches
    taken = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end of the matches up to each one
    last_end = -1
    for start, end in sorted(set(_spans(text))):
        i = bisect_left(starts, end)  # the matches that start before this span ends
        if start < last_end or (i and reach[i - 1] > start):
            continue  # overlaps a match found or one added
        word = text[start:end]
        hit = single_hit(word)
        if hit is None and word in ELEMENTS:
            hit = element_hit(word)  # "n(Pd)", "Ti+Pt": an element symbol
        if hit is None or hit.kind in ("misread", "generic"):
            continue
        matches.append(match_of(text, start, end, hit))
        last_end = end
    return matches


def element_matches(
    text: str,
    found: list[NameMatch],
    element_hit: Callable[[str], Hit | None],
    single_hit: Callable[[str], Hit | None],
) -> list[NameMatch]:
    """What the finder adds after its words are read: dopants and coatings
    (:func:`chemtrove.chem.names.dopants.dopant_matches`), then quantity notations and glued plus signs
    (:func:`notation_matches`), then element ratios with a bracketed group
    (:func:`chemtrove.chem.names.ratios.grouped_ratio_matches`), none overlapping ``found`` or each other."""
    doped = dopant_matches(text, found, element_hit)
    added = doped + notation_matches(text, found + doped, single_hit, element_hit)
    return added + grouped_ratio_matches(text, found + added, element_hit)
