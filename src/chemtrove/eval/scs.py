"""SMILES Competence Score (SCS): does the model prefer well-formed SMILES to broken ones?

For each molecule three texts are scored, ``The molecule represented with the SMILES
[START_SMILES]<s>[END_SMILES]`` with ``<s>`` the canonical SMILES, a randomized SMILES of the same
molecule (:func:`chemtrove.chem.smiles.randomize`) and a corrupted SMILES (:func:`corrupt`: 20% of the
grammar characters ``()[]0-9`` deleted, at least one). Only the tokens of the SMILES span are scored
(not the prompt, not the tags): each text gives its mean per-token log-probability and the mean rank of
its tokens. The score is Cohen's d between the canonical and the corrupted condition with the pooled
standard deviation (:func:`cohens_d`): how many standard deviations a real SMILES sits above a broken one.
A model that knows no SMILES grammar scores near 0.

Example:
    >>> corrupt("c1ccccc1C(=O)O", seed=0) != "c1ccccc1C(=O)O"
    True
    >>> round(cohens_d([1.0, 2.0, 3.0], [0.0, 1.0, 2.0]), 3)
    1.0
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from typing import Any

import numpy as np

from chemtrove.chem import smiles as _smiles
from chemtrove.chem.tags import END_SMILES, START_SMILES
from chemtrove.eval.logprobs import TokenScores, span_logprobs

__all__ = [
    "CONDITIONS",
    "GRAMMAR_CHARS",
    "PROMPT",
    "cohens_d",
    "corrupt",
    "scs",
    "scs_texts",
    "summarize",
]

GRAMMAR_CHARS = frozenset("()[]0123456789")
"""Characters the corruption deletes from: branches, brackets, ring-closure digits (and charges/counts)."""

PROMPT = "The molecule represented with the SMILES "
"""Text before the opening tag."""

CONDITIONS = ("canonical", "randomized", "corrupted")


def corrupt(smiles: str, seed: int = 0, fraction: float = 0.2) -> str | None:
    """Delete a fraction of the grammar characters ``()[]0-9`` of a SMILES, deterministically.

    ``max(1, round(fraction * n))`` of the ``n`` grammar characters are deleted (rounding half up),
    chosen by a random generator seeded with ``(seed, smiles)``: the same input and seed always give the
    same string, on any machine and Python version (string seeds are hashed with SHA-512).

    Args:
        smiles: The SMILES.
        seed: Seed.
        fraction: Share of the grammar characters to delete.

    Returns:
        The corrupted SMILES, or ``None`` when the SMILES has no grammar character (``"CCO"``).

    Example:
        >>> corrupt("CC(=O)O", seed=1)
        'CC=O)O'
        >>> corrupt("CCO") is None
        True
    """
    positions = [i for i, ch in enumerate(smiles) if ch in GRAMMAR_CHARS]
    if not positions:
        return None
    k = max(1, math.floor(fraction * len(positions) + 0.5))
    rng = random.Random(f"chemtrove-scs:{seed}:{smiles}")
    drop = set(rng.sample(positions, k))
    return "".join(ch for i, ch in enumerate(smiles) if i not in drop)


def cohens_d(a: Sequence[float], b: Sequence[float]) -> float:
    """Cohen's d of ``a`` over ``b`` with the pooled standard deviation.

    ``d = (mean(a) - mean(b)) / s`` with ``s = sqrt(((n_a - 1) var_a + (n_b - 1) var_b) / (n_a + n_b - 2))``
    and sample variances (``ddof=1``).

    Args:
        a: First group (canonical, true statements).
        b: Second group (corrupted).

    Returns:
        d; ``nan`` with fewer than two values in a group, ``0.0`` / ``±inf`` when the pooled SD is 0.

    Example:
        >>> round(cohens_d([2.0, 4.0], [1.0, 3.0]), 4)
        0.7071
    """
    x = np.asarray([v for v in a if np.isfinite(v)], dtype=np.float64)
    y = np.asarray([v for v in b if np.isfinite(v)], dtype=np.float64)
    if x.size < 2 or y.size < 2:
        return math.nan
    pooled = math.sqrt(((x.size - 1) * x.var(ddof=1) + (y.size - 1) * y.var(ddof=1)) / (x.size + y.size - 2))
    diff = float(x.mean() - y.mean())
    if pooled == 0.0:
        return 0.0 if diff == 0.0 else math.copysign(math.inf, diff)
    return diff / pooled


def scs_texts(molecules: Sequence[str], seed: int = 0, prompt: str = PROMPT) -> list[dict[str, Any]]:
    """The three conditions of every usable molecule, as texts with the SMILES span marked.

    A molecule is used when it parses, has a grammar character to corrupt, and has a randomized spelling.

    Args:
        molecules: SMILES (canonicalized here).
        seed: Seed of the randomization and the corruption.
        prompt: Text before ``[START_SMILES]``.

    Returns:
        One dict per molecule: ``smiles`` (canonical), and per condition ``{condition: (text, (start, end))}``
        under ``texts``, plus ``corrupted_valid`` (whether the corrupted string still parses).
    """
    out = []
    for smi in molecules:
        c = _smiles.canonicalize(smi)
        if not c.ok:
            continue
        canonical = c.value
        broken = corrupt(canonical, seed)
        if broken is None:
            continue
        try:
            randomized = _smiles.randomize(canonical, 1, seed=seed)[0]
        except ValueError:
            continue
        texts = {}
        for cond, s in zip(CONDITIONS, (canonical, randomized, broken), strict=True):
            start = len(prompt) + len(START_SMILES)
            texts[cond] = (f"{prompt}{START_SMILES}{s}{END_SMILES}", (start, start + len(s)))
        out.append(
            {
                "smiles": canonical,
                "randomized": randomized,
                "corrupted": broken,
                "corrupted_valid": _smiles.parse(broken)[0] is not None,
                "texts": texts,
            }
        )
    return out


def summarize(
    scores: dict[str, list[TokenScores]], positive: str, negative: str, conditions: Sequence[str]
) -> dict[str, Any]:
    """Per-condition means and Cohen's d of ``positive`` over ``negative`` (shared by SCS and CCS).

    Args:
        scores: Condition name -> one :class:`TokenScores` per item.
        positive: The condition that should score higher (``canonical``, ``true``).
        negative: The condition that should score lower (``corrupted``).
        conditions: Conditions to report, in order.

    Returns:
        ``{"d": ..., "conditions": {name: {"mean_logprob", "std_logprob", "mean_rank", "mean_tokens"}},
        "paired_accuracy": share of items where positive beats negative}``.
    """
    means = {c: [s.mean for s in scores[c]] for c in conditions}
    out: dict[str, Any] = {"d": cohens_d(means[positive], means[negative]), "conditions": {}}
    for c in conditions:
        m = np.asarray(means[c], dtype=np.float64)
        out["conditions"][c] = {
            "mean_logprob": float(np.nanmean(m)) if m.size else math.nan,
            "std_logprob": float(np.nanstd(m, ddof=1)) if m.size > 1 else math.nan,
            "mean_rank": float(np.nanmean([s.mean_rank for s in scores[c]])) if m.size else math.nan,
            "mean_tokens": float(np.mean([s.n for s in scores[c]])) if m.size else math.nan,
        }
    pos, neg = np.asarray(means[positive]), np.asarray(means[negative])
    out["paired_accuracy"] = float(np.mean(pos > neg)) if pos.size else math.nan
    return out


def scs(
    model: Any,
    tokenizer: Any,
    molecules: Sequence[str],
    *,
    seed: int = 0,
    batch_size: int = 16,
    prompt: str = PROMPT,
) -> dict[str, Any]:
    """SMILES Competence Score of a model on molecules.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its fast ``transformers`` tokenizer.
        molecules: SMILES to use (those without grammar characters are skipped).
        seed: Seed of randomization and corruption.
        batch_size: Requests per forward pass.
        prompt: Text before ``[START_SMILES]``.

    Returns:
        ``{"scs": Cohen's d canonical vs corrupted, "d_randomized_vs_corrupted", "d_canonical_vs_randomized",
        "n": molecules used, "conditions": {canonical|randomized|corrupted: {"mean_logprob", "std_logprob",
        "mean_rank", "mean_tokens"}}, "paired_accuracy": share of molecules whose canonical SMILES beats its
        corruption, "corrupted_valid_fraction", "examples": a few (canonical, randomized, corrupted)}``.
    """
    items = scs_texts(molecules, seed, prompt)
    flat = [(it["texts"][c][0], [it["texts"][c][1]]) for c in CONDITIONS for it in items]
    scored = span_logprobs(model, tokenizer, flat, batch_size=batch_size) if flat else []
    n = len(items)
    by_cond = {c: scored[i * n : (i + 1) * n] for i, c in enumerate(CONDITIONS)}
    summary = summarize(by_cond, "canonical", "corrupted", CONDITIONS)
    rnd = [s.mean for s in by_cond["randomized"]]
    return {
        "scs": summary["d"],
        "d_randomized_vs_corrupted": cohens_d(rnd, [s.mean for s in by_cond["corrupted"]]),
        "d_canonical_vs_randomized": cohens_d([s.mean for s in by_cond["canonical"]], rnd),
        "n": n,
        "conditions": summary["conditions"],
        "paired_accuracy": summary["paired_accuracy"],
        "corrupted_valid_fraction": float(np.mean([it["corrupted_valid"] for it in items])) if items else math.nan,
        "examples": [
            {"canonical": it["smiles"], "randomized": it["randomized"], "corrupted": it["corrupted"]}
            for it in items[:3]
        ],
    }
