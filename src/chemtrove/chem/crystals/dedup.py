"""Structure dedup core: ``(reduced formula, space group)`` keys, then ``StructureMatcher`` inside each key."""

from __future__ import annotations

import re
from collections.abc import Hashable, Mapping, Sequence
from typing import Any

from pymatgen.core import Structure

from chemtrove.chem.crystals.buckets import DEFAULT_MAX_COMPARE, match_bucket
from chemtrove.chem.crystals.canonical import _SG_NUMBER
from chemtrove.chem.crystals.parsing import DEFAULT_SYMPREC, _Quiet, parse
from chemtrove.chem.crystals.symmetry import _dataset, _sites


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
    max_compare: int = DEFAULT_MAX_COMPARE,
    stats: dict[str, int] | None = None,
) -> list[list[Any]]:
    """Group duplicate structures; the first id of each group is the copy to keep.

    Structures are bucketed by reduced formula (a cheap pass over the sites); only buckets with more
    than one member compute the space group (spglib at ``symprec``) and split by it, so the buckets
    are those of :func:`structure_key`. Inside each bucket the members are matched in ascending id order
    as ``StructureMatcher(ltol, stol, angle_tol).group_structures`` does (each joins the group of the
    earliest representative it fits), but only against representatives of a similar reduced cell and at
    most ``max_compare`` of them, so a bucket's cost grows linearly with its size
    (:func:`chemtrove.chem.crystals.buckets.match_bucket`). So the rule is
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
        max_compare: Most group representatives one structure is fitted against (``0``: no cap).
        stats: If given, counts ``capped`` (structures whose candidates were cut) and ``fits``.

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
        groups.extend(_match_bucket(matcher, [items[i] for i in bucket], bucket, max_compare, stats))
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
    max_compare: int = DEFAULT_MAX_COMPARE,
    stats: dict[str, int] | None = None,
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
        max_compare: Most group representatives one structure is fitted against (``0``: no cap).
        stats: If given, counts ``capped`` (structures whose candidates were cut) and ``fits``.

    Returns:
        Groups of ids, singletons included.

    Example:
        >>> from chemtrove.chem.crystals import canonicalize
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
            structure = parsed[i] if i in parsed else parse(texts[i])[0]
            if structure is None:
                groups.append(copies[i])
            else:
                structures[i] = structure
        found = group_duplicates(
            structures,
            keys=dict.fromkeys(structures, key),
            ltol=ltol,
            stol=stol,
            angle_tol=angle_tol,
            max_compare=max_compare,
            stats=stats,
        )
        groups.extend(sorted(i for rep in group for i in copies[rep]) for group in found)
    return sorted(groups, key=lambda g: g[0])


def _safe_key(structure: Structure, symprec: float) -> tuple[str, int]:
    try:
        return structure_key(structure, symprec)
    except Exception:  # noqa: BLE001
        return ("\x00", id(structure))


def _match_bucket(
    matcher, objs: list[Structure], bucket: list[Any], max_compare: int, stats: dict[str, int] | None
) -> list[list[Any]]:
    """The groups of one bucket, mapped to ids (see :func:`chemtrove.chem.crystals.buckets.match_bucket`)."""
    return [sorted(g) for g in match_bucket(matcher, objs, bucket, max_compare=max_compare, stats=stats)]
