"""Names torn by a line-break hyphen that PDF extraction left as a hyphen and a space ("- "), read joined.

A break is read joined when the joined reading resolves to a structure and the part before the break does not:

- inside a word ("acetyla- cetonate", "triisopro- pylbenzenesulfonyl", "cyclo- hexadienone"): the hyphen and the
  space go;
- after a locant's, a bracket's or a position letter's hyphen ("2,2,6,6- tetramethyl...", "bis(2- methoxyethoxy)",
  "(R)-5,5′- octahydro..."): the space goes, the hyphen stays.

The joined token is tried alone, and with the word before or after it, so that the break of a name of two words is
read too ("Nickel(II) acetyla- cetonate", "2,4,6-triisopro- pylbenzenesulfonyl chloride", "sodium bis(2-
methoxyethoxy)aluminum hydride"). A hyphen before a word that names nothing with it keeps its meaning: "2- or 3-",
"ortho- and para-", "C3- arylated", "N- protected", "ethanol- water" (the part before the break is a name).
A locant list that tokenization spaced out ("1 , 2-dichloroethane", "4 , 4′,4″-(ethane-1,1,1-triyl)- triphenol")
is read closed up in the same way, when the closed-up token (with the token after a break it ends in) resolves.
The finder reads the text with the breaks cut and moves every span back onto the original text, so a span keeps
the break ("acetyla- cetonate").

Used by :func:`chemtrove.chem.names.journal.spelled_out`; tested in ``tests/chem/names/test_name_breaks.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice

_BREAK = re.compile(r"(?<!\S)(\S{1,60}?)-[ \u00a0](\S{1,80})")
"""A token ending in a hyphen, a hyphenation space, and the token after it (each at most 60/80 characters)."""
_KEEPS_HYPHEN = re.compile(r".*(?:[0-9'′″)\]]|(?<![A-Za-z])[A-Za-z]|[\u03b1-\u03c9])")
"""A part before the break that keeps its hyphen: it ends with a locant, a bracket or a position letter."""
_WORD_END = re.compile(r".*[a-z]{2}")
"""A part before the break that ends inside a word (two lower-case letters at least)."""
_SPACED_LOCANT = re.compile(r"(?<![\w.,\-′'″])\d{1,3}[′'″]{0,3}( , )(?=\d{1,3}[′'″]{0,3}(?:,\d{1,3}[′'″]{0,3}){0,7}-)")
"""A locant, a spaced comma and the rest of the locant list before its hyphen ("1 , 2-")."""
_TRAILING = ",.;:"
_OUTER = "([{"
MAX_BREAKS = 64
"""Most breaks in a text for them to be joined (each costs up to three look-ups, in one batch); the text read
with its breaks joined holds none left to join, so it is read once."""


def break_cuts(text: str, hits: Callable[[list[str]], list], is_name: Callable[[str], bool]) -> set[int]:
    """The offsets of the characters to drop from ``text`` so that each break joins (the space, and the hyphen
    too when the break is inside a word); ``hits`` looks names up in one batch (a hit with a SMILES resolves),
    ``is_name`` says whether the part before the break names a compound alone.

    Example:
        >>> from chemtrove.chem.names import NameFinder
        >>> f = NameFinder(opsin=False)
        >>> from chemtrove.chem.names.journal import spelled_out
        >>> spelled_out("with Nickel(II) acetyla- cetonate.", f)[0]
        'with Nickel(II) acetylacetonate.'
    """
    cuts = _spaced_locants(text, hits) if " , " in text else set()
    if " - " in text or " \u2212 " in text or " \u2013 " in text:
        cuts |= _spaced_eponyms(text, hits)  # "Dess − Martin periodinane"
    if "- " not in text and "-\u00a0" not in text:
        return cuts
    breaks = list(islice(_BREAK.finditer(text), MAX_BREAKS + 1))
    if len(breaks) > MAX_BREAKS:
        return cuts  # a text of broken words is read as it is (its look-ups and re-readings bounded)
    tries: list[tuple[list[int], list[str], str]] = []
    for b in breaks:
        left, right = b.group(1), b.group(2).rstrip(_TRAILING)
        if not right or not _balanced(left + "-" + right):
            continue
        if _WORD_END.fullmatch(left) and right[0].islower() and right[0].isalpha():
            joined, cut = left + right, [b.end(1), b.end(1) + 1]  # "acetyla- cetonate"
        elif _KEEPS_HYPHEN.fullmatch(left) and (right[0].isalpha() or right[0] in _OUTER):
            joined, cut = f"{left}-{right}", [b.end(1) + 1]  # "2,2,6,6- tetramethyl"
        else:
            continue
        before = _word_before(text, b.start(1))
        after = _word_after(text, b.start(2) + len(right))
        for joined_, cut_ in [(joined, cut)] + [(f"{left}-{right}", [b.end(1) + 1])] * (len(cut) == 2):
            names = [joined_] + [f"{before} {joined_}"] * bool(before) + [f"{joined_} {after}"] * bool(after)
            names += [f"{before} {joined_} {after}"] * bool(before and after)  # "Grubbs second- generation catalyst"
            tries.append((cut_, names, left.lstrip(_OUTER)))
    if not tries:
        return cuts
    found = hits([n for _, names, _ in tries for n in names])
    i = 0
    for cut, names, part in tries:
        resolved = any(h is not None and h.smiles for h in found[i : i + len(names)])
        i += len(names)
        if resolved and not is_name(part) and cut[-1] not in cuts:
            cuts.update(cut)  # a word's hyphen goes ("acetyla- cetonate"), else it stays ("second- generation")
    return cuts


def _spaced_locants(text: str, hits: Callable[[list[str]], list]) -> set[int]:
    """The spaces to drop from spaced locant lists ("1 , 2-dichloroethane") whose closed-up token resolves."""
    tries: list[tuple[tuple[int, int], list[str]]] = []
    spaced = list(islice(_SPACED_LOCANT.finditer(text), MAX_BREAKS + 1))
    if len(spaced) > MAX_BREAKS:
        return set()  # a text of spaced numbers is read as it is
    for s in spaced:
        word = _word_after(text, s.end(1) - 1)
        token, end = text[s.start() : s.start(1)] + "," + word, s.end(1) + len(word)
        names = [token]
        if token.endswith("-") and text.startswith(" ", end):  # "...-triyl)- triphenol": with the word after
            after = _word_after(text, end)
            names = [token + after, token[:-1] + after] if after else []
        tries.append(((s.start(1), s.end(1) - 1), names))
    found = hits([n for _, names in tries for n in names]) if tries else []
    cuts: set[int] = set()
    i = 0
    for (space, last), names in tries:
        if any(h is not None and h.smiles for h in found[i : i + len(names)]):
            cuts.update((space, last))  # the spaces around the comma
        i += len(names)
    return cuts


_EPONYM_PAIR = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,20}( [-\u2010\u2013\u2212] )[A-Z][a-z]{2,20}(?![\w\-])")
"""Two persons' names joined by a dash that PDF text spaces out ("Dess − Martin", "Hoveyda − Grubbs")."""


def _spaced_eponyms(text: str, hits: Callable[[list[str]], list]) -> set[int]:
    """The spaces around the dash of a named reagent written with a spaced dash ("Dess − Martin periodinane",
    "the Dess - Martin reagent"), when the pair with its next one or two words is a name that resolves."""
    tries: list[tuple[tuple[int, int], list[str]]] = []
    for m in islice(_EPONYM_PAIR.finditer(text), MAX_BREAKS):
        pair = m.group().replace(m.group(1), m.group(1).strip())
        following = text[m.end() : m.end() + 60].split()[:2]
        names = [pair] + [" ".join([pair, *following[:n]]).rstrip(_TRAILING) for n in (1, 2) if len(following) >= n]
        tries.append(((m.start(1), m.end(1) - 1), names))
    found = hits([n for _, names in tries for n in names]) if tries else []
    cuts: set[int] = set()
    i = 0
    for spaces, names in tries:
        if any(h is not None and h.smiles for h in found[i : i + len(names)]):
            cuts.update(spaces)
        i += len(names)
    return cuts


def _balanced(token: str) -> bool:
    return token.count("(") >= token.count(")") and token.count("[") >= token.count("]")


def _word_before(text: str, start: int) -> str:
    """The whitespace word before ``start`` (empty when none, or when it ends a clause)."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    begin = end
    while begin > 0 and not text[begin - 1].isspace() and end - begin < 40:
        begin -= 1
    word = text[begin:end]
    return "" if not word or word[-1] in _TRAILING else word


def _word_after(text: str, end: int) -> str:
    """The whitespace word after ``end`` (punctuation after it dropped; empty when none or after punctuation)."""
    if end >= len(text) or text[end] not in " \u00a0":
        return ""
    begin = end + 1
    stop = begin
    while stop < len(text) and not text[stop].isspace() and stop - begin < 40:
        stop += 1
    return text[begin:stop].rstrip(_TRAILING + ")")
