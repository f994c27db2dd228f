"""Benchmark: decontamination of molecules and prose, time and memory, against the bare libraries.

Two measurements, each in a fresh child process (peak memory is the child's ``ru_maxrss``):

* **molecules**: ``--n-mols`` SMILES of MOSES ``train.csv.gz`` (the download of ``bench_canonicalize.py``)
  checked against a benchmark of ``--bench-mols`` other MOSES SMILES. A share ``--planted`` of the corpus
  is replaced by benchmark molecules written differently: as canonical, as randomized SMILES, as a
  hydrochloride salt, or with stereo removed/added where it has any. Compared:

  - (a) bare RDKit: ``MolToSmiles(MolFromSmiles(s))`` looked up in the set of the benchmark's canonical
    SMILES (what a script without chemtrove does);
  - (b) chemtrove: the :class:`~chemtrove.curate.decontam.Decontaminate` step's ``run()`` over the
    documents (canonical SMILES, InChIKey, parent InChIKey of salts and charged forms, connectivity
    layer), the benchmark index built in the same process (its time reported apart).

* **prose**: ``--n-prose`` documents made of sentences of the package's sample prose, recombined at
  random (seeded), checked against ``--bench-texts`` other recombined documents. A share ``--planted``
  of the corpus is replaced by benchmark documents with 0-3 word edits (found at Jaccard 0.5) or with
  30% of words replaced (should not be found). Compared:

  - (a) bare datasketch: ``MinHashLSH(threshold, num_perm=128)`` over whitespace word 3-grams;
  - (b) chemtrove: ``Decontaminate`` with a ``texts`` benchmark (MinHash LSH over 3-grams that keep
    tagged chemistry whole).

Recall on the planted items and the number of other hits are reported for both sides, so the ratio of
speeds reads next to what each finds.

Run (from the repository root)::

    python bench/bench_decontam.py                                 # 1e6 molecules, 1e5 prose documents
    python bench/bench_decontam.py --n-mols 100000 --n-prose 20000 # quicker

The markdown report is printed and written to ``bench/results/decontam.md``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
WORK_DIR = BENCH_DIR / ".cache" / "bench_decontam"
RESULTS_FILE = BENCH_DIR / "results" / "decontam.md"
CHILD_MARKER = "BENCH_DECONTAM_RESULT "
FORMS = ("canonical", "randomized", "salt", "stereo")


# -- data ------------------------------------------------------------------------------------------------


def moses_smiles(n: int) -> list[str]:
    """The first ``n`` SMILES of MOSES train (downloaded once by bench_canonicalize's helper)."""
    sys.path.insert(0, str(BENCH_DIR))
    try:
        from bench_canonicalize import ensure_moses
    finally:
        sys.path.remove(str(BENCH_DIR))
    out: list[str] = []
    with gzip.open(ensure_moses(), "rt", newline="") as f:
        for row in csv.DictReader(f):
            if len(out) >= n:
                break
            out.append(row["SMILES"])
    if len(out) < n:
        raise SystemExit(f"MOSES train has {len(out)} SMILES, fewer than the {n} asked for")
    return out


def _variant(smiles: str, form: str, rng: random.Random) -> str:
    from rdkit import Chem

    from chemtrove.chem.smiles import randomize

    if form == "randomized":
        out = randomize(smiles, 1, seed=rng.randrange(1 << 30))
        return out[0] if out else smiles
    if form == "salt":
        return f"{smiles}.Cl"
    if form == "stereo":
        mol = Chem.MolFromSmiles(smiles)
        flat = Chem.MolToSmiles(mol, isomericSmiles=False)
        if flat != Chem.MolToSmiles(mol):
            return flat
        from rdkit.Chem.EnumerateStereoisomers import EnumerateStereoisomers

        isomers = list(EnumerateStereoisomers(mol))
        return Chem.MolToSmiles(isomers[0]) if isomers else smiles
    return smiles


def molecule_data(n: int, n_bench: int, planted: float, seed: int) -> dict:
    """Corpus, benchmark and planted positions (with the form of each planted molecule)."""
    pool = moses_smiles(n + n_bench)
    corpus, bench = pool[:n], pool[n:]
    rng = random.Random(seed)
    positions = sorted(rng.sample(range(n), int(n * planted)))
    forms = {}
    for k, pos in enumerate(positions):
        form = FORMS[k % len(FORMS)]
        corpus[pos] = _variant(bench[rng.randrange(n_bench)], form, rng)
        forms[pos] = form
    return {"corpus": corpus, "bench": bench, "planted": forms}


def sentences() -> list[str]:
    """Sentences of every prose file shipped in the package (split on '. ')."""
    import chemtrove

    out: list[str] = []
    for path in sorted((Path(chemtrove.__file__).parent / "data" / "prose").glob("*.jsonl")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    out += [s.strip() for s in json.loads(line)["text"].split(". ") if len(s.split()) >= 6]
    return sorted(set(out))


def prose_data(n: int, n_bench: int, planted: float, seed: int) -> dict:
    """Recombined documents (4-8 sentences each), benchmark documents and planted near copies."""
    pool = sentences()
    rng = random.Random(seed)

    def doc() -> str:
        return ". ".join(rng.sample(pool, rng.randint(4, 8))) + "."

    corpus = [doc() for _ in range(n)]
    bench = [doc() for _ in range(n_bench)]
    vocab = sorted({w for s in pool for w in s.split()})
    positions = sorted(rng.sample(range(n), int(n * planted)))
    kinds = {}
    for k, pos in enumerate(positions):
        words = bench[rng.randrange(n_bench)].split()
        if k % 4 == 3:  # heavy rewrite: 30% of words replaced, should not be found at Jaccard 0.5
            for i in rng.sample(range(len(words)), int(0.3 * len(words))):
                words[i] = rng.choice(vocab)
            kinds[pos] = "rewritten"
        else:
            for _ in range(rng.randint(0, 3)):
                words[rng.randrange(len(words))] = rng.choice(vocab)
            kinds[pos] = "near_copy"
        corpus[pos] = " ".join(words)
    return {"corpus": corpus, "bench": bench, "planted": kinds}


# -- children ----------------------------------------------------------------------------------------------


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_molecules(args) -> dict:
    """Run (a) or (b) over the molecule data; return hits, timings and memory."""
    data = molecule_data(args.n_mols, args.bench_mols, args.planted, args.seed)
    corpus, bench = data["corpus"], data["bench"]
    rss0 = _rss_mb()
    if args.side == "bare":
        from rdkit import Chem, rdBase

        t0 = time.perf_counter()
        with rdBase.BlockLogs():
            keys = set()
            for s in bench:
                mol = Chem.MolFromSmiles(s)
                if mol is not None:
                    keys.add(Chem.MolToSmiles(mol))
            t_index = time.perf_counter() - t0
            hits = []
            for i, s in enumerate(corpus):
                mol = Chem.MolFromSmiles(s)
                if mol is not None and Chem.MolToSmiles(mol) in keys:
                    hits.append(i)
    else:
        from datatrove.data import Document

        from chemtrove.curate.decontam import BenchmarkSet, Decontaminate

        path = WORK_DIR / f"bench_mols_{args.bench_mols}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["smiles"])
            w.writerows([s] for s in bench)
        t0 = time.perf_counter()
        step = Decontaminate([BenchmarkSet(name="bench", path=str(path), kind="molecules")])
        step.indexes  # noqa: B018 - build the index now, timed apart
        t_index = time.perf_counter() - t0
        docs = (Document(text=s, id=str(i), metadata={"smiles": s}) for i, s in enumerate(corpus))
        kept = {d.id for d in step.run(docs)}
        hits = [i for i in range(len(corpus)) if str(i) not in kept]
    seconds = time.perf_counter() - t0 - t_index
    return _score(data, hits, seconds, t_index, rss0)


def child_prose(args) -> dict:
    """Run (a) or (b) over the prose data."""
    data = prose_data(args.n_prose, args.bench_texts, args.planted, args.seed)
    corpus, bench = data["corpus"], data["bench"]
    rss0 = _rss_mb()
    if args.side == "bare":
        from datasketch import MinHash, MinHashLSH

        def sig(text: str) -> MinHash:
            words = text.split()
            m = MinHash(num_perm=128)
            m.update_batch([" ".join(words[i : i + 3]).encode() for i in range(max(1, len(words) - 2))])
            return m

        t0 = time.perf_counter()
        lsh = MinHashLSH(threshold=0.5, num_perm=128)
        for i, text in enumerate(bench):
            lsh.insert(str(i), sig(text))
        t_index = time.perf_counter() - t0
        hits = [i for i, text in enumerate(corpus) if lsh.query(sig(text))]
    else:
        from datatrove.data import Document

        from chemtrove.curate.decontam import BenchmarkSet, Decontaminate

        path = WORK_DIR / f"bench_texts_{args.bench_texts}.jsonl"
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            for text in bench:
                f.write(json.dumps({"text": text}) + "\n")
        t0 = time.perf_counter()
        step = Decontaminate([BenchmarkSet(name="bench", path=str(path), kind="texts", text_threshold=0.5)])
        step.indexes  # noqa: B018
        t_index = time.perf_counter() - t0
        kept = {d.id for d in step.run(Document(text=t, id=str(i)) for i, t in enumerate(corpus))}
        hits = [i for i in range(len(corpus)) if str(i) not in kept]
    seconds = time.perf_counter() - t0 - t_index
    return _score(data, hits, seconds, t_index, rss0)


def _score(data: dict, hits: list[int], seconds: float, t_index: float, rss0: float) -> dict:
    planted = {int(k): v for k, v in data["planted"].items()}
    found: dict[str, list[int]] = {}
    for kind in planted.values():
        found.setdefault(kind, [0, 0])
        found[kind][1] += 1
    hit_set = set(hits)
    for pos, kind in planted.items():
        found[kind][0] += pos in hit_set
    return {
        "n": len(data["corpus"]),
        "seconds": seconds,
        "index_seconds": t_index,
        "per_second": len(data["corpus"]) / seconds,
        "found": found,
        "other_hits": len(hit_set - set(planted)),
        "peak_rss_mb": _rss_mb(),
        "rss_before_mb": rss0,
    }


# -- parent ------------------------------------------------------------------------------------------------


def run_child(args, what: str, side: str) -> dict:
    cmd = [sys.executable, __file__, "--child", what, "--side", side]
    for key in ("n_mols", "bench_mols", "n_prose", "bench_texts", "planted", "seed"):
        cmd += [f"--{key.replace('_', '-')}", str(getattr(args, key))]
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    if proc.returncode != 0:
        raise SystemExit(f"child {what}/{side} failed:\n{proc.stderr[-3000:]}")
    line = next(x for x in proc.stdout.splitlines() if x.startswith(CHILD_MARKER))
    return json.loads(line[len(CHILD_MARKER) :])


def _recall(found: dict) -> str:
    return ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(found.items()))


def report(args, results: dict) -> str:
    lines = [
        "# Benchmark: decontamination, time and memory",
        "",
        f"Command: `python bench/bench_decontam.py --n-mols {args.n_mols} --bench-mols {args.bench_mols} "
        f"--n-prose {args.n_prose} --bench-texts {args.bench_texts}` (planted share {args.planted}, seed "
        f"{args.seed}). Each row is a fresh process; peak memory is its maximum resident set.",
        "",
        "| input | side | items | index s | check s | items/s | found (planted, by form) | other hits | peak MB |",
        "|---|---|---:|---:|---:|---:|---|---:|---:|",
    ]
    names = {"bare": {"molecules": "bare RDKit canonical-SMILES set", "prose": "bare datasketch LSH"}}
    for what in ("molecules", "prose"):
        for side in ("bare", "chemtrove"):
            r = results.get((what, side))
            if r is None:
                continue
            label = names["bare"][what] if side == "bare" else "chemtrove `Decontaminate`"
            lines.append(
                f"| {what} | {label} | {r['n']:,} | {r['index_seconds']:.1f} | {r['seconds']:.1f} | "
                f"{r['per_second']:,.0f} | {_recall(r['found'])} | {r['other_hits']} | {r['peak_rss_mb']:.0f} |"
            )
    lines.append("")
    for what in ("molecules", "prose"):
        a, b = results.get((what, "bare")), results.get((what, "chemtrove"))
        if a and b:
            lines.append(f"- {what}: chemtrove / bare, items per second: **{b['per_second'] / a['per_second']:.2f}**")
    lines += [
        "",
        "Planted forms: molecules `canonical`, `randomized` (another valid SMILES), `salt` (`.Cl` added),",
        "`stereo` (stereo removed, or one stereoisomer where the molecule had none); prose `near_copy` (0-3",
        "words replaced: should be found) and `rewritten` (30% of words replaced: should not be found).",
        "",
        "## Machine",
        "",
        f"- date (UTC): {datetime.now(timezone.utc):%Y-%m-%d %H:%M}",
        f"- cores: {os.cpu_count()}; load average at end: {', '.join(f'{x:.2f}' for x in os.getloadavg())}",
        f"- python: {platform.python_version()}",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--n-mols", type=int, default=1_000_000, help="corpus molecules (MOSES train)")
    p.add_argument("--bench-mols", type=int, default=10_000, help="benchmark molecules (other MOSES rows)")
    p.add_argument("--n-prose", type=int, default=100_000, help="corpus prose documents")
    p.add_argument("--bench-texts", type=int, default=1_000, help="benchmark prose documents")
    p.add_argument("--planted", type=float, default=0.01, help="share of the corpus replaced by benchmark items")
    p.add_argument("--seed", type=int, default=0, help="seed of the data and the planting")
    p.add_argument("--only", choices=("molecules", "prose"), help="run one input only")
    p.add_argument("--output", type=Path, default=RESULTS_FILE, help="markdown report to write")
    p.add_argument("--child", choices=("molecules", "prose"), help=argparse.SUPPRESS)
    p.add_argument("--side", choices=("bare", "chemtrove"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        fn = child_molecules if args.child == "molecules" else child_prose
        print(CHILD_MARKER + json.dumps(fn(args)), flush=True)
        return
    results = {}
    for what in ("molecules", "prose"):
        if args.only and args.only != what:
            continue
        for side in ("bare", "chemtrove"):
            print(f"{what}: {side} ...", flush=True)
            results[(what, side)] = run_child(args, what, side)
    text = report(args, results)
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print(f"written to {args.output.name}")


if __name__ == "__main__":
    main()
