"""Task files: ``OUT/<split>.parquet`` plus ``OUT/tasks.json``, loading them back, task balancing, and
:func:`build_tasks` (records in, files out: what ``chemtrove train tasks`` runs)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from chemtrove.tasks.builders import TaskConfig, build_examples
from chemtrove.tasks.common import COLUMNS, unit_hash
from chemtrove.tasks.records import read_records
from chemtrove.tasks.splits import split_counts

__all__ = ["balance_tasks", "build_tasks", "load_tasks", "write_tasks"]


def write_tasks(
    examples: list[dict], out_dir: str | Path, config: TaskConfig | None = None, sources: Any = None
) -> dict:
    """Write ``OUT/<split>.parquet`` (one per split) and ``OUT/tasks.json`` (config, counts, files).

    Args:
        examples: From :func:`build_examples`.
        out_dir: Output folder.
        config: The config used (recorded).
        sources: What the records came from (recorded).

    Returns:
        The manifest written to ``tasks.json``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    chat = bool(examples) and not isinstance(examples[0]["prompt"], str)
    for split in sorted({ex["split"] for ex in examples}):
        rows = [ex for ex in examples if ex["split"] == split]
        table = pa.Table.from_pylist([{c: r[c] for c in COLUMNS} for r in rows], schema=_schema(chat))
        path = out / f"{split}.parquet"
        pq.write_table(table, path)
        files[split] = path.name
    manifest = {
        "format": "chemtrove-tasks/1",
        "config": asdict(config) if config is not None else None,
        "sources": sources,
        "files": files,
        "counts": split_counts(examples),
        "columns": list(COLUMNS),
    }
    (out / "tasks.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def _schema(chat: bool):
    import pyarrow as pa

    text = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())])) if chat else pa.string()
    return pa.schema(
        [
            ("id", pa.string()),
            ("task", pa.string()),
            ("prompt", text),
            ("completion", text),
            ("answer", pa.string()),
            ("formula", pa.string()),
            ("space_group", pa.int64()),
            ("key", pa.string()),
            ("keys", pa.list_(pa.string())),
            ("split", pa.string()),
        ]
    )


def load_tasks(
    tasks_dir: str | Path, split: str, *, tasks: Sequence[str] | None = None, max_samples: int | None = None
) -> list[dict[str, Any]]:
    """Examples of one split written by :func:`write_tasks` (or ``chemtrove tasks build``).

    Args:
        tasks_dir: The folder (with ``tasks.json``), or one ``.parquet``/``.jsonl`` file.
        split: Split name (ignored for a single file).
        tasks: Keep only these tasks.
        max_samples: Keep at most this many, interleaving tasks so that each keeps its share.

    Returns:
        The examples as dicts.
    """
    import pyarrow.parquet as pq

    path = Path(tasks_dir)
    if path.is_dir():
        path = path / f"{split}.parquet"
        if not path.is_file():
            raise FileNotFoundError(f"{tasks_dir}: no split {split!r} (run chemtrove tasks build first)")
    if path.suffix == ".jsonl":
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    else:
        rows = pq.read_table(path).to_pylist()
    if tasks:
        rows = [r for r in rows if r.get("task") in set(tasks)]
    if max_samples is not None and len(rows) > max_samples:
        # round-robin over tasks so a small sample still covers every task
        groups: dict[str, list[dict]] = {}
        for r in rows:
            groups.setdefault(r.get("task") or "", []).append(r)
        picked, i = [], 0
        while len(picked) < max_samples:
            for g in groups.values():
                if i < len(g) and len(picked) < max_samples:
                    picked.append(g[i])
            i += 1
        rows = picked
    return rows


def balance_tasks(rows: Sequence[dict[str, Any]], seed: int = 0) -> list[dict[str, Any]]:
    """Rows with every task as frequent as the largest one: smaller tasks' rows repeated, tasks interleaved.

    Each task's rows are cycled in a seeded order (every row once before any row twice), then tasks are
    interleaved round-robin, so any prefix of the result is balanced too.

    Args:
        rows: Task rows with a ``task`` column.
        seed: Seed of the order within each task.

    Returns:
        ``len(tasks) * largest`` rows.

    Example:
        >>> rows = [{"task": "a", "i": i} for i in range(4)] + [{"task": "b", "i": 0}]
        >>> [r["task"] for r in balance_tasks(rows)]
        ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(str(r.get("task")), []).append(r)
    if not groups:
        return []
    largest = max(len(g) for g in groups.values())
    cycled = {}
    for task, g in groups.items():
        order = sorted(range(len(g)), key=lambda i, t=task: unit_hash("balance", seed, t, i))
        cycled[task] = [g[order[i % len(g)]] for i in range(largest)]
    return [cycled[t][i] for i in range(largest) for t in groups]


def build_tasks(
    inputs: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    config: TaskConfig | None = None,
    progress: Callable[[str], None] | None = print,
) -> dict:
    """Read records, build examples, write them: what ``chemtrove tasks build`` runs.

    Args:
        inputs: Shard folders, crystal tables, CIF files (see :func:`read_records`).
        out_dir: Output folder.
        config: A :class:`TaskConfig`.
        progress: Where progress lines go (``None``: nowhere).

    Returns:
        The manifest (see :func:`write_tasks`).
    """
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    cfg = config or TaskConfig()
    examples = build_examples(read_records(inputs), cfg, progress=progress)
    return write_tasks(examples, out_dir, cfg, sources=[Path(p).name for p in inputs])
