"""The on-disk contracts between chemtrove's parts, written once.

Every part reads and writes these files through this module (torch-free; ``pyarrow`` and ``tokenizers`` are
imported where a function needs them):

* **shards** (curate → tokenize, mixtures, tasks, train, eval): parquet files with :data:`SHARD_SCHEMA`;
  :func:`shard_files` finds them by the one discovery rule (:func:`data_files`), :func:`iter_documents`
  reads their plain columns and :func:`iter_shard_records` reads whole records with the metadata decoded;
* **tokenizers**: :func:`load_tokenizer_json` (a ``tokenizers.Tokenizer`` from a file or folder),
  :func:`tokenizer_sha256` (the fingerprint ``token_counts.json``, mixtures and training compare) and
  :func:`resolve_eos_token` (``"auto"`` → the folder's ``tokenizer_config.json``);
* **token_counts.json** (tokenize → mixtures): :func:`write_token_counts`, :func:`read_token_counts`,
  :func:`find_token_counts`;
* **mixture manifests** (mixtures → train): :data:`MIXTURE_FORMAT`, :func:`is_mixture`, :func:`read_manifest`,
  :func:`load_packed`;
* **adapters.json** (train → eval): :data:`ADAPTERS_FORMAT`, :func:`write_adapters_json`,
  :func:`read_adapters_json`.

Discovery rule: a folder is searched recursively in sorted order; below it, folders named ``quarantine``
(curate's dropped records), ``work`` (curate's intermediate dedup files) and any hidden folder (``.cache``: a
mixture build's count cache) are skipped. A path given explicitly is always read.
"""

from __future__ import annotations

from chemtrove.formats.manifests import (
    ADAPTERS_FORMAT,
    ADAPTERS_JSON,
    MIXTURE_FORMAT,
    TOKEN_COUNTS_JSON,
    find_token_counts,
    is_mixture,
    load_packed,
    read_adapters_json,
    read_manifest,
    read_token_counts,
    write_adapters_json,
    write_token_counts,
)
from chemtrove.formats.shards import (
    SHARD_COLUMNS,
    SHARD_SCHEMA,
    SKIPPED_FOLDERS,
    data_files,
    decode_metadata,
    is_skipped,
    iter_documents,
    iter_shard_records,
    read_shard_file,
    shard_files,
)
from chemtrove.formats.tokenizer_files import (
    AUTO,
    configured_eos_token,
    load_tokenizer_json,
    resolve_eos_token,
    tokenizer_json_path,
    tokenizer_sha256,
    vocabulary_fingerprint,
)

__all__ = [
    "ADAPTERS_FORMAT",
    "ADAPTERS_JSON",
    "AUTO",
    "MIXTURE_FORMAT",
    "SHARD_COLUMNS",
    "SHARD_SCHEMA",
    "SKIPPED_FOLDERS",
    "TOKEN_COUNTS_JSON",
    "configured_eos_token",
    "data_files",
    "decode_metadata",
    "find_token_counts",
    "is_mixture",
    "is_skipped",
    "iter_documents",
    "iter_shard_records",
    "load_packed",
    "load_tokenizer_json",
    "read_shard_file",
    "read_adapters_json",
    "read_manifest",
    "read_token_counts",
    "resolve_eos_token",
    "shard_files",
    "tokenizer_json_path",
    "tokenizer_sha256",
    "vocabulary_fingerprint",
    "write_adapters_json",
    "write_token_counts",
]
