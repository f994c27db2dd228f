"""MiST's tasks from curated records: every task built, reference completions score 1, splits by key, CLI."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from chemtrove.train.mist_tasks import MIST_ALIASES, MIST_TASKS, kinetic_records
from chemtrove.train.rewards import task_reward
from chemtrove.train.rewards.mist import mist_accuracy
from chemtrove.train.tasks import TaskConfig, build_examples, load_tasks, read_records

DERIVED = [t for t in MIST_TASKS if t != "kinetic"]


@pytest.fixture(scope="module")
def mist_rows(shards):
    """MiST tasks and chemtrove's, built together from the curated sample corpus (60 per task)."""
    cfg = TaskConfig(tasks=[*DERIVED, "forward_reaction", "smiles_canonicalization"], max_per_task=60, seed=3)
    return build_examples(read_records(shards), cfg)


def test_every_mist_task_is_built(mist_rows):
    counts = {t: sum(r["task"] == t for r in mist_rows) for t in DERIVED}
    assert all(n == 60 for n in counts.values()), counts
    assert len({r["id"] for r in mist_rows}) == len(mist_rows)


def test_reference_completion_scores_one(mist_rows):
    """The completion each example teaches gets the task's full score, and MiST's +1 where it applies."""
    scores = task_reward(
        [r["completion"] for r in mist_rows],
        task=[r["task"] for r in mist_rows],
        answer=[r["answer"] for r in mist_rows],
        prompts=[r["prompt"] for r in mist_rows],
    )
    bad = [(r["task"], r["completion"][-80:]) for r, s in zip(mist_rows, scores, strict=True) if s != 1.0]
    assert not bad, bad[:3]
    mist = mist_accuracy(
        [r["completion"] for r in mist_rows],
        answer=[r["answer"] for r in mist_rows],
        prompts=[r["prompt"] for r in mist_rows],
        task=[r["task"] for r in mist_rows],
    )
    bad = [(r["task"], r["completion"][-80:]) for r, s in zip(mist_rows, mist, strict=True) if s != 1.0]
    assert not bad, bad[:3]


def test_wrong_answers_score_below_one(mist_rows):
    """Swap every choice answer for another letter / the opposite truth value: the task score drops to 0."""
    rows = [r for r in mist_rows if r["task"] in ("canonmc", "rxn_inversion", "rxn_replacement", "rxn_truefalse")]
    flipped = []
    for r in rows:
        a = r["answer"]
        wrong = {"True": "False", "False": "True"}.get(a) or ("A" if a != "A" else "B")
        flipped.append(f"<think>x</think><answer>{wrong}</answer>")
    scores = task_reward(flipped, task=[r["task"] for r in rows], answer=[r["answer"] for r in rows])
    assert scores and all(s == 0.0 for s in scores)
    assert set(mist_accuracy(flipped, answer=[r["answer"] for r in rows])) == {-0.5}


def test_splits_share_no_key_across_mist_and_chemtrove_tasks(mist_rows):
    by_split: dict[str, set[str]] = {}
    for r in mist_rows:
        by_split.setdefault(r["split"], set()).update(r["keys"])
    names = sorted(by_split)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not by_split[a] & by_split[b], (a, b)
    # one molecule's MiST and chemtrove examples share its split
    split_of: dict[str, set[str]] = {}
    for r in mist_rows:
        split_of.setdefault(r["id"].split("/", 1)[1], set()).add(r["split"])
    assert all(len(v) == 1 for v in split_of.values())


def test_options_hold_one_true_item_and_letters_spread(mist_rows):
    mc = [r for r in mist_rows if r["task"] in ("canonmc", "rxn_inversion", "rxn_replacement")]
    for r in mc:
        options = [ln for ln in r["prompt"].splitlines() if ln[:3] in ("A. ", "B. ", "C. ", "D. ")]
        assert 2 <= len(options) <= 4 and len(set(options)) == len(options)
    letters = {r["answer"] for r in mc}
    assert len(letters) >= 3  # the right letter is not always the same
    truth = [r["answer"] for r in mist_rows if r["task"] == "rxn_truefalse"]
    assert 0.2 < truth.count("True") / len(truth) < 0.8


def test_aliases_match_chemtrove_tasks(mist_rows):
    by_id = {r["id"]: r for r in mist_rows}
    same = 0
    for r in mist_rows:
        if r["task"] == "rxnpred":
            twin = by_id.get("forward_reaction/" + r["id"].split("/", 1)[1])
            if twin is not None:
                assert twin["answer"] == r["answer"] and twin["split"] == r["split"]
                same += 1
    assert same > 0
    assert set(MIST_ALIASES.values()) <= {"forward_reaction", "name_to_smiles", "smiles_canonicalization",
                                          "reaction_class"}  # fmt: skip


def test_deterministic(shards):
    cfg = TaskConfig(tasks=["canonmc", "rxn_replacement", "smhydrogen"], max_per_task=20, seed=1)
    a = build_examples(read_records(shards), cfg)
    b = build_examples(read_records(shards), cfg)
    assert a == b


def test_unknown_task_suggests():
    with pytest.raises(ValueError, match="did you mean 'rxn_naming'"):
        TaskConfig(tasks=["rxn_namig"])


def test_kinetic_from_file(tmp_path):
    path = tmp_path / "kinetic.jsonl"
    rows = [
        {"id": "a", "problem": "[A] decays as exp(-kt).", "solution": "first order"},
        {"problem": "  [A]   decays as EXP(-kt). ", "solution": "first order"},  # same problem, other spacing
        {"problem": "", "solution": "x"},  # skipped: no problem
        {"problem": "1/[A] grows linearly in t.", "solution": "second order"},
    ]
    path.write_text("\ufeff" + "\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    recs = list(kinetic_records(path))
    assert len(recs) == 3
    ex = build_examples(recs, TaskConfig(tasks=["kinetic"], splits={"a": 1, "b": 1, "c": 1}))
    assert len(ex) == 3 and ex[0]["split"] == ex[1]["split"]  # one problem, two spellings: one split
    assert task_reward(["<answer>First order</answer>"], task=["kinetic"], answer=["first order"]) == [1.0]
    (tmp_path / "bad.jsonl").write_text("{not json\n")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        list(kinetic_records(tmp_path / "bad.jsonl"))
    (tmp_path / "rows.txt").write_text("x")
    with pytest.raises(ValueError, match="jsonl or .csv"):
        list(kinetic_records(tmp_path / "rows.txt"))
    with pytest.raises(FileNotFoundError):
        list(kinetic_records(tmp_path / "missing.csv"))


def test_iupacsm_resolves_names_through_the_names_part(monkeypatch):
    """A record with a name and no SMILES gets one from chemtrove.chem.names.resolve_name.

    Where the names part is not installed yet, a one-entry lookup stands in for it under the same name, so
    the contract (a name in, a SMILES string or an object with ``.smiles`` out) is what is tested.
    """
    import sys
    import types

    try:
        import chemtrove.chem.names as names
    except ImportError:
        names = types.ModuleType("chemtrove.chem.names")
        monkeypatch.setitem(sys.modules, "chemtrove.chem.names", names)
    table = {"ethanol": "OCC", "acetic acid": types.SimpleNamespace(smiles="CC(=O)O")}
    monkeypatch.setattr(names, "resolve_name", table.get, raising=False)
    recs = [
        {"id": f"n{i}", "domain": "molecule", "metadata": {"iupac": name}}
        for i, name in enumerate(["ethanol", "acetic acid", "unobtainium"])
    ]
    ex = build_examples(recs, TaskConfig(tasks=["iupacsm"], format="answer"))
    assert [(e["id"], e["answer"]) for e in ex] == [("iupacsm/n0", "CCO"), ("iupacsm/n1", "CC(=O)O")]
    assert "ethanol" in ex[0]["prompt"]


def test_cli_builds_mist_tasks_with_commas(shards, tmp_path):
    from chemtrove.cli import main

    out = tmp_path / "tasks"
    kin = tmp_path / "kin.csv"
    kin.write_text("problem,solution\nRate is independent of [A].,zero order\n", encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        rc = main(["tasks", "build", "--inputs", str(shards), "--out", str(out), "--max-per-task", "5",
                   "--tasks", "rxn_naming,iupacsm,canonic", "smhydrogen,kinetic", "--kinetic", str(kin)])  # fmt: skip
    assert rc == 0
    rows = [r for s in ("train", "valid", "test") if (out / f"{s}.parquet").exists() for r in load_tasks(out, s)]
    assert {r["task"] for r in rows} == {"rxn_naming", "iupacsm", "canonic", "smhydrogen", "kinetic"}
    with contextlib.redirect_stderr(io.StringIO()) as err:
        rc = main(["tasks", "build", "--inputs", str(shards), "--out", str(out), "--tasks", "rxnpredd"])
    assert rc == 2 and "did you mean 'rxnpred'" in err.getvalue()
