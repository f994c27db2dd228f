"""The tag-aware split: serializable ``pre_tokenizers.Split`` regexes (Oniguruma) and the unit vocabulary.

The extended tokenizer's pre-tokenizer is a ``Sequence`` of plain ``Split`` steps, so it is saved in
``tokenizer.json`` and every consumer (``tokenizers``, ``transformers``, datatrove, vLLM) runs it:

1. :data:`SPAN_SPLIT_PATTERN` isolates every tagged span, tags included (``[START_SMILES]…[END_SMILES]``,
   ``[START_CIF]…[END_CIF]``; a span without its closing tag runs to the end of the text) and every stray
   closing tag. Text between spans (prose) stays as it is.
2. Each ``Split`` of the base tokenizer, *gated* (:func:`gate`): its regex may only match in a piece that
   does not start with a tag, chained from the start of the piece with ``\\G``. On prose it finds exactly
   the base's matches; on a tagged span it finds nothing, so the span reaches step 3 whole.
3. The base's ``ByteLevel`` step (``use_regex=False``): each prose word and each whole span is mapped to the
   byte-level alphabet once.
4. The unit split: a ``\\G``-chained alternation that starts only at ``\\A[START_SMILES]`` or
   ``\\A[START_CIF]`` and splits the (mapped) span into units. SMILES: bracket atoms whole, ``Cl``/``Br``, ring
   closures (``%nn`` and ``%(nnn)`` whole), reaction arrows ``>>``, dative bonds ``->``/``<-``, and every
   other character (organic atoms, bonds, branches, single-digit ring closures, ``>``) alone. CIF: field
   names (``_cell_length_a``), ``data_``/``loop_``, space-group symbols (the value of
   ``_symmetry_space_group_name_H-M``), element symbols, single digits, newlines, runs of spaces, every
   other character alone. One regex serves both (see :data:`UNIT_PATTERN`). :data:`CHEM_PATTERN` is that
   split over the text itself (what :func:`split_units` runs, and step 3 of the version-2 layout, which ran
   it before ``ByteLevel``, once per unit); :func:`~chemtrove.tokenize.pretokenize_bytes.byte_level_chem_pattern`
   is the same split over the byte-level alphabet, built from the same template (:func:`unit_patterns`).

Every step after the base's split runs once per word of prose, so there are as few as possible: the
mapping, which every piece needs, and the unit split, which fails at once on a prose word.

``\\G`` holds where the previous match of the same search ended, and at the start of each piece, so a chain
that must begin with ``\\A[START_…]`` (or, for the gated base regex, with a match at ``\\A``) can never
start inside a piece of another kind. Python's ``re`` has no ``\\G``; these patterns are for Oniguruma.
"""

from __future__ import annotations

from collections.abc import Iterator

from chemtrove.chem.tags import END_CIF, END_MOL, END_SMILES, START_CIF, START_MOL, START_SMILES


def _esc(tag: str) -> str:
    return "".join("\\" + c if c in "[]().*+?^$|{}\\" else c for c in tag)


S_SMI, E_SMI, S_CIF, E_CIF = (_esc(t) for t in (START_SMILES, END_SMILES, START_CIF, END_CIF))
S_MOL, E_MOL = _esc(START_MOL), _esc(END_MOL)

TAG_PATTERN = f"(?:{S_SMI}|{E_SMI}|{S_CIF}|{E_CIF}|{S_MOL}|{E_MOL})"
"""Any one of the tags."""

SPAN_PATTERN = f"{S_SMI}[\\s\\S]*?(?:{E_SMI}|\\z)|{S_CIF}[\\s\\S]*?(?:{E_CIF}|\\z)|{E_SMI}|{E_CIF}|{S_MOL}|{E_MOL}"
"""Step 1: a whole tagged span (to its closing tag, or to the end of the text), a stray closing tag, or a name
tag (``[START_MOL]``/``[END_MOL]``: the name between them is prose, the tags stay whole)."""

SPAN_SPLIT_PATTERN = (
    f"{S_SMI}(?>[^\\[]+|\\[(?!{E_SMI[2:]}))*(?:{E_SMI}|\\z)|{S_CIF}(?>[^\\[]+|\\[(?!{E_CIF[2:]}))*(?:{E_CIF}|\\z)"
    f"|{E_SMI}|{E_CIF}|{S_MOL}|{E_MOL}"
)
"""Step 1 as the tokenizer runs it: the same matches as :data:`SPAN_PATTERN`, with the span's body read in runs
of characters other than ``[`` (atomic groups) instead of one lazy step per character. Oniguruma only
(Python's ``re`` has atomic groups from 3.11); :func:`iter_spans` uses :data:`SPAN_PATTERN`."""

GPT2_PATTERN = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"
"""The GPT-2 split regex (also what ``ByteLevel(use_regex=True)`` runs)."""

QWEN2_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"
)
"""The Qwen2 / Qwen2.5 split regex (single digits)."""

LLAMA3_PATTERN = (
    r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+"
    r"|\s+(?!\S)|\s+"
)
"""The Llama-3 split regex (numbers in groups of up to three digits)."""

BASE_PATTERNS = {"gpt2": GPT2_PATTERN, "qwen2": QWEN2_PATTERN, "llama3": LLAMA3_PATTERN}
"""Split regexes of the byte-level BPE families the tests cover, by style name."""

_GATE_PREFIX = f"\\G(?:\\A(?!{TAG_PATTERN})|(?!\\A))(?:"
"""Starts with ``\\G`` so that Oniguruma only tries the regex where the previous match ended: on a tagged span it
fails once instead of at every character of the span."""
_GATE_PREFIX_V2_FIRST = f"(?:\\A(?!{TAG_PATTERN})|\\G(?!\\A))(?:"
"""The same gate as written by the first releases of extension version 2 (same matches, slower)."""


def gate(pattern: str) -> str:
    """Restrict a base split regex to prose pieces, keeping its matches there.

    Args:
        pattern: The base ``Split`` regex (Oniguruma syntax), e.g. :data:`GPT2_PATTERN`.

    Returns:
        A regex that matches what ``pattern`` matches, chained from the start of a piece that does not
        begin with a tag. Equal to ``pattern`` on prose as long as ``pattern`` matches at every position
        (true of the GPT-2, Qwen2 and Llama-3 regexes, which end in ``\\s+`` and cover every character).
    """
    return f"{_GATE_PREFIX}{pattern})"


def ungate(pattern: str) -> str | None:
    """The base regex inside a :func:`gate` regex, or ``None`` if ``pattern`` is not gated.

    Args:
        pattern: A ``Split`` regex from an extended tokenizer.

    Returns:
        The original base regex, or ``None``.
    """
    for prefix in (_GATE_PREFIX, _GATE_PREFIX_V2_FIRST):
        if pattern.startswith(prefix) and pattern.endswith(")"):
            return pattern[len(prefix) : -1]
    return None


ELEMENTS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr "
    "Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta "
    "W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No Lr Rf Db Sg Bh Hs "
    "Mt Ds Rg Cn Nh Fl Mc Lv Ts Og D"
).split()
"""Element symbols (and deuterium) that CIF text is split into."""

AMBIGUOUS_ELEMENTS = tuple(e for e in ELEMENTS if len(e) == 2 and e[0] in "BCNOPSFI" and e[1] in "bcnops")
"""Two-letter symbols that are also two SMILES atoms (``Sc`` is S then aromatic c; ``Cn`` is C then n).

Every other two-letter element can never occur in valid SMILES outside brackets (``Cl`` and ``Br`` mean
the same in both), so only these need to know whether they are inside a CIF span.
"""


def _grouped(symbols: list[str]) -> str:
    by_first: dict[str, list[str]] = {}
    for sym in sorted(symbols):
        by_first.setdefault(sym[0], []).append(sym[1])
    return "|".join(f"{a}[{''.join(rest)}]" if len(rest) > 1 else a + rest[0] for a, rest in by_first.items())


_PLAIN_TWO_LETTER = _grouped([e for e in ELEMENTS if len(e) == 2 and e not in AMBIGUOUS_ELEMENTS])
_NOT_END_CIF = f"(?!{E_CIF})"

RAW_ALPHABET = {
    "digit_fast": r"\d",  # a digit (Oniguruma: any Unicode decimal digit)
    "digit": r"\d",
    "st": r" \t",  # inside a class: a space or a tab
    "nl": r"\n",
    "cr": r"\r",
    "any": r"[\s\S]",  # one character
    "bracket_char": r"[^\[\]\s]",  # one character of a bracket atom
    "sg_char": r"[^\s']",  # one character of an unquoted space-group symbol
    "field_lb": r"(?<![^\s\]])",  # after whitespace or ']' (or at the start)
    "field_run": r"[^\s\[]+",  # a run of characters of a field name
    "line_char": r"[^\n]",  # one character other than a newline
}
"""The character-level fragments of the unit regexes, written for the text itself. The same regexes over the
byte-level alphabet (:mod:`chemtrove.tokenize.pretokenize_bytes`) are built from other values of these keys."""


def unit_patterns(a: dict[str, str]) -> tuple[str, str]:
    """The unit regexes (:data:`FAST_UNIT_PATTERN`, :data:`UNIT_PATTERN`) over an alphabet of fragments.

    Args:
        a: The fragments, keyed as :data:`RAW_ALPHABET`.

    Returns:
        ``(fast, unit)``.

    Two lookbehinds: a space-group symbol follows the field name ``..._H-M`` or ``..._H-M_alt``, 1-8 spaces
    or tabs and an optional quote (one variable-length lookbehind: Oniguruma checks it much faster than the 32
    fixed-length alternatives it replaces); an ambiguous element symbol is only one unit inside a CIF span:
    the piece starts with ``[START_CIF]`` on this line, or a newline came before on this line (SMILES has no
    newline), bounded so the check stays cheap (a symbol beyond column 255 of a CIF line is split into letters).
    """
    in_cif = f"(?<=\\A{S_CIF}{a['line_char']}{{0,255}}|{a['nl']}{a['line_char']}{{0,255}})"
    sg_lookbehind = f"H-M(?:_alt)?[{a['st']}]{{1,8}}'?"
    fast = (
        f"{a['digit_fast']}|[{a['st']}]+|{a['cr']}?{a['nl']}|[.,'()+/=#@:*]"
        f"|(?<![{a['st']}'])(?:[A-Z](?![a-z])|[a-ce-fh-kmnoprt-z]|[dgls](?!ata_|oop_|lobal_|ave_|top_)|-(?!>))"
    )
    unit = (
        f"\\[{a['bracket_char']}{{1,40}}\\]"
        f"|{a['digit']}"
        f"|[{a['st']}]+|{a['cr']}?{a['nl']}"
        "|[.,'()+/=#@:*]"
        f"|(?<=[{a['st']}'])(?<={sg_lookbehind})(?:(?<=')[^'{a['cr']}{a['nl']}]+|(?<!')(?:{_NOT_END_CIF}{a['sg_char']})+)"
        f"|{a['field_lb']}_(?>{a['field_run']}|\\[(?!{E_CIF[2:]}))+"
        "|data_|loop_|global_|save_|stop_"
        "|(?=[A-Z])(?:Cl|Br"
        f"|{_PLAIN_TWO_LETTER}"
        f"|(?:{'|'.join(AMBIGUOUS_ELEMENTS)}){in_cif})"
        r"|->|<-|>>"
        r"|%\([0-9]{1,5}\)|%[0-9]{2}"
        f"|{a['any']}"
    )
    return fast, unit


FAST_UNIT_PATTERN, UNIT_PATTERN = unit_patterns(RAW_ALPHABET)
"""One unit of a tagged span (what follows ``\\G`` in :data:`CHEM_PATTERN`), in order: a SMILES
bracket atom whole (``[C@@H]``, ``[13CH3]``, ``[CH3:1]``); one digit (SMILES ring closure, CIF number
digit); a run of spaces or tabs; a newline; frequent single characters (none starts a longer unit); a CIF
space-group symbol (the value after ``..._H-M``, 1-8 spaces or tabs, quoted or not); a CIF field name
(``_`` after whitespace, to the next one); CIF reserved words; ``Cl``, ``Br``, two-letter element symbols
that valid SMILES cannot hold outside brackets, and ``Sc``, ``Sn``, ``Co``, ... only inside CIF; SMILES
dative bonds and reaction arrow; ring closures ``%(nnn)`` and ``%nn`` whole; every other character alone.

Valid SMILES only ever meets the bracket-atom, digit, ``Cl``/``Br``, arrow, ring-closure and single-character
alternatives, so SMILES and CIF share one regex (one pre-tokenizer step, which matters for speed: every
step costs a pass over every piece of prose).

:data:`FAST_UNIT_PATTERN` holds the most frequent units, tried first (speed only: each alternative matches
only where :data:`UNIT_PATTERN` gives the same single unit, so the split is the same; Oniguruma tries
alternatives in order, and most units are atoms, bonds, branches, digits and spaces that would otherwise go
past the space-group and element lookbehinds): a digit, spaces, a newline, the frequent single characters,
and a letter or ``-`` that :data:`UNIT_PATTERN` can only match alone (not after a space, tab or quote, where
a space-group symbol may start; an upper-case letter not followed by a lower-case one; a lower-case letter
that starts no CIF reserved word; a ``-`` that starts no ``->``)."""


def chem_pattern(fast: str, unit: str) -> str:
    """The unit split of a tagged span (:data:`CHEM_PATTERN`) from the unit regexes of :func:`unit_patterns`."""
    return f"\\G(?:(?!\\A)(?:{fast}|{E_SMI}|{E_CIF}|{unit})|\\A(?:{S_SMI}|{S_CIF}))"


CHEM_PATTERN = chem_pattern(FAST_UNIT_PATTERN, UNIT_PATTERN)
"""The unit split over the text itself: the opening tag at the start of a piece, then units chained with
``\\G``, then the closing tag. Step 3 of the version-2 layout (before ``ByteLevel``) and what :func:`split_units`
runs; version 3 runs the same split over the byte-level alphabet (step 4).

Anchored at ``\\G``, so on any other piece (a word of prose) it fails at once without scanning."""


ORGANIC_ATOMS = frozenset("B C N O P S F Cl Br I b c n o s p *".split())
"""SMILES atoms written without brackets (the organic subset, aromatic forms and the wildcard)."""

DEFAULT_BRACKET_ATOMS = (
    "[nH] [C@@H] [C@H] [C@] [C@@] [O-] [N+] [n+] [NH+] [NH2+] [NH3+] [N-] [n-] [S+] [S-] [O+] [o+] [s+] "
    "[P+] [B-] [C-] [CH-] [CH2-] [Na+] [K+] [Li+] [Cs+] [H+] [Cl-] [Br-] [I-] [F-] [OH-] [Mg+2] [Ca+2] "
    "[Zn+2] [Cu+2] [Fe+2] [Fe+3] [Al+3] [Si] [Se] [se] [Te] [te] [B] [P] [H] [2H] [3H] [13C] [13CH3] [14C] "
    "[18F] [11C] [125I] [S@] [S@@] [S@+] [S@@+] [N@] [N@@] [N@+] [N@@+] [P@] [P@@] [Si@] [Si@@] [CH] [CH2] "
    "[CH3] [NH] [NH2] [NH-] [OH] [SH] [PH] [Pt] [Pd] [Cu] [Fe] [Zn] [Sn] [Hg] [Mg] [Al] [Ti] [Co] [Ni] [Mn] "
    "[Cr] [Ru] [Rh] [Ag] [Au] [Ir] [As] [Ge] [Ga] [Bi] [Sb] [Li] [Na] [K] [Ca] [Ba] [Cs] [W] [Mo] [V] [Zr] "
    "[Hf] [Gd] [Tl] [Pb] [Cd] [Xe] [Kr] [He] [Ar] [Ne] [c-] [cH-] [nH+] [N@H+] [N@@H+] [C@H-] [NH4+]"
).split()
"""Bracket atoms that get their own id whatever the corpus (common in ChEMBL and USPTO)."""

DEFAULT_SMILES_UNITS = ("Cl", "Br", "->", "<-", ">>", *(f"%{n}" for n in range(10, 100)))
"""Multi-character SMILES units other than bracket atoms that get their own id when the base lacks them."""

DEFAULT_CIF_FIELDS = (
    "_symmetry_space_group_name_H-M _cell_length_a _cell_length_b _cell_length_c _cell_angle_alpha "
    "_cell_angle_beta _cell_angle_gamma _symmetry_Int_Tables_number _chemical_formula_structural "
    "_chemical_formula_sum _cell_volume _cell_formula_units_Z _symmetry_equiv_pos_site_id "
    "_symmetry_equiv_pos_as_xyz _atom_site_type_symbol _atom_site_label _atom_site_symmetry_multiplicity "
    "_atom_site_fract_x _atom_site_fract_y _atom_site_fract_z _atom_site_occupancy _atom_type_symbol "
    "_atom_type_electronegativity _atom_type_radius _atom_type_ionic_radius _atom_type_oxidation_number "
    "_space_group_name_H-M_alt _space_group_IT_number _space_group_crystal_system "
    "_space_group_symop_operation_xyz _space_group_symop_id _symmetry_cell_setting "
    "_atom_site_U_iso_or_equiv _atom_site_B_iso_or_equiv _atom_site_adp_type _atom_site_Wyckoff_symbol "
    "_chemical_formula_weight _chemical_name_systematic _chemical_name_common _exptl_crystal_density_diffrn "
    "_audit_creation_method _database_code_ICSD _cell_measurement_temperature _diffrn_ambient_temperature"
).split()
"""CIF field names that get their own id whatever the corpus (chemtrove's canonical CIF and common CIF 1.1)."""

DEFAULT_CIF_KEYWORDS = ("data_", "loop_")
"""CIF reserved words that get their own id."""


def _pre_tokenizer():
    from tokenizers import Regex
    from tokenizers import pre_tokenizers as pt

    return pt.Sequence(
        [
            pt.Split(Regex(SPAN_SPLIT_PATTERN), "isolated"),
            pt.Split(Regex(CHEM_PATTERN), "isolated"),
        ]
    )


_SPLITTER = None


def split_units(text: str) -> list[tuple[str, str]]:
    """Split a document the way the extended tokenizer does, before the base regex and byte mapping.

    Runs the span split and the unit split over the text itself (:data:`CHEM_PATTERN`); the tokenizer runs
    the unit split over the byte-level mapped span, with the same cuts, so each unit returned here, mapped
    with ``to_byte_level``, is one piece the tokenizer sees inside a tagged span.

    Args:
        text: A document (prose with tagged spans, or a bare tagged span).

    Returns:
        ``(kind, piece)`` pairs covering ``text`` in order; ``kind`` is ``"prose"`` (a whole stretch of text
        outside tags, not split further here), ``"tag"``, ``"smiles"`` (one SMILES unit) or ``"cif"`` (one CIF
        unit). ``"".join(piece for _, piece in result) == text``.

    Example:
        >>> split_units("Ethanol [START_SMILES]C[C@@H](Cl)O[END_SMILES].")
        ... # doctest: +NORMALIZE_WHITESPACE
        [('prose', 'Ethanol '), ('tag', '[START_SMILES]'), ('smiles', 'C'), ('smiles', '[C@@H]'),
         ('smiles', '('), ('smiles', 'Cl'), ('smiles', ')'), ('smiles', 'O'), ('tag', '[END_SMILES]'),
         ('prose', '.')]
    """
    global _SPLITTER
    if _SPLITTER is None:
        _SPLITTER = _pre_tokenizer()
    out: list[tuple[str, str]] = []
    state = "prose"
    for piece, _ in _SPLITTER.pre_tokenize_str(text):
        if piece in (START_MOL, END_MOL) and state == "prose":
            out.append(("tag", piece))
        elif piece in (START_SMILES, START_CIF, END_SMILES, END_CIF) and (
            state == "prose" or (state == "smiles" and piece == END_SMILES) or (state == "cif" and piece == END_CIF)
        ):
            out.append(("tag", piece))
            state = "smiles" if piece == START_SMILES else "cif" if piece == START_CIF else "prose"
        else:
            out.append((state, piece))
    return out


_SPAN_RE = None


def iter_spans(text: str) -> Iterator[tuple[str, str]]:
    """The segments of a document as the tokenizer delimits them.

    Uses Python's ``re`` with the same pattern as the tokenizer's first step (:data:`SPAN_PATTERN` needs
    no ``\\G``, and leftmost-first alternation is the same in both engines).

    Args:
        text: A document.

    Yields:
        ``(kind, segment)`` with ``kind`` ``"prose"``, ``"smiles"`` or ``"cif"``; a SMILES or CIF segment is
        the whole span with its tags (the closing tag may be missing at the end of the text); a stray
        closing tag is yielded as ``("tag", tag)``. The segments concatenate to ``text``.
    """
    global _SPAN_RE
    if _SPAN_RE is None:
        import re

        _SPAN_RE = re.compile(SPAN_PATTERN.replace("\\z", "\\Z"))
    pos = 0
    for m in _SPAN_RE.finditer(text):
        if m.start() > pos:
            yield "prose", text[pos : m.start()]
        seg = m.group()
        if seg.startswith(START_SMILES):
            yield "smiles", seg
        elif seg.startswith(START_CIF):
            yield "cif", seg
        else:
            yield "tag", seg
        pos = m.end()
    if pos < len(text):
        yield "prose", text[pos:]


def smiles_unit_kind(unit: str) -> str:
    """The kind of one SMILES unit.

    Args:
        unit: A unit as produced by :func:`split_units` inside a SMILES span.

    Returns:
        ``"atom"`` (bracket atom or organic-subset atom), ``"ring"`` (ring-closure digit or ``%nn``),
        ``"bond"``, ``"branch"``, ``"arrow"`` (``>>`` or ``>``), ``"dot"`` or ``"other"``.
    """
    if unit in ORGANIC_ATOMS or (len(unit) > 2 and unit[0] == "[" and unit[-1] == "]"):
        return "atom"
    if unit.isdigit() or unit.startswith("%"):
        return "ring"
    if unit in ("-", "=", "#", "$", ":", "/", "\\", "~", "->", "<-"):
        return "bond"
    if unit in ("(", ")"):
        return "branch"
    if unit in (">>", ">"):
        return "arrow"
    if unit == ".":
        return "dot"
    return "other"


_ELEMENT_SET = frozenset(ELEMENTS)


def cif_unit_kind(unit: str) -> str:
    """The kind of one CIF unit.

    Args:
        unit: A unit as produced by :func:`split_units` inside a CIF span.

    Returns:
        ``"field"``, ``"keyword"``, ``"space_group"``, ``"element"``, ``"digit"``, ``"space"``, ``"word"`` or
        ``"punct"``.
    """
    if unit.startswith("_") and len(unit) > 1:
        return "field"
    if unit in ("data_", "loop_", "global_", "save_", "stop_"):
        return "keyword"
    if unit in _ELEMENT_SET:
        return "element"
    if unit.isdigit():
        return "digit"
    if unit.isspace():
        return "space"
    if unit.isalpha() and unit.islower():
        return "word"
    if len(unit) > 1:
        return "space_group"
    return "punct"
