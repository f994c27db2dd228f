"""Names followed by a compound number: "the tetrahydrofuran 6a", "alcohol 31", "the pyridine byproduct 15".

Journal prose points to drawn structures by number ("3a", "4aa", "15", and Roman numerals: "thiourea II"). A
name directly before such a number (or before a role word and the number: "product", "catalyst", "system") names
that compound only when it carries its substituents ("4-methylphenol 2a"); a bare parent or class ("the
tetrahydrofuran 6a", "spirocyclic 2,5-dihydrofuran 3a", "alcohol 31") stands for a structure the sentence does
not give, and is no mention. A number after a sign or a configuration ("alcohol (−)-13", "oxirane (Z)-1s") is a compound
number whatever letter ends it. A number in brackets ("indene ( 40 )") keeps the name. A name before "derivative"
is a family, and one "derived from" a numbered compound ("the lithium acetylide derived from 10") is that
compound's, never the compound the name gives. Used by :class:`chemtrove.chem.names.NameFinder`; tested in
``tests/chem/names/test_name_journal.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.spans import ELEMENT_NAMES

_ROLE = (
    r"(?:by-?products?|products?|intermediates?|adducts?|precursors?|substrates?|analogu?es?|catalysts?|ligands?"
    r"|systems?|dimers?|trimers?|oligomers?)"
)
"""Words between a name and its compound number that leave the name a class ("the guanidine catalyst 1",
"the 1,4-benzodioxane system 1g")."""
_ROMAN = r"(?:I{1,3}|IV|VI{0,3}|IX|X)(?![\w\-(])"
"""A compound number written as a Roman numeral ("thiourea II", as catalysts are often numbered)."""
_LETTER = r"[A-H](?![\w\-(])"
"""A compound label written as a capital letter, as intermediates are ("oxindole E", "allyl alcohol A")."""
_NUMBER = re.compile(
    rf"[ \u00a0]+(?:{_ROLE}[ \u00a0]+)?(?:\((?:[EZRS]|[−+±])\)-)?"
    rf"(\d{{1,3}}[a-z]{{0,3}}(?:-\d{{1,2}}(?![\d.]))?|{_ROMAN}|{_LETTER})"
    r"(?=[ \u00a0]*(?:[,.;:)](?!\d)|,\d{1,3}[a-z]{0,2},|$)|[ \u00a0]+([^\s\d]{1,8})|(?<=[A-H])\.\d{1,3}[a-z]?[ \u00a0])"
)
FORMULA_LIKE = re.compile(r"[A-Z][a-z]?\d|\)\d|^[A-Z]{2,}")
"""A formula or an abbreviation ("NaBH(OAc)3", "DMSO"), whatever resolved it: one compound, never a parent."""
_SPACED_DIGIT = re.compile(r"[ \u00a0](?:\d|[IVX]{1,4}\b|[A-H]\b)")
_DERIVATIVE = re.compile(r"[ \u00a0]+(?:derivatives?\b|derived[ \u00a0]+from[ \u00a0]+\(?\d{1,3}[a-z]{0,3}\b)")
_UNIT = re.compile(
    r"(?:%|°|[µμ]\w*|[mkcnμ]?[gLlMm]|mmol|mol|equiv|eq|h|hr|min|s|d|wt|vol|at|K|bar|atm|psi|[kM]?Pa|ppm|times|x|×"
    r"|mg|mL|ml|nm|mm|cm|rpm|V|mV|mA|W|kV|Hz|MHz|°C|C|F|J|kJ|eV)\W?"
)
_LABEL_LETTERS = ("g", "h", "k")
"""Letters of units that, glued after one digit, label a compound ("isatin 2g", "pyrrole 3k", "4h")."""
_SUFFIX_UNIT = {"h", "g", "mg", "ml", "nm", "mm", "min", "s", "wt", "at", "d", "k", "kg", "cm", "um", "hr", "x"}
_SUBSTITUENT = re.compile(
    r"(?:\d[a-z]?'?|[\u03b1-\u03c9]|\b[omp])(?:,(?:\d[a-z]?'?|[\u03b1-\u03c9]))*-\(?(?:di|tri|tetra|bis|tris)?\(?"
    r"(?:methyl|ethyl|propyl|isopropyl|butyl|tert-butyl|pentyl|hexyl|phenyl|benzyl|tolyl|naphthyl|vinyl|allyl"
    r"|chloro|bromo|fluoro|iodo|nitro|cyano|methoxy|ethoxy|phenoxy|benzyloxy|hydroxy|amino|acetyl|formyl"
    r"|trifluoromethyl|carboxy|mercapto|sulfanyl|thio|oxo)"
    r"|\b(?:methyl|ethyl|propyl|butyl|phenyl|chloro|bromo|fluoro|iodo|nitro|methoxy)[ \u00a0]"
    r"|\d[a-z]?['′″]{0,3}(?:,\d[a-z]?['′″]{0,3}){0,7}-\([a-z][^()\s]{1,40}yl\)"
)
"""A located substituent: a common group's name after a locant, or any bracketed group ending in "-yl" after
its locants ("4,4′,4″-(ethane-1,1,1-triyl)triphenol", "2-(pyridin-2-yl)...")."""


def _numbered(text: str, end: int, short: bool = True, element: bool = False) -> bool:
    """Whether a compound number (or a role word and one) follows ``end`` directly, not a quantity ("2p" and
    "4f" are orbitals after a ``short`` name, an element's: "Cu 2p"; compound numbers after a longer one)."""
    m = _NUMBER.match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    label = m.group(1)
    if label.isupper() and element:
        return False  # "copper II": an oxidation state written apart, after an element's name
    letters = label.lstrip("0123456789")
    if text[m.start(1) - 2 : m.start(1)] == ")-":
        return True  # "alcohol (−)-13", "oxirane (Z)-1s": a configuration or a sign makes it a compound number
    if len(label) == 2 and letters in _LABEL_LETTERS:
        return True  # "pyrrole 3k", "isatin 2g": one digit and a letter, a compound number (a quantity is spaced)
    if letters in _SUFFIX_UNIT or (len(label) == 2 and letters in ("p", "f") and short):
        return False  # "5h", "10mg": a quantity glued to its unit; "Cu 2p", "O 1s": an orbital
    if m.group(2) is not None and _UNIT.fullmatch(m.group(2)):
        return False  # "water 10 mL", "ethanol 50 %": a quantity
    return not (m.group(2) is not None and m.group(2)[0] in "-–/:x×")


_ON_HETEROATOM = re.compile(
    r"\b[NOS](?:,[NOS])*-(?:di|tri)?(?:methyl|ethyl|propyl|isopropyl|butyl|tert-butyl|phenyl|benzyl|tolyl|allyl"
    r"|vinyl|acetyl|benzoyl|tosyl|methoxy|phenylsulfonyl|Boc|Cbz|tert-butylsulfinyl|[a-z]*sulfinamide)"
)
"""A common group on a heteroatom's locant ("N-methyl-N-phenylacrylamide 1a", "N-allyl-pyrrole 5c"): before a
compound number it makes the name that compound's, as a located substituent on a ring does."""


def is_bare_parent(name: str, heteroatom: bool = False) -> bool:
    """Whether a name carries no located substituent ("tetrahydrofuran", "3-benzazepine", "phenylpropanol";
    not "4-methylphenol", "6-methyl phenanthridine", "α-bromostyrene": a Greek letter locates it too); with
    ``heteroatom``, a common group on N, O or S locates one too ("N-phenylpyrrole")."""
    if heteroatom and _ON_HETEROATOM.search(name) is not None:
        return False
    return _SUBSTITUENT.search(name) is None and _SUBSTITUENT.search(name.lower()) is None  # "p-Methoxy..."


def without_numbered_parents(text: str, found: list[NameMatch]) -> list[NameMatch]:
    """``found`` less the bare parents directly before a compound number, and the names before "derivative" (a
    formula or an abbreviation, "NaBH(OAc)3 27", is one compound whatever number follows it).

    Example:
        >>> from chemtrove.chem.names.match import NameMatch
        >>> t = "the tetrahydrofuran 6a and 4-methylphenol 2a in THF ( 3 mL )"
        >>> ms = [NameMatch(4, 19, "tetrahydrofuran", "C1CCOC1", "lexicon", "x"),
        ...       NameMatch(27, 41, "4-methylphenol", "Cc1ccc(O)cc1", "systematic", "opsin"),
        ...       NameMatch(48, 51, "THF", "C1CCOC1", "lexicon", "x")]
        >>> [m.name for m in without_numbered_parents(t, ms)]
        ['4-methylphenol', 'THF']
    """
    if _SPACED_DIGIT.search(text) is None and "derivative" not in text:
        return found  # the common case, cheaply: no number, no derivative
    kept = []
    for m in found:
        if text[m.end : m.end + 1] not in (" ", "\u00a0"):
            kept.append(m)  # no space after the name: neither a number nor "derivative" follows it
            continue
        formula = m.kind == "formula" or FORMULA_LIKE.search(m.name) is not None
        if _DERIVATIVE.match(text, m.end) or (
            not formula
            and _numbered(text, m.end, len(m.name) <= 8, m.name.lower() in ELEMENT_NAMES)
            and is_bare_parent(m.name, heteroatom=True)
        ):
            continue
        kept.append(m)
    return kept
