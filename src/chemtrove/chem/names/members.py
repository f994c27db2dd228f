"""Names read from one token or from a name's neighbours: the members of a list written as one token
("ethanol/water", "SiO2/CTAB/NaOH"), formulas glued to other words by hyphens ("SbCl3-to-NaOH",
"MnO2-coated"), and a name nothing resolves written before its formula in brackets ("dicyandiamide
(C2H4N4)"). A mixin of :class:`chemtrove.chem.names.finder.NameFinder`, which provides the look-ups.
"""

from __future__ import annotations

import re

from chemtrove.chem.names import context, mentions, ratios, spans
from chemtrove.chem.names.formulas import ELEMENTS
from chemtrove.chem.names.ionic_liquids import ionic_liquid as ionic_liquid  # the finder reads it here
from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.roles import COUNTED_FORMULA

GLUE_WORDS = frozenset(
    {
        "coated",
        "supported",
        "doped",
        "codoped",
        "co-doped",
        "loaded",
        "modified",
        "decorated",
        "functionalized",
        "functionalised",
        "capped",
        "stabilized",
        "stabilised",
        "grafted",
        "impregnated",
        "covered",
        "wrapped",
        "promoted",
        "exchanged",
        "intercalated",
        "pillared",
        "templated",
        "assisted",
        "filled",
        "saturated",
        "purged",
        "annealed",
        "treated",
    }
)
"""Participles glued to a formula by a hyphen that leave it a mention of the substance ("MnO2-coated CNT",
"SiO2-supported Pd", "Sr-doped ZnO", and the gases of "N2-filled glove box", "O2-saturated", "Ar-purged",
"N2-annealed", "NH3-treated");
not "free" or "rich", which say how much of it there is, nor "based", "derived" or "containing", which name a
class of materials ("Ni-based compounds")."""

_HYDRATE_JOIN = re.compile(
    r"(?:[ \u00a0]|[ \u00a0]?[\u00b7\u2022\u2219\u22c5*][ \u00a0]?|[ \u00a0][.][ \u00a0])(\d+(?:\.\d+)?H2O)"
)
"""A hydrate after a formula: one space, or a dot with spaces ("FeCl3 6H2O", "Fe(NO3)3 \u00b7 9H2O")."""
_SPACED_COUNT = re.compile(r"[ \u00a0]([1-9]\d?)(?:[ \u00a0]+([A-Za-z]+)|(?=[.,;:)]\s|[.,;:)]?$))")
_UNIT_WORDS = frozenset(
    {"mmol", "mol", "wt", "vol", "min", "mins", "sec", "days", "hours", "degc", "nmol", "umol", "ppm", "ppb", "rpm"}
    | {"atm", "bar", "mbar", "torr", "sccm", "kpa", "mpa", "gpa", "mah", "kev", "mev", "cycles", "times", "samples"}
)
"""Words after a number that make it a quantity, not a count written apart from its formula."""
_FORMULA_AFTER = re.compile(r"[ \u00a0]?\(([^\s,;()]*(?:\([^\s,;()]*\)[^\s,;()]*)*)[,;)](?![\w(\[])")
"""A formula opening the brackets after a name: "dicyandiamide (C2H4N4, Alfa Aesar)"."""
_NAME_HEAD_AFTER = re.compile(r"[ \u00a0](acids?|glycol|alcohol|acetate|ether|sulfoxide|formamide)\b")
"""A head word after a list token that the token's last member needs ("NH4VO3/oxalic acid")."""
_HYDRATE_PART = re.compile(r"[\u00b7\u2022\u2219\u22c5*.](?=\d*(?:\.\d+)?H2O)")
"""Where the hydrate of a written formula starts: a name without a hydrate word names the salt only."""


_CODE_IN_SOLVENT = re.compile(r"[A-Z][A-Za-z]{1,9}-\d{1,3}[a-z]?-(MeOH|EtOH|IPA|NMP|DMF|DMAc|DMSO|THF)")
"""A polymer's or ionomer's code glued to the solvent it is dissolved in ("QPAF-4-MeOH"): the solvent is named."""


def glued_parts(token: str) -> list[tuple[int, int]]:
    """Offsets of the formula candidates of a hyphen-glued token: both sides of "A-to-B" (a ratio
    "SbCl3-to-NaOH"), the part before a glue participle or a form noun ("MnO2-coated", "ZnO-NPs"), the
    name after a grade word ("DI-water") or the solvent after a polymer's code ("QPAF-4-MeOH"); ``[]``
    otherwise.

    Example:
        >>> [("SbCl3-to-NaOH"[a:b]) for a, b in glued_parts("SbCl3-to-NaOH")], glued_parts("MnO2-coated")
        (['SbCl3', 'NaOH'], [(0, 4)])
    """
    if (solution := _CODE_IN_SOLVENT.fullmatch(token)) is not None:
        return [solution.span(1)]  # "QPAF-4-MeOH": the ionomer QPAF-4 in methanol
    left, sep, right = token.partition("-to-")
    if sep:
        return [(0, len(left)), (len(left) + 4, len(token))] if left and right and "-to-" not in right else []
    left, sep, right = token.rpartition("-")
    if not sep or not left:
        return []
    if left.lower() in spans.GRADE_WORDS and "-" not in left:  # "DI-water": the name after a grade word
        return [(len(left) + 1, len(token))]
    if right == "based" and COUNTED_FORMULA.fullmatch(left):  # "WO3-based": the compound (roles.COUNTED_FORMULA)
        return [(0, len(left))]
    return [(0, len(left))] if right.lower() in GLUE_WORDS | spans.FORM_NOUNS else []


def _molecule_word(word: str, hit: Hit) -> bool:
    """A lower-case lexicon name of a molecule glued to a participle ("hydrazine-coated"), not an element,
    an ion word or a trivial oxide ("carbon-coated", "citrate-capped", "silica-coated": no SMILES)."""
    lw = word.lower()
    return hit.smiles is not None and lw not in spans.ELEMENT_NAMES and lw not in spans.ION_WORDS


def hydrate_tail(text: str, end: int) -> tuple[int, str] | None:
    """End offset and hydrate (``6H2O``) of a hydrate written after a formula with one space or with a dot
    between spaces ("FeCl3 6H2O", "Fe(NO3)3 \u00b7 9H2O", "CuSO4 . 5H2O"), or ``None``.

    Example:
        >>> t = "Fe(NO3)3 \u00b7 9H2O was"
        >>> hydrate_tail(t, 8), hydrate_tail("FeCl3 in H2O", 5)
        ((15, '9H2O'), None)
    """
    m = _HYDRATE_JOIN.match(text, end)
    if m is None or (m.end() < len(text) and not (text[m.end()].isspace() or text[m.end()] in ".,;:)]")):
        return None
    return m.end(), m.group(1)


def formula_tail(text: str, end: int) -> tuple[int, str] | None:
    """What continues a formula after a space: a hydrate (``hydrate_tail``; the part to append is
    ``\u00b7`` and it), or the last count written apart ("MoS 2 nanosheets", "WS 2."), which a word of
    letters follows that is not a unit ("TiO2 2 g" is two grams); ``(end offset, text to append)``.

    Example:
        >>> formula_tail("hollow MoS 2 nanotubes", 10), formula_tail("MoS 2 g of", 3)
        ((12, '2'), None)
    """
    hydrate = hydrate_tail(text, end)
    if hydrate is not None:
        return hydrate[0], "\u00b7" + hydrate[1]
    if end == 0 or not text[end - 1].isalpha():
        return None
    m = _SPACED_COUNT.match(text, end)
    if m is None or (m.group(2) is not None and (len(m.group(2)) < 3 or m.group(2).lower() in _UNIT_WORDS)):
        return None
    return m.end(1), m.group(1)


class MemberReading:
    """Readings of one token's parts and of a name's bracketed formula (see the module docstring)."""

    formulas: bool
    _opsin: object | None

    def _single_hit(self, t: str) -> Hit | None:  # provided by the finder
        raise NotImplementedError

    def _is_chemical(self, text: str) -> bool:  # provided by the finder
        raise NotImplementedError

    def _lookup_many(self, names) -> None:  # provided by the finder
        raise NotImplementedError

    _cache: dict

    def _list_matches(self, text: str, w: spans.Word) -> list[NameMatch]:
        """The members of a list written as one token when every member resolves and the list names its
        members (``spans.list_is_members``); ``[]`` otherwise (a composite such as "Cu/ZnO", a ratio)."""
        if (ratio := self._word_ratio_members(text, w)) is not None:  # "ionomer:carbon ratio"
            return ratio
        if ":" in w.text:  # an oxide composition "4.0Na2O:0.2 Al2O3:1.0SiO2:200H2O"
            stated = not w.cut_right and mentions.stated_ratio(text, w.end, w.text.count(":") + 1)
            hit_of = self._single_hit if not stated else lambda p: self._single_hit(p) or self._element_hit(p)
            found = mentions.composition_members(w.text, hit_of, stated=stated)
            return [match_of(text, w.start + a, w.start + b, h) for a, b, h in found]  # type: ignore[arg-type]
        if "-" in w.text and (glued := self._glued_matches(text, w)):
            return glued
        members = spans.list_members(w.text)
        if not members or ("/" in w.text and context.ratio_symbols(text, w)):
            return []
        head = None if w.cut_right else _NAME_HEAD_AFTER.match(text, w.end)
        named = False  # a member written as words: reagents in a solution, never a composite of solids
        if head is not None and members[-1][1] == len(w.text):  # "NH4VO3/oxalic acid": the last member goes on
            last = w.text[members[-1][0] :] + " " + head.group(1)
            if self._member_hit(last) is not None and (head.end() - w.start) <= spans.MAX_WORD_CHARS:
                w = spans.Word(w.start, head.end(), text[w.start : head.end()], w.cut_left, False)
                members = [*members[:-1], (members[-1][0], len(w.text))]
                named = True
        if "/" in w.text and len(kept := [(a, b) for a, b in members if w.text[a:b].lower() != "air"]) < len(members):
            members = kept  # "H2/Air": the gases beside air, a mixture of no structure, are still named
            if not members:
                return []
        hits = []
        for a, b in members:
            hit = self._member_hit(w.text[a:b])
            if hit is None:
                return []
            hits.append(hit)
        molecular = [
            hit.smiles is not None
            and w.text[a:b] not in ELEMENTS
            and w.text[a:b].lower() not in spans.ELEMENT_NAMES | spans.ION_WORDS
            for hit, (a, b) in zip(hits, members, strict=True)
        ]
        following = "" if w.cut_right else spans.next_word(text, w.end)
        if not (named and molecular[-1]) and not spans.list_is_members("/" not in w.text, molecular, following):
            return []
        if not w.cut_right and context.before_apparatus(text, w.end):
            return []
        return [match_of(text, w.start + a, w.start + b, hit) for hit, (a, b) in zip(hits, members, strict=True)]

    def _word_ratio_members(self, text: str, w: spans.Word) -> list[NameMatch] | None:
        """The members that name a substance of a ratio of two words, one of which names none ("the
        ionomer:carbon ratio", "the metal precursor/urea molar ratio", "the binder to carbon black
        (ionomer/carbon)": :func:`chemtrove.chem.names.ratios.word_ratio`); ``None`` when the token is no
        such ratio or both members resolve (a list of names, read as such)."""
        if not ratios.word_ratio(text, w):
            return None
        cut = w.text.index("/" if "/" in w.text else ":")
        parts = ((0, cut), (cut + 1, len(w.text)))
        hits = [(a, b, self._member_hit(w.text[a:b])) for a, b in parts]
        if all(hit is not None for *_, hit in hits):
            return None
        return [match_of(text, w.start + a, w.start + b, hit) for a, b, hit in hits if hit is not None]

    def _glued_matches(self, text: str, w: spans.Word) -> list[NameMatch]:
        """Formulas (or lexicon names) glued to a word by hyphens: both sides of "SbCl3-to-NaOH", the
        "MnO2" of "MnO2-coated" and "ZnO-NPs", the "water" of "DI-water"; every part must resolve without
        OPSIN."""
        found = []
        for a, b in glued_parts(w.text):
            word = w.text[a:b]
            hit = self._single_hit(word)
            if hit is None or hit.kind in ("misread", "generic"):
                return []
            if a == 0 and not (word[0].isupper() and (len(word) <= 2 or not word[1:].islower())):
                if not _molecule_word(word, hit):
                    return []  # a material word, not a formula ("silica-coated", "Silica-coated")
            found.append(match_of(text, w.start + a, w.start + b, hit))
        return found

    def _member_hit(self, part: str) -> Hit | None:
        """One member of a list: a lexicon name, formula or ion, else what OPSIN reads for a chemical word."""
        hit = self._single_hit(part)
        if hit is None and self._opsin is not None and self._is_chemical(part):
            self._lookup_many([part])
            hit = self._cache.get(part)
        return hit if hit is not None and hit.kind not in ("misread", "generic") else None

    def _element_hit(self, symbol: str) -> Hit | None:
        """An element symbol as a formula, for the symbols of a ratio (``Co``, ``In``, ``C`` included)."""
        if not self.formulas or symbol not in ELEMENTS:
            return None
        import warnings

        from pymatgen.core import Composition

        with warnings.catch_warnings():  # "No Pauling electronegativity for He": not needed here
            warnings.simplefilter("ignore")
            return Hit(None, "formula", "pymatgen", Composition(symbol).reduced_formula, True)

    def _formula_after(self, text: str, run: list[spans.Word], found: list[NameMatch]) -> NameMatch | None:
        """The words ending a run that nothing resolved (or only as a generic salt), when a formula opens
        the brackets after them ("dicyandiamide (C2H4N4, Alfa Aesar)", "sodium silicate (Na2SiO3)"): the
        name takes the formula the text gives it (source ``definition``); ``None`` otherwise."""
        if run[-1].cut_right:
            return None
        m = _FORMULA_AFTER.match(text, run[-1].end)
        if m is None:
            return None
        written = m.group(1)
        if "hydrate" not in " ".join(w.text.lower() for w in run):  # "sodium tungstate (Na2WO4*2H2O)": the salt
            written = _HYDRATE_PART.split(written)[0]
        hit = self._single_hit(written)
        if hit is None or hit.kind != "formula" or hit.formula is None:
            return None
        covered = max((x.end for x in found if x.smiles is not None or x.formula is not None), default=-1)
        words = [w for w in run if w.start >= covered]
        if not words or any(w.text[:1].isupper() and len(w.text) > 1 and not w.text[1:].islower() for w in words):
            return None  # a formula or abbreviation before the brackets is no name
        start, end = words[0].start, run[-1].end
        lone = len(words) == 1 and words[0].text.lower() in spans.ION_WORDS  # "hydroxide" alone: no cation
        if lone or spans.anion_only(text[start:end]) or mentions.after_class_word(text, start):
            return None  # "transition-metal hydroxide (Ni0.35Mn0.65(OH)2)": a class, its member in brackets
        return NameMatch(
            start, end, text[start:end], hit.smiles, "formula", "definition", hit.formula, hit.charge_balanced
        )
