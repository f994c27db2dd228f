"""``chemtrove mix plan|build|sweep`` through :func:`chemtrove.mixtures.cli.main`."""

from __future__ import annotations

import argparse
import json

import pytest
import yaml

from chemtrove.mixtures.cli import add_cli, main


@pytest.fixture
def spec_file(corpus, tokenizer_dir, base_spec, tmp_path):
    data = base_spec(corpus(), tokenizer_dir, output="out/mix")
    path = tmp_path / "mix.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_plan_build_sweep(spec_file, tmp_path, capsys):
    assert main(["plan", "--spec", str(spec_file)]) == 0
    out = capsys.readouterr().out
    assert "selected" in out and "epochs" in out and "wrote" in out
    plan = json.loads((tmp_path / "out" / "mix" / "plan.json").read_text())
    assert plan["total_tokens"] == 4000
    assert main(["build", "--spec", str(spec_file), "--quiet"]) == 0
    assert "tokens in" in capsys.readouterr().out
    manifest = json.loads((tmp_path / "out" / "mix" / "manifest.json").read_text())
    assert manifest["plan"] == plan
    assert main(["sweep", "--spec", str(spec_file), "--grid", "mol=0.3,0.6", "--out", str(tmp_path / "sw")]) == 0
    assert len(json.loads((tmp_path / "sw" / "sweep.json").read_text())["variants"]) == 3
    code = main(["sweep", "--spec", str(spec_file), "--temperature", "1", "4", "--out", str(tmp_path / "t"), "--check"])
    assert code == 0 and "ok " in capsys.readouterr().out


def test_errors_exit_codes(spec_file, tmp_path, capsys):
    data = yaml.safe_load(spec_file.read_text())
    data["total_tokens"] = 10**6
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data))
    assert main(["plan", "--spec", str(bad)]) == 2
    assert "infeasible" in capsys.readouterr().err
    data["sampling"] = {"rule": "weigths"}
    bad.write_text(yaml.safe_dump(data))
    assert main(["build", "--spec", str(bad)]) == 2
    assert "did you mean 'weights'" in capsys.readouterr().err
    assert main(["build", "--spec", str(spec_file), "--quiet"]) == 0
    data = yaml.safe_load(spec_file.read_text())
    data["seed"] = 9
    spec_file.write_text(yaml.safe_dump(data))
    assert main(["build", "--spec", str(spec_file), "--quiet"]) == 3
    assert "the spec changed" in capsys.readouterr().err
    assert main(["build", "--spec", str(spec_file), "--quiet", "--overwrite"]) == 0
    assert main(["sweep", "--spec", str(spec_file), "--out", str(tmp_path / "x")]) == 2
    assert main(["sweep", "--spec", str(spec_file), "--grid", "nope=0.1", "--out", str(tmp_path / "x")]) == 2
    assert "neither a source nor a domain" in capsys.readouterr().err


@pytest.mark.parametrize("verb", ["plan", "build", "sweep"])
def test_help(verb, capsys):
    parser = argparse.ArgumentParser(prog="chemtrove")
    add_cli(parser.add_subparsers(dest="command"))
    with pytest.raises(SystemExit) as e:
        parser.parse_args(["mix", verb, "--help"])
    assert e.value.code == 0 and "--spec" in capsys.readouterr().out
