"""Crystal rewards: CIF validity (parse + the crystal checks), composition and space-group match.

Every CIF answer is bounded before pymatgen sees it: at most ``MAX_CIF_CHARS`` characters, at most
:data:`MAX_CIF_SITES` atoms after the symmetry expansion (counted before it runs), and
:data:`MAX_CIF_SECONDS` of wall clock per completion; an answer over a bound scores 0. Worst case measured
per completion: see docs/performance.md.
"""

from __future__ import annotations

import re
from typing import Any

from chemtrove.chem.limits import time_limit
from chemtrove.chem.tags import END_SMILES, START_SMILES
from chemtrove.tasks.rewards.answers import (
    _CRYSTAL_GEN,
    MAX_CIF_CHARS,
    MAX_TEXT_CHARS,
    _missing,
    _rowwise,
    _short_answer,
    _untag,
    answer_cif,
)

MAX_CIF_SITES = 500
"""Most atoms a CIF answer may expand to; larger cells score 0, decided before pymatgen expands the symmetry
(a generated cell of a few dozen sites is far below). Listed sites times symmetry operations are bounded at
4 x this (``chemtrove.chem.crystals.bounds``)."""
MAX_CIF_SECONDS = 10.0
"""Wall-clock backstop per scored completion: a completion still being scored after this scores 0."""


def _bounded(score):
    """Run a scorer under :data:`MAX_CIF_SECONDS` (the timeout becomes 0.0 in ``_rowwise``)."""
    import functools

    @functools.wraps(score)
    def run(*args, **kwargs):
        with time_limit(MAX_CIF_SECONDS):
            return score(*args, **kwargs)

    return run


class _Quiet:
    """Silence numpy floating-point and Python warnings of pymatgen/spglib on hostile cells (1e308 lengths)."""

    def __enter__(self):
        import warnings

        import numpy as np

        self._np = np.errstate(all="ignore")
        self._np.__enter__()
        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore")
        return self

    def __exit__(self, *exc):
        self._w.__exit__(*exc)
        self._np.__exit__(*exc)
        return False


def _structure(completion: Any):
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s

    cif = answer_cif(completion)
    if cif is None:
        return None
    with _Quiet():
        structure, _, _ = crystals.parse(cif, max_length=MAX_CIF_CHARS + 4096, max_sites=MAX_CIF_SITES)
    return structure


@_rowwise(_CRYSTAL_GEN)
@_bounded
def cif_validity_reward(completion: Any) -> float | None:
    """1.0 when the answer is a CIF that parses and passes every check of :func:`chemtrove.chem.crystals.check`.

    Checks: known elements, cell lengths 0.5-1000 Å, angles 10-170°, volume, occupancies, atoms at least
    0.5 Å apart, declared formula consistent with the sites.

    Example:
        >>> cif = "data_Po\\n_cell_length_a 3.35\\n_cell_length_b 3.35\\n_cell_length_c 3.35\\n"
        >>> cif += "_cell_angle_alpha 90\\n_cell_angle_beta 90\\n_cell_angle_gamma 90\\n"
        >>> cif += "_symmetry_space_group_name_H-M 'P 1'\\nloop_\\n_atom_site_type_symbol\\n_atom_site_label\\n"
        >>> cif += "_atom_site_fract_x\\n_atom_site_fract_y\\n_atom_site_fract_z\\nPo Po1 0 0 0\\n"
        >>> cif_validity_reward([f"<answer>{cif}</answer>", "<answer>data_x</answer>",
        ...                      f"<answer>{cif.replace('3.35', '0.3')}</answer>"])
        [1.0, 0.0, 0.0]
    """
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s

    structure = _structure(completion)
    if structure is None:
        return 0.0
    with _Quiet():
        return float(not crystals.check(structure))


def _reduced(text_or_structure: Any) -> Any:
    """Reduced pymatgen composition of a formula string or a structure (``None`` if unusable)."""
    from pymatgen.core import Composition
    from pymatgen.core.periodic_table import DummySpecies

    if isinstance(text_or_structure, str):
        text = text_or_structure.strip()
        if not text or len(text) > MAX_TEXT_CHARS or not re.fullmatch(r"[A-Za-z0-9.()\s]+", text):
            return None
        comp = Composition(text)
    else:
        comp = text_or_structure.composition
    if comp.num_atoms <= 0 or any(isinstance(sp, DummySpecies) for sp in comp):
        return None
    return comp.element_composition.reduced_composition


@_rowwise(frozenset({"crystal_generation", "crystal_composition"}))
@_bounded
def composition_match_reward(completion: Any, formula: Any) -> float | None:
    """1.0 when the answer (a CIF, or a formula) has the reduced composition of ``formula``.

    A CIF answer is read with :func:`chemtrove.chem.crystals.parse`; a formula answer (``SrTiO3``,
    ``Sr2Ti2O6``) with pymatgen's ``Composition``. Amounts are compared after reduction.

    Example:
        >>> composition_match_reward(["<answer>Sr2Ti2O6</answer>", "<answer>SrTiO2</answer>", "<answer>Xx</answer>"],
        ...                          formula=["SrTiO3"] * 3)
        [1.0, 0.0, 0.0]
    """
    if _missing(formula):
        return None
    with _Quiet():
        try:
            ref = _reduced(str(formula))
        except Exception:  # noqa: BLE001
            return None
        if ref is None:
            return None
        answer = _short_answer(completion)
        if answer is not None and "_cell_length" not in answer and "data_" not in answer:
            got = _reduced(_untag(answer, START_SMILES, END_SMILES))
        else:
            structure = _structure(completion)
            got = None if structure is None else _reduced(structure)
        return float(got is not None and got.almost_equals(ref, rtol=1e-3, atol=1e-3))


@_rowwise(_CRYSTAL_GEN)
@_bounded
def space_group_match_reward(completion: Any, space_group: Any) -> float | None:
    """1.0 when the answer's CIF has space group number ``space_group`` (spglib, symprec 0.1 Å).

    Example:
        >>> cif = "data_Po\\n_cell_length_a 3.35\\n_cell_length_b 3.35\\n_cell_length_c 3.35\\n"
        >>> cif += "_cell_angle_alpha 90\\n_cell_angle_beta 90\\n_cell_angle_gamma 90\\n"
        >>> cif += "_symmetry_space_group_name_H-M 'P 1'\\nloop_\\n_atom_site_type_symbol\\n_atom_site_label\\n"
        >>> cif += "_atom_site_fract_x\\n_atom_site_fract_y\\n_atom_site_fract_z\\nPo Po1 0 0 0\\n"
        >>> space_group_match_reward([f"<answer>{cif}</answer>"] * 2, space_group=[221, 225])
        [1.0, 0.0]
    """
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s

    if _missing(space_group):
        return None
    try:
        ref = int(space_group)
    except (TypeError, ValueError):
        return None
    if not 1 <= ref <= 230:
        return None
    structure = _structure(completion)
    if structure is None:
        return 0.0
    with _Quiet():
        return float(crystals.space_group_number(structure) == ref)
