"""Token-exact mixture plans: how many tokens, documents and epochs each source gives.

The planner needs only per-document token counts (:class:`SourceCounts`, or the
:class:`~chemtrove.mixtures.sources.SourceData` read from files). Steps, each seeded and keyed by names so
that adding a source never reshuffles the others:

1. **Validation holdout** per domain: whole documents, drawn from all the domain's sources, until
   ``min(fraction * domain tokens, max_tokens)`` tokens are held out; they never enter training.
2. **Weights** by the sampling rule (given weights, natural, temperature, UniMax).
3. **Quotas**: ``weight * total_tokens`` rounded by largest remainder, so the quotas sum to the budget
   exactly; a quota above ``max_epochs * population tokens`` is an error that gives the numbers and fixes.
4. **Whole documents**: a source gives ``quota // population`` full passes plus the longest prefix of a
   seeded permutation of its documents that fits the rest; then, in order of largest remaining fraction of
   a document, sources take one more document while that brings the total closer to the budget (and stays
   under the cap). Each source ends within one document of its quota and the total within half a document
   of the budget (unless caps bind).
5. **Order** (:func:`mixture_order`): per source and pass, row groups are permuted and documents within
   windows of ``shuffle_window`` row groups shuffled; sources are interleaved by a seeded permutation of the
   multiset of source labels (an exact uniform interleave).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

from chemtrove.mixtures.plan_types import (  # noqa: F401 - those not used here are re-exported (they lived here)
    BLOCK_DOCS,
    HasCounts,
    Holdout,
    Plan,
    PlanError,
    SourceCounts,
    SourcePlan,
    rng_for,
)
from chemtrove.mixtures.spec import MixtureSpec


def _holdout(spec: MixtureSpec, sources: list[HasCounts]) -> tuple[dict[str, Holdout], list[np.ndarray]]:
    masks = [np.ones(s.tokens.shape[0], dtype=bool) for s in sources]
    out: dict[str, Holdout] = {}
    v = spec.validation
    if v.fraction <= 0:
        return out, masks
    for domain in sorted({s.domain for s in sources}):
        members = [i for i, s in enumerate(sources) if s.domain == domain]
        tokens = np.concatenate([sources[i].tokens for i in members])
        src = np.concatenate([np.full(sources[i].tokens.shape[0], i, dtype=np.int32) for i in members])
        doc = np.concatenate([np.arange(sources[i].tokens.shape[0], dtype=np.int64) for i in members])
        target = math.ceil(v.fraction * int(tokens.sum()))
        if v.max_tokens is not None:
            target = min(target, v.max_tokens)
        if target <= 0 or tokens.shape[0] == 0:
            continue
        perm = rng_for(spec.seed, "holdout", domain).permutation(tokens.shape[0])
        cum = np.cumsum(tokens[perm])
        k = min(int(np.searchsorted(cum, target, side="left")) + 1, tokens.shape[0])
        chosen = perm[:k]
        out[domain] = Holdout(domain, src[chosen], doc[chosen], int(cum[k - 1]))
        for i in members:
            masks[i][doc[chosen][src[chosen] == i]] = False
    return out, masks


def rule_targets(spec: MixtureSpec, population: list[int], caps: list[float | None]) -> list[float]:
    """Ideal tokens per source (real numbers summing to the budget) by the spec's sampling rule.

    Args:
        spec: The spec (rule, temperature, given weights, budget).
        population: Training tokens per source (after the holdout).
        caps: Max epochs per source (``None``: no cap); used by UniMax.

    Returns:
        ``weight * total_tokens`` for each source.

    Raises:
        PlanError: If the sources have no tokens, or UniMax cannot place the budget under the caps.
    """
    rule, budget = spec.sampling.rule, spec.total_tokens
    if rule == "weights":
        weights = [float(s.weight) for s in spec.sources]  # type: ignore[arg-type]
        z = math.fsum(weights)
        return [w / z * budget for w in weights]
    total = sum(population)
    if total == 0:
        raise PlanError("no source has any training tokens (after the validation holdout); check the paths")
    if rule == "natural":
        return [p / total * budget for p in population]
    if rule == "temperature":
        tau = float(spec.sampling.temperature)  # type: ignore[arg-type]
        raw = [(p / total) ** (1.0 / tau) if p > 0 else 0.0 for p in population]
        z = math.fsum(raw)
        return [r / z * budget for r in raw]
    return unimax(budget, population, caps, [s.name for s in spec.sources])


def unimax(budget: int, population: list[int], caps: list[float | None], names: list[str] | None = None) -> list[float]:
    """UniMax allocation (Chung et al. 2023): uniform over sources, capped at ``max_epochs`` passes.

    Sources are visited from the smallest capacity (``max_epochs * tokens``) up; each gets an equal share of
    what is left, or its capacity if smaller, so the leftover of small sources goes to the larger ones.

    Args:
        budget: Tokens to place.
        population: Tokens per source.
        caps: Max epochs per source (``None``: no cap).
        names: Source names (for the error message).

    Returns:
        Tokens per source (floats; capped sources get their integer capacity).

    Raises:
        PlanError: If the capacities sum to less than the budget.
    """
    names = names or [str(i) for i in range(len(population))]
    capacity = [math.inf if c is None else math.floor(c * p) for c, p in zip(caps, population, strict=True)]
    if math.fsum(c for c in capacity if math.isfinite(c)) < budget and all(math.isfinite(c) for c in capacity):
        listed = ", ".join(f"{n}: {int(c):,}" for n, c in zip(names, capacity, strict=True))
        raise PlanError(
            f"unimax: the sources can give at most {int(sum(capacity)):,} tokens under their max_epochs "
            f"({listed}) but total_tokens is {budget:,}; lower total_tokens, raise max_epochs, or add sources"
        )
    order = sorted(range(len(population)), key=lambda i: (capacity[i], names[i]))
    alloc = [0.0] * len(population)
    left = float(budget)
    for k, i in enumerate(order):
        share = left / (len(order) - k)
        alloc[i] = float(capacity[i]) if capacity[i] <= share else share
        left -= alloc[i]
    return alloc


def apportion(budget: int, ideal: list[float], capacity: list[int | None] | None = None) -> list[int]:
    """Largest-remainder (Hamilton) apportionment of an integer budget.

    Args:
        budget: Integer total.
        ideal: Real shares (non-negative, summing to ``budget`` up to rounding).
        capacity: Optional integer upper bounds; a share that is at most its bound is never rounded above it.

    Returns:
        Integers summing exactly to ``budget``; each the floor or the ceiling of its ideal share.
    """
    n = len(ideal)
    floors = [math.floor(x + 1e-9) for x in ideal]
    order = sorted(range(n), key=lambda i: (-(ideal[i] - floors[i]), i))
    room = [
        i
        for i in order
        if ideal[i] > 0
        and (capacity is None or capacity[i] is None or floors[i] + 1 <= capacity[i] or ideal[i] > capacity[i])
    ]
    pool = room or [i for i in order if ideal[i] > 0] or order
    left = budget - sum(floors)
    k = 0
    while left > 0:
        floors[pool[k % len(pool)]] += 1
        left -= 1
        k += 1
    k = 0
    while left < 0:
        i = pool[::-1][k % len(pool)]
        if floors[i] > 0:
            floors[i] -= 1
            left += 1
        k += 1
    return floors


def _infeasible(spec: MixtureSpec, rows: list[dict[str, Any]]) -> PlanError:
    lines = []
    for r in rows:
        need = r["quota"]
        if r["population"] == 0:
            lines.append(
                f"  source {r['name']!r} ({r['domain']}): needs {need:,} tokens (weight {r['weight']:.4g}) but has "
                "no training tokens (after the validation holdout)"
            )
            continue
        epochs = need / r["population"]
        lines.append(
            f"  source {r['name']!r} ({r['domain']}): needs {need:,} tokens (weight {r['weight']:.4g} of "
            f"{spec.total_tokens:,}) = {epochs:.3f} epochs of its {r['population']:,} tokens, but max_epochs "
            f"{r['cap']:g} allows {r['capacity']:,}; fix: weight <= {r['capacity'] / spec.total_tokens:.4g} or "
            f"max_epochs >= {math.ceil(epochs * 1000) / 1000:g}"
        )
    budgets = [r["capacity"] / r["weight"] for r in rows if r["weight"] > 0 and r["population"] > 0]
    fixes = ["use sampling.rule: unimax (caps small sources and spreads their leftover)"]
    if budgets and len(budgets) == len(rows):
        fixes.insert(0, f"lower total_tokens to <= {math.floor(min(budgets)):,}")
    msg = (
        f"mixture {spec.name!r} is infeasible under rule {spec.sampling.rule!r}:\n"
        + "\n".join(lines)
        + "\nother fixes: "
        + "; ".join(fixes)
    )
    return PlanError(msg, rows)


def _unmet(
    sources: list[HasCounts],
    weights: list[float],
    quotas: list[int],
    population: list[int],
    caps: list[float | None],
    capacity: list[int | None],
) -> list[dict[str, Any]]:
    """The sources whose quota their training tokens cannot meet under their epoch cap.

    Args:
        sources: The sources, in spec order.
        weights: Weight of each source.
        quotas: Token quota of each source.
        population: Training tokens of each source (after the holdout).
        caps: Epoch cap of each source (``None``: no cap).
        capacity: Most tokens each source may give (``None``: no cap).

    Returns:
        One row per such source (name, domain, weight, quota, population, cap, capacity), for :class:`PlanError`.
    """
    bad = []
    for i, s in enumerate(sources):
        over_cap = capacity[i] is not None and quotas[i] > capacity[i]
        if quotas[i] > 0 and (population[i] == 0 or over_cap):
            bad.append(
                {
                    "name": s.name,
                    "domain": s.domain,
                    "weight": weights[i],
                    "quota": quotas[i],
                    "population": population[i],
                    "cap": caps[i],
                    "capacity": capacity[i] if capacity[i] is not None else 0,
                }
            )
    return bad


def make_plan(spec: MixtureSpec, sources: list[HasCounts]) -> Plan:
    """Plan a mixture from per-document token counts.

    Args:
        spec: The mixture spec.
        sources: One entry per spec source, in spec order (:class:`SourceCounts` or scanned source data).

    Returns:
        The plan.

    Raises:
        PlanError: If a source cannot meet its share under its epoch cap (the message has the numbers and
            the fixes), or the sources hold no tokens.
    """
    if len(sources) != len(spec.sources):
        raise ValueError(f"{len(sources)} sources for {len(spec.sources)} in the spec")
    validation, masks = _holdout(spec, sources)
    pops = [np.flatnonzero(m) for m in masks]
    population = [int(s.tokens[p].sum()) for s, p in zip(sources, pops, strict=True)]
    caps = [spec.cap(s) for s in spec.sources]
    capacity = [None if c is None else math.floor(c * p) for c, p in zip(caps, population, strict=True)]
    ideal = rule_targets(spec, population, caps)
    weights = [x / spec.total_tokens for x in ideal]
    quotas = apportion(spec.total_tokens, ideal, capacity)
    bad = _unmet(sources, weights, quotas, population, caps, capacity)
    if bad:
        raise _infeasible(spec, bad)

    plans: list[SourcePlan] = []
    extra: list[tuple[float, int, int]] = []  # (-fraction, index, next doc length)
    prefixes: list[np.ndarray] = []
    for i, (s, pop) in enumerate(zip(sources, pops, strict=True)):
        held = s.tokens.shape[0] - pop.shape[0]
        sp = SourcePlan(
            name=s.name,
            domain=s.domain,
            documents=int(pop.shape[0]),
            tokens=population[i],
            holdout_documents=int(held),
            holdout_tokens=int(s.tokens.sum()) - population[i],
            max_epochs=caps[i],
            weight=weights[i],
            target_tokens=quotas[i],
            population=pop.astype(np.int64),
        )
        perm = pop[rng_for(spec.seed, "select", s.name).permutation(pop.shape[0])] if pop.shape[0] else pop
        prefixes.append(perm)
        if population[i] > 0 and quotas[i] > 0:
            sp.full_passes, rest = divmod(quotas[i], population[i])
            cum = np.cumsum(s.tokens[perm])
            m = int(np.searchsorted(cum, rest, side="right"))
            sp.partial_documents = m
            sp.selected_tokens = sp.full_passes * population[i] + (int(cum[m - 1]) if m else 0)
            remainder = quotas[i] - sp.selected_tokens
            if remainder > 0:
                nxt = int(s.tokens[perm[m]])
                extra.append((-remainder / nxt, i, nxt))
        plans.append(sp)
    deficit = spec.total_tokens - sum(p.selected_tokens for p in plans)
    for _, i, nxt in sorted(extra):
        if deficit <= 0:
            break
        sp = plans[i]
        if nxt < 2 * deficit and (capacity[i] is None or sp.selected_tokens + nxt <= capacity[i]):
            sp.selected_tokens += nxt
            sp.partial_documents += 1
            deficit -= nxt
    for sp, perm in zip(plans, prefixes, strict=True):
        sp.partial = np.sort(perm[: sp.partial_documents]).astype(np.int64)
        sp.selected_documents = sp.full_passes * sp.documents + sp.partial_documents
        sp.unique_documents = sp.documents if sp.full_passes else sp.partial_documents
        sp.epochs = sp.selected_tokens / sp.tokens if sp.tokens else 0.0
    return Plan(
        spec.name,
        spec.seed,
        spec.sampling.rule,
        spec.sampling.temperature,
        spec.total_tokens,
        spec.seq_len,
        plans,
        validation,
    )


def _window_shuffle(
    cand: np.ndarray, doc_block: np.ndarray, passes: int, window: int, rng: np.random.Generator
) -> np.ndarray:
    """``passes`` orders of ``cand``: row groups permuted, documents shuffled within windows of row groups."""
    if cand.shape[0] == 0 or passes == 0:
        return np.zeros(0, dtype=np.int64)
    blocks = doc_block[cand]
    uniq, local = np.unique(blocks, return_inverse=True)
    nb = uniq.shape[0]
    perm = np.argsort(rng.random((passes, nb)), axis=1)
    rank = np.empty_like(perm)
    np.put_along_axis(rank, perm, np.broadcast_to(np.arange(nb), perm.shape), axis=1)
    win = rank[:, local] // window
    u = rng.random((passes, cand.shape[0]))
    idx = np.lexsort((u, win), axis=1)
    return cand[idx].reshape(-1)


def source_order(seed: int, plan: SourcePlan, doc_block: np.ndarray, window: int) -> np.ndarray:
    """The order of one source's selected documents: full passes, then the partial pass.

    Args:
        seed: The spec's seed.
        plan: The source's plan.
        doc_block: Row group of each document.
        window: Row groups shuffled together.

    Returns:
        Document indices, ``plan.selected_documents`` of them.
    """
    parts = []
    n = max(plan.documents, 1)
    chunk = max(1, (1 << 22) // n)
    for start in range(0, plan.full_passes, chunk):
        k = min(chunk, plan.full_passes - start)
        parts.append(_window_shuffle(plan.population, doc_block, k, window, rng_for(seed, "order", plan.name, start)))
    if plan.partial_documents:
        rng = rng_for(seed, "order-partial", plan.name)
        parts.append(_window_shuffle(plan.partial, doc_block, 1, window, rng))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def mixture_order(plan: Plan, sources: list[HasCounts], window: int = 8) -> tuple[np.ndarray, np.ndarray]:
    """The training mixture's document order, from counts and row-group layout only.

    Args:
        plan: The plan.
        sources: The sources the plan was made from.
        window: Row groups of one source shuffled together (``build.shuffle_window``).

    Returns:
        ``(source index, document index)`` arrays, one entry per selected document (repeats included).
    """
    entries = [source_order(plan.seed, sp, s.doc_block, window) for sp, s in zip(plan.sources, sources, strict=True)]
    counts = np.array([e.shape[0] for e in entries], dtype=np.int64)
    labels = np.repeat(np.arange(len(entries), dtype=np.int32), counts)
    rng_for(plan.seed, "interleave", *[sp.name for sp in plan.sources]).shuffle(labels)
    docs = np.empty(labels.shape[0], dtype=np.int64)
    for i, e in enumerate(entries):
        if e.shape[0]:
            docs[labels == i] = e
    return labels, docs
