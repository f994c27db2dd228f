"""MiST's reward shapes beside chemtrove's: ``mist_format``, ``mist_reasoning_steps``, ``mist_accuracy``.

The MiST GRPO code (an Open-R1 fork) scores a completion with three functions; these are the same shapes
with trl's signature ``reward(completions, **columns) -> list[float | None]``, so a recipe can run the
paper's setup (``reward_funcs: [mist_format, mist_reasoning_steps, mist_accuracy]``) or chemtrove's.

``mist_format``
    The share of the completion inside the first ``<think>...</think>\\s*<answer>...</answer>`` match: a
    completion that is only the block scores 1.0, text around it lowers the score, no block scores 0.0.
    The prompt ends with ``<think>`` in MiST's templates, so a completion not starting with it gets one
    prepended before matching (as MiST does).
``mist_reasoning_steps``
    ``min(1, n / 3)`` for ``n`` step markers (``Step 1:``, a leading ``1.``, ``\\n-``, ``\\n*``, ``First,``,
    ``Second,``, ``Next,``, ``Finally,``, ``Wait``, ``But``, ``but``, ``However``).
``mist_accuracy``
    -1.0 when no answer can be read (no think/answer block, or no valid molecule in it), -0.5 for a
    valid but wrong answer, +1.0 for the right one. For a molecule reference the answer is the *longest*
    RDKit-valid token of the ``<answer>`` block, after dropping copies of the prompt's molecules (a model
    cannot score by echoing a reactant). For a choice reference (a letter ``A``-``J``, ``True``/``False``, a
    class name or number) the answer is that choice; a one-letter reference ``A``-``J`` is always a choice
letter (methane's ``C`` reads as option C).

Copy exclusion: a token is dropped when it is the same molecule as one in the prompt, unless the
reference itself is in the prompt (canonicalization, permutation, hydrogen tasks show the answer's
molecule): then only verbatim string copies are dropped. A token spelled exactly as the reference is
never dropped (a canonical SMILES that happens to be the prompt's own spelling is still the answer).
Canonicalization and hydrogen tasks compare strings (the spelling is the answer); the others compare
canonical SMILES.

Every row is guarded: a completion of any size or content gives a number, never an exception; answers
and tokens are capped in length before RDKit sees them.

Example:
    >>> mist_accuracy(["<think>x</think><answer>CCO</answer>", "<think>x</think><answer>CCC</answer>",
    ...                "<think>x</think><answer>no idea</answer>", "CCO"], answer=["OCC"] * 4)
    [1.0, -0.5, -1.0, -1.0]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from chemtrove.chem.tags import END_SMILES, START_SMILES
from chemtrove.tasks.rewards.answers import (
    KNOWN_TASKS,
    MAX_SMILES_CHARS,
    MAX_TEXT_CHARS,
    _column,
    _missing,
    _norm_text,
    _rowwise,
    answer_smiles,
    completion_text,
    extract_answer,
)
from chemtrove.tasks.rewards.molecules import (
    _norm_formula,
    canonical_answer,
    canonical_match_reward,
    exact_match_reward,
    formula_match_reward,
    name_match_reward,
)
from chemtrove.tasks.rewards.reactions import _class_number, reaction_class_reward
from chemtrove.tasks.smolinstruct import SMOLINSTRUCT_TASK_REWARDS, core_answer

MAX_COMPLETION_CHARS = 200_000
"""Longest completion the MiST rewards read (longer ones score as unparseable / unformatted)."""
MAX_TOKENS = 256
"""Most candidate tokens of one answer tried with RDKit."""

_THINK_END = re.compile(r"</think>\s*<answer>")
_STEPS = re.compile(r"(Step \d+:|^\d+\.|\n-|\n\*|First,|Second,|Next,|Finally,|Wait|But|but|However)")
_TAG_TEXT = re.compile(r"\[(?:START|BEGIN|END)_(?:SMILES|MOL|CIF)\]")
_STRIP = " !\"#$%&'*+,-./:;<=>?@\\^_`{|}~"
_EXACT_TASKS = frozenset({"canonic", "smiles_canonicalization", "smhydrogen"})
_CHOICE = re.compile(r"^[A-J]$")


def _with_think(text: str) -> str:
    return text if text.startswith("<think>") else "<think>" + text


def think_answer_block(text: str) -> tuple[int, int, int, int] | None:
    """Where ``<think>...</think><answer>...</answer>`` first occurs in ``text``, found in linear time.

    The same match as ``re.search(r"<think>(.*?)</think>\\s*<answer>(.*?)</answer>", text, re.DOTALL)``, whose
    backtracking is quadratic in the number of unclosed tags (a completion of 10,000 ``<think>`` took seconds,
    200,000 characters of them minutes). The leftmost match can only start at the first ``<think>``: any later
    start's match is also one from the first. Its thinking ends at the first ``</think>\\s*<answer>``, and if no
    ``</answer>`` follows that one, none follows a later one either.

    Args:
        text: A completion.

    Returns:
        ``(block_start, block_end, answer_start, answer_end)`` or None when there is no such block.

    Example:
        >>> think_answer_block("x<think>a</think> <answer>b</answer>y")
        (1, 36, 26, 27)
        >>> think_answer_block("<think>" * 3 + "</think><answer>b") is None
        True
    """
    start = text.find("<think>")
    if start < 0:
        return None
    think_end = _THINK_END.search(text, start + len("<think>"))
    if think_end is None:
        return None
    answer_end = text.find("</answer>", think_end.end())
    if answer_end < 0:
        return None
    return start, answer_end + len("</answer>"), think_end.end(), answer_end


def mist_format(completions: Sequence[Any], **kwargs: Any) -> list[float | None]:
    """The share of the completion taken by its ``<think>...</think><answer>...</answer>`` block (MiST).

    Args:
        completions: Completions (strings or chat messages).
        **kwargs: Dataset columns (unused).

    Returns:
        One value in [0, 1] per completion.

    Example:
        >>> mist_format(["<think>a</think><answer>b</answer>", "a</think><answer>b</answer>",
        ...              "<think>a</think><answer>b</answer>" + "x" * 34, "no tags"])
        [1.0, 1.0, 0.5, 0.0]
    """
    out: list[float | None] = []
    for completion in completions:
        text = completion_text(completion)
        if len(text) > MAX_COMPLETION_CHARS:
            out.append(0.0)
            continue
        text = _with_think(text)
        block = think_answer_block(text)
        out.append(round((block[1] - block[0]) / len(text), 6) if block else 0.0)
    return out


def mist_reasoning_steps(completions: Sequence[Any], **kwargs: Any) -> list[float | None]:
    """``min(1, markers / 3)`` for step markers in the completion (MiST's reasoning-steps reward).

    Args:
        completions: Completions (strings or chat messages).
        **kwargs: Dataset columns (unused).

    Returns:
        One value in [0, 1] per completion.

    Example:
        >>> mist_reasoning_steps(["Step 1: a. Step 2: b. Finally, c", "First, a", "nothing"])
        [1.0, 0.3333, 0.0]
    """
    out: list[float | None] = []
    for completion in completions:
        text = completion_text(completion)[:MAX_COMPLETION_CHARS]
        out.append(round(min(1.0, len(_STEPS.findall(text)) / 3), 4))
    return out


def answer_block(completion: Any) -> str | None:
    """The ``<answer>`` text of MiST's think/answer block (``<think>`` prepended when missing), or ``None``.

    Example:
        >>> answer_block("reasoning</think> <answer> CCO </answer>"), answer_block("<answer>CCO</answer>")
        (' CCO ', None)
    """
    text = completion_text(completion)
    if len(text) > MAX_COMPLETION_CHARS:
        return None
    text = _with_think(text)
    block = think_answer_block(text)
    return text[block[2] : block[3]] if block else None


def _canonical(token: str) -> str | None:

    if not token or len(token) > MAX_SMILES_CHARS or ">" in token:
        return None
    return canonical_answer(token)


def smiles_tokens(text: str) -> list[tuple[str, str]]:
    """``(token, canonical SMILES)`` of the whitespace tokens of ``text`` that are valid molecules, in order.

    SMILES tags are cut out, surrounding punctuation stripped (as MiST does), and a lone ``I`` (the English
    pronoun) is skipped.

    Example:
        >>> smiles_tokens("I think [START_SMILES]OCC[END_SMILES] or C1CC, then c1ccccc1.")
        [('OCC', 'CCO'), ('c1ccccc1', 'c1ccccc1')]
    """
    words = _TAG_TEXT.sub(" ", text).split()
    out: list[tuple[str, str]] = []
    for word in words[: MAX_TOKENS * 4]:
        token = word.strip(_STRIP)
        if not token or token == "I" or len(token) > MAX_SMILES_CHARS:
            continue
        canon = _canonical(token)
        if canon is not None:
            out.append((token, canon))
        if len(out) >= MAX_TOKENS:
            break
    return out


def _prompt_molecules(prompt: Any) -> tuple[set[str], set[str]]:
    """Verbatim tokens and canonical SMILES of the molecules a prompt shows (each dot part too)."""
    text = completion_text(prompt) if not isinstance(prompt, str) else prompt
    text = text[:MAX_COMPLETION_CHARS]
    words, canons = set(), set()
    for token, canon in smiles_tokens(text):
        words.add(token)
        canons.add(canon)
        for part in token.split("."):
            c = _canonical(part)
            if c is not None:
                words.add(part)
                canons.add(c)
    return words, canons


def pick_answer_smiles(answer: str, prompt: Any = None, reference: str | None = None) -> tuple[str, str] | None:
    """The longest valid molecule token of an answer that is not a copy of the prompt's molecules.

    Args:
        answer: The answer text.
        prompt: The prompt (string or chat messages), or ``None``.
        reference: The reference SMILES: when its molecule is in the prompt, only verbatim copies are dropped.

    Returns:
        ``(token, canonical SMILES)``, or ``None`` when no token qualifies.

    Example:
        >>> pick_answer_smiles("CC(=O)O and CCO", prompt="React CCO with CC(=O)O", reference="CCOC(C)=O")
        >>> pick_answer_smiles("CCOC(C)=O, not CC(=O)O", prompt="React CCO with CC(=O)O")
        ('CCOC(C)=O', 'CCOC(C)=O')
    """
    words, canons = _prompt_molecules(prompt) if prompt is not None else (set(), set())
    ref = _canonical(reference.strip()) if reference else None
    by_molecule = ref is None or ref not in canons
    best: tuple[str, str] | None = None
    exact = reference.strip() if reference else None
    for token, canon in smiles_tokens(answer):
        if token != exact and (token in words or (by_molecule and canon in canons)):
            continue
        if best is None or len(token) > len(best[0]):
            best = (token, canon)
    return best


def _choice(text: str) -> str:
    return _norm_text(text).strip("()[] ").upper()


def _score_choice(answer: str, reference: str) -> float:
    ref = _choice(reference)
    got = _choice(answer)
    if _CHOICE.match(ref):  # a letter: the answer must be one letter
        letters = re.sub(r"[^A-J]", "", got)
        if len(letters) != 1:
            return -1.0
        return 1.0 if letters == ref else -0.5
    if ref in ("TRUE", "FALSE", "YES", "NO"):
        ref = {"YES": "TRUE", "NO": "FALSE"}.get(ref, ref)
        words = [{"YES": "TRUE", "NO": "FALSE"}.get(w, w) for w in re.findall(r"\b(TRUE|FALSE|YES|NO)\b", got)]
        if len(set(words)) != 1:
            return -1.0
        return 1.0 if words[0] == ref else -0.5

    number = _class_number(answer)
    ref_number = _class_number(reference)
    if ref_number is not None:
        if number is None:
            return -1.0
        return 1.0 if number == ref_number else -0.5
    return 1.0 if got.replace(" ", "") == ref.replace(" ", "") else -0.5


def _score(completion: Any, reference: Any, prompt: Any, task: Any) -> float | None:
    if _missing(reference):
        return None
    reference = str(reference).strip()
    answer = answer_block(completion)
    if answer is None or not answer.strip():
        return -1.0
    ref = _canonical(reference) if not _CHOICE.match(reference) else None
    if ref is None:
        return _score_choice(answer, reference)
    picked = pick_answer_smiles(answer, prompt, reference)
    if picked is None:
        return -1.0
    token, canon = picked
    if isinstance(task, str) and task in _EXACT_TASKS:
        return 1.0 if token == reference else -0.5
    return 1.0 if canon == ref else -0.5


def mist_accuracy(
    completions: Sequence[Any],
    answer: Sequence[Any] | None = None,
    prompts: Sequence[Any] | None = None,
    **kwargs: Any,
) -> list[float | None]:
    """MiST's accuracy: -1 unparseable, -0.5 valid but wrong, +1 right (see the module docstring).

    Args:
        completions: Completions (strings or chat messages).
        answer: The reference column (a SMILES, a letter, ``True``/``False`` or a class); MiST's ``solution``
            column is read when ``answer`` is absent.
        prompts: The prompts (trl passes them); ``prompt`` (the dataset column) is read when absent. Used to
            drop copies of the prompt's molecules.
        **kwargs: Other columns: ``task`` (canonicalization and hydrogen tasks compare strings), ``solution``,
            ``prompt``.

    Returns:
        One value in {-1.0, -0.5, 1.0} per completion, ``None`` where the reference is missing.

    Example:
        >>> mist_accuracy(["<think>x</think><answer>CCO</answer>", "<think>x</think><answer>CCOC(C)=O</answer>"],
        ...               answer=["CCOC(C)=O"] * 2, prompts=["React CCO with CC(=O)O"] * 2)
        [-1.0, 1.0]
        >>> mist_accuracy(["<think>x</think><answer>B</answer>", "<think>x</think><answer>True</answer>"],
        ...               answer=["C", "True"])
        [-0.5, 1.0]
    """
    n = len(completions)
    refs = _column(answer if answer is not None else kwargs.get("solution"), n)
    tasks = _column(kwargs.get("task"), n)
    prompt_col = _column(prompts if prompts is not None else kwargs.get("prompt"), n)
    out: list[float | None] = []
    for i, completion in enumerate(completions):
        if tasks[i] in _NOT_MIST:  # a CIF answer has no molecule or choice to read
            out.append(None)
            continue
        try:
            out.append(_score(completion, refs[i], prompt_col[i], tasks[i]))
        except Exception:  # noqa: BLE001 - a reward never raises on what a model writes
            out.append(-1.0)
    return out


_CHOICE_TASKS = frozenset({"canonmc", "rxn_inversion", "rxn_replacement", "rxn_truefalse", "kinetic"})
_CHOICE_TASKS |= {t for t, r in SMOLINSTRUCT_TASK_REWARDS.items() if r == "choice_match"}


@_rowwise(_CHOICE_TASKS)
def choice_match_reward(completion: Any, answer: Any) -> float | None:
    """1.0 when the answer picks the reference choice (a letter, ``True``/``False``, a label), else 0.0.

    The task score of MiST's multiple-choice and true/false tasks. A letter answer must be one letter;
    ``True``/``False`` must not be both.

    Example:
        >>> choice_match_reward(["<answer>(C)</answer>", "<answer>A or C</answer>", "<answer>false</answer>"],
        ...                     answer=["C", "C", "False"])
        [1.0, 0.0, 1.0]
    """
    if _missing(answer):
        return None
    got = extract_answer(completion)
    if got is None or len(got) > MAX_TEXT_CHARS:
        return 0.0
    return float(_score_choice(got, str(answer).strip()) == 1.0)


@_rowwise(frozenset({"smi_permute"}))
def permute_match_reward(completion: Any, prompt: Any = None, answer: Any = None) -> float | None:
    """1.0 when the answer is the prompt's molecule written as a different string (MiST's ``smi_permute``).

    The molecule shown is read from the prompt's SMILES tags (the ``answer`` column holds one valid
    spelling, used when the prompt has none); the answer must have the same canonical SMILES and differ
    from the shown string.

    Example:
        >>> permute_match_reward(["<answer>OCC</answer>", "<answer>CCO</answer>", "<answer>CCC</answer>"],
        ...                      prompt=["Write another SMILES of [START_SMILES]CCO[END_SMILES]."] * 3)
        [1.0, 0.0, 0.0]
    """

    text = completion_text(prompt) if prompt is not None else ""
    shown = None
    i = text.find(START_SMILES)
    if i >= 0 and (j := text.find(END_SMILES, i)) > 0:
        shown = text[i + len(START_SMILES) : j].strip()
    if not shown and not _missing(answer):
        shown = str(answer).strip()
    ref = _canonical(shown) if shown else None
    if ref is None:
        return None
    got = answer_smiles(completion)
    return float(got is not None and got != shown and _canonical(got) == ref)


@_rowwise(frozenset({t for t, r in SMOLINSTRUCT_TASK_REWARDS.items() if r == "formula_text_match"}))
def formula_text_match_reward(completion: Any, answer: Any) -> float | None:
    """1.0 when the answer is the reference molecular formula written out (element order folded to Hill's).

    Example:
        >>> formula_text_match_reward(["<answer>C2H6O</answer>", "<answer>H6C2O</answer>", "<answer>CCO</answer>"],
        ...                           answer=["C2H6O"] * 3)
        [1.0, 1.0, 0.0]
    """

    if _missing(answer):
        return None
    ref = _norm_formula(str(answer))
    if ref is None:
        return None
    got = extract_answer(completion)
    return float(got is not None and len(got) <= MAX_TEXT_CHARS and _norm_formula(got) == ref)


MIST_TASK_REWARDS: dict[str, str] = {
    "rxnpred": "canonical_match",
    "iupacsm": "canonical_match",
    "canonic": "exact_match",
    "canonmc": "choice_match",
    "smi_permute": "permute_match",
    "smhydrogen": "exact_match",
    "rxn_naming": "reaction_class",
    "rxn_inversion": "choice_match",
    "rxn_replacement": "choice_match",
    "rxn_truefalse": "choice_match",
    "kinetic": "choice_match",
}
"""The task score of each MiST task (what :func:`chemtrove.tasks.rewards.task_reward` computes for it)."""

EXTRA_TASK_REWARDS: dict[str, str] = {**MIST_TASK_REWARDS, **SMOLINSTRUCT_TASK_REWARDS}
"""Task scores of the tasks beside chemtrove's own: MiST's and SMolInstruct's (:mod:`chemtrove.tasks.smolinstruct`)."""


def mist_task_score(task: str, completion: Any, answer: Any, prompt: Any = None) -> float | None:
    """The task score of one row of a MiST task (``None`` for a task that is not MiST's).

    Example:
        >>> mist_task_score("canonmc", "<answer>B</answer>", "B"), mist_task_score("rxnpred", "x", "CCO")
        (1.0, 0.0)
    """

    name = EXTRA_TASK_REWARDS.get(task)
    if name is None:
        return None
    if task in SMOLINSTRUCT_TASK_REWARDS:  # its answers sit in <IUPAC>/<MOLFORMULA>/<BOOLEAN> tags
        completion = core_answer(completion_text(completion))
    fn = {
        "canonical_match": canonical_match_reward,
        "exact_match": exact_match_reward,
        "choice_match": choice_match_reward,
        "permute_match": permute_match_reward,
        "reaction_class": reaction_class_reward,
        "name_match": name_match_reward,
        "formula_match": formula_match_reward,
        "formula_text_match": formula_text_match_reward,
    }[name]
    if name == "permute_match":
        return fn([completion], prompt=[prompt], answer=[answer])[0]
    if name == "formula_match":
        return fn([completion], formula=[answer])[0]
    return fn([completion], answer=[answer])[0]


_NOT_MIST = frozenset({"crystal_generation"})
mist_accuracy.applies_to = (KNOWN_TASKS - _NOT_MIST) | frozenset(EXTRA_TASK_REWARDS)  # type: ignore[attr-defined]

MIST_REWARDS = {
    "mist_format": mist_format,
    "mist_reasoning_steps": mist_reasoning_steps,
    "mist_accuracy": mist_accuracy,
    "choice_match": choice_match_reward,
    "permute_match": permute_match_reward,
    "formula_text_match": formula_text_match_reward,
}
"""The MiST reward shapes by the names recipes use."""

__all__ = [
    "MAX_COMPLETION_CHARS",
    "MIST_REWARDS",
    "EXTRA_TASK_REWARDS",
    "MIST_TASK_REWARDS",
    "choice_match_reward",
    "formula_text_match_reward",
    "mist_task_score",
    "permute_match_reward",
    "answer_block",
    "mist_accuracy",
    "mist_format",
    "mist_reasoning_steps",
    "pick_answer_smiles",
    "smiles_tokens",
]
