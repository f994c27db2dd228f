"""Small byte-level BPE bases built locally in the layout of GPT-2, Qwen2 and Llama-3 tokenizers.

No model hub is needed: :func:`train_base` trains a byte-level BPE with ``tokenizers``' trainer and lays it
out like the real family (the same split regex, normalizer, ByteLevel settings, post-processor, special
tokens after the vocabulary, ``ignore_merges`` as the family has it). Tests, the benchmark and the
quickstart use them; real bases are used the same way (:func:`chemtrove.tokenize.extend` takes any).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.tokenize import pretokenize

if TYPE_CHECKING:
    from tokenizers import Tokenizer

STYLES = ("gpt2", "qwen2", "llama3")
"""Supported layouts."""

_SPECIALS = {
    "gpt2": ["<|endoftext|>"],
    "qwen2": ["<|endoftext|>", "<|im_start|>", "<|im_end|>"],
    "llama3": ["<|begin_of_text|>", "<|end_of_text|>", "<|start_header_id|>", "<|end_header_id|>", "<|eot_id|>"],
}

CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)
"""A ChatML template (the Qwen2 layout)."""

LLAMA3_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\n\n'"
    " + message['content'] | trim + '<|eot_id|>' }}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\n\n' }}{% endif %}"
)
"""A Llama-3-style chat template."""


def train_base(texts: Iterable[str], style: str = "qwen2", vocab_size: int = 2000, min_frequency: int = 2) -> Tokenizer:
    """Train a small byte-level BPE in the layout of a model family.

    Args:
        texts: Training texts (plain text; tags in them are learned as ordinary text).
        style: ``"gpt2"`` (``ByteLevel(use_regex=True)`` alone, like Hugging Face's GPT-2 tokenizer.json,
            ``ignore_merges=False``), ``"qwen2"`` (Qwen2 split regex, NFC normalizer, ``ignore_merges=False``)
            or ``"llama3"`` (Llama-3 split regex, ``<|begin_of_text|>`` added by the post-processor,
            ``ignore_merges=True``).
        vocab_size: Vocabulary size of the trained BPE (special tokens come after it).
        min_frequency: Least pair frequency for a merge.

    Returns:
        The trained ``tokenizers.Tokenizer``.

    Raises:
        ValueError: For an unknown style.
    """
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, processors, trainers
    from tokenizers import pre_tokenizers as pt

    if style not in STYLES:
        raise ValueError(f"style must be one of {STYLES}, got {style!r}")
    tok = Tokenizer(models.BPE(ignore_merges=style == "llama3"))
    if style == "gpt2":
        tok.pre_tokenizer = pt.ByteLevel(add_prefix_space=False, use_regex=True)
    else:
        tok.pre_tokenizer = pt.Sequence(
            [
                pt.Split(Regex(pretokenize.BASE_PATTERNS[style]), "isolated"),
                pt.ByteLevel(add_prefix_space=False, trim_offsets=style == "llama3", use_regex=False),
            ]
        )
    if style == "qwen2":
        tok.normalizer = normalizers.NFC()
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=min_frequency,
        initial_alphabet=pt.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    tok.add_special_tokens(_SPECIALS[style])
    byte_level = processors.ByteLevel(trim_offsets=False)
    if style == "llama3":
        bos = "<|begin_of_text|>"
        template = processors.TemplateProcessing(
            single=f"{bos} $A", pair=f"{bos} $A {bos} $B", special_tokens=[(bos, tok.token_to_id(bos))]
        )
        tok.post_processor = processors.Sequence([byte_level, template])
    else:
        tok.post_processor = byte_level
    return tok


def base_config(style: str) -> dict[str, Any]:
    """The ``tokenizer_config.json`` a real model of the family ships (class name, special tokens, template).

    Args:
        style: ``"gpt2"``, ``"qwen2"`` or ``"llama3"``.

    Returns:
        The config dict.
    """
    if style == "gpt2":
        return {
            "tokenizer_class": "GPT2Tokenizer",
            "bos_token": "<|endoftext|>",
            "eos_token": "<|endoftext|>",
            "unk_token": "<|endoftext|>",
            "model_max_length": 1024,
        }
    if style == "qwen2":
        return {
            "tokenizer_class": "Qwen2Tokenizer",
            "eos_token": "<|im_end|>",
            "pad_token": "<|endoftext|>",
            "bos_token": None,
            "model_max_length": 32768,
            "chat_template": CHATML_TEMPLATE,
        }
    if style == "llama3":
        return {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "bos_token": "<|begin_of_text|>",
            "eos_token": "<|eot_id|>",
            "model_max_length": 131072,
            "chat_template": LLAMA3_TEMPLATE,
        }
    raise ValueError(f"style must be one of {STYLES}, got {style!r}")


def save_base(tokenizer: Tokenizer, out_dir: str | Path, style: str) -> Path:
    """Save a trained base as a model family would ship it (tokenizer.json + tokenizer_config.json).

    Args:
        tokenizer: A tokenizer from :func:`train_base`.
        out_dir: Folder to write.
        style: The style it was trained with (chooses the config, see :func:`base_config`).

    Returns:
        The folder path.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(out / "tokenizer.json"))
    (out / "tokenizer_config.json").write_text(json.dumps(base_config(style), indent=2) + "\n", encoding="utf-8")
    return out
