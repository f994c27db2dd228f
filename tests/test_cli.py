"""The ``chemtrove`` command itself: --version, a closed pipe, recipe help and typos, clear eval errors."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from chemtrove import __version__
from chemtrove.cli import main

TRAIN_EXTRA = all(importlib.util.find_spec(m) for m in ("torch", "transformers", "trl", "datasets"))
needs_train = pytest.mark.skipif(
    not TRAIN_EXTRA, reason="recipe keys need the train extra (pip install 'chemtrove[train]')"
)


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chemtrove.cli", *args], capture_output=True, text=True)


def test_version():
    proc = _run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"chemtrove {__version__}"


@pytest.mark.parametrize("args", [["reasons"], ["--help"], ["reasons", "--json"]])
def test_a_reader_that_stops_early_gets_no_traceback(args):
    """As seen: `chemtrove reasons | head` ended in a BrokenPipeError traceback. The reading end is closed
    before the command writes, as `head` closes it after its lines."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "chemtrove.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait()
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert code == (0 if args == ["--help"] else 141), err  # argparse's --help ignores a closed pipe itself


@needs_train
@pytest.mark.parametrize("stage", ["cpt", "sft", "grpo"])
def test_train_help_lists_the_recipe_keys(stage, capsys):
    """As seen: `chemtrove train cpt --help` listed no recipe field (trl's own CLI lists them all)."""
    with pytest.raises(SystemExit) as done:
        main(["train", stage, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "ModelArguments (chemtrove):" in out and "--model_name_or_path" in out and "--max_steps" in out
    assert "--learning_rate" in out and "--tiny_hidden_size" in out
    if stage != "cpt":
        assert "--score_samples" in out
    if stage == "grpo":
        assert "--reward_funcs" in out and "--num_generations" in out


@needs_train
def test_recipe_key_typos_get_did_you_mean(tmp_path, capsys):
    """As seen: a recipe key typo got no "did you mean"; now the YAML key and the flag both do."""
    recipe = tmp_path / "r.yaml"
    recipe.write_text("cpt:\n  max_stepz: 3\n  learning_rat: 0.1\n")
    assert main(["train", "cpt", "--config", str(recipe)]) == 2
    err = capsys.readouterr().err
    assert "'max_stepz' (did you mean 'max_steps'?)" in err and "'learning_rat' (did you mean 'learning_rate'?)" in err
    assert "chemtrove train cpt --help" in err
    recipe.write_text("cpt:\n  max_steps: 3\n")
    assert main(["train", "cpt", "--config", str(recipe), "--per_device_train_batchsize", "4"]) == 2
    assert "did you mean 'per_device_train_batch_size'?" in capsys.readouterr().err


def test_eval_of_a_folder_without_a_model_names_it(tmp_path, capsys):
    """As seen: `chemtrove eval --model <a folder with no model>` showed a transformers error about
    sentencepiece. Now: the folder, what is missing, what a model folder holds."""
    folder = tmp_path / "runs" / "sft"
    (folder / "checkpoint-10").mkdir(parents=True)
    (folder / "notes.txt").write_text("x")
    assert main(["eval", "--model", str(folder), "--out", str(tmp_path / "e")]) == 2
    err = capsys.readouterr().err
    assert f"{folder} holds no model (config.json and weights missing" in err
    assert "model.safetensors" in err and "checkpoint-10" in err and "Traceback" not in err
    (folder / "config.json").write_text("{}")
    (folder / "model.safetensors").write_bytes(b"")
    assert main(["eval", "--model", str(folder), "--out", str(tmp_path / "e")]) == 2
    assert "no tokenizer.json: pass --tokenizer DIR" in capsys.readouterr().err
    assert main(["eval", "--model", str(tmp_path / "nothing"), "--out", str(tmp_path / "e")]) == 2
    assert "no model folder at" in capsys.readouterr().err
