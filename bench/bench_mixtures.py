"""Benchmark of chemtrove.mixtures: plan and build time and memory per document.

    python bench/bench_mixtures.py                       # plan at 1e6 docs / 1e9 tokens, builds at 5e4 docs
    python bench/bench_mixtures.py --plan-docs 1e6 --build-docs 2e5 --shard-docs 2e4 --json out.json

Four measurements, each in its own child process (peak RSS is the child's ``ru_maxrss`` minus its RSS after
imports):

* ``plan``: synthetic per-document token counts only (6 sources, lognormal lengths, mean ~1,000 tokens:
  1e6 documents are ~1e9 tokens), UniMax with ``max_epochs: 4``, 5% validation holdout per domain; times
  :func:`make_plan` and :func:`mixture_order` (the whole document order, what a build or stream walks);
* ``plan from files``: ``open_mixture`` (fingerprint, read ``n_tokens``, plan, order) on a tokenized folder
  of ``--plan-docs`` short documents (mean 8 tokens: the per-document cost without 4 GB of ids to write);
* ``build-tokens``: a synthetic tokenized folder (the ``chemtrove tokenizer encode`` layout, random ids) of
  ``--build-docs`` documents, built into parquet documents + packed ``.npy`` (scan, fingerprint, plan, order,
  write); the folder's writing time is not counted;
* ``build-shards``: a synthetic shard folder (text) of ``--shard-docs`` documents with the GPT-2 tokenizer
  in tests/data/tokenizers/gpt2: counting (tokenizing) is part of the plan and the build tokenizes again.

Builds are linear in documents and tokens (one pass over the selected documents; memory is the order
arrays, O(documents), plus one output part and a few row groups per source), so the report extrapolates
them to 1e6 documents / 1e9 tokens; it says so next to each extrapolated figure.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
GPT2 = REPO / "tests" / "data" / "tokenizers" / "gpt2"
SOURCES = [("web", "prose", 0.40), ("papers", "chem_prose", 0.25), ("pubchem", "molecule", 0.20),
           ("uspto", "reaction", 0.10), ("mp", "crystal", 0.04), ("sft", "instruction", 0.01)]  # fmt: skip


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _lengths(n: int, mean: float, rng: np.random.Generator) -> np.ndarray:
    sigma = 1.0
    return np.maximum(2, rng.lognormal(np.log(mean) - sigma**2 / 2, sigma, size=n)).astype(np.int64)


def _spec_dict(paths: dict[str, str] | None, budget: int, tokenizer: str | None, seq_len: int = 2048) -> dict:
    sources = []
    for name, domain, _ in SOURCES:
        s = {"name": name, "path": paths[name] if paths else "unused", "domain": domain}
        sources.append(s)
    return {
        "name": "bench",
        "seed": 0,
        "total_tokens": budget,
        "seq_len": seq_len,
        "tokenizer": tokenizer,
        "eos_token": "<|endoftext|>" if tokenizer else None,
        "max_epochs": 4,
        "sampling": {"rule": "unimax"},
        "validation": {"fraction": 0.05, "max_tokens": 2_000_000},
        "sources": sources,
    }


def stage_plan(n_docs: int, mean: float) -> dict:
    """Plan + order from counts only.

    Args:
        n_docs: Documents over all sources.
        mean: Mean tokens per document.

    Returns:
        Timings (s) and peak memory (MB above the RSS after imports).
    """
    from chemtrove.mixtures.plan import SourceCounts, make_plan, mixture_order
    from chemtrove.mixtures.spec import MixtureSpec

    rng = np.random.default_rng(0)
    counts = [SourceCounts(n, d, _lengths(max(1, int(n_docs * f)), mean, rng)) for n, d, f in SOURCES]
    total = int(sum(c.tokens.sum() for c in counts))
    docs = sum(c.tokens.shape[0] for c in counts)
    spec = MixtureSpec.from_dict(_spec_dict(None, int(total * 0.8), None))
    base = _rss_mb()
    t0 = time.perf_counter()
    plan = make_plan(spec, counts)
    t1 = time.perf_counter()
    src, doc = mixture_order(plan, counts)
    t2 = time.perf_counter()
    return {
        "documents": docs,
        "tokens": total,
        "budget": spec.total_tokens,
        "selected_documents": int(doc.shape[0]),
        "deviation_tokens": plan.selected_tokens - spec.total_tokens,
        "plan_s": t1 - t0,
        "order_s": t2 - t1,
        "peak_mb": _peak_mb() - base,
    }


def _write_tokenized(folder: Path, n_docs: int, mean: float, vocab: int, rng: np.random.Generator) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("id", pa.string()), ("source", pa.string()), ("domain", pa.string()),
                        ("input_ids", pa.list_(pa.uint32())), ("n_tokens", pa.int64())])  # fmt: skip
    total = 0
    for name, domain, f in SOURCES:
        n = max(1, int(n_docs * f))
        lengths = _lengths(n, mean, rng)
        out = folder / "tokens" / domain / f"{name}.parquet"
        out.parent.mkdir(parents=True, exist_ok=True)
        with pq.ParquetWriter(out, schema, compression="zstd") as w:
            for a in range(0, n, 1000):
                ls = lengths[a : a + 1000]
                values = rng.integers(1, vocab, size=int(ls.sum()), dtype=np.uint32)
                ends = np.cumsum(ls)
                values[ends - 1] = 0  # EOS id 0
                offsets = np.concatenate([[0], ends]).astype(np.int32)
                ids = pa.ListArray.from_arrays(pa.array(offsets), pa.array(values))
                k = len(ls)
                cols = {"id": [f"{name}/{a + i}" for i in range(k)], "source": [name] * k, "domain": [domain] * k}
                w.write_table(pa.table({**cols, "input_ids": ids, "n_tokens": ls}, schema=schema))
        total += int(lengths.sum())
    meta = {"tokenizer_sha256": "synthetic", "eos_token": "<|endoftext|>", "vocab_size": vocab}
    (folder / "token_counts.json").write_text(json.dumps(meta))
    return total


def _write_shards(folder: Path, n_docs: int, mean_words: float, rng: np.random.Generator) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    words = np.array(["the", "molecule", "[START_SMILES]CCO[END_SMILES]", "reaction", "yield", "crystal",
                      "solvent", "of", "and", "was", "heated", "to", "300", "K", "c1ccccc1", "NaCl"])  # fmt: skip
    schema = pa.schema([(c, pa.string()) for c in ("id", "text", "source", "domain", "metadata")])
    for name, domain, f in SOURCES:
        n = max(1, int(n_docs * f))
        lengths = _lengths(n, mean_words, rng)
        texts = [" ".join(rng.choice(words, size=int(k))) for k in lengths]
        out = folder / domain / f"{name}.parquet"
        out.parent.mkdir(parents=True, exist_ok=True)
        table = pa.table({"id": [f"{name}/{i}" for i in range(n)], "text": texts, "source": [name] * n,
                          "domain": [domain] * n, "metadata": ["{}"] * n}, schema=schema)  # fmt: skip
        pq.write_table(table, out, row_group_size=1000)


def stage_build(kind: str, n_docs: int, mean: float, work: str) -> dict:
    """Write the synthetic inputs, then time scan+plan+order and the build.

    Args:
        kind: ``tokens`` (tokenized folder) or ``shards`` (text, GPT-2 tokenizer).
        n_docs: Documents over all sources.
        mean: Mean tokens per document.
        work: Scratch folder.

    Returns:
        Timings (s), sizes and peak memory (MB above the RSS after imports).
    """
    from chemtrove.mixtures import open_mixture
    from chemtrove.mixtures.spec import MixtureSpec

    rng = np.random.default_rng(1)
    root = Path(work)
    if kind == "tokens":
        _write_tokenized(root / "in", n_docs, mean, 50_000, rng)
        paths = {n: str(root / "in" / "tokens" / d) for n, d, _ in SOURCES}
        tokenizer = None
    else:
        _write_shards(root / "in", n_docs, mean / 1.6, rng)
        paths = {n: str(root / "in" / d) for n, d, _ in SOURCES}
        tokenizer = str(GPT2)
    data = _spec_dict(paths, 1, tokenizer)
    base = _rss_mb()
    t0 = time.perf_counter()
    from chemtrove.mixtures.sources import scan_sources

    sources, _ = scan_sources(MixtureSpec.from_dict(data), root / "out" / ".cache")  # open_mixture reuses the counts
    total = int(sum(s.tokens.sum() for s in sources))
    docs = sum(s.n_docs for s in sources)
    data["total_tokens"] = int(total * 0.8)
    t1 = time.perf_counter()
    mix = open_mixture(MixtureSpec.from_dict(data), root / "out")
    t2 = time.perf_counter()
    manifest = mix.build()
    t3 = time.perf_counter()
    out_bytes = sum(p.stat().st_size for p in (root / "out").rglob("*") if p.is_file())
    return {
        "kind": kind,
        "documents": docs,
        "tokens": total,
        "selected_documents": manifest["outputs"]["train"]["documents"],
        "selected_tokens": manifest["outputs"]["train"]["tokens"],
        "scan_s": t1 - t0,
        "open_s": t2 - t1,
        "build_s": t3 - t2,
        "output_mb": out_bytes / 2**20,
        "peak_mb": _peak_mb() - base,
    }


def stage_scan(n_docs: int, work: str) -> dict:
    """``mix plan`` from files at full document count: a tokenized folder of short documents (mean 8 tokens).

    Args:
        n_docs: Documents over all sources.
        work: Scratch folder.

    Returns:
        Timing (s), input size and peak memory (MB above the RSS after imports).
    """
    from chemtrove.mixtures import open_mixture
    from chemtrove.mixtures.spec import MixtureSpec

    root = Path(work)
    total = _write_tokenized(root / "in", n_docs, 8, 50_000, np.random.default_rng(2))
    paths = {n: str(root / "in" / "tokens" / d) for n, d, _ in SOURCES}
    data = _spec_dict(paths, int(total * 0.8), None)
    base = _rss_mb()
    t0 = time.perf_counter()
    mix = open_mixture(MixtureSpec.from_dict(data), root / "out")
    t1 = time.perf_counter()
    return {
        "documents": sum(s.n_docs for s in mix.sources),
        "tokens": total,
        "input_mb": sum(p.stat().st_size for p in (root / "in").rglob("*.parquet")) / 2**20,
        "open_s": t1 - t0,
        "peak_mb": _peak_mb() - base,
    }


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    """Run the benchmark and print the report."""
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--plan-docs", type=float, default=1e6, help="documents for the plan benchmark (%(default)g)")
    p.add_argument("--build-docs", type=float, default=5e4, help="documents of the tokenized build (%(default)g)")
    p.add_argument("--shard-docs", type=float, default=5e3, help="documents of the shard build (%(default)g)")
    p.add_argument("--mean-tokens", type=float, default=1000, help="mean tokens per document (%(default)g)")
    p.add_argument("--json", help="also write the results here")
    p.add_argument("--stage", help=argparse.SUPPRESS)
    p.add_argument("--work", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.stage == "plan":
        print(json.dumps(stage_plan(int(args.plan_docs), args.mean_tokens)))
        return 0
    if args.stage == "scan":
        print(json.dumps(stage_scan(int(args.plan_docs), args.work)))
        return 0
    if args.stage in ("tokens", "shards"):
        n = int(args.build_docs if args.stage == "tokens" else args.shard_docs)
        print(json.dumps(stage_build(args.stage, n, args.mean_tokens, args.work)))
        return 0

    import platform

    import chemtrove

    print(f"chemtrove {chemtrove.__version__}, numpy {np.__version__}, {platform.python_version()}, "
          f"{os.cpu_count()} CPUs")  # fmt: skip
    results: dict = {}
    common = ["--plan-docs", str(args.plan_docs), "--mean-tokens", str(args.mean_tokens)]
    r = results["plan"] = _child(["--stage", "plan", *common])
    per = 1e6 / r["documents"]
    print(
        f"plan  {r['documents']:,} docs / {r['tokens']:,} tokens (budget {r['budget']:,}, UniMax, cap 4): "
        f"make_plan {r['plan_s']:.2f} s, order {r['order_s']:.2f} s, peak +{r['peak_mb']:.0f} MB "
        f"({r['peak_mb'] * 2**20 / r['documents']:.0f} B/doc, "
        f"{(r['plan_s'] + r['order_s']) / r['documents'] * 1e6:.2f} us/doc); "
        f"deviation {r['deviation_tokens']:+,} tokens"
    )
    if per != 1:
        print(f"      (measured at {r['documents']:,} docs; x{per:.1f} linear extrapolation to 1e6)")
    work = tempfile.mkdtemp(prefix="bench_mix_scan_")
    try:
        r = results["plan_from_files"] = _child(["--stage", "scan", *common, "--work", work])
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"plan from a tokenized folder (open_mixture: fingerprint, read n_tokens, plan, order): {r['documents']:,} "
        f"docs ({r['input_mb']:.0f} MB of parquet, short documents): {r['open_s']:.2f} s "
        f"({r['open_s'] / r['documents'] * 1e6:.2f} us/doc), peak +{r['peak_mb']:.0f} MB "
        f"({r['peak_mb'] * 2**20 / r['documents']:.0f} B/doc)"
    )
    import hashlib

    buf = os.urandom(1 << 28)
    t0 = time.perf_counter()
    hashlib.sha256(buf).hexdigest()
    rate = (1 << 28) / 2**20 / (time.perf_counter() - t0)
    results["sha256_mb_s"] = rate
    print(
        f"      fingerprints hash every input byte: sha256 at {rate:,.0f} MB/s here "
        f"(~{4096 / rate:.0f} s for 4 GB of ids)"
    )
    for kind, n in (("tokens", args.build_docs), ("shards", args.shard_docs)):
        if n <= 0:
            continue
        work = tempfile.mkdtemp(prefix=f"bench_mix_{kind}_")
        try:
            r = results[f"build_{kind}"] = _child(
                [
                    "--stage",
                    kind,
                    "--build-docs",
                    str(args.build_docs),
                    "--shard-docs",
                    str(args.shard_docs),
                    "--mean-tokens",
                    str(args.mean_tokens),
                    "--work",
                    work,
                ]  # fmt: skip
            )
        finally:
            shutil.rmtree(work, ignore_errors=True)
        d = r["documents"]
        t = r["scan_s"] + r["open_s"] + r["build_s"]
        scale = 1e6 / d
        print(
            f"build from a {'tokenized' if kind == 'tokens' else 'shard (text, GPT-2 tokenizer)'} folder: {d:,} docs / "
            f"{r['tokens']:,} tokens -> {r['selected_documents']:,} docs / {r['selected_tokens']:,} tokens selected; "
            f"scan+count {r['scan_s']:.1f} s, open (scan+plan+order) {r['open_s']:.1f} s, build {r['build_s']:.1f} s, "
            f"{r['output_mb']:.0f} MB written, peak +{r['peak_mb']:.0f} MB"
        )
        print(
            f"      per document: {t / d * 1e6:.0f} us; extrapolated (linear, x{scale:.0f}) to 1e6 docs / ~1e9 tokens: "
            f"~{t * scale / 60:.1f} min; peak memory is one output part (build.part_tokens) plus ~40 B/doc of order "
            "arrays, not linear in documents"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
