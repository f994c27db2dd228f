"""Condensed formulas with organic group abbreviations, radicals written with their dot, and fullerenes.

- A condensed formula writes organic groups by their abbreviations beside element symbols ("MeLi", "Ph2O",
  "Bz2O", "Tf2NH", "TMSCl", "Bu3SnH", "PhB(OH)2", "Ph-I"): each group is read as its atoms
  (:data:`GROUPS`). The word is a compound only when every part reads (groups, element symbols, counts,
  brackets, a bond's hyphen between parts), it holds a group and an element symbol besides, and it is
  charge-balanced with every group counted as one hydrogen ("MeLi" as LiH, "Tf2NH" as NH3): "MeV", "MeO",
  "NMe2" and "CO2Me" (a unit and substituents) do not balance, so they are no compounds.
- A carboxylate or alkoxide written with its one-charge metal last ("HCOONa", "HCOOK", "MeONa", "t-BuOK")
  is the salt, though its metal comes after the non-metals.
- A radical written with its dot ("HO•", "AcO•", "t-BuO•", "Cl•"): the formula or condensed formula before
  the dot, not charge-balanced (an unpaired electron).
- An adduct with a neutral molecule written by its abbreviation after the dot ("HF·pyr", "BH3·THF").
- Two parts of a condensed formula whose bond's dash the extraction spaced ("PhS − SO2Ph", "PhMe2Si − Bpin"):
  one compound, when neither part is one alone.
- A hydrate whose count the extraction set apart from its water ("Zn(NO3)2*6 H2O", "LiAc[?]2 H2O"): one
  formula.
- A fullerene written as its carbon count ("C60", "C70"): the element carbon (a lone symbol and a count is
  otherwise a sample label, see :func:`chemtrove.chem.names.formulas.looks_like_formula`).
- An oxidation state written inside a formula ("Cu(I)Br"): the formula without it, when the state is one the
  element takes in the compound.
- A metal and a halogen with no count ("AuCl"): the monohalide when the metal has a one-charge state
  (pymatgen's common states, which the formula reader's balance uses, miss gold(I)).

Used by :class:`chemtrove.chem.names.NameFinder` after the formula reader; tested in
``tests/chem/names/test_name_condensed.py``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chemtrove.chem.names.formulas import ELEMENTS, MAX_FORMULA_CHARS, Formula, parse_formula
from chemtrove.chem.names.match import Hit, NameMatch, match_of

GROUPS = {
    "Me": "CH3",
    "Et": "C2H5",
    "Pr": "C3H7",
    "nPr": "C3H7",
    "n-Pr": "C3H7",
    "iPr": "C3H7",
    "i-Pr": "C3H7",
    "Bu": "C4H9",
    "nBu": "C4H9",
    "n-Bu": "C4H9",
    "tBu": "C4H9",
    "t-Bu": "C4H9",
    "sBu": "C4H9",
    "s-Bu": "C4H9",
    "iBu": "C4H9",
    "i-Bu": "C4H9",
    "Ph": "C6H5",
    "Bn": "C7H7",
    "Bz": "C7H5O",
    "Ac": "C2H3O",
    "Ts": "C7H7SO2",
    "Tf": "CF3SO2",
    "Ms": "CH3SO2",
    "Piv": "C5H9O",
    "Boc": "C5H9O2",
    "Cbz": "C8H7O2",
    "TMS": "C3H9Si",
    "TES": "C6H15Si",
    "TBS": "C6H15Si",
    "TBDMS": "C6H15Si",
    "TIPS": "C9H21Si",
    "TBDPS": "C16H19Si",
    "Cy": "C6H11",
    "Mes": "C9H11",
    "Tol": "C7H7",
    "Cp": "C5H5",
    "Cp*": "C10H15",
    "Bpin": "C6H12BO2",
    "OAc": "C2H3O2",
    "OTf": "CF3SO3",
    "OMe": "CH3O",
    "OEt": "C2H5O",
    "OiPr": "C3H7O",
    "OtBu": "C4H9O",
    "acac": "C5H7O2",
}
"""Group abbreviations chemists write in condensed formulas, each a one-bond group, with its atoms: alkyls,
aryls, acyls, sulfonyls, silyls, the pinacolatoboryl group, and the one-charge ligands (acetate, triflate,
alkoxides, acetylacetonate). "Ac" and "Pr" are the acetyl and propyl groups here, read only where the word is
no formula of actinium or praseodymium."""

_TOKEN = re.compile(
    "|".join(re.escape(g) for g in sorted(GROUPS, key=len, reverse=True))
    + r"|(?P<el>[A-Z][a-z]?)|(?P<n>\d{1,2})|(?P<br>[()\[\]])|(?P<bond>[-\u2212\u2013](?=[A-Z(]))"
)
_SALT_END = re.compile(r"(?:COO|O)(?:Li|Na|K|Rb|Cs|Ag)$")
"""A carboxylate or an alkoxide and its one-charge metal written last ("HCOONa", "MeONa", "t-BuOK")."""
_LIGAND_GROUPS = frozenset(("OAc", "OTf", "OMe", "OEt", "OiPr", "OtBu", "acac"))
_ACRONYM_PLURAL = re.compile(r"[A-Z](?:Ts|Ms|Mes)$")
_RADICAL_DOTS = "\u2022\u2219"
_FULLERENE = re.compile(r"C(?:60|70|76|78|84)")
_STATE_INSIDE = re.compile(r"^([A-Z][a-z]?)\((I{1,3}|IV|VI{0,2})\)(?=[A-Z])")
_BINARY_HALIDE = re.compile(r"[A-Z][a-z](?:F|Cl|Br|I)")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7}


def _parts(word: str) -> list[tuple[str, str]] | None:
    """The word's parts as ``(kind, text)`` (``group``, ``el``, ``n``, ``br``, ``bond``); ``None`` when a
    character reads as none of them."""
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(word):
        m = _TOKEN.match(word, pos)
        if m is None:
            return None
        kind = m.lastgroup or "group"
        if kind == "el" and m.group() not in ELEMENTS or m.group() == "D":
            return None  # "Bu" of a misspelling, "PhD": no element
        if kind == "bond" and (not out or out[-1][0] in ("bond", "br") and out[-1][1] in "(["):
            return None
        out.append((kind, m.group()))
        pos = m.end()
    return out


def _written(parts: list[tuple[str, str]], group_as: str | None) -> str:
    """The parts as a formula pymatgen reads: each group as its atoms (``group_as`` None) or as
    ``group_as`` (a one-charge ligand as a chloride's place); bonds left out."""
    out = []
    for kind, text in parts:
        if kind == "group":
            if group_as is None:
                out.append(f"({GROUPS[text]})")
            else:
                out.append("Cl" if text in _LIGAND_GROUPS else group_as)  # an anion's place: "NaOMe" as NaCl
        elif kind != "bond":
            out.append(text)
    return "".join(out)


VALENCES = {
    "H": (1,),
    "B": (3,),
    "C": (4,),
    "N": (3,),
    "O": (2,),
    "F": (1,),
    "Si": (4,),
    "P": (3, 5),
    "S": (2, 4, 6),
    "Cl": (1,),
    "Br": (1,),
    "I": (1,),
    "Se": (2,),
    "Ge": (4,),
    "Sn": (4,),
}
"""The usual valences of the non-metals of a molecule written as a condensed formula."""


def _balanced(formula: str) -> bool:
    """Whether the skeleton (each group one hydrogen) is a compound: a molecule of non-metals whose valences
    can all be satisfied ("HCN" of "MeCN"; not "NH2" of "NMe2", "CHO2" of "CO2Me"), or a salt or hydride that
    balances with the elements' common oxidation states ("LiH" of "MeLi"; not "VH" of "MeV")."""
    try:
        import warnings

        from pymatgen.core import Composition, Element

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            comp = Composition(formula)
            counts = {e.symbol: int(round(n)) for e, n in comp.items()}
            if comp.num_atoms > 24 or len(counts) > 5 or len(counts) < 2:
                return False
            if all(el in VALENCES for el in counts):
                return _valences_ok(counts)
            states = {el: Element(el).common_oxidation_states or (0,) for el in counts}
            states["H"] = (-1, 1)
            if "C" in states:
                states["C"] = (-4, -3, -2, -1, 0, 1, 2, 3, 4)
            return bool(comp.oxi_state_guesses(oxi_states_override=states, max_sites=-50))
    except Exception:  # noqa: BLE001 - anything pymatgen rejects does not balance
        return False


def _valences_ok(counts: dict[str, int]) -> bool:
    """Whether atoms of these valences can form one molecule: the valences sum to an even number, at least
    twice the bonds of a tree, and no atom needs more bonds than the others offer."""
    from itertools import product

    atoms = [VALENCES[el] for el, n in counts.items() for _ in range(n)]
    if len(atoms) > 24:
        return False
    choices = {tuple(sorted(c)) for c in product(*atoms)} if len(atoms) <= 12 else {tuple(a[0] for a in atoms)}
    for combo in choices:
        total = sum(combo)
        if total % 2 == 0 and total >= 2 * (len(combo) - 1) and max(combo) <= total - max(combo):
            return True
    return False


def _reduced(formula: str) -> str | None:
    """The formula's atoms written out in pymatgen's order, counts of one left out ("HO", "C4H9O")."""
    try:
        import warnings

        from pymatgen.core import Composition

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            comp = Composition(formula)
            if comp.num_atoms <= 0 or any(abs(n - round(n)) > 1e-6 for n in comp.values()):
                return None
            return "".join(f"{e.symbol}{int(round(n)) if round(n) != 1 else ''}" for e, n in comp.items())
    except Exception:  # noqa: BLE001
        return None


@lru_cache(maxsize=16384)
def read_condensed(word: str) -> Formula | None:
    """A condensed formula with group abbreviations, a radical with its dot, a fullerene or a formula with
    an oxidation state inside (see the module); ``None`` otherwise (never raises).

    Example:
        >>> [read_condensed(w).reduced for w in ("MeLi", "Ph2O", "Tf2NH", "HCOONa", "t-BuO\u2022", "C60")]
        ['CH3Li', 'C12H10O', 'C2F6S2O4NH', 'HCO2Na', 'C4H9O', 'C']
        >>> [read_condensed(w) for w in ("MeV", "MeO", "NMe2", "Ph", "PhD", "Me3")]
        [None, None, None, None, None, None]
    """
    if not word or len(word) > MAX_FORMULA_CHARS:
        return None
    if _FULLERENE.fullmatch(word):
        return Formula(word, "C", True)
    if word[-1] in _RADICAL_DOTS:
        return _radical(word)
    if "\u00b7" in word:
        return _adduct(word)
    if "(" in word and (state := _STATE_INSIDE.match(word)) is not None:
        return _with_state(word, state)
    if _BINARY_HALIDE.fullmatch(word) and (halide := _binary_halide(word)) is not None:
        return halide
    if _ACRONYM_PLURAL.search(word):
        return None  # "CNTs", "SWNTs": an acronym's plural, not a tosyl group
    parts = _parts(word)
    if parts is None or not any(k == "group" for k, _ in parts):
        return _salt(word) if _SALT_END.search(word) else None
    named = {t for k, t in parts if k in ("el", "group")}
    if parts[-1][0] == "bond" or len(named) < 2 or not any(k == "el" or t in _LIGAND_GROUPS for k, t in parts):
        return None  # "Ph2", "PhMe", "OEt2": groups alone ("TMSOTf" holds the triflate)
    if not _balanced(_written(parts, "H")):
        return _salt(word) if _SALT_END.search(word) else None
    reduced = _reduced(_written(parts, None))
    return Formula(word, reduced, True) if reduced else None


ADDUCT_LIGANDS = {"py": "C5H5N", "pyr": "C5H5N", "DMS": "C2H6S", "SMe2": "C2H6S", "THF": "C4H8O", "OEt2": "C4H10O"}
"""Neutral molecules written after the dot of an adduct by their abbreviations ("HF·pyr", "CuBr·SMe2")."""


def _adduct(word: str) -> Formula | None:
    """An adduct of a compound and a neutral molecule written by its abbreviation ("HF·pyr", "BH3·THF")."""
    head, _, tail = word.partition("\u00b7")
    if tail not in ADDUCT_LIGANDS or not head:
        return None
    first = parse_formula(head) or read_condensed(head)
    symbols = _parts(head) if first is None else None
    if symbols and all(k in ("el", "n") for k, _ in symbols) and _balanced(head):
        first = Formula(head, head, True)  # "HF": two symbols, too ambiguous alone, a compound before the dot
    reduced = _reduced(first.reduced + ADDUCT_LIGANDS[tail]) if first is not None else None
    return Formula(word, reduced, True) if reduced else None


def _salt(word: str) -> Formula | None:
    """A carboxylate or alkoxide with its metal written last: the acid or alcohol part must be hydrogen or
    one group ("HCOONa", "MeONa", "t-BuOK", "PhCOOK")."""
    m = _SALT_END.search(word)
    head = word[: m.start()]
    parts = _parts(head) if head else None
    one_group = parts is not None and len(parts) == 1 and parts[0][0] == "group"
    alkyl = re.fullmatch(r"H|CH3|C2H5|C6H5|CF3", head) is not None
    if not (one_group or alkyl) or (head == "H" and word[m.start()] == "O"):
        return None  # "HONa" is no alkoxide
    written = _written(parts, None) if one_group else head
    reduced = _reduced(written + word[m.start() :])
    return Formula(word, reduced, True) if reduced else None


def _radical(word: str) -> Formula | None:
    """A radical's formula before its dot ("HO•", "t-BuO•", "Cl•"); groups read as their atoms."""
    body = word[:-1]
    parts = _parts(body) if body else None
    if parts is None or parts[-1][0] == "bond" or not any(k in ("el", "group") for k, _ in parts):
        return None
    if len(parts) > 8:
        return None
    reduced = _reduced(_written(parts, None))
    return Formula(word, reduced, None) if reduced else None


def _binary_halide(word: str) -> Formula | None:
    """A metal and a halogen, no count ("AuCl", "TlCl"): the monohalide, when the metal takes the one-charge
    state in some known compound (pymatgen's full list of states; its common ones miss gold(I))."""
    from pymatgen.core import Element

    metal = word[:2]
    if metal not in ELEMENTS or not Element(metal).is_metal or 1 not in Element(metal).oxidation_states:
        return None
    return Formula(word, word, True)


def _with_state(word: str, state: re.Match) -> Formula | None:
    """A formula with the oxidation state of its first element written inside ("Cu(I)Br"): the formula
    without it, when some balanced assignment gives the element that state."""
    bare = state.group(1) + word[state.end() :]
    f = parse_formula(bare)
    if f is None or state.group(1) not in ELEMENTS:
        return None
    try:
        import warnings

        from pymatgen.core import Composition

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            guesses = Composition(bare).oxi_state_guesses(all_oxi_states=True, max_sites=-50)
    except Exception:  # noqa: BLE001
        return None
    want = _ROMAN[state.group(2)]
    if not any(abs(g.get(state.group(1), 0) - want) < 1e-6 for g in guesses):
        return None
    return Formula(word, f.reduced, True)


_SPACED_BOND = re.compile(
    r"(?<![\w\-])([A-Z][A-Za-z0-9()]{1,20})(?:[ \u00a0]+[-\u2212\u2013][ \u00a0]*|[ \u00a0]*[-\u2212\u2013][ \u00a0]+)"
    r"([A-Z][A-Za-z0-9()]{1,20})(?:\u00b7([A-Z][A-Za-z0-9]{1,10}))?(?![\w\-\u00b7])"
)
"""Two parts of a condensed formula joined by a bond's dash that the extraction spaced ("PhS − SO2Ph"), and a
salt of an adduct after a dot ("PhMe2Si− MgiPr·LiCl")."""


def with_spaced_bonds(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` with each condensed formula whose bond's dash was spaced ("PhS − SO2Ph", "PhMe2Si − Bpin")
    read as one compound, when neither part is one alone (the matches inside it dropped), sorted by position.

    Example:
        >>> [(m.name, m.formula) for m in with_spaced_bonds("the electrophile PhS \u2212 SO2Ph gave", [])]
        [('PhS \u2212 SO2Ph', 'C12H10S2O2')]
    """
    if "\u2212" not in text and " - " not in text and "\u2013" not in text:
        return found
    added: list[NameMatch] = []
    for m in _SPACED_BOND.finditer(text):
        a, b = m.group(1), m.group(2)
        if any(read_condensed(p) is not None or parse_formula(p) is not None for p in (a, b)):
            continue  # "NaOH - HCl": two compounds
        joined = read_condensed(f"{a}-{b}")
        adduct = parse_formula(m.group(3)) if m.group(3) else None
        if m.group(3) and adduct is None:
            continue
        reduced = _reduced(joined.reduced + (adduct.reduced if adduct else "")) if joined else None
        if reduced is not None:
            hit = Hit(None, "formula", "pymatgen", reduced, True)
            added.append(match_of(text, m.start(), m.end(), hit))
    if not added:
        return found
    kept = [f for f in found if not any(x.start < f.end and f.start < x.end for x in added)]
    return sorted(kept + added, key=lambda x: x.start)


_SPACED_HYDRATE = re.compile(
    r"(?<![^\s(\[])([A-Z][A-Za-z0-9()]{0,30}?)(?:[\u00b7\u2022\u2219\u22c5*]|\[\?\])(\d{1,2}(?:\.\d)?)"
    r"[ \u00a0]H2O(?![\w\-])"
)
"""A hydrate whose count the extraction set apart from its water ("Zn(NO3)2*6 H2O", "LiAc[?]2 H2O")."""


def with_spaced_parts(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` with the condensed formulas of spaced bonds (:func:`with_spaced_bonds`) and the hydrates whose
    count stands apart from the water ("Zn(NO3)2*6 H2O") read whole, sorted by position.

    Example:
        >>> [(m.name, m.formula) for m in with_spaced_parts("the salt Zn(NO3)2*6 H2O was", [])]
        [('Zn(NO3)2*6 H2O', 'ZnH12(NO6)2')]
    """
    found = with_spaced_bonds(text, found)
    if " H2O" not in text:
        return found
    added: list[NameMatch] = []
    for m in _SPACED_HYDRATE.finditer(text):
        f = parse_formula(f"{m.group(1)}\u00b7{m.group(2)}H2O")
        if f is not None and parse_formula(m.group(1)) is not None:
            added.append(match_of(text, m.start(), m.end(), Hit(None, "formula", "pymatgen", f.reduced, True)))
    if not added:
        return found
    kept = [f for f in found if not any(x.start < f.end and f.start < x.end for x in added)]
    return sorted(kept + added, key=lambda x: x.start)
