"""The guarantees of the tokenizer extension, on the real GPT-2 and on GPT-2/Qwen2/Llama-3-style bases."""

from __future__ import annotations

import bisect
import json
import re

import pytest

from chemtrove.chem.tags import (
    ALL_TAGS,
    END_CIF,
    END_MOL,
    END_SMILES,
    MOL_TAGS,
    START_CIF,
    START_MOL,
    START_SMILES,
    STRUCTURE_TAGS,
    tag_name,
    wrap_cif,
    wrap_smiles,
)
from chemtrove.tokenize import (
    PROBES,
    ExtensionError,
    base_equivalent,
    check_extension,
    extend,
    extension_info,
    is_extended,
    load_tokenizer,
    plan_vocabulary,
    segments,
    split_units,
)
from chemtrove.tokenize.extend import to_byte_level

STYLES = ("gpt2-real", "gpt2", "qwen2", "llama3")

# The SMILES units as the issue defines them, written independently of the tokenizer's Oniguruma regex.
REFERENCE_SMILES_UNIT = re.compile(r"\[[^\[\]]+\]|Cl|Br|->|<-|>>|%\(\d+\)|%\d\d|.", re.S)


def reference_bounds(smiles: str) -> list[int]:
    """Start offsets of the units, and the end."""
    return [m.start() for m in REFERENCE_SMILES_UNIT.finditer(smiles)] + [len(smiles)]


def inside_one_unit(a: int, b: int, starts: list[int]) -> bool:
    """Whether the character range [a, b) lies inside one unit (no unit starts strictly inside it)."""
    i = bisect.bisect_right(starts, a)
    return i == len(starts) or starts[i] >= b


def mixed_documents(edge_smiles, cifs) -> list[str]:
    docs = [
        "Plain prose, with numbers 12345 and   spaces.\n\nNew paragraph; 'quotes' and it's done.",
        "Brown bromine (Br2) and chlorine Cl2 are not SMILES here: CCO, c1ccccc1, [Na+], %10, >>.",
    ]
    docs += [wrap_smiles(s) for s in edge_smiles]
    docs += [f"Compound {wrap_smiles(s)} is listed." for s in edge_smiles]
    docs += [wrap_cif(c) for c in cifs]
    docs.append(f"Two spans {wrap_smiles('CCO')}{wrap_smiles('OCC')} touching, then {wrap_cif(cifs[0])} then text.")
    docs.append(f"Unterminated {START_SMILES}C[C@@H](Cl")
    docs.append(f"Stray {END_SMILES} and {END_CIF} tags, {START_CIF}data_x\n_cell_length_a 3")
    docs.append(f"Nested-looking {START_SMILES}C[START_CIF]C{END_SMILES} ok")
    docs.append("Unicode: αβγ — “quotes” 🧪 中文, and a SMILES " + wrap_smiles("[NH3+]CC([O-])=O") + " ✓")
    return docs


@pytest.mark.parametrize("style", STYLES)
def test_round_trip(style, extended, edge_smiles, cifs, tagged_corpus):
    tok, _ = extended[style]
    for text in [*mixed_documents(edge_smiles, cifs), *tagged_corpus, *PROBES]:
        ids = tok.encode(text).ids
        assert tok.decode(ids, skip_special_tokens=True) == text
        assert tok.decode(ids, skip_special_tokens=False).endswith(text)


@pytest.mark.parametrize("style", STYLES)
def test_ids_identical_to_base_outside_tags(style, extended, base_dirs, edge_smiles, cifs, tagged_corpus):
    tok, _ = extended[style]
    base = load_tokenizer(base_dirs[style])
    docs = [*mixed_documents(edge_smiles, cifs), *tagged_corpus]
    assert check_extension(tok, base, docs) == []
    # documents without tags: every id is the base's, special tokens (Llama-3 BOS) included
    for text in [d for d in docs if not any(t in d for t in ALL_TAGS)] + list(PROBES[:5]):
        assert tok.encode(text).ids == base.encode(text).ids
    # a prose segment keeps its base ids wherever the tags are
    doc = f"Before the span, {wrap_smiles('CCO')} after the span."
    ids = tok.encode(doc, add_special_tokens=False).ids
    before = base.encode("Before the span, ", add_special_tokens=False).ids
    after = base.encode(" after the span.", add_special_tokens=False).ids
    assert ids[: len(before)] == before and ids[-len(after) :] == after


@pytest.mark.parametrize("style", STYLES)
def test_no_token_spans_two_smiles_units(style, extended, edge_smiles, smiles, reactions):
    tok, _ = extended[style]
    start_id, end_id = tok.token_to_id(START_SMILES), tok.token_to_id(END_SMILES)
    shift = len(START_SMILES)
    for s in [*edge_smiles, *smiles, *reactions]:
        enc = tok.encode(wrap_smiles(s), add_special_tokens=False)
        assert enc.ids[0] == start_id and enc.ids[-1] == end_id
        starts = reference_bounds(s)
        for a, b in enc.offsets[1:-1]:
            a, b = a - shift, b - shift
            assert inside_one_unit(a, b, starts), (s, s[a:b], enc.tokens)


def unit_context(text: str) -> str:
    """A tagged span in which ``text`` is one unit."""
    if text.startswith("_"):
        return wrap_cif(f"{text} 1\n")
    if text in ("data_", "loop_"):
        return wrap_cif(f"{text}x\n")
    if text.startswith(("[", "%")) or text in (">>", "->", "<-", "Cl", "Br"):
        return wrap_smiles(f"C{text}C")
    return wrap_cif(f"_symmetry_space_group_name_H-M   {text}\n")  # a space-group symbol


@pytest.mark.parametrize("style", STYLES)
def test_units_that_got_ids_are_one_token(style, extended):
    tok, _ = extended[style]
    info = extension_info(tok)
    assert set(info.tag_ids) == set(ALL_TAGS)
    for text, token_id in info.new_tokens.items():
        if text in ALL_TAGS:
            continue
        span = unit_context(text)
        assert token_id in tok.encode(span, add_special_tokens=False).ids, (text, span)


def test_bracket_atoms_and_tags_whole_on_real_gpt2(extended):
    tok, _ = extended["gpt2-real"]
    enc = tok.encode(wrap_smiles("C[C@@H](Cl)[13CH3].[NH4+]C%10CC%10/C=C\\F>>[O-]->[Pt]"), add_special_tokens=False)
    assert enc.tokens == [
        START_SMILES,
        *"C [C@@H] ( Cl ) [13CH3] . [NH4+] C %10 C C %10 / C = C \\ F >> [O-] -> [Pt]".split(),
        END_SMILES,
    ]
    for tag in ALL_TAGS:
        assert tok.token_to_id(tag) is not None
        assert tag not in {t.content for t in tok.get_added_tokens_decoder().values()}  # vocabulary, not added
    cif = wrap_cif("data_Na4Cl4\n_symmetry_space_group_name_H-M   Fm-3m\n_cell_length_a   5.6402\n")
    pieces = [tok.decode([i]) for i in tok.encode(cif, add_special_tokens=False).ids]
    assert pieces[:5] == [START_CIF, "data_", "Na", "4", "Cl"]
    assert "_symmetry_space_group_name_H-M" in pieces and "Fm-3m" in pieces and "_cell_length_a" in pieces
    assert pieces[-8:] == ["5", ".", "6", "4", "0", "2", "\n", END_CIF]


def test_cif_tokens_stay_inside_units(extended, cifs):
    tok, _ = extended["qwen2"]
    for cif in cifs:
        span = wrap_cif(cif)
        starts, pos = [], 0
        for _, piece in split_units(span):
            starts.append(pos)
            pos += len(piece)
        assert pos == len(span)
        for a, b in tok.encode(span, add_special_tokens=False).offsets:
            assert inside_one_unit(a, b, starts)


def test_split_units_kinds():
    cif = wrap_cif("data_Na\n_symmetry_space_group_name_H-M   P2_1/c\n")
    text = f"x {wrap_smiles('C[C@@H](Cl)%10')} y {cif}"
    kinds = [k for k, _ in split_units(text)]
    assert kinds[0] == "prose" and kinds.count("tag") == 4
    pieces = [p for k, p in split_units(text) if k == "cif"]
    assert pieces == ["data_", "Na", "\n", "_symmetry_space_group_name_H-M", "   ", "P2_1/c", "\n"]
    assert [k for k, _ in segments(text)] == ["prose", "smiles", "prose", "cif"]
    assert "".join(s for _, s in segments(text)) == text


def test_quoted_space_group_and_raw_cif(extended):
    tok, _ = extended["gpt2-real"]
    cif = wrap_cif("data_x\n_symmetry_space_group_name_H-M 'P 63 m c'\n_cell_length_a 3.2501(1)\n# comment\n")
    pieces = tok.encode(cif).tokens
    assert "'" in pieces and "_cell_length_a" in pieces
    assert tok.decode(tok.encode(cif).ids) == cif
    units = [p for k, p in split_units(cif) if k == "cif"]
    assert "P 63 m c" in units


@pytest.mark.parametrize("style", STYLES)
def test_autotokenizer_gives_identical_ids(style, extended, edge_smiles, cifs, tagged_corpus):
    from transformers import AutoTokenizer

    tok, folder = extended[style]
    cfg = json.loads((folder / "tokenizer_config.json").read_text())
    assert cfg["tokenizer_class"] == "TokenizersBackend"
    hf = AutoTokenizer.from_pretrained(str(folder))
    assert len(hf) == tok.get_vocab_size(with_added_tokens=True)
    docs = [*mixed_documents(edge_smiles, cifs), *tagged_corpus[::7]]
    batch = hf(docs)["input_ids"]
    assert batch == [e.ids for e in tok.encode_batch(docs)]
    for text, ids in zip(docs, batch, strict=True):
        assert hf.decode(ids, skip_special_tokens=True) == text
    # the saved tokenizer.json is the one extend() returned
    assert load_tokenizer(folder).to_str() == tok.to_str()


@pytest.mark.parametrize("style", ["qwen2", "llama3"])
def test_chat_template_keeps_tags(style, extended):
    from transformers import AutoTokenizer

    tok, folder = extended[style]
    hf = AutoTokenizer.from_pretrained(str(folder))
    assert hf.chat_template
    messages = [
        {
            "role": "user",
            "content": f"Name {wrap_smiles('C[C@@H](O)CC')} and " + wrap_cif("data_x\n_cell_length_a 3\n"),
        },
        {"role": "assistant", "content": f"It is butan-2-ol, {wrap_smiles('CC[C@H](C)O')}."},
    ]
    rendered = hf.apply_chat_template(messages, tokenize=False)
    ids = hf.apply_chat_template(messages, tokenize=True)
    ids = ids["input_ids"] if not isinstance(ids, list) else ids
    assert ids == tok.encode(rendered, add_special_tokens=False).ids
    for tag in STRUCTURE_TAGS:
        assert tok.token_to_id(tag) in ids
    assert tok.token_to_id("[C@@H]") in ids
    text = hf.decode(ids, skip_special_tokens=True)
    for tag in STRUCTURE_TAGS:
        assert tag in text
    assert wrap_smiles("CC[C@H](C)O") in text


def test_gpt2_real_known_ids_unchanged(extended):
    tok, _ = extended["gpt2-real"]
    assert tok.encode("Hello world").ids == [15496, 995]
    assert tok.token_to_id("<|endoftext|>") == 50256
    info = extension_info(tok)
    assert info.base_vocab_size == 50257
    assert min(info.new_tokens.values()) == 50257
    assert sorted(info.new_tokens.values()) == list(range(50257, tok.get_vocab_size(with_added_tokens=True)))


def test_plan_rejects_units_that_prose_can_produce(base_dirs, tagged_corpus):
    plan = plan_vocabulary(base_dirs["gpt2-real"], tagged_corpus)
    chosen = {t.text for t in plan.tokens}
    assert set(ALL_TAGS) <= chosen
    assert {"[C@@H]", "%10", "_cell_length_a", "data_", "Fm-3m", "P2_1/c"} <= chosen
    assert plan.rejected["Pnma"] == "prose_piece"  # letters only: GPT-2's regex yields it whole in prose
    assert plan.rejected["Cl"] == "in_base"
    assert plan.unit_counts["smiles:atom"] > 1000 and plan.documents == len(tagged_corpus)
    small = plan_vocabulary(base_dirs["gpt2-real"], tagged_corpus, max_new_tokens=10, default_units=False)
    assert len(small.tokens) == 10 and "over_budget" in small.rejected.values()
    assert [t.kind for t in small.tokens[: len(ALL_TAGS)]] == ["tag"] * len(ALL_TAGS)


def test_extend_is_deterministic(base_dirs, tagged_corpus):
    a = extend(base_dirs["qwen2"], corpus=tagged_corpus, verify=False)
    b = extend(base_dirs["qwen2"], corpus=iter(tagged_corpus), verify=False)
    assert a.to_str() == b.to_str()


def test_base_equivalent_matches_base(extended, base_dirs, tagged_corpus):
    for style in ("gpt2-real", "qwen2"):
        tok, _ = extended[style]
        base = load_tokenizer(base_dirs[style])
        eq = base_equivalent(tok)
        assert not is_extended(eq) and is_extended(tok)
        docs = tagged_corpus[::10] + list(PROBES)
        assert [e.ids for e in eq.encode_batch(docs)] == [e.ids for e in base.encode_batch(docs)]


def test_unsupported_bases_are_refused(base_dirs, extended):
    from tokenizers import Tokenizer, models, pre_tokenizers

    data = json.loads(load_tokenizer(base_dirs["qwen2"]).to_str())
    data["pre_tokenizer"]["pretokenizers"][-1]["add_prefix_space"] = True
    with pytest.raises(ExtensionError, match="add_prefix_space"):
        extend(Tokenizer.from_str(json.dumps(data)))
    wp = Tokenizer(models.WordPiece({"[UNK]": 0, "a": 1}, unk_token="[UNK]"))
    wp.pre_tokenizer = pre_tokenizers.Whitespace()
    with pytest.raises(ExtensionError, match="byte-level BPE"):
        extend(wp)
    with pytest.raises(ExtensionError, match="already"):
        extend(extended["qwen2"][0])
    with pytest.raises(ExtensionError, match="not a chemtrove-extended"):
        extension_info(base_dirs["qwen2"])


def test_unreachable_base_entries_keep_base_ids():
    """A base entry its merges can never build must not become reachable through ignore_merges."""
    from tokenizers import Tokenizer, decoders, models
    from tokenizers import pre_tokenizers as pt

    from chemtrove.tokenize.extend import bytes_to_unicode

    alphabet = sorted(bytes_to_unicode().values())
    vocab = {c: i for i, c in enumerate(alphabet)}
    for t in ("ab", "bc", "abc"):
        vocab[t] = len(vocab)
    merges = [("a", "b"), ("b", "c"), ("a", "bc")]  # "abc" is never built: (a, b) always fires first
    base = Tokenizer(models.BPE(vocab, merges, ignore_merges=False))
    base.pre_tokenizer = pt.ByteLevel(add_prefix_space=False, use_regex=True)
    base.decoder = decoders.ByteLevel()
    assert base.encode("abc").tokens == ["ab", "c"]
    with pytest.warns(UserWarning, match="never be produced"):
        tok = extend(base)
    for text in ("abc", "x abc bc ab", f"abc {wrap_smiles('CC')}"):
        assert check_extension(tok, base, [text]) == []
    assert tok.encode("abc").ids == base.encode("abc").ids


def test_new_vocabulary_uses_byte_level_spelling(extended):
    tok, _ = extended["gpt2-real"]
    vocab = tok.get_vocab()
    assert to_byte_level("_cell_length_a") in vocab
    assert tok.id_to_token(tok.token_to_id(START_SMILES)) == START_SMILES


def test_element_symbols_that_are_also_two_smiles_atoms(extended):
    tok, _ = extended["gpt2-real"]
    smi = [tok.decode([i]) for i in tok.encode(wrap_smiles("CSc1ccccc1Cn1ccnc1Sn"), add_special_tokens=False).ids]
    assert smi[1:5] == ["C", "S", "c", "1"] and "Cn" not in smi and "Sc" not in smi and "Sn" not in smi
    cif = wrap_cif("data_ScSn2Co\n_chemical_formula_sum   'Sc1 Sn2'\n  Sc  Sc0  4  0.5\n  Co  Co1  2  0.0\n")
    units = [p for k, p in split_units(cif) if k == "cif"]
    assert units[:5] == ["data_", "Sc", "Sn", "2", "Co"]
    assert units.count("Sc") == 4 and units.count("Co") == 3 and "S" not in units


def test_special_tokens_also_in_the_model_vocabulary(base_dirs, tagged_corpus):
    """Hugging Face's GPT-2 layout: <|endoftext|> is both an added token and a model vocabulary entry."""
    from tokenizers import Tokenizer

    data = json.loads(load_tokenizer(base_dirs["qwen2"]).to_str())
    for added in data["added_tokens"]:
        data["model"]["vocab"][added["content"]] = added["id"]
    base = Tokenizer.from_str(json.dumps(data))
    tok = extend(base, corpus=tagged_corpus[:50])
    for token_id, added in base.get_added_tokens_decoder().items():
        assert tok.token_to_id(added.content) == token_id
    text = f"<|im_start|>user\nIs {wrap_smiles('CCO')} ethanol?<|im_end|>"
    assert check_extension(tok, base, [text, *tagged_corpus[:50]]) == []


@pytest.mark.parametrize("style", STYLES)
def test_name_tags_stay_whole(style, extended, base_dirs):
    """MiST's name style: [START_MOL] and [END_MOL] are one id each, the name between them is prose."""
    tok, _ = extended[style]
    base = load_tokenizer(base_dirs[style])
    text = "Stir in " + tag_name("N,N-dimethylformamide", "CN(C)C=O", "mist") + " at 25 degC, stray " + END_MOL
    enc = tok.encode(text, add_special_tokens=False)
    start_mol, end_mol = tok.token_to_id(START_MOL), tok.token_to_id(END_MOL)
    assert start_mol is not None and end_mol is not None
    assert enc.ids.count(start_mol) == 1 and enc.ids.count(end_mol) == 2
    assert tok.decode(enc.ids) == text
    # the name between the tags is tokenized exactly as the base tokenizes it
    name_ids = base.encode(" N,N-dimethylformamide ", add_special_tokens=False).ids
    i = enc.ids.index(start_mol)
    assert enc.ids[i + 1 : i + 1 + len(name_ids)] == name_ids and enc.ids[i + 1 + len(name_ids)] == end_mol
    # the SMILES after the name is split into units like any tagged SMILES
    assert [p for k, p in split_units(text) if k == "tag"] == [START_MOL, END_MOL, START_SMILES, END_SMILES, END_MOL]
    assert check_extension(tok, base, [text, tag_name("ethanol", "CCO", "mist") * 3]) == []
    for tag in MOL_TAGS:
        assert tok.token_to_id(tag) in extension_info(tok).tag_ids.values()
