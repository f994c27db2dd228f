"""Resize a causal LM for the extension's new ids and initialize each new row from its base tokens.

A new token's input row (and output row, when the output embedding is not tied to the input) becomes the
mean of the base model's rows for the base tokens of the same string: ``[C@@H]`` starts as the mean of
the rows of the base's ``[``, ``C``, ``@@``, ``H]``. The model's predictions on base-tokenized text are
unchanged, and a new token starts near what the model already knows of its spelling.

torch and transformers are imported inside the functions only.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.tokenize.extend import base_equivalent, extension_info, load_tokenizer

if TYPE_CHECKING:
    from tokenizers import Tokenizer


@dataclass(frozen=True)
class ResizeReport:
    """What :func:`resize_embeddings` did.

    Attributes:
        old_rows: Rows of the input embedding before.
        new_rows: Rows after (at least the tokenizer's vocabulary size).
        initialized: ``{token text: [base ids averaged]}`` for every new id initialized.
        tied: Whether input and output embeddings are tied.
    """

    old_rows: int
    new_rows: int
    initialized: dict[str, list[int]]
    tied: bool


def base_ids_of_new_tokens(
    extended: str | Path | Tokenizer, base: str | Path | Tokenizer | None = None
) -> dict[int, list[int]]:
    """The base tokens of each new token's string.

    Args:
        extended: The extended tokenizer (object, tokenizer.json path or folder).
        base: The base tokenizer; ``None`` rebuilds an equivalent one from ``extended``
            (:func:`chemtrove.tokenize.extend.base_equivalent`).

    Returns:
        ``{new id: [base ids]}`` in id order.
    """
    info = extension_info(extended)
    base_tok = load_tokenizer(base) if base is not None else base_equivalent(extended)
    texts = list(info.new_tokens)
    encoded = base_tok.encode_batch(texts, add_special_tokens=False)
    return {info.new_tokens[t]: e.ids for t, e in zip(texts, encoded, strict=True)}


def resize_embeddings(
    model: Any,
    extended: str | Path | Tokenizer,
    base: str | Path | Tokenizer | None = None,
    *,
    pad_to_multiple_of: int | None = None,
) -> ResizeReport:
    """Resize a transformers causal LM for an extended tokenizer and mean-initialize the new rows.

    The embedding matrix is grown to the extended vocabulary size (never shrunk: models often have spare
    rows, and new ids that fall inside them are initialized in place). Rows of base ids are not touched.

    Args:
        model: A ``transformers.PreTrainedModel`` (e.g. from ``AutoModelForCausalLM.from_pretrained``),
            modified in place.
        extended: The extended tokenizer (object, tokenizer.json path or folder).
        base: The base tokenizer the model was trained with; ``None`` rebuilds an equivalent one from
            ``extended``.
        pad_to_multiple_of: Round the new number of rows up to a multiple of this (e.g. 64 for tensor
            cores); ``None`` keeps the exact size.

    Returns:
        A :class:`ResizeReport`.

    Raises:
        ValueError: If a new token's string has no base tokens (cannot happen for a byte-level base).
    """
    import torch

    ext = load_tokenizer(extended)
    plan = base_ids_of_new_tokens(ext, base)
    text_of = {i: t for t, i in extension_info(ext).new_tokens.items()}
    size = ext.get_vocab_size(with_added_tokens=True)
    old_rows = model.get_input_embeddings().weight.shape[0]
    if size > old_rows:
        model.resize_token_embeddings(size, pad_to_multiple_of=pad_to_multiple_of, mean_resizing=False)
    emb_in = model.get_input_embeddings().weight
    out_layer = model.get_output_embeddings()
    emb_out = out_layer.weight if out_layer is not None else None
    tied = emb_out is None or emb_out.data_ptr() == emb_in.data_ptr()
    bias = getattr(out_layer, "bias", None) if out_layer is not None else None
    report: dict[str, list[int]] = {}
    with torch.no_grad():
        for new_id, ids in plan.items():
            if not ids:
                raise ValueError(f"new id {new_id} has no base tokens")
            if any(i >= old_rows for i in ids):
                raise ValueError(f"base ids {ids} for new id {new_id} are outside the model's {old_rows} rows")
            idx = torch.tensor(ids, dtype=torch.long, device=emb_in.device)
            emb_in[new_id] = emb_in[idx].float().mean(dim=0).to(emb_in.dtype)
            if not tied:
                emb_out[new_id] = emb_out[idx].float().mean(dim=0).to(emb_out.dtype)
            if bias is not None:
                bias[new_id] = bias[idx].float().mean().to(bias.dtype)
            report[text_of[new_id]] = list(ids)
    return ResizeReport(old_rows, model.get_input_embeddings().weight.shape[0], report, tied)
