"""The runner the stage files share: task rows, datasets' columns, and the names the stages re-export."""

from __future__ import annotations

import pytest

from chemtrove.train import runner
from chemtrove.train.config import DataArguments


def test_training_rows_interleave_and_balance(tasks_dir):
    args = DataArguments(data=[str(tasks_dir)], max_train_samples=12)
    rows = runner.training_rows(args)
    tasks = [r["task"] for r in rows]
    assert len(rows) == 12
    assert len(set(tasks[: len(set(tasks))])) == len(set(tasks))  # one of each task before any repeats
    balanced = runner.training_rows(DataArguments(data=[str(tasks_dir)], task_sampling="balanced"), seed=3)
    counts = {t: sum(r["task"] == t for r in balanced) for t in {r["task"] for r in balanced}}
    assert len(set(counts.values())) == 1
    assert runner.training_rows(DataArguments(data=[str(tasks_dir)], task_sampling="balanced"), seed=3) == balanced


def test_task_rows_errors_say_what_to_give(tasks_dir):
    with pytest.raises(ValueError, match="need data"):
        runner.load_task_rows(DataArguments(), "train", None)
    with pytest.raises(FileNotFoundError, match="no split 'nope'"):
        runner.load_task_rows(DataArguments(data=[str(tasks_dir)]), "nope", None)


def test_datasets_keep_only_what_the_trainers_read(tasks_dir):
    pytest.importorskip("datasets", reason="the train extra (pip install -e '.[train]') builds datasets")
    rows = runner.load_task_rows(DataArguments(data=[str(tasks_dir)]), "train", 5)
    assert runner.sft_dataset(rows).column_names == ["prompt", "completion"]
    assert runner.grpo_dataset(rows).column_names == list(runner.REWARD_COLUMNS)  # no "completion" column


def test_stage_files_re_export_the_runner():
    from chemtrove.train import cpt, experts, grpo, report, sft

    assert cpt.trainer_class is runner.trainer_class
    assert sft.training_rows is runner.training_rows and sft.score_after_training is runner.score_after_training
    assert grpo.reward_setup is runner.reward_setup and grpo.REWARD_COLUMNS is runner.REWARD_COLUMNS
    assert report.score_tasks is runner.score_tasks
    assert experts.parse_experts(["reactions"]) == {"reactions": ["reaction_class", "forward_reaction"]}
