"""Customary readings of names whose structure chemists take for granted but OPSIN leaves open.

OPSIN reads a name as IUPAC spells it out; chemistry prose relies on a few conventions the name does not
write, and the structure OPSIN returns differs from the compound meant:

* a thio acid or its anion named without ``S-``/``O-`` ("thioacetic acid", "potassium thioacetate",
  "thiobenzoic acid") is the thiol form, ``CC(=O)S``, not the thione OPSIN draws, ``CC(O)=S``;
* a cinnamic compound named without a double-bond descriptor ("cinnamic acid", "methyl cinnamate",
  "cinnamyl alcohol") is the (E) isomer, the one sold and meant;
* a cycloalkene of eight to ten ring atoms named without a descriptor ("cyclooctene",
  "1,5-cyclooctadiene") is the (Z) (cis) isomer.

Each rewrite runs only where the name gives no descriptor of its own.
"""

from __future__ import annotations

import re

MAX_NAME_CHARS = 300
MAX_SMILES_CHARS = 2000
"""Longest name and OPSIN SMILES a reading is rewritten for (the finder's canonical SMILES bound)."""
_THIO_ACID = re.compile(r"thio(?:ic|ate|[a-z]*ic acid|[a-z]*ate)", re.IGNORECASE)
_DESCRIPTOR = re.compile(r"\b(?:cis|trans|[EZ])\b|\((?:[0-9,]*[EZ][0-9EZ, ]*)\)|[0-9][EZ]\b")
_EXPLICIT_O = re.compile(r"\bO-acid|thiono", re.IGNORECASE)
_CINNAM = re.compile(r"cinnam", re.IGNORECASE)
_CYCLO_ENE = re.compile(r"cyclo(?:oct|non|dec)a?(?:-?[0-9,]+-)?(?:di|tri)?en", re.IGNORECASE)


def customary(name: str, smiles: str | None) -> str | None:
    """The SMILES of ``name`` with the customary reading where OPSIN's answer leaves it open.

    Args:
        name: the name as looked up.
        smiles: OPSIN's SMILES for it (or ``None``).

    Returns:
        The rewritten SMILES (RDKit canonical) where a convention applies, else ``smiles`` unchanged.

    Example:
        >>> customary("thioacetic acid", "CC(O)=S")
        'CC(=O)S'
        >>> customary("cinnamic acid", "OC(=O)C=Cc1ccccc1")
        'O=C(O)/C=C/c1ccccc1'
        >>> customary("cyclooctene", "C1=CCCCCCC1")
        'C1=C\\\\CCCCCC/1'
        >>> customary("O-ethyl thioacetate", "CCOC(C)=S")
        'CCOC(C)=S'
    """
    if not smiles or len(name) > MAX_NAME_CHARS or len(smiles) > MAX_SMILES_CHARS:
        return smiles  # RDKit parses only what the finder's canonical bound would take
    lower = name.lower()
    thio = "thio" in lower and _THIO_ACID.search(name) is not None and _EXPLICIT_O.search(name) is None
    cinnam = "cinnam" in lower and _CINNAM.search(name) is not None
    ring = "cyclo" in lower and _CYCLO_ENE.search(name) is not None
    if (cinnam or ring) and _DESCRIPTOR.search(name):
        cinnam = ring = False
    if not (thio or cinnam or ring):
        return smiles
    from rdkit import Chem

    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return smiles
    try:
        changed = thio and _thiol_form(mol)
        if changed:
            Chem.SanitizeMol(mol)  # before the stereo below: sanitizing clears a double bond's E/Z
        changed = (cinnam and _set_double_bonds(mol, _CINNAMIC, trans=True)) or changed
        changed = (ring and _set_ring_cis(mol)) or changed
        return Chem.MolToSmiles(mol) if changed else smiles
    except Exception:  # noqa: BLE001 - a rewrite RDKit cannot sanitize keeps OPSIN's reading
        return smiles


def _thiol_form(mol) -> bool:
    """``C(=S)[OH]`` -> ``C(=O)[SH]`` and ``C(=S)[O-]`` -> ``C(=O)[S-]`` (in place); whether any changed."""
    from rdkit import Chem

    changed = False
    patt = Chem.MolFromSmarts("[CX3](=[SX1])[OX2H1,OX1-]")
    for c, s, o in mol.GetSubstructMatches(patt):
        s_atom, o_atom = mol.GetAtomWithIdx(s), mol.GetAtomWithIdx(o)
        mol.GetBondBetweenAtoms(c, s).SetBondType(Chem.BondType.SINGLE)
        mol.GetBondBetweenAtoms(c, o).SetBondType(Chem.BondType.DOUBLE)
        s_atom.SetFormalCharge(o_atom.GetFormalCharge())
        s_atom.SetNumExplicitHs(o_atom.GetTotalNumHs())
        s_atom.SetNoImplicit(True)
        o_atom.SetFormalCharge(0)
        o_atom.SetNumExplicitHs(0)
        o_atom.SetNoImplicit(True)
        changed = True
    return changed


_CINNAMIC = "c-[CH1]=[CH1]-[#6;!a]"


def _set_double_bonds(mol, smarts: str, trans: bool) -> bool:
    """Give each unspecified double bond of ``smarts`` (atoms 1-2; ends 0 and 3) its E/Z; whether any changed."""
    from rdkit import Chem

    changed = False
    for a, b, c, d in mol.GetSubstructMatches(Chem.MolFromSmarts(smarts)):
        bond = mol.GetBondBetweenAtoms(b, c)
        if bond.GetStereo() != Chem.BondStereo.STEREONONE or bond.IsInRing():
            continue
        bond.SetStereoAtoms(*((a, d) if bond.GetBeginAtomIdx() == b else (d, a)))
        bond.SetStereo(Chem.BondStereo.STEREOTRANS if trans else Chem.BondStereo.STEREOCIS)
        changed = True
    return changed


def _set_ring_cis(mol) -> bool:
    """Make each unspecified C=C of an 8- to 10-membered carbocycle cis (in place); whether any changed."""
    from rdkit import Chem

    ring_info = mol.GetRingInfo()
    changed = False
    for bond in mol.GetBonds():
        if bond.GetBondType() != Chem.BondType.DOUBLE or bond.GetStereo() != Chem.BondStereo.STEREONONE:
            continue
        rings = [r for r in ring_info.BondRings() if bond.GetIdx() in r]
        if len(rings) != 1 or not 8 <= len(rings[0]) <= 10:
            continue
        ring = set(rings[0])
        b, e = bond.GetBeginAtom(), bond.GetEndAtom()
        ends = []
        for atom, other in ((b, e), (e, b)):
            nbrs = [
                n.GetIdx()
                for n in atom.GetNeighbors()
                if n.GetIdx() != other.GetIdx() and mol.GetBondBetweenAtoms(atom.GetIdx(), n.GetIdx()).GetIdx() in ring
            ]
            ends.append(nbrs[0] if nbrs else None)
        if None in ends:
            continue
        bond.SetStereoAtoms(ends[0], ends[1])
        bond.SetStereo(Chem.BondStereo.STEREOCIS)
        changed = True
    return changed
