"""spglib access for canonical CIF text and keys: site lists, wrapped coordinates, Hall settings, datasets."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import spglib
from pymatgen.core import Structure

from chemtrove.chem.crystals.checks import OCCUPANCY_TOLERANCE
from chemtrove.chem.crystals.parsing import _Quiet


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
