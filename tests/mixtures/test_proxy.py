"""The bigram proxy: a proper distribution, and lower loss on the data it was fitted on."""

from __future__ import annotations

import numpy as np

from chemtrove.mixtures import BigramLM


def test_distribution_sums_to_one_and_fits():
    rng = np.random.default_rng(0)
    V = 50
    a = rng.integers(0, 25, size=5000)  # domain A uses ids 0..24
    b = rng.integers(25, 50, size=5000)
    lm = BigramLM(V).fit([a[:2500], a[2500:]])
    for ctx in (0, 3, 30):
        p = np.exp(lm.logprob(np.full(V, ctx), np.arange(V)))
        assert abs(p.sum() - 1) < 1e-9
    assert lm.loss([a[:100]]) < lm.loss([b[:100]])
    mixed = BigramLM(V).fit([np.concatenate([a, b])])
    assert mixed.loss([b[:500]]) < lm.loss([b[:500]])
    total, n = lm.nll(np.array([1, 2, 3]), start=4)
    assert n == 3 and total > 0


def test_chunked_fit_equals_single_fit():
    rng = np.random.default_rng(1)
    x = rng.integers(0, 300, size=20000)
    one = BigramLM(300).fit([x])
    parts = BigramLM(300)
    parts._merge(x[:-1][:9999] * 300 + x[1:][:9999])
    parts._merge(x[:-1][9999:] * 300 + x[1:][9999:])
    assert np.array_equal(one.keys, parts.keys) and np.array_equal(one.counts, parts.counts)
