"""Text descriptions of crystal structures: facts read from the structure, written as sentences.

Robocrystallographer (``robocrys``, MIT) writes such prose and MiST's CCS used its statements, but it
needs matminer, which requires pandas < 3: it cannot be installed next to this project's pinned pandas.
This module is a deterministic rule-based describer with pymatgen alone, in robocrys' spirit:

1. ``{formula} crystallizes in the {crystal system} crystal system.``
2. ``Its space group is {symbol} (No. {number}).``
3. ``The conventional cell has a = ... Å, b = ... Å, c = ... Å, α = ...°, β = ...°, γ = ...°.``
4. ``There are {Z} formula units in the conventional cell.`` and ``The density is {d} g/cm³.``
5. per symmetry-distinct site (CrystalNN neighbours): ``{El}({i}) is bonded to {n} {neighbour} atoms.`` and
   ``The {El}–{X} bond lengths average {d} Å.``

Each sentence is a :class:`Fact` (a prefix, a value, a suffix and the number behind it), so the same
description gives prose for training mixtures and true statements for the CCS, where
:func:`corrupt_fact` changes exactly one fact (another crystal system or space group, a cell or density
scaled by 10-30%, a coordination number off by 1-2, a bond length off by 0.2-0.5 Å).

Same structure, same text: numbers are rounded at fixed decimals, sites are ordered as the symmetrized
structure lists them, and nothing random happens outside :func:`corrupt_fact`'s seeded generator. When
robocrys is importable, ``describe_structure(..., backend="robocrys")`` returns its text as one fact.

Example:
    >>> from chemtrove.chem.crystals import parse
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
    >>> d = describe_cif(cif)
    >>> print(d.text)  # doctest: +NORMALIZE_WHITESPACE
    NaCl crystallizes in the cubic crystal system. Its space group is Fm-3m (No. 225). The conventional cell
    has a = 5.64 Å, b = 5.64 Å, c = 5.64 Å, α = 90.0°, β = 90.0°, γ = 90.0°. There are 4 formula units in
    the conventional cell. The density is 2.16 g/cm³. Na(1) is bonded to six Cl atoms. The Na–Cl bond
    lengths average 2.82 Å. Cl(1) is bonded to six Na atoms. The Cl–Na bond lengths average 2.82 Å.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

CRYSTAL_SYSTEMS = ("triclinic", "monoclinic", "orthorhombic", "tetragonal", "trigonal", "hexagonal", "cubic")
COMMON_SPACE_GROUPS = (
    ("P1", 1),
    ("P-1", 2),
    ("P2_1/c", 14),
    ("C2/m", 12),
    ("C2/c", 15),
    ("Pnma", 62),
    ("Cmcm", 63),
    ("P4/mmm", 123),
    ("I4/mmm", 139),
    ("I4_1/amd", 141),
    ("R-3m", 166),
    ("P6_3/mmc", 194),
    ("P6/mmm", 191),
    ("Pm-3m", 221),
    ("Fm-3m", 225),
    ("Fd-3m", 227),
    ("Im-3m", 229),
)
"""Space groups a corrupted space-group fact draws from."""

_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
MAX_SITES = 60
"""Structures with more sites than this in the conventional cell are described without coordination."""


@dataclass(frozen=True)
class Fact:
    """One sentence of a description: ``prefix + value + suffix``.

    Attributes:
        kind: ``crystal_system``, ``space_group``, ``lattice``, ``formula_units``, ``density``, ``coordination``,
            ``bond_length`` (or ``text`` for a robocrys paragraph).
        prefix: The sentence up to the value (the CCS prompt ends with it).
        value: The stated value.
        suffix: What follows the value (usually ``.``).
        number: The number behind the value (a count, a length in Å, a density), if any.
    """

    kind: str
    prefix: str
    value: str
    suffix: str = "."
    number: float | None = None

    @property
    def sentence(self) -> str:
        """The whole sentence."""
        return f"{self.prefix}{self.value}{self.suffix}"


@dataclass
class Description:
    """A structure's description.

    Attributes:
        formula: Reduced formula.
        facts: The sentences, in order.
        backend: ``rules`` or ``robocrys``.
    """

    formula: str
    facts: list[Fact] = field(default_factory=list)
    backend: str = "rules"

    @property
    def text(self) -> str:
        """The description as one paragraph."""
        return " ".join(f.sentence for f in self.facts)


def _system(number: int) -> str:
    bounds = ((2, 0), (15, 1), (74, 2), (142, 3), (167, 4), (194, 5), (230, 6))
    return CRYSTAL_SYSTEMS[next(i for top, i in bounds if number <= top)]


def _count(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _lattice_value(a: float, b: float, c: float, al: float, be: float, ga: float) -> str:
    return f"a = {a:.2f} Å, b = {b:.2f} Å, c = {c:.2f} Å, α = {al:.1f}°, β = {be:.1f}°, γ = {ga:.1f}°"


def _site_facts(structure: Any, sga: Any) -> list[Fact]:
    """Coordination and mean bond length of each symmetry-distinct site (CrystalNN)."""
    import warnings

    from pymatgen.analysis.local_env import CrystalNN

    sym = sga.get_symmetrized_structure()
    nn = CrystalNN()
    facts: list[Fact] = []
    seen: dict[str, int] = {}
    for group in sym.equivalent_indices:
        i = group[0]
        el = sym[i].specie.symbol if hasattr(sym[i].specie, "symbol") else str(sym[i].specie)
        seen[el] = seen.get(el, 0) + 1
        label = f"{el}({seen[el]})"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                neighbours = nn.get_nn_info(sym, i)
            except Exception:  # noqa: BLE001 - a site CrystalNN cannot read gets no coordination sentence
                continue
        if not neighbours:
            continue
        counts: dict[str, int] = {}
        lengths: dict[str, list[float]] = {}
        for n in neighbours:
            sp = n["site"].specie
            name = sp.symbol if hasattr(sp, "symbol") else str(sp)
            counts[name] = counts.get(name, 0) + 1
            lengths.setdefault(name, []).append(float(sym[i].distance(n["site"])))
        order = sorted(counts, key=lambda e: (-counts[e], e))
        parts = [f"{_count(counts[e])} {e}" for e in order]
        total = sum(counts.values())
        joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        facts.append(Fact("coordination", f"{label} is bonded to ", f"{joined} atoms", ".", float(total)))
        main = order[0]
        mean = sum(lengths[main]) / len(lengths[main])
        facts.append(Fact("bond_length", f"The {el}–{main} bond lengths average ", f"{mean:.2f} Å", ".", mean))
    return facts


def describe_structure(structure: Any, *, symprec: float = 0.1, backend: str = "rules") -> Description:
    """Describe a pymatgen ``Structure``.

    Args:
        structure: The structure (ordered).
        symprec: spglib tolerance in Å.
        backend: ``rules`` (this module) or ``robocrys`` (needs the robocrys package).

    Returns:
        The :class:`Description`.

    Raises:
        ValueError: On an unknown backend, or ``robocrys`` asked for and not installed.
    """
    from pymatgen.symmetry.analyzer import SpacegroupAnalyzer

    if backend not in ("rules", "robocrys"):
        raise ValueError(f"backend must be rules or robocrys, got {backend!r}")
    formula = structure.composition.reduced_formula
    if backend == "robocrys":
        try:
            from robocrys import StructureCondenser, StructureDescriber
        except ImportError as e:
            raise ValueError("backend robocrys needs `pip install robocrys` (it requires pandas < 3)") from e
        text = StructureDescriber().describe(StructureCondenser().condense_structure(structure))
        return Description(formula, [Fact("text", "", text.strip(), "")], backend="robocrys")
    sga = SpacegroupAnalyzer(structure, symprec=symprec)
    number, symbol = sga.get_space_group_number(), sga.get_space_group_symbol()
    conv = sga.get_conventional_standard_structure()
    lat = conv.lattice
    z = int(round(conv.composition.num_atoms / structure.composition.reduced_composition.num_atoms))
    facts = [
        Fact("crystal_system", f"{formula} crystallizes in the ", _system(number), " crystal system."),
        Fact("space_group", "Its space group is ", f"{symbol} (No. {number})", ".", float(number)),
        Fact("lattice", "The conventional cell has ", _lattice_value(*lat.abc, *lat.angles), ".", lat.a),
        Fact("formula_units", "There are ", f"{z} formula units", " in the conventional cell.", float(z)),
        Fact("density", "The density is ", f"{structure.density:.2f} g/cm³", ".", float(structure.density)),
    ]
    if len(conv) <= MAX_SITES:
        facts.extend(_site_facts(structure, sga))
    return Description(formula, facts)


def describe_cif(cif: str, *, symprec: float = 0.1) -> Description | None:
    """Describe the first structure of a CIF (symmetry operations restored first), or ``None`` if unreadable.

    Args:
        cif: CIF text (canonical CIF from chemtrove's curation, or any CIF pymatgen reads).
        symprec: spglib tolerance in Å.

    Returns:
        The :class:`Description`, or ``None``.
    """
    from chemtrove.chem.crystals import parse, restore_symmetry_ops

    if not isinstance(cif, str) or not cif.strip():
        return None
    try:
        text = restore_symmetry_ops(cif if cif.endswith("\n") else cif + "\n")
    except Exception:  # noqa: BLE001 - an unusual CIF is parsed as it is
        text = cif
    structure, _reason, _warnings = parse(text)
    if structure is None or not structure.is_ordered:
        return None
    try:
        return describe_structure(structure, symprec=symprec)
    except Exception:  # noqa: BLE001 - spglib/CrystalNN failures on odd cells: no description
        return None


def _scaled(rng: random.Random) -> float:
    return rng.choice((-1, 1)) * rng.uniform(0.10, 0.30)


def corrupt_fact(fact: Fact, rng: random.Random) -> str | None:
    """A false value for one fact (the CCS's corrupted statement), or ``None`` when it has none.

    Args:
        fact: The fact.
        rng: Seeded generator.

    Returns:
        A value different from ``fact.value``.

    Example:
        >>> f = Fact("coordination", "Na(1) is bonded to ", "six Cl atoms", ".", 6.0)
        >>> corrupt_fact(f, random.Random(0)) in ("four Cl atoms", "five Cl atoms", "seven Cl atoms", "eight Cl atoms")
        True
    """
    import re

    if fact.kind == "crystal_system":
        return rng.choice([s for s in CRYSTAL_SYSTEMS if s != fact.value])
    if fact.kind == "space_group":
        others = [(s, n) for s, n in COMMON_SPACE_GROUPS if n != int(fact.number or 0)]
        s, n = rng.choice(others)
        return f"{s} (No. {n})"
    if fact.kind == "lattice":
        nums = [float(x) for x in re.findall(r"= ([\d.]+)", fact.value)]
        if len(nums) != 6:
            return None
        f = 1 + _scaled(rng)
        return _lattice_value(nums[0] * f, nums[1] * f, nums[2] * f, *nums[3:])
    if fact.kind == "formula_units":
        z = int(fact.number or 0)
        return f"{rng.choice([v for v in (z - 2, z - 1, z + 1, z + 2) if v >= 1])} formula units"
    if fact.kind == "density" and fact.number:
        return f"{fact.number * (1 + _scaled(rng)):.2f} g/cm³"
    if fact.kind == "coordination" and fact.number:
        n = int(fact.number)
        if " and " in fact.value or "," in fact.value:  # several neighbour kinds: change the first count
            first = fact.value.split(" ", 1)
            words = {w: i for i, w in enumerate(_WORDS)}
            k = words.get(first[0])
            if k is None:
                return None
            new = rng.choice([v for v in (k - 2, k - 1, k + 1, k + 2) if v >= 1])
            return f"{_count(new)} {first[1]}"
        new = rng.choice([v for v in (n - 2, n - 1, n + 1, n + 2) if v >= 1])
        return f"{_count(new)} {fact.value.split(' ', 1)[1]}"
    if fact.kind == "bond_length" and fact.number:
        return f"{max(0.5, fact.number + rng.choice((-1, 1)) * rng.uniform(0.2, 0.5)):.2f} Å"
    return None


__all__ = [
    "COMMON_SPACE_GROUPS",
    "CRYSTAL_SYSTEMS",
    "Description",
    "Fact",
    "corrupt_fact",
    "describe_cif",
    "describe_structure",
]
