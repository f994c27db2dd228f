"""Build the labelled set of the names evaluation (tests/data/names/materials_gold.jsonl).

Input: a checkout of github.com/olivettigroup/annotated-materials-syntheses (MIT; commit dd6abd1). For each
paper of its NER test (or dev) split, the synthesis text (third line of ``data/<id>.txt``) and its human
``Material``/``Nonrecipe-Material`` entities (``data/<id>.ann``, brat standoff, offsets shifted to the
text) are written with the gold structure of ``names_gold_labels.LABELS``: canonical SMILES (RDKit; a
``name`` label is parsed by OPSIN first), a formula, or no structure.

Usage: python bench/names_build_gold.py PATH/TO/annotated-materials-syntheses [test|dev]

The test split (tests/data/names/materials_gold.jsonl) was used to fix rules; the dev split
(materials_dev_gold.jsonl) was labelled afterwards and never tuned on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from names_gold_labels import ADDED, ADDED_LABELS, DEV_ADDED, DEV_LABELS, LABELS  # noqa: E402

from chemtrove.chem import smiles as smiles_lib  # noqa: E402
from chemtrove.chem.names.opsin import OpsinProcess  # noqa: E402

OUT_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "names"
SPLITS = {
    "test": ("ner-test-fnames.txt", "materials_gold.jsonl"),
    "dev": ("ner-dev-fnames.txt", "materials_dev_gold.jsonl"),
}


def entity(start: int, end: int, span: str, kind: str, labels: dict, parsed: dict) -> dict:
    """One gold entity with its structure label."""
    label = labels.get(span, {"structure": False})
    smi = label.get("smiles") or (parsed[label["name"]] if "name" in label else None)
    canon = smiles_lib.canonicalize(smi).value if smi else None
    if smi and canon is None:
        raise ValueError(f"gold SMILES of {span!r} does not parse: {smi!r}")
    return {
        "start": start,
        "end": end,
        "text": span,
        "type": kind,
        "structure": bool(label.get("structure", True)) and span in labels,
        "smiles": canon,
        "formula": label.get("formula"),
    }


def main(repo: Path, split: str = "test") -> None:
    listing, out_name = SPLITS[split]
    out = OUT_DIR / out_name
    labels = {**LABELS, **ADDED_LABELS} if split == "test" else dict(DEV_LABELS)
    added = ADDED if split == "test" else DEV_ADDED
    names = sorted({lab["name"] for lab in labels.values() if "name" in lab})
    parsed = dict(zip(names, OpsinProcess().parse(names), strict=True))
    rows = []
    for paper in (repo / listing).read_text().split():
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
            ents.append(entity(start, end, span, kind, labels, parsed))
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
