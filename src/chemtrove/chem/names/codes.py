"""Words that read as formulas or names but are codes, placeholders or parts of longer names.

Used by :class:`chemtrove.chem.names.NameFinder`; each rule is a class of cases, tested on made-up
sentences in ``tests/chem/names/test_name_codes.py``:

* sample and product codes written like formulas ("CS600", "CBV390H", "FP40", "P1");
* a formula glued to the next sentence by a missing space ("denoted P1.In the second method") or to a
  reference number after its full stop ("(CH3NH3)4PbI6*2H2O.26");
* a formula opening a bracketed complex written with spaces ("[PdCl2 (PPh3)2]"): a part of the complex;
* a name whose words go on to the left ("5-substituted salicylaldehyde", "(1,1,3,3-tetramethylbutyl) phenyl
  ether"): a class or the tail of a longer name, not the compound its last words name.
"""

from __future__ import annotations

import re

from chemtrove.chem.names import spans

_CAPITALS_THEN_COUNT = re.compile(r"[A-Z]{2,}\d{2,}[A-Z]?")
"""Two or more capitals and a count of two digits or more ("FP40", "CBV390H"): a product code."""

_COUNT = re.compile(r"(?<![\d.])\d+(?![\d.])")
_ONE_SYMBOL_ONE = re.compile(r"[A-Z][a-z]?1")
"""An element symbol with the count 1 written out ("P1", "C1"): a sample number, not a formula."""

MAX_COUNT = 99
"""Largest whole count a formula written in prose has; a larger one ("CS600") is a sample code."""

_SENTENCE_GLUE = re.compile(r"\.([A-Z][a-z]+)$")
"""A capitalized word glued to a formula by a full stop with no space ("P1.In")."""

_CITATION = re.compile(r"(?<=[A-Za-z)])\.\d{1,3}$")
"""A reference number after a full stop that ends a formula ("H2O.26"); a decimal count follows a digit."""

_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")

_SUBSTITUENT_BEFORE = re.compile(r"yl\)\s$")
"""A bracketed substituent just before a name ("(1,1,3,3-tetramethylbutyl) phenyl ether")."""


def sample_code(word: str) -> bool:
    """Whether a word that parses as a formula is a sample or product code: a whole count over
    :data:`MAX_COUNT` ("CS600"), two or more capitals and a two-digit count ("FP40", "CBV390H"), or one
    symbol with the count 1 ("P1").

    Example:
        >>> [sample_code(w) for w in ("CS600", "CBV390H", "FP40", "P1", "C60", "CO2", "PW12O40", "SF6")]
        [True, True, True, True, False, False, False, False]
    """
    if _CAPITALS_THEN_COUNT.fullmatch(word) or _ONE_SYMBOL_ONE.fullmatch(word):
        return True
    return any(int(n) > MAX_COUNT for n in _COUNT.findall(word))


def glued_sentence(text: str, start: int, end: int) -> int | None:
    """Where a word glued to the next sentence by a missing space ends its first part ("P1.In the second
    method"): the position of the full stop, when a capitalized word follows it and a lowercase word
    follows that, or when a reference number ends the sentence ("formed CaO.12 Then"); ``None``
    otherwise. A hydrate ("CuSO4.H2O") has no lowercase word after it; a decimal count ("MnO1.84")
    follows a digit.

    Example:
        >>> t = "denoted P1.In the second method; CuSO4.H2O was used; MnO1.84 and CaO.12 Then"
        >>> [glued_sentence(t, a, b) for a, b in ((8, 13), (33, 42), (53, 60), (65, 71))]
        [10, None, None, 68]
    """
    if (ref := _CITATION.search(text, start, end)) is not None and (end == len(text) or text[end].isspace()):
        return ref.start()
    m = _SENTENCE_GLUE.search(text, start, end)
    if m is None or m.end() != end:
        return None
    return m.start() if _LOWER_AFTER.match(text, end) else None


def name_goes_on_left(text: str, start: int) -> bool:
    """Whether a name at ``start`` is the end of a longer one: a substituted class ("5-substituted
    salicylaldehyde") or a name after a bracketed substituent ("(1,1,3,3-tetramethylbutyl) phenyl ether").

    Example:
        >>> t = "the 5-substituted salicylaldehyde and (1,1,3,3-tetramethylbutyl) phenyl ether in ethanol"
        >>> [name_goes_on_left(t, t.index(s)) for s in ("salicylaldehyde", "phenyl", "ethanol")]
        [True, True, False]
    """
    before = spans.previous_word(text, start)
    if before and before.endswith("substituted"):
        return True
    return _SUBSTITUENT_BEFORE.search(text, max(0, start - 4), start) is not None


def inside_complex(text: str, start: int, end: int) -> bool:
    """Whether a formula opens a square-bracketed complex written with spaces ("[PdCl2 (PPh3)2]"): the
    formula is one part of the complex, not the compound.

    Example:
        >>> t = "[PdCl2 (PPh3)2] and [PdCl2] and PdCl2"
        >>> [inside_complex(t, a, a + 5) for a in (1, 21, 32)]
        [True, False, False]
    """
    if start == 0 or text[start - 1] != "[" or end >= len(text) or not text[end].isspace():
        return False
    close = text.find("]", end, end + MAX_COMPLEX_CHARS)
    return close > 0 and "[" not in text[end:close]


MAX_COMPLEX_CHARS = 60
"""Longest rest of a bracketed complex looked at."""
