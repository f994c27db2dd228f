"""The on-disk contracts (chemtrove.formats): one discovery rule, records, fingerprints, manifests."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chemtrove import formats
from chemtrove.chem.tags import wrap_smiles

DATA = Path(__file__).parent / "data"
GPT2 = DATA / "tokenizers" / "gpt2"


def _molecules(n: int) -> list[str]:
    with open(DATA / "molecules" / "chembl_500.csv", newline="", encoding="utf-8") as f:
        return [row["smiles"] for _, row in zip(range(n), csv.DictReader(f), strict=False)]


def _write_shard(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=formats.SHARD_SCHEMA), path)
    return path


def _rows(prefix: str, smiles: list[str], metadata: list[str | None] | None = None) -> list[dict]:
    metadata = metadata or [json.dumps({"canonical": s}, sort_keys=True) for s in smiles]
    return [
        {"id": f"{prefix}-{i}", "text": wrap_smiles(s), "source": "chembl", "domain": "molecule", "metadata": m}
        for i, (s, m) in enumerate(zip(smiles, metadata, strict=True))
    ]


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    """A curate output layout: shards, quarantine, work, and a mixture's .cache beside them."""
    smiles = _molecules(12)
    root = tmp_path / "run"
    _write_shard(root / "shards" / "molecule" / "001.parquet", _rows("b", smiles[4:8]))
    _write_shard(root / "shards" / "molecule" / "000.parquet", _rows("a", smiles[:4]))
    _write_shard(root / "quarantine" / "molecule" / "000.parquet", _rows("q", smiles[8:10]))
    _write_shard(root / "work" / "molecule" / "000.parquet", _rows("w", smiles[10:11]))
    _write_shard(root / ".cache" / "x.parquet", _rows("c", smiles[11:12]))
    (root / "shards" / "molecule" / "notes.txt").write_text("not data\n", encoding="utf-8")
    return root


def test_one_discovery_rule_skips_quarantine_work_and_hidden_folders(curated: Path) -> None:
    files = formats.shard_files(curated)
    assert [f.relative_to(curated).as_posix() for f in files] == [
        "shards/molecule/000.parquet",
        "shards/molecule/001.parquet",
    ]
    # a skipped folder given explicitly is read: the rule only applies below a searched folder
    assert formats.shard_files(curated / "quarantine") == [curated / "quarantine" / "molecule" / "000.parquet"]
    every = formats.data_files(curated, suffixes=None)
    assert curated / "shards" / "molecule" / "notes.txt" in every
    assert not any(formats.is_skipped(f.relative_to(curated)) for f in every)


def test_discovery_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no file or folder at .*missing"):
        formats.shard_files(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no parquet files"):
        formats.shard_files(tmp_path / "empty")


def test_records_decode_metadata_and_survive_junk(tmp_path: Path) -> None:
    smiles = _molecules(5)
    junk = ['{"canonical": "CCO"}', "\x00\xff not json", "[1, 2]", None, ""]
    path = _write_shard(tmp_path / "s" / "molecule" / "000.parquet", _rows("m", smiles, junk))
    records = list(formats.iter_shard_records(tmp_path / "s"))
    assert [r["id"] for r in records] == [f"m-{i}" for i in range(5)]
    assert [r["metadata"] for r in records] == [{"canonical": "CCO"}, {}, {}, {}, {}]
    assert records[0]["text"] == wrap_smiles(smiles[0])
    assert list(formats.read_shard_file(path)) == records


def test_records_fill_missing_columns_and_skip_files_that_are_no_shards(tmp_path: Path) -> None:
    folder = tmp_path / "crystal"
    folder.mkdir()
    pq.write_table(pa.table({"text": ["x", "y"], "metadata": ['{"source": "mp"}', "{}"]}), folder / "a.parquet")
    pq.write_table(pa.table({"input_ids": [[1, 2]], "n_tokens": [2]}), folder / "b.parquet")
    records = list(formats.iter_shard_records(tmp_path))
    assert [(r["id"], r["source"], r["domain"]) for r in records] == [
        ("a.parquet/0", "mp", "crystal"),
        ("a.parquet/1", "", "crystal"),
    ]


def test_iter_documents_reads_plain_columns_with_a_limit(curated: Path) -> None:
    docs = list(formats.iter_documents(curated / "shards", batch_size=3, max_docs=6))
    assert [d["id"] for d in docs] == ["a-0", "a-1", "a-2", "a-3", "b-0", "b-1"]
    assert set(docs[0]) == {"id", "text", "source", "domain"}


def test_tokenizer_fingerprint_and_eos(tmp_path: Path) -> None:
    tok = formats.load_tokenizer_json(GPT2)
    assert formats.load_tokenizer_json(tok) is tok
    sha = formats.tokenizer_sha256(tok)
    assert sha == hashlib.sha256(tok.to_str().encode("utf-8")).hexdigest()
    tok.save(str(tmp_path / "tokenizer.json"))
    assert formats.tokenizer_sha256(formats.load_tokenizer_json(tmp_path)) == sha
    assert len(formats.vocabulary_fingerprint(tok)) == 16
    config = json.loads((GPT2 / "tokenizer_config.json").read_text(encoding="utf-8"))
    want = config["eos_token"]["content"] if isinstance(config["eos_token"], dict) else config["eos_token"]
    assert formats.resolve_eos_token(GPT2, formats.AUTO) == want
    assert formats.resolve_eos_token(GPT2, None) is None
    assert formats.resolve_eos_token(tok, formats.AUTO) is None  # an object has no config
    assert formats.resolve_eos_token(tmp_path, formats.AUTO) is None  # a folder without tokenizer_config.json
    with pytest.raises(FileNotFoundError, match="no tokenizer.json"):
        formats.load_tokenizer_json(tmp_path / "nothing")


def test_token_counts_are_found_from_below_tokens(tmp_path: Path) -> None:
    out = tmp_path / "encoded"
    (out / "tokens" / "molecule").mkdir(parents=True)
    summary = {"total_tokens": 7, "sources": {"chembl": {"domain": "molecule", "documents": 1, "tokens": 7}}}
    path = formats.write_token_counts(out, summary)
    assert path.read_bytes() == formats.write_token_counts(out, dict(reversed(summary.items()))).read_bytes()
    assert formats.find_token_counts(out) == path
    assert formats.find_token_counts(out / "tokens" / "molecule") == path
    assert formats.read_token_counts(out / "tokens") == summary
    assert formats.read_token_counts(tmp_path) is None


def test_mixture_manifest_and_packed_sequences(tmp_path: Path) -> None:
    parts = [np.arange(8, dtype=np.uint32).reshape(2, 4), np.arange(8, 12, dtype=np.uint32).reshape(1, 4)]
    for i, part in enumerate(parts):
        np.save(tmp_path / f"packed_{i}.npy", part)
    manifest = {
        "format": formats.MIXTURE_FORMAT,
        "outputs": {"train": {"packed_files": [{"file": f"packed_{i}.npy"} for i in range(2)]}},
    }
    (tmp_path / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert formats.is_mixture(tmp_path)
    assert formats.read_manifest(tmp_path) == manifest
    assert formats.load_packed(tmp_path).tolist() == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "manifest.json").write_text('{"format": "something/1"}', encoding="utf-8")
    assert not formats.is_mixture(tmp_path / "other")
    with pytest.raises(FileNotFoundError, match="chemtrove mix build"):
        formats.read_manifest(tmp_path / "nothing")


def test_adapters_json_round_trip(tmp_path: Path) -> None:
    (tmp_path / "base").mkdir()
    out = tmp_path / "run"
    out.mkdir()
    path = formats.write_adapters_json(out, tmp_path / "base", {"default": {"path": ".", "tasks": None}})
    manifest = formats.read_adapters_json(out)
    assert json.loads(path.read_text(encoding="utf-8"))["base"] == "../base"
    assert manifest["base_dir"] == str((tmp_path / "base").resolve())
    assert manifest["kind"] == "adapter"
    assert formats.read_adapters_json(tmp_path) is None
    path.write_text('{"format": "peft/0"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a chemtrove.adapters/1 manifest"):
        formats.read_adapters_json(out)
