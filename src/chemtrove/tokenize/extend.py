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
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.chem.tags import ALL_TAGS, END_CIF, END_SMILES, START_CIF, START_SMILES, wrap_cif, wrap_smiles
from chemtrove.tokenize import pretokenize as P

if TYPE_CHECKING:
    from tokenizers import Tokenizer

EXTENSION_VERSION = 1
_MARK = re.compile(r"^\(\?#chemtrove tokenizer extension v(\d+); ids from (\d+) are new\)")


class ExtensionError(ValueError):
    """The base tokenizer cannot be extended, or the extension failed its own checks."""


# --------------------------------------------------------------------------------------------- byte level
@lru_cache(maxsize=1)
def bytes_to_unicode() -> dict[int, str]:
    """The GPT-2 byte-to-character table that byte-level BPE vocabularies are written in.

    Returns:
        A mapping of each byte value 0-255 to the character that stands for it in vocabulary strings.
    """
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), 256))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs, strict=True)}


def to_byte_level(text: str) -> str:
    """Write ``text`` in the byte-level alphabet (``" C"`` becomes ``"ĠC"``).

    Args:
        text: Any string.

    Returns:
        The vocabulary spelling of the UTF-8 bytes of ``text``.
    """
    table = bytes_to_unicode()
    return "".join(table[b] for b in text.encode("utf-8"))


def from_byte_level(token: str) -> str:
    """Inverse of :func:`to_byte_level` (invalid UTF-8 is replaced).

    Args:
        token: A vocabulary string in the byte-level alphabet.

    Returns:
        The text it stands for.
    """
    table = {c: b for b, c in bytes_to_unicode().items()}
    if not all(c in table for c in token):
        return token
    return bytes(table[c] for c in token).decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------------------------- loading
def load_tokenizer(source: str | Path | Tokenizer) -> Tokenizer:
    """Load a ``tokenizers.Tokenizer`` from a tokenizer.json file or a folder holding one.

    Args:
        source: A ``tokenizers.Tokenizer`` (returned as is), a path to a tokenizer.json, or a folder
            containing ``tokenizer.json`` (e.g. a model folder saved by transformers).

    Returns:
        The tokenizer.

    Raises:
        FileNotFoundError: If no tokenizer.json is found.
    """
    from tokenizers import Tokenizer

    if isinstance(source, Tokenizer):
        return source
    path = Path(source)
    if path.is_dir():
        path = path / "tokenizer.json"
    if not path.is_file():
        raise FileNotFoundError(f"no tokenizer.json at {source}")
    return Tokenizer.from_file(str(path))


def _json(tok: Tokenizer) -> dict[str, Any]:
    return json.loads(tok.to_str())


def _split(pattern: str, behavior: str = "Isolated", invert: bool = False) -> dict[str, Any]:
    return {"type": "Split", "pattern": {"Regex": pattern}, "behavior": behavior, "invert": invert}


def _onig_escape(text: str) -> str:
    return "".join("\\" + c if not c.isalnum() and c != " " else c for c in text)


@dataclass
class _BaseParts:
    splits: list[dict[str, Any]]
    byte_level: dict[str, Any]


def _base_parts(data: dict[str, Any]) -> _BaseParts:
    """The base's split steps and its ByteLevel step, or ExtensionError if unsupported."""
    model = data.get("model") or {}
    if model.get("type") != "BPE":
        raise ExtensionError(f"the base model is {model.get('type')!r}; only byte-level BPE bases are supported")
    if model.get("byte_fallback") or model.get("continuing_subword_prefix") or model.get("end_of_word_suffix"):
        raise ExtensionError("the base BPE uses byte_fallback or subword prefixes/suffixes: not byte-level BPE")
    if model.get("dropout"):
        raise ExtensionError("the base BPE has dropout set; extend a tokenizer without dropout")
    pre = data.get("pre_tokenizer")
    if pre is None:
        raise ExtensionError("the base has no pre-tokenizer; byte-level BPE bases end with a ByteLevel step")
    steps = pre["pretokenizers"] if pre.get("type") == "Sequence" else [pre]
    splits: list[dict[str, Any]] = []
    byte_level = None
    for i, step in enumerate(steps):
        kind = step.get("type")
        if kind == "ByteLevel":
            if i != len(steps) - 1:
                raise ExtensionError("the base's ByteLevel step is not the last pre-tokenizer step")
            if step.get("add_prefix_space"):
                raise ExtensionError(
                    "the base's ByteLevel step has add_prefix_space=True, which puts a space in front of every "
                    "piece (every SMILES unit would get one); extend a base with add_prefix_space=False"
                )
            if step.get("use_regex", True):
                splits.append(_split(P.GPT2_PATTERN))
            byte_level = dict(step, use_regex=False)
        elif kind == "Split":
            if step.get("invert"):
                raise ExtensionError("the base has an inverted Split step; not supported")
            pat = step["pattern"]
            regex = pat["Regex"] if "Regex" in pat else _onig_escape(pat["String"])
            splits.append(_split(regex, step.get("behavior", "Isolated")))
        else:
            raise ExtensionError(
                f"the base's pre-tokenizer has a {kind} step; supported: Split steps followed by ByteLevel"
            )
    if byte_level is None:
        raise ExtensionError("the base has no ByteLevel pre-tokenizer step: not a byte-level BPE")
    return _BaseParts(splits, byte_level)


def _pre_json(tok: Tokenizer) -> dict[str, Any]:
    """The pre-tokenizer's JSON alone (cheaper than the whole tokenizer's)."""
    return {"pre_tokenizer": json.loads(tok.pre_tokenizer.__getstate__()) if tok.pre_tokenizer is not None else None}


def _mark(data: dict[str, Any]) -> tuple[int, int] | None:
    pre = data.get("pre_tokenizer") or {}
    if pre.get("type") != "Sequence" or not pre.get("pretokenizers"):
        return None
    first = pre["pretokenizers"][0]
    m = _MARK.match(first.get("pattern", {}).get("Regex", "")) if first.get("type") == "Split" else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def is_extended(tokenizer: str | Path | Tokenizer) -> bool:
    """Whether a tokenizer was made by :func:`extend`.

    Args:
        tokenizer: A tokenizer, tokenizer.json path or folder.

    Returns:
        True if its pre-tokenizer carries the chemtrove extension mark.
    """
    return _mark(_pre_json(load_tokenizer(tokenizer))) is not None


@dataclass(frozen=True)
class ExtensionInfo:
    """What :func:`extend` added to a tokenizer (read back from the tokenizer itself).

    Attributes:
        version: Version of the extension layout.
        base_vocab_size: Number of ids of the base (new ids start here).
        new_tokens: Every new vocabulary entry as text, with its id, in id order.
        tag_ids: Id of each tag.
    """

    version: int
    base_vocab_size: int
    new_tokens: dict[str, int]
    tag_ids: dict[str, int]


def extension_info(tokenizer: str | Path | Tokenizer) -> ExtensionInfo:
    """Read what the extension added from an extended tokenizer.

    Args:
        tokenizer: An extended tokenizer, tokenizer.json path or folder.

    Returns:
        An :class:`ExtensionInfo`.

    Raises:
        ExtensionError: If the tokenizer was not made by :func:`extend`.
    """
    tok = load_tokenizer(tokenizer)
    mark = _mark(_pre_json(tok))
    if mark is None:
        raise ExtensionError("not a chemtrove-extended tokenizer (no extension mark in its pre-tokenizer)")
    version, first = mark
    vocab = tok.get_vocab(with_added_tokens=False)
    new = {from_byte_level(s): i for s, i in sorted(vocab.items(), key=lambda kv: kv[1]) if i >= first}
    tags = {t: tok.token_to_id(t) for t in ALL_TAGS}
    return ExtensionInfo(version, first, new, tags)


# ------------------------------------------------------------------------------------------- vocabulary
@dataclass
class NewToken:
    """One planned vocabulary entry.

    Attributes:
        text: The unit as text (e.g. ``"[C@@H]"``).
        kind: ``"tag"``, ``"smiles"`` or ``"cif"`` followed by the unit kind (e.g. ``"smiles:atom"``).
        count: Occurrences in the corpus (0 for defaults not seen).
        default: Whether it comes from the default unit list.
    """

    text: str
    kind: str
    count: int = 0
    default: bool = False


@dataclass
class VocabularyPlan:
    """The new vocabulary chosen for an extension.

    Attributes:
        tokens: Entries to add, in id order.
        rejected: ``{unit: reason}`` for candidates not added: ``"in_base"`` (already one base id),
            ``"prose_piece"`` (the base regex can yield it whole in prose, so a new id would change prose
            ids), ``"below_min_count"`` or ``"over_budget"``.
        unit_counts: Occurrences of each kind of unit in the corpus (``"smiles:atom"``, ``"cif:field"``, ...).
        documents: Corpus documents read.
    """

    tokens: list[NewToken] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)
    unit_counts: dict[str, int] = field(default_factory=dict)
    documents: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The plan as plain data.

        Returns:
            A JSON-ready dict with ``tokens``, ``rejected`` (sorted), ``unit_counts`` (sorted), ``documents``.
        """
        return {
            "tokens": [asdict(t) for t in self.tokens],
            "rejected": dict(sorted(self.rejected.items())),
            "unit_counts": dict(sorted(self.unit_counts.items())),
            "documents": self.documents,
        }


_MINED_SMILES = ("atom", "ring", "bond", "arrow")
_MINED_CIF = ("field", "keyword", "space_group")


def count_units(corpus: Iterable[str], max_docs: int | None = None) -> tuple[Counter, Counter, int]:
    """Count the multi-character units of tagged spans in a corpus.

    Args:
        corpus: Documents (tagged text).
        max_docs: Read at most this many documents (``None``: all).

    Returns:
        ``(units, kinds, documents)``: a Counter of ``(kind, unit)`` for multi-character SMILES atoms, ring
        closures, bonds and arrows and CIF field names, keywords and space-group symbols; a Counter of every
        unit by kind (e.g. ``"smiles:atom"``); and the number of documents read.
    """
    units: Counter = Counter()
    kinds: Counter = Counter()
    n = 0
    for text in islice(corpus, max_docs):
        n += 1
        if START_SMILES not in text and START_CIF not in text:
            continue
        for where, piece in P.split_units(text):
            if where == "smiles":
                k = P.smiles_unit_kind(piece)
                kinds[f"smiles:{k}"] += 1
                if len(piece) > 1 and k in _MINED_SMILES:
                    units[(f"smiles:{k}", piece)] += 1
            elif where == "cif":
                k = P.cif_unit_kind(piece)
                kinds[f"cif:{k}"] += 1
                if len(piece) > 1 and k in _MINED_CIF:
                    units[(f"cif:{k}", piece)] += 1
    return units, kinds, n


def _default_candidates() -> list[NewToken]:
    out = [NewToken(s, f"smiles:{P.smiles_unit_kind(s)}", default=True) for s in P.DEFAULT_BRACKET_ATOMS]
    out += [NewToken(s, f"smiles:{P.smiles_unit_kind(s)}", default=True) for s in P.DEFAULT_SMILES_UNITS]
    out += [NewToken(s, "cif:field", default=True) for s in P.DEFAULT_CIF_FIELDS]
    out += [NewToken(s, "cif:keyword", default=True) for s in P.DEFAULT_CIF_KEYWORDS]
    from chemtrove.tokenize.spacegroups import SPACE_GROUPS

    out += [NewToken(s, "cif:space_group", default=True) for s in SPACE_GROUPS]
    return out


def _prose_pieces(base: Tokenizer, unit: str) -> bool:
    """Whether the base's normalizer + pre-tokenizer can yield ``unit`` as one piece of prose."""
    target = to_byte_level(unit)
    for text in (unit, f" {unit} ", f"a{unit}a", f"\n{unit}\n", f"{unit}.", f"({unit})", f"'{unit}'"):
        norm = base.normalizer.normalize_str(text) if base.normalizer is not None else text
        if any(piece == target for piece, _ in base.pre_tokenizer.pre_tokenize_str(norm)):
            return True
    return False


def plan_vocabulary(
    base: str | Path | Tokenizer,
    corpus: Iterable[str] | None = None,
    *,
    max_new_tokens: int = 1024,
    min_count: int = 2,
    default_units: bool = True,
    max_docs: int | None = None,
) -> VocabularyPlan:
    """Choose the new vocabulary of an extension.

    Candidates are the four tags (always), the default units (:mod:`chemtrove.tokenize.pretokenize`: common
    bracket atoms, ``%10``-``%99``, arrows, CIF field names and keywords, the 230 space-group symbols) and the
    multi-character units of ``corpus`` seen at least ``min_count`` times. A candidate already one id of the
    base is not added (the base id is used), nor one that the base's regex can yield whole in prose.
    The rest are ranked by corpus count (ties: defaults first, then by text) and cut at ``max_new_tokens``.

    Args:
        base: The base tokenizer (object, tokenizer.json path or folder).
        corpus: Tagged documents to count units in; ``None`` for defaults only.
        max_new_tokens: Most new ids, tags included.
        min_count: Least corpus occurrences for a unit that is not a default.
        default_units: Include the default unit list.
        max_docs: Read at most this many corpus documents.

    Returns:
        A :class:`VocabularyPlan`.
    """
    base = load_tokenizer(base)
    vocab = base.get_vocab(with_added_tokens=True)
    added = {t.content for t in base.get_added_tokens_decoder().values()}
    plan = VocabularyPlan()
    for tag in ALL_TAGS:
        if tag in added:
            raise ExtensionError(f"the base has {tag!r} as an added token; it must be ordinary vocabulary")
    units, kinds, plan.documents = count_units(corpus or (), max_docs)
    plan.unit_counts = {k: v for k, v in kinds.items()}
    candidates: dict[str, NewToken] = {}
    if default_units:
        for tok in _default_candidates():
            candidates.setdefault(tok.text, tok)
    for (kind, unit), count in units.items():
        if unit in candidates:
            candidates[unit].count = count
        elif count >= min_count:
            candidates[unit] = NewToken(unit, kind, count)
        else:
            plan.rejected[unit] = "below_min_count"
    ranked = sorted(candidates.values(), key=lambda t: (-t.count, not t.default, t.kind, t.text))
    chosen = [NewToken(t, "tag", default=True) for t in ALL_TAGS if to_byte_level(t) not in vocab]
    for tok in ranked:
        if to_byte_level(tok.text) in vocab:
            plan.rejected[tok.text] = "in_base"
        elif _prose_pieces(base, tok.text):
            plan.rejected[tok.text] = "prose_piece"
        elif len(chosen) >= max_new_tokens:
            plan.rejected[tok.text] = "over_budget"
        else:
            chosen.append(tok)
    plan.tokens = chosen
    return plan


# ------------------------------------------------------------------------------------------------ extend
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


PROBES = (
    "Hello world! It's 2024, and the molecule costs $3.50 (about 10%).",
    "  leading spaces,\ttabs\nand\n\nnewlines   \n",
    "Benzene c1ccccc1 and ClCCBr in prose, [C@@H] and %10 and _cell_length_a in prose too; Pnma, P2_1/c.",
    "Brown bronze: Cl- ions; O=C=O; Na+ [Na+] ->. >> <- data_ loop_ Fm-3m",
    "Ünïcödé — “quotes” and émoji 🧪 中文 العربية",
    "The tag without a partner [END_SMILES] and [END_CIF] in prose.",
    f"Ethanol is {wrap_smiles('CCO')}; chiral {wrap_smiles('C[C@@H](N)C(=O)O')}, "
    f"isotopes {wrap_smiles('[13CH3]C([2H])([2H])O')}, charges {wrap_smiles('[NH4+].[Cl-]')}, "
    f"ring {wrap_smiles('C%10CCCCC%10')}, "
    + wrap_smiles("F/C=C\\F")
    + ", reaction "
    + f"{wrap_smiles('CC(=O)O.OCC>>CC(=O)OCC')}, dative {wrap_smiles('[NH3]->[Pt+2]<-[NH3]')}.",
    "A crystal:\n"
    + wrap_cif(
        "data_Na4Cl4\n_symmetry_space_group_name_H-M   Fm-3m\n_cell_length_a   5.6402\n"
        "_chemical_formula_sum   'Na4 Cl4'\nloop_\n _symmetry_equiv_pos_as_xyz\n  1  'x, y, z'\n"
        "  Na  Na0  4  0.0000  0.0000  0.0000  1\n"
    )
    + " and done.",
    f"Unterminated at the end {START_SMILES}CC(=O",
    f"{START_CIF}data_x\n_cell_length_a 3",
)
"""Texts every extension is checked on (prose edge cases, all SMILES features, CIF, broken tags)."""


def segments(text: str) -> list[tuple[str, str]]:
    """Split a document into prose segments and tagged segments, as the extended tokenizer does.

    Args:
        text: A document.

    Returns:
        ``(kind, segment)`` pairs, kind ``"prose"``, ``"smiles"``, ``"cif"`` or ``"tag"`` (a stray closing tag).
    """
    return list(P.iter_spans(text))


def check_extension(extended: str | Path | Tokenizer, base: str | Path | Tokenizer, texts: Iterable[str]) -> list[str]:
    """Check the guarantees of an extension on some texts.

    Checks that every added (special) token of the base keeps its id and, for each text (and a few texts
    holding the base's added tokens): ``decode(encode(text)) == text``; the ids of the whole text are the
    base's ids of each prose segment and the extension's ids of each tagged segment, in order (prose ids
    identical to the base outside tags); each opening tag is one id.

    Args:
        extended: The extended tokenizer.
        base: The base tokenizer it was made from.
        texts: Texts to check.

    Returns:
        One message per failure (empty if all hold).
    """
    ext, base = load_tokenizer(extended), load_tokenizer(base)
    problems: list[str] = []
    tag_ids = {t: ext.token_to_id(t) for t in ALL_TAGS}
    added = sorted(base.get_added_tokens_decoder().items())
    for token_id, token in added:
        if ext.token_to_id(token.content) != token_id:
            problems.append(f"added token {token.content!r} has id {ext.token_to_id(token.content)}, base {token_id}")
    extra = [f"before {t.content} after {wrap_smiles('C')}{t.content}" for _, t in added[:8]]
    texts = [*texts, *extra]
    encoded = [e.ids for e in ext.encode_batch(texts, add_special_tokens=False)]
    decoded = ext.decode_batch(encoded, skip_special_tokens=False)
    segs = [segments(t) for t in texts]
    prose = [seg for ss in segs for kind, seg in ss if kind == "prose"]
    spans = [seg for ss in segs for kind, seg in ss if kind != "prose"]
    prose_ids = iter([e.ids for e in base.encode_batch(prose, add_special_tokens=False)])
    span_ids = iter([e.ids for e in ext.encode_batch(spans, add_special_tokens=False)])
    for text, ids, back, ss in zip(texts, encoded, decoded, segs, strict=True):
        if back != text:
            problems.append(f"round trip: {text[:80]!r} -> {back[:80]!r}")
        expected: list[int] = []
        for kind, seg in ss:
            seg_ids = next(prose_ids) if kind == "prose" else next(span_ids)
            expected += seg_ids
            if kind in ("smiles", "cif"):
                start = START_SMILES if kind == "smiles" else START_CIF
                if seg_ids[:1] != [tag_ids[start]]:
                    problems.append(f"{start} is not one id in {seg[:60]!r}")
        if ids != expected:
            problems.append(f"prose ids differ from the base in {text[:80]!r}")
    return problems


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
            _split(mark + P.SPAN_PATTERN),
            *(_split(P.gate(s["pattern"]["Regex"]), s["behavior"]) for s in parts.splits),
            _split(P.CHEM_PATTERN),
            parts.byte_level,
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
    splits = []
    for s in steps[1:-2]:
        inner = P.ungate(s["pattern"]["Regex"])
        if inner is None:
            raise ExtensionError("unexpected pre-tokenizer layout in the extended tokenizer")
        splits.append(_split(inner, s["behavior"]))
    data["pre_tokenizer"] = {"type": "Sequence", "pretokenizers": [*splits, steps[-1]]}
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
