"""Rule-based chemistry rewards with trl's signature: ``reward(completions, **columns) -> list[float | None]``.

Every function takes the model's completions (plain strings, or trl's conversational form: a list of
messages whose last ``content`` is the answer) and the dataset columns it needs as keyword arguments,
exactly as :class:`trl.GRPOTrainer` calls it. It returns one value per completion:

* ``1.0`` / ``0.0`` (or a similarity in [0, 1]) for a scored completion;
* ``None`` when the reward does not apply to that row: its reference column is missing or unusable, or
  the row's ``task`` is one the reward is not meant for. trl turns ``None`` into NaN and leaves it out of
  the sum, so one list of reward functions serves a dataset that mixes tasks.

Nothing here raises on what a model writes (empty, huge, unicode, nested or repeated tags): the chemistry
goes through :mod:`chemtrove.chem`, which answers with reason codes, answers are capped in length before
RDKit or pymatgen see them, and each row is scored inside its own guard.

The answer is the content of the last ``<answer>...</answer>`` block (see :func:`extract_answer`); tags
``[START_SMILES]...[END_SMILES]`` / ``[START_CIF]...[END_CIF]`` around it are allowed. Which reward fits
which task is in :data:`TASK_REWARDS`; :func:`task_reward` dispatches on the ``task`` column.

Example:
    >>> completions = ["<think>ester</think><answer>CC(=O)OC</answer>", "<answer>OCC</answer>", "no idea"]
    >>> canonical_match_reward(completions, answer=["COC(C)=O", "CCO", "CCO"])
    [1.0, 1.0, 0.0]
    >>> format_reward(completions)
    [1.0, 0.0, 0.0]
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from importlib import resources
from typing import Any

from chemtrove.chem import reactions as _reactions
from chemtrove.chem import smiles as _smiles
from chemtrove.chem.tags import END_CIF, END_SMILES, START_CIF, START_SMILES

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


# ------------------------------------------------------------------------------------------ answer extraction
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
    from chemtrove.chem import crystals

    try:
        return crystals.restore_symmetry_ops(answer + ("" if answer.endswith("\n") else "\n"))
    except Exception:  # noqa: BLE001 - a garbled number is read (and rejected) by the parser instead
        return answer


def _short_answer(completion: Any) -> str | None:
    answer = extract_answer(completion)
    if answer is None or len(answer) > MAX_TEXT_CHARS:
        return None
    return answer


# --------------------------------------------------------------------------------------------- plumbing
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


KNOWN_TASKS = frozenset(
    {
        "reaction_class",
        "forward_reaction",
        "smiles_canonicalization",
        "name_to_smiles",
        "smiles_to_name",
        "formula_to_smiles",
        "crystal_generation",
        "crystal_composition",
    }
)
"""Task names of :mod:`chemtrove.train.tasks`; rewards answer ``None`` on the ones they are not for."""

_MOLECULE_TASKS = frozenset({"forward_reaction", "smiles_canonicalization", "name_to_smiles", "formula_to_smiles"})
_CRYSTAL_GEN = frozenset({"crystal_generation"})


# ----------------------------------------------------------------------------------------------- format
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


# ---------------------------------------------------------------------------------------------- molecules
@functools.lru_cache(maxsize=65536)
def _canonical(smiles: str) -> str | None:
    """Canonical SMILES of a molecule or a reaction (``None`` if invalid); cached, rewards see repeats."""
    if ">" in smiles.replace("->", "").replace("<-", ""):
        c = _reactions.canonicalize(smiles, max_length=MAX_REACTION_CHARS)
    else:
        c = _smiles.canonicalize(smiles, max_length=MAX_SMILES_CHARS)
    return c.value


@_rowwise(_MOLECULE_TASKS)
def smiles_validity_reward(completion: Any) -> float | None:
    """1.0 when the answer is a valid SMILES (RDKit parses and sanitizes it), else 0.0.

    Example:
        >>> smiles_validity_reward(["<answer>c1ccccc1</answer>", "<answer>c1cccc1</answer>", "<answer>Cl</answer>"])
        [1.0, 0.0, 1.0]
    """
    s = answer_smiles(completion)
    return 0.0 if s is None or ">" in s else float(_canonical(s) is not None)


@_rowwise(_MOLECULE_TASKS)
def canonical_match_reward(completion: Any, answer: Any) -> float | None:
    """1.0 when the answer is the same molecule (or reaction) as ``answer``: equal canonical SMILES.

    ``None`` when the reference does not parse (the row is not a molecule task).

    Example:
        >>> canonical_match_reward(["<answer>OCC</answer>", "<answer>CCC</answer>"], answer=["CCO", "CCO"])
        [1.0, 0.0]
        >>> canonical_match_reward(["<answer>CCO</answer>"], answer=["not a smiles"])
        [None]
    """
    if _missing(answer):
        return None
    ref = _canonical(str(answer).strip())
    if ref is None:
        return None
    s = answer_smiles(completion, MAX_REACTION_CHARS if ">" in ref else MAX_SMILES_CHARS)
    return 0.0 if s is None else float(_canonical(s) == ref)


@_rowwise(frozenset({"smiles_canonicalization"}))
def exact_match_reward(completion: Any, answer: Any) -> float | None:
    """1.0 when the answer is exactly the reference string (tags and surrounding spaces removed).

    The reward of the canonicalization task: a different spelling of the right molecule is not the
    canonical SMILES (:func:`canonical_match_reward` would pay for copying the input).

    Example:
        >>> exact_match_reward(["<answer>CCO</answer>", "<answer>OCC</answer>"], answer=["CCO", "CCO"])
        [1.0, 0.0]
    """
    if _missing(answer):
        return None
    s = answer_smiles(completion, MAX_REACTION_CHARS)
    return float(s is not None and s == str(answer).strip())


@functools.lru_cache(maxsize=1)
def _morgan():
    from rdkit.Chem import rdFingerprintGenerator

    return rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=2048)


def _fingerprint(smiles: str):
    mol, _ = _smiles.parse(smiles, max_length=MAX_SMILES_CHARS)
    if mol is None:
        return None
    return _morgan().GetFingerprint(mol)


@_rowwise(_MOLECULE_TASKS)
def tanimoto_reward(completion: Any, answer: Any) -> float | None:
    """Tanimoto similarity (Morgan fingerprints, radius 2, 2048 bits) between the answer and ``answer``.

    An invalid answer scores 0.0; ``None`` when the reference is not a valid molecule.

    Example:
        >>> tanimoto_reward(["<answer>CCO</answer>", "<answer>CCCCCCO</answer>", "<answer>x</answer>"],
        ...                 answer=["OCC", "CCO", "CCO"])
        [1.0, 0.3571, 0.0]
    """
    from rdkit import DataStructs, rdBase

    if _missing(answer) or ">" in str(answer):
        return None
    with rdBase.BlockLogs():
        ref = _fingerprint(str(answer).strip())
        if ref is None:
            return None
        s = answer_smiles(completion)
        fp = _fingerprint(s) if s is not None and ">" not in s else None
        return 0.0 if fp is None else round(DataStructs.TanimotoSimilarity(ref, fp), 4)


def molecular_formula(smiles: str) -> str | None:
    """Hill formula of a SMILES (hydrogens counted, charge written as RDKit writes it), or ``None``.

    Example:
        >>> molecular_formula("CCO")
        'C2H6O'
    """
    from rdkit import rdBase
    from rdkit.Chem.rdMolDescriptors import CalcMolFormula

    mol, _ = _smiles.parse(smiles, max_length=MAX_SMILES_CHARS)
    if mol is None:
        return None
    with rdBase.BlockLogs():
        return CalcMolFormula(mol)


def _norm_formula(formula: str) -> str | None:
    """A molecular formula with element counts in Hill order (``H6C2O`` -> ``C2H6O``), or ``None``."""
    text = formula.strip().replace(" ", "")
    if not text or len(text) > MAX_TEXT_CHARS or not re.fullmatch(r"([A-Z][a-z]?\d*)+([+-]\d*)?", text):
        return None
    m = re.match(r"^(.*?)([+-]\d*)?$", text)
    body, charge = m.group(1), m.group(2) or ""
    counts: dict[str, int] = {}
    for el, n in re.findall(r"([A-Z][a-z]?)(\d*)", body):
        counts[el] = counts.get(el, 0) + (int(n) if n else 1)
    order = (["C", "H"] if "C" in counts else []) + sorted(e for e in counts if not ("C" in counts and e in "CH"))
    return "".join(f"{e}{counts[e] if counts[e] != 1 else ''}" for e in order if e in counts) + charge


@_rowwise(frozenset({"formula_to_smiles"}))
def formula_match_reward(completion: Any, formula: Any) -> float | None:
    """1.0 when the answer is a valid SMILES whose molecular formula is ``formula``.

    The reward of formula-to-SMILES: any isomer counts. A formula string as answer scores 0.0 (the
    answer must be a molecule).

    Example:
        >>> formula_match_reward(["<answer>CCO</answer>", "<answer>COC</answer>", "<answer>C2H6O</answer>"],
        ...                      formula=["C2H6O", "C2H6O", "C2H6O"])
        [1.0, 1.0, 0.0]
    """
    if _missing(formula):
        return None
    ref = _norm_formula(str(formula))
    if ref is None:
        return None
    s = answer_smiles(completion)
    got = molecular_formula(s) if s is not None and ">" not in s else None
    return float(got is not None and _norm_formula(got) == ref)


# --------------------------------------------------------------------------------------------- reactions
@functools.lru_cache(maxsize=1)
def reaction_class_names() -> dict[int, str]:
    """The 10 reaction classes of the Schneider USPTO set, ``{1: "Heteroatom alkylation and arylation", ...}``.

    Example:
        >>> reaction_class_names()[3]
        'C-C bond formation'
    """
    path = resources.files("chemtrove") / "data" / "reactions" / "schneider_rxn_class_names.json"
    return {int(k): v for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def _norm_text(text: str) -> str:
    """Case, width, dashes and spacing folded; surrounding punctuation removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" .;:!\"'`")


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


# ----------------------------------------------------------------------------------------------- names
@_rowwise(frozenset({"smiles_to_name"}))
def name_match_reward(completion: Any, answer: Any) -> float | None:
    """1.0 when the answer is the reference name, ignoring case, spaces and unicode dash variants.

    Example:
        >>> name_match_reward(["<answer>Methanesulfonyl Chloride</answer>", "<answer>chloromethane</answer>"],
        ...                   answer=["methanesulfonyl chloride"] * 2)
        [1.0, 0.0]
    """
    if _missing(answer):
        return None
    got = _short_answer(completion)
    if got is None:
        return 0.0
    return float(_norm_text(got).replace(" ", "") == _norm_text(str(answer)).replace(" ", ""))


# ---------------------------------------------------------------------------------------------- crystals
class _Quiet:
    """Silence numpy floating-point and Python warnings of pymatgen/spglib on hostile cells (1e308 lengths)."""

    def __enter__(self):
        import warnings

        import numpy as np

        self._np = np.errstate(all="ignore")
        self._np.__enter__()
        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore")
        return self

    def __exit__(self, *exc):
        self._w.__exit__(*exc)
        self._np.__exit__(*exc)
        return False


def _structure(completion: Any):
    from chemtrove.chem import crystals

    cif = answer_cif(completion)
    if cif is None:
        return None
    with _Quiet():
        structure, _, _ = crystals.parse(cif, max_length=MAX_CIF_CHARS + 4096)
    return structure


@_rowwise(_CRYSTAL_GEN)
def cif_validity_reward(completion: Any) -> float | None:
    """1.0 when the answer is a CIF that parses and passes every check of :func:`chemtrove.chem.crystals.check`.

    Checks: known elements, cell lengths 0.5-1000 Å, angles 10-170°, volume, occupancies, atoms at least
    0.5 Å apart, declared formula consistent with the sites.

    Example:
        >>> cif = "data_Po\\n_cell_length_a 3.35\\n_cell_length_b 3.35\\n_cell_length_c 3.35\\n"
        >>> cif += "_cell_angle_alpha 90\\n_cell_angle_beta 90\\n_cell_angle_gamma 90\\n"
        >>> cif += "_symmetry_space_group_name_H-M 'P 1'\\nloop_\\n_atom_site_type_symbol\\n_atom_site_label\\n"
        >>> cif += "_atom_site_fract_x\\n_atom_site_fract_y\\n_atom_site_fract_z\\nPo Po1 0 0 0\\n"
        >>> cif_validity_reward([f"<answer>{cif}</answer>", "<answer>data_x</answer>",
        ...                      f"<answer>{cif.replace('3.35', '0.3')}</answer>"])
        [1.0, 0.0, 0.0]
    """
    from chemtrove.chem import crystals

    structure = _structure(completion)
    if structure is None:
        return 0.0
    with _Quiet():
        return float(not crystals.check(structure))


def _reduced(text_or_structure: Any) -> Any:
    """Reduced pymatgen composition of a formula string or a structure (``None`` if unusable)."""
    from pymatgen.core import Composition
    from pymatgen.core.periodic_table import DummySpecies

    if isinstance(text_or_structure, str):
        text = text_or_structure.strip()
        if not text or len(text) > MAX_TEXT_CHARS or not re.fullmatch(r"[A-Za-z0-9.()\s]+", text):
            return None
        comp = Composition(text)
    else:
        comp = text_or_structure.composition
    if comp.num_atoms <= 0 or any(isinstance(sp, DummySpecies) for sp in comp):
        return None
    return comp.element_composition.reduced_composition


@_rowwise(frozenset({"crystal_generation", "crystal_composition"}))
def composition_match_reward(completion: Any, formula: Any) -> float | None:
    """1.0 when the answer (a CIF, or a formula) has the reduced composition of ``formula``.

    A CIF answer is read with :func:`chemtrove.chem.crystals.parse`; a formula answer (``SrTiO3``,
    ``Sr2Ti2O6``) with pymatgen's ``Composition``. Amounts are compared after reduction.

    Example:
        >>> composition_match_reward(["<answer>Sr2Ti2O6</answer>", "<answer>SrTiO2</answer>", "<answer>Xx</answer>"],
        ...                          formula=["SrTiO3"] * 3)
        [1.0, 0.0, 0.0]
    """
    if _missing(formula):
        return None
    with _Quiet():
        try:
            ref = _reduced(str(formula))
        except Exception:  # noqa: BLE001
            return None
        if ref is None:
            return None
        answer = _short_answer(completion)
        if answer is not None and "_cell_length" not in answer and "data_" not in answer:
            got = _reduced(_untag(answer, START_SMILES, END_SMILES))
        else:
            structure = _structure(completion)
            got = None if structure is None else _reduced(structure)
        return float(got is not None and got.almost_equals(ref, rtol=1e-3, atol=1e-3))


@_rowwise(_CRYSTAL_GEN)
def space_group_match_reward(completion: Any, space_group: Any) -> float | None:
    """1.0 when the answer's CIF has space group number ``space_group`` (spglib, symprec 0.1 Å).

    Example:
        >>> cif = "data_Po\\n_cell_length_a 3.35\\n_cell_length_b 3.35\\n_cell_length_c 3.35\\n"
        >>> cif += "_cell_angle_alpha 90\\n_cell_angle_beta 90\\n_cell_angle_gamma 90\\n"
        >>> cif += "_symmetry_space_group_name_H-M 'P 1'\\nloop_\\n_atom_site_type_symbol\\n_atom_site_label\\n"
        >>> cif += "_atom_site_fract_x\\n_atom_site_fract_y\\n_atom_site_fract_z\\nPo Po1 0 0 0\\n"
        >>> space_group_match_reward([f"<answer>{cif}</answer>"] * 2, space_group=[221, 225])
        [1.0, 0.0]
    """
    from chemtrove.chem import crystals

    if _missing(space_group):
        return None
    try:
        ref = int(space_group)
    except (TypeError, ValueError):
        return None
    if not 1 <= ref <= 230:
        return None
    structure = _structure(completion)
    if structure is None:
        return 0.0
    with _Quiet():
        return float(crystals.space_group_number(structure) == ref)


# ----------------------------------------------------------------------------------------------- dispatch
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
                out.append(None)
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


__all__ = [
    "KNOWN_TASKS",
    "REWARDS",
    "TASK_REWARDS",
    "answer_cif",
    "answer_smiles",
    "answer_tag_reward",
    "canonical_match_reward",
    "check_reward_name",
    "cif_validity_reward",
    "completion_text",
    "composition_match_reward",
    "exact_match_reward",
    "extract_answer",
    "format_reward",
    "formula_match_reward",
    "get_rewards",
    "molecular_formula",
    "name_match_reward",
    "reaction_class_names",
    "reaction_class_reward",
    "smiles_validity_reward",
    "space_group_match_reward",
    "tanimoto_reward",
    "task_reward",
]
