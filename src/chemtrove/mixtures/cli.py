"""``chemtrove mix plan|build|sweep``: the command-line side of :mod:`chemtrove.mixtures`.

:func:`add_cli` registers the ``mix`` command on the main parser's subparsers; each verb's ``*_command(args)``
function returns an exit code (0 ok, 2 a wrong spec or an infeasible plan, 3 a refused resume).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chemtrove.mixtures.build import ResumeError, open_mixture
from chemtrove.mixtures.plan import PlanError, make_plan
from chemtrove.mixtures.sources import scan_sources
from chemtrove.mixtures.spec import MixtureSpec, SpecError
from chemtrove.mixtures.sweep import Sweep, check_variants, load_sweep, make_variants, write_variants


def _err(msg: str, code: int = 2) -> int:
    print(f"chemtrove mix: {msg}", file=sys.stderr)
    return code


def plan_command(args: argparse.Namespace) -> int:
    """``chemtrove mix plan``: print the plan table and write plan.json.

    Args:
        args: Parsed arguments (``spec``, ``output``, ``json``, ``no_cache``, ``cache``).

    Returns:
        The exit code.
    """

    try:
        spec = MixtureSpec.from_yaml(args.spec)
        out = Path(args.output) if args.output else (spec.resolve(spec.output) if spec.output else None)
        if args.no_cache or (out is None and args.cache is None):
            sources, _ = scan_sources(spec, None)
            plan = make_plan(spec, sources)
        else:
            plan = open_mixture(spec, out, cache_dir=args.cache).plan
    except (SpecError, PlanError) as e:
        return _err(str(e))
    if args.json:
        print(plan.to_json(), end="")
    else:
        print(plan.format_table())
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / "plan.json").write_text(plan.to_json(), encoding="utf-8")
        if not args.json:
            print(f"wrote {out / 'plan.json'}")
    return 0


def build_command(args: argparse.Namespace) -> int:
    """``chemtrove mix build``: build the mixture and its manifest.

    Args:
        args: Parsed arguments (``spec``, ``output``, ``overwrite``, ``quiet``, ``cache``).

    Returns:
        The exit code.
    """

    try:
        spec = MixtureSpec.from_yaml(args.spec)
        mix = open_mixture(spec, args.output, cache_dir=args.cache)
        if mix.output is None:
            return _err("no output folder: set output in the spec or pass --output")
        if not args.quiet:
            print(mix.plan.format_table())
        manifest = mix.build(mix.output, overwrite=args.overwrite, log=None if args.quiet else print)
    except (SpecError, PlanError) as e:
        return _err(str(e))
    except ResumeError as e:
        return _err(str(e), 3)
    train = manifest["outputs"]["train"]
    print(
        f"{mix.output}: {train['tokens']:,} tokens in {train['documents']:,} documents; {train['sequences']:,} "
        f"sequences of {train['seq_len']} ({train['dropped_tokens']} tail tokens dropped, {train['padding_tokens']} "
        f"padding); validation: {', '.join(manifest['outputs']['validation']) or 'none'}"
    )
    return 0


def _parse_grid(text: str) -> tuple[str, list[float]]:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"--grid {text!r}: write TARGET=V1,V2,... (e.g. molecule=0.1,0.2,0.3)")
    target, values = text.split("=", 1)
    try:
        return target.strip(), [float(v) for v in values.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--grid {text!r}: values must be numbers, e.g. molecule=0.1,0.2") from None


def sweep_command(args: argparse.Namespace) -> int:
    """``chemtrove mix sweep``: write variant specs sharing the base budget (and check them with ``--check``).

    Args:
        args: Parsed arguments (``sweep`` or ``spec`` with ``grid``/``dirichlet``/``temperature``; ``out``,
            ``check``, ``no_base``).

    Returns:
        The exit code.
    """

    try:
        if args.sweep:
            sweep, base = load_sweep(args.sweep)
            out = Path(args.out) if args.out else ((sweep.base_dir / sweep.output).resolve() if sweep.output else None)
        else:
            if not args.spec:
                return _err("give --sweep FILE, or --spec FILE with --grid, --dirichlet or --temperature")
            base = MixtureSpec.from_yaml(args.spec)
            chosen = [x for x in (args.grid, args.dirichlet, args.temperature) if x is not None]
            if len(chosen) != 1:
                return _err("give exactly one of --grid TARGET=V1,V2,..., --dirichlet N, --temperature T1 T2 ...")
            if args.grid is not None:
                target, values = _parse_grid(args.grid)
                sweep = Sweep("grid", target=target, values=values)
            elif args.dirichlet is not None:
                sweep = Sweep("dirichlet", n=args.dirichlet, concentration=args.concentration, seed=args.seed)
            else:
                sweep = Sweep("temperature", values=list(args.temperature))
            out = Path(args.out) if args.out else None
        if args.no_base:
            sweep.include_base = False
        if out is None:
            return _err("no sweep folder: pass --out DIR (or set output in the sweep file)")
        sweep.validate()
        weights = domains = sources = None
        needs_data = args.check or (sweep.kind != "temperature" and base.sampling.rule != "weights")
        needs_data = needs_data or (sweep.kind == "grid" and any(s.domain is None for s in base.sources))
        if needs_data:
            mix = open_mixture(base, cache_dir=args.cache)
            sources = mix.sources
            domains = [s.domain for s in sources]
            if base.sampling.rule != "weights":
                weights = [s.weight for s in mix.plan.sources]
        variants = make_variants(base, sweep, weights, domains)
        index = write_variants(variants, out, sweep)
    except (SpecError, PlanError, argparse.ArgumentTypeError) as e:
        return _err(str(e))
    print(f"{len(variants)} variants of {base.name} ({sweep.kind}), budget {base.total_tokens:,} tokens each:")
    for v in index["variants"]:
        w = v["weights"]
        desc = ", ".join(f"{k}={x:.3f}" for k, x in w.items()) if w else f"temperature {v['temperature']:g}"
        print(f"  {v['name']:<32} {desc}")
    status = 0
    if args.check and sources is not None:
        rows = check_variants(variants, sources)
        for r in rows:
            if r["ok"]:
                epochs = ", ".join(f"{k} {x:.2f}" for k, x in r["epochs"].items())
                print(f"  ok   {r['name']:<32} epochs: {epochs}")
            else:
                status = 2
                print(f"  FAIL {r['name']:<32} {r['error'].splitlines()[1].strip()}")
        (out / "check.json").write_text(json.dumps(rows, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out / 'sweep.json'} and {len(variants)} specs in {out / 'specs'}")
    print(f"build each: chemtrove mix build --spec {out / 'specs'}/<variant>.yaml")
    return status


def add_cli(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``chemtrove mix plan|build|sweep`` on the main parser's subparsers.

    Each verb sets ``func`` to a function taking the parsed arguments and returning an exit code, the
    convention of :mod:`chemtrove.cli`.

    Args:
        subparsers: The object returned by ``ArgumentParser.add_subparsers()``.

    Returns:
        The ``mix`` parser.
    """
    parser = subparsers.add_parser(
        "mix",
        help="token-exact data mixtures: plan, build (parquet, packed, streamed), ratio sweeps",
        description="Mix curated or tokenized shards by exact token budgets with per-source epoch caps "
        "(see docs/mixtures.md): plan the tokens each source gives, build the mixture with a manifest, or "
        "write sweep variants for ablations.",
    )
    sub = parser.add_subparsers(dest="mix_command", metavar="VERB")
    parser.set_defaults(func=lambda args: (parser.print_help(), 0)[1])

    p = sub.add_parser(
        "plan",
        help="print how many tokens, documents and epochs each source gives; write plan.json",
        description="Count tokens per document of every source, hold out the validation documents per domain, "
        "and apportion the budget by largest remainder over whole documents. Prints the table (population, "
        "target, selected, epochs) and writes OUTPUT/plan.json. Exits 2 with the numbers and fixes when a "
        "source cannot meet its share under its max_epochs.",
    )
    p.add_argument("--spec", required=True, help="mixture spec YAML")
    p.add_argument("--output", help="folder for plan.json and the count cache (default: the spec's output)")
    p.add_argument("--json", action="store_true", help="print plan.json instead of the table")
    p.add_argument("--no-cache", action="store_true", help="recount tokens; write no count cache")
    p.add_argument("--cache", help="count cache folder (default: OUTPUT/.cache); share one across sweep variants")
    p.set_defaults(func=plan_command)

    p = sub.add_parser(
        "build",
        help="build the mixture: parquet documents, packed .npy sequences, validation sets, manifest.json",
        description="Materialize the planned mixture deterministically: documents/*.parquet (shard columns plus "
        "mix_source, n_tokens, input_ids; loads with HF datasets), packed/*.npy (uint32, seq_len columns, "
        "documents joined by EOS), validation/<domain>.parquet and manifest.json (sources with fingerprints, "
        "plan, seed, versions, file hashes). Re-running finishes an interrupted build or does nothing; an output "
        "folder built from other inputs is refused (exit 3) unless --overwrite.",
    )
    p.add_argument("--spec", required=True, help="mixture spec YAML")
    p.add_argument("--output", help="output folder (default: the spec's output)")
    p.add_argument("--overwrite", action="store_true", help="replace a folder built from other inputs")
    p.add_argument("--quiet", action="store_true", help="print only the summary line")
    p.add_argument("--cache", help="count cache folder (default: OUTPUT/.cache); share one across sweep variants")
    p.set_defaults(func=build_command)

    p = sub.add_parser(
        "sweep",
        help="write variant specs (grid over one ratio, Dirichlet around the base, temperatures)",
        description="Write variants of a base spec that share its budget, sources, seed and validation holdout: "
        "OUT/specs/<variant>.yaml and OUT/sweep.json. Either --sweep FILE (a sweep YAML naming its base) or "
        "--spec FILE with one of --grid, --dirichlet, --temperature.",
    )
    p.add_argument("--sweep", help="sweep YAML (base, output, kind, target, values, n, concentration, seed)")
    p.add_argument("--spec", help="base mixture spec YAML")
    p.add_argument(
        "--grid",
        metavar="TARGET=V1,V2,...",
        help="vary the token share of one source or domain over these values (others keep their proportions)",
    )
    p.add_argument("--dirichlet", type=int, metavar="N", help="N random weight vectors around the base weights")
    p.add_argument("--concentration", type=float, default=50.0, help="Dirichlet concentration (%(default)s)")
    p.add_argument("--seed", type=int, default=0, help="Dirichlet seed (%(default)s)")
    p.add_argument("--temperature", type=float, nargs="+", metavar="T", help="temperature-sampling variants")
    p.add_argument("--out", help="sweep folder (default: the sweep file's output)")
    p.add_argument("--no-base", action="store_true", help="do not include the base spec as a variant")
    p.add_argument("--check", action="store_true", help="plan every variant and report infeasible ones (exit 2)")
    p.add_argument("--cache", help="count cache folder (default: the base output's .cache)")
    p.set_defaults(func=sweep_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``mix`` command on its own (``python -m chemtrove.mixtures.cli plan --spec ...``).

    Args:
        argv: Arguments after ``mix`` (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["mix", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
