"""Benchmark chemtrove's CPT recipe against a plain transformers Trainer: tokens per second, same model and data.

Two ways to train the same randomly initialized causal LM on the same tokens:

* (a) plain: the texts tokenized with the same tokenizer, EOS appended, concatenated and cut into
  ``--seq-len`` windows by hand, ``transformers.Trainer`` with ``DataCollatorForLanguageModeling(mlm=False)``;
* (b) chemtrove: ``chemtrove.train.cpt.train`` (trl's SFTTrainer with "wrapped" packing, chemtrove's data
  loading, embedding fit, run summary), parsed from the same settings as a recipe would be.

Both run ``--steps`` optimizer steps of ``--batch`` windows of ``--seq-len`` tokens from the same
initialization (seed 0), interleaved and repeated ``--reps`` times. Throughput is the tokens of one step
divided by the median wall time of a step (a callback times every step; the median is robust to a busy
machine); tokens over the trainer's whole ``train_runtime`` are reported too. Imports, tokenization and
packing are reported separately as setup time. **Target: (b)/(a) >= 0.95** (median over repetitions).

Data: the curated quickstart sample and the chemistry tokenizer ``chemtrove quickstart`` builds on it (a
Qwen2-style base trained locally and extended), made under ``bench/.cache/train/`` on first use; or your
own ``--shards`` folder and ``--tokenizer`` folder.

Run from the repository root in the project's environment::

    python bench/bench_train.py [--hidden 128] [--layers 4] [--seq-len 256] [--batch 8] [--steps 30]
                                [--reps 3] [--threads N] [--output bench/results/train.md]

The ratio is only meaningful on an otherwise idle machine: the report records the load average.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import statistics
import sys
import time
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "bench" / ".cache" / "train"


def prepare(cache: Path) -> tuple[Path, Path]:
    """Curated shards and a chemistry tokenizer for the benchmark: ``chemtrove quickstart``'s, built once."""
    from chemtrove import quickstart

    out = cache / "quickstart"
    shards, tok = out / "curated" / "shards", out / "tokenizer"
    if not (shards.is_dir() and (tok / "tokenizer.json").is_file()):
        with contextlib.redirect_stdout(io.StringIO()):
            quickstart.run(out)
    if not (shards.is_dir() and (tok / "tokenizer.json").is_file()):
        raise SystemExit(
            f"chemtrove quickstart did not leave shards and a tokenizer in {out}; pass --shards/--tokenizer"
        )
    return shards, tok


class StepTimer:
    """Wall time of every optimizer step (a ``TrainerCallback``): the median step is robust to a busy machine,
    where a few slow steps (another process taking the cores) would dominate the total runtime."""

    def __init__(self) -> None:
        from transformers import TrainerCallback

        timer = self

        class _Callback(TrainerCallback):
            def on_step_begin(self, args, state, control, **kwargs):
                timer._t = time.perf_counter()

            def on_step_end(self, args, state, control, **kwargs):
                timer.steps.append(time.perf_counter() - timer._t)

        self.steps: list[float] = []
        self._t = 0.0
        self.callback = _Callback()

    def median(self, skip: int = 2) -> float:
        """Median step time after ``skip`` warm-up steps."""
        return statistics.median(self.steps[skip:] or self.steps)


def settings(args: argparse.Namespace, out: Path) -> dict:
    """One set of training arguments for both ways (a recipe dict for chemtrove)."""
    return {
        "output_dir": str(out),
        "max_steps": args.steps,
        "per_device_train_batch_size": args.batch,
        "learning_rate": 1e-3,
        "lr_scheduler_type": "constant",
        "logging_steps": args.steps,  # log once: logging is not what is measured
        "save_strategy": "no",
        "report_to": "none",
        "dataloader_num_workers": 0,
        "disable_tqdm": True,
        "seed": 0,
        "bf16": False,
    }


def run_plain(args, shards: Path, tok_dir: Path, out: Path) -> dict:
    """(a) Hand-packed windows, plain ``transformers.Trainer``."""
    import pyarrow.parquet as pq
    from datasets import Dataset
    from transformers import DataCollatorForLanguageModeling, Trainer, TrainingArguments

    from chemtrove.train.models import build_tiny_model, load_tokenizer

    t0 = time.perf_counter()
    tok = load_tokenizer(tok_dir)
    texts = [
        t for f in sorted(shards.rglob("*.parquet")) for t in pq.read_table(f, columns=["text"])["text"].to_pylist()
    ]
    ids: list[int] = []
    for enc in tok([t + tok.eos_token for t in texts])["input_ids"]:
        ids.extend(enc)
    n = len(ids) // args.seq_len
    blocks = [ids[i * args.seq_len : (i + 1) * args.seq_len] for i in range(n)]
    data = Dataset.from_dict({"input_ids": blocks}).shuffle(seed=0)
    model = build_tiny_model(tok, hidden_size=args.hidden, num_layers=args.layers, num_heads=args.heads, seed=0)
    timer = StepTimer()
    trainer = Trainer(
        model=model,
        args=TrainingArguments(**settings(args, out)),
        train_dataset=data,
        data_collator=DataCollatorForLanguageModeling(tok, mlm=False),
        callbacks=[timer.callback],
    )
    setup = time.perf_counter() - t0
    result = trainer.train()
    tokens = trainer.state.global_step * args.batch * args.seq_len
    return {
        "tokens": tokens,
        "runtime": result.metrics["train_runtime"],
        "step": timer.median(),
        "setup": setup,
        "loss": result.training_loss,
    }


def run_chemtrove(args, shards: Path, tok_dir: Path, out: Path) -> dict:
    """(b) ``chemtrove.train.cpt`` from a recipe dict."""
    from chemtrove.train import cpt
    from chemtrove.train.config import parse_recipe

    t0 = time.perf_counter()
    recipe = {
        **settings(args, out),
        "model_name_or_path": "tiny-qwen2",
        "tokenizer_name_or_path": str(tok_dir),
        "tiny_hidden_size": args.hidden,
        "tiny_num_layers": args.layers,
        "tiny_num_heads": args.heads,
        "data": [str(shards)],
        "max_length": args.seq_len,
    }
    timer = StepTimer()
    summary = cpt.train(*parse_recipe("cpt", [], recipe), callbacks=[timer.callback])
    setup = time.perf_counter() - t0 - summary["train_runtime"]
    return {
        "tokens": summary["tokens"],
        "runtime": summary["train_runtime"],
        "step": timer.median(),
        "setup": setup,
        "loss": summary["train_loss"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hidden", type=int, default=128, help="model width (%(default)s)")
    parser.add_argument("--layers", type=int, default=4, help="decoder layers (%(default)s)")
    parser.add_argument("--heads", type=int, default=4, help="attention heads (%(default)s)")
    parser.add_argument("--seq-len", type=int, default=256, help="tokens per window (%(default)s)")
    parser.add_argument("--batch", type=int, default=8, help="windows per step (%(default)s)")
    parser.add_argument("--steps", type=int, default=30, help="optimizer steps per run (%(default)s)")
    parser.add_argument("--reps", type=int, default=3, help="interleaved repetitions (%(default)s)")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's choice)")
    parser.add_argument("--shards", help="curated shard folder (default: the quickstart's, built once)")
    parser.add_argument("--tokenizer", help="tokenizer folder (default: the quickstart's)")
    parser.add_argument("--output", default=str(REPO / "bench" / "results" / "train.md"), help="report file")
    args = parser.parse_args()

    import tempfile

    import torch
    import transformers
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.threads:
        torch.set_num_threads(args.threads)
    if args.shards and args.tokenizer:
        shards, tok_dir = Path(args.shards), Path(args.tokenizer)
    else:
        shards, tok_dir = prepare(CACHE)
    runs: dict[str, list[dict]] = {"plain": [], "chemtrove": []}
    with tempfile.TemporaryDirectory() as tmp:
        for rep in range(args.reps):
            order = ("plain", "chemtrove") if rep % 2 == 0 else ("chemtrove", "plain")
            for name in order:
                fn = run_plain if name == "plain" else run_chemtrove
                with contextlib.redirect_stderr(io.StringIO()):
                    r = fn(args, shards, tok_dir, Path(tmp) / f"{name}{rep}")
                r["tps"] = args.batch * args.seq_len / r["step"]  # per median step: the primary figure
                r["tps_total"] = r["tokens"] / r["runtime"]
                runs[name].append(r)
                print(
                    f"rep {rep} {name:<10} {r['tps']:10.0f} tokens/s (median step), "
                    f"{r['tps_total']:10.0f} (total)  loss {r['loss']:.3f}",
                    file=sys.stderr,
                )
    ratios = [c["tps"] / p["tps"] for c, p in zip(runs["chemtrove"], runs["plain"], strict=True)]
    ratios_total = [c["tps_total"] / p["tps_total"] for c, p in zip(runs["chemtrove"], runs["plain"], strict=True)]
    med = {k: statistics.median(r["tps"] for r in v) for k, v in runs.items()}
    med_total = {k: statistics.median(r["tps_total"] for r in v) for k, v in runs.items()}
    best = {k: max(r["tps"] for r in v) for k, v in runs.items()}
    ratio = statistics.median(ratios)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (float("nan"),) * 3
    params = f"hidden {args.hidden}, {args.layers} layers, seq {args.seq_len}, batch {args.batch}, {args.steps} steps"
    lines = [
        "# CPT throughput: chemtrove recipe vs plain transformers Trainer",
        "",
        f"Model: random Qwen2 ({params}), tokenizer: chemistry extension of a local Qwen2-style base "
        f"({tok_dir.name}), data: the curated quickstart sample. {args.reps} interleaved repetitions.",
        "",
        "| way | tokens/s (median step) | best rep | tokens/s (total runtime) | setup s | final loss |",
        "|---|---|---|---|---|---|",
    ]
    for name in ("plain", "chemtrove"):
        v = runs[name]
        lines.append(
            f"| {name} | {med[name]:.0f} | {best[name]:.0f} | {med_total[name]:.0f} "
            f"| {statistics.median(r['setup'] for r in v):.1f} | {statistics.median(r['loss'] for r in v):.3f} |"
        )
    lines += [
        "",
        f"**Ratio chemtrove / plain (median of per-repetition ratios of median-step throughput): {ratio:.3f}** "
        f"(target >= 0.95; per repetition: {', '.join(f'{x:.3f}' for x in ratios)}; from total runtimes: "
        f"{statistics.median(ratios_total):.3f}).",
        "",
        f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, torch threads "
        f"{torch.get_num_threads()}, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; Python "
        f"{platform.python_version()}, torch {torch.__version__}, transformers {transformers.__version__}, "
        f"trl {version('trl')}.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
