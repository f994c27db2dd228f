"""``token_counts.json``, mixture manifests and ``adapters.json`` (see :mod:`chemtrove.formats`)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

# ------------------------------------------------------------------------------------ token_counts.json
TOKEN_COUNTS_JSON = "token_counts.json"
"""Documents and tokens per source and domain of a tokenized folder (with the tokenizer fingerprint)."""


def write_token_counts(out_dir: str | Path, summary: dict[str, Any]) -> Path:
    """Write ``token_counts.json`` (sorted keys, so equal counts give equal bytes).

    Args:
        out_dir: The tokenized folder.
        summary: ``{"sources", "domains", "total_tokens", "total_documents", "vocab_size",
            "tokenizer_sha256", "eos_token"}``.

    Returns:
        The file.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / TOKEN_COUNTS_JSON
    path.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def find_token_counts(path: str | Path) -> Path | None:
    """The ``token_counts.json`` of a tokenized folder that holds ``path``.

    ``path`` may be the folder itself or any folder/file under its ``tokens/``.

    Args:
        path: A tokenized folder or a path below its ``tokens/``.

    Returns:
        The file, or ``None``.
    """
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    if (folder / TOKEN_COUNTS_JSON).is_file():
        return folder / TOKEN_COUNTS_JSON
    for parent in folder.parents:
        counts = parent / TOKEN_COUNTS_JSON
        if counts.is_file() and (folder == parent / "tokens" or (parent / "tokens") in folder.parents):
            return counts
    return None


def read_token_counts(path: str | Path) -> dict[str, Any] | None:
    """The ``token_counts.json`` of a tokenized folder (see :func:`find_token_counts`), or ``None``.

    Args:
        path: A tokenized folder or a path below its ``tokens/``.

    Returns:
        The counts.
    """
    file = find_token_counts(path)
    return None if file is None else json.loads(file.read_text(encoding="utf-8"))


# ------------------------------------------------------------------------------------ mixture manifests
MIXTURE_FORMAT = "chemtrove.mixture/1"
"""The ``format`` of a built mixture's ``manifest.json``."""


def is_mixture(folder: str | Path) -> bool:
    """Whether a folder is a built mixture (a ``manifest.json`` of :data:`MIXTURE_FORMAT`).

    Args:
        folder: The folder.

    Returns:
        ``True`` for a mixture build.
    """
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        return False
    return json.loads(path.read_text(encoding="utf-8")).get("format") == MIXTURE_FORMAT


def read_manifest(output: str | Path) -> dict[str, Any]:
    """The manifest of a built mixture.

    Args:
        output: The build's output folder.

    Returns:
        The manifest.

    Raises:
        FileNotFoundError: If the folder holds no finished build.
    """
    path = Path(output) / "manifest.json"
    if not path.is_file():
        raise FileNotFoundError(f"{path} does not exist: build the mixture first (chemtrove mix build)")
    return json.loads(path.read_text(encoding="utf-8"))


def load_packed(output: str | Path, mmap: bool = True) -> np.ndarray:
    """All packed training sequences of a build as one ``(sequences, seq_len)`` uint32 array.

    Args:
        output: The build's output folder.
        mmap: Memory-map the parts (a single part is returned as its memmap; several are concatenated).

    Returns:
        The sequences.
    """
    import numpy as np

    out = Path(output)
    files = read_manifest(out)["outputs"]["train"]["packed_files"]
    arrays = [np.load(out / f["file"], mmap_mode="r" if mmap else None) for f in files]
    if len(arrays) == 1:
        return arrays[0]
    return np.concatenate(arrays) if arrays else np.zeros((0, 0), dtype=np.uint32)


# ---------------------------------------------------------------------------------------- adapters.json
ADAPTERS_JSON = "adapters.json"
"""Manifest of a folder holding adapters (one, or per-task experts) and the base they apply to."""
ADAPTERS_FORMAT = "chemtrove.adapters/1"


def write_adapters_json(
    out: str | Path,
    base: str | Path,
    adapters: dict[str, dict[str, Any]],
    *,
    kind: str = "adapter",
    router: dict[str, Any] | None = None,
) -> Path:
    """Write ``adapters.json``: the base (relative to ``out`` when possible), the adapters, the router.

    Args:
        out: The folder.
        base: Base model folder.
        adapters: ``{name: {"path": folder relative to out, "tasks": [...]}}``.
        kind: ``adapter`` (one) or ``experts`` (per-task adapters).
        router: The expert router's description (``{"type": "task"}`` or a learned router).

    Returns:
        The manifest's path.
    """
    out = Path(out)
    base = Path(base)
    try:
        base_text = os.path.relpath(base.resolve(), out.resolve())
    except ValueError:  # another drive (Windows)
        base_text = str(base.resolve())
    manifest = {"format": ADAPTERS_FORMAT, "kind": kind, "base": base_text, "adapters": adapters}
    if router is not None:
        manifest["router"] = router
    path = out / ADAPTERS_JSON
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_adapters_json(folder: str | Path) -> dict[str, Any] | None:
    """``adapters.json`` of a folder with the base resolved to a path (``None`` when there is none).

    Args:
        folder: The folder.

    Returns:
        The manifest, with ``base_dir`` added.

    Raises:
        ValueError: If the file is not a :data:`ADAPTERS_FORMAT` manifest.
    """
    path = Path(folder) / ADAPTERS_JSON
    if not path.is_file():
        return None
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != ADAPTERS_FORMAT:
        raise ValueError(f"{path}: not a {ADAPTERS_FORMAT} manifest")
    manifest["base_dir"] = str((Path(folder) / manifest["base"]).resolve())
    return manifest
