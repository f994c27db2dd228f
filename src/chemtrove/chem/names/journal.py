"""Journal prose as PDF extraction leaves it: ligatures, names broken by a hyphenation space, reference numbers
glued to a name, metals standing for a catalyst, and names before a compound number.

- Ligatures ("triﬂuoroacetic acid") and words broken by a hyphenation space ("acetyla- cetonate"): the text is
  read with each ligature spelled out and each broken word joined (when the joined word is a name and its
  first part is not), and every span is moved back onto the original text.
- A name broken after a hyphen ("3- methylbut-2-en-1-ol", "N- methylaniline", "dichloro- methane"): the part
  before the break is joined to the name found after it (keeping a locant's hyphen, dropping a word's), and
  the joined name replaces the found one when it resolves.
- A reference number glued to an abbreviation ("DMSO28", or after the bracket it closes, "( 1.25 M in
  MeOH)9"): the letters are the mention when the lexicon knows them; one glued to a word ("tetroxide23"): see
  :mod:`chemtrove.chem.names.prose`.
- A metal before "catalyzed" or "mediated", hyphenated or not ("Rh - catalyzed", "boron - mediated",
  "palladium catalyzed") stands for an unnamed catalyst or reagent and is no mention, and so does one before
  "complex" ("the NiII complex", "Pd complex") or before "catalyst" with no support named near it ("the Pd(II)
  catalyst", "the Ir catalyst"; "SnO2 supported Pd catalyst" stays); a formula read with the hyphen as its
  charge ("AuCl3- catalyzed") is the formula without it.
- A protecting group's ether or ester ("TBS ether", "silyl ether") is a class, no mention; an adduct whose dot
  was lost ("BF3 OEt2") is read as the dotted name when the lexicon knows it.
- A ligand's bracket read alone ("(PPh3)2" of "[PdCl2 (PPh3)2]") is part of a complex, no mention.
- A bare parent directly before a compound number: see :mod:`chemtrove.chem.names.numbers`.
- Supported catalysts and parents naming a part of a molecule: see :mod:`chemtrove.chem.names.prose`.
- A medium, atoms, a metal in a mechanism, a family, a locant ("on silica gel", "hydrogen bonding", "rhodium
  catalysis", "naphthalene - based", "C3- arylated"), "molecular oxygen" and "CO" as a gas: see
  :mod:`chemtrove.chem.names.roles`.
- Groups, classes and a catalyst's states ("NO2 groups", "the corresponding alcohol", "Cu(III) species"): see
  :mod:`chemtrove.chem.names.generic`.

Used by :class:`chemtrove.chem.names.NameFinder`; tested in ``tests/chem/names/test_name_journal.py``.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from itertools import accumulate, islice
from typing import Protocol

from chemtrove.chem.names import spans
from chemtrove.chem.names.brackets import with_complex_brackets
from chemtrove.chem.names.breaks import break_cuts
from chemtrove.chem.names.formulas import ELEMENTS, LIGANDS
from chemtrove.chem.names.generic import without_element_roles, without_generic
from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.numbers import without_numbered_parents
from chemtrove.chem.names.prose import glued_references, tidied_prose
from chemtrove.chem.names.roles import carbon_monoxide, contained_atoms, molecular_spans, without_roles
from chemtrove.chem.names.standins import without_standins


class NameFinder(Protocol):
    """What these rules use of :class:`chemtrove.chem.names.NameFinder`: its look-ups and their cache."""

    _cache: Mapping[str, Hit | None]

    def _lookup_many(self, names: Iterable[str]) -> None: ...

    def _single_hit(self, t: str) -> Hit | None: ...

    def _is_chemical(self, text: str) -> bool: ...

    def resolve_in_text(self, name: str) -> str | None: ...


_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_BROKEN = re.compile(r"(?<![^\s(\[])((?:\([A-Za-z,]{1,6}\)-)?[A-Za-z0-9,'′\u03b1-\u03c9()\[\]\-]{0,30}-)[ \u00a0]$")
_LOCANT = re.compile(r"(?:.*[0-9]['′]*|[A-Z]|[ompn]|[\u03b1-\u03c9]|.*\([A-Za-z,]{1,6}\))-")
"""A locant, a configuration or a position letter before the break ("2′-", "(S)-", "N-", "p-", "α-")."""
_WORD_PART = re.compile(r"(?:[0-9,'′]{1,12}-)?[a-z]{4,30}-")
"""A word's first part before the break, after its locants or not ("dichloro-", "1,4-naphtho-")."""
_GLUED = re.compile(r"([A-Z][A-Za-z]{2,15})(\)?)(\d{1,2})(?=[\s,.;:)]|$)")
"""An abbreviation and a glued reference number ("DMSO28"), also after the bracket it closes ("in MeOH)9"); the
character before is checked apart (a capital first keeps the scan cheap)."""
_CATALYZED = re.compile(
    r"(?:[ \u00a0]*[-‐–−][ \u00a0]*|[ \u00a0]+)(?:[Cc]atalyzed|[Cc]atalysed|[Mm]ediated|[Pp]romoted)\b"
)
_CATALYST = re.compile(r"[ \u00a0]+(?:pre)?(?:catalysts?|(complex(?:es)?))(?![A-Za-z])")
_SUPPORT = "support"
"""A word of a supported metal ("SnO2 supported Pd catalyst", "Pt catalyst supported on carbon"): the metal."""
_ATOM = re.compile(r"[ \u00a0]+atoms?\b")
_HYPHEN_CATALYZED = re.compile(r"[ \u00a0]+(?:catalyzed|catalysed|mediated|promoted)\b")
_WORD_HYPHEN = re.compile(r"(?<!\S)([A-Z][^\s]{1,60}?)-(?=[ \u00a0]+(?:catalyzed|catalysed|mediated|promoted)\b)")
_PROTECTED = re.compile(
    r"\b(?:silyl|TBS|TBDMS|TBDPS|TIPS|TES|TMS|MOM|MEM|SEM|THP|PMB|Boc|Cbz|trityl|benzyl)(?:[ \u00a0]*\))?"
    r"[ \u00a0]+(?:ethers?|esters?)\b"
)
"""A protecting group's ether or ester, its abbreviation also closing the bracket after the group's name
("TBS ether", "methoxymethyl ( MOM ) ether")."""
_ADDUCT_PART = re.compile(r"[ \u00a0]([A-Z][A-Za-z0-9]{1,5})(?![\w\-(])")
_GROUP = re.compile(r"\(([^()]{1,20})\)\d*")
_OXIDATION = re.compile(r"\((?:[IVX]{1,4}|0)\)")
_GLUED_STATE = re.compile(r"(?<=[a-z])(?:II|III|IV|VI)$")
"""An oxidation state glued to a symbol as typeset superscripts lose it ("NiII", "CuIII"; "CuI" stays copper
iodide)."""
_TORN = re.compile(r"(?<![^\s(\[])(?:([A-Za-z\-]{2,30}yl)[ \u00a0])?([^\s]{1,40}-)[ \u00a0]([^\s]{1,60})")
"""A hyphenation break between two tokens, the first ending in its hyphen ("tri-o- tolylphosphine",
"isoquinolin- 1(2H)-one"), and an ester's alkyl word before it ("ethyl 2,3- butadienoate")."""
_KEEPS_HYPHEN = re.compile(r".*(?:[0-9'′)\]]|(?<![A-Za-z])[A-Za-z]|[\u03b1-\u03c9])-")
"""A first token that keeps its hyphen when joined: it ends with a locant, a bracket or a position letter."""
_TRAILING = ",.;:"
_INNER_GROUP = re.compile(r"[A-Za-z]\(")
"""A formula's bracketed group after a symbol ("P(n-Bu)3"), not a bracket around the whole."""
MAX_JOINED_WORDS = 64
"""Most broken words in a text for them to be joined (each is looked up; the text read with its words joined
holds no break left to join, so it is read once)."""
MAX_SUPPORT_LOOK = 40
"""Characters read either side of a metal before "catalyst" for a word of a support."""
MAX_BROKEN_CHARS = 32
"""Longest part before a hyphenation break joined to a name."""


def spelled_out(text: str, finder: NameFinder) -> tuple[str, list[int]] | None:
    """The text with each ligature spelled out and each word broken by a hyphenation space joined
    ("tetra- hydrofuran": "tetrahydrofuran", when the joined word is a name and its first part is not), and,
    for each of its characters, the original offset (one more entry for the end); ``None`` when the text has
    neither.

    Example:
        >>> from chemtrove.chem.names import NameFinder
        >>> spelled_out("in tetra- hydrofuran", NameFinder(opsin=False))[0]
        'in tetrahydrofuran'
    """
    ligatures = any(c in text for c in _LIGATURES)
    cut = break_cuts(text, lambda names: _hits(finder, names), lambda w: _is_name(finder, w))  # "acetyla- cetonate"
    cut.update(
        glued_references(text, finder._is_chemical, lambda w: _is_name(finder, w))
    )  # "tetroxide23": the name alone
    if not ligatures and not cut:
        return None  # the common case, cheaply
    parts: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if i in cut:
            continue
        spelled = _LIGATURES.get(c, c)
        parts.append(spelled)
        where.extend([i] * len(spelled))
    where.append(len(text))
    return "".join(parts), where


def _is_name(finder: NameFinder, word: str) -> bool:
    return finder._is_chemical(word) and finder.resolve_in_text(word) is not None


def relocated(text: str, where: list[int], found: list[NameMatch]) -> list[NameMatch]:
    """The matches found in the spelled-out text, moved back onto the original ``text``."""
    out = []
    for m in found:
        start, end = where[m.start], where[m.end - 1] + 1
        out.append(dataclasses.replace(m, start=start, end=end, name=text[start:end]))
    return out


def tidied(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """``found`` with the journal-prose rules applied (see the module), sorted by position."""
    found = [m for m in found if not _ligand_alone(m.name)]
    found = _without_protected_groups(text, found)
    found = _joined_adducts(text, found, finder)
    found = _joined_breaks(text, found, finder)
    found = torn_names(text, found, finder)
    found = _without_catalyst_metals(text, found, finder)
    found = found + _glued(text, found, finder)
    found = without_numbered_parents(text, found)
    found = without_element_roles(text, found)  # "the palladium center", "sodium thiolate", "six- carbon"
    found = without_generic(text, found)  # "Cl and NO2 groups", "the corresponding alcohol", "Cu(III) species"
    found = without_standins(text, found)  # "F or CF3", "Ar = Ph", "thiirenium ion 8", "the protected phenol 9"
    found = tidied_prose(text, found, finder._single_hit)  # "Pd / C", "palladium on charcoal", "the thiazole ring"
    found = contained_atoms(text, molecular_spans(text, without_roles(text, found)))  # "silica gel", "contains F"
    found += carbon_monoxide(text, found, lambda name: _hits(finder, [name])[0])  # "under 1 atm of CO"
    return sorted(with_complex_brackets(text, found), key=lambda m: m.start)  # "[(Ph3P)AuCl]"


class _Taken:
    """The spans of matches, sorted, for overlap checks in logarithmic time (texts may hold 10^5 matches)."""

    def __init__(self, found: list[NameMatch]) -> None:
        spans_ = sorted((m.start, m.end) for m in found)
        self.starts = [s for s, _ in spans_]
        self.ends = list(accumulate((e for _, e in spans_), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a match overlaps ``[start, end)``."""
        i = bisect_left(self.starts, end)  # the matches starting before ``end``
        return i > 0 and self.ends[i - 1] > start


def _ligand_alone(name: str) -> bool:
    """Whether a name is a ligand's bracket alone ("(PPh3)2" of "[PdCl2 (PPh3)2]"): part of a complex, no compound."""
    return name.startswith("(") and (m := _GROUP.fullmatch(name)) is not None and m.group(1) in LIGANDS


def _without_protected_groups(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` less the names inside a protecting group's ether or ester ("TBS ether", "silyl ethers"): a
    class of compounds, no one compound."""
    if "ether" not in text and "ester" not in text:
        return found  # the common case, cheaply
    groups = [NameMatch(g.start(), g.end(), "", None, "", None) for g in _PROTECTED.finditer(text)]
    if not groups:
        return found
    taken = _Taken(groups)
    return [m for m in found if not taken.overlaps(m.start, m.end)]


def _joined_adducts(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """Adducts whose dot the extraction lost ("BF3 OEt2" of "BF3·OEt2"): the formula and the word after it
    read as one name when the lexicon knows the dotted form."""
    out = []
    for m in found:
        nxt = _ADDUCT_PART.match(text, m.end) if m.kind == "formula" else None
        hit = finder._single_hit(f"{m.name}\u00b7{nxt.group(1)}") if nxt else None
        if hit is not None and hit.kind == "lexicon" and hit.smiles:
            m = match_of(text, m.start, nxt.end(1), hit)
        out.append(m)
    return out


def _hits(finder: NameFinder, names: list[str]) -> list:
    finder._lookup_many(names)
    return [finder._cache.get(n) for n in names]


def _joined_breaks(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """Names broken by a hyphenation space, joined to the part before the break when the joined name resolves."""
    if "- " not in text and "-\u00a0" not in text:
        return found  # the common case, cheaply
    out = []
    taken = _Taken(found)
    for m in found:
        tries = _joins(text, m, taken)
        hits = _hits(finder, [name for _, name in tries]) if tries else []
        joined = next(((s, h) for (s, _), h in zip(tries, hits, strict=True) if h is not None and h.smiles), None)
        out.append(match_of(text, joined[0], m.end, joined[1]) if joined else m)
    return out


def torn_names(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """Names torn by a hyphenation space that no match after the break carries ("tri-o- tolylphosphine",
    "7-chloroisoquinolin- 1(2H)-one", "o-amino- benzenethiol", "ethyl 2,3- butadienoate"): the tokens on
    both sides joined, with and without the hyphen, looked up in one batch; a joined name that resolves to a
    structure replaces the matches inside it. At most :data:`MAX_JOINED_WORDS` breaks a text.

    Example:
        >>> from chemtrove.chem.names import NameFinder
        >>> [m.name for m in NameFinder().find("with tri-o- tolylphosphine .")]
        ['tri-o- tolylphosphine']
    """
    if "- " not in text and "-\u00a0" not in text:
        return found  # the common case, cheaply
    taken = _Taken(found)
    tries: list[tuple[int, list[tuple[int, str]]]] = []
    for b in islice(_TORN.finditer(text), MAX_JOINED_WORDS):
        first, second = b.group(2), b.group(3).rstrip(_TRAILING)
        end = b.start(3) + len(second)
        if not second or (taken.overlaps(b.end(2), b.start(3)) and not b.group(1)):
            continue  # a match carries the break already (an ester's alkyl word may still be missing)
        after = [m.end for m in found if m.start == b.start(3) and m.end > end]
        if after:  # a longer name found after the break: "binaphthyl-2,2′-dicarboxylic acid"
            end, second = max(after), text[b.start(3) : max(after)]
        joins = [first + second, first[:-1] + second]
        if not _KEEPS_HYPHEN.fullmatch(first):
            joins.reverse()  # "o-amino- benzenethiol": a word's hyphen goes
        joins = [j for j in joins if j.count("(") == j.count(")") and j.count("[") == j.count("]")]
        named = [(b.start(2), j) for j in joins]
        if b.group(1):  # "ethyl 2,3- butadienoate": the ester whole first
            named = [(b.start(1), f"{b.group(1)} {j}") for j in joins] + named
        tries.append((end, named))
    if not tries:
        return found
    finder._lookup_many([j for _, named in tries for _, j in named])
    out = list(found)
    for end, named in tries:
        for start, j in named:
            hit = finder._cache.get(j)
            if hit is None or not (hit.smiles or hit.formula and _INNER_GROUP.search(j)):
                continue  # a formula joined whole only with its bracketed group ("P(n- Bu)3")
            if not any(m.start < start < m.end or m.start < end < m.end for m in out):
                out = [m for m in out if m.end <= start or m.start >= end] + [match_of(text, start, end, hit)]
            break  # a match running across an edge leaves the text as found
    return out


def _joins(text: str, m: NameMatch, taken: _Taken) -> list[tuple[int, str]]:
    """The joined names to try for a match after a hyphenation break: ``(start, name)``."""
    if m.start < 2 or text[m.start - 1] not in " \u00a0" or not (m.name[:1].isalpha() or m.name[:1] == "("):
        return []
    b = _BROKEN.search(text, max(0, m.start - MAX_BROKEN_CHARS - 1), m.start)
    if b is None or b.end() != m.start or taken.overlaps(b.start(), b.end()):
        return []
    part, rest, start = b.group(1), text[m.start : m.end], b.start(1)
    if part[:1] in "([" and part.count(part[0]) > part.count(")" if part[0] == "(" else "]"):
        part, start = part[1:], start + 1  # "(1- propanol": the bracket opens before the name
    if part.count("(") != part.count(")") or part.count("[") != part.count("]"):
        return []
    if _LOCANT.fullmatch(part):
        return [(start, part + rest)]
    if _WORD_PART.fullmatch(part) and rest[:1].islower():
        return [(start, part[:-1] + rest)]
    return []


def _without_catalyst_metals(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """``found`` less the metals standing for a catalyst ("Rh - catalyzed", "copper(I) - catalyzed", "the Pd(II)
    catalyst", "the NiII complex", "rhodium complex", "Pd complex", "the Ir catalyst"; a metal before "catalyst"
    with a support named near it stays: "SnO2 supported Pd catalyst") and element words before "atom"; a formula
    read with the hyphen as its charge ("AuCl3- catalyzed") read without it."""
    if not any(w in text for w in ("cataly", "Cataly", "ediated", "romoted", "atom", "complex")):
        return found  # the common case, cheaply
    out = []
    for m in found:
        bare = _element_alone(m.name)
        if bare and (_CATALYZED.match(text, m.end) or _ATOM.match(text, m.end)):
            continue
        if bare and (c := _CATALYST.match(text, m.end)) and (c.group(1) or _unsupported(text, m)):
            continue  # "the Pd(0) catalyst", "rhodium complex", "the NiII complex", "Pd complex", "the Ir catalyst12"
        if m.name.endswith("-") and len(m.name) > 2 and _HYPHEN_CATALYZED.match(text, m.end):
            hit = finder._single_hit(m.name[:-1])
            if hit is not None and (hit.smiles or hit.formula):
                out.append(match_of(text, m.start, m.end - 1, hit))
            continue
        out.append(m)
    return out + _before_hyphen(text, out, finder)


def _unsupported(text: str, m: NameMatch) -> bool:
    """Whether a metal before "catalyst" has no word of a support near it (a supported metal is a material)."""
    return _SUPPORT not in text[max(0, m.start - MAX_SUPPORT_LOOK) : m.end + MAX_SUPPORT_LOOK].lower()


def _before_hyphen(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """Formulas read from the word before "- catalyzed" without its hyphen ("Ni(PPh3)2(1-naphthyl)Cl- catalyzed")."""
    out: list[NameMatch] = []
    if "- " not in text:
        return out  # the common case, cheaply
    taken = _Taken(found)
    for w in _WORD_HYPHEN.finditer(text):
        if taken.overlaps(w.start(1), w.end(1)) or _element_alone(w.group(1)):
            continue
        hit = finder._single_hit(w.group(1))
        if hit is not None and hit.kind == "formula" and hit.formula:
            out.append(match_of(text, w.start(1), w.end(1), hit))
    return out


def _element_alone(name: str) -> bool:
    """Whether a name is one element: a symbol ("Rh", "Pd(II)", "NiII") or an element word ("rhodium", "boron",
    "copper(I)")."""
    symbol = _GLUED_STATE.sub("", _OXIDATION.sub("", name))
    return symbol in ELEMENTS or symbol.lower() in spans.ELEMENT_NAMES  # also "copper(I)", "NiII"


def _glued(text: str, found: list[NameMatch], finder: NameFinder) -> list[NameMatch]:
    """Abbreviations with a reference number glued after them ("DMSO28"): the letters, when the lexicon knows
    them."""
    out: list[NameMatch] = []
    taken: _Taken | None = None
    for g in _GLUED.finditer(text):
        if g.start() and (text[g.start() - 1].isalnum() or text[g.start() - 1] in "_-/"):
            continue  # inside a word, a hyphenated or a slashed token
        if g.group(2) and (not g.start() or text[g.start() - 1] == "(") and len(g.group(3)) == 1:
            continue  # "(TMS)2": a group and its count, no reference ("(DDQ)18": two digits, a reference)
        taken = taken or _Taken(found)
        if taken.overlaps(g.start(), g.end()):
            continue
        hit = finder._single_hit(g.group(1))
        if hit is not None and hit.kind == "lexicon" and hit.smiles:
            out.append(match_of(text, g.start(1), g.end(1), hit))
    return out
