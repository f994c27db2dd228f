"""Token statistics, tokenized shards with counts per source, and the ``tokenizer`` CLI verbs."""

from __future__ import annotations

import argparse
import json
import shlex

import pytest

from chemtrove.chem.tags import wrap_smiles
from chemtrove.tokenize import compute_stats, count_tokens, load_tokenizer, stats_from_shards, tokenize_shards
from chemtrove.tokenize.cli import add_cli
from chemtrove.tokenize.pretokenize import SPAN_PATTERN, iter_spans
from chemtrove.tokenize.shards import iter_documents, read_token_ids, shard_files


def run_cli(command: str) -> int:
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(shlex.split(command))
    return args.func(args)


def test_python_span_split_matches_the_tokenizer(tagged_corpus):
    from tokenizers import Regex
    from tokenizers.pre_tokenizers import Split

    split = Split(Regex(SPAN_PATTERN), "isolated")
    for text in [*tagged_corpus[::3], "a [END_SMILES] b [START_CIF]x", "[START_SMILES]C[END_SMILES][END_CIF]"]:
        assert [s for _, s in iter_spans(text)] == [p for p, _ in split.pre_tokenize_str(text)]


def test_stats_base_against_extended(extended, base_dirs, tagged_corpus):
    tok, _ = extended["gpt2-real"]
    stats = compute_stats(tagged_corpus, tok, base_dirs["gpt2-real"])
    s, c, p = stats["smiles"], stats["cif"], stats["prose"]
    assert stats["documents"] == len(tagged_corpus)
    assert s["spans"] == 440 and s["atoms"] > 10_000
    assert s["extended_tokens_crossing_units"] == 0 < s["base_tokens_crossing_units"]
    assert 1.0 <= s["tokens_per_atom_extended"] < 3.0 and s["tokens_per_atom_base"] > 0
    assert c["spans"] == 43 and c["tokens_per_cif_base"] > 0 and c["tokens_per_cif_extended"] > 0
    assert p["identical"] and p["tokens_per_byte_base"] == p["tokens_per_byte_extended"]
    # the base can be rebuilt from the extended tokenizer: same figures
    again = compute_stats(tagged_corpus[::10], tok)
    assert (
        again["smiles"]["base_tokens"]
        == compute_stats(tagged_corpus[::10], tok, base_dirs["gpt2-real"])["smiles"]["base_tokens"]
    )


def test_stats_from_shards_writes_json_and_png(extended, base_dirs, shard_dir, tmp_path):
    _, folder = extended["qwen2"]
    stats = stats_from_shards(shard_dir, folder, base_dirs["qwen2"], out_dir=tmp_path)
    png = (tmp_path / "tokenizer_stats.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    saved = json.loads((tmp_path / "tokenizer_stats.json").read_text())
    assert saved["smiles"]["atoms"] == stats["smiles"]["atoms"]
    assert "per_span_tokens_per_atom_base" not in saved["smiles"]


def test_tokenize_shards_counts_per_source(extended, shard_dir, tmp_path):
    tok, folder = extended["llama3"]
    summary = tokenize_shards(shard_dir, folder, tmp_path / "out", batch_size=64)
    assert summary["eos_token"] == "<|eot_id|>"
    eos = tok.token_to_id("<|eot_id|>")
    docs = list(iter_documents(shard_dir))
    assert summary["total_documents"] == len(docs)
    expected: dict[str, int] = {}
    for d in docs:
        expected[d["source"]] = expected.get(d["source"], 0) + len(tok.encode(d["text"]).ids) + 1
    assert {k: v["tokens"] for k, v in summary["sources"].items()} == expected
    assert set(summary["domains"]) == {"molecule", "reaction", "crystal", "prose", "chem_prose"}
    assert json.loads((tmp_path / "out" / "token_counts.json").read_text()) == summary
    outs = shard_files(tmp_path / "out" / "tokens")
    assert [p.relative_to(tmp_path / "out" / "tokens") for p in outs] == [
        p.relative_to(shard_dir) for p in shard_files(shard_dir)
    ]
    ids = read_token_ids(outs[0])
    first = next(iter_documents(shard_files(shard_dir)[0]))
    assert ids[0] == [*tok.encode(first["text"]).ids, eos] and ids[0][0] == tok.token_to_id("<|begin_of_text|>")
    # byte-identical on a rerun, and count_tokens agrees without writing
    tokenize_shards(shard_dir, folder, tmp_path / "again", batch_size=64)
    for a in outs:
        b = tmp_path / "again" / a.relative_to(tmp_path / "out")
        assert a.read_bytes() == b.read_bytes()
    assert count_tokens(shard_dir, folder)["sources"] == summary["sources"]
    none = count_tokens(shard_dir, folder, eos_token=None, max_docs=10)
    assert none["total_documents"] == 10 and none["eos_token"] is None


def test_unknown_eos_is_an_error(extended, shard_dir):
    with pytest.raises(ValueError, match="not a token"):
        count_tokens(shard_dir, extended["qwen2"][0], eos_token="<nope>")


def test_datatrove_document_tokenizer(extended, shard_dir, tmp_path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import ParquetReader

    from chemtrove.tokenize import datatrove_tokenizer

    _, folder = extended["gpt2-real"]
    step = datatrove_tokenizer(folder, str(tmp_path / "ds"), shuffle_documents=False)
    reader = ParquetReader(str(shard_dir / "molecule"), glob_pattern="*.parquet", text_key="text")
    LocalPipelineExecutor([reader, step], tasks=1, workers=1, logging_dir=str(tmp_path / "logs")).run()
    files = list((tmp_path / "ds").glob("*.ds"))
    assert files
    assert load_tokenizer(folder).get_vocab_size() < 2**16  # datatrove writes uint16 ids
    expected = count_tokens(shard_dir / "molecule", folder)  # + <|endoftext|> after each document
    assert sum(f.stat().st_size for f in files) == 2 * expected["total_tokens"]


def test_cli_build_stats_encode(shard_dir, base_dirs, tmp_path, capsys):
    out = tmp_path / "tok"
    assert run_cli(f"tokenizer build --train-base qwen2 --base-vocab-size 800 --corpus {shard_dir} --out {out}") == 0
    text = capsys.readouterr().out
    assert "new by kind" in text and (out / "base" / "tokenizer.json").is_file()
    meta = json.loads((out / "chemtrove_tokenizer.json").read_text())
    assert meta["base"] == "base" and meta["plan"]["documents"] > 0 and "[START_SMILES]" in meta["new_tokens"]
    assert run_cli(f"tokenizer stats --tokenizer {out} --shards {shard_dir} --out {tmp_path / 'stats'}") == 0
    assert "tokens per SMILES atom" in capsys.readouterr().out
    assert (tmp_path / "stats" / "tokenizer_stats.png").is_file()
    assert run_cli(f"tokenizer encode --tokenizer {out} --shards {shard_dir} --out {tmp_path / 'enc'}") == 0
    captured = capsys.readouterr()
    assert "total:" in captured.out
    counts = json.loads((tmp_path / "enc" / "token_counts.json").read_text())
    assert counts["eos_token"] == "<|im_end|>"
    n = counts["total_documents"]
    assert f"{n}/{n}" in captured.err  # the progress bar, its total from the parquet footers
    assert run_cli(f"tokenizer encode --tokenizer {out} --shards {shard_dir} --out {tmp_path / 'q'} --quiet") == 0
    assert "tokenize" not in capsys.readouterr().err
    # a base folder, a subset of the corpus, no defaults
    out2 = tmp_path / "llama3x"
    argv = f"tokenizer build --base {base_dirs['llama3']} --corpus {shard_dir / 'molecule'} --out {out2}"
    assert run_cli(argv + " --no-defaults --max-docs 50") == 0
    meta = json.loads((out2 / "chemtrove_tokenizer.json").read_text())
    base_size = load_tokenizer(base_dirs["llama3"]).get_vocab_size(with_added_tokens=True)
    assert meta["base"] == "llama3" and meta["base_vocab_size"] == base_size and meta["plan"]["documents"] == 50
    assert all(t["kind"] == "tag" or t["count"] >= 2 for t in meta["plan"]["tokens"])
    # errors are exit code 2 with a message
    assert run_cli(f"tokenizer build --base {tmp_path / 'nope'} --out {tmp_path / 'x'}") == 2
    assert "no tokenizer.json" in capsys.readouterr().err


def test_quickstart_tokenizer(shard_dir, tmp_path):
    from chemtrove.tokenize.cli import quickstart_tokenizer

    result = quickstart_tokenizer(shard_dir / "molecule", tmp_path / "qs")
    assert result["stats"]["prose_identical"] is True
    assert result["counts"]["total_documents"] == 300
    assert (tmp_path / "qs" / "tokenizer" / "tokenizer.json").is_file()
    assert (tmp_path / "qs" / "tokenizer_stats.png").is_file()
    tok = load_tokenizer(tmp_path / "qs" / "tokenizer")
    assert tok.decode(tok.encode(wrap_smiles("C[C@@H](O)Cl")).ids) == wrap_smiles("C[C@@H](O)Cl")
