"""Tokenize curated shards for training, with token counts per source for the mixtures.

Shards are chemtrove's parquet files (columns ``id``, ``text``, ``source``, ``domain``, ``metadata``; see
:data:`chemtrove.formats.SHARD_SCHEMA`). :func:`tokenize_shards` writes, for each input file, a
parquet file of token ids (``input_ids`` as ``list<uint32>``) next to a ``token_counts.json`` that the
mixture planner reads; :func:`count_tokens` gives the counts without writing ids. For billions of tokens,
:func:`datatrove_tokenizer` returns datatrove's ``DocumentTokenizer`` set up with the extended
tokenizer.json, to run in a datatrove pipeline on Slurm.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.formats import (
    AUTO,
    iter_documents,
    load_tokenizer_json,
    resolve_eos_token,
    shard_files,
    tokenizer_json_path,
    tokenizer_sha256,
    write_token_counts,
)

if TYPE_CHECKING:
    from tokenizers import Tokenizer


def iter_texts(shards: str | Path | Iterable[str | Path], max_docs: int | None = None) -> Iterator[str]:
    """The ``text`` column of shards, in file order.

    Args:
        shards: Shard folder(s) or file(s).
        max_docs: Stop after this many texts.

    Yields:
        Each text.
    """
    for doc in iter_documents(shards, max_docs=max_docs):
        yield doc["text"]


def _encode_docs(
    docs: list[dict[str, str]], tok: Tokenizer, eos_id: int | None, add_special_tokens: bool
) -> list[list[int]]:
    encoded = tok.encode_batch([d["text"] for d in docs], add_special_tokens=add_special_tokens)
    out = []
    for e in encoded:
        ids = e.ids
        if eos_id is not None:
            ids = [*ids, eos_id]
        out.append(ids)
    return out


def _batches(it: Iterator[dict[str, str]], size: int) -> Iterator[list[dict[str, str]]]:
    batch: list[dict[str, str]] = []
    for doc in it:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _add(counts: dict[str, dict[str, Any]], doc: dict[str, str], n: int) -> None:
    entry = counts.setdefault(doc["source"], {"domain": doc["domain"], "documents": 0, "tokens": 0})
    entry["documents"] += 1
    entry["tokens"] += n


def _summary(counts: dict[str, dict[str, Any]], tok: Tokenizer, eos: str | None) -> dict[str, Any]:
    domains: dict[str, dict[str, int]] = {}
    for entry in counts.values():
        d = domains.setdefault(entry["domain"], {"documents": 0, "tokens": 0})
        d["documents"] += entry["documents"]
        d["tokens"] += entry["tokens"]
    return {
        "tokenizer_sha256": tokenizer_sha256(tok),
        "vocab_size": tok.get_vocab_size(with_added_tokens=True),
        "eos_token": eos,
        "total_documents": sum(e["documents"] for e in counts.values()),
        "total_tokens": sum(e["tokens"] for e in counts.values()),
        "sources": dict(sorted(counts.items())),
        "domains": dict(sorted(domains.items())),
    }


def count_tokens(
    shards: str | Path | Iterable[str | Path],
    tokenizer: str | Path | Tokenizer,
    *,
    eos_token: str | None = AUTO,
    add_special_tokens: bool = True,
    batch_size: int = 1000,
    max_docs: int | None = None,
) -> dict[str, Any]:
    """Count tokens per source and per domain, without writing ids.

    Args:
        shards: Shard folder(s) or file(s).
        tokenizer: The (extended) tokenizer: object, tokenizer.json path or folder.
        eos_token: Token appended to every document (counted); ``"auto"``: the ``eos_token`` of the
            folder's tokenizer_config.json if there is one; ``None``: none.
        add_special_tokens: Let the tokenizer's post-processor add its tokens (e.g. Llama-3's BOS).
        batch_size: Documents encoded per ``encode_batch`` call.
        max_docs: Stop after this many documents.

    Returns:
        ``{"sources": {source: {"domain", "documents", "tokens"}}, "domains": {...}, "total_tokens",
        "total_documents", "vocab_size", "tokenizer_sha256", "eos_token"}``.
    """
    tok = load_tokenizer_json(tokenizer)
    eos = resolve_eos_token(tokenizer, eos_token)
    eos_id = _eos_id(tok, eos)
    counts: dict[str, dict[str, Any]] = {}
    for batch in _batches(iter_documents(shards, max_docs=max_docs), batch_size):
        for doc, ids in zip(batch, _encode_docs(batch, tok, eos_id, add_special_tokens), strict=True):
            _add(counts, doc, len(ids))
    return _summary(counts, tok, eos)


def _eos_id(tok: Tokenizer, eos: str | None) -> int | None:
    if eos is None:
        return None
    eos_id = tok.token_to_id(eos)
    if eos_id is None:
        raise ValueError(f"eos_token {eos!r} is not a token of this tokenizer")
    return eos_id


TOKENS_SCHEMA_FIELDS = ("id", "source", "domain", "input_ids", "n_tokens")
"""Columns of the tokenized parquet files."""


def tokenize_shards(
    shards: str | Path | Iterable[str | Path],
    tokenizer: str | Path | Tokenizer,
    out_dir: str | Path,
    *,
    eos_token: str | None = AUTO,
    add_special_tokens: bool = True,
    batch_size: int = 1000,
    max_docs: int | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Tokenize shards into parquet files of ids and write ``token_counts.json``.

    For each input parquet file, ``out_dir/tokens/<same relative path>`` holds one row per document:
    ``id``, ``source``, ``domain``, ``input_ids`` (``list<uint32>``, the EOS id appended) and ``n_tokens``.
    The same input and tokenizer give byte-identical files.

    Args:
        shards: Shard folder(s) or file(s).
        tokenizer: The (extended) tokenizer: object, tokenizer.json path or folder.
        out_dir: Output folder.
        eos_token: Token appended to every document; ``"auto"``: the ``eos_token`` of the folder's
            tokenizer_config.json if there is one; ``None``: none.
        add_special_tokens: Let the tokenizer's post-processor add its tokens (e.g. Llama-3's BOS).
        batch_size: Documents encoded per ``encode_batch`` call (and rows per parquet row group).
        max_docs: Stop after this many documents.
        progress: Show a progress bar over documents on stderr (its total read from the parquet footers).

    Returns:
        The token counts (as in :func:`count_tokens`), also written to ``out_dir/token_counts.json``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq
    from tqdm import tqdm

    tok = load_tokenizer_json(tokenizer)
    eos = resolve_eos_token(tokenizer, eos_token)
    eos_id = _eos_id(tok, eos)
    out = Path(out_dir)
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("domain", pa.string()),
            ("input_ids", pa.list_(pa.uint32())),
            ("n_tokens", pa.int64()),
        ]
    )
    counts: dict[str, dict[str, Any]] = {}
    files = shard_files(shards)
    roots = [Path(s) for s in ([shards] if isinstance(shards, str | Path) else shards)]
    remaining = max_docs
    total = sum(pq.ParquetFile(f).metadata.num_rows for f in files) if progress else None
    bar = tqdm(
        total=min(total, max_docs) if total is not None and max_docs is not None else total,
        unit="doc",
        desc="tokenize",
        disable=not progress,
    )
    for path in files:
        if remaining is not None and remaining <= 0:
            break
        root = next((r for r in roots if r.is_dir() and path.is_relative_to(r)), None)
        rel = path.relative_to(root) if root is not None else Path(path.name)
        target = out / "tokens" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with pq.ParquetWriter(target, schema, compression="zstd") as writer:
            for batch in _batches(iter_documents(path, max_docs=remaining), batch_size):
                ids = _encode_docs(batch, tok, eos_id, add_special_tokens)
                for doc, row in zip(batch, ids, strict=True):
                    _add(counts, doc, len(row))
                table = pa.table(
                    {
                        "id": [d["id"] for d in batch],
                        "source": [d["source"] for d in batch],
                        "domain": [d["domain"] for d in batch],
                        "input_ids": ids,
                        "n_tokens": [len(r) for r in ids],
                    },
                    schema=schema,
                )
                writer.write_table(table)
                bar.update(len(batch))
                if remaining is not None:
                    remaining -= len(batch)
    bar.close()
    summary = _summary(counts, tok, eos)
    write_token_counts(out, summary)
    return summary


def read_token_ids(path: str | Path) -> list[list[int]]:
    """Read back the ``input_ids`` of a tokenized parquet file.

    Args:
        path: A file written by :func:`tokenize_shards`.

    Returns:
        One list of ids per document.
    """
    import pyarrow.parquet as pq

    return pq.read_table(path, columns=["input_ids"]).column("input_ids").to_pylist()


def datatrove_tokenizer(tokenizer_dir: str | Path, output_folder: str, **kwargs: Any) -> Any:
    """datatrove's ``DocumentTokenizer`` set up with an extended tokenizer folder.

    The step writes datatrove's binary token files (``.ds`` + ``.ds.index``, uint16 or uint32 by vocabulary
    size) for nanotron-style training; put it after a ``ParquetReader`` of the shards.

    Args:
        tokenizer_dir: A folder written by :func:`chemtrove.tokenize.save_pretrained` (or a tokenizer.json).
        output_folder: Where datatrove writes the token files (local path or fsspec URL).
        **kwargs: Passed to ``DocumentTokenizer`` (e.g. ``shuffle_documents=False``, ``max_tokens_per_file``).
            ``eos_token`` defaults to the folder's tokenizer_config.json ``eos_token``.

    Returns:
        The ``datatrove.pipeline.tokens.DocumentTokenizer`` step.
    """
    from datatrove.pipeline.tokens import DocumentTokenizer

    path = Path(tokenizer_dir)
    file = tokenizer_json_path(path)
    if "eos_token" not in kwargs and path.is_dir():
        kwargs["eos_token"] = resolve_eos_token(path, AUTO)
    return DocumentTokenizer(output_folder=output_folder, tokenizer_name_or_path=str(file.resolve()), **kwargs)
