"""How records become task examples: :class:`TaskConfig` (every task name it accepts, chemtrove's and MiST's)."""

from __future__ import annotations

from dataclasses import dataclass, field

from chemtrove.hints import suggest
from chemtrove.tasks.common import FORMATS, MIST_TASKS, TASKS


@dataclass
class TaskConfig:
    """How records become task examples.

    Attributes:
        tasks: Tasks to build (default: all of :data:`TASKS`).
        format: Completion format, one of :data:`FORMATS`.
        splits: Split names and their shares of the groups (normalized to sum to 1).
        seed: Seed of the split hash and of randomized SMILES.
        max_per_task: Keep at most this many examples per task (chosen by hash, so a stable subset).
        max_heavy_atoms: Skip molecules (and reaction products) larger than this.
        max_reaction_chars: Skip reactions whose SMILES is longer than this.
        max_cif_sites: Skip crystals with more sites than this in the canonical cell.
        list_classes: Reaction classes: list the 10 class names in the prompt (multiple choice) instead
            of asking for the name alone (the MiST naming task).
        chat: Write ``prompt``/``completion`` as chat messages (``[{"role": "user", ...}]``) for a model
            with a chat template, instead of plain text.
        reuse_curated_cif: Take a CIF that ``chemtrove curate`` wrote in the tasks' canonical form as it is
            (:func:`chemtrove.tasks.examples.curated_cif_sites`) instead of canonicalizing it again: the same
            examples, without a second pymatgen and spglib pass per crystal. ``False`` canonicalizes every CIF.
    """

    tasks: list[str] = field(default_factory=lambda: list(TASKS))
    format: str = "think"
    splits: dict[str, float] = field(default_factory=lambda: {"train": 0.8, "valid": 0.1, "test": 0.1})
    seed: int = 0
    max_per_task: int | None = None
    max_heavy_atoms: int = 40
    max_reaction_chars: int = 400
    max_cif_sites: int = 40
    list_classes: bool = False
    chat: bool = False
    reuse_curated_cif: bool = True

    def __post_init__(self) -> None:
        unknown = [t for t in self.tasks if t not in TASKS + MIST_TASKS]
        if unknown:
            raise ValueError(f"unknown tasks {unknown}; {suggest(unknown[0], TASKS + MIST_TASKS)}")
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {self.format!r}")
        if not self.splits or any(v < 0 for v in self.splits.values()) or sum(self.splits.values()) <= 0:
            raise ValueError(f"splits need non-negative shares with a positive sum, got {self.splits}")
        for key in ("list_classes", "chat", "reuse_curated_cif"):
            if not isinstance(getattr(self, key), bool):  # "no" or 0 from a hand-written config
                raise ValueError(f"{key} must be true or false, got {getattr(self, key)!r}")


__all__ = ["TaskConfig"]
