"""Which chemical units get their own id: unit counts over a corpus, default candidates, the plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chemtrove.chem.tags import ALL_TAGS, START_CIF, START_SMILES
from chemtrove.tokenize import pretokenize as P
from chemtrove.tokenize.tokenizer_json import ExtensionError, load_tokenizer, to_byte_level

if TYPE_CHECKING:
    from tokenizers import Tokenizer


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

    Candidates are the tags of :data:`chemtrove.chem.tags.ALL_TAGS` (always), the default units
    (:mod:`chemtrove.tokenize.pretokenize`: common bracket atoms, ``%10``-``%99``, arrows, CIF field names
    and keywords, the 230 space-group symbols) and the multi-character units of ``corpus`` seen at least
    ``min_count`` times. A candidate already one id of the base is not added (the base id is used), nor one
    that the base's regex can yield whole in prose.
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
