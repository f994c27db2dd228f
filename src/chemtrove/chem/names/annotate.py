"""Rewrite prose so that each resolved chemical name carries its tagged structure."""

from __future__ import annotations

from dataclasses import dataclass, field

from chemtrove.chem import tags
from chemtrove.chem.names.finder import NameFinder, NameMatch, default_finder


@dataclass(frozen=True, slots=True)
class NameAnnotation:
    """Annotated text and what annotation found.

    Attributes:
        text: The rewritten text.
        matches: Every name found outside tagged spans (resolved or not, formulas included).
        n_names: Names found (``matches`` with a structure or with kind ``unresolved``).
        n_resolved: Names with a structure (a SMILES, or a formula's composition).
        n_tagged: Names written with a SMILES tag by this call.
        unresolved: The names that looked chemical but resolved to nothing, as written.
    """

    text: str
    matches: list[NameMatch] = field(default_factory=list)
    n_names: int = 0
    n_resolved: int = 0
    n_tagged: int = 0
    unresolved: list[str] = field(default_factory=list)


def _protected(text: str) -> list[tuple[int, int]]:
    """Spans already tagged (SMILES, CIF, names) where nothing is annotated."""
    out = [(s, e) for _, s, e, _ in tags.tagged_spans(text)]
    out += tags.mol_spans(text)
    return sorted(out)


def annotate_names_detailed(
    text: str, style: str = "smiles", *, finder: NameFinder | None = None, include_unresolved: bool = True
) -> NameAnnotation:
    """Annotate every resolved name in ``text`` (see :func:`annotate_names`) and report what was found.

    Names inside tagged spans, and names already followed by a ``[START_SMILES]`` tag, are left alone, so
    annotating twice gives the same text as annotating once. Formulas are counted but not rewritten (they
    have no SMILES).

    Args:
        text: Prose.
        style: One of :data:`chemtrove.chem.tags.NAME_STYLES`.
        finder: The finder to use (default: :func:`chemtrove.chem.names.default_finder`).
        include_unresolved: Collect names that resolved to nothing (for the report).

    Returns:
        A :class:`NameAnnotation`.
    """
    if style not in tags.NAME_STYLES:
        raise ValueError(f"name style {style!r}: use one of {', '.join(tags.NAME_STYLES)}")
    if not isinstance(text, str) or not text:
        return NameAnnotation(text if isinstance(text, str) else "")
    finder = finder or default_finder()
    try:
        found = finder.find(text, include_unresolved=include_unresolved)
    except Exception:  # noqa: BLE001 - a record never fails here; it keeps its text
        found = []
    protected = _protected(text) if "[" in text else []
    matches = [m for m in found if not any(s < m.end and m.start < e for s, e in protected)] if protected else found
    pieces: list[str] = []
    cursor = n_tagged = 0
    for m in matches:
        if m.smiles is None:
            continue
        after = text[m.end : m.end + 40].lstrip()
        if after.startswith(tags.START_SMILES):
            continue  # already annotated
        pieces.append(text[cursor : m.start])
        pieces.append(tags.tag_name(m.name, m.smiles, style))
        cursor = m.end
        n_tagged += 1
    pieces.append(text[cursor:])
    resolved = [m for m in matches if m.resolved]
    unresolved = [m.name for m in matches if m.kind == "unresolved"]
    return NameAnnotation(
        "".join(pieces),
        matches,
        n_names=len(resolved) + len(unresolved),
        n_resolved=len(resolved),
        n_tagged=n_tagged,
        unresolved=unresolved,
    )


def annotate_names(text: str, style: str = "smiles", *, finder: NameFinder | None = None) -> str:
    """Rewrite prose so each resolved name is followed by (or replaced with) its tagged SMILES.

    Args:
        text: Prose.
        style: ``smiles`` (default: ``name [START_SMILES]smi[END_SMILES]``), ``mist``
            (``[START_MOL] name [END_MOL][START_SMILES] smi [END_SMILES]``) or ``replace``
            (``[START_SMILES]smi[END_SMILES]`` in place of the name).
        finder: The finder to use (default: :func:`chemtrove.chem.names.default_finder`).

    Returns:
        The annotated text; annotating it again changes nothing.

    Example:
        >>> from chemtrove.chem.names import NameFinder
        >>> annotate_names("Dissolve it in DMSO.", finder=NameFinder(opsin=False))
        'Dissolve it in DMSO [START_SMILES]CS(C)=O[END_SMILES].'
        >>> annotate_names("Dissolve it in DMSO.", "mist", finder=NameFinder(opsin=False))
        'Dissolve it in [START_MOL] DMSO [END_MOL][START_SMILES] CS(C)=O [END_SMILES].'
    """
    return annotate_names_detailed(text, style, finder=finder, include_unresolved=False).text
