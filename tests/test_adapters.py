"""Adapter folders read back (chemtrove.adapters): routing, and clear errors before any weight is loaded."""

from __future__ import annotations

import pytest

from chemtrove import adapters
from chemtrove.formats import write_adapters_json


def test_expert_router_routes_by_task_and_the_learned_router_by_prompt():
    router = adapters.ExpertRouter({"molecules": ["name_to_smiles"], "reactions": ["reaction_class"]})
    rows = [{"task": "reaction_class"}, {"task": "name_to_smiles"}, {"task": "crystal_generation"}]
    assert router.groups(rows) == {"reactions": [0], "molecules": [1], None: [2]}
    learned = adapters.PromptRouter().fit(["Name the class of the reaction A>>B", "SMILES of ethanol?"], ["r", "m"])
    again = adapters.ExpertRouter.from_manifest(
        {"adapters": {"r": {"tasks": ["reaction_class"]}, "m": {"tasks": []}}, "router": learned.to_dict()}
    )
    assert again.route({"prompt": [{"role": "user", "content": "Name the class of the reaction C>>D"}]}) == "r"
    assert adapters.prompt_text([{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]) == "a\nb"


def test_loaders_refuse_folders_of_the_other_kind(tmp_path):
    pytest.importorskip("peft")
    with pytest.raises(FileNotFoundError, match="adapters.json"):
        adapters.load_adapter_folder(tmp_path)
    write_adapters_json(tmp_path, tmp_path, {"m": {"path": "m", "tasks": []}}, kind="experts")
    with pytest.raises(ValueError, match="chemtrove.adapters.load_experts"):
        adapters.load_adapter_folder(tmp_path)
    with pytest.raises(ValueError, match="not a folder of per-task experts"):
        adapters.load_experts(tmp_path / "nothing")
