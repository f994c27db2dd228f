"""Element ratios with a bracketed group: "Ga/(Ga+In) ratio", "Cu/(In+Ga) = 0.9", "(Cl or Br)/Si = 4.0".

Materials papers write a composition as a ratio of element symbols in which one side is a sum or a choice of
elements in brackets: the gallium content of CIGS absorbers ("Ga/(Ga+In)"), the halogen-to-silicon ratio of a
chlorinated CVD gas mixture ("(Cl or Br)/Si"). Each symbol is a mention of its element, as the labelled sets
mark the symbols of a plain ratio ("Si/H2 = 0.25%", "C/Si = 1.0"; :func:`chemtrove.chem.names.context.ratio_symbols`).
The word-level reading does not see them: the brackets and the spaces of "(Cl or Br)" split the ratio across
words. A ratio with a sum in brackets is read whenever one symbol has two letters (no prose writes "Ga/(Ga+In)"
for anything else); a choice ("(Cl or Br)/Si") or a ratio of one-letter symbols only when a value or a ratio
noun follows ("= 4.0", "of 4", "ratio").

A ratio of two words ("the ionomer:carbon ratio", "the metal precursor/urea molar ratio") is told by
:func:`word_ratio`: the member that names a substance is a mention, the class word beside it is not.

Used by :class:`chemtrove.chem.names.NameFinder` (through :func:`chemtrove.chem.names.notations.element_matches`
and the finder's reading of list tokens);
tested in ``tests/chem/names/test_name_ratios.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from chemtrove.chem.names.formulas import ELEMENTS
from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.spans import Word

_SYM = r"[A-Z][a-z]?"
_GROUP = rf"\({_SYM}(?:\+{_SYM}){{1,5}}\)|\({_SYM}[ \u00a0]+or[ \u00a0]+{_SYM}\)"
_TERM = rf"(?:{_SYM}|{_GROUP})"
_GROUPED = re.compile(rf"(?<![\w)\]/+\-])(?:{_TERM}/){{1,4}}{_TERM}(?![\w(\[/+])")
"""A slash ratio of element symbols and bracketed groups (at least one group is checked after the match)."""
_SYMBOLS = re.compile(_SYM)
_SAID_AFTER = re.compile(
    r"[ \u00a0]*(?:=|of[ \u00a0]+\d|(?:(?:molar|mole|atomic|atom|weight|mass|gas|flow)[ \u00a0]+)?ratios?\b)"
)
"""What makes a ratio of choices or of one-letter symbols a composition: a value or a ratio noun after it."""
ABBREVIATED_RATIOS = frozenset({"I/C", "I:C"})
"""Ratios whose letters abbreviate words, not elements: "I/C" is the ionomer-to-carbon (mass) ratio of a
fuel-cell catalyst ink ("an I/C ratio of 0.65"), a standard term of that prose; iodine is not meant."""
_RATIO_NOUN = re.compile(r"\s+(?:(?:molar|mole|atomic|atom|weight|mass|volume|feed|gas|flow)\s+)?ratios?\b")


def grouped_ratio_matches(
    text: str, found: list[NameMatch], element_hit: Callable[[str], Hit | None]
) -> list[NameMatch]:
    """The element symbols of ratios with a bracketed group that no match in ``found`` overlaps.

    Args:
        text: The prose.
        found: The matches found so far.
        element_hit: Gives the hit of an element symbol.

    Returns:
        One match per symbol not found yet, left to right.

    Example:
        >>> from chemtrove.chem.names.match import Hit
        >>> hit = lambda s: Hit(None, "formula", "pymatgen", s, True)
        >>> [m.name for m in grouped_ratio_matches("a high Ga/(Ga+In) rate and (Cl or Br)/Si = 4", [], hit)]
        ['Ga', 'Ga', 'In', 'Cl', 'Br', 'Si']
    """
    if "/(" not in text and ")/" not in text:
        return []
    taken = sorted((m.start, m.end) for m in found)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end of the matches up to each one
    out: list[NameMatch] = []
    for m in _GROUPED.finditer(text):
        if "(" not in m.group() or not _composition(text, m):
            continue
        for sym in _SYMBOLS.finditer(text, m.start(), m.end()):
            s, e = sym.start(), sym.end()
            i = bisect_left(starts, e)  # the matches that start before the symbol ends
            if i and reach[i - 1] > s:
                continue  # a match found covers it
            hit = element_hit(sym.group())
            if hit is not None:
                out.append(match_of(text, s, e, hit))
    return out


def _composition(text: str, m: re.Match) -> bool:
    """Whether a grouped ratio is a composition: its symbols are elements, and a sum in brackets with a
    two-letter symbol, or a value or ratio noun after it."""
    symbols = _SYMBOLS.findall(m.group())
    if any(s not in ELEMENTS or s == "D" for s in symbols):
        return False
    if "+" in m.group() and any(len(s) == 2 for s in symbols):
        return True
    return _SAID_AFTER.match(text, m.end()) is not None


_WORD_RATIO = re.compile(r"[a-z]{3,20}[/:][a-z]{3,20}")
_RATIO_BEFORE_BRACKET = re.compile(r"\bratios?\b[^()]{0,60}\($")


def word_ratio(text: str, word: Word) -> bool:
    """Whether a token is a ratio of two words: a ratio noun after it ("the ionomer:carbon ratio", "the
    precursor/urea molar ratio"), or it stands alone in brackets after a ratio of words ("the mass ratio of
    the binder to carbon black (ionomer/carbon)").

    Example:
        >>> t = "an ionomer:carbon ratio; the ratio of binder to carbon (ionomer/carbon); ethanol/water"
        >>> [word_ratio(t, Word(s, s + len(w), w, False, False)) for s, w in ((3, "ionomer:carbon"),
        ...     (56, "ionomer/carbon"), (73, "ethanol/water"))]
        [True, True, False]
    """
    if _WORD_RATIO.fullmatch(word.text) is None:
        return False
    if _RATIO_NOUN.match(text, word.end):
        return True
    return text[word.end : word.end + 1] == ")" and bool(
        _RATIO_BEFORE_BRACKET.search(text, max(0, word.start - 80), word.start)
    )
