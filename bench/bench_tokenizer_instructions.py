"""Instruction counts of ``encode_batch`` (valgrind's callgrind): the extension against its base, load-independent.

On a shared machine CPU-time ratios move by +-0.1 between runs; instruction counts do not. Each tokenizer is
run in its own process under callgrind (one thread), which encodes the document sets of
``bench_tokenizer.py`` (one copy of its corpus: the chemistry-dense mix, the mixed corpus, then each kind),
each once, in that order, with a ``time.sleep`` between sets; callgrind dumps its counters before every
sleep, so each dump holds one set's instructions.

    python bench/bench_tokenizer_instructions.py EXTENDED_TOKENIZER_JSON [MORE_JSON ...] [--base DIR]

Needs ``valgrind`` on the PATH; takes a few minutes per tokenizer (callgrind runs about 50 times slower).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SETS = ("chemistry-dense", "all (mixed)", "prose", "prose+smiles", "molecules", "reactions", "cif")


def write_sets(path: Path) -> None:
    """The document sets, in :data:`SETS` order, as JSON (built once, outside callgrind)."""
    sys.path.insert(0, str(REPO / "bench"))
    from bench_tokenizer import build_corpus

    corpus = build_corpus(1)
    dense = [d for k in ("molecules", "reactions", "cif", "prose+smiles") for d in corpus[k]]
    mixed = [d for docs in corpus.values() for d in docs]
    sets = [dense, mixed, *(corpus[k] for k in SETS[2:])]
    path.write_text(json.dumps(sets), encoding="utf-8")


def encode_sets(tokenizer_json: str, sets_json: str) -> None:
    """The process that callgrind runs: encode each set once, a sleep (dump) before each."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(tokenizer_json)
    sets = json.loads(Path(sets_json).read_text(encoding="utf-8"))
    tok.encode_batch(sets[0][:50])
    for docs in sets:
        time.sleep(0.001)
        tok.encode_batch(docs)
    time.sleep(0.001)


def count(tokenizer_json: str, sets_json: Path, out: Path, tag: str) -> list[int]:
    """Instructions per set for one tokenizer (``tag`` names its dump files)."""
    prefix = out / tag
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    cmd = ["valgrind", "--tool=callgrind", "--dump-before=*nanosleep*", f"--callgrind-out-file={prefix}.%p"]
    cmd += [sys.executable, __file__, "--encode", tokenizer_json, str(sets_json)]
    subprocess.run(cmd, check=True, env=env, capture_output=True)
    dumps = sorted(out.glob(f"{prefix.name}.*.*"), key=lambda p: int(p.name.rsplit(".", 1)[1]))
    totals = [int(re.search(r"^(?:summary|totals): (\d+)", p.read_text(), re.M).group(1)) for p in dumps]
    return totals[1 : 1 + len(SETS)]  # dump 1 holds loading and warm-up


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--encode":
        encode_sets(sys.argv[2], sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("extended", nargs="+", help="extended tokenizer.json files")
    parser.add_argument("--base", default=str(REPO / "tests" / "data" / "tokenizers" / "gpt2" / "tokenizer.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sets_json = Path(tmp) / "sets.json"
        write_sets(sets_json)
        names = [args.base, *args.extended]
        counts = {name: count(name, sets_json, Path(tmp), f"t{i}") for i, name in enumerate(names)}
    base = counts.pop(args.base)
    head = "| documents | base instructions | " + " | ".join(f"{Path(e).name}: instructions, base/ext" for e in counts)
    lines = [head + " |", "|---|---:|" + "---:|" * len(counts)]
    for i, name in enumerate(SETS):
        cells = [f"{c[i] / 1e9:.3f}e9, **{base[i] / c[i]:.2f}**" for c in counts.values()]
        lines.append(f"| {name} | {base[i] / 1e9:.3f}e9 | " + " | ".join(cells) + " |")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
