"""Structure dedup inside one key, as the key grows: time per structure, chemtrove against pymatgen.

A key (reduced formula, space group) is filled with ``n`` copies of one real crystal whose lattices are
strained by up to ``--strain`` per axis (seeded; a third of them also shifted rigidly). Strains far
beyond the matcher's 20 % length tolerance make most copies different crystals, the worst case for
``StructureMatcher.group_structures``, which fits every structure against every group found so far.
For each ``n`` the script times, in one process:

- ``pymatgen``: ``StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5).group_structures`` (up to
  ``--pymatgen-max``, it grows with the square of ``n``);
- ``chemtrove``: ``chem.crystals.group_duplicates`` with the same tolerances (shape sub-buckets and at
  most ``max_compare`` fits per structure), with the default cap and with a small cap (``--small-cap``)
  that shows the bound at sizes this script can afford;

and reports CPU seconds and ``StructureMatcher.fit`` calls per structure (the fits do not depend on the
machine's load, the seconds do), structures whose candidates were cut, and whether the groups equal
pymatgen's. Run from the repository root (the machine shared: ``nice``):

    nice -n 10 python bench/bench_structure_dedup.py --sizes 100 200 400 800 --output FILE
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def strained(base, n: int, strain: float, seed: int = 0, rattle: float = 0.0) -> list:
    """``n`` copies of ``base``, each axis strained by up to ``strain``, sites moved by up to ``rattle`` Å
    in a random direction (seeded), every third shifted."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        copy = base.copy()
        copy.apply_strain([rng.uniform(-strain, strain) for _ in range(3)])
        if rattle:
            copy.perturb(rattle, min_distance=rattle / 2, seed=rng.randrange(2**31))
        if k % 3 == 0:
            copy.translate_sites(list(range(len(copy))), [rng.random() for _ in range(3)])
        out.append(copy)
    return out


def time_pymatgen(structures: list) -> tuple[float, list[list[int]], int]:
    """Seconds, groups (as positions) and fits of group_structures."""
    from pymatgen.analysis.structure_matcher import StructureMatcher

    matcher = StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5)
    fits = [0]
    real_fit = matcher.fit

    def counted(*args, **kwargs):
        fits[0] += 1
        return real_fit(*args, **kwargs)

    matcher.fit = counted  # type: ignore[method-assign]
    t = time.process_time()
    found = matcher.group_structures(structures)
    seconds = time.process_time() - t
    position = {id(s): i for i, s in enumerate(structures)}
    return seconds, sorted(sorted(position[id(s)] for s in g) for g in found), fits[0]


def time_chemtrove(structures: list, max_compare: int) -> tuple[float, list[list[int]], dict[str, int]]:
    """Seconds, groups and stats of group_duplicates on one key."""
    from chemtrove.chem import crystals

    stats: dict[str, int] = {}
    t = time.process_time()
    groups = crystals.group_duplicates(
        structures, keys=dict.fromkeys(range(len(structures)), ("key", 0)), max_compare=max_compare, stats=stats
    )
    return time.process_time() - t, sorted(groups), stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cif", default=str(REPO / "tests/data/cif/dans_diffraction/Rutile.cif"), help="the crystal")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800, 1600])
    parser.add_argument("--strain", type=float, default=0.9, help="largest strain per axis (%(default)s)")
    parser.add_argument("--pymatgen-max", type=int, default=400, help="largest n timed for pymatgen (%(default)s)")
    parser.add_argument("--rattle", type=float, default=0.0, help="move sites by up to this many Å (%(default)s)")
    parser.add_argument("--small-cap", type=int, default=10, help="the small max_compare shown (%(default)s)")
    parser.add_argument("--output", help="also write the markdown report here")
    args = parser.parse_args()

    from chemtrove.chem import crystals
    from chemtrove.chem.crystals.buckets import DEFAULT_MAX_COMPARE

    base = crystals.parse(Path(args.cif).read_text())[0]
    time_chemtrove(strained(base, 10, args.strain, seed=1), 0)  # warm-up: imports and caches
    time_pymatgen(strained(base, 10, args.strain, seed=1))
    cap = DEFAULT_MAX_COMPARE
    lines = [
        "# Structure dedup inside one key",
        "",
        f"{Path(args.cif).name} ({len(base)} sites), copies strained by up to {args.strain:.0%} per axis, sites "
        f"moved by up to {args.rattle} Å; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start; CPU seconds",
        "",
        "| n | groups | pymatgen s/structure | pymatgen fits/structure "
        f"| chemtrove (cap {cap}) s/structure | fits/structure | capped "
        f"| chemtrove (cap {args.small_cap}) s/structure | fits/structure | capped | same groups |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for n in args.sizes:
        structures = strained(base, n, args.strain, rattle=args.rattle)
        small_s, small_groups, small = time_chemtrove(structures, args.small_cap)
        row = f"| {n} | {len(small_groups)}"
        if n <= args.pymatgen_max:  # both grow with n**2 here when every copy is different
            big_s, big_groups, big = time_chemtrove(structures, cap)
            pmg_s, pmg_groups, pmg_fits = time_pymatgen(structures)
            same = "yes" if pmg_groups == big_groups else "NO"
            row = f"| {n} | {len(big_groups)} | {pmg_s / n:.4f} | {pmg_fits / n:.1f} | {big_s / n:.4f} "
            row += f"| {big.get('fits', 0) / n:.1f} | {big.get('capped', 0)}"
        else:
            same = "-"
            row += " | - | - | - | - | -"
        lines.append(
            f"{row} | {small_s / n:.4f} | {small.get('fits', 0) / n:.1f} | {small.get('capped', 0)} | {same} |"
        )
        print(lines[-1], file=sys.stderr, flush=True)
    report = "\n".join(lines) + "\n"
    print(report)
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
