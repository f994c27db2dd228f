"""Task builders: every task from real records, splits by chemical key with no leakage, files and CLI."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import random

import pytest

from chemtrove.tasks import COLUMNS, TASKS, TaskConfig, assign_splits, build_examples, load_tasks, write_tasks

SPLITS = ("train", "valid", "test")


def _all_rows(tasks_dir):
    return {s: load_tasks(tasks_dir, s) for s in SPLITS}


def test_every_task_built_with_columns(tasks_dir):
    manifest = json.loads((tasks_dir / "tasks.json").read_text())
    rows = [r for rs in _all_rows(tasks_dir).values() for r in rs]
    assert {r["task"] for r in rows} == set(TASKS)
    assert all(list(r) == list(COLUMNS) for r in rows)
    assert all(r["prompt"].endswith("\n") and r["completion"].startswith("<think>") for r in rows)
    counts = manifest["counts"]
    assert sum(n for per in counts.values() for n in per.values()) == len(rows)
    assert "/" not in json.dumps(manifest["sources"])  # names only, never machine paths


def test_splits_share_no_key(tasks_dir):
    keys = {s: {k for r in rows for k in r["keys"]} for s, rows in _all_rows(tasks_dir).items()}
    for a in SPLITS:
        for b in SPLITS:
            if a < b:
                assert not keys[a] & keys[b], (a, b, sorted(keys[a] & keys[b])[:3])


def test_decontamination_finds_no_test_item_in_train(tasks_dir, tmp_path):
    """The project's decontamination, run with the test split as the benchmark, finds nothing in train."""
    from datatrove.data import Document

    from chemtrove.chem import crystals
    from chemtrove.curate.decontam import BenchmarkSet, Decontaminate

    rows = _all_rows(tasks_dir)

    def items(split):
        mols, rxns, cifs = set(), set(), []
        for r in rows[split]:
            for k in r["keys"]:
                if k.startswith("smi:"):
                    mols.add(k[4:])
                elif k.startswith("rx:"):
                    rxns.add(k[3:])
            if r["task"] == "crystal_generation":
                cifs.append(crystals.restore_symmetry_ops(r["answer"]))
        return mols, rxns, cifs

    test_mols, test_rxns, test_cifs = items("test")
    assert test_mols and test_rxns and test_cifs
    with open(tmp_path / "mols.csv", "w", newline="") as f:
        csv.writer(f).writerows([["smiles"], *([m] for m in sorted(test_mols))])
    with open(tmp_path / "rxns.csv", "w", newline="") as f:
        csv.writer(f).writerows([["reaction"], *([r] for r in sorted(test_rxns))])
    (tmp_path / "cifs").mkdir()
    for i, cif in enumerate(test_cifs):
        (tmp_path / "cifs" / f"{i}.cif").write_text(cif)
    step = Decontaminate(
        [
            BenchmarkSet("mols", str(tmp_path / "mols.csv")),
            BenchmarkSet("rxns", str(tmp_path / "rxns.csv")),
            BenchmarkSet("cifs", str(tmp_path / "cifs")),
        ]
    )
    # sanity: the test items themselves are found
    assert step.match(Document(text="", id="t", metadata={"smiles": sorted(test_mols)[0]})) == "mols"
    train_mols, train_rxns, train_cifs = items("train")
    hits = [m for m in train_mols if step.match(Document(text="", id="m", metadata={"smiles": m}))]
    hits += [r for r in train_rxns if step.match(Document(text="", id="r", metadata={"reaction": r}))]
    hits += [c[:40] for c in train_cifs if step.match(Document(text=c, id="c", metadata={"cif": c}))]
    assert not hits, hits[:3]


def test_salt_stereo_and_tasks_stay_together():
    """A salt and its parent, stereoisomers, and every task of one molecule land in the same split."""
    rng = random.Random(0)
    filler = [f"C{'C' * i}O" for i in range(1, 40)] + [f"c1ccccc1{'C' * i}N" for i in range(1, 40)]
    family = ["CC(=O)O", "CC(=O)[O-].[Na+]", "C[C@H](N)C(=O)O", "C[C@@H](N)C(=O)O", "CC(N)C(=O)O"]
    records = [
        {"id": f"m{i}", "domain": "molecule", "metadata": {"smiles": s, "iupac": f"name {i}"}}
        for i, s in enumerate(family + filler)
    ]
    cfg = TaskConfig(tasks=["smiles_canonicalization", "name_to_smiles", "formula_to_smiles"], format="answer")
    cfg.splits = {"a": 1, "b": 1, "c": 1}
    rows = build_examples(records, cfg)
    split_of = {}
    for r in rows:
        split_of.setdefault(r["id"].split("/", 1)[1], set()).add(r["split"])
    assert all(len(v) == 1 for v in split_of.values())  # every task of a molecule together
    assert len({next(iter(split_of[f"m{i}"])) for i in (0, 1)}) == 1  # acetic acid and its sodium salt
    assert len({next(iter(split_of[f"m{i}"])) for i in (2, 3, 4)}) == 1  # alanine stereoisomers
    assert len({r["split"] for r in rows}) == 3
    # the same records in another order: the same split for every example
    shuffled = records[:]
    rng.shuffle(shuffled)
    again = {r["id"]: r["split"] for r in build_examples(shuffled, cfg)}
    assert again == {r["id"]: r["split"] for r in rows}


def test_assign_splits_shares():
    ex = [{"keys": [f"k{i}"]} for i in range(3000)]
    assign_splits(ex, {"train": 0.8, "valid": 0.1, "test": 0.1}, seed=3)
    share = sum(e["split"] == "train" for e in ex) / len(ex)
    assert 0.77 < share < 0.83


def test_formats_chat_and_round_trip(raw_records, tmp_path):
    few = [r for r in raw_records if r["domain"] == "reaction"][:30]
    plain = build_examples(few, TaskConfig(tasks=["reaction_class"], format="plain", list_classes=True))
    assert "Classes: 1 Heteroatom alkylation" in plain[0]["prompt"] and "<answer>" not in plain[0]["completion"]
    chat = build_examples(few, TaskConfig(tasks=["forward_reaction"], format="answer", chat=True))
    assert chat[0]["prompt"][0]["role"] == "user" and chat[0]["completion"][0]["role"] == "assistant"
    write_tasks(chat, tmp_path / "chat")
    back = [
        r for s in SPLITS if (tmp_path / "chat" / f"{s}.parquet").exists() for r in load_tasks(tmp_path / "chat", s)
    ]
    assert sorted(r["id"] for r in back) == sorted(r["id"] for r in chat)
    assert {json.dumps(r["completion"]) for r in back} == {json.dumps(r["completion"]) for r in chat}


def test_load_tasks_interleaves(tasks_dir):
    rows = load_tasks(tasks_dir, "train", max_samples=16)
    assert len(rows) == 16 and len({r["task"] for r in rows}) == len(TASKS)
    only = load_tasks(tasks_dir, "train", tasks=["reaction_class"])
    assert only and {r["task"] for r in only} == {"reaction_class"}
    with pytest.raises(FileNotFoundError):
        load_tasks(tasks_dir, "nope")


def test_tasks_build_cli(cif_table, tmp_path):
    from chemtrove.train.cli import main

    out = tmp_path / "t"
    argv = ["tasks", "build", "--inputs", str(cif_table), "--out", str(out), "--tasks", "crystal_composition"]
    with contextlib.redirect_stdout(io.StringIO()) as buf:
        assert main([*argv, "--format", "answer", "--splits", "train=0.5", "test=0.5", "--quiet"]) == 0
    assert "examples in" in buf.getvalue()
    assert {p.name for p in out.iterdir()} == {"tasks.json", "train.parquet", "test.parquet"}
    rows = load_tasks(out, "train")
    assert rows[0]["completion"] == f"<answer>{rows[0]['answer']}</answer>"
    with contextlib.redirect_stderr(io.StringIO()):
        assert main([*argv, "--splits", "train=x"]) == 2
