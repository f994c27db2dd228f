"""Building and streaming mixtures from shard and tokenized folders: exactness, determinism, resume rules."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chemtrove.mixtures import ResumeError, SpecError, load_packed, open_mixture, read_manifest
from chemtrove.mixtures.spec import MixtureSpec


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".cache" not in p.parts
    }


@pytest.mark.parametrize("budget", [700, 4000, 9000])
def test_build_is_token_exact(corpus, tokenizer_dir, tmp_path, budget, mixture_spec):
    shards = corpus()
    mix = open_mixture(mixture_spec(shards, tokenizer_dir, total_tokens=budget), tmp_path / "out")
    manifest = mix.build()
    plan = mix.plan
    train = manifest["outputs"]["train"]
    assert train["tokens"] == plan.selected_tokens and train["documents"] == plan.selected_documents
    assert abs(plan.selected_tokens - budget) <= 81 / 2  # the longest document has 81 tokens
    docs = pq.read_table(tmp_path / "out" / "documents").to_pydict()
    assert sum(docs["n_tokens"]) == plan.selected_tokens
    assert [len(x) for x in docs["input_ids"]] == docs["n_tokens"]
    for sp in plan.sources:
        n = sum(t for t, s in zip(docs["n_tokens"], docs["mix_source"], strict=True) if s == sp.name)
        assert n == sp.selected_tokens
    assert all(ids[-1] == mix.tokenizer.eos_id for ids in docs["input_ids"])
    packed = load_packed(tmp_path / "out")
    assert packed.dtype == np.uint32 and packed.shape == (plan.selected_tokens // 64, 64)
    stream = np.concatenate([np.asarray(x, dtype=np.uint32) for x in docs["input_ids"]])
    assert np.array_equal(packed.reshape(-1), stream[: packed.size])
    assert train["dropped_tokens"] == plan.selected_tokens - packed.size


def test_deterministic_bytes_and_stream_equals_build(corpus, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    spec = mixture_spec(shards, tokenizer_dir)
    m1 = open_mixture(spec, tmp_path / "a")
    m1.build()
    open_mixture(spec, tmp_path / "b").build()
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a == b and "manifest.json" in a
    manifest = json.loads(a["manifest.json"])
    assert str(tmp_path / "a") not in a["manifest.json"].decode()  # no output path, no time stamp
    assert {s["name"]: len(s["fingerprint"]) for s in manifest["sources"]} == {"mol": 64, "rxn": 64, "prose": 64}
    assert set(manifest["versions"]) >= {"chemtrove", "numpy", "pyarrow", "tokenizers"}
    assert manifest["seed"] == 3 and manifest["plan"] == json.loads(a["plan.json"])
    # streaming gives the same documents and sequences, from any position
    built = pq.read_table(tmp_path / "a" / "documents", columns=["id", "mix_source"]).to_pydict()
    streamed = list(m1.documents())
    assert [d["id"] for d in streamed] == built["id"]
    packed = load_packed(tmp_path / "a")
    assert np.array_equal(np.stack(list(m1.sequences())), packed)
    assert np.array_equal(np.stack(list(m1.sequences(start=17))), packed[17:])
    assert [d["id"] for d in m1.documents(start=100, stop=110)] == built["id"][100:110]


def test_validation_sets(corpus, base_spec, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    mix = open_mixture(mixture_spec(shards, tokenizer_dir), tmp_path / "out")
    manifest = mix.build()
    val = manifest["outputs"]["validation"]
    assert sorted(val) == ["molecule", "prose", "reaction"]
    train_ids = set(pq.read_table(tmp_path / "out" / "documents", columns=["id"]).column("id").to_pylist())
    for domain, info in val.items():
        table = pq.read_table(tmp_path / "out" / info["file"]).to_pydict()
        assert set(table["domain"]) == {domain} and not set(table["id"]) & train_ids
        assert sum(table["n_tokens"]) == info["tokens"] == mix.plan.validation[domain].tokens
    # the holdout does not depend on the weights
    other = base_spec(shards, tokenizer_dir)
    for s, w in zip(other["sources"], (0.2, 0.2, 0.6), strict=True):
        s["weight"] = w
    mix2 = open_mixture(MixtureSpec.from_dict(other), tmp_path / "out2")
    for d in val:
        assert [r["id"] for r in mix2.validation(d)[d]] == pq.read_table(tmp_path / "out" / val[d]["file"]).column(
            "id"
        ).to_pylist()
    with pytest.raises(SpecError, match="did you mean 'prose'"):
        mix.validation("pros")


def test_rerun_up_to_date_and_changed_inputs_refused(corpus, base_spec, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    out = tmp_path / "out"
    spec = mixture_spec(shards, tokenizer_dir)
    open_mixture(spec, out).build()
    before = _files(out)
    messages = []
    open_mixture(spec, out).build(log=messages.append)
    assert any("up to date" in m for m in messages) and _files(out) == before
    # a changed shard file: refused, naming the source
    f = sorted((shards / "reaction").glob("*.parquet"))[0]
    table = pq.read_table(f)
    pq.write_table(table.slice(0, table.num_rows - 1), f)
    with pytest.raises(ResumeError, match="files of source 'rxn' changed"):
        open_mixture(spec, out).build()
    # an appended source: refused too
    data = base_spec(shards, tokenizer_dir)
    data["sources"][2]["weight"] = 0.1
    data["sources"].append({"name": "more", "path": str(shards / "prose"), "weight": 0.1})
    with pytest.raises(ResumeError, match="source 'more' was added"):
        open_mixture(MixtureSpec.from_dict(data), out).build()
    assert _files(out) == before
    manifest = open_mixture(spec, out).build(overwrite=True)
    assert manifest["key"]["fingerprints"]["rxn"] != json.loads(before["manifest.json"])["key"]["fingerprints"]["rxn"]


def test_interrupted_build_resumes_to_identical_bytes(corpus, base_spec, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    spec = mixture_spec(shards, tokenizer_dir)
    open_mixture(spec, tmp_path / "clean").build()

    class Stop(Exception):
        pass

    def crash(msg: str) -> None:
        if msg.startswith("part 2/"):
            raise Stop

    out = tmp_path / "out"
    with pytest.raises(Stop):
        open_mixture(spec, out).build(log=crash)
    assert (out / ".build_state.json").is_file() and not (out / "manifest.json").exists()
    assert len(json.loads((out / ".build_state.json").read_text())["parts"]) == 2
    done = (out / "packed" / "part-00000.npy").stat().st_mtime_ns
    messages = []
    open_mixture(spec, out).build(log=messages.append)
    assert messages[0].startswith("part 3/")  # parts 1 and 2 were kept
    assert (out / "packed" / "part-00000.npy").stat().st_mtime_ns == done
    assert _files(out) == _files(tmp_path / "clean")
    # an interrupted build with changed inputs is not resumed
    out2 = tmp_path / "out2"
    with pytest.raises(Stop):
        open_mixture(spec, out2).build(log=crash)
    other = base_spec(shards, tokenizer_dir, seed=4)
    with pytest.raises(ResumeError, match="interrupted build from other inputs .*the spec changed"):
        open_mixture(MixtureSpec.from_dict(other), out2).build()


def test_stream_resume_checks_the_key(corpus, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    spec = mixture_spec(shards, tokenizer_dir)
    mix = open_mixture(spec)
    saved = json.loads(json.dumps(mix.key()))  # as stored in a checkpoint
    open_mixture(spec).check_resume(saved)
    f = sorted((shards / "prose").glob("*.parquet"))[0]
    f.write_bytes(f.read_bytes())  # same bytes: same fingerprint
    open_mixture(spec).check_resume(saved)
    table = pq.read_table(f)
    pq.write_table(table.slice(1), f)
    with pytest.raises(ResumeError, match="files of source 'prose' changed"):
        open_mixture(spec).check_resume(saved)


def test_unknown_files_refused(corpus, tokenizer_dir, tmp_path, mixture_spec):
    out = tmp_path / "out"
    (out / "packed").mkdir(parents=True)
    with pytest.raises(ResumeError, match="no manifest.json"):
        open_mixture(mixture_spec(corpus(), tokenizer_dir), out).build()


def test_pad_tail_and_formats(corpus, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    spec = mixture_spec(shards, tokenizer_dir, build={"pack_tail": "pad", "formats": ["packed"], "part_tokens": 640})
    mix = open_mixture(spec, tmp_path / "out")
    manifest = mix.build()
    train = manifest["outputs"]["train"]
    packed = load_packed(tmp_path / "out")
    total = mix.plan.selected_tokens
    assert packed.shape == (-(-total // 64), 64) and train["padding_tokens"] == packed.size - total
    assert (packed.reshape(-1)[total:] == mix.tokenizer.eos_id).all()
    assert not (tmp_path / "out" / "documents").exists() and train["documents_files"] == []
    assert np.array_equal(np.stack(list(mix.sequences())), packed)
    tiny = mixture_spec(shards, tokenizer_dir, total_tokens=40)
    with pytest.raises(SpecError, match="less than one sequence"):
        open_mixture(tiny, tmp_path / "tiny").build()


def _tokenize_folder(shards: Path, tokenizer_dir: Path, out: Path) -> None:
    """Write a tokenized folder in the ``chemtrove tokenizer encode`` layout (same row groups as the shards)."""
    import hashlib

    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_dir / "tokenizer.json"))
    eos = tok.token_to_id("<eos>")
    schema = pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            ("domain", pa.string()),
            ("input_ids", pa.list_(pa.uint32())),
            ("n_tokens", pa.int64()),
        ]
    )
    for f in sorted(shards.rglob("*.parquet")):
        pf = pq.ParquetFile(f)
        target = out / "tokens" / f.relative_to(shards)
        target.parent.mkdir(parents=True, exist_ok=True)
        with pq.ParquetWriter(target, schema) as w:
            for rg in range(pf.num_row_groups):
                t = pf.read_row_group(rg).to_pydict()
                ids = [e.ids + [eos] for e in tok.encode_batch(t["text"])]
                w.write_table(
                    pa.table(
                        {
                            "id": t["id"],
                            "source": t["source"],
                            "domain": t["domain"],
                            "input_ids": ids,
                            "n_tokens": [len(x) for x in ids],
                        },
                        schema=schema,
                    )
                )
    sha = hashlib.sha256(tok.to_str().encode()).hexdigest()
    counts = {"tokenizer_sha256": sha, "eos_token": "<eos>", "vocab_size": tok.get_vocab_size(), "sources": {}}
    (out / "token_counts.json").write_text(json.dumps(counts))


def test_tokenized_folder_sources_equal_shard_sources(corpus, base_spec, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    tokens = tmp_path / "tokenized"
    _tokenize_folder(shards, tokenizer_dir, tokens)
    from_shards = open_mixture(mixture_spec(shards, tokenizer_dir), tmp_path / "a")
    data = base_spec(shards, tokenizer_dir)
    data["sources"][0].update(path=str(tokens), select={"source": ["chembl"]}, format="auto")
    data["sources"][1].update(path=str(tokens / "tokens" / "reaction"))
    data["sources"][2].update(path=str(tokens), select={"domain": ["prose"]}, format="tokens")
    from_tokens = open_mixture(MixtureSpec.from_dict(data), tmp_path / "b")
    assert [s.format for s in from_tokens.sources] == ["tokens"] * 3
    assert from_tokens.plan.to_json() == from_shards.plan.to_json()
    assert np.array_equal(np.stack(list(from_tokens.sequences())), np.stack(list(from_shards.sequences())))
    # without a spec tokenizer the tokenized folders give it
    data.pop("tokenizer")
    alone = open_mixture(MixtureSpec.from_dict(data), tmp_path / "c")
    assert alone.tokenizer.eos_token == "<eos>" and alone.plan.to_json() == from_shards.plan.to_json()
    alone.build()
    docs = pq.read_table(tmp_path / "c" / "documents").to_pydict()
    assert docs["text"][0] is None and sum(docs["n_tokens"]) == alone.plan.selected_tokens
    # a tokenized folder from another tokenizer is refused
    meta = json.loads((tokens / "token_counts.json").read_text())
    meta["tokenizer_sha256"] = "0" * 64
    (tokens / "token_counts.json").write_text(json.dumps(meta))
    data["tokenizer"] = str(tokenizer_dir)
    with pytest.raises(SpecError, match="written with another tokenizer"):
        open_mixture(MixtureSpec.from_dict(data), tmp_path / "d")


def test_with_chemtrove_tokenize_output(corpus, base_spec, tokenizer_dir, tmp_path, mixture_spec):
    """The folder `chemtrove tokenizer encode` writes plans like the shards it came from."""
    shards_mod = pytest.importorskip("chemtrove.tokenize.shards")
    shards = corpus()
    shards_mod.tokenize_shards(shards, tokenizer_dir / "tokenizer.json", tmp_path / "tok", eos_token="<eos>")
    data = base_spec(shards, tokenizer_dir)
    for s, sel in zip(data["sources"], ("chembl", "uspto", "papers"), strict=True):
        s.update(path=str(tmp_path / "tok"), select={"source": [sel]})
    from_tokens = open_mixture(MixtureSpec.from_dict(data), tmp_path / "b")
    from_shards = open_mixture(mixture_spec(shards, tokenizer_dir), tmp_path / "a")
    assert [s.n_docs for s in from_tokens.sources] == [s.n_docs for s in from_shards.sources]
    assert from_tokens.plan.selected_tokens > 0
    from_tokens.build()
    assert read_manifest(tmp_path / "b")["outputs"]["train"]["tokens"] == from_tokens.plan.selected_tokens


def test_errors_for_sources(corpus, base_spec, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    data = base_spec(shards, tokenizer_dir)
    data["sources"][0]["path"] = str(tmp_path / "missing")
    with pytest.raises(SpecError, match="does not exist"):
        open_mixture(MixtureSpec.from_dict(data))
    data = base_spec(shards, tokenizer_dir)
    data.pop("tokenizer")
    with pytest.raises(SpecError, match="spec.tokenizer must name"):
        open_mixture(MixtureSpec.from_dict(data))
    data = base_spec(shards, tokenizer_dir, eos_token="<end>")
    with pytest.raises(SpecError, match="'<end>' is not a token"):
        open_mixture(MixtureSpec.from_dict(data))
    data = base_spec(shards, tokenizer_dir)
    data["sources"][0]["path"] = str(shards)
    with pytest.raises(SpecError, match="several domains"):
        open_mixture(MixtureSpec.from_dict(data))
    data = base_spec(shards, tokenizer_dir, max_epochs=1, total_tokens=5000)
    from chemtrove.mixtures import PlanError

    with pytest.raises(PlanError, match="source 'mol' \\(molecule\\): needs 2,500 tokens"):
        open_mixture(MixtureSpec.from_dict(data))


def test_count_cache_is_used_and_checked(corpus, tokenizer_dir, tmp_path, mixture_spec):
    shards = corpus()
    spec = mixture_spec(shards, tokenizer_dir)
    open_mixture(spec, tmp_path / "out")
    cached = sorted((tmp_path / "out" / ".cache").glob("counts-mol-*.npy"))
    assert len(cached) == 1 and len(list((tmp_path / "out" / ".cache").glob("counts-*.npy"))) == 3
    arr = np.load(cached[0])
    arr["tokens"][:] = 2  # a corrupted cache shows up in the plan, and the build refuses it
    np.save(cached[0], arr)
    mix = open_mixture(spec, tmp_path / "out")
    assert mix.plan.sources[0].tokens == 2 * mix.plan.sources[0].documents
    with pytest.raises(ResumeError, match="delete the output's .cache"):
        mix.build()


def test_hf_datasets(corpus, tokenizer_dir, tmp_path, mixture_spec):
    pytest.importorskip("datasets")
    from chemtrove.mixtures import load_hf_dataset

    mix = open_mixture(mixture_spec(corpus(), tokenizer_dir), tmp_path / "out")
    mix.build()
    ds = load_hf_dataset(tmp_path / "out", cache_dir=tmp_path / "hf")
    assert ds["train"].num_rows == mix.plan.selected_documents
    assert set(ds) == {"train", "validation_molecule", "validation_prose", "validation_reaction"}
