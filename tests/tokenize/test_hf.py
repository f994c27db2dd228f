"""Loading a chemtrove tokenizer from a checkpoint folder: the chemistry split kept, and no warning."""

from __future__ import annotations

import json
import shutil
import warnings

import pytest

pytest.importorskip("transformers", reason="loading as a transformers tokenizer needs the train extra")


def test_a_checkpoint_folder_loads_quietly_and_keeps_the_split(extended, tmp_path):
    """As seen: every `chemtrove eval` of a chemtrove checkpoint warned `AutoTokenizer loaded ... as
    Qwen2Tokenizer`, because a config.json beside the tokenizer made AutoTokenizer pick the model family's
    class. The folder declares TokenizersBackend, and that declaration is honoured now: no warning."""
    from tokenizers import Tokenizer

    from chemtrove.tokenize.hf import declared_class, encodes_like_file, load_transformers_tokenizer

    _, folder = extended["qwen2"]
    ckpt = tmp_path / "cpt"
    shutil.copytree(folder, ckpt)
    (ckpt / "config.json").write_text(json.dumps({"model_type": "qwen2", "architectures": ["Qwen2ForCausalLM"]}))
    assert declared_class(ckpt) == "TokenizersBackend"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        tok = load_transformers_tokenizer(ckpt)
    assert encodes_like_file(tok, ckpt / "tokenizer.json")
    text = "The ligand [START_SMILES]CC(=O)N[C@@H]1CC[NH3+]1[END_SMILES] was added."
    raw = Tokenizer.from_file(str(ckpt / "tokenizer.json"))
    assert tok(text, add_special_tokens=False)["input_ids"] == raw.encode(text, add_special_tokens=False).ids


def test_a_folder_that_declares_a_model_class_is_checked(extended, tmp_path):
    """A folder declaring a model family's class still goes through AutoTokenizer, checked against its
    tokenizer.json; when that class rebuilds the split, the file is used as it is, with a warning."""
    from chemtrove.tokenize.hf import encodes_like_file, load_transformers_tokenizer

    _, folder = extended["qwen2"]
    other = tmp_path / "declared"
    shutil.copytree(folder, other)
    cfg = json.loads((other / "tokenizer_config.json").read_text())
    (other / "tokenizer_config.json").write_text(json.dumps({**cfg, "tokenizer_class": "Qwen2Tokenizer"}))
    with pytest.warns(UserWarning, match="does not encode like its tokenizer.json"):
        tok = load_transformers_tokenizer(other)
    assert encodes_like_file(tok, other / "tokenizer.json")
