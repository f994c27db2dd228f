"""Training: CPT, SFT and GRPO recipes on transformers + trl, chemistry task builders and rewards.

* :mod:`chemtrove.train.cpt`, :mod:`chemtrove.train.sft`, :mod:`chemtrove.train.grpo`: one recipe per stage,
  each runnable as ``python -m chemtrove.train.<stage> --config recipe.yaml`` (and under ``torchrun`` /
  ``accelerate launch``); ``chemtrove train <stage>`` is the same from the main command line.
* :mod:`chemtrove.train.config`: the recipe dataclasses and YAML parsing (trl's ``TrlParser``).
* :mod:`chemtrove.train.tasks`: curated records -> SFT/RL task datasets, split by chemical key.
* :mod:`chemtrove.train.rewards`: rule-based rewards with trl's signature.
* :mod:`chemtrove.train.models`: local-only loading, tiny models, embedding resize for the chemistry tokenizer.
* :mod:`chemtrove.train.lora`: LoRA adapters (peft) in every stage, merge-and-save, adapter folders.
* :mod:`chemtrove.train.experts`: per-task experts, one named adapter per task family, routed by task tag.
* :mod:`chemtrove.train.multitask`: multi-task GRPO, one reward, weight, normalization and curve per task.
* :mod:`chemtrove.train.traces`: reasoning traces from a teacher model, checked against the reference, as SFT data.
* :mod:`chemtrove.train.report`: task scores, loss/reward curves, and :func:`~chemtrove.train.report.quickstart_train`.

Importing this package, :mod:`~chemtrove.train.tasks` or :mod:`~chemtrove.train.rewards` needs neither torch nor
transformers; the recipes, models and report import them when they run.
"""

from __future__ import annotations

__all__ = [
    "config",
    "cpt",
    "experts",
    "grpo",
    "lora",
    "models",
    "multitask",
    "report",
    "rewards",
    "sft",
    "tasks",
    "traces",
]
