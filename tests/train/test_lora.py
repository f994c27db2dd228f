"""LoRA in every stage on a tiny Qwen2: only the adapter and the listed modules change, merge and reload.

Each run is a few optimizer steps of real peft through trl's trainers. The base is saved first, so every
weight of the trained model can be compared with where it started.
"""

from __future__ import annotations

import json

import pytest

from chemtrove.train.config import ModelArguments, parse_recipe

torch = pytest.importorskip("torch")
pytest.importorskip("peft")

COMMON = {
    "seed": 0,
    "save_strategy": "no",
    "report_to": "none",
    "logging_steps": 1,
    "dataloader_num_workers": 0,
    "disable_tqdm": True,
}
LINEAR = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


def _state(folder):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True)
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _base_size(tokenizer_dir) -> int:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(tokenizer_dir / "base" / "tokenizer.json")).get_vocab_size(with_added_tokens=True)


@pytest.fixture(scope="module")
def base_dir(tokenizer_dir, tmp_path_factory):
    """A tiny random Qwen2 for the full chemistry tokenizer, saved with its tokenizer."""
    from chemtrove.train.models import save_tiny_model

    return save_tiny_model(tmp_path_factory.mktemp("lora") / "base", tokenizer_dir, hidden_size=32, num_layers=2)


def test_sft_lora_rows_changes_only_adapters_and_new_token_rows(base_dir, tokenizer_dir, tasks_dir, tmp_path):
    from chemtrove.train import sft
    from chemtrove.train.lora import new_token_ids

    cfg = {
        **COMMON,
        "model_name_or_path": str(base_dir),
        "data": [str(tasks_dir)],
        "tasks": ["name_to_smiles", "formula_to_smiles"],
        "output_dir": str(tmp_path / "sft"),
        "max_steps": 3,
        "per_device_train_batch_size": 4,
        "max_length": 128,
        "learning_rate": 5e-2,
        "use_peft": True,
        "lora_r": 4,
        "lora_alpha": 8,
        "lora_new_tokens": "rows",
        "score_split": "test",
        "score_samples": 2,
        "score_max_new_tokens": 4,
    }
    summary = sft.train(*parse_recipe("sft", [], cfg))
    peft = summary["peft"]
    assert peft["merged"] and set(peft["groups"]) == {"lora", "token_rows"}, peft
    assert 0 < peft["fraction"] < 0.5
    out = tmp_path / "sft"
    assert (out / "adapter" / "adapter_config.json").is_file() and (out / "config.json").is_file()
    before, after = _state(base_dir), _state(out)
    assert set(before) == set(after)  # a plain model: no adapter keys left after merging
    new = torch.tensor(new_token_ids(tokenizer_dir))
    emb = "model.embed_tokens.weight"
    row_change = (after[emb] - before[emb]).abs().sum(dim=1)
    assert row_change[new].max() > 0  # new chemistry tokens trained ...
    keep = torch.ones(len(row_change), dtype=torch.bool)
    keep[new] = False
    assert torch.equal(after[emb][keep], before[emb][keep])  # ... base-token rows untouched
    for key in before:
        if key == emb or key == "lm_head.weight":
            continue
        changed = not torch.equal(before[key], after[key])
        assert changed == key.endswith(tuple(f"{m}.weight" for m in LINEAR)), key
    assert summary["scores"]["n"] == 2


def test_cpt_lora_modules_unmerged_saves_base_and_reloads(tokenizer_dir, shards, tmp_path):
    """A base grown for the chemistry tokenizer exists nowhere on disk: it is saved in output_dir/base, the
    adapter (with the full embedding as modules_to_save) in output_dir, and load_model merges them back."""
    from chemtrove.train import cpt
    from chemtrove.train.lora import read_manifest
    from chemtrove.train.models import load_model, load_tokenizer

    out = tmp_path / "cpt"
    cfg = {
        **COMMON,
        "model_name_or_path": "tiny-qwen2",
        "tiny_hidden_size": 32,
        "tiny_vocab_size": _base_size(tokenizer_dir),
        "tokenizer_name_or_path": str(tokenizer_dir),
        "data": [str(shards)],
        "output_dir": str(out),
        "max_steps": 2,
        "per_device_train_batch_size": 2,
        "max_length": 32,
        "learning_rate": 5e-2,
        "use_peft": True,
        "lora_r": 2,
        "merge_adapter": False,
    }
    summary = cpt.train(*parse_recipe("cpt", [], cfg))
    assert summary["embeddings"]["resized"] and summary["peft"]["base"].endswith("base")
    assert set(summary["peft"]["groups"]) == {"lora", "modules_to_save"}
    manifest = read_manifest(out)
    assert manifest["kind"] == "adapter" and manifest["base"] == "base"
    assert (out / "adapter_model.safetensors").is_file() and not (out / "model.safetensors").exists()
    base = _state(out / "base")
    tok = load_tokenizer(tokenizer_dir)
    model, fit = load_model(str(out), tok, tokenizer_dir)
    assert not fit["resized"]  # the saved base already fits the tokenizer
    merged = {k: v.detach() for k, v in model.state_dict().items()}
    emb = "model.embed_tokens.weight"
    assert not torch.equal(merged[emb], base[emb])  # modules_to_save: the embedding trained in full
    assert torch.equal(merged["lm_head.weight"], merged[emb])  # and stayed tied to the head
    for key in base:
        if "norm" in key:
            assert torch.equal(merged[key], base[key]), key


def test_incompatible_lora_settings_fail_at_construction():
    with pytest.raises(ValueError, match="set use_peft: true"):
        ModelArguments(experts=["molecules"])
    with pytest.raises(ValueError, match="lora_modules_to_save"):
        ModelArguments(use_peft=True, lora_target_modules=["q_proj", "lm_head"])
    with pytest.raises(ValueError, match="did you mean 'rows'"):
        ModelArguments(use_peft=True, lora_new_tokens="row")
    with pytest.raises(ValueError, match="cannot be merged"):
        ModelArguments(use_peft=True, experts=["molecules"], merge_adapter=True)


def test_lora_new_tokens_needs_an_extended_tokenizer(base_dir, tokenizer_dir, tmp_path):
    """A tokenizer that chemtrove did not extend has no new rows to train: rows/modules fail, auto freezes."""
    import shutil

    from chemtrove.train.lora import lora_config, new_token_ids
    from chemtrove.train.models import load_model, load_tokenizer

    plain = tmp_path / "plain_tok"
    shutil.copytree(tokenizer_dir / "base", plain)
    assert new_token_ids(plain) == [] and len(new_token_ids(tokenizer_dir)) > 0
    model, _ = load_model(str(base_dir), load_tokenizer(base_dir), None, resize="never")
    with pytest.raises(ValueError, match="lora_new_tokens: auto or frozen"):
        lora_config(ModelArguments(use_peft=True, lora_new_tokens="rows"), model, plain)
    auto = lora_config(ModelArguments(use_peft=True), model, plain)
    assert auto.modules_to_save is None and auto.target_modules == "all-linear"
    extended = lora_config(ModelArguments(use_peft=True), model, tokenizer_dir)
    assert set(extended.modules_to_save) == {"embed_tokens", "lm_head"} and extended.ensure_weight_tying
    assert json.loads((base_dir / "config.json").read_text())["tie_word_embeddings"] is True
