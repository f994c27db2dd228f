"""Words read outside runs of chemical words: abbreviations, formulas, ratios of symbols, an element symbol
before an anion word ("Ni acetate") and spaced formulas ("Fe ( H 2 O ) 6 3 +"). Lexicons and pymatgen only,
never OPSIN word by word. A mixin of :class:`chemtrove.chem.names.finder.NameFinder`, which provides the
look-ups.
"""

from __future__ import annotations

import re

from chemtrove.chem.names import codes, context, members, mentions, spans
from chemtrove.chem.names.formulas import ELEMENTS, parse_formula
from chemtrove.chem.names.ions import broken_at_hyphen
from chemtrove.chem.names.match import Hit, NameMatch, match_of
from chemtrove.chem.names.spaced import read_spaced

_SALT_SYMBOLS = ELEMENTS - {"In", "As", "Be", "He", "No", "At", "Am", "Es", "Ho", "I", "D"}
"""Element symbols read before an anion word as the element's salt ("Co nitrate"); not English words."""

_ANION_AFTER = re.compile(r" ([a-z]+)( [a-z]+hydrate)?")
"""An anion word after a symbol, and a hydrate word after it."""

_MORPHOLOGY_PREFIX = re.compile(r"(?:(?:[a-z]{3,}|[\u03b1-\u03c9acgh]|\d{1,2}[HCR])-/?)+(?=[A-Z(\[])")
"""Morphology, phase and polytype prefixes glued to a formula ("nano-V2O5", "micro-/nano-TiO2", "α-Fe2O3",
"γ-Al2O3", "4H-SiC", "2H-MoS2", and a phase's letter: "g-C3N4", "h-WO3", "a-Si"): not part of it."""


class SingleReading(members.MemberReading):
    """The finder's reading of single words (see the module docstring); the readings of a token's members
    come with it."""

    _single_cache: dict[str, Hit | None]
    cache_size: int

    def _quick(self, name: str, single_word: bool) -> tuple[bool, Hit | None]:  # provided by the finder
        raise NotImplementedError

    def _lookup_many(self, names) -> None:  # provided by the finder
        raise NotImplementedError

    def _single_hit(self, t: str) -> Hit | None:
        if t in self._single_cache:
            return self._single_cache[t]
        hit = self._quick(t, True)[1] or members.ionic_liquid(t)  # "bmimBF4": an ionic liquid's shorthand
        if hit is None and (prefix := _MORPHOLOGY_PREFIX.match(t)) is not None:
            hit = self._quick(t[prefix.end() :], True)[1]  # nano-V2O5: the formula after the prefix
        if len(self._single_cache) < self.cache_size:
            self._single_cache[t] = hit
        return hit

    def _single_matches(self, text: str, singles: list[spans.Word]) -> list[NameMatch]:
        """Words outside runs (abbreviations, formulas, ratios): lexicons and pymatgen only, never OPSIN."""
        matches: list[NameMatch] = []
        consumed = -1
        for w in singles:
            if w.start < consumed:
                continue
            if (read := read_spaced(text, w.start)) is not None:  # "Fe ( H 2 O ) 6 3 +": one formula
                hit = Hit(None, "formula", "pymatgen", read[1].reduced, read[1].charge_balanced)
                matches.append(match_of(text, w.start, read[0], hit))
                consumed = read[0]
                continue
            if (stop := codes.glued_sentence(text, w.start, w.end)) is not None:  # "P1.In the": two sentences
                w = spans.Word(w.start, stop, text[w.start : stop], w.cut_left, True)
            ratio = context.ratio_symbols(text, w) if "/" in w.text or ":" in w.text else []
            if ratio:
                for s, e in ratio:
                    hit = self._quick(text[s:e], True)[1] or self._element_hit(text[s:e])
                    if hit is not None:
                        matches.append(match_of(text, s, e, hit))
                continue
            salt = self._symbol_salt(text, w) if w.text in _SALT_SYMBOLS and not w.cut_right else None
            if salt is not None:  # "Ni acetate": the element's salt
                matches.append(salt)
                consumed = salt.end
                continue
            hit = self._single_hit(w.text)
            if hit is None and w.text in ELEMENTS and spans.next_word(text, w.end) in spans.SUBSTANCE_FORMS:
                hit = self._element_hit(w.text)  # "Co NPs": the element in a form, not an English word
            if hit is None and w.text in ELEMENTS and mentions.element_use(text, w):
                hit = self._element_hit(w.text)  # "Ba (rod, 99+%)", "La and Mo": the element itself
            if hit is None and mentions.helium(text, w):
                hit = self._element_hit(w.text)  # "and He were supplied": the gas, not the pronoun
            if hit is None or context.not_a_mention(text, w) or broken_at_hyphen(text, w.start, w.end):
                continue  # "CB- supported": a word broken at its hyphen, no anion
            start = w.start
            if (prefix := _MORPHOLOGY_PREFIX.match(w.text)) is not None and self._quick(w.text, True)[1] is None:
                start = w.start + prefix.end()
            tail = members.formula_tail(text, w.end) if hit.kind == "formula" and not w.cut_right else None
            if tail is not None:  # "FeCl3 6H2O", "Fe(NO3)3 \u00b7 9H2O", "MoS 2": the formula goes on
                whole = parse_formula(text[start : w.end] + tail[1])
                if whole is not None:
                    hit = Hit(None, "formula", "pymatgen", whole.reduced, whole.charge_balanced)
                    matches.append(match_of(text, start, tail[0], hit))
                    consumed = tail[0]
                    continue
            matches.append(match_of(text, start, w.end, hit))
        return matches

    def _symbol_salt(self, text: str, w: spans.Word) -> NameMatch | None:
        """An element symbol before an anion word ("Ni acetate", "Fe nitrate hexahydrate"): the salt OPSIN
        reads when the symbol is written as the element's name; ``None`` otherwise."""
        m = _ANION_AFTER.match(text, w.end)
        if m is None or m.group(1) not in spans.ION_WORDS or m.group(1).endswith("hydrate"):
            return None
        from pymatgen.core import Element

        end = m.end() if m.group(2) and m.group(2).strip() in spans.ION_WORDS else m.end(1)
        name = f"{Element(w.text).long_name.lower()} {' '.join(text[m.start(1) : end].split())}"
        self._lookup_many([name])
        hit = self._cache.get(name)
        if hit is None or hit.smiles is None or hit.kind != "systematic":
            return None
        return match_of(text, w.start, end, hit)
