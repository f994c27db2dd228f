"""Reaction rewards: the reaction class (USPTO-50k's ten classes) by number or name."""

from __future__ import annotations

import re
from typing import Any

from chemtrove.chem.reactions import reaction_class_names
from chemtrove.tasks.rewards.answers import _missing, _norm_text, _rowwise, _short_answer


def _class_number(text: str) -> int | None:
    """The class an answer names: ``"3"``, ``"class 3"``, ``"3: C-C bond formation"``, or the name."""
    norm = _norm_text(text)
    names = {_norm_text(v): k for k, v in reaction_class_names().items()}
    if norm in names:
        return names[norm]
    m = re.fullmatch(r"(?:class\s*)?(\d{1,2})(?:\s*[:.)-]\s*(.*))?", norm)
    if not m:
        return None
    number = int(m.group(1))
    if number not in reaction_class_names():
        return None
    rest = m.group(2)
    if rest and names.get(_norm_text(rest)) != number:  # "3: Reductions" contradicts itself
        return None
    return number


@_rowwise(frozenset({"reaction_class"}))
def reaction_class_reward(completion: Any, answer: Any) -> float | None:
    """1.0 when the answer names the reference reaction class (by name, number, or ``"3: name"``).

    Names are compared without case, spacing or unicode dash differences.

    Example:
        >>> reaction_class_reward(["<answer>c-c bond formation</answer>", "<answer>Class 3</answer>",
        ...                        "<answer>Reductions</answer>"], answer=["C-C bond formation"] * 3)
        [1.0, 1.0, 0.0]
    """
    if _missing(answer):
        return None
    ref = _class_number(str(answer))
    if ref is None:
        return None
    got = _short_answer(completion)
    return float(got is not None and _class_number(got) == ref)
