"""Multi-task GRPO: per-task rewards, weights and normalization, balanced sampling, per-task curves."""

from __future__ import annotations

import math

import pytest

from chemtrove.tasks import balance_tasks
from chemtrove.tasks.rewards import format_reward, task_reward
from chemtrove.train.config import RewardArguments, parse_recipe
from chemtrove.train.multitask import TaskReward, expand_task_rewards


def test_task_reward_scores_only_its_rows_and_logs_raw_means():
    logged = []
    r = TaskReward("reaction_class", ["reaction_class"])
    out = r(
        ["<answer>Reductions</answer>", "<answer>CCO</answer>", "<answer>Oxidations</answer>"],
        task=["reaction_class", "name_to_smiles", "reaction_class"],
        answer=["Reductions", "CCO", "Reductions"],
        log_metric=lambda name, value: logged.append((name, value)),
    )
    assert out == [1.0, None, 0.0] and logged == [("task_rewards/reaction_class", 0.5)]


def test_std_normalization_puts_tasks_on_one_scale():
    """An easy task (rewards 0.8/1.0) and a hard one (0.0/0.4): raw spreads 0.2 and 0.4, both 2.0 after."""
    easy = TaskReward("a", [lambda c, **k: [float(x) for x in c]], normalization="std")
    hard = TaskReward("b", [lambda c, **k: [float(x) for x in c]], normalization="std")
    spreads = []
    for reward, values in ((easy, [0.8, 1.0, 0.8, 1.0]), (hard, [0.0, 0.4, 0.0, 0.4])):
        out = reward([str(v) for v in values], task=[reward.task] * 4)
        spreads.append(max(out) - min(out))
    assert spreads[0] == pytest.approx(spreads[1]) and spreads[0] == pytest.approx(2.0)
    small = TaskReward("c", [lambda c, **k: [0.5, 0.5]], normalization="std")
    assert small(["x", "y"], task=["c", "c"]) == [10.0, 10.0]  # min_std floor (0.05): no division by zero


def test_expand_replaces_task_with_weighted_per_task_rewards():
    funcs, weights = expand_task_rewards(
        [format_reward, task_reward], [0.5, 2.0], ["b_task", "a_task"], task_rewards={"a_task": ["format"],
        "b_task": ["tanimoto"]}, task_weights={"b_task": 3.0},
    )  # fmt: skip
    assert [f.__name__ for f in funcs] == ["format_reward", "task/a_task", "task/b_task"]
    assert weights == [0.5, 2.0, 6.0]
    with pytest.raises(ValueError, match="did you mean 'a_task'"):
        expand_task_rewards([task_reward], None, ["a_task"], task_weights={"a_tsk": 1.0})
    with pytest.raises(ValueError, match="no built-in score"):
        expand_task_rewards([task_reward], None, ["my_task"])


def test_reward_arguments_fail_at_construction_with_the_fix():
    with pytest.raises(ValueError, match="need reward_mode: per_task"):
        RewardArguments(task_weights={"reaction_class": 2.0})
    with pytest.raises(ValueError, match="add 'task' to reward_funcs"):
        RewardArguments(reward_funcs=["format"], reward_mode="per_task")
    with pytest.raises(ValueError, match="did you mean 'tanimoto'"):
        RewardArguments(reward_mode="per_task", task_rewards={"name_to_smiles": ["tanimotto"]})
    with pytest.raises(ValueError, match="did you mean 'per_task'"):
        RewardArguments(reward_mode="pertask")
    args = RewardArguments(reward_mode="per_task", task_weights="{reaction_class: 2}")  # command-line form
    assert args.task_weights == {"reaction_class": 2}


def test_balance_tasks_repeats_the_small_task():
    rows = [{"task": "big", "i": i} for i in range(6)] + [{"task": "small", "i": i} for i in range(2)]
    out = balance_tasks(rows, seed=1)
    assert len(out) == 12 and sum(r["task"] == "small" for r in out) == 6
    assert {r["i"] for r in out if r["task"] == "small"} == {0, 1}
    assert balance_tasks(rows, seed=1) == out


def length_reward(completions, **kwargs):
    """Shorter is better: varies inside every group, so GRPO's advantages are not all zero."""
    return [1.0 / (1.0 + len(c)) for c in completions]


def test_multitask_grpo_run_logs_per_task_curves(tokenizer_dir, tasks_dir, tmp_path):
    """A real GRPO run (LoRA on) over two tasks: one reward per task, weights expanded, raw curves logged
    and drawn in the report."""
    pytest.importorskip("trl")
    from chemtrove.train import grpo
    from chemtrove.train.models import save_tiny_model
    from chemtrove.train.report import read_history, write_report

    base = save_tiny_model(tmp_path / "base", tokenizer_dir, hidden_size=32, num_layers=2)
    cfg = {
        "seed": 0,
        "save_strategy": "no",
        "report_to": "none",
        "logging_steps": 1,
        "dataloader_num_workers": 0,
        "disable_tqdm": True,
        "model_name_or_path": str(base),
        "data": [str(tasks_dir)],
        "tasks": ["reaction_class", "formula_to_smiles"],
        "task_sampling": "balanced",
        "output_dir": str(tmp_path / "grpo"),
        "max_steps": 2,
        "per_device_train_batch_size": 4,
        "num_generations": 2,
        "max_completion_length": 8,
        "reward_funcs": ["format", "task"],
        "reward_weights": [0.2, 1.0],
        "reward_mode": "per_task",
        "task_rewards": {"formula_to_smiles": ["formula_match", "smiles_validity"]},
        "task_weights": {"reaction_class": 2.0},
        "task_reward_normalization": "std",
        "scale_rewards": "batch",
        "use_peft": True,
        "lora_r": 2,
    }
    model_args, data_args, score_args, reward_args, training_args = parse_recipe("grpo", [], cfg)
    reward_args.reward_funcs = [*reward_args.reward_funcs, length_reward]
    training_args.reward_weights = [0.2, 1.0, 1.0]
    s = grpo.train(model_args, data_args, score_args, reward_args, training_args)
    assert s["reward_funcs"] == ["format_reward", "task/formula_to_smiles", "task/reaction_class", "length_reward"]
    assert s["reward_weights"] == [0.2, 1.0, 2.0, 1.0]
    assert s["peft"]["merged"] and s["peft"]["fraction"] < 1
    history = read_history(tmp_path / "grpo")
    for task in ("reaction_class", "formula_to_smiles"):
        assert history[f"rewards/task/{task}/mean"]
        raw = [v for _, v in history[f"task_rewards/{task}"]]
        assert raw and all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in raw)
    assert set(s["task_rewards"]) == {"reaction_class", "formula_to_smiles"}
    report = write_report({"grpo": tmp_path / "grpo"}, tmp_path / "report")
    assert set(report["stages"]["grpo"]["task_rewards"]) == {"reaction_class", "formula_to_smiles"}
    assert "Per-task rewards of grpo" in (tmp_path / "report" / "report.md").read_text()
