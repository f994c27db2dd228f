"""``chemtrove curate`` and ``chemtrove decontaminate``: the curate part's commands.

The top-level command line (:mod:`chemtrove.cli`) adds them with :func:`add_cli`, as it does the other parts'.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def curate_command(args: argparse.Namespace) -> int:
    """``chemtrove curate``: run (or submit, dry-run, report) the pipeline of a YAML config.

    Args:
        args: The parsed arguments (``config``, ``output``, ``dry_run``, ``report``, ``wait``, ``verbose``).

    Returns:
        The exit status: 0 when every source reconciles, 1 when not or a stage failed, 2 on a config error.
    """
    from chemtrove.curate import pipeline  # lazy: datatrove, ~0.6 s, not for `chemtrove --help`
    from chemtrove.curate.config import ConfigError, CurateConfig  # lazy: see above

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
        from chemtrove.curate.slurm import wait  # lazy: see above

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


def decontaminate_command(args: argparse.Namespace) -> int:
    """``chemtrove decontaminate``: remove evaluation items from curated shards.

    Args:
        args: The parsed arguments (``benchmark``, ``input``, ``out``, ``kind``, ``text_threshold``, ``tasks``,
            ``workers``).

    Returns:
        The exit status: 0 when a report was written, 2 on bad input.
    """
    from chemtrove.curate.decontam import BenchmarkSet, decontaminate_shards  # lazy: see curate_command

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


def add_cli(sub: Any) -> None:
    """Add ``curate`` and ``decontaminate`` to the ``chemtrove`` command.

    Args:
        sub: The top-level parser's subcommands.
    """
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
    p.set_defaults(func=curate_command)

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
    p.set_defaults(func=decontaminate_command)


__all__ = ["add_cli", "curate_command", "decontaminate_command"]
