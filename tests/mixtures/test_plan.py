"""Plans from token counts only: exactness at several scales, caps, infeasible specs, rules, determinism."""

from __future__ import annotations

import math

import numpy as np
import pytest

from chemtrove.mixtures.plan import PlanError, SourceCounts, apportion, make_plan, mixture_order, unimax
from chemtrove.mixtures.spec import MixtureSpec


def _sources(seed=0, sizes=(5000, 800, 60), domains=("prose", "molecule", "reaction"), scale=200):
    rng = np.random.default_rng(seed)
    out = []
    for i, (n, d) in enumerate(zip(sizes, domains, strict=True)):
        tokens = np.maximum(1, rng.lognormal(np.log(scale / (i + 1)), 0.8, size=n)).astype(np.int64)
        out.append(SourceCounts(f"s{i}", d, tokens))
    return out


def _spec(budget, weights=(0.5, 0.3, 0.2), rule="weights", max_epochs=None, fraction=0.0, seed=1, **extra):
    sources = [{"name": f"s{i}", "path": "x"} for i in range(len(weights))]
    if rule == "weights":
        for s, w in zip(sources, weights, strict=True):
            s["weight"] = w
    data = {
        "name": "t",
        "total_tokens": budget,
        "seed": seed,
        "max_epochs": max_epochs,
        "sampling": {"rule": rule, **extra},
        "validation": {"fraction": fraction},
        "sources": sources,
    }
    return MixtureSpec.from_dict(data)


def _check_exact(plan, sources):
    budget = plan.total_tokens
    assert sum(s.target_tokens for s in plan.sources) == budget
    for sp, src in zip(plan.sources, sources, strict=True):
        # within one document of its quota
        assert abs(sp.selected_tokens - sp.target_tokens) < max(int(src.tokens.max()), 1)
        expect = sp.full_passes * sp.tokens + int(src.tokens[sp.partial].sum())
        assert sp.selected_tokens == expect
        if sp.max_epochs is not None:
            assert sp.selected_tokens <= sp.max_epochs * sp.tokens
    biggest = max(int(s.tokens.max()) for s in sources)
    assert abs(plan.selected_tokens - budget) <= biggest / 2


@pytest.mark.parametrize("budget", [1_000, 37_777, 250_000, 1_000_000, 10_000_000])
def test_token_exact_at_several_scales(budget):
    sources = _sources()
    plan = make_plan(_spec(budget), sources)
    _check_exact(plan, sources)
    src, doc = mixture_order(plan, sources)
    assert sum(int(sources[s].tokens[d]) for s, d in zip(src[:2000], doc[:2000], strict=True)) <= plan.selected_tokens
    total = sum(int(sources[i].tokens[doc[src == i]].sum()) for i in range(3))
    assert total == plan.selected_tokens
    for i, sp in enumerate(plan.sources):
        counts = np.bincount(doc[src == i], minlength=sources[i].tokens.shape[0])
        assert counts.sum() == sp.selected_documents
        assert set(np.unique(counts[sp.population]).tolist()) <= {sp.full_passes, sp.full_passes + 1}


def test_small_budgets_many_seeds():
    for seed in range(30):
        sources = _sources(seed, sizes=(50, 20, 5), scale=40)
        budget = int(np.random.default_rng(seed).integers(50, 20_000))
        _check_exact(make_plan(_spec(budget, seed=seed), sources), sources)


def test_cap_respected_and_infeasible_message_has_numbers():
    sources = _sources()
    pop = [int(s.tokens.sum()) for s in sources]
    budget = 2 * sum(pop) // 3
    # s2 is tiny: 20% of the budget needs many epochs of it
    with pytest.raises(PlanError) as e:
        make_plan(_spec(budget, max_epochs=4), sources)
    msg = str(e.value)
    assert "source 's2' (reaction): needs" in msg and "max_epochs 4 allows" in msg
    assert f"{4 * pop[2]:,}" in msg and "fix: weight <=" in msg and "lower total_tokens to <=" in msg
    assert "unimax" in msg and e.value.problems[0]["name"] == "s2"
    # the suggested weight and budget are feasible
    ok_budget = int(msg.split("lower total_tokens to <= ")[1].split(";")[0].replace(",", ""))
    plan = make_plan(_spec(ok_budget, max_epochs=4), sources)
    assert plan.sources[2].epochs <= 4


def test_empty_source_with_weight_is_infeasible():
    sources = [SourceCounts("s0", "a", [10, 20]), SourceCounts("s1", "b", np.zeros(0, dtype=np.int64))]
    with pytest.raises(PlanError, match="has no training tokens"):
        make_plan(_spec(20, weights=(0.5, 0.5)), sources)


def test_natural_and_temperature_rules():
    sources = _sources()
    pop = np.array([s.tokens.sum() for s in sources], dtype=float)
    natural = make_plan(_spec(100_000, rule="natural"), sources)
    assert np.allclose([s.weight for s in natural.sources], pop / pop.sum())
    t1 = make_plan(_spec(100_000, rule="temperature", temperature=1.0), sources)
    assert [s.target_tokens for s in t1.sources] == [s.target_tokens for s in natural.sources]
    hot = make_plan(_spec(100_000, rule="temperature", temperature=1000.0), sources)
    assert max(s.weight for s in hot.sources) - min(s.weight for s in hot.sources) < 0.01
    t2 = make_plan(_spec(100_000, rule="temperature", temperature=2.0), sources)
    p = np.sqrt(pop / pop.sum())
    assert np.allclose([s.weight for s in t2.sources], p / p.sum())


def test_unimax_uniform_capped_and_redistributed():
    sources = _sources()
    pop = [int(s.tokens.sum()) for s in sources]
    # everything fits uniformly
    budget = 3 * pop[2]
    plan = make_plan(_spec(budget, rule="unimax", max_epochs=2), sources)
    assert [s.target_tokens for s in plan.sources] == apportion(budget, [budget / 3] * 3)
    # the small source is capped at 2 epochs, its leftover goes to the others equally
    budget = 3 * pop[1]
    plan = make_plan(_spec(budget, rule="unimax", max_epochs=2), sources)
    s0, s1, s2 = plan.sources
    assert s2.target_tokens == 2 * pop[2] and s2.selected_tokens <= 2 * pop[2]
    assert abs(s0.target_tokens - s1.target_tokens) <= 1
    _check_exact(plan, sources)
    with pytest.raises(PlanError, match="at most"):
        make_plan(_spec(10 * sum(pop), rule="unimax", max_epochs=2), sources)
    assert unimax(10, [0, 5], [1.0, None]) == [0.0, 10.0]


def test_apportion_is_exact_and_respects_capacity():
    rng = np.random.default_rng(0)
    for _ in range(200):
        w = rng.dirichlet(np.ones(5))
        budget = int(rng.integers(1, 10**9))
        q = apportion(budget, list(w * budget))
        assert sum(q) == budget
        assert all(abs(x - y) < 1 for x, y in zip(q, w * budget, strict=True))
    # float noise never pushes a share at its capacity over it
    assert apportion(11, [3 - 1e-12, 4.0 + 1e-12, 4.0], [3, None, None]) == [3, 4, 4]
    assert apportion(10, [0.0, 5.5, 4.5]) == [0, 6, 4]


def test_holdout_per_domain_shared_across_weights():
    sources = _sources()
    a = make_plan(_spec(50_000, fraction=0.05), sources)
    b = make_plan(_spec(50_000, weights=(0.2, 0.3, 0.5), fraction=0.05), sources)
    assert sorted(a.validation) == ["molecule", "prose", "reaction"]
    for d in a.validation:
        assert np.array_equal(a.validation[d].doc_index, b.validation[d].doc_index)
        held = a.validation[d]
        domain_tokens = sum(int(s.tokens.sum()) for s in sources if s.domain == d)
        assert held.tokens >= math.ceil(0.05 * domain_tokens)
    src, doc = mixture_order(a, sources)
    for i, s in enumerate(sources):
        held = set(a.validation[s.domain].doc_index.tolist())
        assert not held & set(doc[src == i].tolist())
        assert a.sources[i].holdout_documents == len(held)


def test_deterministic_and_keyed_by_name():
    sources = _sources()
    p1, p2 = make_plan(_spec(300_000), sources), make_plan(_spec(300_000), sources)
    assert p1.to_json() == p2.to_json()
    o1, o2 = mixture_order(p1, sources), mixture_order(p2, sources)
    assert all(np.array_equal(x, y) for x, y in zip(o1, o2, strict=True))
    p3 = make_plan(_spec(300_000, seed=2), sources)
    assert not np.array_equal(mixture_order(p3, sources)[1], o1[1])
    # renaming another source does not change which documents s0 gives
    renamed = [sources[0], sources[1], SourceCounts("zz", sources[2].domain, sources[2].tokens)]
    spec = _spec(300_000)
    spec.sources[2].name = "zz"
    p4 = make_plan(spec, renamed)
    assert np.array_equal(p4.sources[0].partial, p1.sources[0].partial)


def test_table_and_json():
    plan = make_plan(_spec(10_000, fraction=0.01), _sources())
    table = plan.format_table()
    assert "target" in table and "epochs" in table and "validation holdout" in table
    data = plan.to_dict()
    assert data["total_tokens"] == 10_000 and len(data["sources"]) == 3
    assert data["deviation_tokens"] == plan.selected_tokens - 10_000
