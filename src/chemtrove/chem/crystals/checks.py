"""Validity checks of a parsed structure as reason codes, and tags (SMACT charge balance) that never reject."""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from pymatgen.core import Composition, Structure
from pymatgen.core.periodic_table import DummySpecies

from chemtrove.chem.crystals.parsing import (
    CELL_ANGLE_RANGE,
    CELL_LENGTH_RANGE,
    CHECK_REASONS,
    MIN_DISTANCE,
    MIN_VOLUME,
    PartialPolicy,
    _Quiet,
)


def _declared_composition(formula: str | None) -> Composition | None:
    if not formula:
        return None
    try:
        with _Quiet():
            comp = Composition(formula.replace("'", "").replace('"', ""))
    except Exception:  # noqa: BLE001
        return None
    return comp if comp.num_atoms > 0 else None


def _z_consistent(declared: Composition, z: float, units: float, rel_tol: float = 0.02) -> bool:
    """Whether a cell holding ``units`` declared formulas agrees with the declared ``z``: ``z`` formulas, as
    CIF defines it, or one formula that is itself ``z`` times the reduced formula, as pymatgen's CifWriter
    writes it (a symmetry that was not applied leaves atoms out)."""
    if abs(units - z) <= rel_tol * z:
        return True
    _, factor = declared.get_reduced_composition_and_factor()
    return abs(factor - z) <= rel_tol * z and abs(units - 1.0) <= rel_tol


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
            be the same and the ratios agree within 2 % (``formula_inconsistent``); when the CIF also
            declares ``_cell_formula_units_Z``, the declared cell (as parsed: ``properties["declared_z"]``
            and ``["declared_formula_units"]``) must hold Z formula units (CIF's definition) or the formula
            itself (what pymatgen writes) within 2 %: a symmetry that was not applied leaves atoms out.
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
        z, units = structure.properties.get("declared_z"), structure.properties.get("declared_formula_units")
        if (
            declared is not None
            and "unknown_element" not in codes
            and (
                not _formula_consistent(structure, declared)
                or (
                    isinstance(z, int | float)
                    and isinstance(units, int | float)
                    and not _z_consistent(declared, z, units)
                )
            )
        ):
            codes.append("formula_inconsistent")
    except Exception:  # noqa: BLE001 - a structure pymatgen cannot even inspect is not usable
        codes.append("cif_parse_failed")
    return sorted(set(codes), key=lambda c: CHECK_REASONS.index(c) if c in CHECK_REASONS else len(CHECK_REASONS))


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
