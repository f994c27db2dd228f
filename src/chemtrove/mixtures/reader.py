"""Random access to a mixture's documents by (source, document), one parquet row group at a time."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import numpy as np

from chemtrove.mixtures.files import ResumeError
from chemtrove.mixtures.sources import SourceData
from chemtrove.mixtures.tokenizer_info import TokenizerInfo

_SHARD_READ = ("id", "text", "source", "metadata")


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
