"""LoRA adapters (peft) for every stage: the config from a recipe, what trains, saving, merging and loading.

A recipe turns LoRA on with ``use_peft: true`` (see :class:`chemtrove.train.config.ModelArguments`); the
stage then hands :func:`lora_config`'s ``peft.LoraConfig`` to trl's trainer as ``peft_config``, as
``trl sft --use_peft`` does. Only the adapter's matrices train, plus, when the tokenizer is chemtrove-extended,
the embeddings of the new chemistry tokens (``lora_new_tokens``):

=========  ==========================================================================================
``modules``  the input embedding and the output head train in full (peft ``modules_to_save``); a model
             that ties them keeps them tied (``ensure_weight_tying``)
``rows``     only the new tokens' rows of the input embedding train (peft ``trainable_token_indices``;
             tied output heads follow), far fewer parameters than ``modules``
``frozen``   no embedding trains: the new rows keep their mean-of-base-tokens initialization
=========  ==========================================================================================

After training, :func:`save_trained` writes the adapter to ``output_dir/adapter`` and the merged plain
model to ``output_dir`` (``merge_adapter``, the default for one adapter): the next stage, ``chemtrove eval``
and ``from_pretrained`` read it like any checkpoint. Without merging, ``output_dir`` holds the adapter and
``adapters.json`` (format ``chemtrove.adapters/1``) names its base: the base folder it was trained on
(relative path) when that folder was used unchanged, else a copy in ``output_dir/base``.
:func:`load_adapter_folder` reads either layout back.

torch, transformers and peft are imported inside the functions.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from chemtrove.adapters import load_adapter_folder
from chemtrove.formats import ADAPTERS_FORMAT, ADAPTERS_JSON
from chemtrove.formats import read_adapters_json as read_manifest
from chemtrove.formats import write_adapters_json as write_manifest
from chemtrove.tokenize import is_extended
from chemtrove.tokenize.extend import extension_info


def new_token_ids(tokenizer_dir: str | Path | None) -> list[int]:
    """Ids a chemtrove tokenizer extension added (``[]`` for any other tokenizer).

    Args:
        tokenizer_dir: A tokenizer folder (with ``tokenizer.json``), or ``None``.

    Returns:
        The new ids, ascending.
    """
    if tokenizer_dir is None or not (Path(tokenizer_dir) / "tokenizer.json").is_file():
        return []
    path = Path(tokenizer_dir) / "tokenizer.json"
    if not is_extended(path):
        return []
    return sorted(extension_info(path).new_tokens.values())


def _module_name(model: Any, module: Any) -> str | None:
    """The last component of a submodule's name (``embed_tokens``, ``lm_head``)."""
    for name, m in model.named_modules():
        if m is module:
            return name.rsplit(".", 1)[-1]
    return None


def lora_config(model_args: Any, model: Any, tokenizer_dir: str | Path | None) -> Any:
    """The ``peft.LoraConfig`` a recipe asks for, or ``None`` without ``use_peft``.

    Args:
        model_args: :class:`chemtrove.train.config.ModelArguments` (``use_peft``, ``lora_*``).
        model: The base model (its embedding module names and weight tying are read).
        tokenizer_dir: The training tokenizer's folder (a chemtrove extension makes new rows trainable).

    Returns:
        A ``LoraConfig`` (task type causal LM) or ``None``.
    """
    if not model_args.use_peft:
        return None
    from peft import LoraConfig

    targets = model_args.lora_target_modules
    if not targets or list(targets) == ["all-linear"]:
        targets = "all-linear"  # peft excludes the output head from all-linear
    to_save = list(model_args.lora_modules_to_save or [])
    kwargs: dict[str, Any] = {}
    mode = model_args.lora_new_tokens
    new_ids = new_token_ids(tokenizer_dir) if mode != "frozen" else []
    if mode == "auto":
        mode = "modules" if new_ids else "frozen"
    if mode != "frozen" and not new_ids:
        raise ValueError(
            f"lora_new_tokens: {mode} needs a chemtrove-extended tokenizer (chemtrove tokenizer build); "
            f"{tokenizer_dir} is not one: use lora_new_tokens: auto or frozen"
        )
    embed = _module_name(model, model.get_input_embeddings())
    head = _module_name(model, model.get_output_embeddings())
    tied = bool(getattr(model.config, "tie_word_embeddings", False))
    if mode == "modules":
        to_save += [m for m in (embed, head) if m and m not in to_save]
    elif mode == "rows":
        kwargs["trainable_token_indices"] = {embed: list(new_ids)}
    if tied and {embed, head} & set(to_save):
        kwargs["ensure_weight_tying"] = True
    return LoraConfig(
        task_type="CAUSAL_LM",
        r=model_args.lora_r,
        lora_alpha=model_args.lora_alpha,
        lora_dropout=model_args.lora_dropout,
        target_modules=targets,
        modules_to_save=to_save or None,
        use_rslora=model_args.use_rslora,
        use_dora=model_args.use_dora,
        bias="none",
        **kwargs,
    )


def trainable_summary(model: Any) -> dict[str, Any]:
    """How much of a model trains: parameter counts, the fraction, and which kinds of module.

    Args:
        model: A model (a ``PeftModel`` included).

    Returns:
        ``{"trainable", "total", "fraction", "groups"}``; ``groups`` sorts the trainable tensors into
        ``lora`` (adapter matrices), ``modules_to_save`` (full copies), ``token_rows`` (trainable token rows)
        and ``other``, with their parameter counts.
    """
    trainable = total = 0
    groups: dict[str, int] = {}
    for name, p in model.named_parameters():
        total += p.numel()
        if not p.requires_grad:
            continue
        trainable += p.numel()
        if "lora_" in name:
            kind = "lora"
        elif "modules_to_save" in name:
            kind = "modules_to_save"
        elif "trainable_tokens" in name:
            kind = "token_rows"
        else:
            kind = "other"
        groups[kind] = groups.get(kind, 0) + p.numel()
    return {
        "trainable": trainable,
        "total": total,
        "fraction": round(trainable / total, 6) if total else 0.0,
        "groups": dict(sorted(groups.items())),
    }


def base_reference(model_name_or_path: str, fit: dict[str, Any]) -> Path | None:
    """The folder an adapter's base can be reloaded from unchanged, or ``None`` (the base must be saved).

    A base built on the spot (``tiny-*``) or whose embeddings were just resized is nowhere on disk.
    """
    path = Path(model_name_or_path).expanduser()
    if not path.is_dir() or fit.get("resized") or (path / ADAPTERS_JSON).is_file():
        return None
    return path.resolve()


def prepare_base(model: Any, tokenizer: Any, model_args: Any, fit: dict, output_dir: str | Path) -> Path | None:
    """Where an unmerged adapter's base will be found; saves the base first when it exists nowhere else.

    Called before training: with ``use_peft`` and ``merge_adapter: false`` (or experts), a base built on the spot
    or just resized is saved to ``output_dir/base`` while it is still plain; a base folder used unchanged is
    referenced instead. Only the main process writes (``RANK`` 0).

    Args:
        model: The plain base model.
        tokenizer: Its tokenizer.
        model_args: :class:`chemtrove.train.config.ModelArguments`.
        fit: What :func:`chemtrove.train.models.fit_to_tokenizer` did.
        output_dir: The stage's output folder.

    Returns:
        The base folder, or ``None`` when nothing needs it (no LoRA, or the adapter will be merged).
    """
    if not model_args.use_peft or (model_args.merge_adapter is not False and not model_args.experts):
        return None
    ref = base_reference(model_args.model_name_or_path, fit)
    if ref is not None:
        return ref
    base = Path(output_dir) / "base"
    if int(os.environ.get("RANK", "0")) == 0:
        base.mkdir(parents=True, exist_ok=True)
        model.save_pretrained(str(base))
        tokenizer.save_pretrained(str(base))
    return base


def save_trained(trainer: Any, tokenizer: Any, output_dir: str | Path, model_args: Any, base: Path | None) -> dict:
    """Save a stage's result: the plain model, or the adapter and the merged model (or the adapter's manifest).

    A model without adapters is saved with ``trainer.save_model`` as before. A ``PeftModel`` is saved to
    ``output_dir/adapter`` and merged into a plain model saved in ``output_dir`` (``merge_adapter`` unset or
    true); the trainer then holds the merged model, so scoring after training sees what was saved. With
    ``merge_adapter: false`` the adapter is saved in ``output_dir`` with ``adapters.json`` naming ``base``.

    Args:
        trainer: A trl trainer after ``train()``.
        tokenizer: The tokenizer (saved next to every model).
        output_dir: The stage's output folder.
        model_args: :class:`chemtrove.train.config.ModelArguments`.
        base: From :func:`prepare_base`.

    Returns:
        ``{"adapter": folder relative to output_dir or None, "merged": bool, "base": folder or None}``.
    """
    out = Path(output_dir)
    model = trainer.accelerator.unwrap_model(trainer.model)
    if not model_args.use_peft or not hasattr(model, "merge_and_unload"):
        trainer.save_model(str(out))
        return {"adapter": None, "merged": False, "base": None}
    main = trainer.accelerator.is_main_process
    if model_args.merge_adapter is False:
        trainer.save_model(str(out))
        if main:
            write_manifest(out, base, {"default": {"path": ".", "tasks": None}})
        trainer.accelerator.wait_for_everyone()
        return {"adapter": ".", "merged": False, "base": str(base)}
    trainer.save_model(str(out / "adapter"))
    merged = model.merge_and_unload()
    if main:
        merged.save_pretrained(str(out))
        tokenizer.save_pretrained(str(out))
    trainer.model = trainer.model_wrapped = merged
    trainer.accelerator.wait_for_everyone()
    return {"adapter": "adapter", "merged": True, "base": None}


__all__ = [
    "ADAPTERS_FORMAT",
    "ADAPTERS_JSON",
    "base_reference",
    "load_adapter_folder",
    "lora_config",
    "new_token_ids",
    "prepare_base",
    "read_manifest",
    "save_trained",
    "trainable_summary",
    "write_manifest",
]
