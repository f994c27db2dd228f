"""Curate data in memory, without an executor: a list of strings, dicts or a polars DataFrame in, a
polars DataFrame out.

Example:
    >>> from chemtrove.curate import CanonicalizeSmiles, apply
    >>> df = apply(["OCC", "C1CC", "CCO"], [CanonicalizeSmiles()], dedup="smiles")
    >>> df.select("text", "kept", "reason").rows()
    [('CCO', True, None), ('C1CC', False, 'parse_failed'), ('CCO', False, 'duplicate')]
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Sequence
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep


class _Collector:
    """Stands in for a filter's exclusion writer: remembers what was dropped, and why."""

    def __init__(self, step_name: str, default_reason: str, sink: dict[str, tuple[str, str, str]]):
        self.step_name = step_name
        self.default_reason = default_reason
        self.sink = sink

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def write(self, doc: Document, rank: int = 0, **kwargs) -> None:
        reason = doc.metadata.pop("filter_reason", None) or self.default_reason
        self.sink[doc.id] = (reason, self.step_name, doc.text)


def _documents(data: Any, text_column: str, id_column: str | None) -> list[Document]:
    try:
        import polars as pl
    except ImportError:  # pragma: no cover - polars is a dependency
        pl = None
    if pl is not None and isinstance(data, pl.DataFrame):
        if text_column not in data.columns:
            raise ValueError(f"column {text_column!r} not in the DataFrame; columns: {data.columns}")
        rows: Iterable[Any] = data.iter_rows(named=True)
    elif isinstance(data, str):
        raise TypeError("apply() takes a list of strings, not a single string: wrap it as [text]")
    else:
        rows = data
    docs = []
    for i, row in enumerate(rows):
        if isinstance(row, dict):
            if text_column not in row:
                raise ValueError(f"row {i} has no {text_column!r} key; keys: {sorted(row)}")
            meta = {k: v for k, v in row.items() if k not in (text_column, id_column)}
            text = row[text_column]
            doc_id = str(row[id_column]) if id_column else str(i)
        else:
            text, meta, doc_id = row, {}, str(i)
        meta.setdefault("source", "memory")
        docs.append(Document(text="" if text is None else str(text), id=doc_id, metadata=meta))
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError(f"ids in {id_column!r} must be unique")
    return docs


def refuse_disk_steps(steps: Sequence[PipelineStep]) -> None:
    """Raise a ``ValueError`` naming the first step that reads or writes files: ``apply()`` runs in memory.

    Readers, writers and any step holding a datatrove folder (dedup signature and find stages, which write
    to one; the filters that read their results) would silently read or write files from inside
    ``apply()``. A filter's ``exclusion_writer`` is allowed: ``apply()`` replaces it by its own collector.

    Args:
        steps: The steps given to ``apply()``.
    """
    from datatrove.io import DataFolder
    from datatrove.pipeline.readers.base import BaseReader
    from datatrove.pipeline.writers.disk_base import DiskWriter

    for i, step in enumerate(steps):
        name = type(step).__name__
        if isinstance(step, DiskWriter):
            raise ValueError(
                f"apply(): step {i} ({name}) is a writer: apply() writes no files, it returns a DataFrame. "
                "Remove it (write the DataFrame yourself), or run the steps with a datatrove executor."
            )
        if isinstance(step, BaseReader):
            raise ValueError(
                f"apply(): step {i} ({name}) is a reader: apply() takes its records as `data`. Remove it and "
                "pass the records (a list of strings or dicts, or a polars DataFrame)."
            )
        if not isinstance(step, PipelineStep):
            raise TypeError(f"apply(): step {i} is a {name}, not a datatrove PipelineStep")
        for attr, value in vars(step).items():
            if attr != "exclusion_writer" and isinstance(value, DataFolder):
                raise ValueError(
                    f"apply(): step {i} ({name}) works on files in its folder {attr}={value.path!r}: apply() "
                    "runs in memory. Use dedup='smiles' (or 'inchikey', 'reaction', 'text') for exact dedup "
                    "in memory, near_duplicates() for near dedup, or run the stages with a datatrove executor."
                )


def _flat(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, sort_keys=True, default=str)


def apply(
    data: Sequence[str] | Iterable[dict] | Any,
    steps: Sequence[PipelineStep],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    dedup: str | None = None,
):
    """Run chemtrove (or any datatrove) steps over in-memory records.

    Filters drop records with their reason code; any other step that swallows a record is reported as
    ``dropped_by_<StepClass>``. The steps you pass are copied, never modified.

    Args:
        data: A list of strings, an iterable of dicts, or a polars DataFrame.
        steps: datatrove steps, applied in order. Readers, writers and steps that work on files (dedup
            stages) are refused with a ``ValueError``: nothing is read from or written to disk.
        text_column: Key or column holding the text (dicts and DataFrames).
        id_column: Key or column holding unique ids; by default the row number.
        dedup: After the steps, keep the first record per value of this metadata key (``"smiles"``,
            ``"inchikey"``, ``"reaction"``) or ``"text"``; later copies get reason ``duplicate``.

    Returns:
        A polars DataFrame in input order: ``id``, ``text`` (the output text, or the text when dropped),
        ``kept``, ``reason``, ``step`` (which step dropped it) and one column per metadata key
        (lists and dicts as JSON strings).

    Raises:
        ValueError: A step is a reader or a writer, or works on files.
    """
    import polars as pl

    refuse_disk_steps(steps)
    docs = _documents(data, text_column, id_column)
    dropped: dict[str, tuple[str, str, str]] = {}
    live = docs
    for step in steps:
        step = copy.deepcopy(step)
        name = type(step).__name__
        if hasattr(step, "exclusion_writer"):
            default = "duplicate" if "Dedup" in name else f"dropped_by_{name}"
            step.exclusion_writer = _Collector(name, default, dropped)
        out = list(step.run(iter(live), rank=0, world_size=1))
        seen = {d.id for d in out}
        for d in live:
            if d.id not in seen and d.id not in dropped:
                dropped[d.id] = (f"dropped_by_{name}", name, d.text)
        live = out
    if dedup is not None:
        first: set[str] = set()
        kept = []
        for d in live:
            key = d.text if dedup == "text" else d.metadata.get(dedup)
            if key is None:
                dropped[d.id] = ("missing_field", "dedup", d.text)
            elif key in first:
                dropped[d.id] = ("duplicate", "dedup", d.text)
            else:
                first.add(key)
                kept.append(d)
        live = kept
    out_by_id = {d.id: d for d in live}
    rows = []
    for d in docs:
        if d.id in out_by_id:
            o = out_by_id[d.id]
            row = {"id": d.id, "text": o.text, "kept": True, "reason": None, "step": None}
            meta = o.metadata
        else:
            reason, step_name, text = dropped[d.id]
            row = {"id": d.id, "text": text, "kept": False, "reason": reason, "step": step_name}
            meta = d.metadata
        for k, v in meta.items():
            if k not in row:
                row[k] = _flat(v)
        rows.append(row)
    return pl.DataFrame(rows, infer_schema_length=None, strict=False)


def near_duplicates(
    texts: Sequence[str], threshold: float = 0.8, *, num_perm: int = 128, n_grams: int = 5, seed: int = 0
) -> list[int]:
    """Find near-duplicate texts with MinHash LSH (datasketch), for small corpora held in memory.

    Words come from :class:`~chemtrove.curate.neardedup.ChemWordTokenizer` (tagged chemistry kept whole);
    a text shorter than ``n_grams`` words is shingled as one n-gram of all its words.

    Args:
        texts: The texts.
        threshold: Estimated Jaccard similarity of word n-gram sets above which two texts are duplicates.
        num_perm: MinHash permutations (more: better estimates, slower).
        n_grams: Words per shingle.
        seed: MinHash seed.

    Returns:
        For each text, the index of the first text of its cluster: ``rep[i] == i`` means text ``i`` is
        kept; otherwise it is a near-duplicate of text ``rep[i]``.

    Example:
        >>> a = "the pellets were calcined in air at nine hundred degrees for twelve hours"
        >>> near_duplicates([a, a.replace("twelve", "ten"), "a completely different sentence about thin films"],
        ...                 threshold=0.5, n_grams=2)
        [0, 0, 2]
    """
    from datasketch import MinHash, MinHashLSH

    from chemtrove.curate.neardedup import ChemWordTokenizer

    if not 0.0 < threshold < 1.0:
        raise ValueError(f"threshold must be in (0, 1), got {threshold}")
    tok = ChemWordTokenizer()
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    reps: list[int] = []
    signatures: list[MinHash] = []
    for i, text in enumerate(texts):
        words = tok.word_tokenize(text)
        shingles = {" ".join(words[j : j + n_grams]) for j in range(max(1, len(words) - n_grams + 1))}
        m = MinHash(num_perm=num_perm, seed=seed)
        m.update_batch([s.encode("utf-8") for s in sorted(shingles)])
        signatures.append(m)
        # LSH candidates confirmed by their estimated Jaccard (banding also returns pairs below threshold)
        hits = sorted(k for k in map(int, lsh.query(m)) if m.jaccard(signatures[k]) >= threshold)
        if hits:
            reps.append(reps[hits[0]])
        else:
            reps.append(i)
        lsh.insert(str(i), m)
    return reps
