"""Organic-chemistry prose: supported catalysts and parent names standing for a part of a molecule.

- A supported metal catalyst ("palladium on carbon", "palladium hydroxide on charcoal", "Pd / C", "Pd(OH)2/C")
  is a material with no one structure: neither the metal, its hydroxide nor the carbon is a mention.
- A reference number glued to the end of a word ("ruthenium tetroxide23", "dimethyl disulfide21",
  "insertion8,9"), also the last word of a hyphenated name ("N-phenylindole18") and after a comma ("anisole,17",
  the comma kept): the word is read without it when the word is a name and the word with the digits is not.
- A salt or an adduct whose joint the extraction spaced ("EDCI - HCl", "EDCI · HCl", "DMF − DMA"): one name,
  when the lexicon knows the dotted salt ("EDCI·HCl", "DMF·DMA"); the part after the joint is no mention of its
  own.
- A bare parent name before a word for a part of a molecule or a role in a reaction ("the thiazole ring", "the
  acetonide moiety", "the trichloroacetimidate donor", "isocyanide insertion", "an all- carbon tether", "the
  dienone unit", "the dioxole part"), or before a word for a class built on it ("the purine series", "indole
  substrates", "the quinoline residue", "selenophene diols", "dihydronaphthalene compounds", "oxazine
  cycloadducts", "an imidazole nucleoside") names a ring, group or family, no compound; a name with its substituents
  ("the 2-methylthiazole ring") stays. So do a ring's abbreviation before a word for a part of a molecule ("the
  central THF motif", "arylated THF scaffolds") and a word name before "product" ("the naphthalene product"; an
  element's name stays: "carbon products" are the element, "silicon substrates" a substrate of the element).

Used by :class:`chemtrove.chem.names.NameFinder` through :func:`chemtrove.chem.names.journal.tidied`; tested in
``tests/chem/names/test_name_prose.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import islice

from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.numbers import FORMULA_LIKE, is_bare_parent
from chemtrove.chem.names.spans import ELEMENT_NAMES

_SPACE = r"[ \u00a0]+"
_SUPPORTED = re.compile(
    rf"\b(?:(?:palladium|platinum|rhodium|ruthenium|nickel)(?:{_SPACE}(?:\(II\){_SPACE})?hydroxide)?"
    rf"{_SPACE}on{_SPACE}(?:activated{_SPACE})?(?:carbon|charcoal)"
    r"|Pd(?:\(OH\)2)?[ \u00a0]*/[ \u00a0]*C)\b"
)
"""A metal on carbon: the words, or the palladium symbols with the slash ("Pd / C", "Pd(OH)2/C")."""
_PART = re.compile(
    rf"{_SPACE}(?:rings?|moiety|moieties|core|cores|skeletons?|scaffolds?|motifs?|subunits?|donors?|insertions?"
    r"|tethers?|units?|parts?|series|residues?|substrates?|compounds|diols|cycloadducts|nucleosides?|frameworks?"
    r"|backbones?)(?![A-Za-z])"
)
"""A word after a name that makes it a part of a molecule, a role or a class of compounds built on it ("the
purine series", "indole substrates", "selenophene diols"), no compound."""
_SHAPE = re.compile(
    rf"{_SPACE}(?:motifs?|scaffolds?|cores?|skeletons?|frameworks?|backbones?|moiety|moieties"
    r"|subunits?)(?![A-Za-z])"
)
"""A word after an abbreviation of a ring that makes it the ring inside a molecule ("the central THF motif")."""
_EPONYM = re.compile(r"[A-Z][a-z]+(?:[ \u00a0]?['\u2019]s|s['\u2019])[ \u00a0]")
"""A person's name in the possessive inside a name ("Zeise ’s dimer", "Grubbs' catalyst")."""
_PRODUCT = re.compile(rf"{_SPACE}products?(?![A-Za-z])")
_WORD_NAME = re.compile(r"[a-z]{6,40}")
_PARTNERS = ("HCl", "HBr", "TFA", "TsOH", "DMA", "OEt2", "THF", "SMe2", "DMS")
_SPACED_JOINT = re.compile(rf"[ \u00a0]+[-\u2010\u2013\u2212\u00b7\u2022][ \u00a0]+({'|'.join(_PARTNERS)})(?![\w\-])")
"""A spaced joint and the acid of a salt, or an adduct's partner, after a name ("EDCI - HCl", "DMF − DMA")."""
_GLUED_REFERENCE = re.compile(
    r"(?<![\w])([a-z\ufb00-\ufb04]{4,40}),?(\d{1,3}(?:[,\u2013\-]\d{1,3}){0,5})(?=[ \u00a0.,;:)\]]|$)"
)
"""A lowercase word, the last of a hyphenated name or not, and the reference numbers glued after it, directly or
after a comma ("disulﬁde21", "tetroxide23,24", "N-phenylindole18", "anisole,17"); the comma stays."""
_WORD_DIGIT = re.compile(r"[a-z\ufb00-\ufb04]{4},?\d")
_SPELLED = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})
MAX_GLUED_REFERENCES = 64
"""Most glued reference numbers in a text for them to be left out (each is a look-up; the text read without
them holds none left to leave out, so it is read once)."""


def glued_references(text: str, chemical: Callable[[str], bool], is_name: Callable[[str], bool]) -> set[int]:
    """Offsets of reference numbers glued to the end of a chemical word ("ruthenium tetroxide23"), for the
    text to be read without them; the word with its digits must not be a name itself.

    Example:
        >>> is_word = lambda w: w == "tetroxide"
        >>> sorted(glued_references("with tetroxide23 and water", is_word, is_word))
        [14, 15]
    """
    out: set[int] = set()
    if _WORD_DIGIT.search(text) is None:
        return out  # the common case, cheaply: no digit right after four lowercase letters
    glued = list(islice(_GLUED_REFERENCE.finditer(text), MAX_GLUED_REFERENCES + 1))
    if len(glued) > MAX_GLUED_REFERENCES:
        return out  # more: a text of glued numbers, read as it is (the text read without them holds none)
    for g in glued:
        word = g.group(1).translate(_SPELLED)
        if chemical(word) and not is_name(word + g.group(2)):
            out.update(range(g.start(2), g.end(2)))
    return out


def tidied_prose(text: str, found: list[NameMatch], lookup: Callable[[str], Hit | None]) -> list[NameMatch]:
    """``found`` with spaced salts joined (``lookup`` reads the dotted salt), less the names inside a supported
    catalyst and the bare parents naming a part of a molecule.

    Example:
        >>> t = "Pd / C in the thiazole ring"
        >>> ms = [NameMatch(0, 2, "Pd", None, "formula", "x", "Pd"),
        ...       NameMatch(14, 22, "thiazole", "c1cscn1", "systematic", "opsin")]
        >>> tidied_prose(t, ms, lambda name: None)
        []
    """
    found = _joined_salts(text, found, lookup) if any(a in text for a in _PARTNERS) else found
    supported = [(s.start(), s.end()) for s in _SUPPORTED.finditer(text)] if _has_support(text) else []
    out = []
    for m in found:
        if _inside(supported, m):
            continue
        if text[m.end : m.end + 1] not in (" ", "\u00a0"):
            out.append(m)  # no space after the name: no part, shape or product word follows it
            continue
        if _PART.match(text, m.end) and _parent(m) and not _element_substrate(text, m):
            continue
        if _SHAPE.match(text, m.end) and m.kind != "formula" and m.name.isupper() and len(m.name) >= 3:
            continue  # "the central THF motif", "arylated THF scaffolds": the ring in a molecule
        if _PRODUCT.match(text, m.end) and _WORD_NAME.fullmatch(m.name) and m.name not in ELEMENT_NAMES:
            continue  # "the naphthalene product": the product's family ("carbon products" are the element)
        out.append(m)
    return out


def _joined_salts(text: str, found: list[NameMatch], lookup: Callable[[str], Hit | None]) -> list[NameMatch]:
    """``found`` with each name before a spaced joint and an acid read as the dotted salt the lexicon knows
    ("EDCI - HCl": "EDCI·HCl"), the acid's own match dropped."""
    out: list[NameMatch] = []
    acids: set[int] = set()
    for m in found:
        j = _SPACED_JOINT.match(text, m.end) if m.kind == "lexicon" and " " not in m.name else None
        hit = lookup(f"{m.name}\u00b7{j.group(1)}") if j else None
        if j is not None and hit is not None and hit.kind == "lexicon" and hit.smiles:
            out.append(match_of(text, m.start, j.end(1), hit))
            acids.add(j.start(1))
            continue
        out.append(m)
    return [m for m in out if m.start not in acids]


def _inside(spans_: list[tuple[int, int]], m: NameMatch) -> bool:
    """Whether a match overlaps one of ``spans_`` (sorted, not overlapping), by bisection."""
    i = bisect_left(spans_, (m.end,))  # the spans starting before the match's end
    return i > 0 and spans_[i - 1][1] > m.start


def _has_support(text: str) -> bool:
    return "charcoal" in text or "Pd" in text or ("carbon" in text and " on " in text)


_SUBSTRATE = re.compile(rf"{_SPACE}substrates?(?![A-Za-z])")


def _element_substrate(text: str, m: NameMatch) -> bool:
    """Whether an element's name stands before "substrate(s)": a substrate made of the element ("silicon
    substrates"), as its symbol is ("Si substrates"), not a class of reactants ("indole substrates")."""
    return m.name.lower() in ELEMENT_NAMES and _SUBSTRATE.match(text, m.end) is not None


def _parent(m: NameMatch) -> bool:
    """Whether a match is a bare parent name: no formula, no abbreviation, no located substituent, no person's
    name ("Zeise ’s dimer insertion": one named compound)."""
    if _EPONYM.search(m.name):
        return False
    return m.kind != "formula" and FORMULA_LIKE.search(m.name) is None and is_bare_parent(m.name)
