"""Shared checks of the names evaluation's sentence sets (patents, journal): stored sentences, their seeded
halves, and the gold spans and structures."""

import json
from pathlib import Path

from chemtrove.chem import smiles as smiles_lib

DATA = Path(__file__).parents[2] / "data" / "names"


def stored(tsv: str) -> list[tuple[str, str]]:
    """The stored sentences of ``tsv`` as ``(key, text)``, in the file's order."""
    rows = [line.split("\t", 1) for line in (DATA / tsv).read_text(encoding="utf-8").split("\n") if line]
    return [(key, text) for key, text in rows]


def load(name: str) -> list[dict]:
    """The documents of the set ``name`` (``{name}_gold.jsonl``)."""
    return [json.loads(line) for line in (DATA / f"{name}_gold.jsonl").read_text(encoding="utf-8").splitlines()]


def assert_spans_and_structures(docs: list[dict]) -> None:
    """Every span is its text's slice, the spans are sorted without overlap, every SMILES is canonical, and a
    mention without a structure has neither SMILES nor formula."""
    for doc in docs:
        ends = [0]
        for e in doc["entities"]:
            assert doc["text"][e["start"] : e["end"]] == e["text"]
            assert e["start"] >= ends[-1]  # sorted, no overlap
            ends.append(e["end"])
            if e["smiles"]:
                assert e["structure"] and smiles_lib.canonicalize(e["smiles"]).value == e["smiles"]
            if not e["structure"]:
                assert e["smiles"] is None and e["formula"] is None
