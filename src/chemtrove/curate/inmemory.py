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
import difflib
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep

from chemtrove.curate.inputs import input_metadata
from chemtrove.curate.neardedup import ChemWordTokenizer
from chemtrove.curate.records import RecordToText, check_template_fields, produced_fields
from chemtrove.curate.writers import safe_text


class _Collector:
    """Stands in for a filter's exclusion writer: remembers what was dropped, and why."""

    def __init__(self, step_name: str, default_reason: str, sink: dict[str, tuple[str, str, Any]]):
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


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _documents(
    data: Any, text_column: str, id_column: str | None
) -> tuple[list[Document], dict[str, tuple[str, str, Any]], set[str]]:
    """Documents for every input row, the rows rejected before any step (``not_a_string``,
    ``invalid_unicode``, ``missing_column``) and the input's column names."""
    try:
        import polars as pl
    except ImportError:  # pragma: no cover - polars is a dependency
        pl = None
    columns: set[str] = set()
    if pl is not None and isinstance(data, pl.DataFrame):
        if text_column not in data.columns:
            close = difflib.get_close_matches(text_column, data.columns, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ValueError(f"text_column {text_column!r} is not a DataFrame column; {hint}columns: {data.columns}")
        if id_column is not None and id_column not in data.columns:
            raise ValueError(f"id_column {id_column!r} is not a DataFrame column; columns: {data.columns}")
        rows: Iterable[Any] = data.iter_rows(named=True)
    elif isinstance(data, (str, bytes)):
        raise TypeError("apply() takes a list of strings, not a single string: wrap it as [text]")
    elif isinstance(data, dict):
        raise TypeError("apply() takes a list of dicts, not a single dict: wrap it as [row]")
    elif not isinstance(data, Iterable):
        raise TypeError(f"apply() takes a list of strings or dicts, or a polars DataFrame; got {type(data).__name__}")
    else:
        rows = data
    docs: list[Document] = []
    early: dict[str, tuple[str, str, Any]] = {}
    for i, row in enumerate(rows):
        meta: dict[str, Any] = {}
        doc_id = str(i)
        if isinstance(row, dict):
            columns.update(str(k) for k in row)
            meta = input_metadata(row, skip=(text_column,))
            if id_column is not None:
                doc_id = _id_of(row.get(id_column), i, id_column)
            text = row.get(text_column)
            missing = text_column not in row
        else:
            text, missing = row, False
        meta["source"] = "memory"
        reason = None
        if missing:
            reason = "missing_column"
        elif not isinstance(text, str):
            reason = "not_a_string"
        elif _SURROGATE.search(text):
            reason = "invalid_unicode"
        docs.append(Document(text=text if isinstance(text, str) else "", id=doc_id, metadata=meta))
        if reason is not None:
            early[doc_id] = (reason, "input", text if isinstance(text, str) else None)
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        raise ValueError(f"ids in id_column {id_column!r} must be unique")
    return docs, early, columns


def _id_of(value: Any, i: int, id_column: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"row {i}: id_column {id_column!r} holds {type(value).__name__}, not a str or int id")
    return str(value)


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
    """A DataFrame cell: scalars as they are, strings made UTF-8-safe, anything else as JSON (no ``repr``)."""
    if isinstance(value, str):
        return safe_text(value)
    if value is None or isinstance(value, (int, float, bool)):
        return value
    return safe_text(json.dumps(value, sort_keys=True, default=_json_default, ensure_ascii=False))


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    if isinstance(value, (set, frozenset, tuple)):
        return sorted(map(str, value)) if isinstance(value, (set, frozenset)) else list(value)
    return f"<{type(value).__name__}>"  # never repr(): it can hold a memory address


def _check_arguments(steps: Any, text_column: Any, id_column: Any, dedup: Any) -> list[PipelineStep]:
    if not isinstance(text_column, str) or not text_column:
        raise TypeError(f"text_column must be a column name (str), got {text_column!r}")
    if id_column is not None and (not isinstance(id_column, str) or not id_column):
        raise TypeError(f"id_column must be a column name (str) or None, got {id_column!r}")
    if dedup is not None and not isinstance(dedup, str):
        raise TypeError(f"dedup must be a metadata key (str) or None, got {dedup!r}")
    if isinstance(steps, PipelineStep) or not isinstance(steps, Sequence):
        raise TypeError(f"steps must be a list of datatrove steps, got {type(steps).__name__}")
    for k, step in enumerate(steps):
        if isinstance(step, type):
            raise TypeError(f"steps[{k}] is the class {step.__name__}; pass an instance: {step.__name__}()")
        if not isinstance(step, PipelineStep):
            raise TypeError(f"steps[{k}] is a {type(step).__name__}, not a datatrove PipelineStep")
    return list(steps)


def _check_fields(steps: list[PipelineStep], columns: set[str], dedup: str | None) -> None:
    """Templates and ``dedup`` against the fields the input and the steps before them provide."""

    for k, step in enumerate(steps):
        if isinstance(step, RecordToText):
            check_template_fields(step.template, columns | produced_fields(steps[:k]), f"steps[{k}] RecordToText")
    if dedup is None or dedup == "text":
        return
    have = columns | produced_fields(steps)
    if dedup in have:
        return
    if dedup == "inchikey":
        raise ValueError(
            "dedup='inchikey' needs CanonicalizeSmiles(inchikey=True) among the steps (or an inchikey column)"
        )
    options = sorted(have | {"text"})
    close = difflib.get_close_matches(dedup, options, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise ValueError(f"dedup={dedup!r}: no step or column provides it; {hint}available: {', '.join(options)}")


def apply(
    data: Sequence[str] | Iterable[dict] | Any,
    steps: Sequence[PipelineStep],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    dedup: str | None = None,
):
    """Run chemtrove (or any datatrove) steps over in-memory records.

    Every input gives exactly one output row, whatever it holds: a value that is not a string (``None``,
    bytes, a number, an object) is dropped as ``not_a_string`` without being turned into text, one with
    lone surrogates as ``invalid_unicode``, a dict without ``text_column`` as ``missing_column``. Filters
    drop records with their reason code; any other step that swallows a record is reported as
    ``dropped_by_<StepClass>``. The steps you pass are copied, never modified. Arguments are checked
    first: templates and ``dedup`` must name fields that the input or the steps provide.

    Args:
        data: A list of strings, an iterable of dicts, or a polars DataFrame.
        steps: datatrove steps (instances), applied in order. Readers, writers and steps that work on files
            (dedup stages) are refused with a ``ValueError``: nothing is read from or written to disk.
        text_column: Key or column holding the text (dicts and DataFrames).
        id_column: Key or column holding unique ids (str or int); by default the row number. The column
            stays in the metadata too.
        dedup: After the steps, keep the first record per value of this metadata key (``"smiles"``,
            ``"inchikey"``, ``"reaction"``) or ``"text"``; later copies get reason ``duplicate``.

    Returns:
        A polars DataFrame in input order: ``id``, ``text`` (the output text, or the text when dropped;
        null for a value that was not a string), ``kept``, ``reason``, ``step`` (which step dropped it)
        and one column per metadata key (lists and dicts as JSON strings). Lone surrogates are written
        as backslash escapes, so the frame always builds.

    Raises:
        ValueError: A step is a reader or a writer, or works on files.
    """
    import polars as pl

    steps = _check_arguments(steps, text_column, id_column, dedup)
    refuse_disk_steps(steps)
    docs, dropped, columns = _documents(data, text_column, id_column)
    _check_fields(steps, columns, dedup)
    live = [d for d in docs if d.id not in dropped]
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
        first: set[Any] = set()
        kept = []
        for d in live:
            key = d.text if dedup == "text" else d.metadata.get(dedup)
            key = json.dumps(key, sort_keys=True, default=_json_default) if isinstance(key, (list, dict)) else key
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
            row = {"id": safe_text(d.id), "text": safe_text(o.text), "kept": True, "reason": None, "step": None}
            meta = o.metadata
        else:
            reason, step_name, text = dropped[d.id]
            text = safe_text(text) if isinstance(text, str) else None
            row = {"id": safe_text(d.id), "text": text, "kept": False, "reason": reason, "step": step_name}
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
