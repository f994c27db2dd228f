"""``chemtrove quickstart``: the whole path on the real sample corpus shipped in the package.

1. curate: molecules, reactions, prose and crystals → tagged shards + quarantine + report;
2. tokenizer: a small byte-level BPE base trained on the shards, extended so SMILES and CIF units stay whole;
3. mixture: a token-exact CPT mixture (UniMax over the sources, epoch cap 4) built as packed sequences.

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
            {"name": "prose", "path": str(tokens), "select": {"domain": ["prose", "chem_prose"]}},
        ],
    }


def run(out: str | Path, *, verbose: bool = False) -> dict[str, Any]:
    """Run the quickstart into ``out`` and return a summary of every stage (also ``out/quickstart.json``)."""
    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    out = Path(out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    data = resources.files("chemtrove") / "data"
    with resources.as_file(data) as data_dir:
        _say(f"[1/3] curate: the sample corpus shipped in {data_dir}")
        t0 = time.perf_counter()
        cfg = CurateConfig.from_yaml(Path(data_dir) / "quickstart.yaml")
        cfg.output = str(out / "curated")
        report = pipeline.run(cfg, quiet=not verbose)
    _say(pipeline.format_summary(report, cfg.output))
    summary["curate"] = {"seconds": round(time.perf_counter() - t0, 1), **report}
    if not report["reconciles"]:
        return summary

    _say("[2/3] tokenizer: train a small base on the shards and extend it for SMILES and CIF")
    from chemtrove.tokenize.cli import quickstart_tokenizer

    t0 = time.perf_counter()
    tok = quickstart_tokenizer(out / "curated" / "shards", out)
    base_tpa, ext_tpa = tok["stats"]["tokens_per_smiles_atom"]
    _say(
        f"  tokens per SMILES atom: base {base_tpa:.3f} -> extended {ext_tpa:.3f}; prose ids identical: "
        f"{tok['stats']['prose_identical']}; tokenizer: {out / 'tokenizer'}"
    )
    summary["tokenizer"] = {"seconds": round(time.perf_counter() - t0, 1), **tok["stats"]}

    _say("[3/3] mixture: a token-exact CPT mixture (UniMax, epoch cap 4) as packed sequences")
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
    (out / "quickstart.json").write_text(json.dumps(summary, indent=2, sort_keys=True, default=str) + "\n")
    _say(f"done: {out} (curated/report.md, tokenizer/, mixture/, quickstart.json)")
    return summary


if __name__ == "__main__":  # pragma: no cover
    run(sys.argv[1] if len(sys.argv) > 1 else "chemtrove_quickstart")
