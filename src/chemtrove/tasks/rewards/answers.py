"""Answer extraction from completions, the per-row plumbing every reward shares, and format rewards."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from chemtrove.chem.tags import END_CIF, END_SMILES, START_CIF, START_SMILES
from chemtrove.tasks.common import TASKS

Reward = Callable[..., list[float | None]]


MAX_SMILES_CHARS = 1_000
"""Longest SMILES answer scored; longer ones score 0 (RDKit never sees them)."""
MAX_REACTION_CHARS = 4_000
"""Longest reaction answer scored."""
MAX_CIF_CHARS = 20_000
"""Longest CIF answer scored (a generated cell of a few dozen sites is a few thousand characters)."""
MAX_TEXT_CHARS = 500
"""Longest name / formula / class answer scored."""

_THINK_ANSWER = re.compile(r"\A\s*<think>(.*?)</think>\s*<answer>(.*?)</answer>\s*\Z", re.DOTALL)
_TAGS = ("<think>", "</think>", "<answer>", "</answer>")


def completion_text(completion: Any) -> str:
    """The text of one completion, whatever form trl hands it in.

    Args:
        completion: A string, a message dict (``{"content": ...}``) or a list of messages (the last one's
            content is used); anything else gives ``""``.

    Returns:
        The text.

    Example:
        >>> completion_text([{"role": "assistant", "content": "<answer>C</answer>"}])
        '<answer>C</answer>'
        >>> completion_text(None)
        ''
    """
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        content = completion.get("content")
        return content if isinstance(content, str) else ""
    if isinstance(completion, (list, tuple)) and completion:
        return completion_text(completion[-1])
    return ""


def extract_answer(text: Any, *, strict: bool = False) -> str | None:
    """The answer inside a completion: the content of its last ``<answer>...</answer>`` block.

    With nested blocks the innermost one counts (the last ``<answer>`` and the first ``</answer>`` after
    it). Without ``strict``, a completion with no ``<answer>`` tag answers with what follows its last
    ``</think>`` (or the whole text), so plain-format models are scored too.

    Args:
        text: A completion (any form :func:`completion_text` takes).
        strict: Require a closed ``<answer>`` block; otherwise ``None``.

    Returns:
        The stripped answer, or ``None`` when there is none.

    Example:
        >>> extract_answer("<think>a</think><answer> CCO </answer>")
        'CCO'
        >>> extract_answer("<answer>A</answer><answer>B</answer>")
        'B'
        >>> extract_answer("<answer><answer>C</answer></answer>")
        'C'
        >>> extract_answer("CCO"), extract_answer("CCO", strict=True), extract_answer("<answer>CCO")
        ('CCO', None, None)
    """
    text = completion_text(text)
    start = text.rfind("<answer>")
    if start >= 0:
        end = text.find("</answer>", start)
        if end < 0:
            return None
        answer = text[start + len("<answer>") : end]
    elif strict:
        return None
    else:
        think = text.rfind("</think>")
        answer = text[think + len("</think>") :] if think >= 0 else text
        if "</answer>" in answer:  # a closing tag without an opening one: not an answer
            return None
    answer = answer.strip()
    return answer or None


def _untag(answer: str, start: str, end: str) -> str:
    """The content of the first complete ``start...end`` span, else the answer with stray tags removed."""
    i = answer.find(start)
    if i >= 0:
        j = answer.find(end, i + len(start))
        if j >= 0:
            return answer[i + len(start) : j].strip()
    for tag in (START_SMILES, END_SMILES, START_CIF, END_CIF):
        answer = answer.replace(tag, "")
    return answer.strip()


def answer_smiles(completion: Any, max_chars: int = MAX_SMILES_CHARS) -> str | None:
    """The SMILES a completion answers with (tags removed), or ``None`` when missing or too long.

    Example:
        >>> answer_smiles("<answer>[START_SMILES]CCO[END_SMILES]</answer>")
        'CCO'
    """
    answer = extract_answer(completion)
    if answer is None or len(answer) > max_chars + 64:
        return None
    answer = _untag(answer, START_SMILES, END_SMILES)
    return answer if answer and len(answer) <= max_chars else None


def answer_cif(completion: Any, max_chars: int = MAX_CIF_CHARS) -> str | None:
    """The CIF text a completion answers with (tags removed), or ``None`` when missing or too long.

    A CIF written without its symmetry operations but with ``_symmetry_Int_Tables_number`` (the short
    training form of :func:`chemtrove.chem.crystals.canonicalize` with ``symmetry_ops=False``) gets them
    back (:func:`chemtrove.chem.crystals.restore_symmetry_ops`) before it is read.
    """
    answer = extract_answer(completion)
    if answer is None or len(answer) > max_chars + 64:
        return None
    answer = _untag(answer, START_CIF, END_CIF)
    if not answer or len(answer) > max_chars:
        return None
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s

    try:
        return crystals.restore_symmetry_ops(answer + ("" if answer.endswith("\n") else "\n"))
    except Exception:  # noqa: BLE001 - a garbled number is read (and rejected) by the parser instead
        return answer


def _short_answer(completion: Any) -> str | None:
    answer = extract_answer(completion)
    if answer is None or len(answer) > MAX_TEXT_CHARS:
        return None
    return answer


def _column(values: Sequence[Any] | None, n: int) -> list[Any]:
    """A dataset column as a list of ``n`` values (a missing column is all ``None``)."""
    if values is None:
        return [None] * n
    values = list(values)
    return values if len(values) == n else (values + [None] * n)[:n]


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or (isinstance(value, str) and not value)


def _rowwise(tasks: frozenset[str] | None = None) -> Callable[[Callable[..., float | None]], Reward]:
    """Turn ``score(completion, **row) -> float | None`` into a trl reward over lists.

    The wrapper pulls the named columns out of ``kwargs`` row by row, returns ``None`` for rows whose
    ``task`` is a known task outside ``tasks``, and turns any exception of the scorer into ``0.0`` for that
    row (a bad completion must never stop a training run).
    """

    def decorate(score: Callable[..., float | None]) -> Reward:
        import inspect

        params = [p for p in inspect.signature(score).parameters if p != "completion"]

        @functools.wraps(score)
        def reward(completions: Sequence[Any], **kwargs: Any) -> list[float | None]:
            n = len(completions)
            cols = {p: _column(kwargs.get(p), n) for p in params}
            task_col = _column(kwargs.get("task"), n)
            out: list[float | None] = []
            for i, completion in enumerate(completions):
                task = task_col[i]
                if tasks is not None and isinstance(task, str) and task in KNOWN_TASKS and task not in tasks:
                    out.append(None)
                    continue
                try:
                    value = score(completion, **{p: cols[p][i] for p in params})
                except Exception:  # noqa: BLE001 - see docstring: a reward never raises
                    value = 0.0
                out.append(None if value is None else float(value))
            return out

        reward.applies_to = tasks  # type: ignore[attr-defined]
        return reward

    return decorate


KNOWN_TASKS = frozenset(TASKS)
"""Task names of :mod:`chemtrove.tasks`; rewards answer ``None`` on the ones they are not for."""

_MOLECULE_TASKS = frozenset({"forward_reaction", "smiles_canonicalization", "name_to_smiles", "formula_to_smiles"})
_CRYSTAL_GEN = frozenset({"crystal_generation"})


def format_reward(completions: Sequence[Any], **kwargs: Any) -> list[float | None]:
    """1.0 for exactly ``<think>...</think><answer>...</answer>`` (one of each tag, nothing around), else 0.0.

    Example:
        >>> format_reward(["<think>x</think>\\n<answer>y</answer>", "<answer>y</answer>",
        ...                "<think>x</think><answer><answer>y</answer></answer>", ""])
        [1.0, 0.0, 0.0, 0.0]
    """
    out: list[float | None] = []
    for completion in completions:
        text = completion_text(completion)
        ok = (
            len(text) <= 1_000_000
            and all(text.count(tag) == 1 for tag in _TAGS)
            and _THINK_ANSWER.match(text) is not None
            and bool(extract_answer(text, strict=True))
        )
        out.append(1.0 if ok else 0.0)
    return out


def answer_tag_reward(completions: Sequence[Any], **kwargs: Any) -> list[float | None]:
    """1.0 when the completion holds exactly one non-empty ``<answer>...</answer>`` block, else 0.0.

    Example:
        >>> answer_tag_reward(["<answer>CCO</answer>", "<answer></answer>", "<answer>a</answer><answer>b</answer>"])
        [1.0, 0.0, 0.0]
    """
    out: list[float | None] = []
    for completion in completions:
        text = completion_text(completion)
        ok = text.count("<answer>") == 1 and text.count("</answer>") == 1 and extract_answer(text, strict=True)
        out.append(1.0 if ok else 0.0)
    return out


def _norm_text(text: str) -> str:
    """Case, width, dashes and spacing folded; surrounding punctuation removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .;:!\"'`")
