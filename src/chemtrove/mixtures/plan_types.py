"""What a mixture plan is made of: the counts it reads (:class:`SourceCounts`), its records per source and
holdout (:class:`SourcePlan`, :class:`Holdout`, :class:`Plan`), its error and its seeded generators; the
planning itself is in :mod:`chemtrove.mixtures.plan`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

BLOCK_DOCS = 1000


class PlanError(ValueError):
    """The spec cannot be met by the sources; the message gives the numbers and the fixes.

    Attributes:
        problems: One dict per source that cannot meet its share.
    """

    def __init__(self, message: str, problems: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class HasCounts(Protocol):
    """What the planner reads of a source: name, domain, tokens per document, row group per document."""

    name: str
    domain: str
    tokens: np.ndarray
    doc_block: np.ndarray


@dataclass
class SourceCounts:
    """A source known only by its per-document token counts (for planning without files).

    Attributes:
        name: Source name.
        domain: Domain label.
        tokens: Tokens per document.
        doc_block: Block (row group) of each document; default: consecutive blocks of 1,000 documents.
    """

    name: str
    domain: str
    tokens: np.ndarray
    doc_block: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.tokens = np.asarray(self.tokens, dtype=np.int64)
        if self.doc_block is None:
            self.doc_block = (np.arange(self.tokens.shape[0]) // BLOCK_DOCS).astype(np.int32)


def _key(value: Any) -> int:
    if isinstance(value, int):
        return value
    return int.from_bytes(hashlib.sha256(str(value).encode("utf-8")).digest()[:8], "little")


def rng_for(seed: int, *keys: Any) -> np.random.Generator:
    """A numpy Generator for one purpose: seeded by the spec seed and names, never by position.

    Args:
        seed: The spec's seed.
        *keys: Names and numbers that tell the purposes apart (e.g. ``"select", "pubchem"``).

    Returns:
        A PCG64 generator.
    """
    return np.random.default_rng(np.random.SeedSequence([seed, *(_key(k) for k in keys)]))


@dataclass
class SourcePlan:
    """What one source gives the mixture.

    Attributes:
        name: Source name.
        domain: Domain label.
        documents: Documents available for training (after the holdout).
        tokens: Their tokens (the population).
        holdout_documents: Documents held out for validation.
        holdout_tokens: Their tokens.
        max_epochs: Repetition cap (``None``: none).
        weight: Token fraction chosen by the rule.
        target_tokens: Integer quota (largest-remainder share of the budget).
        selected_tokens: Tokens selected (whole documents).
        selected_documents: Documents selected, repeats counted.
        unique_documents: Distinct documents selected.
        full_passes: Complete passes over the population.
        partial_documents: Documents of the last, partial pass.
        epochs: ``selected_tokens / tokens``.
        population: Indices of the training documents (not serialized).
        partial: Indices of the partial pass's documents, sorted (not serialized).
    """

    name: str
    domain: str
    documents: int
    tokens: int
    holdout_documents: int
    holdout_tokens: int
    max_epochs: float | None
    weight: float
    target_tokens: int
    selected_tokens: int = 0
    selected_documents: int = 0
    unique_documents: int = 0
    full_passes: int = 0
    partial_documents: int = 0
    epochs: float = 0.0
    population: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64), repr=False)
    partial: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return {
            "name": self.name,
            "domain": self.domain,
            "documents": self.documents,
            "tokens": self.tokens,
            "holdout_documents": self.holdout_documents,
            "holdout_tokens": self.holdout_tokens,
            "max_epochs": self.max_epochs,
            "weight": round(self.weight, 12),
            "target_tokens": self.target_tokens,
            "selected_tokens": self.selected_tokens,
            "selected_documents": self.selected_documents,
            "unique_documents": self.unique_documents,
            "full_passes": self.full_passes,
            "partial_documents": self.partial_documents,
            "epochs": round(self.epochs, 9),
            "deviation_tokens": self.selected_tokens - self.target_tokens,
        }


@dataclass
class Holdout:
    """The validation documents of one domain, in their (seeded) order.

    Attributes:
        domain: Domain label.
        source_index: Index (into the plan's sources) of each document's source.
        doc_index: Each document's index in its source.
        tokens: Tokens held out.
    """

    domain: str
    source_index: np.ndarray
    doc_index: np.ndarray
    tokens: int

    def to_dict(self, names: list[str]) -> dict[str, Any]:
        """The JSON form: documents, tokens and documents per source."""
        per = np.bincount(self.source_index, minlength=len(names))
        return {
            "documents": int(self.doc_index.shape[0]),
            "tokens": self.tokens,
            "sources": {names[i]: int(per[i]) for i in range(len(names)) if per[i]},
        }


@dataclass
class Plan:
    """Tokens, documents and epochs per source, and the validation holdout.

    Attributes:
        name: Mixture name.
        seed: Seed.
        rule: Sampling rule.
        temperature: Temperature (rule ``temperature``).
        total_tokens: Budget.
        seq_len: Sequence length.
        sources: Per-source plans, in spec order.
        validation: Holdout per domain (sorted by domain).
    """

    name: str
    seed: int
    rule: str
    temperature: float | None
    total_tokens: int
    seq_len: int
    sources: list[SourcePlan]
    validation: dict[str, Holdout]

    @property
    def selected_tokens(self) -> int:
        """Tokens in the training mixture."""
        return sum(s.selected_tokens for s in self.sources)

    @property
    def selected_documents(self) -> int:
        """Documents in the training mixture (repeats counted)."""
        return sum(s.selected_documents for s in self.sources)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``plan.json``)."""
        names = [s.name for s in self.sources]
        return {
            "name": self.name,
            "seed": self.seed,
            "rule": self.rule,
            "temperature": self.temperature,
            "total_tokens": self.total_tokens,
            "seq_len": self.seq_len,
            "selected_tokens": self.selected_tokens,
            "selected_documents": self.selected_documents,
            "deviation_tokens": self.selected_tokens - self.total_tokens,
            "sources": [s.to_dict() for s in self.sources],
            "validation": {d: h.to_dict(names) for d, h in sorted(self.validation.items())},
        }

    def to_json(self) -> str:
        """``plan.json`` text (sorted keys, no time stamps)."""
        return json.dumps(self.to_dict(), indent=2, sort_keys=True) + "\n"

    def sha256(self) -> str:
        """Hash of :meth:`to_json`."""
        return hashlib.sha256(self.to_json().encode()).hexdigest()

    def format_table(self) -> str:
        """The plan as a text table: population, target, selected and epochs per source.

        Returns:
            The table, with totals and the validation holdout.
        """
        head = ("source", "domain", "docs", "tokens", "weight", "target", "selected", "sel.docs", "epochs", "cap")
        rows = [head]
        for s in self.sources:
            rows.append(
                (
                    s.name,
                    s.domain,
                    f"{s.documents:,}",
                    f"{s.tokens:,}",
                    f"{s.weight:.4f}",
                    f"{s.target_tokens:,}",
                    f"{s.selected_tokens:,}",
                    f"{s.selected_documents:,}",
                    f"{s.epochs:.3f}",
                    "-" if s.max_epochs is None else f"{s.max_epochs:g}",
                )
            )
        rows.append(
            (
                "total",
                "",
                f"{sum(s.documents for s in self.sources):,}",
                f"{sum(s.tokens for s in self.sources):,}",
                f"{sum(s.weight for s in self.sources):.4f}",
                f"{self.total_tokens:,}",
                f"{self.selected_tokens:,}",
                f"{self.selected_documents:,}",
                "",
                "",
            )
        )
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        lines = []
        for n, r in enumerate(rows):
            cells = [c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True))]
            lines.append("  ".join(cells).rstrip())
            if n == 0 or n == len(rows) - 2:
                lines.append("  ".join("-" * w for w in widths))
        rule = self.rule + (f" (temperature {self.temperature:g})" if self.temperature is not None else "")
        dev = self.selected_tokens - self.total_tokens
        lines.insert(0, f"mixture {self.name}: rule {rule}, budget {self.total_tokens:,} tokens, seed {self.seed}")
        lines.append(f"deviation from the budget: {dev:+,} tokens")
        if self.validation:
            held = ", ".join(
                f"{d} {h.doc_index.shape[0]:,} docs / {h.tokens:,} tokens" for d, h in sorted(self.validation.items())
            )
            lines.append(f"validation holdout: {held}")
        return "\n".join(lines)
