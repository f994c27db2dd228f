"""Radicals named in prose: a group's name and the word "radical" ("tert-butoxy radical", "phenyl radical",
"hydroperoxy radical", "chlorine radical"), and a formula before it ("the NO radical").

A group's name is read as the group with an unpaired electron where it binds: OPSIN reads the group
bound to a trimethylsilyl ("trimethyl(tert-butoxy)silane"), and the silyl is taken off, leaving its place
a radical ("CC(C)(C)[O]"). "-oxyl" names the same group as "-oxy" ("tert-butoxyl", "hydroxyl"). A halogen's
name, also misnamed as its anion ("chloride radical"), is its atom ("[Cl]"). Class words ("aryl", "alkyl",
"peroxy radical") and a radical numbered as an intermediate ("thiophenyl radical 8") name no one species.
A formula before "radical" ("NO", "OH", "CN", "CF3"), which alone is too ambiguous to read, is the radical: a
stable molecule's formula ("the NO radical", "NO2 radicals") is the mention, and a group's formula names the
radical with the word, as a group's name does ("generate CF3 radical", "the OH radical").

A stable aminoxyl (nitroxide) radical is named alone, without the word "radical": as its group with "-oxy" or
"-oxyl" ("2,2,6,6-tetramethyl-1-piperidinyloxy", "(2,2,6,6-tetramethylpiperidin-1-yl)oxyl", TEMPO written out)
or as its parent with "-1-oxyl" ("2,2,6,6-tetramethylpiperidine-1-oxyl", read through "...piperidin-1-ol"); such a
name is read as the radical only when the unpaired electron sits on an oxygen bound to a nitrogen, so an alkoxy
group ("pyridin-3-yloxy", "tert-butoxy") stays a group.

Used by :class:`chemtrove.chem.names.NameFinder`; tested in ``tests/chem/names/test_name_condensed.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chemtrove.chem.names.match import Hit, NameMatch, canonical_smiles, match_of

_NAMED = re.compile(
    r"(?<![\w\-])((?:(?:tert|sec|iso|n)-)?[a-z][a-z\-]{1,40}?(?:yl|oxy|oxyl|ine|ide))[ \u00a0]+radical(?![\w\-])"
    r"(?![ \u00a0]+(?:\d|[A-Z]\b)|[ \u00a0]+(?:cation|anion|ion)s?\b)"
)
_AMINOXYL = re.compile(
    r"(?<![\w\-])((?:[\d,'′]{1,20}-[ \u00a0])?(?:\(|\b)[\w,'′\-\[\]()]{4,80}?"
    r"(?:yloxy|yloxyl|yl\)oxyl|-1-oxyl|-N-oxyl))(?![\w\-)\]])"
)
"""A name of a group bound to "-oxy"/"-oxyl" ending a word ("...-1-piperidinyloxy", "(...-1-yl)oxyl"), or a
parent's "-1-oxyl"; its locants may stand before a line-break hyphen ("2,2,6,6- tetramethyl...")."""
_FORMULA = re.compile(r"(?<![\w\-])((?:NO|OH|CN|NO2|SO4|CF3))[ \u00a0]+radicals?(?![\w\-])")
_FORMULA_SMILES = {"NO": "[N]=O", "OH": "[OH]", "CN": "[C]#N", "NO2": "[O]N=O", "SO4": None, "CF3": "F[C](F)F"}
_MOLECULES = frozenset({"NO", "NO2"})
"""Formulas of stable molecules that are radicals themselves (nitric oxide, nitrogen dioxide): the formula is the
mention; a group's formula ("CF3", "OH", "CN") names the radical only with the word ("CF3 radical")."""
_HALOGENS = {"fluorine": "[F]", "chlorine": "[Cl]", "bromine": "[Br]", "iodine": "[I]"}
_HALOGENS.update({"fluoride": "[F]", "chloride": "[Cl]", "bromide": "[Br]", "iodide": "[I]"})
_CLASSES = frozenset(
    "aryl alkyl acyl alkoxy alkoxyl peroxy peroxyl aroyl vinyl alkenyl alkynyl heteroaryl benzylic allylic "
    "carbon-centered oxygen-centered nitrogen-centered sulfonyl thiyl amidyl iminyl aminyl silyl boryl".split()
)


def _group_radical(prefix: str, resolve: Callable[[str], str | None]) -> str | None:
    """The SMILES of a group's radical: the group read bound to a trimethylsilyl, the silyl taken off."""
    from rdkit import Chem

    group = prefix[:-1] if prefix.endswith("oxyl") else prefix
    smiles = resolve(f"trimethyl({group})silane")
    mol = Chem.MolFromSmiles(smiles) if smiles else None
    if mol is None:
        return None
    silicons = [a for a in mol.GetAtoms() if a.GetSymbol() == "Si"]
    if len(silicons) != 1:
        return None
    si = silicons[0]
    methyls = [n for n in si.GetNeighbors() if n.GetSymbol() == "C" and n.GetDegree() == 1]
    others = [n for n in si.GetNeighbors() if n.GetIdx() not in {m.GetIdx() for m in methyls}]
    if len(methyls) == 4 and not others:
        return "[CH3]"  # "methyl radical": tetramethylsilane
    if len(methyls) != 3 or len(others) != 1:
        return None
    rw = Chem.RWMol(mol)
    bound = rw.GetAtomWithIdx(others[0].GetIdx())
    bound.SetNumRadicalElectrons(1)
    bound.SetNoImplicit(True)
    bound.SetNumExplicitHs(max(0, others[0].GetTotalNumHs()))
    for idx in sorted([si.GetIdx()] + [m.GetIdx() for m in methyls], reverse=True):
        rw.RemoveAtom(idx)
    try:
        out = rw.GetMol()
        Chem.SanitizeMol(out)
        return canonical_smiles(Chem.MolToSmiles(out))
    except Exception:  # noqa: BLE001 - a group RDKit cannot leave a radical is no radical
        return None


def with_radicals(text: str, found: list[NameMatch], resolve: Callable[[str], str | None]) -> list[NameMatch]:
    """``found`` with each named radical read as its structure (the matches inside it dropped), sorted by
    position; ``resolve`` reads a name (lexicons, then OPSIN).

    Example:
        >>> [(m.name, m.smiles) for m in with_radicals("a source of chlorine radical.", [], lambda n: None)]
        [('chlorine radical', '[Cl]')]
    """
    added = _aminoxyls(text, resolve) if "oxy" in text else []
    if "radical" not in text and not added:
        return found
    for m in _NAMED.finditer(text) if "radical" in text else ():
        prefix = m.group(1)
        if prefix.lower() in _CLASSES:
            continue
        smiles = _HALOGENS.get(prefix.lower()) or (
            _group_radical(prefix, resolve) if prefix.endswith(("yl", "oxy", "oxyl")) else None
        )
        if smiles is not None:
            added.append(match_of(text, m.start(), m.end(), Hit(canonical_smiles(smiles), "systematic", "opsin")))
    for m in _FORMULA.finditer(text) if "radical" in text else ():
        smiles = canonical_smiles(_FORMULA_SMILES.get(m.group(1)))
        if smiles is None:
            continue
        if m.group(1) not in _MOLECULES:  # "the CF3 radical": the group's radical, the word with it
            added.append(match_of(text, m.start(), m.end(), Hit(smiles, "formula", "pymatgen")))
        elif not any(f.start == m.start(1) and f.end == m.end(1) for f in found):  # "the NO radical"
            added.append(match_of(text, m.start(1), m.end(1), Hit(smiles, "formula", "pymatgen")))
    if not added:
        return found
    kept = [f for f in found if not any(a.start < f.end and f.start < a.end for a in added)]
    return sorted(kept + added, key=lambda x: x.start)


def _aminoxyls(text: str, resolve: Callable[[str], str | None]) -> list[NameMatch]:
    """Aminoxyl radicals named alone ("2,2,6,6-tetramethyl-1-piperidinyloxy"): see the module."""
    out = []
    for m in _AMINOXYL.finditer(text):
        name = re.sub(r"-[ \u00a0]", "-", m.group(1))  # a line-break space after a locant's hyphen
        if name.endswith(("-1-oxyl", "-N-oxyl")):  # the parent's N-hydroxy compound, its hydrogen taken off
            smiles = _hydroxy_radical(resolve(re.sub(r"e?-[1N]-oxyl$", "-1-ol", name)))
        else:
            smiles = _group_radical(name[:-1] if name.endswith(")oxyl") else name, resolve)
            smiles = smiles if _on_aminoxyl(smiles) else None
        if smiles is not None:
            out.append(match_of(text, m.start(1), m.end(1), Hit(canonical_smiles(smiles), "systematic", "opsin")))
    return out


def _on_aminoxyl(smiles: str | None) -> bool:
    """Whether the one unpaired electron of ``smiles`` sits on an oxygen bound to a nitrogen."""
    from rdkit import Chem

    mol = Chem.MolFromSmiles(smiles) if smiles else None
    if mol is None:
        return False
    radicals = [a for a in mol.GetAtoms() if a.GetNumRadicalElectrons()]
    return (
        len(radicals) == 1
        and radicals[0].GetSymbol() == "O"
        and [n.GetSymbol() for n in radicals[0].GetNeighbors()] == ["N"]
    )


def _hydroxy_radical(smiles: str | None) -> str | None:
    """The radical of an N-hydroxy compound: the hydroxyl's hydrogen taken off (one N-OH only)."""
    from rdkit import Chem

    mol = Chem.MolFromSmiles(smiles) if smiles else None
    if mol is None:
        return None
    oxygens = [
        a
        for a in mol.GetAtoms()
        if a.GetSymbol() == "O" and a.GetTotalNumHs() == 1 and [n.GetSymbol() for n in a.GetNeighbors()] == ["N"]
    ]
    if len(oxygens) != 1:
        return None
    rw = Chem.RWMol(mol)
    atom = rw.GetAtomWithIdx(oxygens[0].GetIdx())
    atom.SetNumRadicalElectrons(1)
    atom.SetNoImplicit(True)
    atom.SetNumExplicitHs(0)
    try:
        out = rw.GetMol()
        Chem.SanitizeMol(out)
        return canonical_smiles(Chem.MolToSmiles(out))
    except Exception:  # noqa: BLE001 - no radical RDKit can write
        return None
