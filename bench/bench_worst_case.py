"""Worst-case time per record of the CIF rewards and steps, and of the prose tagger, at their bounds.

Each case is the most expensive input the bounds still let through (or the bomb they now stop), timed
through the public entry points: ``crystals.parse``, ``crystals.canonicalize`` (the work of
``CanonicalizeCif``), the three CIF rewards, and ``TagSmilesInProse``. The "unbounded" column times the
same parse with the size bounds switched off, on smaller bombs (the full 300-site bomb takes minutes).

    python bench/bench_worst_case.py            # a few minutes on 2 cores
    python bench/bench_worst_case.py --quick    # skips the slow unbounded references

Cases:

* ``bomb_fm3m_300``: 300 general sites in Fm-3m (192 operations), 8.6 kB: the issue's 160-196 s reward.
* ``p1_max``: a P1 rocksalt supercell with exactly the site limit (2,000 atoms) for curate, and the
  largest one a reward answer holds (288 atoms: the 20,000-character answer limit comes first).
* ``special_max``: Fm-3m sites on the 48-fold (0, y, y) positions, up to the images bound
  (4 x the site limit) with atoms at the site limit: the most images an accepted CIF can have.
* ``prose_max``: ``"CCO "`` repeated to ``max_chars`` (1 MB), the most RDKit work per character.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path


def bomb(n: int, sg: str = "F m -3 m", a: float = 30.0, seed: int = 0) -> str:
    """``n`` random general sites in space group ``sg`` (symbol only, as a short hostile CIF would be)."""
    rng = random.Random(seed)
    lines = [
        "data_bomb",
        *(f"_cell_length_{k} {a}" for k in "abc"),
        *(f"_cell_angle_{k} 90" for k in ("alpha", "beta", "gamma")),
    ]
    lines += [f"_symmetry_space_group_name_H-M '{sg}'", "loop_", "_atom_site_label", "_atom_site_type_symbol"]
    lines += [f"_atom_site_fract_{k}" for k in "xyz"]
    lines += [f"C{i} C {rng.random():.4f} {rng.random():.4f} {rng.random():.4f}" for i in range(n)]
    return "\n".join(lines) + "\n"


def p1_supercell(dims: tuple[int, int, int]) -> str:
    """A P1 rocksalt supercell (8 atoms per cell times ``dims``), written with every site listed."""
    from pymatgen.core import Lattice, Structure
    from pymatgen.io.cif import CifWriter

    s = Structure.from_spacegroup("Fm-3m", Lattice.cubic(5.64), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    s.make_supercell(list(dims))
    return str(CifWriter(s))


def special_positions(n_sites: int, a: float = 60.0) -> str:
    """``n_sites`` Fm-3m sites on 48h (0, y, y), spread so that every pair of atoms stays apart."""
    lines = [
        "data_special",
        *(f"_cell_length_{k} {a}" for k in "abc"),
        *(f"_cell_angle_{k} 90" for k in ("alpha", "beta", "gamma")),
    ]
    lines += ["_symmetry_space_group_name_H-M 'F m -3 m'", "loop_", "_atom_site_label", "_atom_site_type_symbol"]
    lines += [f"_atom_site_fract_{k}" for k in "xyz"]
    for i in range(n_sites):
        y = 0.03 + 0.2 * i / max(1, n_sites)
        lines.append(f"O{i} O 0 {y:.5f} {y:.5f}")
    return "\n".join(lines) + "\n"


def timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="skip the unbounded references")
    ap.add_argument("--out", default="bench/results/worst_case.json", help="JSON report")
    args = ap.parse_args()

    from datatrove.data import Document

    from chemtrove.chem import crystals
    from chemtrove.curate.prose import TagSmilesInProse
    from chemtrove.train.rewards.answers import MAX_CIF_CHARS
    from chemtrove.train.rewards.crystals import (
        cif_validity_reward,
        composition_match_reward,
        space_group_match_reward,
    )

    crystals.parse(bomb(1))  # pymatgen's space-group tables load once per process: not a per-record cost
    cases = {
        "bomb_fm3m_300": (bomb(300), bomb(300)),
        # 2,000 atoms for curate; for rewards the 20,000-character answer limit comes first (~350 P1 atoms)
        "p1_max": (p1_supercell((5, 5, 10)), p1_supercell((3, 3, 4))),
        "special_max": (special_positions(41, a=100.0), special_positions(10)),
    }
    report: dict[str, dict] = {}
    for name, (curate_cif, reward_cif) in cases.items():
        row: dict[str, object] = {"chars": len(curate_cif), "reward_chars": len(reward_cif)}
        assert len(reward_cif) <= MAX_CIF_CHARS, (name, len(reward_cif))
        (st, why, _), t = timed(crystals.parse, curate_cif)
        row["parse_s"], row["parse"] = round(t, 3), why or len(st)
        c, t = timed(crystals.canonicalize, curate_cif)
        row["canonicalize_s"], row["canonicalize"] = round(t, 3), c.reason or "ok"
        answer = [f"<answer>{reward_cif}</answer>"]
        for reward, kw in (
            (cif_validity_reward, {}),
            (composition_match_reward, {"formula": ["O" if name == "special_max" else "NaCl"]}),
            (space_group_match_reward, {"space_group": [225]}),
        ):
            v, t = timed(reward, answer, **kw)
            row[f"{reward.__name__}_s"], row[reward.__name__] = round(t, 3), v[0]
        report[name] = row
        print(name, json.dumps(row), flush=True)
    if not args.quick:
        for n in (10, 20):
            (_, why, _), t = timed(crystals.parse, bomb(n), max_sites=None)
            report[f"unbounded_parse_bomb_fm3m_{n}"] = {"parse_s": round(t, 3), "images": n * 192}
            print(f"unbounded parse, {n} sites x 192 ops: {t:.2f} s", flush=True)
    step = TagSmilesInProse()
    text = ("CCO " * 250_000)[: step.max_chars]
    _, t = timed(step.filter, Document(text=text, id="x"))
    report["prose_max"] = {"chars": len(text), "tag_s": round(t, 3)}
    print("prose_max", report["prose_max"], flush=True)
    _, t = timed(step.filter, Document(text="CCO " * 2_500_001, id="y"))
    report["prose_10MB"] = {"tag_s": round(t, 4)}
    print("prose_10MB", report["prose_10MB"], flush=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
