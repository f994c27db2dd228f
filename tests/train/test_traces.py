"""Reasoning traces: import, format and chemistry checks against the reference, filtering, splits, SFT on them."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from chemtrove.tasks import load_tasks
from chemtrove.tasks.traces import filter_traces, import_traces


def _rows(tasks_dir, task, split, n):
    return [r for r in load_tasks(tasks_dir, split) if r["task"] == task][:n]


@pytest.fixture(scope="module")
def traces_file(tasks_dir, tmp_path_factory):
    """Traces as a teacher would write them: right answers in other spellings, wrong ones, broken ones."""
    from chemtrove.chem import smiles

    lines = []
    expected_kept = 0
    for r in _rows(tasks_dir, "name_to_smiles", "train", 4):
        other = smiles.randomize(r["answer"], 1, seed=3)[0]  # a different spelling of the same molecule
        lines.append({"id": r["id"], "completion": f"<think>Parse the name.</think><answer>{other}</answer>"})
        lines.append({"id": r["id"], "completion": f"<think>Again.</think><answer>{r['answer']}</answer>"})  # extra
        lines.append({"id": r["id"], "completion": "<think>Guess.</think><answer>C</answer>"})  # wrong
        expected_kept += 1
    for r in _rows(tasks_dir, "crystal_composition", "train", 2):
        from pymatgen.core import Composition

        doubled = (Composition(r["answer"]) * 2).formula.replace(" ", "")  # Sr2Ti2O6 for SrTiO3
        lines.append({"id": r["id"], "response": f"<think>Count the sites.</think><answer>{doubled}</answer>"})
        expected_kept += 1
    test_row = _rows(tasks_dir, "formula_to_smiles", "test", 1)[0]
    lines.append({"id": test_row["id"], "completion": f"<think>Isomer.</think><answer>{test_row['answer']}</answer>"})
    expected_kept += 1
    lines.append({"id": "nope/1", "completion": "<think>x</think><answer>C</answer>"})  # unknown id
    lines.append({"id": test_row["id"], "completion": f"<answer>{test_row['answer']}</answer>"})  # no think
    lines.append({"id": test_row["id"]})  # no text
    path = tmp_path_factory.mktemp("traces") / "teacher.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines))
    return path, expected_kept, len(lines), test_row["id"]


def test_import_keeps_right_answers_and_reconciles(traces_file, tasks_dir, tmp_path):
    path, expected, total, test_id = traces_file
    report = import_traces(path, tmp_path / "out", tasks_dir=tasks_dir)
    assert report["read"] == total and report["kept"] == expected
    assert report["dropped"] == {"unknown_id": 1, "bad_format": 1, "no_text": 1, "wrong_answer": 4, "extra": 4}
    train = load_tasks(tmp_path / "out", "train")
    test = load_tasks(tmp_path / "out", "test")
    assert [r["id"] for r in test] == [test_id]  # a trace of a test prompt stays in test: never trained on
    assert all(r["completion"].startswith("<think>") and r["completion"].endswith("</answer>") for r in train)
    smiles_rows = [r for r in train if r["task"] == "name_to_smiles"]
    assert all(f"<answer>[START_SMILES]{r['answer']}[END_SMILES]</answer>" in r["completion"] for r in smiles_rows)
    rejected = [json.loads(x) for x in (tmp_path / "out" / "rejected.jsonl").read_text().splitlines()]
    assert len(rejected) == total - expected


def test_teacher_answers_and_own_reference_columns():
    traces = [
        {"prompt": "Formula of this?", "task": "crystal_composition", "answer": "SrTiO3",
         "completion": "<think>five atoms</think><answer>Sr2Ti2O6</answer>"},
        {"prompt": "p", "task": "reaction_class", "answer": "Reductions",
         "output": [{"role": "assistant", "content": "<think>H2</think><answer>class 7</answer>"}]},
        {"prompt": "p", "task": "reaction_class", "completion": "<think>x</think><answer>7</answer>"},
    ]  # fmt: skip
    kept, rejected = filter_traces(traces, answer_from="teacher", max_per_id=5)
    assert [k["completion"] for k in kept] == [
        "<think>five atoms</think><answer>Sr2Ti2O6</answer>",
        "<think>H2</think><answer>class 7</answer>",
    ]
    assert rejected == [{"index": 2, "id": None, "reason": "no_reference"}]
    kept, rejected = filter_traces(traces[:1], min_think_chars=50)
    assert not kept and rejected[0]["reason"] == "short_think"
    with pytest.raises(ValueError, match="did you mean 'teacher'"):
        filter_traces(traces, answer_from="teachers")


def test_cli_and_sft_on_imported_traces(traces_file, tasks_dir, tokenizer_dir, tmp_path):
    pytest.importorskip("trl")
    from chemtrove.train import sft
    from chemtrove.train.cli import main
    from chemtrove.train.config import parse_recipe
    from chemtrove.train.models import save_tiny_model

    path, expected, _, _ = traces_file
    out = tmp_path / "traces"
    with contextlib.redirect_stdout(io.StringIO()) as buf:
        argv = ["tasks", "import-traces", "--traces", str(path), "--tasks", str(tasks_dir), "--out", str(out)]
        assert main(argv) == 0
    assert f"{expected} of" in buf.getvalue()
    base = save_tiny_model(tmp_path / "base", tokenizer_dir, hidden_size=32, num_layers=1)
    cfg = {"model_name_or_path": str(base), "data": [str(out)], "output_dir": str(tmp_path / "sft"), "max_steps": 2,
           "per_device_train_batch_size": 2, "max_length": 256, "save_strategy": "no", "report_to": "none",
           "learning_rate": 1e-2, "seed": 0, "disable_tqdm": True}  # fmt: skip
    summary = sft.train(*parse_recipe("sft", [], cfg))
    assert summary["steps"] == 2 and summary["train_rows"] == expected - 1
