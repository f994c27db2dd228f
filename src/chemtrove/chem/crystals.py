"""Crystal structures from CIF text: parsing with reasons, validity checks, canonical CIF, dedup keys.

pymatgen answers malformed CIFs with exceptions, warnings, or silently wrong structures (a negative
cell length becomes positive, an unknown symbol becomes a dummy species, a garbled symmetry operation
is read as something else). Every function here takes any ``str`` and answers with a reason code
instead; nothing raises and nothing is printed (pymatgen's warnings are collected as data, spglib's
C-level messages are switched off with ``SPGLIB_WARNING=OFF``).

* :func:`parse` / :func:`parse_all` / :func:`split_blocks`: CIF text to :class:`~pymatgen.core.Structure`
  with a reason code and the parser's warnings.
* :func:`check` / :func:`flags` / :func:`charge_balanced`: validity used by CrystaLLM, MatterGen and
  CDVAE (cell lengths and angles, volume, minimum distance, occupancy, formula consistency) as reason
  codes; SMACT charge balance as a tag, never a filter.
* :func:`canonicalize`: deterministic CIF text in the spirit of CrystaLLM's pre-processing
  (symmetrized at ``symprec=0.1``, numbers rounded, occupancy normalized, volume recomputed from the
  rounded cell, ``data_`` named by the cell formula, no comments), idempotent on real CIFs.
* :func:`structure_key` / :func:`match` / :func:`group_duplicates`: the pure core of structure dedup
  (``(reduced formula, space group)`` buckets, then ``StructureMatcher`` inside each bucket).

Reason codes that are not already in :data:`chemtrove.chem.reasons.REASONS` are listed in
:data:`CIF_REASONS`, flags in :data:`CIF_FLAGS`.

Example:
    >>> cif = '''data_NaCl
    ... _cell_length_a 5.64
    ... _cell_length_b 5.64
    ... _cell_length_c 5.64
    ... _cell_angle_alpha 90
    ... _cell_angle_beta 90
    ... _cell_angle_gamma 90
    ... _symmetry_space_group_name_H-M 'F m -3 m'
    ... loop_
    ... _atom_site_label
    ... _atom_site_type_symbol
    ... _atom_site_fract_x
    ... _atom_site_fract_y
    ... _atom_site_fract_z
    ... Na1 Na 0 0 0
    ... Cl1 Cl 0.5 0.5 0.5
    ... '''
    >>> out = canonicalize(cif)
    >>> out.value.splitlines()[:2]
    ['data_Na4Cl4', '_symmetry_space_group_name_H-M   Fm-3m']
    >>> canonicalize(out.value).value == out.value
    True
    >>> structure_key(parse(cif)[0])
    ('NaCl', 225)
    >>> canonicalize(cif.replace("5.64\\n_cell_length_b", "-5.64\\n_cell_length_b")).reason
    'bad_cell_length'
"""

from __future__ import annotations

import itertools
import math
import os
import re
import warnings
from collections.abc import Hashable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Literal

import numpy as np

# spglib prints some diagnostics from C straight to stderr; this switch is read at call time.
os.environ.setdefault("SPGLIB_WARNING", "OFF")

import spglib  # noqa: E402
from pymatgen.core import Composition, Element, Lattice, Structure  # noqa: E402
from pymatgen.core.periodic_table import DummySpecies  # noqa: E402
from pymatgen.io.cif import CifParser  # noqa: E402

from chemtrove.chem.canon import Canon
from chemtrove.chem.reasons import FLAGS, REASONS  # noqa: E402

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
        "cif_bad_cell",
        "cif_parse_failed",
        "unknown_element",
        "bad_cell_length",
        "bad_cell_angle",
        "volume_too_small",
        "occupancy_above_one",
        "partial_occupancy",
        "atoms_too_close",
        "formula_inconsistent",
        "too_many_sites",
        "symmetry_failed",
        "cif_write_failed",
    )
}
"""Reason codes of this module that are not in :data:`chemtrove.chem.reasons.REASONS` (which already
holds ``not_a_string``, ``empty``, ``too_long`` and ``binary``, also used here)."""

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

_CHECK_ORDER = (
    "unknown_element",
    "bad_cell_length",
    "bad_cell_angle",
    "volume_too_small",
    "occupancy_above_one",
    "partial_occupancy",
    "atoms_too_close",
    "formula_inconsistent",
)

_BLOCK_START = re.compile(r"^\s*data_", re.MULTILINE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?:\(\d+\))?$")
_SYMOP = re.compile(r"^[\sxyzXYZ0-9+\-*/.]+,[\sxyzXYZ0-9+\-*/.]+,[\sxyzXYZ0-9+\-*/.]+$")
_SYMOP_KEYS = (
    "_symmetry_equiv_pos_as_xyz",
    "_symmetry_equiv_pos_as_xyz_",
    "_space_group_symop_operation_xyz",
    "_space_group_symop_operation_xyz_",
)
_NOISE = ("OLD_ERROR_HANDLING", "The default value of primitive was changed")


# --------------------------------------------------------------------------------------------------
# parsing


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
        if any(not _SYMOP.match(op.strip()) for op in ops):
            return "cif_bad_symmetry"
    return None


def _parse_block(block: str, *, occupancy_tolerance: float) -> tuple[Structure | None, str | None, list[str]]:
    with _Quiet() as log:
        try:
            parser = CifParser.from_str(block, occupancy_tolerance=occupancy_tolerance, check_cif=False)
        except Exception as exc:  # noqa: BLE001 - tokenizer errors are reasons
            reason = _classify(exc)
            return None, "cif_syntax" if reason == "cif_parse_failed" else reason, _messages(log)
        cif = getattr(parser, "_cif", None)
        data = next(iter(cif.data.values())).data if cif is not None and cif.data else {}
        reason = _validate_block(data)
        if reason is not None:
            return None, reason, _messages(log, parser.warnings)
        try:
            structures = parser.parse_structures(primitive=False, on_error="raise")
        except Exception as exc:  # noqa: BLE001 - pymatgen raises ValueError, KeyError, ZeroDivisionError...
            return None, _classify(exc), _messages(log, parser.warnings)
    structure = structures[0]
    formula = data.get("_chemical_formula_sum")
    if isinstance(formula, str) and formula.strip() not in ("", "?", "."):
        structure.properties["declared_formula"] = formula.strip()
    return structure, None, _messages(log, parser.warnings)


def parse_all(
    cif_text: object, *, max_length: int = DEFAULT_MAX_LENGTH, occupancy_tolerance: float = 1.0
) -> list[tuple[Structure | None, str | None, list[str]]]:
    """Parse every block of a CIF text on its own.

    Args:
        cif_text: The CIF file content.
        max_length: Character limit for the whole text (``too_long``).
        occupancy_tolerance: Passed to pymatgen: occupancies summing above 1 but not above this are
            rescaled to 1; above it the block is rejected as ``occupancy_above_one``.

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
    return [_parse_block(b, occupancy_tolerance=occupancy_tolerance) for b in split_blocks(cif_text)]


def parse(
    cif_text: object, *, max_length: int = DEFAULT_MAX_LENGTH, occupancy_tolerance: float = 1.0
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
        structure, why, msgs = _parse_block(block, occupancy_tolerance=occupancy_tolerance)
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


# --------------------------------------------------------------------------------------------------
# checks


def _declared_composition(formula: str | None) -> Composition | None:
    if not formula:
        return None
    try:
        with _Quiet():
            comp = Composition(formula.replace("'", "").replace('"', ""))
    except Exception:  # noqa: BLE001
        return None
    return comp if comp.num_atoms > 0 else None


def _formula_consistent(structure: Structure, declared: Composition, rel_tol: float = 0.02) -> bool:
    try:
        ours = structure.composition.element_composition
        theirs = declared.element_composition
    except Exception:  # noqa: BLE001
        return True
    els_a = {e.symbol for e in ours.elements}
    els_b = {e.symbol for e in theirs.elements}
    if els_a != els_b:
        return False
    ratios = [ours[e] / theirs[e] for e in els_b if theirs[e] > 0]
    return not ratios or max(ratios) <= min(ratios) * (1 + rel_tol)


OCCUPANCY_TOLERANCE = 1e-3
"""A single-species site with an occupancy within this of 1 counts as fully occupied (and is written as 1)."""


def _occupancies(structure: Structure) -> np.ndarray:
    return np.array([sum(site.species.values()) for site in structure], dtype=float)


def _is_disordered(structure: Structure) -> bool:
    """A site with several species or an occupancy below 1 (beyond :data:`OCCUPANCY_TOLERANCE`)."""
    return any(len(site.species) > 1 or sum(site.species.values()) < 1 - OCCUPANCY_TOLERANCE for site in structure)


def _too_close(structure: Structure, min_distance: float) -> bool:
    """Any pair closer than ``min_distance``, using pymatgen's cell-list neighbour search (C code)."""
    if len(structure) == 0:
        return False
    with _Quiet():
        centers, points, _, dists = structure.get_neighbor_list(min_distance - 1e-8, exclude_self=True)
    if len(centers) == 0:
        return False
    if not _is_disordered(structure):
        return True
    occ = _occupancies(structure)
    # Split sites of a disordered structure are alternatives, not overlapping atoms.
    partial = occ < 1 - OCCUPANCY_TOLERANCE
    alternatives = (centers != points) & partial[centers] & partial[points]
    alternatives &= occ[centers] + occ[points] <= 1 + 1e-3
    return bool(np.any(~alternatives & (dists < min_distance)))


def check(
    structure: Structure,
    *,
    partial_occupancy: PartialPolicy = "tag",
    declared_formula: str | None = None,
    min_distance: float = MIN_DISTANCE,
    min_volume: float = MIN_VOLUME,
    cell_length_range: tuple[float, float] = CELL_LENGTH_RANGE,
    cell_angle_range: tuple[float, float] = CELL_ANGLE_RANGE,
) -> list[str]:
    """Validity checks of a structure as reason codes, most important first.

    The order is ``unknown_element``, ``bad_cell_length``, ``bad_cell_angle``, ``volume_too_small``,
    ``occupancy_above_one``, ``partial_occupancy``, ``atoms_too_close``, ``formula_inconsistent``;
    an empty list means the structure passes. The distance check uses a cell-list neighbour search and
    is skipped when the cell itself is bad (a tiny cell would have millions of periodic images).

    Args:
        structure: A pymatgen structure (e.g. from :func:`parse`).
        partial_occupancy: Policy for disordered structures (a site with several species or an
            occupancy below ``1 - OCCUPANCY_TOLERANCE``): ``"drop"`` reports ``partial_occupancy`` as a
            reason; ``"tag"`` and ``"keep"`` accept them (see :func:`flags` for the tag).
        declared_formula: The CIF's ``_chemical_formula_sum``; when given (or found in
            ``structure.properties["declared_formula"]``, where :func:`parse` puts it), elements must
            be the same and the ratios agree within 2 % (``formula_inconsistent``).
        min_distance: Minimum interatomic distance in Å; pairs of partially occupied sites whose
            occupancies sum to at most 1 are alternatives and exempt.
        min_volume: Minimum cell volume in Å³.
        cell_length_range: Allowed cell lengths in Å (inclusive).
        cell_angle_range: Allowed cell angles in degrees (inclusive).

    Returns:
        Reason codes (empty when the structure passes).

    Example:
        >>> from pymatgen.core import Lattice, Structure
        >>> check(Structure(Lattice.cubic(3.0), ["Na", "Cl"], [[0, 0, 0], [0.05, 0, 0]]))
        ['atoms_too_close']
        >>> check(Structure(Lattice.cubic(0.4), ["Na"], [[0, 0, 0]]))
        ['bad_cell_length', 'volume_too_small']
    """
    if policy_error := _policy_error(partial_occupancy):
        raise ValueError(policy_error)
    codes: list[str] = []
    try:
        comp = structure.composition
        if any(isinstance(sp, DummySpecies) for sp in comp):
            codes.append("unknown_element")
        lattice = structure.lattice
        lo, hi = cell_length_range
        cell_ok = True
        if not all(lo <= x <= hi for x in lattice.abc) or not all(math.isfinite(x) for x in lattice.abc):
            codes.append("bad_cell_length")
            cell_ok = False
        alo, ahi = cell_angle_range
        if not all(alo <= x <= ahi for x in lattice.angles):
            codes.append("bad_cell_angle")
            cell_ok = False
        if not lattice.volume >= min_volume:
            codes.append("volume_too_small")
            cell_ok = False
        occ = _occupancies(structure)
        if np.any(occ > 1 + OCCUPANCY_TOLERANCE):
            codes.append("occupancy_above_one")
        if partial_occupancy == "drop" and _is_disordered(structure):
            codes.append("partial_occupancy")
        if cell_ok and _too_close(structure, min_distance):
            codes.append("atoms_too_close")
        if declared_formula is None:
            declared_formula = structure.properties.get("declared_formula")
        declared = _declared_composition(declared_formula)
        if declared is not None and "unknown_element" not in codes and not _formula_consistent(structure, declared):
            codes.append("formula_inconsistent")
    except Exception:  # noqa: BLE001 - a structure pymatgen cannot even inspect is not usable
        codes.append("cif_parse_failed")
    return sorted(set(codes), key=lambda c: _CHECK_ORDER.index(c) if c in _CHECK_ORDER else len(_CHECK_ORDER))


def _policy_error(policy: str) -> str | None:
    if policy not in ("tag", "drop", "keep"):
        return f"partial_occupancy must be 'tag', 'drop' or 'keep', got {policy!r}"
    return None


@lru_cache(maxsize=8192)
def _smact(formula: str) -> bool | None:
    from smact.screening import smact_validity

    try:
        with _Quiet():
            return bool(smact_validity(Composition(formula)))
    except Exception:  # noqa: BLE001 - SMACT lacks data for some elements
        return None


MAX_SMACT_ELEMENTS = 6
"""SMACT's search grows exponentially with the number of elements (7 nonmetals: ~0.2 s, 8: ~2 s);
compositions with more distinct elements are not judged (``charge_unknown``)."""


def charge_balanced(structure: Structure | Composition | str, *, max_elements: int = MAX_SMACT_ELEMENTS) -> bool | None:
    """Whether SMACT finds a charge-neutral assignment of oxidation states (a tag, not a filter).

    Uses :func:`smact.screening.smact_validity` (Pauling electronegativity test on, alloys allowed),
    cached by reduced formula. SMACT rejects about 15 % of real Materials Project structures and most
    organic molecular crystals, so use the answer to tag records, not to drop them.

    Args:
        structure: A structure, a composition, or a formula string.
        max_elements: Compositions with more distinct elements are not judged (``None``): SMACT's
            enumeration of oxidation states takes seconds there.

    Returns:
        ``True`` or ``False``; ``None`` when SMACT cannot decide (dummy species, missing data, too
        many elements).

    Example:
        >>> charge_balanced("NaCl"), charge_balanced("NaCl2"), charge_balanced("H9C9NO4SClBrP")
        (True, False, None)
    """
    try:
        comp = structure.composition if isinstance(structure, Structure) else Composition(structure)
        if any(isinstance(sp, DummySpecies) for sp in comp):
            return None
        comp = comp.element_composition
        if len(comp.elements) > max_elements:
            return None
        formula = comp.reduced_composition.formula
    except Exception:  # noqa: BLE001
        return None
    return _smact(formula)


def flags(structure: Structure, *, partial_occupancy: PartialPolicy = "tag", charge_balance: bool = True) -> list[str]:
    """Tags for an accepted structure (never reasons to reject it).

    Args:
        structure: A pymatgen structure.
        partial_occupancy: With ``"tag"``, a disordered structure gets ``partial_occupancy``.
        charge_balance: Add ``charge_unbalanced`` / ``charge_unknown`` from :func:`charge_balanced`.

    Returns:
        Sorted flag codes (see :data:`CIF_FLAGS`).

    Example:
        >>> from pymatgen.core import Lattice, Structure
        >>> flags(Structure(Lattice.cubic(4.0), [{"Na": 0.5}, "Cl"], [[0, 0, 0], [0.5, 0.5, 0.5]]))
        ['charge_unbalanced', 'partial_occupancy']
    """
    out: list[str] = []
    if partial_occupancy == "tag" and _is_disordered(structure):
        out.append("partial_occupancy")
    if charge_balance:
        ok = charge_balanced(structure)
        if ok is None:
            out.append("charge_unknown")
        elif not ok:
            out.append("charge_unbalanced")
    if structure.properties.get("n_structures", 1) > 1:
        out.append("multiple_structures")
    return sorted(set(out))


# --------------------------------------------------------------------------------------------------
# canonical CIF


@lru_cache(maxsize=256)
def _x(symbol: str) -> float:
    with _Quiet():
        x = Element(symbol).X
    return x if math.isfinite(x) else 10.0


def _sites(structure: Structure, decimals: int) -> tuple[list[tuple[tuple[str, float], ...]], np.ndarray]:
    """Per site: species as sorted ``(symbol, occupancy)`` pairs with occupancies rounded (oxidation
    states dropped, zero occupancies removed, empty sites removed); and the matching frac coords."""
    species: list[tuple[tuple[str, float], ...]] = []
    keep: list[int] = []
    for i, site in enumerate(structure):
        amounts: dict[str, float] = {}
        for sp, occ in site.species.items():
            symbol = sp.symbol
            amounts[symbol] = amounts.get(symbol, 0.0) + float(occ)
        if len(amounts) == 1:
            symbol, occ = next(iter(amounts.items()))
            if abs(occ - 1) <= OCCUPANCY_TOLERANCE:
                amounts[symbol] = 1.0
        rounded = tuple(sorted((s, round(o, decimals)) for s, o in amounts.items() if round(o, decimals) > 0))
        if rounded:
            species.append(rounded)
            keep.append(i)
    return species, structure.frac_coords[keep]


def _wrap(coords: np.ndarray, decimals: int) -> np.ndarray:
    """Fractional coordinates wrapped into [0, 1) and rounded, as pymatgen will read them back.

    pymatgen's parser snaps coordinates within a relative 1e-4 of 1/3 or 2/3 to the exact fraction, so
    those are written as the rounded fraction: otherwise 0.6666 would come back as 0.6667.
    """
    c = np.round(np.mod(coords, 1.0), decimals)
    c[c >= 1.0] = 0.0
    for frac in (1 / 3, 2 / 3):
        c[np.abs(c / frac - 1) <= 1e-4] = round(frac, decimals)
    return c + 0.0  # turns -0.0 into 0.0


@lru_cache(maxsize=600)
def _database(hall_number: int) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """spglib's operations of a Hall setting: rotations, translations and ``x, y, z`` strings."""
    from pymatgen.core.operations import SymmOp

    with _Quiet():
        db = spglib.get_symmetry_from_database(hall_number)
    rotations = np.asarray(db["rotations"], dtype=float)
    translations = np.asarray(db["translations"], dtype=float)
    strings = tuple(
        SymmOp.from_rotation_and_translation(r, t).as_xyz_str() for r, t in zip(rotations, translations, strict=True)
    )
    return rotations, translations, strings


@lru_cache(maxsize=1)
def _first_hall() -> dict[int, int]:
    table: dict[int, int] = {}
    with _Quiet():
        for hall in range(1, 531):
            table.setdefault(int(spglib.get_spacegroup_type(hall).number), hall)
    return table


def _dataset(lattice: np.ndarray, coords: np.ndarray, types: Sequence[int], symprec: float, angle_tolerance: float):
    with _Quiet():
        try:
            return spglib.get_symmetry_dataset(
                (lattice, coords, types), symprec=symprec, angle_tolerance=angle_tolerance
            )
        except Exception:  # noqa: BLE001 - SpglibError or a bad cell
            return None


def _fmt(x: float, decimals: int) -> str:
    s = f"{x:.{decimals}f}"
    return "0." + "0" * decimals if decimals and float(s) == 0 else s


def _fmt_amount(x: float, decimals: int) -> str:
    s = f"{round(x, decimals):.{decimals}f}".rstrip("0").rstrip(".")
    return s or "0"


def _cell_params(matrix: np.ndarray) -> tuple[float, ...]:
    a, b, c = (float(np.linalg.norm(v)) for v in matrix)

    def angle(u: np.ndarray, v: np.ndarray) -> float:
        cos = float(np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v)))
        return math.degrees(math.acos(max(-1.0, min(1.0, cos))))

    return a, b, c, angle(matrix[1], matrix[2]), angle(matrix[0], matrix[2]), angle(matrix[0], matrix[1])


def _volume(a: float, b: float, c: float, alpha: float, beta: float, gamma: float) -> float:
    ca, cb, cg = (math.cos(math.radians(x)) for x in (alpha, beta, gamma))
    return a * b * c * math.sqrt(max(0.0, 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg))


def _properties_block(symbols: Sequence[str]) -> list[str]:
    """CrystaLLM's atomic-properties loop: electronegativity, atomic radius, average ionic radius."""
    noble_vdw = {"He": 1.40, "Ne": 1.54, "Ar": 1.88, "Kr": 2.02, "Xe": 2.16, "Rn": 2.20}
    allen = {"He": 4.16, "Ne": 4.79, "Ar": 3.24}
    lines = [
        "loop_",
        " _atom_type_symbol",
        " _atom_type_electronegativity",
        " _atom_type_radius",
        " _atom_type_ionic_radius",
    ]

    def f(v: Any) -> str:
        try:
            v = float(v)
        except (TypeError, ValueError):
            return "?"
        return f"{v:.4f}" if math.isfinite(v) else "?"

    with _Quiet():
        for s in sorted(symbols, key=lambda s: (_x(s), s)):
            el = Element(s)
            x = el.X if math.isfinite(el.X) else allen.get(s)
            r = el.atomic_radius if el.atomic_radius is not None else noble_vdw.get(s)
            lines.append(f"  {s}  {f(x)}  {f(r)}  {f(el.average_ionic_radius)}")
    return lines


def _write(
    params: tuple[float, ...],
    orbits: list[tuple[tuple[tuple[str, float], ...], int, tuple[float, float, float]]],
    sg_symbol: str,
    sg_number: int,
    ops: Sequence[str],
    decimals: int,
    properties_block: bool,
) -> str:
    rounded = [round(p, decimals) for p in params]
    amounts: dict[str, float] = {}
    for species, mult, _ in orbits:
        for symbol, occ in species:
            amounts[symbol] = amounts.get(symbol, 0.0) + mult * occ
    amounts = {s: round(v, decimals) for s, v in amounts.items()}
    order = sorted(amounts, key=lambda s: (_x(s), s))
    formula_sum = " ".join(f"{s}{_fmt_amount(amounts[s], decimals)}" for s in order)
    with _Quiet():
        comp = Composition(amounts)
        reduced = comp.reduced_formula
        _, z = comp.get_reduced_composition_and_factor()
    lines = [f"data_{formula_sum.replace(' ', '')}"]
    if properties_block:
        lines += _properties_block(order)
    lines += [
        f"_symmetry_space_group_name_H-M   {sg_symbol}",
        *(f"_cell_length_{k}   {_fmt(v, decimals)}" for k, v in zip("abc", rounded[:3], strict=True)),
        *(
            f"_cell_angle_{k}   {_fmt(v, decimals)}"
            for k, v in zip(("alpha", "beta", "gamma"), rounded[3:], strict=True)
        ),
        f"_symmetry_Int_Tables_number   {sg_number}",
        f"_chemical_formula_structural   {reduced}",
        f"_chemical_formula_sum   '{formula_sum}'",
        f"_cell_volume   {_fmt(_volume(*rounded), decimals)}",
        f"_cell_formula_units_Z   {max(1, int(round(z)))}",
        "loop_",
        " _symmetry_equiv_pos_site_id",
        " _symmetry_equiv_pos_as_xyz",
        *(f"  {i}  '{op}'" for i, op in enumerate(ops, start=1)),
        "loop_",
        " _atom_site_type_symbol",
        " _atom_site_label",
        " _atom_site_symmetry_multiplicity",
        " _atom_site_fract_x",
        " _atom_site_fract_y",
        " _atom_site_fract_z",
        " _atom_site_occupancy",
    ]
    count = 0
    for species, mult, xyz in orbits:
        x, y, zc = (_fmt(v, decimals) for v in xyz)
        for symbol, occ in sorted(species, key=lambda so: (_x(so[0]), so[0])):
            lines.append(f"  {symbol}  {symbol}{count}  {mult}  {x}  {y}  {zc}  {_fmt_amount(occ, decimals)}")
            count += 1
    return "\n".join(lines) + "\n"


def _orbit_key(species: tuple[tuple[str, float], ...], mult: int, xyz: tuple[float, ...]) -> tuple:
    total = sum(o for _, o in species)
    x_avg = sum(_x(s) * o for s, o in species) / total if total else 0.0
    return (round(x_avg, 6), species, -mult, xyz)


def _snap_like_pymatgen(c: np.ndarray) -> np.ndarray:
    out = c.copy()
    for frac in (1 / 3, 2 / 3):
        out[np.abs(out / frac - 1) <= 1e-4] = frac
    return out


_OFFSETS = np.array(sorted(itertools.product((0, -1, 1), repeat=3), key=lambda o: (sum(map(abs, o)), o)), float)


def _on_special_position(
    ideal: np.ndarray, rotations: np.ndarray, translations: np.ndarray, decimals: int
) -> tuple[float, float, float]:
    """Rounded coordinates of a site, nudged by at most one last digit per coordinate so that the site
    stays exactly on its special position.

    Rounding the coordinates of a site on, say, ``(x, 2x, z)`` one by one can leave ``y != 2x``; pymatgen
    then generates two images a few 1e-4 apart instead of one atom (``atoms_too_close`` on re-reading).
    Among the 27 grid points around the ideal position, the one that the operations of the site-symmetry
    group move least (after pymatgen's snapping of 1/3 and 2/3) is written instead; where no grid point
    is exact (constants like 1/6) the smallest residual wins, ties going to the point closest to the
    ideal position. General positions keep plain rounding.
    """
    d = ideal @ rotations.transpose(0, 2, 1) + translations - ideal
    d -= np.round(d)
    # a rounded site is a few last digits off its special position: use a tolerance above that
    stabilizer = np.all(np.abs(d) < 2.5 * 10.0**-decimals, axis=1)
    if stabilizer.sum() <= 1:
        return tuple(float(v) for v in _wrap(ideal[None, :], decimals)[0])
    rs, ts = rotations[stabilizer], translations[stabilizer]
    candidates = np.round(np.round(ideal, decimals) + _OFFSETS * 10.0**-decimals, decimals)  # (27, 3)
    snapped = _snap_like_pymatgen(np.mod(candidates, 1.0))
    moved = np.einsum("kij,nj->nki", rs, snapped) + ts[None, :, :] - snapped[:, None, :]
    moved -= np.round(moved)
    residual = np.round(np.abs(moved).max(axis=(1, 2)), 7)
    deviation = np.round(np.abs(candidates - ideal).max(axis=1), 9)
    best = np.lexsort((np.arange(len(candidates)), deviation, residual))[0]  # offsets are pre-sorted
    return tuple(float(v) for v in _wrap(candidates[best][None, :], decimals)[0])


def _representative(
    members: np.ndarray, rotations: np.ndarray, translations: np.ndarray, decimals: int
) -> tuple[float, float, float]:
    """The written coordinates of an orbit: the smallest written coordinates among its members, chosen
    as a fixed point, so that reading the text back (which regenerates the members from the written
    site) picks the same member again."""
    d = members[0] @ rotations.transpose(0, 2, 1) + translations - members[0]
    d -= np.round(d)
    special = np.sum(np.all(np.abs(d) < 2.5 * 10.0**-decimals, axis=1)) > 1
    images = members
    rep: tuple[float, float, float] | None = None
    for _ in range(4):
        if special:
            best = min(_on_special_position(p, rotations, translations, decimals) for p in _unique_rows(images))
        else:  # site symmetry is the same along an orbit: plain rounding for every image, vectorized
            written = _wrap(images, decimals)
            best = tuple(float(v) for v in written[np.lexsort(written.T[::-1])[0]])
        if best == rep:
            break
        rep = best
        images = np.asarray(rep) @ rotations.transpose(0, 2, 1) + translations
    return rep


def _unique_rows(points: np.ndarray) -> np.ndarray:
    w = np.mod(points, 1.0)
    w[w > 1 - 5e-7] = 0.0
    _, index = np.unique(np.round(w * 1e6).astype(np.int64), axis=0, return_index=True)
    return w[np.sort(index)]


def _orbits(ds: Any, kinds: list, decimals: int):
    """Written orbits of spglib's standardized cell: ``(cell parameters, orbits, symbol, number, hall)``."""
    rotations, translations, _ = _database(int(ds.hall_number))
    positions = np.asarray(ds.std_positions, dtype=float)
    types = np.asarray(ds.std_types)
    orbit_of = np.full(len(positions), -1)
    orbits = []
    # Orbits under the operations that will be written (not spglib's equivalent_atoms of the input,
    # which can disagree with the space group found at a loose symprec): the written asymmetric unit
    # then expands to exactly the standardized cell.
    for i in range(len(positions)):
        if orbit_of[i] >= 0:
            continue
        same = np.flatnonzero(types == types[i])
        images = positions[i] @ rotations.transpose(0, 2, 1) + translations  # (n_ops, 3)
        diff = images[:, None, :] - positions[same][None, :, :]
        diff -= np.round(diff)
        hit = np.all(np.abs(diff) < 1e-4, axis=2)  # (n_ops, n_same)
        if not np.all(hit.any(axis=1)):
            return None  # the standardized cell is not closed under its own operations
        members = same[hit.any(axis=0)]
        if np.any(orbit_of[members] >= 0):
            return None
        orbit_of[members] = len(orbits)
        rep = _representative(positions[members], rotations, translations, decimals)
        orbits.append((kinds[int(types[i]) - 1], len(members), rep))
    orbits.sort(key=lambda o: _orbit_key(*o))
    return _cell_params(np.asarray(ds.std_lattice)), orbits, ds.international, int(ds.number), int(ds.hall_number)


def _read_back(params: tuple[float, ...], orbits: list, hall: int, type_of: dict, decimals: int):
    """The cell pymatgen builds from the written text, as spglib input: lattice from the rounded
    parameters, each written site (1/3, 2/3 snapped) expanded by the operations, images closer than
    1e-4 merged."""
    rotations, translations, _ = _database(hall)
    lattice = Lattice.from_parameters(*(round(p, decimals) for p in params)).matrix
    positions: list[np.ndarray] = []
    types: list[int] = []
    for species, _, rep in orbits:
        images = np.mod(_snap_like_pymatgen(np.asarray(rep)) @ rotations.transpose(0, 2, 1) + translations, 1.0)
        kept: list[np.ndarray] = []
        for p in images:
            if kept:
                d = np.asarray(kept) - p
                d -= np.round(d)
                if np.any(np.all(np.abs(d) < 1e-4, axis=1)):
                    continue
            kept.append(p)
        positions.extend(kept)
        types.extend([type_of[species]] * len(kept))
    return lattice, np.asarray(positions), types


def _symmetrized_orbits(
    species: list[tuple[tuple[str, float], ...]],
    coords: np.ndarray,
    lattice: Lattice,
    symprec: float,
    angle_tolerance: float,
    decimals: int,
):
    kinds = sorted(set(species))
    type_of = {k: i + 1 for i, k in enumerate(kinds)}
    ds = _dataset(lattice.matrix, coords, [type_of[s] for s in species], symprec, angle_tolerance)
    if ds is None:
        return None
    # Symmetrizing within a tolerance is not idempotent: noise can hide a higher symmetry that the
    # idealized, rounded cell then shows (R3m -> Fm-3m). So the cell the text will be read back as is
    # symmetrized again, and adopted, until the space group stops changing.
    for _ in range(3):
        result = _orbits(ds, kinds, decimals)
        if result is None:
            return None
        params, orbits, symbol, number, hall = result
        again = _dataset(*_read_back(params, orbits, hall, type_of, decimals), symprec, angle_tolerance)
        if again is None or (int(again.number) == number and int(again.hall_number) == hall):
            break
        ds = again
    return params, orbits, symbol, number, _database(hall)[2]


def canonicalize_structure(
    structure: Structure,
    *,
    symmetrized: bool = True,
    decimals: int = 4,
    symprec: float = DEFAULT_SYMPREC,
    angle_tolerance: float = 5.0,
    symmetry_ops: bool = True,
    properties_block: bool = False,
    partial_occupancy: PartialPolicy = "drop",
    charge_balance: bool = True,
    declared_formula: str | None = None,
    max_sites: int = DEFAULT_MAX_SITES,
) -> Canon:
    """Canonical CIF text of a structure (see :func:`canonicalize` for the arguments and the format).

    Args:
        structure: A pymatgen structure.
        symmetrized: See :func:`canonicalize`.
        decimals: See :func:`canonicalize`.
        symprec: See :func:`canonicalize`.
        angle_tolerance: See :func:`canonicalize`.
        symmetry_ops: See :func:`canonicalize`.
        properties_block: See :func:`canonicalize`.
        partial_occupancy: See :func:`canonicalize`.
        charge_balance: See :func:`canonicalize`.
        declared_formula: The CIF's ``_chemical_formula_sum`` for the consistency check (defaults to
            ``structure.properties["declared_formula"]``).
        max_sites: See :func:`canonicalize`.

    Returns:
        A :class:`~chemtrove.chem.canon.Canon`.
    """
    if policy_error := _policy_error(partial_occupancy):
        raise ValueError(policy_error)
    if symmetrized and decimals < 4:
        raise ValueError(f"symmetrized output needs decimals >= 4, got {decimals}")
    if len(structure) > max_sites:
        return Canon.reject("too_many_sites")
    codes = check(structure, partial_occupancy=partial_occupancy, declared_formula=declared_formula)
    if codes:
        return Canon.reject(codes[0])
    try:
        species, coords = _sites(structure, decimals)
        if not species:
            return Canon.reject("cif_no_atom_sites")
        if symmetrized:
            result = _symmetrized_orbits(species, coords, structure.lattice, symprec, angle_tolerance, decimals)
            if result is None:
                return Canon.reject("symmetry_failed")
            params, orbits, sg_symbol, sg_number, ops = result
            if len(orbits) == 0 or sum(m for _, m, _ in orbits) > 4 * max_sites:
                return Canon.reject("too_many_sites")
        else:
            wrapped = _wrap(coords, decimals)
            orbits = sorted(
                ((sp, 1, tuple(float(v) for v in xyz)) for sp, xyz in zip(species, wrapped, strict=True)),
                key=lambda o: _orbit_key(*o),
            )
            params, sg_symbol, sg_number, ops = structure.lattice.parameters, "P1", 1, ("x, y, z",)
        if not symmetry_ops:
            ops = ("x, y, z",)
        text = _write(params, orbits, sg_symbol, sg_number, ops, decimals, properties_block)
    except Exception:  # noqa: BLE001 - never raise on a record
        return Canon.reject("cif_write_failed")
    return Canon(
        text,
        None,
        tuple(flags(structure, partial_occupancy=partial_occupancy, charge_balance=charge_balance)),
    )


def canonicalize(
    cif_text: object,
    *,
    symmetrized: bool = True,
    decimals: int = 4,
    symprec: float = DEFAULT_SYMPREC,
    angle_tolerance: float = 5.0,
    symmetry_ops: bool = True,
    properties_block: bool = False,
    partial_occupancy: PartialPolicy = "drop",
    charge_balance: bool = True,
    check_formula: bool = True,
    max_length: int = DEFAULT_MAX_LENGTH,
    max_sites: int = DEFAULT_MAX_SITES,
) -> Canon:
    """Deterministic CIF text of the first structure in a CIF, or a reason code. Never raises.

    The text follows pymatgen's ``CifWriter(symprec=0.1)`` layout as CrystaLLM post-processes it:
    no comments or software lines, ``data_`` named by the cell's full formula (``data_Na4Cl4``), the
    conventional standard cell from spglib with its space group symbol and number, one row per
    symmetry-distinct site with its multiplicity, all cell parameters and coordinates written with
    exactly ``decimals`` decimals, coordinates wrapped into [0, 1), occupancies rounded to
    ``decimals`` (``1``, ``0.5``), oxidation states dropped, labels renumbered (``Na0``, ``Cl1``),
    and ``_cell_volume`` recomputed from the rounded cell. Sites are ordered by electronegativity,
    species, multiplicity (larger first) and coordinates.

    Three details make the text a fixed point, so that applying :func:`canonicalize` to its own output
    gives the same text (100 % of the 704 accepted real CIFs of the shared data; 99.9 % of copies
    jittered by 0.03 Å, where the rest sit on spglib's tolerance edge):

    * the cell as the text will be read back (rounded, expanded by the written operations) is
      symmetrized again and adopted until the space group stops changing (noise can hide a higher
      symmetry that the idealized cell then shows);
    * a site on a special position is nudged by at most one last digit per coordinate so that it stays
      exactly on it (``y = 2x`` survives rounding), since pymatgen would otherwise read two atoms;
    * the written member of each orbit is the one with the smallest written coordinates among the
      members regenerated from it, and coordinates near 1/3 and 2/3 are written as pymatgen reads them.

    Rejections come from :func:`parse` (syntax, bad numbers, ...), :func:`check` (the first reason:
    ``unknown_element``, ``bad_cell_length``, ``atoms_too_close``, ``formula_inconsistent``, ...),
    ``too_many_sites`` and ``symmetry_failed``. Flags: ``partial_occupancy`` (policy ``"tag"``),
    ``charge_unbalanced`` / ``charge_unknown`` (SMACT), ``multiple_structures``.

    Args:
        cif_text: The CIF file content; anything that is not a ``str`` is rejected (``not_a_string``).
        symmetrized: Symmetrize at ``symprec`` and write the conventional standard cell with its
            symmetry operations and asymmetric unit; ``False`` writes the cell as parsed in ``P1``
            (every site, identity operation only).
        decimals: Decimals for cell parameters, coordinates, occupancies and the volume.
        symprec: spglib distance tolerance in Å.
        angle_tolerance: spglib angle tolerance in degrees.
        symmetry_ops: ``False`` writes only the identity operation while keeping the asymmetric unit
            and the space group (CrystaLLM's "semi-symmetrized" training text: shorter, but the
            operations must be restored from the space group with :func:`restore_symmetry_ops`
            before pymatgen reads it correctly).
        properties_block: Insert CrystaLLM's atomic-properties loop (electronegativity, atomic radius,
            average ionic radius of each element) after the ``data_`` line.
        partial_occupancy: ``"drop"`` rejects disordered structures (``partial_occupancy``), ``"tag"``
            keeps them with that flag, ``"keep"`` keeps them without a flag.
        charge_balance: Run SMACT and flag ``charge_unbalanced`` / ``charge_unknown`` (never rejects).
        check_formula: Reject when the declared ``_chemical_formula_sum`` disagrees with the sites.
        max_length: Character limit checked before pymatgen runs (``too_long``).
        max_sites: Site limit checked before spglib runs (``too_many_sites``).

    Returns:
        A :class:`~chemtrove.chem.canon.Canon` with the CIF text (ending in a newline) or a reason.

    Example:
        >>> canonicalize("").reason, canonicalize("\\x00\\x01data_").reason, canonicalize(None).reason
        ('empty', 'binary', 'not_a_string')
    """
    structure, reason, _ = parse(cif_text, max_length=max_length)
    if structure is None:
        return Canon.reject(reason)
    if not check_formula:
        structure.properties.pop("declared_formula", None)
    return canonicalize_structure(
        structure,
        symmetrized=symmetrized,
        decimals=decimals,
        symprec=symprec,
        angle_tolerance=angle_tolerance,
        symmetry_ops=symmetry_ops,
        properties_block=properties_block,
        partial_occupancy=partial_occupancy,
        charge_balance=charge_balance,
        max_sites=max_sites,
    )


_SG_NUMBER = re.compile(r"^_symmetry_Int_Tables_number\s+(\d+)\s*$", re.MULTILINE)
_OPS_LOOP = re.compile(r"(loop_\n _symmetry_equiv_pos_site_id\n _symmetry_equiv_pos_as_xyz\n)((?:  \d+  '[^'\n]*'\n)+)")


def restore_symmetry_ops(cif_text: str) -> str:
    """Put the full symmetry operations back into a text written with ``symmetry_ops=False``.

    The operations are spglib's for the default setting of ``_symmetry_Int_Tables_number`` (the
    setting :func:`canonicalize` writes), so ``restore_symmetry_ops(canonicalize(x,
    symmetry_ops=False).value) == canonicalize(x).value``. Texts without that number or without the
    operations loop come back unchanged.

    Args:
        cif_text: A canonical CIF text.

    Returns:
        The text with the operations loop filled in.
    """
    m = _SG_NUMBER.search(cif_text)
    if not m or not 1 <= int(m.group(1)) <= 230:
        return cif_text
    ops = _database(_first_hall()[int(m.group(1))])[2]
    body = "".join(f"  {i}  '{op}'\n" for i, op in enumerate(ops, start=1))
    return _OPS_LOOP.sub(lambda mm: mm.group(1) + body, cif_text, count=1)


# --------------------------------------------------------------------------------------------------
# dedup core


def space_group_number(structure: Structure, symprec: float = DEFAULT_SYMPREC, angle_tolerance: float = 5.0) -> int:
    """International space group number found by spglib, or ``0`` when spglib fails.

    Disordered sites are distinct types by their (element, occupancy) content, as in pymatgen.

    Args:
        structure: A pymatgen structure.
        symprec: Distance tolerance in Å.
        angle_tolerance: Angle tolerance in degrees.

    Returns:
        1-230, or 0.
    """
    try:
        species, coords = _sites(structure, 6)
        type_of = {k: i + 1 for i, k in enumerate(sorted(set(species)))}
        ds = _dataset(structure.lattice.matrix, coords, [type_of[s] for s in species], symprec, angle_tolerance)
    except Exception:  # noqa: BLE001
        return 0
    return 0 if ds is None else int(ds.number)


def _formula(structure: Structure) -> str:
    return structure.composition.element_composition.reduced_formula


def _fraction_key(structure: Structure) -> tuple[tuple[str, float], ...]:
    """Atomic fractions per element: equal exactly when the reduced formulas are equal, and ~50x
    cheaper than building a pymatgen ``Composition`` (this is the first-pass bucket of dedup)."""
    counts: dict[str, float] = {}
    for site in structure:
        for sp, occ in site.species.items():
            counts[sp.symbol] = counts.get(sp.symbol, 0.0) + occ
    total = sum(counts.values()) or 1.0
    return tuple(sorted((el, round(n / total, 9)) for el, n in counts.items()))


def structure_key(structure: Structure, symprec: float = DEFAULT_SYMPREC) -> tuple[str, int]:
    """Grouping key for structure dedup: ``(reduced formula, space group number at symprec)``.

    Two structures that :func:`match` have equal keys unless a distortion within the matcher's
    tolerances changes the space group found at ``symprec`` (rare at 0.1 Å). Oxidation states are
    ignored; the space group is ``0`` when spglib fails.

    Args:
        structure: A pymatgen structure.
        symprec: Distance tolerance for spglib in Å.

    Returns:
        ``(reduced_formula, space_group_number)``.

    Example:
        >>> from pymatgen.core import Lattice, Structure
        >>> structure_key(Structure(Lattice.cubic(2.87), ["Fe", "Fe"], [[0, 0, 0], [0.5, 0.5, 0.5]]))
        ('Fe', 229)
    """
    return _formula(structure), space_group_number(structure, symprec)


def _matcher(ltol: float, stol: float, angle_tol: float):
    from pymatgen.analysis.structure_matcher import StructureMatcher

    return StructureMatcher(ltol=ltol, stol=stol, angle_tol=angle_tol)


def match(
    a: Structure,
    b: Structure,
    *,
    symprec: float = DEFAULT_SYMPREC,
    ltol: float = 0.2,
    stol: float = 0.3,
    angle_tol: float = 5.0,
) -> bool:
    """Whether two structures are the same crystal: equal :func:`structure_key`, then ``StructureMatcher``.

    Args:
        a: First structure.
        b: Second structure.
        symprec: spglib tolerance for the key.
        ltol: ``StructureMatcher`` fractional length tolerance.
        stol: ``StructureMatcher`` site tolerance.
        angle_tol: ``StructureMatcher`` angle tolerance in degrees.

    Returns:
        ``True`` when they match; ``False`` otherwise (including when pymatgen raises).
    """
    if _formula(a) != _formula(b) or space_group_number(a, symprec) != space_group_number(b, symprec):
        return False
    try:
        with _Quiet():
            return bool(_matcher(ltol, stol, angle_tol).fit(a, b))
    except Exception:  # noqa: BLE001
        return False


def key_from_canonical(cif_text: str) -> tuple[str, int] | None:
    """The :func:`structure_key` of a text written by :func:`canonicalize`, read back without spglib.

    A curation pipeline canonicalizes first, so the dedup stage can take its keys from the canonical
    text (``_chemical_formula_structural`` and ``_symmetry_Int_Tables_number``) instead of running
    spglib again.

    Args:
        cif_text: A canonical CIF text (symmetrized at the ``symprec`` the dedup should use).

    Returns:
        ``(reduced_formula, space_group_number)``, or ``None`` when the fields are missing.

    Example:
        >>> key_from_canonical("_symmetry_Int_Tables_number   225\\n_chemical_formula_structural   NaCl\\n")
        ('NaCl', 225)
    """
    if not isinstance(cif_text, str):
        return None
    formula = _FORMULA_FIELD.search(cif_text)
    number = _SG_NUMBER.search(cif_text)
    if not formula or not number:
        return None
    return formula.group(1), int(number.group(1))


_FORMULA_FIELD = re.compile(r"^_chemical_formula_structural\s+(\S+)\s*$", re.MULTILINE)


def group_duplicates(
    structures: Mapping[Any, Structure] | Sequence[Structure],
    *,
    keys: Mapping[Any, Hashable] | None = None,
    symprec: float = DEFAULT_SYMPREC,
    ltol: float = 0.2,
    stol: float = 0.3,
    angle_tol: float = 5.0,
) -> list[list[Any]]:
    """Group duplicate structures; the first id of each group is the copy to keep.

    Structures are bucketed by reduced formula (a cheap pass over the sites); only buckets with more
    than one member compute the space group (spglib at ``symprec``) and split by it, so the buckets
    are those of :func:`structure_key`. Inside each bucket
    ``StructureMatcher(ltol, stol, angle_tol).group_structures`` runs on the members in ascending id
    order, which compares every structure with the earliest one not yet grouped. So the rule is
    deterministic and independent of input order: **the smallest id of a group survives**, groups are
    listed by their smallest id and ids inside a group ascend. The groups equal those of
    ``group_structures`` over the whole list except where the space group at ``symprec`` separates two
    structures the matcher would have joined (a distortion larger than ``symprec`` but within the
    matcher's tolerances). A structure the matcher raises on stays alone.

    Args:
        structures: ``{id: structure}`` (ids must be mutually comparable, e.g. all ``str`` or all
            ``int``), or a sequence whose positions are the ids.
        keys: Precomputed bucket keys by id, e.g. ``key_from_canonical(text)`` saved at
            canonicalization; ids missing from it get :func:`structure_key`. Saves the spglib runs.
        symprec: spglib tolerance for the space-group key.
        ltol: ``StructureMatcher`` fractional length tolerance.
        stol: ``StructureMatcher`` site tolerance.
        angle_tol: ``StructureMatcher`` angle tolerance in degrees.

    Returns:
        Groups of ids, singletons included.

    Example:
        >>> from pymatgen.core import Lattice, Structure
        >>> fe = Structure(Lattice.cubic(2.87), ["Fe", "Fe"], [[0, 0, 0], [0.5, 0.5, 0.5]])
        >>> shifted = fe.copy().translate_sites([0, 1], [0.1, 0.2, 0.3])
        >>> fcc = Structure(Lattice.cubic(3.6), ["Fe"] * 4, [[0, 0, 0], [0.5, 0.5, 0], [0.5, 0, 0.5], [0, 0.5, 0.5]])
        >>> group_duplicates({"b": shifted, "a": fe, "c": fcc})
        [['a', 'b'], ['c']]
    """
    items = dict(structures) if isinstance(structures, Mapping) else dict(enumerate(structures))
    ids = sorted(items)
    buckets: dict[Any, list[Any]] = {}
    if keys is not None:
        for i in ids:
            key = keys.get(i)
            if key is None:
                key = _safe_key(items[i], symprec)
            buckets.setdefault(("key", key), []).append(i)
    else:
        by_formula: dict[Any, list[Any]] = {}
        for i in ids:
            try:
                by_formula.setdefault(_fraction_key(items[i]), []).append(i)
            except Exception:  # noqa: BLE001 - an unreadable structure is its own group
                by_formula.setdefault(("\x00", repr(i)), []).append(i)
        for formula, members in by_formula.items():
            if len(members) == 1:
                buckets[(formula, None)] = members
                continue
            for i in members:
                buckets.setdefault((formula, space_group_number(items[i], symprec)), []).append(i)
    matcher = _matcher(ltol, stol, angle_tol)
    groups: list[list[Any]] = []
    for bucket in buckets.values():
        if len(bucket) == 1:
            groups.append(bucket)
            continue
        groups.extend(_match_bucket(matcher, [items[i] for i in bucket], bucket))
    rank = {i: k for k, i in enumerate(ids)}
    return sorted(groups, key=lambda g: rank[g[0]])


def group_duplicate_texts(
    texts: Mapping[Any, str],
    *,
    keys: Mapping[Any, Hashable] | None = None,
    symprec: float = DEFAULT_SYMPREC,
    ltol: float = 0.2,
    stol: float = 0.3,
    angle_tol: float = 5.0,
) -> list[list[Any]]:
    """Group duplicate structures given as canonical CIF texts; the first id of each group is kept.

    Identical texts are one structure, so they join without parsing or matching: only the first id of
    each distinct text is parsed and given to :func:`group_duplicates`, whose groups then take back the
    ids that share their text. With texts written by :func:`canonicalize`, most copies that differ by
    site order, a supercell or sub-rounding jitter are caught this way; origin shifts in polar space
    groups and larger distortions still go through ``StructureMatcher``. Same rule as
    :func:`group_duplicates`: the smallest id of a group survives; groups are listed by their smallest
    id, ids inside a group ascend. A text that does not parse is a group of its own (with any
    identical copies of it).

    Args:
        texts: ``{id: cif_text}``; ids must be mutually comparable.
        keys: Bucket keys by id (e.g. :func:`key_from_canonical` of the text); ids without one are
            keyed from their structure (:func:`structure_key`).
        symprec: spglib tolerance for keys that are computed.
        ltol: ``StructureMatcher`` fractional length tolerance.
        stol: ``StructureMatcher`` site tolerance.
        angle_tol: ``StructureMatcher`` angle tolerance in degrees.

    Returns:
        Groups of ids, singletons included.

    Example:
        >>> nacl = canonicalize("data_x\\n_cell_length_a 5.64\\n_cell_length_b 5.64\\n_cell_length_c 5.64\\n"
        ...     "_cell_angle_alpha 90\\n_cell_angle_beta 90\\n_cell_angle_gamma 90\\n"
        ...     "_symmetry_space_group_name_H-M 'F m -3 m'\\nloop_\\n_atom_site_label\\n"
        ...     "_atom_site_fract_x\\n_atom_site_fract_y\\n_atom_site_fract_z\\nNa 0 0 0\\nCl 0.5 0.5 0.5\\n").value
        >>> group_duplicate_texts({"b": nacl, "a": nacl})
        [['a', 'b']]
    """
    first_of: dict[str, Any] = {}
    copies: dict[Any, list[Any]] = {}  # first id of each distinct text -> every id with that text
    for i in sorted(texts):
        copies.setdefault(first_of.setdefault(texts[i], i), []).append(i)
    groups: list[list[Any]] = []
    parsed: dict[Any, Structure] = {}
    buckets: dict[Hashable, list[Any]] = {}
    for i in copies:  # ascending ids
        key = None if keys is None else keys.get(i)
        if key is None:  # no key given: parse now to compute it
            structure = parse(texts[i])[0]
            if structure is None:
                groups.append(copies[i])
                continue
            parsed[i] = structure
            key = _safe_key(structure, symprec)
        buckets.setdefault(key, []).append(i)
    for key, reps in buckets.items():
        if len(reps) == 1:  # alone under its key: nothing to match, nothing to parse
            groups.append(copies[reps[0]])
            continue
        structures = {}
        for i in reps:
            structure = parsed.get(i) or parse(texts[i])[0]
            if structure is None:
                groups.append(copies[i])
            else:
                structures[i] = structure
        found = group_duplicates(
            structures, keys=dict.fromkeys(structures, key), ltol=ltol, stol=stol, angle_tol=angle_tol
        )
        groups.extend(sorted(i for rep in group for i in copies[rep]) for group in found)
    return sorted(groups, key=lambda g: g[0])


def _safe_key(structure: Structure, symprec: float) -> tuple[str, int]:
    try:
        return structure_key(structure, symprec)
    except Exception:  # noqa: BLE001
        return ("\x00", id(structure))


def _match_bucket(matcher, objs: list[Structure], bucket: list[Any]) -> list[list[Any]]:
    """``group_structures`` on one bucket, mapped back to ids (a structure may appear under two ids)."""
    try:
        with _Quiet():
            found = matcher.group_structures(objs)
    except Exception:  # noqa: BLE001 - the matcher failing must not merge or drop records
        return [[i] for i in bucket]
    used = [False] * len(bucket)
    out = []
    for g in found:
        group = []
        for s in g:
            j = next(j for j, o in enumerate(objs) if o is s and not used[j])
            used[j] = True
            group.append(bucket[j])
        out.append(sorted(group))
    return out
