"""The quickstart reads its settings from the YAML recipes shipped in chemtrove/data (no Python copy)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from chemtrove import quickstart
from chemtrove.mixtures import MixtureSpec


def test_every_recipe_is_shipped_and_parses():
    data = resources.files("chemtrove") / "data"
    for name in quickstart.QUICKSTART_FILES:
        assert isinstance(yaml.safe_load((data / name).read_text(encoding="utf-8")), dict), name


def test_the_mixture_spec_is_the_shipped_one_with_its_folders_under_out(tmp_path):
    shipped = quickstart.recipe("quickstart_mixture.yaml")
    spec = quickstart.mixture_spec(tmp_path)
    assert spec["tokenizer"] == str(tmp_path / "tokenizer") and spec["output"] == str(tmp_path / "mixture")
    assert {s["path"] for s in spec["sources"]} == {str(tmp_path / "tokens")}
    assert (spec["total_tokens"], spec["seq_len"], spec["sampling"]) == (200_000, 256, shipped["sampling"])
    assert quickstart.mixture_spec(tmp_path, budget=1000)["total_tokens"] == 1000
    MixtureSpec.from_dict(spec)  # a valid spec


def test_the_tasks_are_the_shipped_ones():
    assert list(quickstart.QUICKSTART_TASKS) == quickstart.recipe("quickstart_tasks.yaml")["tasks"]


def test_stage_configs_are_the_shipped_recipe_with_paths_under_the_training_folder(tmp_path):
    pytest.importorskip("trl")
    work, tok = tmp_path / "train", tmp_path / "tokenizer"
    configs = quickstart.stage_configs(work, tok, tmp_path / "mixture", steps={})
    shipped = quickstart.recipe("quickstart_train.yaml")
    assert (
        configs["cpt"]["data"] == [str(tmp_path / "mixture")] and configs["cpt"]["model_name_or_path"] == "tiny-qwen2"
    )
    assert configs["sft"]["model_name_or_path"] == str(work / "cpt") and configs["sft"]["data"] == [str(work / "tasks")]
    assert configs["grpo"]["output_dir"] == str(work / "grpo")
    for stage in quickstart.STAGES:
        assert configs[stage]["tokenizer_name_or_path"] == str(tok)
        assert configs[stage]["max_steps"] == shipped[stage]["max_steps"]
        assert configs[stage]["logging_steps"] == shipped["logging_steps"] and configs[stage]["save_strategy"] == "no"
    fewer = quickstart.stage_configs(work, tok, tmp_path, steps={"cpt": 3}, score_samples=4, long_prompts=True)
    assert (fewer["cpt"]["max_steps"], fewer["cpt"]["warmup_steps"]) == (3, 1)
    assert fewer["sft"]["score_samples"] == 4 and fewer["sft"]["max_length"] == 512
    assert Path(fewer["sft"]["output_dir"]).name == "sft"
