"""A big curate run, measured: molecules, prose and crystals end to end, at 1/8, 1/4, 1/2 and 1 of a size.

The full size (``--scale 1``) is the issue's: 2,000,000 molecules, 500,000 prose documents and 100,000
crystal entries. Records are derived from the real samples the package ships, written in the raw formats
chemtrove reads, so the readers are part of the run:

- molecules: randomized RDKit spellings (``MolToSmiles(doRandom=True)``) of the 2,000 ChEMBL molecules, as
  PubChem ``CID<TAB>SMILES`` dumps (``.gz``); every molecule appears in many spellings, so exact dedup on
  the canonical SMILES removes most of them;
- prose: the 150 materials-synthesis paragraphs with their sentences shuffled (seeded), as JSON lines;
- crystals: the 600 CDVAE perovskites with their lattices strained by up to +-3 % per axis (seeded), as
  pymatgen ``Structure.as_dict()`` JSON lines (``.gz``); same formula and space group, so the structure
  dedup buckets fill with many structures of one formula.

For each fraction the run happens in a fresh process; the report gives wall seconds and records/s per
stage, the peak RSS of the largest worker, the disk used by work files, and time against the 1/8 run.
Run (the machine shared: ``nice``):

    nice -n 10 python bench/bench_big_run.py --scale 0.02 --tasks 4 --workers 2 --output bench/results/big_run.md
    python bench/bench_big_run.py --scale 1 --tasks 32 --workers 2    # the full size, on an idle machine
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import resource
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

FULL = {"molecules": 2_000_000, "prose": 500_000, "crystals": 100_000}
FRACTIONS = (0.125, 0.25, 0.5, 1.0)


def make_inputs(root: Path, n_mol: int, n_prose: int, n_cryst: int, files: int, seed: int = 0) -> None:
    """Write the derived inputs (see the module docstring) into ``root/{molecules,prose,crystals}``."""
    from pymatgen.core import Lattice, Structure
    from pymatgen.io.cif import CifParser
    from rdkit import Chem, rdBase

    rng = random.Random(seed)
    data = resources.files("chemtrove") / "data"
    with (data / "molecules" / "chembl_samples.csv").open(newline="") as f:
        mols = [m for m in (Chem.MolFromSmiles(r["smiles"]) for r in csv.DictReader(f)) if m is not None]
    with (data / "prose" / "materials_syntheses.jsonl").open() as f:
        paragraphs = [json.loads(line)["text"] for line in f]
    with (data / "crystals" / "perov5_sample.csv").open(newline="") as f:
        cifs = [r["cif"] for r in csv.DictReader(f)]
    with rdBase.BlockLogs():
        structures = [CifParser.from_str(c).parse_structures(primitive=False)[0] for c in cifs]
    for kind in ("molecules", "prose", "crystals"):
        (root / kind).mkdir(parents=True, exist_ok=True)
    per = [max(1, n // files) for n in (n_mol, n_prose, n_cryst)]
    cid = 0
    for i in range(files):
        with gzip.open(root / "molecules" / f"CID-SMILES-{i:03d}.gz", "wt") as f:
            for _ in range(per[0]):
                cid += 1
                f.write(f"{cid}\t{Chem.MolToSmiles(rng.choice(mols), doRandom=True)}\n")
        with open(root / "prose" / f"prose-{i:03d}.jsonl", "w") as f:
            for _ in range(per[1]):
                sentences = rng.choice(paragraphs).split(". ")
                rng.shuffle(sentences)
                f.write(json.dumps({"text": ". ".join(sentences)}) + "\n")
        with gzip.open(root / "crystals" / f"entries-{i:03d}.jsonl.gz", "wt") as f:
            for j in range(per[2]):
                s = rng.choice(structures)
                a, b, c = (x * (1 + rng.uniform(-0.03, 0.03)) for x in s.lattice.abc)
                strained = Structure(Lattice.from_parameters(a, b, c, *s.lattice.angles), s.species, s.frac_coords)
                f.write(json.dumps({"structure": strained.as_dict(), "entry_id": f"strained-{i}-{j}"}) + "\n")


class CpuMeter:
    """CPU seconds of this process and every process under it, sampled once a second in a thread.

    Unlike wall time, CPU time is not inflated by other work on a shared machine, so throughput per CPU
    second compares fractions run under different loads. ``getrusage(RUSAGE_CHILDREN)`` misses the
    executor's pool workers (they are not waited for), so the process tree is sampled instead; a worker's
    last second before it exits can be missed (well under 1 % of a stage here).
    """

    def __init__(self) -> None:
        import threading

        import psutil

        self._psutil, self._seen, self._stop = psutil, {}, threading.Event()
        # The stage now running: the largest RSS of one worker is kept per stage, and that of this process
        # (where a one-task stage may run) under "<stage> (main)".
        self.stage = ""
        self.peak_rss_mb: dict[str, float] = {}
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        me = self._psutil.Process()
        for proc in [me, *me.children(recursive=True)]:
            try:
                t = proc.cpu_times()
                self._seen[(proc.pid, proc.create_time())] = t.user + t.system
                rss = proc.memory_info().rss / 2**20
            except self._psutil.Error:
                continue
            key = self.stage if proc.pid != me.pid else f"{self.stage} (main)"
            self.peak_rss_mb[key] = max(rss, self.peak_rss_mb.get(key, 0.0))

    def _loop(self) -> None:
        while not self._stop.wait(1.0):
            self._sample()

    def stop(self) -> float:
        """Stop sampling; return the CPU seconds seen."""
        self._stop.set()
        self._thread.join()
        self._sample()
        return sum(self._seen.values())


def run_one(root: Path, tasks: int, workers: int) -> dict:
    """Curate ``root``'s inputs; return per-stage times and records, peak worker RSS and work disk use."""
    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig
    from chemtrove.curate.progress import stage_progress

    cfg = CurateConfig.from_dict(
        {
            "output": str(root / "out"),
            "sources": [
                {"name": "mols", "kind": "molecules", "path": "molecules", "format": "pubchem"},
                {"name": "prose", "kind": "prose", "path": "prose", "column": "text"},
                {"name": "crystals", "kind": "crystals", "path": "crystals", "format": "pymatgen_json"},
            ],
            "crystals": {"charge_balance": False},
            "executor": {"tasks": tasks, "workers": workers, "progress_interval_s": 60},
        },
        base_dir=root,
    )
    groups = pipeline.build(cfg)
    cpu_meter = CpuMeter()
    stages = []
    start = time.perf_counter()
    for group in groups:
        for stage, executor in zip(group.stages, pipeline.executors(cfg, group), strict=True):
            t = time.perf_counter()
            cpu_meter.stage = f"{group.name}/{stage.name}"
            with open(os.devnull, "w") as devnull:
                saved, sys.stderr = sys.stderr, devnull
                try:
                    executor.run()
                finally:
                    sys.stderr = saved
            seconds = time.perf_counter() - t
            progress = stage_progress(group.logs / stage.name / "progress", executor.world_size)
            records = progress["records"] if progress else None
            stages.append({"stage": cpu_meter.stage, "seconds": seconds, "records": records})
    total = time.perf_counter() - start
    summary = pipeline.finish(cfg, groups)
    work = sum(p.stat().st_size for p in (root / "out" / "work").rglob("*") if p.is_file())
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    )
    cpu = cpu_meter.stop()
    for entry in stages:  # sampled once a second: a stage shorter than that may show no figure
        entry["peak_rss_mb"] = cpu_meter.peak_rss_mb.get(entry["stage"])
        entry["main_rss_mb"] = cpu_meter.peak_rss_mb.get(f"{entry['stage']} (main)")
    return {
        "seconds": total,
        "cpu_seconds": cpu,
        "load_average": os.getloadavg()[0],
        "stages": stages,
        "peak_rss_mb": peak_kb / 1024,
        "work_mb": work / 2**20,
        "reconciles": summary["reconciles"],
        "kept": summary["domains"],
        "read": {s["source"]: s["read"] for s in summary["sources"]},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size 1 = 2M molecules, 500k prose, 100k crystals")
    parser.add_argument("--tasks", type=int, default=4, help="tasks per stage (%(default)s)")
    parser.add_argument("--workers", type=int, default=2, help="tasks at once (%(default)s)")
    parser.add_argument("--files", type=int, default=8, help="input files per kind (%(default)s)")
    parser.add_argument("--workdir", default="bench/results/big_run_work", help="where inputs and outputs go")
    parser.add_argument("--output", help="also write the markdown report here")
    parser.add_argument(
        "--fractions",
        type=float,
        nargs="+",
        default=list(FRACTIONS),
        help="fractions of the scale to run, smallest first (default: %(default)s)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the fractions already measured in WORKDIR/results.json (written after each fraction) and run "
        "only the others, e.g. the whole size first and the small fractions later",
    )
    parser.add_argument("--one", nargs=3, type=int, metavar=("MOL", "PROSE", "CRYST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = Path(args.workdir).resolve()

    if args.one:  # child: one size in a fresh process
        make_inputs(work, *args.one, files=args.files)
        print(json.dumps(run_one(work, args.tasks, args.workers)))
        return 0

    import shutil

    done = work / "results.json"
    rows = json.loads(done.read_text()) if args.reuse and done.exists() else []
    rows = [r for r in rows if r.get("scale") == args.scale and r.get("tasks") == args.tasks]  # same run only
    for frac in sorted(set(args.fractions) - {r["fraction"] for r in rows}):
        sizes = [max(args.files, int(FULL[k] * args.scale * frac)) for k in ("molecules", "prose", "crystals")]
        folder = work / f"f{frac}"
        shutil.rmtree(folder, ignore_errors=True)
        cmd = [sys.executable, __file__, "--one", *map(str, sizes), "--tasks", str(args.tasks)]
        cmd += ["--workers", str(args.workers), "--files", str(args.files), "--workdir", str(folder)]
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(out.stderr[-3000:], file=sys.stderr)
            return 1
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result.update(fraction=frac, sizes=sizes, scale=args.scale, tasks=args.tasks)
        rows = sorted([*rows, result], key=lambda r: r["fraction"])
        print(f"fraction {frac}: {result['seconds']:.1f} s, peak RSS {result['peak_rss_mb']:.0f} MB", file=sys.stderr)
        shutil.rmtree(folder, ignore_errors=True)
        # Written after every fraction: a long run stopped part-way still leaves the fractions it finished.
        done.write_text(json.dumps(rows, indent=1))
        if args.output:
            Path(args.output).write_text(render(rows, args))
    if not rows:
        print("no fraction was run", file=sys.stderr)
        return 1
    print(render(rows, args))
    return 0


def render(rows: list[dict], args: argparse.Namespace) -> str:
    """The markdown report of the fractions run so far (the first one is the reference)."""
    base = rows[0]
    lines = [
        "# Big curate run",
        "",
        f"scale {args.scale} of (2,000,000 molecules, 500,000 prose, 100,000 crystals); tasks {args.tasks}, "
        f"workers {args.workers}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end",
        "",
        "| fraction | molecules | prose | crystals | wall s | CPU s | load | time / first time | size / first size "
        "| throughput vs first (wall) | (CPU) | peak RSS per worker MB | work files MB | reconciles |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        grow, size = r["seconds"] / base["seconds"], r["fraction"] / base["fraction"]
        cpu_grow = r["cpu_seconds"] / base["cpu_seconds"]
        lines.append(
            f"| {r['fraction']} | {r['sizes'][0]:,} | {r['sizes'][1]:,} | {r['sizes'][2]:,} | {r['seconds']:.1f} "
            f"| {r['cpu_seconds']:.0f} | {r['load_average']:.1f} | {grow:.2f} | {size:.0f} | {size / grow:.2f} "
            f"| {size / cpu_grow:.2f} | {r['peak_rss_mb']:.0f} | {r['work_mb']:.1f} "
            f"| {'yes' if r['reconciles'] else 'NO'} |"
        )
    last = rows[-1]["fraction"] / base["fraction"]
    lines += ["", "Per stage (records read by the stage's reader, records/s), first and last fraction:", ""]
    lines += [
        f"| stage | first: s | first: rec/s | last: s | last: rec/s | time growth (size x{last:g}) "
        "| peak RSS MB of one worker (of the run's own process), first / last |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for a, b in zip(rows[0]["stages"], rows[-1]["stages"], strict=True):
        rate = [f"{s['records'] / s['seconds']:,.0f}" if s["records"] else "-" for s in (a, b)]
        rss = " / ".join(
            f"{s['peak_rss_mb'] or 0:.0f} ({s['main_rss_mb'] or 0:.0f})" if "main_rss_mb" in s else "-" for s in (a, b)
        )
        lines.append(
            f"| {a['stage']} | {a['seconds']:.1f} | {rate[0]} | {b['seconds']:.1f} | {rate[1]} "
            f"| {b['seconds'] / max(a['seconds'], 1e-9):.1f} | {rss} |"
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
