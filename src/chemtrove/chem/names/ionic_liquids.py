"""Imidazolium ionic liquids written in their shorthand: a cation code and an anion, glued or in brackets
("bmimBF4", "[BMIM][PF6]", "[C2mim]OAc", "EMIM-TFSI", "HmimOAc"), read as the salt of the two ions.

The cation codes are the field's: ``mmim``/``C1mim`` (1,3-dimethylimidazolium), ``emim``/``C2mim``
(1-ethyl-3-methyl), ``bmim``/``C4mim`` (1-butyl-3-methyl), ``hmim``/``HMIM``/``C6mim`` (1-hexyl-3-methyl),
``omim``/``C8mim`` (1-octyl-3-methyl), in lower, capitalised or upper case, and ``Hmim`` (a capital H, the
rest lower case: the proton of the protic 1-methylimidazolium). The SMILES below are checked against OPSIN's
readings of the systematic names in the tests.
"""

from __future__ import annotations

import re

from chemtrove.chem.names.match import Hit, canonical_smiles

_IMIDAZOLIUM = "n1cc[n+](C)c1"
CATIONS = {
    "mmim": "C" + _IMIDAZOLIUM,
    "c1mim": "C" + _IMIDAZOLIUM,
    "emim": "CC" + _IMIDAZOLIUM,
    "c2mim": "CC" + _IMIDAZOLIUM,
    "bmim": "CCCC" + _IMIDAZOLIUM,
    "c4mim": "CCCC" + _IMIDAZOLIUM,
    "hmim": "CCCCCC" + _IMIDAZOLIUM,
    "c6mim": "CCCCCC" + _IMIDAZOLIUM,
    "omim": "CCCCCCCC" + _IMIDAZOLIUM,
    "c8mim": "CCCCCCCC" + _IMIDAZOLIUM,
}
"""Cation codes (lower-cased) and the cation's SMILES."""
PROTIC_METHYLIMIDAZOLIUM = "Cn1cc[nH+]c1"
"""``Hmim``: 1-methylimidazolium, the cation of a protic ionic liquid."""
_TFSI = "O=S(=O)([N-]S(=O)(=O)C(F)(F)F)C(F)(F)F"
ANIONS = {
    "BF4": "F[B-](F)(F)F",
    "PF6": "F[P-](F)(F)(F)(F)F",
    "Cl": "[Cl-]",
    "Br": "[Br-]",
    "I": "[I-]",
    "OAc": "CC(=O)[O-]",
    "Ac": "CC(=O)[O-]",
    "NTf2": _TFSI,
    "Tf2N": _TFSI,
    "TFSI": _TFSI,
    "OTf": "[O-]S(=O)(=O)C(F)(F)F",
    "SCN": "[S-]C#N",
    "HSO4": "O=S(=O)([O-])O",
    "NO3": "[O-][N+](=O)[O-]",
    "DCA": "N#C[N-]C#N",
    "N(CN)2": "N#C[N-]C#N",
    "MeSO4": "COS(=O)(=O)[O-]",
    "EtSO4": "CCOS(=O)(=O)[O-]",
}
"""Anions as the shorthand writes them (case as written) and their SMILES."""

_CODE = r"[Mm][Mm][Ii][Mm]|[Ee][Mm][Ii][Mm]|[Bb][Mm][Ii][Mm]|[Hh][Mm][Ii][Mm]|[Oo][Mm][Ii][Mm]|C[1-9]mim|C[1-9]MIM"
_ANION = "|".join(re.escape(a) for a in sorted(ANIONS, key=len, reverse=True))
_SHORTHAND = re.compile(rf"\[?({_CODE})\]?\+?(?:-|\]\[|\[)?({_ANION})\]?-?")


def ionic_liquid(word: str) -> Hit | None:
    """The salt an ionic liquid's shorthand names, or ``None`` (the word is checked for "mim" first).

    Example:
        >>> ionic_liquid("bmimBF4").smiles
        'CCCCn1cc[n+](C)c1.F[B-](F)(F)F'
        >>> ionic_liquid("HmimOAc").smiles, ionic_liquid("bmim"), ionic_liquid("BMIM-Cr")
        ('CC(=O)[O-].Cn1cc[nH+]c1', None, None)
    """
    if len(word) > 24 or "mim" not in word.lower():
        return None
    m = _SHORTHAND.fullmatch(word)
    if m is None:
        return None
    code = m.group(1)
    if code == "Hmim":
        cation = PROTIC_METHYLIMIDAZOLIUM
    else:
        cation = CATIONS.get(code.lower())
    smiles = canonical_smiles(f"{cation}.{ANIONS[m.group(2)]}") if cation else None
    return Hit(smiles, "lexicon", "ionic-liquid") if smiles else None
