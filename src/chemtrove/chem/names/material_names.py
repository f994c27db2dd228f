"""Names that are only a part of the name of a material or of a firm: the oxides of a stabilized or doped
oxide written with a space ("yttria stabilized zirconia", "gadolinia doped ceria"), the monomers of a
copolymer named by its monomers ("ethylene tetrafluoroethylene (ETFE)", "ethylene vinyl acetate") and an
element word inside a firm's name ("SGL Carbon Group Co., Ltd.").

A stabilized or doped oxide is a solid solution (the labelled sets give "yttria stabilized zirconia" and
its "YSZ" no structure), a copolymer has no single structure (as "PTFE"), and a firm is no substance; the
words the finder reads inside them are no mentions. The hyphenated dopant form ("Sr-doped ZnO",
"yttria-stabilized") keeps its reading (:mod:`chemtrove.chem.names.dopants`). Used by
:func:`chemtrove.chem.names.parts.without_parts`; tested in ``tests/chem/names/test_name_material_names.py``.
"""

from __future__ import annotations

import re

from chemtrove.chem.names import vendors
from chemtrove.chem.names.match import NameMatch

_DOPANT_OXIDES = "yttria|scandia|calcia|magnesia|ceria|gadolinia|samaria|ytterbia|erbia|neodymia|alumina"
_HOST_OXIDES = "zirconia|ceria|hafnia|thoria|bismuth[ \u00a0]oxide|zirconium[ \u00a0](?:di)?oxide|cerium[ \u00a0]oxide"
_STABILIZED = re.compile(
    rf"\b(?:{_DOPANT_OXIDES})[ \u00a0]+(?:partially[ \u00a0]+|fully[ \u00a0]+)?(?:stabili[sz]ed|doped)"
    rf"[ \u00a0]+(?:{_HOST_OXIDES})\b",
    re.IGNORECASE,
)
"""A dopant oxide, "stabilized" or "doped" and a host oxide, with spaces: one solid solution."""

_MONOMER = (
    r"(?:tetrafluoroethylene|hexafluoropropylene|chlorotrifluoroethylene|vinylidene[ \u00a0]fluoride"
    r"|vinyl[ \u00a0]acetate|vinyl[ \u00a0]alcohol|acrylonitrile|butadiene|styrene|ethylene|propylene|isoprene"
    r"|methyl[ \u00a0]methacrylate|acrylic[ \u00a0]acid|maleic[ \u00a0]anhydride)"
)
_COPOLYMER = re.compile(
    rf"\b(?:fluorinated[ \u00a0]+)?{_MONOMER}(?:(?:[ \u00a0]+|[ \u00a0]?[-\u2010][ \u00a0]?){_MONOMER}){{1,2}}"
    r"(?=[ \u00a0]+(?:\([A-Z]{2,6}\)|rubber|copolymer|resin|elastomer)|[ \u00a0]+\w+[ \u00a0]+\([A-Z]{2,6}\))",
    re.IGNORECASE,
)
"""Two or three monomer names in a row (no "and" between them) before a bracketed abbreviation or a polymer
word: one copolymer ("ethylene tetrafluoroethylene (ETFE)", "styrene butadiene rubber")."""

_CUES = ("stabili", "doped", "ethylene", "propylene", "styrene", "butadiene", "acrylonitrile", "vinyl")
_FIRM_CUE = re.compile("|".join(re.escape(suffix) for suffix in vendors.SUFFIXES))


def material_spans(text: str) -> list[tuple[int, int]]:
    """Spans of stabilized or doped oxides and of copolymers named by their monomers, written with spaces.

    Example:
        >>> t = "oriented yttria stabilized zirconia (YSZ) and ethylene tetrafluoroethylene (ETFE) sheets"
        >>> [t[s:e] for s, e in material_spans(t)]
        ['yttria stabilized zirconia', 'ethylene tetrafluoroethylene']
    """
    low = text.lower()
    if not any(cue in low for cue in _CUES):
        return []  # the common case, cheaply
    found = [m.span() for m in _STABILIZED.finditer(text)]
    found += [m.span() for m in _COPOLYMER.finditer(text)]
    return sorted(found)


def in_firm_name(text: str, m: NameMatch) -> bool:
    """Whether a capitalized element word is a part of a firm's name: one capitalized word after a capitalized
    word and before a firm's suffix ("SGL Carbon Group Co., Ltd.", :func:`chemtrove.chem.names.vendors.company_name`).

    Example:
        >>> t = "(29BC, SGL Carbon Group Co., Ltd.) and Carbon cloth"
        >>> in_firm_name(t, NameMatch(11, 17, "Carbon", "[C]", "systematic", "opsin"))
        True
    """
    word = m.name
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    before = text[max(0, m.start - 30) : m.start].rstrip(" \u00a0").rpartition(" ")[2]
    return before[:1].isupper() and before.isalpha() and vendors.company_name(text, m.end)


def without_material_parts(text: str, matches: list[NameMatch]) -> list[NameMatch]:
    """The matches less those inside a stabilized or doped oxide, a copolymer named by its monomers
    (:func:`material_spans`) or a firm's name (:func:`in_firm_name`).

    Example:
        >>> t = "yttria stabilized zirconia"
        >>> ms = [NameMatch(0, 6, "yttria", None, "lexicon", "lexicon:yttria", "Y2O3")]
        >>> without_material_parts(t, ms), len(without_material_parts("yttria powder", ms))
        ([], 1)
    """
    if spans_ := material_spans(text):
        matches = [m for m in matches if not any(s <= m.start and m.end <= e for s, e in spans_)]
    if _FIRM_CUE.search(text) is None:
        return matches  # no firm's suffix anywhere: the common case
    return [m for m in matches if not (m.name[:1].isupper() and in_firm_name(text, m))]
