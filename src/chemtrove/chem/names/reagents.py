"""Reagent names of experimental text: metal complexes named by their ligands, and brines that are no reagent.

* A metal salt named after its neutral ligands, counted by a multiplying prefix ("bis(triphenylphosphine)
  palladium(II) chloride", "tetrakis(triphenylphosphine)palladium(0)", written glued or with spaces, "( II)"
  included) is one complex: its composition is the ligand's times its count, the metal and the anions its
  oxidation number (or a counted anion word) gives. OPSIN reads no such name, and the salt alone
  ("palladium(II) chloride") is not the compound written.
* "brine" names the sodium chloride solution of a work-up (the default lexicon), but not a natural brine ("salt
  lake brine", "geothermal brine"): a mixture of salts.

Used by :class:`chemtrove.chem.names.NameFinder` and :mod:`chemtrove.chem.names.context`; tested on made-up
sentences in ``tests/chem/names/test_name_reagents.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from chemtrove.chem.names import spans
from chemtrove.chem.names.match import Hit, NameMatch, match_of

_COMPLEX = re.compile(
    r"(?<![\w(\[\-])(?P<mult>[Bb]is|[Tt]ris|[Tt]etrakis)\((?P<ligand>[A-Za-z][\w,'\-]{2,40})\)[ \u00a0]?"
    r"(?P<n>di)?(?P<metal>[a-z]{4,12})\([ \u00a0]?(?P<ox>0|I{1,3}|IV)\)"
    r"(?:[ \u00a0]?(?P<count>di|tri|tetra)?(?P<anion>chloride|bromide|iodide|acetate))?(?![\w(])"
)
MAX_COMPLEXES = 50
"""Most complexes read in one text (each costs a ligand look-up)."""

_COUNTS = {"bis": 2, "tris": 3, "tetrakis": 4, "di": 2, "tri": 3, "tetra": 4}
_OXIDATION = {"0": 0, "I": 1, "II": 2, "III": 3, "IV": 4}
_ANIONS = {"chloride": {"Cl": 1}, "bromide": {"Br": 1}, "iodide": {"I": 1}, "acetate": {"C": 2, "H": 3, "O": 2}}
_METALS = frozenset(
    "palladium platinum nickel rhodium ruthenium iridium copper cobalt iron gold silver osmium zinc manganese".split()
)
"""Metals of the complexes read (the transition metals of catalysts named by their ligands)."""

NATURAL_BRINE_BEFORE = frozenset(
    "natural lake salt-lake geothermal oilfield oil-field produced underground subsurface seawater sea "
    "lithium-rich li-rich lithium synthetic simulated".split()
)
"""Words before "brine" that make it a natural or model brine, a mixture of salts, not the work-up's sodium
chloride solution."""


def natural_brine(text: str, w: spans.Word) -> bool:
    """Whether the word "brine" names a natural or model brine, a mixture of salts (:data:`NATURAL_BRINE_BEFORE`
    before it), not the sodium chloride solution of a work-up.

    Example:
        >>> t = "washed with brine; lithium from salt lake brine"
        >>> [natural_brine(t, w) for w in spans.words(t) if w.text == "brine"]
        [False, True]
    """
    if w.text.lower() != "brine" or w.cut_left:
        return False
    return spans.previous_word(text, w.start) in NATURAL_BRINE_BEFORE


def _formula_counts(smiles: str) -> dict[str, int] | None:
    """Element counts of a neutral structure (``None``: unreadable or charged)."""
    from rdkit import Chem

    mol = Chem.MolFromSmiles(smiles)
    if mol is None or Chem.GetFormalCharge(mol) != 0:
        return None
    counts: dict[str, int] = {}
    for atom in Chem.AddHs(mol).GetAtoms():
        counts[atom.GetSymbol()] = counts.get(atom.GetSymbol(), 0) + 1
    return counts


def _symbol(metal: str) -> str:
    from pymatgen.core import Element

    return next(e.symbol for e in Element if e.long_name.lower() == metal)


def complex_hit(m: re.Match, hit_of: Callable[[str], Hit | None]) -> Hit | None:
    """The composition of one complex :data:`_COMPLEX` matched, its ligand read by ``hit_of`` (``None``: the
    metal, the ligand or the anion count does not read). The formula is written in Hill order."""
    metal, ox, anion = m.group("metal"), _OXIDATION[m.group("ox")], m.group("anion")
    if metal not in _METALS or (anion is None) != (ox == 0):
        return None  # "palladium(0)" has no anion; "palladium(II)" is written with its anion
    ligand = hit_of(m.group("ligand"))
    counts = _formula_counts(ligand.smiles) if ligand is not None and ligand.smiles else None
    if counts is None:
        return None
    total = {el: n * _COUNTS[m.group("mult").lower()] for el, n in counts.items()}
    metals = _COUNTS["di"] if m.group("n") else 1
    total[_symbol(metal)] = metals
    if anion is not None:
        n_anions = _COUNTS[m.group("count")] if m.group("count") else ox * metals
        for el, n in _ANIONS[anion].items():
            total[el] = total.get(el, 0) + n * n_anions
    from pymatgen.core import Composition

    return Hit(None, "formula", "pymatgen", Composition(total).hill_formula.replace(" ", ""), None)


def with_complexes(text: str, matches: list[NameMatch], hit_of: Callable[[str], Hit | None]) -> list[NameMatch]:
    """``matches`` with each complex named by its ligands (:func:`complex_hit`) in place of the names found
    inside it ("palladium( II)chloride" of "bis(triphenylphosphine) palladium( II)chloride").

    Args:
        text: The text.
        matches: The names found so far.
        hit_of: The finder's look-up of a ligand name (lexicons, then OPSIN).
    """
    if "is(" not in text:
        return matches  # the common case, cheaply: no "bis(", "tris(" or "tetrakis("
    found = []
    for m in _COMPLEX.finditer(text):
        hit = complex_hit(m, hit_of) if len(found) < MAX_COMPLEXES else None
        if hit is not None:
            found.append(match_of(text, m.start(), m.end(), hit))
    if not found:
        return matches
    starts = [c.start for c in found]  # in text order, never overlapping
    kept = []
    for x in matches:
        i = bisect.bisect_right(starts, x.start) - 1  # the last complex starting at or before x, or the next one
        near = found[max(i, 0) : i + 2]
        if not any(c.start < x.end and x.start < c.end for c in near):
            kept.append(x)
    return kept + found
