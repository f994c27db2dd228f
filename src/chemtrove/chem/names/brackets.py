"""A metal complex written in square brackets ("[(Ph3P)AuCl]", "[IPrAuSbF6]"): the brackets are the
complex's own, as chemists write coordination compounds, so the mention runs over them.

Only a formula with a metal fills the brackets whole; a count, a charge or a closing bracket after "]"
("[Cp*RhCl2]2", "[Cu(MeCN)4]+") is left to the formula readers, and a bracket after a name is an apposition
("cobalt nitrate [Co(NO3)2*6H2O]"), not a complex's. Used by :class:`chemtrove.chem.names.NameFinder`; tested in
``tests/chem/names/test_name_journal_rs.py``.
"""

from __future__ import annotations

import dataclasses
import re

from chemtrove.chem.names.formulas import ELEMENTS, NONMETALS
from chemtrove.chem.names.match import NameMatch

_SYMBOL = re.compile(r"[A-Z][a-z]?")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]*$")
_AFTER = " \u00a0,.;:)"
_PROSE = frozenset(
    "of with and or by to in on from as using when was were is the a an then also while than via".split()
)
"""Words a complex in brackets follows; another word before the bracket makes it an apposition."""


def _has_metal(name: str) -> bool:
    return any(s in ELEMENTS and s not in NONMETALS for s in _SYMBOL.findall(name))


def with_complex_brackets(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` with each formula that fills a pair of square brackets and holds a metal stretched over them.

    Example:
        >>> t = "When [(Ph3P)AuCl] was used"
        >>> m = NameMatch(6, 16, "(Ph3P)AuCl", None, "formula", "formula", formula="C18H15AuClP")
        >>> [x.name for x in with_complex_brackets(t, [m])]
        ['[(Ph3P)AuCl]']
    """
    if "[" not in text:
        return found  # the common case, cheaply
    out = []
    for m in found:
        if (
            m.kind == "formula"
            and m.start > 0
            and text[m.start - 1] == "["
            and text[m.end : m.end + 1] == "]"
            and (m.end + 1 == len(text) or text[m.end + 1] in _AFTER)
            and (m.start == 1 or text[m.start - 2] in " \u00a0(")
            and _has_metal(m.name)
            and _prose_before(text, m.start - 1)
        ):
            m = dataclasses.replace(m, start=m.start - 1, end=m.end + 1, name=text[m.start - 1 : m.end + 1])
        out.append(m)
    return out


def _prose_before(text: str, bracket: int) -> bool:
    """Whether the bracket opens the sentence or follows a word of prose, not a name it would explain."""
    w = _WORD_BEFORE.search(text, max(0, bracket - 40), bracket)
    return w is None or w.group(1).lower() in _PROSE or w.group(1)[0].isupper()
