"""The one "did you mean" helper every registry's error message uses (tasks, rewards, suites, configs).

Example:
    >>> suggest("tanimotto", ["format", "tanimoto", "task"])
    "did you mean 'tanimoto'? available: format, tanimoto, task"
    >>> suggest("zzz", ["b", "a"], sort=True)
    'available: a, b'
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

__all__ = ["check_choice", "suggest"]


def suggest(name: object, options: Iterable[object], *, sort: bool = False) -> str:
    """A hint for a wrong name: the closest valid one (when one is close) and every valid one.

    Args:
        name: The wrong name.
        options: The valid names.
        sort: List the valid names sorted (else in the registry's order).

    Returns:
        ``"did you mean 'x'? available: a, b, x"`` (without the first part when nothing is close).
    """
    names = [str(o) for o in options]
    close = difflib.get_close_matches(str(name), names, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{hint}available: {', '.join(sorted(names) if sort else names)}"


def check_choice(what: str, value: Any, choices: Iterable[str]) -> None:
    """Fail with "did you mean ... / available: ..." when ``value`` is not one of ``choices``.

    Args:
        what: The setting's name, for the message.
        value: The value given.
        choices: The allowed values.

    Raises:
        ValueError: If ``value`` is not allowed.

    Example:
        >>> check_choice("answer_from", "teacher", ("reference", "teacher"))
        >>> check_choice("answer_from", "teachers", ("reference", "teacher"))
        Traceback (most recent call last):
        ...
        ValueError: answer_from: unknown value 'teachers'; did you mean 'teacher'? available: reference, teacher
    """
    choices = list(choices)
    if value in choices:
        return
    raise ValueError(f"{what}: unknown value {value!r}; {suggest(value, choices)}")
