"""Training: CPT, SFT and GRPO recipes on transformers + trl, siblings over one shared runner.

* :mod:`chemtrove.train.cpt`, :mod:`chemtrove.train.sft`, :mod:`chemtrove.train.grpo`: one recipe per stage,
  each runnable as ``python -m chemtrove.train.<stage> --config recipe.yaml`` (and under ``torchrun`` /
  ``accelerate launch``); ``chemtrove train <stage>`` is the same from the main command line. They never
  import each other.
* :mod:`chemtrove.train.runner`: what the stages share (task rows, model and LoRA set-up, train + resume +
  save, scoring after training, summaries).
* :mod:`chemtrove.train.config`: the recipe dataclasses and YAML parsing (trl's ``TrlParser``).
* :mod:`chemtrove.train.models`: local-only loading, tiny models, embedding resize for the chemistry tokenizer.
* :mod:`chemtrove.train.lora`: LoRA adapters (peft) in every stage, merge-and-save, adapter folders.
* :mod:`chemtrove.train.experts`: per-task experts, one named adapter per task family, routed by task tag.
* :mod:`chemtrove.train.multitask`: multi-task GRPO, one reward, weight, normalization and curve per task.
* :mod:`chemtrove.train.report`: loss/reward curves, reports, and :func:`~chemtrove.train.report.quickstart_train`.

The tasks, traces and rewards the recipes train on are their own torch-free part, :mod:`chemtrove.tasks`
(``chemtrove.train.tasks``, ``chemtrove.train.traces`` and ``chemtrove.train.rewards`` still import, forwarding
there). Importing this package needs neither torch nor transformers; the recipes, models and report import
them when they run.
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
    "runner",
    "sft",
    "tasks",
    "traces",
]
