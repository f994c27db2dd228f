"""Canonical SMILES that never raise and never crash the process.

Every function here takes any ``str`` (or anything else) and returns a :class:`~chemtrove.chem.canon.Canon`
whose ``reason`` names what was wrong (see :mod:`chemtrove.chem.reasons`). RDKit's C++ log is silenced
for the duration of each call, and size limits are checked *before* RDKit writes a molecule, because
``MolToSmiles`` of a very large molecule can take the Python process down with it.

Example:
    >>> canonicalize("OCC").value
    'CCO'
    >>> canonicalize("C1CC").reason
    'parse_failed'
    >>> canonicalize("c1ccccc1C(=O)[O-].[Na+]", standardize=True).value
    'O=C(O)c1ccccc1'
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdkit import Chem, rdBase
from rdkit.Chem.MolStandardize import rdMolStandardize

from chemtrove.chem.canon import Canon

DEFAULT_MAX_LENGTH = 4096
"""Default character limit; longer strings are rejected as ``too_long`` before RDKit sees them."""
DEFAULT_MAX_ATOMS = 1000
"""Default atom limit; larger molecules are rejected as ``too_many_atoms`` before RDKit writes them."""

_BAD_CHARS = re.compile(r"[\s\x00-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def precheck(text: object, max_length: int = DEFAULT_MAX_LENGTH) -> tuple[str | None, str | None]:
    """Cheap checks shared by every SMILES-like input, before RDKit is called.

    Args:
        text: The candidate value.
        max_length: Character limit.

    Returns:
        ``(stripped_text, None)`` when the value may be given to RDKit, else ``(None, reason)``.
    """
    if not isinstance(text, str):
        return None, "not_a_string"
    s = text.strip()
    if not s:
        return None, "empty"
    if len(s) > max_length:
        return None, "too_long"
    if not s.isascii():
        return None, "non_ascii"
    if _BAD_CHARS.search(s):
        return None, "binary" if _CONTROL.search(s) else "whitespace"
    return s, None


def _diagnose(s: str) -> str:
    """Why ``MolFromSmiles`` returned None: syntax, valence, aromaticity or other sanitization."""
    mol = Chem.MolFromSmiles(s, sanitize=False)
    if mol is None:
        return "parse_failed"
    try:
        Chem.SanitizeMol(mol)
    except Chem.AtomValenceException:
        return "invalid_valence"
    except Chem.KekulizeException:
        return "kekulize_failed"
    except Exception:  # noqa: BLE001 - any other RDKit sanitization error is a reason, not a crash
        return "sanitize_failed"
    return "sanitize_failed"


def parse(
    text: object, *, max_length: int = DEFAULT_MAX_LENGTH, max_atoms: int = DEFAULT_MAX_ATOMS
) -> tuple[Chem.Mol | None, str | None]:
    """Parse a SMILES into an RDKit molecule with a reason code on failure.

    Args:
        text: The SMILES.
        max_length: Character limit (``too_long``).
        max_atoms: Atom limit, hydrogens in brackets not counted (``too_many_atoms``).

    Returns:
        ``(mol, None)`` or ``(None, reason)``.
    """
    with rdBase.BlockLogs():
        return _parse_quiet(text, max_length, max_atoms)


def _parse_quiet(text: object, max_length: int, max_atoms: int) -> tuple[Chem.Mol | None, str | None]:
    """:func:`parse` for callers that already hold an ``rdBase.BlockLogs`` (one per molecule is costly)."""
    s, reason = precheck(text, max_length)
    if reason is not None:
        return None, reason
    mol = Chem.MolFromSmiles(s)
    if mol is None:
        return None, _diagnose(s)
    n = mol.GetNumAtoms()
    if n == 0:
        return None, "no_atoms"
    if n > max_atoms:
        return None, "too_many_atoms"
    return mol, None


@lru_cache(maxsize=1)
def _standardizers() -> tuple:
    # Built once per process, lazily: these objects cannot be pickled, so they never live on a step.
    return (
        rdMolStandardize.LargestFragmentChooser(preferOrganic=True),
        rdMolStandardize.Uncharger(),
    )


@lru_cache(maxsize=1)
def _tautomer_enumerator():
    return rdMolStandardize.TautomerEnumerator()


def standardize_mol(mol: Chem.Mol, *, tautomers: bool = False) -> tuple[Chem.Mol, bool]:
    """Cleanup, keep the largest organic fragment, neutralize; optionally canonicalize the tautomer.

    Args:
        mol: A sanitized RDKit molecule.
        tautomers: Also canonicalize the tautomer (about 10x slower than the rest).

    Returns:
        ``(standardized_mol, fragment_removed)``. Raises whatever RDKit raises; callers turn that into
        ``standardize_failed``.
    """
    chooser, uncharger = _standardizers()
    n_frags = len(Chem.GetMolFrags(mol))
    mol = rdMolStandardize.Cleanup(mol)
    mol = chooser.choose(mol)
    mol = uncharger.uncharge(mol)
    if tautomers:
        mol = _tautomer_enumerator().Canonicalize(mol)
    return mol, n_frags > 1


def _write(mol: Chem.Mol, isomeric: bool) -> str | None:
    try:
        return Chem.MolToSmiles(mol, isomericSmiles=isomeric)
    except Exception:  # noqa: BLE001
        return None


def canonicalize(
    smiles: object,
    *,
    isomeric: bool = True,
    standardize: bool = False,
    tautomers: bool = False,
    stable: bool = False,
    max_length: int = DEFAULT_MAX_LENGTH,
    max_atoms: int = DEFAULT_MAX_ATOMS,
) -> Canon:
    """RDKit canonical SMILES with a reason code instead of an exception.

    Args:
        smiles: The input; anything that is not a non-empty ASCII ``str`` is rejected with a reason.
        isomeric: Keep stereochemistry and isotopes.
        standardize: Cleanup, keep the largest organic fragment and neutralize before writing
            (``fragment_removed`` flag when a fragment was dropped).
        tautomers: With ``standardize``, also canonicalize the tautomer (slow, ~85 mol/s).
        stable: Re-canonicalize until the string stops changing (at most 3 passes). RDKit's canonical
            form is not always idempotent; on a cycle the smallest string is kept and the result is
            flagged ``unstable_canonical``. Costs one extra parse per molecule.
        max_length: Character limit, checked before RDKit runs.
        max_atoms: Atom limit, checked before RDKit writes the molecule.

    Returns:
        A :class:`Canon`.

    Example:
        >>> canonicalize("C[C@H](N)C(=O)O", isomeric=False).value
        'CC(N)C(=O)O'
        >>> canonicalize("C" * 5000).reason
        'too_long'
        >>> canonicalize(None).reason
        'not_a_string'
    """
    return canonicalize_mol(
        smiles,
        isomeric=isomeric,
        standardize=standardize,
        tautomers=tautomers,
        stable=stable,
        max_length=max_length,
        max_atoms=max_atoms,
    )[0]


def canonicalize_mol(
    smiles: object,
    *,
    isomeric: bool = True,
    standardize: bool = False,
    tautomers: bool = False,
    stable: bool = False,
    max_length: int = DEFAULT_MAX_LENGTH,
    max_atoms: int = DEFAULT_MAX_ATOMS,
) -> tuple[Canon, Chem.Mol | None]:
    """:func:`canonicalize`, also returning the (standardized) RDKit molecule for further keys.

    Steps use this to compute heavy-atom counts or InChIKeys without parsing twice. Arguments as in
    :func:`canonicalize`.

    Returns:
        ``(canon, mol)``; ``mol`` is ``None`` when the input was rejected.
    """
    flags: list[str] = []
    with rdBase.BlockLogs():  # one log block for parse, write and stabilize: it costs ~5% per molecule
        mol, reason = _parse_quiet(smiles, max_length, max_atoms)
        if mol is None:
            return Canon.reject(reason), None
        if standardize:
            try:
                mol, removed = standardize_mol(mol, tautomers=tautomers)
            except Exception:  # noqa: BLE001
                return Canon.reject("standardize_failed"), None
            if mol is None or mol.GetNumAtoms() == 0:
                return Canon.reject("standardize_failed"), None
            if removed:
                flags.append("fragment_removed")
        out = _write(mol, isomeric)
        if out is None:
            return Canon.reject("write_failed"), None
        if stable:
            out, cycled = _stabilize(out, isomeric)
            if cycled:
                flags.append("unstable_canonical")
    return Canon(out, None, tuple(sorted(flags))), mol


def mol_inchikey(mol: Chem.Mol) -> str | None:
    """InChIKey of an RDKit molecule, or ``None`` when InChI cannot represent it."""
    with rdBase.BlockLogs():
        try:
            return Chem.MolToInchiKey(mol) or None
        except Exception:  # noqa: BLE001
            return None


def _stabilize(first: str, isomeric: bool, passes: int = 3) -> tuple[str, bool]:
    """Re-canonicalize until a fixed point; on a cycle or no convergence keep the smallest string."""
    seen = [first]
    current = first
    for _ in range(passes):
        mol = Chem.MolFromSmiles(current)
        if mol is None:
            break
        nxt = _write(mol, isomeric)
        if nxt is None or nxt == current:
            return current, False
        if nxt in seen:
            seen.append(nxt)
            break
        seen.append(nxt)
        current = nxt
    return min(seen, key=lambda s: (len(s), s)), True


def heavy_atom_count(smiles: str) -> int | None:
    """Number of heavy atoms of a SMILES, or ``None`` when it does not parse.

    Example:
        >>> heavy_atom_count("CCO")
        3
    """
    mol, _ = parse(smiles)
    return None if mol is None else mol.GetNumHeavyAtoms()


def inchikey(smiles: object, *, max_length: int = DEFAULT_MAX_LENGTH, max_atoms: int = DEFAULT_MAX_ATOMS) -> Canon:
    """Standard InChIKey of a SMILES, as a :class:`Canon` (reason ``inchi_failed`` when InChI gives none).

    Example:
        >>> inchikey("CCO").value
        'LFQSCWFLJHTTHZ-UHFFFAOYSA-N'
    """
    mol, reason = parse(smiles, max_length=max_length, max_atoms=max_atoms)
    if mol is None:
        return Canon.reject(reason)
    key = mol_inchikey(mol)
    return Canon(key) if key else Canon.reject("inchi_failed")


def randomize(smiles: str, n: int, seed: int = 0, *, isomeric: bool = True, max_tries: int = 4) -> list[str]:
    """Randomized (non-canonical) SMILES of one molecule, for augmentation.

    Every string returned parses back to the same canonical SMILES as the input; strings that do not
    (RDKit's random writer can lose stereo in rare ring systems) are discarded and redrawn. Duplicates
    are allowed (a small molecule has few distinct spellings), so exactly ``n`` strings come back.

    Args:
        smiles: A valid SMILES.
        n: How many strings to return.
        seed: Random seed; the same seed gives the same list.
        isomeric: Keep stereochemistry.
        max_tries: Rounds of redrawing before giving up on round-trip-safe strings.

    Returns:
        ``n`` randomized SMILES.

    Raises:
        ValueError: If ``smiles`` is not valid (the message carries the reason code), or no round-trip-safe
            spelling was found.

    Example:
        >>> out = randomize("c1ccccc1O", 3, seed=1)
        >>> len(out), all(canonicalize(s).value == "Oc1ccccc1" for s in out)
        (3, True)
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    mol, reason = parse(smiles)
    if mol is None:
        raise ValueError(f"cannot randomize {smiles!r}: {reason}")
    with rdBase.BlockLogs():
        target = _write(mol, isomeric)
        out: list[str] = []
        for attempt in range(max_tries):
            if len(out) >= n:
                break
            # RDKit reads randomSeed 0 (and negative) as "unseeded": its global generator, whose state depends
            # on earlier calls in the process. Seed 0 goes to a fixed value instead, so it is a seed like others.
            rd_seed = (seed + attempt * 7919) % 2**31 or 2**31 - 1
            draws = Chem.MolToRandomSmilesVect(mol, n - len(out), randomSeed=rd_seed)
            for s in draws:
                back = Chem.MolFromSmiles(s)
                if back is not None and _write(back, isomeric) == target:
                    out.append(s if isomeric else _strip_stereo(s))
        if len(out) < n:
            if not out:
                raise ValueError(f"no round-trip-safe randomized SMILES for {smiles!r}")
            out.extend(out[i % len(out)] for i in range(n - len(out)))
    return out[:n]


def _strip_stereo(s: str) -> str:
    mol = Chem.MolFromSmiles(s)
    return Chem.MolToSmiles(mol, isomericSmiles=False, canonical=False, doRandom=False)


def mol_formula(mol: Chem.Mol) -> str:
    """The Hill formula of an RDKit molecule (hydrogens counted, charge written as RDKit writes it).

    Args:
        mol: The molecule.

    Returns:
        The formula, e.g. ``C2H6O``.
    """
    from rdkit.Chem.rdMolDescriptors import CalcMolFormula

    with rdBase.BlockLogs():
        return CalcMolFormula(mol)


def molecular_formula(text: object, *, max_length: int = DEFAULT_MAX_LENGTH) -> str | None:
    """The Hill formula of a SMILES, or ``None`` when it does not parse.

    Args:
        text: The SMILES.
        max_length: Character limit (longer strings give ``None``).

    Returns:
        The formula.

    Example:
        >>> molecular_formula("CCO"), molecular_formula("[NH4+]"), molecular_formula("C1CC")
        ('C2H6O', 'H4N+', None)
    """
    mol, _ = parse(text, max_length=max_length)
    return None if mol is None else mol_formula(mol)
