"""``chemtrove tokenizer build|stats|encode``: the command-line side of :mod:`chemtrove.tokenize`.

:func:`add_cli` registers the ``tokenizer`` command on the main parser's subparsers; each verb's
``*_command(args)`` function returns an exit code. :func:`quickstart_tokenizer` is the step the quickstart
runs on its shards.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def _err(msg: str) -> int:
    print(f"chemtrove tokenizer: {msg}", file=sys.stderr)
    return 2


def build(
    out_dir: str | Path,
    *,
    corpus: list[str | Path] | None = None,
    base: str | Path | None = None,
    train_base_style: str | None = None,
    base_vocab_size: int = 4000,
    max_new_tokens: int = 1024,
    min_count: int = 2,
    max_docs: int | None = None,
    default_units: bool = True,
) -> dict[str, Any]:
    """Build and save an extended tokenizer (what ``chemtrove tokenizer build`` runs).

    Args:
        out_dir: Folder for the extended tokenizer (tokenizer.json, tokenizer_config.json,
            chemtrove_tokenizer.json).
        corpus: Shard folders or parquet files whose ``text`` chooses the new vocabulary.
        base: Folder (or tokenizer.json) of the base tokenizer.
        train_base_style: Instead of ``base``, train a small base of this style (``gpt2``, ``qwen2``,
            ``llama3``) on the corpus with the tags removed; it is saved in ``out_dir/base``.
        base_vocab_size: Vocabulary size of a trained base.
        max_new_tokens: Most new ids, tags included.
        min_count: Least corpus occurrences for a non-default unit to get an id.
        max_docs: Read at most this many corpus documents.
        default_units: Include the default unit list.

    Returns:
        A summary: ``out``, ``base_vocab_size``, ``vocab_size``, ``new_tokens``, ``new_by_kind``,
        ``rejected_by_reason``, ``documents``.

    Raises:
        ValueError: If neither or both of ``base`` and ``train_base_style`` are given, or a trained base
            has no corpus.
    """
    from chemtrove.chem.tags import strip_tags
    from chemtrove.tokenize.bases import save_base, train_base
    from chemtrove.tokenize.extend import extend, extension_info, plan_vocabulary, save_pretrained
    from chemtrove.tokenize.shards import iter_texts

    if (base is None) == (train_base_style is None):
        raise ValueError("give exactly one of a base tokenizer folder or a style to train a small base")
    out = Path(out_dir)
    if train_base_style is not None:
        if not corpus:
            raise ValueError("training a base needs a corpus")
        tok = train_base((strip_tags(t) for t in iter_texts(corpus, max_docs)), train_base_style, base_vocab_size)
        base = save_base(tok, out / "base", train_base_style)
    texts = iter_texts(corpus, max_docs) if corpus else None
    plan = plan_vocabulary(base, texts, max_new_tokens=max_new_tokens, min_count=min_count, default_units=default_units)
    verify_docs = list(iter_texts(corpus, 200)) if corpus else []
    extended = extend(base, plan=plan, verify_texts=verify_docs)
    save_pretrained(extended, out, base=base, plan=plan)
    info = extension_info(extended)
    return {
        "out": str(out),
        "base_vocab_size": info.base_vocab_size,
        "vocab_size": extended.get_vocab_size(with_added_tokens=True),
        "new_tokens": len(info.new_tokens),
        "new_by_kind": dict(sorted(Counter(t.kind.split(":")[0] for t in plan.tokens).items())),
        "rejected_by_reason": dict(sorted(Counter(plan.rejected.values()).items())),
        "documents": plan.documents,
    }


def build_command(args: argparse.Namespace) -> int:
    """Run ``chemtrove tokenizer build``.

    Args:
        args: Parsed arguments (``base``, ``train_base``, ``base_vocab_size``, ``corpus``, ``out``,
            ``max_new_tokens``, ``min_count``, ``max_docs``, ``no_defaults``).

    Returns:
        The exit code (0 on success, 1 if the extension failed its checks, 2 on bad arguments).
    """
    from chemtrove.tokenize.extend import ExtensionError

    try:
        summary = build(
            args.out,
            corpus=args.corpus,
            base=args.base,
            train_base_style=args.train_base,
            base_vocab_size=args.base_vocab_size,
            max_new_tokens=args.max_new_tokens,
            min_count=args.min_count,
            max_docs=args.max_docs,
            default_units=not args.no_defaults,
        )
    except (ValueError, FileNotFoundError) as e:
        if isinstance(e, ExtensionError):
            print(f"chemtrove tokenizer build: {e}", file=sys.stderr)
            return 1
        return _err(str(e))
    print(
        f"extended tokenizer: {summary['out']}\n"
        f"  ids: {summary['base_vocab_size']} base + {summary['new_tokens']} new = {summary['vocab_size']}\n"
        f"  new by kind: {summary['new_by_kind']}\n"
        f"  candidates not added: {summary['rejected_by_reason']}\n"
        f"  corpus documents read: {summary['documents']}"
    )
    return 0


def stats_command(args: argparse.Namespace) -> int:
    """Run ``chemtrove tokenizer stats``.

    Args:
        args: Parsed arguments (``tokenizer``, ``base``, ``shards``, ``out``, ``max_docs``, ``json``).

    Returns:
        The exit code.
    """
    from chemtrove.tokenize.stats import stats_from_shards, summary_table

    base = args.base
    if base is None and (Path(args.tokenizer) / "base" / "tokenizer.json").is_file():
        base = Path(args.tokenizer) / "base"
    try:
        stats = stats_from_shards(args.shards, args.tokenizer, base, out_dir=args.out, max_docs=args.max_docs)
    except (ValueError, FileNotFoundError) as e:
        return _err(str(e))
    if args.json:
        print((Path(args.out) / "tokenizer_stats.json").read_text(encoding="utf-8"), end="")
    else:
        print(summary_table(stats))
        print(f"written: {Path(args.out) / 'tokenizer_stats.json'}, {Path(args.out) / 'tokenizer_stats.png'}")
    return 0


def encode_command(args: argparse.Namespace) -> int:
    """Run ``chemtrove tokenizer encode``: tokenize shards and count tokens per source.

    Args:
        args: Parsed arguments (``tokenizer``, ``shards``, ``out``, ``eos_token``, ``no_eos``,
            ``batch_size``, ``max_docs``, ``quiet``).

    Returns:
        The exit code.
    """
    from chemtrove.tokenize.shards import AUTO, tokenize_shards

    eos = None if args.no_eos else (args.eos_token or AUTO)
    try:
        summary = tokenize_shards(
            args.shards,
            args.tokenizer,
            args.out,
            eos_token=eos,
            batch_size=args.batch_size,
            max_docs=args.max_docs,
            progress=not args.quiet,
        )
    except (ValueError, FileNotFoundError) as e:
        return _err(str(e))
    print(f"{'source':<24}{'domain':<14}{'documents':>10}{'tokens':>12}")
    for source, e in summary["sources"].items():
        print(f"{source:<24}{e['domain']:<14}{e['documents']:>10}{e['tokens']:>12}")
    print(f"total: {summary['total_documents']} documents, {summary['total_tokens']} tokens")
    print(f"written: {Path(args.out) / 'tokens'}, {Path(args.out) / 'token_counts.json'}")
    return 0


def quickstart_tokenizer(shards: str | Path, out_dir: str | Path, *, base: str | Path | None = None) -> dict[str, Any]:
    """Build an extended tokenizer on the quickstart's shards, then its statistics and token counts.

    Without ``base`` a small Qwen2-style base is trained on the shards (tags removed), since no model hub
    is needed or assumed.

    Args:
        shards: The quickstart's shard folder.
        out_dir: Folder for ``tokenizer/`` (the extended tokenizer, with ``base/`` inside when trained),
            ``tokenizer_stats.json``/``.png`` and ``tokens/`` + ``token_counts.json``.
        base: A base tokenizer folder to extend instead of training one.

    Returns:
        ``{"build": ..., "stats": <headline figures>, "counts": <token counts>}``.
    """
    from chemtrove.tokenize.shards import tokenize_shards
    from chemtrove.tokenize.stats import stats_from_shards

    out = Path(out_dir)
    tok_dir = out / "tokenizer"
    summary = build(tok_dir, corpus=[shards], base=base, train_base_style=None if base else "qwen2")
    base_dir = base if base is not None else tok_dir / "base"
    stats = stats_from_shards(shards, tok_dir, base_dir, out_dir=out)
    counts = tokenize_shards(shards, tok_dir, out)
    headline = {
        "tokens_per_smiles_atom": [
            stats["smiles"]["tokens_per_atom_base"],
            stats["smiles"]["tokens_per_atom_extended"],
        ],
        "tokens_crossing_smiles_units": [
            stats["smiles"]["base_tokens_crossing_units"],
            stats["smiles"]["extended_tokens_crossing_units"],
        ],
        "smiles_base_tokens": stats["smiles"]["base_tokens"],
        "prose_identical": stats["prose"]["identical"],
    }
    return {"build": summary, "stats": headline, "counts": counts}


def add_cli(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``chemtrove tokenizer build|stats|encode`` on the main parser's subparsers.

    Each verb sets ``func`` to a function taking the parsed arguments and returning an exit code, the
    convention of :mod:`chemtrove.cli`.

    Args:
        subparsers: The object returned by ``ArgumentParser.add_subparsers()``.

    Returns:
        The ``tokenizer`` parser.
    """
    parser = subparsers.add_parser(
        "tokenizer",
        help="build the chemistry tokenizer extension, its statistics, tokenized shards",
        description="Extend a byte-level BPE tokenizer so that SMILES and CIF units stay whole (one plain "
        "tokenizer.json; see docs/tokenize.md), compare it with its base, and tokenize shards for training.",
    )
    sub = parser.add_subparsers(dest="tokenizer_command", metavar="VERB")
    parser.set_defaults(func=lambda args: (parser.print_help(), 0)[1])

    p = sub.add_parser(
        "build",
        help="extend a base tokenizer with the chemistry split and vocabulary",
        description="Extend a base tokenizer: tagged SMILES and CIF are split into units, new ids for the tags "
        "and frequent units of the corpus; ids outside tags stay the base's.",
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--base", help="folder (or tokenizer.json) of the base tokenizer")
    src.add_argument(
        "--train-base",
        choices=("gpt2", "qwen2", "llama3"),
        help="train a small base of this layout on the corpus instead (saved in OUT/base)",
    )
    p.add_argument("--base-vocab-size", type=int, default=4000, help="vocabulary of a trained base (%(default)s)")
    p.add_argument("--corpus", nargs="+", help="shard folder(s) or parquet file(s) to choose new vocabulary from")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--max-new-tokens", type=int, default=1024, help="most new ids (%(default)s)")
    p.add_argument("--min-count", type=int, default=2, help="least occurrences of a corpus unit (%(default)s)")
    p.add_argument("--max-docs", type=int, help="read at most this many corpus documents")
    p.add_argument("--no-defaults", action="store_true", help="only corpus units (and the tags) get new ids")
    p.set_defaults(func=build_command)

    p = sub.add_parser(
        "stats",
        help="tokens per SMILES atom, per CIF and per prose byte, base against extended",
        description="Compare an extended tokenizer with its base on a shard folder; writes "
        "tokenizer_stats.json and tokenizer_stats.png.",
    )
    p.add_argument("--tokenizer", required=True, help="extended tokenizer folder")
    p.add_argument("--base", help="base tokenizer folder (default: TOKENIZER/base if present, else rebuilt)")
    p.add_argument("--shards", required=True, nargs="+", help="shard folder(s) or parquet file(s)")
    p.add_argument("--out", required=True, help="folder for tokenizer_stats.json and tokenizer_stats.png")
    p.add_argument("--max-docs", type=int, help="read at most this many documents")
    p.add_argument("--json", action="store_true", help="print the JSON instead of the table")
    p.set_defaults(func=stats_command)

    p = sub.add_parser(
        "encode",
        help="tokenize shards for training, with token counts per source",
        description="Tokenize shards with the extended tokenizer: OUT/tokens/**.parquet (input_ids as uint32 "
        "lists) and OUT/token_counts.json (documents and tokens per source and domain, for the mixtures).",
    )
    p.add_argument("--tokenizer", required=True, help="extended tokenizer folder")
    p.add_argument("--shards", required=True, nargs="+", help="shard folder(s) or parquet file(s)")
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument("--eos-token", help="token appended to each document (default: the tokenizer's eos_token)")
    p.add_argument("--no-eos", action="store_true", help="append no token")
    p.add_argument("--batch-size", type=int, default=1000, help="documents per batch (%(default)s)")
    p.add_argument("--max-docs", type=int, help="tokenize at most this many documents")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=encode_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``tokenizer`` command on its own (``python -m chemtrove.tokenize.cli build ...``).

    Args:
        argv: Arguments after ``tokenizer`` (default: ``sys.argv[1:]``).

    Returns:
        The exit code.
    """
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["tokenizer", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())


__all__ = ["add_cli", "build", "build_command", "encode_command", "quickstart_tokenizer", "stats_command"]
