"""Cost of tagging chemical names in prose: TagNamesInProse vs TagSmilesInProse, JVM start-up, OPSIN backends.

Measured in one process (one core), on the same real sentences (the materials-synthesis paragraphs
shipped in the package, split into sentences), interleaved and repeated (best of ``--reps``):

* ``TagSmilesInProse`` alone, sentences per second;
* ``TagNamesInProse`` (default lexicon, pymatgen formulas, OPSIN): *cold* (a new step: JVM start and every
  name looked up for the first time), *fresh cache* (the JVM already running, an empty look-up cache) and
  *warm* (the cache filled by an earlier pass, as in a long-running worker where names repeat);
* OPSIN's JVM start-up and names per second, through a subprocess with a line protocol and through JPype.

Target (issue "names"): the names step costs at most 3x the SMILES step.

Usage: python bench/bench_names.py [--reps 3] [--out bench/results/names_speed.md]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import time
from importlib import resources
from pathlib import Path

from datatrove.data import Document

from chemtrove.chem.names import NameFinder, opsin_available
from chemtrove.chem.names.opsin import OpsinJPype, OpsinProcess
from chemtrove.curate import TagNamesInProse, TagSmilesInProse


def sentences() -> list[str]:
    data = resources.files("chemtrove") / "data" / "prose" / "materials_syntheses.jsonl"
    out = []
    for line in data.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        out += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text) if s.strip()]
    return out


def run_step(step, texts: list[str]) -> float:
    docs = [Document(text=t, id=str(i)) for i, t in enumerate(texts)]
    t0 = time.perf_counter()
    for _ in step.run(iter(docs)):
        pass
    return time.perf_counter() - t0


def opsin_backends(names: list[str]) -> list[str]:
    lines = [
        "",
        "| OPSIN backend | JVM start-up (s) | names/s, one batch | names/s, one name per call |",
        "|---|---:|---:|---:|",
    ]
    for label, parser in (("subprocess, line protocol", OpsinProcess()), ("JPype, in-process JVM", OpsinJPype())):
        try:
            parser.parse(["methane"])
        except Exception as e:  # noqa: BLE001 - jpype1 may be missing
            lines.append(f"| {label} | not available: {e} | | |")
            continue
        parser.parse(names)  # warm the JIT
        t0 = time.perf_counter()
        parser.parse(names)
        batch = len(names) / (time.perf_counter() - t0)
        t0 = time.perf_counter()
        for n in names[:300]:
            parser.parse([n])
        single = 300 / (time.perf_counter() - t0)
        lines.append(f"| {label} | {parser.startup_seconds:.2f} | {batch:,.0f} | {single:,.0f} |")
        parser.close()
    return lines


def main(reps: int, out: Path | None) -> None:
    texts = sentences()
    chars = sum(map(len, texts))
    smiles_t, cold_t, fresh_t, warm_t = [], [], [], []
    for _ in range(reps):
        smiles_t.append(run_step(TagSmilesInProse(), texts))
        step = TagNamesInProse()  # a new worker: JVM start, empty cache
        t0 = time.perf_counter()
        finder = step.finder()
        finder.resolve("methane")  # starts the JVM (when OPSIN is installed)
        start = time.perf_counter() - t0
        step._finder = finder
        cold_t.append(start + run_step(step, texts))
        finder._cache.clear()
        fresh_t.append(run_step(step, texts))
        warm_t.append(run_step(step, texts))
    best = {k: min(v) for k, v in (("smiles", smiles_t), ("cold", cold_t), ("fresh", fresh_t), ("warm", warm_t))}
    rate = {k: len(texts) / v for k, v in best.items()}
    lines = [
        f"{len(texts)} sentences ({chars:,} characters) of real synthesis prose, one process, best of {reps}; "
        f"OPSIN {'used' if opsin_available() else 'NOT installed (lexicons and formulas only)'}.",
        "",
        "| step | sentences/s | cost vs TagSmilesInProse |",
        "|---|---:|---:|",
        f"| TagSmilesInProse | {rate['smiles']:,.0f} | 1.00 |",
    ]
    for key, label in (
        ("warm", "TagNamesInProse, warm cache (steady state of a worker)"),
        ("fresh", "TagNamesInProse, JVM running, empty cache"),
        ("cold", "TagNamesInProse, cold (JVM start + empty cache)"),
    ):
        lines.append(f"| {label} | {rate[key]:,.0f} | {best[key] / best['smiles']:.2f} |")
    if opsin_available():
        freesolv = resources.files("chemtrove") / "data" / "molecules" / "freesolv.csv"
        with freesolv.open(encoding="utf-8") as fh:
            names = [r["iupac"] for r in csv.DictReader(fh)]
        lines += opsin_backends(names)
    text = "\n".join(lines) + "\n"
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    NameFinder  # noqa: B018 - imported for readers of this script: the finder the step uses


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3, help="repetitions (the best is reported)")
    ap.add_argument("--out", type=Path, default=None, help="write the markdown table here")
    args = ap.parse_args()
    main(args.reps, args.out)
