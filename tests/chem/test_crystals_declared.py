"""What a CIF declares is applied or checked, never silently ignored (chemtrove.chem.crystals.declared).

As seen: a CIF declaring a space group pymatgen does not recognize (``C2:b1``, ``P21/c``, Hall symbols) and
listing no symmetry operations was read as P1 with only its listed sites, and canonicalized as if right.
"""

from __future__ import annotations

import numpy as np
import pytest

from chemtrove.chem import crystals
from chemtrove.chem.crystals import parse
from chemtrove.chem.crystals.declared import _operations
from chemtrove.chem.reasons import REASONS

CELLS = {  # a cell of each crystal system's shape (a, b, c, alpha, beta, gamma)
    "triclinic": (5.0, 6.0, 7.0, 80, 95, 100),
    "monoclinic": (5.0, 6.0, 7.0, 90, 100, 90),
    "orthorhombic": (5.0, 6.0, 7.0, 90, 90, 90),
    "tetragonal": (5.0, 5.0, 7.0, 90, 90, 90),
    "hexagonal": (5.0, 5.0, 7.0, 90, 90, 120),
    "cubic": (5.0, 5.0, 5.0, 90, 90, 90),
    "rhombohedral": (5.0, 5.0, 5.0, 70, 70, 70),
}
GENERAL = (0.1234, 0.2345, 0.3456)


def _system(number: int, choice: str) -> str:
    if choice == "R":
        return "rhombohedral"
    for top, name in (
        (2, "triclinic"),
        (15, "monoclinic"),
        (74, "orthorhombic"),
        (142, "tetragonal"),
        (194, "hexagonal"),
    ):
        if number <= top:
            return name
    return "cubic"


def _cif(symmetry: str, cell=CELLS["monoclinic"], sites="C1 C 0.1234 0.2345 0.3456", extra: str = "") -> str:
    a, b, c, al, be, ga = cell
    return (
        f"data_t\n_cell_length_a {a}\n_cell_length_b {b}\n_cell_length_c {c}\n_cell_angle_alpha {al}\n"
        f"_cell_angle_beta {be}\n_cell_angle_gamma {ga}\n{extra}{symmetry}\nloop_\n_atom_site_label\n"
        f"_atom_site_type_symbol\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n{sites}\n"
    )


def _orbit(hall: int) -> list[tuple[float, ...]]:
    """The general position's orbit under a Hall setting's operations, computed directly (no CIF parser)."""
    import spglib

    sym = spglib.get_symmetry_from_database(hall)
    pts = {
        tuple(np.round(np.mod(r @ np.array(GENERAL) + t, 1.0), 4) % 1.0)
        for r, t in zip(sym["rotations"], sym["translations"], strict=True)
    }
    return sorted(pts)


def _coords(structure) -> list[tuple[float, ...]]:
    return sorted(map(tuple, np.round(np.mod(structure.frac_coords, 1.0), 4) % 1.0))


def _ops_loop(hall: int) -> str:
    return "loop_\n_symmetry_equiv_pos_as_xyz\n" + "\n".join(f"'{op}'" for op in _operations(hall))


@pytest.mark.parametrize(
    "symmetry, hall",
    [
        ("_symmetry_space_group_name_H-M 'C2:b1'", 9),
        ("_symmetry_space_group_name_H-M 'P21/c'", 81),
        ("_symmetry_space_group_name_H-M 'P 21/n'", 82),
        ("_symmetry_space_group_name_H-M 'P 1 21/n 1'", 82),
        ("_space_group_name_H-M_alt 'P 1 21/c 1'", 81),
        ("_symmetry_space_group_name_Hall '-P 2ybc'", 81),
        ("_space_group_name_Hall '-P 2yn'", 82),
        ("_symmetry_Int_Tables_number 14", 81),
        ("_space_group_IT_number 14", 81),
    ],
)
def test_declared_space_group_without_operations_is_applied(symmetry, hall):
    """The cell content is the one the declared setting gives: the same as with the operations written out."""
    structure, reason, _ = parse(_cif(symmetry))
    assert reason is None
    assert _coords(structure) == _orbit(hall) and len(structure) == 4
    written_out = crystals.canonicalize(_cif(_ops_loop(hall))).value
    assert crystals.canonicalize(_cif(symmetry)).value == written_out


@pytest.mark.slow
def test_every_setting_by_hall_symbol_and_extended_name():
    """All 530 settings of spglib's table: a Hall symbol alone, and the extended Hermann-Mauguin symbol with
    its setting (``P 1 21/c 1:b1``, ``F d -3 m:2``, ``R -3:H``), give the orbit of that setting."""
    import spglib

    wrong = []
    for hall in range(1, 531):
        t = spglib.get_spacegroup_type(hall)
        cell = CELLS[_system(t.number, t.choice)]
        names = [f"_symmetry_space_group_name_Hall '{t.hall_symbol}'"]
        if t.choice:
            names.append(f"_symmetry_space_group_name_H-M '{t.international_full}:{t.choice}'")
        for symmetry in names:
            structure, reason, _ = parse(_cif(symmetry, cell))
            if reason is not None or _coords(structure) != _orbit(hall):
                wrong.append((hall, symmetry, reason))
    assert not wrong, wrong[:10]


@pytest.mark.parametrize(
    "symmetry, reason",
    [
        ("_symmetry_space_group_name_H-M 'Q 42 z'", "cif_unknown_space_group"),
        ("_space_group_name_Hall '-Q 2ybc'", "cif_unknown_space_group"),
        ("_symmetry_Int_Tables_number 0", "cif_unknown_space_group"),
        ("_symmetry_Int_Tables_number 231", "cif_unknown_space_group"),
        ("_symmetry_Int_Tables_number fourteen", "cif_unknown_space_group"),
        # an unknown name beside a number: the number's standard setting may not be the name's
        ("_symmetry_space_group_name_H-M 'Q 42 z'\n_symmetry_Int_Tables_number 14", "cif_unknown_space_group"),
        ("_symmetry_space_group_name_H-M 'P 1 21/c 1'\n_symmetry_Int_Tables_number 15", "cif_symmetry_conflict"),
        ("_symmetry_space_group_name_H-M 'P 1 21/c 1'\n_space_group_name_Hall '-C 2yc'", "cif_symmetry_conflict"),
    ],
)
def test_symmetry_that_cannot_be_applied_is_a_reason(symmetry, reason):
    """Never kept as P1 with the listed sites only: the record gets a reason code with a description."""
    assert parse(_cif(symmetry))[1] == reason
    assert crystals.canonicalize(_cif(symmetry)).reason == reason
    assert reason in REASONS and reason in crystals.CIF_REASONS


def test_operations_win_over_the_name_and_p1_stays_p1():
    """Operations define the cell content (a name beside them is a label); no declaration, or P 1, is P1."""
    ops = _ops_loop(81)
    structure, reason, _ = parse(_cif(ops + "\n_symmetry_space_group_name_H-M 'Q 42 z'"))
    assert reason is None and len(structure) == 4
    for symmetry in ("", "_symmetry_space_group_name_H-M 'P 1'", "_symmetry_space_group_name_H-M ?"):
        structure, reason, _ = parse(_cif(symmetry))
        assert reason is None and len(structure) == 1


@pytest.mark.parametrize("op", ["x*y, y, z", "x, y, *", "-x, y+1/2, -z+1/2/0", "-, y, z", "x, y, 1/0", "xx, y, z"])
def test_operations_pymatgen_would_misread_are_a_reason(op):
    """pymatgen reads these without a word (x*y as x+y, * as 0, a trailing /0 dropped): a garbled operation
    is cif_bad_symmetry, never a different operation."""
    structure, reason, _ = parse(_cif(f"loop_\n_symmetry_equiv_pos_as_xyz\n'x, y, z'\n'{op}'"))
    assert structure is None and reason == "cif_bad_symmetry"


@pytest.mark.parametrize("mark", ["?", "."])
def test_unknown_occupancy_is_cifs_default_one(mark):
    """As seen: a '?' occupancy (CIF: unknown, default 1) was rejected as cif_bad_number; '.' lost the site."""
    sites = f"Na1 Na 0 0 0 {mark}\nCl1 Cl 0.5 0.5 0.5 1"
    text = _cif("_symmetry_space_group_name_H-M 'F m -3 m'", CELLS["cubic"], sites).replace(
        "_atom_site_fract_z\n", "_atom_site_fract_z\n_atom_site_occupancy\n"
    )
    structure, reason, _ = parse(text)
    assert reason is None and structure.composition.reduced_formula == "NaCl"
    assert all(sum(site.species.values()) == 1 for site in structure)


def test_no_atom_sites():
    """As seen: a CIF whose atom-site loop lists no known position got cif_bad_number."""
    assert parse(_cif("", sites="? ? ? ? ?"))[1] == "cif_no_atom_sites"
    assert parse(_cif("", sites="Na1 Na ? ? ?\nCl1 Cl . . ."))[1] == "cif_no_atom_sites"
    assert parse(_cif("", sites="Na1 Na 0 0 ?"))[1] == "cif_no_atom_sites"
    assert parse(_cif("", sites="Na1 Na 0 0 0\nCl1 Cl ? ? ?"))[1] == "cif_bad_number"  # one site is not "none"


def test_declared_cell_volume_is_checked():
    """A declared _cell_volume the cell parameters do not give (a mistyped length) is a reason; rounding and
    a volume measured at another temperature (a few tenths of a percent to ~1%) are not."""
    volume = 5.0 * 6.0 * 7.0 * np.sin(np.radians(100))
    for declared, reason in (
        (f"{volume:.1f}(3)", None),
        (f"{volume * 1.012:.2f}", None),
        ("250.0", "cif_cell_volume_mismatch"),
        ("?", None),
    ):
        assert parse(_cif("", extra=f"_cell_volume {declared}\n"))[1] == reason, declared


def test_declared_formula_units_z():
    """No symmetry given, Z = 4 declared for NaCl, two sites listed: the cell holds 1 formula unit of the 4
    declared (what a symmetry left out looks like): formula_inconsistent. With the symmetry, it holds 4."""
    sites = "Na1 Na 0 0 0\nCl1 Cl 0.5 0.5 0.5"
    extra = "_chemical_formula_sum 'Cl Na'\n_cell_formula_units_Z 4\n"
    assert crystals.canonicalize(_cif("", CELLS["cubic"], sites, extra)).reason == "formula_inconsistent"
    fm3m = "_symmetry_space_group_name_H-M 'F m -3 m'"
    assert crystals.canonicalize(_cif(fm3m, CELLS["cubic"], sites, extra)).reason is None
    # pymatgen's CifWriter writes the cell's formula as _chemical_formula_sum next to Z: accepted too
    whole = "_chemical_formula_sum 'Na4 Cl4'\n_cell_formula_units_Z 4\n"
    assert crystals.canonicalize(_cif(fm3m, CELLS["cubic"], sites, whole)).reason is None
    assert crystals.canonicalize(_cif("", CELLS["cubic"], sites, extra), check_formula=False).reason is None


def test_real_cifs_keep_their_results(data_dir):
    """The checks reject nothing the shared real CIFs held before (each of them parses as it did)."""
    paths = sorted((data_dir / "cif").rglob("*.cif"))
    assert len(paths) >= 15
    for path in paths:
        structure, reason, _ = parse(path.read_text(errors="replace"))
        assert reason is None, (path.name, reason)


def test_the_curate_step_drops_with_the_new_reasons():
    """Through the datatrove step, in memory: the record lands in the quarantine with its reason."""
    from chemtrove.curate import CanonicalizeCif, apply

    texts = [_cif("_symmetry_space_group_name_H-M 'Q 42 z'"), _cif("_symmetry_space_group_name_H-M 'C2:b1'")]
    df = apply(texts, [CanonicalizeCif()])
    assert df["reason"].to_list() == ["cif_unknown_space_group", None]
