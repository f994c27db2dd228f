"""A cheap, real proxy for mixture ablations: a smoothed bigram language model over token ids.

Fitting a :class:`BigramLM` on a mixture's training tokens and scoring each domain's validation holdout gives
per-domain cross-entropies (nats per token) that move the way a small model's losses move with the mixture
(more tokens of a domain: lower loss on it), in seconds and without torch. It is a proxy for comparing
mixtures, not a substitute for training: it sees only one token of context. ``chemtrove.train``'s CPT recipe
replaces it when a tiny transformer per variant is affordable.

Smoothing is interpolated Witten-Bell over an add-``alpha`` unigram:
``P(w | v) = (c(v, w) + T(v) P1(w)) / (c(v) + T(v))`` with ``T(v)`` the number of distinct followers of
``v``, and ``P1(w) = (c(w) + alpha) / (N + alpha V)``; a context never seen falls back to ``P1``.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


class BigramLM:
    """Interpolated (Witten-Bell) bigram model over token ids.

    Args:
        vocab_size: Number of ids (every id must be below it).
        alpha: Add-alpha smoothing of the unigram distribution.
    """

    def __init__(self, vocab_size: int, alpha: float = 0.1) -> None:
        if vocab_size < 1:
            raise ValueError("vocab_size must be >= 1")
        self.vocab_size = int(vocab_size)
        self.alpha = float(alpha)
        self.keys = np.zeros(0, dtype=np.int64)
        self.counts = np.zeros(0, dtype=np.int64)
        self.unigram = np.zeros(self.vocab_size, dtype=np.int64)
        self.context = np.zeros(self.vocab_size, dtype=np.int64)
        self.followers = np.zeros(self.vocab_size, dtype=np.int64)

    def fit(self, streams: Iterable[np.ndarray]) -> BigramLM:
        """Count unigrams and bigrams; each array is a contiguous run of tokens (bigrams stay inside it).

        Args:
            streams: Token arrays, e.g. the rows of packed sequences (or one long array).

        Returns:
            The fitted model (self).

        Raises:
            ValueError: If an id is not below ``vocab_size``.
        """
        V = self.vocab_size
        keys: list[np.ndarray] = []
        for arr in streams:
            a = np.asarray(arr, dtype=np.int64).reshape(-1)
            if a.size and int(a.max()) >= V:
                raise ValueError(f"token id {int(a.max())} is not below vocab_size {V}")
            self.unigram += np.bincount(a, minlength=V)
            if a.size > 1:
                keys.append(a[:-1] * V + a[1:])
            if sum(k.size for k in keys) > 1 << 24:
                self._merge(np.concatenate(keys))
                keys = []
        if keys:
            self._merge(np.concatenate(keys))
        ctx = self.keys // V
        self.context = np.bincount(ctx, weights=self.counts, minlength=V).astype(np.int64)
        self.followers = np.bincount(ctx, minlength=V).astype(np.int64)
        return self

    def _merge(self, new: np.ndarray) -> None:
        k, c = np.unique(new, return_counts=True)
        if self.keys.size:
            allk = np.concatenate([self.keys, k])
            allc = np.concatenate([self.counts, c])
            order = np.argsort(allk, kind="stable")
            allk, allc = allk[order], allc[order]
            starts = np.flatnonzero(np.r_[True, allk[1:] != allk[:-1]])
            self.keys, self.counts = allk[starts], np.add.reduceat(allc, starts)
        else:
            self.keys, self.counts = k, c.astype(np.int64)

    def unigram_prob(self, ids: np.ndarray) -> np.ndarray:
        """Smoothed unigram probabilities.

        Args:
            ids: Token ids.

        Returns:
            ``P1(ids)``.
        """
        n = float(self.unigram.sum())
        return (self.unigram[ids] + self.alpha) / (n + self.alpha * self.vocab_size)

    def logprob(self, prev: np.ndarray, nxt: np.ndarray) -> np.ndarray:
        """Natural-log probabilities of ``nxt`` after ``prev``.

        Args:
            prev: Context ids.
            nxt: Predicted ids.

        Returns:
            ``log P(nxt | prev)``.
        """
        prev = np.asarray(prev, dtype=np.int64)
        nxt = np.asarray(nxt, dtype=np.int64)
        p1 = self.unigram_prob(nxt)
        keys = prev * self.vocab_size + nxt
        idx = np.searchsorted(self.keys, keys)
        idx = np.minimum(idx, max(self.keys.size - 1, 0))
        hit = self.keys[idx] == keys if self.keys.size else np.zeros(keys.shape, dtype=bool)
        cvw = np.where(hit, self.counts[idx] if self.keys.size else 0, 0)
        cv, tv = self.context[prev], self.followers[prev]
        denom = cv + tv
        p = np.where(denom > 0, (cvw + tv * p1) / np.maximum(denom, 1), p1)
        return np.log(p)

    def nll(self, ids: np.ndarray, start: int | None = None) -> tuple[float, int]:
        """Total negative log-likelihood of one document.

        Args:
            ids: The document's ids.
            start: Context of the first token (e.g. the EOS id, as in packed training); ``None``: the first
                token is scored by the unigram model.

        Returns:
            ``(nats, tokens scored)``.
        """
        a = np.asarray(ids, dtype=np.int64).reshape(-1)
        if a.size == 0:
            return 0.0, 0
        total = 0.0
        if start is None:
            total -= float(np.log(self.unigram_prob(a[:1]))[0])
        else:
            total -= float(self.logprob(np.array([start]), a[:1])[0])
        if a.size > 1:
            total -= float(self.logprob(a[:-1], a[1:]).sum())
        return total, int(a.size)

    def loss(self, documents: Iterable[np.ndarray], start: int | None = None) -> float:
        """Mean negative log-likelihood per token (nats) over documents.

        Args:
            documents: Token arrays, each scored on its own.
            start: Context of each first token (see :meth:`nll`).

        Returns:
            Nats per token (``nan`` with no tokens).
        """
        nats, n = 0.0, 0
        for doc in documents:
            a, b = self.nll(doc, start)
            nats += a
            n += b
        return nats / n if n else float("nan")
