"""``chemtrove eval``: evaluate a checkpoint (SCS, CCS, latent solvability) and write a report.

The lead's :mod:`chemtrove.cli` registers it with :func:`add_cli`; ``python -m chemtrove.eval.cli --model DIR``
runs it alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

__all__ = ["add_cli", "eval_command", "main", "model_folder_problem"]

WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json")


def model_folder_problem(model: Path, tokenizer: str | None = None) -> str | None:
    """What is missing for ``model`` to be evaluated, in words naming the folder (``None`` when nothing is).

    A model folder holds ``config.json`` and weights (``model.safetensors``, ``pytorch_model.bin`` or their
    sharded index), as ``chemtrove train cpt|sft|grpo`` writes into its ``output_dir``, or ``adapters.json``
    (LoRA adapters or per-task experts); and ``tokenizer.json`` unless ``--tokenizer`` names another folder.

    Args:
        model: The ``--model`` folder.
        tokenizer: The ``--tokenizer`` folder, if given.
    """
    if not model.is_dir():
        return f"no model folder at {model}"
    if (model / "adapters.json").is_file():
        return None
    has_config = (model / "config.json").is_file()
    has_weights = any((model / w).is_file() for w in WEIGHTS) or any(model.glob("model-*.safetensors"))
    if not (has_config and has_weights):
        found = sorted(p.name for p in model.iterdir())[:8]
        missing = " and ".join(m for m, ok in (("config.json", has_config), ("weights", has_weights)) if not ok)
        ckpts = sorted(model.glob("checkpoint-*"), key=lambda p: p.stat().st_mtime)
        hint = f"; its newest checkpoint is {ckpts[-1]}" if ckpts else ""
        return (
            f"{model} holds no model ({missing} missing; found: {', '.join(found) or 'nothing'}){hint}. A model "
            "folder has config.json and weights (model.safetensors or pytorch_model.bin), as `chemtrove train "
            "cpt|sft|grpo` writes into its output_dir, or adapters.json (LoRA adapters, per-task experts)"
        )
    if tokenizer is None and not (model / "tokenizer.json").is_file():
        return f"{model} has a model but no tokenizer.json: pass --tokenizer DIR (the chemistry tokenizer folder)"
    return None


def _evaluate(model: Path, args: argparse.Namespace, suite: Any) -> dict[str, Any]:
    from chemtrove.eval.runner import evaluate

    return evaluate(
        model,
        args.tokenizer,
        suite,
        args.data,
        args.out,
        tasks_dir=args.tasks,
        seed=args.seed,
        device=args.device,
        progress=lambda line: print(line, file=sys.stderr, flush=True),
    )


def eval_command(args: argparse.Namespace) -> int:
    """Run ``chemtrove eval`` from parsed arguments.

    Args:
        args: Parsed arguments (``model``, ``tokenizer``, ``suite``, ``data``, ``tasks``, ``out``, ``seed``,
            ``device``, ``batch_size``, ``json``).

    Returns:
        The exit code: 0 when the report was written, 2 on a usage error (missing folder, bad suite).
    """
    from dataclasses import replace

    from chemtrove.console import console
    from chemtrove.eval.report import headline, to_json, to_markdown
    from chemtrove.eval.suites import get_suite

    model = Path(args.model)
    problem = model_folder_problem(model, args.tokenizer)
    if problem:
        print(f"chemtrove eval: {problem}", file=sys.stderr)
        return 2
    for flag, value in (("--data", args.data), ("--tasks", args.tasks), ("--tokenizer", args.tokenizer)):
        if value is not None and not Path(value).exists():
            print(f"chemtrove eval: {flag}: nothing at {value}", file=sys.stderr)
            return 2
    try:
        suite = get_suite(args.suite)
        if args.batch_size:
            suite = replace(suite, batch_size=args.batch_size)
        if args.generation:
            changes: dict = {"parts": (*suite.parts, "generation")}
            if args.generation_items is not None:
                changes["generation_items"] = args.generation_items
            if args.generation_samples is not None:
                changes["generation_samples"] = args.generation_samples
            if args.generation_temperature is not None:
                changes["generation_temperature"] = args.generation_temperature
            suite = replace(suite, **changes)
        with console(verbose=getattr(args, "verbose", False)):
            result = _evaluate(model, args, suite)
    except (FileNotFoundError, ValueError, OSError) as e:
        print(f"chemtrove eval: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(to_json(result), end="")
    else:
        print(to_markdown(result), end="")
        h = headline(result)
        print("\n" + ", ".join(f"{k} {'–' if v is None else f'{v:.3f}'}" for k, v in h.items()))
        print(f"report: {Path(args.out) / 'eval.md'} (and eval.json, eval.png)")
    return 0


def add_cli(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``chemtrove eval`` on the main parser's subparsers.

    Sets ``func`` to :func:`eval_command` (a function of the parsed arguments returning an exit code, the
    convention of :mod:`chemtrove.cli`).

    Args:
        subparsers: The object returned by ``ArgumentParser.add_subparsers()``.

    Returns:
        The ``eval`` parser.
    """
    p = subparsers.add_parser(
        "eval",
        help="evaluate a checkpoint: SMILES/Chemical Competence Scores and latent solvability of tasks",
        description="Score a local checkpoint: SMILES Competence Score (Cohen's d of per-token log-probs of "
        "canonical vs corrupted SMILES; randomized SMILES reported too), Chemical Competence Score (true vs "
        "corrupted statements built from curated records) and latent solvability of held-out tasks (mean "
        "p(gold), pass@k); with --generation, metrics of generated answers per task. A folder of LoRA adapters or of "
        "per-task experts (chemtrove train ... use_peft) is read too. Writes OUT/eval.json, eval.md, eval.png "
        "(see docs/eval.md).",
    )
    p.add_argument("--model", required=True, help="local model folder (from_pretrained; no hub)")
    p.add_argument("--tokenizer", help="tokenizer folder (default: the model folder)")
    p.add_argument("--suite", default="quick", choices=("quick", "full"), help="how much to measure (%(default)s)")
    p.add_argument("--data", help="curated shards (chemtrove curate/quickstart output); default: the shipped sample")
    p.add_argument("--tasks", help="task folder of chemtrove tasks build (its test split); default: built from --data")
    p.add_argument("--out", required=True, help="folder for eval.json, eval.md, eval.png")
    p.add_argument("--seed", type=int, default=0, help="seed of selections, corruptions, samples (%(default)s)")
    p.add_argument("--device", help="cpu, cuda, cuda:1, ... (default: cuda when available)")
    p.add_argument("--batch-size", type=int, help="requests per forward pass (default: the suite's)")
    p.add_argument(
        "--generation",
        action="store_true",
        help="also generate answers to held-out task prompts and report, per task, format adherence, SMILES "
        "validity, uniqueness, novelty against the training set, exact and Tanimoto match, CIF validity, "
        "composition and space-group agreement (a folder of per-task experts answers each task with its expert)",
    )
    p.add_argument("--generation-items", type=int, help="held-out rows per task for --generation (suite's default)")
    p.add_argument("--generation-samples", type=int, help="completions per row for --generation (default 1: greedy)")
    p.add_argument("--generation-temperature", type=float, help="sampling temperature for --generation (default 0)")
    p.add_argument("--json", action="store_true", help="print the JSON instead of the markdown")
    p.add_argument("--verbose", action="store_true", help="show the libraries' logs and warnings")
    p.set_defaults(func=eval_command)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run ``chemtrove eval`` on its own (``python -m chemtrove.eval.cli --model DIR --out DIR``).

    Args:
        argv: Arguments after ``eval`` (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
