"""Fixtures for the evaluation tests: a locally trained chemistry tokenizer, tiny random Qwen2/Llama models,
a tiny model trained on SMILES for a few hundred steps, and a small shard folder of every domain.

Everything is built here from tests/data: no hub, no download.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from chemtrove.chem.tags import wrap_cif, wrap_smiles

DATA = Path(__file__).parent.parent / "data"

try:  # the model tests need the train extra; the others (corruption, Cohen's d, pass@k, statements) do not
    import torch
    import transformers  # noqa: F401
except ImportError:  # pragma: no cover
    torch = None


def _need_torch() -> None:
    if torch is None:
        pytest.skip("needs torch and transformers (pip install chemtrove[train])")


@pytest.fixture(autouse=True, scope="module")
def _one_thread():
    """Tiny models run fastest on one thread; on a shared, busy machine two threads can be 8x slower."""
    if torch is None:
        yield
        return
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _chembl() -> list[str]:
    with open(DATA / "molecules" / "chembl_500.csv", newline="") as f:
        return [r["smiles"] for r in csv.DictReader(f)]


def _freesolv() -> list[dict]:
    with open(DATA / "molecules" / "freesolv.csv", newline="") as f:
        return list(csv.DictReader(f))


def _reactions() -> list[dict]:
    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def smiles_split() -> tuple[list[str], list[str]]:
    """Canonical ChEMBL SMILES of at most 60 characters: (train, held-out 48)."""
    from chemtrove.chem import smiles as S

    out = []
    for s in _chembl():
        c = S.canonicalize(s)
        if c.ok and len(c.value) <= 60 and any(ch in "()[]0123456789" for ch in c.value):
            out.append(c.value)
    return out[:-48], out[-48:]


@pytest.fixture(scope="session")
def tokenizer_dir(tmp_path_factory) -> Path:
    """A Qwen2-layout byte-level BPE trained here, extended with the chemistry split, saved for AutoTokenizer."""
    _need_torch()
    from chemtrove.eval.scs import PROMPT
    from chemtrove.tokenize import extend, save_pretrained
    from chemtrove.tokenize.bases import save_base, train_base

    smi = _chembl()
    rxn = [r["rxn_Smiles"] for r in _reactions()]
    texts = [PROMPT + wrap_smiles(s) for s in smi[:300]] + smi[:200] + rxn[:50]
    texts += ["The molecular formula of", "The hydration free energy of", "kcal/mol", "belongs to the class"] * 5
    root = tmp_path_factory.mktemp("eval_tok")
    base = save_base(train_base(texts, "qwen2", vocab_size=600), root / "base", "qwen2")
    corpus = [wrap_smiles(s) for s in smi] + [wrap_smiles(r) for r in rxn]
    tok = extend(base, corpus=corpus, max_new_tokens=300)
    return save_pretrained(tok, root / "tokenizer", base=base)


@pytest.fixture(scope="session")
def tokenizer(tokenizer_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(tokenizer_dir), local_files_only=True)


def make_model(tokenizer, arch: str = "qwen2", seed: int = 0, max_positions: int = 1024):
    """A tiny random causal LM (hidden 64, 2 layers) sized to the tokenizer."""
    from transformers import LlamaConfig, LlamaForCausalLM, Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(seed)
    common = dict(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=max_positions,
        tie_word_embeddings=True,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
    )
    cls, cfg = (Qwen2ForCausalLM, Qwen2Config) if arch == "qwen2" else (LlamaForCausalLM, LlamaConfig)
    model = cls(cfg(**common))
    model.eval()
    return model


@pytest.fixture(scope="session")
def model_factory():
    """:func:`make_model` as a fixture (test modules cannot import conftest under importlib mode)."""
    return make_model


@pytest.fixture(scope="session")
def random_model(tokenizer):
    return make_model(tokenizer, "qwen2", seed=0)


@pytest.fixture(scope="session")
def trained_model(tokenizer, smiles_split):
    """The same architecture and seed as ``random_model``, trained on tagged SMILES (plain torch loop).

    Training texts mix the SCS prompt with bare tagged SMILES, as CPT data would be; the held-out molecules
    of ``smiles_split`` are never seen.
    """
    from chemtrove.eval.scs import PROMPT

    train, _ = smiles_split
    model = make_model(tokenizer, "qwen2", seed=0)
    texts = [(PROMPT if i % 2 else "") + wrap_smiles(s) for i, s in enumerate(train)]
    enc = [tokenizer(t)["input_ids"] + [tokenizer.eos_token_id] for t in texts]
    opt = torch.optim.AdamW(model.parameters(), lr=5e-3)
    rng = random.Random(0)
    torch.manual_seed(0)
    model.train()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # session fixtures are built before the module-scoped one-thread fixture
    try:
        _train(model, tokenizer, enc, opt, rng, steps=300)
    finally:
        torch.set_num_threads(threads)
    model.eval()
    return model


def _train(model, tokenizer, enc, opt, rng, steps: int) -> None:
    for _ in range(steps):
        batch = rng.sample(enc, 8)
        width = max(map(len, batch))
        ids = torch.full((len(batch), width), tokenizer.pad_token_id)
        labels = torch.full((len(batch), width), -100)
        attn = torch.zeros((len(batch), width), dtype=torch.long)
        for i, e in enumerate(batch):
            ids[i, : len(e)] = torch.tensor(e)
            labels[i, : len(e)] = torch.tensor(e)
            attn[i, : len(e)] = 1
        loss = model(input_ids=ids, attention_mask=attn, labels=labels).loss
        opt.zero_grad()
        loss.backward()
        opt.step()


def _canonical_cifs() -> list[tuple[str, str]]:
    from chemtrove.chem import crystals

    out = []
    for path in sorted((DATA / "cif" / "dans_diffraction").glob("*.cif")):
        c = crystals.canonicalize(path.read_text(encoding="utf-8"), partial_occupancy="keep")
        if c.ok:
            out.append((path.stem, c.value))
    return out


@pytest.fixture(scope="session")
def shard_dir(tmp_path_factory) -> Path:
    """A curated-output folder (``shards/<domain>/*.parquet``, the shard schema) with molecules (ChEMBL,
    FreeSolv with ``expt``), reactions (with ``rxn_Class``) and crystals (canonical CIFs)."""
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from chemtrove.chem import reactions, smiles
    from chemtrove.curate.writers import SHARD_SCHEMA

    root = tmp_path_factory.mktemp("eval_data")
    rows: dict[str, list[dict]] = {"molecule": [], "reaction": [], "crystal": []}
    for i, s in enumerate(_chembl()[:60]):
        c = smiles.canonicalize(s)
        if c.ok:
            meta = {"smiles": c.value}
            rows["molecule"].append(_row(f"chembl/{i}", wrap_smiles(c.value), "chembl", "molecule", meta))
    for i, r in enumerate(_freesolv()[:40]):
        c = smiles.canonicalize(r["smiles"])
        if c.ok:
            meta = {"smiles": c.value, "iupac": r["iupac"], "expt": r["expt"]}
            rows["molecule"].append(_row(f"freesolv/{i}", wrap_smiles(c.value), "freesolv", "molecule", meta))
    for i, r in enumerate(_reactions()[:80]):
        c = reactions.canonicalize(r["rxn_Smiles"])
        if c.ok:
            meta = {"reaction": c.value, "rxn_Class": r["rxn_Class"]}
            rows["reaction"].append(_row(f"uspto/{i}", wrap_smiles(c.value), "uspto", "reaction", meta))
    for name, cif in _canonical_cifs():
        rows["crystal"].append(_row(f"cif/{name}", wrap_cif(cif), "dans", "crystal", {"cif": cif}))
    for domain, rs in rows.items():
        folder = root / "shards" / domain
        folder.mkdir(parents=True)
        for r in rs:
            r["metadata"] = json.dumps(r["metadata"])
        pq.write_table(pa.Table.from_pylist(rs, schema=SHARD_SCHEMA), folder / "000_00000.parquet")
    return root


def _row(rid: str, text: str, source: str, domain: str, meta: dict) -> dict:
    return {"id": rid, "text": text, "source": source, "domain": domain, "metadata": meta}
