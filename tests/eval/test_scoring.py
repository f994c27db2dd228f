"""pass@k against brute-force enumeration; multiple-choice metrics by hand; sampling is reproducible."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from chemtrove.eval.scoring import (
    choice_metrics,
    default_check,
    multiple_choice,
    pass_at_k,
    sample_completions,
    sampled_pass_at_k,
)


def brute_force_pass_at_k(n: int, c: int, k: int) -> float:
    """Share of the k-subsets of n samples (the first c correct) that hold at least one correct sample."""
    samples = [True] * c + [False] * (n - c)
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(samples[i] for i in s) for s in subsets) / len(subsets)


@pytest.mark.parametrize("n", range(1, 9))
def test_pass_at_k_equals_enumeration(n):
    for c in range(n + 1):
        for k in range(1, n + 1):
            assert pass_at_k(n, c, k) == pytest.approx(brute_force_pass_at_k(n, c, k), abs=1e-12)
            assert pass_at_k(n, c, k) == pytest.approx(1 - math.comb(n - c, k) / math.comb(n, k), abs=1e-12)


def test_pass_at_k_large_n_and_errors():
    assert pass_at_k(200, 1, 1) == pytest.approx(1 / 200)
    assert pass_at_k(1000, 10, 100) == pytest.approx(1 - math.comb(990, 100) / math.comb(1000, 100), rel=1e-9)
    for bad in ((3, 4, 1), (3, 1, 0), (3, 1, 4), (3, -1, 1)):
        with pytest.raises(ValueError):
            pass_at_k(*bad)


def test_choice_metrics_by_hand():
    # log-likelihoods of three options; lengths favour option 2 once normalized per character
    ll = [-4.0, -3.0, -5.0]
    m = choice_metrics(ll, gold=2, lengths=[2, 2, 10])
    assert m["acc"] == 0.0 and m["pred"] == 1.0
    assert m["acc_norm"] == 1.0  # -5/10 > -3/2 > -4/2
    z = math.exp(-4) + math.exp(-3) + math.exp(-5)
    assert m["p_gold"] == pytest.approx(math.exp(-5) / z)
    assert m["margin"] == pytest.approx(-5.0 - (-3.0))
    m = choice_metrics(ll, gold=1)
    assert m["acc"] == 1.0 and m["margin"] == pytest.approx(1.0) and m["acc_norm"] == 1.0
    with pytest.raises(ValueError):
        choice_metrics([-1.0], gold=0)
    with pytest.raises(ValueError):
        choice_metrics([-1.0, -2.0], gold=2)


def test_multiple_choice_with_a_model(tokenizer, random_model):
    options = [" C2H6O", " C3H8", " CH4", " C6H6"]
    items = [
        {"prompt": "The molecular formula of [START_SMILES]CCO[END_SMILES] is", "options": options, "gold": g}
        for g in range(4)
    ]
    out = multiple_choice(random_model, tokenizer, items, batch_size=3)
    p = [it["p_gold"] for it in out["per_item"]]
    assert sum(p) == pytest.approx(1.0)  # p(gold) renormalized over the options
    assert out["acc"] == pytest.approx(0.25)  # exactly one gold index is the argmax
    assert out["chance"] == pytest.approx(0.25)
    assert out["p_gold"] == pytest.approx(0.25)
    # `answer` stands in for `gold`
    alt = multiple_choice(
        random_model, tokenizer, [{"prompt": items[0]["prompt"], "options": options, "answer": " CH4"}]
    )
    assert alt["per_item"][0]["p_gold"] == pytest.approx(p[2], rel=1e-5)


def test_default_check():
    assert default_check("  OCC ", "CCO")
    assert default_check("[START_SMILES]OCC[END_SMILES]", "CCO")
    assert default_check("CC(=O)O.OCC>>CCOC(C)=O", "OCC.CC(=O)O>>CC(=O)OCC")
    assert default_check(" Reductions", "Reductions")
    assert not default_check("CCN", "CCO")
    assert not default_check("", "CCO")
    assert not default_check("C1CC", "CCO")


def test_sampling_is_reproducible_and_leaves_global_rng(tokenizer, random_model):
    import torch

    prompts = ["The molecule represented with the SMILES [START_SMILES]", "Molecule:"]
    torch.manual_seed(123)
    before = torch.get_rng_state()
    a = sample_completions(random_model, tokenizer, prompts, 3, max_new_tokens=6, seed=7, batch_size=1)
    assert torch.equal(torch.get_rng_state(), before)
    b = sample_completions(random_model, tokenizer, prompts, 3, max_new_tokens=6, seed=7, batch_size=1)
    assert a == b  # the same seed and batching give the same samples
    c = sample_completions(random_model, tokenizer, prompts, 3, max_new_tokens=6, seed=8, batch_size=1)
    assert c != a
    assert len(a) == 2 and all(len(x) == 3 for x in a)
    greedy = sample_completions(random_model, tokenizer, prompts, 2, max_new_tokens=6, temperature=0)
    assert all(x[0] == x[1] for x in greedy)


def test_sampled_pass_at_k_counts_with_a_custom_check(tokenizer, random_model):
    items = [{"prompt": "Molecule:", "answer": "anything"}, {"prompt": "Reaction:", "answer": "x"}]
    out = sampled_pass_at_k(
        random_model, tokenizer, items, n=4, ks=(1, 4, 9), check=lambda s, it: it["answer"] == "x", max_new_tokens=4
    )
    assert out["correct"] == [0, 4]
    assert out["pass@1"] == pytest.approx(0.5) and out["pass@4"] == pytest.approx(0.5)
    assert "pass@9" not in out
    assert np.isfinite(out["pass@1"])
