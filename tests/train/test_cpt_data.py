"""What CPT reads: curated shards, tokenized shards, a built mixture (packed sequences + per-domain evals)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("datasets")

from chemtrove.train.config import DataArguments, parse_recipe  # noqa: E402
from chemtrove.train.cpt import load_cpt_data  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mixture(shards, tokenizer_dir, tmp_path_factory):
    """A mixture built by chemtrove.mixtures from the shards (skipped when that part is not installed)."""
    mixtures = pytest.importorskip("chemtrove.mixtures")
    out = tmp_path_factory.mktemp("mix")
    spec = {
        "name": "tiny",
        "seed": 0,
        "total_tokens": 20000,
        "seq_len": 64,
        "tokenizer": str(tokenizer_dir),
        "validation": {"fraction": 0.05, "max_tokens": 2000},
        "sources": [
            {"name": "molecules", "path": str(shards / "molecule"), "domain": "molecule", "weight": 0.5},
            {"name": "reactions", "path": str(shards / "reaction"), "domain": "reaction", "weight": 0.5},
        ],
        "build": {"formats": ["documents", "packed"]},
    }
    mixtures.build(spec, out / "built")
    return out / "built"


def test_text_shards_and_domain_filter(shards, tokenizer_dir):
    train, evals, info = load_cpt_data(DataArguments(data=[str(shards)]), str(tokenizer_dir))
    assert train.column_names == ["text"] and evals is None and info["files"] == 4  # 4 domains
    only, _, _ = load_cpt_data(DataArguments(data=[str(shards)], domains=["reaction"]), str(tokenizer_dir))
    assert 0 < only.num_rows < train.num_rows and all(">>" in t for t in only["text"][:20])


def test_tokenized_shards(shards, tokenizer_dir, tmp_path):
    from chemtrove.tokenize.shards import tokenize_shards

    tokenize_shards(shards, tokenizer_dir, tmp_path)
    train, _, info = load_cpt_data(DataArguments(data=[str(tmp_path / "tokens")]), str(tokenizer_dir))
    assert train.column_names == ["input_ids"] and info["kind"] == "input_ids"
    assert isinstance(train[0]["input_ids"][0], int)
    with pytest.raises(ValueError, match="mixes tokenized"):
        load_cpt_data(DataArguments(data=[str(tmp_path / "tokens"), str(shards)]), str(tokenizer_dir))


def test_mixture_packed_sequences(mixture, tokenizer_dir, tmp_path):
    import json

    import numpy as np

    train, evals, info = load_cpt_data(DataArguments(data=[str(mixture)]), str(tokenizer_dir))
    packed = np.load(mixture / json.loads((mixture / "manifest.json").read_text())["outputs"]["train"]
                     ["packed_files"][0]["file"])  # fmt: skip
    assert train.num_rows == packed.shape[0] and train[3]["input_ids"] == packed[3].tolist()
    assert set(evals) == {"molecule", "reaction"} and info["mixtures"][0]["packed"]
    # a mixture tokenized with another tokenizer is refused
    other = tmp_path / "other"
    other.mkdir()
    (other / "tokenizer.json").write_text("{}")
    with pytest.raises(ValueError, match="another tokenizer"):
        load_cpt_data(DataArguments(data=[str(mixture)]), str(other))


def test_cpt_on_mixture_logs_domain_losses(mixture, tokenizer_dir, tmp_path):
    from chemtrove.train import cpt
    from chemtrove.train.report import read_history

    argv = [
        "--config", str(REPO / "configs" / "train" / "tiny_cpu.yaml"),
        "--tokenizer_name_or_path", str(tokenizer_dir), "--data", str(mixture), "--output_dir", str(tmp_path),
        "--max_steps", "2", "--max_length", "64", "--per_device_train_batch_size", "4", "--save_strategy", "no",
        "--eval_strategy", "steps", "--eval_steps", "2", "--per_device_eval_batch_size", "8",
    ]  # fmt: skip
    summary = cpt.train(*parse_recipe("cpt", argv))
    assert summary["data"]["mixtures"][0]["seq_len"] == 64 and summary["tokens"] == 2 * 4 * 64
    history = read_history(tmp_path)
    assert "eval_molecule_loss" in history and "eval_reaction_loss" in history
