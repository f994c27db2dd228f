"""What chemtrove reads in a tokenizer.json: the byte-level alphabet, loading, the base's pre-tokenizer
parts, and the mark and description of an extension."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.chem.tags import ALL_TAGS
from chemtrove.formats import load_tokenizer_json as load_tokenizer  # noqa: F401 - the tokenizer part's name for it
from chemtrove.tokenize import pretokenize

if TYPE_CHECKING:
    from tokenizers import Tokenizer

EXTENSION_VERSION = 3
"""3: the base's ByteLevel step runs before the unit split (which is written for the byte-level alphabet):
same ids and offsets as version 2, fewer byte mappings. 2: the name tags [START_MOL] and [END_MOL] are kept
whole (version 1 had only the structure tags). Tokenizers of every version load and encode as written."""
_MARK = re.compile(r"^\(\?#chemtrove tokenizer extension v(\d+); ids from (\d+) are new\)")


class ExtensionError(ValueError):
    """The base tokenizer cannot be extended, or the extension failed its own checks."""


# --------------------------------------------------------------------------------------------- byte level
@lru_cache(maxsize=1)
def bytes_to_unicode() -> dict[int, str]:
    """The GPT-2 byte-to-character table that byte-level BPE vocabularies are written in.

    Returns:
        A mapping of each byte value 0-255 to the character that stands for it in vocabulary strings.
    """
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), 256))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs, strict=True)}


def to_byte_level(text: str) -> str:
    """Write ``text`` in the byte-level alphabet (``" C"`` becomes ``"ĠC"``).

    Args:
        text: Any string.

    Returns:
        The vocabulary spelling of the UTF-8 bytes of ``text``.
    """
    table = bytes_to_unicode()
    return "".join(table[b] for b in text.encode("utf-8"))


def from_byte_level(token: str) -> str:
    """Inverse of :func:`to_byte_level` (invalid UTF-8 is replaced).

    Args:
        token: A vocabulary string in the byte-level alphabet.

    Returns:
        The text it stands for.
    """
    table = {c: b for b, c in bytes_to_unicode().items()}
    if not all(c in table for c in token):
        return token
    return bytes(table[c] for c in token).decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------------------------- loading
def _json(tok: Tokenizer) -> dict[str, Any]:
    return json.loads(tok.to_str())


def _split(pattern: str, behavior: str = "Isolated", invert: bool = False) -> dict[str, Any]:
    return {"type": "Split", "pattern": {"Regex": pattern}, "behavior": behavior, "invert": invert}


def _onig_escape(text: str) -> str:
    return "".join("\\" + c if not c.isalnum() and c != " " else c for c in text)


@dataclass
class _BaseParts:
    splits: list[dict[str, Any]]
    byte_level: dict[str, Any]


def _base_parts(data: dict[str, Any]) -> _BaseParts:
    """The base's split steps and its ByteLevel step, or ExtensionError if unsupported."""
    model = data.get("model") or {}
    if model.get("type") != "BPE":
        raise ExtensionError(f"the base model is {model.get('type')!r}; only byte-level BPE bases are supported")
    if model.get("byte_fallback") or model.get("continuing_subword_prefix") or model.get("end_of_word_suffix"):
        raise ExtensionError("the base BPE uses byte_fallback or subword prefixes/suffixes: not byte-level BPE")
    if model.get("dropout"):
        raise ExtensionError("the base BPE has dropout set; extend a tokenizer without dropout")
    pre = data.get("pre_tokenizer")
    if pre is None:
        raise ExtensionError("the base has no pre-tokenizer; byte-level BPE bases end with a ByteLevel step")
    steps = pre["pretokenizers"] if pre.get("type") == "Sequence" else [pre]
    splits: list[dict[str, Any]] = []
    byte_level = None
    for i, step in enumerate(steps):
        kind = step.get("type")
        if kind == "ByteLevel":
            if i != len(steps) - 1:
                raise ExtensionError("the base's ByteLevel step is not the last pre-tokenizer step")
            if step.get("add_prefix_space"):
                raise ExtensionError(
                    "the base's ByteLevel step has add_prefix_space=True, which puts a space in front of every "
                    "piece (every SMILES unit would get one); extend a base with add_prefix_space=False"
                )
            if step.get("use_regex", True):
                splits.append(_split(pretokenize.GPT2_PATTERN))
            byte_level = dict(step, use_regex=False)
        elif kind == "Split":
            if step.get("invert"):
                raise ExtensionError("the base has an inverted Split step; not supported")
            pat = step["pattern"]
            regex = pat["Regex"] if "Regex" in pat else _onig_escape(pat["String"])
            splits.append(_split(regex, step.get("behavior", "Isolated")))
        else:
            raise ExtensionError(
                f"the base's pre-tokenizer has a {kind} step; supported: Split steps followed by ByteLevel"
            )
    if byte_level is None:
        raise ExtensionError("the base has no ByteLevel pre-tokenizer step: not a byte-level BPE")
    return _BaseParts(splits, byte_level)


def _pre_json(tok: Tokenizer) -> dict[str, Any]:
    """The pre-tokenizer's JSON alone (cheaper than the whole tokenizer's)."""
    return {"pre_tokenizer": json.loads(tok.pre_tokenizer.__getstate__()) if tok.pre_tokenizer is not None else None}


def _mark(data: dict[str, Any]) -> tuple[int, int] | None:
    pre = data.get("pre_tokenizer") or {}
    if pre.get("type") != "Sequence" or not pre.get("pretokenizers"):
        return None
    first = pre["pretokenizers"][0]
    m = _MARK.match(first.get("pattern", {}).get("Regex", "")) if first.get("type") == "Split" else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def is_extended(tokenizer: str | Path | Tokenizer) -> bool:
    """Whether a tokenizer was made by :func:`extend`.

    Args:
        tokenizer: A tokenizer, tokenizer.json path or folder.

    Returns:
        True if its pre-tokenizer carries the chemtrove extension mark.
    """
    return _mark(_pre_json(load_tokenizer(tokenizer))) is not None


@dataclass(frozen=True)
class ExtensionInfo:
    """What :func:`extend` added to a tokenizer (read back from the tokenizer itself).

    Attributes:
        version: Version of the extension layout.
        base_vocab_size: Number of ids of the base (new ids start here).
        new_tokens: Every new vocabulary entry as text, with its id, in id order.
        tag_ids: Id of each tag.
    """

    version: int
    base_vocab_size: int
    new_tokens: dict[str, int]
    tag_ids: dict[str, int]


def extension_info(tokenizer: str | Path | Tokenizer) -> ExtensionInfo:
    """Read what the extension added from an extended tokenizer.

    Args:
        tokenizer: An extended tokenizer, tokenizer.json path or folder.

    Returns:
        An :class:`ExtensionInfo`.

    Raises:
        ExtensionError: If the tokenizer was not made by :func:`extend`.
    """
    tok = load_tokenizer(tokenizer)
    mark = _mark(_pre_json(tok))
    if mark is None:
        raise ExtensionError("not a chemtrove-extended tokenizer (no extension mark in its pre-tokenizer)")
    version, first = mark
    vocab = tok.get_vocab(with_added_tokens=False)
    new = {from_byte_level(s): i for s, i in sorted(vocab.items(), key=lambda kv: kv[1]) if i >= first}
    tags = {t: tok.token_to_id(t) for t in ALL_TAGS}
    return ExtensionInfo(version, first, new, tags)
