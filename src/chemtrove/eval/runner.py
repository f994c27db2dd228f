"""One call that evaluates a checkpoint: SCS, CCS, latent solvability and generation metrics, with a report on disk.

A folder of LoRA adapters (``adapters.json``, :mod:`chemtrove.train.lora`) is evaluated merged; a folder of
per-task experts (:mod:`chemtrove.train.experts`) answers every task item with its expert, while SCS and CCS
measure the shared base (adapters off).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from chemtrove.eval import records as R
from chemtrove.eval.ccs import KINDS, build_statements, ccs
from chemtrove.eval.logprobs import load_model, load_tokenizer
from chemtrove.eval.report import write_report
from chemtrove.eval.scs import scs
from chemtrove.eval.solvability import latent_solvability, load_tasks
from chemtrove.eval.suites import Suite, get_suite

__all__ = ["evaluate"]


def _num(value: Any) -> str:
    return "d = n/a" if value is None or value != value else f"d = {value:.3f}"


def _molecules(records: Sequence[dict[str, Any]], n: int, seed: int, max_chars: int) -> list[str]:
    out = []
    for rec in R.sample_records((r for r in records if r.get("domain") == "molecule"), None, seed):
        smi = R.record_smiles(rec)
        if smi and len(smi) <= max_chars and any(ch in "()[]0123456789" for ch in smi):
            out.append(smi)
            if len(out) >= n:
                break
    return out


def _load(model_dir_or_model: Any, device: str | None) -> tuple[Any, Any]:
    """The model and, for a folder of per-task experts, its router (folders of LoRA adapters are read too)."""
    if isinstance(model_dir_or_model, str | Path) and (Path(model_dir_or_model) / "adapters.json").is_file():
        import torch

        from chemtrove.train.experts import load_experts
        from chemtrove.train.lora import load_adapter_folder, read_manifest

        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        dtype = "auto" if device != "cpu" else torch.float32
        if read_manifest(model_dir_or_model)["kind"] == "experts":
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
    from chemtrove.eval.generation import training_smiles

    items = load_tasks(recs, per_task=s.generation_items, seed=seed, tasks_dir=tasks_dir, split="test")
    if tasks_dir is not None:
        from chemtrove.train.tasks import load_tasks as load_task_rows

        train = training_smiles(load_task_rows(tasks_dir, "train"))
    else:  # no task folder: the curated molecules are what the model trained on
        mols = [R.record_smiles(rec) for rec in recs if rec.get("domain") == "molecule"]
        train = training_smiles({"task": "name_to_smiles", "answer": smi} for smi in mols if smi)
    return items, train


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
    base_only = router.activate(model, None) if router is not None else contextlib.nullcontext()
    if label is None:
        label = str(model_dir_or_model) if isinstance(model_dir_or_model, str | Path) else type(model).__name__
    recs = list(records) if records is not None else R.load_records(data_dir)
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
    try:
        with base_only:  # SCS and CCS measure the shared base (adapters off)
            if "scs" in s.parts:
                t = time.perf_counter()
                mols = _molecules(recs, s.n_molecules, seed, s.max_smiles_chars)
                say(f"[eval] SCS: {len(mols)} molecules, canonical / randomized / corrupted")
                result["scs"] = scs(model, tok, mols, seed=seed, batch_size=s.batch_size)
                timing["scs"] = time.perf_counter() - t
                say(f"[eval] SCS {_num(result['scs'].get('scs'))} ({timing['scs']:.1f} s)")
            if "ccs" in s.parts:
                t = time.perf_counter()
                statements = build_statements(
                    recs,
                    per_kind=s.statements_per_kind,
                    seed=seed,
                    max_smiles_chars=s.max_smiles_chars,
                    max_cif_chars=s.max_cif_chars,
                    kinds=KINDS + tuple(s.ccs_extra_kinds),
                )
                say(f"[eval] CCS: {len(statements)} true/corrupted statement pairs")
                result["ccs"] = ccs(model, tok, statements, batch_size=s.batch_size)
                timing["ccs"] = time.perf_counter() - t
                say(f"[eval] CCS {_num(result['ccs'].get('ccs'))} ({timing['ccs']:.1f} s)")
        if "tasks" in s.parts and (s.task_items > 0 or tasks is not None):
            t = time.perf_counter()
            items = (
                list(tasks)
                if tasks is not None
                else load_tasks(
                    recs, per_task=s.task_items, seed=seed, tasks_dir=tasks_dir, max_smiles_chars=s.max_smiles_chars
                )
            )
            say(f"[eval] task solvability: {len(items)} held-out items, {s.n_samples} samples each")
            result["tasks"] = _tasks_by_expert(
                model,
                tok,
                items,
                router,
                n_samples=s.n_samples,
                ks=s.ks,
                max_new_tokens=s.max_new_tokens,
                temperature=s.temperature,
                seed=seed,
                batch_size=s.batch_size,
            )
            timing["tasks"] = time.perf_counter() - t
            say(f"[eval] task solvability done ({timing['tasks']:.1f} s)")
        if "generation" in s.parts:
            from chemtrove.eval.generation import evaluate_generation

            t = time.perf_counter()
            rows, train = _generation_rows(recs, s, seed, tasks_dir)
            say(f"[eval] generation: {len(rows)} items, {s.generation_samples} samples each")
            result["generation"] = evaluate_generation(
                model,
                tok,
                rows,
                train_smiles=train,
                n=s.generation_samples,
                max_new_tokens=s.max_new_tokens,
                temperature=s.generation_temperature,
                seed=seed,
                batch_size=s.batch_size,
                router=router,
            )
            timing["generation"] = time.perf_counter() - t
            say(f"[eval] generation done ({timing['generation']:.1f} s)")
    finally:
        if was_training:
            model.train()
    result["timing_s"] = timing
    result["seconds"] = time.perf_counter() - t0
    if out_dir is not None:
        result["files"] = {k: str(v) for k, v in write_report(result, out_dir).items()}
    return result
