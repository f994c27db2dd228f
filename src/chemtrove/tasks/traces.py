"""Reasoning traces: SFT data in ``<think>…</think><answer>…</answer>`` form from traces produced elsewhere.

Chem-R and the MiST paper distil a large reasoning model's traces into a smaller one. The traces come from
wherever they were generated (a teacher model sampled on the task prompts); :func:`import_traces` turns a
JSONL of them into a task folder SFT trains on, keeping only traces whose answer is right:

1. each trace line gives its text in ``completion`` (or ``response``, ``output``, ``generation``; a string or
   chat messages) and either the ``id`` of a task row (``chemtrove tasks build`` output, given with
   ``tasks_dir``) or its own ``prompt``, ``task``, ``answer`` (and ``formula``, ``space_group``) columns;
2. the text must be exactly ``<think>…</think><answer>…</answer>``
   (:func:`chemtrove.tasks.rewards.format_reward`) with a reasoning of at least ``min_think_chars``;
3. the answer must match the reference by the task's own chemistry check
   (:func:`chemtrove.tasks.rewards.task_reward`: canonical SMILES for molecules and reactions, formula for
   formula-to-SMILES, composition and space group for crystals, ...), at a score of 1;
4. at most ``max_per_id`` traces are kept per task row (the first ones in file order).

Kept traces become rows with the task row's columns (``prompt``, reference columns, ``split``: a trace of
a test prompt stays in the test split and is never trained on) and the completion
``<think>{teacher's reasoning}</think><answer>{answer}</answer>``, where the answer is written as the task
folder writes it (``answer_from: reference``, e.g. inside ``[START_SMILES]…[END_SMILES]``) or as the teacher
wrote it (``teacher``). Every trace that is not kept goes to ``rejected.jsonl`` with its reason, and
``traces.json`` reconciles: ``read == kept + sum(dropped)``.

Example:
    >>> rows = [{"id": "t1", "task": "name_to_smiles", "prompt": "What is the SMILES of ethanol?\\n",
    ...          "answer": "CCO", "split": "train"}]
    >>> traces = [{"id": "t1", "completion": "<think>two carbons, one OH</think><answer>OCC</answer>"},
    ...           {"id": "t1", "completion": "<think>guess</think><answer>CCC</answer>"}]
    >>> kept, rejected = filter_traces(traces, rows)
    >>> kept[0]["completion"], rejected[0]["reason"]
    ('<think>two carbons, one OH</think><answer>[START_SMILES]CCO[END_SMILES]</answer>', 'wrong_answer')
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from chemtrove.hints import check_choice
from chemtrove.tasks.common import COLUMNS
from chemtrove.tasks.examples import answer_text
from chemtrove.tasks.files import load_tasks, write_tasks
from chemtrove.tasks.rewards import completion_text, extract_answer, format_reward, task_reward

TEXT_FIELDS = ("completion", "response", "output", "generation")
"""Fields a trace's text is read from, in order of preference."""
REASONS = ("no_text", "unknown_id", "no_reference", "too_long", "bad_format", "short_think", "wrong_answer", "extra")
"""Why a trace is dropped (``extra``: beyond ``max_per_id`` for its task row)."""
REFERENCE_COLUMNS = ("task", "answer", "formula", "space_group")


def _text(trace: Mapping[str, Any]) -> str | None:
    for name in TEXT_FIELDS:
        if trace.get(name) is not None:
            return completion_text(trace[name])
    return None


def _think(text: str) -> str | None:
    start, end = text.find("<think>"), text.find("</think>")
    return text[start + len("<think>") : end].strip() if 0 <= start < end else None


def _reference_answer(row: Mapping[str, Any]) -> str:
    """The answer as the task folder writes it: the answer block of the row's completion, or built."""
    completion = completion_text(row.get("completion"))
    found = extract_answer(completion, strict=True) if completion else None
    if found:
        return found
    return answer_text({"task": row.get("task"), "answer": str(row.get("answer"))})


def filter_traces(
    traces: Iterable[Mapping[str, Any]],
    rows: Sequence[Mapping[str, Any]] | None = None,
    *,
    answer_from: str = "reference",
    max_per_id: int = 1,
    min_think_chars: int = 1,
    max_chars: int = 20_000,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Check traces against their references and keep the right ones (see the module docstring).

    Args:
        traces: Trace dicts (``id`` or ``prompt``/``task``/``answer``, and the text in a field of
            :data:`TEXT_FIELDS`).
        rows: Task rows to join on ``id`` (``None``: every trace carries its own reference columns).
        answer_from: ``reference`` (write the answer as the task folder does) or ``teacher`` (as written).
        max_per_id: Most traces kept per task row.
        min_think_chars: Shortest reasoning kept.
        max_chars: Longest trace text kept.

    Returns:
        ``(kept rows, rejected)``: kept rows have the task columns with the trace as ``completion`` (and
        ``source_index``, the trace's line); rejected entries are ``{"index", "id", "reason"}``.
    """

    check_choice("answer_from", answer_from, ("reference", "teacher"))
    by_id = {str(r["id"]): r for r in rows or []}
    kept: list[dict[str, Any]] = []
    rejected: list[dict[str, Any]] = []
    per_id: dict[str, int] = {}
    for index, trace in enumerate(traces):
        ident = trace.get("id")

        def drop(reason: str, index: int = index, ident: Any = ident) -> None:
            rejected.append({"index": index, "id": ident, "reason": reason})

        text = _text(trace)
        if text is None:
            drop("no_text")
            continue
        if rows is not None and str(ident) not in by_id:
            drop("unknown_id")
            continue
        row = dict(by_id[str(ident)]) if rows is not None else dict(trace)
        if not row.get("task") or row.get("answer") is None or row.get("prompt") is None:
            drop("no_reference")
            continue
        if row["task"] == "crystal_composition" and not row.get("formula"):
            row["formula"] = row["answer"]  # the composition question's reference is its answer
        if len(text) > max_chars:
            drop("too_long")
            continue
        if format_reward([text])[0] != 1.0:
            drop("bad_format")
            continue
        think = _think(text) or ""
        if len(think) < min_think_chars:
            drop("short_think")
            continue
        cols = {c: [row.get(c)] for c in REFERENCE_COLUMNS}
        if (task_reward([text], **cols)[0] or 0.0) < 1.0 - 1e-9:
            drop("wrong_answer")
            continue
        key = str(ident if ident is not None else row.get("prompt"))
        if per_id.get(key, 0) >= max_per_id:
            drop("extra")
            continue
        per_id[key] = per_id.get(key, 0) + 1
        answer = _reference_answer(row) if answer_from == "reference" else extract_answer(text, strict=True)
        row["completion"] = f"<think>{think}</think><answer>{answer}</answer>"
        row.setdefault("id", f"trace/{index}")
        row.setdefault("split", "train")
        row["source_index"] = index
        kept.append(row)
    return kept, rejected


def read_jsonl(paths: str | Path | Iterable[str | Path]) -> list[dict[str, Any]]:
    """Trace dicts from JSONL files (one JSON object a line; blank lines skipped).

    Raises:
        ValueError: On a line that is not a JSON object (with its file and line number).
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as e:
                    raise ValueError(f"{path}:{n}: not JSON ({e})") from None
                if not isinstance(obj, dict):
                    raise ValueError(f"{path}:{n}: a trace must be a JSON object")
                out.append(obj)
    return out


def import_traces(
    traces: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    *,
    tasks_dir: str | Path | None = None,
    answer_from: str = "reference",
    max_per_id: int = 1,
    min_think_chars: int = 1,
    max_chars: int = 20_000,
) -> dict[str, Any]:
    """Import a JSONL of reasoning traces as a task folder for SFT: what ``chemtrove tasks import-traces`` runs.

    Args:
        traces: JSONL file(s) of traces.
        out_dir: Output task folder (``<split>.parquet``, ``tasks.json``, ``traces.json``, ``rejected.jsonl``).
        tasks_dir: Task folder whose rows the traces' ``id`` refer to (every split is read).
        answer_from: ``reference`` or ``teacher`` (see :func:`filter_traces`).
        max_per_id: Most traces kept per task row.
        min_think_chars: Shortest reasoning kept.
        max_chars: Longest trace kept.

    Returns:
        The report written to ``traces.json``: ``read``, ``kept``, ``dropped`` by reason, ``kept_per_task``,
        ``files``.
    """
    rows = None
    if tasks_dir is not None:
        manifest = json.loads((Path(tasks_dir) / "tasks.json").read_text(encoding="utf-8"))
        rows = [r for split in manifest["files"] for r in load_tasks(tasks_dir, split)]
    items = read_jsonl(traces)
    kept, rejected = filter_traces(
        items,
        rows,
        answer_from=answer_from,
        max_per_id=max_per_id,
        min_think_chars=min_think_chars,
        max_chars=max_chars,
    )
    out = Path(out_dir)
    examples = []
    for r in kept:
        ex = {c: r.get(c) for c in COLUMNS}
        ex["keys"] = list(ex["keys"] or [])
        ex["key"] = ex["key"] or ""
        examples.append(ex)
    sources = [Path(p).name for p in ([traces] if isinstance(traces, (str, Path)) else traces)]
    written = write_tasks(examples, out, None, sources=sources)
    with open(out / "rejected.jsonl", "w", encoding="utf-8") as f:
        for entry in rejected:
            f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    dropped = {reason: sum(e["reason"] == reason for e in rejected) for reason in REASONS}
    per_task: dict[str, int] = {}
    for r in kept:
        per_task[str(r["task"])] = per_task.get(str(r["task"]), 0) + 1
    report = {
        "format": "chemtrove.traces/1",
        "read": len(items),
        "kept": len(kept),
        "dropped": {k: v for k, v in dropped.items() if v},
        "kept_per_task": dict(sorted(per_task.items())),
        "answer_from": answer_from,
        "files": written["files"],
        "sources": sources,
    }
    assert report["read"] == report["kept"] + sum(dropped.values())
    (out / "traces.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return report


__all__ = ["REASONS", "TEXT_FIELDS", "filter_traces", "import_traces", "read_jsonl"]
