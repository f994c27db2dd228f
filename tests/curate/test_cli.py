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


def test_decontaminate_command(tmp_path, capsys):
    assert main(["quickstart", "--out", str(tmp_path / "qs")]) == 0
    bench = tmp_path / "freesolv_test.csv"
    bench.write_text("smiles\nCN(C)C(=O)c1ccc(cc1)OC\nCS(=O)(=O)Cl\nC1CC\n")
    capsys.readouterr()
    args = ["decontaminate", "--benchmark", str(bench), "--input", str(tmp_path / "qs" / "shards")]
    assert main([*args, "--out", str(tmp_path / "dc")]) == 0
    report = json.loads((tmp_path / "dc" / "decontamination.json").read_text())
    assert report["benchmarks"]["freesolv_test"] == {"kind": "molecules", "items": 3, "unparsed": 1, "removed": 2}
    assert report["folders"]["molecule"]["removed"] == {"freesolv_test": 2}
    assert (tmp_path / "dc" / "shards" / "reaction").is_dir()
    assert (
        main(
            [
                "decontaminate",
                "--benchmark",
                str(bench),
                "--input",
                str(tmp_path / "nothing"),
                "--out",
                str(tmp_path / "x"),
            ]
        )
        == 2
    )
