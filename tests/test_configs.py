"""The shipped configs run as their headers say, on what ``chemtrove quickstart`` writes.

As seen: configs/mixtures/quickstart.yaml, configs/train/tiny_cpu.yaml and docs/mixtures.md pointed at
``OUT/shards`` while the quickstart writes ``OUT/curated/shards``, so ``chemtrove mix plan --spec
configs/mixtures/quickstart.yaml`` failed right after ``chemtrove quickstart``. Here the shipped files are
copied unchanged into a folder laid out as a user's clone after the quickstart (``chemtrove_quickstart/``
beside ``configs/`` for the mixtures, ``runs/qs`` for the train recipes) and run.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path

import pytest
import yaml

from chemtrove.cli import main

REPO = Path(__file__).resolve().parents[1]
QUICKSTART_OUTPUTS = ("curated", "tokenizer", "tokens", "mixture")


def _quickstart_out(quickstart_run) -> Path:
    root, proc = quickstart_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    return root / "qs"


def _link_outputs(qs: Path, dest: Path) -> Path:
    """``dest`` laid out as the quickstart's output folder (links to its outputs, nothing written into them)."""
    dest.mkdir(parents=True)
    for name in QUICKSTART_OUTPUTS:
        if (qs / name).exists():
            (dest / name).symlink_to(qs / name, target_is_directory=True)
    return dest


def _has_train_extra() -> bool:
    return all(importlib.util.find_spec(m) for m in ("torch", "transformers", "trl", "datasets"))


def test_shipped_mixture_configs_run_on_the_quickstart_output(quickstart_run, tmp_path, capsys):
    qs = _quickstart_out(quickstart_run)
    shutil.copytree(REPO / "configs", tmp_path / "configs")
    _link_outputs(qs, tmp_path / "chemtrove_quickstart")
    spec = str(tmp_path / "configs" / "mixtures" / "quickstart.yaml")
    assert main(["mix", "plan", "--spec", spec]) == 0
    assert main(["mix", "build", "--spec", spec]) == 0
    manifest = json.loads(
        (tmp_path / "chemtrove_quickstart" / "mixtures" / "quickstart-cpt" / "manifest.json").read_text()
    )
    sources = {s["name"] for s in manifest["plan"]["sources"]}
    assert sources == {"chembl", "freesolv", "uspto", "syntheses"}
    assert (
        main(["mix", "sweep", "--sweep", str(tmp_path / "configs" / "mixtures" / "quickstart_sweep.yaml"), "--check"])
        == 0
    )
    capsys.readouterr()


def test_train_configs_name_only_what_the_documented_commands_write(quickstart_run, tmp_path, monkeypatch):
    """Every ``runs/qs/...`` path of every shipped recipe exists after the quickstart and the documented
    ``chemtrove tasks build``."""
    qs = _quickstart_out(quickstart_run)
    runs = _link_outputs(qs, tmp_path / "runs" / "qs")
    monkeypatch.chdir(tmp_path)
    assert main(["tasks", "build", "--inputs", "runs/qs/curated/shards", "--out", "runs/qs/tasks",
                 "--max-per-task", "20", "--quiet"]) == 0  # fmt: skip
    assert (runs / "tasks" / "train.parquet").is_file()

    def paths(value):
        if isinstance(value, str) and value.startswith("runs/qs/"):
            yield value
        elif isinstance(value, dict):
            for v in value.values():
                yield from paths(v)
        elif isinstance(value, list):
            for v in value:
                yield from paths(v)

    seen = set()
    for recipe in sorted((REPO / "configs" / "train").glob("*.yaml")):
        for path in paths(yaml.safe_load(recipe.read_text())):
            seen.add(path)
            assert (tmp_path / path).exists(), f"{recipe.name}: {path} is not written by the quickstart"
    assert {"runs/qs/curated/shards", "runs/qs/tokenizer", "runs/qs/tasks"} <= seen


@pytest.mark.slow
def test_tiny_cpu_recipe_runs_on_the_quickstart_output(quickstart_run, tmp_path, monkeypatch, capsys):
    """configs/train/tiny_cpu.yaml, as its header says: CPT -> SFT -> GRPO (a few steps each)."""
    if not _has_train_extra():
        pytest.skip("the train recipes need the train extra (pip install 'chemtrove[train]')")
    import torch

    qs = _quickstart_out(quickstart_run)
    _link_outputs(qs, tmp_path / "runs" / "qs")
    monkeypatch.chdir(tmp_path)
    assert main(["tasks", "build", "--inputs", "runs/qs/curated/shards", "--out", "runs/qs/tasks",
                 "--max-per-task", "20", "--quiet"]) == 0  # fmt: skip
    recipe = str(REPO / "configs" / "train" / "tiny_cpu.yaml")
    fast = ["--score_samples", "4", "--score_max_new_tokens", "8", "--save_strategy", "no"]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        assert main(["train", "cpt", "--config", recipe, "--max_steps", "2", "--save_strategy", "no"]) == 0
        assert main(["train", "sft", "--config", recipe, "--max_steps", "2", "--eval_steps", "1",
                     "--max_eval_samples", "8", *fast]) == 0  # fmt: skip
        assert main(["train", "grpo", "--config", recipe, "--max_steps", "1", "--max_completion_length", "8",
                     *fast]) == 0  # fmt: skip
    finally:
        torch.set_num_threads(threads)
    for stage in ("cpt", "sft", "grpo"):
        assert (tmp_path / "runs" / "tiny" / stage / "config.json").is_file(), stage
    quiet = capsys.readouterr()
    assert "'grad_norm'" not in quiet.out + quiet.err and "pin_memory" not in quiet.err
    # --verbose gives the libraries their own console back: the trainer's log dicts
    flags = ["--max_steps", "2", "--logging_steps", "1", "--save_strategy", "no", "--output_dir", "runs/tiny/v"]
    assert main(["train", "cpt", "--config", recipe, *flags, "--verbose"]) == 0
    assert "'grad_norm'" in capsys.readouterr().out


def test_starter_curate_config_runs_as_shipped(tmp_path, capsys):
    """configs/curate/starter.yaml, as README and docs/curate.md say: the dry run, then the run itself (its
    output moved to a temporary folder); every record read is kept or quarantined with its reason."""
    config = str(REPO / "configs" / "curate" / "starter.yaml")
    assert main(["curate", "--config", config, "--dry-run"]) == 0
    assert "StructureSignature" in capsys.readouterr().out
    assert main(["curate", "--config", config, "--output", str(tmp_path / "curated")]) == 0
    summary = json.loads((tmp_path / "curated" / "summary.json").read_text())
    assert {s["kind"] for s in summary["sources"]} == {"molecules", "reactions", "prose", "crystals"}
    assert all(s["reconciles"] for s in summary["sources"]) and sum(s["kept"] for s in summary["sources"]) > 1000
    assert "reconciles" in capsys.readouterr().out
