"""Formulas written with spaces between their parts: "Fe ( H 2 O ) 6 3 +", "Co ( OH ) 3 -", "C6H4 (COOH)2";
and systematic names with a space before a locant ("furan -3-boronic acid").

Text converted from PDFs often spaces out a formula's symbols, counts, brackets and charge. Read from an
element symbol or formula, the spaced parts are joined and parsed as one formula: the last count before a
sign that follows another count is the charge ("... ) 6 3 +": six waters, charge 3+), a sign alone is a
charge of one. Used by :class:`chemtrove.chem.names.NameFinder`; tested on made-up sentences in
``tests/chem/names/test_name_codes.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.formulas import Formula, parse_formula

_PART = re.compile(r"((?:[A-Z][a-z]?\d*)+|\((?:[A-Z][a-z]?\d*)+\)\d*|[()]|\d+|[+-])(?=[ )+\-,.;:*\u00b7]|$)")
_GLUED_HYDRATE = re.compile(r"[*\u00b7]\d{0,2}(?:\.\d)?H2O(?=[\s,;:.)]|$)")
"""A hydrate glued after a spaced formula's last count ("Ni (CH3COO)2*4H2O"): part of the formula."""
_HEAD = re.compile(r"(?:[A-Z][a-z]?\d*)+")
_ROMAN = re.compile(r"\(?[IVX]+\)?")
_LABEL = re.compile(r"\([A-Z]\)\d*")
"""A capital letter alone in brackets: a label ("Lewis acidic I2 (C)22"), as a formula's group holds more."""
_VARIABLE_AFTER = re.compile(r" [a-zδ]\b")

_SPACED_LOCANT = re.compile(r"(?<=[A-Za-z]) (?=-\d{1,3}[a-z]?(?:,\d{1,3}[a-z]?){0,5}'{0,3}-[A-Za-z(\[])")
"""A space before a locant and its hyphen ("furan -3-boronic acid"): the word before it is the parent's."""

MAX_PARTS = 24
"""Most spaced parts read for one formula (keeps the reading bounded)."""


def spaced_formula(text: str, start: int) -> tuple[int, str, int] | None:
    """The spaced formula starting at ``start``: ``(end, formula, charge)``, or ``None`` when the text
    there is no spaced formula with brackets, each with its count (an oxidation number "Fe (III)", a note
    "Fe (99.9%)", a supplier "PdCl2 (CDH)", a variable composition "Co ( OH ) 6 2 - x").

    Example:
        >>> t = "ions as Fe ( H 2 O ) 6 3 + and Co ( OH ) 3 - in water; Fe (III) and Fe (99%)"
        >>> spaced_formula(t, 8), spaced_formula(t, 31)
        ((26, 'Fe(H2O)6', 3), (44, 'Co(OH)3', -1))
        >>> spaced_formula(t, t.index("Fe (III)")), spaced_formula(t, t.index("Fe (99"))
        (None, None)
        >>> spaced_formula("C6H4 (COOH)2 and", 0)
        (12, 'C6H4(COOH)2', 0)
    """
    parts: list[str] = []
    pos = start
    while len(parts) < MAX_PARTS:
        at = pos + 1 if parts and text.startswith(" ", pos) else pos
        m = _PART.match(text, at)
        if m is None or (parts and at == pos and not (parts[-1] in "()" or m.group(1) in "()")):
            break
        if m.group(1) == ")" and "".join(parts).count("(") <= "".join(parts).count(")"):
            break  # the closing bracket of the sentence: "(C6H4 (COOH)2)"
        if at > pos and _LABEL.fullmatch(m.group(1)):
            break  # "I2 (C)22": an intermediate's letter (and a reference number) after a space, no group
        parts.append(m.group(1))
        pos = m.end()
    body = "".join(parts)
    if " " not in text[start:pos] or "(" not in body or body.count("(") != body.count(")"):
        return None
    if any(_ROMAN.fullmatch(p) for p in parts) or "()" in body or _VARIABLE_AFTER.match(text, pos):
        return None
    closed = [i for i, p in enumerate(parts) if p == ")" or (p.startswith("(") and p.endswith(")"))]
    if any(i + 1 == len(parts) or not parts[i + 1].isdigit() for i in closed):
        return None  # every bracket of a formula has its count: "PdCl2 (CDH)" is a supplier
    charge = 0
    if parts[-1] in "+-":
        sign = 1 if parts.pop() == "+" else -1
        size = int(parts.pop()) if len(parts) > 2 and parts[-1].isdigit() and parts[-2].isdigit() else 1
        charge = sign * size
    if not parts[0][:1].isupper() or parts[-1] == "(":
        return None
    return pos, "".join(parts), charge


def read_spaced(text: str, start: int) -> tuple[int, Formula] | None:
    """The spaced formula starting at ``start`` parsed (its end and formula), or ``None``."""
    head = _HEAD.match(text, start)
    if head is None or not text.startswith(" (", head.end()):
        return None  # the common case, cheaply: no spaced bracket after the first symbol or formula
    found = spaced_formula(text, start)
    if found is None:
        return None
    end, body = found[0], found[1]
    if (hydrate := _GLUED_HYDRATE.match(text, end)) is not None and not found[2]:
        end, body = hydrate.end(), body + hydrate.group()
    formula = parse_formula(body)
    return (end, formula) if formula is not None else None


def locant_heads(text: str) -> set[int]:
    """Start offsets of the words written before a spaced locant ("furan" of "furan -3-boronic acid", as patent
    text converted from print spaces it): a word of the name that follows, whatever the word is alone.

    Example:
        >>> t = "was added furan -3-boronic acid and water -2 times"
        >>> [t[i : i + 5] for i in sorted(locant_heads(t))]
        ['furan']
    """
    if " -" not in text:
        return set()  # the common case, cheaply
    heads = set()
    for m in _SPACED_LOCANT.finditer(text):
        start = m.start()
        while start > 0 and m.start() - start < 60 and text[start - 1].isalpha():
            start -= 1
        if start == 0 or text[start - 1].isspace():
            heads.add(start)
    return heads
