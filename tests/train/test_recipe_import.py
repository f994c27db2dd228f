"""import-recipe: a MiST / Open-R1 GRPO recipe becomes a chemtrove recipe that today's trl parses."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
import yaml

from chemtrove.train.recipe_import import REMOVED, RENAMED, import_recipe, import_recipe_file, render_recipe

RECIPE = Path(__file__).parent.parent / "data" / "recipes" / "mist_openr1_grpo_iupacsm.yaml"


def test_every_key_is_translated_with_a_note(tmp_path):
    pytest.importorskip("trl", reason="checking keys against GRPOConfig needs the train extra")
    source = yaml.safe_load(RECIPE.read_text())
    out = import_recipe_file(RECIPE, tmp_path / "grpo.yaml", data=[str(tmp_path / "tasks")])
    rec = out.recipe
    assert rec["vllm_max_model_length"] == 4096 and "vllm_max_model_len" not in rec
    assert rec["dtype"] == "bfloat16" and rec["activation_checkpointing"] is True
    assert rec["warmup_steps"] == 0.03 and rec["vllm_mode"] == "server"
    assert rec["tasks"] == ["iupacsm"] and rec["data"] == [str(tmp_path / "tasks")]
    assert rec["reward_funcs"] == ["mist_format", "mist_accuracy", "mist_reasoning_steps"]
    assert rec["reward_weights"] == [0.5, 1.0, 0.2]  # cosine's weight left with it
    assert rec["report_to"] == "none" and rec["env"] == {"WANDB_PROJECT": "mist-grpo"}
    for key in ("vllm_device", "max_prompt_length", "overwrite_output_dir", "push_to_hub", "model_revision"):
        assert key in out.dropped and key not in rec and out.notes[key]
    assert "did you mean 'num_train_epochs'" in out.notes["num_train_epoch"]  # a typo in the source is caught
    # every source key that changed has a note; every unchanged one is carried as it was
    for key, value in source.items():
        if key in rec and rec[key] == value:
            continue
        assert key in out.notes, key
    # the written file reads back as the recipe, and notes are comments
    text = (tmp_path / "grpo.yaml").read_text()
    assert yaml.safe_load(text) == rec
    assert "# was vllm_max_model_len:" in text and "#   vllm_device: removed from trl" in text


def test_written_recipe_parses_with_todays_trl(tmp_path):
    pytest.importorskip("trl", reason="parsing a GRPO recipe needs the train extra")
    from chemtrove.train.config import parse_recipe

    import_recipe_file(RECIPE, tmp_path / "grpo.yaml", data=[str(tmp_path)], model=str(tmp_path / "model"))
    # a CPU machine: the GPU-only switches off, as on the command line
    flags = ["--bf16", "false", "--tf32", "false", "--use_vllm", "false", "--output_dir", str(tmp_path / "run")]
    model_args, data_args, _score, reward_args, grpo = parse_recipe("grpo", ["--config", str(tmp_path / "grpo.yaml"),
                                                                             *flags])  # fmt: skip
    assert model_args.model_name_or_path == str(tmp_path / "model") and model_args.dtype == "bfloat16"
    assert data_args.tasks == ["iupacsm"]
    assert reward_args.reward_funcs == ["mist_format", "mist_accuracy", "mist_reasoning_steps"]
    assert grpo.vllm_max_model_length == 4096 and grpo.beta == 0.001 and grpo.num_generations == 4


def test_tables_name_real_renames():
    pytest.importorskip("trl", reason="checking keys against GRPOConfig needs the train extra")
    from chemtrove.train.recipe_import import _grpo_fields

    fields = _grpo_fields()
    assert all(new in fields or new in ("train_split", "eval_split") for new, _ in RENAMED.values())
    # the keys said to be gone from trl / transformers are gone from the installed versions
    gone = [k for k, note in REMOVED.items() if note.startswith(("removed from trl", "removed in transformers"))]
    gone += [k for k, (_, why) in RENAMED.items() if "renamed" in why or "dropped" in why]
    assert "vllm_device" in gone and "vllm_max_model_len" in gone
    assert not set(gone) & fields, sorted(set(gone) & fields)


def test_bad_inputs(tmp_path):
    with pytest.raises(ValueError, match="mapping"):
        import_recipe(["a"], check_fields=False)  # type: ignore[arg-type]
    (tmp_path / "list.yaml").write_text("- a\n- b\n")
    with pytest.raises(ValueError, match="mapping"):
        import_recipe_file(tmp_path / "list.yaml", tmp_path / "o.yaml")
    (tmp_path / "bad.yaml").write_text("a: [1, 2\n")
    with pytest.raises(ValueError, match="not YAML"):
        import_recipe_file(tmp_path / "bad.yaml", tmp_path / "o.yaml")
    with pytest.raises(FileNotFoundError):
        import_recipe_file(tmp_path / "missing.yaml", tmp_path / "o.yaml")
    with pytest.raises(ValueError, match="source recipe"):
        import_recipe_file(tmp_path / "bad.yaml", tmp_path / "bad.yaml")
    # an unknown MiST task is a note, not a crash
    out = import_recipe({"chem_task": "crystalrelax", "beta": 0.0}, check_fields=False)
    assert "chem_task" in out.dropped and out.recipe == {"beta": 0.0}
    assert yaml.safe_load(render_recipe(out)) == {"beta": 0.0}


def test_cli(tmp_path):
    pytest.importorskip("trl", reason="checking keys against GRPOConfig needs the train extra")
    from chemtrove.cli import main

    with contextlib.redirect_stdout(io.StringIO()) as out:
        rc = main(["train", "import-recipe", str(RECIPE), "--out", str(tmp_path / "r.yaml")])
    assert rc == 0 and "vllm_device: removed from trl" in out.getvalue()
    assert yaml.safe_load((tmp_path / "r.yaml").read_text())["data"] == ["/data/pubchem/iupac_smiles_1M.csv"]
    with contextlib.redirect_stderr(io.StringIO()) as err:
        rc = main(["train", "import-recipe", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "r2.yaml")])
    assert rc == 2 and "does not exist" in err.getvalue()
