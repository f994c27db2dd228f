"""Size bounds before pymatgen's symmetry expansion (item 7: a 9 kB CIF stalled a reward for minutes)."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from datatrove.data import Document

from chemtrove.chem import crystals
from chemtrove.chem.crystals.bounds import expanded_atoms
from chemtrove.chem.reasons import REASONS

REAL = Path(__file__).resolve().parents[1] / "data" / "cif"


def bomb(n: int = 300, sg: str = "F m -3 m", a: float = 30.0) -> str:
    """``n`` random general sites in a space group given by symbol only: 300 in Fm-3m is ~9 kB."""
    rng = random.Random(0)
    lines = [
        "data_bomb",
        *(f"_cell_length_{k} {a}" for k in "abc"),
        *(f"_cell_angle_{k} 90" for k in ("alpha", "beta", "gamma")),
    ]
    lines += [f"_symmetry_space_group_name_H-M '{sg}'", "loop_", "_atom_site_label", "_atom_site_type_symbol"]
    lines += [f"_atom_site_fract_{k}" for k in "xyz"]
    lines += [f"C{i} C {rng.random():.4f} {rng.random():.4f} {rng.random():.4f}" for i in range(n)]
    return "\n".join(lines) + "\n"


def special(n: int, a: float = 60.0) -> str:
    """``n`` Fm-3m sites on 48-fold (0, y, y) positions: 192 images but 48 atoms each."""
    lines = [
        "data_special",
        *(f"_cell_length_{k} {a}" for k in "abc"),
        *(f"_cell_angle_{k} 90" for k in ("alpha", "beta", "gamma")),
    ]
    lines += ["_symmetry_space_group_name_H-M 'F m -3 m'", "loop_", "_atom_site_label", "_atom_site_type_symbol"]
    lines += [f"_atom_site_fract_{k}" for k in "xyz"]
    lines += [f"O{i} O 0 {0.03 + 0.2 * i / n:.5f} {0.03 + 0.2 * i / n:.5f}" for i in range(n)]
    return "\n".join(lines) + "\n"


def test_the_bomb_is_stopped_before_the_expansion():
    text = bomb()
    assert 8_000 < len(text) < 10_000
    crystals.parse(bomb(1))  # pymatgen builds a space group's operations once per process
    t0 = time.perf_counter()
    assert crystals.parse(text)[1] == "too_many_sites"  # 57,600 atoms, counted without pymatgen
    assert crystals.canonicalize(text).reason == "too_many_sites"
    assert crystals.parse(text, max_sites=10**6, max_images=8000)[1] == "cif_expansion_too_large"
    assert time.perf_counter() - t0 < 2.0  # was ~20 s (canonicalize) and 160-196 s (rewards)


def test_images_bound_with_few_atoms():
    text = special(12)  # 12 x 192 = 2,304 images, 576 atoms
    st, why, _ = crystals.parse(text)
    assert why is None and len(st) == 576
    assert crystals.parse(text, max_sites=600, max_images=2000)[1] == "cif_expansion_too_large"
    assert crystals.parse(text, max_sites=500)[1] == "too_many_sites"
    assert "cif_expansion_too_large" in REASONS and "cif_expansion_too_large" in crystals.CIF_REASONS


def test_atom_count_matches_pymatgen_on_real_cifs():
    from pymatgen.io.cif import CifParser

    checked = 0
    for path in sorted(REAL.glob("*/*.cif")):
        for block in crystals.split_blocks(path.read_text(errors="replace")):
            st, why, _ = crystals.parse(block, max_sites=None)
            if st is None:
                continue
            parser = CifParser.from_str(block, check_cif=False)
            count = expanded_atoms(parser, next(iter(parser._cif.data.values())))
            assert count == len(st), path.name
            assert crystals.parse(block)[1] is None, path.name  # the default bounds never reject a real CIF
            checked += 1
    assert checked >= 15


def test_canonicalize_cif_step_and_its_clock():
    from chemtrove.curate.crystals import CanonicalizeCif

    doc = Document(text=bomb(), id="b")
    t0 = time.perf_counter()
    assert CanonicalizeCif().filter(doc) == (False, "too_many_sites")
    assert time.perf_counter() - t0 < 2.0
    with pytest.raises(ValueError, match="max_sites"):
        CanonicalizeCif(max_sites=-1)


def test_cif_rewards_score_zero_fast():
    pytest.importorskip("chemtrove.train.rewards")
    from chemtrove.train.rewards.crystals import cif_validity_reward, composition_match_reward, space_group_match_reward

    answer = [f"<answer>{bomb()}</answer>"]
    t0 = time.perf_counter()
    assert cif_validity_reward(answer) == [0.0]
    assert composition_match_reward(answer, formula=["C"]) == [0.0]
    assert space_group_match_reward(answer, space_group=[225]) == [0.0]
    assert time.perf_counter() - t0 < 3.0
    ok = [f"<answer>{special(10)}</answer>"]  # 480 atoms, 1,920 images: just inside the reward bounds
    assert cif_validity_reward(ok) == [1.0]
