"""Names that stand for something other than the compound they name in organic-chemistry prose.

- A substituent written as a formula ("F or CF3", "OMe or NEt2 at the para position", "the N − SCF3 bond",
  "BDP - NH2"): a group of non-metals with carbon (or nitrogen and hydrogen) whose usual valences leave one bond
  open (an odd sum: CF3, CH3, NH2, SCF3, NEt2) is a fragment of a drawn structure, no compound; a charged one
  ("CN−"), one written as a radical ("CF3 radical", "HO•") and closed-shell molecules (CO, CH4, NO, NO2) stay.
- "Ar" as the aryl placeholder: before "=" ("R1 = H , Ar = Ph") or before "bond" ("the TES − Ar bond"); argon
  of "under Ar" stays.
- A cation named by its parent alone before "ion", "cation", "species" or "intermediate" ("thiirenium ion 8",
  "the bicyclic guanidinium ion", "benzhydrylium ions", "a 3-membered iodonium species"), and an
  organometallic word ending in a metal's name before "complex", "species" or "intermediate" ("the oxopalladium
  complex C", "organolithium species"): an intermediate or a class, no reagent (an element's own ion, "lithium
  ion", and ammonium stay).
- A name after "protected" ("the protected 3-bromophenol 9", "protected hydroxylamine", "the Boc-protected
  guanidine"): a derivative of the named compound whose protecting group the sentence leaves unnamed
  ("unprotected" and "deprotected" name the compound itself).
- "acetonide" alone ("protected as the acetonide", "the cyclic acetonide"): the isopropylidene protecting group of
  a diol, a function; a named acetonide ("triamcinolone acetonide") is read whole.
- A platinum-group metal or gold with its oxidation state alone ("with Pd(II) produces the intermediate A",
  "to regenerate Ru(II)"): a state of the catalyst, as the journal texts use it ("Fe(III) ions", a state before
  "ion(s)", stays).
- A bare ring parent after "the" ("the need for the indole", "insertion into the cyclopropane", "the azetidine
  iminosugars 14"): a compound of that family named before, not the parent; a substance form after it ("the
  aniline monomer"), an acyclic parent ("the propanol", "the thiourea solution") and a functional-class word
  after it ("the pyrrole boronic acid", read by its own rule) keep it.
- An element's name as an atom of a functional group or a ring ("the amide nitrogen", "the carbonyl oxygen",
  "the pyridine nitrogen") or after "hypervalent" ("hypervalent iodine"): an atom or a class of reagents.

Used by :class:`chemtrove.chem.names.NameFinder` through :func:`chemtrove.chem.names.journal.tidied`; tested in
``tests/chem/names/test_name_standins.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.parts import FUNCTIONAL_CLASS_AFTER
from chemtrove.chem.names.spans import ELEMENT_NAMES, SUBSTANCE_FORMS, next_word

_VALENCE = {"H": 1, "C": 4, "N": 3, "O": 2, "S": 2, "F": 1, "Cl": 1, "Br": 1, "I": 1, "P": 3, "B": 3, "Si": 4}
_GROUPS = {"Me", "Et", "Pr", "Bu", "Ph", "Bn", "Ac", "Ts", "Tf", "Ms", "iPr", "tBu"}
_PART = re.compile(r"(iPr|tBu|[A-Z][a-z]?)(\d{0,2})")
_MAX_GROUP_CHARS = 12
_SPACE = r"[ \u00a0]+"
_RADICAL_AFTER = re.compile(rf"(?:{_SPACE}radicals?\b|[ \u00a0]*[•·\u2219])")
_PLACEHOLDER_AFTER = re.compile(rf"(?:[ \u00a0]*=(?!=)|{_SPACE}bonds?\b)")
_ION_AFTER = re.compile(rf"{_SPACE}(?:ions?|cations?|species|intermediates?)\b")
_COMPLEX_AFTER = re.compile(rf"{_SPACE}(?:complex(?:es)?|species|intermediates?)\b")
_KEPT_CATIONS = ("ammonium", "hydronium")
_METALS = frozenset(
    n for n in ELEMENT_NAMES if n not in {"hydrogen", "boron", "carbon", "nitrogen", "oxygen", "fluorine", "neon"}
)
_NOBLE_STATE = re.compile(
    r"(?:Ru|Rh|Pd|Os|Ir|Pt|Au|ruthenium|rhodium|palladium|osmium|iridium|platinum|gold)\((?:0|I|II|III|IV)\)",
    re.IGNORECASE,
)
_BLACK_METALS = frozenset("pd pt palladium platinum".split())
_BLACK = re.compile(r"[ \u00a0]*(?:[-\u2010\u2013\u2212][ \u00a0]*)?black\b")
_IONS_AFTER = re.compile(r"[ \u00a0]*(?:-[ \u00a0]*)?(?:ions?|cations?|salts?|precursors?|solutions?)\b")
_ATOM_WORDS = frozenset("nitrogen oxygen carbon sulfur sulphur phosphorus boron silicon selenium".split())
_GROUP_BEFORE = re.compile(
    r"(?<![\w\-])(?:amide|amine|amino|imine|imino|imide|carbonyl|carboxyl|carboxylate|ester|ether|hydroxyl|phenol"
    r"|phenolic|pyridine|pyridyl|pyrrole|indole|imidazole|nitrile|nitro|sulfonyl|sulfonamide|lactam|aniline"
    r"|anilide|hydrazone|oxime|enamine|enol|ketone|aldehyde|acyl|aryl|alkyl|benzylic|allylic|propargylic"
    r"|vinylic|anomeric|quaternary|bridgehead|carbinol|ring|heterocyclic|amidic|hypervalent)[ \u00a0]+$"
)
_THE = re.compile(r"(?<![\w\-])[Tt]he[ \u00a0]+$")
_BRACKET_ATOM = re.compile(r"\[[^\]]{1,12}\]")
_RING_SOLVENTS = frozenset(
    "benzene pyridine dioxane tetrahydrofuran cyclohexane cyclopentane piperidine morpholine pyrrolidine".split()
)
_MAX_RING_ATOMS = 60
_RING_WORD = re.compile(r"[a-z]{4,30}")
_FORM_AFTER = SUBSTANCE_FORMS | frozenset("monomer monomers solution solutions solvent vapor vapour layer".split())
_CUES = ("CF", "CH", "NH", "Me", "Et", "Ar", "ium", "protected", "acetonide", "(I", "(0", "complex", "species")
_CUES += ("nitrogen", "oxygen", "carbon", "sulfur", "phosphorus", "boron", "silicon", "selenium", "iodine")
_CUES += ("intermediate", "black", "the ", "The ")
_CUE = re.compile("|".join(re.escape(cue) for cue in _CUES))  # one scan of the text for any cue
MAX_LOOK = 40
"""Most characters read before a name for a cue (keeps each look bounded)."""


def without_standins(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` less the names that stand for a group, a placeholder, an intermediate, a derivative, a catalyst's
    state or an atom (see the module).

    Example:
        >>> t = "bearing F or CF3 ; the amide nitrogen ; Ar = Ph"
        >>> ms = [NameMatch(13, 16, "CF3", None, "formula", "pymatgen", "CF3"),
        ...       NameMatch(29, 37, "nitrogen", "N#N", "lexicon", "x"),
        ...       NameMatch(40, 42, "Ar", "[Ar]", "lexicon", "x")]
        >>> without_standins(t, ms)
        []
    """
    if not found or _CUE.search(text) is None:
        return found  # the common case, cheaply
    protected = "protected" in text
    return [m for m in found if not _stands_in(text, m, protected)]


def _stands_in(text: str, m: NameMatch, protected: bool) -> bool:
    name, lower = m.name, m.name.lower()
    before = text[max(0, m.start - MAX_LOOK) : m.start]
    if m.kind == "formula" and group_formula(name) and not _RADICAL_AFTER.match(text, m.end):
        return True  # "F or CF3", "the N − SCF3 bond": a substituent
    if name == "Ar" and _PLACEHOLDER_AFTER.match(text, m.end):
        return True  # "Ar = Ph", "the TES − Ar bond": the aryl placeholder
    if " " not in name and _intermediate(lower, text, m.end):
        return True  # "thiirenium ion 8", "the oxopalladium complex C"
    if protected and _protected(before):
        return True  # "the protected 3-bromophenol 9"
    if lower in ("acetonide", "acetonides"):
        return True  # "protected as the acetonide": the protecting group
    if lower in _BLACK_METALS and _BLACK.match(text, m.end):
        return True  # "Pd - black", "platinum black": a finely divided metal, no single structure
    if _NOBLE_STATE.fullmatch(name) and not _IONS_AFTER.match(text, m.end):
        return True  # "with Pd(II) produces the intermediate A": the catalyst's state
    if lower in _ATOM_WORDS | {"iodine"} and _atom(lower, before):
        return True  # "the amide nitrogen", "hypervalent iodine"
    return _ring_anaphor(text, m, before)


def _ring_anaphor(text: str, m: NameMatch, before: str) -> bool:
    """Whether a bare ring parent after "the" ("the indole", "convert the silane to", "insertion into the
    cyclopropane") points back to a compound of that family, not the parent; a substance form after it ("the
    aniline monomer", "the pyrrole solution") keeps the parent."""
    if before.rstrip(" \u00a0")[-2:] != "he" or not _THE.search(before) or not _RING_WORD.fullmatch(m.name):
        return False  # no "the" just before: the common case, cheaply
    if m.name in ELEMENT_NAMES:
        return False
    if m.name.lower() in _RING_SOLVENTS or not m.smiles or not ring_parent(m.smiles):
        return False  # no bare ring: "the propanol", "the aspirin", "the silane"; a solvent: "the pyridine"
    if FUNCTIONAL_CLASS_AFTER.match(text, m.end):
        return False  # "the pyrrole boronic acid": the start of another compound's name (read by its own rule)
    return next_word(text, m.end) not in _FORM_AFTER


def group_formula(name: str) -> bool:
    """Whether a formula is a substituent group: non-metals, with carbon or with nitrogen and hydrogen, whose
    usual valences sum to an odd number (one bond left open).

    Example:
        >>> [group_formula(f) for f in ("CF3", "NH2", "NEt2", "SCF3", "CH4", "NO2", "CO", "OH", "CN−")]
        [True, True, True, True, False, False, False, False, False]
    """
    if not 1 < len(name) <= _MAX_GROUP_CHARS or not name.isascii() or not name.isalnum():
        return False
    total, symbols, at = 0, set(), 0
    for part in _PART.finditer(name):
        if part.start() != at:
            return False
        at = part.end()
        symbol, count = part.group(1), int(part.group(2) or 1)
        if symbol in _GROUPS:
            total, symbols = total + count, symbols | {"R"}
        elif symbol in _VALENCE:
            total, symbols = total + _VALENCE[symbol] * count, symbols | {symbol}
        else:
            return False
    if at != len(name):
        return False
    if not symbols & _VALENCE.keys():
        return False  # "Pr" of "Ln = Pr": an element's symbol, not a lone group
    return total % 2 == 1 and bool(symbols & {"C", "R"} or {"N", "H"} <= symbols)


def _intermediate(lower: str, text: str, end: int) -> bool:
    if _ION_AFTER.match(text, end) is None and _COMPLEX_AFTER.match(text, end) is None:
        return False  # the common case, cheaply
    metal = any(lower.endswith(n) and lower[: -len(n)].endswith(("o", "yl")) for n in _METALS)
    if metal:
        return _COMPLEX_AFTER.match(text, end) is not None  # "the oxopalladium complex C"
    if lower.endswith("ium") and lower not in ELEMENT_NAMES and not lower.endswith(_KEPT_CATIONS):
        return _ION_AFTER.match(text, end) is not None  # "thiirenium ion 8"
    return False


def _protected(before: str) -> bool:
    word = before.rstrip(" \u00a0").rsplit(None, 1)[-1].lower() if before.strip() else ""
    if len(before) == len(before.rstrip(" \u00a0")):
        return False  # no space before the name: part of a word
    return word.endswith("protected") and not word.startswith(("unprotected", "deprotected"))


def ring_parent(smiles: str) -> bool:
    """Whether a SMILES is a bare ring system: every heavy atom in a ring, or an oxygen or sulfur double-bonded
    to one (a ring ketone, "xanthone").

    Example:
        >>> [ring_parent(s) for s in ("c1ccc2[nH]ccc2c1", "O=c1c2ccccc2oc2ccccc12", "Nc1ccccc1", "CCO")]
        [True, True, False, False]
    """
    if not any(c.isdigit() for c in _BRACKET_ATOM.sub("", smiles)):
        return False  # no ring bond at all, cheaply
    from rdkit import Chem

    mol = Chem.MolFromSmiles(smiles)
    if mol is None or mol.GetNumAtoms() > _MAX_RING_ATOMS:
        return False
    for atom in mol.GetAtoms():
        if atom.IsInRing():
            continue
        bonds = atom.GetBonds()
        if atom.GetSymbol() in ("O", "S") and len(bonds) == 1 and bonds[0].GetBondTypeAsDouble() == 2:
            continue  # the oxo of a ring ketone
        return False
    return True


def _atom(lower: str, before: str) -> bool:
    if lower == "iodine":
        return before.lower().endswith(("hypervalent ", "hypervalent\u00a0"))
    return _GROUP_BEFORE.search(before) is not None
