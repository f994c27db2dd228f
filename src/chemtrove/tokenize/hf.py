"""Load a chemtrove tokenizer folder as a ``transformers`` tokenizer without losing the chemistry split.

transformers 5 takes the model family's tokenizer class from a ``config.json`` in the same folder (a
checkpoint folder) even when ``tokenizer_config.json`` says ``TokenizersBackend``, and that class rebuilds
the pre-tokenizer: ``[START_SMILES]CC(=O)N`` then splits like prose. chemtrove saves its tokenizers with
``"tokenizer_class": "TokenizersBackend"`` (the ``tokenizer.json`` as it is), so
:func:`load_transformers_tokenizer` honours that declaration and loads the file with the generic fast
tokenizer class directly; any other folder goes through ``AutoTokenizer``, checked against its
``tokenizer.json``, with a fallback to the file as it is.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

_PROBES = (
    "The molecule represented with the SMILES [START_SMILES]CC(=O)N[C@@H]1CC[NH3+]1[END_SMILES] is",
    "[START_CIF]data_NaCl\n_cell_length_a   5.6400\n[END_CIF]",
    "Hello world, 12.5 kcal/mol",
)

FILE_AS_IS_CLASSES = ("TokenizersBackend", "PreTrainedTokenizerFast")
"""``tokenizer_class`` values that mean "the tokenizer.json as it is" (chemtrove writes the first)."""


def encodes_like_file(tok: Any, file: str | Path) -> bool:
    """Whether a transformers tokenizer gives the same ids as ``tokenizer.json`` on a few probes."""
    from tokenizers import Tokenizer

    raw = Tokenizer.from_file(str(file))
    return all(
        list(tok(p, add_special_tokens=False)["input_ids"]) == raw.encode(p, add_special_tokens=False).ids
        for p in _PROBES
    )


def declared_class(path: str | Path) -> str | None:
    """The ``tokenizer_class`` a folder's ``tokenizer_config.json`` declares (``None`` when it declares none).

    Args:
        path: A tokenizer or checkpoint folder.
    """
    try:
        config = json.loads((Path(path) / "tokenizer_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = config.get("tokenizer_class") if isinstance(config, dict) else None
    return value if isinstance(value, str) else None


def local_path(path: str | Path, what: str) -> Path:
    """A path that must exist on this machine (models and tokenizers load from local folders only).

    Args:
        path: The path.
        what: What it is, for the error (``model``, ``tokenizer``).

    Returns:
        The path, ``~`` expanded.

    Raises:
        FileNotFoundError: If nothing is there, saying how to get a local copy.
    """
    p = Path(path).expanduser()
    if not p.exists():
        raise FileNotFoundError(
            f"{what} {str(path)!r} is not a local folder. chemtrove loads models and tokenizers from local paths "
            "only: download it once (e.g. `hf download Qwen/Qwen2.5-0.5B --local-dir models/Qwen2.5-0.5B`) and "
            "point the config at the folder."
        )
    return p


def load_transformers_tokenizer(source: Any, *, pad_with_eos: bool = False) -> Any:
    """A ``transformers`` tokenizer that encodes exactly like its ``tokenizer.json``.

    A folder is loaded with ``AutoTokenizer``; when the result does not encode like the folder's
    ``tokenizer.json`` (transformers 5 takes the model family's tokenizer class from a ``config.json`` in the
    same folder and rebuilds the pre-tokenizer, dropping a chemistry split), ``tokenizer.json`` is loaded as
    it is instead, with a warning.

    Args:
        source: A local folder with ``tokenizer.json`` (and ``tokenizer_config.json``), possibly a model
            checkpoint; a ``tokenizers.Tokenizer``; or a ``transformers`` tokenizer (returned as is).
        pad_with_eos: Give a tokenizer without a pad token its eos token as pad (training batches and
            generation need one).

    Returns:
        The tokenizer: ``PreTrainedTokenizerFast`` over ``tokenizer.json`` when ``tokenizer_config.json``
        declares the file as it is (chemtrove's tokenizers and checkpoints); otherwise ``AutoTokenizer``'s
        choice when it encodes like the file, else the file as it is, with a warning.

    Raises:
        FileNotFoundError: If a path does not exist.
    """
    from transformers import PreTrainedTokenizerBase, PreTrainedTokenizerFast

    if isinstance(source, PreTrainedTokenizerBase):
        tok = source
    elif isinstance(source, str | Path):
        tok = _from_folder(local_path(source, "tokenizer"))
    else:
        tok = PreTrainedTokenizerFast(tokenizer_object=source)
    if pad_with_eos and tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def _from_folder(path: Path) -> Any:
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    file = path / "tokenizer.json"
    if file.is_file() and declared_class(path) in FILE_AS_IS_CLASSES:
        return PreTrainedTokenizerFast.from_pretrained(str(path), local_files_only=True)
    tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
    if file.is_file() and not encodes_like_file(tok, file):
        warnings.warn(
            f"AutoTokenizer loaded {path} as {type(tok).__name__}, which does not encode like its tokenizer.json "
            "(a config.json beside it picks the model family's tokenizer class); using tokenizer.json as it is",
            stacklevel=2,
        )
        tok = PreTrainedTokenizerFast.from_pretrained(str(path), local_files_only=True)
    return tok
