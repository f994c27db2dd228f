"""SMolInstruct-format data as chemtrove task rows: SFT and eval data split by chemical key, decontaminated.

SMolInstruct (osunlp/SMolInstruct, CC BY 4.0) ships JSON lines with ``input``, ``output``, ``task`` and, for
most rows, ``raw_input``/``raw_output`` (the bare molecule, name, formula or value), ``split``, and the tags
around the core of each side (``<SMILES> ... </SMILES>``, ``<IUPAC>``, ``<MOLFORMULA>``, ``<NUMBER>``,
``<BOOLEAN>``). :func:`import_smolinstruct` turns such files into a task folder (the columns of
:data:`chemtrove.tasks.COLUMNS`), which ``chemtrove train sft --data`` and the evaluation read:

* SMILES tags become chemtrove's (``[START_SMILES]CCO[END_SMILES]``, spaces inside removed); the other tags
  stay as written;
* ``answer`` is ``raw_output`` (else the output's tagged core), ``formula`` is set for formula tasks, so the
  task scores of :data:`SMOLINSTRUCT_TASK_REWARDS` apply (``chemtrove.tasks.rewards.task_reward``);
* keys are those of :mod:`chemtrove.tasks`: InChIKey-based keys of every molecule a row shows or asks
  for, reaction keys for synthesis rows, a normalized name or text hash when a row has no molecule; rows
  sharing a key are one group, split by a seeded hash (``split_mode="keys"``, the default), or kept in
  SMolInstruct's own split (``"source"``) with any train row that shares a key with a valid/test row
  dropped (``leak_with_eval``);
* ``exclude`` names task folders (e.g. ``chemtrove tasks build`` output) whose valid/test keys no imported row
  may share: those rows are dropped as ``contaminated``, so SMolInstruct SFT data never teaches a benchmark
  molecule.

Malformed lines (not JSON, not an object, missing or non-string ``input``/``output``/``task``, longer than
``max_chars``) are counted by reason and skipped, never fatal.

Example:
    >>> rows = [{"input": "Formula of <SMILES> CCO </SMILES>?", "output": "<MOLFORMULA> C2H6O </MOLFORMULA>",
    ...          "task": "name_conversion-s2f", "raw_input": "CCO", "raw_output": "C2H6O"}]
    >>> ex, report = smolinstruct_examples(rows)
    >>> ex[0]["prompt"], ex[0]["answer"], ex[0]["formula"], ex[0]["task"]
    ('Formula of [START_SMILES]CCO[END_SMILES]?\\n', 'C2H6O', 'C2H6O', 'name_conversion-s2f')
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from chemtrove.chem.keys import molecule_keys, reaction_keys
from chemtrove.chem.tags import find_spans, wrap_smiles
from chemtrove.tasks.examples import completion_text, question_text
from chemtrove.tasks.files import load_tasks, write_tasks
from chemtrove.tasks.splits import assign_splits, split_counts

SMOLINSTRUCT_TASK_REWARDS: dict[str, str] = {
    "forward_synthesis": "canonical_match",
    "retrosynthesis": "canonical_match",
    "molecule_generation": "canonical_match",
    "name_conversion-i2s": "canonical_match",
    "name_conversion-s2i": "name_match",
    "name_conversion-i2f": "formula_text_match",
    "name_conversion-s2f": "formula_text_match",
    "property_prediction-bbbp": "choice_match",
    "property_prediction-clintox": "choice_match",
    "property_prediction-hiv": "choice_match",
    "property_prediction-sider": "choice_match",
}
"""Task scores of SMolInstruct's tasks (captioning and the regression tasks have none: no rule scores them)."""

SPLIT_MODES = ("keys", "source")
CORE_TAGS = ("SMILES", "IUPAC", "MOLFORMULA", "NUMBER", "BOOLEAN")
"""SMolInstruct's answer tags (``<SMILES> ... </SMILES>`` and so on)."""
_SOURCE_SPLITS = {"train": "train", "validation": "valid", "valid": "valid", "dev": "valid", "test": "test"}
_FORMULA_TASKS = ("name_conversion-i2f", "name_conversion-s2f")
_REACTION_TASKS = ("forward_synthesis", "retrosynthesis")


def tagged_spans(text: str, tags: tuple[str, ...] = CORE_TAGS) -> list[tuple[str, int, int, str]]:
    """SMolInstruct's tagged spans in ``text``, left to right, found in linear time.

    The same spans as ``re.finditer(r"<(TAG|...)>\\s*(.*?)\\s*</\\1>", text, re.DOTALL)``, whose backtracking is
    quadratic in the number of unclosed tags (100,000 characters of ``<SMILES>`` took over ten seconds). An open tag
    with no close tag of its kind after it is skipped; a span ends at the first close tag of its kind.

    Args:
        text: Text with tags.
        tags: Tag names to read.

    Returns:
        ``(tag, start, end, content)`` per span, content stripped of surrounding whitespace.

    Example:
        >>> tagged_spans("a <SMILES> CCO </SMILES> <NUMBER>3")
        [('SMILES', 2, 24, 'CCO')]
    """
    pairs = tuple((f"<{tag}>", f"</{tag}>") for tag in tags)
    return [
        (tags[kind], start, end, text[start + len(tags[kind]) + 2 : end - len(tags[kind]) - 3].strip())
        for kind, start, end in find_spans(text, pairs)
    ]


def core_answer(text: str) -> str:
    """A completion with SMolInstruct's answer tags read: the tagged core as ``<answer>core</answer>``.

    A completion without such a tag (or with chemtrove's own tags or ``<answer>`` block) is returned as it is.

    Example:
        >>> core_answer("The formula is <MOLFORMULA> C2H6O </MOLFORMULA> ."), core_answer("<answer>x</answer>")
        ('<answer>C2H6O</answer>', '<answer>x</answer>')
    """
    if "<answer>" in text:
        return text
    spans = tagged_spans(text[:100_000])
    return f"<answer>{spans[-1][3]}</answer>" if spans else text


def read_smolinstruct(paths: str | Path | Iterable[str | Path], max_chars: int = 100_000) -> Iterator[dict]:
    """Rows of SMolInstruct JSON-lines files, with malformed lines reported as ``{"_reason": ...}``.

    Args:
        paths: ``.jsonl`` files (or folders of them, read in sorted order).
        max_chars: Longest ``input`` + ``output`` accepted.

    Yields:
        Row dicts (with ``_line``: ``file:line``), or ``{"_reason": code, "_line": ...}`` for a bad line.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        p = Path(p)
        files = sorted(p.rglob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            if not f.is_file():
                raise FileNotFoundError(f"SMolInstruct file {f} does not exist")
            with open(f, encoding="utf-8-sig", errors="replace") as fh:
                for n, line in enumerate(fh, 1):
                    where = f"{f.name}:{n}"
                    line = line.strip().lstrip("\ufeff")
                    if not line:
                        continue
                    try:
                        row = json.loads(line)
                    except ValueError:
                        yield {"_reason": "not_json", "_line": where}
                        continue
                    if not isinstance(row, dict):
                        yield {"_reason": "not_an_object", "_line": where}
                        continue
                    fields = [row.get(k) for k in ("input", "output", "task")]
                    if not all(isinstance(v, str) and v.strip() for v in fields):
                        yield {"_reason": "missing_field", "_line": where}
                        continue
                    if len(row["input"]) + len(row["output"]) > max_chars:
                        yield {"_reason": "too_long", "_line": where}
                        continue
                    row["_line"] = where
                    yield row


def _clean(text: str) -> str:
    """Control characters out; SMILES tags in chemtrove's spelling."""
    text = "".join(ch for ch in text if ch in "\n\t" or ch.isprintable())
    pieces, position = [], 0
    for _, start, end, content in tagged_spans(text, ("SMILES",)):
        pieces += [text[position:start], wrap_smiles(content.replace(" ", ""))]
        position = end
    return "".join(pieces) + text[position:]


def _core(text: str) -> str | None:
    spans = tagged_spans(text)
    return spans[0][3] if spans else None


def _smiles_in(row: dict) -> list[str]:
    """Every SMILES a row shows or asks for: tagged spans and SMILES raw fields."""
    out = [span[3].replace(" ", "") for span in tagged_spans(row["input"] + "\n" + row["output"], ("SMILES",))]
    for side in ("input", "output"):
        left = row.get(f"{side}_core_tag_left")
        raw = row.get(f"raw_{side}")
        if left == "<SMILES>" and isinstance(raw, str) and raw.strip():
            out.append(raw.strip())
    return list(dict.fromkeys(s for s in out if s))


def _row_keys(row: dict, cache: dict[str, list[str]]) -> list[str]:

    keys: set[str] = set()
    smiles = _smiles_in(row)
    for s in smiles:
        if s not in cache:
            canon, ks = molecule_keys(s)
            cache[s] = sorted(ks | ({f"smi:{canon}"} if canon else set()))
        keys.update(cache[s])
    if (
        row["task"] in _REACTION_TASKS
        and isinstance(row.get("raw_input"), str)
        and isinstance(row.get("raw_output"), str)
    ):
        left, right = row["raw_input"].strip(), row["raw_output"].strip()
        if row["task"] == "retrosynthesis":
            left, right = right, left
        keys.update(reaction_keys(f"{left}>>{right}"))
    if not keys:  # no molecule: a name, or the text itself
        name = row.get("raw_input") if row.get("input_core_tag_left") == "<IUPAC>" else None
        basis = f"name:{' '.join(name.casefold().split())}" if isinstance(name, str) and name.strip() else None
        keys.add(basis or "text:" + hashlib.sha256(" ".join(row["input"].split()).encode("utf-8")).hexdigest()[:24])
    return sorted(keys)


def _eval_keys(folders: Iterable[str | Path]) -> set[str]:

    keys: set[str] = set()
    for folder in folders:
        for split in ("valid", "test"):
            try:
                rows = load_tasks(folder, split)
            except FileNotFoundError:
                continue
            keys.update(k for r in rows for k in (r.get("keys") or []))
    return keys


def smolinstruct_examples(
    rows: Iterable[dict],
    *,
    format: str = "plain",
    split_mode: str = "keys",
    splits: dict[str, float] | None = None,
    seed: int = 0,
    exclude: Iterable[str | Path] = (),
    tasks: Iterable[str] | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Task rows from SMolInstruct rows (see the module docstring).

    Args:
        rows: From :func:`read_smolinstruct` (or dicts in its format).
        format: ``plain`` (SMolInstruct's output as the completion) or ``answer`` (wrapped in
            ``<answer>...</answer>``, with the instruction line chemtrove's tasks use).
        split_mode: ``keys`` (chemtrove's key-hash splits) or ``source`` (SMolInstruct's ``split`` field).
        splits: Split shares for ``keys`` (default train 0.8, valid 0.1, test 0.1).
        seed: Split seed.
        exclude: Task folders whose valid/test keys no row may share.
        tasks: Keep only these SMolInstruct tasks.

    Returns:
        ``(examples with chemtrove's task columns, report)``; the report counts ``read``, ``kept``, ``dropped``
        by reason, and ``tasks``.

    Raises:
        ValueError: On an unknown ``format`` or ``split_mode``.
    """

    if format not in ("plain", "answer"):
        raise ValueError(f"format must be plain or answer for SMolInstruct rows, got {format!r}")
    if split_mode not in SPLIT_MODES:
        raise ValueError(f"split_mode must be one of {SPLIT_MODES}, got {split_mode!r}")
    wanted = set(tasks) if tasks else None
    banned = _eval_keys(exclude)
    dropped: Counter[str] = Counter()
    cache: dict[str, list[str]] = {}
    out: list[dict[str, Any]] = []
    seen_ids: Counter[str] = Counter()
    n = 0
    for row in rows:
        n += 1
        if "_reason" in row:
            dropped[row["_reason"]] += 1
            continue
        task = row["task"].strip()
        if wanted is not None and task not in wanted:
            dropped["other_task"] += 1
            continue
        keys = _row_keys(row, cache)
        if banned and banned.intersection(keys):
            dropped["contaminated"] += 1
            continue
        raw_out = row.get("raw_output")
        answer = raw_out.strip() if isinstance(raw_out, str) and raw_out.strip() else _core(row["output"]) or ""
        prompt = question_text(_clean(row["input"]).strip(), format)
        output = _clean(row["output"]).strip()
        base = f"smolinstruct/{task}/{hashlib.sha256(row['input'].encode('utf-8')).hexdigest()[:12]}"
        seen_ids[base] += 1
        out.append(
            {
                "id": base if seen_ids[base] == 1 else f"{base}-{seen_ids[base]}",
                "task": task,
                "prompt": prompt,
                "completion": completion_text(output, "", "answer") if format == "answer" else output,
                "answer": answer,
                "formula": answer if task in _FORMULA_TASKS else None,
                "space_group": None,
                "keys": keys,
                "source_split": _SOURCE_SPLITS.get(str(row.get("split") or "").strip().lower()),
            }
        )
    if split_mode == "keys":
        assign_splits(out, splits or {"train": 0.8, "valid": 0.1, "test": 0.1}, seed)
    else:
        assign_splits(out, {"all": 1.0}, seed)  # the group key only
        eval_groups = {ex["key"] for ex in out if ex["source_split"] in ("valid", "test")}
        kept = []
        for ex in out:
            ex["split"] = ex["source_split"] or "train"
            if ex["split"] == "train" and ex["key"] in eval_groups:
                dropped["leak_with_eval"] += 1
                continue
            kept.append(ex)
        out = kept
    for ex in out:
        ex.pop("source_split", None)
    report = {
        "read": n,
        "kept": len(out),
        "dropped": dict(sorted(dropped.items())),
        "tasks": split_counts(out),
    }
    return out, report


def import_smolinstruct(
    inputs: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    *,
    max_chars: int = 100_000,
    **options: Any,
) -> dict[str, Any]:
    """Read SMolInstruct files and write a task folder (``OUT/<split>.parquet``, ``OUT/tasks.json``).

    Args:
        inputs: ``.jsonl`` files or folders.
        out_dir: Output folder.
        max_chars: Longest row accepted (input + output).
        **options: Passed to :func:`smolinstruct_examples` (``format``, ``split_mode``, ``splits``, ``seed``,
            ``exclude``, ``tasks``).

    Returns:
        The report of :func:`smolinstruct_examples`, plus ``files``.
    """

    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    examples, report = smolinstruct_examples(read_smolinstruct(inputs, max_chars), **options)
    manifest = write_tasks(examples, out_dir, None, sources=[Path(p).name for p in inputs])
    report["files"] = manifest["files"]
    (Path(out_dir) / "smolinstruct.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    return report


__all__ = [
    "SMOLINSTRUCT_TASK_REWARDS",
    "SPLIT_MODES",
    "core_answer",
    "import_smolinstruct",
    "read_smolinstruct",
    "smolinstruct_examples",
]
