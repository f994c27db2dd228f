"""Crystal descriptions: facts from real CIFs, deterministic text, one-fact corruptions, bad input."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from chemtrove.chem import crystals
from chemtrove.chem.crystals.describe import CRYSTAL_SYSTEMS, Fact, corrupt_fact, describe_cif, describe_structure

DATA = Path(__file__).parent.parent / "data"
REAL = sorted((DATA / "cif").rglob("*.cif"))
BROKEN = sorted((DATA / "cif_broken").glob("*.cif"))


@pytest.fixture(scope="module")
def described():
    out = {}
    for path in REAL:
        text = path.read_text(encoding="utf-8", errors="replace")
        canon = crystals.canonicalize(text, symmetry_ops=False, charge_balance=False)
        if canon.ok:
            out[path.name] = (canon.value, describe_cif(canon.value))
    assert len(out) >= 5
    return out


def test_real_structures_are_described(described):
    for name, (cif, desc) in described.items():
        assert desc is not None, name
        kinds = [f.kind for f in desc.facts]
        assert kinds[:5] == ["crystal_system", "space_group", "lattice", "formula_units", "density"], name
        formula, number = crystals.key_from_canonical(cif)
        assert desc.facts[0].sentence.startswith(f"{formula} crystallizes in the ")
        assert desc.facts[1].number == number  # the space group is the canonical CIF's
        assert desc.facts[0].value in CRYSTAL_SYSTEMS
        assert desc.text.endswith(".") and "nan" not in desc.text


def test_coordination_of_rock_salt():
    cif = (DATA / "cif_broken" / "valid_reference.cif").read_text()
    desc = describe_cif(cif)
    assert desc is not None
    coord = [f for f in desc.facts if f.kind == "coordination"]
    assert coord and all(f.number and f.number >= 1 for f in coord)


def test_same_structure_same_text(described):
    cif, desc = next(iter(described.values()))
    assert describe_cif(cif).text == desc.text
    # the same structure written as P1 with every site gives the same description
    structure, _, _ = crystals.parse(crystals.restore_symmetry_ops(cif))
    assert describe_structure(structure).text == desc.text


def test_corruption_changes_exactly_one_fact(described):
    rng = random.Random(0)
    changed = 0
    for _, (_, desc) in described.items():
        for fact in desc.facts:
            bad = corrupt_fact(fact, rng)
            if bad is None:
                continue
            changed += 1
            assert bad != fact.value, fact
            if fact.kind == "coordination":
                assert bad.split(" ", 1)[1] == fact.value.split(" ", 1)[1]  # only the count differs
    assert changed >= 20


def test_corrupt_fact_edge_cases():
    rng = random.Random(1)
    assert corrupt_fact(Fact("text", "", "free text", ""), rng) is None
    assert corrupt_fact(Fact("lattice", "The cell has ", "garbled", "."), rng) is None
    one = Fact("formula_units", "There are ", "1 formula units", " in the conventional cell.", 1.0)
    assert all(int(corrupt_fact(one, rng).split()[0]) >= 2 for _ in range(20))  # never zero or negative
    mixed = Fact("coordination", "Cu(1) is bonded to ", "four O and two Cl atoms", ".", 6.0)
    assert corrupt_fact(mixed, rng).endswith("O and two Cl atoms")


@pytest.mark.parametrize("path", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_cifs_give_none_or_a_description(path):
    desc = describe_cif(path.read_text(encoding="utf-8", errors="replace"))
    assert desc is None or desc.facts


@pytest.mark.parametrize("junk", ["", "   ", "\x00\x01\x02", "data_x\n" + "_cell_length_a 1e308\n" * 3, None, 42])
def test_junk_gives_none(junk):
    assert describe_cif(junk) is None  # type: ignore[arg-type]


def test_robocrys_backend_is_explained_when_missing():
    cif = (DATA / "cif_broken" / "valid_reference.cif").read_text()
    structure, _, _ = crystals.parse(cif)
    try:
        import robocrys  # noqa: F401
    except ImportError:
        with pytest.raises(ValueError, match="pip install robocrys"):
            describe_structure(structure, backend="robocrys")
    with pytest.raises(ValueError, match="backend"):
        describe_structure(structure, backend="llm")
