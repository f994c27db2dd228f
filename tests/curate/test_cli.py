import json
import subprocess
import sys
from pathlib import Path

from chemtrove.cli import main


def test_help_everywhere():
    for args in (["--help"], ["quickstart", "--help"], ["curate", "--help"], ["reasons", "--help"]):
        out = subprocess.run([sys.executable, "-m", "chemtrove.cli", *args], capture_output=True, text=True)
        assert out.returncode == 0 and "usage: chemtrove" in out.stdout


def _has_train_extra() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(m) for m in ("torch", "transformers", "trl", "datasets"))


def test_quickstart_runs_the_whole_path(quickstart_run):
    tmp_path, proc = quickstart_run
    assert proc.returncode == 0, proc.stderr[-3000:]
    text = proc.stdout
    assert "reconciles" in text and "NO" not in text.split("dropped by reason")[0]
    summary = json.loads((tmp_path / "qs" / "curated" / "summary.json").read_text())
    kinds = {s["kind"] for s in summary["sources"]}
    assert kinds == {"molecules", "reactions", "prose", "crystals"}
    assert sum(s["kept"] for s in summary["sources"]) > 3500
    assert summary["domains"]["crystal"] > 600
    assert (tmp_path / "qs" / "tokenizer" / "tokenizer.json").is_file()
    manifest = json.loads((tmp_path / "qs" / "mixture" / "manifest.json").read_text())
    assert manifest["plan"]
    qs = json.loads((tmp_path / "qs" / "quickstart.json").read_text())
    assert qs["tokenizer"]["prose_identical"] is True
    # the summary lists only folders that exist (as seen: quarantine folders that were never created)
    listed = [ln.split(": ", 1)[1] for ln in text.splitlines() if ln.startswith(("  shards: /", "  quarantine: /"))]
    assert listed and all(Path(p).is_dir() for p in listed), listed
    # a quiet console (as seen: ~130 trainer log dicts, pin_memory, deprecation and tokenizer warnings)
    for noise in ("{'loss'", "'grad_norm'", "pin_memory", "FutureWarning", "UserWarning", "AutoTokenizer loaded"):
        assert noise not in text and noise not in proc.stderr, noise
    assert "tokens per SMILES atom" in text and "cross a unit boundary" in text
    # stages 4 and 5: the tiny CPT -> SFT -> GRPO run and the competence scores of every stage
    if not _has_train_extra():
        assert "install the train extra" in text
        return
    assert {"cpt", "sft", "grpo"} <= {p.name for p in (tmp_path / "qs" / "train").iterdir()}
    stages = json.loads((tmp_path / "qs" / "eval" / "eval_stages.json").read_text())["stages"]
    assert list(stages) == ["init", "cpt", "sft", "grpo"]
    scs = {k: v["scs"]["scs"] for k, v in stages.items()}
    assert all(-10 < v < 10 for v in scs.values())
    assert scs["cpt"] > scs["init"], scs  # CPT on the mixture must raise SMILES competence over random init
    assert (tmp_path / "qs" / "eval" / "eval_stages.png").stat().st_size > 1000


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


def test_decontaminate_command(tmp_path, capsys, quickstart_run):
    qs_root, proc = quickstart_run
    assert proc.returncode == 0
    bench = tmp_path / "freesolv_test.csv"
    bench.write_text("smiles\nCN(C)C(=O)c1ccc(cc1)OC\nCS(=O)(=O)Cl\nC1CC\n")
    capsys.readouterr()
    args = ["decontaminate", "--benchmark", str(bench), "--input", str(qs_root / "qs" / "curated" / "shards")]
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
