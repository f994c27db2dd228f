"""Models and tokenizers from local folders only, tiny random models for CI, embedding resize.

* :func:`load_tokenizer`: ``AutoTokenizer`` from a local folder (a chemtrove tokenizer folder keeps its
  chemistry split because its ``tokenizer_config.json`` names ``TokenizersBackend``).
* :func:`build_tiny_model`: a random Qwen2 or Llama causal LM (hidden 64, 2 layers by default) sized for a
  tokenizer: what CI, the quickstart and the benchmark train, with no hub.
* :func:`load_model`: a local checkpoint (``from_pretrained(local_files_only=True)``, never remote code)
  or a tiny model built on the spot (``tiny-qwen2`` / ``tiny-llama``), then :func:`fit_to_tokenizer`.
* :func:`fit_to_tokenizer`: grows the embeddings for a chemistry-extended tokenizer and initializes each new
  row from the base tokens of its string (:func:`chemtrove.tokenize.resize_embeddings`), once: the model's
  config records the tokenizer it was fitted to, so the SFT and GRPO stages that load the CPT checkpoint
  do not re-initialize rows CPT trained.

torch and transformers are imported inside the functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chemtrove.formats import vocabulary_fingerprint as tokenizer_fingerprint
from chemtrove.tokenize import is_extended, resize_embeddings
from chemtrove.tokenize.hf import load_transformers_tokenizer, local_path
from chemtrove.train.lora import load_adapter_folder, read_manifest

TINY_ARCHS = ("tiny-qwen2", "tiny-llama")
"""Model names that build a tiny random model instead of loading one."""

MARKER = "chemtrove_tokenizer"
"""Config attribute holding the fingerprint of the tokenizer the embeddings were fitted to."""


def load_tokenizer(path: str | Path) -> Any:
    """A transformers tokenizer from a local folder, with a pad token (its eos token when it has none).

    Not AutoTokenizer alone: in a checkpoint folder transformers 5 would rebuild the pre-tokenizer from the model
    family and silently drop the chemistry split (see :mod:`chemtrove.tokenize.hf`).

    Args:
        path: Folder with ``tokenizer.json`` (and ``tokenizer_config.json``).

    Returns:
        The tokenizer.
    """
    return load_transformers_tokenizer(path, pad_with_eos=True)


def build_tiny_model(
    tokenizer: Any,
    arch: str = "qwen2",
    *,
    hidden_size: int = 64,
    num_layers: int = 2,
    num_heads: int = 4,
    num_kv_heads: int = 2,
    intermediate_size: int | None = None,
    max_position_embeddings: int = 2048,
    vocab_size: int | None = None,
    tie_word_embeddings: bool = True,
    seed: int = 0,
) -> Any:
    """A small random causal LM of a real architecture, sized for ``tokenizer``.

    Args:
        tokenizer: A transformers tokenizer (its length, eos, pad and bos ids go into the config).
        arch: ``"qwen2"`` or ``"llama"`` (``tiny-`` prefix allowed).
        hidden_size: Width.
        num_layers: Decoder layers.
        num_heads: Attention heads.
        num_kv_heads: Key/value heads (grouped-query attention as in the real families).
        intermediate_size: MLP width (default ``4 * hidden_size``).
        max_position_embeddings: Longest sequence.
        vocab_size: Embedding rows (default: ``len(tokenizer)``); give a smaller base size to exercise the
            resize path.
        tie_word_embeddings: Share input and output embeddings.
        seed: Initialization seed.

    Returns:
        A ``Qwen2ForCausalLM`` or ``LlamaForCausalLM`` in float32.
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    arch = arch.removeprefix("tiny-")
    classes = {"qwen2": (Qwen2Config, Qwen2ForCausalLM), "llama": (LlamaConfig, LlamaForCausalLM)}
    if arch not in classes:
        raise ValueError(f"arch must be one of {sorted(classes)}, got {arch!r}")
    config_cls, model_cls = classes[arch]
    config = config_cls(
        vocab_size=vocab_size or len(tokenizer),
        hidden_size=hidden_size,
        intermediate_size=intermediate_size or 4 * hidden_size,
        num_hidden_layers=num_layers,
        num_attention_heads=num_heads,
        num_key_value_heads=num_kv_heads,
        max_position_embeddings=max_position_embeddings,
        tie_word_embeddings=tie_word_embeddings,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        bos_token_id=tokenizer.bos_token_id,
    )
    torch.manual_seed(seed)
    model = model_cls(config)
    set_generation_tokens(model, tokenizer)
    return model


def set_generation_tokens(model: Any, tokenizer: Any) -> None:
    """Put the tokenizer's eos and pad ids into the model's generation config.

    Without them generation runs every completion to its maximum length (a random or young model rarely
    emits the id the config happens to hold).
    """
    gen = model.generation_config
    gen.eos_token_id = tokenizer.eos_token_id
    gen.pad_token_id = tokenizer.pad_token_id
    if tokenizer.bos_token_id is not None:
        gen.bos_token_id = tokenizer.bos_token_id
    model.config.pad_token_id = tokenizer.pad_token_id
    model.config.eos_token_id = tokenizer.eos_token_id


def fit_to_tokenizer(model: Any, tokenizer: Any, tokenizer_dir: str | Path | None, mode: str = "auto") -> dict:
    """Make the model's embeddings fit the tokenizer, once.

    ``auto`` does nothing when the model's config already records this tokenizer's vocabulary (see
    :data:`MARKER` and :func:`tokenizer_fingerprint`).
    Otherwise a chemtrove-extended tokenizer gets :func:`chemtrove.tokenize.resize_embeddings` (new rows are
    the mean of their base tokens' rows; the base is ``<tokenizer_dir>/base`` when present, else rebuilt
    from the extension), and any other tokenizer longer than the embedding gets a plain resize. The
    tokenizer's fingerprint is then written into ``model.config`` and saved with every checkpoint.

    Args:
        model: A causal LM, changed in place.
        tokenizer: Its transformers tokenizer.
        tokenizer_dir: The tokenizer's folder (``None``: plain resize only).
        mode: ``"auto"``, ``"always"`` (re-initialize new rows even if recorded) or ``"never"``.

    Returns:
        ``{"resized": bool, "old_rows": int, "new_rows": int, "initialized": int, "how": str}``.
    """
    rows = model.get_input_embeddings().weight.shape[0]
    info = {"resized": False, "old_rows": rows, "new_rows": rows, "initialized": 0, "how": "none"}
    if mode not in ("auto", "always", "never"):
        raise ValueError(f"resize_embeddings must be auto, always or never, got {mode!r}")
    mark = tokenizer_fingerprint(tokenizer)
    if mode == "never" or (mode == "auto" and getattr(model.config, MARKER, None) == mark):
        return info
    extended = False
    if tokenizer_dir is not None and (Path(tokenizer_dir) / "tokenizer.json").is_file():
        extended = is_extended(Path(tokenizer_dir) / "tokenizer.json")
    if extended:
        base = Path(tokenizer_dir) / "base"
        report = resize_embeddings(model, Path(tokenizer_dir), base if (base / "tokenizer.json").is_file() else None)
        info.update(resized=report.new_rows != rows, new_rows=report.new_rows, initialized=len(report.initialized))
        info["how"] = "chemtrove mean init"
    elif len(tokenizer) > rows:
        model.resize_token_embeddings(len(tokenizer), mean_resizing=True)
        info.update(resized=True, new_rows=len(tokenizer), how="transformers mean resize")
    setattr(model.config, MARKER, mark)
    set_generation_tokens(model, tokenizer)
    return info


def load_model(
    name_or_path: str,
    tokenizer: Any,
    tokenizer_dir: str | Path | None = None,
    *,
    dtype: str = "auto",
    attn_implementation: str | None = None,
    resize: str = "auto",
    tiny: dict | None = None,
    experts: bool = False,
) -> tuple[Any, dict]:
    """A causal LM from a local folder, or a tiny random one, fitted to the tokenizer.

    A folder saved with unmerged LoRA adapters (``adapters.json``, see :mod:`chemtrove.train.lora`) loads as
    its base with the adapter merged in; a folder of per-task experts loads as its plain base when
    ``experts`` is true (the caller adds the adapters, :mod:`chemtrove.train.experts`) and is refused otherwise.

    Args:
        name_or_path: A local model folder (a checkpoint of an earlier stage included), or one of
            :data:`TINY_ARCHS` to build a random model (a folder of that name wins).
        tokenizer: The transformers tokenizer the model will be trained with.
        tokenizer_dir: Its folder (for the chemistry resize and the marker).
        dtype: ``"auto"`` (the checkpoint's dtype), ``"float32"``, ``"bfloat16"``, ``"float16"``.
        attn_implementation: e.g. ``"sdpa"``, ``"flash_attention_2"``; ``None`` lets transformers choose.
        resize: See :func:`fit_to_tokenizer`.
        tiny: Keyword arguments of :func:`build_tiny_model` when building.
        experts: Accept a folder of per-task experts (return its base).

    Returns:
        ``(model, fit_info)``.
    """
    import torch
    from transformers import AutoModelForCausalLM

    if not Path(name_or_path).expanduser().exists() and name_or_path in TINY_ARCHS:
        model = build_tiny_model(tokenizer, name_or_path, **(tiny or {}))
        if dtype not in ("auto", "float32"):
            model = model.to(getattr(torch, dtype))
        if (tiny or {}).get("vocab_size") is None:  # built for this very tokenizer: nothing to fit
            setattr(model.config, MARKER, tokenizer_fingerprint(tokenizer))
        return model, fit_to_tokenizer(model, tokenizer, tokenizer_dir, resize)
    path = local_path(name_or_path, "model")
    kwargs: dict[str, Any] = {"local_files_only": True, "trust_remote_code": False}
    kwargs["dtype"] = "auto" if dtype == "auto" else getattr(torch, dtype)
    if attn_implementation:
        kwargs["attn_implementation"] = attn_implementation
    manifest = read_manifest(path)
    if manifest is None:
        model = AutoModelForCausalLM.from_pretrained(str(path), **kwargs)
    elif manifest["kind"] == "experts":
        if not experts:
            raise ValueError(
                f"{path} holds per-task experts (one adapter per task family): set experts: in the recipe to "
                "continue training them, or give the plain model folder"
            )
        model = AutoModelForCausalLM.from_pretrained(manifest["base_dir"], **kwargs)
    else:
        model = load_adapter_folder(path, merge=True, **kwargs)
    return model, fit_to_tokenizer(model, tokenizer, tokenizer_dir, resize)


def save_tiny_model(out_dir: str | Path, tokenizer_dir: str | Path, arch: str = "qwen2", **kwargs: Any) -> Path:
    """Build a tiny model for a tokenizer and save model and tokenizer in one folder (``from_pretrained``-able).

    Args:
        out_dir: Folder to write.
        tokenizer_dir: Tokenizer folder.
        arch: ``"qwen2"`` or ``"llama"``.
        **kwargs: Passed to :func:`build_tiny_model`.

    Returns:
        The folder.
    """
    tok = load_tokenizer(tokenizer_dir)
    model = build_tiny_model(tok, arch, **kwargs)
    out = Path(out_dir)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


__all__ = [
    "MARKER",
    "TINY_ARCHS",
    "build_tiny_model",
    "fit_to_tokenizer",
    "load_model",
    "load_tokenizer",
    "save_tiny_model",
    "set_generation_tokens",
    "tokenizer_fingerprint",
]
