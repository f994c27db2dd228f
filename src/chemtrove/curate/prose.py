"""The prose tagger: find SMILES in running text, canonicalize them and wrap them in tags."""

from __future__ import annotations

from typing import Any

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

DEFAULT_MAX_CHARS = 1_000_000
"""Longest text tagged. Tagging is linear but costs ~60 µs per SMILES-like word (RDKit checks each one):
about 15 s for 1 MB of nothing but SMILES; two 10 MB texts took 109 s before this bound existed."""
DEFAULT_MAX_SECONDS = 60.0
"""Wall-clock backstop per text (see :func:`chemtrove.chem.limits.time_limit`)."""


class TagSmilesInProse(BaseFilter):
    """Wrap every SMILES found in prose as ``[START_SMILES]…[END_SMILES]`` and count the chemistry.

    Spans that are already tagged are left alone, so running the step twice changes nothing. Writes
    ``metadata["n_smiles"]`` (tagged SMILES spans, old and new), ``metadata["n_cif"]``,
    ``metadata["chem_chars"]`` and ``metadata["chem_share"]`` (characters inside tags over all
    characters), and sets ``metadata["domain"]`` to ``chem_prose`` when the text holds any chemistry.
    Stats: ``tagged_docs``, ``untagged_docs``, ``smiles_spans``.

    The work is bounded before it starts: a text longer than ``max_chars`` is dropped as ``too_long``
    (and one that is not a string as ``not_a_string``); a text still being tagged after ``max_seconds``
    is dropped as ``timeout``.

    Args:
        canonical: Write the canonical SMILES inside the tags (the span as written is replaced).
        find_kwargs: Options for :func:`chemtrove.chem.detect.find_smiles`.
        max_chars: Longest text tagged (``too_long`` beyond).
        max_seconds: Wall-clock limit per text (``None``: no limit).
        exclusion_writer: Where dropped records go.
    """

    name = "🏷️ tag SMILES in prose"
    type = "🔖 - TAGGER"

    def __init__(
        self,
        canonical: bool = True,
        find_kwargs: dict[str, Any] | None = None,
        *,
        max_chars: int = DEFAULT_MAX_CHARS,
        max_seconds: float | None = DEFAULT_MAX_SECONDS,
        exclusion_writer: DiskWriter | None = None,
    ):
        if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars < 1:
            raise ValueError(f"max_chars must be a positive int, got {max_chars!r}")
        if max_seconds is not None and (isinstance(max_seconds, bool) or not isinstance(max_seconds, (int, float))):
            raise ValueError(f"max_seconds must be a number of seconds or None, got {max_seconds!r}")
        super().__init__(exclusion_writer)
        self.canonical = canonical
        self.find_kwargs = dict(find_kwargs or {})
        self.max_chars = max_chars
        self.max_seconds = max_seconds

    def output_fields(self) -> frozenset[str]:
        """Metadata fields this step writes."""
        return frozenset({"n_smiles", "n_cif", "chem_chars", "chem_share", "domain"})

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Tag ``doc`` in place, or return ``(False, reason)`` when a bound is hit."""
        from chemtrove.chem import tags
        from chemtrove.chem.limits import TIMEOUT_REASON, RecordTimeout, time_limit

        if not isinstance(doc.text, str):
            return False, "not_a_string"
        if len(doc.text) > self.max_chars:
            return False, "too_long"
        try:
            with time_limit(self.max_seconds):
                result = tags.tag_smiles_detailed(doc.text, canonical=self.canonical, **self.find_kwargs)
        except RecordTimeout:
            return False, TIMEOUT_REASON
        doc.text = result.text
        spans = tags.tagged_spans(result.text)
        n_smiles = sum(1 for kind, *_ in spans if kind == "smiles")
        meta = doc.metadata
        meta["n_smiles"] = n_smiles
        meta["n_cif"] = len(spans) - n_smiles
        meta["chem_chars"] = result.chem_chars
        meta["chem_share"] = round(result.chem_chars / len(result.text), 6) if result.text else 0.0
        if spans:
            meta["domain"] = "chem_prose"
            self.stat_update("tagged_docs")
        else:
            self.stat_update("untagged_docs")
        self.stat_update("smiles_spans", value=result.n_tagged)
        return True
