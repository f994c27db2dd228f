"""Inorganic names of one structure that OPSIN does not read: halometallate salts and acids ("hydrogen
hexachloroplatinate", "hexachloroplatinic acid", "Ammonium hexachloropalladate (IV)", "chloroauric acid"),
ammine complexes ("tetraammineplatinum(II) nitrate") and binary carbides and nitrides ("silicon carbide").

The anion word spells its parts: a multiplying prefix (tetra-, hexa-), a halide ligand (fluoro, chloro, bromo,
iodo) and the metal's stem with ``-ate`` (the salt) or ``-ic`` before "acid" (the acid). The metal's oxidation
state is the one written ("(IV)") or the one the anion has in common use (platinum(IV) in the hexachloro anion,
platinum(II) in the tetrachloro anion, gold(III)); the anion's charge is that state less the ligands, and the
cation (hydrogen, ammonium, an alkali metal, "dihydrogen" and the like when their count is written) is counted by
charge balance. Hydrate words after the name add their water. An ammine complex's cation carries the metal's
written oxidation state; its anions are counted by charge balance. A carbide or nitride of an element with one
such compound in common use (:data:`BINARY_COMPOUNDS`) is that compound. The name is read as the formula this
gives (no SMILES). Used by :class:`chemtrove.chem.names.NameFinder` before OPSIN; tested in
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


BINARY_COMPOUNDS = {
    "carbide": {
        "silicon": "SiC",
        "boron": "B4C",
        "titanium": "TiC",
        "tungsten": "WC",
        "zirconium": "ZrC",
        "hafnium": "HfC",
        "tantalum": "TaC",
        "niobium": "NbC",
        "vanadium": "VC",
        "calcium": "CaC2",
    },
    "nitride": {
        "boron": "BN",
        "titanium": "TiN",
        "aluminium": "AlN",
        "aluminum": "AlN",
        "gallium": "GaN",
        "indium": "InN",
        "zirconium": "ZrN",
        "hafnium": "HfN",
        "tantalum": "TaN",
        "niobium": "NbN",
    },
}
"""Carbides and nitrides of elements with one such compound in common use. Not here: those with several
(chromium, molybdenum and iron carbides; iron and copper nitrides), "silicon nitride", which names Si3N4 and the
non-stoichiometric SiNx of deposited films alike (the labelled sets call it generic), and "carbon nitride"."""

_ANIONS = {
    "chloride": ("Cl", 1),
    "bromide": ("Br", 1),
    "iodide": ("I", 1),
    "nitrate": ("(NO3)", 1),
    "nitrite": ("(NO2)", 1),
    "hydroxide": ("(OH)", 1),
    "acetate": ("(C2H3O2)", 1),
    "hydrogencarbonate": ("(HCO3)", 1),
    "bicarbonate": ("(HCO3)", 1),
    "sulfate": ("(SO4)", 2),
    "sulphate": ("(SO4)", 2),
    "carbonate": ("(CO3)", 2),
}
_AMMINE = re.compile(
    r"(di|tri|tetra|penta|hexa)ammine(platinum|palladium|cobalt|nickel|copper|zinc|ruthenium|rhodium|chromium)"
    r"\((i{1,3}|iv)\)"
)
_AMMINE_COUNTS = {"di": 2, "tri": 3, "tetra": 4, "penta": 5, "hexa": 6}
_SYMBOLS = {
    "platinum": "Pt",
    "palladium": "Pd",
    "cobalt": "Co",
    "nickel": "Ni",
    "copper": "Cu",
    "zinc": "Zn",
    "ruthenium": "Ru",
    "rhodium": "Rh",
    "chromium": "Cr",
}


def _ammine_salt(words: list[str]) -> str | None:
    """The written formula of an ammine complex's salt ("tetraammineplatinum(ii) nitrate"), or ``None``."""
    if len(words) != 2 or (m := _AMMINE.fullmatch(words[0])) is None or words[1] not in _ANIONS:
        return None
    anion, charge = _ANIONS[words[1]]
    state = _ROMAN[m.group(3)]
    if state % charge:
        return None
    count = state // charge
    return f"{_SYMBOLS[m.group(2)]}(NH3){_AMMINE_COUNTS[m.group(1)]}{anion}{count if count > 1 else ''}"


def metallate(name: str) -> Formula | None:
    """The formula of a halometallate salt or acid or an ammine complex's salt by charge balance, or of a binary
    carbide or nitride of :data:`BINARY_COMPOUNDS`; ``None`` for any other name.

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
        >>> [metallate(n).reduced for n in ("silicon carbide", "Boron nitride", "tetraammineplatinum(II) nitrate")]
        ['SiC', 'BN', 'H12Pt(NO)6']
        >>> metallate("silicon nitride") is None  # Si3N4 or a deposited SiNx: generic
        True
    """
    lower = name.lower()
    if " " not in lower:
        return None
    words = re.sub(r"\s+\(", "(", lower.strip()).split()
    if len(words) == 2 and words[0] in BINARY_COMPOUNDS.get(words[1], ()):
        return Formula(name, BINARY_COMPOUNDS[words[1]][words[0]], True, False)  # "silicon carbide": as tabled
    if "ammine" in lower:
        ammine = _ammine_salt(words)
        return parse_formula(ammine) if ammine else None
    if not any(halide in lower for halide in _HALIDES):
        return None
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
