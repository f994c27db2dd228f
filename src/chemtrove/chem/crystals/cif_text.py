"""The text of a canonical CIF: cell, formula, symmetry operations and sites written in CrystaLLM's layout,
with fixed decimals and sites and species in electronegativity order (:mod:`chemtrove.chem.crystals.canonical`
chooses what is written)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from pymatgen.core import Composition, Element

from chemtrove.chem.crystals.parsing import _Quiet


@lru_cache(maxsize=256)
def _x(symbol: str) -> float:
    with _Quiet():
        x = Element(symbol).X
    return x if math.isfinite(x) else 10.0


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
