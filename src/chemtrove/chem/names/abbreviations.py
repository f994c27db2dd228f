"""Abbreviations a text defines: "ethylene carbonate (EC)" makes every later "EC" that compound.

Used by :class:`chemtrove.chem.names.NameFinder` after its names are found: an abbreviation defined in
brackets right after a molecule it resolved (the letters spell the name, or the brackets say "denoted as")
takes the molecule's structure at its definition and every later mention; one the brackets set equal to a
name ("H2L (H2L = 2,6-pyridinedicarboxylic acid)") takes it in the whole text. A text's definition holds over a
lexicon's reading of the same letters, in the whole text ("triethanolamine (TEA)": TEA is not triethylamine
in that text, before the definition either).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from chemtrove.chem.names import spans
from chemtrove.chem.names.match import Hit, NameMatch, match_of

_ABBREVIATION = re.compile(r"[ \u00a0]?\([ \u00a0]?([A-Za-z][A-Za-z0-9\-]{1,9})[ \u00a0]?[),;:]")
"""An abbreviation in brackets after a name, the brackets spaced or not ("(EC)", "( TCA )" of PDF text)."""
_DENOTED = re.compile(
    r"[ \u00a0]?\([^()]{0,80}?\b(?:denoted|abbreviated|designated|referred to|hereafter)(?: as)?[ \u00a0]+"
    r"([A-Za-z][A-Za-z0-9\-]{1,9})\)"
)
"""An abbreviation the brackets after a name say it stands for, after other notes ("(C2H4N4, Aldrich,
denoted as DCDA)"): the text says so, so its letters need not spell the name."""


_EQUALS = re.compile(r"\(([A-Za-z][A-Za-z0-9\-]{1,9})[ \u00a0]*=[ \u00a0]*$")
"""An abbreviation set equal to the name after it in brackets: "H2L (H2L = 2,6-pyridinedicarboxylic acid)"."""


def equals_abbreviation(text: str, start: int) -> tuple[int, int] | None:
    """Offsets of an abbreviation the brackets set equal to the name starting at ``start`` ("(H2bdc =
    benzene-1,4-dicarboxylic acid)"): the text says so, in the whole text (the abbreviation is often
    written just before the brackets).

    Example:
        >>> t = "H2bdc (H2bdc = terephthalic acid) and (x = 2"
        >>> s, e = equals_abbreviation(t, 15); t[s:e]
        'H2bdc'
    """
    m = _EQUALS.search(text, max(0, start - 16), start)
    if m is None or not any(c.isupper() for c in m.group(1)):
        return None
    return m.start(1), m.end(1)


def defined_abbreviation(text: str, name: str, end: int) -> tuple[int, int] | None:
    """Offsets of an abbreviation defined in brackets right after a name ("ethylene carbonate (EC)"):
    two or more capitals, its letters in order in the name, the first one the name's first letter (an
    element's name may stand as its symbol: "potassium hydrogen phthalate (KHP)").

    Example:
        >>> t = "in ethylene carbonate (EC) and"
        >>> s, e = defined_abbreviation(t, "ethylene carbonate", 21); t[s:e]
        'EC'
    """
    m = _DENOTED.match(text, end)  # "(C2H4N4, Aldrich, denoted as DCDA)": the text says so
    said = m is not None
    m = m or _ABBREVIATION.match(text, end)
    if m is None:
        return None
    abbr = m.group(1)
    if sum(c.isupper() for c in abbr) < 2 or abbr.lower() == name.lower():
        return None
    if said:
        return m.start(1), m.end(1)
    letters = [c.lower() for c in abbr if c.isalpha()]
    spelled = " ".join(_element_symbols().get(word.lower(), word) for word in name.split())
    if not (
        _letters_in_order(letters, name)
        or (spelled != name and _letters_in_order(letters, spelled))
        or _letters_reordered(letters, name)
    ):
        return None
    return m.start(1), m.end(1)


def _letters_reordered(letters: list[str], name: str) -> bool:
    """Whether an abbreviation of three letters or more names its parts in another order than the name
    ("1-methyl-3-butylimidazolium iodide (BMII)"): its first letter starts a part of the name (a part:
    letters between other characters) and its letters are all in the name, as often as it writes them."""
    parts = [p for p in re.split(r"[^a-z]+", name.lower()) if p]
    if len(letters) < 3 or not any(p.startswith(letters[0]) for p in parts):
        return False
    pool = "".join(parts)
    return all(pool.count(c) >= letters.count(c) for c in set(letters))


def _letters_in_order(letters: list[str], name: str) -> bool:
    """Whether an abbreviation's letters occur in order in a name, the first one its first letter."""
    initials = "".join(c.lower() for c in name if c.isalpha())
    if not initials or letters[0] != initials[0]:
        return False
    pos = 0
    for c in letters:
        pos = initials.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


@functools.cache
def _element_symbols() -> dict[str, str]:
    """Element names (lower case) to symbols: a salt's abbreviation writes its cation's symbol ("potassium
    hydrogen phthalate (KHP)")."""
    from pymatgen.core import Element

    symbols = {e.long_name.lower(): e.symbol for e in Element}
    symbols.update(aluminium="Al", sulphur="S", caesium="Cs")
    return symbols


def abbreviation_matches(
    text: str,
    matches: list[NameMatch],
    known: Callable[[str], bool],
    limit: int = 50,
    hit_of: Callable[[str], Hit | None] | None = None,
) -> list[NameMatch]:
    """Abbreviations the text defines after a resolved molecule ("ethylene carbonate (EC)") take its
    structure, at the definition and at every later mention; so do the members of a mixture written as one
    token with them ("the DCDA-FeCl3 mixtures"). A name the text gave its formula in brackets takes it at
    its other mentions too (:func:`names_again`).

    Args:
        text: The text searched.
        matches: The names found in it, sorted, not overlapping.
        known: Tells an abbreviation that names something by itself (a formula): left alone. An
            abbreviation a lexicon reads otherwise ("TEA" as triethylamine) is not ``known``: where the text
            defines it ("triethanolamine (TEA)"), the definition holds in the whole text.
        limit: Most definitions followed in one text.
        hit_of: Reads the other members of a mixture token (a formula, a lexicon name); ``None``: no
            mixtures.

    Returns:
        ``matches`` with the abbreviation mentions added, sorted.
    """
    matches = names_again(text, matches, limit)
    matches = _without_word_definitions(text, matches, limit)
    defined: list[tuple[int, str, NameMatch]] = []
    for m in matches:
        molecule = m.smiles is not None or (m.source == "definition" and m.kind == "formula")  # not a material code
        if molecule and len(defined) < limit:
            at = defined_abbreviation(text, m.name, m.end)
            first = at[0] if at is not None else 0  # "(H2L = name)": the whole text
            at = at or equals_abbreviation(text, m.start)
            if at is not None and not known(text[at[0] : at[1]]):
                defined.append((first, text[at[0] : at[1]], m))
    if not defined:
        return matches
    named_by: dict[str, tuple[int, NameMatch]] = {}
    for first, abbr, named in defined:
        named_by.setdefault(abbr, (first, named))  # the first definition of an abbreviation holds
    for abbr in {m.name for m in matches if _redefined(m, named_by)}:  # the text's letters, all through it
        named_by[abbr] = (0, named_by[abbr][1])
    matches = [m for m in matches if not _redefined(m, named_by)]
    starts = [m.start for m in matches]  # sorted, not overlapping
    added: list[NameMatch] = []
    start = min(first for first, _ in named_by.values())
    for tok in spans.tokens(text[start:]):  # one pass over the text after the first definition
        w = spans.make_word(tok.group(), start + tok.start())
        if w is None or _overlaps(matches, starts, w.start, w.end):
            continue  # inside or across a name already found
        if w.text in named_by and w.start >= named_by[w.text][0]:
            added.append(_mention(w.start, w.end, w.text, named_by[w.text][1]))
        elif hit_of is not None and ("-" in w.text or "/" in w.text):
            added += _mixture_members(text, w, named_by, hit_of)
    return sorted(matches + added, key=lambda m: m.start)


_INITIALS_BEFORE = re.compile(r"((?:[A-Za-z][\w\-]{0,30}[ \u00a0]+){1,6})\([ \u00a0]?$")


def _without_word_definitions(text: str, matches: list[NameMatch], limit: int) -> list[NameMatch]:
    """A lexicon abbreviation the text defines as the initials of words that name no compound ("elemental
    analysis (EA)", "energy dispersive spectroscopy (EDS)") is those words in the whole text, never the
    lexicon's compound ("EA" as ethyl acetate).

    Args:
        text: The text searched.
        matches: The names found in it, sorted, not overlapping.
        limit: Most bracketed mentions read as definitions in one text (bounds the work on long texts).

    Returns:
        ``matches`` without the lexicon mentions of abbreviations the text defines as words.

    Example:
        >>> ea = [NameMatch(s, s + 2, "EA", "CCOC(C)=O", "lexicon", "lexicon") for s in (20, 25)]
        >>> _without_word_definitions("Elemental analysis (EA). EA gave", ea, 50)
        []
    """
    lexicon = {m.name for m in matches if m.kind == "lexicon" and m.name.isalpha() and 2 <= len(m.name) <= 6}
    if not lexicon:
        return matches
    starts = [m.start for m in matches]
    words_for: set[str] = set()
    checked = 0
    for m in matches:
        if m.name not in lexicon or m.name in words_for or checked >= limit:
            continue
        if not text[max(0, m.start - 2) : m.start].rstrip(" \u00a0").endswith("("):
            continue  # not written in brackets: no definition here (the cheap check)
        checked += 1  # at most ``limit`` bracketed mentions read as definitions
        before = _INITIALS_BEFORE.search(text, max(0, m.start - 200), m.start)
        if before is None:
            continue
        words = before.group(1).split()[-len(m.name) :]
        first = before.start(1) + before.group(1).find(words[0]) if len(words) == len(m.name) else -1
        if first >= 0 and "".join(w[0] for w in words).upper() == m.name.upper():
            if not _overlaps(matches, starts, first, before.end(1)):  # the words are no compound
                words_for.add(m.name)
    return [m for m in matches if not (m.kind == "lexicon" and m.name in words_for)] if words_for else matches


MIXTURE_WORDS = frozenset("mixture mixtures blend blends".split())
"""Words after a token that make its parts the members of a mixture ("the DCDA-FeCl3 mixtures")."""


def _mixture_members(
    text: str, w: spans.Word, named_by: dict[str, tuple[int, NameMatch]], hit_of: Callable[[str], Hit | None]
) -> list[NameMatch]:
    """The members of a mixture token with a defined abbreviation among them ("DCDA-AFC mixtures"), when
    every member resolves; ``[]`` otherwise."""
    if w.cut_right or spans.next_word(text, w.end) not in MIXTURE_WORDS:
        return []
    left, hyphen, right = w.text.partition("-")
    parts = [(0, len(left)), (len(left) + 1, len(w.text))] if hyphen and left and right and "-" not in right else []
    out: list[NameMatch] = []
    for a, b in spans.list_members(w.text) if "/" in w.text else parts:
        part = w.text[a:b]
        if part in named_by:
            out.append(_mention(w.start + a, w.start + b, part, named_by[part][1]))
        elif (hit := hit_of(part)) is not None and hit.kind not in ("misread", "generic"):
            out.append(match_of(text, w.start + a, w.start + b, hit))
        else:
            return []
    return out if any(m.kind == "abbreviation" for m in out) else []


def names_again(text: str, matches: list[NameMatch], limit: int = 50) -> list[NameMatch]:
    """Other mentions of a name the text gave its formula in brackets ("ammonium ferric citrate (C6H11FeNO7,
    ...)"; ``NameMatch.source`` ``definition``): the same compound, before the brackets too.

    Example:
        >>> t = "Urea and AFC salt are used. AFC salt (C6H11FeNO7) was dried"
        >>> named = NameMatch(28, 36, "AFC salt", None, "formula", "definition", "C6H11FeNO7", None)
        >>> [(m.start, m.name) for m in names_again(t, [named])]
        [(9, 'AFC salt'), (28, 'AFC salt')]
    """
    named = {m.name.lower(): m for m in matches if m.source == "definition" and m.kind == "formula" and " " in m.name}
    if not named or len(named) > limit:
        return matches
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(named, key=len, reverse=True))) + r")(?![\w-])",
        re.IGNORECASE,
    )
    starts = [m.start for m in matches]
    added = []
    for found in pattern.finditer(text):
        if not _overlaps(matches, starts, found.start(), found.end()):
            m = named[found.group().lower()]
            added.append(NameMatch(found.start(), found.end(), found.group(), m.smiles, m.kind, m.source, m.formula))
    return sorted(matches + added, key=lambda m: m.start) if added else matches


def _overlaps(matches: list[NameMatch], starts: list[int], start: int, end: int) -> bool:
    """Whether ``start:end`` is inside or across one of ``matches`` (sorted, not overlapping)."""
    at = bisect.bisect_right(starts, start)
    return (at > 0 and matches[at - 1].end > start) or (at < len(matches) and matches[at].start < end)


def _mention(start: int, end: int, abbr: str, named: NameMatch) -> NameMatch:
    """An abbreviation's mention with the structure of the molecule it was defined after."""
    return NameMatch(start, end, abbr, named.smiles, "abbreviation", "definition", named.formula, named.charge_balanced)


def _redefined(m: NameMatch, named_by: dict[str, tuple[int, NameMatch]]) -> bool:
    """Whether a lexicon's reading of an abbreviation gives way to the text's own definition of it (the same
    letters, another structure): a text uses its letters for one compound, before its definition too (a
    title, an abstract)."""
    if m.kind != "lexicon" or m.name not in named_by:
        return False
    named = named_by[m.name][1]
    return (m.smiles, m.formula) != (named.smiles, named.formula)
