"""Fixtures for the training tests: a small chemistry tokenizer (the curated shards, task folders and raw
records are shared fixtures of ``tests/conftest.py``).

The tokenizer is a Qwen2-style base trained on the curated shards (1,000 ids, to keep the tiny model's LM
head small) extended with chemistry units.
"""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def tokenizer_dir(shards, tmp_path_factory) -> Path:
    """A chemistry-extended tokenizer (Qwen2 layout) with its trained base in ``base/``."""
    from chemtrove.tokenize.cli import build

    out = tmp_path_factory.mktemp("tok") / "tokenizer"
    build(out, corpus=[shards], train_base_style="qwen2", base_vocab_size=1000, max_new_tokens=256)
    return out


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    """One torch thread per process: a tiny model gains nothing from two, and on a busy 2-core machine two
    threads spin against other processes (measured 4x slower under load)."""
    try:
        import torch
    except ImportError:
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
