"""SMolInstruct-format import: tags, answers, key-based splits, decontamination against task folders."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from chemtrove.train.rewards import task_reward
from chemtrove.train.smolinstruct import import_smolinstruct, read_smolinstruct, smolinstruct_examples
from chemtrove.train.tasks import COLUMNS, TaskConfig, build_examples, load_tasks, write_tasks

DATA = Path(__file__).parent.parent / "data" / "smolinstruct"


def test_rows_become_task_rows():
    ex, report = smolinstruct_examples(read_smolinstruct(DATA / "sample.jsonl"), splits={"a": 1, "b": 1, "c": 1})
    assert report["read"] == report["kept"] == 15 and not report["dropped"]
    assert all("<SMILES>" not in e["prompt"] + e["completion"] for e in ex)  # chemtrove's tags only
    fwd = next(e for e in ex if e["task"] == "forward_synthesis" and "acid" in e["prompt"])
    assert "[START_SMILES]CC(=O)O.OCC[END_SMILES]" in fwd["prompt"] and fwd["answer"] == "CCOC(C)=O"
    assert any(k.startswith("rx:") for k in fwd["keys"])
    s2f = [e for e in ex if e["task"] == "name_conversion-s2f"]
    assert all(e["formula"] == e["answer"] for e in s2f)
    # the teaching completion scores 1 where a rule scores the task; captioning/regression are unscored
    scores = task_reward([e["completion"] for e in ex], task=[e["task"] for e in ex], answer=[e["answer"] for e in ex])
    by_task = {e["task"]: s for e, s in zip(ex, scores, strict=True)}
    assert by_task["molecule_captioning"] is None and by_task["property_prediction-esol"] is None
    assert all(s == 1.0 for t, s in by_task.items() if s is not None), by_task


def test_key_splits_keep_a_molecule_together():
    ex, _ = smolinstruct_examples(read_smolinstruct(DATA / "sample.jsonl"), splits={"a": 1, "b": 1, "c": 1}, seed=2)
    split_of_key: dict[str, set[str]] = {}
    for e in ex:
        for k in e["keys"]:
            split_of_key.setdefault(k, set()).add(e["split"])
    assert all(len(v) == 1 for v in split_of_key.values())
    # 2-ethylpyrazine appears in an s2i, an i2s and an s2f row: one group
    pyrazine = [e for e in ex if "ethylpyrazine" in e["prompt"] + e["completion"] or "CCc1cnccn1" in e["prompt"]]
    assert len(pyrazine) == 3 and len({e["key"] for e in pyrazine}) == 1
    # (2R)- and (2S)-butan-2-ol share the stereo-insensitive key
    butanol = [e for e in ex if "butan-2-ol" in e["prompt"] + e["completion"]]
    assert len(butanol) == 2 and butanol[0]["split"] == butanol[1]["split"]


def test_source_splits_drop_train_rows_that_leak():
    ex, report = smolinstruct_examples(read_smolinstruct(DATA / "sample.jsonl"), split_mode="source")
    assert report["dropped"] == {"leak_with_eval": 2}  # the pyrazine s2i row and the butan-2-ol s2i row
    eval_keys = {k for e in ex if e["split"] != "train" for k in e["keys"]}
    assert not any(eval_keys & set(e["keys"]) for e in ex if e["split"] == "train")
    assert {e["split"] for e in ex} == {"train", "valid", "test"}


def test_malformed_lines_are_counted_not_fatal():
    ex, report = smolinstruct_examples(read_smolinstruct(DATA / "malformed.jsonl", max_chars=100_000))
    assert report["dropped"] == {"missing_field": 2, "not_an_object": 1, "not_json": 1, "too_long": 1}
    assert report["kept"] == len(ex) == 2  # the BOM row and the control-character row
    assert all("\x00" not in e["prompt"] and "\x07" not in e["prompt"] for e in ex)
    with pytest.raises(ValueError, match="format"):
        smolinstruct_examples([], format="think")
    with pytest.raises(FileNotFoundError):
        list(read_smolinstruct(DATA / "missing.jsonl"))


def test_decontamination_against_a_task_folder(tmp_path):
    """Rows whose molecule sits in the valid/test split of chemtrove's own tasks are dropped."""
    records = [
        {"id": f"fs/{i}", "domain": "molecule", "metadata": {"smiles": s, "iupac": n}}
        for i, (s, n) in enumerate([("CCc1cnccn1", "2-ethylpyrazine"), ("CCCCCCCO", "heptan-1-ol"), ("CC(=O)O", "x")])
    ]
    tasks = build_examples(records, TaskConfig(tasks=["name_to_smiles"], splits={"test": 1.0}))
    write_tasks(tasks, tmp_path / "bench")
    report = import_smolinstruct(DATA / "sample.jsonl", tmp_path / "sft", exclude=[tmp_path / "bench"])
    # pyrazine x3, heptanol x1, and the ester rows that hold acetic acid (its reaction keys: reactants' mixture)
    assert report["dropped"]["contaminated"] >= 4
    bench_keys = {k for r in load_tasks(tmp_path / "bench", "test") for k in r["keys"]}
    kept = [r for s in report["files"] for r in load_tasks(tmp_path / "sft", s)]
    assert kept and not any(bench_keys & set(r["keys"]) for r in kept)
    assert all(list(r) == list(COLUMNS) for r in kept)
    assert json.loads((tmp_path / "sft" / "smolinstruct.json").read_text())["kept"] == len(kept)


def test_deterministic(tmp_path):
    a = import_smolinstruct(DATA, tmp_path / "a", seed=5)
    b = import_smolinstruct(DATA, tmp_path / "b", seed=5)
    assert a == b
    for name in a["files"].values():
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_cli(tmp_path):
    from chemtrove.cli import main

    with contextlib.redirect_stdout(io.StringIO()) as out:
        rc = main(["tasks", "import-smolinstruct", "--inputs", str(DATA / "sample.jsonl"), "--out", str(tmp_path),
                   "--format", "answer", "--tasks", "forward_synthesis", "retrosynthesis"])  # fmt: skip
    assert rc == 0 and "3 of 15 rows" in out.getvalue()
    rows = [
        r for s in ("train", "valid", "test") if (tmp_path / f"{s}.parquet").exists() for r in load_tasks(tmp_path, s)
    ]
    assert all(r["completion"].startswith("<answer>") for r in rows)


def test_tagged_spans_are_the_regex_spans_in_linear_time():
    """The linear scan finds the spans the backtracking regex finds, on random tag soup and the quadratic case."""
    import random
    import re

    from chemtrove.tasks.smolinstruct import core_answer, tagged_spans

    any_span = re.compile(r"<(SMILES|IUPAC|MOLFORMULA|NUMBER|BOOLEAN)>\s*(.*?)\s*</\1>", re.DOTALL)
    pieces = ["<SMILES>", "</SMILES>", "<IUPAC>", "</IUPAC>", "<NUMBER>", " ", "\n", "C", "O"]
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [(m.group(1), m.start(), m.end(), m.group(2)) for m in any_span.finditer(text)]
        assert tagged_spans(text) == expected, text
    # 12,500 unclosed tags (the row length limit): the regex takes many seconds, the scan one pass
    assert tagged_spans("<SMILES>" * 12_500) == []
    assert core_answer("<IUPAC>" * 12_000 + "<NUMBER> 3 </NUMBER>") == "<answer>3</answer>"
