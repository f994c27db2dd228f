"""Turn a MiST / Open-R1 GRPO recipe into a chemtrove GRPO recipe for today's trl (``chemtrove train import-recipe``).

MiST's recipes (``recipes/*.yaml`` of its Open-R1 fork) were written for the trl and transformers of early
2025. Since then keys were renamed (``vllm_max_model_len`` -> ``vllm_max_model_length``, ``torch_dtype`` ->
``dtype``, ``gradient_checkpointing`` -> ``activation_checkpointing``), removed (``vllm_device``: vLLM now runs
colocated or as a server; ``max_prompt_length``; ``overwrite_output_dir``), and MiST's own keys
(``chem_task``, ``dataset_id_or_path``, ``rewards``) have chemtrove equivalents (``tasks``, ``data``,
``reward_funcs`` with the ``mist_*`` rewards of :mod:`chemtrove.tasks.rewards.mist`).

:func:`import_recipe` applies :data:`RENAMED`, :data:`REMOVED` and the MiST/Open-R1 mappings, then checks every
remaining key against the fields chemtrove's GRPO stage parses (its own dataclasses and ``trl.GRPOConfig``
of the installed trl): a key neither knows is dropped with a "did you mean". Every change carries a note;
the written YAML shows each note as a comment beside the key (or in the header for a dropped key).

Example:
    >>> out = import_recipe({"chem_task": "iupacsm", "rewards": ["format", "accuracy"], "vllm_max_model_len": 4096,
    ...                      "vllm_device": "cuda:3", "use_vllm": True}, check_fields=False)
    >>> out.recipe  # doctest: +NORMALIZE_WHITESPACE
    {'tasks': ['iupacsm'], 'reward_funcs': ['mist_format', 'mist_accuracy'], 'vllm_max_model_length': 4096,
     'vllm_mode': 'server', 'use_vllm': True}
    >>> out.notes["vllm_device"]  # doctest: +ELLIPSIS
    'removed from trl: vLLM runs colocated or as a server; ...'
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

RENAMED: dict[str, tuple[str, str]] = {
    "vllm_max_model_len": ("vllm_max_model_length", "renamed in trl's GRPOConfig"),
    "torch_dtype": ("dtype", "transformers 5 renamed torch_dtype to dtype (chemtrove's ModelArguments.dtype)"),
    "gradient_checkpointing": (
        "activation_checkpointing",
        "transformers 5 name; chemtrove leaves checkpointing off unless activation_checkpointing is set",
    ),
    "gradient_checkpointing_kwargs": ("activation_checkpointing_kwargs", "transformers 5 name"),
    "warmup_ratio": ("warmup_steps", "transformers 5 dropped warmup_ratio; a warmup_steps below 1 is a share of steps"),
    "use_liger_loss": ("use_liger_kernel", "trl renamed use_liger_loss to use_liger_kernel"),
    "vllm_guided_decoding_regex": ("vllm_structured_outputs_regex", "vLLM renamed guided decoding"),
    "dataset_train_split": ("train_split", "chemtrove's name for the training split of a task folder"),
    "dataset_test_split": ("eval_split", "chemtrove's name for the evaluation split"),
}
"""``old key: (new key, note)``."""

REMOVED: dict[str, str] = {
    "vllm_device": "removed from trl: vLLM runs colocated or as a server; vllm_mode set to server, start it with "
    "CUDA_VISIBLE_DEVICES=<that GPU> trl vllm-serve --model <model> (or use vllm_mode: colocate)",
    "vllm_dtype": "removed from trl: vLLM takes the model's dtype",
    "vllm_enable_prefix_caching": "removed from trl: vLLM's own default (on) applies",
    "max_prompt_length": "removed from trl's GRPOConfig: prompts are not truncated; chemtrove's task prompts are "
    "short (limit molecule size with tasks build's limits instead)",
    "overwrite_output_dir": "removed in transformers 5; chemtrove resumes with resume_from_checkpoint: auto",
    "model_revision": "chemtrove loads models from local folders only (no hub revisions)",
    "push_to_hub": "no hub: chemtrove writes to output_dir",
    "hub_model_id": "no hub: chemtrove writes to output_dir",
    "hub_strategy": "no hub: chemtrove writes to output_dir",
    "hub_revision": "no hub: chemtrove writes to output_dir",
    "push_to_hub_revision": "no hub: chemtrove writes to output_dir",
    "system_prompt": "chemtrove's prompts come from the task builder (chemtrove tasks build --format think)",
    "chat_template": "the tokenizer's own chat template is used (tasks build --chat writes chat rows)",
    "callbacks": "Open-R1 callbacks (hub pushes, benchmarks) have no chemtrove equivalent",
    "benchmarks": "evaluate with chemtrove eval instead",
    "dataset_config": "chemtrove reads task folders (no hub dataset configs)",
    "dataset_prompt_column": "task folders always have a prompt column",
    "dataset_mixture": "mix task folders with data: [a, b] (and task_sampling)",
    "dataset_splits": "a task folder holds its splits (train_split / eval_split)",
    "special_smiles_tags": "chemtrove's tasks always tag SMILES ([START_SMILES]...[END_SMILES])",
    "dataset_num_proc": "not a GRPO key",
    "max_length": "not a GRPO key (max_completion_length bounds the completions)",
}
"""Keys with no equivalent today, and why."""

REWARD_NAMES: dict[str, str] = {
    "format": "mist_format",
    "accuracy": "mist_accuracy",
    "reasoning_steps": "mist_reasoning_steps",
    "tanimoto_accuracy": "tanimoto",
    "smiles_validity": "smiles_validity",
    "tag_count": "answer_tag",
}
"""MiST / Open-R1 reward names and chemtrove's."""


@dataclass
class ImportedRecipe:
    """A translated recipe and what was done to each key.

    Attributes:
        recipe: The chemtrove recipe (GRPO keys, in the source's order, added keys last).
        notes: ``{source key: note}`` for every key renamed, mapped, dropped or added.
        dropped: Source keys not carried over.
        renamed: ``{source key: new key}``.
    """

    recipe: dict[str, Any]
    notes: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    renamed: dict[str, str] = field(default_factory=dict)


def _grpo_fields() -> set[str]:
    from chemtrove.train.config import _stage_types

    return {f.name for t in _stage_types("grpo") for f in dataclasses.fields(t)}


def _rewards(key: str, value: Any, out: ImportedRecipe) -> tuple[list[str], list[str]]:
    names = [value] if isinstance(value, str) else list(value or [])
    mapped, lost = [], []
    for name in names:
        new = REWARD_NAMES.get(str(name))
        (mapped if new else lost).append(new or str(name))
    note = "MiST/Open-R1 rewards -> " + ", ".join(f"{a}->{b}" for a, b in zip(names, mapped, strict=False))
    if lost:
        note += f"; no chemtrove equivalent, dropped: {', '.join(lost)}"
        out.notes["reward_weights"] = "weights of dropped rewards removed with them"
    out.notes[key] = note
    return mapped, [str(n) for n in names if str(n) in lost]


def import_recipe(
    source: dict[str, Any],
    *,
    data: list[str] | None = None,
    model: str | None = None,
    check_fields: bool = True,
) -> ImportedRecipe:
    """Translate a MiST / Open-R1 GRPO recipe (a parsed YAML mapping) into chemtrove's GRPO keys.

    Args:
        source: The recipe's keys and values.
        data: Task folders to train on (``chemtrove tasks build`` output); default: the recipe's dataset path,
            with a note that it must be a task folder.
        model: Local model folder; default: the recipe's ``model_name_or_path``.
        check_fields: Drop keys that neither chemtrove nor the installed trl's ``GRPOConfig`` knows (needs the
            ``train`` extra); off, only the tables are applied.

    Returns:
        The :class:`ImportedRecipe`.

    Raises:
        ValueError: When ``source`` is not a mapping.
    """
    if not isinstance(source, dict):
        raise ValueError(f"a recipe must be a YAML mapping, got {type(source).__name__}")
    from chemtrove.tasks import TASKS
    from chemtrove.tasks.mist_tasks import MIST_TASKS

    out = ImportedRecipe(recipe={})
    rec, notes = out.recipe, out.notes
    lost_rewards: list[str] = []
    reward_names: list[str] = []
    for key, value in source.items():
        key = str(key)
        if key in REMOVED:
            out.dropped.append(key)
            notes[key] = REMOVED[key]
            if key == "vllm_device" and source.get("use_vllm") and "vllm_mode" not in source:
                rec["vllm_mode"] = "server"
            continue
        if key in RENAMED:
            new, why = RENAMED[key]
            rec[new] = value
            out.renamed[key] = new
            notes[key] = f"-> {new}: {why}"
            continue
        if key == "chem_task":
            tasks = [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]
            known = [t.removesuffix("_with_tags") for t in tasks if t.removesuffix("_with_tags") in MIST_TASKS + TASKS]
            if known:
                rec["tasks"] = known
                notes[key] = f"-> tasks: {known} (build them with chemtrove tasks build --tasks {','.join(known)})"
            else:
                out.dropped.append(key)
                notes[key] = f"MiST task {value!r} is not built by chemtrove; give its rows as a task folder"
            continue
        if key in ("dataset_id_or_path", "dataset_name"):
            out.dropped.append(key)
            notes[key] = f"MiST read {value!r}; chemtrove trains on task folders: data set to " + (
                f"{data}" if data else "the same path (make it a chemtrove tasks build folder)"
            )
            if not data:
                rec["data"] = [str(value)]
            continue
        if key in ("rewards", "reward_funcs"):
            mapped, lost_rewards = _rewards(key, value, out)
            reward_names = [str(n) for n in ([value] if isinstance(value, str) else value or [])]
            rec["reward_funcs"] = mapped
            if key == "rewards":
                out.renamed[key] = "reward_funcs"
            continue
        if key in ("wandb_project", "wandb_entity", "wandb_log_unique_prompts"):
            if key != "wandb_log_unique_prompts":
                rec.setdefault("env", {})[key.upper()] = value
                notes[key] = f"-> env: {{{key.upper()}: ...}} (trl reads W&B settings from the environment)"
            else:
                out.dropped.append(key)
                notes[key] = "Open-R1 W&B option; trl logs completions with log_completions"
            continue
        if key == "report_to" and value not in (None, "none", ["none"], []):
            rec[key] = "none"
            notes[key] = f"was {value!r}: set to none (reporting needs that service's package and network); "
            notes[key] += "put it back where they are available"
            continue
        rec[key] = value
    if "reward_weights" in rec and lost_rewards:
        weights = zip(reward_names, rec["reward_weights"], strict=False)
        rec["reward_weights"] = [w for n, w in weights if n not in lost_rewards]
    if data:
        rec["data"] = list(data)
        notes.setdefault("data", f"task folders given: {data}")
    if model:
        rec["model_name_or_path"] = model
        notes["model_name_or_path"] = f"set to the local folder {model}"
    if check_fields:
        _drop_unknown_keys(out)
    return out


def _drop_unknown_keys(out: ImportedRecipe) -> None:
    """Drop (and note, with a "did you mean") the keys that neither chemtrove's GRPO recipe nor trl knows.

    Args:
        out: The recipe being imported; its ``recipe``, ``dropped`` and ``notes`` are changed in place.
    """
    rec, notes = out.recipe, out.notes
    known_fields = _grpo_fields() | {"env"}
    for key in list(rec):
        if key not in known_fields:
            close = difflib.get_close_matches(key, sorted(known_fields), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            src = next((k for k, v in out.renamed.items() if v == key), key)
            out.dropped.append(src)
            notes[src] = f"not a key of chemtrove's GRPO recipe or the installed trl's GRPOConfig{hint}"
            del rec[key]


def _yaml_value(key: str, value: Any) -> str:
    import yaml

    flow = None if isinstance(value, (list, dict)) else False  # lists inline, scalars plain
    return yaml.safe_dump({key: value}, default_flow_style=flow, sort_keys=False, allow_unicode=True).rstrip("\n")


def render_recipe(imported: ImportedRecipe, source_name: str = "recipe") -> str:
    """The translated recipe as YAML text, each note as a comment (dropped keys in the header).

    Args:
        imported: From :func:`import_recipe`.
        source_name: The source file's name, for the header.

    Returns:
        YAML text that ``yaml.safe_load`` reads back as ``imported.recipe``.
    """
    lines = [f"# GRPO recipe imported from {source_name} by chemtrove train import-recipe.", "#"]
    if imported.dropped:
        lines.append("# Not carried over:")
        for key in imported.dropped:
            lines.append(f"#   {key}: {imported.notes.get(key, '')}")
        lines.append("#")
    back = {new: old for old, new in imported.renamed.items()}
    for key, value in imported.recipe.items():
        text = _yaml_value(key, value)
        note = imported.notes.get(back.get(key, key)) or imported.notes.get(key)
        if key == "env":
            note = "; ".join(f"{k}: {v}" for k, v in imported.notes.items() if k.startswith("wandb_")) or None
        if note and back.get(key, key) not in imported.dropped:
            origin = f"was {back[key]}: " if key in back and back[key] != key else ""
            text = f"# {origin}{note}\n{text}"
        lines.append(text)
    return "\n".join(lines) + "\n"


def import_recipe_file(
    path: str | Path, out: str | Path, *, data: list[str] | None = None, model: str | None = None
) -> ImportedRecipe:
    """Read a MiST/Open-R1 recipe YAML, write the chemtrove recipe to ``out`` (what the CLI verb runs).

    Args:
        path: The source recipe.
        out: Where to write the chemtrove recipe (never the source itself).
        data: Task folders (see :func:`import_recipe`).
        model: Local model folder.

    Returns:
        The :class:`ImportedRecipe`.

    Raises:
        FileNotFoundError: When ``path`` does not exist.
        ValueError: When the YAML is not a mapping, or ``out`` is ``path``.
    """
    import yaml

    src, dst = Path(path), Path(out)
    if not src.is_file():
        raise FileNotFoundError(f"recipe {src} does not exist")
    if dst.exists() and dst.resolve() == src.resolve():
        raise ValueError(f"--out {dst} is the source recipe; write the import next to it")
    with open(src, encoding="utf-8") as f:
        try:
            raw = yaml.safe_load(f)
        except yaml.YAMLError as e:
            raise ValueError(f"{src}: not YAML ({e})") from e
    if not isinstance(raw, dict):
        raise ValueError(f"{src}: a recipe must be a YAML mapping of keys")
    imported = import_recipe(raw, data=data, model=model)
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(render_recipe(imported, src.name), encoding="utf-8")
    return imported


__all__ = [
    "REMOVED",
    "RENAMED",
    "REWARD_NAMES",
    "ImportedRecipe",
    "import_recipe",
    "import_recipe_file",
    "render_recipe",
]
