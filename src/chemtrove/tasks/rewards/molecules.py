"""Molecule rewards: SMILES validity, canonical and exact match, Tanimoto similarity, formula, names."""

from __future__ import annotations

import functools
import re
from typing import Any

from chemtrove.chem import reactions as _reactions
from chemtrove.chem import smiles as _smiles
from chemtrove.tasks.rewards.answers import (
    _MOLECULE_TASKS,
    MAX_REACTION_CHARS,
    MAX_SMILES_CHARS,
    MAX_TEXT_CHARS,
    _missing,
    _norm_text,
    _rowwise,
    _short_answer,
    answer_smiles,
)


@functools.lru_cache(maxsize=65536)
def canonical_answer(smiles: str) -> str | None:
    """Canonical SMILES of a molecule or a reaction (``None`` if invalid); cached, rewards see repeats.

    Example:
        >>> canonical_answer("OCC"), canonical_answer("C1CC")
        ('CCO', None)
    """
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
    return 0.0 if s is None or ">" in s else float(canonical_answer(s) is not None)


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
    ref = canonical_answer(str(answer).strip())
    if ref is None:
        return None
    s = answer_smiles(completion, MAX_REACTION_CHARS if ">" in ref else MAX_SMILES_CHARS)
    return 0.0 if s is None else float(canonical_answer(s) == ref)


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
    return _smiles.molecular_formula(smiles, max_length=MAX_SMILES_CHARS)


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
