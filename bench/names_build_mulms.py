"""Build the fresh15 to fresh26 sets of the names evaluation (tests/data/names/materials_fresh{15..26}_gold.jsonl).

Input: ``tests/data/names/mulms_sentences.tsv``, 50 sentences of the experimental sections of materials-science
papers from the Multi-Layer Materials Science corpus (MuLMS) of boschresearch/mulms-az-codi2023 (commit
21cc89f, ``data/mulms_corpus/xmi/*.xmi``; the corpus is CC BY-SA 4.0, ``data/mulms_corpus/LICENSE``; its 50
papers are CC BY 3.0 or 4.0, each listed with its DOI and licence in
``data/mulms_corpus/MuLMS_Corpus_Metadata.csv``), one a line, verbatim, each after its paper's name and the
sentence's offset in the paper's text (``sofc_03:25158``), in the order of
``random.Random(39).sample(range(506), 50)`` of the pool. fresh16: ``tests/data/names/mulms_f16_sentences.tsv``,
50 more, the same way, in the order of ``random.Random(40).sample(rest, 50)``, ``rest`` the indices of the pool
not in fresh15's sample, in the pool's order. fresh17: ``tests/data/names/mulms_f17_sentences.tsv``, 50 more,
in the order of ``random.Random(43).sample(rest, 50)``, ``rest`` the indices in neither fresh15's nor fresh16's
sample, in the pool's order. fresh18: ``tests/data/names/mulms_f18_sentences.tsv``, 40 more, in the order of
``random.Random(48).sample(rest, 40)``, ``rest`` the indices in none of the three samples before (356); fresh19:
``tests/data/names/mulms_f19_sentences.tsv``, 40 more, ``random.Random(49).sample(rest, 40)`` of the 316 left;
fresh20: ``tests/data/names/mulms_f20_sentences.tsv``, 40 more, ``random.Random(52).sample(rest, 40)`` of the 276
left; fresh21: ``tests/data/names/mulms_f21_sentences.tsv``, 40 more, ``random.Random(53).sample(rest, 40)`` of
the 236 left; fresh22: ``tests/data/names/mulms_f22_sentences.tsv``, 40 more, ``random.Random(56).sample(rest,
40)`` of the 196 left; fresh23: ``tests/data/names/mulms_f23_sentences.tsv``, 40 more,
``random.Random(57).sample(rest, 40)`` of the 156 left; fresh24: ``tests/data/names/mulms_f24_sentences.tsv``, 40
more, ``random.Random(60).sample(rest, 40)`` of the 116 left; fresh25: ``tests/data/names/mulms_f25_sentences.tsv``,
40 more, ``random.Random(61).sample(rest, 40)`` of the 76 left; fresh26: ``tests/data/names/mulms_f26_sentences.tsv``,
the last 36, ``random.Random(64).sample(rest, 36)`` of the 36 left (the pool is then exhausted).

The pool (``tests/data/names/mulms_pool.txt``, one key a line, in its order): every sentence annotated
``MatSci_Sentence`` with ``ContentInformation="Exp_Preparation"`` and no ``StructureInformation`` (the
corpus's argumentative zone of sample preparation; no caption or heading), of the papers whose category
(``MuLMS_Corpus_Metadata.csv``) is electrolysis, graphene, pemfc, sofc or semi, whose text (the document's
``sofaString`` from the annotation's begin to its end) has at least 40 characters; by file name, then offset;
506 sentences of 29 papers. ``python bench/names_build_mulms.py --select DIR`` (``DIR`` a checkout's
``data/mulms_corpus``) writes the pool and the twelve sets' sentences again from the corpus.

Labels (``names_mulms_labels``, ``names_mulms_f16_labels`` to ``names_mulms_f26_labels``) and the build
(``names_build_patents.build``) are as for the patent and journal sets: offsets from each mention's text and
order, loud failures on a mention not found, overlapping mentions, a name OPSIN does not parse and a SMILES RDKit
does not read; the counts are printed. The twelve sets were labelled from the text alone, and the finder was not
run on them.

Usage: python bench/names_build_mulms.py [--select DIR]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import names_mulms_f16_labels  # noqa: E402
import names_mulms_f17_labels  # noqa: E402
import names_mulms_f18_labels  # noqa: E402
import names_mulms_f19_labels  # noqa: E402
import names_mulms_f20_labels  # noqa: E402
import names_mulms_f21_labels  # noqa: E402
import names_mulms_f22_labels  # noqa: E402
import names_mulms_f23_labels  # noqa: E402
import names_mulms_f24_labels  # noqa: E402
import names_mulms_f25_labels  # noqa: E402
import names_mulms_f26_labels  # noqa: E402
import names_mulms_labels  # noqa: E402
from names_build_patents import DATA_DIR, build, sentences  # noqa: E402

SENTENCES = DATA_DIR / "mulms_sentences.tsv"
F16_SENTENCES = DATA_DIR / "mulms_f16_sentences.tsv"
F17_SENTENCES = DATA_DIR / "mulms_f17_sentences.tsv"
F18_SENTENCES = DATA_DIR / "mulms_f18_sentences.tsv"
F19_SENTENCES = DATA_DIR / "mulms_f19_sentences.tsv"
F20_SENTENCES = DATA_DIR / "mulms_f20_sentences.tsv"
F21_SENTENCES = DATA_DIR / "mulms_f21_sentences.tsv"
F22_SENTENCES = DATA_DIR / "mulms_f22_sentences.tsv"
F23_SENTENCES = DATA_DIR / "mulms_f23_sentences.tsv"
F24_SENTENCES = DATA_DIR / "mulms_f24_sentences.tsv"
F25_SENTENCES = DATA_DIR / "mulms_f25_sentences.tsv"
F26_SENTENCES = DATA_DIR / "mulms_f26_sentences.tsv"
POOL = DATA_DIR / "mulms_pool.txt"
SETS = {
    "fresh15": "materials_fresh15_gold.jsonl",
    "fresh16": "materials_fresh16_gold.jsonl",
    "fresh17": "materials_fresh17_gold.jsonl",
    "fresh18": "materials_fresh18_gold.jsonl",
    "fresh19": "materials_fresh19_gold.jsonl",
    "fresh20": "materials_fresh20_gold.jsonl",
    "fresh21": "materials_fresh21_gold.jsonl",
    "fresh22": "materials_fresh22_gold.jsonl",
    "fresh23": "materials_fresh23_gold.jsonl",
    "fresh24": "materials_fresh24_gold.jsonl",
    "fresh25": "materials_fresh25_gold.jsonl",
    "fresh26": "materials_fresh26_gold.jsonl",
}
LABELS = (
    names_mulms_labels,
    names_mulms_f16_labels,
    names_mulms_f17_labels,
    names_mulms_f18_labels,
    names_mulms_f19_labels,
    names_mulms_f20_labels,
    names_mulms_f21_labels,
    names_mulms_f22_labels,
    names_mulms_f23_labels,
    names_mulms_f24_labels,
    names_mulms_f25_labels,
    names_mulms_f26_labels,
)
"""The label modules of the sets, in the order they were sampled."""
FILES = (
    SENTENCES,
    F16_SENTENCES,
    F17_SENTENCES,
    F18_SENTENCES,
    F19_SENTENCES,
    F20_SENTENCES,
    F21_SENTENCES,
    F22_SENTENCES,
    F23_SENTENCES,
    F24_SENTENCES,
    F25_SENTENCES,
    F26_SENTENCES,
)
"""Their sentence files, in the same order."""
CATEGORIES = frozenset({"electrolysis", "graphene", "pemfc", "sofc", "semi"})
MIN_CHARS = 40
SIZE = 50
"""Sentences in a sample whose label module names no ``SIZE`` (fresh15 to fresh17)."""


def preparation_sentences(xmi: Path) -> list[tuple[int, str]]:
    """The ``(offset, text)`` of the sentences of one document zoned ``Exp_Preparation`` alone, by offset."""
    raw = xmi.read_text(encoding="utf-8").replace("<?xml version='1.1'", "<?xml version='1.0'", 1)
    root = ET.fromstring(raw.encode("utf-8"))
    sofa = next(e for e in root if e.tag.endswith("}Sofa")).get("sofaString", "")
    spans = {
        (int(e.get("begin", 0)), int(e.get("end", 0)))
        for e in root
        if e.tag.endswith("}MatSci_Sentence")
        and e.get("ContentInformation") == "Exp_Preparation"
        and e.get("StructureInformation") is None
    }
    return [(b, sofa[b:end]) for b, end in sorted(spans)]


def pool(corpus: Path) -> list[tuple[str, str]]:
    """The pool of ``corpus`` (a ``data/mulms_corpus`` folder) as ``(name:offset, text)``."""
    with (corpus / "MuLMS_Corpus_Metadata.csv").open(encoding="utf-8") as f:
        category = {row["name"]: row["category"] for row in csv.DictReader(f)}
    rows = []
    for xmi in sorted((corpus / "xmi").glob("*.xmi")):
        if category.get(xmi.stem) in CATEGORIES:
            rows += [(f"{xmi.stem}:{b}", t) for b, t in preparation_sentences(xmi) if len(t) >= MIN_CHARS]
    return rows


def samples(size: int) -> list[list[int]]:
    """The pool indices of fresh15 to fresh26 in a pool of ``size``: the first seeded sample of all of them, each
    next one of those not yet sampled, in the pool's order."""
    out: list[list[int]] = []
    taken: set[int] = set()
    for labels in LABELS:
        rest = [i for i in range(size) if i not in taken]
        out.append(random.Random(labels.SAMPLE_SEED).sample(rest, getattr(labels, "SIZE", SIZE)))
        taken |= set(out[-1])
    return out


def select(corpus: Path) -> None:
    """Write the pool's keys and the seeded samples of its sentences."""
    rows = pool(corpus)
    if any("\t" in t or "\n" in t for _, t in rows):
        raise ValueError("a sentence holds a tab or a line break")
    POOL.write_text("".join(f"{key}\n" for key, _ in rows), encoding="utf-8")
    picked = samples(len(rows))
    for path, sample in zip(FILES, picked, strict=True):
        path.write_text("".join(f"{rows[i][0]}\t{rows[i][1]}\n" for i in sample), encoding="utf-8")
    sizes = " + ".join(str(len(sample)) for sample in picked)
    print(f"{len(rows)} sentences in the pool, {len({k.split(':')[0] for k, _ in rows})} papers; {sizes} sampled")


def mulms_record(key: str) -> dict[str, str]:
    """The ``doi`` and ``file`` of a MuLMS sentence (``sofc_03:25158``)."""
    return {"doi": f"MuLMS:{key}", "file": f"data/mulms_corpus/xmi/{key.split(':')[0]}.xmi"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--select", type=Path, help="a checkout's data/mulms_corpus: write the pool and sample")
    args = parser.parse_args()
    if args.select:
        select(args.select)
    for name, labels, path in zip(SETS, LABELS, FILES, strict=True):
        build({name: sentences(path)}, labels, SETS, mulms_record)


if __name__ == "__main__":
    main()
