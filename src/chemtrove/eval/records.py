"""Curated records for evaluation: read from shards, or from the sample corpus shipped with chemtrove.

A record is a dict with ``id``, ``text``, ``source``, ``domain`` and ``metadata`` (a dict), the shard
schema of :mod:`chemtrove.curate.writers` with the metadata JSON decoded. Selection is deterministic: records
are ordered by a hash of ``(seed, id)``, so the same seed picks the same records whatever the file order.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from chemtrove.chem import reactions, smiles
from chemtrove.chem.tags import END_CIF, END_SMILES, START_CIF, START_SMILES
from chemtrove.formats import data_files, read_shard_file

__all__ = [
    "hash_order",
    "iter_shard_records",
    "load_records",
    "record_cif",
    "record_reaction",
    "record_smiles",
    "sample_records",
    "shipped_records",
]


def _shard_files(data_dir: str | Path) -> list[Path]:
    root = Path(data_dir)
    if root.is_dir() and (root / "shards").is_dir():
        root = root / "shards"
    if not root.exists():
        raise FileNotFoundError(f"no shard folder at {data_dir}")
    files = data_files(root)
    if not files:
        raise FileNotFoundError(f"no parquet shards under {root}")
    return files


def iter_shard_records(data_dir: str | Path) -> Iterator[dict[str, Any]]:
    """Every record of a folder of curated shards.

    Args:
        data_dir: The output folder of ``chemtrove curate``/``quickstart`` (its ``shards/`` is used), a
            shard folder (``<domain>/*.parquet`` below it), or one parquet file. Folders are searched by
            :func:`chemtrove.formats.data_files` (``quarantine``, ``work`` and hidden folders skipped).

    Yields:
        Record dicts with the metadata decoded (:func:`chemtrove.formats.read_shard_file`); a missing
        ``domain`` column is read from the metadata or the folder name.
    """
    for path in _shard_files(data_dir):
        yield from read_shard_file(path)


def shipped_records() -> list[dict[str, Any]]:
    """Records built in memory from the sample corpus shipped in ``chemtrove/data``.

    Molecules (ChEMBL sample, FreeSolv with its ``iupac`` and ``expt`` fields) and reactions (Schneider
    USPTO sample with ``rxn_Class``), canonicalized as the curation pipeline would; records that do not
    canonicalize are left out. Used when no curated data folder is given.

    Returns:
        Record dicts (``domain`` ``molecule`` or ``reaction``).
    """
    out: list[dict[str, Any]] = []
    data = resources.files("chemtrove") / "data"
    with resources.as_file(data) as d:
        d = Path(d)
        for name, path in (
            ("chembl", d / "molecules" / "chembl_samples.csv"),
            ("freesolv", d / "molecules" / "freesolv.csv"),
        ):
            with open(path, newline="", encoding="utf-8") as f:
                for i, row in enumerate(csv.DictReader(f)):
                    c = smiles.canonicalize(row.get("smiles"), stable=True)
                    if not c.ok:
                        continue
                    meta = {k: v for k, v in row.items() if k != "smiles" and v not in (None, "")}
                    meta["smiles"] = c.value
                    out.append(
                        _record(f"{name}/{path.name}/{i}", START_SMILES + c.value + END_SMILES, name, "molecule", meta)
                    )
        path = d / "reactions" / "schneider_reactions.csv"
        with open(path, newline="", encoding="utf-8") as f:
            for i, row in enumerate(csv.DictReader(f)):
                c = reactions.canonicalize(row.get("rxn_Smiles"))
                if not c.ok:
                    continue
                meta = {"reaction": c.value, "rxn_Class": row.get("rxn_Class", "")}
                out.append(
                    _record(f"uspto/{path.name}/{i}", START_SMILES + c.value + END_SMILES, "uspto", "reaction", meta)
                )
    return out


def _record(rid: str, text: str, source: str, domain: str, meta: dict[str, Any]) -> dict[str, Any]:
    return {"id": rid, "text": text, "source": source, "domain": domain, "metadata": meta}


def load_records(data_dir: str | Path | None = None) -> list[dict[str, Any]]:
    """Records from a curated data folder, or the shipped sample corpus when ``data_dir`` is ``None``.

    Args:
        data_dir: See :func:`iter_shard_records`.

    Returns:
        A list of record dicts.
    """
    return list(iter_shard_records(data_dir)) if data_dir is not None else shipped_records()


def hash_order(key: str, seed: int) -> str:
    """A stable sort key for deterministic selection.

    Args:
        key: What is ordered (a record id).
        seed: Seed; another seed gives another order.

    Returns:
        The hex SHA-1 of ``seed:key`` (the same on every machine and run).
    """
    return hashlib.sha1(f"{seed}:{key}".encode()).hexdigest()


def sample_records(records: Iterable[dict[str, Any]], n: int | None, seed: int) -> list[dict[str, Any]]:
    """The first ``n`` records in :func:`hash_order` of their ids.

    Args:
        records: Record dicts.
        n: How many (``None``: all of them, ordered).
        seed: Seed of the order.

    Returns:
        The chosen records, whatever order they came in.
    """
    ordered = sorted(records, key=lambda r: hash_order(str(r["id"]), seed))
    return ordered if n is None else ordered[:n]


def record_smiles(record: dict[str, Any]) -> str | None:
    """The SMILES of a molecule record: ``metadata["smiles"]``, else the first tagged span of its text.

    Args:
        record: A record dict.

    Returns:
        The text, or ``None`` when the record has none.
    """
    smi = record["metadata"].get("smiles")
    if isinstance(smi, str) and smi:
        return smi
    return _between(record["text"], START_SMILES, END_SMILES)


def record_reaction(record: dict[str, Any]) -> str | None:
    """The reaction SMILES of a reaction record (``metadata["reaction"]``, else its tagged span).

    Args:
        record: A record dict.

    Returns:
        The text, or ``None`` when the record has none.
    """
    rxn = record["metadata"].get("reaction")
    if isinstance(rxn, str) and rxn:
        return rxn
    return _between(record["text"], START_SMILES, END_SMILES)


def record_cif(record: dict[str, Any]) -> str | None:
    """The CIF text of a crystal record (``metadata["cif"]``, else its ``[START_CIF]`` span, else its text).

    Args:
        record: A record dict.

    Returns:
        The text, or ``None`` when the record has none.
    """
    cif = record["metadata"].get("cif")
    if isinstance(cif, str) and cif:
        return cif
    inner = _between(record["text"], START_CIF, END_CIF)
    if inner:
        return inner
    return record["text"] if "_cell_length_a" in record["text"] else None


def _between(text: str, start: str, end: str) -> str | None:
    i = text.find(start)
    if i < 0:
        return None
    j = text.find(end, i + len(start))
    return text[i + len(start) : j] if j > i else None
