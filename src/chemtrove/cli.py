"""The ``chemtrove`` command line: ``chemtrove <part> <verb>``.

Run ``chemtrove --help`` or ``chemtrove <command> --help`` for details.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from chemtrove import __version__
from chemtrove.curate.cli import add_cli as add_curate_cli


def _cmd_quickstart(args: argparse.Namespace) -> int:
    from chemtrove import quickstart

    summary = quickstart.run(args.out, verbose=args.verbose, train=not args.no_train)
    return 0 if summary.get("curate", {}).get("reconciles") and "mixture" in summary else 1


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

    add_curate_cli(sub)

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
