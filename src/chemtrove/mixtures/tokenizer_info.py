"""The tokenizer a mixture is counted and packed with: its file, hash, vocabulary and EOS token."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chemtrove.formats import (
    AUTO,
    configured_eos_token,
    load_tokenizer_json,
    tokenizer_json_path,
    tokenizer_sha256,
)
from chemtrove.mixtures.spec import MixtureSpec, SpecError


@dataclass
class TokenizerInfo:
    """The tokenizer a mixture is counted and packed with.

    Attributes:
        sha256: sha256 of ``Tokenizer.to_str()`` (the same hash ``token_counts.json`` records).
        vocab_size: Vocabulary size, added tokens included.
        eos_token: Token appended to each document (``None``: none).
        eos_id: Its id.
        path: Where it was loaded from (``None`` when only tokenized folders give it).
        tokenizer: The loaded ``tokenizers.Tokenizer`` (``None`` without a path).
    """

    sha256: str | None
    vocab_size: int | None
    eos_token: str | None
    eos_id: int | None
    path: Path | None = None
    tokenizer: Any = field(default=None, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The manifest form (no path: manifests do not depend on where files are)."""
        return {
            "sha256": self.sha256,
            "vocab_size": self.vocab_size,
            "eos_token": self.eos_token,
            "eos_id": self.eos_id,
        }


def tokenizer_file(path: str | Path) -> Path:
    """The tokenizer.json of a path that is the file or its folder.

    Args:
        path: tokenizer.json or a folder holding one.

    Returns:
        The file.

    Raises:
        SpecError: If there is no tokenizer.json there.
    """
    f = tokenizer_json_path(path)
    if not f.is_file():
        raise SpecError(f"spec.tokenizer: no tokenizer.json at {path}; give the file or the folder that holds it")
    return f


def load_tokenizer_info(spec: MixtureSpec) -> TokenizerInfo | None:
    """Load the spec's tokenizer and resolve its EOS token.

    Args:
        spec: The mixture spec.

    Returns:
        The tokenizer information, or ``None`` when the spec names no tokenizer.

    Raises:
        SpecError: If the file is missing, or the EOS token cannot be resolved.
    """
    if spec.tokenizer is None:
        return None
    path = spec.resolve(spec.tokenizer)
    file = tokenizer_file(path)
    tok = load_tokenizer_json(file)
    eos = spec.eos_token
    if eos == AUTO:
        eos = configured_eos_token(path)
        if eos is None:
            cfg = (path if path.is_dir() else path.parent) / "tokenizer_config.json"
            raise SpecError(
                f"spec.eos_token: 'auto' found no eos_token in {cfg}; name the token that ends a document "
                "(e.g. eos_token: '<|endoftext|>'), packed sequences need it between documents"
            )
    eos_id = None
    if eos is not None:
        eos_id = tok.token_to_id(eos)
        if eos_id is None:
            raise SpecError(f"spec.eos_token: {eos!r} is not a token of {file}; name one of its special tokens")
    return TokenizerInfo(tokenizer_sha256(tok), tok.get_vocab_size(with_added_tokens=True), eos, eos_id, path, tok)
