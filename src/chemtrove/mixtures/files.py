"""A mixture's files: the documents table, atomic writes with sha256, and what to do with an existing output.

:func:`check_output` decides whether a folder is reused (same key, all files there), resumed (an interrupted
build with the same key: its complete parts are kept) or refused (:class:`ResumeError`: other inputs).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np

STATE = ".build_state.json"


class ResumeError(RuntimeError):
    """An output folder holds a mixture built from other inputs; it is not resumed or appended to."""


def doc_schema() -> Any:
    import pyarrow as pa

    return pa.schema(
        [
            ("id", pa.string()),
            ("text", pa.string()),
            ("source", pa.string()),
            ("domain", pa.string()),
            ("metadata", pa.string()),
            ("mix_source", pa.string()),
            ("n_tokens", pa.int64()),
            ("input_ids", pa.list_(pa.uint32())),
        ]
    )


def documents_table(records: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = doc_schema()
    lengths = np.array([r["n_tokens"] for r in records], dtype=np.int64)
    offsets = np.zeros(len(records) + 1, dtype=np.int32 if lengths.sum() < 2**31 else np.int64)
    np.cumsum(lengths, out=offsets[1:])
    values = np.concatenate([r["input_ids"] for r in records]) if records else np.zeros(0, np.uint32)
    list_type = pa.list_(pa.uint32()) if offsets.dtype == np.int32 else pa.large_list(pa.uint32())
    ids = pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, type=pa.uint32()), type=list_type)
    if offsets.dtype != np.int32:
        ids = ids.cast(pa.list_(pa.uint32()))
    cols = {c: pa.array([r[c] for r in records], type=schema.field(c).type) for c in schema.names if c != "input_ids"}
    cols["input_ids"] = ids
    return pa.table(cols, schema=schema)


def write_parquet(records: list[dict[str, Any]], path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(documents_table(records), tmp, compression="zstd", row_group_size=1000)
    tmp.replace(path)


def write_npy(array: np.ndarray, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        np.save(f, array, allow_pickle=False)
    tmp.replace(path)


def file_info(path: Path, root: Path, **extra: Any) -> dict[str, Any]:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return {"file": path.relative_to(root).as_posix(), "bytes": path.stat().st_size, "sha256": h.hexdigest(), **extra}


def write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


def key_diff(old: dict[str, Any], new: dict[str, Any]) -> str:
    reasons = []
    if old.get("spec_sha256") != new["spec_sha256"]:
        reasons.append("the spec changed")
    of, nf = old.get("fingerprints", {}), new["fingerprints"]
    for name in sorted(set(of) | set(nf)):
        if name not in of:
            reasons.append(f"source {name!r} was added")
        elif name not in nf:
            reasons.append(f"source {name!r} was removed")
        elif of[name] != nf[name]:
            reasons.append(f"the files of source {name!r} changed (fingerprint {of[name][:12]} -> {nf[name][:12]})")
    if old.get("tokenizer_sha256") != new["tokenizer_sha256"] or old.get("eos_token") != new["eos_token"]:
        reasons.append("the tokenizer or EOS token changed")
    return "; ".join(reasons) or "its key differs"


def check_output(out: Path, key: dict[str, Any], overwrite: bool) -> dict[str, Any] | None:
    """Decide what to do with an existing output folder: reuse, resume, refuse or clear it."""
    manifest_path, state_path = out / "manifest.json", out / STATE
    existing = None
    kind = ""
    if manifest_path.is_file():
        existing, kind = json.loads(manifest_path.read_text(encoding="utf-8")), "a built mixture"
    elif state_path.is_file():
        existing, kind = json.loads(state_path.read_text(encoding="utf-8")), "an interrupted build"
    elif any((out / d).exists() for d in ("documents", "packed", "validation")):
        if not overwrite:
            raise ResumeError(
                f"{out} holds mixture files but no manifest.json or {STATE}, so their inputs are unknown; "
                "choose a new output folder or pass overwrite=True (--overwrite) to replace them"
            )
    if existing is not None and existing.get("key") != key:
        if not overwrite:
            raise ResumeError(
                f"{out} holds {kind} from other inputs ({key_diff(existing.get('key', {}), key)}); "
                "it is not resumed or appended to: choose a new output folder, "
                "or pass overwrite=True (--overwrite) to rebuild it"
            )
        existing = None
    if existing is None:
        for d in ("documents", "packed", "validation"):
            shutil.rmtree(out / d, ignore_errors=True)
        for f in ("manifest.json", STATE, "plan.json"):
            (out / f).unlink(missing_ok=True)
        return None
    if kind == "a built mixture":
        files = [
            *existing["outputs"]["train"]["documents_files"],
            *existing["outputs"]["train"]["packed_files"],
            *existing["outputs"]["validation"].values(),
        ]
        if all((out / f["file"]).is_file() and (out / f["file"]).stat().st_size == f["bytes"] for f in files):
            return existing
        manifest_path.unlink()
        return {"key": key, "parts": []}
    good = []
    for part in existing.get("parts", []):
        files = [part[k] for k in ("documents", "packed") if k in part]
        if not all((out / f["file"]).is_file() and file_info(out / f["file"], out) == _strip(f) for f in files):
            break
        good.append(part)
    return {"key": key, "parts": good}


def _strip(info: dict[str, Any]) -> dict[str, Any]:
    return {k: info[k] for k in ("file", "bytes", "sha256")}
