"""Training: CPT, SFT and GRPO recipes on transformers + trl, chemistry task builders and rewards.

* :mod:`chemtrove.train.cpt`, :mod:`chemtrove.train.sft`, :mod:`chemtrove.train.grpo`: one recipe per stage,
  each runnable as ``python -m chemtrove.train.<stage> --config recipe.yaml`` (and under ``torchrun`` /
  ``accelerate launch``); ``chemtrove train <stage>`` is the same from the main command line.
* :mod:`chemtrove.train.config`: the recipe dataclasses and YAML parsing (trl's ``TrlParser``).
* :mod:`chemtrove.train.tasks`: curated records -> SFT/RL task datasets, split by chemical key.
* :mod:`chemtrove.train.rewards`: rule-based rewards with trl's signature.
* :mod:`chemtrove.train.models`: local-only loading, tiny models, embedding resize for the chemistry tokenizer.
* :mod:`chemtrove.train.report`: task scores, loss/reward curves, and :func:`~chemtrove.train.report.quickstart_train`.

Importing this package, :mod:`~chemtrove.train.tasks` or :mod:`~chemtrove.train.rewards` needs neither torch nor
transformers; the recipes, models and report import them when they run.
"""

from __future__ import annotations

__all__ = ["config", "cpt", "grpo", "models", "report", "rewards", "sft", "tasks"]
