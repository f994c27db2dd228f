"""Latent solvability of a task: how much probability the model already gives the right answer.

RL with a rule-based reward only learns when sampled answers are sometimes right. Before paying for it,
measure on a held-out split: the probability of the gold option renormalized over the options (multiple
choice), the mean per-token log-probability of the reference completion, and pass@k of sampled answers
(unbiased estimator, :func:`chemtrove.eval.scoring.pass_at_k`).

Task items are plain dicts (the protocol; :func:`from_task_rows` converts :mod:`chemtrove.tasks` rows):

``prompt`` (str, or chat messages rendered with the tokenizer's chat template)
    The text the model continues.
``reference`` (str, optional)
    The full reference completion (what SFT trains on); its mean per-token log-probability is reported.
``answer`` (str)
    The answer a sample must give; checked with :func:`chemtrove.tasks.rewards.task_reward` when the item
    has ``reward: "task"`` (its ``task``, ``answer``, ``formula``, ``space_group`` columns are read), else with
    :func:`chemtrove.eval.scoring.default_check`. Without ``reference``, ``answer`` is the scored completion.
``options`` (list of str) and ``gold`` (int), optional
    Multiple-choice completions and the index of the right one.
``stop`` (list of str), ``include_stop`` (bool), ``max_new_tokens`` (int), optional
    Where a sampled answer ends (default: at a newline, excluded) and its longest length.
``task``, ``id``, ``split``, optional
    Grouping, identity, split; :func:`latent_solvability` reports one block per ``task``.

Where items come from (:func:`load_tasks`): a task folder written by ``chemtrove tasks build`` /
:func:`chemtrove.tasks.write_tasks` (its ``test`` split: exactly the split training held out), or
else :func:`chemtrove.tasks.build_examples` run on the curated records (its ``test`` split, on a
hash-chosen subset of records so a quick evaluation stays quick). Reaction-class items also get the ten
class names as options (the reference with its answer swapped), so their p(gold) is measured.
:func:`builtin_tasks` makes two plain-text multiple-choice tasks that need no instruction format (reaction
class, molecular formula), useful on a base or CPT model.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from chemtrove import tasks
from chemtrove.chem.reactions import reaction_class_names, reaction_class_number
from chemtrove.chem.smiles import molecular_formula
from chemtrove.chem.tags import END_SMILES, START_SMILES
from chemtrove.eval import records as eval_records
from chemtrove.eval.ccs import perturb_formula
from chemtrove.eval.logprobs import completion_logprobs
from chemtrove.eval.scoring import default_check, multiple_choice, pass_at_k, sample_completions
from chemtrove.tasks.rewards import task_reward

__all__ = [
    "builtin_tasks",
    "check_item",
    "from_task_rows",
    "heldout_split",
    "latent_solvability",
    "load_tasks",
]

_ANSWER_BLOCK = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)


def heldout_split(item_id: str, test_fraction: float = 0.2) -> str:
    """The split of a built-in task item: ``"test"`` for a fixed share of ids (by hash), else ``"train"``.

    Args:
        item_id: The record id.
        test_fraction: Share of ids held out.

    Returns:
        ``"test"`` or ``"train"``, the same on every run.

    Example:
        >>> heldout_split("uspto/schneider_reactions.csv/7") in ("train", "test")
        True
    """
    bucket = int(eval_records.hash_order(item_id, -1)[:8], 16) / 0xFFFFFFFF
    return "test" if bucket < test_fraction else "train"


def builtin_tasks(
    records: Iterable[dict[str, Any]],
    *,
    per_task: int | None = 32,
    split: str | None = "test",
    seed: int = 0,
    max_smiles_chars: int = 200,
) -> list[dict[str, Any]]:
    """Two plain-text multiple-choice tasks from curated records, no instruction format needed.

    ``builtin_reaction_class`` (``Reaction: [START_SMILES]…[END_SMILES]\\nReaction class:``, ten options) and
    ``builtin_molecular_formula`` (``Molecule: …\\nMolecular formula:``, the true Hill formula and three with
    one element count changed). The split is :func:`heldout_split` of the record id.

    Args:
        records: Record dicts (:mod:`chemtrove.eval.records`).
        per_task: Most items per task (``None``: all).
        split: Keep only items of this split (``None``: both).
        seed: Seed of the selection and of the option order.
        max_smiles_chars: Longest SMILES used.

    Returns:
        Task items (see the module docstring).
    """
    names = reaction_class_names()
    class_ids = sorted(names)
    out: list[dict[str, Any]] = []
    counts = {"builtin_reaction_class": 0, "builtin_molecular_formula": 0}

    def room(task: str) -> bool:
        return per_task is None or counts[task] < per_task

    for rec in eval_records.sample_records(records, None, seed):
        if not room("builtin_reaction_class") and not room("builtin_molecular_formula"):
            break
        item_split = heldout_split(str(rec["id"]))
        if split is not None and item_split != split:
            continue
        if rec.get("domain") == "reaction" and room("builtin_reaction_class"):
            cls = reaction_class_number(rec["metadata"].get("rxn_Class", ""))
            rxn = eval_records.record_reaction(rec)
            if cls in names and rxn and len(rxn) <= max_smiles_chars:
                out.append(
                    {
                        "id": rec["id"],
                        "task": "builtin_reaction_class",
                        "split": item_split,
                        "prompt": f"Reaction: {START_SMILES}{rxn}{END_SMILES}\nReaction class:",
                        "answer": f" {names[cls]}",
                        "options": [f" {names[c]}" for c in class_ids],
                        "gold": class_ids.index(cls),
                    }
                )
                counts["builtin_reaction_class"] += 1
        elif rec.get("domain") == "molecule" and room("builtin_molecular_formula"):
            smi = eval_records.record_smiles(rec)
            formula = molecular_formula(smi) if smi and len(smi) <= max_smiles_chars else None
            if not formula:
                continue
            rng = random.Random(f"chemtrove-task:{seed}:{rec['id']}")
            wrong: list[str] = []
            for _ in range(20):
                w = perturb_formula(formula, rng)
                if w and w != formula and w not in wrong:
                    wrong.append(w)
                if len(wrong) == 3:
                    break
            options = [formula, *wrong]
            rng.shuffle(options)
            out.append(
                {
                    "id": rec["id"],
                    "task": "builtin_molecular_formula",
                    "split": item_split,
                    "prompt": f"Molecule: {START_SMILES}{smi}{END_SMILES}\nMolecular formula:",
                    "answer": f" {formula}",
                    "options": [f" {o}" for o in options],
                    "gold": options.index(formula),
                }
            )
            counts["builtin_molecular_formula"] += 1
    return out


def _text(value: Any) -> Any:
    """A completion as text: chat messages give their last ``content``; a string stays as it is."""
    if isinstance(value, list) and value and isinstance(value[-1], Mapping):
        return str(value[-1].get("content", ""))
    return value


def from_task_rows(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Task items from :mod:`chemtrove.tasks` rows (``id, task, prompt, completion, answer, formula,
    space_group, split``).

    The completion becomes ``reference``; samples are checked with the task's own reward
    (``reward: "task"``) and end after ``</answer>`` when the completion uses answer tags, else at a newline.
    ``reaction_class`` rows get the ten class names as ``options`` (the reference with its answer swapped).

    Args:
        rows: Rows as dicts (from :func:`chemtrove.tasks.build_examples` or ``load_tasks``).

    Returns:
        Task items.
    """
    names: list[str] = []
    out = []
    for r in rows:
        reference = _text(r.get("completion"))
        item: dict[str, Any] = {
            "id": r.get("id"),
            "task": r.get("task"),
            "split": r.get("split"),
            "prompt": r["prompt"],
            "answer": r.get("answer"),
            "formula": r.get("formula"),
            "space_group": r.get("space_group"),
            "reward": "task",
        }
        if isinstance(reference, str) and reference:
            item["reference"] = reference
        tagged = isinstance(reference, str) and "</answer>" in reference
        item["stop"] = ["</answer>"] if tagged else ["\n"]
        item["include_stop"] = tagged
        if r.get("task") in ("reaction_class", "rxn_naming") and isinstance(reference, str) and r.get("answer"):
            if not names:
                names = [name for _, name in sorted(reaction_class_names().items())]
            blocks = list(_ANSWER_BLOCK.finditer(reference))
            if blocks and blocks[-1].group(1).strip() == str(r["answer"]).strip():
                a, b = blocks[-1].span(1)
                options = [reference[:a] + n + reference[b:] for n in names]
            elif reference.strip() == str(r["answer"]).strip():
                options = list(names)
            else:
                options = []
            if str(r["answer"]).strip() in names and options:
                item["options"] = options
                item["gold"] = names.index(str(r["answer"]).strip())
        out.append(item)
    return out


def load_tasks(
    records: Sequence[dict[str, Any]],
    *,
    per_task: int | None = 32,
    seed: int = 0,
    tasks_dir: str | Path | None = None,
    max_smiles_chars: int = 200,
    split: str = "test",
) -> list[dict[str, Any]]:
    """Held-out task items for :func:`latent_solvability`.

    In order of preference: the ``split`` of a task folder (``tasks_dir``, written by ``chemtrove tasks
    build``: the exact split a training run held out); else :func:`chemtrove.tasks.build_examples` on
    the records (its default config: think format, splits 0.8/0.1/0.1 by chemical key at seed 0), run on a
    subset of ``40 * per_task`` records per domain in hash order so that it stays quick (a record's split
    can then differ from the full build only when it shares a key with a record left out).
    :func:`builtin_tasks` makes items without either.

    Args:
        records: Record dicts.
        per_task: Most items per task (``None``: all).
        seed: Seed of the record subset (the split itself uses the task builder's own seed, 0).
        tasks_dir: A task folder or one ``.parquet``/``.jsonl`` file of task rows.
        max_smiles_chars: Longest SMILES in built-in tasks.
        split: Split to use.

    Returns:
        Task items (see the module docstring).
    """
    if tasks_dir is not None:
        rows = tasks.load_tasks(tasks_dir, split)
        return _cap(from_task_rows(rows), per_task)
    subset: list[dict[str, Any]] = []
    for domain in ("molecule", "reaction", "crystal"):
        pool = [r for r in records if r.get("domain") == domain]
        subset += eval_records.sample_records(pool, None if per_task is None else 40 * per_task, seed)
    rows = [r for r in tasks.build_examples(subset, tasks.TaskConfig()) if r.get("split") == split]
    return _cap(from_task_rows(rows), per_task)


def _cap(items: list[dict[str, Any]], per_task: int | None) -> list[dict[str, Any]]:
    if per_task is None:
        return items
    seen: dict[str, int] = {}
    out = []
    for it in items:
        t = str(it.get("task"))
        if seen.get(t, 0) < per_task:
            seen[t] = seen.get(t, 0) + 1
            out.append(it)
    return out


def check_item(completion: str, item: Mapping[str, Any]) -> bool:
    """Whether a sampled completion answers an item (the default check of :func:`latent_solvability`).

    Items with ``reward: "task"`` are scored by :func:`chemtrove.tasks.rewards.task_reward` and count as
    solved at a score of 1; others by :func:`chemtrove.eval.scoring.default_check` against ``answer``.

    Args:
        completion: The sampled text.
        item: The task item.

    Returns:
        ``True`` when solved.
    """
    if item.get("reward") == "task":
        value = task_reward(
            [completion],
            task=[item.get("task")],
            answer=[item.get("answer")],
            formula=[item.get("formula")],
            space_group=[item.get("space_group")],
        )[0]
        return value is not None and value >= 1.0 - 1e-9
    return default_check(completion, str(item.get("answer", item.get("reference", ""))))


def _render(tokenizer: Any, prompt: Any) -> str:
    if isinstance(prompt, str):
        return prompt
    return tokenizer.apply_chat_template(list(prompt), tokenize=False, add_generation_prompt=True)


def _bucket(n: int) -> int:
    return 1 << max(3, math.ceil(math.log2(max(n, 1))))


def latent_solvability(
    model: Any,
    tokenizer: Any,
    items: Sequence[Mapping[str, Any]],
    *,
    n_samples: int = 4,
    ks: Sequence[int] = (1, 4),
    max_new_tokens: int = 96,
    temperature: float = 1.0,
    seed: int = 0,
    batch_size: int = 16,
    check: Callable[[str, Mapping[str, Any]], bool] | None = None,
) -> dict[str, Any]:
    """Latent solvability of each task in ``items`` (held-out split).

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its ``transformers`` tokenizer.
        items: Task items (protocol in the module docstring).
        n_samples: Samples per item for pass@k (``0``: no sampling).
        ks: The k values of pass@k (those above ``n_samples`` are dropped).
        max_new_tokens: Longest sampled answer; an item with a reference gets at most its reference's length
            plus 16 tokens (rounded up to a power of two), and at most this.
        temperature: Sampling temperature.
        seed: Sampling seed.
        batch_size: Requests per forward pass (sampling runs ``max(1, 64 // n_samples)`` prompts per call).
        check: ``check(completion, item) -> bool`` (default: :func:`check_item`).

    Returns:
        ``{task: {"n", "acc", "acc_norm", "p_gold", "margin", "chance" (items with options),
        "mean_logprob_reference", "pass@k"..., "mixed", "examples"}}``; ``mixed`` is the share of items whose
        ``n_samples`` samples are neither all right nor all wrong (the items on which a GRPO group of that many
        completions gets a non-zero advantage from a 0/1 reward).
    """
    check = check or check_item
    ks = sorted({int(k) for k in ks if 1 <= int(k) <= n_samples})
    rendered = [{**it, "prompt": _render(tokenizer, it["prompt"])} for it in items]
    by_task: dict[str, list[dict[str, Any]]] = {}
    for it in rendered:
        by_task.setdefault(str(it.get("task", "task")), []).append(it)
    out: dict[str, Any] = {}
    for task, its in sorted(by_task.items()):
        res: dict[str, Any] = {"n": len(its)}
        mc = [it for it in its if it.get("options") and it.get("gold") is not None]
        if mc:
            m = multiple_choice(model, tokenizer, mc, batch_size=batch_size)
            res.update({k: m[k] for k in ("acc", "acc_norm", "p_gold", "margin", "chance")})
            res["n_options_items"] = len(mc)
        ref = [it for it in its if it.get("reference") or it.get("answer")]
        if ref:
            pairs = [(it["prompt"], str(it.get("reference") or it.get("answer"))) for it in ref]
            scores = completion_logprobs(model, tokenizer, pairs, batch_size=batch_size)
            res["mean_logprob_reference"] = float(np.mean([s.mean for s in scores]))
        if n_samples > 0 and ref:
            correct, examples = _sample_and_check(
                model, tokenizer, ref, n_samples, max_new_tokens, temperature, seed, check
            )
            for k in ks:
                res[f"pass@{k}"] = float(np.mean([pass_at_k(n_samples, c, k) for c in correct]))
            # items whose samples disagree: where a GRPO group of n_samples completions has a non-zero advantage
            res["mixed"] = float(np.mean([0 < c < n_samples for c in correct]))
            res["examples"] = examples
        out[task] = res
    return out


def _sample_and_check(
    model: Any,
    tokenizer: Any,
    items: list[dict[str, Any]],
    n: int,
    cap: int,
    temperature: float,
    seed: int,
    check: Callable[[str, Mapping[str, Any]], bool],
) -> tuple[list[int], list[dict[str, Any]]]:
    groups: dict[tuple, list[int]] = {}
    for i, it in enumerate(items):
        budget = cap
        if it.get("max_new_tokens"):
            budget = min(cap, int(it["max_new_tokens"]))
        elif it.get("reference"):
            budget = min(cap, _bucket(len(tokenizer(it["reference"], add_special_tokens=False)["input_ids"]) + 16))
        key = (tuple(it.get("stop") or ("\n",)), bool(it.get("include_stop", False)), budget)
        groups.setdefault(key, []).append(i)
    samples: list[list[str]] = [[] for _ in items]
    for (stop, include, budget), idx in sorted(groups.items()):
        got = sample_completions(
            model,
            tokenizer,
            [items[i]["prompt"] for i in idx],
            n,
            max_new_tokens=budget,
            temperature=temperature,
            seed=seed,
            batch_size=max(1, 64 // n),
            stop=stop,
            include_stop=include,
        )
        for i, s in zip(idx, got, strict=True):
            samples[i] = s
    correct = [sum(bool(check(s, it)) for s in ss) for ss, it in zip(samples, items, strict=True)]
    examples = [
        {"id": it.get("id"), "answer": str(it.get("answer", ""))[:200], "sample": ss[0][:300], "correct": c}
        for it, ss, c in list(zip(items, samples, correct, strict=True))[:2]
    ]
    return correct, examples
