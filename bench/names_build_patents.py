"""Build the patent sets of the names evaluation (tests/data/names/patents_{a,b}_gold.jsonl).

Input: ``tests/data/names/patent_sentences.tsv``, the 100 experimental sentences from patents of
rxn4chemistry/paragraph2actions (MIT, Copyright 2020 RXN for Chemistry team; commit 37d9642,
``test_data/src-train.txt`` (80), ``src-valid.txt`` (10), ``src-test.txt`` (10); US patent text, public domain;
a few sentences are German), one a line, verbatim, each after its file and line number.

Split: ``random.Random(31).shuffle`` of the 100 (train, valid, test, in file order); the first 50 are
patents_a, the last 50 patents_b. Both were labelled from the text alone, before the fourteenth round of
rules; patents_a is held out for that round, patents_b for the round after it.

Labels (``names_patent_labels``): the chemical mentions of each sentence in text order (``MENTIONS``) and the
structure of each mention text (``LABELS``). The builder finds each mention's offsets (the next occurrence of
its text at word boundaries after the end of the mention listed before it) and writes it with its gold
structure: canonical SMILES (RDKit; a ``name`` label is parsed by OPSIN first, and a ``with`` part is added to
it), a formula, or no structure. It fails on a sentence without a ``MENTIONS`` entry, a mention without a
label, a mention text it does not find, overlapping mentions, a name OPSIN does not parse and a SMILES RDKit
does not read. It prints, for review, each labelled text that occurs in a sentence outside its marked mentions.

``build`` is shared with the journal sets (``names_build_journal.py``): it takes the split sentences, a label
module and the names of the files.

Each line is written in the shape of the materials sets (``names_build_gold.py``), which
``bench/names_eval.py`` reads: ``{"doi", "file", "text", "entities": [{"start", "end", "text", "type",
"structure", "smiles", "formula"}]}``.

Usage: python bench/names_build_patents.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).parent))

import names_patent_labels  # noqa: E402

from chemtrove.chem import smiles as smiles_lib  # noqa: E402
from chemtrove.chem.names.opsin import OpsinProcess  # noqa: E402

DATA_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "names"
SENTENCES = DATA_DIR / "patent_sentences.tsv"
SETS = {"patents_a": "patents_a_gold.jsonl", "patents_b": "patents_b_gold.jsonl"}
HALF = 50


def sentences(path: Path = SENTENCES) -> list[tuple[str, str]]:
    """The sentences as ``(file:line, text)``, in the order of the file."""
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").split("\n") if line]
    return [(key, text) for key, text in rows]


def split(
    rows: list[tuple[str, str]], seed: int = names_patent_labels.PATENT_SEED, names: tuple[str, str] = tuple(SETS)
) -> dict[str, list[tuple[str, str]]]:
    """The two sets: ``random.Random(seed).shuffle`` of the rows, halved."""
    order = list(rows)
    random.Random(seed).shuffle(order)
    return {names[0]: order[:HALF], names[1]: order[HALF:]}


def occurrences(text: str, span: str, glued: str = "") -> list[int]:
    """Starts of ``span`` in ``text`` at word boundaries (no letter or digit just before or after it); with
    ``glued``, ``span`` is followed by that text instead (a reference number glued to a name: "DMSO28")."""
    after = re.escape(glued) if glued else r"(?![^\W_])"
    return [m.start() for m in re.finditer(r"(?<![^\W_])" + re.escape(span) + f"(?={after})", text)]


def structures(opsin: OpsinProcess, labels: dict[str, dict]) -> dict[str, dict]:
    """Every label with its gold ``smiles`` (canonical) and ``formula``; fails on a bad name or SMILES."""
    names = sorted({lab["name"] for lab in labels.values() if "name" in lab})
    parsed = dict(zip(names, opsin.parse(names), strict=True))
    bad = [n for n, smi in parsed.items() if not smi]
    if bad:
        raise ValueError(f"OPSIN does not parse the label names {bad}")
    out = {}
    for span, label in labels.items():
        smi = label.get("smiles") or (parsed[label["name"]] if "name" in label else None)
        if smi and label.get("with"):
            smi = f"{smi}.{label['with']}"
        canon = smiles_lib.canonicalize(smi).value if smi else None
        if smi and canon is None:
            raise ValueError(f"gold SMILES of {span!r} does not parse: {smi!r}")
        out[span] = {"structure": bool(label.get("structure", True)), "smiles": canon, "formula": label.get("formula")}
    return out


def entities(key: str, text: str, gold: dict[str, dict], mentions: list[str | tuple[str, str]]) -> list[dict]:
    """The labelled mentions of one sentence with their offsets and structures (a mention is its text, or its
    text and the text glued after it)."""
    ents, after = [], 0
    for mention in mentions:
        span, glued = (mention, "") if isinstance(mention, str) else mention
        if span not in gold:
            raise KeyError(f"{key}: mention {span!r} has no label")
        found = [s for s in occurrences(text, span, glued) if s >= after]
        if not found:
            raise ValueError(f"{key}: mention {span!r} not found (after offset {after})")
        start = found[0]
        after = start + len(span)
        ents.append({"start": start, "end": start + len(span), "text": span, "type": "labelled", **gold[span]})
    ents.sort(key=lambda e: e["start"])
    for a, b in zip(ents, ents[1:], strict=False):
        if b["start"] < a["end"]:
            raise ValueError(f"{key}: mentions {a['text']!r} and {b['text']!r} overlap")
    return ents


def unmarked(text: str, ents: list[dict], labels: dict[str, dict], apparatus: tuple[str, ...]) -> list[str]:
    """Labelled texts that occur in ``text`` outside every marked mention and every ``apparatus`` phrase (printed
    for review)."""
    ents = ents + [{"start": s, "end": s + len(p)} for p in apparatus for s in occurrences(text, p)]
    return [
        span
        for span in labels
        for s in occurrences(text, span)
        if not any(e["start"] <= s and s + len(span) <= e["end"] for e in ents)
    ]


def build(
    parts: dict[str, list[tuple[str, str]]],
    labels: ModuleType,
    sets: dict[str, str],
    record: Callable[[str], dict[str, str]],
) -> None:
    """Write each set of ``parts`` to its file of ``sets``, its mentions labelled by ``labels`` (a module with
    ``LABELS``, ``MENTIONS`` and ``APPARATUS``); ``record`` gives the ``doi`` and ``file`` of a sentence's key.
    Fails on a sentence without mentions listed, or mentions listed for no sentence; prints the counts."""
    missing = {key for part in parts.values() for key, _ in part} ^ set(labels.MENTIONS)
    if missing:
        raise KeyError(f"sentences and MENTIONS differ: {sorted(missing)}")
    opsin = OpsinProcess()
    try:
        gold = structures(opsin, labels.LABELS)
    finally:
        opsin.close()
    for name, part in parts.items():
        out_rows = []
        for key, text in part:
            ents = entities(key, text, gold, labels.MENTIONS[key])
            for span in unmarked(text, ents, labels.LABELS, labels.APPARATUS):
                print(f"review {key}: {span!r} occurs outside the marked mentions")
            out_rows.append({**record(key), "text": text, "entities": ents})
        out = DATA_DIR / sets[name]
        out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out_rows), "utf-8")
        ents = [e for r in out_rows for e in r["entities"]]
        with_structure = [e for e in ents if e["structure"]]
        print(
            f"{out.name}: {len(out_rows)} sentences, {len(ents)} mentions, {len(with_structure)} with a structure "
            f"({len({e['text'] for e in with_structure})} distinct texts, "
            f"{len({e['smiles'] or e['formula'] for e in with_structure} - {None})} distinct structures)"
        )


def patent_record(key: str) -> dict[str, str]:
    """The ``doi`` and ``file`` of a patent sentence (``src-train.txt:57``)."""
    file, line = key.split(":")
    return {"doi": f"paragraph2actions:{file.removesuffix('.txt')}:{line}", "file": f"test_data/{key}"}


def main() -> None:
    build(split(sentences()), names_patent_labels, SETS, patent_record)


if __name__ == "__main__":
    main()
