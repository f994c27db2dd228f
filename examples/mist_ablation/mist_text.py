"""General English text available offline: docstrings and package documentation of installed Python code.

The base model of the MiST ablation is pretrained from scratch on this text, and arm B (the control)
continues on it. It needs no network: every document comes from the interpreter's standard library and from
a fixed allowlist of installed packages, read as source text (``ast``; nothing is imported or executed).

* Standard library: the docstrings of modules, classes and functions of ``sysconfig``'s ``stdlib`` folder
  (tests, ``idlelib``, ``site-packages`` and vendored third-party code left out). Licence: PSF-2.0.
* Packages (``packages`` in the config): the same docstrings from each package's Python files, plus the
  long description of its distribution metadata (its README). A package is used only when its declared
  licence is a permissive one (:data:`PERMISSIVE`); otherwise it is skipped with a message.

Documents shorter than ``min_chars`` are dropped, whitespace is normalized, exact duplicates (sha256 of the
text) are removed keeping the first in a fixed order (sources in config order, files sorted by relative
path, definitions in source order), and the corpus is capped at ``max_chars`` by taking documents in an order
seeded by ``seed`` (a hash of seed and document id, so the same environment and config always give the same
documents). The result is written as chemtrove shards (``id, text, source, domain, metadata``, domain
``general``) so that the mixture planner reads it like a curated source, with ``general_text.json`` listing
every source, its version, licence, files and documents, and the sha256 of the shard.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import sysconfig
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

PERMISSIVE = ("PSF", "Python Software Foundation", "BSD", "MIT", "Apache", "ISC", "0BSD", "Zlib", "CC0")
"""Licence names (substrings of a distribution's licence fields) that this corpus draws from."""

_SKIP_PARTS = {"test", "tests", "testing", "idlelib", "site-packages", "_vendor", "vendored", "__pycache__"}
_WS = re.compile(r"[ \t]+\n")


def _docstrings(source: str) -> Iterator[tuple[str, str]]:
    """``(qualified name, docstring)`` of a module's definitions, in source order; nothing is executed."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, prefix = stack.pop(0)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            name = prefix if isinstance(node, ast.Module) else f"{prefix}.{node.name}".lstrip(".")
            doc = ast.get_docstring(node, clean=True)
            if doc:
                yield name or "<module>", doc
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                    stack.append((child, name))


def _normalize(text: str) -> str:
    return _WS.sub("\n", text.replace("\r\n", "\n")).strip()


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    parts = [meta.get("License-Expression") or "", (meta.get("License") or "").splitlines()[0:1]]
    text = " ".join([parts[0], *parts[1]]).strip()
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License")]
    return "; ".join(x for x in [text, *classifiers] if x)


def _python_files(root: Path) -> list[Path]:
    return sorted(
        (p for p in root.rglob("*.py") if not _SKIP_PARTS & set(p.relative_to(root).parts[:-1])),
        key=lambda p: p.relative_to(root).as_posix(),
    )


def _stdlib_source() -> tuple[dict[str, Any], list[Path], Path]:
    root = Path(sysconfig.get_paths()["stdlib"])
    info = {"name": "stdlib", "version": sysconfig.get_python_version(), "licence": "PSF-2.0"}
    return info, _python_files(root), root


def _package_source(name: str) -> tuple[dict[str, Any], list[Path], Path, str] | None:
    """A package's info, Python files, root and long description; ``None`` when it cannot be used."""
    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        print(f"general text: package {name!r} is not installed: skipped (remove it from general_text.packages)")
        return None
    licence = _licence(dist)
    if not any(p.lower() in licence.lower() for p in PERMISSIVE):
        print(f"general text: package {name!r} has licence {licence!r}, not a permissive one: skipped")
        return None
    top = (dist.read_text("top_level.txt") or "").split() or [name.replace("-", "_").lower()]
    roots = [Path(str(dist.locate_file(t))) for t in top]
    roots = [r for r in roots if r.is_dir()]
    files = [f for r in roots for f in _python_files(r)]
    description = dist.metadata.get_payload() or dist.metadata.get("Description") or ""
    info = {"name": name, "version": dist.version, "licence": licence}
    return info, files, (roots[0].parent if roots else Path(".")), str(description)


def _order_key(seed: int, doc_id: str) -> str:
    return hashlib.sha256(f"{seed}\x1f{doc_id}".encode()).hexdigest()


def build_general_text(
    out_dir: str | Path,
    *,
    packages: list[str] | tuple[str, ...] = (),
    stdlib: bool = True,
    min_chars: int = 200,
    max_chars: int = 8_000_000,
    seed: int = 0,
    progress: Callable[[str], None] | None = print,
) -> dict[str, Any]:
    """Write the general-text corpus as one chemtrove shard and its manifest (skipped when up to date).

    Args:
        out_dir: Folder for ``shards/general/general.parquet`` and ``general_text.json``.
        packages: Installed distributions to draw from besides the standard library (permissive licences only).
        stdlib: Include the standard library's docstrings.
        min_chars: Shortest document kept (after whitespace normalization).
        max_chars: Cap on the corpus size in characters (documents taken in a seeded order until it is reached).
        seed: Seed of that order.
        progress: Where progress lines go (``None``: nowhere).

    Returns:
        The manifest: ``sources`` (name, version, licence, files, documents, characters), ``documents``,
        ``characters``, ``duplicates``, ``sha256`` of the shard, and the arguments.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    say = progress or (lambda _m: None)
    out = Path(out_dir)
    manifest_path = out / "general_text.json"
    args = {
        "packages": list(packages),
        "stdlib": stdlib,
        "min_chars": min_chars,
        "max_chars": max_chars,
        "seed": seed,
    }
    if manifest_path.is_file():
        old = json.loads(manifest_path.read_text(encoding="utf-8"))
        if old.get("arguments") == args and (out / old["file"]).is_file():
            return old
    if min_chars < 1 or max_chars < min_chars:
        raise ValueError(f"general_text: need 1 <= min_chars <= max_chars, got {min_chars} and {max_chars}")
    seen: set[str] = set()
    docs: list[dict[str, str]] = []
    sources: list[dict[str, Any]] = []
    duplicates = 0
    plan: list[tuple[dict[str, Any], list[Path], Path, str]] = []
    if stdlib:
        info, files, root = _stdlib_source()
        plan.append((info, files, root, ""))
    for name in packages:
        got = _package_source(name)
        if got is not None:
            plan.append(got)
    for info, files, root, description in plan:
        n_docs, n_chars = 0, 0
        texts: list[tuple[str, str]] = []
        if description.strip():
            texts.append((f"{info['name']}:README", description))
        for f in files:
            try:
                source = f.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            rel = f.relative_to(root).as_posix()
            texts += [(f"{info['name']}:{rel}:{qual}", doc) for qual, doc in _docstrings(source)]
        for doc_id, raw in texts:
            text = _normalize(raw)
            if len(text) < min_chars:
                continue
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if digest in seen:
                duplicates += 1
                continue
            seen.add(digest)
            docs.append({"id": doc_id, "text": text, "source": info["name"]})
            n_docs += 1
            n_chars += len(text)
        sources.append({**info, "files": len(files), "documents_found": n_docs, "characters_found": n_chars})
        say(f"  general text: {info['name']} {info['version']} ({info['licence']}): {n_docs:,} documents")
    docs.sort(key=lambda d: _order_key(seed, d["id"]))
    kept, total = [], 0
    for d in docs:
        if total + len(d["text"]) > max_chars:
            continue
        kept.append(d)
        total += len(d["text"])
    by_source: dict[str, list[int]] = {}
    for d in kept:
        counts = by_source.setdefault(d["source"], [0, 0])
        counts[0] += 1
        counts[1] += len(d["text"])
    for s in sources:
        s["documents"], s["characters"] = by_source.get(s["name"], [0, 0])
    file = Path("shards") / "general" / "general.parquet"
    (out / file).parent.mkdir(parents=True, exist_ok=True)
    table = pa.table(
        {
            "id": [d["id"] for d in kept],
            "text": [d["text"] for d in kept],
            "source": [d["source"] for d in kept],
            "domain": ["general"] * len(kept),
            "metadata": [
                json.dumps({"licence": next(s["licence"] for s in sources if s["name"] == d["source"])}) for d in kept
            ],
        }
    )
    pq.write_table(table, out / file, compression="zstd", row_group_size=1000)
    manifest = {
        "file": file.as_posix(),
        "sha256": hashlib.sha256((out / file).read_bytes()).hexdigest(),
        "documents": len(kept),
        "characters": total,
        "duplicates": duplicates,
        "sources": sources,
        "arguments": args,
    }
    manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    say(f"  general text: {len(kept):,} documents, {total:,} characters, {duplicates:,} exact duplicates removed")
    return manifest


def split_general(shard: str | Path, out_dir: str | Path, pretrain_fraction: float, seed: int = 0) -> dict[str, Path]:
    """Split the general shard into two disjoint pools by a hash of each document id.

    ``pretrain`` is what the base model is trained on; ``midtrain`` is what arm B continues on and arm A
    replays, so continued pre-training never repeats the base's documents.

    Args:
        shard: The general-text parquet shard.
        out_dir: Folder for ``pretrain/`` and ``midtrain/`` (one shard each).
        pretrain_fraction: Share of documents in the pretraining pool (0 < f < 1).
        seed: Seed of the hash.

    Returns:
        ``{"pretrain": folder, "midtrain": folder}``.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    if not 0.0 < pretrain_fraction < 1.0:
        raise ValueError(f"general_text.pretrain_fraction must be in (0, 1), got {pretrain_fraction}")
    table = pq.read_table(shard)
    share = [int(_order_key(seed + 7919, i)[:12], 16) / 16**12 for i in table.column("id").to_pylist()]
    mask = pa.array([s < pretrain_fraction for s in share])
    out = Path(out_dir)
    folders = {}
    for name, part in (("pretrain", table.filter(mask)), ("midtrain", table.filter(pc.invert(mask)))):
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        pq.write_table(part, folder / f"general-{name}.parquet", compression="zstd", row_group_size=1000)
        folders[name] = folder
    return folders
