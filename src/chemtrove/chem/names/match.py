"""What the names finder returns: a :class:`NameMatch` per name, and the cached :class:`Hit` of a look-up."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A chemical name found in prose.

    Attributes:
        start: Offset of the name in the text (``text[start:end] == name``).
        end: Offset just after it.
        name: The name as written.
        smiles: RDKit canonical SMILES, or ``None`` (a formula, or a name with no single structure).
        kind: ``lexicon`` (a lexicon entry or abbreviation), ``systematic`` (parsed by OPSIN), ``formula``
            (an inorganic formula read by pymatgen), ``abbreviation`` (defined by the text after a name it
            resolved: "ethylene carbonate (EC)") or ``unresolved`` (looks like a name, nothing resolved it, or a
            generic salt name with no single structure: "sodium silicate", see ``context.generic_salt``).
        source: Which resolver gave it: ``lexicon:<name>``, ``opsin``, ``pymatgen`` or ``definition``; ``None``
            if unresolved.
        formula: For formulas, pymatgen's reduced formula.
        charge_balanced: For formulas, whether oxidation states can balance (``None``: unknown).
    """

    start: int
    end: int
    name: str
    smiles: str | None
    kind: str
    source: str | None
    formula: str | None = None
    charge_balanced: bool | None = None

    @property
    def resolved(self) -> bool:
        """True when the name has a structure (a SMILES or a formula's composition)."""
        return self.smiles is not None or self.formula is not None


@dataclass(frozen=True, slots=True)
class Hit:
    """What a resolver gave for a name (kept in the finder's caches)."""

    smiles: str | None
    kind: str
    source: str
    formula: str | None = None
    charge_balanced: bool | None = None


def canonical_smiles(smiles: str | None) -> str | None:
    """RDKit canonical SMILES within the finder's size bounds, or ``None``."""
    if not smiles:
        return None
    from chemtrove.chem import smiles as smiles_lib

    canon = smiles_lib.canonicalize(smiles, max_length=2000, max_atoms=500)
    return canon.value if canon.ok else None


def match_of(text: str, start: int, end: int, hit: Hit) -> NameMatch:
    """The :class:`NameMatch` of ``text[start:end]`` resolved as ``hit``."""
    return NameMatch(start, end, text[start:end], hit.smiles, hit.kind, hit.source, hit.formula, hit.charge_balanced)
