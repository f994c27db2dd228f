"""Benchmark: documents/s of the full ``chemtrove curate`` pipeline against plain datatrove pipelines.

Same input, one run, every measurement in a fresh Python process. Two inputs, each measured on its own:

* **molecules**: the first ``--n`` SMILES of MOSES ``train.csv.gz`` (``molsets==0.3.1`` from PyPI,
  downloaded with ``pip download`` into ``bench/.cache/``), split into ``--files`` CSV files;
* **prose**: the 150 paragraphs of ``src/chemtrove/data/prose/materials_syntheses.jsonl`` replicated to
  ``--prose-docs`` documents with seeded small random word edits (some exact copies, some with a MOSES
  SMILES inserted so that the tagger has work), split into ``--prose-files`` JSONL files.

Variants, per input (``tasks=--tasks`` for every stage that is not a one-task stage):

* (a)  plain datatrove: ``CsvReader``/``JsonlReader`` -> ``ParquetWriter``, workers=1;
* (a1) (a) plus the same chemistry in a plain ``LambdaFilter``: RDKit canonicalization to a fixed point
  with the heavy-atom filter (molecules), chemtrove's SMILES tagger and the length filter (prose);
* (a2) (a1) plus datatrove's own dedup stages, written by hand: exact dedup on the canonical text
  (molecules), exact + MinHash with a whitespace word tokenizer (prose), i.e. the same job as chemtrove;
* (b)  ``chemtrove.curate.pipeline.run(cfg, quiet=True, progress=False)`` with a ``CurateConfig`` built in
  code (defaults: stable canonicalization, dedup by SMILES, heavy atoms 2-150 / tagging, min 50 chars,
  exact + MinHash near-dedup), workers=1; every stage plus the summary and report are in the wall clock;
* (c)  (b) with workers=2;
* (b) and (c) again on a small input (50 documents per file) for the fixed cost of a run.

Run (from the repository root, in the project's virtual environment)::

    python bench/bench_pipeline.py                    # --n 200000 --prose-docs 20000
    python bench/bench_pipeline.py --n 20000 --prose-docs 2000 --only molecules

The markdown table is printed and written to ``bench/results/pipeline.md``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
WORK_DIR = CACHE_DIR / "bench_pipeline"
RESULTS_FILE = BENCH_DIR / "results" / "pipeline.md"

MOLSETS = "molsets==0.3.1"
MOSES_MEMBER = "moses/dataset/data/train.csv.gz"
CHILD_MARKER = "BENCH_PIPELINE_RESULT "

# prose replication: share of exact copies, edits per edited copy, share of copies with a SMILES inserted
EXACT_SHARE = 0.15
FIXED_PER_FILE = 50  # documents per file of the small input that measures the fixed cost
MAX_EDITS = 3
SMILES_SHARE = 0.3

VARIANTS = {
    "a": "datatrove: reader -> ParquetWriter",
    "a1": "datatrove: reader -> same chemistry (LambdaFilter) -> ParquetWriter",
    "a2": "datatrove: (a1) + datatrove dedup stages (same job as chemtrove)",
    "b": "chemtrove curate (`pipeline.run`)",
    "c": "chemtrove curate (`pipeline.run`)",
}
WORKERS = {"a": 1, "a1": 1, "a2": 1, "b": 1, "c": 2}


def rel(path: Path | str) -> str:
    """``path`` relative to the repository (never an absolute machine path in the output)."""
    try:
        return str(Path(path).resolve().relative_to(REPO_DIR))
    except ValueError:
        return Path(path).name


# -- data ----------------------------------------------------------------------------------------------


def ensure_moses() -> Path:
    """MOSES ``train.csv.gz``: bench_canonicalize's download (shared cache) when that script is there."""
    sys.path.insert(0, str(BENCH_DIR))
    try:
        from bench_canonicalize import ensure_moses as shared
    except ImportError:
        shared = None
    finally:
        sys.path.remove(str(BENCH_DIR))
    if shared is not None:
        return shared()
    # same as bench_canonicalize.ensure_moses: pip download --no-deps, extract the member
    import tarfile
    import zipfile

    target = CACHE_DIR / "moses_train.csv.gz"
    if target.exists():
        return target
    dist_dir = CACHE_DIR / "molsets"
    dists = sorted(dist_dir.glob("molsets-0.3.1*")) if dist_dir.exists() else []
    if not dists:
        dist_dir.mkdir(parents=True, exist_ok=True)
        print(f"downloading {MOLSETS} with pip into {rel(dist_dir)} ...", flush=True)
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", MOLSETS, "-d", str(dist_dir)]
        subprocess.run(cmd, check=True)
        dists = sorted(dist_dir.glob("molsets-0.3.1*"))
    if not dists:
        raise SystemExit(f"pip download of {MOLSETS} left nothing in {rel(dist_dir)}")
    if dists[0].suffix == ".whl":
        with zipfile.ZipFile(dists[0]) as zf:
            payload = zf.read(MOSES_MEMBER)
    else:
        with tarfile.open(dists[0]) as tf:
            member = next(m for m in tf.getmembers() if m.name.endswith("/" + MOSES_MEMBER))
            payload = tf.extractfile(member).read()
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(payload)
    tmp.replace(target)
    return target


def load_smiles(n: int) -> list[str]:
    """The first ``n`` SMILES of MOSES train."""
    out: list[str] = []
    with gzip.open(ensure_moses(), "rt", newline="") as f:
        for row in csv.DictReader(f):
            if len(out) >= n:
                break
            out.append(row["SMILES"])
    if len(out) < n:
        raise SystemExit(f"MOSES train has only {len(out)} SMILES, fewer than --n {n}")
    return out


def _chunks(items: list, parts: int) -> list[list]:
    per = -(-len(items) // parts)
    return [items[k * per : (k + 1) * per] for k in range(parts)]


def write_molecules(smiles: list[str], folder: Path, files: int) -> None:
    """``files`` CSV files (column ``SMILES``) of nearly equal size."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for k, part in enumerate(_chunks(smiles, files)):
        with open(folder / f"part_{k:03d}.csv", "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["SMILES"])
            w.writerows([s] for s in part)


def prose_paragraphs() -> list[str]:
    import chemtrove

    path = Path(chemtrove.__file__).parent / "data" / "prose" / "materials_syntheses.jsonl"
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def make_prose(n_docs: int, smiles_pool: list[str], seed: int) -> tuple[list[dict], dict[str, int]]:
    """``n_docs`` documents: each paragraph once as written, then copies that are exact (share
    ``EXACT_SHARE``) or carry 1..``MAX_EDITS`` word edits (substitute, delete, insert a word from the
    paragraphs' vocabulary); a share ``SMILES_SHARE`` of the copies also gets a MOSES SMILES inserted."""
    paragraphs = prose_paragraphs()
    rng = random.Random(seed)
    vocab = sorted({w for p in paragraphs for w in p.split()})
    docs, counts = [], {"originals": 0, "exact_copies": 0, "edited_copies": 0, "with_smiles": 0}
    for i in range(n_docs):
        words = paragraphs[i % len(paragraphs)].split()
        if i < len(paragraphs):
            counts["originals"] += 1
        else:
            if rng.random() < EXACT_SHARE:
                counts["exact_copies"] += 1
            else:
                counts["edited_copies"] += 1
                for _ in range(rng.randint(1, MAX_EDITS)):
                    op, pos = rng.random(), rng.randrange(len(words))
                    if op < 0.4:
                        words[pos] = rng.choice(vocab)
                    elif op < 0.7:
                        del words[pos]
                    else:
                        words.insert(pos, rng.choice(vocab))
            if rng.random() < SMILES_SHARE:
                counts["with_smiles"] += 1
                words.insert(rng.randrange(len(words) + 1), rng.choice(smiles_pool))
        docs.append({"id": f"p{i:06d}", "text": " ".join(words)})
    rng.shuffle(docs)
    return docs, counts


def write_prose(docs: list[dict], folder: Path, files: int) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for k, part in enumerate(_chunks(docs, files)):
        with open(folder / f"part_{k:03d}.jsonl", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in part)


# -- the chemistry of the plain datatrove baselines (a1, a2) ------------------------------------------------


def rdkit_canonical(doc) -> bool:
    """What chemtrove's molecule stage does in RDKit, in one plain function: parse, write canonical, parse
    and write again (``stable=True``, the default), heavy atoms in [2, 150]."""
    from rdkit import Chem, rdBase

    with rdBase.BlockLogs():
        mol = Chem.MolFromSmiles(doc.text)
        if mol is None:
            return False
        first = Chem.MolToSmiles(mol)
        again = Chem.MolFromSmiles(first)
        canon = Chem.MolToSmiles(again) if again is not None else first
    heavy = mol.GetNumHeavyAtoms()
    if not 2 <= heavy <= 150:
        return False
    doc.text = canon
    doc.metadata["heavy_atoms"] = heavy
    return True


def tag_prose(doc) -> bool:
    """chemtrove's prose tagger called from a plain function, then the 50-character minimum."""
    from chemtrove.chem.tags import tag_smiles_detailed

    result = tag_smiles_detailed(doc.text, canonical=True)
    doc.text = result.text
    doc.metadata["chem_chars"] = result.chem_chars
    return len(doc.text) >= 50


def document_text(doc) -> str:
    """Exact-dedup key of the baselines: the (canonical / tagged) text."""
    return doc.text


def whitespace_tokenizer():
    """A datatrove ``WordTokenizer`` that splits on whitespace (datatrove's default needs spaCy)."""
    from datatrove.utils.word_tokenizers import WordTokenizer

    class Whitespace(WordTokenizer):
        def __init__(self):
            super().__init__(language="en")

        def word_tokenize(self, text: str) -> list[str]:
            return text.split()

        def sent_tokenize(self, text: str) -> list[str]:
            return text.splitlines()

        def span_tokenize(self, text: str) -> list[tuple[int, int]]:
            return [m.span() for m in re.finditer(r"\S+", text)]

    return Whitespace()


# -- one measurement (child process) ------------------------------------------------------------------


def _datatrove_stages(kind: str, variant: str, input_dir: Path, run_dir: Path) -> list[tuple[str, list, int | None]]:
    """(stage name, steps, tasks or None) of a plain datatrove variant."""
    from datatrove.pipeline.dedup.exact_dedup import (
        ExactDedupConfig,
        ExactDedupFilter,
        ExactDedupSignature,
        ExactFindDedups,
    )
    from datatrove.pipeline.dedup.minhash import (
        MinhashConfig,
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.filters import LambdaFilter
    from datatrove.pipeline.readers import CSVReader as CsvReader
    from datatrove.pipeline.readers import JsonlReader, ParquetReader
    from datatrove.pipeline.writers import ParquetWriter

    if kind == "molecules":
        reader = CsvReader(str(input_dir), text_key="SMILES", glob_pattern="*.csv")
        chem = LambdaFilter(rdkit_canonical)
    else:
        reader = JsonlReader(str(input_dir), text_key="text", id_key="id", glob_pattern="*.jsonl")
        chem = LambdaFilter(tag_prose)
    out = ParquetWriter(str(run_dir / "out"))
    if variant == "a":
        return [("read_write", [reader, out], None)]
    if variant == "a1":
        return [("read_chem_write", [reader, chem, out], None)]
    work = run_dir / "work"
    ecfg = ExactDedupConfig(content_getter=document_text)
    stages: list[tuple[str, list, int | None]] = [
        (
            "chem_sigs",
            [
                reader,
                chem,
                ParquetWriter(str(work / "records_0")),
                ExactDedupSignature(str(work / "exact_sigs"), config=ecfg),
            ],
            None,
        ),
        ("exact_find", [ExactFindDedups(str(work / "exact_sigs"), str(work / "exact_dups"), config=ecfg)], 1),
    ]
    exact_filter = ExactDedupFilter(str(work / "exact_dups"), config=ecfg)
    if kind == "molecules":
        stages.append(("final", [ParquetReader(str(work / "records_0")), exact_filter, out], None))
        return stages
    mcfg = MinhashConfig(n_grams=5, num_buckets=14, hashes_per_bucket=8, seed=1)
    stages += [
        (
            "exact_filter_minhash_sigs",
            [
                ParquetReader(str(work / "records_0")),
                exact_filter,
                ParquetWriter(str(work / "records_1")),
                MinhashDedupSignature(str(work / "mh_sigs"), config=mcfg, language=whitespace_tokenizer()),
            ],
            None,
        ),
        ("minhash_buckets", [MinhashDedupBuckets(str(work / "mh_sigs"), str(work / "mh_buckets"), config=mcfg)], 14),
        ("minhash_cluster", [MinhashDedupCluster(str(work / "mh_buckets"), str(work / "mh_remove"), config=mcfg)], 1),
        ("final", [ParquetReader(str(work / "records_1")), MinhashDedupFilter(str(work / "mh_remove")), out], None),
    ]
    return stages


def curate_config(kind: str, input_dir: Path, run_dir: Path, tasks: int, workers: int):
    """The chemtrove config of (b)/(c): one source of ``kind``, every option at its default."""
    from chemtrove.curate.config import CurateConfig

    source = (
        {"name": "moses", "kind": "molecules", "path": str(input_dir), "glob": "*.csv", "column": "SMILES"}
        if kind == "molecules"
        else {
            "name": "syntheses",
            "kind": "prose",
            "path": str(input_dir),
            "glob": "*.jsonl",
            "column": "text",
            "id_column": "id",
        }
    )
    data = {"output": str(run_dir), "sources": [source], "executor": {"tasks": tasks, "workers": workers}}
    return CurateConfig.from_dict(data, base_dir=run_dir.parent)


def _step_times(logs: Path) -> dict[str, list[tuple[str, float]]]:
    """Per stage: (step, seconds summed over its tasks) from datatrove's merged ``stats.json``."""
    out = {}
    for f in sorted(logs.rglob("stats.json")):
        stage = str(f.parent.relative_to(logs))
        steps = []
        for step in json.loads(f.read_text()):
            name = re.sub(r"\s+", " ", re.sub(r"[^\x20-\x7e]", "", step["name"])).strip(" -")
            ts = step.get("time_stats")
            steps.append((name, float(ts.get("total", 0.0)) if isinstance(ts, dict) else float(ts or 0.0)))
        out[stage] = steps
    return out


def _rows(folder: Path) -> int:
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for f in sorted(folder.rglob("*.parquet")))


def child(spec: dict) -> dict:
    """Run one variant; wall clock around everything, and around each executor (per stage)."""
    from datatrove.executor.local import LocalPipelineExecutor

    stages: list[tuple[str, float]] = []
    original = LocalPipelineExecutor.run

    def timed_run(self):
        t0 = time.perf_counter()
        try:
            return original(self)
        finally:
            stages.append((self.logging_dir.path, time.perf_counter() - t0))

    LocalPipelineExecutor.run = timed_run
    run_dir, input_dir = Path(spec["run_dir"]), Path(spec["input_dir"])
    kind, variant, tasks, workers = spec["kind"], spec["variant"], spec["tasks"], spec["workers"]
    if run_dir.exists():
        shutil.rmtree(run_dir)
    run_dir.mkdir(parents=True)
    result: dict = {}
    if variant in ("b", "c"):
        from chemtrove.curate import pipeline

        cfg = curate_config(kind, input_dir, run_dir, tasks, workers)
        c0, t0 = time.process_time(), time.perf_counter()
        summary = pipeline.run(cfg, quiet=True, progress=False)
        result["wall_s"], c1 = time.perf_counter() - t0, time.process_time()
        src = summary["sources"][0]
        result.update(read=src["read"], kept=src["kept"], dropped=src["dropped"], reconciles=src["reconciles"])
    else:
        plan = _datatrove_stages(kind, variant, input_dir, run_dir)
        c0, t0 = time.process_time(), time.perf_counter()
        for name, steps, stage_tasks in plan:
            n = stage_tasks or tasks
            LocalPipelineExecutor(
                pipeline=steps,
                tasks=n,
                workers=1 if n == 1 else workers,
                logging_dir=str(run_dir / "logs" / name),
                skip_completed=False,
            ).run()
        result["wall_s"], c1 = time.perf_counter() - t0, time.process_time()
        result["kept"] = _rows(run_dir / "out")
    logs = run_dir / "logs"
    result["stages"] = [(str(Path(p).relative_to(logs)), s) for p, s in stages]
    result["steps"] = _step_times(logs)
    # this process's CPU outside the timed part (interpreter start, imports, counting): not the pipeline's
    result["outside_cpu_s"] = c0 + (time.process_time() - c1)
    return result


def become_subreaper() -> bool:
    """Make orphaned descendants (datatrove's forkserver, whose children are the pool workers) ours to
    reap, so that their CPU time reaches ``RUSAGE_CHILDREN`` (Linux ``PR_SET_CHILD_SUBREAPER``)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def reap_orphans(timeout: float = 30.0) -> None:
    """Wait for every remaining descendant (the forkserver exits once its parent has gone)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            time.sleep(0.02)


def busy_cpu_seconds() -> float:
    """CPU seconds all processes on the machine have used since boot (``/proc/stat``; 0 elsewhere)."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return 0.0
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    guest = sum(fields[8:10]) if len(fields) > 9 else 0  # already counted in user/nice
    return (sum(fields) - idle - guest) / os.sysconf("SC_CLK_TCK")


def run_child(spec: dict) -> dict:
    """One measurement in a fresh Python process; adds the process wall clock and the CPU time of the
    whole process tree (``RUSAGE_CHILDREN`` after reaping the child, the forkserver and its workers)."""
    reap_orphans()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0 = busy_cpu_seconds()
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--_child", json.dumps(spec)],
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    busy = busy_cpu_seconds() - busy0
    reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-3000:] + proc.stderr[-5000:])
        raise SystemExit(f"child {spec['kind']}/{spec['variant']} failed with exit code {proc.returncode}")
    line = next(ln for ln in reversed(proc.stdout.splitlines()) if ln.startswith(CHILD_MARKER))
    report = json.loads(line[len(CHILD_MARKER) :])
    report["process_s"] = wall
    tree_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    report["cpu_s"] = tree_cpu - report["outside_cpu_s"]
    # cores other processes kept busy while this row ran (machine-wide busy time minus this row's)
    report["others"] = max(0.0, busy - tree_cpu) / wall if busy0 else float("nan")
    return report


# -- report ----------------------------------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    def dist_version(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "?"

    model = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), model)
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "date (UTC)": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"),
        "cpu": model,
        "nproc (os.cpu_count / usable)": f"{os.cpu_count()} / {usable}",
        "load average at start (1, 5, 15 min)": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "platform": platform.platform(),
        **{name: dist_version(name) for name in ("datatrove", "rdkit", "pyarrow", "chemtrove")},
    }


def _median(values: list[float]) -> float:
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def best(reps: list[dict]) -> dict:
    """The repetition with the shortest wall clock."""
    return min(reps, key=lambda r: r["wall_s"])


def kind_tables(kind: str, n_docs: int, res: dict[str, list[dict]], fixed_docs: int) -> list[str]:
    nreps = len(next(iter(res.values())))
    b_rate = n_docs / best(res["b"])["wall_s"]
    b_cpu = n_docs / best(res["b"])["cpu_s"]
    lines = [
        f"### {kind}: {n_docs:,} input documents",
        "",
        "| # | pipeline | workers | stages | wall s | docs/s | CPU s | docs per CPU-s | cores used | kept "
        "| others' cores | (b) / this |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for v, label in VARIANTS.items():
        r = best(res[v])
        rate = n_docs / r["wall_s"]
        ratio = "" if v == "b" else f"{b_rate / rate:.2f}"
        if nreps > 1 and v != "b":
            ratio += f" (median {_median([n_docs / x['wall_s'] for x in res['b']]) / _median([n_docs / x['wall_s'] for x in res[v]]):.2f})"  # noqa: E501
        lines.append(
            f"| {v} | {label} | {WORKERS[v]} | {len(r['stages'])} | {r['wall_s']:.1f} | {rate:,.0f} "
            f"| {r['cpu_s']:.1f} | {n_docs / r['cpu_s']:,.0f} | {r['cpu_s'] / r['wall_s']:.2f} | {r['kept']:,} "
            f"| {r['others']:.2f} | {ratio} |"
        )
    a, a1, a2, c = (best(res[v]) for v in ("a", "a1", "a2", "c"))
    lines += [
        "",
        "| ratio | docs/s (wall clock) | docs per CPU-s |",
        "|---|---:|---:|",
        f"| (b)/(a): chemtrove vs plain read->write | {b_rate / (n_docs / a['wall_s']):.3f} "
        f"| {b_cpu / (n_docs / a['cpu_s']):.3f} |",
        f"| (b)/(a1): vs datatrove doing the same chemistry | {b_rate / (n_docs / a1['wall_s']):.3f} "
        f"| {b_cpu / (n_docs / a1['cpu_s']):.3f} |",
        f"| **(b)/(a2): vs datatrove doing the same job (chemistry + dedup)** | **{b_rate / (n_docs / a2['wall_s']):.3f}** "  # noqa: E501
        f"| {b_cpu / (n_docs / a2['cpu_s']):.3f} |",
        f"| **(c)/(b): scaling, workers 1 -> 2** | **{(n_docs / c['wall_s']) / b_rate:.2f}** "
        f"| {(n_docs / c['cpu_s']) / b_cpu:.2f} |",
        "",
        f"Cores used (CPU s / wall s): (b) {best(res['b'])['cpu_s'] / best(res['b'])['wall_s']:.2f}, "
        f"(c) {c['cpu_s'] / c['wall_s']:.2f}. With workers=2 the wall-clock speed-up can reach 2 only if "
        "two cores are free; the CPU column shows what the second worker costs (pool start-up, imports). "
        f"CPU-bound ceiling of the speed-up on two free cores, 2 x CPU(b) / CPU(c): "
        f"**{2 * best(res['b'])['cpu_s'] / c['cpu_s']:.2f}**.",
    ]
    bf, cf = best(res["b_fixed"]), best(res["c_fixed"])
    lines += [
        "",
        f"Fixed cost (the same chemtrove run on {fixed_docs:,} documents, {FIXED_PER_FILE} per file): "
        f"workers=1 {bf['wall_s']:.1f} s wall / {bf['cpu_s']:.1f} CPU-s, workers=2 {cf['wall_s']:.1f} s wall / "
        f"{cf['cpu_s']:.1f} CPU-s: workers=2 costs **{cf['cpu_s'] - bf['cpu_s']:.1f} CPU-s more** whatever the "
        f"input size ({sum(1 for st, _ in cf['stages'] if not st.endswith('_find') and 'cluster' not in st)} "
        "stages start a fresh pool of 2 workers, and each worker imports datatrove, chemtrove, RDKit and pyarrow).",
    ]
    b = best(res["b"])
    if "read" in b:
        drops = ", ".join(f"{k} {v:,}" for k, v in b["dropped"].items()) or "none"
        lines += [
            "",
            f"chemtrove (b): read {b['read']:,}, kept {b['kept']:,}, dropped: {drops}; "
            f"reconciles: {'yes' if b['reconciles'] else '**NO**'}; (c) kept {c['kept']:,}.",
        ]
    # per-stage wall clock (timer around each executor.run())
    names: list[str] = []
    for v in ("a2", "b", "c"):
        for stage, _ in best(res[v])["stages"]:
            short = stage.split("/")[-1]
            if short not in names:
                names.append(short)
    lines += ["", "Wall clock per stage (s, timer around each executor):", ""]
    lines += ["| stage | (a2) datatrove | (b) chemtrove w=1 | (c) chemtrove w=2 |", "|---|---:|---:|---:|"]
    for name in names:
        cells = []
        for v in ("a2", "b", "c"):
            secs = [s for stage, s in best(res[v])["stages"] if stage.split("/")[-1] == name]
            cells.append(f"{secs[0]:.1f}" if secs else "")
        lines.append(f"| {name} | {' | '.join(cells)} |")
    cells = []
    for v in ("a2", "b", "c"):
        r = best(res[v])
        cells.append(f"{r['wall_s'] - sum(s for _, s in r['stages']):.1f}")
    lines.append(f"| outside the executors (summary, report) | {' | '.join(cells)} |")
    cells = [f"**{best(res[v])['wall_s']:.1f}**" for v in ("a2", "b", "c")]
    lines.append(f"| total | {' | '.join(cells)} |")
    # per-step time (datatrove's time_stats, summed over tasks) for (a2) and (b)
    lines += [
        "",
        "Time inside each step (s, datatrove's `time_stats` summed over the tasks of a stage). Not additive: "
        "datatrove's `ExactDedupFilter` (exact-deduplication stage 3) yields inside its timer, so its time "
        "includes the steps before and after it; a filter's time includes its quarantine writes.",
        "",
    ]
    lines += ["| pipeline | stage | step | s |", "|---|---|---|---:|"]
    for v in ("a2", "b"):
        for stage, steps in best(res[v])["steps"].items():
            for step, secs in steps:
                lines.append(f"| ({v}) | {stage.split('/')[-1]} | {step} | {secs:.2f} |")
    return lines


MEASURED = """\
How it is measured:

- Every row is one fresh Python process (`{script} --_child`) that builds the pipeline and runs it; **wall
  s** is the clock around all of its stages inside that process (for chemtrove: around
  `pipeline.run(cfg, quiet=True, progress=False)`, which includes building the stages, every executor,
  `summary.json` and `report.md`/`report.png`). The interpreter start and the imports before the clock
  are not in it. **docs/s** = input documents / wall s. **CPU s** is user + system time of the whole
  process tree in that window: `RUSAGE_CHILDREN` of this script around the child (it is made a child
  subreaper, so datatrove's forkserver and the pool workers are reaped and counted too) minus the
  child's own CPU before and after the timed part. **cores used** = CPU s / wall s. docs per CPU-s is
  largely immune to other processes taking a core; **others' cores** shows how much they took:
  machine-wide busy time from `/proc/stat` during the row, minus the row's own, over its process wall
  clock.
- Every stage that is not a one-task stage runs `tasks={tasks}` (`LocalPipelineExecutor`, forkserver pool when
  workers > 1). Stage wall clocks come from a timer around each `executor.run()` (a wrapper on
  `LocalPipelineExecutor.run` installed in the child); step times from datatrove's merged `stats.json`
  of each stage (time inside the step, summed over tasks; a reader's time excludes what is downstream).
- (a) `CsvReader(text_key="SMILES")` / `JsonlReader` -> `ParquetWriter` (datatrove defaults, snappy).
- (a1) (a) with a `LambdaFilter` before the writer: molecules `MolFromSmiles` -> `MolToSmiles` ->
  `MolFromSmiles` -> `MolToSmiles` (chemtrove's default `stable=True` does this second pass) and heavy
  atoms in [2, 150]; prose `chemtrove.chem.tags.tag_smiles_detailed(text, canonical=True)` and
  length >= 50.
- (a2) what chemtrove does, written as a plain datatrove pipeline: (a1) -> `ParquetWriter` (records) +
  `ExactDedupSignature`; `ExactFindDedups` (1 task); `ParquetReader` (records) -> `ExactDedupFilter`
  -> `ParquetWriter`. Prose adds datatrove's MinHash (`MinhashDedupSignature` with a whitespace word
  tokenizer, 14 buckets x 8 hashes, 5-grams, as chemtrove's defaults) between the exact filter and the
  final writer. No quarantine, no record check, no accounting, no report.
- (b)/(c) `CurateConfig.from_dict` with one source and every option at its default (molecules: stable
  canonicalization, dedup by canonical SMILES, heavy atoms 2-150, template `{{smiles_tagged}}`; prose:
  tagging with canonical SMILES, min 50 chars, exact dedup of the tagged text, chemistry-aware MinHash
  14 x 8, 5-grams). Everything dropped is written to the quarantine.
- Fixed cost: (b) and (c) on the first 50 documents per file of the same input; the CPU-bound ceiling of
  the workers=2 speed-up is 2 x CPU(b) / CPU(c) (what two free cores could give at this input size).
- "(b) / this" and the ratios: docs/s of (b) over docs/s of the other row (below 1: chemtrove is slower).
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200_000, help="MOSES SMILES (first N of train)")
    ap.add_argument("--files", type=int, default=8, help="molecule CSV files")
    ap.add_argument("--prose-docs", type=int, default=20_000, help="prose documents (150 paragraphs, edited)")
    ap.add_argument("--prose-files", type=int, default=8, help="prose JSONL files")
    ap.add_argument("--tasks", type=int, default=8, help="tasks per stage")
    ap.add_argument("--seed", type=int, default=0, help="seed of the prose edits")
    ap.add_argument("--reps", type=int, default=1, help="repetitions (interleaved); the table shows the best")
    ap.add_argument("--only", choices=("molecules", "prose"), help="run one input only")
    ap.add_argument("--output", type=Path, default=RESULTS_FILE, help="markdown report to write")
    ap.add_argument("--_child", dest="child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        result = child(json.loads(args.child))
        print(CHILD_MARKER + json.dumps(result), flush=True)
        sys.stderr.flush()
        os._exit(0)  # skip the interpreter's teardown: its CPU time would count as the pipeline's

    t_start = time.perf_counter()
    subreaper = become_subreaper()
    info = machine_info()
    info["CPU time of pool workers counted"] = (
        "yes (child subreaper)" if subreaper else "no: CPU s undercounts workers > 1"
    )
    kinds = [args.only] if args.only else ["molecules", "prose"]
    print(f"preparing inputs in {rel(WORK_DIR)} ...", flush=True)
    smiles = load_smiles(max(args.n, 1000))
    inputs, n_docs, prose_counts = {}, {}, {}
    if "molecules" in kinds:
        inputs["molecules"] = WORK_DIR / "input" / f"molecules_n{args.n}_f{args.files}"
        write_molecules(smiles[: args.n], inputs["molecules"], args.files)
        n_docs["molecules"] = args.n
        inputs["molecules_fixed"] = WORK_DIR / "input" / f"molecules_fixed_f{args.files}"
        write_molecules(smiles[: FIXED_PER_FILE * args.files], inputs["molecules_fixed"], args.files)
    if "prose" in kinds:
        docs, prose_counts = make_prose(args.prose_docs, smiles[:1000], args.seed)
        inputs["prose"] = WORK_DIR / "input" / f"prose_n{args.prose_docs}_f{args.prose_files}_s{args.seed}"
        write_prose(docs, inputs["prose"], args.prose_files)
        n_docs["prose"] = args.prose_docs
        inputs["prose_fixed"] = WORK_DIR / "input" / f"prose_fixed_f{args.prose_files}_s{args.seed}"
        write_prose(docs[: FIXED_PER_FILE * args.prose_files], inputs["prose_fixed"], args.prose_files)
    del smiles

    # warm-up: page cache, forkserver, .pyc; also fails fast if something is broken
    warm_in = WORK_DIR / "input" / "warmup"
    write_molecules(load_smiles(200), warm_in, 2)
    run_child(
        dict(
            kind="molecules",
            variant="c",
            input_dir=str(warm_in),
            run_dir=str(WORK_DIR / "runs" / "warmup"),
            tasks=2,
            workers=2,
        )
    )

    # every variant on the full input, then chemtrove (b), (c) on the small input (fixed cost)
    rows = [(v, v, "") for v in VARIANTS] + [("b_fixed", "b", "_fixed"), ("c_fixed", "c", "_fixed")]
    results: dict[str, dict[str, list[dict]]] = {k: {key: [] for key, _, _ in rows} for k in kinds}
    for r in range(args.reps):
        for kind in kinds:
            for key, v, suffix in rows:
                spec = dict(
                    kind=kind,
                    variant=v,
                    input_dir=str(inputs[kind + suffix]),
                    run_dir=str(WORK_DIR / "runs" / f"{kind}_{key}"),
                    tasks=args.tasks,
                    workers=WORKERS[v],
                )
                rep = run_child(spec)
                results[kind][key].append(rep)
                n = (
                    n_docs[kind]
                    if not suffix
                    else FIXED_PER_FILE * (args.files if kind == "molecules" else args.prose_files)
                )
                print(
                    f"  rep {r + 1}/{args.reps} {kind:<9} ({key:<7}) wall {rep['wall_s']:7.1f} s "
                    f"{n / rep['wall_s']:>9,.0f} docs/s  CPU {rep['cpu_s']:6.1f} s  "
                    f"kept {rep['kept']:>7,}  (others {rep['others']:.2f} cores)",
                    flush=True,
                )
    total = time.perf_counter() - t_start

    cmd = "python bench/bench_pipeline.py"
    defaults = {"n": 200_000, "files": 8, "prose_docs": 20_000, "prose_files": 8, "tasks": 8, "seed": 0, "reps": 1}
    for key, default in defaults.items():
        if getattr(args, key) != default:
            cmd += f" --{key.replace('_', '-')} {getattr(args, key)}"
    if args.only:
        cmd += f" --only {args.only}"
    lines = [
        "# Benchmark: chemtrove curate pipeline vs plain datatrove",
        "",
        f"Command: `{cmd}` (total {total / 60:.1f} min including input preparation and a warm-up run).",
        "",
        "Inputs:",
        "",
    ]
    if "molecules" in kinds:
        lines.append(
            f"- molecules: the first {args.n:,} SMILES of MOSES `train.csv.gz` ({MOLSETS}), "
            f"{args.files} CSV files (`{rel(inputs['molecules'])}`)."
        )
    if "prose" in kinds:
        c = prose_counts
        lines.append(
            f"- prose: the 150 paragraphs of `src/chemtrove/data/prose/materials_syntheses.jsonl` replicated to "
            f"{args.prose_docs:,} documents (seed {args.seed}): {c['originals']} originals, "
            f"{c['exact_copies']:,} exact copies, {c['edited_copies']:,} copies with 1-{MAX_EDITS} word edits "
            f"(substitute / delete / insert a word); {c['with_smiles']:,} copies also got one MOSES SMILES "
            f"inserted; {args.prose_files} JSONL files (`{rel(inputs['prose'])}`)."
        )
    lines += ["", "## Results", ""]
    loads = [r["others"] for kind_res in results.values() for reps in kind_res.values() for r in reps]
    ncpu = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if max(loads) > 0.25:
        lines += [
            f"**The machine was shared**: other processes (not this benchmark, which runs one row at a time) "
            f"kept {min(loads):.2f}-{max(loads):.2f} of the {ncpu} cores busy while the rows ran (`others' "
            "cores`). Wall-clock rates understate what the pipelines do on an idle machine and the workers=2 "
            "speed-up is capped by the cores left free (see `cores used`); docs per CPU-s is the steadier "
            "comparison (though cache and memory sharing slow it too).",
            "",
        ]
    for kind in kinds:
        fixed_docs = FIXED_PER_FILE * (args.files if kind == "molecules" else args.prose_files)
        lines += kind_tables(kind, n_docs[kind], results[kind], fixed_docs) + [""]
        if kind == "prose":
            lines += [
                "(a2) and (b) drop the same exact duplicates; (a2) keeps more near-duplicates because "
                "datatrove's MinHash simplifies a tagged SMILES into several words (`[START_SMILES]CC(C)c1ccc"
                "(N2CCOCC2)cc1[END_SMILES]` -> `start smiles cc c c0ccc n0ccocc0 cc0 end smiles`), so an "
                "inserted molecule changes more shingles; chemtrove's tokenizer keeps a tagged span as one word.",
                "",
            ]
    lines += ["## Method", "", MEASURED.format(script="bench/bench_pipeline.py", tasks=args.tasks), "## Machine", ""]
    lines += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in info.items()]
    text = "\n".join(lines) + "\n"
    print()
    print(text)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".tmp")
    tmp.write_text(text)
    tmp.replace(args.output)
    print(f"written to {rel(args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
