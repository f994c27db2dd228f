"""The one "did you mean" helper, as every registry's message uses it."""

from __future__ import annotations

import pytest

from chemtrove.eval.suites import get_suite
from chemtrove.hints import suggest
from chemtrove.tasks import TaskConfig
from chemtrove.tasks.rewards import check_reward_name
from chemtrove.train.config import LORA_NEW_TOKENS, check_choice


def test_suggest_names_the_closest_and_every_option():
    assert suggest("tanimotto", ["format", "tanimoto"]) == "did you mean 'tanimoto'? available: format, tanimoto"
    assert suggest("zzz", ("b", "a"), sort=True) == "available: a, b"
    assert suggest(3, [1, 2, 3]).startswith("did you mean '3'?")


def test_registries_use_it():
    with pytest.raises(ValueError, match="did you mean 'quick'"):
        get_suite("quik")
    with pytest.raises(ValueError, match="did you mean 'tanimoto'"):
        check_reward_name("tanimotto")
    with pytest.raises(ValueError, match="did you mean 'name_to_smiles'"):
        TaskConfig(tasks=["name_to_smile"])
    with pytest.raises(ValueError, match="did you mean 'rows'"):
        check_choice("lora_new_tokens", "row", LORA_NEW_TOKENS)
