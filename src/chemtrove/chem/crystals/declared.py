"""What a CIF block declares about itself, applied or checked instead of silently ignored.

pymatgen builds the cell content from the symmetry operations, or, when a block lists none, from the
space-group name it recognizes, or from the space-group number; when it recognizes none of them it keeps
the listed sites alone in P1 with only a warning: a wrong cell content kept as if it were right. Here:

- a declared space group pymatgen does not recognize is looked up in spglib's 530 settings (extended
  Hermann-Mauguin symbols such as ``C2:b1`` or ``P 1 21/n 1``, short symbols such as ``P21/c``, Hall
  symbols such as ``-P 2ybc``) and its operations are given to pymatgen;
- a declared space group that no table recognizes, or a number outside 1-230, is
  ``cif_unknown_space_group``; a name, Hall symbol and number that name different groups are
  ``cif_symmetry_conflict``. Operations listed in the block always win (they are what CIF defines; the
  name is a label);
- a ``?`` or ``.`` occupancy is CIF's default, 1;
- a declared ``_cell_volume`` that the cell parameters do not give is ``cif_cell_volume_mismatch``; the
  declared ``_cell_formula_units_Z`` goes with the declared formula to :func:`~chemtrove.chem.crystals.check`.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from functools import lru_cache
from typing import Any

HM_KEYS = (
    "_symmetry_space_group_name_H-M",
    "_symmetry_space_group_name_H_M",
    "_symmetry_space_group_name_H-M_",
    "_symmetry_space_group_name_H_M_",
    "_space_group_name_H-M_alt",
    "_space_group_name_H-M_alt_",
    "_symmetry_space_group_name_h-m",
    "_symmetry_space_group_name_h-m_",
)
"""Keys of a Hermann-Mauguin space-group name (old and new CIF dictionaries), in pymatgen's order."""
HALL_KEYS = (
    "_space_group_name_Hall",
    "_space_group_name_Hall_",
    "_symmetry_space_group_name_Hall",
    "_symmetry_space_group_name_hall",
    "_symmetry_space_group_name_hall_",
)
"""Keys of a Hall space-group symbol."""
NUMBER_KEYS = (
    "_space_group_IT_number",
    "_space_group_IT_number_",
    "_symmetry_Int_Tables_number",
    "_symmetry_Int_Tables_number_",
)
"""Keys of the International Tables space-group number."""
OPS_KEYS = (
    "_symmetry_equiv_pos_as_xyz",
    "_symmetry_equiv_pos_as_xyz_",
    "_space_group_symop_operation_xyz",
    "_space_group_symop_operation_xyz_",
)
"""Keys of the symmetry operations."""

VOLUME_TOLERANCE = 0.05
"""Relative difference allowed between a declared ``_cell_volume`` and the volume of the declared cell: real
files differ by rounding and by volumes measured at another temperature (COD 1000041, NaCl: 1.2%); a
mistyped cell parameter differs by more."""

_UNKNOWN = ("", "?", ".")
_FRACTION = r"(?:\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*(?:\d+(?:\.\d+)?|\.\d+))?"
_TERM = rf"(?:(?:{_FRACTION})\s*\*?\s*)?[xyz](?:\s*/\s*\d+)?|{_FRACTION}"
_COMPONENT = re.compile(rf"\s*[+-]?\s*(?:{_TERM})(?:\s*[+-]\s*(?:{_TERM}))*\s*", re.IGNORECASE)
_ZERO_DENOMINATOR = re.compile(r"/\s*0*(?:\.0*)?(?![\d.])")
_NUM = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")


def _first(data: MutableMapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, str) and value.strip() not in _UNKNOWN:
            return value.strip()  # CIF's quotes are already gone; a Hall symbol's own ' and " are kept
    return None


def _number(text: str | None) -> float | None:
    """A CIF number without its uncertainty (``162.3(4)`` -> 162.3), or ``None``."""
    if text is None:
        return None
    m = _NUM.match(text.strip())
    return float(m.group(0)) if m else None


def _norm(symbol: str) -> str:
    """A Hermann-Mauguin symbol without spaces, underscores and quotes (``P 1 2_1/c 1`` -> ``P121/c1``)."""
    return re.sub(r"[\s_'\"]", "", symbol)


def _norm_hall(symbol: str) -> str:
    """A Hall symbol with its spaces collapsed: they and its quotes carry meaning (``P 32`` is not ``P 3 2``)."""
    return " ".join(symbol.split())


def _drop_ones(full: str) -> str:
    """A monoclinic/triclinic full symbol without its ``1`` axes (``P 1 2_1/n 1`` -> ``P 2_1/n``)."""
    parts = full.split()
    kept = [parts[0]] + [p for p in parts[1:] if p != "1"]
    return " ".join(kept) if len(kept) > 1 else full


@lru_cache(maxsize=1)
def _spglib_tables() -> tuple[dict[str, int], dict[str, int], dict[int, int]]:
    """(Hermann-Mauguin names -> Hall number, Hall symbols -> Hall number, Hall number -> group number).

    The first setting of a group in spglib's order (the standard one) wins a name that several settings of
    that group share; a name that different groups share once spaces are removed is left out (ambiguous).
    """
    import spglib

    names: dict[str, int] = {}
    ambiguous: set[str] = set()
    halls: dict[str, int] = {}
    numbers: dict[int, int] = {}
    for hall in range(1, 531):
        t = spglib.get_spacegroup_type(hall)
        numbers[hall] = t.number
        halls.setdefault(_norm_hall(t.hall_symbol), hall)
        forms = [t.international_short, t.international_full, *t.international.split("=")]
        forms.append(_drop_ones(t.international_full))
        if t.choice:
            forms += [f"{f}:{t.choice}" for f in list(forms)]
        for key in {_norm(form) for form in forms}:
            if key in names and numbers[names[key]] != t.number:
                ambiguous.add(key)
            names.setdefault(key, hall)
    return {k: v for k, v in names.items() if k not in ambiguous}, halls, numbers


@lru_cache(maxsize=1)
def _pymatgen_names() -> dict[str, int]:
    """The space-group names pymatgen's CifParser recognizes by itself (normalized as it does), with the
    group number of each (read from pymatgen's tables: building a ``SpaceGroup`` takes ~0.7 s for Fm-3m)."""
    from pymatgen.symmetry.groups import SYMM_DATA

    names: dict[str, int] = {}
    try:
        from pathlib import Path

        import pymatgen.io.cif as cif_module
        from monty.serialization import loadfn

        cod = loadfn(Path(cif_module.__file__).parents[1] / "symmetry" / "symm_ops.json")
        for entry in cod:
            names[re.sub(r"\s+", "", entry["hermann_mauguin"])] = int(entry["number"])
    except Exception:  # noqa: BLE001 - an older pymatgen without the COD table
        pass
    for key, entry in SYMM_DATA["space_group_encoding"].items():  # pymatgen tries these first
        names[re.sub(r"[\s_]", "", key)] = int(entry["int_number"])
    return names


def _operations(hall: int) -> list[str]:
    """The symmetry operations of a Hall setting as CIF ``x, y, z`` strings."""
    import spglib
    from pymatgen.core.operations import SymmOp

    sym = spglib.get_symmetry_from_database(hall)
    return [
        SymmOp.from_rotation_and_translation(rot, trans).as_xyz_str()
        for rot, trans in zip(sym["rotations"], sym["translations"], strict=True)
    ]


def valid_operation(op: str) -> bool:
    """Whether a symmetry operation is three well-formed ``x, y, z`` expressions (``-x+1/2, y, z+0.25``).

    pymatgen reads malformed ones without a word (``x*y`` as ``x+y``, ``*`` as ``0``, ``z+1/2/0`` as ``z``),
    so they are checked here first.

    Args:
        op: One operation as written in the CIF.

    Example:
        >>> valid_operation("-x+1/2, y, -z+1/2"), valid_operation("x*y, y, z"), valid_operation("x, y, 1/0")
        (True, False, False)
    """
    parts = op.split(",")
    return len(parts) == 3 and all(_COMPONENT.fullmatch(p) for p in parts) and not _ZERO_DENOMINATOR.search(op)


def apply_declared_symmetry(data: MutableMapping[str, Any]) -> str | None:
    """Make pymatgen build the cell the block's symmetry declares, or say why it cannot.

    Called on a block's data before pymatgen builds the structure. When the block lists operations, nothing
    changes. When it declares a space group that pymatgen does not recognize but spglib's tables do, the
    operations of that setting are added to ``data`` (as ``_symmetry_equiv_pos_as_xyz``).

    Args:
        data: The block's data (``CifBlock.data``), changed in place.

    Returns:
        ``None``, or ``cif_unknown_space_group`` / ``cif_symmetry_conflict``.

    Example:
        >>> block = {"_symmetry_space_group_name_H-M": "C2:b1"}
        >>> apply_declared_symmetry(block), len(block["_symmetry_equiv_pos_as_xyz"])
        (None, 4)
        >>> apply_declared_symmetry({"_symmetry_space_group_name_H-M": "Q 42 z"})
        'cif_unknown_space_group'
        >>> apply_declared_symmetry({"_symmetry_space_group_name_H-M": "P 21/c", "_symmetry_Int_Tables_number": "15"})
        'cif_symmetry_conflict'
    """
    if any(data.get(k) for k in OPS_KEYS):
        return None  # the operations define the cell content; a name beside them is a label
    names, halls, numbers = _spglib_tables()
    name, hall_symbol = _first(data, HM_KEYS), _first(data, HALL_KEYS)
    number_text = _first(data, NUMBER_KEYS)
    number = None
    if number_text is not None:
        value = _number(number_text)
        if value is None or value != int(value) or not 1 <= value <= 230:
            return "cif_unknown_space_group"
        number = int(value)
    groups: list[int] = []  # the group each declaration names
    hall = None
    if name is not None:
        if (known := _pymatgen_names().get(re.sub(r"[\s_]", "", name))) is not None:
            groups.append(known)
        elif _norm(name) in names:
            hall = names[_norm(name)]
            groups.append(numbers[hall])
        else:
            return "cif_unknown_space_group"
    if hall_symbol is not None:
        found = halls.get(_norm_hall(hall_symbol))
        if found is None:
            if name is None:
                return "cif_unknown_space_group"
        else:
            groups.append(numbers[found])
            if name is None:
                hall = found
    if number is not None:
        groups.append(number)
    if len(set(groups)) > 1:
        return "cif_symmetry_conflict"
    if hall is not None:
        data["_symmetry_equiv_pos_as_xyz"] = _operations(hall)
    return None


def default_occupancies(data: MutableMapping[str, Any]) -> None:
    """Replace ``?`` (unknown) and ``.`` (inapplicable) occupancies by CIF's default, 1.

    Args:
        data: The block's data (``CifBlock.data``), changed in place.
    """
    values = data.get("_atom_site_occupancy")
    if isinstance(values, list):
        data["_atom_site_occupancy"] = ["1" if v.strip() in ("?", ".") else v for v in values]
    elif isinstance(values, str) and values.strip() in ("?", "."):
        data["_atom_site_occupancy"] = "1"


def no_listed_sites(data: MutableMapping[str, Any]) -> bool:
    """Whether the block's atom-site loop lists no site with known coordinates (every value ``?`` or ``.``)."""
    columns = [data.get(f"_atom_site_fract_{axis}") for axis in "xyz"]
    if not all(columns):
        return False
    rows = zip(*[[c] if isinstance(c, str) else c for c in columns], strict=False)
    return all(any(v.strip() in ("?", ".") for v in row) for row in rows)


def cell_volume_mismatch(data: MutableMapping[str, Any], volume: float, tolerance: float = VOLUME_TOLERANCE) -> bool:
    """Whether the declared ``_cell_volume`` differs from ``volume`` (of the declared cell) by more than
    ``tolerance`` (relative). A missing or unknown declaration never mismatches.

    Args:
        data: The block's data.
        volume: The volume of the cell built from the declared lengths and angles, in Å³.
        tolerance: Relative tolerance.
    """
    declared = _number(_first(data, ("_cell_volume",)))
    if declared is None or declared <= 0 or not volume > 0:
        return False
    return abs(declared - volume) > tolerance * max(declared, volume)


def formula_units(structure: Any, formula: str) -> float | None:
    """How many declared formulas the structure's cell holds (mean over elements), or ``None`` when unknown.

    Args:
        structure: The structure as parsed (the declared cell).
        formula: The declared ``_chemical_formula_sum``.
    """
    try:
        from pymatgen.core import Composition

        ours = structure.composition.element_composition
        theirs = Composition(formula.replace("'", "").replace('"', "")).element_composition
        ratios = [ours[e] / theirs[e] for e in theirs.elements if theirs[e] > 0]
    except Exception:  # noqa: BLE001 - an unreadable formula is judged by the formula check
        return None
    return sum(ratios) / len(ratios) if ratios else None


def declared_z(data: MutableMapping[str, Any]) -> float | None:
    """The declared ``_cell_formula_units_Z`` (``None`` when absent, unknown or not a positive number)."""
    z = _number(_first(data, ("_cell_formula_units_Z",)))
    return z if z is not None and z > 0 else None
