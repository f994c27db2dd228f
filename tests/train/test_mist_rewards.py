"""MiST's reward shapes: values on real task rows and on adversarial completions, trl's calling convention."""

from __future__ import annotations

import pytest

from chemtrove.train.rewards import REWARDS, get_rewards
from chemtrove.train.rewards.mist import (
    choice_match_reward,
    mist_accuracy,
    mist_format,
    mist_reasoning_steps,
    permute_match_reward,
)

ADVERSARIAL = [
    "",
    None,
    "\x00\x01\ufeff<answer>\x00</answer>",
    "<think>" * 10_000,
    "<answer>" + "C" * 50_000 + "</answer>",
    "<think>a</think><answer>" + "C1" * 5_000 + "</answer>",  # a huge ring-closure soup
    "<think>a</think><answer>[START_SMILES]" * 200 + "CCO",
    "<think>a</think><answer>💥 ℂℂ𝕆 CCO</answer>",
    "<think>a</think><answer>" + "c1ccccc1 " * 5_000 + "</answer>",
    [{"role": "assistant", "content": "<think>a</think><answer>CCO</answer>"}],
    {"content": 42},
    "<think>a</think><answer>C" + "(C)" * 3_000 + "</answer>",
]


@pytest.mark.parametrize("reward", [mist_format, mist_reasoning_steps, mist_accuracy])
def test_adversarial_completions_give_numbers(reward):
    out = reward(ADVERSARIAL, answer=["CCO"] * len(ADVERSARIAL), prompts=["Make ethanol."] * len(ADVERSARIAL))
    assert len(out) == len(ADVERSARIAL)
    assert all(isinstance(v, float) for v in out)
    if reward is mist_accuracy:
        assert set(out) <= {-1.0, -0.5, 1.0}
        assert out[9] == 1.0 and out[7] == 1.0  # chat form; emoji and look-alike letters ignored
        assert out[0] == out[1] == out[3] == -1.0
    else:
        assert all(0.0 <= v <= 1.0 for v in out)


def test_format_is_the_block_share():
    block = "<think>plan</think>\n<answer>CCO</answer>"
    assert mist_format([block, block + " " * len(block), "junk" + block])[:2] == [1.0, 0.5]
    assert mist_format(["<answer>CCO</answer><think>x</think>"]) == [0.0]  # order matters
    # the prompt ends with <think>: a completion starting inside the thought is whole
    assert mist_format(["plan</think><answer>CCO</answer>"]) == [1.0]


def test_reasoning_steps_saturate_at_three():
    assert mist_reasoning_steps(["Step 1: a\nStep 2: b", "1. a\n- b\n* c\nHowever, d"]) == [0.6667, 1.0]


def test_accuracy_prompt_copy_exclusion():
    prompt = "Predict the product of [START_SMILES]CC(=O)O.OCC[END_SMILES]."
    done = "<think>esterification</think><answer>{}</answer>"
    got = mist_accuracy(
        [done.format(a) for a in ("OCC", "CC(=O)O and CCOC(C)=O", "CCOC(C)=O", "C(C)OC(=O)C", "CCCCCCCCCC")],
        answer=["CCOC(C)=O"] * 5,
        prompts=[prompt] * 5,
    )
    # echoing a reactant is unparseable; the longest remaining molecule counts; another spelling is right
    assert got == [-1.0, 1.0, 1.0, 1.0, -0.5]


def test_accuracy_longest_valid_molecule_wins():
    got = mist_accuracy(["<think>x</think><answer>CC or CCO</answer>", "<think>x</think><answer>CCO or CC</answer>",
                         "<think>x</think><answer>CCCC or CC</answer>"], answer=["CC"] * 3)  # fmt: skip
    assert got == [-0.5, -0.5, -0.5]
    # a one-letter reference A-J is a choice letter (methane's "C" reads as option C)
    assert mist_accuracy(["<think>x</think><answer>C</answer>"], answer=["C"]) == [1.0]


def test_accuracy_exact_for_canonicalization_and_copies_allowed_for_permute():
    # canonic: a valid but non-canonical spelling is wrong
    assert mist_accuracy(["<think>x</think><answer>OCC</answer>"], answer=["CCO"], task=["canonic"]) == [-0.5]
    # smi_permute: the prompt's molecule is the answer's, so only verbatim copies are dropped
    prompt = ["Write another SMILES of the molecule [START_SMILES]CCO[END_SMILES]."] * 2
    got = mist_accuracy(["<think>x</think><answer>CCO</answer>", "<think>x</think><answer>OCC</answer>"],
                        answer=["OCC", "OCC"], prompts=prompt, task=["smi_permute"] * 2)  # fmt: skip
    assert got == [-1.0, 1.0]
    assert permute_match_reward(["<answer>OCC</answer>", "<answer>CCO</answer>"], prompt=prompt) == [1.0, 0.0]


def test_accuracy_choices_and_missing_reference():
    got = mist_accuracy(
        ["<think>x</think><answer>C</answer>", "<think>x</think><answer>A, B</answer>",
         "<think>x</think><answer>False</answer>", "<think>x</think><answer>true or false</answer>",
         "<think>x</think><answer>3</answer>", "<think>x</think><answer>C</answer>"],
        answer=["C", "A", "True", "True", "C-C bond formation", None],
    )  # fmt: skip
    assert got == [1.0, -1.0, -0.5, -1.0, 1.0, None]
    # MiST's own column name
    assert mist_accuracy(["<think>x</think><answer>B</answer>"], solution=["B"]) == [1.0]


def test_choice_match_leaves_other_tasks_alone():
    got = choice_match_reward(["<answer>B</answer>"] * 2, answer=["B", "B"], task=["canonmc", "forward_reaction"])
    assert got == [1.0, None]


def test_registered_by_name_and_called_like_trl():
    for name in ("mist_format", "mist_reasoning_steps", "mist_accuracy", "choice_match", "permute_match"):
        assert name in REWARDS
    fns = get_rewards(["mist_format", "mist_accuracy"])
    # trl calls reward(prompts=..., completions=..., completion_ids=..., **columns)
    kwargs = {"prompts": ["p"], "completions": ["<think>a</think><answer>CCO</answer>"], "completion_ids": [[1]],
              "answer": ["CCO"], "task": ["rxnpred"], "trainer_state": None}  # fmt: skip
    assert [f(**kwargs) for f in fns] == [[1.0], [1.0]]


def test_think_answer_block_is_the_regex_match_in_linear_time():
    """The linear scan finds what the backtracking regex finds, on random tag soup and on the quadratic case."""
    import random
    import re

    from chemtrove.tasks.rewards.mist import think_answer_block

    block = re.compile(r"<think>(.*?)</think>\s*<answer>(.*?)</answer>", re.DOTALL)
    pieces = ["<think>", "</think>", "<answer>", "</answer>", " ", "\n", "x", "C"]
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        m = block.search(text)
        expected = (m.start(), m.end(), m.start(2), m.end(2)) if m else None
        assert think_answer_block(text) == expected, text
    # 20,000 unclosed blocks: the regex needs minutes here, the scan one pass (a hang would stop the suite)
    hostile = "<think>" + "</think><answer>" * 20_000
    assert think_answer_block(hostile) is None
    assert mist_format([hostile]) == [0.0]
