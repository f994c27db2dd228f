"""Elliptical names: the members of a list that share the last member's head word.

"hydrochloric, hydrobromic and hydroiodic acid" names three acids ("diethyl or dibutyl ether" two ethers,
"methyl and ethyl acetate" two esters); the last is read whole by the finder,
the others are the adjectives alone ("hydrochloric"), each read as the adjective with the shared head
("hydrochloric acid"). Used by :class:`chemtrove.chem.names.NameFinder`; tested on made-up sentences in
``tests/chem/names/test_name_codes.py``.
"""

from __future__ import annotations

import re

MAX_MEMBERS = 8
"""Most leading members of one elliptical list (keeps the pattern linear in the text)."""

_ADJECTIVE = r"[a-z]+ic"
_JOIN = r"(?:,[ \t]+(?:and[ \t]+|or[ \t]+)?|[ \t]+and[ \t]+|[ \t]+or[ \t]+|/)"
_ELLIPTICAL_ACIDS = re.compile(rf"\b((?:{_ADJECTIVE}{_JOIN}){{1,{MAX_MEMBERS}}}){_ADJECTIVE}[ \t]+(acids?)\b")
_MEMBER = re.compile(rf"({_ADJECTIVE}){_JOIN}")
_ALKYL = r"(?:di|tri)?(?:methyl|ethyl|propyl|isopropyl|butyl|pentyl|hexyl|octyl|phenyl|benzyl|vinyl)"
_ELLIPTICAL_ESTERS = re.compile(
    rf"\b((?:{_ALKYL}{_JOIN}){{1,{MAX_MEMBERS}}}){_ALKYL}[ \t]+(ethers?|acetates?|ketones?|formates?)\b"
)
"""Alkyl words sharing the last one's class word: "diethyl or dibutyl ether", "methyl and ethyl acetate"."""
_ALKYL_MEMBER = re.compile(rf"({_ALKYL}){_JOIN}")

MAX_TEXT_CHARS = 1_000_000
"""Longest text searched (the pattern is linear; the bound keeps one call small)."""


def elliptical_names(text: str) -> list[tuple[int, int, str]]:
    """The leading members of elliptical acid (and ether, ester, ketone) lists: ``(start, end, name)`` with
    the span of the adjective and the name it stands for.

    Example:
        >>> elliptical_names("from hydrochloric, hydrobromic and hydroiodic acid solutions")
        [(5, 17, 'hydrochloric acid'), (19, 30, 'hydrobromic acid')]
        >>> elliptical_names("washed with diethyl or dibutyl ether")
        [(12, 19, 'diethyl ether')]
        >>> elliptical_names("citric acid and a basic solution")
        []
    """
    out: list[tuple[int, int, str]] = []
    if "ic acid" in text:
        for m in _ELLIPTICAL_ACIDS.finditer(text[:MAX_TEXT_CHARS]):
            for part in _MEMBER.finditer(m.group(1)):
                start = m.start(1) + part.start(1)
                out.append((start, start + len(part.group(1)), f"{part.group(1)} acid"))
    if "yl " in text and ("ether" in text or "acetate" in text or "ketone" in text or "formate" in text):
        for m in _ELLIPTICAL_ESTERS.finditer(text[:MAX_TEXT_CHARS]):
            head = m.group(2).rstrip("s")
            for part in _ALKYL_MEMBER.finditer(m.group(1)):
                start = m.start(1) + part.start(1)
                out.append((start, start + len(part.group(1)), f"{part.group(1)} {head}"))
    return out
