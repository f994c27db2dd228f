"""Mixture-ratio ablation, end to end: sweep one domain's token share, train a proxy per variant, compare losses.

    python examples/mixture_sweep/run_sweep.py --work out/mixture_sweep
    python examples/mixture_sweep/run_sweep.py --shards out/curated/shards --tokenizer out/tokenizer \\
        --target molecule --values 0.1 0.3 0.5 0.7 --total-tokens 2M --seq-len 512

Steps:

1. shards: ``--shards`` (a ``chemtrove curate`` output's ``shards/`` folder), else the quickstart corpus is
   curated into ``WORK/curated`` (a few seconds);
2. tokenizer: ``--tokenizer`` (e.g. the chemistry tokenizer from ``chemtrove tokenizer build``), else a small
   byte-level BPE is trained on the shards with ``tokenizers`` into ``WORK/tokenizer``;
3. a base spec (one source per domain folder, UniMax weights) and a grid over ``--target``'s share
   (``chemtrove.mixtures.sweep``): every variant shares the budget, seed and validation holdout;
4. each feasible variant is built (packed sequences + validation sets, ``chemtrove.mixtures.build``);
5. :func:`train_proxy` fits a model on the variant's packed training tokens, and :func:`evaluate` scores
   each domain's validation documents;
6. one table (``results.md``/``.csv``/``.json``) and ``results.png`` in ``WORK/sweep``.

The proxy: ``chemtrove.train`` (tiny transformer CPT per variant) does not exist yet, so
:func:`train_proxy` fits a smoothed bigram language model (:class:`chemtrove.mixtures.BigramLM`) on the
mixture's tokens. That is a real, cheap proxy: its per-domain cross-entropy falls when a domain gets more
tokens, which is what a ratio ablation compares, but it sees one token of context, so absolute numbers say
nothing about a transformer's loss. When the train module lands, add a ``"cpt"`` entry to :data:`PROXIES`
(fit on ``mixture_dir/packed``, evaluate on ``mixture_dir/validation``) and pass ``--proxy cpt``; nothing
else in this script changes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.parquet as pq

from chemtrove.mixtures import BigramLM, Sweep, make_variants, open_mixture, write_results, write_variants
from chemtrove.mixtures.plan import PlanError
from chemtrove.mixtures.spec import MixtureSpec, parse_count

EOS = "<|endoftext|>"


# ---- data -------------------------------------------------------------------------------------------------
def curated_shards(work: Path) -> Path:
    """Curate the sample corpus shipped with chemtrove (the quickstart) unless it is already there.

    Args:
        work: Working folder.

    Returns:
        The ``shards/`` folder (one subfolder per domain).
    """
    shards = work / "curated" / "shards"
    if shards.is_dir() and any(shards.rglob("*.parquet")):
        return shards
    from importlib import resources

    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    with resources.as_file(resources.files("chemtrove") / "data") as data_dir:
        cfg = CurateConfig.from_yaml(Path(data_dir) / "quickstart.yaml")
        cfg.output = str((work / "curated").resolve())
        print(f"curating the sample corpus into {cfg.output} ...")
        pipeline.run(cfg, quiet=True)
    return shards


def small_tokenizer(shards: Path, folder: Path, vocab_size: int = 2000) -> Path:
    """Train a small byte-level BPE on the shards' text (with ``<|endoftext|>``) unless it exists.

    Args:
        shards: Shard folder.
        folder: Where tokenizer.json and tokenizer_config.json go.
        vocab_size: BPE vocabulary size.

    Returns:
        The folder.
    """
    if (folder / "tokenizer.json").is_file():
        return folder
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    texts = pq.read_table(shards, columns=["text"]).column("text").to_pylist()
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=[EOS], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    tok.train_from_iterator(texts, trainer)
    folder.mkdir(parents=True, exist_ok=True)
    tok.save(str(folder / "tokenizer.json"))
    (folder / "tokenizer_config.json").write_text(json.dumps({"eos_token": EOS}), encoding="utf-8")
    return folder


def base_spec(shards: Path, tokenizer: Path, args: argparse.Namespace) -> MixtureSpec:
    """One source per domain folder of the shards, UniMax weights, a per-domain validation holdout.

    Args:
        shards: Shard folder (``shards/<domain>/...``).
        tokenizer: Tokenizer folder.
        args: Command-line options (budget, sequence length, caps, seed).

    Returns:
        The base spec.
    """
    domains = sorted(p.name for p in shards.iterdir() if p.is_dir() and any(p.rglob("*.parquet")))
    data = {
        "name": "base",
        "seed": args.seed,
        "total_tokens": args.total_tokens,
        "seq_len": args.seq_len,
        "tokenizer": str(tokenizer.resolve()),
        "eos_token": "auto",
        "max_epochs": args.max_epochs,
        "sampling": {"rule": "unimax"},
        "validation": {"fraction": args.validation_fraction, "max_tokens": args.validation_tokens},
        "build": {"formats": ["packed"]},
        "sources": [{"name": d, "path": str((shards / d).resolve()), "domain": d} for d in domains],
    }
    return MixtureSpec.from_dict(data)


# ---- the proxy: the one place that changes when chemtrove.train exists --------------------------------------
def train_bigram_proxy(mixture_dir: Path, vocab_size: int) -> BigramLM:
    """Fit a smoothed bigram LM on a built mixture's packed training tokens.

    Args:
        mixture_dir: The variant's build folder.
        vocab_size: Tokenizer vocabulary size.

    Returns:
        The fitted model.
    """
    from chemtrove.mixtures import load_packed

    packed = load_packed(mixture_dir)
    return BigramLM(vocab_size).fit([np.asarray(packed).reshape(-1)])


PROXIES: dict[str, Callable[[Path, int], Any]] = {"bigram": train_bigram_proxy}
"""Proxy trainers by name; each takes ``(mixture_dir, vocab_size)`` and returns a model with ``.loss(docs, start)``."""


def train_proxy(mixture_dir: Path, vocab_size: int, proxy: str = "bigram") -> Any:
    """Train the proxy model of one variant.

    Args:
        mixture_dir: The variant's build folder (``packed/``, ``validation/``, ``manifest.json``).
        vocab_size: Tokenizer vocabulary size.
        proxy: Key of :data:`PROXIES`.

    Returns:
        A model with ``loss(documents, start) -> nats per token``.
    """
    if proxy not in PROXIES:
        raise SystemExit(f"unknown proxy {proxy!r}; available: {', '.join(PROXIES)}")
    return PROXIES[proxy](mixture_dir, vocab_size)


def evaluate(model: Any, mixture_dir: Path, eos_id: int | None) -> dict[str, float]:
    """Per-domain validation loss (nats/token) of a model on a build's validation sets.

    Args:
        model: From :func:`train_proxy`.
        mixture_dir: The build folder.
        eos_id: Context of each document's first token (as in packed training).

    Returns:
        ``{domain: loss}``.
    """
    manifest = json.loads((mixture_dir / "manifest.json").read_text(encoding="utf-8"))
    out = {}
    for domain, info in sorted(manifest["outputs"]["validation"].items()):
        ids = pq.read_table(mixture_dir / info["file"], columns=["input_ids"]).column("input_ids").to_pylist()
        out[domain] = float(model.loss([np.asarray(x, dtype=np.int64) for x in ids], start=eos_id))
    return out


# ---- the sweep ---------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    """Run the ablation.

    Args:
        argv: Command-line arguments.

    Returns:
        Exit code.
    """
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--work", default="out/mixture_sweep", help="working folder (%(default)s)")
    p.add_argument("--shards", help="curated shards folder (default: curate the quickstart corpus)")
    p.add_argument("--tokenizer", help="tokenizer folder (default: train a small BPE on the shards)")
    p.add_argument("--target", default="molecule", help="source or domain whose share is swept (%(default)s)")
    p.add_argument("--values", type=float, nargs="+", default=[0.1, 0.25, 0.4, 0.55, 0.7], help="its shares")
    p.add_argument("--total-tokens", default="60k", help="budget of every variant (%(default)s)")
    p.add_argument("--seq-len", type=int, default=256, help="packed sequence length (%(default)s)")
    p.add_argument("--max-epochs", type=float, default=4.0, help="repetition cap per source (%(default)s)")
    p.add_argument("--validation-fraction", type=float, default=0.1, help="holdout share per domain (%(default)s)")
    p.add_argument("--validation-tokens", type=int, default=20000, help="holdout cap per domain (%(default)s)")
    p.add_argument("--seed", type=int, default=0, help="mixture seed (%(default)s)")
    p.add_argument("--proxy", default="bigram", choices=sorted(PROXIES), help="proxy model (%(default)s)")
    args = p.parse_args(argv)
    args.total_tokens = parse_count(args.total_tokens, "--total-tokens")

    work = Path(args.work)
    shards = Path(args.shards) if args.shards else curated_shards(work)
    tokenizer = Path(args.tokenizer) if args.tokenizer else small_tokenizer(shards, work / "tokenizer")
    cache = work / "count_cache"  # token counts are computed once and shared by every variant
    spec = base_spec(shards, tokenizer, args)
    base = open_mixture(spec, cache_dir=cache)
    print(base.plan.format_table(), "\n")

    sweep = Sweep("grid", target=args.target, values=list(args.values))
    variants = make_variants(spec, sweep, [s.weight for s in base.plan.sources], [s.domain for s in base.sources])
    sweep_dir = work / "sweep"
    write_variants(variants, sweep_dir, sweep)

    rows = []
    validation_hashes = set()
    for v in variants:
        spec_file = sweep_dir / "specs" / f"{v.name}.yaml"
        try:
            mix = open_mixture(MixtureSpec.from_yaml(spec_file), cache_dir=cache)
        except PlanError as e:
            print(f"skip {v.name}: infeasible\n{e}\n")
            continue
        manifest = mix.build(log=None)
        out = mix.output
        assert out is not None
        validation_hashes.add(json.dumps({d: i["sha256"] for d, i in manifest["outputs"]["validation"].items()}))
        model = train_proxy(out, mix.tokenizer.vocab_size or 0, args.proxy)
        loss = evaluate(model, out, mix.tokenizer.eos_id)
        weights = {s.domain: 0.0 for s in mix.plan.sources}
        for s in mix.plan.sources:
            weights[s.domain] += s.selected_tokens / mix.plan.selected_tokens
        rows.append(
            {
                "variant": v.name,
                "value": v.value,
                "loss": loss,
                "weights": weights,
                "epochs": {s.name: round(s.epochs, 3) for s in mix.plan.sources},
                "tokens": mix.plan.selected_tokens,
            }
        )
        desc = ", ".join(f"{d} {x:.3f}" for d, x in loss.items())
        print(f"{v.name:<28} tokens {mix.plan.selected_tokens:,}  val loss: {desc}")
    if len(validation_hashes) > 1:
        print("warning: variants have different validation sets", file=sys.stderr)
    paths = write_results(
        rows,
        sweep_dir,
        value_label=f"{args.target} share",
        title=f"{args.proxy} proxy: validation loss vs {args.target} share ({args.total_tokens:,} tokens)",
    )
    print()
    print((sweep_dir / "results.md").read_text(encoding="utf-8"))
    print(f"wrote {paths['md']}, {paths['csv']}, {paths['png']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
