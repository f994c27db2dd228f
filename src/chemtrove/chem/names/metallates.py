"""Halometallate salts and acids, which OPSIN does not read: "hydrogen hexachloroplatinate", "hexachloroplatinic
acid", "Ammonium hexachloropalladate (IV)", "potassium tetrachloroaurate(III)", "chloroauric acid".

The anion word spells its parts: a multiplying prefix (tetra-, hexa-), a halide ligand (fluoro, chloro, bromo,
iodo) and the metal's stem with ``-ate`` (the salt) or ``-ic`` before "acid" (the acid). The metal's oxidation
state is the one written ("(IV)") or the one the anion has in common use (platinum(IV) in the hexachloro anion,
platinum(II) in the tetrachloro anion, gold(III)); the anion's charge is that state less the ligands, and the
cation (hydrogen, ammonium, an alkali metal, "dihydrogen" and the like when their count is written) is counted by
charge balance. Hydrate words after the name add their water. The name is read as the formula this gives (no
SMILES). Used by :class:`chemtrove.chem.names.NameFinder` before OPSIN; tested in
``tests/chem/names/test_name_metallates.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.formulas import Formula, parse_formula

_METALS = {
    # stem: (symbol, usual state in the hexahalo anion, usual state in the tetrahalo anion)
    "platin": ("Pt", 4, 2),
    "pallad": ("Pd", 4, 2),
    "aur": ("Au", None, 3),
    "irid": ("Ir", 4, None),
    "osm": ("Os", 4, None),
    "rhen": ("Re", 4, None),
    "rhod": ("Rh", 3, None),
    "stann": ("Sn", 4, None),
    "titan": ("Ti", 4, None),
    "zircon": ("Zr", 4, None),
    "alumin": ("Al", 3, None),
    "cupr": ("Cu", None, 2),
    "zinc": ("Zn", None, 2),
    "cobalt": ("Co", None, 2),
    "nickel": ("Ni", None, 2),
    "ferr": ("Fe", None, 3),
}
_UNPREFIXED_ACID = {"platin": 6, "aur": 4, "irid": 6, "pallad": 4}
"""Acids written without a multiplying prefix ("chloroplatinic acid" is H2PtCl6, "chloroauric acid" HAuCl4)."""

_HALIDES = {"fluoro": "F", "chloro": "Cl", "bromo": "Br", "iodo": "I"}
_COUNTS = {"tetra": 4, "hexa": 6}
_CATIONS = {
    "hydrogen": "H",
    "ammonium": "(NH4)",
    "lithium": "Li",
    "sodium": "Na",
    "potassium": "K",
    "rubidium": "Rb",
    "cesium": "Cs",
    "caesium": "Cs",
}
_CATION_COUNTS = {"": None, "di": 2, "tri": 3, "tetra": 4}
_HYDRATES = {
    "hydrate": 1,
    "monohydrate": 1,
    "dihydrate": 2,
    "trihydrate": 3,
    "tetrahydrate": 4,
    "pentahydrate": 5,
    "hexahydrate": 6,
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}

_ANION = re.compile(
    r"(tetra|hexa)?(fluoro|chloro|bromo|iodo)(" + "|".join(_METALS) + r")(ate|ic)"
    r"(?:\s?\((i{1,3}|iv|vi?)\))?"
)
_CATION = re.compile(r"(di|tri|tetra)?(" + "|".join(_CATIONS) + ")")


def _anion(word: str) -> tuple[str, int, int, int, str] | None:
    """``(symbol, ligands, charge, halide, form)`` of a halometallate word ("hexachloroplatinate(IV)"), or
    ``None``; ``form`` is "ate" (a salt) or "ic" (an acid)."""
    m = _ANION.fullmatch(word)
    if m is None:
        return None
    count_word, halide, stem, form, roman = m.groups()
    symbol, hexa_state, tetra_state = _METALS[stem]
    if count_word is None:
        if form != "ic" or stem not in _UNPREFIXED_ACID:
            return None
        count = _UNPREFIXED_ACID[stem]
    else:
        count = _COUNTS[count_word]
    state = _ROMAN[roman] if roman else (hexa_state if count == 6 else tetra_state)
    if state is None or state >= count:
        return None
    return symbol, count, state - count, _HALIDES[halide], form


def metallate(name: str) -> Formula | None:
    """The formula of a halometallate salt or acid by charge balance, or ``None`` for any other name.

    Args:
        name: A candidate name of one to four words.

    Returns:
        The :class:`~chemtrove.chem.names.formulas.Formula` of the whole compound, or ``None``.

    Example:
        >>> [metallate(n).reduced for n in ("hydrogen hexachloroplatinate", "hexachloroplatinic acid",
        ...  "Ammonium hexachloropalladate (IV)", "potassium tetrachloroaurate(III) dihydrate")]
        ['H2PtCl6', 'H2PtCl6', 'H8Pd(NCl3)2', 'KH4Au(Cl2O)2']
        >>> metallate("sodium chloride") is None, metallate("dilithium hexachloroplatinate").reduced
        (True, 'Li2PtCl6')
    """
    lower = name.lower()
    if " " not in lower or not any(halide in lower for halide in _HALIDES):
        return None
    words = re.sub(r"\s+\(", "(", lower.strip()).split()
    water = 0
    while len(words) > 1 and words[-1] in _HYDRATES:
        water += _HYDRATES[words.pop()]
    if len(words) == 2 and words[1] == "acid" and (anion := _anion(words[0])) and anion[4] == "ic":
        cation, given = "H", None
    elif len(words) == 2 and (m := _CATION.fullmatch(words[0])) and (anion := _anion(words[1])) and anion[4] == "ate":
        cation, given = _CATIONS[m.group(2)], _CATION_COUNTS[m.group(1) or ""]
    else:
        return None
    symbol, count, charge, halide, _ = anion
    if given is not None and given != -charge:
        return None  # "trisodium hexachloroplatinate": the charges do not add up
    n = -charge
    written = f"{cation}{n if n > 1 else ''}{symbol}{halide}{count}" + (f"(H2O){water}" if water else "")
    return parse_formula(written)
