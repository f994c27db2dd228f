"""Multi-task GRPO: one reward per task, with its own functions, weight and normalization, and its own curve.

One GRPO run over several tasks (molecule-, reaction- and crystal-level, as in Chem-R's balanced multi-task
RL) must not let an easy task drown a hard one. With ``reward_mode: per_task`` in a recipe
(:class:`chemtrove.train.config.RewardArguments`), the ``task`` entry of ``reward_funcs`` becomes one
:class:`TaskReward` per task of the training data:

* it scores only its task's rows (``None`` elsewhere, which trl leaves out of the sum), as the mean of the
  task's reward functions (``task_rewards: {crystal_generation: [cif_validity, space_group_match]}``;
  default: the task's own score, :data:`chemtrove.tasks.rewards.TASK_REWARDS`);
* it has its own weight in trl's ``reward_weights``: the ``task`` entry's weight times
  ``task_weights[task]`` (default 1.0);
* with ``task_reward_normalization: std`` it divides its rewards by a running estimate of its own standard
  deviation, so every task's reward is on one scale;
* trl logs it as ``rewards/task/<task>/mean`` (after normalization), and it logs its raw mean as
  ``task_rewards/<task>`` through trl's ``log_metric``: the per-task curves of the training report.

How this meets trl's advantage computation: with trl's default ``scale_rewards: group`` every group (the
generations of one prompt, hence of one task) is already divided by its own standard deviation, so a task's
weight and normalization only change the balance between its score and the shared rewards (``format``).
To weigh tasks against each other, use ``scale_rewards: batch`` or ``none`` with
``task_reward_normalization: std`` and ``task_weights``. How often each task is seen is the other half of the
balance: ``task_sampling: balanced`` (:func:`chemtrove.tasks.balance_tasks`) gives every task as many
prompts as the largest.

Example:
    >>> r = TaskReward("name_to_smiles")
    >>> r(["<answer>OCC</answer>", "<answer>Reductions</answer>"], task=["name_to_smiles", "reaction_class"],
    ...   answer=["CCO", "Reductions"])
    [1.0, None]
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from chemtrove.hints import check_choice
from chemtrove.tasks.rewards import TASK_REWARDS, Reward, get_rewards, task_reward


class TaskReward:
    """The reward of one task in a multi-task run (trl's signature ``(completions, **columns)``).

    Args:
        task: The task whose rows it scores; other rows get ``None``.
        funcs: Reward functions (or names, see :func:`chemtrove.tasks.rewards.get_rewards`) averaged per row;
            a function answering ``None`` for a row is left out of that row's mean (default: the task's own
            score, :func:`chemtrove.tasks.rewards.task_reward`).
        normalization: ``none`` or ``std`` (divide by a running estimate of this task's reward standard
            deviation).
        momentum: Weight of the past in the running variance (``std`` normalization).
        min_std: Floor of the standard deviation used to divide (a task whose rewards barely vary is not
            blown up).

    Example:
        >>> r = TaskReward("formula_to_smiles", ["formula_match", "smiles_validity"])
        >>> r(["<answer>COC</answer>", "<answer>CC</answer>", "<answer>x</answer>"],
        ...   task=["formula_to_smiles"] * 3, formula=["C2H6O"] * 3)
        [1.0, 0.5, 0.0]
        >>> r.__name__
        'task/formula_to_smiles'
    """

    def __init__(
        self,
        task: str,
        funcs: Sequence[str | Reward] | None = None,
        *,
        normalization: str = "none",
        momentum: float = 0.9,
        min_std: float = 0.05,
    ) -> None:
        self.task = task
        self.funcs = get_rewards(list(funcs)) if funcs else [task_reward]
        self.normalization = normalization
        self.momentum = momentum
        self.min_std = min_std
        self.variance: float | None = None
        self.__name__ = f"task/{task}"

    def scale(self) -> float:
        """The current divisor (1.0 without normalization or before the first batch)."""
        if self.normalization != "std" or self.variance is None:
            return 1.0
        return max(math.sqrt(self.variance), self.min_std)

    def __call__(self, completions: Sequence[Any], **columns: Any) -> list[float | None]:
        n = len(completions)
        task_col = list(columns.get("task") or [None] * n)
        rows = [i for i in range(n) if task_col[i] == self.task]
        out: list[float | None] = [None] * n
        if not rows:
            return out
        sub = {k: [v[i] for i in rows] for k, v in columns.items() if isinstance(v, (list, tuple)) and len(v) == n}
        parts = [f([completions[i] for i in rows], **sub) for f in self.funcs]
        raw = []
        for j in range(len(rows)):
            values = [p[j] for p in parts if p[j] is not None]
            raw.append(sum(values) / len(values) if values else 0.0)
        log_metric: Callable[[str, float], None] | None = columns.get("log_metric")
        if log_metric is not None:
            log_metric(f"task_rewards/{self.task}", sum(raw) / len(raw))
        if self.normalization == "std":
            mean = sum(raw) / len(raw)
            var = sum((v - mean) ** 2 for v in raw) / len(raw)
            self.variance = var if self.variance is None else self.momentum * self.variance + (1 - self.momentum) * var
        scale = self.scale()
        for i, v in zip(rows, raw, strict=True):
            out[i] = v / scale
        return out


def expand_task_rewards(
    funcs: Sequence[Reward],
    weights: Sequence[float] | None,
    tasks: Sequence[str],
    *,
    task_rewards: dict[str, Sequence[str]] | None = None,
    task_weights: dict[str, float] | None = None,
    normalization: str = "none",
) -> tuple[list[Reward], list[float]]:
    """Replace the ``task`` reward in a reward list by one :class:`TaskReward` per task, with their weights.

    Args:
        funcs: Reward functions (from :func:`chemtrove.tasks.rewards.get_rewards`); each
            :func:`~chemtrove.tasks.rewards.task_reward` among them is expanded.
        weights: trl's ``reward_weights`` for ``funcs`` (``None``: all 1.0).
        tasks: The tasks of the training data.
        task_rewards: ``{task: [reward names]}`` (default: each task's own score).
        task_weights: ``{task: weight}`` multiplying the ``task`` entry's weight (default 1.0).
        normalization: ``none`` or ``std`` (see :class:`TaskReward`).

    Returns:
        ``(functions, weights)`` for ``GRPOTrainer`` and ``reward_weights``.

    Raises:
        ValueError: When ``weights`` does not match ``funcs``, a task of ``task_rewards``/``task_weights`` is
            not in the data, or a task has no reward (not a built-in task and not in ``task_rewards``).

    Example:
        >>> from chemtrove.tasks.rewards import format_reward
        >>> fs, ws = expand_task_rewards([format_reward, task_reward], [0.2, 1.0], ["reaction_class", "name_to_smiles"],
        ...                              task_weights={"reaction_class": 3.0})
        >>> [getattr(f, "__name__") for f in fs], ws
        (['format_reward', 'task/name_to_smiles', 'task/reaction_class'], [0.2, 1.0, 3.0])
    """
    weights = list(weights) if weights is not None else [1.0] * len(funcs)
    if len(weights) != len(funcs):
        raise ValueError(f"reward_weights has {len(weights)} values for {len(funcs)} reward_funcs: give one per reward")
    tasks = sorted(set(tasks))
    for what, given in (("task_rewards", task_rewards), ("task_weights", task_weights)):
        for t in given or {}:
            check_choice(f"{what} (tasks in the training data)", t, tasks)
    out_f: list[Reward] = []
    out_w: list[float] = []
    for f, w in zip(funcs, weights, strict=True):
        if f is not task_reward:
            out_f.append(f)
            out_w.append(float(w))
            continue
        for t in tasks:
            chosen = (task_rewards or {}).get(t)
            if chosen is None and t not in TASK_REWARDS:
                raise ValueError(f"task {t!r} has no built-in score: give its rewards in task_rewards: {{{t}: [...]}}")
            out_f.append(TaskReward(t, chosen, normalization=normalization))
            out_w.append(float(w) * float((task_weights or {}).get(t, 1.0)))
    return out_f, out_w


def task_reward_curves(log_history: Sequence[dict[str, Any]]) -> dict[str, list[tuple[int, float]]]:
    """Raw per-task reward curves from a trainer's ``log_history``: ``{task: [(step, mean reward)]}``.

    Example:
        >>> task_reward_curves([{"step": 1, "task_rewards/a": 0.5}, {"step": 2, "task_rewards/a": 0.75, "loss": 1}])
        {'a': [(1, 0.5), (2, 0.75)]}
    """
    curves: dict[str, list[tuple[int, float]]] = {}
    for entry in log_history:
        for key, value in entry.items():
            if key.startswith("task_rewards/") and isinstance(value, (int, float)) and math.isfinite(value):
                curves.setdefault(key.split("/", 1)[1], []).append((int(entry.get("step", 0)), float(value)))
    return curves


__all__ = ["TaskReward", "expand_task_rewards", "task_reward_curves"]
