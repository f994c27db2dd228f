"""Fixtures for the training tests: curated shards, a small chemistry tokenizer, task folders, and raw records.

Everything is built here from the real data shipped in ``src/chemtrove/data`` and ``tests/data`` (no hub):
the quickstart's curation, a Qwen2-style base trained on it (1,000 ids, to keep the tiny model's LM head
small) extended with chemistry units, and tasks split by key.
"""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pytest

DATA = Path(__file__).parent.parent / "data"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cif_table() -> Path:
    return DATA / "cif" / "perov5_sample_40.csv"


@pytest.fixture(scope="session")
def shards(tmp_path_factory, cif_table) -> Path:
    """Curated shards of the package's sample corpus (ChEMBL and FreeSolv molecules, USPTO reactions,
    prose) and the 40 perovskites of tests/data, through the real curation pipeline."""
    from importlib import resources

    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    out = tmp_path_factory.mktemp("curated")
    with resources.as_file(resources.files("chemtrove") / "data") as data:
        sources = [
            {"name": "chembl", "kind": "molecules", "path": str(data / "molecules" / "chembl_samples.csv"),
             "column": "smiles"},
            {"name": "freesolv", "kind": "molecules", "path": str(data / "molecules" / "freesolv.csv"),
             "column": "smiles"},
            {"name": "uspto", "kind": "reactions", "path": str(data / "reactions" / "schneider_reactions.csv"),
             "column": "rxn_Smiles"},
            {"name": "syntheses", "kind": "prose", "path": str(data / "prose" / "materials_syntheses.jsonl"),
             "column": "text"},
            {"name": "perov5", "kind": "crystals", "path": str(cif_table), "column": "cif",
             "id_column": "material_id"},
        ]  # fmt: skip
        cfg = CurateConfig.from_dict({"seed": 0, "output": str(out), "sources": sources}, base_dir=out)
        with contextlib.redirect_stdout(io.StringIO()):
            report = pipeline.run(cfg, quiet=True)
    assert report["reconciles"]
    return out / "shards"


@pytest.fixture(scope="session")
def tokenizer_dir(shards, tmp_path_factory) -> Path:
    """A chemistry-extended tokenizer (Qwen2 layout) with its trained base in ``base/``."""
    from chemtrove.tokenize.cli import build

    out = tmp_path_factory.mktemp("tok") / "tokenizer"
    build(out, corpus=[shards], train_base_style="qwen2", base_vocab_size=1000, max_new_tokens=256)
    return out


@pytest.fixture(scope="session")
def tasks_dir(shards, tmp_path_factory) -> Path:
    """Task splits of every task from the shards (crystals included)."""
    from chemtrove.train.tasks import TaskConfig, build_tasks

    out = tmp_path_factory.mktemp("tasks")
    build_tasks([shards], out, TaskConfig(max_per_task=60), progress=None)
    return out


@pytest.fixture(scope="session")
def raw_records(cif_table) -> list[dict]:
    """Records straight from the test CSVs (no curation): molecules with names, reactions, crystals."""
    from chemtrove.train.tasks import read_records

    records = []
    with open(DATA / "molecules" / "freesolv.csv", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            records.append({"id": f"fs/{i}", "domain": "molecule", "metadata": row})
    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            meta = {"reaction": row["rxn_Smiles"], "rxn_Class": row["rxn_Class"]}
            records.append({"id": f"rx/{i}", "domain": "reaction", "metadata": meta})
    records.extend(read_records(cif_table))
    return records


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
