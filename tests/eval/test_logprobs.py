"""Batched log-probabilities equal a one-request-at-a-time reference, whatever the padding and lengths."""

from __future__ import annotations

import numpy as np
import pytest

from chemtrove.chem.tags import END_SMILES, START_SMILES
from chemtrove.eval.logprobs import (
    Request,
    completion_logprobs,
    encode_completion,
    encode_span,
    score_requests,
    span_logprobs,
    split_prompt,
)

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")

PAIRS = [
    ("The molecule represented with the SMILES ", f"{START_SMILES}CCO{END_SMILES}"),
    ("The molecular formula of [START_SMILES]CC(=O)Oc1ccccc1C(=O)O[END_SMILES] is", " C9H8O4"),
    ("A", " B"),
    ("", "CCN"),
    ("Reaction: [START_SMILES]CC(=O)O.OCC>>CC(=O)OCC[END_SMILES]\nReaction class: ", "Acylation and related processes"),
    ("x " * 40, "c1ccccc1"),
]


def reference(model, request: Request) -> tuple[np.ndarray, np.ndarray]:
    """Log-probs and ranks of one request from its own unpadded forward pass, the obvious way."""
    ids = torch.tensor([request.ids])
    with torch.no_grad():
        logp = torch.log_softmax(model(input_ids=ids).logits[0].double(), dim=-1)
    lps, ranks = [], []
    for p, scored in enumerate(request.score):
        if scored:
            row = logp[p - 1]
            lps.append(float(row[request.ids[p]]))
            ranks.append(int((row > row[request.ids[p]]).sum()) + 1)
    return np.array(lps), np.array(ranks)


def test_split_prompt_moves_trailing_spaces():
    assert split_prompt("Answer: ", "C") == ("Answer:", " C")
    assert split_prompt("Answer:\n ", "C") == ("Answer:", "\n C")
    assert split_prompt("Answer:", " C") == ("Answer:", " C")


def test_encode_completion_follows_lm_eval(tokenizer):
    req = encode_completion(tokenizer, "The molecular formula is ", "C2H6O")
    whole = tokenizer("The molecular formula is C2H6O", add_special_tokens=False)["input_ids"]
    ctx = tokenizer("The molecular formula is", add_special_tokens=False)["input_ids"]
    assert list(req.ids) == ctx + whole[len(ctx) :]
    assert sum(req.score) == len(whole) - len(ctx)
    assert not any(req.score[: len(ctx)])
    # an empty prompt gets one prefix token to predict the first completion token from
    empty = encode_completion(tokenizer, "", "CCO")
    assert empty.ids[0] == tokenizer.eos_token_id and not empty.score[0] and all(empty.score[1:])
    with pytest.raises(ValueError):
        encode_completion(tokenizer, "x", "")


def test_encode_span_scores_only_the_smiles(tokenizer):
    smi = "CC(=O)Nc1ccc(O)cc1"
    text = f"The molecule represented with the SMILES {START_SMILES}{smi}{END_SMILES}"
    start = text.index(smi)
    req = encode_span(tokenizer, text, [(start, start + len(smi))])
    scored = [t for t, s in zip(req.ids, req.score, strict=True) if s]
    assert tokenizer.decode(scored) == smi  # the extended tokenizer keeps tags out of the SMILES tokens


@pytest.mark.parametrize("arch", ["qwen2", "llama"])
@pytest.mark.parametrize("padding_side", ["right", "left"])
@pytest.mark.parametrize("batch_size", [1, 4, 16])
def test_batched_equals_one_by_one(tokenizer, model_factory, arch, padding_side, batch_size):
    model = model_factory(tokenizer, arch, seed=3)
    requests = [encode_completion(tokenizer, p, c) for p, c in PAIRS]
    lengths = {len(r.ids) for r in requests}
    assert len(lengths) >= 4  # really different lengths, so padding happens
    got = score_requests(
        model, requests, batch_size=batch_size, padding_side=padding_side, pad_token_id=tokenizer.pad_token_id
    )
    for req, g in zip(requests, got, strict=True):
        lp, ranks = reference(model, req)
        np.testing.assert_allclose(g.logprobs, lp, atol=2e-5, rtol=0)
        np.testing.assert_array_equal(g.ranks, ranks)
        assert g.n == sum(req.score)
        assert g.sum == pytest.approx(lp.sum(), abs=1e-4)


def test_completion_and_span_front_ends_agree_with_reference(tokenizer, random_model):
    got = completion_logprobs(random_model, tokenizer, PAIRS, batch_size=3, padding_side="left")
    for (p, c), g in zip(PAIRS, got, strict=True):
        lp, _ = reference(random_model, encode_completion(tokenizer, p, c))
        assert g.sum == pytest.approx(lp.sum(), abs=1e-4)
    text = f"Ethanol is {START_SMILES}CCO{END_SMILES}."
    a = text.index("CCO")
    [s] = span_logprobs(random_model, tokenizer, [(text, [(a, a + 3)])])
    lp, _ = reference(random_model, encode_span(tokenizer, text, [(a, a + 3)]))
    np.testing.assert_allclose(s.logprobs, lp, atol=2e-5)


def test_greedy_truncation_and_mean(tokenizer, random_model):
    # a request made of the model's own greedy choices is greedy
    ids = tokenizer("The molecule", add_special_tokens=False)["input_ids"]
    with torch.no_grad():
        for _ in range(3):
            ids.append(int(random_model(input_ids=torch.tensor([ids])).logits[0, -1].argmax()))
    req = Request(tuple(ids), tuple([False] * (len(ids) - 3) + [True] * 3))
    [s] = score_requests(random_model, [req])
    assert s.greedy and s.mean_rank == 1.0 and s.mean == pytest.approx(s.sum / 3)
    # longer than the model's context: cut on the left, flagged, still scored
    long = Request(tuple(range(1, 41)), tuple([False] * 30 + [True] * 10))
    [t] = score_requests(random_model, [long], max_length=16)
    assert t.truncated and t.n == 10
    [u] = score_requests(random_model, [long])
    assert not u.truncated


def test_load_tokenizer_keeps_the_chemistry_split_in_a_checkpoint_folder(tmp_path, tokenizer, random_model):
    """transformers 5 loads a folder holding a Qwen2 config.json as Qwen2Tokenizer, which rebuilds the
    pre-tokenizer; the folder declares TokenizersBackend (tokenizer.json as it is), and load_tokenizer honours
    that declaration: the chemistry split is kept, with no warning."""
    import warnings

    from chemtrove.eval.logprobs import load_tokenizer

    random_model.save_pretrained(tmp_path)
    tokenizer.save_pretrained(tmp_path)
    text = f"{START_SMILES}CC(=O)N{END_SMILES}"
    expected = tokenizer(text)["input_ids"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        tok = load_tokenizer(tmp_path)
    assert tok(text)["input_ids"] == expected
    assert tok.pad_token_id == tokenizer.pad_token_id and tok.eos_token_id == tokenizer.eos_token_id


def test_models_without_logits_to_keep(tokenizer, random_model):
    """The output layer runs on the last positions only when the model takes logits_to_keep; a model whose
    forward does not take it gets the same numbers from its full logits."""

    class Plain(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner, self.config = inner, inner.config

        def forward(self, input_ids, attention_mask=None, position_ids=None, use_cache=None):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids, use_cache=use_cache
            )

    a = completion_logprobs(random_model, tokenizer, PAIRS, batch_size=4)
    b = completion_logprobs(Plain(random_model), tokenizer, PAIRS, batch_size=4, padding_side="right")
    for x, y in zip(a, b, strict=True):
        np.testing.assert_allclose(x.logprobs, y.logprobs, atol=2e-5)
        np.testing.assert_array_equal(x.ranks, y.ranks)


def test_bos_is_prepended_when_the_tokenizer_adds_it(tmp_path, model_factory):
    """A Llama-3-style tokenizer adds <|begin_of_text|>: every request starts with it, as in training."""
    from transformers import AutoTokenizer

    from chemtrove.tokenize.bases import save_base, train_base

    texts = ["The molecule represented with the SMILES CCO and CCN", "benzene c1ccccc1"] * 20
    folder = save_base(train_base(texts, "llama3", vocab_size=300, min_frequency=1), tmp_path / "l3", "llama3")
    tok = AutoTokenizer.from_pretrained(str(folder))
    assert tok("a")["input_ids"][0] == tok.bos_token_id
    req = encode_completion(tok, "The molecule", " CCO")
    assert req.ids[0] == tok.bos_token_id and req.ids[1:] == tuple(tok("The molecule CCO")["input_ids"][1:])
    assert encode_completion(tok, "The molecule", " CCO", add_bos=False).ids[0] != tok.bos_token_id
    empty = encode_completion(tok, "", "CCO")
    assert empty.ids[0] == tok.bos_token_id and all(empty.score[1:])
    model = model_factory(tok, "llama", seed=1)
    [got] = completion_logprobs(model, tok, [("The molecule", " CCO")])
    lp, _ = reference(model, req)
    assert got.sum == pytest.approx(lp.sum(), abs=1e-4)
