"""What every part of the tasks package shares: the task names, formats, columns and a stable hash.

torch-free and chemistry-free: rewards and builders both import it, neither imports the other for it.
"""

from __future__ import annotations

import hashlib
from typing import Any

TASKS = (
    "reaction_class",
    "forward_reaction",
    "smiles_canonicalization",
    "name_to_smiles",
    "smiles_to_name",
    "formula_to_smiles",
    "crystal_generation",
    "crystal_composition",
)
"""Every task, in the order examples are built."""

FORMATS = ("think", "answer", "plain")
"""Completion formats."""

COLUMNS = ("id", "task", "prompt", "completion", "answer", "formula", "space_group", "key", "keys", "split")
"""Columns of every example, in file order."""

MOLECULE_TASKS = ("smiles_canonicalization", "name_to_smiles", "smiles_to_name", "formula_to_smiles")
REACTION_TASKS = ("reaction_class", "forward_reaction")
CRYSTAL_TASKS = ("crystal_generation", "crystal_composition")

TASK_FAMILIES: dict[str, tuple[str, ...]] = {
    "molecules": MOLECULE_TASKS,
    "reactions": REACTION_TASKS,
    "crystals": CRYSTAL_TASKS,
}
"""Tasks by family (molecule-, reaction- and crystal-level): the default per-task experts."""

MIST_TASKS = (
    "rxnpred",
    "iupacsm",
    "canonic",
    "canonmc",
    "smi_permute",
    "smhydrogen",
    "rxn_naming",
    "rxn_inversion",
    "rxn_replacement",
    "rxn_truefalse",
    "kinetic",
)
"""MiST's task names built here, in the order examples are built."""

MIST_ALIASES = {
    "rxnpred": "forward_reaction",
    "iupacsm": "name_to_smiles",
    "canonic": "smiles_canonicalization",
    "rxn_naming": "reaction_class",
}
"""MiST tasks that are a chemtrove task under another name (built by chemtrove's builder, renamed)."""

SMILES_ANSWER_TASKS = frozenset({"rxnpred", "iupacsm", "canonic", "smi_permute", "smhydrogen"})
"""MiST tasks whose completion writes the answer inside SMILES tags."""


def unit_hash(*parts: Any) -> float:
    """A uniform number in [0, 1) from the parts (stable across runs and machines).

    Args:
        *parts: Anything with a stable ``str``.

    Returns:
        The number.

    Example:
        >>> unit_hash("split", 0, "ik:x") == unit_hash("split", 0, "ik:x")
        True
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


__all__ = [
    "COLUMNS",
    "CRYSTAL_TASKS",
    "FORMATS",
    "MIST_ALIASES",
    "MIST_TASKS",
    "MOLECULE_TASKS",
    "REACTION_TASKS",
    "SMILES_ANSWER_TASKS",
    "TASKS",
    "TASK_FAMILIES",
    "unit_hash",
]
