"""evaluate(), the report files, the stage comparison, task loading and the `eval` command."""

from __future__ import annotations

import argparse
import json
import math

import pytest

from chemtrove.eval import evaluate
from chemtrove.eval.cli import add_cli
from chemtrove.eval.records import load_records, shipped_records
from chemtrove.eval.report import compare_stages, headline, write_stages
from chemtrove.eval.solvability import (
    builtin_tasks,
    check_item,
    from_task_rows,
    heldout_split,
    latent_solvability,
    load_tasks,
)
from chemtrove.eval.suites import SUITES, Suite, get_suite

TINY = Suite("tiny", n_molecules=12, statements_per_kind=3, task_items=4, n_samples=2, ks=(1, 2), max_new_tokens=6)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory, trained_model, tokenizer):
    out = tmp_path_factory.mktemp("eval_model") / "model"
    trained_model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def test_evaluate_a_model_folder_writes_the_report(model_dir, shard_dir, tmp_path):
    result = evaluate(model_dir, None, TINY, shard_dir, tmp_path / "eval")
    for name in ("eval.json", "eval.md", "eval.png"):
        assert (tmp_path / "eval" / name).stat().st_size > 0
    on_disk = json.loads((tmp_path / "eval" / "eval.json").read_text())
    assert on_disk["suite"]["name"] == "tiny" and on_disk["scs"]["n"] == 12
    assert set(result["scs"]["conditions"]) == {"canonical", "randomized", "corrupted"}
    assert result["scs"]["scs"] > 0.5  # the trained model, read back from disk (12 molecules only)
    assert set(result["ccs"]["kinds"]) >= {"formula", "reaction_class", "hydration_energy"}
    assert "reaction_class" in result["tasks"]
    assert 0 <= result["tasks"]["reaction_class"]["acc"] <= 1 and 0 < result["tasks"]["reaction_class"]["p_gold"] < 1
    assert all("pass@2" in t and "mean_logprob_reference" in t for t in result["tasks"].values())
    h = headline(result)
    assert set(h) == {"scs", "ccs", "task_acc", "task_p_gold", "pass@1", "pass@2"}
    md = (tmp_path / "eval" / "eval.md").read_text()
    assert "SMILES Competence Score" in md and "Chemical Competence Score" in md and "Latent solvability" in md


def test_evaluate_a_loaded_model_keeps_its_mode(random_model, tokenizer, shard_dir):
    random_model.train()
    try:
        suite = Suite("scs-only", n_molecules=6, parts=("scs",))
        result = evaluate(random_model, tokenizer, suite, shard_dir)
        assert random_model.training
    finally:
        random_model.eval()
    assert "ccs" not in result and "tasks" not in result and "files" not in result
    assert result["scs"]["n"] == 6
    with pytest.raises(ValueError):
        evaluate(random_model, None, suite, shard_dir)


def test_stage_comparison(model_dir, random_model, tokenizer, shard_dir, tmp_path):
    suite = Suite("scs-ccs", n_molecules=8, statements_per_kind=2, parts=("scs", "ccs"))
    stages = {
        "base": evaluate(random_model, tokenizer, suite, shard_dir),
        "cpt": evaluate(model_dir, None, suite, shard_dir),
    }
    table = compare_stages(stages)
    assert "| base |" in table and "| cpt |" in table
    paths = write_stages(stages, tmp_path)
    assert all(p.stat().st_size > 0 for p in paths.values())
    assert headline(stages["cpt"])["scs"] > headline(stages["base"])["scs"]


def test_builtin_tasks(shard_dir):
    records = load_records(shard_dir)
    items = builtin_tasks(records, per_task=None, split=None)
    assert {it["task"] for it in items} == {"builtin_reaction_class", "builtin_molecular_formula"}
    for it in items:
        assert it["options"][it["gold"]] == it["answer"]
        assert len(set(it["options"])) == len(it["options"])
        assert it["split"] == heldout_split(it["id"])
    test = [it for it in items if it["split"] == "test"]
    assert 0 < len(test) < len(items)
    assert builtin_tasks(records, per_task=3) == builtin_tasks(list(reversed(records)), per_task=3)


def test_tasks_from_train_tasks(shard_dir):
    """Default items come from chemtrove.tasks (test split); the reference solves its own item."""
    records = load_records(shard_dir)
    items = load_tasks(records, per_task=5)
    tasks = {it["task"] for it in items}
    assert "reaction_class" in tasks and len(tasks) >= 3
    assert all(it["split"] == "test" and it["reward"] == "task" for it in items)
    assert max(sum(it["task"] == t for it in items) for t in tasks) <= 5
    for it in items:
        assert check_item(it["reference"], it), it["id"]  # the task reward accepts the reference completion
        assert not check_item("<answer>nothing</answer>", it)
        if it["task"] == "reaction_class":
            assert it["options"][it["gold"]] == it["reference"] and len(it["options"]) == 10


def test_tasks_from_a_task_folder(shard_dir, tmp_path, tokenizer, random_model):
    from chemtrove.tasks import TaskConfig, build_tasks

    build_tasks(
        shard_dir, tmp_path / "tasks", TaskConfig(tasks=["reaction_class", "smiles_to_name"], chat=True), progress=None
    )
    items = load_tasks([], tasks_dir=tmp_path / "tasks", per_task=3)
    assert {it["task"] for it in items} <= {"reaction_class", "smiles_to_name"} and items
    assert all(isinstance(it["prompt"], list) for it in items)  # chat messages, rendered when scored
    out = latent_solvability(random_model, tokenizer, items, n_samples=2, ks=(1, 2), max_new_tokens=8)
    for t in out.values():
        assert math.isfinite(t["mean_logprob_reference"]) and 0 <= t["pass@2"] <= 1


def test_custom_items_in_the_protocol(tokenizer, random_model):
    custom = [
        {"task": "mine", "prompt": "2+2=", "options": [" 4", " 5"], "gold": 0},
        {"task": "mine", "prompt": "3+3=", "answer": " 6"},
    ]
    out = latent_solvability(
        random_model, tokenizer, custom, n_samples=2, ks=(1, 2, 3), max_new_tokens=3, check=lambda s, it: True
    )
    assert out["mine"]["n"] == 2 and "p_gold" in out["mine"] and out["mine"]["pass@2"] == 1.0
    assert "pass@3" not in out["mine"]
    assert math.isfinite(out["mine"]["mean_logprob_reference"])
    assert out["mine"]["mixed"] == 0.0  # every sample right: no item's samples disagree


def test_mixed_is_the_share_of_items_whose_samples_disagree(tokenizer, random_model):
    items = [{"task": "t", "prompt": p, "answer": " 1"} for p in ("1+0=", "0+1=", "2-1=")]
    verdicts = iter([True, False, False, False, True, True])  # item 1 mixed, item 2 all wrong, item 3 all right
    out = latent_solvability(
        random_model, tokenizer, items, n_samples=2, ks=(1,), max_new_tokens=2, check=lambda s, it: next(verdicts)
    )
    assert out["t"]["mixed"] == pytest.approx(1 / 3)
    assert out["t"]["pass@1"] == pytest.approx(0.5)


def test_shipped_records():
    recs = shipped_records()
    domains = {r["domain"] for r in recs}
    assert domains == {"molecule", "reaction"}
    assert any("expt" in r["metadata"] for r in recs)
    assert any(r["metadata"].get("rxn_Class") for r in recs)


def test_suites():
    assert get_suite("quick") is SUITES["quick"] and get_suite(TINY) is TINY
    assert SUITES["full"].n_molecules > SUITES["quick"].n_molecules
    with pytest.raises(ValueError):
        get_suite("huge")
    with pytest.raises(ValueError):
        Suite("bad", n_samples=2, ks=(4,))


def test_cli(model_dir, shard_dir, tmp_path, capsys):
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(
        ["eval", "--model", str(model_dir), "--suite", "quick", "--data", str(shard_dir), "--out", str(tmp_path / "o")]
    )
    assert args.func(args) == 0
    captured = capsys.readouterr()
    assert "SMILES Competence Score" in captured.out and "eval.md" in captured.out
    result = json.loads((tmp_path / "o" / "eval.json").read_text())
    assert result["suite"]["name"] == "quick"
    # progress on stderr, one line as each part starts and ends, with the score it found
    assert f"[eval] SCS d = {result['scs']['scs']:.3f}" in captured.err
    assert "[eval] CCS:" in captured.err and "[eval] task solvability done" in captured.err
    args = parser.parse_args(["eval", "--model", str(tmp_path / "missing"), "--out", str(tmp_path / "o2")])
    assert args.func(args) == 2
    with pytest.raises(SystemExit):
        parser.parse_args(["eval", "--model", str(model_dir), "--suite", "huge", "--out", "x"])


def test_mist_reaction_naming_rows_get_the_ten_classes_as_options():
    row = {
        "id": "rxn_naming/r1",
        "task": "rxn_naming",
        "prompt": "Name the class of the reaction ...",
        "completion": "<answer>Reductions</answer>",
        "answer": "Reductions",
    }
    (item,) = from_task_rows([row])
    assert len(item["options"]) == 10 and item["options"][item["gold"]] == "<answer>Reductions</answer>"
    (plain,) = from_task_rows([{**row, "task": "rxn_truefalse", "answer": "True"}])
    assert "options" not in plain  # choice letters and True/False are scored by sampling, not by options
