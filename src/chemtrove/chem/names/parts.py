"""Names that are only a part of a longer name nothing read whole: the first words of a compound named
with a functional-class word ("butadiene monoepoxide", "MIDA disodium salt", "pyrrole boronic acid") and
the substrate named in an enzyme's name ("glucose oxidase", "homocysteine methyltransferase").

In both the word read names something else than the compound the text speaks of, so it is no mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from chemtrove.chem.names.match import Hit, NameMatch, canonical_smiles, match_of
from chemtrove.chem.names.material_names import without_material_parts

# A functional-class word that makes the name before it another compound; "N-oxide", "NH - sulfoximine".
_CLASS_AFTER = re.compile(
    r"[ \t\u00a0]+(?:NH?[ \t]*-[ \t]*)?(?:"
    r"(?:mono|di|bis)?epoxides?|N-oxides?|(?:di|tri)sul(?:f|ph|\ufb01)ides?|sulfox(?:ides?|imines?)"
    r"|phosphor(?:imidazolides?|othioates?)|imidazolides?|esters?|anhydrides?|boronic[ \t]+acids?"
    r"|(?:mono|di|tri|tetra)?(?:sodium|potassium|lithium|ammonium|calcium|magnesium|cesium)[ \t]+salts?"
    r")(?![A-Za-z0-9-])"
)
FUNCTIONAL_CLASS_AFTER = _CLASS_AFTER
"""A functional-class word after a name that makes the two another compound ("pyrrole boronic acid")."""
# The next word, with the rest of a word torn by a line-break hyphen ("sulfhydra- lase").
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([A-Za-z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*)(?:-[ \t]+([a-z]+))?")
# English words that end in -ase and name no enzyme.
_ENGLISH_ASE_ENDINGS = ("base", "phase", "case", "chase", "vase", "phrase")
_ENGLISH_ASE = frozenset(
    {"ease", "release", "increase", "decrease", "cease", "lease", "please", "crease", "grease", "disease", "unease"}
    | {"tease", "appease", "sublease", "decease", "erase"}
)


def enzyme_word(text: str, end: int) -> bool:
    """Whether the word after ``end`` names an enzyme: it ends in -ase or -ases and is no English word of
    that ending ("base", "phase", "release", "increase", ...); a word torn by a line-break hyphen is joined.

    Example:
        >>> t = "glucose oxidase, serine sulfhydra- lase, and a Schiff base"
        >>> enzyme_word(t, 7), enzyme_word(t, 23), enzyme_word(t, 53)
        (True, True, False)
    """
    m = _NEXT_WORD.match(text, end, min(len(text), end + 200))
    if m is None:
        return False
    word = (m.group(1) + (m.group(2) or "")).lower()
    word = word[:-1] if word.endswith("ases") else word
    if not word.endswith("ase") or len(word) < 5:
        return False
    last = word.rpartition("-")[2]
    return last not in _ENGLISH_ASE and not last.endswith(_ENGLISH_ASE_ENDINGS)


def class_word_end(text: str, end: int) -> int | None:
    """Where a functional-class word directly after ``end`` ends ("monoepoxide", "disodium salt",
    "N-oxide", "boronic acid"), or None.

    Example:
        >>> t = "butadiene monoepoxide 5 and pyrrole boronic acid"
        >>> class_word_end(t, 9), class_word_end(t, 23), class_word_end(t, 35)
        (21, None, 48)
    """
    m = _CLASS_AFTER.match(text, end, min(len(text), end + 60))
    return m.end() if m is not None else None


# "X monoepoxide" is the alkene's monoxide, as OPSIN reads a functional-class oxide ("butadiene monoxide").
_EPOXIDE = re.compile(r"(mono|di)?epoxide$")


def _whole(text: str, part: NameMatch, stop: int, resolve: Callable[[str], str | None] | None) -> NameMatch | None:
    """The whole compound when a general rewrite of its name resolves ("butadiene monoepoxide" read as
    "butadiene monoxide"), else None."""
    name = text[part.start : stop]
    if resolve is None or not (m := _EPOXIDE.search(name)):
        return None
    smiles = canonical_smiles(resolve(name[: m.start()] + (m.group(1) or "mono") + "xide"))
    return match_of(text, part.start, stop, Hit(smiles, "systematic", "opsin")) if smiles else None


def without_parts(
    text: str, matches: list[NameMatch], resolve: Callable[[str], str | None] | None = None
) -> list[NameMatch]:
    """The matches less the first part of a compound whose functional-class word nothing read with it
    (and any name inside that word: "boronic acid" of "pyrrole boronic acid"), and less a substrate
    named in an enzyme's name. With ``resolve``, a compound named with an epoxide word is read whole. The
    parts of a material's or a firm's name go too (:func:`chemtrove.chem.names.material_names.without_material_parts`).

    Example:
        >>> ms = [NameMatch(0, 9, "butadiene", "C=CC=C", "opsin", None)]
        >>> without_parts("butadiene monoepoxide 5", ms), len(without_parts("butadiene 5", ms))
        ([], 1)
    """
    matches = without_material_parts(text, matches)  # "yttria stabilized zirconia", "SGL Carbon Group"
    dropped: list[tuple[int, int]] = []
    wholes: list[NameMatch] = []
    for m in matches:
        if enzyme_word(text, m.end):
            dropped.append((m.start, m.end))
        elif (stop := class_word_end(text, m.end)) is not None:
            dropped.append((m.start, stop))
            if (whole := _whole(text, m, stop, resolve)) is not None:
                wholes.append(whole)
    if not dropped:
        return matches
    kept = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in dropped)]
    return sorted(kept + wholes, key=lambda m: m.start) if wholes else kept
