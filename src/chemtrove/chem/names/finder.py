"""Find chemical names in prose and resolve them to structures: lexicons, formulas, then OPSIN."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable, Sequence

from chemtrove.chem.names import abbreviations, analysis, codes, context, ellipsis, mentions, reagents, spans
from chemtrove.chem.names.condensed import read_condensed, with_spaced_parts
from chemtrove.chem.names.conventions import customary
from chemtrove.chem.names.formulas import (
    TRIVIAL_NAMES,
    looks_like_formula,
    parse_formula,
    read_ion,
    read_oxidation_state,
    trivial_oxide,
)
from chemtrove.chem.names.ions import with_spaced_ions
from chemtrove.chem.names.journal import relocated, spelled_out, tidied
from chemtrove.chem.names.lexicon import Lexicon, PubChemIndex, is_tail, load_lexicon
from chemtrove.chem.names.match import Hit, NameMatch, canonical_smiles, match_of
from chemtrove.chem.names.metallates import metallate
from chemtrove.chem.names.notations import element_matches
from chemtrove.chem.names.parts import without_parts
from chemtrove.chem.names.radicals import with_radicals
from chemtrove.chem.names.roles import mixed_oxide
from chemtrove.chem.names.singles import SingleReading
from chemtrove.chem.names.spaced import locant_heads

DEFAULT_MAX_WORDS = 6
"""Longest name looked up, in words."""

MAX_LOOKUPS_PER_TEXT = 5000
"""Most new OPSIN look-ups for one text; windows past it stay unresolved (keeps time bounded)."""

MAX_ABBREVIATIONS = 50
"""Most abbreviation definitions followed in one text."""

_ELEMENT_COUNT = re.compile(r"[A-Z][a-z]?\d{1,3}")
"""A word of one element symbol and a count ("Br2", "Cl2"): taken for a capitalized word unless a lexicon holds it
as written (never sent to the formula reader word by word: "(Bi3 +)" repeated would be read again and again)."""

_POLYTYPE = re.compile(r"\d{1,2}[HCR]-[A-Z][a-z]?\d*[A-Z]")
"""A polytype before a formula ("4H-SiC", "2H-MoS2", "15R-SiC")."""


class NameFinder(SingleReading):
    """Finds names in text and resolves them; holds the lexicons, the OPSIN process and a cache.

    Create one per worker (the OPSIN JVM starts on the first look-up OPSIN is needed for). Never raises on
    text: anything it cannot read is simply not a name.

    Args:
        lexicons: Lexicons in priority order: ``"default"``, TSV paths, PubChem index paths or objects.
        opsin: ``True`` (OPSIN required: fails on first use if missing), ``False`` (lexicons and formulas
            only) or ``"auto"`` (OPSIN when the ``names`` extra is installed).
        formulas: Read inorganic formulas (``TiO2``) with pymatgen.
        opsin_backend: ``subprocess`` or ``jpype`` (see :mod:`chemtrove.chem.names.opsin`).
        max_words: Longest name tried, in words.
        cache_size: Look-up results kept (names repeat a lot across documents).
    """

    def __init__(
        self,
        lexicons: Sequence[str | Lexicon | PubChemIndex] = ("default",),
        *,
        opsin: bool | str = "auto",
        formulas: bool = True,
        opsin_backend: str = "subprocess",
        max_words: int = DEFAULT_MAX_WORDS,
        cache_size: int = 200_000,
    ):
        from chemtrove.chem.names import opsin as opsin_mod

        if opsin not in (True, False, "auto"):
            raise ValueError(f"opsin: use true, false or 'auto', got {opsin!r}")
        self.lexicons = [load_lexicon(spec) for spec in lexicons]
        self.formulas = formulas
        self.max_words = max_words
        self.cache_size = cache_size
        self.opsin_skipped: str | None = None
        """Why OPSIN is not used (``None`` when it is)."""
        self._opsin = None
        if opsin is False:
            self.opsin_skipped = "disabled (opsin=False)"
        else:
            reason = opsin_mod.unavailable_reason()
            if reason is not None and opsin == "auto":
                self.opsin_skipped = reason
            else:
                self._opsin = opsin_mod.make_parser(opsin_backend)
        self._cache: OrderedDict[str, Hit | None] = OrderedDict()
        self.words: set[str] = set()
        for lex in self.lexicons:
            self.words |= {w for w in lex.words if w not in spans.CONNECTOR_STOPWORDS}
        self._indexes = [lex for lex in self.lexicons if isinstance(lex, PubChemIndex)]
        self._element_counts = {  # "Br2", "Cl2": the lexicon's molecules of one element, as written
            name
            for lex in self.lexicons
            if isinstance(lex, Lexicon)
            for name, _ in lex.items()
            if _ELEMENT_COUNT.fullmatch(name)
        }
        self._tail_words = {code for lex in self.lexicons for _, code in getattr(lex, "tails", ())}
        self._word_cache: dict[str, bool] = {}
        self._chemical_words: dict[str, bool] = {}
        self._single_cache: dict[str, Hit | None] = {}
        self._prose_words: set[str] = set()  # tokens the token loop skips for good (see find)
        self._tokens: dict[str, tuple] = {}  # the token loop's reading of a token (see _token_reading)
        self.opsin_lookups = 0
        self._lookups_left = MAX_LOOKUPS_PER_TEXT  # names sent to OPSIN for the text being read

    @property
    def opsin(self):
        """The OPSIN parser in use, or ``None``."""
        return self._opsin

    def close(self) -> None:
        """Stop the OPSIN process (a later look-up starts it again)."""
        if self._opsin is not None:
            self._opsin.close()

    # ---------------------------------------------------------------------------------------- look-ups
    def _remember(self, key: str, hit: Hit | None) -> None:
        self._cache[key] = hit
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    def _quick(self, name: str, single_word: bool) -> tuple[bool, Hit | None]:
        """Lexicons and formulas: ``(decided, hit)``; undecided names go to OPSIN."""
        for lex in self.lexicons:
            smi = lex.get(name)
            if smi is not None:
                canon = canonical_smiles(smi)
                if canon is not None:
                    return True, Hit(canon, "lexicon", f"lexicon:{lex.name}")
        if single_word and self.formulas and (oxide := trivial_oxide(name)) is not None:
            return True, Hit(None, "formula", "pymatgen", oxide.reduced, oxide.charge_balanced)
        if single_word and self.formulas and name[-1] in "+-\u2212" and (ion := read_ion(name)) is not None:
            return True, Hit(ion.smiles, "formula", "pymatgen", ion.reduced, True)  # Mn2+, NO3-: a charged ion
        if single_word and self.formulas and name[-1] == ")" and (ion := read_oxidation_state(name)) is not None:
            return True, Hit(ion.smiles, "formula", "pymatgen", ion.reduced, True)  # Fe(III): the ion
        if single_word and self.formulas and looks_like_formula(name):
            f = parse_formula(name) or read_condensed(name)
            if f is not None:
                return True, Hit(None, "formula", "pymatgen", f.reduced, f.charge_balanced)
            return True, None
        if single_word and self.formulas and (f := read_condensed(name)) is not None:  # "MeLi", "HO•", "C60"
            return True, Hit(None, "formula", "pymatgen", f.reduced, f.charge_balanced)
        if self.formulas and (salt := metallate(name)) is not None:  # "hexachloroplatinic acid": OPSIN reads none
            return True, Hit(None, "formula", "pymatgen", salt.reduced, True)
        if self._opsin is None:
            return True, None
        return False, None

    def _lookup_many(self, names: Iterable[str]) -> None:
        """Resolve every name not yet in the cache (one batch to OPSIN for those the lexicons miss).

        OPSIN sees at most :data:`MAX_LOOKUPS_PER_TEXT` names per text over all calls (the one-word and list
        paths call this once per word): names past the budget stay unresolved for this text.
        """
        budget = self._lookups_left
        pending: list[str] = []
        for name in dict.fromkeys(names):
            if name in self._cache:
                self._cache.move_to_end(name)
                continue
            decided, hit = self._quick(name, " " not in name)
            if decided:
                self._remember(name, hit)
            elif len(pending) < budget:
                pending.append(name)
        self._lookups_left -= len(pending)
        if pending and self._opsin is not None:
            try:
                answers = self._opsin.parse(pending)
            except Exception as e:  # noqa: BLE001 - OPSIN missing or broken: names stay unresolved
                self.opsin_skipped = f"OPSIN failed: {e}"
                self._opsin = None
                answers = [None] * len(pending)
            self.opsin_lookups += len(pending)
            for name, smi in zip(pending, answers, strict=True):
                canon = canonical_smiles(customary(name, smi))
                whole = context.one_compound(name, canon) if canon is not None else True
                if whole is None:  # "ammonia hydroxide": one compound misnamed; its words are not names either
                    self._remember(name, Hit(None, "misread", "opsin"))
                    continue
                if not whole:
                    canon = None  # "ammonia water": two names side by side
                if canon is not None and (context.generic_salt(name) or mixed_oxide(name, canon)):  # "sodium silicate"
                    self._remember(name, Hit(None, "generic", "opsin"))
                    continue
                self._remember(name, Hit(canon, "systematic", "opsin") if canon else None)

    def resolve(self, name: str) -> str | None:
        """Canonical SMILES of one name (lexicons first, then OPSIN), or ``None``. Never raises.

        Example:
            >>> NameFinder(opsin=False).resolve("DCM")
            'ClCCl'
        """
        self._lookups_left = MAX_LOOKUPS_PER_TEXT
        return self.resolve_in_text(name)

    def resolve_in_text(self, name: str) -> str | None:
        """:meth:`resolve` within the OPSIN budget of the text being read: the passes of :meth:`find` call
        this, so however many names a text makes them try, OPSIN sees at most :data:`MAX_LOOKUPS_PER_TEXT`."""
        if not isinstance(name, str) or not name.strip() or len(name) > spans.MAX_WORD_CHARS:
            return None
        key = spans.plain_spelling(" ".join(name.split()))
        self._lookup_many([key])
        hit = self._cache.get(key)
        return hit.smiles if hit is not None else None

    # ------------------------------------------------------------------------------------------ finding
    def _is_chemical(self, text: str) -> bool:
        """Whether a trimmed word can be (part of) a chemical name; cached per word."""
        known = self._chemical_words.get(text)
        if known is None:
            known = self._classify(text)
            if len(self._chemical_words) < self.cache_size:
                self._chemical_words[text] = known
        return known

    def _token_reading(self, tok: str) -> tuple:
        """What the token loop of :meth:`find` needs of a token that is not a plain lower-case word, cached per
        token: the trimmed word's ``(lo, hi, text, cut_left, cut_right)`` (offsets in the token; all ``None``
        when nothing is left), whether it may be a list ("/", "-", ":") and whether it is worth a look-up alone
        (:func:`context.single_candidate`, or one element and a count a lexicon holds)."""
        w = spans.make_word(tok, 0)
        if w is None:
            read: tuple = (None,) * 7
        else:
            listing = "/" in w.text or "-" in w.text or ":" in w.text
            single = context.single_candidate(w.text) or w.text in self._element_counts
            read = (w.start, w.end, w.text, w.cut_left, w.cut_right, listing, single)
        if len(self._tokens) < self.cache_size:
            self._tokens[tok] = read
        return read

    def _classify(self, text: str) -> bool:
        if _POLYTYPE.match(text):
            return False  # "4H-SiC": a formula after its polytype, not a locant of a systematic name
        lw = spans.plain_spelling(text).lower()  # "Lawesson’s", "Dess–Martin", "Hünig's": as the lexicons key them
        if (
            spans.element_word(lw)  # "sodium", "trisodium", "tri-sodium"
            or lw in spans.ION_WORDS
            or lw in self.words
            or lw in ("acid", "acids", "ester", "esters")  # "carbamic acid tert-butyl ester"
            or lw in TRIVIAL_NAMES
            or lw in spans.CLASSICAL_CATIONS
            or lw in spans.SALT_FORMERS
            or (text.islower() and lw in spans.MULTIPLIER_WORDS)
        ):
            return True
        if spans.OXIDATION_STATE.fullmatch(text) or ("'" in text and spans.PRIMED_LOCANTS.fullmatch(text)):
            return True  # "cobalt (II) acetate", "2,2' bipyridine": a word of the name
        if self._indexes and len(lw) >= 4 and lw.isalpha() and lw not in spans.CONNECTOR_STOPWORDS:
            hit = self._word_cache.get(lw)
            if hit is None:
                hit = any(ix.has_word(lw) or ix.get(lw) is not None for ix in self._indexes)
                if len(self._word_cache) < self.cache_size:
                    self._word_cache[lw] = hit
            if hit:
                return True
        if "(" in lw and lw.split("(", 1)[0] in spans.ELEMENT_NAMES:  # iron(III), lead(II)
            return True
        if self._opsin is not None and text[1:].islower() and spans.has_chemical_ending(lw):  # "Dopamine" too
            return lw not in spans.NAME_GOES_ON  # a trivial name's ending: OPSIN decides ("thiourea")
        return spans.is_systematic_word(lw)

    def find(self, text: str, *, include_unresolved: bool = False) -> list[NameMatch]:
        """Names in ``text`` (:class:`NameMatch` objects), left to right, longest resolving span first, never
        overlapping.

        Args:
            text: Prose (anything that is not a ``str`` gives no names).
            include_unresolved: Also return word runs that look like systematic names but resolve to
                nothing (kind ``unresolved``): what a lexicon is missing."""
        if not isinstance(text, str) or not text:
            return []
        self._lookups_left = MAX_LOOKUPS_PER_TEXT  # one budget for every pass over this text
        if (spelled := spelled_out(text, self)) is not None:  # "triﬂuoro", "tetra- hydrofuran": spans kept
            return relocated(text, spelled[1], self.find(spelled[0], include_unresolved=include_unresolved))
        chem_runs, singles, listed = self._scan(text)
        matches = self._single_matches(text, singles) + listed
        salts = [(m.start, m.end) for m in matches if m.end - m.start > len(m.name.split()[0])]
        matches += [  # an anion word of a symbol's salt ("Ni acetate") is no name of its own
            m
            for m in self._run_matches(text, chem_runs, include_unresolved)
            if not salts or not any(s <= m.start and m.end <= e for s, e in salts)
        ]
        matches += self._elliptical(text, matches) + element_matches(text, matches, self._element_hit, self._single_hit)
        matches = with_spaced_ions(text, matches)  # "(Bi3 +)": the ion, its sign set apart
        matches = with_radicals(text, matches, self.resolve_in_text)  # "tert-butoxy radical", "the NO radical"
        matches = with_spaced_parts(text, matches)  # "PhS − SO2Ph", "Zn(NO3)2*6 H2O": one formula
        matches = reagents.with_complexes(text, matches, lambda n: self._lookup_many([n]) or self._cache.get(n))
        matches = analysis.with_analyses(text, matches, self._element_hit)  # "Calcd for ...: C, 39.8"
        matches.sort(key=lambda m: m.start)
        matches = abbreviations.abbreviation_matches(
            text, matches, self._names_itself, MAX_ABBREVIATIONS, self._single_hit
        )
        matches = tidied(text, matches, self)  # hyphenation breaks, "Rh - catalyzed", "alcohol 31"
        return without_parts(text, matches, self.resolve_in_text)  # "butadiene monoepoxide", "glucose oxidase"

    def _scan(self, text: str) -> tuple[list[list[spans.Word]], list[spans.Word], list[NameMatch]]:
        """One pass over the tokens of ``text``: the runs of chemical words, the words worth a look-up alone
        (abbreviations, formulas) and the names of lists written as one token; prose words are dropped (those
        known for good by one set look-up)."""
        cache = self._chemical_words
        chem_runs: list[list[spans.Word]] = []
        singles: list[spans.Word] = []
        listed: list[NameMatch] = []
        last_ordinal, heads = -2, locant_heads(text)  # heads: "furan" of "furan -3-boronic acid"
        prior, tails, possessives, prose = None, self._tail_words, spans.POSSESSIVES, self._prose_words
        for ordinal, m in enumerate(spans.tokens(text)):
            tok, before, prior = m.group(), prior, m
            if tok in prose and not heads:
                continue  # most prose words: one set look-up
            if tok.isalpha() and tok.islower():
                chemical = cache.get(tok)
                if chemical is None:
                    chemical = self._is_chemical(tok)
                if not chemical and tok not in tails and (not heads or m.start() not in heads):
                    if tok in cache:
                        prose.add(tok)  # a prose word, for good (never chemical, never a tail)
                    continue
                w = spans.Word(m.start(), m.end(), tok, False, False)
                if not chemical and m.start() not in heads and not is_tail(self.lexicons, chem_runs, w):
                    continue  # a prose word; "base" of "Hünig's base" stays in its run
            elif (
                tok in possessives
                and (w := spans.possessive_word(text, before, m)) is not None
                and self._is_chemical(w.text)
            ):
                if chem_runs and chem_runs[-1][-1].start == w.start:  # "Lawesson ’s": one word of the run
                    chem_runs[-1][-1] = w
                else:
                    chem_runs.append([w])
                last_ordinal = ordinal
                continue
            else:
                read = self._tokens.get(tok) or self._token_reading(tok)
                if read[0] is None:
                    if tok in self._tokens and tok not in possessives:
                        prose.add(tok)  # nothing left of it once trimmed, for good
                    continue
                w = spans.Word(m.start() + read[0], m.start() + read[1], read[2], read[3], read[4])
                if read[5] and (parts := self._list_matches(text, w)):
                    listed += parts  # "ethanol/water", "SiO2/CTAB/NaOH", "Al2O3:1.0SiO2": each member a name
                    continue
                chemical = cache.get(w.text)
                if chemical is None:
                    chemical = self._is_chemical(w.text)
                if (
                    not chemical
                    and w.start not in heads
                    and not (read[2] in tails and is_tail(self.lexicons, chem_runs, w))
                ):
                    if read[6]:
                        singles.append(w)
                    elif not read[5] and read[2] not in tails and read[2] in cache and tok in self._tokens:
                        if tok not in possessives:  # "10", "Figure": no name, no tail, list or single, for good
                            prose.add(tok)
                    continue
            if chem_runs and ordinal == last_ordinal + 1:
                prev = chem_runs[-1][-1]
                gap = text[prev.end : w.start]
                if not (prev.cut_right or w.cut_left or gap.strip(" ") or len(gap) > 3):
                    chem_runs[-1].append(w)
                    last_ordinal = ordinal
                    continue
            chem_runs.append([w])
            last_ordinal = ordinal
        return chem_runs, singles, listed

    def _elliptical(self, text: str, found: list[NameMatch]) -> list[NameMatch]:
        """The leading members of an elliptical list ("hydrochloric, hydrobromic and hydroiodic acid")."""
        listed = ellipsis.elliptical_names(text)
        self._lookup_many([name for *_, name in listed])
        hits = [(s, e, self._cache.get(name)) for s, e, name in listed]
        free = [(s, e, h) for s, e, h in hits if not any(m.start < e and s < m.end for m in found)]
        return [match_of(text, s, e, h) for s, e, h in free if h is not None and h.smiles is not None]

    def _names_itself(self, abbr: str) -> bool:
        """Whether an abbreviation names something by itself (a formula), whatever a text defines it as; a
        lexicon's abbreviation gives way to the text's definition."""
        hit = self._single_hit(abbr)
        return hit is not None and hit.kind != "lexicon"

    def _run_matches(self, text: str, chem_runs: list[list[spans.Word]], include_unresolved: bool) -> list[NameMatch]:
        """Every window of every run looked up in one batch; the longest resolving window wins, left to right."""
        per_run = [context.run_windows(text, run, self.max_words) for run in chem_runs]
        self._lookup_many(name for windows in per_run for names in windows for name in names)
        poly = "poly" in text.lower()  # no "poly" anywhere: no window inside a polymer's name
        matches: list[NameMatch] = []
        for run, windows in zip(chem_runs, per_run, strict=True):
            found = self._match_run(text, run, windows, include_unresolved, poly)
            if (named := self._formula_after(text, run, found)) is not None:  # "dicyandiamide (C2H4N4)"
                found = [m for m in found if m.end <= named.start] + [named]
            if found and context.run_is_not_a_substance(text, run, found[-1].end):
                continue
            matches += found
        return matches

    def _match_run(
        self, text: str, run: list[spans.Word], windows: list[list[str]], include_unresolved: bool, poly: bool
    ) -> list[NameMatch]:
        """The longest resolving windows of one run, left to right (``windows[a][b - a - 1]``: the name of the
        window of words ``a`` to ``b - 1``; ``poly``: whether "poly" occurs in the lower-cased text)."""
        matches: list[NameMatch] = []
        a = 0
        while a < len(run):
            for b in range(min(len(run), a + self.max_words), a, -1):
                name = windows[a][b - a - 1]
                hit = self._cache.get(name)
                if hit is not None and hit.kind in ("misread", "generic"):
                    if hit.kind == "generic" and include_unresolved:  # found, but with no single structure
                        start, end = run[a].start, run[b - 1].end
                        matches.append(NameMatch(start, end, text[start:end], None, "unresolved", None))
                    a = b  # skip the words: no other name among them
                    break
                if hit is None or (b == a + 1 and not context.standalone_ok(text, run[a])):
                    continue
                if spans.anion_only(name) or (b == a + 1 and context.cation_of_unread_salt(run, a)):
                    continue
                if mentions.after_class_word(text, run[a].start) or codes.name_goes_on_left(text, run[a].start):
                    continue
                if context.run_in_polymer(text, run, a, poly):
                    continue  # "polyethylene glycol", "poly(vinyl pyrrolidone)": a polymer, whoever reads the word
                if hit.kind == "systematic" and self._mixture(name):
                    continue
                matches.append(match_of(text, run[a].start, run[b - 1].end, hit))
                a = b
                break
            else:
                w = run[a]
                if include_unresolved and context.unresolved_ok(w.text):
                    matches.append(NameMatch(w.start, w.end, w.text, None, "unresolved", None))
                a += 1
        return matches

    def _mixture(self, name: str) -> bool:
        """Two names joined by a hyphen ("chloroform-hexane", "ethanol-water", "glycine-nitrate"): a mixture
        (or a process named after two reagents), not one compound."""
        if " " in name or "-" not in name:
            return False
        left, _, right = name.rpartition("-")
        if len(left) <= 3 or len(right) <= 3 or not (left.isalpha() and right.isalpha()):
            return False
        return self._name_alone(left) and self._name_alone(right)

    def _name_alone(self, word: str) -> bool:
        """Whether one word is a compound or ion name by itself (a lexicon name, an ion word, or OPSIN's)."""
        if word.lower() in spans.ION_WORDS or any(lex.get(word) is not None for lex in self.lexicons):
            return True
        self._lookup_many([word])
        return self._cache.get(word) is not None


_DEFAULT: NameFinder | None = None


def default_finder() -> NameFinder:
    """The process-wide finder used by :func:`find_names` and :func:`resolve_name` (default lexicon, OPSIN
    when installed), created on first use."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = NameFinder()
    return _DEFAULT


def find_names(text: str, *, finder: NameFinder | None = None, include_unresolved: bool = False) -> list[NameMatch]:
    """Chemical names in ``text`` with their structures (see :meth:`NameFinder.find`). Never raises.

    Example:
        >>> [(m.name, m.smiles, m.kind) for m in find_names("Stir in DCM, then add TiO2.",
        ...                                                  finder=NameFinder(opsin=False))]
        [('DCM', 'ClCCl', 'lexicon'), ('TiO2', None, 'formula')]
    """
    try:
        return (finder or default_finder()).find(text, include_unresolved=include_unresolved)
    except Exception:  # noqa: BLE001 - the contract: never raises on any input
        return []


def resolve_name(name: str, *, finder: NameFinder | None = None) -> str | None:
    """Canonical SMILES of one chemical name, or ``None`` (see :meth:`NameFinder.resolve`). Never raises.

    Example:
        >>> resolve_name("EtOAc", finder=NameFinder(opsin=False))
        'CCOC(C)=O'
    """
    try:
        return (finder or default_finder()).resolve(name)
    except Exception:  # noqa: BLE001
        return None
