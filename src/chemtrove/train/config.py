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

import difflib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chemtrove.hints import check_choice
from chemtrove.tasks.rewards import check_reward_name
from chemtrove.train.expert_specs import parse_experts
from chemtrove.train.run_setup import check_world, resolve_resume, write_run_info  # re-exported: they lived here

STAGES = ("cpt", "sft", "grpo")

LORA_NEW_TOKENS = ("auto", "modules", "rows", "frozen")
"""How LoRA treats the embedding rows of a chemistry-extended tokenizer (see :class:`ModelArguments`)."""
EXPERT_ROUTERS = ("task", "learned")
"""How rows are routed to per-task experts (see :mod:`chemtrove.train.experts`)."""
TASK_SAMPLING = ("natural", "balanced")
"""How tasks are sampled into the training set (see :func:`chemtrove.tasks.balance_tasks`)."""
REWARD_MODES = ("sum", "per_task")
"""How GRPO combines rewards over tasks (see :mod:`chemtrove.train.multitask`)."""
TASK_NORMALIZATIONS = ("none", "std")
"""Per-task reward normalization of multi-task GRPO."""


def _mapping(what: str, value: Any) -> dict[str, Any] | None:
    """A mapping given in YAML (a dict) or on the command line (YAML/JSON text such as ``{a: 1}``)."""
    if value is None or isinstance(value, dict):
        return value
    if isinstance(value, str):
        import yaml

        parsed = yaml.safe_load(value)
        if parsed is None or isinstance(parsed, dict):
            return parsed
    raise ValueError(f"{what} must be a mapping, e.g. {what}: {{reaction_class: 2.0}} (got {value!r})")


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
        use_peft: Train LoRA adapters (peft, through trl's ``peft_config``) instead of every weight.
        lora_r: LoRA rank.
        lora_alpha: LoRA scaling numerator (the update is scaled by ``alpha / r``, or ``alpha / sqrt(r)`` with
            ``use_rslora``).
        lora_dropout: Dropout on the LoRA input.
        lora_target_modules: Module names that get adapters (default ``all-linear``: every linear layer but the
            output head).
        lora_modules_to_save: Modules trained in full and saved with the adapter (e.g. ``[lm_head]``).
        lora_new_tokens: What happens to the rows of a chemistry-extended tokenizer's new tokens. ``modules``:
            the input embedding and the output head are trained in full (peft ``modules_to_save``, kept tied
            when the model ties them); ``rows``: only the new tokens' rows are trained (peft
            ``trainable_token_indices``, far fewer parameters); ``frozen``: nothing of the embeddings is trained;
            ``auto``: ``modules`` when the tokenizer is chemtrove-extended, else ``frozen``.
        use_rslora: Rank-stabilized LoRA scaling.
        use_dora: Weight-decomposed LoRA (DoRA).
        merge_adapter: Save the merged plain model in ``output_dir`` (the adapter goes to
            ``output_dir/adapter``), so later stages and ``chemtrove eval`` load a plain folder. ``false`` keeps
            the adapter alone in ``output_dir`` (with ``adapters.json`` naming its base). Default: merge one
            adapter; never merge experts.
        experts: Per-task experts: one LoRA adapter per entry, each trained on its tasks' rows of the same data.
            An entry is a task family (``molecules``, ``reactions``, ``crystals``) or ``name=task1,task2``.
        expert_router: ``task`` (a row goes to the expert of its task tag) or ``learned`` (a nearest-centroid
            classifier over prompt character n-grams, fitted on the training prompts, for rows without a tag).
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
    use_peft: bool = field(default=False, metadata={"help": "train LoRA adapters (peft) instead of every weight"})
    lora_r: int = field(default=16, metadata={"help": "LoRA rank"})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha (update scaled by alpha / r)"})
    lora_dropout: float = field(default=0.05, metadata={"help": "LoRA dropout"})
    lora_target_modules: list[str] | None = field(
        default=None, metadata={"help": "modules with adapters (default: all-linear, the output head excepted)"}
    )
    lora_modules_to_save: list[str] | None = field(
        default=None, metadata={"help": "modules trained in full and saved with the adapter"}
    )
    lora_new_tokens: str = field(
        default="auto",
        metadata={"help": "new chemistry-token embeddings: auto | modules (embeddings + head) | rows | frozen"},
    )
    use_rslora: bool = field(default=False, metadata={"help": "rank-stabilized LoRA scaling (alpha / sqrt(r))"})
    use_dora: bool = field(default=False, metadata={"help": "weight-decomposed LoRA (DoRA)"})
    merge_adapter: bool | None = field(
        default=None, metadata={"help": "save the merged plain model (default: yes for one adapter, no for experts)"}
    )
    experts: list[str] | None = field(
        default=None,
        metadata={"help": "one LoRA adapter per entry: molecules | reactions | crystals | name=task1,task2"},
    )
    expert_router: str = field(default="task", metadata={"help": "task (the row's task tag) | learned (prompt)"})

    def __post_init__(self) -> None:
        check_choice("lora_new_tokens", self.lora_new_tokens, LORA_NEW_TOKENS)
        check_choice("expert_router", self.expert_router, EXPERT_ROUTERS)
        if self.experts and not self.use_peft:
            raise ValueError("experts are LoRA adapters on one base: set use_peft: true (or remove experts)")
        if self.experts and self.merge_adapter:
            raise ValueError(
                "experts keep one adapter per task family and cannot be merged into one model: "
                "remove merge_adapter (or set it to false)"
            )
        if self.use_peft and "lm_head" in (self.lora_target_modules or []):
            raise ValueError(
                "lm_head cannot take a LoRA adapter (trl computes log-probs from its weight directly): move it "
                "from lora_target_modules to lora_modules_to_save"
            )
        if self.use_peft and (self.lora_r < 1 or self.lora_alpha <= 0):
            raise ValueError(f"lora_r must be >= 1 and lora_alpha > 0, got {self.lora_r} and {self.lora_alpha}")
        if self.experts:
            parse_experts(self.experts)  # unknown families or tasks fail here, at construction

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
        task_sampling: SFT/GRPO: ``natural`` (rows as they come) or ``balanced`` (rows of smaller tasks repeated,
            in a seeded order, until every task has as many as the largest: an abundant task cannot drown a
            rare one).
    """

    data: list[str] = field(default_factory=list, metadata={"help": "folders or files to train on"})
    domains: list[str] | None = field(default=None, metadata={"help": "CPT: only these shard domains"})
    tasks: list[str] | None = field(default=None, metadata={"help": "SFT/GRPO: only these tasks"})
    train_split: str = field(default="train", metadata={"help": "SFT/GRPO: training split of a task folder"})
    eval_split: str | None = field(default=None, metadata={"help": "SFT/GRPO: split for the eval loss"})
    max_train_samples: int | None = field(default=None, metadata={"help": "at most this many training rows"})
    max_eval_samples: int | None = field(default=None, metadata={"help": "at most this many eval rows"})
    task_sampling: str = field(
        default="natural", metadata={"help": "SFT/GRPO: natural | balanced (every task as many rows as the largest)"}
    )

    def __post_init__(self) -> None:
        check_choice("task_sampling", self.task_sampling, TASK_SAMPLING)


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
        reward_funcs: Names in :data:`chemtrove.tasks.rewards.REWARDS` or ``module:function``; weights go in
            trl's ``reward_weights``.
        reward_mode: ``sum`` (trl's weighted sum of ``reward_funcs``) or ``per_task``: the ``task`` entry of
            ``reward_funcs`` becomes one reward per task of the data (logged as ``rewards/task/<task>/mean``
            with raw per-task curves ``task_rewards/<task>``), each with its own functions, weight and
            normalization (see :mod:`chemtrove.train.multitask`).
        task_rewards: ``per_task``: ``{task: [reward names]}``, the mean of which scores that task's rows (default:
            the task's own score, :data:`chemtrove.tasks.rewards.TASK_REWARDS`).
        task_weights: ``per_task``: ``{task: weight}`` multiplying the ``task`` entry's weight (default 1.0).
        task_reward_normalization: ``per_task``: ``none`` or ``std`` (each task's reward divided by a running
            estimate of its own standard deviation, so every task is on one scale).
    """

    reward_funcs: list[str] = field(
        default_factory=lambda: ["format", "task"],
        metadata={"help": "reward names (chemtrove.tasks.rewards.REWARDS) or module:function"},
    )
    reward_mode: str = field(default="sum", metadata={"help": "sum | per_task (one reward, weight, curve per task)"})
    task_rewards: dict[str, list[str]] | str | None = field(
        default=None, metadata={"help": "per_task: {task: [reward names]} (default: the task's own score)"}
    )
    task_weights: dict[str, float] | str | None = field(
        default=None, metadata={"help": "per_task: {task: weight} (default 1.0 each)"}
    )
    task_reward_normalization: str = field(
        default="none", metadata={"help": "per_task: none | std (divide by the task's running reward std)"}
    )

    def __post_init__(self) -> None:
        check_choice("reward_mode", self.reward_mode, REWARD_MODES)
        check_choice("task_reward_normalization", self.task_reward_normalization, TASK_NORMALIZATIONS)
        self.task_rewards = _mapping("task_rewards", self.task_rewards)
        self.task_weights = _mapping("task_weights", self.task_weights)
        for name in self.reward_funcs:
            if isinstance(name, str):
                check_reward_name(name)
        per_task_only = {
            "task_rewards": self.task_rewards,
            "task_weights": self.task_weights,
            "task_reward_normalization": self.task_reward_normalization != "none",
        }
        if self.reward_mode != "per_task":
            given = [k for k, v in per_task_only.items() if v]
            if given:
                raise ValueError(f"{', '.join(given)} need reward_mode: per_task")
            return
        if "task" not in self.reward_funcs:
            raise ValueError(
                "reward_mode per_task expands the 'task' entry of reward_funcs into one reward per task: "
                "add 'task' to reward_funcs (e.g. reward_funcs: [format, task])"
            )
        for task, names in (self.task_rewards or {}).items():
            if isinstance(names, str):
                names = [names]
                self.task_rewards[task] = names
            if not names:
                raise ValueError(f"task_rewards: {task} has no reward")
            for name in names:
                check_reward_name(name)
        for task, weight in (self.task_weights or {}).items():
            if not isinstance(weight, (int, float)) or weight < 0:
                raise ValueError(f"task_weights: {task} needs a non-negative number, got {weight!r}")


def _stage_types(stage: str) -> list[type]:
    from trl import GRPOConfig, SFTConfig

    if stage == "cpt":
        return [ModelArguments, DataArguments, SFTConfig]
    if stage == "sft":
        return [ModelArguments, DataArguments, ScoreArguments, SFTConfig]
    if stage == "grpo":
        return [ModelArguments, DataArguments, ScoreArguments, RewardArguments, GRPOConfig]
    raise ValueError(f"stage must be one of {STAGES}, got {stage!r}")


def stage_fields(stage: str) -> dict[str, tuple[str, str]]:
    """Every recipe key of a stage: ``{name: (dataclass name, help text)}``, chemtrove's dataclasses first.

    Args:
        stage: ``cpt``, ``sft`` or ``grpo``.
    """
    import dataclasses

    fields: dict[str, tuple[str, str]] = {}
    for cls in _stage_types(stage):
        for f in dataclasses.fields(cls):
            if f.init and not f.name.startswith("_") and f.name not in fields:
                fields[f.name] = (cls.__name__, " ".join(str(f.metadata.get("help", "")).split()))
    return fields


def unknown_keys_error(stage: str, unknown: Iterable[str]) -> ValueError:
    """The error for recipe keys no dataclass of ``stage`` knows, with "did you mean" for each.

    Args:
        stage: ``cpt``, ``sft`` or ``grpo``.
        unknown: The unknown keys (with or without leading dashes).
    """
    known = list(stage_fields(stage))
    parts = []
    for key in unknown:
        key = key.lstrip("-").replace("-", "_") if key.startswith("-") else key
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
        parts.append(f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
    return ValueError(
        f"unknown {stage} recipe keys: {', '.join(parts)}; `chemtrove train {stage} --help` lists every key"
    )


def stage_defaults(stage: str) -> dict[str, Any]:
    """chemtrove's defaults for a stage, applied before the YAML (see the module docstring)."""
    import torch

    defaults: dict[str, Any] = {"gradient_checkpointing": None, "report_to": "none"}
    if not torch.cuda.is_available():
        defaults["bf16"] = False
        defaults["dataloader_pin_memory"] = False  # nothing to pin to without a GPU (torch warns every loader)
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
            raise unknown_keys_error(stage, [k.lstrip("-") for k in unknown[::2]])
    known = {o for a in parser._actions for o in a.option_strings}
    flags = [a.split("=")[0] for a in argv if a.startswith("--")]
    if any(f not in known for f in flags):
        raise unknown_keys_error(stage, [f for f in flags if f not in known])
    return tuple(parser.parse_args_into_dataclasses(args=argv))


def tokenizer_dir(model_args: ModelArguments) -> str:
    """The tokenizer folder of a run: ``tokenizer_name_or_path``, else the model folder."""
    if model_args.tokenizer_name_or_path:
        return model_args.tokenizer_name_or_path
    if not Path(model_args.model_name_or_path).exists():
        raise ValueError("a tiny model needs tokenizer_name_or_path (a local tokenizer folder)")
    return model_args.model_name_or_path


__all__ = [
    "EXPERT_ROUTERS",
    "LORA_NEW_TOKENS",
    "REWARD_MODES",
    "STAGES",
    "TASK_NORMALIZATIONS",
    "TASK_SAMPLING",
    "check_choice",
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
