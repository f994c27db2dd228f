"""Inorganic formulas written in prose (``TiO2``, ``Li2CO3``, ``Ni(NO3)2·6H2O``, ``Ba0.95La0.05FeO3-δ``).

A word is a formula when every capital letter starts a real element symbol, it is not an English word or
an acronym, and it has a digit, a two-letter symbol or a bracket (``KOH`` and ``NO`` are too ambiguous in
prose to be read as formulas; the default lexicon knows ``KOH``). pymatgen's ``Composition`` then gives
the composition, and ``oxi_state_guesses`` whether a charge-balanced assignment of oxidation states exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

ELEMENTS = frozenset(
    (
        "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr "
        "Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta "
        "W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr D"
    ).split()
)

MAX_FORMULA_CHARS = 80
"""Longer words are never read as formulas."""

ENGLISH_SYMBOL_WORDS = frozenset("In As Be He No At Am Es Ho Ge Bi Pr La Ce Ca Co Cu Ba Sc Hf Ga Ta Nb".split())
"""Single element symbols that are also words, abbreviations or name parts in prose: never a formula alone."""

NONMETALS = frozenset("H B C N O F Si P S Cl Ar As Se Br Te I At He Ne Kr Xe Rn Ge Sb D".split())
"""Non-metals and metalloids: the part of a compound written last in a formula (``TiN``, ``BaSe``, ``SiC``)."""

TRIVIAL_OXIDES = {
    "alumina": "Al2O3",
    "silica": "SiO2",
    "titania": "TiO2",
    "zirconia": "ZrO2",
    "ceria": "CeO2",
    "magnesia": "MgO",
    "yttria": "Y2O3",
    "hafnia": "HfO2",
    "thoria": "ThO2",
    "urania": "UO2",
    "lanthana": "La2O3",
    "gallia": "Ga2O3",
    "germania": "GeO2",
    "vanadia": "V2O5",
    "chromia": "Cr2O3",
    "niobia": "Nb2O5",
    "tantala": "Ta2O5",
    "scandia": "Sc2O3",
    "beryllia": "BeO",
    "lithia": "Li2O",
    "calcia": "CaO",
    "strontia": "SrO",
    "baria": "BaO",
    "boria": "B2O3",
}
"""The materials field's trivial names of oxides (the ``-ia`` names): read as their formula."""

_LOST_DOT = r"\[\?\](?=\d*(?:\.\d+)?H2O$)"
"""A hydrate dot the text's encoding lost to "[?]" ("FeCl3[?]6H2O"); "[?]" stands for other signs too ("900 [?]C")."""
_HYDRATE_SPLIT = re.compile(r"[\u00b7\u2022\u2219\u22c5*]|" + _LOST_DOT + r"|\.(?=\d*H2O|[A-Z])")
_HYDRATE_DOT = re.compile(r"[\u00b7\u2022\u2219\u22c5*]|" + _LOST_DOT)


def _hydrate_parts(core: str) -> list[str]:
    """A formula's parts between hydrate dots; a full stop is one only where no other dot is written
    ("CuSO4.5H2O"; "Cu(NO3)2*2.5H2O" has 2.5 waters)."""
    split = _HYDRATE_DOT if _HYDRATE_DOT.search(core) else _HYDRATE_SPLIT
    return [p for p in split.split(core) if p]


_PART = re.compile(r"(?:\d+(?:\.\d+)?)?(?:[A-Z][a-z]?|[()\[\]]|\d+(?:\.\d+)?)+")
_SYMBOL = re.compile(r"[A-Z][a-z]?")
_NONSTOICH = re.compile(r"(?:[-+\u2212\u00b1](?:\u03b4|\u03b3|x|y|z|d))$")


@dataclass(frozen=True, slots=True)
class Formula:
    """A formula read from prose.

    Attributes:
        text: The formula as written.
        reduced: pymatgen's reduced formula of the whole (hydrate water included), e.g. ``NiH12(NO9)2``.
        charge_balanced: Whether some assignment of common oxidation states sums to zero (pymatgen);
            ``None`` when pymatgen could not tell.
        nonstoichiometric: Written with a variable part (``-δ``, ``+x``), left out of the composition.
    """

    text: str
    reduced: str
    charge_balanced: bool | None
    nonstoichiometric: bool = False


LIGANDS = {
    "acac": "C5H7O2",
    "AcAc": "C5H7O2",
    "Acac": "C5H7O2",
    "ACAC": "C5H7O2",
    "OAc": "C2H3O2",
    "Ac": "C2H3O2",
    "AC": "C2H3O2",
    "OMe": "OCH3",
    "OEt": "OC2H5",
    "OPr": "OC3H7",
    "OiPr": "OC3H7",
    "OPri": "OC3H7",
    "OBu": "OC4H9",
    "OnBu": "OC4H9",
    "OtBu": "OC4H9",
    "OBut": "OC4H9",
    "OTf": "OSO2CF3",
    "PPh3": "PC18H15",
    "PCy3": "PC18H33",
    "dba": "C17H14O",
    "dppf": "C34H28FeP2",
    "dppe": "C26H24P2",
    "dppp": "C27H26P2",
    "cod": "C8H12",
    "COD": "C8H12",
    "t-Bu": "C4H9",
    "tBu": "C4H9",
    "n-Bu": "C4H9",
    "Bu": "C4H9",
    "Ph": "C6H5",
    "TMS": "Si(CH3)3",
    "1-naphthyl": "C10H7",
    "Me": "CH3",
    "Et": "C2H5",
    "iPr": "C3H7",
    "i-Pr": "C3H7",
    "Cy": "C6H11",
    "o-tolyl": "C7H7",
    "p-tolyl": "C7H7",
    "bpy": "C10H8N2",
    "bipy": "C10H8N2",
    "TFA": "C2F3O2",
    "Cp*": "C10H15",
    "IPr": "C27H36N2",
    "SIPr": "C27H38N2",
    "IMes": "C21H24N2",
    "SIMes": "C21H26N2",
}
"""Ligand abbreviations chemists write in brackets inside a formula (acetylacetonate, acetate, alkoxides,
triflate, the phosphines, dibenzylideneacetone and cyclooctadiene of catalysts, the alkyl, aryl and silyl
groups of reagents: "Fe(acac)3", "Ni(Ac)2", "Co(AC)2", "Nb(OEt)5", "Ti(OiPr)4", "Pd(PPh3)4", "Pd2(dba)3",
"Pd(dppf)Cl2", "P(t-Bu)3", "ClSi(TMS)3", "Ni(PPh3)2(1-naphthyl)Cl", "P(o-tolyl)3", "Ru(bpy)3Cl2", "Pd(TFA)2"),
read as their atoms."""
_LIGAND = re.compile(
    r"\(("
    + "|".join(map(re.escape, sorted(LIGANDS, key=len, reverse=True)))
    + r")\)(?=\d|[A-Z(]|[\u00b7\u2022\u2219\u22c5*.]|$)"
)


_LEADING_CARBENE = re.compile(r"(S?IPr|S?IMes)(?=[A-Z(\[])")
"""An N-heterocyclic carbene's abbreviation opening a complex's formula ("IPrAuCl", "IPrAuSbF6", "SIMesCuCl"): the
ligand, never iodine and praseodymium."""


_BARE_ACETATE = re.compile(r"(H|Li|Na|K|Rb|Cs|Ag|NH4)O?Ac(?=$|[\u00b7\u2022\u2219\u22c5*.])")
"""A one-charge cation written before an acetate without brackets ("NaAc", "NaOAc", "KOAc", "HAc"): the
acetate, never actinium (:func:`expand_ligands`)."""


_BARE_GROUPS = ("Me", "Et", "Cy", "dba", "Cp*")
"""Ligand abbreviations chemists also write without brackets inside a formula ("ZnEt2", "KOSiMe3", "Cy2NH",
"Pd2dba3", "[Cp*RhCl2]2"): none is an element symbol, so the word reads no other way. One is read only before
a count or at the word's end ("MeV" stays a unit, "Cp*" excepted, whose star closes it) and only where an
element symbol stays beside it ("Me3", "dba" alone are no formula); an oxygen and a group alone ("OEt2" of
"BF3 OEt2") is a ligand, no compound."""
_BARE_GROUP = re.compile(r"(Me|Et|Cy|dba)(?=\d|$)|(Cp\*)")


def _bracket_bare_groups(word: str) -> str:
    """The bare groups of :data:`_BARE_GROUPS` in a formula written in brackets ("ZnEt2" -> "Zn(Et)2")."""
    if word[:1] == "O" and _BARE_GROUP.match(word, 1):
        return word  # "OEt2" of "BF3 OEt2": the ether of an adduct, written as a ligand, no compound alone
    rest = _BARE_GROUP.sub("", word)
    if rest == word or not any(c.isupper() for c in rest):
        return word
    return _BARE_GROUP.sub(lambda m: f"({m.group(0)})", word)


def expand_ligands(word: str) -> str:
    """A formula with its bracketed ligand abbreviations (:data:`LIGANDS`) written as their atoms, and the
    acetate of a one-charge cation written without brackets ("NaAc", "NaOAc": sodium acetate, not Na and Ac).

    Example:
        >>> expand_ligands("Nb(OEt)5"), expand_ligands("Fe(NO3)3"), expand_ligands("NaOAc")
        ('Nb(OC2H5)5', 'Fe(NO3)3', 'Na(C2H3O2)')
    """
    if (bare := _BARE_ACETATE.match(word)) is not None:
        word = f"{bare.group(1)}(C2H3O2){word[bare.end() :]}"
    if word[:1] in "IS" and (carbene := _LEADING_CARBENE.match(word)) is not None:
        word = f"({LIGANDS[carbene.group(1)]}){word[carbene.end() :]}"  # "IPrAuCl": the carbene, not I and Pr
    if any(g in word for g in _BARE_GROUPS):
        word = _bracket_bare_groups(word)
    return _LIGAND.sub(lambda m: f"({LIGANDS[m.group(1)]})", word) if "(" in word else word


def looks_like_formula(word: str) -> bool:
    """Whether a word reads as a chemical formula (without calling pymatgen).

    Example:
        >>> [looks_like_formula(w) for w in ("TiO2", "Li2CO3", "Fe", "In", "NO", "CNT", "Pnma", "C12", "PMo", "NiLaZr")]
        [True, True, True, False, False, False, False, False, False, False]
        >>> [looks_like_formula(w) for w in ("Pd(PPh3)4", "Pd(dppf)Cl2", "(PPh3)2")]
        [True, True, False]
    """
    if word[:1] == "(" and _LIGAND.match(word):
        return False  # "(PPh3)2" of "[PdCl2 (PPh3)2]": ligands of a complex, no compound alone
    word = expand_ligands(word)  # "Fe(acac)3"
    if not word or len(word) > MAX_FORMULA_CHARS or not word[0].isupper() and word[0] not in "([":
        return False
    if _ROMAN_GROUP.search(word):
        return False  # "Fe(III)", "Cu(II)-citrate": an oxidation number, not iodine and vanadium atoms
    core = _NONSTOICH.sub("", word)
    parts = _hydrate_parts(core)
    if not parts:
        return False
    evidence = False
    distinct: set[str] = set()
    for part in parts:
        if not _PART.fullmatch(part):
            return False
        symbols = _SYMBOL.findall(part)
        if not symbols or any(s not in ELEMENTS for s in symbols):
            return False
        if part.count("(") != part.count(")") or part.count("[") != part.count("]"):
            return False
        distinct.update(symbols)
        evidence = evidence or any(c.isdigit() or c in "([" for c in part) or any(len(s) == 2 for s in symbols)
    if not evidence:
        return False
    counts = re.findall(r"\d+(?:\.\d+)?", core)
    if any((c[0] == "0" and not c.startswith("0.")) or float(c) >= 1000 for c in counts):
        return False  # PBSCF05, BSCF5582: sample codes (a count never starts with 0 nor runs to thousands)
    if not counts and "(" not in core and "[" not in core and not _order_ok(_SYMBOL.findall(core)):
        return False  # PMo, SiW: abbreviations (a formula writes its non-metal last)
    if len(distinct) == 1 and len(next(iter(distinct))) == 1:
        return False  # C12, S1, P3: sample and compound labels far more often than formulas (N2, O2: lexicon)
    if len(parts) == 1 and core in ENGLISH_SYMBOL_WORDS:
        return False
    return True


def _order_ok(symbols: list[str]) -> bool:
    """A digit-free formula of several elements writes a non-metal last, or is all metals (an alloy).

    An all-metal string of more than two elements with no counts (``NiLaZr``, ``NiCuLaZr``) is a catalyst
    or sample code that lists its metals, not a formula: alloys written so are binary (``NiTi``, ``CuZn``).
    """
    if len(set(symbols)) < 2:
        return True
    if not any(s in NONMETALS for s in symbols):
        return len(set(symbols)) <= 2
    return symbols[-1] in NONMETALS


def _weak(word: str) -> bool:
    """No count and no bracket: the formula rests on its two-letter symbols alone (``BaSe``, ``NiTi``)."""
    return not any(c.isdigit() or c in "([" for c in word)


CARBON_FORMS = {"graphite": "C", "graphene": "C"}
"""Trivial names of carbon's allotropes, read as the element (``carbons.carbon_form_ok`` gives their context)."""

TRIVIAL_NAMES = frozenset(TRIVIAL_OXIDES) | frozenset(CARBON_FORMS)
"""Every one-word trivial name :func:`trivial_oxide` reads."""


def trivial_oxide(word: str) -> Formula | None:
    """The formula of an oxide's trivial name ("titania" -> TiO2) or of carbon's ("graphite" -> C), or ``None``.

    Example:
        >>> trivial_oxide("Zirconia").reduced
        'ZrO2'
    """
    if word.lower() in CARBON_FORMS:
        return Formula(word, CARBON_FORMS[word.lower()], True)  # the element (a lone "C" is no formula)
    formula = TRIVIAL_OXIDES.get(word.lower())
    if formula is None:
        return None
    f = parse_formula(formula)
    return Formula(word, f.reduced, f.charge_balanced) if f is not None else None


@lru_cache(maxsize=65536)
def parse_formula(word: str) -> Formula | None:
    """Read a formula with pymatgen; ``None`` when it is not one (never raises).

    Args:
        word: A word from prose.

    Returns:
        A :class:`Formula`, or ``None``.

    Example:
        >>> f = parse_formula("Li2CO3")
        >>> f.reduced, f.charge_balanced
        ('Li2CO3', True)
        >>> parse_formula("LiO5").charge_balanced
        False
        >>> parse_formula("Fe(acac)3").reduced
        'FeH21(C5O2)3'
    """
    word = expand_ligands(word)  # "Fe(acac)3", "Nb(OEt)5": the ligand's atoms
    if not looks_like_formula(word):
        return None
    core = _NONSTOICH.sub("", word)
    nonstoich = core != word
    try:
        import warnings

        from pymatgen.core import Composition

        total = None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for part in _hydrate_parts(core):
                m = re.match(r"(\d+(?:\.\d+)?)(?=[A-Z(\[])", part)
                factor = float(m.group(1)) if m else 1.0
                comp = Composition(part[m.end() :] if m else part) * factor
                total = comp if total is None else total + comp
        if total is None or total.num_atoms <= 0:
            return None
        reduced = total.reduced_formula
    except Exception:  # noqa: BLE001 - anything pymatgen rejects is not a formula
        return None
    balanced: bool | None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if len(total.elements) == 1:
                balanced = True  # an element (a metal, a gas) is neutral as it is
            elif len(total.elements) > 5 or total.num_atoms > 60 or not total.valid:
                balanced = None  # pymatgen's search grows fast with elements and sites: left undecided
            elif balance_search_size(total) > MAX_BALANCE_SEARCH:
                balanced = None  # "FP40", "Ti(OCH(CH3)2)4": too many sites of many-valent elements
            elif any(abs(n - round(n)) > 1e-6 for n in total.values()):
                balanced = None  # fractional (doped) compositions have no integer assignment to check
            else:
                balanced = bool(total.oxi_state_guesses(max_sites=-50))
    except Exception:  # noqa: BLE001
        balanced = None
    if balanced is False and _weak(core) and any(e.symbol in NONMETALS for e in total.elements):
        return None  # a digit-free compound that cannot balance is an abbreviation, not a formula
    return Formula(word, reduced, balanced, nonstoich)


MAX_BALANCE_SEARCH = 10_000
"""Most oxidation-state combinations the charge-balance search may try for one formula (bounded time)."""


def balance_search_size(comp) -> int:
    """Combinations pymatgen's ``oxi_state_guesses`` enumerates for a composition: per element, the
    multisets of its oxidation states over its sites, summed; times the product of the sums they can take.
    A formula with many sites of an element with many states ("P40", "C12H28") runs for minutes.

    Example:
        >>> from pymatgen.core import Composition
        >>> balance_search_size(Composition("Li2CO3")) < MAX_BALANCE_SEARCH < balance_search_size(Composition("FP40"))
        True
    """
    from math import comb

    from pymatgen.core import Element

    combos, sums = 0, 1
    for el, amount in comp.reduced_composition.get_el_amt_dict().items():
        states = Element(el).icsd_oxidation_states or Element(el).common_oxidation_states or (0,)
        n = int(round(amount))
        combos += comb(n + len(states) - 1, len(states) - 1)
        sums *= n * (max(states) - min(states)) + 1
    return combos + sums


_ION = re.compile(r"(?P<body>[A-Z][A-Za-z0-9()]*?)(?P<charge>[1-8]?)(?P<sign>[+\-\u2212])")
"""An ion and its charge's sign, the minus typeset as a hyphen or a minus sign ("Cl−", "S2−")."""


@dataclass(frozen=True, slots=True)
class Ion:
    """An ion written with its charge in prose (``Mn2+``, ``Na+``, ``NH4+``, ``SO42-``).

    Attributes:
        text: The ion as written.
        charge: Its net charge.
        smiles: The SMILES of a one-element ion (``[Mn+2]``); ``None`` for a polyatomic one.
        reduced: pymatgen's reduced formula of its atoms (the charge left out).
    """

    text: str
    charge: int
    smiles: str | None
    reduced: str


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8}
_OXIDATION_STATE = re.compile(r"(?P<symbol>[A-Z][a-z]?)\((?P<roman>I{1,3}|IV|VI{0,3})\)")
_ROMAN_GROUP = re.compile(r"\((?:I{1,3}|IV|VI{0,3})\)(?!\d)")


def read_oxidation_state(word: str) -> Ion | None:
    """Read an element symbol with its oxidation number in brackets ("Fe(III)", "Cr(VI)") as its ion;
    ``None`` otherwise. pymatgen would read the numeral as iodine and vanadium atoms ("FeI3").

    Example:
        >>> [(i.smiles, i.charge) for i in map(read_oxidation_state, ("Fe(III)", "Mo(VI)"))]
        [('[Fe+3]', 3), ('[Mo+6]', 6)]
        >>> read_oxidation_state("Fe(NO3)3"), read_oxidation_state("Xy(II)")
        (None, None)
    """
    m = _OXIDATION_STATE.fullmatch(word)
    if m is None or m.group("symbol") not in ELEMENTS:
        return None
    symbol, charge = m.group("symbol"), _ROMAN[m.group("roman")]
    return Ion(word, charge, f"[{symbol}+{charge}]" if charge > 1 else f"[{symbol}+]", symbol)


def read_ion(word: str) -> Ion | None:
    """Read an ion written with a trailing charge; ``None`` when the word is not one (never raises).

    One element: the digit before the sign is the charge (``Fe3+``). Several: a digit before the sign is a
    count (``NO3-``, ``NH4+``) unless two digits end the formula, the last then being the charge (``SO42-``,
    ``PO43-``): the way authors write ions without superscripts.

    Example:
        >>> [(i.smiles, i.reduced, i.charge) for i in map(read_ion, ("Mn2+", "Na+", "SO42-", "OH-"))]
        [('[Mn+2]', 'Mn', 2), ('[Na+]', 'Na', 1), (None, 'SO4', -2), (None, 'OH', -1)]
        >>> [read_ion(w) for w in ("A+", "C++", "TiO2", "Fe3+x", "I-", "Ti-")]
        [None, None, None, None, None, None]
        >>> [(i.smiles, i.charge) for i in map(read_ion, ("Cl\u2212", "S2\u2212"))]
        [('[Cl-]', -1), ('[S-2]', -2)]
    """
    m = _ION.fullmatch(word) if len(word) <= MAX_FORMULA_CHARS else None
    if m is None:
        return None
    body, digit, sign = m.group("body"), m.group("charge"), m.group("sign").replace("\u2212", "-")
    if body in ("I", "V") and not digit:
        return None  # "type I-", "V-shaped": a numeral, not iodide
    if body in ELEMENTS and sign == "-" and not digit and body not in ("F", "Cl", "Br", "H"):
        return None  # "Ti- and Zr-based", "N- and S-doped": a suspended hyphen, not an anion
    if body in ELEMENTS:  # one element: the digit is its charge
        charge = int(digit or 1)
        text = f"{sign}{charge}" if charge > 1 else sign
        return Ion(word, charge if sign == "+" else -charge, f"[{body}{text}]", body)
    if digit and not body[-1].isdigit():  # NO3-, NH4+: the digit counts the last atom
        body, digit = body + digit, ""
    reduced = _ion_body(body)
    if reduced is None:
        return None
    charge = int(digit or 1)
    return Ion(word, charge if sign == "+" else -charge, None, reduced)


def _ion_body(body: str) -> str | None:
    """The reduced formula of a polyatomic ion's atoms: a formula, or two digit-free symbols (``OH``, ``CN``)."""
    formula = parse_formula(body) if body not in ENGLISH_SYMBOL_WORDS else None
    if formula is not None:
        return None if formula.nonstoichiometric else formula.reduced
    symbols = _SYMBOL.findall(body)
    if len(symbols) != 2 or "".join(symbols) != body or any(s not in ELEMENTS for s in symbols):
        return None
    return body
