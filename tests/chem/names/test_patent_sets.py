"""The patent sets of the names evaluation: their sentences are the stored patent text, split by the seeded
shuffle, and every gold span is its text's slice (the finder is not run on them: they are held out)."""

import json
import random
from pathlib import Path

from chemtrove.chem import smiles as smiles_lib

DATA = Path(__file__).parents[2] / "data" / "names"


def _sets() -> dict[str, list[dict]]:
    return {
        name: [json.loads(line) for line in (DATA / f"{name}_gold.jsonl").read_text(encoding="utf-8").splitlines()]
        for name in ("patents_a", "patents_b")
    }


def test_the_sets_are_the_seeded_halves_of_the_stored_sentences():
    rows = [line.split("\t", 1) for line in (DATA / "patent_sentences.tsv").read_text(encoding="utf-8").split("\n")]
    rows = [row for row in rows if row != [""]]
    assert len(rows) == 100
    random.Random(31).shuffle(rows)
    sets = _sets()
    assert [(d["file"], d["text"]) for d in sets["patents_a"]] == [(f"test_data/{k}", t) for k, t in rows[:50]]
    assert [(d["file"], d["text"]) for d in sets["patents_b"]] == [(f"test_data/{k}", t) for k, t in rows[50:]]


def test_every_span_is_its_text_and_every_structure_is_canonical():
    for docs in _sets().values():
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
