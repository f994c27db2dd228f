"""Tiny CPT -> SFT -> GRPO end to end on CPU with the CI recipe (configs/train/tiny_cpu.yaml).

The model is a random Qwen2 (hidden 64, 2 layers) built with the *base* tokenizer's vocabulary, so CPT also
grows the embeddings for the chemistry tokens. Asserted: losses fall, weights change, rewards are computed
and logged, checkpoints reload (and resume), the embeddings are fitted once and not re-initialized by the
later stages, the report is written.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
from pathlib import Path

import pytest

from chemtrove.train.config import parse_recipe

torch = pytest.importorskip("torch")
pytest.importorskip("trl")

REPO = Path(__file__).resolve().parents[2]
RECIPE = REPO / "configs" / "train" / "tiny_cpu.yaml"


def _base_size(tokenizer_dir) -> int:
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(tokenizer_dir / "base" / "tokenizer.json")).get_vocab_size(with_added_tokens=True)


def _weights(folder):
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(str(folder), local_files_only=True)
    return {k: v.detach().clone() for k, v in model.state_dict().items()}


def _changed(a, b) -> float:
    """Largest absolute change over the tensors both state dicts share (same shape)."""
    return max((a[k] - b[k]).abs().max().item() for k in a if k in b and a[k].shape == b[k].shape)


def cpt_args(tokenizer_dir, shards, out, *extra):
    return [
        "--config", str(RECIPE),
        "--tokenizer_name_or_path", str(tokenizer_dir),
        "--data", str(shards),
        "--output_dir", str(out),
        "--tiny_vocab_size", str(_base_size(tokenizer_dir)),
        "--max_steps", "12", "--save_steps", "6", "--logging_steps", "2",
        "--per_device_train_batch_size", "4", "--max_length", "64", "--warmup_steps", "1",
        *extra,
    ]  # fmt: skip


def length_reward(completions, **kwargs):
    """Shorter is better: a reward whose values always differ inside a group, so GRPO's advantages are not
    all zero and the weights must move (the chemistry rewards of a random tiny model are all 0)."""
    from chemtrove.tasks.rewards import completion_text

    return [1.0 / (1.0 + len(completion_text(c))) for c in completions]


@pytest.fixture(scope="module")
def run(shards, tokenizer_dir, tasks_dir, tmp_path_factory):
    """The three stages, once for all tests of this module."""
    from chemtrove.train import cpt, grpo, sft

    work = tmp_path_factory.mktemp("run")
    out = {"work": work}
    out["cpt"] = cpt.train(*parse_recipe("cpt", cpt_args(tokenizer_dir, shards, work / "cpt")))
    sft_args = [
        "--config", str(RECIPE),
        "--tokenizer_name_or_path", str(tokenizer_dir),
        "--model_name_or_path", str(work / "cpt"),
        "--data", str(tasks_dir),
        "--tasks", "name_to_smiles", "formula_to_smiles", "reaction_class",
        "--output_dir", str(work / "sft"),
        "--max_steps", "12", "--logging_steps", "2", "--save_strategy", "no", "--warmup_steps", "1",
        "--per_device_train_batch_size", "4", "--max_length", "256",
        "--eval_steps", "12", "--max_eval_samples", "8",
        "--score_samples", "6", "--score_max_new_tokens", "24",
    ]  # fmt: skip
    out["sft"] = sft.train(*parse_recipe("sft", sft_args))
    grpo_args = [
        "--config", str(RECIPE),
        "--tokenizer_name_or_path", str(tokenizer_dir),
        "--model_name_or_path", str(work / "sft"),
        "--data", str(tasks_dir),
        "--output_dir", str(work / "grpo"),
        "--max_steps", "2", "--logging_steps", "1", "--save_strategy", "no",
        "--per_device_train_batch_size", "4", "--num_generations", "2", "--max_completion_length", "24",
        "--learning_rate", "1e-2",
        "--score_samples", "4", "--score_max_new_tokens", "16",
    ]  # fmt: skip
    model_args, data_args, score_args, reward_args, training_args = parse_recipe("grpo", grpo_args)
    assert reward_args.reward_funcs == ["format", "task"] and training_args.reward_weights == [0.2, 1.0]
    reward_args.reward_funcs = [*reward_args.reward_funcs, length_reward]
    training_args.reward_weights = [0.2, 1.0, 1.0]
    out["grpo"] = grpo.train(model_args, data_args, score_args, reward_args, training_args)
    return out


def test_cpt_loss_falls_and_embeddings_grow(run, tokenizer_dir):
    from chemtrove.train.models import MARKER, load_tokenizer, tokenizer_fingerprint

    s = run["cpt"]
    assert s["steps"] == 12 and s["last_loss"] < s["first_loss"] - 0.5, s
    emb = s["embeddings"]
    tok = load_tokenizer(tokenizer_dir)
    assert emb["resized"] and emb["old_rows"] == _base_size(tokenizer_dir) and emb["new_rows"] == len(tok)
    assert emb["initialized"] == len(tok) - _base_size(tokenizer_dir)
    cfg = json.loads((run["work"] / "cpt" / "config.json").read_text())
    assert cfg[MARKER] == tokenizer_fingerprint(tok) and cfg["vocab_size"] == len(tok)
    info = json.loads((run["work"] / "cpt" / "run_info.json").read_text())
    assert info["world_size"] == 1 and info["tokens"] == 12 * 4 * 64


def test_checkpoints_reload_and_weights_change(run):
    final = _weights(run["work"] / "cpt")
    ckpt = _weights(run["work"] / "cpt" / "checkpoint-12")
    assert all(torch.equal(final[k], ckpt[k]) for k in final)
    assert _changed(final, _weights(run["work"] / "cpt" / "checkpoint-6")) > 0
    assert _changed(_weights(run["work"] / "sft"), final) > 1e-4
    assert _changed(_weights(run["work"] / "grpo"), _weights(run["work"] / "sft")) > 1e-6


def test_resume_from_checkpoint_through_the_cli(run, tokenizer_dir, shards):
    """`chemtrove train cpt` with overrides; resume_from_checkpoint: auto continues from checkpoint-12."""
    from chemtrove.train.cli import main

    argv = ["train", "cpt", *cpt_args(tokenizer_dir, shards, run["work"] / "cpt")]
    argv[argv.index("--max_steps") + 1] = "14"
    with contextlib.redirect_stdout(io.StringIO()) as buf:
        assert main(argv) == 0
    text = buf.getvalue()  # the summary is the last JSON object (a quiet console prints no log lines before it)
    assert "'grad_norm'" not in text  # no trainer log dicts
    summary = json.loads(text[text.rfind("\n{\n") + 1 : text.rindex("}") + 1])
    assert summary["resumed_from"] == "checkpoint-12" and summary["steps"] == 14


def test_sft_trains_completions_and_keeps_embeddings(run):
    s = run["sft"]
    assert s["last_loss"] < s["first_loss"], s
    assert s["embeddings"]["how"] == "none" and not s["embeddings"]["resized"]  # CPT's rows are kept
    assert s["eval_loss"] is not None and math.isfinite(s["eval_loss"])
    scores = json.loads((run["work"] / "sft" / "scores.json").read_text())
    assert scores["n"] == 6 and set(scores["per_task"]) <= {"name_to_smiles", "formula_to_smiles", "reaction_class"}
    assert all(0.0 <= v <= 1.0 for v in scores["per_task"].values())


def test_grpo_rewards_are_computed(run):
    from chemtrove.train.report import read_history

    s = run["grpo"]
    assert s["steps"] == 2 and s["reward_funcs"] == ["format_reward", "task_reward", "length_reward"]
    history = read_history(run["work"] / "grpo")
    for name in ("format_reward", "task_reward", "length_reward"):
        values = [v for _, v in history[f"rewards/{name}/mean"]]
        assert len(values) == 2 and all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in values)
    assert len(history["reward"]) == 2
    assert (run["work"] / "grpo" / "scores.json").is_file()


def test_final_model_generates(run, tokenizer_dir):
    from transformers import AutoModelForCausalLM

    from chemtrove.train.models import load_tokenizer

    tok = load_tokenizer(tokenizer_dir)
    model = AutoModelForCausalLM.from_pretrained(str(run["work"] / "grpo"), local_files_only=True)
    assert model.generation_config.eos_token_id == tok.eos_token_id
    ids = tok("What is the SMILES of ethanol?\n", return_tensors="pt")
    out = model.generate(**ids, max_new_tokens=4, do_sample=False, pad_token_id=tok.pad_token_id)
    assert out.shape[1] > ids["input_ids"].shape[1]


def test_report(run, tmp_path):
    from chemtrove.train.report import write_report

    w = run["work"]
    data = write_report({"cpt": w / "cpt", "sft": w / "sft", "grpo": w / "grpo"}, tmp_path)
    for name in ("loss.png", "rewards.png", "scores.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = (tmp_path / "report.md").read_text()
    assert "| cpt | 14 |" in text or "| cpt | 12 |" in text
    assert data["stages"]["grpo"]["series"]["reward"]["points"] == 2


@pytest.mark.parametrize(
    "name", ["tiny_cpu.yaml", "one_gpu_qwen.yaml", "grpo_vllm.yaml", "lora.yaml", "experts.yaml", "multitask_grpo.yaml"]
)
def test_shipped_recipes_parse(name):
    """Every key of every shipped recipe is known to its stages (bf16 switched off: no GPU here)."""
    path = REPO / "configs" / "train" / name
    stages = {"grpo_vllm.yaml": ("grpo",), "multitask_grpo.yaml": ("grpo",), "experts.yaml": ("sft", "grpo")}.get(
        name, ("cpt", "sft", "grpo")
    )
    for stage in stages:
        parsed = parse_recipe(stage, ["--config", str(path), "--bf16", "false"])
        assert parsed[-1].output_dir


def test_unknown_recipe_key_is_an_error(tmp_path):
    (tmp_path / "r.yaml").write_text("max_stepz: 3\n")
    with pytest.raises(ValueError, match="max_stepz"):
        parse_recipe("cpt", ["--config", str(tmp_path / "r.yaml")])


def test_quickstart_train(shards, tokenizer_dir, tmp_path):
    """The function the quickstart calls: tiny CPT -> SFT -> GRPO on curated shards, with its report."""
    from chemtrove import quickstart
    from chemtrove.quickstart import quickstart_train
    from chemtrove.train import report as old_path

    assert old_path.quickstart_train is quickstart_train and old_path.QUICKSTART_TASKS == quickstart.QUICKSTART_TASKS

    lines: list[str] = []
    out = quickstart_train(
        tmp_path,
        tokenizer_dir,
        shards,
        cpt_steps=3,
        sft_steps=3,
        grpo_steps=1,
        max_per_task=12,
        score_samples=4,
        progress=lines.append,
    )
    assert [ln.split("]")[0] for ln in lines if ln.startswith("[train")] == [f"[train {i}/5" for i in range(1, 6)]
    assert out["cpt"]["embeddings"]["resized"] and out["sft"]["scores"]["n"] == 4
    report = tmp_path / "report"
    assert {"report.md", "report.json", "loss.png", "rewards.png", "scores.png"} <= {p.name for p in report.iterdir()}
    assert set(out["report"]["stages"]) == {"cpt", "sft", "grpo"}


def test_slurm_launch_script_parses():
    import shutil
    import subprocess

    if shutil.which("bash") is None:
        pytest.skip("no bash")
    script = REPO / "configs" / "train" / "slurm_train.sh"
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    assert "-m chemtrove.train.$STAGE --config $RECIPE" in script.read_text()


def test_checkpoint_folder_tokenizer_keeps_the_chemistry_split(run, tokenizer_dir):
    """A model folder holds config.json next to the tokenizer; transformers 5 would then rebuild the
    pre-tokenizer from the model family. load_tokenizer must still encode like tokenizer.json."""
    import warnings

    from tokenizers import Tokenizer

    from chemtrove.train.models import load_tokenizer

    folder = run["work"] / "cpt"
    assert (folder / "config.json").is_file() and (folder / "tokenizer.json").is_file()
    text = "[START_SMILES]CC(=O)N[C@@H]1CC[NH3+]1[END_SMILES] and prose"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = load_tokenizer(folder)
    expected = Tokenizer.from_file(str(tokenizer_dir / "tokenizer.json")).encode(text, add_special_tokens=False).ids
    assert tok(text, add_special_tokens=False)["input_ids"] == expected
