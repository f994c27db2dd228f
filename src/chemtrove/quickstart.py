"""``chemtrove quickstart``: the whole path on the real sample corpus shipped in the package.

1. curate: molecules, reactions, prose and crystals → tagged shards + quarantine + report;
2. tokenizer: a small byte-level BPE base trained on the shards, extended so SMILES and CIF units stay whole;
3. mixture: a token-exact CPT mixture (UniMax over the sources, epoch cap 4) built as packed sequences;
4. train: a tiny Qwen2-architecture model (hidden 64, 2 layers) through CPT on the mixture, SFT on
   chemistry tasks, and GRPO with rule-based rewards (needs the ``train`` extra);
5. eval: SMILES and Chemical Competence Scores and task solvability before and after every stage.

Each stage writes into its own folder of ``--out`` and is skipped when its outputs are complete (the
curate stage by datatrove's completion markers, the mixture by its manifest), so a second run is fast.
"""

from __future__ import annotations

import json
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any


def _say(msg: str) -> None:
    print(msg, flush=True)


def mixture_spec(out: Path, budget: int = 200_000, seq_len: int = 256, seed: int = 0) -> dict[str, Any]:
    """The quickstart's CPT mixture: every curated domain, UniMax with an epoch cap of 4."""
    tokens = out / "tokens"
    return {
        "name": "quickstart-cpt",
        "seed": seed,
        "total_tokens": budget,
        "seq_len": seq_len,
        "tokenizer": str(out / "tokenizer"),
        "max_epochs": 4,
        "sampling": {"rule": "unimax"},
        "validation": {"fraction": 0.05, "max_tokens": 5000},
        "output": str(out / "mixture"),
        "build": {"formats": ["documents", "packed"]},
        "sources": [
            {"name": "molecules", "path": str(tokens), "select": {"domain": ["molecule"]}},
            {"name": "reactions", "path": str(tokens), "select": {"domain": ["reaction"]}},
            {"name": "crystals", "path": str(tokens), "select": {"domain": ["crystal"]}},
            {"name": "prose", "path": str(tokens), "select": {"domain": ["prose", "chem_prose"]}, "domain": "prose"},
        ],
    }


def tokenizer_summary(stats: dict[str, Any], folder: Path) -> str:
    """The quickstart's lines on the chemistry tokenizer, saying why it spends more tokens per atom.

    "Tokens per SMILES atom" divides every token of the SMILES spans (atoms, bonds, branches, ring-closure
    digits) by the number of atoms. The extended tokenizer never lets a token straddle two of those units, so
    it spends at least one token per unit (~1.7 units per atom on drug-like molecules); the base BPE, trained
    on this very corpus, merges atoms with their bonds and ring digits into fewer tokens that straddle units.

    Args:
        stats: The headline figures of :func:`chemtrove.tokenize.cli.quickstart_tokenizer`.
        folder: The tokenizer folder.
    """
    base_tpa, ext_tpa = stats["tokens_per_smiles_atom"]
    line = f"  tokens per SMILES atom: base {base_tpa:.3f} -> extended {ext_tpa:.3f}"
    crossing = stats.get("tokens_crossing_smiles_units")
    if crossing and stats.get("smiles_base_tokens"):
        line += (
            "\n    more by design: the count covers every SMILES token (atoms, bonds, branches, ring-closure digits) "
            "per atom; the extended tokenizer never lets a token straddle two of those units (at least one token "
            f"each, {crossing[1]:,} crossing), while the base BPE merges atoms with their neighbours: "
            f"{crossing[0]:,} of its {stats['smiles_base_tokens']:,} SMILES tokens cross a unit boundary"
        )
    return line + f"\n  prose ids identical to the base: {stats['prose_identical']}; tokenizer: {folder}"


def _train_available() -> bool:
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
        import trl  # noqa: F401
    except ImportError:
        return False
    return True


def run(out: str | Path, *, verbose: bool = False, train: bool = True) -> dict[str, Any]:
    """Run the quickstart into ``out`` and return a summary of every stage (also ``out/quickstart.json``).

    Args:
        out: Output folder.
        verbose: Show datatrove's task logs and the training libraries' logs and warnings (default: progress
            bars and one line per stage, see :mod:`chemtrove.console`).
        train: Run the training and evaluation stages (skipped, with a message, without the ``train`` extra).
    """
    from chemtrove.console import console

    with console(verbose=verbose):
        return _run(Path(out).resolve(), verbose=verbose, train=train)


def _run(out: Path, *, verbose: bool, train: bool) -> dict[str, Any]:
    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    data = resources.files("chemtrove") / "data"
    with resources.as_file(data) as data_dir:
        _say(f"[1/5] curate: the sample corpus shipped in {data_dir}")
        t0 = time.perf_counter()
        cfg = CurateConfig.from_yaml(Path(data_dir) / "quickstart.yaml")
        cfg.output = str(out / "curated")
        if cfg.prose.tag_names:
            from chemtrove.chem.names import opsin_unavailable_reason

            skipped = opsin_unavailable_reason()
            if skipped:
                _say(f"  names: systematic names skipped ({skipped}); lexicon names and formulas are still tagged")
            summary["names_opsin_skipped"] = skipped
        report = pipeline.run(cfg, quiet=not verbose)
    _say(pipeline.format_summary(report, cfg.output))
    summary["curate"] = {"seconds": round(time.perf_counter() - t0, 1), **report}
    if not report["reconciles"]:
        return summary

    _say("[2/5] tokenizer: train a small base on the shards and extend it for SMILES and CIF")
    from chemtrove.tokenize.cli import quickstart_tokenizer

    t0 = time.perf_counter()
    tok = quickstart_tokenizer(out / "curated" / "shards", out)
    _say(tokenizer_summary(tok["stats"], out / "tokenizer"))
    summary["tokenizer"] = {"seconds": round(time.perf_counter() - t0, 1), **tok["stats"]}

    _say("[3/5] mixture: a token-exact CPT mixture (UniMax, epoch cap 4) as packed sequences")
    from chemtrove.mixtures import open_mixture

    t0 = time.perf_counter()
    mix = open_mixture(mixture_spec(out))
    _say(mix.plan.format_table())
    manifest = mix.build(mix.output)
    _say(f"  mixture: {out / 'mixture'} (manifest.json, packed sequences)")
    summary["mixture"] = {
        "seconds": round(time.perf_counter() - t0, 1),
        "total_tokens": manifest.get("plan", {}).get("total_tokens") if isinstance(manifest, dict) else None,
    }
    if train and not _train_available():
        _say("[4/5] train: skipped: install the train extra (pip install 'chemtrove[train]') to run it")
        train = False
    if train:
        summary.update(_train_and_eval(out))
    (out / "quickstart.json").write_text(json.dumps(summary, indent=2, sort_keys=True, default=str) + "\n")
    extra = ", train/report/, eval/eval_stages.md" if train else ""
    _say(f"done: {out} (curated/report.md, tokenizer/, mixture/{extra}, quickstart.json)")
    return summary


def _train_and_eval(out: Path) -> dict[str, Any]:
    """Stages 4 and 5: tiny CPT -> SFT -> GRPO, then the competence scores of every stage."""
    from chemtrove.eval import evaluate
    from chemtrove.eval.report import write_stages
    from chemtrove.train.models import build_tiny_model, load_tokenizer
    from chemtrove.train.report import quickstart_train

    _say("[4/5] train: tiny CPT on the mixture -> SFT on chemistry tasks -> GRPO with chemistry rewards")
    t0 = time.perf_counter()
    shards = out / "curated" / "shards"
    quickstart_train(out / "train", out / "tokenizer", shards, mixture_dir=out / "mixture", progress=_say)
    train_s = round(time.perf_counter() - t0, 1)

    _say("[5/5] eval: SMILES Competence Score, Chemical Competence Score and task solvability per stage")
    t0 = time.perf_counter()
    tokenizer = load_tokenizer(out / "tokenizer")
    results = {"init": evaluate(build_tiny_model(tokenizer, seed=0), tokenizer, "quick", shards, label="init")}
    for stage in ("cpt", "sft", "grpo"):
        folder = out / "train" / stage
        results[stage] = evaluate(
            folder, out / "tokenizer", "quick", shards, tasks_dir=out / "train" / "tasks", label=stage
        )
        _say(f"  {stage}: SCS {results[stage]['scs'].get('scs', float('nan')):.3f}")
    files = write_stages(results, out / "eval")
    _say((out / "eval" / "eval_stages.md").read_text())
    return {
        "train": {"seconds": train_s, "report": str(out / "train" / "report")},
        "eval": {"seconds": round(time.perf_counter() - t0, 1), "files": {k: str(v) for k, v in files.items()}},
    }


if __name__ == "__main__":  # pragma: no cover
    run(sys.argv[1] if len(sys.argv) > 1 else "chemtrove_quickstart")
