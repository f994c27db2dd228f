"""Benchmark chemtrove.eval's batched scoring against a one-example-at-a-time loop.

What is timed, on the same requests, interleaved and repeated (``--reps``, best and median reported):

(a) loop: what a script without chemtrove does per example: encode ``prompt`` and ``prompt + completion``
    (trailing spaces of the prompt moved to the completion, as lm-eval and chemtrove do),
    one forward pass of that single sequence, ``log_softmax`` over the whole vocabulary at every position,
    gather the completion tokens' log-probs and sum them;
(b) ``chemtrove.eval.completion_logprobs(batch_size=B)`` for each B of ``--batch-sizes``: length-sorted
    batches, one forward per batch, log-softmax only at the scored positions, ranks included.

The ratio (b)/(a) in examples per second is the speed-up. Both give the same numbers: the largest
absolute difference of the summed log-probs is reported. Requests are the SCS texts (``The molecule
represented with the SMILES [START_SMILES]…[END_SMILES]``, prompt/completion split before the tag) and
CCS-style formula statements, built from the ChEMBL and FreeSolv samples shipped with chemtrove, with a
tokenizer trained and extended here and randomly initialized Qwen2 models (no hub, no download).

Run from the repository root:

    python bench/bench_eval.py [--n 512] [--reps 3] [--batch-sizes 8,32,64] [--sizes tiny,small]
        [--threads N] [--device cpu|cuda] [--output bench/results/eval.md]

Model sizes: ``tiny`` (hidden 64, 2 layers: the test models), ``small`` (hidden 256, 4 layers, 8 heads),
``base`` (hidden 768, 12 layers, 12 heads). Output: a markdown table on stdout and in ``--output``.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import statistics
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

import torch

REPO = Path(__file__).resolve().parents[1]
SIZES = {
    "tiny": {"hidden_size": 64, "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4},
    "small": {"hidden_size": 256, "intermediate_size": 768, "num_hidden_layers": 4, "num_attention_heads": 8},
    "base": {"hidden_size": 768, "intermediate_size": 2048, "num_hidden_layers": 12, "num_attention_heads": 12},
}


def shipped_smiles() -> list[str]:
    """Canonical SMILES of the ChEMBL sample shipped with chemtrove."""
    from chemtrove.chem import smiles as S

    path = resources.files("chemtrove") / "data" / "molecules" / "chembl_samples.csv"
    with resources.as_file(path) as p, open(p, newline="", encoding="utf-8") as f:
        out = [S.canonicalize(r["smiles"]) for r in csv.DictReader(f)]
    return [c.value for c in out if c.ok]


def build_tokenizer(smiles: list[str], workdir: Path):
    """A Qwen2-layout BPE trained here and extended with the chemistry split, loaded with AutoTokenizer."""
    from transformers import AutoTokenizer

    from chemtrove.chem.tags import wrap_smiles
    from chemtrove.eval.scs import PROMPT
    from chemtrove.tokenize import extend, save_pretrained
    from chemtrove.tokenize.bases import save_base, train_base

    texts = [PROMPT + wrap_smiles(s) for s in smiles[:1000]] + ["The molecular formula of", " is"] * 10
    base = save_base(train_base(texts, "qwen2", vocab_size=2000), workdir / "base", "qwen2")
    tok = extend(base, corpus=[wrap_smiles(s) for s in smiles], max_new_tokens=512)
    return AutoTokenizer.from_pretrained(str(save_pretrained(tok, workdir / "tokenizer", base=base)))


def build_requests(smiles: list[str], n: int) -> list[tuple[str, str]]:
    """Prompt/completion pairs: SCS texts and formula statements, alternating, ``n`` in all."""
    from chemtrove.chem.tags import END_SMILES, START_SMILES
    from chemtrove.eval.ccs import _mol_formula
    from chemtrove.eval.scs import PROMPT

    out: list[tuple[str, str]] = []
    for i, s in enumerate(smiles):
        if len(out) >= n:
            break
        if i % 2 == 0:
            out.append((PROMPT, f"{START_SMILES}{s}{END_SMILES}"))
        else:
            formula = _mol_formula(s)
            if formula:
                out.append((f"The molecular formula of {START_SMILES}{s}{END_SMILES} is", f" {formula}"))
    return out


def make_model(tokenizer, size: str, device: str):
    from transformers import Qwen2Config, Qwen2ForCausalLM

    torch.manual_seed(0)
    cfg = Qwen2Config(
        vocab_size=len(tokenizer),
        num_key_value_heads=SIZES[size]["num_attention_heads"] // 2,
        max_position_embeddings=2048,
        tie_word_embeddings=True,
        **SIZES[size],
    )
    return Qwen2ForCausalLM(cfg).to(device).eval()


def loop_scores(model, tokenizer, pairs: list[tuple[str, str]]) -> list[float]:
    """(a): one request at a time, the obvious way (same lm-eval split: trailing prompt spaces move over)."""
    from chemtrove.eval.logprobs import split_prompt

    device = next(model.parameters()).device
    out = []
    with torch.inference_mode():
        for pair in pairs:
            prompt, completion = split_prompt(*pair)
            ctx = tokenizer(prompt, add_special_tokens=False)["input_ids"]
            whole = tokenizer(prompt + completion, add_special_tokens=False)["input_ids"]
            ids = torch.tensor([ctx + whole[len(ctx) :]], device=device)
            logp = torch.log_softmax(model(input_ids=ids).logits[0].float(), dim=-1)
            targets = ids[0, len(ctx) :]
            out.append(float(logp[len(ctx) - 1 : -1].gather(-1, targets[:, None]).sum()))
    return out


def timed(fn):
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    t = time.perf_counter()
    result = fn()
    if torch.cuda.is_available():
        torch.cuda.synchronize()
    return time.perf_counter() - t, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=512, help="requests (%(default)s)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions (%(default)s)")
    parser.add_argument("--batch-sizes", default="8,32,64", help="batched runs (%(default)s)")
    parser.add_argument("--sizes", default="tiny,small", help=f"model sizes among {','.join(SIZES)} (%(default)s)")
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's)")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--output", default=str(REPO / "bench" / "results" / "eval.md"))
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    from chemtrove.eval import completion_logprobs

    smiles = shipped_smiles()
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer = build_tokenizer(smiles, Path(tmp))
    pairs = build_requests(smiles, args.n)
    n_tokens = sum(len(tokenizer(p + c, add_special_tokens=False)["input_ids"]) for p, c in pairs)
    batch_sizes = [int(b) for b in args.batch_sizes.split(",")]
    rows = []
    for size in args.sizes.split(","):
        model = make_model(tokenizer, size, args.device)
        times: dict[str, list[float]] = {"loop": [], **{f"batch {b}": [] for b in batch_sizes}}
        ref: list[float] = []
        diff = 0.0
        loop_scores(model, tokenizer, pairs[:8])  # warm-up
        for _ in range(args.reps):
            t, ref = timed(lambda m=model: loop_scores(m, tokenizer, pairs))
            times["loop"].append(t)
            for b in batch_sizes:
                t, got = timed(lambda m=model, b=b: completion_logprobs(m, tokenizer, pairs, batch_size=b))
                times[f"batch {b}"].append(t)
                diff = max(diff, max(abs(g.sum - r) for g, r in zip(got, ref, strict=True)))
        best_loop = min(times["loop"])
        for name, ts in times.items():
            rows.append(
                (size, name, len(pairs) / min(ts), len(pairs) / statistics.median(ts), best_loop / min(ts), diff)
            )
    lines = [
        "# chemtrove.eval scoring throughput: batched vs one example at a time",
        "",
        f"{len(pairs)} requests ({n_tokens} tokens, {n_tokens / len(pairs):.1f} per request), {args.reps} reps, "
        f"device {args.device}, torch threads {torch.get_num_threads()}",
        "",
        "| model | run | examples/s (best) | examples/s (median) | speed-up vs loop (best) | max abs diff of sums |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {s} | {name} | {b:.1f} | {m:.1f} | {r:.2f}x | {d:.1e} |" for s, name, b, m, r, d in rows]
    load = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    lines += [
        "",
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, load average "
        f"{', '.join(f'{x:.2f}' for x in load)}; Python {platform.python_version()}, torch {torch.__version__}",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
