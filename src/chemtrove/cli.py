"""The ``chemtrove`` command line: ``chemtrove <part> <verb>``.

Run ``chemtrove --help`` or ``chemtrove <command> --help`` for details.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


def _cmd_curate(args: argparse.Namespace) -> int:
    from chemtrove.curate import pipeline
    from chemtrove.curate.config import ConfigError, CurateConfig

    try:
        cfg = CurateConfig.from_yaml(args.config)
        if args.output:
            cfg.output = str(Path(args.output).resolve())
        if not (args.report or args.dry_run):  # a dry run shows the stages, data or not
            cfg.check_files()
    except ConfigError as e:
        print(f"chemtrove curate: {e}", file=sys.stderr)
        return 2
    if args.dry_run:
        for group in pipeline.build(cfg):
            names = ", ".join(s.name for s in group.sources)
            print(f"{group.name} ({names}) -> {group.shards}")
            for i, stage in enumerate(group.stages, 1):
                tasks = stage.tasks or cfg.executor.tasks
                print(
                    f"  {i}. {stage.name} [{tasks} task{'s' if tasks > 1 else ''}]: "
                    + " -> ".join(type(s).__name__ for s in stage.steps)
                )
        return 0
    if args.report:
        report = pipeline.finish(cfg)
    elif cfg.executor.kind == "slurm":
        submitted = pipeline.submit(cfg)
        for group, execs in submitted:
            print(
                f"{group.name}: submitted "
                + ", ".join(f"{s.name}={e.job_id}" for s, e in zip(group.stages, execs, strict=True))
            )
        if not args.wait:
            print(f"when the jobs are done: chemtrove curate --config {args.config} --report")
            return 0
        from chemtrove.curate.slurm import wait

        wait(cfg, [g for g, _ in submitted])
        report = pipeline.finish(cfg, [g for g, _ in submitted])
    else:
        try:
            report = pipeline.run(cfg, quiet=not args.verbose)
        except RuntimeError as e:  # a stage with failed tasks (Ray); finished tasks are kept for the rerun
            print(f"chemtrove curate: {e}", file=sys.stderr)
            return 1
    print(pipeline.format_summary(report, cfg.resolve(cfg.output)))
    return 0 if report["reconciles"] else 1


def _cmd_quickstart(args: argparse.Namespace) -> int:
    from chemtrove import quickstart

    summary = quickstart.run(args.out, verbose=args.verbose, train=not args.no_train)
    return 0 if summary.get("curate", {}).get("reconciles") and "mixture" in summary else 1


def _cmd_decontaminate(args: argparse.Namespace) -> int:
    from chemtrove.curate.decontam import BenchmarkSet, decontaminate_shards

    specs = []
    for i, item in enumerate(args.benchmark):
        path = Path(item)
        name = path.stem if path.is_file() else path.name
        name = "".join(c if c.isalnum() or c in "_-" else "_" for c in name) or f"set{i}"
        specs.append(BenchmarkSet(name=name, path=str(path), kind=args.kind, text_threshold=args.text_threshold))
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        print(f"chemtrove decontaminate: benchmark names repeat {names}: give files distinct names", file=sys.stderr)
        return 2
    try:
        report = decontaminate_shards(specs, args.input, args.out, tasks=args.tasks, workers=args.workers)
    except (FileNotFoundError, ValueError) as e:
        print(f"chemtrove decontaminate: {e}", file=sys.stderr)
        return 2
    print(Path(args.out, "decontamination.md").read_text())
    return 0 if report else 1


def _cmd_reasons(args: argparse.Namespace) -> int:
    from chemtrove.chem.reasons import FLAGS, REASONS

    if args.json:
        print(json.dumps({"reasons": REASONS, "flags": FLAGS}, indent=2))
        return 0
    print("reason codes (a record dropped with one of these is in the quarantine):")
    for code, text in REASONS.items():
        print(f"  {code:<26}{text}")
    print("composite: <role>_<code> for reactions, role in reactant/agent/product (e.g. reactant_parse_failed)")
    print("flags (kept records, metadata['flags']):")
    for code, text in FLAGS.items():
        print(f"  {code:<26}{text}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``chemtrove`` command."""
    parser = argparse.ArgumentParser(
        prog="chemtrove",
        description="Curate chemistry corpora (SMILES, reactions, CIF, prose) into tagged training shards.",
    )
    from chemtrove import __version__

    parser.add_argument("--version", action="version", version=f"chemtrove {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "quickstart",
        help="the whole path on the shipped sample: curate, tokenizer, mixture, tiny CPT/SFT/GRPO, eval",
        description="Run the whole path on the real sample corpus shipped in the package (ChEMBL and FreeSolv "
        "molecules, USPTO reactions, materials-synthesis prose, CIFs): curate into tagged parquet shards with a "
        "quarantine and a report, build the chemistry tokenizer, build a token-exact CPT mixture, train a tiny "
        "model through CPT, SFT and GRPO, and report SMILES/chemical competence and task scores per stage.",
    )
    p.add_argument("--out", default="chemtrove_quickstart", help="output folder (default: %(default)s)")
    p.add_argument("--no-train", action="store_true", help="stop after the mixture (skip training and evaluation)")
    p.add_argument(
        "--verbose",
        action="store_true",
        help="show datatrove's task logs and the training libraries' logs and warnings (default: progress bars "
        "and one line per stage)",
    )
    p.set_defaults(func=_cmd_quickstart)

    p = sub.add_parser(
        "curate",
        help="run a curation pipeline from a YAML config",
        description="Run the curation pipeline described by a YAML config (see docs/curate.md): every source "
        "is read, checked, canonicalized or tagged, filtered, deduplicated and written as tagged parquet "
        "shards; dropped records go to the quarantine with a reason code.",
    )
    p.add_argument("--config", required=True, help="YAML config file")
    p.add_argument("--output", help="override the config's output folder")
    p.add_argument("--dry-run", action="store_true", help="print the stages of every group of sources and exit")
    p.add_argument(
        "--report",
        action="store_true",
        help="only count the outputs and rewrite summary.json, report.md, report.png",
    )
    p.add_argument(
        "--wait", action="store_true", help="with a slurm executor: wait for the jobs, then write the report"
    )
    p.add_argument("--verbose", action="store_true", help="show datatrove's task logs on stderr")
    p.set_defaults(func=_cmd_curate)

    p = sub.add_parser(
        "decontaminate",
        help="remove evaluation items (molecules, reactions, structures, texts) from curated shards",
        description="Remove from a folder of curated shards every record that matches an evaluation set: "
        "molecules by canonical SMILES and InChIKey (salt parents and stereo variants included), reactions "
        "by canonical reaction with and without agents, crystals by StructureMatcher, texts by MinHash LSH. "
        "Removed records go to OUT/quarantine with reason contaminated_<set>, where <set> is the file name.",
    )
    p.add_argument(
        "--benchmark",
        nargs="+",
        required=True,
        metavar="FILE",
        help="evaluation sets: csv/tsv/smi/txt/jsonl/parquet files or folders of .cif",
    )
    p.add_argument("--input", required=True, help="folder of curated shards (e.g. OUT/shards of chemtrove curate)")
    p.add_argument("--out", required=True, help="output folder: shards/, quarantine/, decontamination.md")
    p.add_argument(
        "--kind",
        default="auto",
        choices=["auto", "molecules", "reactions", "crystals", "texts"],
        help="kind of every benchmark file (default: guessed per file)",
    )
    p.add_argument(
        "--text-threshold", type=float, default=0.5, help="Jaccard threshold for texts (default: %(default)s)"
    )
    p.add_argument("--tasks", type=int, default=1, help="tasks per shard folder")
    p.add_argument("--workers", type=int, default=1, help="tasks run at once")
    p.set_defaults(func=_cmd_decontaminate)

    from chemtrove.mixtures.cli import add_cli as add_mix_cli
    from chemtrove.tokenize.cli import add_cli as add_tokenizer_cli

    add_tokenizer_cli(sub)
    add_mix_cli(sub)
    # training and evaluation need the train extra (torch, transformers, trl); their parsers import lazily
    from chemtrove.eval.cli import add_cli as add_eval_cli
    from chemtrove.train.cli import add_cli as add_train_cli

    add_train_cli(sub)
    add_eval_cli(sub)

    p = sub.add_parser("reasons", help="list the reason codes records are dropped with")
    p.add_argument("--json", action="store_true", help="print as JSON")
    p.set_defaults(func=_cmd_reasons)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``chemtrove`` command.

    A reader that stops early (``chemtrove reasons | head``) ends the command quietly, as it does any Unix
    tool, with the exit status of a broken pipe (141) instead of a traceback.
    """
    try:
        try:
            parser = build_parser()
            args = parser.parse_args(argv)
            if not getattr(args, "func", None):
                parser.print_help()
                code = 0
            else:
                code = args.func(args)
        except SystemExit:  # --help, --version, a usage error: their text too goes out here
            sys.stdout.flush()
            raise
        sys.stdout.flush()  # a closed pipe fails here, inside the handler, not at interpreter exit
        return code
    except BrokenPipeError:
        # Python flushes stdout again at exit, into the same closed pipe: point it at devnull first
        with open(os.devnull, "w") as devnull:
            try:
                os.dup2(devnull.fileno(), sys.stdout.fileno())
            except (OSError, ValueError):  # stdout is not a real file (captured): nothing to flush
                pass
        return 141


if __name__ == "__main__":
    sys.exit(main())
