"""Generation metrics: what a model writes for held-out task prompts, per task.

A reasoning model is judged on what it generates, not only on log-probabilities: whether it keeps the
``<think>…</think><answer>…</answer>`` format, whether its molecules are chemically valid, diverse and new,
whether they match the reference, and whether its crystals are valid CIFs of the asked composition and space
group. :func:`generate` answers task rows (per expert when a router is given), :func:`generation_metrics`
scores the answers with the rule-based rewards of :mod:`chemtrove.tasks.rewards` (the same checks as
training), and :func:`evaluate_generation` does both; ``chemtrove eval --generation`` adds it to the report.

Per task (only the metrics that apply to the task's answers are reported):

==========================  =========================================================================
``format``                  share of completions exactly in ``<think>…</think><answer>…</answer>`` form
``answered``                share with a non-empty ``<answer>`` block
``validity``                SMILES answers that parse and sanitize in RDKit (molecule-answer tasks)
``uniqueness``              distinct canonical SMILES among the valid answers
``novelty``                 valid answers whose canonical SMILES is not in the training set
``exact_match``             same molecule as the reference (canonical SMILES; the exact string for
                            canonicalization; the molecular formula for formula-to-SMILES)
``tanimoto``                mean Tanimoto similarity to the reference (Morgan r=2, 2048 bits)
``cif_validity``            CIF answers that parse and pass :func:`chemtrove.chem.crystals.check`
``composition_match``       reduced composition equal to the reference formula (crystal tasks)
``space_group_match``       spglib space group (symprec 0.1) equal to the asked one
``task_score``              the task's own score (:func:`chemtrove.tasks.rewards.task_reward`)
==========================  =========================================================================

Example:
    >>> rows = [{"task": "name_to_smiles", "answer": "CCO"}, {"task": "name_to_smiles", "answer": "CCC"}]
    >>> m = generation_metrics(["<think>a</think><answer>OCC</answer>", "<answer>CCO</answer>"], rows,
    ...                        train_smiles={"CCO"})
    >>> {k: m["name_to_smiles"][k] for k in ("format", "validity", "uniqueness", "novelty", "exact_match")}
    {'format': 0.5, 'validity': 1.0, 'uniqueness': 0.5, 'novelty': 0.0, 'exact_match': 0.5}
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from chemtrove.chem import smiles
from chemtrove.eval.scoring import sample_completions
from chemtrove.tasks import rewards

__all__ = ["SMILES_TASKS", "evaluate_generation", "generate", "generation_metrics", "training_smiles"]

SMILES_TASKS = ("forward_reaction", "smiles_canonicalization", "name_to_smiles", "formula_to_smiles")
"""Tasks whose answer is a molecule SMILES."""
_EXACT = {
    "forward_reaction": "canonical_match",
    "name_to_smiles": "canonical_match",
    "smiles_canonicalization": "exact_match",
    "formula_to_smiles": "formula_match",
}
_CRYSTAL = {
    "crystal_generation": ("cif_validity", "composition_match", "space_group_match"),
    "crystal_composition": ("composition_match",),
}


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(sum(vals) / len(vals), 4) if vals else None


def training_smiles(rows: Iterable[Mapping[str, Any]]) -> set[str]:
    """Canonical SMILES of the molecule answers of training rows (the novelty reference).

    Example:
        >>> sorted(training_smiles([{"task": "name_to_smiles", "answer": "OCC"}, {"task": "reaction_class"}]))
        ['CCO']
    """
    out = set()
    for r in rows:
        if r.get("task") in SMILES_TASKS and r.get("answer"):
            c = smiles.canonicalize(str(r["answer"]))
            if c.ok:
                out.add(c.value)
    return out


def generation_metrics(
    completions: Sequence[Any],
    rows: Sequence[Mapping[str, Any]],
    *,
    train_smiles: set[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Score generated completions per task (see the module docstring for the metrics).

    Args:
        completions: One completion per row (strings or chat messages).
        rows: Task rows or items with ``task`` and the reference columns (``answer``, ``formula``,
            ``space_group``).
        train_smiles: Canonical SMILES of the training set (:func:`training_smiles`); ``None``: no novelty.

    Returns:
        ``{task: {"n", metrics...}}`` and ``"all"`` with the format, answered and task-score rates over every row.
    """
    if len(completions) != len(rows):
        raise ValueError(f"{len(completions)} completions for {len(rows)} rows")
    by_task: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_task.setdefault(str(r.get("task")), []).append(i)
    out: dict[str, dict[str, Any]] = {}
    for task, idx in sorted(by_task.items()):
        comps = [completions[i] for i in idx]
        cols = {c: [rows[i].get(c) for i in idx] for c in ("task", "answer", "formula", "space_group")}
        m: dict[str, Any] = {
            "n": len(idx),
            "format": _mean(rewards.format_reward(comps)),
            "answered": _mean(rewards.answer_tag_reward(comps)),
            "task_score": _mean(rewards.task_reward(comps, **cols)),
        }
        if task in SMILES_TASKS:
            valid = rewards.smiles_validity_reward(comps, **cols)
            m["validity"] = _mean(valid)
            answers = [rewards.answer_smiles(c) or "" if v else "" for c, v in zip(comps, valid, strict=True)]
            canon = [rewards.canonical_answer(a) if a else None for a in answers]
            canon = [c for c in canon if c]
            m["uniqueness"] = round(len(set(canon)) / len(canon), 4) if canon else None
            if train_smiles is not None:
                m["novelty"] = round(sum(c not in train_smiles for c in canon) / len(canon), 4) if canon else None
            m["exact_match"] = _mean(rewards.REWARDS[_EXACT[task]](comps, **cols))
            m["tanimoto"] = _mean(rewards.tanimoto_reward(comps, **cols))
        for name in _CRYSTAL.get(task, ()):
            m[name] = _mean(rewards.REWARDS[name](comps, **cols))
        out[task] = m
    out["all"] = {
        "n": len(rows),
        "format": _mean(rewards.format_reward(list(completions))),
        "answered": _mean(rewards.answer_tag_reward(list(completions))),
        "task_score": _mean(
            rewards.task_reward(
                list(completions), **{c: [r.get(c) for r in rows] for c in ("task", "answer", "formula", "space_group")}
            )
        ),
    }
    return out


def _render(tokenizer: Any, prompt: Any) -> str:
    if isinstance(prompt, str):
        return prompt
    return tokenizer.apply_chat_template(list(prompt), tokenize=False, add_generation_prompt=True)


def generate(
    model: Any,
    tokenizer: Any,
    rows: Sequence[Mapping[str, Any]],
    *,
    n: int = 1,
    max_new_tokens: int = 96,
    temperature: float = 0.0,
    seed: int = 0,
    batch_size: int = 16,
    router: Any = None,
) -> list[list[str]]:
    """``n`` completions per row (greedy at temperature 0), each ending after ``</answer>``.

    Args:
        model: A causal LM (a ``PeftModel`` of experts with ``router``).
        tokenizer: Its tokenizer.
        rows: Rows with ``prompt`` (text or chat messages).
        n: Completions per row.
        max_new_tokens: Longest completion.
        temperature: Sampling temperature (0: greedy).
        seed: Sampling seed.
        batch_size: Prompts per ``generate`` call.
        router: A :class:`chemtrove.adapters.ExpertRouter`: each row is answered with its expert active.

    Returns:
        ``n`` completions for each row, in row order.
    """
    groups = router.groups(rows) if router is not None else {None: list(range(len(rows)))}
    out: list[list[str]] = [[] for _ in rows]
    for name, idx in groups.items():
        prompts = [_render(tokenizer, rows[i]["prompt"]) for i in idx]

        def run(prompts: list[str] = prompts) -> list[list[str]]:
            return sample_completions(
                model,
                tokenizer,
                prompts,
                n,
                max_new_tokens=max_new_tokens,
                temperature=temperature,
                seed=seed,
                batch_size=batch_size,
                stop=("</answer>",),
                include_stop=True,
            )

        if router is not None:
            with router.activate(model, name):
                got = run()
        else:
            got = run()
        for i, g in zip(idx, got, strict=True):
            out[i] = g
    return out


def evaluate_generation(
    model: Any,
    tokenizer: Any,
    rows: Sequence[Mapping[str, Any]],
    *,
    train_smiles: set[str] | None = None,
    n: int = 1,
    max_new_tokens: int = 96,
    temperature: float = 0.0,
    seed: int = 0,
    batch_size: int = 16,
    router: Any = None,
    keep_samples: int = 2,
) -> dict[str, Any]:
    """Generate answers for task rows and score them (:func:`generate` + :func:`generation_metrics`).

    Args:
        model: A causal LM.
        tokenizer: Its tokenizer.
        rows: Held-out task rows.
        train_smiles: The novelty reference (:func:`training_smiles` of the training split).
        n: Completions per row (all are scored; uniqueness is over all of a task's completions).
        max_new_tokens: Longest completion.
        temperature: Sampling temperature (0: greedy).
        seed: Sampling seed.
        batch_size: Prompts per ``generate`` call.
        router: An expert router (see :func:`generate`).
        keep_samples: Completions kept per task in the result.

    Returns:
        ``{"metrics": generation_metrics(...), "samples": {task: [...]}, "n_samples": n}``.
    """
    was_training = bool(getattr(model, "training", False))
    model.eval()
    try:
        texts = generate(
            model,
            tokenizer,
            rows,
            n=n,
            max_new_tokens=max_new_tokens,
            temperature=temperature,
            seed=seed,
            batch_size=batch_size,
            router=router,
        )
    finally:
        model.train(was_training)
    flat_rows = [r for r, t in zip(rows, texts, strict=True) for _ in t]
    flat = [c for t in texts for c in t]
    samples: dict[str, list[dict[str, Any]]] = {}
    for r, t in zip(rows, texts, strict=True):
        kept = samples.setdefault(str(r.get("task")), [])
        if len(kept) < keep_samples:
            kept.append({"id": r.get("id"), "completion": t[0][:300], "answer": str(r.get("answer"))[:200]})
    return {
        "metrics": generation_metrics(flat, flat_rows, train_smiles=train_smiles),
        "samples": samples,
        "n_samples": n,
    }
