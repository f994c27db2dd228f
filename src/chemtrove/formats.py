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

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    import numpy as np
    from tokenizers import Tokenizer

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

# ---------------------------------------------------------------------------------------------- shards
SHARD_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),
        ("source", pa.string()),
        ("domain", pa.string()),
        ("metadata", pa.string()),
    ]
)
"""Tagged shard rows: ``metadata`` is a JSON object (sorted keys) that datatrove's readers parse back."""

SHARD_COLUMNS = tuple(SHARD_SCHEMA.names)
"""The columns of a shard, in order."""

SKIPPED_FOLDERS = frozenset({"quarantine", "work"})
"""Folder names never searched for data below a given folder (hidden folders are skipped too)."""

AUTO = "auto"
"""``eos_token`` value meaning: the ``eos_token`` of the tokenizer folder's ``tokenizer_config.json``."""


def is_skipped(relative: Path) -> bool:
    """Whether a file found below a searched folder lies in a skipped folder.

    Args:
        relative: The file's path relative to the searched folder.

    Returns:
        ``True`` for files under ``quarantine/``, ``work/`` or a hidden folder.
    """
    folders = relative.parts[:-1]
    return any(part in SKIPPED_FOLDERS or part.startswith(".") for part in folders)


def data_files(paths: str | Path | Iterable[str | Path], suffixes: Iterable[str] | None = (".parquet",)) -> list[Path]:
    """The data files of folders and files, by the one discovery rule (see the module docstring).

    Args:
        paths: A folder, a file, or an iterable of folders and files.
        suffixes: File suffixes searched for in folders (lower case, with the dot); ``None``: every file.
            Files given explicitly are returned whatever their suffix.

    Returns:
        The files: each folder's in sorted order, in the order the paths were given.

    Raises:
        FileNotFoundError: If a path does not exist.
    """
    items = [paths] if isinstance(paths, str | Path) else list(paths)
    wanted = None if suffixes is None else {s.lower() for s in suffixes}
    files: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            files += sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and (wanted is None or f.suffix.lower() in wanted)
                and not is_skipped(f.relative_to(path))
            )
        elif path.is_file():
            files.append(path)
        else:
            raise FileNotFoundError(f"no file or folder at {path}")
    return files


def shard_files(shards: str | Path | Iterable[str | Path]) -> list[Path]:
    """The parquet files of a shard folder (searched recursively), a file, or several of them.

    Args:
        shards: A folder, a parquet file, or an iterable of folders and files.

    Returns:
        The parquet files, sorted within each folder (so the order is reproducible).

    Raises:
        FileNotFoundError: If a path does not exist or no parquet file is found.
    """
    files = data_files(shards)
    if not files:
        raise FileNotFoundError(f"no parquet files in {shards}")
    return files


def decode_metadata(value: Any) -> dict[str, Any]:
    """A shard's ``metadata`` cell as a dict (``{}`` for anything that is not a JSON object).

    Args:
        value: The cell: a JSON string, a dict (already decoded) or ``None``.

    Returns:
        The metadata.
    """
    if isinstance(value, dict):
        return value
    if isinstance(value, str) and value:
        try:
            out = json.loads(value)
        except ValueError:
            return {}
        return out if isinstance(out, dict) else {}
    return {}


def iter_documents(
    shards: str | Path | Iterable[str | Path], *, batch_size: int = 1000, max_docs: int | None = None
) -> Iterator[dict[str, str]]:
    """Read shard rows as dicts with ``id``, ``text``, ``source`` and ``domain`` (no metadata: fast).

    Args:
        shards: Shard folder(s) or file(s) (see :func:`shard_files`).
        batch_size: Rows read at a time.
        max_docs: Stop after this many rows (``None``: all).

    Yields:
        One dict per row; missing columns are empty strings.
    """
    import pyarrow.parquet as pq

    columns = ("id", "text", "source", "domain")
    n = 0
    for path in shard_files(shards):
        pf = pq.ParquetFile(path)
        cols = [c for c in columns if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(batch_size=batch_size, columns=cols):
            data = batch.to_pydict()
            for i in range(batch.num_rows):
                if max_docs is not None and n >= max_docs:
                    return
                n += 1
                yield {c: (data[c][i] if c in data and data[c][i] is not None else "") for c in columns}


def read_shard_file(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of one shard file, with the metadata decoded (nothing for a parquet file that is no shard).

    A file without a ``metadata`` column (tokenized ids, a mixture's documents) is not a shard and yields
    nothing. A missing ``domain`` or ``source`` is read from the metadata, a missing ``domain`` there from
    the folder name; a missing ``id`` becomes ``<file name>/<row>``.

    Args:
        path: A parquet file.

    Yields:
        ``{"id", "text", "source", "domain", "metadata"}`` per row.
    """
    import pyarrow.parquet as pq

    path = Path(path)
    table = pq.read_table(path)
    if "metadata" not in table.column_names:
        return
    data = table.to_pydict()
    n = table.num_rows
    for i in range(n):
        meta = decode_metadata(data["metadata"][i])
        yield {
            "id": str((data.get("id") or [None] * n)[i] or f"{path.name}/{i}"),
            "text": (data.get("text") or [""] * n)[i] or "",
            "source": (data.get("source") or [None] * n)[i] or meta.get("source", ""),
            "domain": (data.get("domain") or [None] * n)[i] or meta.get("domain") or path.parent.name,
            "metadata": meta,
        }


def iter_shard_records(shards: str | Path | Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Every record of shard folder(s) or file(s), with the metadata decoded (see :func:`read_shard_file`).

    Args:
        shards: Shard folder(s) or parquet file(s), found by :func:`shard_files`.

    Yields:
        ``{"id", "text", "source", "domain", "metadata"}`` per record.
    """
    for path in shard_files(shards):
        yield from read_shard_file(path)


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
