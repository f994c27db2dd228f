"""Structure dedup inside one key: shape sub-buckets and the comparison cap against pymatgen's own grouping."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pymatgen.analysis.structure_matcher import StructureMatcher
from pymatgen.core import Structure

from chemtrove.chem import crystals
from chemtrove.chem.crystals.buckets import bin_width, match_bucket, shape

REAL = Path(__file__).parent.parent / "data" / "cif"


def _real(name: str) -> Structure:
    found = {p.name: p for p in REAL.glob("*/*.cif")}
    return crystals.parse(found[name].read_text())[0]


def strained_copies(base: Structure, n: int, seed: int, largest: float) -> list[Structure]:
    """Copies of ``base`` with each axis strained by up to ``largest`` (seeded), some rigidly shifted."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        copy = base.copy()
        copy.apply_strain([rng.uniform(-largest, largest) for _ in range(3)])
        if k % 3 == 0:
            copy.translate_sites(list(range(len(copy))), [rng.random() for _ in range(3)])
        out.append(copy)
    return out


def pymatgen_groups(matcher: StructureMatcher, structures: list[Structure]) -> list[list[int]]:
    found = matcher.group_structures(structures)
    position = {id(s): i for i, s in enumerate(structures)}
    return sorted(sorted(position[id(s)] for s in group) for group in found)


@pytest.mark.parametrize("name,largest", [("lt_quartz.cif", 0.6), ("LiCoO2.cif", 0.8), ("Rutile.cif", 0.5)])
def test_sub_buckets_give_pymatgen_groups_on_strained_real_crystals(name, largest):
    """Strains from none to far beyond the length tolerance: same groups as group_structures, fewer fits."""
    base = _real(name)
    structures = [base, *strained_copies(base, 30, seed=len(name), largest=largest)]
    matcher = StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5)
    expected = pymatgen_groups(matcher, structures)
    stats: dict[str, int] = {}
    got = sorted(match_bucket(matcher, structures, list(range(len(structures))), max_compare=0, stats=stats))
    assert got == expected
    assert 1 < len(got) < len(structures)  # some copies are duplicates, some are not
    assert "capped" not in stats
    everything = (len(got) * (len(got) - 1)) // 2 + (len(structures) - len(got)) * len(got)
    assert stats["fits"] <= everything


def test_matched_structures_land_in_neighbouring_bins():
    base = _real("lt_quartz.cif")
    matcher = StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5)
    width = bin_width(0.2)
    reference = matcher._get_reduced_structure(base, True, niggli=True)
    for copy in strained_copies(base, 40, seed=5, largest=0.5):
        if matcher.fit(base, copy):
            reduced = matcher._get_reduced_structure(copy, True, niggli=True)
            (n1, a), (n2, b) = shape(reference), shape(reduced)
            assert n1 == n2
            assert all(abs(x - y) < width for x, y in zip(a, b, strict=True))


def test_the_cap_bounds_fits_per_structure_and_is_counted():
    base = _real("Rutile.cif")
    structures = [base, *strained_copies(base, 40, seed=3, largest=0.9)]
    matcher = StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5)
    stats: dict[str, int] = {}
    groups = match_bucket(matcher, structures, list(range(len(structures))), max_compare=2, stats=stats)
    assert stats["capped"] > 0
    assert stats["fits"] <= 2 * len(structures)
    assert sorted(i for g in groups for i in g) == list(range(len(structures)))  # nothing lost
    for group in groups:  # a cut never merges wrongly: every member fits its representative
        assert all(matcher.fit(structures[group[0]], structures[i]) for i in group[1:])


def test_group_duplicate_texts_reports_the_cap():
    base = _real("Rutile.cif")
    texts = {i: crystals.canonicalize_structure(s).value for i, s in enumerate(strained_copies(base, 12, 9, 0.9))}
    stats: dict[str, int] = {}
    capped = crystals.group_duplicate_texts(texts, max_compare=1, stats=stats)
    assert stats.get("capped", 0) > 0
    full = crystals.group_duplicate_texts(texts, max_compare=0)
    assert len(capped) >= len(full)  # the cap can only keep more
