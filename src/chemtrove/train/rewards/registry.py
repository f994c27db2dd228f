"""Task scores and rewards by name: what recipes write in ``reward_funcs`` and ``task_rewards``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chemtrove.train.rewards.answers import Reward, _column, answer_tag_reward, format_reward
from chemtrove.train.rewards.crystals import cif_validity_reward, composition_match_reward, space_group_match_reward
from chemtrove.train.rewards.mist import EXTRA_TASK_REWARDS, MIST_REWARDS, mist_task_score
from chemtrove.train.rewards.molecules import (
    canonical_match_reward,
    exact_match_reward,
    formula_match_reward,
    name_match_reward,
    smiles_validity_reward,
    tanimoto_reward,
)
from chemtrove.train.rewards.reactions import reaction_class_reward


def _crystal_generation_score(completion: Any, formula: Any, space_group: Any) -> float:
    """Mean of validity, composition and space group (partial credit for a valid CIF of the wrong cell)."""
    parts = [
        cif_validity_reward([completion])[0],
        composition_match_reward([completion], formula=[formula])[0],
        space_group_match_reward([completion], space_group=[space_group])[0],
    ]
    scored = [p for p in parts if p is not None]
    return sum(scored) / len(scored) if scored else 0.0


TASK_REWARDS: dict[str, str] = {
    "reaction_class": "reaction_class",
    "forward_reaction": "canonical_match",
    "smiles_canonicalization": "exact_match",
    "name_to_smiles": "canonical_match",
    "smiles_to_name": "name_match",
    "formula_to_smiles": "formula_match",
    "crystal_generation": "cif_validity + composition_match + space_group_match (mean)",
    "crystal_composition": "composition_match",
    **EXTRA_TASK_REWARDS,  # MiST's tasks (chemtrove.train.mist_tasks) and SMolInstruct's (train.smolinstruct)
}
"""The score of each task (what :func:`task_reward` computes)."""


def task_reward(
    completions: Sequence[Any],
    task: Sequence[Any] | None = None,
    answer: Sequence[Any] | None = None,
    formula: Sequence[Any] | None = None,
    space_group: Sequence[Any] | None = None,
    **kwargs: Any,
) -> list[float | None]:
    """The task's own score for each row, chosen by its ``task`` column (see :data:`TASK_REWARDS`).

    One reward function for a dataset that mixes tasks, and the "task score" of evaluation reports.
    ``None`` for a row of an unknown task.

    Example:
        >>> task_reward(["<answer>CCO</answer>", "<answer>Reductions</answer>", "<answer>x</answer>"],
        ...             task=["name_to_smiles", "reaction_class", "mystery"], answer=["OCC", "Reductions", "x"])
        [1.0, 1.0, None]
    """
    n = len(completions)
    task, answer, formula, space_group = (_column(c, n) for c in (task, answer, formula, space_group))
    prompt = _column(kwargs.get("prompts", kwargs.get("prompt")), n)
    out: list[float | None] = []
    for i, c in enumerate(completions):
        t = task[i]
        try:
            if t == "crystal_generation":
                out.append(_crystal_generation_score(c, formula[i], space_group[i]))
                continue
            fn = {
                "reaction_class": reaction_class_reward,
                "forward_reaction": canonical_match_reward,
                "smiles_canonicalization": exact_match_reward,
                "name_to_smiles": canonical_match_reward,
                "smiles_to_name": name_match_reward,
                "formula_to_smiles": formula_match_reward,
                "crystal_composition": composition_match_reward,
            }.get(t)
            if fn is None:
                extra = mist_task_score(t, c, answer[i], prompt[i]) if t in EXTRA_TASK_REWARDS else None
                out.append(None if t not in EXTRA_TASK_REWARDS else 0.0 if extra is None else extra)
                continue
            value = fn([c], task=[t], answer=[answer[i]], formula=[formula[i]], space_group=[space_group[i]])[0]
            out.append(0.0 if value is None else value)  # the reference is the task's own: None means unusable
        except Exception:  # noqa: BLE001
            out.append(0.0)
    return out


REWARDS: dict[str, Reward] = {
    "format": format_reward,
    "answer_tag": answer_tag_reward,
    "smiles_validity": smiles_validity_reward,
    "canonical_match": canonical_match_reward,
    "exact_match": exact_match_reward,
    "tanimoto": tanimoto_reward,
    "formula_match": formula_match_reward,
    "reaction_class": reaction_class_reward,
    "name_match": name_match_reward,
    "cif_validity": cif_validity_reward,
    "composition_match": composition_match_reward,
    "space_group_match": space_group_match_reward,
    "task": task_reward,
    **MIST_REWARDS,  # MiST's reward shapes (mist_format, mist_reasoning_steps, mist_accuracy) and task scores
}
"""Rewards by the names recipes use (``reward_funcs: [format, task]`` in a GRPO config)."""


def check_reward_name(name: str) -> None:
    """Fail unless ``name`` is a key of :data:`REWARDS` or looks like ``module:function``.

    The module is not imported here (a recipe is checked before the run's environment is complete);
    :func:`get_rewards` imports it.

    Example:
        >>> check_reward_name("tanimoto")
        >>> check_reward_name("tanimotto")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        ValueError: unknown reward 'tanimotto'; did you mean 'tanimoto'? available: format, answer_tag, ...
    """
    import difflib

    if name in REWARDS:
        return
    module, sep, attr = name.partition(":")
    if sep and module and attr:
        return
    close = difflib.get_close_matches(name, list(REWARDS), n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ValueError(f"unknown reward {name!r}; {hint}available: {', '.join(REWARDS)} (or module:function)")


def get_rewards(names: Sequence[str | Reward]) -> list[Reward]:
    """The reward functions for ``names``: keys of :data:`REWARDS`, ``module:function``, or functions.

    Example:
        >>> [f.__name__ for f in get_rewards(["format", "chemtrove.train.rewards:tanimoto_reward"])]
        ['format_reward', 'tanimoto_reward']
    """
    import importlib

    out = []
    for name in names:
        if callable(name):  # a function passed from Python (programmatic use, tests)
            out.append(name)
            continue
        check_reward_name(name)
        if name in REWARDS:
            out.append(REWARDS[name])
        else:
            module, attr = name.split(":", 1)
            out.append(getattr(importlib.import_module(module), attr))
    return out
