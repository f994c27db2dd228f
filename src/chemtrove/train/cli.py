"""Command line of the training part: ``chemtrove train cpt|sft|grpo``, ``chemtrove tasks build|import-traces``.

:func:`add_cli` registers both commands on the main parser's subparsers. A training verb takes
``--config recipe.yaml`` and any number of overrides in trl's spelling (``--max_steps 5 --learning_rate
1e-4 --data a b``): every field of the stage's dataclasses (see :mod:`chemtrove.train.config`) is a flag.

The verbs run in this process; for several processes call the stage module under a launcher::

    torchrun --nproc_per_node 2 -m chemtrove.train.cpt --config recipe.yaml
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from chemtrove.tasks import FORMATS, TASKS
from chemtrove.tasks.mist_tasks import MIST_TASKS


class _PassThroughParser(argparse.ArgumentParser):
    """A verb parser that keeps the flags it does not know as ``overrides`` for the recipe's own parser.

    argparse cannot hand ``--max_steps 5`` through a subcommand (``nargs=REMAINDER`` refuses flags), and
    the main parser would reject it as unknown: this parser returns nothing unknown upward.
    """

    def parse_known_args(self, args=None, namespace=None):  # noqa: D102
        namespace, extras = super().parse_known_args(args, namespace)
        namespace.overrides = list(getattr(namespace, "overrides", None) or []) + list(extras)
        return namespace, []


def recipe_help(stage: str, width: int = 100) -> str:
    """Every recipe key of ``stage`` with its help, chemtrove's dataclasses in full, trl's in one line each.

    Args:
        stage: ``cpt``, ``sft`` or ``grpo``.
        width: Line width of the help text.
    """
    import textwrap

    try:
        from chemtrove.train.config import stage_fields

        fields = stage_fields(stage)
    except ImportError as e:
        return f"recipe keys: install the train extra to list them (pip install 'chemtrove[train]'; {e})"
    lines = [
        f"recipe keys (YAML keys of --config, or flags such as --max_steps 5; `{stage}:` sections hold "
        "the keys of one stage):"
    ]
    group = None
    for name, (owner, text) in fields.items():
        if owner != group:
            group = owner
            where = "trl" if owner in ("SFTConfig", "GRPOConfig") else "chemtrove"
            lines.append(f"\n{owner} ({where}):")
        if where == "trl":
            text = text.split(". ")[0].rstrip(".")
            text = text if len(text) <= 90 else text[:87] + "..."
        head = f"  --{name}"
        body = textwrap.wrap(text, width - 34) or [""]
        lines.append(f"{head:<34}{body[0]}" if len(head) < 33 else f"{head}\n{'':<34}{body[0]}")
        lines += [f"{'':<34}{b}" for b in body[1:]]
    return "\n".join(lines)


class _RecipeHelpAction(argparse.Action):
    """``--help`` of a training verb: the verb's own help, then every recipe key with its help."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        print()
        print(recipe_help(parser.get_default("stage")))
        parser.exit()


def _train_command(args: argparse.Namespace) -> int:
    import importlib

    module = importlib.import_module(f"chemtrove.train.{args.stage}")
    from chemtrove.console import console

    argv = (["--config", args.config] if args.config else []) + list(args.overrides or [])
    try:
        with console(verbose=getattr(args, "verbose", False)):
            summary = module.main(argv)
    except (FileNotFoundError, ValueError) as e:
        print(f"chemtrove train {args.stage}: {e}", file=sys.stderr)
        return 2
    short = {k: v for k, v in summary.items() if k not in ("scores", "data", "embeddings")}
    print(json.dumps(short, indent=2, default=str))
    if summary.get("scores"):
        print("task scores:", json.dumps(summary["scores"]["per_task"]))
    return 0


def _import_recipe_command(args: argparse.Namespace) -> int:
    from chemtrove.train.recipe_import import import_recipe_file

    if args.overrides:
        print(f"chemtrove train import-recipe: unknown arguments {args.overrides}", file=sys.stderr)
        return 2
    try:
        imported = import_recipe_file(args.recipe, args.out, data=args.data, model=args.model)
    except (FileNotFoundError, ValueError) as e:
        print(f"chemtrove train import-recipe: {e}", file=sys.stderr)
        return 2
    for key, note in imported.notes.items():
        print(f"  {key}: {note}")
    print(
        f"{len(imported.recipe)} keys written to {args.out} ({len(imported.dropped)} dropped, "
        f"{len(imported.renamed)} renamed); run it with chemtrove train grpo --config {args.out}"
    )
    return 0


def _tasks_build_command(args: argparse.Namespace) -> int:
    from chemtrove.tasks import TaskConfig, build_tasks

    splits = {}
    for item in args.splits:
        name, _, share = item.partition("=")
        try:
            splits[name] = float(share)
        except ValueError:
            print(f"chemtrove tasks build: --splits takes name=share, got {item!r}", file=sys.stderr)
            return 2
    try:
        # --tasks a,b c: commas and spaces both separate; MiST's names are accepted (chemtrove.tasks.mist_tasks)
        names = [t for item in args.tasks or [] for t in item.split(",") if t.strip()]
        cfg = TaskConfig(
            tasks=[t.strip() for t in names] or list(TASKS),
            format=args.format,
            splits=splits,
            seed=args.seed,
            max_per_task=args.max_per_task,
            list_classes=args.list_classes,
            chat=args.chat,
            reuse_curated_cif=not args.canonicalize_every_cif,
        )
        if args.kinetic:  # rows no curated record can give (MiST's kinetic task), read from files
            import itertools

            from chemtrove.tasks import build_examples, read_records, write_tasks
            from chemtrove.tasks.mist_tasks import kinetic_records

            records = itertools.chain(read_records(args.inputs), *(kinetic_records(k) for k in args.kinetic))
            examples = build_examples(records, cfg, progress=None if args.quiet else print)
            sources = [Path(p).name for p in [*args.inputs, *args.kinetic]]
            manifest = write_tasks(examples, args.out, cfg, sources=sources)
        else:
            manifest = build_tasks(args.inputs, args.out, cfg, progress=None if args.quiet else print)
    except (FileNotFoundError, ValueError) as e:
        print(f"chemtrove tasks build: {e}", file=sys.stderr)
        return 2
    total = sum(n for per in manifest["counts"].values() for n in per.values())
    if total == 0:
        print("chemtrove tasks build: no examples (are the inputs curated shards or crystal tables?)", file=sys.stderr)
        return 1
    print(f"{total} examples in {args.out}: " + ", ".join(f"{s}.parquet" for s in manifest["files"]))
    return 0


def _import_smolinstruct_command(args: argparse.Namespace) -> int:
    from chemtrove.tasks.smolinstruct import import_smolinstruct

    try:
        report = import_smolinstruct(
            args.inputs,
            args.out,
            format=args.format,
            split_mode=args.split_mode,
            seed=args.seed,
            exclude=args.exclude or (),
            tasks=args.tasks,
        )
    except (FileNotFoundError, ValueError) as e:
        print(f"chemtrove tasks import-smolinstruct: {e}", file=sys.stderr)
        return 2
    dropped = ", ".join(f"{k} {v}" for k, v in report["dropped"].items()) or "none"
    print(f"{report['kept']} of {report['read']} rows in {args.out} (dropped: {dropped})")
    return 0 if report["kept"] else 1


def _import_traces_command(args: argparse.Namespace) -> int:
    from chemtrove.tasks.traces import import_traces

    try:
        report = import_traces(
            args.traces,
            args.out,
            tasks_dir=args.tasks,
            answer_from=args.answer_from,
            max_per_id=args.max_per_id,
            min_think_chars=args.min_think_chars,
            max_chars=args.max_chars,
        )
    except (FileNotFoundError, ValueError) as e:
        print(f"chemtrove tasks import-traces: {e}", file=sys.stderr)
        return 2
    dropped = ", ".join(f"{k} {v}" for k, v in report["dropped"].items()) or "none"
    print(f"{report['kept']} of {report['read']} traces kept in {args.out} (dropped: {dropped})")
    return 0 if report["kept"] else 1


def add_cli(subparsers: Any) -> dict[str, argparse.ArgumentParser]:
    """Register ``chemtrove train cpt|sft|grpo`` and ``chemtrove tasks build``.

    Each verb sets ``func`` to a function taking the parsed arguments and returning an exit code, the
    convention of :mod:`chemtrove.cli`.

    Args:
        subparsers: The object returned by ``ArgumentParser.add_subparsers()``.

    Returns:
        ``{"train": parser, "tasks": parser}``.
    """
    train = subparsers.add_parser(
        "train",
        help="continued pre-training, SFT and GRPO recipes (transformers + trl)",
        description="Run a training stage from a recipe YAML (see docs/train.md and configs/train/). Any field "
        "of the recipe can be overridden on the command line in trl's spelling, e.g. --max_steps 5.",
    )
    train.set_defaults(func=lambda args: (train.print_help(), 0)[1])
    verbs = train.add_subparsers(dest="stage", metavar="STAGE", parser_class=_PassThroughParser)
    helps = {
        "cpt": "continued pre-training on shards, tokenized shards or a built mixture",
        "sft": "supervised fine-tuning on task folders (chemtrove tasks build), completion-only loss; "
        "LoRA with --use_peft true, per-task experts with --experts molecules reactions",
        "grpo": "GRPO with rule-based chemistry rewards on task folders; multi-task with --reward_mode per_task",
    }
    for stage, text in helps.items():
        p = verbs.add_parser(
            stage,
            help=text,
            add_help=False,
            description=f"{text}. Flags other than --config override the recipe (e.g. --max_steps 5 "
            "--output_dir runs/x); for several processes: torchrun ... -m chemtrove.train." + stage + " --config ...",
        )
        p.add_argument("-h", "--help", action=_RecipeHelpAction, help="show this help and every recipe key")
        p.add_argument("--config", help="recipe YAML (configs/train/*.yaml)")
        p.add_argument("--verbose", action="store_true", help="show the trainer's log lines and library warnings")
        p.set_defaults(func=_train_command, stage=stage)
    imp = verbs.add_parser(
        "import-recipe",
        help="translate a MiST / Open-R1 GRPO recipe YAML into a chemtrove recipe for the installed trl",
        description="Read a MiST / Open-R1 GRPO recipe and write a chemtrove GRPO recipe: keys trl or transformers "
        "renamed since (vllm_max_model_len, torch_dtype, gradient_checkpointing, ...) are renamed, removed ones "
        "(vllm_device, max_prompt_length, hub keys, ...) dropped, MiST's chem_task / rewards / dataset_id_or_path "
        "mapped to tasks / reward_funcs (mist_format, mist_accuracy, ...) / data, each with a note (printed, and "
        "written as comments in the output). See docs/train.md.",
    )
    imp.add_argument("recipe", help="the MiST / Open-R1 recipe YAML")
    imp.add_argument("--out", required=True, help="where to write the chemtrove recipe")
    imp.add_argument("--data", nargs="+", help="task folders to train on (chemtrove tasks build output)")
    imp.add_argument("--model", help="local model folder (replaces the recipe's model_name_or_path)")
    imp.set_defaults(func=_import_recipe_command, stage="import-recipe")

    tasks = subparsers.add_parser(
        "tasks",
        help="build SFT/RL task datasets from curated records",
        description="Turn curated records into chemistry tasks (prompt, completion, reference columns) split by "
        "molecule / reaction / crystal key with no leakage between splits (see docs/train.md).",
    )
    tasks.set_defaults(func=lambda args: (tasks.print_help(), 0)[1])
    tverbs = tasks.add_subparsers(dest="tasks_command", metavar="VERB")
    b = tverbs.add_parser(
        "build",
        help="build task splits into a folder",
        description="Read curated shards (chemtrove curate / quickstart OUT/shards), crystal tables with a 'cif' "
        "column and .cif files; write OUT/<split>.parquet and OUT/tasks.json.",
    )
    b.add_argument("--inputs", nargs="+", required=True, help="shard folders, crystal tables (.csv), .cif files")
    b.add_argument("--out", required=True, help="output folder")
    b.add_argument(
        "--tasks",
        nargs="+",
        metavar="TASK",
        help="tasks to build, separated by spaces or commas (default: all of chemtrove's): "
        + ", ".join(TASKS)
        + "; MiST's names: "
        + ", ".join(MIST_TASKS),
    )
    b.add_argument(
        "--kinetic",
        nargs="+",
        metavar="FILE",
        help="JSONL/CSV rows (problem, solution) for MiST's kinetic task, which curated records cannot give",
    )
    b.add_argument("--format", default="think", choices=FORMATS, help="completion format (default: %(default)s)")
    b.add_argument(
        "--splits",
        nargs="+",
        default=["train=0.8", "valid=0.1", "test=0.1"],
        help="split=share pairs (default: %(default)s)",
    )
    b.add_argument("--seed", type=int, default=0, help="split and augmentation seed (default: %(default)s)")
    b.add_argument("--max-per-task", type=int, help="at most this many examples per task")
    b.add_argument("--list-classes", action="store_true", help="reaction classes as multiple choice")
    b.add_argument("--chat", action="store_true", help="write prompts/completions as chat messages")
    b.add_argument("--canonicalize-every-cif", action="store_true", help="curated ones too (other symprec)")
    b.add_argument("--quiet", action="store_true", help="no progress lines")
    b.set_defaults(func=_tasks_build_command)
    si = tverbs.add_parser(
        "import-smolinstruct",
        help="import SMolInstruct-format JSON lines as a task folder (SFT / eval), split by chemical key",
        description="Read JSON lines in SMolInstruct's format (input, output, task, raw_input, raw_output, split, "
        "<SMILES> ... </SMILES> tags) and write a task folder: SMILES tags in chemtrove's spelling, answer and "
        "keys columns, splits by molecule / reaction key (or SMolInstruct's own with --split-mode source, train "
        "rows sharing a key with valid/test dropped), rows sharing a key with the valid/test splits of --exclude "
        "task folders dropped. Counts go to OUT/smolinstruct.json.",
    )
    si.add_argument("--inputs", nargs="+", required=True, help="JSON-lines files or folders")
    si.add_argument("--out", required=True, help="output task folder")
    si.add_argument(
        "--format", default="plain", choices=("plain", "answer"), help="completion form (default: %(default)s)"
    )
    si.add_argument("--split-mode", default="keys", choices=("keys", "source"), help="(default: %(default)s)")
    si.add_argument("--seed", type=int, default=0, help="split seed (default: %(default)s)")
    si.add_argument("--exclude", nargs="+", help="task folders whose valid/test molecules no imported row may hold")
    si.add_argument("--tasks", nargs="+", help="only these SMolInstruct tasks (e.g. forward_synthesis)")
    si.set_defaults(func=_import_smolinstruct_command)
    t = tverbs.add_parser(
        "import-traces",
        help="import reasoning traces (JSONL) as SFT data, keeping those whose answer is right",
        description="Read traces produced elsewhere (e.g. by a large reasoning model) in "
        "<think>...</think><answer>...</answer> form, check the format and the answer against the reference with "
        "the task's chemistry check (canonical SMILES, formula, composition, space group), and write the kept ones "
        "as a task folder (OUT/<split>.parquet) for chemtrove train sft; dropped traces go to OUT/rejected.jsonl "
        "with their reason, counts to OUT/traces.json. A trace line gives its text in 'completion' (or 'response', "
        "'output', 'generation') and the 'id' of a task row of --tasks, or its own prompt/task/answer columns.",
    )
    t.add_argument("--traces", nargs="+", required=True, help="JSONL file(s) of traces")
    t.add_argument("--out", required=True, help="output task folder")
    t.add_argument("--tasks", help="task folder (chemtrove tasks build) whose row ids the traces refer to")
    t.add_argument(
        "--answer-from",
        default="reference",
        choices=("reference", "teacher"),
        help="write the answer as the task folder does, or as the teacher did (default: %(default)s)",
    )
    t.add_argument("--max-per-id", type=int, default=1, help="traces kept per task row (default: %(default)s)")
    t.add_argument("--min-think-chars", type=int, default=1, help="shortest reasoning kept (default: %(default)s)")
    t.add_argument("--max-chars", type=int, default=20_000, help="longest trace kept (default: %(default)s)")
    t.set_defaults(func=_import_traces_command)
    return {"train": train, "tasks": tasks}


def main(argv: list[str] | None = None) -> int:
    """``python -m chemtrove.train train cpt --config ...`` / ``... tasks build ...`` without the main CLI."""
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command", metavar="COMMAND"))
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    return args.func(args)
