"""Splits that never share a molecule, reaction or crystal: union-find over chemical keys, hashed groups.

Each example carries keys (:mod:`chemtrove.chem.keys` for molecules and reactions, ``(reduced formula, space
group)`` for crystals); examples that share any key form one group, and a group goes to the split chosen by a
hash of its smallest key and the seed.
"""

from __future__ import annotations

from collections.abc import Iterable

from chemtrove.tasks.common import unit_hash

__all__ = ["assign_splits", "split_counts"]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key is the root, so a group's representative is its smallest key
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def assign_splits(examples: list[dict], splits: dict[str, float], seed: int = 0) -> None:
    """Set ``key`` (the group's representative key) and ``split`` on every example, in place.

    Examples sharing any entry of ``keys`` form one group; the group's split comes from
    ``sha256(seed, smallest key)`` against the cumulative shares of ``splits``.

    Args:
        examples: Dicts with a non-empty ``keys`` list.
        splits: ``{name: share}``.
        seed: Split seed.

    Example:
        >>> ex = [{"keys": ["a", "b"]}, {"keys": ["b", "c"]}, {"keys": ["d"]}]
        >>> assign_splits(ex, {"train": 0.5, "test": 0.5})
        >>> [e["key"] for e in ex], ex[0]["split"] == ex[1]["split"]
        (['a', 'a', 'd'], True)
    """
    uf = _UnionFind()
    for ex in examples:
        keys = ex["keys"]
        if not keys:
            raise ValueError(f"example {ex.get('id')} has no keys")
        for k in keys[1:]:
            uf.union(keys[0], k)
        uf.find(keys[0])
    total = sum(splits.values())
    bounds, acc = [], 0.0
    for name, share in splits.items():
        acc += share / total
        bounds.append((acc, name))
    for ex in examples:
        rep = uf.find(ex["keys"][0])
        u = unit_hash("split", seed, rep)
        ex["key"] = rep
        ex["split"] = next((name for top, name in bounds if u < top), bounds[-1][1])


def split_counts(examples: Iterable[dict]) -> dict[str, dict[str, int]]:
    """``{split: {task: examples}}``.

    Example:
        >>> split_counts([{"split": "train", "task": "a"}, {"split": "train", "task": "a"}])
        {'train': {'a': 2}}
    """
    counts: dict[str, dict[str, int]] = {}
    for ex in examples:
        per = counts.setdefault(ex["split"], {})
        per[ex["task"]] = per.get(ex["task"], 0) + 1
    return counts
