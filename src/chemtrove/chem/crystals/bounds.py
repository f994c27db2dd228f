"""Size bounds checked before pymatgen expands a CIF block by its symmetry operations.

pymatgen's expansion costs about a quarter of a millisecond per (listed site, operation) pair, plus
more that grows with the square of the atoms: a 9 kB CIF of 300 sites in a space group of 192
operations took minutes. So, before :meth:`CifParser.parse_structures` runs, the block's *images*
(listed sites times operations) and the atoms the expansion would make (images merged where they
coincide, as pymatgen merges them) are counted with numpy in milliseconds: more atoms than ``max_sites``
is ``too_many_sites``; fewer, but more images than ``max_images``, is ``cif_expansion_too_large``.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

IMAGES_PER_SITE = 4
"""Default ``max_images`` is this times ``max_sites``. Real CIFs stay far below: over the 105 real CIF files
of the shared data the most images is 1,152 (140 atoms), and no real cell has more images than 48 per
atom (every site on the most special position of ``m-3m``)."""

COUNT_LIMIT = 1_000_000
"""Most images counted with numpy (~0.3 s); beyond, the block is ``cif_expansion_too_large`` uncounted."""

_UNCERTAINTY = re.compile(r"\(.*")


def default_max_images(max_sites: int | None) -> int | None:
    """The images bound that goes with a sites bound (``None`` for no bound)."""
    return None if max_sites is None else IMAGES_PER_SITE * max_sites


def _column(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key)
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _number(value: str) -> float:
    try:
        return float(_UNCERTAINTY.sub("", value.strip()))
    except ValueError:
        return 0.0  # '.', '?': pymatgen's problem (or a reason) later; here only positions are counted


_SYMOPS: dict[tuple, tuple[list, list[str], list[str]]] = {}
_SYMOPS_MAX = 1024


def _symops(parser: Any, block: Any) -> list | None:
    """pymatgen's symmetry operations of a block, cached by the block's symmetry fields.

    Without explicit operations pymatgen builds them from the space group symbol, about a second for a
    group of 192 operations, on every call. The operations (and the warnings pymatgen gives with them)
    are cached here and handed to this parser, so its own expansion does not build them again.
    """
    import warnings

    key = tuple(sorted((k, repr(v)) for k, v in block.data.items() if "symmetry" in k or "space_group" in k))
    hit = _SYMOPS.get(key)
    if hit is None:
        before = len(parser.warnings)
        with warnings.catch_warnings(record=True) as log:
            warnings.simplefilter("always")
            try:
                ops = parser.get_symops(block)
            except Exception:  # noqa: BLE001 - pymatgen raises, or falls back to P1, and parse reports it
                return None
        hit = (ops, [str(w.message) for w in log], list(parser.warnings[before:]))
        if len(_SYMOPS) >= _SYMOPS_MAX:
            _SYMOPS.pop(next(iter(_SYMOPS)))
        _SYMOPS[key] = hit
    else:
        parser.warnings.extend(hit[2])
    ops, python_warnings, _ = hit
    for message in python_warnings:
        warnings.warn(message, UserWarning, stacklevel=2)
    parser.get_symops = lambda _block, _ops=ops: list(_ops)  # this parser's expansion reuses them
    return list(ops)


def count_images(parser: Any, block: Any) -> tuple[int, int] | None:
    """``(listed sites, symmetry operations)`` of a CIF block, or ``None`` when pymatgen cannot say.

    Args:
        parser: The :class:`~pymatgen.io.cif.CifParser` holding the block.
        block: The :class:`~pymatgen.io.cif.CifBlock`.
    """
    ops = _symops(parser, block)
    return None if ops is None else (len(_column(block.data, "_atom_site_fract_x")), len(ops))


def expanded_atoms(parser: Any, block: Any, ops: list | None = None) -> int | None:
    """How many atoms pymatgen's expansion will make: every image of every listed site, wrapped into the
    cell, with images that coincide to 1e-3 (fractional) counted once. ``None`` when unknown.

    Args:
        parser: The :class:`~pymatgen.io.cif.CifParser`.
        block: One of its :class:`~pymatgen.io.cif.CifBlock`.
        ops: Its symmetry operations, when already known.
    """
    data = block.data
    xyz = [_column(data, f"_atom_site_fract_{axis}") for axis in "xyz"]
    if not xyz[0] or len({len(c) for c in xyz}) != 1:
        return None
    ops = ops if ops is not None else _symops(parser, block)
    if not ops:
        return None
    coords = np.array([[_number(v) for v in column] for column in xyz], dtype=float).T  # (sites, 3)
    rotations = np.array([op.rotation_matrix for op in ops], dtype=float)  # (ops, 3, 3)
    translations = np.array([op.translation_vector for op in ops], dtype=float)  # (ops, 3)
    with np.errstate(all="ignore"):
        images = np.einsum("kij,nj->nki", rotations, coords) + translations[None, :, :]
        grid = np.mod(np.round(np.mod(images, 1.0) * 1000.0), 1000.0).reshape(-1, 3)
    if not np.all(np.isfinite(grid)):
        return None
    keys = (grid[:, 0].astype(np.int64) * 1000 + grid[:, 1].astype(np.int64)) * 1000 + grid[:, 2].astype(np.int64)
    return int(np.unique(keys).size)


def expansion_reason(parser: Any, block: Any, *, max_sites: int | None, max_images: int | None) -> str | None:
    """``cif_expansion_too_large``, ``too_many_sites`` or ``None``, decided before pymatgen expands ``block``.

    Args:
        parser: The :class:`~pymatgen.io.cif.CifParser`.
        block: One of its :class:`~pymatgen.io.cif.CifBlock`.
        max_sites: Most atoms the expansion may make (``None``: no bound).
        max_images: Most listed sites times operations (``None``: ``IMAGES_PER_SITE * max_sites``).
    """
    if max_images is None:
        max_images = default_max_images(max_sites)
    if max_images is None and max_sites is None:
        return None
    listed = len(_column(block.data, "_atom_site_fract_x"))
    if listed == 0:
        return None
    ops = _symops(parser, block)
    if ops is None:
        return None
    images = listed * len(ops)
    if max_sites is not None and images <= COUNT_LIMIT:  # the atoms, when counting them is cheap
        atoms = expanded_atoms(parser, block, ops)
        if atoms is not None and atoms > max_sites:
            return "too_many_sites"
    if max_images is not None and images > max_images:
        return "cif_expansion_too_large"
    return None


__all__ = ["IMAGES_PER_SITE", "count_images", "default_max_images", "expanded_atoms", "expansion_reason"]
