"""Tests of chemtrove.chem.crystals on real CIFs and on a corpus of broken ones."""

from __future__ import annotations

import csv
import math
import random
import re
import time
import warnings
from pathlib import Path

import numpy as np
import pytest
from pymatgen.core import DummySpecies, Lattice, Structure
from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

from chemtrove.chem import crystals
from chemtrove.chem.canon import Canon
from chemtrove.chem.reasons import REASONS

DATA = Path(__file__).resolve().parents[1] / "data"
REAL = DATA / "cif"
BROKEN = DATA / "cif_broken"
KNOWN_CODES = set(REASONS) | set(crystals.CIF_REASONS)


def _real_texts() -> list[tuple[str, str]]:
    out = [(p.name, p.read_text(errors="replace")) for p in sorted(REAL.glob("*/*.cif"))]
    with open(REAL / "perov5_sample_40.csv", newline="") as fh:
        out += [(f"perov5-{row['material_id']}", row["cif"]) for row in csv.DictReader(fh)]
    return out


REAL_TEXTS = _real_texts()
PARTIAL = "Na0.8CoO2_P63mmc.cif"


@pytest.fixture(scope="module")
def canonical() -> dict[str, Canon]:
    return {name: crystals.canonicalize(text) for name, text in REAL_TEXTS}


def _rock_salt() -> Structure:
    return Structure.from_spacegroup("Fm-3m", Lattice.cubic(5.64), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])


# ---------------------------------------------------------------------------------------------- real CIFs


def test_real_corpus_is_there():
    assert len(REAL_TEXTS) == 57


@pytest.mark.parametrize("name,text", REAL_TEXTS[:17], ids=[n for n, _ in REAL_TEXTS[:17]])
def test_real_cifs_parse(name, text):
    structure, reason, messages = crystals.parse(text)
    assert reason is None and structure is not None and len(structure) > 0
    assert isinstance(messages, list) and all(isinstance(m, str) for m in messages)


def test_canonicalize_accepts_real_cifs(canonical):
    rejected = {name: c.reason for name, c in canonical.items() if not c.ok}
    assert rejected == {PARTIAL: "partial_occupancy"}


def test_canonicalize_is_idempotent_on_real_cifs(canonical):
    accepted = {name: c.value for name, c in canonical.items() if c.ok}
    same = [name for name, value in accepted.items() if crystals.canonicalize(value).value == value]
    assert len(same) / len(accepted) >= 0.99
    assert len(same) == len(accepted)  # measured: 100 % here and on all 705 shared CIFs


def test_canonical_text_format(canonical):
    for name, c in canonical.items():
        if not c.ok:
            continue
        text = c.value
        lines = text.splitlines()
        assert text.endswith("\n") and "#" not in text and "pymatgen" not in text, name
        formula_sum = re.search(r"_chemical_formula_sum   '([^']+)'", text).group(1)
        assert lines[0] == "data_" + formula_sum.replace(" ", ""), name
        cell = {k: float(v) for k, v in re.findall(r"^_cell_(?:length|angle)_(\w+)\s+(\S+)$", text, re.M)}
        for value in re.findall(r"^_cell_(?:length|angle)_\w+\s+(\S+)$", text, re.M):
            assert re.fullmatch(r"\d+\.\d{4}", value), (name, value)
        volume = float(re.search(r"^_cell_volume\s+(\S+)$", text, re.M).group(1))
        ca, cb, cg = (math.cos(math.radians(cell[k])) for k in ("alpha", "beta", "gamma"))
        expected = cell["a"] * cell["b"] * cell["c"] * math.sqrt(1 - ca**2 - cb**2 - cg**2 + 2 * ca * cb * cg)
        assert abs(volume - round(expected, 4)) < 1.5e-4, name
        rows = [ln.split() for ln in lines if re.match(r"^  [A-Z][a-z]?  [A-Z]", ln)]
        assert rows, name
        for k, (symbol, label, mult, x, y, z, occ) in enumerate(rows):
            assert label == f"{symbol}{k}" and int(mult) >= 1, (name, label)
            for v in (x, y, z):
                assert re.fullmatch(r"0\.\d{4}", v), (name, v)
            assert occ == "1", (name, occ)


def test_composition_and_space_group_are_preserved(canonical):
    for name, text in REAL_TEXTS:
        c = canonical[name]
        if not c.ok:
            continue
        original, _, _ = crystals.parse(text)
        original.remove_oxidation_states()  # canonical text drops oxidation states by design
        back, reason, _ = crystals.parse(c.value)
        assert reason is None, name
        assert original.composition.reduced_composition.almost_equals(back.composition.reduced_composition), name
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # spglib 2.x deprecation, per call
            sg = SpacegroupAnalyzer(original, symprec=0.1).get_space_group_number()
        assert crystals.space_group_number(back) == sg, name
        assert int(re.search(r"_symmetry_Int_Tables_number\s+(\d+)", c.value).group(1)) == sg, name


def test_canonical_matches_the_original_structure(canonical):
    from pymatgen.analysis.structure_matcher import StructureMatcher

    matcher = StructureMatcher()
    for name, text in REAL_TEXTS[:17]:
        if canonical[name].ok:
            original = crystals.parse(text)[0]
            original.remove_oxidation_states()
            assert matcher.fit(original, crystals.parse(canonical[name].value)[0]), name


def test_orbits_of_a_loosely_symmetric_structure_do_not_overlap():
    # 3-G139 is I4/mmm but Fm-3m at symprec 0.1: spglib's orbits of the input disagree with the
    # cubic group, so orbits must come from the written operations (else oxygens are doubled).
    c = crystals.canonicalize((REAL / "pyxtal" / "3-G139.cif").read_text())
    assert c.ok and "_symmetry_Int_Tables_number   225" in c.value
    back, reason, _ = crystals.parse(c.value)
    assert reason is None and back.composition.reduced_formula == "MgPb2WO6"


def test_special_position_survives_rounding():
    # Ag on (x, 2x, 2/3) with x = 0.20505: rounding x and y one by one breaks y = 2x and pymatgen
    # would read two silver atoms 0.0006 Å apart; the written site is nudged back onto the axis.
    from pymatgen.io.cif import CifWriter

    lattice = Lattice.hexagonal(6.19, 9.015)
    structure = Structure.from_spacegroup(
        "P3_112", lattice, ["Ag", "O"], [[0.20505, 0.4101, 2 / 3], [0.1452, 0.4121, 0.9186]]
    )
    c = crystals.canonicalize(str(CifWriter(structure)))
    # (z is 2/3 - 1/2: P3_112 allows the origin at z = 1/2 too, and the smaller text is written)
    assert "  Ag  Ag0  3  0.2050  0.4100  0.1667  1" in c.value
    back, reason, _ = crystals.parse(c.value)
    assert reason is None and len(back) == len(structure)
    assert crystals.canonicalize(c.value).value == c.value


def test_origin_choice_does_not_change_the_text():
    # cubic perovskite: Ti or Sr at the origin are two descriptions of one structure (Pm-3m allows both)
    a = Structure.from_spacegroup("Pm-3m", Lattice.cubic(3.9), ["Sr", "Ti", "O"], [[0, 0, 0], [0.5] * 3, [0.5, 0.5, 0]])
    b = Structure.from_spacegroup("Pm-3m", Lattice.cubic(3.9), ["Ti", "Sr", "O"], [[0, 0, 0], [0.5] * 3, [0.5, 0, 0]])
    assert crystals.canonicalize_structure(a).value == crystals.canonicalize_structure(b).value
    # polar axes: the origin along c of P4mm (BaTiO3) is free; every shift gives one text
    # (symmetrized=False writes the cell as parsed, origin included)
    rng = random.Random(5)
    for structure in (_bases()[0], a):
        one = crystals.canonicalize_structure(structure).value
        assert crystals.canonicalize(one).value == one
        for _ in range(4):
            shifted = structure.copy()
            shifted.translate_sites(list(range(len(shifted))), [rng.random() for _ in range(3)])
            assert crystals.canonicalize_structure(shifted).value == one


def test_idempotent_on_jittered_copies():
    from pymatgen.io.cif import CifWriter

    same = total = 0
    for k, (_, text) in enumerate(REAL_TEXTS):
        structure = crystals.parse(text)[0]
        structure.remove_oxidation_states()
        noise = np.random.default_rng(k).normal(0, 0.03, (len(structure), 3))  # Å
        jittered = Structure(
            structure.lattice,
            structure.species_and_occu,
            structure.frac_coords + noise @ np.linalg.inv(structure.lattice.matrix),
        )
        first = crystals.canonicalize(str(CifWriter(jittered)), partial_occupancy="tag")
        if first.ok:
            total += 1
            same += crystals.canonicalize(first.value, partial_occupancy="tag").value == first.value
    assert total >= 55 and same / total >= 0.98  # measured here: 57 of 57


def test_occupancy_close_to_one_is_full():
    text = (BROKEN / "valid_reference.cif").read_text().replace("Na1 Na 0 0 0 1", "Na1 Na 0 0 0 0.9996")
    c = crystals.canonicalize(text)
    assert c.ok and "partial_occupancy" not in c.flags
    assert "  Na  Na0  4  0.0000  0.0000  0.0000  1\n" in c.value


@pytest.mark.parametrize(
    "options",
    [
        {"symmetrized": False},
        {"properties_block": True},
        {"partial_occupancy": "tag"},
        {"decimals": 5},
        {"symprec": 0.01},
        {"symmetrized": False, "decimals": 3},
    ],
    ids=str,
)
def test_options_are_idempotent(options):
    for name, text in REAL_TEXTS[:25]:
        first = crystals.canonicalize(text, **options)
        if first.ok:
            assert crystals.canonicalize(first.value, **options).value == first.value, (name, options)


def test_p1_output_lists_every_site():
    text = (REAL / "dans_diffraction" / "Rutile.cif").read_text()
    c = crystals.canonicalize(text, symmetrized=False)
    structure = crystals.parse(text)[0]
    assert "_symmetry_space_group_name_H-M   P1" in c.value and "  1  'x, y, z'\n" in c.value
    rows = [ln for ln in c.value.splitlines() if re.match(r"^  [A-Z][a-z]?  [A-Z]", ln)]
    assert len(rows) == len(structure) and all(r.split()[2] == "1" for r in rows)


def test_partial_occupancy_policies():
    text = (REAL / "dans_diffraction" / PARTIAL).read_text()
    assert crystals.canonicalize(text).reason == "partial_occupancy"
    tagged = crystals.canonicalize(text, partial_occupancy="tag")
    kept = crystals.canonicalize(text, partial_occupancy="keep")
    assert tagged.ok and "partial_occupancy" in tagged.flags
    assert kept.ok and "partial_occupancy" not in kept.flags and kept.value == tagged.value
    occupancies = {ln.split()[-1] for ln in tagged.value.splitlines() if ln.startswith("  Na  ")}
    assert occupancies == {"0.2", "0.6"}
    assert crystals.canonicalize(tagged.value, partial_occupancy="tag").value == tagged.value
    with pytest.raises(ValueError):
        crystals.canonicalize(text, partial_occupancy="maybe")


def test_properties_block():
    c = crystals.canonicalize((REAL / "pyxtal" / "BTO.cif").read_text(), properties_block=True)
    lines = c.value.splitlines()
    assert lines[1:6] == [
        "loop_",
        " _atom_type_symbol",
        " _atom_type_electronegativity",
        " _atom_type_radius",
        " _atom_type_ionic_radius",
    ]
    assert [ln.split()[0] for ln in lines[6:9]] == ["Ba", "Ti", "O"]


def test_semi_symmetrized_text_restores():
    for name, text in REAL_TEXTS[:17]:
        full = crystals.canonicalize(text)
        if full.ok:
            semi = crystals.canonicalize(text, symmetry_ops=False)
            assert semi.value.count("'x, y, z'") == 1 and len(semi.value) <= len(full.value)
            assert crystals.restore_symmetry_ops(semi.value) == full.value, name


def test_decimals_below_four_refused_for_symmetrized_output():
    with pytest.raises(ValueError):
        crystals.canonicalize(REAL_TEXTS[0][1], decimals=3)


def test_nothing_leaks_to_warnings_or_stderr(capfd):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        for _, text in REAL_TEXTS[:17]:
            crystals.canonicalize(text)
        for path in sorted(BROKEN.glob("*.cif")):
            crystals.canonicalize(path.read_text())
    assert log == []
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_flags_of_real_cifs(canonical):
    assert all(set(c.flags) <= set(crystals.CIF_FLAGS) for c in canonical.values())
    assert "charge_unbalanced" not in canonical["NaCl.cif"].flags


# ------------------------------------------------------------------------------------------- broken CIFs

EXPECTED = {
    "valid_reference": None,
    "truncated_loop": "cif_loop_mismatch",
    "missing_column": "cif_missing_field",
    "empty_symmetry_loop": "cif_syntax",
    "unclosed_uncertainty": "cif_bad_number",
    "unknown_coordinate": "cif_bad_number",
    "negative_cell": "bad_cell_length",
    "zero_cell": "bad_cell_length",
    "flat_angle": "bad_cell_angle",
    "missing_cell_length": "cif_bad_cell",
    "unknown_element": "unknown_element",
    "overlapping_atoms": "atoms_too_close",
    "duplicate_atoms": "occupancy_above_one",
    "occupancy_above_one": "occupancy_above_one",
    "partial_occupancy": "partial_occupancy",
    "formula_mismatch": "formula_inconsistent",
    "garbled_symop": "cif_bad_symmetry",
    "no_atoms": "cif_no_atom_sites",
    "no_data_block": "cif_no_data_block",
    "empty": "empty",
    "charge_unbalanced": None,
    "multi_block": None,
    "multi_block_first_broken": None,
}


def test_broken_corpus_is_complete():
    assert {p.stem for p in BROKEN.glob("*.cif")} == set(EXPECTED)
    assert set(EXPECTED.values()) - {None} <= KNOWN_CODES


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_broken_cif_reason(stem):
    text = (BROKEN / f"{stem}.cif").read_text()
    result = crystals.canonicalize(text)
    assert result.reason == EXPECTED[stem]
    structure, reason, messages = crystals.parse(text)
    assert (structure is None) == (reason is not None) and isinstance(messages, list)
    if reason is not None:
        assert reason == EXPECTED[stem]  # parse-level problems are the canonical reason too


def test_checks_found_by_check_not_parse():
    for stem in ("unknown_element", "overlapping_atoms", "formula_mismatch", "flat_angle"):
        structure, reason, _ = crystals.parse((BROKEN / f"{stem}.cif").read_text())
        assert reason is None
        assert crystals.check(structure)[0] == EXPECTED[stem]


def test_charge_balance_is_a_tag():
    c = crystals.canonicalize((BROKEN / "charge_unbalanced.cif").read_text())
    assert c.ok and c.flags == ("charge_unbalanced",)
    assert crystals.canonicalize((BROKEN / "charge_unbalanced.cif").read_text(), charge_balance=False).flags == ()


def test_multi_block():
    text = (BROKEN / "multi_block.cif").read_text()
    blocks = crystals.split_blocks(text)
    assert [b.split("\n", 1)[0] for b in blocks] == ["data_global", "data_phase_1", "data_phase_2"]
    results = crystals.parse_all(text)
    assert [r for _, r, _ in results] == ["cif_no_atom_sites", None, None]
    assert results[2][0].lattice.a == pytest.approx(5.70)
    structure, reason, _ = crystals.parse(text)
    assert reason is None and structure.lattice.a == pytest.approx(5.64)
    assert crystals.canonicalize(text).flags == ("multiple_structures",)
    broken_first = crystals.parse_all((BROKEN / "multi_block_first_broken.cif").read_text())
    assert [r for _, r, _ in broken_first] == ["cif_loop_mismatch", None]


@pytest.mark.parametrize("value", [None, b"data_x", 42, ["data_x"]])
def test_not_a_string(value):
    assert crystals.canonicalize(value).reason == "not_a_string"
    assert crystals.parse(value)[1] == "not_a_string"


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\n"])
def test_empty(text):
    assert crystals.canonicalize(text).reason == "empty"


def test_binary_junk():
    rng = random.Random(0)
    junk = bytes(rng.randrange(256) for _ in range(4096)).decode("latin-1")
    assert crystals.canonicalize(junk).reason == "binary"
    assert crystals.canonicalize("data_x\n" + junk.replace("\x00", "")).reason == "binary"
    assert crystals.canonicalize("data_x\n" + "".join(rng.choice("abc 1.()'_\n") for _ in range(3000))).reason in (
        KNOWN_CODES
    )


def test_huge_file_rejected_before_pymatgen():
    valid = (BROKEN / "valid_reference.cif").read_text()
    huge = valid + "# padding\n" * (crystals.DEFAULT_MAX_LENGTH // 10)
    t0 = time.perf_counter()
    assert crystals.canonicalize(huge).reason == "too_long"
    assert crystals.parse(huge)[1] == "too_long"
    assert time.perf_counter() - t0 < 1.0
    assert crystals.canonicalize(valid, max_length=100).reason == "too_long"


def test_too_many_sites():
    assert crystals.canonicalize(REAL_TEXTS[0][1], max_sites=3).reason == "too_many_sites"


def test_never_raises_on_mangled_real_cifs():
    rng = random.Random(1)
    texts = [text for _, text in REAL_TEXTS[:17]] + [(BROKEN / "valid_reference.cif").read_text()]
    for text in texts:
        lines = text.splitlines(keepends=True)
        variants = [text[: rng.randrange(len(text))] for _ in range(4)]
        for _ in range(4):
            kept = [ln for ln in lines if rng.random() > 0.1]
            variants.append("".join(kept))
        for _ in range(2):
            chars = list(text)
            for _ in range(20):
                chars[rng.randrange(len(chars))] = rng.choice("()'\";_-.?x0\n ")
            variants.append("".join(chars))
        for variant in variants:
            result = crystals.canonicalize(variant)
            assert isinstance(result, Canon)
            assert result.ok or result.reason in KNOWN_CODES, result.reason


# ------------------------------------------------------------------------------------------------ checks


def test_check_codes_and_order():
    assert crystals.check(_rock_salt()) == []
    assert crystals.check(Structure(Lattice.cubic(3.0), ["Na", "Cl"], [[0, 0, 0], [0.05, 0, 0]])) == ["atoms_too_close"]
    assert crystals.check(Structure(Lattice.cubic(1200), ["Na"], [[0, 0, 0]])) == ["bad_cell_length"]
    flat = Structure(Lattice.from_parameters(4, 4, 4, 90, 90, 175), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    assert crystals.check(flat) == ["bad_cell_angle"]
    tiny = Structure(Lattice.from_parameters(0.5, 0.5, 0.5, 60, 60, 60), ["H"], [[0, 0, 0]])
    assert crystals.check(tiny) == ["volume_too_small"]
    dummy = Structure(Lattice.cubic(4), [DummySpecies("X"), "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    assert crystals.check(dummy) == ["unknown_element"]
    assert crystals.charge_balanced(dummy) is None


def test_check_formula_and_disorder():
    salt = Structure(Lattice.cubic(4), ["Na", "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]])
    assert crystals.check(salt, declared_formula="Na2 Cl2") == []
    assert crystals.check(salt, declared_formula="Na2 Cl") == ["formula_inconsistent"]
    assert crystals.check(salt, declared_formula="K Cl") == ["formula_inconsistent"]
    split = Structure(Lattice.cubic(4), [{"Na": 0.5}, {"Na": 0.5}, "Cl"], [[0, 0, 0], [0.05, 0, 0], [0.5] * 3])
    assert crystals.check(split) == []  # alternative positions of one atom, not a clash
    assert crystals.check(split, partial_occupancy="drop") == ["partial_occupancy"]
    assert crystals.flags(split) == ["partial_occupancy"]
    crowded = Structure(Lattice.cubic(4), [{"Na": 0.6}, {"Na": 0.6}, "Cl"], [[0, 0, 0], [0.05, 0, 0], [0.5] * 3])
    assert crystals.check(crowded) == ["atoms_too_close"]


def test_charge_balanced():
    assert crystals.charge_balanced("NaCl") is True
    assert crystals.charge_balanced("NaCl2") is False
    assert crystals.charge_balanced(_rock_salt()) is True
    assert crystals.charge_balanced("not a formula") is None


# ------------------------------------------------------------------------------------------------- dedup


def _planted(base: Structure, rng: random.Random) -> list[Structure]:
    shifted = base.copy()
    shifted.translate_sites(list(range(len(shifted))), [rng.random() for _ in range(3)])
    jittered = base.copy()
    jittered.perturb(0.001)
    order = list(range(len(base)))
    rng.shuffle(order)
    permuted = Structure.from_sites([base[i] for i in order])
    supercell = base.copy()
    supercell.make_supercell([2, 1, 2])
    return [shifted, jittered, permuted, supercell]


def _bases() -> list[Structure]:
    names = ["BTO.cif", "lt_quartz.cif", "Rutile.cif", "LiCoO2.cif", "JVASP-50935.cif"]
    found = {p.name: p for p in REAL.glob("*/*.cif")}
    out = [crystals.parse(found[n].read_text())[0] for n in names]
    # same formula and space group as the perovskite below, but A and B swapped: a different crystal
    out.append(
        Structure(
            Lattice.cubic(3.9),
            ["Sr", "Ti", "O", "O", "O"],
            [[0, 0, 0], [0.5] * 3, [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]],
        )
    )
    out.append(
        Structure(
            Lattice.cubic(3.9),
            ["Ti", "Sr", "O", "O", "O"],
            [[0, 0, 0], [0.5] * 3, [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]],
        )
    )
    return out


def test_structure_key():
    assert crystals.structure_key(_rock_salt()) == ("NaCl", 225)
    for name, text in REAL_TEXTS[:17]:
        c = crystals.canonicalize(text)
        if c.ok:
            structure = crystals.parse(text)[0]
            assert crystals.key_from_canonical(c.value) == crystals.structure_key(structure), name
    assert crystals.key_from_canonical("data_x\n") is None


def test_planted_duplicates_are_grouped():
    rng = random.Random(7)
    bases = _bases()
    items: dict[str, Structure] = {}
    expected = []
    for b, base in enumerate(bases):
        group = [f"{b}-0"]
        items[f"{b}-0"] = base
        if b < 5:
            for k, copy in enumerate(_planted(base, rng), start=1):
                items[f"{b}-{k}"] = copy
                group.append(f"{b}-{k}")
        expected.append(sorted(group))
    groups = crystals.group_duplicates(items)
    assert groups == sorted(expected)
    # the survivor (first id) and the groups do not depend on the input order
    shuffled = list(items.items())
    rng.shuffle(shuffled)
    assert crystals.group_duplicates(dict(shuffled)) == groups
    # precomputed keys (as read from canonical text) give the same groups
    keys = {i: crystals.key_from_canonical(crystals.canonicalize_structure(s).value) for i, s in items.items()}
    assert crystals.group_duplicates(items, keys=keys) == groups


def test_group_duplicate_texts_equals_group_duplicates_and_skips_the_matcher(monkeypatch):
    rng = random.Random(11)
    items: dict[str, Structure] = {}
    for b, base in enumerate(_bases()):
        items[f"{b}-0"] = base
        if b < 5:
            for k, copy in enumerate(_planted(base, rng), start=1):
                items[f"{b}-{k}"] = copy
    texts = {i: crystals.canonicalize_structure(s).value for i, s in items.items()}
    assert all(texts.values())
    expected = crystals.group_duplicates(items)
    keys = {i: crystals.key_from_canonical(t) for i, t in texts.items()}
    assert crystals.group_duplicate_texts(texts) == expected
    assert crystals.group_duplicate_texts(texts, keys=keys) == expected
    # identical texts never reach the matcher, and a text alone under its key is never parsed
    from chemtrove.chem.crystals import dedup

    calls = {"parse": 0, "matched": 0}
    real_parse, real_group = dedup.parse, dedup.group_duplicates

    def counting_parse(text, *a, **k):
        calls["parse"] += 1
        return real_parse(text, *a, **k)

    def counting_group(structures, **k):
        calls["matched"] += len(structures)
        return real_group(structures, **k)

    monkeypatch.setattr(dedup, "parse", counting_parse)
    monkeypatch.setattr(dedup, "group_duplicates", counting_group)
    same = {f"copy{n}": texts["0-0"] for n in range(5)}
    lonely = {"z": texts["6-0"]}
    assert crystals.group_duplicate_texts(
        {**same, **lonely}, keys={i: keys["0-0"] for i in same} | {"z": keys["6-0"]}
    ) == [
        sorted(same),
        ["z"],
    ]
    assert calls == {"parse": 0, "matched": 0}
    # an unparseable text is its own group (with its identical copies), never an error
    monkeypatch.setattr(dedup, "parse", real_parse)
    assert crystals.group_duplicate_texts({1: "data_x\nbroken", 2: "data_x\nbroken", 3: texts["0-0"]}) == [[1, 2], [3]]


def test_match():
    bases = _bases()
    rng = random.Random(3)
    for base in bases[:5]:
        for copy in _planted(base, rng):
            assert crystals.match(base, copy)
    assert not crystals.match(bases[0], bases[1])
    assert not crystals.match(bases[-2], bases[-1])  # same formula, same space group, A/B swapped


def test_group_duplicates_sequence_and_same_object_twice():
    salt = _rock_salt()
    assert crystals.group_duplicates([salt, salt, _bases()[-1]]) == [[0, 1], [2]]
    assert crystals.group_duplicates([]) == []
