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

import math
import platform
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from chemtrove.formats import MIXTURE_FORMAT, load_packed, read_manifest  # noqa: F401 - load_packed: its old home
from chemtrove.mixtures.files import (
    STATE,
    ResumeError,
    check_output,
    file_info,
    key_diff,
    write_json,
    write_npy,
    write_parquet,
)
from chemtrove.mixtures.plan import Plan, make_plan, mixture_order
from chemtrove.mixtures.reader import DocReader
from chemtrove.mixtures.sources import SourceData, scan_sources
from chemtrove.mixtures.spec import MixtureSpec, SpecError, load_spec, suggest
from chemtrove.mixtures.tokenizer_info import TokenizerInfo

FORMAT = MIXTURE_FORMAT
CACHE = ".cache"


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
            raise ResumeError(f"the mixture's inputs changed since the saved position ({key_diff(saved_key, key)})")

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
        done = check_output(out, key, overwrite)
        if isinstance(done, dict) and "outputs" in done:
            say(f"{out}: up to date (same spec, sources and tokenizer)")
            return done
        state = done or {"key": key, "parts": []}
        out.mkdir(parents=True, exist_ok=True)
        write_json(out / STATE, state)
        L = self.spec.seq_len
        n_seq, tail = self.sequence_count()
        if "packed" in self.spec.build.formats and n_seq == 0:
            raise SpecError(
                f"spec.total_tokens: the mixture has {self.total_tokens:,} tokens, less than one sequence of "
                f"{L:,}; raise total_tokens, lower seq_len or set build.pack_tail: pad"
            )
        parts = self._write_parts(out, state, n_seq, say)
        T = self.total_tokens
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
            "validation": self._write_validation(out),
        }
        manifest = self.manifest(outputs)
        write_json(out / "plan.json", self.plan.to_dict())
        write_json(out / "manifest.json", manifest)
        (out / STATE).unlink(missing_ok=True)
        say(f"{out}: {T:,} tokens, {self.order_doc.shape[0]:,} documents, {n_seq:,} sequences of {L}")
        return manifest

    def _write_parts(self, out: Path, state: dict[str, Any], n_seq: int, say: Any) -> list[dict[str, Any]]:
        """Write the parts a (resumed) build still lacks, recording each in the state file as it is done.

        Args:
            out: Output folder.
            state: The build state (its ``parts`` are the complete ones; the list is extended in place).
            n_seq: Packed sequences in the whole mixture.
            say: ``callable(str)`` for progress lines.

        Returns:
            Every part's entry (``index``, and ``documents``/``packed`` file info).
        """
        formats = self.spec.build.formats
        L = self.spec.seq_len
        per_part = max(1, self.spec.build.part_tokens // L)
        span = per_part * L
        n_parts = max(1, math.ceil(self.total_tokens / span))
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
                write_parquet(records, path)
                entry["documents"] = file_info(
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
                write_npy(seq.reshape(-1, L), path)
                entry["packed"] = file_info(path, out, sequences=need // L)
            parts.append(entry)
            write_json(out / STATE, state)
            say(f"part {j + 1}/{n_parts}: {b - a:,} documents")
        return parts

    def _write_validation(self, out: Path) -> dict[str, Any]:
        """Write the holdout, one parquet file per domain; return each file's info by domain."""
        validation = {}
        for domain, recs in self.validation().items():
            path = out / "validation" / f"{domain}.parquet"
            write_parquet(recs, path)
            validation[domain] = file_info(path, out, documents=len(recs), tokens=int(sum(r["n_tokens"] for r in recs)))
        return validation


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
