"""The tag vocabulary (Galactica-style) and tagging of chemistry inside prose.

This module is the only place that spells the tags. Shards, the tokenizer extension and the training
recipes all import them from here.

Example:
    >>> tag_smiles("Ethanol (OCC) is a solvent.")
    'Ethanol ([START_SMILES]CCO[END_SMILES]) is a solvent.'
    >>> wrap_smiles("CCO")
    '[START_SMILES]CCO[END_SMILES]'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chemtrove.chem import smiles as _smiles

START_SMILES = "[START_SMILES]"
END_SMILES = "[END_SMILES]"
START_CIF = "[START_CIF]"
END_CIF = "[END_CIF]"
START_MOL = "[START_MOL]"
END_MOL = "[END_MOL]"
"""MiST's name tags: ``[START_MOL] name [END_MOL][START_SMILES] smi [END_SMILES]`` (style ``mist``)."""
STRUCTURE_TAGS = (START_SMILES, END_SMILES, START_CIF, END_CIF)
"""Tags around a structure (SMILES or CIF)."""
MOL_TAGS = (START_MOL, END_MOL)
"""Tags around a chemical name."""
ALL_TAGS = (*STRUCTURE_TAGS, *MOL_TAGS)
"""Every tag: the tokenizer extension gives each one id."""
NAME_STYLES = ("smiles", "mist", "replace")
"""How a resolved name is written: ``smiles`` keeps the name and appends ``[START_SMILES]smi[END_SMILES]``,
``mist`` writes ``[START_MOL] name [END_MOL][START_SMILES] smi [END_SMILES]``, ``replace`` writes only the
tagged SMILES in place of the name."""

TAGGED_SPAN = re.compile(
    re.escape(START_SMILES)
    + r"(.*?)"
    + re.escape(END_SMILES)
    + "|"
    + re.escape(START_CIF)
    + r"(.*?)"
    + re.escape(END_CIF),
    re.DOTALL,
)
"""Matches a complete tagged span; group 1 is SMILES content, group 2 CIF content (quadratic on unclosed tags: the
code uses :func:`tagged_spans`)."""


def wrap_smiles(smiles: str) -> str:
    """``[START_SMILES]smiles[END_SMILES]``."""
    return f"{START_SMILES}{smiles}{END_SMILES}"


def wrap_cif(cif: str) -> str:
    """``[START_CIF]cif[END_CIF]``; the CIF text is kept as is (a trailing newline included)."""
    return f"{START_CIF}{cif}{END_CIF}"


def tag_name(name: str, smiles: str, style: str = "smiles") -> str:
    """A resolved chemical name written in one of :data:`NAME_STYLES`.

    Example:
        >>> tag_name("ethanol", "CCO")
        'ethanol [START_SMILES]CCO[END_SMILES]'
        >>> tag_name("ethanol", "CCO", "mist")
        '[START_MOL] ethanol [END_MOL][START_SMILES] CCO [END_SMILES]'
    """
    if style == "smiles":
        return f"{name} {wrap_smiles(smiles)}"
    if style == "mist":
        return f"{START_MOL} {name} {END_MOL}{START_SMILES} {smiles} {END_SMILES}"
    if style == "replace":
        return wrap_smiles(smiles)
    raise ValueError(f"name style {style!r}: use one of {', '.join(NAME_STYLES)}")


MOL_SPAN = re.compile(re.escape(START_MOL) + r".*?" + re.escape(END_MOL), re.DOTALL)
"""Matches a complete ``[START_MOL]…[END_MOL]`` span (quadratic on unclosed tags: the code uses :func:`mol_spans`)."""


def find_spans(text: str, pairs: tuple[tuple[str, str], ...]) -> list[tuple[int, int, int]]:
    """Complete ``open ... close`` spans in ``text``, left to right, in one linear pass.

    The spans a lazy regex ``open(.*?)close|...`` finds, without its backtracking: that regex is quadratic in
    the number of unclosed open tags (20,000 ``[START_SMILES]`` took 46 s). An open tag with no close tag of
    its kind after it starts no span; a span ends at the first close tag of its kind; spans do not overlap.

    Args:
        text: Text with tags.
        pairs: ``(open, close)`` tag strings; a span's kind is its pair's index.

    Returns:
        ``(kind, start, end)`` per span, offsets covering the tags.

    Example:
        >>> find_spans("[START_MOL]x[END_MOL] [START_MOL]y", ((START_MOL, END_MOL),))
        [(0, 0, 21)]
    """
    last_close = [text.rfind(close) for _, close in pairs]
    opener = re.compile("|".join(f"({re.escape(open_tag)})" for open_tag, _ in pairs))
    spans: list[tuple[int, int, int]] = []
    position = 0
    for match in opener.finditer(text):
        kind = match.lastindex - 1
        if match.start() < position or last_close[kind] < match.end():
            continue
        close = pairs[kind][1]
        position = text.find(close, match.end()) + len(close)
        spans.append((kind, match.start(), position))
    return spans


_STRUCTURE_PAIRS = ((START_SMILES, END_SMILES), (START_CIF, END_CIF))
_MOL_PAIRS = ((START_MOL, END_MOL),)


def tagged_spans(text: str) -> list[tuple[str, int, int, str]]:
    """Every complete tagged span: ``(kind, start, end, content)`` with ``kind`` "smiles" or "cif".

    Offsets cover the tags themselves. The same spans as :data:`TAGGED_SPAN` finds, in linear time.

    Example:
        >>> tagged_spans("a [START_SMILES]C[END_SMILES] b")
        [('smiles', 2, 29, 'C')]
    """
    out = []
    for kind, start, end in find_spans(text, _STRUCTURE_PAIRS):
        open_tag, close_tag = _STRUCTURE_PAIRS[kind]
        out.append(("smiles" if kind == 0 else "cif", start, end, text[start + len(open_tag) : end - len(close_tag)]))
    return out


def mol_spans(text: str) -> list[tuple[int, int]]:
    """Every complete ``[START_MOL]...[END_MOL]`` span as ``(start, end)`` (what :data:`MOL_SPAN` finds, linearly).

    Example:
        >>> mol_spans("[START_MOL] ethanol [END_MOL]")
        [(0, 29)]
    """
    return [(start, end) for _, start, end in find_spans(text, _MOL_PAIRS)]


def blank_spans(text: str, spans: list[tuple[int, int]], filler: str = " ") -> str:
    """``text`` with each ``(start, end)`` span (sorted, not overlapping) replaced by ``filler``.

    Example:
        >>> blank_spans("a [START_MOL]b[END_MOL] c", mol_spans("a [START_MOL]b[END_MOL] c"))
        'a   c'
    """
    pieces, position = [], 0
    for start, end in spans:
        pieces += [text[position:start], filler]
        position = end
    return "".join(pieces) + text[position:]


@dataclass(frozen=True, slots=True)
class TagResult:
    """Tagged text and what tagging did.

    Attributes:
        text: The text with every found SMILES wrapped in tags.
        n_tagged: SMILES spans tagged by this call.
        n_pretagged: Complete tagged spans (SMILES or CIF) that were already in the input and left alone.
        chem_chars: Characters inside tagged spans (tags excluded) in the output, new and old.
    """

    text: str
    n_tagged: int
    n_pretagged: int
    chem_chars: int


def tag_smiles_detailed(text: str, *, canonical: bool = True, **find_kwargs) -> TagResult:
    """Find SMILES in prose and wrap each in ``[START_SMILES]…[END_SMILES]``, with counts.

    Already tagged spans are left exactly as they are, so tagging is idempotent.

    Args:
        text: Prose.
        canonical: Replace each found SMILES by its canonical form inside the tags.
        **find_kwargs: Passed to :func:`chemtrove.chem.detect.find_smiles`.

    Returns:
        A :class:`TagResult`.
    """
    from chemtrove.chem.detect import find_smiles

    pieces: list[str] = []
    n_tagged = n_pre = chem = 0
    last = 0
    segments: list[tuple[int, int]] = []
    for _, start, end, content in tagged_spans(text):
        segments.append((last, start))
        n_pre += 1
        chem += len(content)
        last = end
    segments.append((last, len(text)))
    pos = 0
    for seg_start, seg_end in segments:
        pieces.append(text[pos:seg_start])  # the tagged span before this segment, untouched
        segment = text[seg_start:seg_end]
        cursor = 0
        for span in find_smiles(segment, **find_kwargs):
            smi = span.smiles
            if canonical:
                c = _smiles.canonicalize(smi)
                smi = c.value if c.ok else smi
            pieces.append(segment[cursor : span.start])
            pieces.append(wrap_smiles(smi))
            cursor = span.end
            n_tagged += 1
            chem += len(smi)
        pieces.append(segment[cursor:])
        pos = seg_end
    return TagResult("".join(pieces), n_tagged, n_pre, chem)


def tag_smiles(text: str, canonical: bool = True, **find_kwargs) -> str:
    """Wrap every SMILES found in ``text`` as ``[START_SMILES]…[END_SMILES]``.

    Args:
        text: Prose.
        canonical: Write the canonical form of each SMILES inside the tags.
        **find_kwargs: Passed to :func:`chemtrove.chem.detect.find_smiles`.

    Returns:
        The tagged text; tagging twice gives the same text as tagging once.
    """
    return tag_smiles_detailed(text, canonical=canonical, **find_kwargs).text


def tag_cif(text: str, **find_kwargs) -> str:
    """Wrap every CIF block found in ``text`` as ``[START_CIF]…[END_CIF]``, leaving tagged spans alone.

    Args:
        text: Prose that may contain pasted CIF blocks.
        **find_kwargs: Passed to :func:`chemtrove.chem.detect.find_cif`.

    Returns:
        The tagged text; tagging twice gives the same text as tagging once.
    """
    from chemtrove.chem.detect import find_cif

    pieces: list[str] = []
    last = 0
    for _, start, end, _ in [*tagged_spans(text), (None, len(text), len(text), None)]:
        segment = text[last:start]
        cursor = 0
        for span in find_cif(segment, **find_kwargs):
            pieces.append(segment[cursor : span.start])
            pieces.append(wrap_cif(span.smiles))
            cursor = span.end
        pieces.append(segment[cursor:])
        pieces.append(text[start:end])
        last = end
    return "".join(pieces)


def strip_tags(text: str) -> str:
    """Remove every tag string, keeping the content.

    Example:
        >>> strip_tags("[START_SMILES]CCO[END_SMILES] is ethanol")
        'CCO is ethanol'
    """
    for tag in ALL_TAGS:
        text = text.replace(tag, "")
    return text
