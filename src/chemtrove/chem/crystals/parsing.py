"""CIF text to pymatgen structures with a reason code instead of an exception; the shared limits.

pymatgen's warnings are recorded as data (:class:`_Quiet`), never printed.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from pymatgen.core import Structure
from pymatgen.io.cif import CifParser

from chemtrove.chem.crystals.declared import (
    HALL_KEYS,
    HM_KEYS,
    NUMBER_KEYS,
    OPS_KEYS,
    apply_declared_symmetry,
    cell_volume_mismatch,
    declared_z,
    default_occupancies,
    formula_units,
    no_listed_sites,
    valid_operation,
)
from chemtrove.chem.reasons import FLAGS, REASONS

PartialPolicy = Literal["tag", "drop", "keep"]

DEFAULT_MAX_LENGTH = 1_000_000
"""Character limit for one CIF text; longer texts are rejected as ``too_long`` before pymatgen runs."""
DEFAULT_MAX_SITES = 2000
"""Site limit for canonicalization; larger cells are rejected as ``too_many_sites`` before spglib runs."""
DEFAULT_SYMPREC = 0.1
"""Symmetry tolerance in Å, as CrystaLLM's ``CifWriter(symprec=0.1)``."""
MIN_DISTANCE = 0.5
"""Minimum interatomic distance in Å (CDVAE / CrystaLLM validity)."""
MIN_VOLUME = 0.1
"""Minimum cell volume in Å³."""
CELL_LENGTH_RANGE = (0.5, 1000.0)
"""Allowed cell lengths in Å."""
CELL_ANGLE_RANGE = (10.0, 170.0)
"""Allowed cell angles in degrees."""

CHECK_REASONS = (
    "unknown_element",
    "bad_cell_length",
    "bad_cell_angle",
    "volume_too_small",
    "occupancy_above_one",
    "partial_occupancy",
    "atoms_too_close",
    "formula_inconsistent",
)
"""The reason codes of :func:`~chemtrove.chem.crystals.check`, most important first."""

CIF_REASONS: dict[str, str] = {
    code: REASONS[code]
    for code in (
        "cif_no_data_block",
        "cif_syntax",
        "cif_loop_mismatch",
        "cif_no_atom_sites",
        "cif_missing_field",
        "cif_bad_number",
        "cif_bad_symmetry",
        "cif_unknown_space_group",
        "cif_symmetry_conflict",
        "cif_bad_cell",
        "cif_cell_volume_mismatch",
        "cif_parse_failed",
        *CHECK_REASONS,
        "too_many_sites",
        "cif_expansion_too_large",
        "symmetry_failed",
        "cif_write_failed",
    )
}
"""The CIF reason codes with their meaning (from :data:`chemtrove.chem.reasons.REASONS`, which also holds
``not_a_string``, ``empty``, ``too_long`` and ``binary``, used here too)."""

CIF_FLAGS: dict[str, str] = {
    code: FLAGS[code]
    for code in (
        "partial_occupancy",
        "charge_unbalanced",
        "charge_unknown",
        "multiple_structures",
    )
}
"""Flags (notes on accepted structures, never rejections) set by :func:`canonicalize`."""

_BLOCK_START = re.compile(r"^\s*data_", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?:\(\d+\))?$")
_SYMOP_KEYS = (
    "_symmetry_equiv_pos_as_xyz",
    "_symmetry_equiv_pos_as_xyz_",
    "_space_group_symop_operation_xyz",
    "_space_group_symop_operation_xyz_",
)
_NOISE = ("OLD_ERROR_HANDLING", "The default value of primitive was changed")


class _Quiet(warnings.catch_warnings):
    """Record every warning (pymatgen, spglib deprecations) instead of printing it."""

    def __init__(self) -> None:
        super().__init__(record=True)

    def __enter__(self):  # noqa: D105
        log = super().__enter__()
        warnings.simplefilter("always")
        return log


def _messages(log: Iterable[warnings.WarningMessage], extra: Iterable[str] = ()) -> list[str]:
    out: list[str] = []
    for msg in [str(w.message) for w in log] + list(extra):
        if msg and msg not in out and not any(n in msg for n in _NOISE):
            out.append(msg)
    return out


def _precheck(text: object, max_length: int) -> str | None:
    if not isinstance(text, str):
        return "not_a_string"
    if len(text) > max_length:
        return "too_long"
    if not text.strip():
        return "empty"
    if "\x00" in text or len(_CONTROL.findall(text)) > max(1, len(text) // 1000):
        return "binary"
    if not _BLOCK_START.search(text):
        return "cif_no_data_block"
    return None


def split_blocks(cif_text: str) -> list[str]:
    """Split a (multi-block) CIF text into single-block CIF texts.

    Blocks start at lines beginning with ``data_`` (the rule pymatgen uses); text before the first
    block (comments, banners) is dropped. Each returned text starts with ``data_``.

    Args:
        cif_text: The CIF file content.

    Returns:
        The blocks in file order; ``[]`` when there is no ``data_`` line or the input is not a str.

    Example:
        >>> [b.split()[0] for b in split_blocks("# x\\ndata_a\\n_k 1\\ndata_b\\n_k 2\\n")]
        ['data_a', 'data_b']
    """
    if not isinstance(cif_text, str):
        return []
    matches = list(_BLOCK_START.finditer(cif_text))
    if not matches:
        return []
    starts = [m.end() for m in matches]
    ends = [m.start() for m in matches][1:] + [len(cif_text)]
    return ["data_" + cif_text[s:e].rstrip() + "\n" for s, e in zip(starts, ends, strict=True)]


def _classify(exc: BaseException) -> str:
    """Map an exception raised while pymatgen builds a structure to a reason code."""
    inner = exc.__cause__ or exc
    msg = str(inner)
    if isinstance(inner, KeyError):
        key = msg.strip("'\"")
        if key.startswith("_cell_"):
            return "cif_bad_cell"
        return "cif_no_atom_sites" if key == "_atom_site_label" else "cif_missing_field"
    if "exceeded tolerance" in msg:
        return "occupancy_above_one"
    if "could not convert" in msg or "cannot be converted to float" in msg:
        return "cif_bad_number"
    if any(s in msg for s in ("Singular matrix", "thickness", "reshape", "Lattice cannot be None", "lattice as None")):
        return "cif_bad_cell"
    if "is not a multiple of" in msg or "zip() argument" in msg:
        return "cif_loop_mismatch"
    if "no structures" in msg:
        return "cif_no_atom_sites"
    return "cif_parse_failed"


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _validate_block(data: Mapping[str, Any]) -> str | None:
    """Problems pymatgen lets pass silently: bad numbers, non-positive cell, garbled symmetry ops."""
    for axis in "abc":
        for value in _as_list(data.get(f"_cell_length_{axis}")):
            if not _NUMBER.match(value.strip()):
                return "cif_bad_number"
            if float(re.sub(r"\(.*", "", value)) <= 0:
                return "bad_cell_length"
    for angle in ("alpha", "beta", "gamma"):
        for value in _as_list(data.get(f"_cell_angle_{angle}")):
            if not _NUMBER.match(value.strip()):
                return "cif_bad_number"
            if not 0 < float(re.sub(r"\(.*", "", value)) < 180:
                return "bad_cell_angle"
    for key in ("_atom_site_fract_x", "_atom_site_fract_y", "_atom_site_fract_z", "_atom_site_occupancy"):
        for value in _as_list(data.get(key)):
            v = value.strip()
            if v != "." and not _NUMBER.match(v):
                return "cif_bad_number"
    for key in _SYMOP_KEYS:
        ops = _as_list(data.get(key))
        if any(not valid_operation(op) for op in ops):
            return "cif_bad_symmetry"
    return None


def _parse_block(
    block: str, *, occupancy_tolerance: float, max_sites: int | None = None, max_images: int | None = None
) -> tuple[Structure | None, str | None, list[str]]:
    from chemtrove.chem.crystals.bounds import expansion_reason

    with _Quiet() as log:
        try:
            parser = CifParser.from_str(block, occupancy_tolerance=occupancy_tolerance, check_cif=False)
        except Exception as exc:  # noqa: BLE001 - tokenizer errors are reasons
            reason = _classify(exc)
            return None, "cif_syntax" if reason == "cif_parse_failed" else reason, _messages(log)
        cif = getattr(parser, "_cif", None)
        data = next(iter(cif.data.values())).data if cif is not None and cif.data else {}
        default_occupancies(data)  # '?' and '.' are CIF's default occupancy, 1
        if no_listed_sites(data):
            return None, "cif_no_atom_sites", _messages(log, parser.warnings)
        reason = _validate_block(data) or apply_declared_symmetry(data)
        if reason is None and cif is not None and cif.data:  # size bounds before the symmetry expansion
            # (counted with the operations a declared space group added above)
            reason = expansion_reason(parser, next(iter(cif.data.values())), max_sites=max_sites, max_images=max_images)
        if reason is not None:
            return None, reason, _messages(log, parser.warnings)
        try:
            structures = parser.parse_structures(primitive=False, on_error="raise")
        except Exception as exc:  # noqa: BLE001 - pymatgen raises ValueError, KeyError, ZeroDivisionError...
            return None, _classify(exc), _messages(log, parser.warnings)
    if any("Defaulting to P1" in w for w in parser.warnings) and _declares_symmetry(data):
        # operations pymatgen could not read, or a declaration it fell back from: never kept as P1
        return None, "cif_bad_symmetry", _messages(log, parser.warnings)
    structure = structures[0]
    if cell_volume_mismatch(data, structure.lattice.volume):
        return None, "cif_cell_volume_mismatch", _messages(log, parser.warnings)
    formula = data.get("_chemical_formula_sum")
    if isinstance(formula, str) and formula.strip() not in ("", "?", "."):
        structure.properties["declared_formula"] = formula.strip()
        if (z := declared_z(data)) is not None and (units := formula_units(structure, formula)) is not None:
            # measured on the declared cell: a supercell or standard cell made later does not change it
            structure.properties["declared_z"] = z
            structure.properties["declared_formula_units"] = units
    return structure, None, _messages(log, parser.warnings)


def _declares_symmetry(data: Mapping[str, Any]) -> bool:
    """Whether a block lists operations or names a space group other than P 1 (in any notation)."""
    for key in (*OPS_KEYS, *HM_KEYS, *HALL_KEYS, *NUMBER_KEYS):
        value = data.get(key)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and re.sub(r"[\s_'\"]", "", v) not in ("", "?", ".", "P1", "1", "x,y,z"):
                return True
    return False


def parse_all(
    cif_text: object,
    *,
    max_length: int = DEFAULT_MAX_LENGTH,
    occupancy_tolerance: float = 1.0,
    max_sites: int | None = DEFAULT_MAX_SITES,
    max_images: int | None = None,
) -> list[tuple[Structure | None, str | None, list[str]]]:
    """Parse every block of a CIF text on its own.

    Args:
        cif_text: The CIF file content.
        max_length: Character limit for the whole text (``too_long``).
        occupancy_tolerance: Passed to pymatgen: occupancies summing above 1 but not above this are
            rescaled to 1; above it the block is rejected as ``occupancy_above_one``.
        max_sites: Most atoms a block may expand to, checked before pymatgen expands it
            (``too_many_sites``; ``None``: no bound).
        max_images: Most listed sites times symmetry operations of a block (``cif_expansion_too_large``;
            ``None``: 4 x ``max_sites``).

    Returns:
        One ``(structure, reason, warnings)`` per block (see :func:`parse`); a single
        ``(None, reason, [])`` when the text itself is rejected (``empty``, ``binary``, ...).

    Example:
        >>> [r for _, r, _ in parse_all("data_a\\n_cell_length_a 3\\n")]
        ['cif_no_atom_sites']
    """
    reason = _precheck(cif_text, max_length)
    if reason is not None:
        return [(None, reason, [])]
    return [
        _parse_block(b, occupancy_tolerance=occupancy_tolerance, max_sites=max_sites, max_images=max_images)
        for b in split_blocks(cif_text)
    ]


def parse(
    cif_text: object,
    *,
    max_length: int = DEFAULT_MAX_LENGTH,
    occupancy_tolerance: float = 1.0,
    max_sites: int | None = DEFAULT_MAX_SITES,
    max_images: int | None = None,
) -> tuple[Structure | None, str | None, list[str]]:
    """Parse the first structure of a CIF text, with a reason code instead of an exception.

    Blocks are tried in file order and the first that yields a structure wins (journal CIFs often
    start with a ``data_global`` block without atoms). The cell is kept as written
    (``primitive=False``). Beyond pymatgen's own errors, this rejects what pymatgen accepts silently:
    non-positive cell lengths, angles outside (0, 180), malformed numbers such as ``4.0(3`` and
    garbled symmetry operations. Structural validity is left to :func:`check`.

    When the block declares ``_chemical_formula_sum``, it is kept in
    ``structure.properties["declared_formula"]`` for :func:`check`; when several blocks hold
    structures, ``structure.properties["n_structures"]`` says how many.

    Args:
        cif_text: The CIF file content (anything else is rejected as ``not_a_string``).
        max_length: Character limit, checked before pymatgen runs (``too_long``).
        occupancy_tolerance: See :func:`parse_all`.
        max_sites: See :func:`parse_all` (the size bounds run before pymatgen's symmetry expansion).
        max_images: See :func:`parse_all`.

    Returns:
        ``(structure, None, warnings)`` or ``(None, reason, warnings)``; ``warnings`` are pymatgen's
        messages (Python warnings and ``CifParser.warnings``), unique, in order.

    Example:
        >>> parse("")[1], parse(b"data_")[1], parse("not a cif")[1]
        ('empty', 'not_a_string', 'cif_no_data_block')
    """
    reason = _precheck(cif_text, max_length)
    if reason is not None:
        return None, reason, []
    blocks = split_blocks(cif_text)
    all_warnings: list[str] = []
    reasons: list[str] = []
    for k, block in enumerate(blocks):
        structure, why, msgs = _parse_block(
            block, occupancy_tolerance=occupancy_tolerance, max_sites=max_sites, max_images=max_images
        )
        all_warnings.extend(m for m in msgs if m not in all_warnings)
        if structure is None:
            reasons.append(why)
            continue
        more = sum(1 for b in blocks[k + 1 :] if "_atom_site_fract_x" in b)
        if more:
            structure.properties["n_structures"] = 1 + more
        return structure, None, all_warnings
    # a block without atoms (global/publication block) is expected; report the first real failure
    real = [r for r in reasons if r != "cif_no_atom_sites"]
    return None, (real or reasons or ["cif_no_atom_sites"])[0], all_warnings
