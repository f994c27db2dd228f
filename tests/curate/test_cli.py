import json
import subprocess
import sys

from chemtrove.cli import main


def test_help_everywhere():
    for args in (["--help"], ["quickstart", "--help"], ["curate", "--help"], ["reasons", "--help"]):
        out = subprocess.run([sys.executable, "-m", "chemtrove.cli", *args], capture_output=True, text=True)
        assert out.returncode == 0 and "usage: chemtrove" in out.stdout


def test_quickstart_curates_shipped_sample(tmp_path, capsys):
    assert main(["quickstart", "--out", str(tmp_path / "qs")]) == 0
    text = capsys.readouterr().out
    assert "reconciles" in text and "NO" not in text.split("dropped by reason")[0]
    summary = json.loads((tmp_path / "qs" / "summary.json").read_text())
    kinds = {s["kind"] for s in summary["sources"]}
    assert {"molecules", "reactions", "prose"} <= kinds
    assert sum(s["kept"] for s in summary["sources"]) > 2500


def test_curate_bad_config_exit_code(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("sources:\n  - {name: a, kind: molecule, path: x}\n")
    assert main(["curate", "--config", str(cfg)]) == 2
    assert "did you mean 'molecules'" in capsys.readouterr().err


def test_dry_run_prints_stages(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("sources:\n  - {name: a, kind: molecules, path: x, column: smiles}\n")
    assert main(["curate", "--config", str(cfg), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "CanonicalizeSmiles" in out and "ExactDedupFilter" in out


def test_reasons_lists_codes(capsys):
    assert main(["reasons", "--json"]) == 0
    assert "parse_failed" in json.loads(capsys.readouterr().out)["reasons"]
