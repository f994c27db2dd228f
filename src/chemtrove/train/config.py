"""Recipe arguments: chemtrove's own dataclasses next to trl's configs, parsed from YAML and the command line.

A recipe YAML is flat: every key is a field of one of the dataclasses a stage parses, and a key no
dataclass knows is an error (so a typo does not silently fall back to a default):

============  ============================================================================================
stage         dataclasses
============  ============================================================================================
``cpt``       :class:`ModelArguments`, :class:`DataArguments`, ``trl.SFTConfig`` (packing on by default)
``sft``       :class:`ModelArguments`, :class:`DataArguments`, :class:`ScoreArguments`, ``trl.SFTConfig``
``grpo``      :class:`ModelArguments`, :class:`DataArguments`, :class:`ScoreArguments`,
              :class:`RewardArguments`, ``trl.GRPOConfig``
============  ============================================================================================

Precedence: chemtrove's stage defaults < the YAML file < command-line flags (``--max_steps 5``). One YAML
may hold every stage of a run: shared keys at the top, ``cpt:``, ``sft:``, ``grpo:`` sections for the rest
(see :func:`load_recipe_yaml`). Parsing is trl's :class:`trl.TrlParser` (transformers' ``HfArgumentParser``).

Some defaults differ from trl's, because trl's break a CPU run or slow a small one: ``bf16`` is off when no
GPU is visible (trl turns it on, and transformers refuses bf16 without a GPU); ``use_cpu`` is on when several
processes are launched without a GPU (``torchrun`` on CPU: without it accelerate leaves every process to train
alone); activation checkpointing is off unless the YAML sets ``activation_checkpointing: true`` (trl turns it
on through the deprecated ``gradient_checkpointing`` alias).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

STAGES = ("cpt", "sft", "grpo")


@dataclass
class ModelArguments:
    """The model and the tokenizer.

    Attributes:
        model_name_or_path: A local model folder (an earlier stage's output included), or ``tiny-qwen2`` /
            ``tiny-llama`` to build a random tiny model (CI, quickstart, benchmarks).
        tokenizer_name_or_path: Local tokenizer folder (default: the model's folder). A chemtrove-extended
            tokenizer makes the embeddings grow once (see :func:`chemtrove.train.models.fit_to_tokenizer`).
        resize_embeddings: ``auto`` (once per tokenizer), ``always`` or ``never``.
        dtype: ``auto``, ``float32``, ``bfloat16`` or ``float16`` for the loaded weights.
        attn_implementation: ``sdpa``, ``flash_attention_2``, ``eager``; default: transformers' choice.
        tiny_hidden_size: Width of a tiny model.
        tiny_num_layers: Layers of a tiny model.
        tiny_num_heads: Attention heads of a tiny model.
        tiny_num_kv_heads: Key/value heads of a tiny model.
        tiny_vocab_size: Embedding rows of a tiny model (default: the tokenizer's length). Set it to the base
            tokenizer's size to exercise the chemistry resize.
        lm_head: How CPT and SFT compute the loss. ``fused``: trl's chunked LM head (never builds the full
            ``batch x length x vocab`` logits, logs entropy and token accuracy; Triton kernels on GPU). ``plain``:
            the model's own loss on full logits, as ``transformers.Trainer`` does (measured 1.6-2.5x faster on
            CPU, where the fused head runs as chunked PyTorch and recomputes the logits in backward). ``auto``:
            fused with CUDA, plain otherwise.
    """

    model_name_or_path: str = field(
        default="tiny-qwen2", metadata={"help": "local model folder, or tiny-qwen2 / tiny-llama to build one"}
    )
    tokenizer_name_or_path: str | None = field(default=None, metadata={"help": "local tokenizer folder"})
    resize_embeddings: str = field(default="auto", metadata={"help": "auto | always | never"})
    dtype: str = field(default="auto", metadata={"help": "auto | float32 | bfloat16 | float16"})
    attn_implementation: str | None = field(default=None, metadata={"help": "sdpa | flash_attention_2 | eager"})
    tiny_hidden_size: int = field(default=64, metadata={"help": "tiny model width"})
    tiny_num_layers: int = field(default=2, metadata={"help": "tiny model layers"})
    tiny_num_heads: int = field(default=4, metadata={"help": "tiny model attention heads"})
    tiny_num_kv_heads: int = field(default=2, metadata={"help": "tiny model key/value heads"})
    tiny_vocab_size: int | None = field(default=None, metadata={"help": "tiny model embedding rows"})
    lm_head: str = field(
        default="auto",
        metadata={"help": "CPT/SFT loss: fused (trl's chunked LM head) | plain (model's own) | auto (fused on CUDA)"},
    )

    def tiny(self) -> dict[str, Any]:
        """Keyword arguments of :func:`chemtrove.train.models.build_tiny_model`."""
        return {
            "hidden_size": self.tiny_hidden_size,
            "num_layers": self.tiny_num_layers,
            "num_heads": self.tiny_num_heads,
            "num_kv_heads": self.tiny_num_kv_heads,
            "vocab_size": self.tiny_vocab_size,
        }


@dataclass
class DataArguments:
    """Where the training data comes from.

    Attributes:
        data: CPT: shard folders or parquet/jsonl files with a ``text`` column, or tokenized shards with
            ``input_ids`` (``chemtrove tokenizer encode``), or a mixture folder. SFT/GRPO: task folders from
            ``chemtrove tasks build`` (or parquet/jsonl files with the task columns).
        domains: CPT: keep only records of these domains (shards' ``domain`` column).
        tasks: SFT/GRPO: keep only these tasks.
        train_split: SFT/GRPO: split of a task folder to train on.
        eval_split: SFT/GRPO: split to compute the eval loss on (with ``eval_strategy``).
        max_train_samples: Keep at most this many training rows (tasks interleaved).
        max_eval_samples: Keep at most this many eval rows.
    """

    data: list[str] = field(default_factory=list, metadata={"help": "folders or files to train on"})
    domains: list[str] | None = field(default=None, metadata={"help": "CPT: only these shard domains"})
    tasks: list[str] | None = field(default=None, metadata={"help": "SFT/GRPO: only these tasks"})
    train_split: str = field(default="train", metadata={"help": "SFT/GRPO: training split of a task folder"})
    eval_split: str | None = field(default=None, metadata={"help": "SFT/GRPO: split for the eval loss"})
    max_train_samples: int | None = field(default=None, metadata={"help": "at most this many training rows"})
    max_eval_samples: int | None = field(default=None, metadata={"help": "at most this many eval rows"})


@dataclass
class ScoreArguments:
    """Task scores after training: greedy answers on a held-out split, scored by the task rewards.

    Attributes:
        score_split: Split to score (``None``: no scoring).
        score_samples: Rows to score (tasks interleaved).
        score_max_new_tokens: Longest generated answer.
        score_batch_size: Prompts per generation batch.
    """

    score_split: str | None = field(default=None, metadata={"help": "split to score after training"})
    score_samples: int = field(default=64, metadata={"help": "rows to score"})
    score_max_new_tokens: int = field(default=96, metadata={"help": "longest generated answer"})
    score_batch_size: int = field(default=16, metadata={"help": "prompts per generation batch"})


@dataclass
class RewardArguments:
    """GRPO rewards.

    Attributes:
        reward_funcs: Names in :data:`chemtrove.train.rewards.REWARDS` or ``module:function``; weights go in
            trl's ``reward_weights``.
    """

    reward_funcs: list[str] = field(
        default_factory=lambda: ["format", "task"],
        metadata={"help": "reward names (chemtrove.train.rewards.REWARDS) or module:function"},
    )


def _stage_types(stage: str) -> list[type]:
    from trl import GRPOConfig, SFTConfig

    if stage == "cpt":
        return [ModelArguments, DataArguments, SFTConfig]
    if stage == "sft":
        return [ModelArguments, DataArguments, ScoreArguments, SFTConfig]
    if stage == "grpo":
        return [ModelArguments, DataArguments, ScoreArguments, RewardArguments, GRPOConfig]
    raise ValueError(f"stage must be one of {STAGES}, got {stage!r}")


def stage_defaults(stage: str) -> dict[str, Any]:
    """chemtrove's defaults for a stage, applied before the YAML (see the module docstring)."""
    import torch

    defaults: dict[str, Any] = {"gradient_checkpointing": None, "report_to": "none"}
    if not torch.cuda.is_available():
        defaults["bf16"] = False
        if int(os.environ.get("WORLD_SIZE", "1")) > 1:
            # Several processes without a GPU (torchrun on CPU): accelerate sets up gloo DDP only when told the
            # run is on CPU; otherwise every process trains alone on the whole data, silently.
            defaults["use_cpu"] = True
    if stage == "cpt":
        # Continued pre-training is language modeling on whole documents cut into full windows ("wrapped"),
        # the classic recipe; trl's default "bfd" keeps each window inside one document instead.
        defaults.update(packing=True, packing_strategy="wrapped", dataset_text_field="text")
    return defaults


def load_recipe_yaml(path: str | Path, stage: str) -> dict[str, Any]:
    """The values a YAML recipe gives one stage.

    A recipe is either flat (every key for this stage) or staged: top-level keys shared by every stage,
    plus a ``cpt:``, ``sft:`` and/or ``grpo:`` mapping of keys for that stage alone (they win over shared
    ones). An ``env:`` mapping (shared or per stage) is exported as environment variables, as trl does.

    Example:
        >>> import tempfile, os
        >>> f = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
        >>> _ = f.write("seed: 1\\ncpt: {max_steps: 10}\\nsft: {max_steps: 5, seed: 2}\\n"); f.close()
        >>> load_recipe_yaml(f.name, "cpt"), load_recipe_yaml(f.name, "sft"), load_recipe_yaml(f.name, "grpo")
        ({'seed': 1, 'max_steps': 10}, {'seed': 2, 'max_steps': 5}, {'seed': 1})
        >>> os.unlink(f.name)
    """
    import yaml

    with open(path, encoding="utf-8") as f:
        raw = yaml.safe_load(f) or {}
    if not isinstance(raw, dict):
        raise ValueError(f"{path}: a recipe must be a YAML mapping")
    values = {k: v for k, v in raw.items() if k not in STAGES}
    section = raw.get(stage) or {}
    if not isinstance(section, dict):
        raise ValueError(f"{path}: '{stage}:' must be a mapping of that stage's keys")
    values.update(section)
    env = {**(raw.get("env") or {}), **(section.get("env") or {})}
    values.pop("env", None)
    for key, value in env.items():
        os.environ[str(key)] = str(value)
    return values


def parse_recipe(stage: str, argv: list[str] | None = None, config: dict[str, Any] | None = None) -> tuple:
    """Parse a stage's arguments from ``--config FILE.yaml``, a dict and command-line flags.

    Args:
        stage: ``cpt``, ``sft`` or ``grpo``.
        argv: Command-line arguments (``["--config", "recipe.yaml", "--max_steps", "5"]``); ``None`` reads
            ``sys.argv[1:]``. The file may be flat or staged (see :func:`load_recipe_yaml`).
        config: Values to apply like a YAML file (before ``argv``'s file and flags).

    Returns:
        One instance per dataclass of the stage, in the order of the table in the module docstring.

    Raises:
        ValueError: On a key no dataclass of the stage knows.
    """
    import sys

    from trl import TrlParser

    parser = TrlParser(_stage_types(stage))
    parser.set_defaults(**stage_defaults(stage))
    argv = list(sys.argv[1:] if argv is None else argv)
    values = dict(config or {})
    if "--config" in argv:
        i = argv.index("--config")
        if i + 1 >= len(argv):
            raise ValueError("--config needs a YAML file")
        values.update(load_recipe_yaml(argv[i + 1], stage))
        del argv[i : i + 2]
    if values:
        unknown = parser.set_defaults_with_config(**values)
        if unknown:
            raise ValueError(f"unknown {stage} arguments: {', '.join(k.lstrip('-') for k in unknown[::2])}")
    return tuple(parser.parse_args_into_dataclasses(args=argv))


def resolve_resume(training_args: Any) -> str | None:
    """The checkpoint to resume from: ``resume_from_checkpoint`` as given, or the output folder's last one.

    ``resume_from_checkpoint: auto`` (or ``true`` / ``last``) resumes from the newest ``checkpoint-*`` in
    ``output_dir`` when there is one and starts fresh otherwise, so a preempted Slurm job can simply be
    resubmitted with the same command.
    """
    value = training_args.resume_from_checkpoint
    if value is None or str(value).lower() in ("", "false", "no", "none"):
        return None
    if str(value).lower() in ("auto", "true", "last", "yes"):
        from transformers.trainer_utils import get_last_checkpoint

        out = Path(training_args.output_dir)
        return get_last_checkpoint(str(out)) if out.is_dir() else None
    return str(value)


def check_world(trainer: Any) -> None:
    """Fail when a launcher started several processes but the trainer did not join them (each would train alone).

    Raises:
        RuntimeError: If ``WORLD_SIZE`` > 1 and the trainer's accelerator sees one process.
    """
    launched = int(os.environ.get("WORLD_SIZE", "1"))
    if launched > 1 and trainer.accelerator.num_processes != launched:
        raise RuntimeError(
            f"{launched} processes were launched but training runs in {trainer.accelerator.num_processes}: on CPU "
            "set use_cpu: true (chemtrove does when no GPU is visible), on GPU check the accelerate config"
        )


def tokenizer_dir(model_args: ModelArguments) -> str:
    """The tokenizer folder of a run: ``tokenizer_name_or_path``, else the model folder."""
    if model_args.tokenizer_name_or_path:
        return model_args.tokenizer_name_or_path
    if not Path(model_args.model_name_or_path).exists():
        raise ValueError("a tiny model needs tokenizer_name_or_path (a local tokenizer folder)")
    return model_args.model_name_or_path


def write_run_info(output_dir: str | Path, stage: str, info: dict[str, Any]) -> Path:
    """Write ``run_info.json`` (stage, processes, timings, what the recipe did) into the output folder."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "stage": stage,
        "world_size": int(os.environ.get("WORLD_SIZE", "1")),
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
        **info,
    }
    path = out / "run_info.json"
    path.write_text(json.dumps(payload, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return path


__all__ = [
    "STAGES",
    "DataArguments",
    "load_recipe_yaml",
    "ModelArguments",
    "RewardArguments",
    "ScoreArguments",
    "check_world",
    "parse_recipe",
    "resolve_resume",
    "stage_defaults",
    "tokenizer_dir",
    "write_run_info",
]
