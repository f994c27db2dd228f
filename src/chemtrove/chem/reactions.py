"""Canonical reaction SMILES (``reactants>agents>products``) that never raise.

Atom-map numbers are removed, every molecule is canonicalized with :func:`chemtrove.chem.smiles.canonicalize`
semantics, and the molecules of each role are sorted, so two spellings of the same reaction give the
same string. A reaction is rejected with ``<role>_<reason>`` when one of its molecules fails (for
example ``reactant_parse_failed``).

Example:
    >>> canonicalize("[CH3:1][OH:2].OC(=O)C>>CC(=O)OC").value
    'CC(=O)O.CO>>COC(C)=O'
    >>> canonicalize("CCO>[H+]>C=C.O", fold_agents=True).value
    'CCO.[H+]>>C=C.O'
    >>> canonicalize("CCO").reason
    'rxn_bad_arrows'
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from rdkit import Chem, rdBase

from chemtrove.chem import smiles as _smiles
from chemtrove.chem.canon import Canon

DEFAULT_MAX_LENGTH = 20_000
"""Character limit of a whole reaction SMILES."""

# '>' separates roles, except in a dative bond '->' / '<-' inside a molecule.
_ARROW = re.compile(r"(?<!-)>")
_ROLES = ("reactant", "agent", "product")


def split_roles(rxn: str) -> list[str] | None:
    """Split a reaction SMILES into its three role strings, or ``None`` if the arrows are wrong.

    Example:
        >>> split_roles("A.B>C>D")
        ['A.B', 'C', 'D']
    """
    parts = _ARROW.split(rxn)
    return parts if len(parts) == 3 else None


def _canonical_molecule(smi: str, isomeric: bool, max_atoms: int) -> tuple[str | None, str | None, bool]:
    """One molecule of a reaction: (canonical, reason, had_atom_maps)."""
    mol, reason = _smiles.parse(smi, max_length=len(smi) + 1, max_atoms=max_atoms)
    if mol is None:
        return None, reason, False
    mapped = False
    for atom in mol.GetAtoms():
        if atom.GetAtomMapNum():
            atom.SetAtomMapNum(0)
            mapped = True
    if mapped:
        # Clearing maps can leave explicit [CH3]-style hydrogens; a round trip normalizes them.
        with rdBase.BlockLogs():
            mol = Chem.MolFromSmiles(Chem.MolToSmiles(mol, isomericSmiles=isomeric))
        if mol is None:
            return None, "sanitize_failed", mapped
    out = _smiles._write(mol, isomeric)
    if out is None:
        return None, "write_failed", mapped
    return out, None, mapped


def canonicalize(
    rxn: object,
    *,
    fold_agents: bool = False,
    isomeric: bool = True,
    max_length: int = DEFAULT_MAX_LENGTH,
    max_atoms: int = _smiles.DEFAULT_MAX_ATOMS,
) -> Canon:
    """Canonical reaction SMILES with a reason code instead of an exception.

    Args:
        rxn: ``"reactants>agents>products"`` or ``"reactants>>products"``; molecules separated by ``.``.
            A trailing CXSMILES block (``" |f:1.2|"``) is ignored.
        fold_agents: Move agents into the reactants (``A.B>>C``): the usual form for forward-prediction
            tasks, where the model should not have to guess which role a reagent plays.
        isomeric: Keep stereochemistry and isotopes.
        max_length: Character limit of the whole reaction.
        max_atoms: Atom limit per molecule.

    Returns:
        A :class:`Canon`; flags ``atom_maps_removed`` and ``agents_folded`` say what was changed.
    """
    if isinstance(rxn, str):
        rxn = rxn.strip()
        if " |" in rxn:  # CXSMILES extension: fragment grouping and other annotations
            rxn = rxn.split(" |", 1)[0]
    s, reason = _smiles.precheck(rxn, max_length)
    if reason is not None:
        return Canon.reject(reason)
    roles = split_roles(s)
    if roles is None:
        return Canon.reject("rxn_bad_arrows")
    flags: set[str] = set()
    out_roles: list[list[str]] = []
    for role, part in zip(_ROLES, roles, strict=True):
        mols: list[str] = []
        for smi in part.split(".") if part else []:
            if not smi:
                return Canon.reject(f"{role}_empty")
            value, why, mapped = _canonical_molecule(smi, isomeric, max_atoms)
            if value is None:
                return Canon.reject(f"{role}_{why}")
            if mapped:
                flags.add("atom_maps_removed")
            mols.append(value)
        out_roles.append(mols)
    reactants, agents, products = out_roles
    if not reactants:
        return Canon.reject("rxn_no_reactants")
    if not products:
        return Canon.reject("rxn_no_products")
    if fold_agents and agents:
        reactants, agents = reactants + agents, []
        flags.add("agents_folded")
    text = ">".join(".".join(sorted(m)) for m in (reactants, agents, products))
    return Canon(text, None, tuple(sorted(flags)))


def molecules(rxn: str) -> dict[str, list[str]]:
    """The molecules of a reaction SMILES by role, as written (no canonicalization).

    Example:
        >>> molecules("CC(=O)O.CO>>COC(C)=O")["reactant"]
        ['CC(=O)O', 'CO']
    """
    roles = split_roles(rxn) or ["", "", ""]
    return {role: [m for m in part.split(".") if m] for role, part in zip(_ROLES, roles, strict=True)}


@lru_cache(maxsize=1)
def reaction_class_names() -> dict[int, str]:
    """The 10 reaction classes of the Schneider USPTO set shipped in ``chemtrove/data/reactions``.

    Returns:
        ``{1: "Heteroatom alkylation and arylation", ..., 10: "Functional group addition (FGA)"}``.

    Example:
        >>> reaction_class_names()[3]
        'C-C bond formation'
    """
    path = resources.files("chemtrove") / "data" / "reactions" / "schneider_rxn_class_names.json"
    return {int(k): str(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def reaction_class_number(value: object) -> int | None:
    """The class number a record's class field gives (``"3"`` or ``3``), or ``None`` when it names no class.

    Args:
        value: The field (e.g. USPTO-50k's ``rxn_Class``).

    Returns:
        A key of :func:`reaction_class_names`.

    Example:
        >>> reaction_class_number(" 3 "), reaction_class_number("03"), reaction_class_number("11")
        (3, None, None)
    """
    text = str(value).strip()
    if not text.isdecimal() or str(int(text)) != text:
        return None
    number = int(text)
    return number if number in reaction_class_names() else None
