"""Tokenizer files: loading ``tokenizer.json``, its fingerprint and the EOS token (see :mod:`chemtrove.formats`)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tokenizers import Tokenizer


# ------------------------------------------------------------------------------------------ tokenizers
def tokenizer_json_path(path: str | Path) -> Path:
    """The tokenizer.json of a path that is the file or a folder holding it (not checked to exist).

    Args:
        path: tokenizer.json or its folder.

    Returns:
        The file's path.
    """
    p = Path(path)
    return p / "tokenizer.json" if p.is_dir() else p


AUTO = "auto"
"""``eos_token`` value meaning: the ``eos_token`` of the tokenizer folder's ``tokenizer_config.json``."""


def load_tokenizer_json(source: str | Path | Tokenizer) -> Tokenizer:
    """Load a ``tokenizers.Tokenizer`` from a tokenizer.json file or a folder holding one.

    Args:
        source: A ``tokenizers.Tokenizer`` (returned as is), a path to a tokenizer.json, or a folder
            containing ``tokenizer.json`` (e.g. a model folder saved by transformers).

    Returns:
        The tokenizer.

    Raises:
        FileNotFoundError: If no tokenizer.json is found.
    """
    from tokenizers import Tokenizer

    if isinstance(source, Tokenizer):
        return source
    path = tokenizer_json_path(source)
    if not path.is_file():
        raise FileNotFoundError(f"no tokenizer.json at {source}")
    return Tokenizer.from_file(str(path))


def tokenizer_sha256(tokenizer: Tokenizer) -> str:
    """The tokenizer fingerprint: sha256 of ``Tokenizer.to_str()``.

    ``token_counts.json``, mixture manifests and CPT's check of a mixture against its tokenizer all compare
    this hash.

    Args:
        tokenizer: A ``tokenizers.Tokenizer``.

    Returns:
        The hex digest.
    """
    return hashlib.sha256(tokenizer.to_str().encode("utf-8")).hexdigest()


def vocabulary_fingerprint(tokenizer: Any) -> str:
    """A short hash of a tokenizer's vocabulary (token -> id), the same after ``save_pretrained`` round trips.

    A model's config records it (``chemtrove_tokenizer``) to know which tokenizer its embeddings were fitted
    to; the file bytes are not used because transformers re-serializes ``tokenizer.json`` into every checkpoint.

    Args:
        tokenizer: Anything with ``get_vocab()`` (a ``tokenizers`` or ``transformers`` tokenizer).

    Returns:
        16 hex digits.
    """
    vocab = sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])
    return hashlib.sha256(json.dumps(vocab, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def configured_eos_token(tokenizer_dir: str | Path) -> str | None:
    """The ``eos_token`` of a tokenizer folder's ``tokenizer_config.json`` (``None`` when it names none).

    Args:
        tokenizer_dir: The folder, or a tokenizer.json inside it.

    Returns:
        The token's text.
    """
    path = Path(tokenizer_dir)
    config = (path if path.is_dir() else path.parent) / "tokenizer_config.json"
    if not config.is_file():
        return None
    value = json.loads(config.read_text(encoding="utf-8")).get("eos_token")
    return value.get("content") if isinstance(value, dict) else value


def resolve_eos_token(tokenizer: str | Path | Any, eos_token: str | None) -> str | None:
    """The token appended to each document: ``eos_token`` as given, or the folder's for :data:`AUTO`.

    Args:
        tokenizer: The tokenizer's folder or tokenizer.json (an object has no config: ``auto`` gives ``None``).
        eos_token: A token, ``None`` (none) or ``"auto"``.

    Returns:
        The token, or ``None``.
    """
    if eos_token != AUTO:
        return eos_token
    if isinstance(tokenizer, str | Path) and Path(tokenizer).is_dir():
        return configured_eos_token(tokenizer)
    return None
