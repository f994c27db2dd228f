"""The patent sets of the names evaluation: their sentences are the stored patent text, split by the seeded
shuffle, and every gold span is its text's slice (the finder is not run on them: they are held out)."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from sentence_sets import assert_spans_and_structures, load, stored  # noqa: E402


def test_the_sets_are_the_seeded_halves_of_the_stored_sentences():
    rows = stored("patent_sentences.tsv")
    assert len(rows) == 100
    random.Random(31).shuffle(rows)
    assert [(d["file"], d["text"]) for d in load("patents_a")] == [(f"test_data/{k}", t) for k, t in rows[:50]]
    assert [(d["file"], d["text"]) for d in load("patents_b")] == [(f"test_data/{k}", t) for k, t in rows[50:]]


def test_every_span_is_its_text_and_every_structure_is_canonical():
    for name in ("patents_a", "patents_b"):
        assert_spans_and_structures(load(name))
