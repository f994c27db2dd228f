"""More context rules: bare anion words, class words, gas mixtures and oxide compositions written as one token.

Used by :mod:`chemtrove.chem.names.context` and :class:`chemtrove.chem.names.NameFinder`; each rule is a
class of cases, tested on corpus-like sentences in ``tests/chem/names/test_name_mentions.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chemtrove.chem.names import spans
from chemtrove.chem.names.formulas import ELEMENTS, ENGLISH_SYMBOL_WORDS, looks_like_formula

ION_NOUNS = frozenset("ion ions anion anions".split())
"""Words after a bare anion word that make it the ion ("sulfate ions")."""

_ION_IN_BRACKETS = re.compile(r"[ \u00a0]*\([ \u00a0]*[A-Z][A-Za-z0-9]{0,12}[ \u00a0]?[+\-\u2212][ \u00a0]*\)")
"""The ion's formula in brackets after a bare anion word ("sulfide ( S2− )", "nitrate (NO3-)"): it names the ion."""

CLASS_WORDS = frozenset(
    ("alkyl dialkyl trialkyl tetraalkyl aryl diaryl triaryl quaternary alkylammonium tetraalkylammonium alkoxy").split()
)
"""Words before a name that make it a class of compounds ("tetraalkyl ammonium hydroxide", "quaternary
ammonium salts"), not the compound the rest of the words name."""

CLASS_NOUNS = frozenset("alcohol ether".split())
"""Names of a class of compounds that, alone, name its common member in a lab's usage (the default
lexicon: "alcohol" is ethanol, "ether" diethyl ether), unless context makes them the class
(:func:`class_noun`)."""

_CLASS_BEFORE = frozenset(
    (
        "a an any each another petroleum crown primary secondary tertiary fatty sugar aliphatic aromatic allylic "
        "benzylic polyhydric monohydric dihydric long-chain vinyl polyvinyl cyclic glycol phenyl aryl alkyl amino "
        "homoallylic propargylic homopropargylic acetylenic olefinic known resulting desired starting"
    ).split()
)
_CLASS_AFTER = frozenset(
    (
        "group groups moiety moieties bond bonds linkage linkages functionality functionalities dehydrogenase oxidase"
    ).split()
)

COMPOUND_CLASS_NOUNS = frozenset(
    "alkoxides oxoacids oxyacids oxoanions oxyanions halides alkyls carboxylates chalcogenides pnictides".split()
)
"""Plural nouns after an element that name a class of its compounds ("titanium alkoxides", "Te oxoacids"),
not the element (:func:`before_compound_class`, which also takes "containing" and "bearing" written apart:
"bromine containing molecules")."""

_GAS_PERCENT = re.compile(r"[A-Z][A-Za-z0-9]*-\d+(?:\.\d+)?%$")
_COEFFICIENT = re.compile(r"\d+(?:\.\d+)?")


def lone_anion(text: str, w: spans.Word) -> bool:
    """Whether a one-word name is a bare anion word with no cation ("acetate", "oxalate", "nitrate") that
    does not name the ion: a class of salts ("metal oxalate", "the oxalate method"), a precursor type ("A
    for acetate, N for nitrate") or an anaphor for a salt named before. Only "ion(s)" or "anion(s)" after it
    ("sulfate ions") or the ion's formula in brackets ("inorganic sulfide ( S2− )") makes it the ion.

    Example:
        >>> t = "A for acetate, N for nitrate; sulfate ions were removed; sulfide (S2-) was"
        >>> [lone_anion(t, w) for w in spans.words(t) if w.text in ("acetate", "nitrate", "sulfate", "sulfide")]
        [True, True, False, False]
    """
    lw = w.text.lower()
    if lw not in spans.ION_WORDS or not lw.endswith(("ate", "ite", "ide")) or lw.endswith("hydrate"):
        return False
    if not w.cut_right and _ION_IN_BRACKETS.match(text, w.end):
        return False  # "inorganic sulfide ( S2− )": the ion, its formula given
    return w.cut_right or spans.next_word(text, w.end) not in ION_NOUNS


def after_class_word(text: str, start: int) -> bool:
    """Whether a name starting at ``start`` follows a class word (:data:`CLASS_WORDS`): "tetraalkyl
    ammonium hydroxide" names a class of salts, not ammonium hydroxide.

    Example:
        >>> t = "tetraalkyl ammonium hydroxide and ammonium hydroxide"
        >>> after_class_word(t, 11), after_class_word(t, 34)
        (True, False)
    """
    return spans.previous_word(text, start) in CLASS_WORDS


def in_gas_mixture(text: str, start: int) -> bool:
    """Whether a word follows a gas with a percentage glued to it by a hyphen ("Ar-5% H2", "N2-10% O2"):
    the name of one gas mixture, not a mention of the second gas alone.

    Example:
        >>> in_gas_mixture("annealed in Ar-5% H2 gas", 18), in_gas_mixture("in 5% H2 gas", 6)
        (True, False)
    """
    before = text[max(0, start - 24) : start]
    if not before.endswith((" ", "\u00a0")):
        return False
    words = before.split()
    return bool(words) and bool(_GAS_PERCENT.search(words[-1]))


_STATED_RATIO = re.compile(r" ?= ?(\d+(?:\.\d+)?(?::\d+(?:\.\d+)?)+)(?![\d.:]?\d)")


def stated_ratio(text: str, end: int, parts: int) -> bool:
    """Whether the numbers of a ratio, as many as ``parts``, follow offset ``end`` after an equals sign
    ("Cu:CTAB:H2O:N2H4 = 1:0.75:300:1"): the token before names the ratio's members.

    Example:
        >>> t = "Cu:CTAB = 1:0.75, then"
        >>> stated_ratio(t, 7, 2), stated_ratio(t, 7, 3)
        (True, False)
    """
    m = _STATED_RATIO.match(text, end, min(len(text), end + 80))
    return m is not None and m.group(1).count(":") + 1 == parts


def _abbreviation(piece: str) -> bool:
    """Whether ``piece`` is written like an abbreviation: letters and digits, a capital first, two or more."""
    return piece.isascii() and piece.isalnum() and piece[:1].isupper() and sum(c.isupper() for c in piece) >= 2


def composition_members(
    token: str, hit_of: Callable[[str], object | None], *, stated: bool = False
) -> list[tuple[int, int, object]]:
    """The formulas of an oxide composition written as one token with colons ("4.0Na2O:0.2",
    "Al2O3:1.0SiO2:200H2O", "SiO2:Al2O3"): each formula without its coefficient, with what ``hit_of`` gives
    for it (a formula read by the lexicons or pymatgen). A part that is a number alone (a coefficient of the
    next token) is skipped; ``[]`` when any other part is not a formula or no part is (a ratio "1:2"). In a
    molar composition, where a part carries a coefficient ("1 TEOS:0.27 TPAOH:37H2O"), a part may also be an
    abbreviation (two capitals or more, letters and digits only) that ``hit_of`` reads; so may it where the
    caller found the ratio's numbers stated after the token (``stated``: "Cu:CTAB:H2O:N2H4 = 1:0.75:300:1"), and
    so may an element symbol there.

    Example:
        >>> t = "Al2O3:1.0SiO2:200H2O"
        >>> [t[a:b] for a, b, _ in composition_members(t, lambda part: part)]
        ['Al2O3', 'SiO2', 'H2O']
        >>> t = "TPAOH:37H2O"
        >>> [t[a:b] for a, b, _ in composition_members(t, lambda part: part)]
        ['TPAOH', 'H2O']
    """
    out: list[tuple[int, int, object]] = []
    pos = 0
    numbered = any(_COEFFICIENT.match(part) for part in token.split(":"))
    for part in token.split(":"):
        start, end = pos, pos + len(part)
        pos = end + 1
        m = _COEFFICIENT.match(part)
        if m is not None and m.end() == len(part):
            continue  # "0.2": the coefficient of the formula after the space
        if m is not None:
            start += m.end()
        piece = token[start:end]
        # "TEOS" of "1 TEOS:0.27 TPAOH:37H2O"; "Cu" and "CTAB" of "Cu:CTAB = 1:2"
        named = (numbered or stated) and _abbreviation(piece) or stated and piece in ELEMENTS
        hit = hit_of(piece) if start < end and (looks_like_formula(piece) or named) else None
        if hit is None:
            return []
        out.append((start, end, hit))
    return out if ":" in token else []


def class_noun(text: str, w: spans.Word) -> bool:
    """Whether a class name (:data:`CLASS_NOUNS`) names the class, not its common member: after an article
    or a word that makes it another compound or a kind ("an alcohol", "petroleum ether", "crown ether",
    "primary alcohol", "fatty alcohol", "acetylenic alcohol", "1,2-amino alcohol", "known alcohol"), or before a
    word that makes it a functional group ("ether bonds", "alcohol groups"). Alone ("washed with alcohol", "in
    13 mL of ether") it is the common member.

    Example:
        >>> t = "washed with alcohol and petroleum ether; an alcohol"
        >>> [class_noun(t, w) for w in spans.words(t) if w.text in CLASS_NOUNS]
        [False, True, True]
    """
    if w.text.lower() not in CLASS_NOUNS:
        return False
    before = "" if w.cut_left else spans.previous_word(text, w.start)
    after = "" if w.cut_right else spans.next_word(text, w.end)
    if before.endswith(("diaryl", "dialkyl")):
        return True  # "o-iododiaryl ether": a class named by its placeholder groups
    return before.rpartition("-")[2] in _CLASS_BEFORE or after in _CLASS_AFTER  # "1,2-amino alcohol" too


_ION_DEVICE = re.compile(
    r"[ \u00a0]+ions?[ \u00a0]+(?:batter(?:y|ies)|cells?|capacitors?|conductors?)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]|\bal\.)\s*$")


def ion_device(text: str, end: int) -> bool:
    """Whether an element name ending at ``end`` names a device by its ion ("lithium ion batteries",
    "sodium ion capacitors"), not the element.

    Example:
        >>> t = "anodes for lithium ion batteries; lithium ions move"
        >>> ion_device(t, 18), ion_device(t, 42)
        (True, False)
    """
    return _ION_DEVICE.match(text, end) is not None


def helium(text: str, w: spans.Word) -> bool:
    """Whether the word "He" inside a sentence is helium: the pronoun is written "he" there, and "He"
    starting a sentence is the pronoun ("and He were supplied", "under flowing He").

    Example:
        >>> t = "He stirred it. Air and He were fed at 50 mL/min"
        >>> [helium(t, w) for w in spans.words(t) if w.text == "He"]
        [False, True]
    """
    return w.text == "He" and not w.cut_left and _SENTENCE_END.search(text, max(0, w.start - 20), w.start) is None


_FORM_OR_PURITY = re.compile(
    r"[ \u00a0]?\((?:shots?|rods?|pieces?|granules?|ingots?|lumps?|chips?|pellets?|beads?|wires?|foils?|"
    r"powders?|flakes?|sheets?|\d+(?:\.\d+)?\+?[ \u00a0]?%)[,;) ]",
    re.IGNORECASE,
)


def raw_element(text: str, end: int) -> bool:
    """Whether an element symbol ending at ``end`` is followed by brackets that give its form or purity
    ("Ba (rod, 99+%)", "S (shots, 99.999%)", "In (99.99%)"): the element as a starting material, also for
    symbols that are English words or single letters.

    Example:
        >>> t = "Ba (rod, 99+%), S (shots) and In (99.99%) were sealed; type I (see above)"
        >>> [raw_element(t, e) for e in (2, 17, 32, 61)]
        [True, True, True, False]
    """
    return _FORM_OR_PURITY.match(text, end) is not None


def before_compound_class(text: str, end: int) -> bool:
    """Whether an element (name or symbol) ending at ``end`` is followed by a class of its compounds
    (:data:`COMPOUND_CLASS_NOUNS`, or the plural of an anion word: "iron nitrates"), which names no single
    compound and not the element.

    Example:
        >>> before_compound_class("hydrolysis of titanium alkoxides", 22), before_compound_class("Ni nitrates", 2)
        (True, True)
        >>> before_compound_class("titanium powder", 8)
        False
    """
    after = spans.next_word(text, end)
    if after in COMPOUND_CLASS_NOUNS or after in ("containing", "bearing"):
        return True  # "bromine containing molecules": the class of its compounds
    return after.endswith("s") and after[:-1] in spans.ION_WORDS and after[:-1].endswith(("ate", "ite", "ide"))


NONMETAL_NAMES = frozenset(
    "hydrogen helium boron carbon nitrogen oxygen fluorine neon silicon phosphorus sulfur sulphur chlorine argon "
    "arsenic selenium bromine krypton tellurium iodine xenon radon".split()
)
"""Element names of the non-metals and metalloids: a foam of one is a material ("carbon foam")."""


METAL_FORMS = frozenset("foam foams paste pastes mesh meshes gauze target targets".split())
"""Forms after a bare metal name that are the metal: a foam (a current collector or substrate), a paste (a
contact or electrode: "silver paste", "platinum paste"), a mesh or gauze (an electrode or current collector:
"platinum mesh") and a sputtering or collecting target ("copper target"). Joined by a hyphen to the word
after, the noun names an object made of the metal ("tungsten mesh-heated furnace")."""


def metal_foam(text: str, w: spans.Word) -> bool:
    """Whether a bare metal name is followed by a form of the metal (:data:`METAL_FORMS`): the metal itself
    ("nickel foam", "copper foams", "silver paste", "platinum mesh", "copper target"), where a non-metal's
    foam is another material ("carbon foam").

    Example:
        >>> from chemtrove.chem.names.spans import Word
        >>> texts = ("nickel foam", "carbon foam", "Platinum mesh and", "tungsten mesh-heated")
        >>> [metal_foam(t, Word(0, t.index(" "), t[: t.index(" ")], False, False)) for t in texts]
        [True, False, True, False]
    """
    return w.text.lower() not in NONMETAL_NAMES and spans.next_word(text, w.end) in METAL_FORMS


_PARTNER_AFTER = re.compile(r",? (?:and|or) ([A-Z][a-z]?)(?![A-Za-z0-9])")
_PARTNER_BEFORE = re.compile(r"(?<![A-Za-z0-9])([A-Z][a-z]?),? (?:and|or) $")


def paired_symbol(text: str, w: spans.Word) -> bool:
    """Whether an element symbol that is also an English word (``La``, ``Co``, ``In``) is joined by "and" or
    "or" to an element symbol that is not one ("La and Mo", "Sr or Co"): two elements named side by side.

    Example:
        >>> from chemtrove.chem.names.spans import Word
        >>> t = "polyacrylates of La and Mo; In or As"
        >>> paired_symbol(t, Word(17, 19, "La", False, False)), paired_symbol(t, Word(28, 30, "In", False, False))
        (True, False)
    """
    if w.text not in ENGLISH_SYMBOL_WORDS:
        return False
    after = _PARTNER_AFTER.match(text, w.end, min(len(text), w.end + 12))
    before = _PARTNER_BEFORE.search(text[max(0, w.start - 12) : w.start])
    return any(
        m is not None and m.group(1) in ELEMENTS and m.group(1) not in ENGLISH_SYMBOL_WORDS for m in (after, before)
    )


_SHARE_BEFORE = re.compile(
    r"(?:\d[\u00a0 ]?(?:wt|at|mol|vol)\.?[\u00a0 ]?%|\b(?:amount|amounts|loading|content|fraction|ratio)[\u00a0 ]of)"
    r"[\u00a0 ]?$"
)
_SYMBOL_LIST = re.compile(r"(?<![A-Za-z0-9])[A-Z][a-z]?(?:, [A-Z][a-z]?)*,? (?:and|or) [A-Z][a-z]?(?![A-Za-z0-9])")


def element_share(text: str, w: spans.Word) -> bool:
    """Whether an element symbol follows a percentage or an amount of ("5.4 wt% Co", "4.1wt% Co", "10 at.% Ga",
    "the loading amount of Ge"): a share of the element in a material, the element itself, also for symbols
    that are English words.

    Example:
        >>> from chemtrove.chem.names.spans import Word
        >>> t = "47 wt% Pt, 5.4wt% Co and the amount of In; Co"
        >>> [element_share(t, Word(i, i + 2, t[i : i + 2], False, False)) for i in (18, 39, 43)]
        [True, True, False]
    """
    return not w.cut_left and _SHARE_BEFORE.search(text[max(0, w.start - 16) : w.start]) is not None


_SOURCE_BEFORE = re.compile(r"\b(?:precursors?|sources?)[\u00a0 ]+(?:of|for)[\u00a0 ]+$")


def symbol_list(text: str, w: spans.Word) -> bool:
    """Whether an element symbol stands in a list of three or more element symbols joined by commas and "and"
    or "or", one of which is no English word ("Ga, Ge and Te", "Co, Ni, and Mn"): elements named in a row;
    two are enough after "precursors of" or "sources for" ("used as precursors for Bi and S, respectively"),
    an element named as its source.

    Example:
        >>> from chemtrove.chem.names.spans import Word
        >>> t = "from Ga, Ge and Te; In, As or Be; precursors of Cu and W"
        >>> [symbol_list(t, Word(s, s + len(x), x, False, False)) for s, x in ((5, "Ga"), (20, "In"), (55, "W"))]
        [True, False, True]
    """
    lo, hi = max(0, w.start - 40), min(len(text), w.end + 40)
    if " and " not in text[lo:hi] and " or " not in text[lo:hi]:
        return False  # the common case, cheaply: no list ends near the symbol
    for m in _SYMBOL_LIST.finditer(text, lo, hi):
        if m.start() <= w.start and w.end <= m.end():
            symbols = re.findall(r"[A-Z][a-z]?", m.group())
            sourced = _SOURCE_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
            return (
                len(symbols) >= (2 if sourced else 3)
                and all(s in ELEMENTS for s in symbols)
                and any(s not in ENGLISH_SYMBOL_WORDS for s in symbols)
            )
    return False


SUBSTRATE_WORDS = frozenset(("substrate", "substrates"))
"""Nouns after an element symbol that make it the element: a substrate of the element, grown on or removed
("the Cu substrate", "Nb substrates"), as the materials sets mark it."""


def element_use(text: str, w: spans.Word) -> bool:
    """Whether an element symbol is used as the element: its form or purity in brackets follows
    (:func:`raw_element`), it is a substrate (:data:`SUBSTRATE_WORDS`), it is paired with another element's
    symbol (:func:`paired_symbol`) or listed with others (:func:`symbol_list`), or its share in a material is
    given (:func:`element_share`)."""
    return (
        (not w.cut_right and raw_element(text, w.end))
        or (not w.cut_right and spans.next_word(text, w.end) in SUBSTRATE_WORDS)
        or paired_symbol(text, w)
        or symbol_list(text, w)
        or element_share(text, w)
    )
