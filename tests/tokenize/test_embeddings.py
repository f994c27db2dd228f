"""Embedding resize and mean initialization on tiny causal LMs built here (tied and untied)."""

from __future__ import annotations

import pytest

from chemtrove.chem.tags import START_SMILES, wrap_smiles
from chemtrove.tokenize import extension_info, load_tokenizer, resize_embeddings
from chemtrove.tokenize.embeddings import base_ids_of_new_tokens

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")


def tiny_model(vocab_size: int, tied: bool):
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(0)
    cfg = Qwen2Config(
        vocab_size=vocab_size,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=128,
        tie_word_embeddings=tied,
    )
    return Qwen2ForCausalLM(cfg).eval()


@pytest.mark.parametrize("tied", [True, False])
def test_resize_and_mean_init(tied, extended, base_dirs, tmp_path):
    tok, folder = extended["qwen2"]
    base = load_tokenizer(base_dirs["qwen2"])
    base_size = base.get_vocab_size(with_added_tokens=True)
    model = tiny_model(base_size, tied)
    before_in = model.get_input_embeddings().weight.detach().clone()
    before_out = model.get_output_embeddings().weight.detach().clone()
    probe = torch.tensor([base.encode("The powder was heated at 300 C.").ids])
    with torch.no_grad():
        logits_before = model(probe).logits[..., :base_size].clone()

    report = resize_embeddings(model, tok, base)

    size = tok.get_vocab_size(with_added_tokens=True)
    emb_in = model.get_input_embeddings().weight
    emb_out = model.get_output_embeddings().weight
    assert report.old_rows == base_size and report.new_rows == size == emb_in.shape[0] == emb_out.shape[0]
    assert report.tied == tied and model.config.vocab_size == size
    assert (emb_out.data_ptr() == emb_in.data_ptr()) == tied
    assert torch.equal(emb_in[:base_size], before_in)  # base rows untouched
    assert torch.equal(emb_out[:base_size], before_out)
    plan = base_ids_of_new_tokens(tok, base)
    assert set(plan) == set(range(base_size, size))
    for new_id, ids in plan.items():
        assert torch.allclose(emb_in[new_id], before_in[ids].mean(0), atol=1e-6)
        assert torch.allclose(emb_out[new_id], before_out[ids].mean(0), atol=1e-6)
    start = tok.token_to_id(START_SMILES)
    assert report.initialized[START_SMILES] == base.encode(START_SMILES, add_special_tokens=False).ids
    assert len(plan[start]) > 1
    with torch.no_grad():  # base-tokenized text: same predictions over the base ids
        assert torch.allclose(model(probe).logits[..., :base_size], logits_before, atol=1e-5)
        out = model(torch.tensor([tok.encode(f"Ethanol {wrap_smiles('CC[C@@H](O)Cl')}").ids]))
    assert out.logits.shape[-1] == size and torch.isfinite(out.logits).all()
    # saved and loaded back as any transformers model
    model.save_pretrained(tmp_path / "m")
    again = transformers.AutoModelForCausalLM.from_pretrained(tmp_path / "m")
    assert torch.equal(again.get_input_embeddings().weight, emb_in)


def test_spare_rows_are_initialized_in_place(extended, base_dirs):
    tok, _ = extended["llama3"]
    base = load_tokenizer(base_dirs["llama3"])
    size = tok.get_vocab_size(with_added_tokens=True)
    model = tiny_model(size + 64, tied=False)  # like Qwen2's padded embedding: more rows than ids
    report = resize_embeddings(model, tok)  # base rebuilt from the extended tokenizer itself
    assert report.new_rows == size + 64
    first = extension_info(tok).base_vocab_size
    ids = base.encode("[C@@H]", add_special_tokens=False).ids
    row = model.get_input_embeddings().weight[tok.token_to_id("[C@@H]")]
    assert tok.token_to_id("[C@@H]") >= first
    assert torch.allclose(row, model.get_input_embeddings().weight[ids].mean(0), atol=1e-6)


def test_pad_to_multiple(extended, base_dirs):
    tok, _ = extended["gpt2"]
    base_size = load_tokenizer(base_dirs["gpt2"]).get_vocab_size(with_added_tokens=True)
    model = tiny_model(base_size, tied=True)
    report = resize_embeddings(model, tok, base_dirs["gpt2"], pad_to_multiple_of=64)
    assert report.new_rows % 64 == 0 and report.new_rows >= tok.get_vocab_size(with_added_tokens=True)
