"""Per-task experts: named LoRA adapters on one base, trained by task tag, routed at scoring and generation.

Two experts (molecules: name_to_smiles; reactions: reaction_class) on a tiny Qwen2, a few SFT steps each,
then one GRPO step each continuing from the SFT experts folder.
"""

from __future__ import annotations

import pytest

from chemtrove.train.config import parse_recipe

torch = pytest.importorskip("torch")
pytest.importorskip("peft")

EXPERTS = ["molecules=name_to_smiles", "reactions=reaction_class"]


@pytest.fixture(scope="module")
def experts_run(tokenizer_dir, tasks_dir, tmp_path_factory):
    from chemtrove.train import sft
    from chemtrove.train.models import save_tiny_model

    work = tmp_path_factory.mktemp("experts")
    base = save_tiny_model(work / "base", tokenizer_dir, hidden_size=32, num_layers=2)
    cfg = {
        "seed": 0,
        "save_strategy": "no",
        "report_to": "none",
        "logging_steps": 1,
        "dataloader_num_workers": 0,
        "disable_tqdm": True,
        "model_name_or_path": str(base),
        "data": [str(tasks_dir)],
        "tasks": ["name_to_smiles", "reaction_class"],
        "output_dir": str(work / "sft"),
        "max_steps": 3,
        "per_device_train_batch_size": 4,
        "max_length": 160,
        "learning_rate": 5e-2,
        "use_peft": True,
        "lora_r": 4,
        "experts": EXPERTS,
        "expert_router": "learned",
        "score_split": "test",
        "score_samples": 6,
        "score_max_new_tokens": 4,
    }
    summary = sft.train(*parse_recipe("sft", [], cfg))
    return {"work": work, "base": base, "sft": summary, "cfg": cfg}


def test_sft_experts_train_one_adapter_each(experts_run):
    from chemtrove.train.lora import read_manifest

    s = experts_run["sft"]
    assert set(s["experts"]) == {"molecules", "reactions"}
    for name, e in s["experts"].items():
        assert e["steps"] == 3 and e["train_rows"] > 0 and 0 < e["fraction"] < 1, (name, e)
    manifest = read_manifest(experts_run["work"] / "sft")
    assert manifest["kind"] == "experts" and manifest["base_dir"] == str(experts_run["base"].resolve())
    assert manifest["adapters"]["reactions"]["tasks"] == ["reaction_class"]
    assert manifest["router"]["type"] == "learned"
    scores = s["scores"]
    assert scores["n"] == 6 and set(scores["experts"]) <= {"molecules", "reactions"}
    assert scores["router_accuracy"] >= 0.8  # templated prompts: the learned router finds the task family


def test_experts_differ_and_base_is_untouched(experts_run, tokenizer_dir):
    from transformers import AutoModelForCausalLM

    from chemtrove.train.experts import load_experts
    from chemtrove.train.models import load_tokenizer

    model, router = load_experts(experts_run["work"] / "sft")
    assert set(model.peft_config) == {"molecules", "reactions"}
    base = AutoModelForCausalLM.from_pretrained(str(experts_run["base"]), local_files_only=True)
    base_state = base.state_dict()
    with router.activate(model, None):
        for key, value in model.get_base_model().state_dict().items():
            plain = key.replace(".base_layer.", ".").replace(".original_module.", ".")
            if "lora_" not in key and ".modules_to_save." not in key and plain in base_state:
                assert torch.equal(value, base_state[plain]), key
    tok = load_tokenizer(tokenizer_dir)
    ids = tok("What is the SMILES of ethanol?\n", return_tensors="pt")
    logits = {}
    for name in (None, "molecules", "reactions"):
        with router.activate(model, name), torch.no_grad():
            logits[name] = model(**ids).logits
    assert not torch.allclose(logits["molecules"], logits["reactions"])
    assert not torch.allclose(logits[None], logits["molecules"])
    assert router.route({"prompt": "Name the class of the reaction CC>>CO.", "task": None}) == "reactions"


def test_grpo_continues_the_experts(experts_run, tasks_dir, tmp_path):
    from chemtrove.train import grpo
    from chemtrove.train.lora import read_manifest

    cfg = {
        **{k: v for k, v in experts_run["cfg"].items() if not k.startswith("score") and k != "max_length"},
        "model_name_or_path": str(experts_run["work"] / "sft"),
        "output_dir": str(tmp_path / "grpo"),
        "max_steps": 1,
        "num_generations": 2,
        "max_completion_length": 8,
        "beta": 0.0,
        "reward_funcs": ["format", "task"],
        "reward_weights": [0.2, 1.0],
        "expert_router": "task",
    }
    summary = grpo.train(*parse_recipe("grpo", [], cfg))
    assert {e["steps"] for e in summary["experts"].values()} == {1}
    manifest = read_manifest(tmp_path / "grpo")
    assert manifest["base_dir"] == str(experts_run["base"].resolve()) and manifest["router"] == {"type": "task"}


def test_expert_specs_fail_with_a_hint():
    from chemtrove.train.experts import parse_experts

    with pytest.raises(ValueError, match="did you mean 'reaction_class'"):
        parse_experts(["rxn=reaction_clas"])
    with pytest.raises(ValueError, match="belongs to both"):
        parse_experts(["reactions", "rxn=reaction_class"])
    with pytest.raises(ValueError, match="beta: 0.0"):
        from chemtrove.train.experts import train_experts

        args = parse_recipe("grpo", [], {"use_peft": True, "experts": ["reactions"], "beta": 0.1, "output_dir": "x"})
        train_experts("grpo", args[0], args[1], args[2], args[4], reward_args=args[3])


def test_eval_routes_generation_through_the_experts(experts_run, tasks_dir):
    """`chemtrove eval` on an experts folder: each task answered by its expert, generation metrics per task."""
    from chemtrove.eval import evaluate
    from chemtrove.eval.suites import Suite

    suite = Suite("gen", parts=("generation",), generation_items=2, max_new_tokens=6, batch_size=8)
    result = evaluate(experts_run["work"] / "sft", None, suite, tasks_dir=tasks_dir, device="cpu")
    assert result["experts"]["router"] == "learned"
    assert set(result["experts"]["experts"]) == {"molecules", "reactions"}
    gen = result["generation"]["metrics"]
    assert gen["name_to_smiles"]["n"] == 2 and "novelty" in gen["name_to_smiles"]
