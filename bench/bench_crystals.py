"""Benchmark chemtrove.chem.crystals against bare pymatgen.

1. Canonicalization throughput: ``crystals.canonicalize`` (parse, checks, SMACT tag, symmetrized
   canonical text) vs bare pymatgen (``CifParser.parse_structures`` + ``CifWriter(symprec=0.1)``) on
   the same real CIFs, interleaved in one run; the ratio is ours / bare (target >= 0.9).
2. Structure dedup: ``crystals.group_duplicates`` ((formula, space group) buckets, then
   ``StructureMatcher`` inside each) vs ``StructureMatcher.group_structures`` over all structures at
   once, on the perov5 sample alone and with planted duplicates (jittered, origin-shifted, permuted
   copies and supercells); the groups must be the same; the ratio is bare time / ours (target >= 10).
   Three ways of ours: keys computed from the structures; keys read from the canonical text; and
   ``crystals.group_duplicate_texts`` on the canonical texts, which is what the pipeline's dedup stage
   runs (parsing included; identical texts join without the matcher), which is compared with the bare
   job from the same texts (``CifParser`` on each, then one ``group_structures``).

Run from the repository root (needs the shared data folder, or pass its path):

    python bench/bench_crystals.py [--data DIR] [--repeats 3] [--planted 60]

DIR defaults to ``$CHEMTROVE_DATA`` or ``../shared/data`` relative to the repository; it must hold
``cif/pyxtal/*.cif``, ``cif/dans_diffraction/*.cif`` and ``cif/perov5_sample.csv``.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
import warnings
from pathlib import Path

from pymatgen.analysis.structure_matcher import StructureMatcher
from pymatgen.io.cif import CifParser, CifWriter

from chemtrove.chem import crystals

REPO = Path(__file__).resolve().parents[1]


def load_texts(data: Path) -> dict[str, list[str]]:
    """CIF texts per source."""
    cif = data / "cif"
    out = {
        "pyxtal": [p.read_text(errors="replace") for p in sorted((cif / "pyxtal").glob("*.cif"))],
        "dans_diffraction": [p.read_text(errors="replace") for p in sorted((cif / "dans_diffraction").glob("*.cif"))],
    }
    with open(cif / "perov5_sample.csv", newline="") as fh:
        out["perov5"] = [row["cif"] for row in csv.DictReader(fh)]
    return out


def bare(text: str) -> str | None:
    """What a pipeline without chemtrove does: parse, then CifWriter at symprec 0.1."""
    try:
        structure = CifParser.from_str(text).parse_structures(primitive=False, on_error="raise")[0]
        return str(CifWriter(structure, symprec=0.1))
    except Exception:  # noqa: BLE001
        return None


def ours(text: str) -> str | None:
    return crystals.canonicalize(text).value


def time_it(fn, texts: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    ok = sum(fn(t) is not None for t in texts)
    return time.perf_counter() - t0, ok


def bench_canonicalize(sources: dict[str, list[str]], repeats: int) -> list[tuple]:
    rows = []
    total = [0, 0, 0, 0.0, 0.0]
    for name, texts in sources.items():
        best_bare = best_ours = float("inf")
        ok_bare = ok_ours = 0
        for _ in range(repeats):  # interleaved, best of `repeats`, so machine noise hits both alike
            tb, ok_bare = time_it(bare, texts)
            to, ok_ours = time_it(ours, texts)
            best_bare, best_ours = min(best_bare, tb), min(best_ours, to)
        n = len(texts)
        rows.append((name, n, ok_bare, ok_ours, n / best_bare, n / best_ours, best_bare / best_ours))
        for k, v in enumerate((n, ok_bare, ok_ours, best_bare, best_ours)):
            total[k] += v
    n, ok_bare, ok_ours, tb, to = total
    rows.append(("all", n, ok_bare, ok_ours, n / tb, n / to, tb / to))
    return rows


def idempotence(sources: dict[str, list[str]]) -> list[tuple]:
    rows = []
    for name, texts in sources.items():
        firsts = [crystals.canonicalize(t) for t in texts]
        ok = [c.value for c in firsts if c.ok]
        same = sum(crystals.canonicalize(v).value == v for v in ok)
        rows.append((name, len(texts), len(ok), same, 100.0 * same / max(1, len(ok))))
    return rows


def planted_copies(structures: list, n: int, seed: int = 0) -> list:
    """Jittered (0.001 Å), origin-shifted, site-permuted and 2x1x1 supercell copies of random members."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        s = structures[rng.randrange(len(structures))].copy()
        kind = k % 4
        if kind == 0:
            s.perturb(0.001, min_distance=0.001)
        elif kind == 1:
            s.translate_sites(list(range(len(s))), [rng.random() for _ in range(3)])
        elif kind == 2:
            order = list(range(len(s)))
            rng.shuffle(order)
            s = s.from_sites([s[i] for i in order])
        else:
            s.make_supercell([2, 1, 1])
        out.append(s)
    return out


def partition(groups_of_ids) -> set[frozenset]:
    return {frozenset(g) for g in groups_of_ids}


TEXTS = "ours, canonical texts (pipeline stage)"
BARE_TEXTS = "bare from the same texts (parse + group)"


def bench_grouping(perov_texts: list[str], planted: int, repeats: int) -> list[tuple]:
    parsed = [crystals.parse(t)[0] for t in perov_texts]
    parsed = [s for s in parsed if s is not None]
    rows = []
    for name, items in [
        ("perov5", parsed),
        (f"perov5 + {planted} planted", parsed + planted_copies(parsed, planted)),
    ]:
        # keys as a pipeline has them: read from the canonical text written by the canonicalize stage
        canon_texts = {i: crystals.canonicalize_structure(s).value or "" for i, s in enumerate(items)}
        canon_keys = {i: crystals.key_from_canonical(text) for i, text in canon_texts.items()}
        best = {
            "bare": float("inf"),
            "ours": float("inf"),
            "ours, keys from canonical text": float("inf"),
            BARE_TEXTS: float("inf"),
            TEXTS: float("inf"),
        }
        results = {}
        for _ in range(repeats):
            # fresh copies for each contender: pymatgen caches compositions on the objects
            copies = [s.copy() for s in items]
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5).group_structures(copies)
            best["bare"] = min(best["bare"], time.perf_counter() - t0)
            index = {id(s): i for i, s in enumerate(copies)}
            results["bare"] = [[index[id(s)] for s in g] for g in found]
            copies = [s.copy() for s in items]
            t0 = time.perf_counter()
            results["ours"] = crystals.group_duplicates(copies)
            best["ours"] = min(best["ours"], time.perf_counter() - t0)
            copies = [s.copy() for s in items]
            t0 = time.perf_counter()
            results["ours, keys from canonical text"] = crystals.group_duplicates(copies, keys=canon_keys)
            best["ours, keys from canonical text"] = min(
                best["ours, keys from canonical text"], time.perf_counter() - t0
            )
            # the same job from the texts the dedup stage receives, bare: CifParser on every text, one group_structures
            t0 = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from_text = [
                    CifParser.from_str(canon_texts[i]).parse_structures(primitive=False)[0] for i in range(len(items))
                ]
                found = StructureMatcher(ltol=0.2, stol=0.3, angle_tol=5).group_structures(from_text)
            best[BARE_TEXTS] = min(best[BARE_TEXTS], time.perf_counter() - t0)
            index = {id(s): i for i, s in enumerate(from_text)}
            results[BARE_TEXTS] = [[index[id(s)] for s in g] for g in found]
            # the pipeline's stage: canonical texts in hand, parse included, identical texts skip the matcher
            t0 = time.perf_counter()
            results[TEXTS] = crystals.group_duplicate_texts(canon_texts, keys=canon_keys)
            best[TEXTS] = min(best[TEXTS], time.perf_counter() - t0)
        reference = partition(results["bare"])
        for method in best:
            rows.append(
                (
                    name,
                    method,
                    len(items),
                    len(results[method]),
                    partition(results[method]) == reference,
                    best[method],
                    # the stage is compared with the bare job from the same texts, the rest with bare in memory
                    (best[BARE_TEXTS] if method == TEXTS else best["bare"]) / best[method],
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = os.environ.get("CHEMTROVE_DATA") or str(REPO.parent / "shared" / "data")
    ap.add_argument("--data", default=default, help="folder holding cif/ (default: %(default)s)")
    ap.add_argument("--repeats", type=int, default=3, help="timing repeats, best kept (default 3)")
    ap.add_argument("--planted", type=int, default=60, help="planted duplicates for the grouping bench")
    args = ap.parse_args(argv)
    sources = load_texts(Path(args.data))
    warnings.simplefilter("ignore")  # bare pymatgen would otherwise print hundreds of warnings

    print("canonicalize vs parse + CifWriter(symprec=0.1)  [CIF/s, best of", args.repeats, "interleaved]")
    head = ("source", "n", "ok bare", "ok ours", "bare/s", "ours/s", "ratio")
    print(f"{head[0]:18s} " + " ".join(f"{h:>8s}" for h in head[1:]))
    for name, n, okb, oko, rb, ro, ratio in bench_canonicalize(sources, args.repeats):
        print(f"{name:18s} {n:8d} {okb:8d} {oko:8d} {rb:8.1f} {ro:8.1f} {ratio:8.2f}")

    print("\nidempotence: canonicalize(canonicalize(x).value) == canonicalize(x).value")
    print(f"{'source':18s} {'n':>5s} {'ok':>5s} {'same':>5s} {'%':>6s}")
    for name, n, ok, same, pct in idempotence(sources):
        print(f"{name:18s} {n:5d} {ok:5d} {same:5d} {pct:6.1f}")

    print("\ngroup_duplicates vs StructureMatcher.group_structures  [seconds, best of", args.repeats, "]")
    print(f"{'set':22s} {'method':40s} {'n':>5s} {'groups':>7s} {'same':>5s} {'seconds':>8s} {'speedup':>8s}")
    for name, method, n, groups, same, seconds, ratio in bench_grouping(sources["perov5"], args.planted, args.repeats):
        print(f"{name:22s} {method:40s} {n:5d} {groups:7d} {str(same):>5s} {seconds:8.3f} {ratio:7.1f}x")
    print(
        "speedup: against bare group_structures on structures in memory; the pipeline stage's against the bare\n"
        "job from the same canonical texts (CifParser on each + group_structures)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
