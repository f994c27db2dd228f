"""Evaluation suites: how much of each measurement a run makes.

``quick`` takes a minute or two for a small model on a laptop CPU and is what the quickstart runs after each
stage; ``full`` is for real checkpoints on an accelerator. A :class:`Suite` can also be built directly (tests
use a tiny one).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["SUITES", "Suite", "get_suite"]


@dataclass(frozen=True)
class Suite:
    """What one evaluation run measures.

    Attributes:
        name: Suite name (recorded in the report).
        n_molecules: Molecules for the SMILES Competence Score (three texts each).
        max_smiles_chars: Longest molecule or reaction SMILES used.
        statements_per_kind: Statement pairs per CCS kind.
        max_cif_chars: Longest CIF used in CCS statements.
        task_items: Held-out items per task for latent solvability (``0``: skip tasks).
        n_samples: Samples per task item for pass@k (``0``: no sampling).
        ks: The k values of pass@k.
        max_new_tokens: Longest sampled answer (an item with a reference gets at most its length + 16).
        temperature: Sampling temperature.
        batch_size: Requests per forward pass.
        parts: Which measurements to run, among ``scs``, ``ccs``, ``tasks`` and ``generation`` (generation metrics,
            :mod:`chemtrove.eval.generation`; not in the default parts, ``chemtrove eval --generation`` adds it).
        generation_items: Held-out rows per task answered for the generation metrics.
        generation_samples: Completions per row for the generation metrics (1: greedy).
        generation_temperature: Sampling temperature of the generation metrics (0: greedy).
        ccs_extra_kinds: CCS kinds built beside the default ones (:data:`chemtrove.eval.ccs.EXTRA_KINDS`, e.g.
            ``crystal_description``).
    """

    name: str
    n_molecules: int = 64
    max_smiles_chars: int = 100
    statements_per_kind: int = 16
    max_cif_chars: int = 3000
    task_items: int = 16
    n_samples: int = 4
    ks: tuple[int, ...] = (1, 4)
    max_new_tokens: int = 96
    temperature: float = 1.0
    batch_size: int = 16
    parts: tuple[str, ...] = field(default=("scs", "ccs", "tasks"))
    generation_items: int = 16
    generation_samples: int = 1
    generation_temperature: float = 0.0
    ccs_extra_kinds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.parts) - {"scs", "ccs", "tasks", "generation"}
        if unknown:
            raise ValueError(f"unknown suite parts {sorted(unknown)}")
        if self.batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        if self.generation_samples < 1 or (self.generation_samples > 1 and self.generation_temperature <= 0):
            raise ValueError("generation_samples must be >= 1, and > 1 only with generation_temperature > 0")
        if self.n_samples and any(k > self.n_samples for k in self.ks):
            raise ValueError(f"every k must be <= n_samples ({self.n_samples}), got {self.ks}")

    def to_dict(self) -> dict[str, Any]:
        """The suite as a JSON-ready dict."""
        d = asdict(self)
        d["ks"] = list(self.ks)
        d["parts"] = list(self.parts)
        return d


SUITES: dict[str, Suite] = {
    "quick": Suite("quick"),
    "full": Suite(
        "full",
        n_molecules=512,
        max_smiles_chars=200,
        statements_per_kind=128,
        max_cif_chars=8000,
        task_items=200,
        n_samples=16,
        ks=(1, 4, 16),
        max_new_tokens=1024,
        batch_size=32,
        generation_items=100,
        ccs_extra_kinds=("crystal_description",),
    ),
}
"""The named suites of ``chemtrove eval --suite``."""


def get_suite(suite: str | Suite) -> Suite:
    """A :class:`Suite` from its name or as given.

    Args:
        suite: ``"quick"``, ``"full"`` or a :class:`Suite`.

    Returns:
        The suite.

    Raises:
        ValueError: If the name is unknown.
    """
    if isinstance(suite, Suite):
        return suite
    try:
        return SUITES[suite]
    except KeyError:
        raise ValueError(f"unknown suite {suite!r}; choose one of {sorted(SUITES)}") from None
