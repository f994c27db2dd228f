"""Benchmark crystal descriptions: chemtrove's rule-based describer against the bare pymatgen work it needs,
and against robocrys where robocrys is installed.

Per structure, interleaved in one run on the same canonical CIFs:

* ``bare``: pymatgen alone, the floor of any describer: ``CifParser`` + ``SpacegroupAnalyzer(symprec=0.1)``
  (space group, conventional cell) + ``CrystalNN.get_nn_info`` on each symmetry-distinct site;
* ``chemtrove``: ``chemtrove.chem.crystals.describe.describe_cif`` (the same steps, plus the text);
* ``robocrys``: ``StructureCondenser().condense_structure`` + ``StructureDescriber().describe`` (only if
  importable: it needs matminer and pandas < 3, so not next to this project's pins).

The ratio is chemtrove / bare time (1.0: the describer adds nothing to the pymatgen work it needs).

Run from the repository root:

    python bench/bench_describe.py [--cifs tests/data/cif/perov5_sample_40.csv] [--limit 40]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def load(path: Path, limit: int) -> list[str]:
    """Canonical CIFs from a table with a ``cif`` column or a folder of ``.cif`` files."""
    from chemtrove.chem import crystals

    if path.is_dir():
        texts = [p.read_text(errors="replace") for p in sorted(path.rglob("*.cif"))]
    else:
        csv.field_size_limit(sys.maxsize)
        with open(path, newline="") as fh:
            texts = [row["cif"] for row in csv.DictReader(fh)]
    out = []
    for t in texts:
        c = crystals.canonicalize(t, charge_balance=False)
        if c.ok:
            out.append(c.value)
        if len(out) >= limit:
            break
    return out


def bare(cif: str) -> int:
    from pymatgen.analysis.local_env import CrystalNN
    from pymatgen.io.cif import CifParser
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    s = CifParser.from_str(cif).parse_structures(primitive=False)[0]
    sga = SpacegroupAnalyzer(s, symprec=0.1)
    sga.get_conventional_standard_structure()
    sym = sga.get_symmetrized_structure()
    nn = CrystalNN()
    return sum(len(nn.get_nn_info(sym, g[0])) for g in sym.equivalent_indices)


def ours(cif: str) -> int:
    from chemtrove.chem.crystals.describe import describe_cif

    d = describe_cif(cif)
    return len(d.facts) if d else 0


def robo(cif: str) -> int:
    from pymatgen.io.cif import CifParser
    from robocrys import StructureCondenser, StructureDescriber

    s = CifParser.from_str(cif).parse_structures(primitive=False)[0]
    return len(StructureDescriber().describe(StructureCondenser().condense_structure(s)))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cifs", type=Path, default=REPO / "tests" / "data" / "cif" / "perov5_sample_40.csv")
    p.add_argument("--limit", type=int, default=40)
    args = p.parse_args()
    cifs = load(args.cifs, args.limit)
    runners = {"bare": bare, "chemtrove": ours}
    try:
        import robocrys  # noqa: F401

        runners["robocrys"] = robo
    except ImportError:
        print("robocrys not importable: timing bare pymatgen and chemtrove only")
    times = dict.fromkeys(runners, 0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, cif in enumerate(cifs):
            order = list(runners.items())
            for name, fn in order if i % 2 == 0 else order[::-1]:  # alternate who runs first
                t = time.perf_counter()
                fn(cif)
                times[name] += time.perf_counter() - t
    n = len(cifs)
    print(f"{n} structures from {args.cifs.name}")
    for name, total in times.items():
        print(f"  {name:<10} {1000 * total / n:8.1f} ms/structure")
    print(f"  ratio chemtrove / bare: {times['chemtrove'] / times['bare']:.2f}")
    if "robocrys" in times:
        print(f"  ratio robocrys / chemtrove: {times['robocrys'] / times['chemtrove']:.2f}")


if __name__ == "__main__":
    main()
