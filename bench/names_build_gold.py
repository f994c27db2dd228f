"""Build the labelled set of the names evaluation (tests/data/names/materials_gold.jsonl).

Input: a checkout of github.com/olivettigroup/annotated-materials-syntheses (MIT; commit dd6abd1). For each
paper of its NER test (or dev) split, the synthesis text (third line of ``data/<id>.txt``) and its human
``Material``/``Nonrecipe-Material`` entities (``data/<id>.ann``, brat standoff, offsets shifted to the
text) are written with the gold structure of ``names_gold_labels.LABELS``: canonical SMILES (RDKit; a
``name`` label is parsed by OPSIN first), a formula, or no structure.

Span convention (``chemtrove.chem.names.spans.compound_core``, the one the finder follows): a gold span is
the compound's name only; grade words before it ("anhydrous", "deionized") and form words after it ("NPs",
"ions") are cut off, and a label's ``core`` names the compound inside a longer mention ("zinc acetate
dihydrate alcohol" solution). The annotator's span is kept as ``annotated`` when it differs.

Usage: python bench/names_build_gold.py PATH/TO/annotated-materials-syntheses [test|dev|fresh|...|fresh14]

The test split (tests/data/names/materials_gold.jsonl) was used to fix rules; the dev split
(materials_dev_gold.jsonl) was labelled afterwards and never tuned on in the first round; the fresh split
(materials_fresh_gold.jsonl: 15 papers of the train split drawn with a fixed seed) was labelled before the
second round of rules and never tuned on; its errors were read for a third round, and the fresh2 split
(materials_fresh2_gold.jsonl: 15 more train papers, another seed) was labelled before that round. The fresh3
split (materials_fresh3_gold.jsonl: 15 more, seed 18) was labelled before the rule for generic salt names
was run. The fresh4 split (materials_fresh4_gold.jsonl: 15 more, seed 19) was labelled before the rules
drawn from fresh3's error classes were written. The fresh5 split (materials_fresh5_gold.jsonl: 15 more,
seed 20) was labelled before the rules drawn from fresh4's error classes were written. The fresh6 split
(materials_fresh6_gold.jsonl: 15 more, seed 21) was labelled before the rules drawn from fresh5's error
classes were written. The fresh7 split (materials_fresh7_gold.jsonl: 15 more, seed 22) was labelled before the
rules drawn from fresh6's error classes were written. The fresh8 split (materials_fresh8_gold.jsonl: 15 more,
``random.Random(23).sample`` of the train papers in none of the earlier fresh splits) was labelled from the text,
and its figure taken and committed, before the rules drawn from fresh7's error classes were written; its errors
were read for the ninth round. The fresh9 split (materials_fresh9_gold.jsonl: 15 more, ``random.Random(24).sample``
of the train papers in none of the earlier fresh splits) was labelled from the text, and its figure taken and
committed, before the rules drawn from fresh8's error classes were written; its errors were read for the
tenth round. The fresh10 split (materials_fresh10_gold.jsonl: 15 more, ``random.Random(25).sample`` of the
train papers in none of the earlier fresh splits) was labelled from the text, and its figure taken and
committed, before the rules drawn from fresh9's error classes were written; its errors were read for the
eleventh round. The fresh11 split (materials_fresh11_gold.jsonl: 15 more, ``random.Random(26).sample`` of the
train papers in none of the earlier fresh splits) was labelled from the text, and its figure taken and
committed, before the rules drawn from fresh10's error classes were written. The fresh12 split
(materials_fresh12_gold.jsonl: 15 more, ``random.Random(27).sample`` of the train papers in none of the earlier
fresh splits) was labelled from the text, and its figure taken and committed, before fresh11's errors were read.
The fresh13 split (materials_fresh13_gold.jsonl: 15 more, ``random.Random(28).sample`` of the train papers in
none of the earlier fresh splits) was labelled from the text alone, and committed, before the thirteenth round's
rules were written. The fresh14 split (materials_fresh14_gold.jsonl: the last 5 train papers, those in none of
the earlier fresh splits; ``random.Random(29).sample`` of them takes them all, as fewer than 15 were left) was
labelled from the text alone, and committed, before the thirteenth round's rules were written.
A label that differs by
occurrence of one span text ("carbon" of "activated carbon" in the test split) is ``RELABELLED``. A formula
written with spaces whose parts the annotators marked one by one (the formula of an elemental analysis, "C15
H10 Cu N2 O5.50 P V"; fresh11's "Na2/3Ni1/3Mn2/3O2" marked in four parts) is made one span (``MERGED``,
``merged``). An annotated
span that is a ratio of element symbols ("Si/Fe ratio") is split into its symbols, like a list that names
its members.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from names_gold_labels import (  # noqa: E402
    ADDED,
    ADDED_LABELS,
    DEV_ADDED,
    DEV_LABELS,
    FRESH2_ADDED,
    FRESH2_LABELS,
    FRESH2_SEED,
    FRESH3_ADDED,
    FRESH3_LABELS,
    FRESH3_SEED,
    FRESH4_ADDED,
    FRESH4_LABELS,
    FRESH4_SEED,
    FRESH5_ADDED,
    FRESH5_LABELS,
    FRESH5_SEED,
    FRESH6_ADDED,
    FRESH6_LABELS,
    FRESH6_SEED,
    FRESH7_ADDED,
    FRESH7_LABELS,
    FRESH7_SEED,
    FRESH8_ADDED,
    FRESH8_LABELS,
    FRESH8_SEED,
    FRESH9_ADDED,
    FRESH9_LABELS,
    FRESH9_MERGED,
    FRESH9_SEED,
    FRESH10_ADDED,
    FRESH10_LABELS,
    FRESH10_SEED,
    FRESH11_ADDED,
    FRESH11_LABELS,
    FRESH11_MERGED,
    FRESH11_SEED,
    FRESH12_ADDED,
    FRESH12_LABELS,
    FRESH12_SEED,
    FRESH13_ADDED,
    FRESH13_LABELS,
    FRESH13_SEED,
    FRESH14_ADDED,
    FRESH14_LABELS,
    FRESH14_SEED,
    FRESH_ADDED,
    FRESH_LABELS,
    FRESH_SEED,
    FRESH_SIZE,
    LABELS,
    NONE,
    RELABELLED,
)

from chemtrove.chem import smiles as smiles_lib  # noqa: E402
from chemtrove.chem.names.context import ratio_symbols  # noqa: E402
from chemtrove.chem.names.formulas import ELEMENTS  # noqa: E402
from chemtrove.chem.names.opsin import OpsinProcess  # noqa: E402
from chemtrove.chem.names.spans import (  # noqa: E402
    ELEMENT_NAMES,
    ION_WORDS,
    Word,
    compound_core,
    list_is_members,
    list_members,
    next_word,
)

OUT_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "names"
SPLITS = {
    "test": ("ner-test-fnames.txt", "materials_gold.jsonl"),
    "dev": ("ner-dev-fnames.txt", "materials_dev_gold.jsonl"),
    "fresh": ("ner-train-fnames.txt", "materials_fresh_gold.jsonl"),
    "fresh2": ("ner-train-fnames.txt", "materials_fresh2_gold.jsonl"),
    "fresh3": ("ner-train-fnames.txt", "materials_fresh3_gold.jsonl"),
    "fresh4": ("ner-train-fnames.txt", "materials_fresh4_gold.jsonl"),
    "fresh5": ("ner-train-fnames.txt", "materials_fresh5_gold.jsonl"),
    "fresh6": ("ner-train-fnames.txt", "materials_fresh6_gold.jsonl"),
    "fresh7": ("ner-train-fnames.txt", "materials_fresh7_gold.jsonl"),
    "fresh8": ("ner-train-fnames.txt", "materials_fresh8_gold.jsonl"),
    "fresh9": ("ner-train-fnames.txt", "materials_fresh9_gold.jsonl"),
    "fresh10": ("ner-train-fnames.txt", "materials_fresh10_gold.jsonl"),
    "fresh11": ("ner-train-fnames.txt", "materials_fresh11_gold.jsonl"),
    "fresh12": ("ner-train-fnames.txt", "materials_fresh12_gold.jsonl"),
    "fresh13": ("ner-train-fnames.txt", "materials_fresh13_gold.jsonl"),
    "fresh14": ("ner-train-fnames.txt", "materials_fresh14_gold.jsonl"),
}


FRESH_SEEDS = {
    "fresh": FRESH_SEED,
    "fresh2": FRESH2_SEED,
    "fresh3": FRESH3_SEED,
    "fresh4": FRESH4_SEED,
    "fresh5": FRESH5_SEED,
    "fresh6": FRESH6_SEED,
    "fresh7": FRESH7_SEED,
    "fresh8": FRESH8_SEED,
    "fresh9": FRESH9_SEED,
    "fresh10": FRESH10_SEED,
    "fresh11": FRESH11_SEED,
    "fresh12": FRESH12_SEED,
    "fresh13": FRESH13_SEED,
    "fresh14": FRESH14_SEED,
}
"""The fresh splits in the order they were drawn, each with its seed."""


def papers(repo: Path, split: str) -> list[str]:
    """The papers of a split. A fresh split is a seeded sample (sorted) of the train papers in none of the
    fresh splits drawn before it, in :data:`FRESH_SEEDS` order; of all of them when fewer than
    :data:`FRESH_SIZE` are left (fresh14)."""
    listing = (repo / SPLITS[split][0]).read_text().split()
    if split not in FRESH_SEEDS:
        return listing
    rest = listing
    for name, seed in FRESH_SEEDS.items():
        drawn = sorted(random.Random(seed).sample(rest, min(FRESH_SIZE, len(rest))))
        if name == split:
            return drawn
        rest = [p for p in rest if p not in drawn]
    raise AssertionError(split)


def entity(start: int, end: int, span: str, kind: str, labels: dict, parsed: dict) -> dict:
    """One gold entity with its structure label, narrowed to the compound's name (the span convention)."""
    lo, hi = compound_core(span)
    if "core" in labels.get(span, {}):
        lo = span.index(labels[span]["core"])
        hi = lo + len(labels[span]["core"])
    label = labels.get(span) or labels.get(span[lo:hi])
    if label is None:  # no structure: the annotator's span as it is
        label, lo, hi = {"structure": False}, 0, len(span)
    smi = label.get("smiles") or (parsed[label["name"]] if "name" in label else None)
    canon = smiles_lib.canonicalize(smi).value if smi else None
    if smi and canon is None:
        raise ValueError(f"gold SMILES of {span!r} does not parse: {smi!r}")
    row = {
        "start": start + lo,
        "end": start + hi,
        "text": span[lo:hi],
        "type": kind,
        "structure": bool(label.get("structure", True)),
        "smiles": canon,
        "formula": label.get("formula"),
    }
    if (lo, hi) != (0, len(span)):
        row["annotated"] = span
    return row


def members(text: str, start: int, span: str, labels: dict) -> list[tuple[int, int, str]]:
    """A list written as one token ("ethanol/water", "H2/Ar") annotated as one span: its members, when each
    has a structure label and the list names its members by the finder's rule (``spans.list_is_members``);
    the element symbols of a ratio ("Si/Fe ratio", "Bi:S ratios", ``context.ratio_symbols``) when each has
    one; ``[]`` otherwise (a composite such as "Cu/ZnO" stays one material with no single structure)."""
    ratio = ratio_symbols(text, Word(start, start + len(span), span, False, False))
    if ratio and all(labels.get(text[a:b], NONE).get("structure", True) for a, b in ratio):
        return [(a, b, text[a:b]) for a, b in ratio]  # "Si/Fe ratio", "Bi:S ratios": the symbols of a ratio
    parts = list_members(span)
    texts = [span[a:b] for a, b in parts]
    if not parts or any(not labels.get(t, {}).get("structure", True) or t not in labels for t in texts):
        return []
    molecular = [
        bool(labels[t].get("smiles") or labels[t].get("name"))
        and t not in ELEMENTS
        and t.lower() not in ELEMENT_NAMES | ION_WORDS
        for t in texts
    ]
    if not list_is_members("/" not in span, molecular, next_word(text, start + len(span))):
        return []
    return [(start + a, start + b, t) for (a, b), t in zip(parts, texts, strict=True)]


MERGED = {"fresh9": FRESH9_MERGED, "fresh11": FRESH11_MERGED}
"""Spans written as one formula whose parts the annotators marked one by one, by split."""


def merged(text: str, ents: list[dict], spans: list[str], labels: dict, parsed: dict) -> list[dict]:
    """``ents`` with each occurrence of a span of ``spans`` (a formula written with spaces, "C15 H10 Cu N2 O5.50
    P V") made one entity in place of the annotated parts inside it."""
    for span in spans:
        at = text.find(span)
        while at >= 0:
            end = at + len(span)
            inside = [e for e in ents if at <= e["start"] and e["end"] <= end]
            ents = [e for e in ents if e not in inside]
            row = entity(at, end, span, inside[0]["type"] if inside else "added-on-review", labels, parsed)
            ents.append({**row, "annotated": " ".join(e["text"] for e in inside)})
            at = text.find(span, end)
    return ents


def relabelled(ent: dict, text: str, span: str, before: str, label: dict) -> dict:
    """``ent`` with ``label`` when it is ``span`` written just after ``before`` (a label by occurrence)."""
    if ent["text"] != span or text[max(0, ent["start"] - len(before)) : ent["start"]] != before:
        return ent
    return {
        **ent,
        "structure": label.get("structure", True),
        "smiles": label.get("smiles"),
        "formula": label.get("formula"),
    }


def main(repo: Path, split: str = "test") -> None:
    out = OUT_DIR / SPLITS[split][1]
    labels = {
        "test": {**LABELS, **ADDED_LABELS},
        "dev": dict(DEV_LABELS),
        "fresh": dict(FRESH_LABELS),
        "fresh2": dict(FRESH2_LABELS),
        "fresh3": dict(FRESH3_LABELS),
        "fresh4": dict(FRESH4_LABELS),
        "fresh5": dict(FRESH5_LABELS),
        "fresh6": dict(FRESH6_LABELS),
        "fresh7": dict(FRESH7_LABELS),
        "fresh8": dict(FRESH8_LABELS),
        "fresh9": dict(FRESH9_LABELS),
        "fresh10": dict(FRESH10_LABELS),
        "fresh11": dict(FRESH11_LABELS),
        "fresh12": dict(FRESH12_LABELS),
        "fresh13": dict(FRESH13_LABELS),
        "fresh14": dict(FRESH14_LABELS),
    }[split]
    added = {
        "test": ADDED,
        "dev": DEV_ADDED,
        "fresh": FRESH_ADDED,
        "fresh2": FRESH2_ADDED,
        "fresh3": FRESH3_ADDED,
        "fresh4": FRESH4_ADDED,
        "fresh5": FRESH5_ADDED,
        "fresh6": FRESH6_ADDED,
        "fresh7": FRESH7_ADDED,
        "fresh8": FRESH8_ADDED,
        "fresh9": FRESH9_ADDED,
        "fresh10": FRESH10_ADDED,
        "fresh11": FRESH11_ADDED,
        "fresh12": FRESH12_ADDED,
        "fresh13": FRESH13_ADDED,
        "fresh14": FRESH14_ADDED,
    }[split]
    names = sorted({lab["name"] for lab in labels.values() if "name" in lab})
    parsed = dict(zip(names, OpsinProcess().parse(names), strict=True))
    rows = []
    for paper in papers(repo, split):
        txt = (repo / "data" / f"{paper}.txt").read_text(encoding="utf-8")
        lines = txt.split("\n")
        offset = len(lines[0]) + len(lines[1]) + 2
        text = txt[offset:]
        ents = []
        for line in (repo / "data" / f"{paper}.ann").read_text(encoding="utf-8").splitlines():
            if not line.startswith("T"):
                continue
            _, info, span = line.split("\t")
            kind, *offs = info.split()
            if kind not in ("Material", "Nonrecipe-Material") or ";" in info or int(offs[0]) < offset:
                continue
            start, end = int(offs[0]) - offset, int(offs[1]) - offset
            assert text[start:end] == span, (paper, span)
            listed = members(text, start, span, labels)
            for a, b, part in listed:  # the span convention: a list's members are its mentions
                ents.append({**entity(a, b, part, kind, labels, parsed), "annotated": span})
            if not listed:
                ents.append(entity(start, end, span, kind, labels, parsed))
        ents = merged(text, ents, MERGED.get(split, []), labels, parsed)
        for span, before, label in RELABELLED if split == "test" else []:  # a label that differs by occurrence
            ents = [relabelled(e, text, span, before, label) for e in ents]
        for span, before in added:
            at = text.find(before + span)
            if at < 0:
                continue
            start = at + len(before)
            if not any(e["start"] < start + len(span) and start < e["end"] for e in ents):
                ents.append(entity(start, start + len(span), span, "added-on-review", labels, parsed))
        rows.append(
            {
                "file": f"data/{paper}.txt",
                "doi": lines[0],
                "text": text,
                "entities": sorted(ents, key=lambda e: e["start"]),
            }
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    n = sum(len(r["entities"]) for r in rows)
    s = sum(e["structure"] for r in rows for e in r["entities"])
    print(f"{out}: {len(rows)} paragraphs, {n} material spans, {s} with a structure")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "test")
