"""Which tasks each per-task expert trains on: the ``experts:`` entries of a recipe, parsed and checked.

Torch-free and below :mod:`chemtrove.train.config` (which checks a recipe's ``experts`` when it is built) and
:mod:`chemtrove.train.experts` (which trains them).
"""

from __future__ import annotations

from collections.abc import Sequence

from chemtrove.hints import check_choice
from chemtrove.tasks import TASK_FAMILIES, TASKS

__all__ = ["parse_experts"]


def parse_experts(specs: Sequence[str]) -> dict[str, list[str]]:
    """Expert names and their tasks from recipe entries: a family name or ``name=task1,task2``.

    Args:
        specs: Entries such as ``["molecules", "rxn=reaction_class,forward_reaction"]``.

    Returns:
        ``{expert: [tasks]}`` in the given order.

    Raises:
        ValueError: On an unknown family or task (with the closest name), an empty or repeated expert, or a task
            given to two experts.

    Example:
        >>> parse_experts(["reactions", "names=name_to_smiles,smiles_to_name"])
        {'reactions': ['reaction_class', 'forward_reaction'], 'names': ['name_to_smiles', 'smiles_to_name']}
        >>> parse_experts(["molecule"])
        Traceback (most recent call last):
        ...
        ValueError: experts: unknown value 'molecule'; did you mean 'molecules'? available: molecules, reactions, \
crystals (or name=task1,task2)
    """
    out: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for spec in specs:
        name, sep, rest = str(spec).partition("=")
        name = name.strip()
        if sep:
            tasks = [t.strip() for t in rest.split(",") if t.strip()]
            for t in tasks:
                check_choice(f"experts: {name}", t, TASKS)
        else:
            try:
                check_choice("experts", name, TASK_FAMILIES)
            except ValueError as e:
                raise ValueError(f"{e} (or name=task1,task2)") from None
            tasks = list(TASK_FAMILIES[name])
        if not name or not tasks:
            raise ValueError(f"experts: {spec!r} names no tasks (write name=task1,task2)")
        if name in out:
            raise ValueError(f"experts: {name!r} is given twice")
        for t in tasks:
            if t in owner:
                raise ValueError(f"experts: task {t} belongs to both {owner[t]} and {name}")
            owner[t] = name
        out[name] = tasks
    return out
