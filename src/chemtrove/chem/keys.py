"""Keys that say when two molecules or reactions are the same, for decontamination and task splits.

A molecule's keys are the InChIKeys of the molecule and of its standardized parent (``ik:``), plus the
connectivity block (``cx:``) so stereoisomers match; a reaction's are its canonical form (``rx:``) and its
canonical reactants>>products without agents (``rp:``). Benchmark decontamination
(:mod:`chemtrove.curate.decontam`) drops a training record that shares a key with a benchmark item, and
task splits (:func:`chemtrove.tasks.builders.assign_splits`) keep every example sharing a key in one split.

Example:
    >>> acid = "ik:QTBSBXVTEAMEQO-UHFFFAOYSA-N"  # acetic acid
    >>> acid in molecule_keys("CC(=O)O")[1], acid in molecule_keys("[Na+].[O-]C(=O)C")[1]  # its salt's parent
    (True, True)
"""

from __future__ import annotations

from rdkit import Chem

from chemtrove.chem import reactions
from chemtrove.chem import smiles as smiles_lib

__all__ = ["molecule_keys", "reaction_keys"]


def molecule_keys(smiles: str, stereo_insensitive: bool = True) -> tuple[str | None, set[str]]:
    """Canonical SMILES and the InChIKey-based keys of a molecule (parent and connectivity).

    Args:
        smiles: The SMILES.
        stereo_insensitive: Add the connectivity key (``cx:``, the InChIKey's first block) so stereoisomers
            match each other.

    Returns:
        ``(canonical_smiles or None, keys)`` where keys hold ``ik:<InChIKey>`` for the molecule and its
        standardized parent, and ``cx:<first 14 characters>`` when ``stereo_insensitive``.
    """
    canon, mol = smiles_lib.canonicalize_mol(smiles)
    if mol is None:
        return None, set()
    keys: set[str] = set()
    mols = [mol]
    # The parent (largest organic fragment, uncharged) can only differ from a neutral single-fragment
    # molecule by the standardizer's cleanup, which InChI normalizes anyway; skipping it there saves
    # two thirds of the time per molecule on drug-like sets.
    if len(Chem.GetMolFrags(mol)) > 1 or any(a.GetFormalCharge() for a in mol.GetAtoms()):
        try:
            parent, _ = smiles_lib.standardize_mol(mol)
            mols.append(parent)
        except Exception:  # noqa: BLE001 - a molecule the standardizer rejects is matched as it is
            pass
    for m in mols:
        key = smiles_lib.mol_inchikey(m)
        if key:
            keys.add(f"ik:{key}")
            if stereo_insensitive:
                keys.add(f"cx:{key[:14]}")
    return canon.value, keys


def reaction_keys(rxn: str) -> set[str]:
    """Canonical reaction and canonical reactants>>products without agents (empty set if invalid).

    Args:
        rxn: Reaction SMILES.

    Returns:
        ``{"rx:<canonical reaction>", "rp:<reactants>>products>"}`` or an empty set.
    """
    full = reactions.canonicalize(rxn)
    if not full.ok:
        return set()
    r, _, p = full.value.split(">")
    return {f"rx:{full.value}", f"rp:{r}>>{p}"}
