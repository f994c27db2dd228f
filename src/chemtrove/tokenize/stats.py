"""Token statistics, base against extended: tokens per SMILES atom, per CIF, per prose byte.

:func:`compute_stats` takes documents (tagged text) and both tokenizers; :func:`stats_from_shards` reads
a shard folder and also writes ``tokenizer_stats.json`` and a PNG histogram (:func:`plot_stats`).

For each tagged SMILES span the SMILES text (tags excluded) is tokenized by the base, and the whole span by
the extension minus its tag ids; atoms are the bracket and organic-subset atoms of the span. The base's
tokens that cross a unit boundary (a token holding the end of one atom and the start of the next, such as
``cc`` or ``(=``) are counted too: that is what the extension removes. CIF spans are counted the same way;
prose segments should give identical counts (the extension keeps the base's ids outside tags).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.chem.tags import END_CIF, END_SMILES, START_CIF, START_SMILES
from chemtrove.tokenize import pretokenize
from chemtrove.tokenize.extend import base_equivalent, load_tokenizer

if TYPE_CHECKING:
    from tokenizers import Tokenizer


def _strip(span: str, start: str, end: str) -> tuple[str, int]:
    """Content of a span and how many tags it has."""
    content = span[len(start) :]
    if content.endswith(end):
        return content[: -len(end)], 2
    return content, 1


def _crossing(offsets: list[tuple[int, int]], bounds: list[int]) -> int:
    """Tokens whose character range contains a unit boundary strictly inside it."""
    n = 0
    for a, b in offsets:
        i = bisect_right(bounds, a)
        if i < len(bounds) and bounds[i] < b:
            n += 1
    return n


def compute_stats(
    texts: Iterable[str],
    extended: str | Path | Tokenizer,
    base: str | Path | Tokenizer | None = None,
    *,
    batch_size: int = 512,
) -> dict[str, Any]:
    """Token statistics of documents under the base and the extended tokenizer.

    Args:
        texts: Documents (tagged text).
        extended: The extended tokenizer (object, tokenizer.json path or folder).
        base: The base tokenizer; ``None`` rebuilds an equivalent one from ``extended``.
        batch_size: Segments encoded per ``encode_batch`` call.

    Returns:
        A dict with ``documents`` and sections ``smiles`` (``spans``, ``atoms``, ``chars``, ``base_tokens``,
        ``extended_tokens``, ``tokens_per_atom_base``, ``tokens_per_atom_extended``,
        ``base_tokens_crossing_units``, ``extended_tokens_crossing_units``, ``per_span`` lists of tokens per
        atom), ``cif`` (``spans``, ``chars``, token totals, ``tokens_per_cif_base/extended``, ``per_span``
        token counts) and ``prose`` (``bytes``, token totals, ``tokens_per_byte_base/extended``,
        ``identical``: whether every prose segment got the same number of tokens).
    """
    ext = load_tokenizer(extended)
    base_tok = load_tokenizer(base) if base is not None else base_equivalent(ext)
    smiles: list[str] = []
    cifs: list[str] = []
    prose: list[str] = []
    n_docs = 0
    for text in texts:
        n_docs += 1
        for kind, seg in pretokenize.iter_spans(text):
            {"smiles": smiles, "cif": cifs, "prose": prose}.get(kind, []).append(seg)

    def encode(tok: Tokenizer, items: list[str]) -> list[Any]:
        out: list[Any] = []
        for i in range(0, len(items), batch_size):
            out += tok.encode_batch(items[i : i + batch_size], add_special_tokens=False)
        return out

    return {
        "documents": n_docs,
        "smiles": _smiles_stats(smiles, base_tok, ext, encode),
        "cif": _cif_stats(cifs, base_tok, ext, encode),
        "prose": _prose_stats(prose, base_tok, ext, encode),
    }


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def _smiles_stats(smiles: list[str], base_tok: Tokenizer, ext: Tokenizer, encode: Any) -> dict[str, Any]:
    """The ``smiles`` section of :func:`compute_stats`: tokens per atom and tokens crossing SMILES units."""
    contents = [_strip(s, START_SMILES, END_SMILES) for s in smiles]
    base_enc = encode(base_tok, [c for c, _ in contents])
    ext_enc = encode(ext, smiles)
    s_atoms = s_chars = s_base = s_ext = cross_base = cross_ext = 0
    per_span_base: list[float] = []
    per_span_ext: list[float] = []
    for (content, n_tags), span, be, ee in zip(contents, smiles, base_enc, ext_enc, strict=True):
        units = [u for k, u in pretokenize.split_units(span) if k == "smiles"]
        atoms = sum(pretokenize.smiles_unit_kind(u) == "atom" for u in units)
        bounds, pos = [], 0
        for u in units:
            pos += len(u)
            bounds.append(pos)
        ext_n = len(ee.ids) - n_tags
        s_atoms += atoms
        s_chars += len(content)
        s_base += len(be.ids)
        s_ext += ext_n
        cross_base += _crossing(be.offsets, bounds)
        shift = len(START_SMILES)
        cross_ext += _crossing([(a - shift, b - shift) for a, b in ee.offsets[1 : 1 + ext_n]], bounds)
        if atoms:
            per_span_base.append(len(be.ids) / atoms)
            per_span_ext.append(ext_n / atoms)
    return {
        "spans": len(smiles),
        "atoms": s_atoms,
        "chars": s_chars,
        "base_tokens": s_base,
        "extended_tokens": s_ext,
        "tokens_per_atom_base": _ratio(s_base, s_atoms),
        "tokens_per_atom_extended": _ratio(s_ext, s_atoms),
        "tokens_per_char_base": _ratio(s_base, s_chars),
        "tokens_per_char_extended": _ratio(s_ext, s_chars),
        "base_tokens_crossing_units": cross_base,
        "extended_tokens_crossing_units": cross_ext,
        "per_span_tokens_per_atom_base": per_span_base,
        "per_span_tokens_per_atom_extended": per_span_ext,
    }


def _cif_stats(cifs: list[str], base_tok: Tokenizer, ext: Tokenizer, encode: Any) -> dict[str, Any]:
    """The ``cif`` section of :func:`compute_stats`: tokens per CIF under each tokenizer."""
    c_contents = [_strip(s, START_CIF, END_CIF) for s in cifs]
    c_base = [len(e.ids) for e in encode(base_tok, [c for c, _ in c_contents])]
    c_ext = [len(e.ids) - n for e, (_, n) in zip(encode(ext, cifs), c_contents, strict=True)]
    return {
        "spans": len(cifs),
        "chars": sum(len(c) for c, _ in c_contents),
        "base_tokens": sum(c_base),
        "extended_tokens": sum(c_ext),
        "tokens_per_cif_base": _ratio(sum(c_base), len(cifs)),
        "tokens_per_cif_extended": _ratio(sum(c_ext), len(cifs)),
        "per_span_tokens_base": c_base,
        "per_span_tokens_extended": c_ext,
    }


def _prose_stats(prose: list[str], base_tok: Tokenizer, ext: Tokenizer, encode: Any) -> dict[str, Any]:
    """The ``prose`` section of :func:`compute_stats`: tokens per byte, and whether prose is untouched."""
    p_base = [len(e.ids) for e in encode(base_tok, prose)]
    p_ext = [len(e.ids) for e in encode(ext, prose)]
    p_bytes = sum(len(p.encode("utf-8")) for p in prose)
    return {
        "segments": len(prose),
        "bytes": p_bytes,
        "base_tokens": sum(p_base),
        "extended_tokens": sum(p_ext),
        "tokens_per_byte_base": _ratio(sum(p_base), p_bytes),
        "tokens_per_byte_extended": _ratio(sum(p_ext), p_bytes),
        "identical": p_base == p_ext,
    }


def summary_table(stats: dict[str, Any]) -> str:
    """A plain-text table of the headline figures.

    Args:
        stats: The result of :func:`compute_stats`.

    Returns:
        The table as text.
    """
    s, c, p = stats["smiles"], stats["cif"], stats["prose"]
    rows = [
        ("metric", "base", "extended"),
        ("tokens per SMILES atom", s["tokens_per_atom_base"], s["tokens_per_atom_extended"]),
        ("tokens per SMILES char", s["tokens_per_char_base"], s["tokens_per_char_extended"]),
        ("tokens crossing SMILES units", s["base_tokens_crossing_units"], s["extended_tokens_crossing_units"]),
        ("tokens per CIF", c["tokens_per_cif_base"], c["tokens_per_cif_extended"]),
        ("tokens per prose byte", p["tokens_per_byte_base"], p["tokens_per_byte_extended"]),
    ]
    lines = [f"{a:<30}{b!s:>12}{x!s:>12}" for a, b, x in rows]
    lines.append(
        f"documents {stats['documents']}, SMILES spans {s['spans']} ({s['atoms']} atoms), CIF spans {c['spans']}, "
        f"prose segments {p['segments']} (identical ids: {'yes' if p['identical'] else 'NO'})"
    )
    return "\n".join(lines)


def plot_stats(stats: dict[str, Any], path: str | Path) -> Path:
    """Write a PNG: histograms of tokens per SMILES atom and per CIF, and tokens per prose byte.

    Args:
        stats: The result of :func:`compute_stats`.
        path: PNG file to write.

    Returns:
        The path written.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    s, c, p = stats["smiles"], stats["cif"], stats["prose"]
    fig, axes = plt.subplots(1, 3, figsize=(15, 4.2))
    ax = axes[0]
    if s["per_span_tokens_per_atom_base"]:
        ax.hist(
            [s["per_span_tokens_per_atom_base"], s["per_span_tokens_per_atom_extended"]],
            bins=30,
            label=[f"base ({s['tokens_per_atom_base']})", f"extended ({s['tokens_per_atom_extended']})"],
        )
        ax.legend()
    else:
        ax.text(0.5, 0.5, "no SMILES spans", ha="center", va="center")
    ax.set_title("tokens per SMILES atom (per span)")
    ax.set_xlabel("tokens / atom")
    ax.set_ylabel("spans")
    ax = axes[1]
    if c["per_span_tokens_base"]:
        ax.hist(
            [c["per_span_tokens_base"], c["per_span_tokens_extended"]],
            bins=30,
            label=[f"base ({c['tokens_per_cif_base']})", f"extended ({c['tokens_per_cif_extended']})"],
        )
        ax.legend()
    else:
        ax.text(0.5, 0.5, "no CIF spans", ha="center", va="center")
    ax.set_title("tokens per CIF")
    ax.set_xlabel("tokens")
    ax.set_ylabel("CIFs")
    ax = axes[2]
    values = [p["tokens_per_byte_base"] or 0, p["tokens_per_byte_extended"] or 0]
    ax.bar(["base", "extended"], values, color=["C0", "C1"])
    for i, v in enumerate(values):
        ax.text(i, v, f"{v:.4f}", ha="center", va="bottom")
    ax.set_title("tokens per prose byte")
    fig.tight_layout()
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def stats_from_shards(
    shards: str | Path | Iterable[str | Path],
    extended: str | Path | Tokenizer,
    base: str | Path | Tokenizer | None = None,
    *,
    out_dir: str | Path | None = None,
    max_docs: int | None = None,
) -> dict[str, Any]:
    """Token statistics of a shard folder, written as JSON and PNG.

    Args:
        shards: Shard folder(s) or file(s) (see :func:`chemtrove.tokenize.shards.shard_files`).
        extended: The extended tokenizer (object, tokenizer.json path or folder).
        base: The base tokenizer; ``None`` rebuilds an equivalent one from ``extended``.
        out_dir: If given, ``tokenizer_stats.json`` (without the per-span lists) and ``tokenizer_stats.png``
            are written there.
        max_docs: Read at most this many documents.

    Returns:
        The statistics (see :func:`compute_stats`).
    """
    from chemtrove.tokenize.shards import iter_texts

    stats = compute_stats(iter_texts(shards, max_docs=max_docs), extended, base)
    if out_dir is not None:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        slim = {
            k: ({kk: vv for kk, vv in v.items() if not kk.startswith("per_span")} if isinstance(v, dict) else v)
            for k, v in stats.items()
        }
        (out / "tokenizer_stats.json").write_text(json.dumps(slim, indent=2) + "\n", encoding="utf-8")
        plot_stats(stats, out / "tokenizer_stats.png")
    return stats
