"""Reading a mixture's sources: files, fingerprints, per-document token counts, the tokenizer.

Two kinds of folders are read, both through files only (no import of :mod:`chemtrove.tokenize`):

* shard folders written by ``chemtrove curate`` (parquet with ``id, text, source, domain, metadata``):
  documents are tokenized here with the spec's tokenizer, the spec's EOS appended; per-document counts are
  cached in ``<output>/.cache`` keyed by the source fingerprint and the tokenizer;
* tokenized folders written by ``chemtrove tokenizer encode`` (``token_counts.json`` and
  ``tokens/**.parquet`` with ``id, source, domain, input_ids, n_tokens``): counts come from ``n_tokens``.

A document is addressed by its source and its index among the source's rows (files sorted, row groups and
rows in file order, after ``select``); :class:`SourceData` keeps, per document, its token count, the parquet
row group it lives in and its row there.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from chemtrove.formats import (
    data_files,
    find_token_counts,
    read_token_counts,
)
from chemtrove.mixtures.spec import MixtureSpec, SourceSpec, SpecError
from chemtrove.mixtures.tokenizer_info import (  # noqa: F401 - tokenizer_file: re-exported (it lived here)
    TokenizerInfo,
    load_tokenizer_info,
    tokenizer_file,
)

SHARD_COLUMNS = ("id", "text", "source", "domain", "metadata")
TOKEN_COLUMNS = ("id", "source", "domain", "input_ids", "n_tokens")
CACHE_VERSION = 1


@dataclass
class SourceData:
    """One source's files and documents.

    Attributes:
        name: Source name (from the spec).
        domain: Domain label.
        format: ``shards`` or ``tokens``.
        root: The folder (or file) the source reads.
        files: Its parquet files, sorted.
        file_info: Per file: relative name, bytes, sha256.
        fingerprint: sha256 over the sorted file names, sizes and content hashes, and the ``select`` filter.
        tokens: Tokens per document (int64; EOS included).
        doc_block: Row group (index into :attr:`blocks`) of each document (int32).
        doc_row: Row of each document within its row group (int32).
        blocks: ``(file index, row group index)`` of each row group.
        counts_meta: For tokenized folders, their ``token_counts.json`` (tokenizer hash, EOS).
    """

    name: str
    domain: str
    format: str
    root: Path
    files: list[Path]
    file_info: list[dict[str, Any]]
    fingerprint: str
    tokens: np.ndarray
    doc_block: np.ndarray
    doc_row: np.ndarray
    blocks: list[tuple[int, int]]
    counts_meta: dict[str, Any] | None = None

    @property
    def n_docs(self) -> int:
        """Number of documents."""
        return int(self.tokens.shape[0])

    def manifest_entry(self, spec_source: SourceSpec) -> dict[str, Any]:
        """The manifest's record of this source.

        Args:
            spec_source: The source's spec.

        Returns:
            Path as written in the spec, format, domain, fingerprint, files, documents and tokens.
        """
        return {
            "name": self.name,
            "path": spec_source.path,
            "format": self.format,
            "domain": self.domain,
            "fingerprint": self.fingerprint,
            "files": self.file_info,
            "documents": self.n_docs,
            "tokens": int(self.tokens.sum()),
        }


def _sha256_file(path: Path, chunk: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def find_files(path: Path) -> list[Path]:
    """The parquet files of a source path: a file, or a folder searched by :func:`chemtrove.formats.data_files`.

    Args:
        path: File or folder.

    Returns:
        The files.

    Raises:
        SpecError: If the path does not exist or holds no parquet file.
    """
    if not path.exists():
        raise SpecError(f"source path {path} does not exist")
    files = data_files(path)
    if not files:
        raise SpecError(f"source path {path} holds no .parquet file")
    return files


def fingerprint_files(root: Path, files: list[Path], select: dict[str, Any] | None = None) -> tuple[str, list[dict]]:
    """Fingerprint of a source: sha256 over sorted relative names, sizes and content hashes.

    Args:
        root: The source path (names are relative to it).
        files: Its files.
        select: The row filter (part of what the source is).

    Returns:
        ``(fingerprint, file records)``; each record has ``name``, ``bytes``, ``sha256``.
    """
    base = root if root.is_dir() else root.parent
    info = []
    for f in files:
        info.append({"name": f.relative_to(base).as_posix(), "bytes": f.stat().st_size, "sha256": _sha256_file(f)})
    info.sort(key=lambda r: r["name"])
    h = hashlib.sha256()
    for r in info:
        h.update(f"{r['name']}\0{r['bytes']}\0{r['sha256']}\n".encode())
    h.update(json.dumps(select or {}, sort_keys=True).encode())
    return h.hexdigest(), info


def detect_format(path: Path, files: list[Path]) -> str:
    """``tokens`` or ``shards`` from a source's files.

    Args:
        path: Source path.
        files: Its parquet files.

    Returns:
        The format.

    Raises:
        SpecError: If the files have neither ``text`` nor ``input_ids``.
    """
    import pyarrow.parquet as pq

    if find_token_counts(path) is not None:
        return "tokens"
    names = pq.read_schema(files[0]).names
    if "input_ids" in names and "n_tokens" in names:
        return "tokens"
    if "text" in names:
        return "shards"
    raise SpecError(f"{files[0]}: neither a shard file (column text) nor a tokenized file (input_ids, n_tokens)")


def _row_mask(table: Any, select: dict[str, Any]) -> np.ndarray:
    n = table.num_rows
    mask = np.ones(n, dtype=bool)
    for col, allowed in select.items():
        values = table.column(col).to_pylist()
        ok = set(allowed)
        mask &= np.fromiter((v in ok for v in values), dtype=bool, count=n)
    return mask


def _scan_layout(files: list[Path], select: dict[str, Any], extra: list[str]) -> Any:
    """Yield ``(block index, file index, rg index, selected rows, table of extra+select columns)``."""
    import pyarrow.parquet as pq

    b = 0
    for fi, f in enumerate(files):
        pf = pq.ParquetFile(f)
        missing = [c for c in [*select, *extra] if c not in pf.schema_arrow.names]
        if missing:
            raise SpecError(f"{f}: missing column(s) {', '.join(missing)}")
        cols = list(dict.fromkeys([*extra, *select]))
        for rg in range(pf.num_row_groups):
            table = pf.read_row_group(rg, columns=cols) if cols else None
            n = pf.metadata.row_group(rg).num_rows
            rows = np.flatnonzero(_row_mask(table, select)) if select else np.arange(n)
            yield b, fi, rg, rows, table
            b += 1


def _domain_of(name: str, spec_source: SourceSpec, seen: set[str]) -> str:
    if spec_source.domain is not None:
        return spec_source.domain
    if len(seen) == 1:
        return next(iter(seen))
    if not seen:
        raise SpecError(f"source {name!r}: no rows, so no domain; set sources[].domain or fix select")
    raise SpecError(
        f"source {name!r}: its rows have several domains ({', '.join(sorted(seen))}); set sources[].domain, or "
        "split it with select: {domain: [...]}"
    )


def _count_layout(
    files: list[Path], select: dict[str, Any], column: str, tok: TokenizerInfo | None, batch_size: int
) -> tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray], list[tuple[int, int]], set[str]]:
    """Walk a source's selected rows, row group by row group, and count each document's tokens.

    Args:
        files: The source's parquet files.
        select: Row selection (``Select.to_dict()``).
        column: ``n_tokens`` (a tokenized folder: counts read) or ``text`` (shards: counts by encoding).
        tok: The tokenizer, for ``text`` (its EOS token, if any, counts one per document).
        batch_size: Texts encoded per ``encode_batch`` call.

    Returns:
        Per row group the token count, block and row of each selected document; the blocks; the domains seen.
    """
    tokens, blocks_of, rows_of, blocks, domains = [], [], [], [], set()
    extra = 1 if tok is not None and tok.eos_id is not None else 0
    for b, fi, rg, rows, table in _scan_layout(files, select, [column, "domain"]):
        blocks.append((fi, rg))
        if tok is None:
            n_tok = table.column(column).to_numpy()
            tokens.append(n_tok[rows].astype(np.int64))
        else:
            texts = table.column(column).to_pylist()
            sel = [texts[r] or "" for r in rows]
            counts = np.zeros(len(sel), dtype=np.int64)
            for start in range(0, len(sel), batch_size):
                enc = tok.tokenizer.encode_batch(sel[start : start + batch_size])
                counts[start : start + len(enc)] = [len(e.ids) + extra for e in enc]
            tokens.append(counts)
        blocks_of.append(np.full(len(rows), b, dtype=np.int32))
        rows_of.append(rows.astype(np.int32))
        if len(rows):
            domains.update(np.asarray(table.column("domain").to_pylist(), dtype=object)[rows].tolist())
    return tokens, blocks_of, rows_of, blocks, domains


def scan_source(
    spec: MixtureSpec,
    source: SourceSpec,
    tok: TokenizerInfo | None,
    cache_dir: Path | None = None,
    batch_size: int = 1000,
) -> SourceData:
    """Read a source's layout and per-document token counts.

    Args:
        spec: The spec (for path resolution).
        source: The source to scan.
        tok: The tokenizer (required for shard sources).
        cache_dir: Where per-document counts of shard sources are cached (``None``: no cache).
        batch_size: Texts encoded per ``encode_batch`` call.

    Returns:
        The source's data.

    Raises:
        SpecError: If the source cannot be read, or a shard source has no tokenizer.
    """
    root = spec.resolve(source.path)
    files = find_files(root)
    select = source.select.to_dict()
    fmt = source.format if source.format != "auto" else detect_format(root, files)
    fingerprint, info = fingerprint_files(root, files, select)
    counts_meta = None
    if fmt == "tokens":
        counts_meta = read_token_counts(root) or {}
        tokens, blocks_of, rows_of, blocks, domains = _count_layout(files, select, "n_tokens", None, batch_size)
        domain = _domain_of(source.name, source, domains)
        return SourceData(
            source.name,
            domain,
            fmt,
            root,
            files,
            info,
            fingerprint,
            _cat(tokens, np.int64),
            _cat(blocks_of, np.int32),
            _cat(rows_of, np.int32),
            blocks,
            counts_meta,
        )
    if tok is None or tok.tokenizer is None:
        raise SpecError(
            f"source {source.name!r} is a shard folder: its tokens must be counted, so spec.tokenizer must name "
            "a tokenizer.json (or point the source at a tokenized folder from `chemtrove tokenizer encode`)"
        )
    key = hashlib.sha256(f"{CACHE_VERSION}\0{fingerprint}\0{tok.sha256}\0{tok.eos_token}".encode()).hexdigest()[:24]
    cached = _read_cache(cache_dir, source.name, key) if cache_dir else None
    if cached is not None:
        arrays, meta = cached
        return SourceData(
            source.name,
            _domain_of(source.name, source, set(meta["domains"])),
            fmt,
            root,
            files,
            info,
            fingerprint,
            arrays["tokens"].astype(np.int64),
            arrays["block"].astype(np.int32),
            arrays["row"].astype(np.int32),
            [tuple(b) for b in meta["blocks"]],
        )
    tokens, blocks_of, rows_of, blocks, domains = _count_layout(files, select, "text", tok, batch_size)
    data = SourceData(
        source.name,
        _domain_of(source.name, source, domains),
        fmt,
        root,
        files,
        info,
        fingerprint,
        _cat(tokens, np.int64),
        _cat(blocks_of, np.int32),
        _cat(rows_of, np.int32),
        blocks,
    )
    if cache_dir:
        _write_cache(cache_dir, source.name, key, data, sorted(domains))
    return data


def _cat(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype=dtype)


def _read_cache(cache_dir: Path, name: str, key: str) -> tuple[dict[str, np.ndarray], dict] | None:
    base = cache_dir / f"counts-{name}-{key}"
    npy, meta = base.with_suffix(".npy"), base.with_suffix(".json")
    if not (npy.is_file() and meta.is_file()):
        return None
    try:
        arr = np.load(npy, allow_pickle=False)
        return {k: arr[k] for k in ("tokens", "block", "row")}, json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError):
        return None


def _write_cache(cache_dir: Path, name: str, key: str, data: SourceData, domains: list[str]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    base = cache_dir / f"counts-{name}-{key}"
    arr = np.zeros(data.n_docs, dtype=[("tokens", "<i8"), ("block", "<i4"), ("row", "<i4")])
    arr["tokens"], arr["block"], arr["row"] = data.tokens, data.doc_block, data.doc_row
    tmp = base.with_suffix(".tmp.npy")
    np.save(tmp, arr, allow_pickle=False)
    tmp.replace(base.with_suffix(".npy"))
    meta = {"blocks": [list(b) for b in data.blocks], "domains": domains, "fingerprint": data.fingerprint}
    base.with_suffix(".json").write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")


def scan_sources(spec: MixtureSpec, cache_dir: Path | None = None) -> tuple[list[SourceData], TokenizerInfo]:
    """Scan every source of a spec and check that they share one tokenizer and EOS.

    Args:
        spec: The mixture spec.
        cache_dir: Cache of per-document counts of shard sources (``None``: no cache).

    Returns:
        ``(sources in spec order, tokenizer info)``.

    Raises:
        SpecError: If a source cannot be read, or tokenized folders disagree with each other or with the
            spec's tokenizer.
    """
    tok = load_tokenizer_info(spec)
    data = [scan_source(spec, s, tok, cache_dir) for s in spec.sources]
    tokenized = [(d, d.counts_meta or {}) for d in data if d.format == "tokens"]
    for d, meta in tokenized:
        sha, eos = meta.get("tokenizer_sha256"), meta.get("eos_token")
        if tok is not None and sha is not None and sha != tok.sha256:
            raise SpecError(
                f"source {d.name!r}: its tokenized folder was written with another tokenizer (sha256 {sha[:12]}..., "
                f"the spec's is {tok.sha256[:12]}...); re-encode it with spec.tokenizer or point spec.tokenizer at "
                "the tokenizer it was encoded with"
            )
        if tok is not None and tok.eos_token is not None and "eos_token" in meta and eos != tok.eos_token:
            raise SpecError(
                f"source {d.name!r}: its documents end with {eos!r} but spec.eos_token resolves to "
                f"{tok.eos_token!r}; make them equal (re-encode with --eos-token, or set spec.eos_token)"
            )
        if "eos_token" in meta and eos is None:
            raise SpecError(
                f"source {d.name!r}: its tokenized folder has no EOS token after each document, so packed "
                "documents would run together; re-encode it with `chemtrove tokenizer encode --eos-token ...`"
            )
    if tok is None:
        if not tokenized:
            raise SpecError("spec.tokenizer: missing; name the tokenizer.json the mixture is counted with")
        metas = [m for _, m in tokenized]
        shas = {m.get("tokenizer_sha256") for m in metas}
        eoss = {m.get("eos_token") for m in metas}
        if len(shas) > 1 or len(eoss) > 1:
            names = ", ".join(d.name for d, _ in tokenized)
            raise SpecError(
                f"sources {names}: tokenized with different tokenizers or EOS tokens; re-encode them with one "
                "tokenizer (and set spec.tokenizer to it)"
            )
        eos = next(iter(eoss))
        tok = TokenizerInfo(next(iter(shas)), metas[0].get("vocab_size"), eos, None)
    return data, tok
