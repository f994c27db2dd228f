"""Matching inside one dedup key without quadratic cost: shape sub-buckets and a cap on comparisons.

``StructureMatcher.group_structures`` compares every structure with the first member of every group
found so far, so a key (reduced formula, space group) holding thousands of different structures costs
a number of fits that grows with the square of its size. :func:`match_bucket` gives the same groups
with fewer fits:

* each structure is reduced once (the matcher's own primitive cell and Niggli reduction) and placed in
  a sub-bucket by two invariants of a match: its number of sites, and the lengths of its reduced lattice
  vectors (the lattice's successive minima) divided by the cube root of its volume, in log bins;
* a structure is only fitted against the group representatives of its own bin and the neighbouring
  bins. A bin is :func:`bin_width` wide, twice the largest log length difference the matcher's length
  tolerance allows after it scales both cells to one volume, so two structures the matcher joins are
  in the same or in neighbouring bins;
* at most ``max_compare`` representatives are fitted per structure (the nearest in shape when there
  are more); a structure whose candidates were cut is counted in ``stats["capped"]`` and may stay a
  group of its own (never merged wrongly: only kept as a possible duplicate).

Volume is not an invariant here: the matcher (``scale=True``) scales both cells to one volume before
comparing, so isotropically strained copies are duplicates and must meet.

The rule of ``group_structures`` is kept: structures are taken in the given order and each joins the
group of the earliest representative it fits (``fit(representative, structure)``); a structure that
fits none starts a group. Under the cap the groups are those of ``group_structures``.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from itertools import product
from typing import Any

from pymatgen.core import Structure

from chemtrove.chem.crystals.parsing import _Quiet

DEFAULT_MAX_COMPARE = 100
"""Most group representatives one structure is fitted against (each fit costs ~1-10 ms)."""


def bin_width(ltol: float) -> float:
    """Width of a shape bin in log length: twice the log ratio the length tolerance allows.

    Args:
        ltol: ``StructureMatcher`` fractional length tolerance (below 1).

    Returns:
        ``2 * log((1 + ltol) / (1 - ltol))``.
    """
    return 2.0 * math.log((1.0 + ltol) / (1.0 - min(ltol, 0.9)))


def shape(reduced: Structure) -> tuple[int, tuple[float, float, float]]:
    """Sites and normalized log lengths of a reduced structure (the invariants the bins are made of).

    Args:
        reduced: A structure after the matcher's primitive cell and Niggli reduction.

    Returns:
        ``(number of sites, (log a, log b, log c) sorted, each minus log of the cube root of the volume))``.
    """
    scale = math.log(reduced.volume) / 3.0
    lengths = sorted(reduced.lattice.abc)
    return len(reduced), tuple(math.log(x) - scale for x in lengths)  # type: ignore[return-value]


def _neighbours(cell: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
    for step in product((-1, 0, 1), repeat=len(cell) - 1):
        yield (cell[0], *(c + s for c, s in zip(cell[1:], step, strict=True)))


def _reduce(matcher: Any, structures: list[Structure]) -> list[Structure]:
    processed = matcher._process_species(structures)
    return [matcher._get_reduced_structure(s, matcher._primitive_cell, niggli=True) for s in processed]


def match_bucket(
    matcher: Any,
    structures: list[Structure],
    ids: list[Any],
    *,
    max_compare: int = DEFAULT_MAX_COMPARE,
    stats: dict[str, int] | None = None,
) -> list[list[Any]]:
    """Group the structures of one key, in order; the first id of each group is its representative.

    Args:
        matcher: A ``StructureMatcher`` (its tolerances and reduction settings are used).
        structures: The structures, in the order that decides which copy is kept.
        ids: The id of each structure (same length); a structure may appear under two ids.
        max_compare: Most representatives fitted per structure (``0``: no cap).
        stats: If given, ``stats["capped"]`` is increased by the structures whose candidates were cut and
            ``stats["fits"]`` by the fits made.

    Returns:
        Groups of ids, each ascending in the given order; a structure the matcher cannot reduce, or
        raises on, stays alone.
    """
    stats = stats if stats is not None else {}
    with _Quiet():  # once per bucket: entering it per fit costs more than a small fit
        try:
            reduced = _reduce(matcher, structures)
        except Exception:  # noqa: BLE001 - the matcher failing must not merge or drop records
            return [[i] for i in ids]
        return _greedy(matcher, reduced, ids, max_compare, stats)


def _greedy(
    matcher: Any, reduced: list[Structure], ids: list[Any], max_compare: int, stats: dict[str, int]
) -> list[list[Any]]:
    """``group_structures``' rule over the reduced structures, fitting only candidates from nearby bins."""
    width = bin_width(matcher.ltol)
    shapes = [shape(r) for r in reduced]
    cells = [(n, *(math.floor(x / width) for x in logs)) for n, logs in shapes]
    reps_in: dict[tuple[int, ...], list[int]] = {}  # cell -> positions of representatives, ascending
    group_of: dict[int, list[Any]] = {}
    groups: list[list[Any]] = []
    for pos, cell in enumerate(cells):
        candidates = sorted(r for c in _neighbours(cell) for r in reps_in.get(c, ()))
        if max_compare and len(candidates) > max_compare:
            stats["capped"] = stats.get("capped", 0) + 1
            nearest = sorted(candidates, key=lambda r: (_distance(shapes[r][1], shapes[pos][1]), r))
            candidates = sorted(nearest[:max_compare])
        joined = None
        for rep in candidates:
            stats["fits"] = stats.get("fits", 0) + 1
            if _fits(matcher, reduced[rep], reduced[pos]):
                joined = rep
                break
        if joined is None:
            reps_in.setdefault(cell, []).append(pos)
            group_of[pos] = [ids[pos]]
            groups.append(group_of[pos])
        else:
            group_of[joined].append(ids[pos])
    return groups


def _distance(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True))


def _fits(matcher: Any, reference: Structure, structure: Structure) -> bool:
    try:
        return bool(matcher.fit(reference, structure, skip_structure_reduction=True))
    except Exception:  # noqa: BLE001 - a pair the matcher raises on does not match
        return False
