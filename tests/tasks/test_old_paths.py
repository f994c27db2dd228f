"""The task builders, traces and rewards moved to chemtrove.tasks; every old import path still works."""

from __future__ import annotations

import importlib

import pytest

from chemtrove import tasks
from chemtrove.tasks import builders, examples, rewards, traces
from chemtrove.tasks.rewards import answers, reactions


@pytest.mark.parametrize(
    ("old", "new", "names"),
    [
        ("chemtrove.train.tasks", builders, ["TaskConfig", "build_examples"]),
        ("chemtrove.train.tasks", tasks, ["TASKS", "load_tasks", "write_tasks", "read_records", "balance_tasks"]),
        ("chemtrove.train.traces", traces, ["filter_traces", "import_traces", "REASONS"]),
        ("chemtrove.train.rewards", rewards, ["task_reward", "format_reward", "REWARDS", "reaction_class_names"]),
        ("chemtrove.train.rewards.answers", answers, ["_rowwise", "_missing", "_column", "extract_answer"]),
        ("chemtrove.train.rewards.reactions", reactions, ["_class_number", "reaction_class_reward"]),
    ],
)
def test_old_paths_give_the_same_objects(old, new, names):
    module = importlib.import_module(old)
    for name in names:
        assert getattr(module, name) is getattr(new, name), name


@pytest.mark.parametrize(
    ("old_name", "new_name"),
    [("_example", "make_example"), ("_formula", "formula_and_heavy_atoms"), ("_largest", "largest_molecule")],
)
def test_old_private_helpers_name_their_public_successors(old_name, new_name):
    # the per-domain builders and their helpers moved to chemtrove.tasks.examples under public names
    assert getattr(importlib.import_module("chemtrove.train.tasks"), old_name) is getattr(examples, new_name)


def test_old_paths_fail_clearly_on_unknown_names():
    old = importlib.import_module("chemtrove.train.tasks")
    with pytest.raises(AttributeError, match="moved to chemtrove.tasks"):
        old.no_such_builder  # noqa: B018


def test_from_import_of_private_helpers_still_works():
    from chemtrove.train.rewards.answers import MAX_SMILES_CHARS, _norm_text
    from chemtrove.train.tasks import _answer_text

    assert MAX_SMILES_CHARS == answers.MAX_SMILES_CHARS
    assert _norm_text("C–C") == answers._norm_text("C-C")
    assert _answer_text({"task": "name_to_smiles", "answer": "CCO"}) == "[START_SMILES]CCO[END_SMILES]"
