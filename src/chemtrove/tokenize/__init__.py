"""The chemistry tokenizer extension: one plain tokenizer.json that keeps SMILES and CIF units whole.

>>> from chemtrove.tokenize import extend, save_pretrained          # doctest: +SKIP
>>> tok = extend("path/to/base", corpus=texts)                       # doctest: +SKIP
>>> save_pretrained(tok, "out/tokenizer", base="path/to/base")       # doctest: +SKIP

* :func:`extend`, :func:`save_pretrained`, :func:`base_equivalent` (:mod:`chemtrove.tokenize.extend`),
  :func:`plan_vocabulary` (:mod:`~chemtrove.tokenize.vocabulary`), :func:`check_extension`
  (:mod:`~chemtrove.tokenize.checks`), :func:`load_tokenizer`, :func:`extension_info`
  (:mod:`~chemtrove.tokenize.tokenizer_json`);
* :func:`resize_embeddings` (:mod:`chemtrove.tokenize.embeddings`, imports torch when called);
* :func:`compute_stats`, :func:`stats_from_shards` (:mod:`chemtrove.tokenize.stats`);
* :func:`tokenize_shards`, :func:`count_tokens`, :func:`datatrove_tokenizer` (:mod:`chemtrove.tokenize.shards`);
* :func:`train_base` (:mod:`chemtrove.tokenize.bases`): small GPT-2/Qwen2/Llama-3-style bases built locally.

Importing this package needs neither torch nor transformers.
"""

from __future__ import annotations

from chemtrove.tokenize.bases import train_base
from chemtrove.tokenize.embeddings import ResizeReport, resize_embeddings
from chemtrove.tokenize.extend import (
    PROBES,
    ExtensionError,
    ExtensionInfo,
    NewToken,
    VocabularyPlan,
    base_equivalent,
    check_extension,
    extend,
    extension_info,
    is_extended,
    load_tokenizer,
    plan_vocabulary,
    save_pretrained,
    segments,
)
from chemtrove.tokenize.pretokenize import split_units
from chemtrove.tokenize.shards import count_tokens, datatrove_tokenizer, tokenize_shards
from chemtrove.tokenize.stats import compute_stats, stats_from_shards

__all__ = [
    "PROBES",
    "ExtensionError",
    "ExtensionInfo",
    "NewToken",
    "ResizeReport",
    "VocabularyPlan",
    "base_equivalent",
    "check_extension",
    "compute_stats",
    "count_tokens",
    "datatrove_tokenizer",
    "extend",
    "extension_info",
    "is_extended",
    "load_tokenizer",
    "plan_vocabulary",
    "resize_embeddings",
    "save_pretrained",
    "segments",
    "split_units",
    "stats_from_shards",
    "tokenize_shards",
    "train_base",
]
