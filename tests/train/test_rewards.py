"""Rewards: doctests, real reference answers score 1, and adversarial completions never raise."""

from __future__ import annotations

import doctest
import math
import time

import pytest

from chemtrove.train import rewards as R
from chemtrove.train.tasks import TaskConfig, build_examples


@pytest.mark.parametrize(
    "module",
    [
        "chemtrove.train.rewards",
        "chemtrove.train.rewards.answers",
        "chemtrove.train.rewards.molecules",
        "chemtrove.train.rewards.reactions",
        "chemtrove.train.rewards.crystals",
        "chemtrove.train.rewards.registry",
        "chemtrove.train.tasks",
        "chemtrove.train.config",
        "chemtrove.train.multitask",
        "chemtrove.train.experts",
        "chemtrove.train.traces",
        "chemtrove.eval.generation",
    ],
)
def test_doctests(module):
    import importlib

    mod = importlib.import_module(module)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0


def _columns(rows):
    return {k: [r[k] for r in rows] for k in ("task", "answer", "formula", "space_group")}


def test_reference_answers_score_one(raw_records):
    """Every task's own completion (the SFT target) gets the full task reward, in every format."""
    for fmt, per_task in (("think", 40), ("answer", 8), ("plain", 8)):
        rows = build_examples(raw_records, TaskConfig(format=fmt, max_per_task=per_task))
        assert {r["task"] for r in rows} == set(R.KNOWN_TASKS)
        scores = R.task_reward([r["completion"] for r in rows], **_columns(rows))
        bad = [(r["task"], r["completion"][:80]) for r, s in zip(rows, scores, strict=True) if s != 1.0]
        assert not bad, bad[:5]
        if fmt == "think":
            assert R.format_reward([r["completion"] for r in rows]) == [1.0] * len(rows)


def test_each_reward_on_its_tasks(raw_records):
    rows = build_examples(raw_records, TaskConfig(max_per_task=10))
    comps, cols = [r["completion"] for r in rows], _columns(rows)
    for name, fn in R.REWARDS.items():
        values = fn(comps, **cols)
        for r, v in zip(rows, values, strict=True):
            applies = getattr(fn, "applies_to", None)
            if applies is not None and r["task"] not in applies:
                assert v is None, (name, r["task"], v)
            elif v is not None and name not in ("smiles_validity", "cif_validity", "mist_reasoning_steps"):
                assert v == 1.0, (name, r["task"], r["completion"][:100], v)


def test_wrong_answers_score_zero():
    # copying the randomized input is the right molecule but not the canonical string
    assert R.exact_match_reward(["<answer>OCC</answer>"], answer=["CCO"]) == [0.0]
    assert R.canonical_match_reward(["<answer>OCC</answer>"], answer=["CCO"]) == [1.0]
    # the formula itself is no molecule
    assert R.formula_match_reward(["<answer>C2H6O</answer>"], formula=["C2H6O"]) == [0.0]
    assert R.formula_match_reward(["<answer>CC=O</answer>"], formula=["C2H6O"]) == [0.0]
    # "3: Reductions" contradicts itself; class 11 does not exist
    answers = ["<answer>3: Reductions</answer>", "<answer>11</answer>", "<answer>Class 7</answer>"]
    assert R.reaction_class_reward(answers, answer=["C-C bond formation", "Reductions", "Reductions"]) == [0, 0, 1]
    assert R.tanimoto_reward(["<answer>c1ccccc1</answer>"], answer=["CCCCCC"]) == [0.0]
    assert 0 < R.tanimoto_reward(["<answer>c1ccccc1C</answer>"], answer=["c1ccccc1CC"])[0] < 1


def test_rewards_answer_none_off_task():
    comps = ["<answer>CCO</answer>"] * 3
    tasks = ["reaction_class", "crystal_generation", "name_to_smiles"]
    assert R.canonical_match_reward(comps, answer=["CCO"] * 3, task=tasks) == [None, None, 1.0]
    assert R.smiles_validity_reward(comps, task=tasks) == [None, None, 1.0]
    # an unknown task name is scored (user datasets), a missing reference is not
    assert R.canonical_match_reward(comps[:1], answer=["CCO"], task=["my_task"]) == [1.0]
    assert R.canonical_match_reward(comps[:1], answer=[None]) == [None]
    assert R.space_group_match_reward(comps[:1], space_group=[float("nan")]) == [None]


def test_conversational_completions():
    comps = [[{"role": "assistant", "content": "<think>x</think><answer>CCO</answer>"}]]
    assert R.canonical_match_reward(comps, answer=["OCC"]) == [1.0]
    assert R.format_reward(comps) == [1.0]


CIF = (
    "data_Po\n_cell_length_a 3.35\n_cell_length_b 3.35\n_cell_length_c 3.35\n_cell_angle_alpha 90\n"
    "_cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 1'\nloop_\n"
    "_atom_site_type_symbol\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
    "Po Po1 0 0 0\n"
)

ADVERSARIAL = [
    "",
    " ",
    None,
    42,
    {"content": None},
    [],
    [{"role": "assistant"}],
    "<answer>",
    "</answer>",
    "<answer></answer>",
    "<answer>   </answer>",
    "</answer>CCO<answer>",
    "<answer><answer>CCO</answer></answer>",
    "<answer>CCO</answer>" * 1000,
    "<think><think></think></think><answer>CCO</answer>",
    "<think>" * 10000 + "<answer>C</answer>",
    "<answer>[START_SMILES]CCO</answer>",
    "<answer>[END_SMILES]CCO[START_SMILES]</answer>",
    "<answer>[START_SMILES][START_SMILES]C[END_SMILES][END_SMILES]</answer>",
    "<answer>[START_CIF]data_x[END_CIF]</answer>",
    "<answer>" + "C" * 20_000 + "</answer>",  # RDKit segfaults writing this molecule: must never reach it
    "<answer>" + "C" * 999 + "</answer>",
    "<answer>" + "c1" * 300 + "</answer>",
    "<answer>C" + "(C)" * 900 + "</answer>",
    "<answer>" + "[C@@H]" * 150 + "</answer>",
    "<answer>CC>>CC>>CC</answer>",
    "<answer>" + ".".join(["C"] * 600) + "</answer>",
    "<answer>Ｃ Ｃ Ｏ</answer>",
    "<answer>☃💥 ∑ Ω</answer>",
    "<answer>\x00\x01\x02</answer>",
    "<answer>\ud800</answer>",
    "<answer>C\nC\nO</answer>",
    "<answer>" + "x" * 5_000_000 + "</answer>",
    "x" * 5_000_000,
    f"<answer>{CIF}</answer>",
    f"<answer>{CIF * 50}</answer>",
    "<answer>" + CIF.replace("3.35", "-3.35") + "</answer>",
    "<answer>" + CIF.replace("3.35", "1e308") + "</answer>",
    "<answer>" + CIF.replace("3.35", "nan") + "</answer>",
    "<answer>" + CIF.replace("Po Po1 0 0 0", "Xx X1 0 0 0") + "</answer>",
    "<answer>" + CIF.replace("Po Po1 0 0 0", "Po Po1 0 0 0\n" * 3000) + "</answer>",
    "<answer>data_\n_symmetry_Int_Tables_number 999\nloop_\n _symmetry_equiv_pos_site_id\n</answer>",
    "<answer>loop_\nloop_\nloop_</answer>",
    "<answer>Sr(TiO3</answer>",
    "<answer>Sr1e400Ti</answer>",
    "<answer>" + "Sr" * 10_000 + "</answer>",
    "<answer>class 99999999999999999999</answer>",
    "<answer>-1</answer>",
]

REFERENCES = {
    "task": ["name_to_smiles", "reaction_class", "crystal_generation", "crystal_composition", "bogus", None, 3],
    "answer": ["CCO", "C-C bond formation", CIF, "Po", "", None, float("nan")],
    "formula": ["C2H6O", None, "Po", "Po", "", "Xx9", 7],
    "space_group": [None, None, 221, 221, 0, 9999, "abc"],
}


def test_adversarial_completions_never_raise():
    """Every reward, every hostile completion, every kind of reference: a list of floats/None, quickly."""
    n = len(ADVERSARIAL)
    for k in range(len(REFERENCES["task"])):
        cols = {c: [v[k]] * n for c, v in REFERENCES.items()}
        for name, fn in R.REWARDS.items():
            t0 = time.perf_counter()
            values = fn(ADVERSARIAL, **cols)
            elapsed = time.perf_counter() - t0
            assert len(values) == n, name
            lo = -1.0 if name == "mist_accuracy" else 0.0  # MiST's shape: -1 unparseable, -0.5 wrong, +1 right
            for v in values:
                assert v is None or (isinstance(v, float) and lo <= v <= 1.0 and not math.isnan(v)), (name, v)
            assert elapsed < 30, (name, elapsed)


def test_adversarial_answers_mostly_zero():
    cols = {"answer": ["CCO"] * len(ADVERSARIAL), "task": ["name_to_smiles"] * len(ADVERSARIAL)}
    values = R.canonical_match_reward(ADVERSARIAL, **cols)
    hits = [c for c, v in zip(ADVERSARIAL, values, strict=True) if v == 1.0]
    # only well-formed answers naming ethanol score: the repeated block and the nested one (last block wins)
    assert all(isinstance(c, str) and "CCO" in c for c in hits)
    assert "<answer>Ｃ Ｃ Ｏ</answer>" not in hits


def test_extract_answer_rules():
    assert R.extract_answer("<answer>a</answer> trailing <answer>b</answer>") == "b"
    assert R.extract_answer("<answer>a</answer><answer>b") is None  # an unclosed last block is no answer
    assert R.extract_answer("no tags, just CCO") == "no tags, just CCO"
    assert R.extract_answer("<think>x</think> CCO ") == "CCO"
    assert R.extract_answer("x</answer>") is None
    assert R.answer_smiles("<answer>" + "C" * 5000 + "</answer>") is None


def test_get_rewards():
    assert R.get_rewards(["format", "task"]) == [R.format_reward, R.task_reward]
    with pytest.raises(ValueError, match="unknown reward"):
        R.get_rewards(["nope"])
