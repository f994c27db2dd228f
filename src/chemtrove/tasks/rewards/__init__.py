"""Rule-based chemistry rewards with trl's signature: ``reward(completions, **columns) -> list[float | None]``.

Every function takes the model's completions (plain strings, or trl's conversational form: a list of
messages whose last ``content`` is the answer) and the dataset columns it needs as keyword arguments,
exactly as :class:`trl.GRPOTrainer` calls it. It returns one value per completion:

* ``1.0`` / ``0.0`` (or a similarity in [0, 1]) for a scored completion;
* ``None`` when the reward does not apply to that row: its reference column is missing or unusable, or
  the row's ``task`` is one the reward is not meant for. trl turns ``None`` into NaN and leaves it out of
  the sum, so one list of reward functions serves a dataset that mixes tasks.

Nothing here raises on what a model writes (empty, huge, unicode, nested or repeated tags): the chemistry
goes through :mod:`chemtrove.chem`, which answers with reason codes, answers are capped in length before
RDKit or pymatgen see them, and each row is scored inside its own guard.

The answer is the content of the last ``<answer>...</answer>`` block (see :func:`extract_answer`); tags
``[START_SMILES]...[END_SMILES]`` / ``[START_CIF]...[END_CIF]`` around it are allowed. Which reward fits
which task is in :data:`TASK_REWARDS`; :func:`task_reward` dispatches on the ``task`` column.

Modules, one reward family each: ``answers`` (extraction, format), ``molecules``, ``reactions``,
``crystals``, and ``registry`` (task scores, rewards by name); everything public is importable from here.

Example:
    >>> completions = ["<think>ester</think><answer>CC(=O)OC</answer>", "<answer>OCC</answer>", "no idea"]
    >>> canonical_match_reward(completions, answer=["COC(C)=O", "CCO", "CCO"])
    [1.0, 1.0, 0.0]
    >>> format_reward(completions)
    [1.0, 0.0, 0.0]
"""

from __future__ import annotations

from chemtrove.tasks.rewards.answers import (
    KNOWN_TASKS,
    MAX_CIF_CHARS,
    MAX_REACTION_CHARS,
    MAX_SMILES_CHARS,
    MAX_TEXT_CHARS,
    Reward,
    answer_cif,
    answer_smiles,
    answer_tag_reward,
    completion_text,
    extract_answer,
    format_reward,
)
from chemtrove.tasks.rewards.crystals import cif_validity_reward, composition_match_reward, space_group_match_reward
from chemtrove.tasks.rewards.molecules import (
    canonical_answer,
    canonical_match_reward,
    exact_match_reward,
    formula_match_reward,
    molecular_formula,
    name_match_reward,
    smiles_validity_reward,
    tanimoto_reward,
)
from chemtrove.tasks.rewards.reactions import reaction_class_names, reaction_class_reward
from chemtrove.tasks.rewards.registry import REWARDS, TASK_REWARDS, check_reward_name, get_rewards, task_reward

__all__ = [
    "KNOWN_TASKS",
    "MAX_CIF_CHARS",
    "MAX_REACTION_CHARS",
    "MAX_SMILES_CHARS",
    "MAX_TEXT_CHARS",
    "Reward",
    "REWARDS",
    "TASK_REWARDS",
    "answer_cif",
    "answer_smiles",
    "answer_tag_reward",
    "canonical_answer",
    "canonical_match_reward",
    "check_reward_name",
    "cif_validity_reward",
    "completion_text",
    "composition_match_reward",
    "exact_match_reward",
    "extract_answer",
    "format_reward",
    "formula_match_reward",
    "get_rewards",
    "molecular_formula",
    "name_match_reward",
    "reaction_class_names",
    "reaction_class_reward",
    "smiles_validity_reward",
    "space_group_match_reward",
    "tanimoto_reward",
    "task_reward",
]
