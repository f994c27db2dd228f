"""Fixtures for the mixture tests: small shard folders (the curate shard schema) and a tiny tokenizer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

SHARD_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("text", pa.string()),
        ("source", pa.string()),
        ("domain", pa.string()),
        ("metadata", pa.string()),
    ]
)
WORDS = {
    "molecule": [f"[START_SMILES]C{'C' * i}O[END_SMILES]" for i in range(30)],
    "reaction": [f"rxn{i}" for i in range(40)],
    "prose": [f"word{i}" for i in range(200)],
}


def write_shards(
    folder: Path,
    source: str,
    domain: str,
    n_docs: int,
    *,
    seed: int = 0,
    files: int = 2,
    row_group: int = 7,
    min_words: int = 1,
    max_words: int = 30,
) -> list[int]:
    """Write ``n_docs`` documents of ``domain`` words as shard parquet files; return words per document."""
    rng = np.random.default_rng(seed)
    vocab = WORDS[domain]
    folder.mkdir(parents=True, exist_ok=True)
    lengths = rng.integers(min_words, max_words + 1, size=n_docs).tolist()
    per = -(-n_docs // files)
    for f in range(files):
        rows = range(f * per, min(n_docs, (f + 1) * per))
        texts = [" ".join(rng.choice(vocab, size=lengths[i]).tolist()) for i in rows]
        table = pa.table(
            {
                "id": [f"{source}/{i}" for i in rows],
                "text": texts,
                "source": [source] * len(texts),
                "domain": [domain] * len(texts),
                "metadata": [json.dumps({"row": i}) for i in rows],
            },
            schema=SHARD_SCHEMA,
        )
        pq.write_table(table, folder / f"{f:03d}_00000.parquet", row_group_size=row_group)
    return lengths


@pytest.fixture(scope="session")
def tokenizer_dir(tmp_path_factory) -> Path:
    """A WordLevel tokenizer (whitespace pre-tokenized) over every test word, with ``<eos>``."""
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    folder = tmp_path_factory.mktemp("tokenizer")
    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    trainer = trainers.WordLevelTrainer(special_tokens=["[UNK]", "<eos>"], min_frequency=1)
    tok.train_from_iterator([" ".join(w) for w in WORDS.values()], trainer)
    tok.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({"eos_token": "<eos>"}), encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path) -> Callable[..., Path]:
    """Write a three-source corpus under tmp_path/shards; returns the folder."""

    def make(n_mol: int = 300, n_rxn: int = 120, n_prose: int = 80, seed: int = 0) -> Path:
        root = tmp_path / "shards"
        write_shards(root / "molecule", "chembl", "molecule", n_mol, seed=seed, max_words=6, row_group=25)
        write_shards(root / "reaction", "uspto", "reaction", n_rxn, seed=seed + 1, max_words=12, row_group=10)
        write_shards(root / "prose", "papers", "prose", n_prose, seed=seed + 2, min_words=10, max_words=80)
        return root

    return make


def make_spec(shards: Path, tokenizer: Path, **overrides) -> dict:
    """A spec mapping over the corpus fixture's three sources."""
    spec = {
        "name": "test-mix",
        "seed": 3,
        "total_tokens": 4000,
        "seq_len": 64,
        "tokenizer": str(tokenizer),
        "eos_token": "auto",
        "max_epochs": 4,
        "sampling": {"rule": "weights"},
        "validation": {"fraction": 0.05},
        "build": {"part_tokens": 1024},
        "sources": [
            {"name": "mol", "path": str(shards / "molecule"), "weight": 0.5},
            {"name": "rxn", "path": str(shards / "reaction"), "weight": 0.3},
            {"name": "prose", "path": str(shards / "prose"), "weight": 0.2},
        ],
    }
    spec.update(overrides)
    return spec


@pytest.fixture
def base_spec() -> Callable[..., dict]:
    """``base_spec(shards, tokenizer, **overrides)``: a spec mapping over the corpus fixture's sources."""
    return make_spec


@pytest.fixture
def mixture_spec() -> Callable[..., object]:
    """``mixture_spec(shards, tokenizer, **overrides)``: a validated :class:`MixtureSpec` over the corpus."""
    from chemtrove.mixtures.spec import MixtureSpec

    return lambda shards, tokenizer, **kw: MixtureSpec.from_dict(make_spec(shards, tokenizer, **kw))
