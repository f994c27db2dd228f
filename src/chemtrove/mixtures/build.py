"""Materialize a planned mixture (parquet documents, packed ``.npy`` sequences) or stream it.

:func:`open_mixture` scans the sources and plans; the returned :class:`Mixture` can

* :meth:`Mixture.build` the mixture into a folder::

      <output>/manifest.json          sources with fingerprints, plan, seed, tokenizer, files with sha256, versions
      <output>/plan.json              the plan alone
      <output>/documents/part-00000.parquet   id, text, source, domain, metadata, mix_source, n_tokens, input_ids
      <output>/packed/part-00000.npy          uint32 (sequences, seq_len): documents joined, each ending in EOS
      <output>/validation/<domain>.parquet    the holdout, same columns

* stream the same documents (:meth:`Mixture.documents`) or sequences (:meth:`Mixture.sequences`), from any
  position, without writing anything: the stream and the built files hold the same tokens in the same order.

Builds are deterministic (same inputs and spec: byte-identical files and manifest). A build records its key
(spec hash, source fingerprints, tokenizer) first; running it again with the same key finishes an
interrupted build or finds it up to date, and with another key it refuses (:class:`ResumeError`).
"""

from __future__ import annotations

import hashlib
import json
import math
import platform
import shutil
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from chemtrove.formats import MIXTURE_FORMAT, load_packed, read_manifest  # noqa: F401 - load_packed: its old home
from chemtrove.mixtures.plan import Plan, make_plan, mixture_order
from chemtrove.mixtures.sources import SourceData, TokenizerInfo, scan_sources
from chemtrove.mixtures.spec import MixtureSpec, SpecError, load_spec, suggest

FORMAT = MIXTURE_FORMAT
STATE = ".build_state.json"
CACHE = ".cache"


class ResumeError(RuntimeError):
    """An output folder holds a mixture built from other inputs; it is not resumed or appended to."""


def _versions() -> dict[str, str]:
    import pyarrow
    import tokenizers

    import chemtrove

    return {
        "chemtrove": chemtrove.__version__,
        "numpy": np.__version__,
        "pyarrow": pyarrow.__version__,
        "tokenizers": tokenizers.__version__,
        "python": platform.python_version(),
    }


def _doc_schema() -> Any:
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


@dataclass
class _Block:
    columns: dict[str, list]
    ids: dict[int, np.ndarray]


class DocReader:
    """Random access to documents by ``(source index, document index)``, one parquet row group at a time.

    Row groups are kept in a small LRU cache per source; documents of shard sources are tokenized when their
    row group is loaded (and checked against the planned counts).

    Args:
        sources: The scanned sources.
        tok: The tokenizer (needed for shard sources).
        cache_blocks: Row groups kept per source.
    """

    def __init__(self, sources: list[SourceData], tok: TokenizerInfo, cache_blocks: int = 9) -> None:
        self.sources = sources
        self.tok = tok
        self.cache_blocks = cache_blocks
        self._lru: list[OrderedDict[int, _Block]] = [OrderedDict() for _ in sources]
        self._index: list[tuple[np.ndarray, np.ndarray] | None] = [None] * len(sources)

    def _docs_of_block(self, s: int, b: int) -> np.ndarray:
        if self._index[s] is None:
            order = np.argsort(self.sources[s].doc_block, kind="stable")
            starts = np.searchsorted(self.sources[s].doc_block[order], np.arange(len(self.sources[s].blocks) + 1))
            self._index[s] = (order, starts)
        order, starts = self._index[s]  # type: ignore[misc]
        return order[starts[b] : starts[b + 1]]

    def _load(self, s: int, b: int, docs: np.ndarray) -> _Block:
        import pyarrow.parquet as pq

        src = self.sources[s]
        fi, rg = src.blocks[b]
        rows = src.doc_row[docs]
        if src.format == "tokens":
            table = pq.ParquetFile(src.files[fi]).read_row_group(rg, columns=["id", "source", "domain", "input_ids"])
            arr = table.column("input_ids").combine_chunks()
            offsets = arr.offsets.to_numpy()
            values = arr.values.to_numpy(zero_copy_only=False).astype(np.uint32, copy=False)
            ids = {int(r): values[offsets[r] : offsets[r + 1]] for r in rows}
            cols = {c: table.column(c).to_pylist() for c in ("id", "source", "domain")}
        else:
            pf = pq.ParquetFile(src.files[fi])
            present = [c for c in _SHARD_READ if c in pf.schema_arrow.names]
            table = pf.read_row_group(rg, columns=present)
            n = table.num_rows
            cols = {c: table.column(c).to_pylist() if c in present else [None] * n for c in _SHARD_READ}
            texts = [cols["text"][r] or "" for r in rows]
            enc = self.tok.tokenizer.encode_batch(texts) if texts else []
            eos = [] if self.tok.eos_id is None else [self.tok.eos_id]
            ids = {int(r): np.array(e.ids + eos, dtype=np.uint32) for r, e in zip(rows, enc, strict=True)}
        for d, r in zip(docs, rows, strict=True):
            if ids[int(r)].shape[0] != src.tokens[d]:
                raise ResumeError(
                    f"source {src.name!r}: document {d} now has {ids[int(r)].shape[0]} tokens, {src.tokens[d]} when "
                    "it was counted; its files or the tokenizer changed: delete the output's .cache and re-plan"
                )
        return _Block(cols, ids)

    def _block(self, s: int, b: int) -> _Block:
        lru = self._lru[s]
        if b in lru:
            lru.move_to_end(b)
            return lru[b]
        block = self._load(s, b, self._docs_of_block(s, b))
        lru[b] = block
        if len(lru) > self.cache_blocks:
            lru.popitem(last=False)
        return block

    def _record(self, s: int, d: int, block: _Block) -> dict[str, Any]:
        src = self.sources[s]
        r = int(src.doc_row[d])
        cols = block.columns
        ids = block.ids[r]
        return {
            "id": cols["id"][r],
            "text": cols["text"][r] if "text" in cols else None,
            "source": cols["source"][r],
            "domain": src.domain,
            "metadata": cols["metadata"][r] if "metadata" in cols else None,
            "mix_source": src.name,
            "n_tokens": int(ids.shape[0]),
            "input_ids": ids,
        }

    def get(self, s: int, d: int) -> dict[str, Any]:
        """One document.

        Args:
            s: Source index.
            d: Document index in the source.

        Returns:
            ``id, text, source, domain, metadata, mix_source, n_tokens, input_ids`` (uint32 array);
            ``text`` and ``metadata`` are ``None`` for tokenized sources.
        """
        return self._record(s, d, self._block(s, int(self.sources[s].doc_block[d])))

    def get_many(self, src: np.ndarray, doc: np.ndarray) -> list[dict[str, Any]]:
        """Many scattered documents, reading each row group once (only the needed rows are tokenized).

        Args:
            src: Source index per document.
            doc: Document index per document.

        Returns:
            The records, in the order asked.
        """
        out: list[dict[str, Any] | None] = [None] * len(doc)
        groups: dict[tuple[int, int], list[int]] = {}
        for k, (s, d) in enumerate(zip(src.tolist(), doc.tolist(), strict=True)):
            groups.setdefault((s, int(self.sources[s].doc_block[d])), []).append(k)
        for (s, b), ks in sorted(groups.items()):
            docs = np.unique(doc[ks])
            block = self._load(s, b, docs)
            for k in ks:
                out[k] = self._record(s, int(doc[k]), block)
        return out  # type: ignore[return-value]


_SHARD_READ = ("id", "text", "source", "metadata")


def _table(records: list[dict[str, Any]]) -> Any:
    import pyarrow as pa

    schema = _doc_schema()
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


def _write_parquet(records: list[dict[str, Any]], path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(_table(records), tmp, compression="zstd", row_group_size=1000)
    tmp.replace(path)


def _write_npy(array: np.ndarray, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        np.save(f, array, allow_pickle=False)
    tmp.replace(path)


def _file_info(path: Path, root: Path, **extra: Any) -> dict[str, Any]:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 22):
            h.update(chunk)
    return {"file": path.relative_to(root).as_posix(), "bytes": path.stat().st_size, "sha256": h.hexdigest(), **extra}


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)


@dataclass
class Mixture:
    """A planned mixture, ready to stream or build.

    Attributes:
        spec: The spec.
        sources: The scanned sources (spec order).
        tokenizer: The tokenizer information.
        plan: The plan.
        order_source: Source index of each training document, in mixture order.
        order_doc: Document index (in its source) of each training document.
        offsets: Start token of each training document in the joined token stream (length + 1).
        output: The default output folder (``None``: none).
    """

    spec: MixtureSpec
    sources: list[SourceData]
    tokenizer: TokenizerInfo
    plan: Plan
    order_source: np.ndarray
    order_doc: np.ndarray
    offsets: np.ndarray
    output: Path | None = None

    # ---- identity -------------------------------------------------------------------------------------
    def key(self) -> dict[str, Any]:
        """What a build is keyed on: spec hash, source fingerprints, tokenizer hash and EOS.

        Returns:
            The key (compared before resuming or reusing an output folder).
        """
        return {
            "spec_sha256": self.spec.sha256(),
            "fingerprints": {s.name: s.fingerprint for s in self.sources},
            "tokenizer_sha256": self.tokenizer.sha256,
            "eos_token": self.tokenizer.eos_token,
        }

    def check_resume(self, saved_key: dict[str, Any]) -> None:
        """Refuse to resume a stream whose inputs changed: compare with the key saved at its start.

        Save :meth:`key` with a training checkpoint; on restart, call this before ``sequences(start=...)``.

        Args:
            saved_key: The key saved earlier.

        Raises:
            ResumeError: Naming what changed (spec, a source's files, added/removed sources, tokenizer).
        """
        key = self.key()
        if saved_key != key:
            raise ResumeError(f"the mixture's inputs changed since the saved position ({_diff(saved_key, key)})")

    # ---- layout ---------------------------------------------------------------------------------------
    @property
    def total_tokens(self) -> int:
        """Tokens of the training mixture (the plan's selected tokens)."""
        return int(self.offsets[-1])

    def sequence_count(self) -> tuple[int, int]:
        """Packed sequences and the tokens of the last, partial sequence.

        Returns:
            ``(sequences, tail tokens)``; with ``pack_tail: pad`` the tail is in a padded last sequence.
        """
        full, tail = divmod(self.total_tokens, self.spec.seq_len)
        return full + (1 if tail and self.spec.build.pack_tail == "pad" else 0), tail

    def _eos_id(self) -> int:
        if self.tokenizer.eos_id is not None:
            return self.tokenizer.eos_id
        if self.order_doc.shape[0]:
            ids = DocReader(self.sources, self.tokenizer).get(int(self.order_source[0]), int(self.order_doc[0]))
            return int(ids["input_ids"][-1])
        return 0

    # ---- streaming ------------------------------------------------------------------------------------
    def documents(self, start: int = 0, stop: int | None = None, reader: DocReader | None = None) -> Iterator[dict]:
        """Stream the training documents in mixture order.

        Args:
            start: First document position (resume from here; nothing before it is read).
            stop: End position (``None``: all).
            reader: A reader to reuse.

        Yields:
            Records as :meth:`DocReader.get` returns them.
        """
        reader = reader or DocReader(self.sources, self.tokenizer, self.spec.build.shuffle_window + 1)
        stop = self.order_doc.shape[0] if stop is None else min(stop, self.order_doc.shape[0])
        for k in range(start, stop):
            yield reader.get(int(self.order_source[k]), int(self.order_doc[k]))

    def sequences(self, start: int = 0) -> Iterator[np.ndarray]:
        """Stream packed training sequences (the rows of the built ``packed/*.npy``).

        Args:
            start: First sequence (resume from here: only the document it starts in is re-read before it).

        Yields:
            uint32 arrays of ``seq_len`` tokens.
        """
        L = self.spec.seq_len
        n_seq, _ = self.sequence_count()
        if start >= n_seq:
            return
        pos = start * L
        k = int(np.searchsorted(self.offsets, pos, side="right")) - 1
        buf: list[np.ndarray] = []
        have = 0
        skip = pos - int(self.offsets[k]) if k < self.order_doc.shape[0] else 0
        emitted = start
        for rec in self.documents(k):
            ids = rec["input_ids"][skip:]
            skip = 0
            buf.append(ids)
            have += ids.shape[0]
            while have >= L and emitted < n_seq:
                joined = np.concatenate(buf)
                yield joined[:L]
                emitted += 1
                buf, have = [joined[L:]], have - L
            if emitted >= n_seq:
                return
        if emitted < n_seq and have:
            yield np.concatenate([*buf, np.full(L - have, self._eos_id(), dtype=np.uint32)])

    def validation(self, domain: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """The validation holdout documents per domain, in holdout order.

        Args:
            domain: Only this domain (``None``: all).

        Returns:
            ``{domain: records}``.

        Raises:
            SpecError: If the domain has no holdout.
        """
        hold = self.plan.validation
        if domain is not None and domain not in hold:
            raise SpecError(f"no validation holdout for domain {domain!r}; {suggest(domain, list(hold))}")
        reader = DocReader(self.sources, self.tokenizer)
        names = [domain] if domain is not None else sorted(hold)
        return {d: reader.get_many(hold[d].source_index, hold[d].doc_index) for d in names}

    # ---- building -------------------------------------------------------------------------------------
    def manifest(self, outputs: dict[str, Any]) -> dict[str, Any]:
        """The manifest of a build with the given outputs (no time stamps, no absolute paths).

        Args:
            outputs: The ``outputs`` block.

        Returns:
            The manifest.
        """
        return {
            "format": FORMAT,
            "name": self.spec.name,
            "seed": self.spec.seed,
            "key": self.key(),
            "spec": self.spec.to_dict(with_output=False),
            "tokenizer": self.tokenizer.to_dict(),
            "sources": [d.manifest_entry(s) for d, s in zip(self.sources, self.spec.sources, strict=True)],
            "plan": self.plan.to_dict(),
            "plan_sha256": self.plan.sha256(),
            "outputs": outputs,
            "versions": _versions(),
        }

    def build(self, output: str | Path | None = None, *, overwrite: bool = False, log: Any = None) -> dict[str, Any]:
        """Write the mixture (see the module docs for the layout) and its manifest.

        Args:
            output: Output folder (default: the spec's ``output``).
            overwrite: Replace an output folder built from other inputs instead of refusing.
            log: Optional ``callable(str)`` for progress lines.

        Returns:
            The manifest (also in ``output/manifest.json``).

        Raises:
            ResumeError: If the folder holds a (partial) build with another key and ``overwrite`` is false.
            SpecError: If no output folder is given, or the budget is below one sequence with ``pack_tail: drop``.
        """
        out = Path(output) if output is not None else self.output
        if out is None:
            raise SpecError("no output folder: set spec.output or pass --output")
        say = log or (lambda msg: None)
        key = self.key()
        done = _check_output(out, key, overwrite)
        if isinstance(done, dict) and "outputs" in done:
            say(f"{out}: up to date (same spec, sources and tokenizer)")
            return done
        state = done or {"key": key, "parts": []}
        out.mkdir(parents=True, exist_ok=True)
        _write_json(out / STATE, state)
        formats = self.spec.build.formats
        L = self.spec.seq_len
        n_seq, tail = self.sequence_count()
        if "packed" in formats and n_seq == 0:
            raise SpecError(
                f"spec.total_tokens: the mixture has {self.total_tokens:,} tokens, less than one sequence of "
                f"{L:,}; raise total_tokens, lower seq_len or set build.pack_tail: pad"
            )
        per_part = max(1, self.spec.build.part_tokens // L)
        span = per_part * L
        T = self.total_tokens
        n_parts = max(1, math.ceil(T / span))
        packed_end = n_seq * L
        starts = np.searchsorted(self.offsets[:-1], np.arange(n_parts + 1) * span, side="left")
        starts[-1] = self.order_doc.shape[0]
        reader = DocReader(self.sources, self.tokenizer, self.spec.build.shuffle_window + 1)
        parts = state["parts"]
        carry: np.ndarray | None = None
        eos_id = self._eos_id() if self.spec.build.pack_tail == "pad" else 0
        for j in range(len(parts), n_parts):
            a, b = int(starts[j]), int(starts[j + 1])
            lo = j * span
            if carry is None:
                carry = np.zeros(0, dtype=np.uint32)
                if a > 0 and self.offsets[a] > lo:
                    prev = reader.get(int(self.order_source[a - 1]), int(self.order_doc[a - 1]))
                    carry = prev["input_ids"][lo - int(self.offsets[a - 1]) :]
            records = list(self.documents(a, b, reader))
            entry: dict[str, Any] = {"index": j}
            if "documents" in formats:
                path = out / "documents" / f"part-{j:05d}.parquet"
                _write_parquet(records, path)
                entry["documents"] = _file_info(
                    path, out, documents=b - a, tokens=int(self.offsets[b] - self.offsets[a])
                )
            stream = np.concatenate([carry, *[r["input_ids"] for r in records]]).astype(np.uint32, copy=False)
            need = max(0, min(span, packed_end - lo))
            carry = stream[need:]
            if "packed" in formats and need > 0:
                seq = stream[:need]
                if seq.shape[0] < need:
                    seq = np.concatenate([seq, np.full(need - seq.shape[0], eos_id, dtype=np.uint32)])
                path = out / "packed" / f"part-{j:05d}.npy"
                _write_npy(seq.reshape(-1, L), path)
                entry["packed"] = _file_info(path, out, sequences=need // L)
            parts.append(entry)
            _write_json(out / STATE, state)
            say(f"part {j + 1}/{n_parts}: {b - a:,} documents")
        validation = {}
        for domain, recs in self.validation().items():
            path = out / "validation" / f"{domain}.parquet"
            _write_parquet(recs, path)
            validation[domain] = _file_info(
                path, out, documents=len(recs), tokens=int(sum(r["n_tokens"] for r in recs))
            )
        outputs = {
            "train": {
                "documents": int(self.order_doc.shape[0]),
                "tokens": T,
                "seq_len": L,
                "sequences": n_seq,
                "packed_tokens": min(T, n_seq * L),
                "dropped_tokens": tail if self.spec.build.pack_tail == "drop" else 0,
                "padding_tokens": (L - tail) if (tail and self.spec.build.pack_tail == "pad") else 0,
                "documents_files": [p["documents"] for p in parts if "documents" in p],
                "packed_files": [p["packed"] for p in parts if "packed" in p],
            },
            "validation": validation,
        }
        manifest = self.manifest(outputs)
        _write_json(out / "plan.json", self.plan.to_dict())
        _write_json(out / "manifest.json", manifest)
        (out / STATE).unlink(missing_ok=True)
        say(f"{out}: {T:,} tokens, {self.order_doc.shape[0]:,} documents, {n_seq:,} sequences of {L}")
        return manifest


def _diff(old: dict[str, Any], new: dict[str, Any]) -> str:
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


def _check_output(out: Path, key: dict[str, Any], overwrite: bool) -> dict[str, Any] | None:
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
                f"{out} holds {kind} from other inputs ({_diff(existing.get('key', {}), key)}); it is not resumed or "
                "appended to: choose a new output folder, or pass overwrite=True (--overwrite) to rebuild it"
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
        if not all((out / f["file"]).is_file() and _file_info(out / f["file"], out) == _strip(f) for f in files):
            break
        good.append(part)
    return {"key": key, "parts": good}


def _strip(info: dict[str, Any]) -> dict[str, Any]:
    return {k: info[k] for k in ("file", "bytes", "sha256")}


def open_mixture(
    spec: str | Path | dict | MixtureSpec,
    output: str | Path | None = None,
    *,
    cache: bool = True,
    cache_dir: str | Path | None = None,
) -> Mixture:
    """Scan a spec's sources, plan the mixture and compute its order.

    Args:
        spec: Spec file, mapping or :class:`MixtureSpec`.
        output: Output folder (default: the spec's ``output``); its ``.cache`` keeps counts of shard sources.
        cache: Use the count cache.
        cache_dir: Count cache folder to use instead of ``output/.cache`` (e.g. one shared by sweep variants).

    Returns:
        The mixture.

    Raises:
        SpecError: If the spec or a source is wrong.
        PlanError: If the spec is infeasible.
    """
    spec = load_spec(spec)
    out = Path(output) if output is not None else (spec.resolve(spec.output) if spec.output else None)
    if cache_dir is None and out is not None:
        cache_dir = out / CACHE
    sources, tok = scan_sources(spec, Path(cache_dir) if (cache and cache_dir is not None) else None)
    plan = make_plan(spec, sources)
    src, doc = mixture_order(plan, sources, spec.build.shuffle_window)
    lengths = np.zeros(doc.shape[0] + 1, dtype=np.int64)
    for i, s in enumerate(sources):
        mask = src == i
        lengths[1:][mask] = s.tokens[doc[mask]]
    offsets = np.cumsum(lengths)
    return Mixture(spec, sources, tok, plan, src, doc, offsets, out)


def build(
    spec: str | Path | dict | MixtureSpec,
    output: str | Path | None = None,
    *,
    overwrite: bool = False,
    log: Any = None,
) -> dict[str, Any]:
    """Plan and build a mixture (see :meth:`Mixture.build`).

    Args:
        spec: Spec file, mapping or :class:`MixtureSpec`.
        output: Output folder (default: the spec's ``output``).
        overwrite: Replace a folder built from other inputs instead of refusing.
        log: Optional ``callable(str)`` for progress lines.

    Returns:
        The manifest.
    """
    mix = open_mixture(spec, output)
    return mix.build(mix.output, overwrite=overwrite, log=log)


def stream_documents(spec: str | Path | dict | MixtureSpec, *, start: int = 0) -> Iterator[dict[str, Any]]:
    """Stream a mixture's training documents without writing it (same order as a build).

    Args:
        spec: Spec file, mapping or :class:`MixtureSpec`.
        start: First document position.

    Yields:
        Document records (``input_ids`` as uint32 arrays).
    """
    yield from open_mixture(spec).documents(start)


def stream_sequences(spec: str | Path | dict | MixtureSpec, *, start: int = 0) -> Iterator[np.ndarray]:
    """Stream a mixture's packed sequences without writing it (the rows of a build's ``packed/*.npy``).

    Args:
        spec: Spec file, mapping or :class:`MixtureSpec`.
        start: First sequence (a restart at step ``k`` of batch ``b`` passes ``k * b``).

    Yields:
        uint32 arrays of ``seq_len`` tokens.
    """
    yield from open_mixture(spec).sequences(start)


def load_hf_dataset(output: str | Path, cache_dir: str | Path | None = None) -> Any:
    """A built mixture as a HF ``datasets.DatasetDict`` (imports ``datasets`` when called).

    Splits: ``train`` (the documents parts, in mixture order) and ``validation_<domain>`` per domain.

    Args:
        output: The build's output folder (built with the ``documents`` format).
        cache_dir: ``datasets`` cache folder.

    Returns:
        The dataset dict.
    """
    import re

    from datasets import load_dataset

    out = Path(output)
    outputs = read_manifest(out)["outputs"]
    files = {"train": [str(out / f["file"]) for f in outputs["train"]["documents_files"]]}
    for domain, info in outputs["validation"].items():
        files["validation_" + re.sub(r"\W", "_", domain)] = [str(out / info["file"])]
    kwargs = {"cache_dir": str(cache_dir)} if cache_dir else {}
    return load_dataset("parquet", data_files=files, **kwargs)
