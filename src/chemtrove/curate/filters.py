"""Filters on curated records and tagged prose. Each returns ``(False, reason_code)`` when it drops."""

from __future__ import annotations

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter


def _check_range(low: float | None, high: float | None, what: str) -> None:
    if low is None and high is None:
        raise ValueError(f"{what}: give a minimum, a maximum or both")
    if low is not None and high is not None and low > high:
        raise ValueError(f"{what}: minimum {low} is above maximum {high}")


class HeavyAtomFilter(BaseFilter):
    """Keep molecules whose heavy-atom count is in ``[min_atoms, max_atoms]``.

    Reads ``metadata["heavy_atoms"]`` (written by :class:`~chemtrove.curate.molecules.CanonicalizeSmiles`;
    put this filter after it).

    Args:
        min_atoms: Smallest count kept (``heavy_atoms_below_min``), or ``None``.
        max_atoms: Largest count kept (``heavy_atoms_above_max``), or ``None``.
        exclusion_writer: Where dropped records go.
    """

    name = "⚖️ heavy atoms"

    def __init__(
        self,
        min_atoms: int | None = 2,
        max_atoms: int | None = 150,
        exclusion_writer: DiskWriter | None = None,
    ):
        _check_range(min_atoms, max_atoms, "HeavyAtomFilter")
        super().__init__(exclusion_writer)
        self.min_atoms = min_atoms
        self.max_atoms = max_atoms

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep or drop by heavy-atom count."""
        n = doc.metadata.get("heavy_atoms")
        if n is None:
            return False, "missing_field"
        if self.min_atoms is not None and n < self.min_atoms:
            return False, "heavy_atoms_below_min"
        if self.max_atoms is not None and n > self.max_atoms:
            return False, "heavy_atoms_above_max"
        return True


class ChemistryShareFilter(BaseFilter):
    """Keep prose whose share of tagged chemistry characters is in ``[min_share, max_share]``.

    Reads ``metadata["chem_share"]`` from :class:`~chemtrove.curate.prose.TagSmilesInProse`, or computes
    it from the tags in the text when absent. Useful to build a chemistry-prose domain
    (``min_share=0.01``) or to drop SMILES dumps masquerading as prose (``max_share=0.8``).

    Args:
        min_share: Smallest share kept (``chem_share_below_min``), or ``None``.
        max_share: Largest share kept (``chem_share_above_max``), or ``None``.
        exclusion_writer: Where dropped records go.
    """

    name = "🧪 chemistry share"

    def __init__(
        self,
        min_share: float | None = None,
        max_share: float | None = None,
        exclusion_writer: DiskWriter | None = None,
    ):
        _check_range(min_share, max_share, "ChemistryShareFilter")
        for v in (min_share, max_share):
            if v is not None and not 0.0 <= v <= 1.0:
                raise ValueError(f"ChemistryShareFilter: shares are fractions in [0, 1], got {v}")
        super().__init__(exclusion_writer)
        self.min_share = min_share
        self.max_share = max_share

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep or drop by chemistry share."""
        share = doc.metadata.get("chem_share")
        if share is None:
            from chemtrove.chem import tags

            chem = sum(len(c) for *_, c in tags.tagged_spans(doc.text))
            share = chem / len(doc.text) if doc.text else 0.0
        if self.min_share is not None and share < self.min_share:
            return False, "chem_share_below_min"
        if self.max_share is not None and share > self.max_share:
            return False, "chem_share_above_max"
        return True


class LengthFilter(BaseFilter):
    """Keep documents whose text length in characters is in ``[min_chars, max_chars]``.

    Args:
        min_chars: Shortest text kept (``text_too_short``), or ``None``.
        max_chars: Longest text kept (``text_too_long``), or ``None``.
        exclusion_writer: Where dropped records go.
    """

    name = "📏 length"

    def __init__(
        self,
        min_chars: int | None = None,
        max_chars: int | None = None,
        exclusion_writer: DiskWriter | None = None,
    ):
        _check_range(min_chars, max_chars, "LengthFilter")
        super().__init__(exclusion_writer)
        self.min_chars = min_chars
        self.max_chars = max_chars

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep or drop by length."""
        n = len(doc.text)
        if self.min_chars is not None and n < self.min_chars:
            return False, "text_too_short"
        if self.max_chars is not None and n > self.max_chars:
            return False, "text_too_long"
        return True


class ValidTaggedSmilesFilter(BaseFilter):
    """Drop documents with a ``[START_SMILES]`` span whose content RDKit rejects.

    For text tagged elsewhere (an instruction set, a scraped corpus that already uses the tags): a
    broken SMILES inside tags teaches the model wrong chemistry. Reaction SMILES inside tags are
    checked as reactions.

    Args:
        exclusion_writer: Where dropped records go (reason ``invalid_tagged_smiles``).
    """

    name = "✅ valid tagged SMILES"

    def __init__(self, exclusion_writer: DiskWriter | None = None):
        super().__init__(exclusion_writer)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep when every tagged SMILES parses."""
        from chemtrove.chem import reactions, smiles, tags

        for kind, _, _, content in tags.tagged_spans(doc.text):
            if kind != "smiles":
                continue
            if reactions.split_roles(content) is not None:
                ok = reactions.canonicalize(content).ok
            else:
                ok = smiles.parse(content)[0] is not None
            if not ok:
                return False, "invalid_tagged_smiles"
        return True
