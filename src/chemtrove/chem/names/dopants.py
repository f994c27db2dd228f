"""Elements named as a dopant, a coating or a support: "N-doped TiO2", "nitrogen-doped carbon", "F-doped", "doped
with F", "carbon-coated LiFePO4", "a carbon-supported catalyst", "Fe,N-co-doped", "N- and S-doped".

The element before "-doped", "-coated" or "-supported" (or after "doped with") is a mention of the element, as
the labelled splits mark it ("N" of "N-doped TiO2": the element N). The token is otherwise not read, since
"N-doped" is no formula and no name. Used by :class:`chemtrove.chem.names.NameFinder`; tested in
``tests/chem/names/test_name_dopants.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from chemtrove.chem.names import spans
from chemtrove.chem.names.formulas import ELEMENTS
from chemtrove.chem.names.match import Hit, NameMatch, match_of

_PART = r"(?:[A-Z][a-z]?|[a-z]{3,12})"
_PREFIXED = re.compile(rf"(?<![\w\-/]){_PART}(?:[,/\-]{_PART}){{0,3}}-(?:co-?)?(?:doped|coated|supported)\b")
_SUSPENDED = re.compile(
    rf"(?<![\w\-/])({_PART})-(?=,?[ \u00a0](?:and|or)[ \u00a0]{_PART}-(?:co-?)?(?:doped|coated|supported)\b)"
)
_DOPED_WITH = re.compile(r"\b(?:co-?)?doped[ \u00a0]+with[ \u00a0]+([A-Z][a-z]?|[a-z]{3,12})(?![\w\-/])")
_SPLIT = re.compile(r"[,/\-]")


@lru_cache(maxsize=1)
def _symbols_by_name() -> dict[str, str]:
    """Element names (lower case, the British spellings too) to their symbols."""
    from pymatgen.core import Element

    names = {e.long_name.lower(): e.symbol for e in Element}
    names.update({"sulphur": "S", "aluminum": "Al", "caesium": "Cs", "cesium": "Cs"})
    return {n: s for n, s in names.items() if n in spans.ELEMENT_NAMES}


def _symbol(part: str, text: str, start: int) -> str | None:
    """The element symbol a dopant word names (``None``: not an element)."""
    if part in ELEMENTS:
        if part == "Co" and not text[:start].rstrip().endswith((",", "/", "-")) and _sentence_start(text, start):
            return None  # "Co-doped" opening a sentence: "co-doped", not cobalt
        return part
    return _symbols_by_name().get(part) if part.islower() else None


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n"


def dopant_matches(text: str, found: list[NameMatch], element_hit: Callable[[str], Hit | None]) -> list[NameMatch]:
    """The elements named as dopants or coatings in ``text`` that no match in ``found`` overlaps.

    Args:
        text: The prose.
        found: The matches found so far (a dopant inside one of them is not added).
        element_hit: Gives the hit of an element symbol (the element as a formula).

    Example:
        >>> from chemtrove.chem.names.match import Hit
        >>> hit = lambda s: Hit(None, "formula", "pymatgen", s, True)
        >>> [m.name for m in dopant_matches("N-doped TiO2 and carbon-coated LiFePO4, doped with F.", [], hit)]
        ['N', 'carbon', 'F']
    """
    if "doped" not in text and "coated" not in text and "supported" not in text:
        return []  # most texts: no pattern run
    spots: list[tuple[int, int, str]] = []
    for m in _PREFIXED.finditer(text):
        at = m.start()
        for part in _SPLIT.split(text[m.start() : m.end()])[:-1]:
            if part not in ("co", "doped", "coated", "supported") and (symbol := _symbol(part, text, at)) is not None:
                spots.append((at, at + len(part), symbol))
            at += len(part) + 1
    for m in _SUSPENDED.finditer(text):  # "N- and S-doped": the first dopant, its hyphen suspended
        if (symbol := _symbol(m.group(1), text, m.start(1))) is not None:
            spots.append((m.start(1), m.end(1), symbol))
    for m in _DOPED_WITH.finditer(text):
        if (symbol := _symbol(m.group(1), text, m.start(1))) is not None:
            spots.append((m.start(1), m.end(1), symbol))
    out: list[NameMatch] = []
    for s, e, symbol in spots:
        if any(f.start < e and s < f.end for f in found + out):
            continue
        hit = element_hit(symbol)
        if hit is not None:
            out.append(match_of(text, s, e, hit))
    return out
