"""Symbols that name a quantity, not a substance: a polymer's number- and weight-average molar masses
("PTAA, Mn = 17500 g mol-1", "Mw ~ 50 kDa"), where "Mn" is no manganese."""

from __future__ import annotations

import re

_MOLAR_MASS = re.compile(
    r"\s{0,2}(?:=|~|\u2248|\u223c)\s{0,2}\d[\d,. \u2009]{0,12}\s{0,2}"
    r"(?:g\s{0,2}(?:/\s{0,2}mol|mol\s{0,2}(?:-1|\u22121|\u207b\u00b9|\^-1))|kg\s{0,2}/\s{0,2}mol|kDa|Da)\b"
)
_SYMBOLS = frozenset({"Mn", "Mw", "Mv", "Mz"})


def molar_mass(text: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` is a molar-mass symbol: "Mn" (or "Mw", "Mv", "Mz") followed by an
    equals (or approximately) sign and a number in mass units per mole ("Mn = 17500 g mol-1", "Mw~50 kDa").
    The symbol is checked first; the look-ahead is bounded (a few dozen characters).

    Example:
        >>> t = "PTAA (Mn = 17500 g mol-1) and Mn = 0.5 in LiMn2O4"
        >>> molar_mass(t, 6, 8), molar_mass(t, 30, 32)
        (True, False)
    """
    if text[start:end] not in _SYMBOLS:
        return False
    return _MOLAR_MASS.match(text, end, min(len(text), end + 48)) is not None


UNIT_SYMBOLS = frozenset({"Pa", "V", "W", "K", "C", "N", "F", "H", "S", "Gy", "Sv", "Bq", "Da", "Hz", "Wb", "Ci"})
"""Units written like element symbols (pascal, volt, watt, kelvin, coulomb, newton, farad, henry, siemens, ...):
only these are read as a unit after a number ("100 Pa", "5 V"); "grade 1 Ti sheet" is titanium."""


def unit_symbol(word: str) -> bool:
    """Whether a word after a number may be a unit rather than an element (:data:`UNIT_SYMBOLS`).

    Example:
        >>> unit_symbol("Pa"), unit_symbol("Ti")
        (True, False)
    """
    return word in UNIT_SYMBOLS
