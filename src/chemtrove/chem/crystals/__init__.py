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
* :func:`structure_key` / :func:`match` / :func:`group_duplicates` / :func:`group_duplicate_texts`: the
  pure core of structure dedup (``(reduced formula, space group)`` buckets, then ``StructureMatcher``
  inside each bucket; identical canonical texts join without it).

Modules: ``parsing`` (limits, reasons, :func:`parse`), ``checks``, ``symmetry`` (spglib access),
``canonical`` and ``dedup``; everything public is importable from here.

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

import os

# spglib prints some diagnostics from C straight to stderr; this switch is read at call time and must be
# set before any module of this package imports spglib.
os.environ.setdefault("SPGLIB_WARNING", "OFF")

from chemtrove.chem.crystals.canonical import (  # noqa: E402
    canonicalize,
    canonicalize_structure,
    drop_symmetry_ops,
    restore_symmetry_ops,
)
from chemtrove.chem.crystals.checks import (  # noqa: E402
    MAX_SMACT_ELEMENTS,
    OCCUPANCY_TOLERANCE,
    charge_balanced,
    check,
    flags,
)
from chemtrove.chem.crystals.dedup import (  # noqa: E402
    group_duplicate_texts,
    group_duplicates,
    key_from_canonical,
    match,
    space_group_number,
    structure_key,
)
from chemtrove.chem.crystals.parsing import (  # noqa: E402
    CELL_ANGLE_RANGE,
    CELL_LENGTH_RANGE,
    CHECK_REASONS,
    CIF_FLAGS,
    CIF_REASONS,
    DEFAULT_MAX_LENGTH,
    DEFAULT_MAX_SITES,
    DEFAULT_SYMPREC,
    MIN_DISTANCE,
    MIN_VOLUME,
    PartialPolicy,
    parse,
    parse_all,
    split_blocks,
)

__all__ = [
    "CELL_ANGLE_RANGE",
    "CELL_LENGTH_RANGE",
    "CHECK_REASONS",
    "CIF_FLAGS",
    "CIF_REASONS",
    "DEFAULT_MAX_LENGTH",
    "DEFAULT_MAX_SITES",
    "DEFAULT_SYMPREC",
    "MAX_SMACT_ELEMENTS",
    "MIN_DISTANCE",
    "MIN_VOLUME",
    "OCCUPANCY_TOLERANCE",
    "PartialPolicy",
    "canonicalize",
    "canonicalize_structure",
    "charge_balanced",
    "check",
    "drop_symmetry_ops",
    "flags",
    "group_duplicate_texts",
    "group_duplicates",
    "key_from_canonical",
    "match",
    "parse",
    "parse_all",
    "space_group_number",
    "split_blocks",
    "structure_key",
    "restore_symmetry_ops",
]
