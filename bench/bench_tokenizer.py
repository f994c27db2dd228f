"""Benchmark the chemistry tokenizer extension against its base tokenizer (and against smirk on SMILES).

1. Throughput: ``Tokenizer.encode_batch`` of the extended tokenizer against the base on the same mixed
   corpus (prose, prose with inline tagged SMILES, tagged molecules, tagged reactions, tagged CIFs),
   interleaved and repeated; the ratio is extended / base in bytes per second. **Target >= 0.75.**
   Also on the chemistry-dense mix (molecules, reactions, CIF and prose with SMILES, no plain prose: a
   MiST-style mixture; goal >= 0.9) and per kind of document (informational).
2. Token counts (base against extended): tokens per SMILES atom, tokens per SMILES character, base tokens
   that cross a SMILES unit boundary, tokens per CIF, tokens per prose byte.
3. Against smirk (the chemistry-only SMILES tokenizer, https://pypi.org/project/smirk/) on the same
   SMILES: round-trip failures (``decode(encode(s)) != s``) and tokens per character, for smirk, the base
   and the extension. smirk is optional: ``pip install smirk`` asks for transformers < 5, so install it
   aside (``pip install --no-deps --target DIR smirk`` and ``PYTHONPATH=DIR``) rather than into the
   project's environment; without it this part is skipped and says so.

Run from the repository root in the project's environment:

    python bench/bench_tokenizer.py [--base DIR] [--copies 8] [--reps 5] [--threads N] [--output FILE]
                                    [--reference TOKENIZER_JSON]

``--base`` defaults to the real GPT-2 tokenizer in ``tests/data/tokenizers/gpt2``. The corpus is built
from the sample data shipped in the package (ChEMBL SMILES, USPTO reactions with atom maps removed,
materials-synthesis prose) and the CIFs in ``tests/data/tokenizers/cifs.jsonl``, replicated ``--copies``
times. ``--threads`` sets ``RAYON_NUM_THREADS`` (encode_batch's thread pool) before tokenizers loads.
The ratio is only meaningful on an otherwise idle machine: the report records the load average.
``--reference`` times a second extended tokenizer (say, one written by an earlier version of ``extend``) in
the same interleaved loop, so that a before/after pair is measured under the same load.
"""

from __future__ import annotations

import argparse
import os
import sys

if __name__ == "__main__":  # the thread pool size must be set before tokenizers is imported
    for i, arg in enumerate(sys.argv):
        if arg == "--threads" and i + 1 < len(sys.argv):
            os.environ["RAYON_NUM_THREADS"] = sys.argv[i + 1]
        elif arg.startswith("--threads="):
            os.environ["RAYON_NUM_THREADS"] = arg.split("=", 1)[1]

import csv  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import re  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from importlib import resources  # noqa: E402
from importlib.metadata import version  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


def build_corpus(copies: int) -> dict[str, list[str]]:
    """Tagged documents by kind, from the package's sample data and the test CIFs."""
    from chemtrove.chem import reactions
    from chemtrove.chem.tags import wrap_cif, wrap_smiles

    data = resources.files("chemtrove") / "data"
    with (data / "molecules" / "chembl_samples.csv").open(newline="") as f:
        smiles = [r["smiles"] for r in csv.DictReader(f)]
    with (data / "reactions" / "schneider_reactions.csv").open(newline="") as f:
        raw = [r["rxn_Smiles"] for r in csv.DictReader(f)]
    rxns = [c.value for c in map(reactions.canonicalize, raw) if c.value]
    with (data / "prose" / "materials_syntheses.jsonl").open() as f:
        prose = [json.loads(line)["text"] for line in f]
    with open(REPO / "tests" / "data" / "tokenizers" / "cifs.jsonl", encoding="utf-8") as f:
        cifs = [json.loads(line)["cif"] for line in f]
    mixed = []
    for i, p in enumerate(prose):
        sentences = re.split(r"(?<=\.) ", p)
        mid = len(sentences) // 2
        mixed.append(
            " ".join(sentences[:mid])
            + f" The precursor {wrap_smiles(smiles[i])} was used, giving {wrap_smiles(smiles[-1 - i])}. "
            + " ".join(sentences[mid:])
        )
    kinds = {
        "prose": prose,
        "prose+smiles": mixed,
        "molecules": [wrap_smiles(s) for s in smiles],
        "reactions": [wrap_smiles(r) for r in rxns],
        "cif": [wrap_cif(c) for c in cifs] * 6,
    }
    return {k: v * copies for k, v in kinds.items()}


def throughput(tok, docs: list[str], reps: int, other, reference=None) -> dict[str, list[float]]:
    """Wall-clock and CPU seconds per encode_batch of ``docs``, for ``tok`` and ``other``, interleaved.

    CPU time (all threads of this process) is what other processes on a busy machine disturb least.
    ``reference`` (another extended tokenizer, e.g. one written by an earlier version) is timed in the same
    loop, under the keys ``ref_wall`` and ``ref_cpu``.
    """
    tokenizers = [("ext", tok), ("base", other)] + ([("ref", reference)] if reference is not None else [])
    out: dict[str, list[float]] = {f"{key}_{clock}": [] for key, _ in tokenizers for clock in ("wall", "cpu")}
    for _, t_ in tokenizers:
        t_.encode_batch(docs[:100])
    for _ in range(reps):
        for key, t_ in tokenizers:
            w, c = time.perf_counter(), time.process_time()
            t_.encode_batch(docs)
            out[f"{key}_cpu"].append(time.process_time() - c)
            out[f"{key}_wall"].append(time.perf_counter() - w)
    return out


def piece_counts(ext, base, corpus: dict[str, list[str]], copies: int) -> list[str]:
    """Pre-tokenizer pieces and tokens per kind of document, base against extended (one copy of the corpus).

    ``encode_batch`` pays a fixed cost per piece (a slice of the text with its offsets, one BPE call and one
    partial encoding; before extension version 3 also one byte-level mapping per unit), so where the extension
    cuts a span into more pieces than the base does, it pays more on that text.
    """
    rows = [
        "Pieces after pre-tokenization (each one slice, BPE call and encoding in `encode_batch`):",
        "",
        "| documents | base pieces | extended pieces | base / extended pieces | base / extended tokens |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, docs in corpus.items():
        one = docs[: len(docs) // copies]
        pieces = [sum(len(t.pre_tokenizer.pre_tokenize_str(d)) for d in one) for t in (base, ext)]
        tokens = [sum(len(e.ids) for e in t.encode_batch(one, add_special_tokens=False)) for t in (base, ext)]
        rows.append(
            f"| {kind} | {pieces[0]} | {pieces[1]} | {pieces[0] / pieces[1]:.2f} | {tokens[0] / tokens[1]:.2f} |"
        )
    return rows


def smirk_comparison(smiles: list[str], ext, base) -> list[str]:
    """Round-trip failures and tokens per character on SMILES: smirk, base, extension."""
    from chemtrove.chem.tags import END_SMILES, START_SMILES, wrap_smiles

    try:
        import smirk
    except ImportError:
        return ["smirk is not installed: part 3 skipped (pip install --no-deps --target DIR smirk; PYTHONPATH=DIR)"]
    st = smirk.SmirkTokenizerFast()
    chars = sum(len(s) for s in smiles)
    rows = [
        "| tokenizer | SMILES | round-trip failures | tokens per character | throughput (SMILES/s) |",
        "|---|---:|---:|---:|---:|",
    ]
    t = time.perf_counter()
    # smirk's batch __call__ fails under transformers 5; its Rust tokenizer's encode_batch does not
    enc = [e["input_ids"] for e in st._tokenizer.encode_batch(smiles, add_special_tokens=False)]
    dt = time.perf_counter() - t
    back = [st.decode(ids) for ids in enc]
    fails = [(s, b) for s, b in zip(smiles, back, strict=True) if b != s]
    rows.append(
        f"| smirk {version('smirk')} | {len(smiles)} | {len(fails)} "
        f"| {sum(map(len, enc)) / chars:.3f} | {len(smiles) / dt:,.0f} |"
    )
    for name, tok, docs in (
        ("base", base, smiles),
        ("extended (tags excluded)", ext, [wrap_smiles(s) for s in smiles]),
    ):
        t = time.perf_counter()
        e = tok.encode_batch(docs, add_special_tokens=False)
        dt = time.perf_counter() - t
        ids = [x.ids for x in e]
        back = tok.decode_batch(ids, skip_special_tokens=False)
        n = sum(len(x) for x in ids) - (2 * len(docs) if name.startswith("extended") else 0)
        if name.startswith("extended"):
            back = [b[len(START_SMILES) : -len(END_SMILES)] for b in back]
        fails_t = sum(b != s for s, b in zip(smiles, back, strict=True))
        rows.append(f"| {name} | {len(smiles)} | {fails_t} | {n / chars:.3f} | {len(smiles) / dt:,.0f} |")
    if fails:
        rows.append("")
        rows.append(f"smirk round-trip failures, first {min(3, len(fails))}:")
        rows += [f"- `{s}` -> `{b}`" for s, b in fails[:3]]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", default=str(REPO / "tests" / "data" / "tokenizers" / "gpt2"), help="base folder")
    parser.add_argument("--copies", type=int, default=8, help="replicate the corpus this many times (%(default)s)")
    parser.add_argument("--reps", type=int, default=5, help="timed repetitions (%(default)s)")
    parser.add_argument("--threads", help="RAYON_NUM_THREADS for encode_batch (default: all cores)")
    parser.add_argument("--no-smirk", action="store_true", help="skip the smirk comparison")
    parser.add_argument("--output", help="also write the markdown report to this file")
    parser.add_argument(
        "--reference",
        help="an extended tokenizer.json (e.g. written by an earlier version) to time in the same loop as the others",
    )
    args = parser.parse_args()

    import tokenizers

    from chemtrove.tokenize import compute_stats, extend, load_tokenizer

    corpus = build_corpus(args.copies)
    base = load_tokenizer(args.base)
    t = time.perf_counter()
    ext = extend(base, corpus=[d for docs in corpus.values() for d in docs[: len(docs) // args.copies]])
    build_s = time.perf_counter() - t
    all_docs = [d for docs in corpus.values() for d in docs]
    n_bytes = sum(len(d.encode()) for d in all_docs)
    load = os.getloadavg()
    lines = [
        "# Tokenizer extension benchmark",
        "",
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load average "
        f"{load[0]:.2f} at start, RAYON_NUM_THREADS={os.environ.get('RAYON_NUM_THREADS', 'all')}, "
        f"Python {platform.python_version()}, tokenizers {tokenizers.__version__}",
        f"base: {Path(args.base).name} ({base.get_vocab_size(with_added_tokens=True)} ids); extended: "
        f"{ext.get_vocab_size(with_added_tokens=True)} ids, built in {build_s:.1f} s",
        f"corpus: {len(all_docs)} documents, {n_bytes / 1e6:.2f} MB ("
        + ", ".join(f"{k} {sum(len(d.encode()) for d in v) / n_bytes:.0%}" for k, v in corpus.items())
        + ")",
        "",
        "## 1. encode_batch throughput, extended vs base",
        "",
        "| documents | MB | base MB/s (wall, best) | extended MB/s (wall, best) | ratio wall best | ratio wall "
        "median | ratio CPU best |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    ratios = {}
    reference = None
    if args.reference:
        from tokenizers import Tokenizer

        reference = Tokenizer.from_file(args.reference)
        lines.insert(-5, f"reference (another extended tokenizer, timed in the same loop): {Path(args.reference).name}")
        lines[-2] = lines[-2] + (
            " reference ratio wall best | reference ratio CPU best | ratio CPU paired median |"
            " reference ratio CPU paired median |"
        )
        lines[-1] = lines[-1] + "---:|---:|---:|---:|"
    # chemistry-dense: mostly SMILES documents, reactions and CIF, as in a MiST-style mixture (no plain prose)
    dense = [d for k in ("molecules", "reactions", "cif", "prose+smiles") for d in corpus.get(k, [])]
    for name, docs in [("all (mixed)", all_docs), ("chemistry-dense", dense), *corpus.items()]:
        mb = sum(len(d.encode()) for d in docs) / 1e6
        m = throughput(ext, docs, args.reps, base, reference)
        best = min(m["base_wall"]) / min(m["ext_wall"])
        med = statistics.median(m["base_wall"]) / statistics.median(m["ext_wall"])
        cpu = min(m["base_cpu"]) / min(m["ext_cpu"])
        ratios[name] = (best, cpu)
        row = (
            f"| {name} | {mb:.2f} | {mb / min(m['base_wall']):.2f} | {mb / min(m['ext_wall']):.2f} | {best:.2f} "
            f"| {med:.2f} | {cpu:.2f} |"
        )
        if reference is not None:
            row += f" {min(m['base_wall']) / min(m['ref_wall']):.2f} | {min(m['base_cpu']) / min(m['ref_cpu']):.2f} |"
            # each repetition times the three back to back: the median of its ratios drifts least with the load
            for key in ("ext", "ref"):
                row += f" {statistics.median(b / x for b, x in zip(m['base_cpu'], m[key + '_cpu'], strict=True)):.2f} |"
        lines.append(row)
    lines += ["", *piece_counts(ext, base, corpus, args.copies)]
    wall, cpu = ratios["all (mixed)"]
    verdict = "met" if min(wall, cpu) >= 0.75 else "NOT met" if max(wall, cpu) < 0.75 else "met on one timer only"
    lines += [
        "",
        f"Target extended/base >= 0.75 on the mixed corpus: **{verdict}** (wall {wall:.2f}, CPU {cpu:.2f}).",
        f"Chemistry-dense mix (molecules, reactions, CIF, prose with SMILES): wall {ratios['chemistry-dense'][0]:.2f}, "
        f"CPU {ratios['chemistry-dense'][1]:.2f} (goal >= 0.9).",
    ]
    stats = compute_stats([d for docs in corpus.values() for d in docs[: len(docs) // args.copies]], ext, base)
    s, c, p = stats["smiles"], stats["cif"], stats["prose"]
    lines += [
        "",
        "## 2. Token counts (one copy of the corpus)",
        "",
        "| metric | base | extended |",
        "|---|---:|---:|",
        f"| tokens per SMILES atom ({s['atoms']} atoms in {s['spans']} spans) | {s['tokens_per_atom_base']} "
        f"| {s['tokens_per_atom_extended']} |",
        f"| tokens per SMILES character | {s['tokens_per_char_base']} | {s['tokens_per_char_extended']} |",
        f"| tokens crossing a SMILES unit boundary | {s['base_tokens_crossing_units']} "
        f"({s['base_tokens_crossing_units'] / max(1, s['base_tokens']):.0%}) | {s['extended_tokens_crossing_units']} |",
        f"| tokens per CIF ({c['spans']} CIFs) | {c['tokens_per_cif_base']} | {c['tokens_per_cif_extended']} |",
        f"| tokens per prose byte | {p['tokens_per_byte_base']} | {p['tokens_per_byte_extended']} |",
        f"| prose ids identical | | {'yes' if p['identical'] else 'NO'} |",
    ]
    lines += ["", "## 3. SMILES against smirk", ""]
    if args.no_smirk:
        lines.append("skipped (--no-smirk)")
    else:
        from chemtrove.chem.tags import START_SMILES

        mol = [
            d[len(START_SMILES) : -len("[END_SMILES]")]
            for d in corpus["molecules"][: len(corpus["molecules"]) // args.copies]
        ]
        rxn = [
            d[len(START_SMILES) : -len("[END_SMILES]")]
            for d in corpus["reactions"][: len(corpus["reactions"]) // args.copies]
        ]
        lines += ["molecules (ChEMBL sample):", ""] + smirk_comparison(mol, ext, base)
        lines += ["", "reactions (USPTO sample, atom maps removed):", ""] + smirk_comparison(rxn, ext, base)
    report = "\n".join(lines) + "\n"
    print(report)
    if args.output:
        Path(args.output).write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
