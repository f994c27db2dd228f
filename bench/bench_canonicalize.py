"""Benchmark: the ``CanonicalizeSmiles`` step against a bare RDKit loop on MOSES SMILES.

Issue "Foundation", item 8. Targets:

* the step, in-process on one core, runs at >= 0.9x the throughput of a bare RDKit loop
  (``Chem.MolFromSmiles`` + ``Chem.MolToSmiles``) on the same SMILES;
* a full datatrove pipeline (``TableReader`` -> ``CanonicalizeSmiles``, 8 tasks) with 2 workers finishes
  >= 1.8x faster than with 1 worker (wall clock, executor start-up included).

Everything is measured in one run on the same data. The in-process variants are interleaved (a, b, c, a,
b, c, ...) and repeated; the table reports the best and the median repetition. Each pipeline repetition
runs in a fresh Python process (the executor's wall clock is measured inside it, the process wall clock
around it), so the pool start-up and the imports in the workers are paid every time, as in real use.

Data: the first ``--n`` SMILES of MOSES ``train.csv.gz`` from the ``molsets==0.3.1`` distribution on PyPI,
downloaded with ``pip download`` into ``bench/.cache/`` on first use.

Run (from the repository root, in the project's virtual environment)::

    python bench/bench_canonicalize.py --n 100000

The markdown table is printed and written to ``bench/results/canonicalize.md``.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
RESULTS_FILE = BENCH_DIR / "results" / "canonicalize.md"

MOLSETS = "molsets==0.3.1"
MOSES_MEMBER = "moses/dataset/data/train.csv.gz"
MOSES_FILE = CACHE_DIR / "moses_train.csv.gz"

STEP_TARGET = 0.9
SCALING_TARGET = 1.8
CHILD_MARKER = "BENCH_RESULT "


def rel(path: Path) -> str:
    """``path`` relative to the repository (never an absolute machine path in the output)."""
    try:
        return str(path.resolve().relative_to(REPO_DIR))
    except ValueError:
        return path.name


# -- data ----------------------------------------------------------------------------------------


def ensure_moses() -> Path:
    """Download ``molsets`` with pip (once) and extract MOSES ``train.csv.gz`` into the cache."""
    if MOSES_FILE.exists():
        return MOSES_FILE
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
    dist = dists[0]
    if dist.suffix == ".whl":
        with zipfile.ZipFile(dist) as zf:
            payload = zf.read(MOSES_MEMBER)
    else:  # sdist: molsets-0.3.1/moses/dataset/data/train.csv.gz
        with tarfile.open(dist) as tf:
            member = next(m for m in tf.getmembers() if m.name.endswith("/" + MOSES_MEMBER))
            payload = tf.extractfile(member).read()
    tmp = MOSES_FILE.with_suffix(".tmp")
    tmp.write_bytes(payload)
    tmp.replace(MOSES_FILE)
    return MOSES_FILE


def load_smiles(n: int) -> list[str]:
    """The first ``n`` SMILES of MOSES train (column ``SMILES``)."""
    with gzip.open(ensure_moses(), "rt", newline="") as f:
        out = []
        for row in csv.DictReader(f):
            if len(out) >= n:
                break
            out.append(row["SMILES"])
    if len(out) < n:
        raise SystemExit(f"MOSES train has only {len(out)} SMILES, fewer than --n {n}")
    return out


def write_shards(smiles: list[str], folder: Path, files: int) -> None:
    """Split ``smiles`` into ``files`` CSV files of (nearly) equal size, column ``SMILES``."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    per = -(-len(smiles) // files)
    for k in range(files):
        with open(folder / f"part_{k:03d}.csv", "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["SMILES"])
            w.writerows([s] for s in smiles[k * per : (k + 1) * per])


# -- in-process variants -----------------------------------------------------------------------
# Each returns (Timer, canonical SMILES out). Appending to a list costs the same in every variant.


def cpu_jiffies() -> tuple[int, int] | None:
    """(busy, total) CPU time of the whole machine from ``/proc/stat`` (Linux), else ``None``."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:9]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def busy_between(a: tuple[int, int] | None, b: tuple[int, int] | None) -> float:
    """Fraction of all the machine's CPUs that were busy between two :func:`cpu_jiffies` readings."""
    if a is None or b is None or b[1] == a[1]:
        return float("nan")
    return (b[0] - a[0]) / (b[1] - a[1])


IDLE = {"threshold": 0.1, "max_wait": 60.0}
"""The idle gate (set from the command line): see :func:`wait_idle`."""


def wait_idle() -> float:
    """Wait until the machine is nearly idle before a timed repetition; returns the busy fraction seen.

    The machine may be shared: other processes taking a core make both the single-core ratios and the
    2-worker scaling meaningless. Waits (up to ``IDLE["max_wait"]`` seconds) until less than
    ``IDLE["threshold"]`` of all CPUs were busy over half a second.
    """
    deadline = time.monotonic() + IDLE["max_wait"]
    while True:
        a = cpu_jiffies()
        time.sleep(0.5)
        busy = busy_between(a, cpu_jiffies())
        if not busy > IDLE["threshold"] or time.monotonic() >= deadline:
            return busy
        time.sleep(0.5)


class Timer:
    """Wall clock and process CPU time of a ``with`` block (CPU time is immune to time-slicing).

    Also the share of the machine's CPU time used by *other* processes during the block (``others``, a
    fraction of all CPUs), for the report.
    """

    wall: float
    cpu: float
    others: float

    def __enter__(self) -> Timer:
        self._j = cpu_jiffies()
        self._w, self._c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self._w
        self.cpu = time.process_time() - self._c
        ours = self.cpu / (self.wall * (os.cpu_count() or 1))
        self.others = max(0.0, busy_between(self._j, cpu_jiffies()) - ours)


def run_bare(smiles: list[str]) -> tuple[Timer, list[str]]:
    """(a) Bare RDKit: MolFromSmiles + MolToSmiles, RDKit's log blocked once around the loop."""
    from rdkit import Chem, rdBase

    mol_from, mol_to = Chem.MolFromSmiles, Chem.MolToSmiles
    out: list[str] = []
    append = out.append
    with Timer() as t, rdBase.BlockLogs():
        for s in smiles:
            mol = mol_from(s)
            if mol is not None:
                append(mol_to(mol))
    return t, out


def run_library(smiles: list[str]) -> tuple[Timer, list[str]]:
    """(b) ``chemtrove.chem.smiles.canonicalize`` in a plain loop."""
    from chemtrove.chem.smiles import canonicalize

    out: list[str] = []
    append = out.append
    with Timer() as t:
        for s in smiles:
            c = canonicalize(s)
            if c.ok:
                append(c.value)
    return t, out


def _documents(smiles: list[str]) -> Iterator:
    from datatrove.data import Document

    for i, s in enumerate(smiles):
        yield Document(text=s, id=str(i))


def make_run_step(**options) -> Callable[[list[str]], tuple[Timer, list[str]]]:
    """(c) ``CanonicalizeSmiles(**options).run`` over a generator of fresh Documents, in-process."""

    def run_step(smiles: list[str]) -> tuple[Timer, list[str]]:
        from chemtrove.curate.molecules import CanonicalizeSmiles

        step = CanonicalizeSmiles(**options)
        out: list[str] = []
        append = out.append
        with Timer() as t:
            for doc in step.run(_documents(smiles)):
                append(doc.text)
        return t, out

    return run_step


def measure(variants: dict[str, Callable], smiles: list[str], reps: int) -> dict[str, list]:
    """Run every variant ``reps`` times, interleaved; returns name -> [(Timer, out), ...]."""
    results: dict[str, list] = {name: [] for name in variants}
    for r in range(reps):
        for name, fn in variants.items():
            before = wait_idle()
            t, out = fn(smiles)
            t.before = before
            results[name].append((t, out))
            print(
                f"  rep {r + 1}/{reps} {name:<28} {len(smiles) / t.wall:>9,.0f} mol/s"
                f"  (CPU {len(smiles) / t.cpu:>7,.0f})  others: {before:.0%} before, {t.others:.0%} during",
                flush=True,
            )
    return results


# -- breakdown of the step's overhead (each layer adds one thing to the previous) --------------------


def breakdown_variants() -> dict[str, Callable]:
    from rdkit import Chem, rdBase

    from chemtrove.chem import smiles as smiles_lib
    from chemtrove.curate.molecules import CanonicalizeSmiles

    mol_from, mol_to = Chem.MolFromSmiles, Chem.MolToSmiles

    def bare(smiles):
        with Timer() as t, rdBase.BlockLogs():
            for s in smiles:
                mol = mol_from(s)
                if mol is not None:
                    mol_to(mol)
        return t, None

    def rdkit_calls(smiles):
        # the RDKit calls the step makes: BlockLogs in parse() and in canonicalize_mol(), GetNumAtoms in
        # parse(), isomericSmiles= in _write(), GetNumHeavyAtoms in the filter
        with Timer() as t:
            for s in smiles:
                with rdBase.BlockLogs():
                    mol = mol_from(s)
                if mol is None:
                    continue
                mol.GetNumAtoms()
                with rdBase.BlockLogs():
                    mol_to(mol, isomericSmiles=True)
                mol.GetNumHeavyAtoms()
        return t, None

    def canonicalize_mol(smiles):
        fn = smiles_lib.canonicalize_mol
        opts = CanonicalizeSmiles().options
        with Timer() as t:
            for s in smiles:
                _, mol = fn(s, **opts)
                if mol is not None:
                    mol.GetNumHeavyAtoms()
        return t, None

    def filter_direct(smiles):
        step = CanonicalizeSmiles()
        with Timer() as t:
            for doc in _documents(smiles):
                step.filter(doc)
        return t, None

    def step_run(smiles):
        return make_run_step()(smiles)[0], None

    def documents_only(smiles):
        with Timer() as t:
            for _ in _documents(smiles):
                pass
        return t, None

    return {
        "bare RDKit loop": bare,
        "+ RDKit calls of the step": rdkit_calls,
        "smiles.canonicalize_mol": canonicalize_mol,
        "step.filter(doc) direct": filter_direct,
        "step.run(generator)": step_run,
        "Document generator only": documents_only,
    }


BREAKDOWN_NOTES = {
    "bare RDKit loop": "MolFromSmiles + MolToSmiles, one BlockLogs around the loop",
    "+ RDKit calls of the step": "2x BlockLogs per molecule, GetNumAtoms, GetNumHeavyAtoms, isomericSmiles=",
    "smiles.canonicalize_mol": "+ precheck, Canon, keyword plumbing (chem/smiles.py)",
    "step.filter(doc) direct": "+ Document construction, metadata writes (curate/molecules.py)",
    "step.run(generator)": "+ datatrove BaseFilter.run: batched(), track_time, 3 stat_update per doc",
    "Document generator only": "cost of building the input Documents (included in the two rows above)",
}


# -- pipeline (child process) ------------------------------------------------------------------------


def pipeline_child(args: argparse.Namespace) -> None:
    """Run one LocalPipelineExecutor and print its wall clock and counts as JSON on stdout."""
    from datatrove.executor import LocalPipelineExecutor

    from chemtrove.curate.molecules import CanonicalizeSmiles
    from chemtrove.curate.readers import TableReader

    steps = [TableReader(args.input_dir, text_column="SMILES", source="moses", format="csv")]
    if not args.reader_only:
        steps.append(CanonicalizeSmiles())
    if os.path.exists(args.logs_dir):
        shutil.rmtree(args.logs_dir)
    executor = LocalPipelineExecutor(
        pipeline=steps,
        tasks=args.tasks,
        workers=args.workers,
        logging_dir=args.logs_dir,
        skip_completed=False,
    )
    t0 = time.perf_counter()
    stats = executor.run()
    dt = time.perf_counter() - t0
    counts = {}
    for s in stats.stats:
        for key in ("documents", "total", "forwarded", "dropped"):
            if key in s.stats:
                counts[f"{s.name}:{key}"] = s.stats[key].total
    print(CHILD_MARKER + json.dumps({"run_s": dt, "counts": counts}), flush=True)


def run_pipeline(input_dir: Path, logs_dir: Path, tasks: int, workers: int, reader_only: bool = False) -> dict:
    """One pipeline run in a fresh Python process; adds the process wall clock to the child's report."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--_pipeline-child",
        "--input-dir",
        str(input_dir),
        "--logs-dir",
        str(logs_dir),
        "--tasks",
        str(tasks),
        "--workers",
        str(workers),
    ]
    if reader_only:
        cmd.append("--reader-only")
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-5000:])
        raise SystemExit(f"pipeline child failed with exit code {proc.returncode}")
    line = next(ln for ln in reversed(proc.stdout.splitlines()) if ln.startswith(CHILD_MARKER))
    report = json.loads(line[len(CHILD_MARKER) :])
    report["process_s"] = wall
    return report


# -- profile -------------------------------------------------------------------------------------------


def profile_step(smiles: list[str], top: int = 20) -> str:
    """cProfile of the step over ``smiles``; RDKit's C++ time is charged to the Python line calling it."""
    import cProfile
    import pstats

    run_step = make_run_step()
    prof = cProfile.Profile()
    prof.enable()
    run_step(smiles)
    prof.disable()
    buf = io.StringIO()
    st = pstats.Stats(prof, stream=buf)
    st.sort_stats("tottime").print_stats(top)
    text = buf.getvalue()
    # keep paths short and machine-independent: .../site-packages/x -> x, <repo>/src/x -> src/x
    out = []
    for ln in text.splitlines():
        for marker in ("site-packages/", str(REPO_DIR) + "/"):
            while marker in ln:
                head, tail = ln.split(marker, 1)
                cut = head.rfind(" ") + 1
                ln = head[:cut] + tail
        out.append(ln.rstrip())
    return "\n".join(ln for ln in out if ln.strip())


# -- report --------------------------------------------------------------------------------------------


def machine_info() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    import rdkit

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
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    return {
        "date (UTC)": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"),
        "cpu": model,
        "cores (os.cpu_count / usable)": f"{os.cpu_count()} / {usable}",
        "load average at start (1, 5, 15 min)": ", ".join(f"{x:.2f}" for x in load),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "rdkit": rdkit.__version__,
        "datatrove": dist_version("datatrove"),
        "chemtrove": dist_version("chemtrove"),
    }


def best_median(values: list[float]) -> tuple[float, float]:
    return min(values), statistics.median(values)


def check(ok: bool) -> str:
    return "yes" if ok else "**NO**"


def verdict(value: float, target: float) -> str:
    return f">= {target} {'met' if value >= target else '**missed**'}"


MEASURED = """\
What is measured:

- (a) `Chem.MolFromSmiles(s)` then `Chem.MolToSmiles(mol)`, one `rdBase.BlockLogs()` around the loop.
- (b) `chemtrove.chem.smiles.canonicalize(s)` with default options.
- (c) a fresh `CanonicalizeSmiles()` step; `step.run()` consumes a generator that builds one datatrove
  `Document(text=smiles)` per SMILES (building them is included) and the outputs are counted.
- (c') the same step with `stable=True` (one more parse and write per molecule) or `standardize=True`
  (Cleanup, largest fragment, Uncharger), against (a) timed on the same subset in the same repetitions.
- (d) a fresh Python process per run: `LocalPipelineExecutor([TableReader(csv), CanonicalizeSmiles()],
  tasks=T, workers=1|2)` over T CSV files of equal size, no writer. The executor wall clock (around
  `executor.run()`) includes the multiprocess Manager, the forkserver pool, the imports in the workers and
  datatrove's log and stats files; the process wall clock adds the interpreter start and the imports in
  the parent. `reader only` is the same pipeline without the step. The fixed cost is the same pipeline
  over 50 SMILES per file; the marginal scaling divides the two wall clocks after subtracting it.
- mol/s from the wall clock; "CPU" ratios use the process CPU time instead (immune to other processes
  taking the core, not to sharing caches and memory bandwidth with them). Before every repetition the
  script waits (up to --max-wait s) until other processes use less than --idle-threshold of the CPUs;
  what they used before and during each repetition is in the raw timings.
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="SMILES to canonicalize (first N of MOSES train)")
    ap.add_argument("--reps", type=int, default=3, help="repetitions of every measurement (best and median)")
    ap.add_argument("--options-n", type=int, default=20_000, help="SMILES for the stable=/standardize= rows")
    ap.add_argument("--breakdown-n", type=int, default=20_000, help="SMILES for the overhead breakdown")
    ap.add_argument("--tasks", type=int, default=8, help="pipeline tasks (= input CSV files)")
    ap.add_argument("--no-pipeline", action="store_true", help="skip the LocalPipelineExecutor runs")
    ap.add_argument("--no-options", action="store_true", help="skip the stable=/standardize= rows")
    ap.add_argument("--no-breakdown", action="store_true", help="skip the overhead breakdown")
    ap.add_argument("--profile", action="store_true", help="add a cProfile of the step to the report")
    ap.add_argument("--output", type=Path, default=RESULTS_FILE, help="markdown report to write")
    ap.add_argument(
        "--idle-threshold",
        type=float,
        default=IDLE["threshold"],
        help="before each repetition wait until other processes use less than this fraction of all CPUs",
    )
    ap.add_argument(
        "--max-wait", type=float, default=IDLE["max_wait"], help="longest wait for an idle machine (seconds)"
    )
    # internal: one pipeline run in a child process
    ap.add_argument("--_pipeline-child", dest="pipeline_child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--input-dir", help=argparse.SUPPRESS)
    ap.add_argument("--logs-dir", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--reader-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.pipeline_child:
        pipeline_child(args)
        return 0

    IDLE.update(threshold=args.idle_threshold, max_wait=args.max_wait)
    info = machine_info()
    n, reps = args.n, args.reps
    print(f"loading {n:,} MOSES SMILES ...", flush=True)
    smiles = load_smiles(n)

    # warm-up: imports, RDKit's first-call costs, CPU frequency
    for fn in (run_bare, run_library, make_run_step()):
        fn(smiles[:2000])

    # -- (a) (b) (c) --------------------------------------------------------------------------------
    print(f"(a) (b) (c): {n:,} SMILES, {reps} interleaved repetitions", flush=True)
    main_variants = {"a_bare": run_bare, "b_library": run_library, "c_step": make_run_step()}
    res = measure(main_variants, smiles, reps)
    timers = {k: [t for t, _ in v] for k, v in res.items()}
    wall = {k: [t.wall for t in v] for k, v in timers.items()}
    cpu = {k: [t.cpu for t in v] for k, v in timers.items()}
    outs = {k: v[0][1] for k, v in res.items()}
    same_out = outs["a_bare"] == outs["b_library"] == outs["c_step"]
    n_ok = len(outs["c_step"])
    del res, outs

    # -- (c') options (informational) ---------------------------------------------------------------
    opt_wall: dict[str, list[float]] = {}
    m_opt = min(args.options_n, n)
    if not args.no_options:
        print(f"(c') options: {m_opt:,} SMILES, {reps} interleaved repetitions", flush=True)
        opt_variants = {
            "bare": run_bare,
            "stable=True": make_run_step(stable=True),
            "standardize=True": make_run_step(standardize=True),
        }
        ores = measure(opt_variants, smiles[:m_opt], reps)
        timers.update({f"options {k}": [t for t, _ in v] for k, v in ores.items()})
        opt_wall = {k: [t.wall for t, _ in v] for k, v in ores.items()}
        del ores

    # -- breakdown ------------------------------------------------------------------------------------
    bd: dict[str, list[float]] = {}
    m_bd = min(args.breakdown_n, n)
    if not args.no_breakdown:
        print(f"overhead breakdown: {m_bd:,} SMILES, {reps} interleaved repetitions", flush=True)
        bres = measure(breakdown_variants(), smiles[:m_bd], reps)
        bd = {k: [t.cpu for t, _ in v] for k, v in bres.items()}

    profile_text = None
    if args.profile:
        print(f"profiling the step on {m_bd:,} SMILES ...", flush=True)
        profile_text = profile_step(smiles[:m_bd])

    # -- (d) pipeline ---------------------------------------------------------------------------------
    pipe: dict[str, list[dict]] = {}
    if not args.no_pipeline:
        work = CACHE_DIR / "pipeline"
        input_dir = work / f"input_n{n}_t{args.tasks}"
        small_dir = work / f"input_small_t{args.tasks}"
        write_shards(smiles, input_dir, args.tasks)
        write_shards(smiles[: 50 * args.tasks], small_dir, args.tasks)
        print(f"(d) pipeline: {n:,} SMILES in {args.tasks} CSV files, tasks={args.tasks}", flush=True)
        run_pipeline(small_dir, work / "logs_warmup", args.tasks, 2)  # page cache, forkserver, .pyc
        configs = {
            "fixed cost, workers=1": (small_dir, 1, False),
            "fixed cost, workers=2": (small_dir, 2, False),
            "reader only, workers=1": (input_dir, 1, True),
            "workers=1": (input_dir, 1, False),
            "workers=2": (input_dir, 2, False),
        }
        for r in range(reps):
            for name, (folder, workers, reader_only) in configs.items():
                before = wait_idle()
                j0 = cpu_jiffies()
                rep = run_pipeline(folder, work / f"logs_w{workers}", args.tasks, workers, reader_only)
                rep["before"], rep["busy"] = before, busy_between(j0, cpu_jiffies())
                pipe.setdefault(name, []).append(rep)
                print(
                    f"  rep {r + 1}/{reps} {name:<24} executor {rep['run_s']:6.2f} s"
                    f"  process {rep['process_s']:6.2f} s  (machine busy: {before:.0%} before,"
                    f" {rep['busy']:.0%} during)",
                    flush=True,
                )

    # -- report -----------------------------------------------------------------------------------------
    a_best, a_med = best_median(wall["a_bare"])
    a_cpu = min(cpu["a_bare"])

    def row(tag: str, what: str, n_mol: int, secs: list[float], base: tuple[float, float], **extra) -> str:
        best, med = best_median(secs)
        ratio_best, ratio_med = base[0] / best, base[1] / med
        ratio = f"{ratio_best:.2f} ({ratio_med:.2f})"
        if extra.get("bold"):
            ratio = f"**{ratio_best:.2f}** ({ratio_med:.2f})"
        cpu_ratio = f"{extra['cpu_ratio']:.2f}" if "cpu_ratio" in extra else ""
        return (
            f"| {tag} | {what} | {n_mol / best:,.0f} | {n_mol / med:,.0f} | {ratio} | {cpu_ratio} "
            f"| {extra.get('target', '')} |"
        )

    step_ratio = a_best / min(wall["c_step"])
    lines = [
        "# Benchmark: CanonicalizeSmiles step vs bare RDKit",
        "",
        f'Issue "Foundation", item 8. Data: the first {n:,} SMILES of MOSES `train.csv.gz` ({MOLSETS}).',
        f"Command: `python bench/bench_canonicalize.py --n {n}"
        + (f" --reps {reps}" if reps != 3 else "")
        + (" --profile" if args.profile else "")
        + f"`. Throughput in molecules per second, best and median of {reps} interleaved repetitions;",
        "ratios are best/best (median/median in brackets).",
        "",
        "## Results",
        "",
        "| # | measurement | mol/s best | mol/s median | ratio vs (a) | ratio, CPU time | target |",
        "|---|---|---:|---:|---:|---:|---|",
        row("a", "bare RDKit: MolFromSmiles + MolToSmiles", n, wall["a_bare"], (a_best, a_med), cpu_ratio=1.0),
        row(
            "b",
            "`chem.smiles.canonicalize()` loop",
            n,
            wall["b_library"],
            (a_best, a_med),
            cpu_ratio=a_cpu / min(cpu["b_library"]),
        ),
        row(
            "c",
            "`CanonicalizeSmiles().run()` over Documents, in-process (**step per core**)",
            n,
            wall["c_step"],
            (a_best, a_med),
            cpu_ratio=a_cpu / min(cpu["c_step"]),
            bold=True,
            target=verdict(step_ratio, STEP_TARGET),
        ),
    ]
    if opt_wall:
        ob = best_median(opt_wall["bare"])
        for name in ("stable=True", "standardize=True"):
            what = f"step with `{name}` (first {m_opt:,}, vs (a) on them; informational)"
            lines.append(row("c'", what, m_opt, opt_wall[name], ob))
    scaling = None
    if pipe:
        w = {k: [r["run_s"] for r in v] for k, v in pipe.items()}
        for name in ("reader only, workers=1", "workers=1", "workers=2"):
            lines.append(
                row(
                    "d",
                    f"pipeline `{name}`, tasks={args.tasks}, executor wall clock",
                    n,
                    w[name],
                    (a_best, a_med),
                )
            )
        scaling = min(w["workers=1"]) / min(w["workers=2"])
        scaling_med = statistics.median(w["workers=1"]) / statistics.median(w["workers=2"])
        p1 = min(r["process_s"] for r in pipe["workers=1"])
        p2 = min(r["process_s"] for r in pipe["workers=2"])
        f1, f2 = min(w["fixed cost, workers=1"]), min(w["fixed cost, workers=2"])
        marginal = (min(w["workers=1"]) - f1) / (min(w["workers=2"]) - f2)
        lines += [
            f"| d | **scaling**: workers=2 vs workers=1, executor wall clock | | | **{scaling:.2f}x** "
            f"({scaling_med:.2f}x) | | {verdict(scaling, SCALING_TARGET)} |",
            f"| d | scaling, process wall clock (interpreter and parent imports included) | | | {p1 / p2:.2f}x | | |",
            f"| d | fixed cost of a run (50 SMILES per file): workers=1 {f1:.2f} s, workers=2 {f2:.2f} s | | | | | |",
            f"| d | marginal scaling, fixed cost subtracted | | | {marginal:.2f}x | | |",
        ]
    lines += ["", "Checks:", ""]
    lines.append(
        f"- (a), (b) and (c) produced identical canonical SMILES: {check(same_out)} ({n_ok:,} of {n:,} accepted)."
    )
    if pipe:
        from chemtrove.curate.molecules import CanonicalizeSmiles

        key = f"{CanonicalizeSmiles().stats.name}:forwarded"
        counts_ok = all(r["counts"].get(key) == n_ok for name in ("workers=1", "workers=2") for r in pipe[name])
        lines.append(f"- every full pipeline run forwarded {n_ok:,} documents: {check(counts_ok)}.")
    lines += ["", MEASURED.rstrip()]

    if bd:
        base = min(bd["bare RDKit loop"])
        lines += [
            "",
            f"## Where the step's time goes (first {m_bd:,} SMILES, CPU microseconds per molecule)",
            "",
            "Each row adds one layer to the row above; process CPU time, best and median of the interleaved",
            "repetitions.",
            "",
            "| layer | adds | us/mol best | us/mol median | vs bare |",
            "|---|---|---:|---:|---:|",
        ]
        prev = None
        for name, secs in bd.items():
            best, med = (1e6 * x / m_bd for x in best_median(secs))
            last = name == "Document generator only"
            delta = "" if prev is None or last else f" ({best - prev:+.1f})"
            vs = "" if last else f"{best - 1e6 * base / m_bd:+.1f}"
            lines.append(f"| {name} | {BREAKDOWN_NOTES[name]} | {best:.1f}{delta} | {med:.1f} | {vs} |")
            if not last:
                prev = best
    if profile_text:
        lines += [
            "",
            f"## cProfile of the step (first {m_bd:,} SMILES, sorted by own time)",
            "",
            "cProfile does not see RDKit's C++ functions: their time is the own time of the Python function",
            "calling them (`parse` = MolFromSmiles, `_write` = MolToSmiles).",
            "",
            "```",
            profile_text,
            "```",
        ]

    lines += [
        "",
        "## Raw timings",
        "",
        "Seconds per repetition, in order. `others`: share of all CPUs used by other processes just before",
        "the repetition and during it (from /proc/stat minus this process's CPU time). `busy`: share of all",
        "CPUs busy during a pipeline run, this run included (workers=2 on an idle 2-core machine: ~100%).",
        "",
    ]
    for k, v in timers.items():
        lines.append(
            f"- {k}: wall "
            + ", ".join(f"{t.wall:.2f}" for t in v)
            + "; CPU "
            + ", ".join(f"{t.cpu:.2f}" for t in v)
            + "; others before/during "
            + ", ".join(f"{t.before:.0%}/{t.others:.0%}" for t in v)
        )
    for k, v in pipe.items():
        lines.append(
            f"- pipeline {k}: executor "
            + ", ".join(f"{r['run_s']:.2f}" for r in v)
            + "; process "
            + ", ".join(f"{r['process_s']:.2f}" for r in v)
            + "; busy before/during "
            + ", ".join(f"{r['before']:.0%}/{r['busy']:.0%}" for r in v)
        )

    lines += ["", "## Machine", ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    if hasattr(os, "getloadavg"):
        lines.append("- load average at end (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    lines.append("")
    report = "\n".join(lines)
    print()
    print(report)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(report)
    print(f"written to {rel(args.output)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
