"""Chemistry task builders: curated records in, SFT / RL examples out, split by chemical key.

A curated record (a row of a ``chemtrove curate`` shard, or a CIF from a table or file) becomes one
example per task that applies to it:

==========================  ==================================  ===================================
task                        prompt gives                        answer (reward)
==========================  ==================================  ===================================
``reaction_class``          a reaction SMILES                   class name, 10 classes (class match)
``forward_reaction``        reactants (agents folded in)        main product SMILES (canonical match)
``smiles_canonicalization`` a randomized SMILES                 RDKit canonical SMILES (exact match)
``name_to_smiles``          an IUPAC name (FreeSolv)            SMILES (canonical match)
``smiles_to_name``          a SMILES                            IUPAC name (name match)
``formula_to_smiles``       a molecular formula                 any SMILES of it (formula match)
``crystal_generation``      reduced formula + space group       a CIF (validity, composition, group)
``crystal_composition``     a CIF with its formula removed      reduced formula (composition match)
==========================  ==================================  ===================================

Every example has the columns ``id, task, prompt, completion, answer, formula, space_group, key, keys,
split``: ``prompt``/``completion`` for SFT, ``prompt`` plus the reference columns for GRPO rewards
(:mod:`chemtrove.tasks.rewards` reads ``answer``, ``formula``, ``space_group`` and ``task``).

The completion format is one of ``think`` (``<think>...</think><answer>...</answer>``, the reasoning format
of the MiST paper), ``answer`` (``<answer>...</answer>``) or ``plain``. The ``<think>`` text here is a short
rationale written from templates (formula, counts, space group), not a teacher model's reasoning: it
teaches the format and a few checkable facts; swap in real traces with :func:`build_examples`'s
``rationale`` argument.

Splits never share a molecule, reaction or crystal. Each example carries the keys decontamination uses
(:mod:`chemtrove.chem.keys`): InChIKeys of the molecule and its standardized parent and their
connectivity layer, canonical reactions with and without agents, ``(reduced formula, space group)`` of
a crystal. Examples that share any key are joined into one group (union-find), and a group goes to the
split chosen by a hash of its smallest key and the seed: the same data and seed always give the same
splits, and a test molecule's salt form, stereoisomer or other task never lands in train.

Example:
    >>> recs = [{"id": "m1", "domain": "molecule", "metadata": {"smiles": "CCO", "iupac": "ethanol"}}]
    >>> ex = build_examples(recs, TaskConfig(tasks=["name_to_smiles"], format="answer"))
    >>> ex[0]["prompt"].splitlines()[0], ex[0]["completion"]
    ('What is the SMILES of ethanol?', '<answer>[START_SMILES]CCO[END_SMILES]</answer>')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from chemtrove.tasks.common import CRYSTAL_TASKS, MIST_TASKS, MOLECULE_TASKS, REACTION_TASKS, unit_hash
from chemtrove.tasks.config import TaskConfig
from chemtrove.tasks.examples import (
    answer_text,
    completion_text,
    crystal_examples,
    example_keys,
    molecule_examples,
    question_text,
    reaction_examples,
    strip_cif,
)
from chemtrove.tasks.mist_tasks import mist_examples
from chemtrove.tasks.splits import assign_splits, split_counts


def build_examples(
    records: Iterable[dict[str, Any]],
    config: TaskConfig | None = None,
    *,
    rationale: Callable[[dict], str | None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Turn records into task examples with splits (see the module docstring for tasks and splits).

    Args:
        records: Records from :func:`read_records` (``domain`` molecule / reaction / crystal, ``metadata``
            with ``smiles`` (+ ``iupac``), ``reaction`` (+ ``rxn_Class``), or ``cif``). Other domains are
            skipped.
        config: A :class:`TaskConfig` (default: all tasks, think format).
        rationale: ``f(example) -> text`` to write the ``<think>`` part instead of the template (e.g. traces
            from a teacher model, looked up by ``example["id"]``); ``None`` from it keeps the template.
        progress: Called with a line of text after each stage.

    Returns:
        Examples with the :data:`COLUMNS`, ordered by task then record order.
    """
    cfg = config or TaskConfig()
    say = progress or (lambda _msg: None)
    builders = {"molecule": molecule_examples, "reaction": reaction_examples, "crystal": crystal_examples}
    wanted = {
        "molecule": any(t in cfg.tasks for t in MOLECULE_TASKS),
        "reaction": any(t in cfg.tasks for t in REACTION_TASKS),
        "crystal": any(t in cfg.tasks for t in CRYSTAL_TASKS),
    }
    by_task: dict[str, list[dict]] = {t: [] for t in cfg.tasks}
    mist = any(t in MIST_TASKS for t in cfg.tasks)
    n_records = 0
    for rec in records:
        n_records += 1
        domain = rec.get("domain")
        for ex in mist_examples(rec, cfg) if mist else ():
            by_task[ex["task"]].append(ex)
        if domain not in builders or not wanted[domain]:
            continue
        for ex in builders[domain](rec, cfg):
            by_task[ex["task"]].append(ex)
    say(f"tasks: {n_records} records -> " + ", ".join(f"{t} {len(v)}" for t, v in by_task.items()))
    examples: list[dict] = []
    for task in cfg.tasks:
        chosen = by_task[task]
        if cfg.max_per_task is not None and len(chosen) > cfg.max_per_task:
            # a stable, unbiased subset: order by a hash of the item, keep the first ones, restore order
            ranked = sorted(range(len(chosen)), key=lambda i: unit_hash("pick", cfg.seed, task, chosen[i]["shown"]))
            keep = sorted(ranked[: cfg.max_per_task])
            chosen = [chosen[i] for i in keep]
        examples.extend(chosen)
    keys_cache: dict[str, list[str]] = {}
    for ex in examples:
        item = ex.get("_mol") or ex.get("_rxn")
        if item is None:
            continue
        if item not in keys_cache:
            keys_cache[item] = example_keys(ex)
        ex["keys"] = keys_cache[item] or [f"raw:{item}"]
    assign_splits(examples, cfg.splits, cfg.seed)
    out = []
    for ex in examples:
        thought = rationale(ex) if rationale is not None else None
        completion = completion_text(answer_text(ex), thought or ex["rationale"], cfg.format)
        prompt = question_text(ex["question"], cfg.format)
        if cfg.chat:
            prompt = [{"role": "user", "content": prompt.rstrip("\n")}]
            completion = [{"role": "assistant", "content": completion}]
        out.append(
            {
                "id": ex["id"],
                "task": ex["task"],
                "prompt": prompt,
                "completion": completion,
                "answer": ex["answer"] if not ex["answer"].startswith("[START_CIF]") else strip_cif(ex["answer"]),
                "formula": ex["formula"],
                "space_group": ex["space_group"],
                "key": ex["key"],
                "keys": ex["keys"],
                "split": ex["split"],
            }
        )
    counts = split_counts(out)
    order = [s for s in cfg.splits if s in counts]
    say("splits: " + "; ".join(f"{s} " + ", ".join(f"{t} {n}" for t, n in counts[s].items()) for s in order))
    return out


__all__ = ["TaskConfig", "build_examples"]
