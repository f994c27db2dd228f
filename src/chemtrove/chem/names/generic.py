"""Mentions that stand for a group, a class or a catalyst's state, not for a compound (organic-chemistry prose).

- Formulas and symbols named as substituents: a list of them before "group(s)" or "substituent(s)" ("when Cl, Br
  and NO2 groups were introduced", "the CF3 substituent"); a formula whose first symbol is the aryl placeholder
  "Ar" followed by another symbol ("ArPd(O2CCF3)", "ArB(OH)2"): argon forms no such compound.
- A name after "the corresponding" ("gave the corresponding alcohol", "the corresponding 3-bromoquinoline"): the
  product of whichever substrate is meant, a class.
- An ether named for a reaction or a bond ("Williamson ether synthesis", "methyl ether formation", "ether
  bonds"), and a methyl ether or ester (a protecting group, as "benzyl ether"): no compound.
- A metal symbol, with its oxidation state or without, before "species", "intermediate" or "stage" ("the vinyl Pd
  intermediate B", "Cu(III) species D", "the Pd(IV) stage"), and an element's name before "compound" ("the
  aluminum compound 16"): a state of a catalyst or an unnamed compound of the element. An element's name before
  "species" ("iron species", as the materials texts mark it) and an ion ("Fe3+ species") stay.
- A name before "group(s)" ("the acetonide group") and an anion's name before "ester(s)" ("the pivalate ester",
  "boronate esters"): a part of a molecule or a class, no compound.
- A functional-group class word standing alone (:data:`CLASS_WORDS`: "1 equiv of isocyanide", "the phosphonium
  amino esters"): the reagent or salt of that class the paper draws, not the parent compound OPSIN reads (HNC,
  PH4+); a named member ("benzyl isocyanide", "phenyl isothiocyanate") is read as one name and stays.

Used by :class:`chemtrove.chem.names.NameFinder` through :func:`chemtrove.chem.names.journal.tidied`; tested in
``tests/chem/names/test_name_generic.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.formulas import ELEMENTS
from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.spans import ELEMENT_NAMES

_SPACE = r"[ \u00a0]+"
_GROUP_LIST = re.compile(
    r"(?:[ \u00a0]*,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?[A-Z][A-Za-z0-9()]{0,10}"
    r"|[ \u00a0]+(?:and|or)[ \u00a0]+[A-Z][A-Za-z0-9()]{0,10}){0,6}"
    rf"{_SPACE}(?:groups?|substituents?)\b"
)
"""The rest of a list of groups after its first member, and the word that makes them groups."""
MAX_GROUP_LIST = 120
"""Most characters read after a formula for the rest of a list of groups (keeps the look bounded)."""
_CORRESPONDING = re.compile(r"\bcorresponding[ \u00a0]+$")
_ETHER_USE = re.compile(rf"{_SPACE}(?:synthes[ie]s|formations?|bonds?|linkages?|linkers?|cleavages?)\b")
_METHYL_ETHER = re.compile(r"(?:[Mm]ethyl[ \u00a0]+)?(?:ethers?|esters?)")
_STATE = re.compile(r"([A-Z][a-z]?)(?:\((?:0|I{1,3}|IV|VI{0,2})\))?")
"""A metal symbol, with its oxidation state or without ("Pd", "Cu(III)")."""
_STAGE = re.compile(rf"(?:{_SPACE}|[ \u00a0]*[-\u2010\u2013][ \u00a0]*)(?:species|intermediates?|stages?)\b")
_COMPOUND = re.compile(rf"{_SPACE}compound\b")
_NAMED_GROUP = re.compile(rf"{_SPACE}groups?\b")
_ANION_ESTER = re.compile(rf"{_SPACE}esters?\b")
_NOT_ANIONS = r"(?:substrates?|templates?|aggregates?|candidates?)"
"""Words that end like an anion word and name none: a substrate of the element is the element."""
_ELEMENT_ROLE = re.compile(
    rf"{_SPACE}(?:cent(?:er|re)s?|lone{_SPACE}pairs?|than|salts?"
    rf"|(?!{_NOT_ANIONS}(?![\w\-]))[A-Za-z]{{3,30}}(?:ates?|ides?|ites?))(?![\w\-])"
)
"""A word after an element's name that makes it an atom, a site or an unnamed salt's cation ("the palladium
center", "the nitrogen lone pair", "one more carbon than", "copper salts", "sodium thiolate"); not the
words that only end like an anion (:data:`_NOT_ANIONS`: "silicon substrates")."""
_COUNTED = re.compile(
    rf"\b(?:one|two|three|four|five|six|seven|eight|nine|ten)(?:{_SPACE}more)?[ \u00a0]*-?[ \u00a0]*$", re.IGNORECASE
)
"""A count before an element's name: its atoms ("six- carbon analogues", "one more carbon")."""
_CUES = ("group", "substituent", "Ar", "corresponding", "ether", "ester", "species", "intermediate", "stage")
_CUES += ("compound", "isocyan", "isothiocyan", "isonitril", "phosphonium")
_CLASS_STEMS = ("isocyanide", "isocyanate", "isothiocyanate", "isonitrile", "phosphonium")
CLASS_WORDS = frozenset(_CLASS_STEMS) | {w + "s" for w in _CLASS_STEMS}
"""Words naming a class of reagents or salts by their functional group, no compound when written alone."""


def without_generic(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` less the groups, classes and catalyst states of the module docstring.

    Example:
        >>> t = "when Cl and NO2 groups were introduced"
        >>> ms = [NameMatch(5, 7, "Cl", None, "formula", "x", "Cl"), NameMatch(12, 15, "NO2", None, "formula", "x")]
        >>> without_generic(t, ms)
        []
    """
    if not any(cue in text for cue in _CUES):
        return found  # the common case, cheaply
    dropped: set[int] = set()
    for i, m in enumerate(found):
        if i in dropped:
            continue
        if _generic(text, m):
            dropped.add(i)
        elif _formula_like(m) and (g := _GROUP_LIST.match(text, m.end, min(len(text), m.end + MAX_GROUP_LIST))):
            dropped.add(i)  # the first group of the list; the others lie inside the list's span
            dropped.update(j for j in range(i + 1, len(found)) if found[j].end <= g.end())
    return [m for i, m in enumerate(found) if i not in dropped]


def _formula_like(m: NameMatch) -> bool:
    """A formula or a symbol (what a substituent is written as), not a word name."""
    return m.kind == "formula" or (m.name[:1].isupper() and not m.name[1:].islower())


def _generic(text: str, m: NameMatch) -> bool:
    name = m.name
    if name.lower() in CLASS_WORDS:
        return True  # "1 equiv of isocyanide", "the phosphonium salt": a class
    if m.kind == "formula" and name.startswith("Ar") and name[2:3].isupper():
        return True  # "ArPd(O2CCF3)": the aryl placeholder
    if m.kind != "formula" and _CORRESPONDING.search(text, max(0, m.start - 20), m.start):
        return True  # "the corresponding alcohol"
    if _METHYL_ETHER.fullmatch(name) and (name[0] in "Mm" or _ETHER_USE.match(text, m.end)):
        return True  # "methyl ether", "Williamson ether synthesis"
    if m.kind != "formula" and name[-1:].islower() and _NAMED_GROUP.match(text, m.end):
        return True  # "the acetonide group", "the 8-aminoquinoline group": a part of a molecule
    if name.endswith("ate") and _ANION_ESTER.match(text, m.end):
        return True  # "the pivalate ester", "boronate esters": the acyl part of an ester, a class
    state = _STATE.fullmatch(name)
    if state is not None and state.group(1) in ELEMENTS and _STAGE.match(text, m.end):
        return True  # "the vinyl Pd intermediate B", "Cu(III) species D"
    return name.lower() in ELEMENT_NAMES and _COMPOUND.match(text, m.end) is not None


def without_element_roles(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` less the element names that stand for an atom, a site or the cation of an unnamed salt: before
    "center", "lone pair", "than", "salts" or a salt-class word the finder did not join to them ("the palladium
    center", "sodium thiolate", "copper salts"), and after a count ("six- carbon analogues").

    Example:
        >>> t = "the palladium center and two carbon atoms"
        >>> ms = [NameMatch(4, 13, "palladium", "[Pd]", "systematic", "x"),
        ...       NameMatch(29, 35, "carbon", "[C]", "systematic", "x")]
        >>> without_element_roles(t, ms)
        []
    """
    kept = []
    starts = {m.start for m in found}
    for m in found:
        if m.name.lower() in ELEMENT_NAMES:
            role = _ELEMENT_ROLE.match(text, m.end)
            if role is not None and role.start() + len(role.group()) - len(role.group().lstrip()) not in starts:
                continue  # the word after is no mention of its own: "sodium thiolate", not "sodium" + "iodide"
            if _COUNTED.search(text, max(0, m.start - 16), m.start):
                continue
        kept.append(m)
    return kept
