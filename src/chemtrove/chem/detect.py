"""Find SMILES written inside prose (papers, patents, web pages).

A SMILES never contains whitespace, so the text is scanned for whitespace-delimited tokens made only of
SMILES characters plus the punctuation prose wraps around them. Each token is then:

1. stripped of sentence punctuation: a trailing ``.`` ``,`` ``;`` ``:`` ``!`` ``?`` or quote, an opening
   ``(`` and an unbalanced closing ``)`` or ``]``, a glued reference marker such as ``[12]``
   (``"(CCO)."`` gives ``CCO``, ``CC(C)O`` keeps its branch);
2. classified: a token with SMILES-specific evidence (a ring-closure digit, a branch, a ``=``/``#``/``$``
   bond or a bracket atom) is a candidate; a *plain* token (only organic-subset atoms such as ``OCC``)
   is a candidate only when it reads like a carbon chain, is not a known acronym and is not an acronym
   defined by the words just before it ("face-centered cubic (FCC)"); anything else (English words,
   ``C/O`` ratios, ``C-H`` bonds, ``N.B.``) is dropped without calling RDKit;
3. confirmed by RDKit (:func:`chemtrove.chem.smiles.parse`, which never raises and silences RDKit) and
   by atom counts. Chemical formulas (``CH2Cl2``, ``Fe2O3``, ``C2H6``, ``CH3NH3PbI3``) and sample ids
   (``C12``, ``S1``) fail here: bare ``H`` and metals are not SMILES atoms and their digits would be
   unclosed rings.

Only candidates reach RDKit, and tokens longer than ``max_length`` are never examined, so arbitrary
input (binary junk, lone surrogates, megabytes without a space) is handled in linear time.

Example:
    >>> [s.smiles for s in find_smiles("Ethanol (OCC) and aspirin, CC(=O)Oc1ccccc1C(=O)O.")]
    ['OCC', 'CC(=O)Oc1ccccc1C(=O)O']
    >>> find_smiles("The CNN predicted CH2Cl2, NaCl and CO as solvents (II).")
    []
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache, partial

from chemtrove.chem.smiles import parse

DEFAULT_MIN_HEAVY_ATOMS = 3
"""Fewer heavy atoms than this are never reported: ``CO``, ``CN``, ``NO``, ``C=O`` and ``Cl`` are prose."""
DEFAULT_MAX_LENGTH = 400
"""Tokens longer than this many characters are skipped before any check."""
DEFAULT_MIN_PLAIN_CARBONS = 2
"""Carbon atoms a plain token (no ring, branch, bond or bracket) needs: ``SCN``, ``NCO``, ``ICP`` fail."""
DEFAULT_MIN_PLAIN_CARBON_FRACTION = 0.6
"""Share of carbon a plain token needs: ``PCCP``, ``FCCP``, ``NCCN`` fail, ``CCOCC`` passes."""

ACRONYMS: frozenset[str] = frozenset(
    # Every three-letter plain chain with at least two carbons that is a common acronym, four-letter ones
    # seen in scientific text, and other short tokens made of SMILES atoms that are frequent in prose.
    """
    BCC CBC CCB NCC CNC CCN COC SCC CSC CCS PCC CPC CCP FCC CFC CCF ICC CIC CCI CCC
    CCCP CCSC CCPS PCCP FCCP PPCC SCCS ICCP CCFC CPCC PCCS NCCS CCIS CCSN COCO
    CNN SCN OSC ICP CNS NBS NCS NIS BOC COF NOS SOS SOP POP COP CPS PCB SNP SOC SOFC CONS ICON SCOP
    FIB BNC BCN PCN CC CO CN NO CS SC SO ON OF IF IS IN IP PC BC NB PS OS SI BP CP FF OP PO NP SP SS
    NN OO BB
    """.split()
)
"""Plain tokens never reported outside an explicit ``SMILES:`` context (case-sensitive)."""

_OPEN = "\"'“‘«{<|"
_CLOSE = "\"'”’»}>|.,;:!?…"
_BODY = r"(?:\[[^\s\[\]]{1,24}\]|[BCNOSPFIbcnopslr0-9%()=#$:/\\.\-])"


@lru_cache(maxsize=8)
def _token_re(max_length: int) -> re.Pattern[str]:
    # Bounded quantifiers keep matching linear: a token longer than max_length never matches.
    opening = "[" + re.escape(_OPEN + "([.") + "]{0,8}"
    closing = "[" + re.escape(_CLOSE + ")]") + "]{0,8}"
    return re.compile(rf"(?<!\S){opening}{_BODY}{{1,{max_length}}}{closing}(?!\S)")


_PLAIN = re.compile(r"(?:Cl|Br|[BCNOSPFI])+")
_ATOM = re.compile(r"Cl|Br|[BCNOSPFI]")
_EVIDENCE = re.compile(r"[0-9%(=#$\[]")
_ROMAN = re.compile(r"[IVX]+")
_REFERENCE = re.compile(r"\[\d+(?:[-,]\d+)*\]$")
_SMILES_CONTEXT = re.compile(
    r"(?:SMILES|Smiles|smiles)(?:\s+(?:string|code|notation|representation))?\s*(?:[:=]|is|of|as)?"
    r"\s*[\"'“‘(\[]*$"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A SMILES found in a text.

    Attributes:
        start: Character offset of the first character in the text.
        end: Offset one past the last character (``text[start:end] == smiles``).
        smiles: The SMILES exactly as written in the text.
    """

    start: int
    end: int
    smiles: str


def _strip(token: str) -> tuple[int, int]:
    """Offsets ``(left, right)`` of the SMILES core of ``token`` once prose punctuation is removed."""
    left, right = 0, len(token)
    while left < right:
        core = token[left:right]
        last = core[-1]
        if last in _CLOSE:
            right -= 1
        elif core[0] in _OPEN or core[0] in "(.":
            left += 1
        elif last == ")" and core.count(")") > core.count("("):
            right -= 1
        elif last == "]" and core.count("]") > core.count("["):
            right -= 1
        elif core[0] == "[" and core.count("[") > core.count("]"):
            left += 1
        elif last == "]" and (ref := _REFERENCE.search(core)) and ref.start() > 0:
            right -= len(ref.group())
        else:
            break
    return left, right


@lru_cache(maxsize=4096)
def _counts(core: str) -> tuple[int, int] | None:
    """``(heavy atoms, carbon atoms)`` of a SMILES, or ``None`` when RDKit rejects it (cached)."""
    mol, _ = parse(core)
    if mol is None:
        return None
    return mol.GetNumHeavyAtoms(), sum(1 for atom in mol.GetAtoms() if atom.GetAtomicNum() == 6)


def _defines_acronym(text: str, start: int, token: str) -> bool:
    """True when the words just before ``token`` start with its letters: "cellulose nanocrystals (CNC)"."""
    before = text[max(0, start - 40 * len(token)) : start].rstrip(" ([\"'“‘")
    words = [w for w in re.split(r"[\s\-/]+", before) if w]
    letters = _ATOM.findall(token)
    if len(words) < len(letters):
        return False
    initials = "".join(w[0] for w in words[-len(letters) :]).upper()
    return initials == "".join(a[0] for a in letters)


def find_smiles(
    text: str,
    *,
    min_heavy_atoms: int = DEFAULT_MIN_HEAVY_ATOMS,
    require_carbon: bool = True,
    min_plain_carbons: int = DEFAULT_MIN_PLAIN_CARBONS,
    min_plain_carbon_fraction: float = DEFAULT_MIN_PLAIN_CARBON_FRACTION,
    acronyms: Collection[str] = ACRONYMS,
    max_length: int = DEFAULT_MAX_LENGTH,
) -> list[Span]:
    """Find the SMILES written in a piece of prose.

    Never raises on a ``str`` (anything else gives ``[]``). Runs in time linear in ``len(text)``; only
    tokens that look like SMILES are parsed by RDKit.

    Args:
        text: The prose.
        min_heavy_atoms: Report only molecules with at least this many heavy atoms (default 3), which
            keeps element symbols, roman numerals and two-atom notations (``CO``, ``C=O``, ``II``) out.
        require_carbon: Report only molecules with at least one carbon atom (``O=S=O``, ``NOCl`` and
            inorganic bracket atoms are left out).
        min_plain_carbons: Carbons needed by a *plain* token, one made only of organic-subset atoms with
            no ring digit, branch, ``=``/``#``/``$`` bond or bracket (``CCO`` passes, ``SCN`` fails).
        min_plain_carbon_fraction: Share of carbons among the heavy atoms a plain token needs.
        acronyms: Plain tokens that are never reported (case-sensitive), defaults to :data:`ACRONYMS`.
            The plain-token rules and this list are skipped right after an explicit ``SMILES:``,
            ``SMILES =``, ``SMILES is``, ``SMILES as`` or ``SMILES string``.
        max_length: Tokens longer than this many characters (punctuation included) are skipped.

    Returns:
        The spans, sorted by offset and non-overlapping; ``text[span.start:span.end] == span.smiles``.

    Example:
        >>> find_smiles("SMILES: CCS. The product (CC(C)O) was a liquid.")
        [Span(start=8, end=11, smiles='CCS'), Span(start=26, end=32, smiles='CC(C)O')]
    """
    if not isinstance(text, str) or not text:
        return []
    accept = partial(
        _accept,
        text=text,
        min_heavy_atoms=min_heavy_atoms,
        require_carbon=require_carbon,
        min_plain_carbons=min_plain_carbons,
        min_plain_carbon_fraction=min_plain_carbon_fraction,
        acronyms=acronyms,
    )
    spans: list[Span] = []
    for match in _token_re(max(1, max_length)).finditer(text):
        token = match.group()
        left, right = _strip(token)
        start, core = match.start() + left, token[left:right]
        if not accept(core, start):
            # "[CCO]": square brackets around a SMILES rather than a bracket atom.
            if not (len(core) > 2 and core[0] == "[" and core[-1] == "]" and accept(core[1:-1], start + 1)):
                continue
            start, core = start + 1, core[1:-1]
        spans.append(Span(start, start + len(core), core))
    return spans


def _accept(
    core: str,
    start: int,
    *,
    text: str,
    min_heavy_atoms: int,
    require_carbon: bool,
    min_plain_carbons: int,
    min_plain_carbon_fraction: float,
    acronyms: Collection[str],
) -> bool:
    """Whether ``core`` (found at ``start`` in ``text``) is reported; arguments as in :func:`find_smiles`."""
    if not core or not (core[0].isalpha() or core[0] == "[") or _ROMAN.fullmatch(core):
        return False
    plain = _EVIDENCE.search(core) is None
    relaxed = False
    if plain:
        if not _PLAIN.fullmatch(core):
            return False  # words, ratios (C/O), bond notation (C-H), initials (N.B.)
        relaxed = _SMILES_CONTEXT.search(text, max(0, start - 40), start) is not None
        if not relaxed and (core in acronyms or _defines_acronym(text, start, core)):
            return False
    if sum(c.isupper() or c in "bcnops[" for c in core) < min_heavy_atoms:
        return False  # cannot reach min_heavy_atoms: skip RDKit
    counts = _counts(core)
    if counts is None:
        return False
    heavy, carbons = counts
    if heavy < min_heavy_atoms or (require_carbon and carbons == 0):
        return False
    if plain and not relaxed:
        return carbons >= min_plain_carbons and carbons >= min_plain_carbon_fraction * heavy
    return True


_CIF_LINE = re.compile(
    r"""(?x)
    \s*$                              # blank lines inside a block
    | \s*(?:_[A-Za-z0-9_.\-\[\]/]+)   # a data name
    | \s*loop_\s*$
    | \s*;                            # multi-line text field delimiters
    | \s*[#]                          # comments
    | \s*\S+(?:\s+\S+)*\s*$           # a loop row (prose-like rows stop at _looks_like_prose)
    """
)


def find_cif(text: str, *, min_lines: int = 8, verify: bool = True) -> list[Span]:
    """Find CIF blocks written inside prose (a supplementary file pasted into a page, a forum post).

    A block starts at a line beginning with ``data_`` and runs while lines look like CIF (data names,
    ``loop_``, loop rows, text fields, comments); it ends at a blank line not followed by CIF markup,
    or at the first line that reads as prose. Candidates need ``min_lines`` lines, ``_cell_length_a`` and
    an atom-site loop, and (``verify``) must parse with :func:`chemtrove.chem.crystals.parse`. Already
    tagged blocks are not found again by :func:`chemtrove.chem.tags.tag_cif`, which skips tagged spans.

    Args:
        text: Prose.
        min_lines: Fewest lines of a block.
        verify: Confirm each candidate with pymatgen (about 1-10 ms per block).

    Returns:
        Spans of the blocks (``Span.smiles`` holds the CIF text), in order.
    """
    if not isinstance(text, str) or "data_" not in text:
        return []
    spans: list[Span] = []
    lines = text.splitlines(keepends=True)
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line)
    i = 0
    in_field = False
    while i < len(lines):
        if not lines[i].startswith("data_"):
            i += 1
            continue
        start_i, j = i, i + 1
        while j < len(lines):
            line = lines[j].rstrip("\r\n")
            if line.startswith(";"):
                in_field = not in_field
            elif not in_field:
                if not line.strip():
                    # a blank line ends the block unless the next non-blank line is CIF markup
                    k = j + 1
                    while k < len(lines) and not lines[k].strip():
                        k += 1
                    if k >= len(lines) or not lines[k].lstrip().startswith(("_", "loop_", "#", ";")):
                        break
                elif line.startswith("data_") or not _CIF_LINE.match(line) or _looks_like_prose(line):
                    break
            j += 1
        in_field = False
        end_j = j
        while end_j > start_i and not lines[end_j - 1].strip():
            end_j -= 1
        block = "".join(lines[start_i:end_j])
        if end_j - start_i >= min_lines and "_cell_length_a" in block and "_atom_site_fract_x" in block:
            ok = True
            if verify:
                from chemtrove.chem import crystals

                ok = crystals.parse(block)[0] is not None
            if ok:
                start = offsets[start_i]
                spans.append(Span(start, start + len(block.rstrip("\r\n")), block.rstrip("\r\n")))
        i = max(j, start_i + 1)
    return spans


def _looks_like_prose(line: str) -> bool:
    words = line.split()
    # a sentence: many words, mostly alphabetic, ending like prose
    return len(words) >= 8 and sum(w.isalpha() for w in words) >= 0.7 * len(words)
