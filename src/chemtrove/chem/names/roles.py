"""Words in a role, not a compound: a chromatography medium, atoms, a metal in a mechanism, a parent as a
modifier, a position locant; and the spans of "molecular X" and of carbon monoxide written "CO".

- "silica" of "silica gel" ("on silica gel", "silica gel chromatography", "silica - gel column"): the
  stationary phase, a material labelled without a structure.
- An element's name standing for its atom: before "bond", "bonding", "radical" or "centered" ("hydrogen
  bonding", "a hydrogen radical", "oxygen - centered radical"), and the atoms of a substitution ("iodine was
  replaced by hydrogen"; not "replaced with selenium powders", the element as a substance).
- A metal's name standing for a catalyst or its complex in a mechanism: before "catalysis", "carbene" or
  "- bound" ("rhodium catalysis", "palladium carbene complex", "the rhodium - bound intermediate"), and after a
  word for its charge or ligation ("anionic rhodium", "the π-allyl coordinated palladium"); a metal with its
  oxidation state in a catalytic cycle: after "reoxidized to", "regenerated as", "high valent" or "catalyst", or
  before ", which ... reoxidized", "intermediate" or "to high valent" ("oxidation of Cu(II) to high valent
  Cu(III)", "Cu(I) , which gets reoxidized to Cu(II)", "Lewis acid catalyst Cu(II)"; not a plain redox change,
  "Cr(VI) was reduced to Cr(III)", whose states are the ions); a metal after "Raney" ("Raney Ni",
  a porous material of no single structure).
- Any name before "- based" ("a naphthalene - based chromene", "a cobalt-based catalyst"): the family of the
  compound that follows, no mention of its own; a formula with a count ("WO3-based electrolyzers", "the
  POCl3-based process") is the compound the material or process is made from.
- A formula of several atoms as the value of a structure's variable ("4 ( X = SO2 ) or 6 ( X = CO )"): a group
  of a drawn structure, no compound; one element ("X = Cl or Br") stays the element.
- An ion before "form" ("the resin in its OH− form", "H+ form"): the counter-ion of an ion-exchange resin, no
  reagent of its own.
- An element symbol with a number and a hyphen before a word ("C3- arylated", "N4- Benzoylation"): a position
  locant, not an ion.
- "hydrogen" of "borrowing hydrogen" ("the borrowing hydrogen reaction"): a method's name; an element's name
  after "substitution of" ("nucleophilic substitution of fluorine"): the atom replaced, as after "replaced by".
- A halogen's name after "contain(s)" ("the film contains fluorine"): the atom, an element the material holds
  (:func:`contained_atoms`).
- "molecular" before an element's name ("molecular oxygen", "molecular iodine"): one span, the molecule.
- "CO" after "of", "under", "and", "with" or "or", or before "atmosphere", "gas", "pressure" or "/" ("1 atm of
  CO", "under CO / O2"): carbon monoxide (as the lexicon reads "carbon monoxide"); a supplier's "CO., Ltd"
  stays no mention.
- Two or more element names and "oxide" ("fluorine-tin-oxide", "indium tin oxide") that OPSIN reads with a
  lone neutral atom: a doped or mixed oxide material, no single structure (:func:`mixed_oxide`).

Used by :class:`chemtrove.chem.names.NameFinder` through :func:`chemtrove.chem.names.journal.tidied`; tested in
``tests/chem/names/test_name_roles.py``.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable
from itertools import accumulate

from chemtrove.chem.names.formulas import ELEMENTS
from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.spans import ELEMENT_NAMES, SUBSTANCE_FORMS, next_word

_DASH = r"[ \u00a0]*[-\u2010\u2013][ \u00a0]*"
_GEL = re.compile(rf"(?:[ \u00a0]+|{_DASH})gels?(?![A-Za-z])")  # "silica gel13": a reference glued
_ATOM_ROLE = re.compile(rf"(?:[ \u00a0]+|{_DASH})(?:bonds?|bonding|bonded|radicals?|cent(?:ered|red))\b")
_REPLACED_BY = re.compile(r"\b(?:(?:replaced|substituted)[ \u00a0]+(?:by|with)|substitution[ \u00a0]+of)[ \u00a0]+$")
_BORROWING = re.compile(r"\bborrowing[ \u00a0]+$")
_CONTAINS = re.compile(r"\bcontain(?:s|ed|ing)?[ \u00a0]+$")
_HALOGEN_ATOMS = {"fluorine": "[F]", "chlorine": "[Cl]", "bromine": "[Br]", "iodine": "[I]"}
_REPLACED = re.compile(
    r"[ \u00a0]+(?:was|were|is|are)[ \u00a0]+(?:[a-z]{2,20}ly[ \u00a0]+)?replaced[ \u00a0]+(?:by|with)\b"
)
_MECHANISM = re.compile(rf"(?:[ \u00a0]+(?:catalysis|carbenes?)|{_DASH}(?:bound|coordinated|ligated))\b")
_STATE_BEFORE = re.compile(r"\b(?:anionic|cationic|coordinated|ligated|low-valent|high-valent)[ \u00a0]+$")
_STATED = re.compile(r"(?:[A-Z][a-z]?|[A-Za-z]{4,12})\((?:0|I|II|III|IV|V|VI|VII)\)")
_REDOX_BEFORE = re.compile(
    r"\b(?:reoxidi[sz]ed|regenerated)[ \u00a0]+(?:back[ \u00a0]+)?(?:to|as)[ \u00a0]+$"
    r"|\b(?:high|low)[ \u00a0-]?valent[ \u00a0]+$|\bcatalysts?[ \u00a0]+$"
)
"""Words of a catalytic cycle before a metal's state: turnover ("reoxidized to"), "high valent", "catalyst"; not a
plain redox change ("Cr(VI) was reduced to Cr(III)": the ions)."""
_REDOX_AFTER = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+which[ \u00a0]+(?:[a-z]{2,12}[ \u00a0]+){0,2}re(?:oxidi[sz]ed|generated)\b"
    r"|[ \u00a0]+(?:intermediates?|stage|cent(?:er|re))\b|[ \u00a0]+to[ \u00a0]+(?:high|low)[ \u00a0-]?valent\b"
)
_RANEY = re.compile(r"\bRaney[ \u00a0]+$")
_ION_FORM = re.compile(r"[ \u00a0]+form\b")
_VARIABLE = re.compile(r"(?<![\w\-])[A-Z]\d?['′]?[ \u00a0]*=[ \u00a0]*$")
_ONE_ATOM = re.compile(r"[A-Z][a-z]?")
_BASED = re.compile(rf"{_DASH}based\b")
COUNTED_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d*){0,6}[A-Z][a-z]?\d(?:[A-Z][a-z]?\d*){0,6}")
"""A formula of several atoms with a count ("WO3", "POCl3", "TiO2"): before "-based" it names the compound a
material or process is made from ("WO3-based electrolyzers", "the standard POCl3-based process"), where a name
or an element ("naphthalene-based", "a cobalt-based catalyst", "Ni-based alloys") names a family or class, and so
does an ion's formula written without its charge ("SO4-based electrolytes": sulfates)."""
_LOCANT = re.compile(r"[A-Z][a-z]?\d{1,2}-")
_WORD_AFTER = re.compile(r"[ \u00a0]+[A-Za-z]{3}")
_MOLECULAR = re.compile(r"\b[Mm]olecular[ \u00a0]+$")
_CO = re.compile(r"(?<![\w\-(\[/])CO(?![\w\-)\].])")
_GAS_BEFORE = re.compile(r"\b(?:of|under|and|with|or)[ \u00a0]+$")
_GAS_AFTER = re.compile(r"[ \u00a0]*(?:/|[ \u00a0](?:atmosphere|gas|pressure)\b)")
_CUES = ("gel", "bond", "radical", "cent", "replaced", "substituted", "catalysis", "carbene", "bound")
_CUES += ("coordinated", "ligated", "anionic", "cationic", "valent", "based", "oxidi", "generated")
_CUES += ("catalyst", "which", "intermediate", "stage", "Raney", " form", "=", "substitution")
_CUES += ("borrowing",)
MAX_LOOK = 40
"""Most characters read before a name for a cue (keeps each look bounded)."""


def without_roles(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` less the names in a role of the module docstring (a medium, an atom, a catalyst, a family, a
    locant).

    Example:
        >>> t = "purified on silica gel; hydrogen bonding"
        >>> ms = [NameMatch(12, 18, "silica", None, "formula", "x", "SiO2"),
        ...       NameMatch(24, 32, "hydrogen", "[H][H]", "lexicon", "x")]
        >>> without_roles(t, ms)
        []
    """
    if not any(cue in text for cue in _CUES) and not any(m.name.endswith("-") for m in found):
        return found  # the common case, cheaply
    return [m for m in found if not _in_role(text, m)]


def _in_role(text: str, m: NameMatch) -> bool:
    lower = m.name.lower()
    before = text[max(0, m.start - MAX_LOOK) : m.start]
    if lower == "silica" and _GEL.match(text, m.end):
        return True  # "on silica gel": the chromatography medium
    if _BASED.match(text, m.end) and not (
        m.kind == "formula" and m.charge_balanced and COUNTED_FORMULA.fullmatch(m.name)
    ):
        return True  # "a naphthalene - based chromene": a family ("WO3-based electrolyzers": the compound)
    if m.kind == "formula" and _LOCANT.fullmatch(m.name) and _WORD_AFTER.match(text, m.end):
        return True  # "C3- arylated": a position
    if m.kind == "formula" and not _ONE_ATOM.fullmatch(m.name) and _VARIABLE.search(before):
        return True  # "4 ( X = SO2 )": a group of a drawn structure ("X = Cl or Br" stays: the elements)
    if m.kind == "formula" and m.name[-1] in "+-\u2212" and _ION_FORM.match(text, m.end):
        return True  # "an ion - exchange resin ( OH− form )": the resin's counter-ion, no reagent
    if _metal_in_cycle(text, m, before):
        return True  # "oxidation of Cu(II) to", "Lewis acid catalyst Cu(II)", "Raney Ni"
    if lower not in ELEMENT_NAMES:
        return False
    if lower == "hydrogen" and (_BORROWING.search(before) or text.startswith(" borrowing", m.end)):
        return True  # "the borrowing hydrogen reaction": a method's name
    if _ATOM_ROLE.match(text, m.end) or _REPLACED.match(text, m.end):
        return True  # "hydrogen bonding", "iodine was replaced by": an atom
    if _REPLACED_BY.search(before) and next_word(text, m.end) not in SUBSTANCE_FORMS:
        return True  # "replaced by hydrogen", not "replaced with selenium powders" (the element as a substance)
    return bool(_MECHANISM.match(text, m.end) or _STATE_BEFORE.search(before))  # "rhodium catalysis"


def _metal_in_cycle(text: str, m: NameMatch, before: str) -> bool:
    """Whether a metal stands for a catalyst in its cycle or a material: with its oxidation state after a word of
    the cycle or before a turnover clause or an intermediate ("oxidation of Cu(II) to high valent", "reoxidized
    to Cu(II)", "Lewis acid catalyst Cu(II)", "Cu(I) , which gets reoxidized"), or after "Raney" ("Raney Ni", a
    porous material of no single structure)."""
    state = _STATED.fullmatch(m.name)
    bare = m.name[: m.name.find("(")] if state else m.name
    if not (bare in ELEMENTS or bare.lower() in ELEMENT_NAMES):
        return False
    if _RANEY.search(before):
        return True
    return bool(state and (_REDOX_BEFORE.search(before) or _REDOX_AFTER.match(text, m.end)))


def molecular_spans(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` with each element's name after "molecular" spanning both words ("molecular oxygen").

    Example:
        >>> t = "under molecular oxygen"
        >>> [m.name for m in molecular_spans(t, [NameMatch(16, 22, "oxygen", "O=O", "lexicon", "x")])]
        ['molecular oxygen']
    """
    if "olecular" not in text:
        return found  # the common case, cheaply
    out = []
    for m in found:
        mol = _MOLECULAR.search(text, max(0, m.start - MAX_LOOK), m.start) if m.name.lower() in ELEMENT_NAMES else None
        if mol is not None and m.smiles:
            m = dataclasses.replace(m, start=mol.start(), name=text[mol.start() : m.end])
        out.append(m)
    return out


def contained_atoms(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` with a halogen's name after "contain(s)" read as its atom, an element a material holds ("the
    film contains fluorine": [F], not the gas F2).

    Example:
        >>> t = "the film contains fluorine"
        >>> [m.smiles for m in contained_atoms(t, [NameMatch(18, 26, "fluorine", "FF", "lexicon", "x")])]
        ['[F]']
    """
    if "contain" not in text:
        return found  # the common case, cheaply
    out = []
    for m in found:
        atom = _HALOGEN_ATOMS.get(m.name.lower())
        if atom is not None and _CONTAINS.search(text, max(0, m.start - MAX_LOOK), m.start):
            m = dataclasses.replace(m, smiles=atom)
        out.append(m)
    return out


def carbon_monoxide(text: str, found: list[NameMatch], lookup: Callable[[str], Hit | None]) -> list[NameMatch]:
    """The mentions of carbon monoxide written "CO" in a gas's context that no match in ``found`` overlaps;
    ``lookup`` reads "carbon monoxide".

    Example:
        >>> hit = lambda name: Hit("[C-]#[O+]", "lexicon", "x")
        >>> [m.name for m in carbon_monoxide("under 1 atm of CO; Hanwha CO., Ltd", [], hit)]
        ['CO']
    """
    if "CO" not in text:
        return []  # the common case, cheaply
    out: list[NameMatch] = []
    taken = sorted((f.start, f.end) for f in found)
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end of the matches up to each one
    for c in _CO.finditer(text):
        if not (_GAS_BEFORE.search(text, max(0, c.start() - 8), c.start()) or _GAS_AFTER.match(text, c.end())):
            continue
        i = bisect_left(taken, (c.end(),))  # the matches starting before the end of "CO"
        if i and reach[i - 1] > c.start():
            continue  # inside a match: "[RhCl(CO)2]2"
        hit = lookup("carbon monoxide")
        if hit is None or not hit.smiles:
            return out
        out.append(match_of(text, c.start(), c.end(), hit))
    return out


def mixed_oxide(name: str, smiles: str) -> bool:
    """Whether a name of two or more element names and "oxide", spaced or hyphenated, reads as separate
    atoms: a doped or mixed oxide material ("fluorine-tin-oxide", "indium tin oxide"), no single compound.

    Example:
        >>> mixed_oxide("fluorine-tin-oxide", "[F].O=[Sn]"), mixed_oxide("tin oxide", "O=[Sn]")
        (True, False)
    """
    parts = re.split(r"[ \-]+", name.lower())
    if len(parts) < 3 or parts[-1] not in ("oxide", "oxides") or not all(p in ELEMENT_NAMES for p in parts[:-1]):
        return False
    return any(re.fullmatch(r"\[[A-Z][a-z]?\]", piece) and piece[1:-1] in ELEMENTS for piece in smiles.split("."))
