"""One call that evaluates a checkpoint: SCS, CCS, latent solvability and generation metrics, with a report on disk.

A folder of LoRA adapters (``adapters.json``, :func:`chemtrove.adapters.load_adapter_folder`) is evaluated
merged; a folder of per-task experts (:func:`chemtrove.adapters.load_experts`) answers every task item with its
expert, while SCS and CCS measure the shared base (adapters off).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chemtrove.adapters import load_adapter_folder, load_experts
from chemtrove.eval import records as eval_records
from chemtrove.eval.ccs import KINDS, build_statements, ccs
from chemtrove.eval.generation import evaluate_generation, training_smiles
from chemtrove.eval.logprobs import load_model, load_tokenizer
from chemtrove.eval.report import write_report
from chemtrove.eval.scs import scs
from chemtrove.eval.solvability import latent_solvability, load_tasks
from chemtrove.eval.suites import Suite, get_suite
from chemtrove.formats import read_adapters_json
from chemtrove.tasks import load_tasks as load_task_rows

__all__ = ["evaluate"]


def _num(value: Any) -> str:
    return "d = n/a" if value is None or value != value else f"d = {value:.3f}"


def _molecules(records: Sequence[dict[str, Any]], n: int, seed: int, max_chars: int) -> list[str]:
    out = []
    for rec in eval_records.sample_records((r for r in records if r.get("domain") == "molecule"), None, seed):
        smi = eval_records.record_smiles(rec)
        if smi and len(smi) <= max_chars and any(ch in "()[]0123456789" for ch in smi):
            out.append(smi)
            if len(out) >= n:
                break
    return out


def _load(model_dir_or_model: Any, device: str | None) -> tuple[Any, Any]:
    """The model and, for a folder of per-task experts, its router (folders of LoRA adapters are read too)."""
    if isinstance(model_dir_or_model, str | Path) and (Path(model_dir_or_model) / "adapters.json").is_file():
        import torch

        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        dtype = "auto" if device != "cpu" else torch.float32
        if read_adapters_json(model_dir_or_model)["kind"] == "experts":
            model, router = load_experts(model_dir_or_model, device=device, dtype=dtype)
            model.eval()
            return model, router
        return load_model(load_adapter_folder(model_dir_or_model, dtype=dtype), device=device), None
    return load_model(model_dir_or_model, device=device), None


def _tasks_by_expert(model: Any, tok: Any, items: list[dict[str, Any]], router: Any, **kw: Any) -> dict[str, Any]:
    """Latent solvability with each item's expert active (tasks never span two experts)."""
    if router is None:
        return latent_solvability(model, tok, items, **kw)
    out: dict[str, Any] = {}
    for name, idx in router.groups(items).items():
        with router.activate(model, name):
            out.update(latent_solvability(model, tok, [items[i] for i in idx], **kw))
    return dict(sorted(out.items()))


def _generation_rows(recs: Sequence[dict[str, Any]], s: Suite, seed: int, tasks_dir: Any) -> tuple[list, set[str]]:
    """Held-out rows for the generation metrics and the canonical SMILES of the training set (novelty)."""
    items = load_tasks(recs, per_task=s.generation_items, seed=seed, tasks_dir=tasks_dir, split="test")
    if tasks_dir is not None:
        train = training_smiles(load_task_rows(tasks_dir, "train"))
    else:  # no task folder: the curated molecules are what the model trained on
        mols = [eval_records.record_smiles(rec) for rec in recs if rec.get("domain") == "molecule"]
        train = training_smiles({"task": "name_to_smiles", "answer": smi} for smi in mols if smi)
    return items, train


@dataclass
class _Run:
    """What every part of one evaluation reads: the model, its tokenizer, the records and the suite."""

    model: Any
    tok: Any
    recs: list[dict[str, Any]]
    suite: Suite
    seed: int
    router: Any
    tasks: Sequence[Mapping[str, Any]] | None
    tasks_dir: str | Path | None
    say: Callable[[str], None]


def _scs_part(run: _Run) -> dict[str, Any]:
    s = run.suite
    mols = _molecules(run.recs, s.n_molecules, run.seed, s.max_smiles_chars)
    run.say(f"[eval] SCS: {len(mols)} molecules, canonical / randomized / corrupted")
    return scs(run.model, run.tok, mols, seed=run.seed, batch_size=s.batch_size)


def _ccs_part(run: _Run) -> dict[str, Any]:
    s = run.suite
    statements = build_statements(
        run.recs,
        per_kind=s.statements_per_kind,
        seed=run.seed,
        max_smiles_chars=s.max_smiles_chars,
        max_cif_chars=s.max_cif_chars,
        kinds=KINDS + tuple(s.ccs_extra_kinds),
    )
    run.say(f"[eval] CCS: {len(statements)} true/corrupted statement pairs")
    return ccs(run.model, run.tok, statements, batch_size=s.batch_size)


def _tasks_part(run: _Run) -> dict[str, Any]:
    s = run.suite
    items = (
        list(run.tasks)
        if run.tasks is not None
        else load_tasks(
            run.recs, per_task=s.task_items, seed=run.seed, tasks_dir=run.tasks_dir, max_smiles_chars=s.max_smiles_chars
        )
    )
    run.say(f"[eval] task solvability: {len(items)} held-out items, {s.n_samples} samples each")
    return _tasks_by_expert(
        run.model,
        run.tok,
        items,
        run.router,
        n_samples=s.n_samples,
        ks=s.ks,
        max_new_tokens=s.max_new_tokens,
        temperature=s.temperature,
        seed=run.seed,
        batch_size=s.batch_size,
    )


def _generation_part(run: _Run) -> dict[str, Any]:
    s = run.suite
    rows, train = _generation_rows(run.recs, s, run.seed, run.tasks_dir)
    run.say(f"[eval] generation: {len(rows)} items, {s.generation_samples} samples each")
    return evaluate_generation(
        run.model,
        run.tok,
        rows,
        train_smiles=train,
        n=s.generation_samples,
        max_new_tokens=s.max_new_tokens,
        temperature=s.generation_temperature,
        seed=run.seed,
        batch_size=s.batch_size,
        router=run.router,
    )


@dataclass(frozen=True)
class _Part:
    """One registered part of an evaluation: how it runs and how its end is reported."""

    run: Callable[[_Run], dict[str, Any]]
    base_only: bool  # measured on the shared base (adapters off)
    done: Callable[[dict[str, Any], float], str]
    wanted: Callable[[_Run], bool] = lambda _run: True


PARTS: dict[str, _Part] = {
    "scs": _Part(_scs_part, True, lambda r, sec: f"[eval] SCS {_num(r.get('scs'))} ({sec:.1f} s)"),
    "ccs": _Part(_ccs_part, True, lambda r, sec: f"[eval] CCS {_num(r.get('ccs'))} ({sec:.1f} s)"),
    "tasks": _Part(
        _tasks_part,
        False,
        lambda _r, sec: f"[eval] task solvability done ({sec:.1f} s)",
        lambda run: run.suite.task_items > 0 or run.tasks is not None,
    ),
    "generation": _Part(_generation_part, False, lambda _r, sec: f"[eval] generation done ({sec:.1f} s)"),
}
"""The parts of an evaluation, in the order they run; a suite's ``parts`` chooses among them."""


def evaluate(
    model_dir_or_model: Any,
    tokenizer: Any = None,
    suite: str | Suite = "quick",
    data_dir: str | Path | None = None,
    out_dir: str | Path | None = None,
    *,
    records: Sequence[dict[str, Any]] | None = None,
    tasks: Sequence[Mapping[str, Any]] | None = None,
    tasks_dir: str | Path | None = None,
    seed: int = 0,
    device: str | None = None,
    label: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Evaluate a causal LM: SMILES Competence Score, Chemical Competence Score, latent solvability of tasks.

    The quickstart calls this after each stage (``evaluate(stage_dir, None, "quick", shards, stage_dir /
    "eval")``) and compares the results with :func:`chemtrove.eval.report.write_stages`.

    Args:
        model_dir_or_model: A local model folder (loaded with ``from_pretrained``, no hub, no remote code; a folder
            of LoRA adapters or per-task experts is read as the module docstring says) or a
            loaded ``transformers`` causal LM (left where it is; put back in training mode afterwards if it was).
        tokenizer: A tokenizer folder, a ``transformers`` tokenizer or a ``tokenizers.Tokenizer`` (default: the
            model folder).
        suite: ``"quick"``, ``"full"`` or a :class:`~chemtrove.eval.suites.Suite`.
        data_dir: Curated shards (``chemtrove curate``/``quickstart`` output folder or its ``shards/``); default:
            the sample corpus shipped with chemtrove.
        out_dir: Where to write ``eval.json``, ``eval.md`` and ``eval.png`` (nothing written when ``None``).
        records: Record dicts to use instead of reading ``data_dir``.
        tasks: Held-out task items (protocol in :mod:`chemtrove.eval.solvability`) to use as they are.
        tasks_dir: A task folder written by ``chemtrove tasks build`` (its ``test`` split is used: the split the
            training run held out); default: tasks built from the records
            (:func:`~chemtrove.eval.solvability.load_tasks`).
        seed: Seed of every selection, corruption and sample.
        device: Device for a model folder (default: CUDA when available).
        label: Name of the model in the report (default: the folder, or the class name).
        progress: Called with a line of text as each part starts and ends (``chemtrove eval`` prints them
            to stderr); ``None``: silent.

    Returns:
        ``{"model", "suite", "seed", "seconds", "timing_s", "scs", "ccs", "tasks"}`` and ``"generation"`` when the
        suite has that part (:func:`chemtrove.eval.generation.evaluate_generation`) (see
        :func:`chemtrove.eval.scs.scs`, :func:`chemtrove.eval.ccs.ccs`,
        :func:`chemtrove.eval.solvability.latent_solvability`); ``"files"`` when a report was written.
    """
    t0 = time.perf_counter()
    s = get_suite(suite)
    say = progress or (lambda _line: None)
    if tokenizer is None:
        if not isinstance(model_dir_or_model, str | Path):
            raise ValueError("pass a tokenizer when the model is given as an object")
        tokenizer = model_dir_or_model
    tok = load_tokenizer(tokenizer)
    was_training = bool(getattr(model_dir_or_model, "training", False))
    model, router = _load(model_dir_or_model, device)
    if label is None:
        label = str(model_dir_or_model) if isinstance(model_dir_or_model, str | Path) else type(model).__name__
    recs = list(records) if records is not None else eval_records.load_records(data_dir)
    result: dict[str, Any] = {
        "model": label,
        "suite": s.to_dict(),
        "seed": seed,
        "data": str(data_dir or "shipped"),
        "tasks_dir": None if tasks_dir is None else str(tasks_dir),
    }
    timing: dict[str, float] = {}
    if router is not None:
        result["experts"] = {"router": router.to_dict()["type"], "experts": router.experts}
    run = _Run(model, tok, recs, s, seed, router, tasks, tasks_dir, say)
    try:
        for name, part in PARTS.items():
            if name not in s.parts or not part.wanted(run):
                continue
            t = time.perf_counter()
            adapters_off = router.activate(model, None) if router is not None and part.base_only else None
            with adapters_off or contextlib.nullcontext():
                result[name] = part.run(run)
            timing[name] = time.perf_counter() - t
            say(part.done(result[name], timing[name]))
    finally:
        if was_training:
            model.train()
    result["timing_s"] = timing
    result["seconds"] = time.perf_counter() - t0
    if out_dir is not None:
        result["files"] = {k: str(v) for k, v in write_report(result, out_dir).items()}
    return result
