"""Extend a byte-level BPE tokenizer so that SMILES and CIF units stay whole, in one plain tokenizer.json.

``extend(base, corpus=...)`` returns a :class:`tokenizers.Tokenizer` that

* tokenizes text outside ``[START_SMILES]…[END_SMILES]`` / ``[START_CIF]…[END_CIF]`` exactly as the base
  does (same ids; the base's ids, normalizer, post-processor, decoder and added tokens are kept),
* splits tagged spans into chemical units (see :mod:`chemtrove.tokenize.pretokenize`), each unit one
  piece that BPE cannot merge with its neighbours,
* has new ids, after all the base's ids, for the tags and for units that need their own id (bracket atoms,
  ``%nn`` ring closures, CIF field names, space-group symbols; chosen from ``corpus`` and a default list).

Only serializable parts are used, so ``Tokenizer.from_file``, ``transformers.AutoTokenizer`` (through
:func:`save_pretrained`), datatrove and any other consumer of tokenizer.json give the same ids.

Three facts (see the project's field notes) shape the design: the tags are ordinary vocabulary entries,
not added tokens (added tokens are cut out before the pre-tokenizer runs, which would disable the split,
and ``skip_special_tokens`` would drop them); the split is made of ``Split`` regexes with ``\\G``; and the
BPE model gets ``ignore_merges=True`` so that a piece equal to a vocabulary entry is that one id.

A new entry is only added when no prose piece of the base can ever equal it (the base regex never yields
it whole), so ``ignore_merges`` cannot change a prose id; units such as ``Pnma`` or ``Cl`` that the base
regex can yield whole keep the base's tokens (and their rejection is reported in the plan).
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.chem.tags import ALL_TAGS, END_CIF, END_SMILES, START_CIF, START_SMILES
from chemtrove.tokenize import pretokenize, pretokenize_bytes
from chemtrove.tokenize.checks import PROBES, check_extension, segments
from chemtrove.tokenize.tokenizer_json import (
    EXTENSION_VERSION,
    ExtensionError,
    ExtensionInfo,
    _base_parts,
    _json,
    _mark,
    _split,
    bytes_to_unicode,
    extension_info,
    from_byte_level,
    is_extended,
    load_tokenizer,
    to_byte_level,
)
from chemtrove.tokenize.vocabulary import NewToken, VocabularyPlan, count_units, plan_vocabulary

if TYPE_CHECKING:
    from tokenizers import Tokenizer


def _unreachable(model: dict[str, Any], skip: set[str]) -> list[str]:
    """Vocabulary entries that the base's merges can never produce (checked only when ignore_merges is off).

    ``skip``: entries to leave alone (the base's added tokens, which the model never has to produce).
    """
    from tokenizers import Tokenizer

    bare = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [],
        "normalizer": None,
        "pre_tokenizer": None,
        "post_processor": None,
        "decoder": None,
        "model": dict(model, ignore_merges=False),
    }
    tok = Tokenizer.from_str(json.dumps(bare))
    tokens = sorted((t for t in model["vocab"] if t not in skip), key=model["vocab"].get)
    encoded = tok.encode_batch(tokens, add_special_tokens=False)
    return [t for t, e in zip(tokens, encoded, strict=True) if e.tokens != [t]]


def _merge_pair(merge: str | list[str]) -> tuple[str, str]:
    if isinstance(merge, str):
        a, b = merge.split(" ", 1)
        return a, b
    return merge[0], merge[1]


def _retire_unreachable(model: dict[str, Any], unreachable: list[str]) -> None:
    """Rename never-produced entries so a whole-piece lookup cannot find them, and drop their (dead) merges.

    With ``ignore_merges=False`` an entry that merges cannot build is never output; with ``ignore_merges=True``
    a piece equal to it would become that id. Renaming it to a string outside the byte-level alphabet keeps its
    id (and the vocabulary size) and removes only that lookup; the merges that build or use it never fire.
    """
    gone = set(unreachable)
    for t in unreachable:
        model["vocab"][f"\u2400chemtrove-unreachable:{t}"] = model["vocab"].pop(t)
    kept = []
    for m in model["merges"]:
        a, b = _merge_pair(m)
        if a in gone or b in gone or a + b in gone:
            continue
        kept.append(m)
    model["merges"] = kept


def extend(
    base: str | Path | Tokenizer,
    *,
    corpus: Iterable[str] | None = None,
    plan: VocabularyPlan | None = None,
    max_new_tokens: int = 1024,
    min_count: int = 2,
    default_units: bool = True,
    max_docs: int | None = None,
    verify: bool | int = 200,
    verify_texts: Iterable[str] = (),
) -> Tokenizer:
    """Extend a byte-level BPE tokenizer with the chemistry split and vocabulary.

    Args:
        base: The base: a ``tokenizers.Tokenizer``, a tokenizer.json path, or a folder holding one
            (GPT-2, Qwen2, Llama-3 style byte-level BPE: ``Split`` steps and a final ``ByteLevel`` step,
            or ``ByteLevel(use_regex=True)`` alone).
        corpus: Tagged documents used to choose new vocabulary (see :func:`plan_vocabulary`); read once.
        plan: A plan from :func:`plan_vocabulary` to use instead of planning here (``corpus``,
            ``max_new_tokens``, ``min_count``, ``default_units`` and ``max_docs`` are then ignored).
        max_new_tokens: Most new ids, tags included.
        min_count: Least corpus occurrences for a non-default unit to get an id.
        default_units: Include the default units (common bracket atoms, ``%nn``, CIF fields, space groups).
        max_docs: Read at most this many corpus documents.
        verify: Check the guarantees (round trip, prose ids identical to the base, tags one id) on the
            built-in probe texts and on up to this many corpus documents (``True``: 200; ``False``/``0``:
            do not check). A failure raises :class:`ExtensionError`.
        verify_texts: More texts to check the guarantees on (when ``verify`` is on).

    Returns:
        The extended ``tokenizers.Tokenizer``.

    Raises:
        ExtensionError: If the base is not a supported byte-level BPE, or a check fails.
    """
    from tokenizers import Tokenizer

    base = load_tokenizer(base)
    data = _json(base)
    if _mark(data) is not None:
        raise ExtensionError("the base is already a chemtrove-extended tokenizer")
    parts = _base_parts(data)
    if base.normalizer is not None:
        for probe in (*ALL_TAGS, "C[C@@H](Cl)%10>>[13CH3]", "_cell_length_a   5.64"):
            if base.normalizer.normalize_str(probe) != probe:
                raise ExtensionError(f"the base's normalizer changes {probe!r}; tags and units would not survive")
    sample: list[str] = []
    if plan is None:
        n_verify = 200 if verify is True else int(verify or 0)

        def keep(it: Iterable[str]) -> Iterator[str]:
            for text in it:
                if len(sample) < n_verify:
                    sample.append(text)
                yield text

        plan = plan_vocabulary(
            base,
            keep(corpus) if corpus is not None else None,
            max_new_tokens=max_new_tokens,
            min_count=min_count,
            default_units=default_units,
            max_docs=max_docs,
        )
    model = data["model"]
    if not model.get("ignore_merges", False):
        dead = _unreachable(model, {t["content"] for t in data.get("added_tokens", [])})
        if dead:
            warnings.warn(
                f"{len(dead)} base vocabulary entries can never be produced by the base's merges; they are "
                "renamed so that the extension (ignore_merges=True) keeps the base's ids",
                stacklevel=2,
            )
            _retire_unreachable(model, dead)
    # tokenizers gives an added token the model's id for its content if the model has one, else the next
    # free id after the model's vocabulary *at load time*: new model entries would shift the base's added
    # tokens. Writing each added token into the model's vocabulary at its own id pins it (GPT-2's own
    # vocab.json does the same with <|endoftext|>); added tokens are cut out before the model runs, so the
    # entry changes no encoding.
    for added in data.get("added_tokens", []):
        model["vocab"].setdefault(added["content"], added["id"])
    first_new = max(model["vocab"].values()) + 1
    next_id = first_new
    for tok in plan.tokens:
        key = to_byte_level(tok.text)
        if key in model["vocab"]:
            continue
        model["vocab"][key] = next_id
        next_id += 1
    model["ignore_merges"] = True
    mark = f"(?#chemtrove tokenizer extension v{EXTENSION_VERSION}; ids from {first_new} are new)"
    data["pre_tokenizer"] = {
        "type": "Sequence",
        "pretokenizers": [
            _split(mark + pretokenize.SPAN_SPLIT_PATTERN),
            *(_split(pretokenize.gate(s["pattern"]["Regex"]), s["behavior"]) for s in parts.splits),
            parts.byte_level,  # before the unit split: one byte mapping per prose word and per whole span
            _split(pretokenize_bytes.byte_level_chem_pattern()),
        ],
    }
    extended = Tokenizer.from_str(json.dumps(data, ensure_ascii=False))
    if verify:
        problems = check_extension(extended, base, [*PROBES, *sample, *verify_texts])
        if problems:
            raise ExtensionError("the extension failed its checks:\n  " + "\n  ".join(problems[:10]))
    return extended


def base_equivalent(extended: str | Path | Tokenizer) -> Tokenizer:
    """A tokenizer that gives the base's ids for any text, rebuilt from an extended tokenizer.

    The chemistry steps are removed from the pre-tokenizer, the base's split regexes are restored and the
    new ids are dropped. Use it where the base's tokenizer.json is not at hand (embedding initialization,
    statistics).

    Args:
        extended: An extended tokenizer, tokenizer.json path or folder.

    Returns:
        A ``tokenizers.Tokenizer`` equivalent to the base for encoding.
    """
    from tokenizers import Tokenizer

    data = _json(load_tokenizer(extended))
    mark = _mark(data)
    if mark is None:
        raise ExtensionError("not a chemtrove-extended tokenizer")
    steps = data["pre_tokenizer"]["pretokenizers"]
    # version 3: span split, gated base splits, ByteLevel, unit split; versions 1-2: ..., unit split, ByteLevel
    byte_level = [s for s in steps[-2:] if s.get("type") == "ByteLevel"]
    if len(byte_level) != 1:
        raise ExtensionError("unexpected pre-tokenizer layout in the extended tokenizer")
    splits = []
    for s in steps[1:-2]:
        inner = pretokenize.ungate(s["pattern"]["Regex"])
        if inner is None:
            raise ExtensionError("unexpected pre-tokenizer layout in the extended tokenizer")
        splits.append(_split(inner, s["behavior"]))
    data["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [*splits, byte_level[0]]}
    data["model"]["vocab"] = {t: i for t, i in data["model"]["vocab"].items() if i < mark[1]}
    return Tokenizer.from_str(json.dumps(data, ensure_ascii=False))


# ------------------------------------------------------------------------------------------------- saving
_CONFIG_KEYS = (
    "bos_token",
    "eos_token",
    "unk_token",
    "pad_token",
    "model_max_length",
    "chat_template",
    "add_bos_token",
    "add_eos_token",
    "padding_side",
)


def save_pretrained(
    tokenizer: Tokenizer,
    out_dir: str | Path,
    *,
    base: str | Path | None = None,
    chat_template: str | None = None,
    config: dict[str, Any] | None = None,
    plan: VocabularyPlan | None = None,
) -> Path:
    """Write a folder that ``tokenizers`` and ``transformers.AutoTokenizer`` load with identical ids.

    Writes ``tokenizer.json`` as is, a ``tokenizer_config.json`` with ``"tokenizer_class":
    "TokenizersBackend"`` (under transformers 5 a model class such as ``Qwen2Tokenizer`` would rebuild the
    pre-tokenizer from vocab and merges and silently drop the chemistry split) and
    ``clean_up_tokenization_spaces`` off (exact round trip), and ``chemtrove_tokenizer.json`` describing
    the extension.

    Args:
        tokenizer: The extended tokenizer (from :func:`extend`).
        out_dir: Folder to write (created if missing).
        base: The base's folder: its ``tokenizer_config.json`` special tokens (bos, eos, unk, pad),
            ``model_max_length`` and chat template (also from ``chat_template.jinja``) are carried over.
        chat_template: A Jinja chat template to store (overrides the base's).
        config: Extra ``tokenizer_config.json`` entries (override everything else).
        plan: The :class:`VocabularyPlan` used, recorded in ``chemtrove_tokenizer.json``.

    Returns:
        The folder path.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(out / "tokenizer.json"))
    cfg: dict[str, Any] = {}
    base_name = None
    base_sha = None
    if base is not None:
        bdir = Path(base)
        bdir = bdir if bdir.is_dir() else bdir.parent
        base_name = bdir.name
        if (bdir / "tokenizer.json").is_file():
            base_sha = hashlib.sha256((bdir / "tokenizer.json").read_bytes()).hexdigest()
        if (bdir / "tokenizer_config.json").is_file():
            bcfg = json.loads((bdir / "tokenizer_config.json").read_text(encoding="utf-8"))
            for key in _CONFIG_KEYS:
                if key in bcfg:
                    value = bcfg[key]
                    if isinstance(value, dict) and "content" in value:  # AddedToken serialized as a dict
                        value = value["content"]
                    cfg[key] = value
        if (bdir / "chat_template.jinja").is_file() and "chat_template" not in cfg:
            cfg["chat_template"] = (bdir / "chat_template.jinja").read_text(encoding="utf-8")
    if chat_template is not None:
        cfg["chat_template"] = chat_template
    cfg.update({"tokenizer_class": "TokenizersBackend", "clean_up_tokenization_spaces": False})
    cfg.update(config or {})
    (out / "tokenizer_config.json").write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    info = extension_info(tokenizer)
    meta = {
        "chemtrove_tokenizer_extension": info.version,
        "base": base_name,
        "base_tokenizer_sha256": base_sha,
        "base_vocab_size": info.base_vocab_size,
        "vocab_size": tokenizer.get_vocab_size(with_added_tokens=True),
        "tags": info.tag_ids,
        "new_tokens": info.new_tokens,
    }
    if plan is not None:
        meta["plan"] = plan.to_dict()
    (out / "chemtrove_tokenizer.json").write_text(
        json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return out


__all__ = [
    "END_CIF",
    "END_SMILES",
    "START_CIF",
    "START_SMILES",
    "ExtensionError",
    "ExtensionInfo",
    "NewToken",
    "PROBES",
    "VocabularyPlan",
    "base_equivalent",
    "bytes_to_unicode",
    "check_extension",
    "count_units",
    "extend",
    "extension_info",
    "from_byte_level",
    "is_extended",
    "load_tokenizer",
    "plan_vocabulary",
    "save_pretrained",
    "segments",
    "to_byte_level",
]
