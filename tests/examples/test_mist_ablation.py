"""examples/mist_ablation: the smoke config through every stage, the report's structure, config errors."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "mist_ablation"


def _load(name: str):
    if str(EXAMPLE) not in sys.path:
        sys.path.insert(0, str(EXAMPLE))
    spec = importlib.util.spec_from_file_location(f"mist_example_{name}", EXAMPLE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_config_errors_name_the_key(tmp_path):
    run_study = _load("run_study")
    bad = tmp_path / "bad.yaml"
    bad.write_text("base: {tokns: 10}\n")
    with pytest.raises(SystemExit, match="base.tokns"):
        run_study.load_config(bad)
    bad.write_text("midtrain: {chemistry: {molecule: 0.9, reaction: 0.3}}\n")
    with pytest.raises(SystemExit, match="sum to at most 1"):
        run_study.load_config(bad)
    for value in ("0", "two", "true"):
        bad.write_text(f"parallel_seeds: {value}\n")
        with pytest.raises(SystemExit, match="parallel_seeds"):
            run_study.load_config(bad)
    bad.write_text("tasks: [reaction_naming]\n")
    with pytest.raises(SystemExit, match="reaction_naming"):
        run_study.load_config(bad)
    cfg = run_study.load_config(EXAMPLE / "configs" / "tiny.yaml")
    assert len(cfg["seeds"]) >= 3 and cfg["midtrain"]["chemistry"]["molecule"] > 0


def test_gpu_config_is_the_tiny_design_at_scale():
    run_study = _load("run_study")
    tiny = run_study.load_config(EXAMPLE / "configs" / "tiny.yaml")
    gpu = run_study.load_config(EXAMPLE / "configs" / "gpu.yaml")
    same = ("tasks", "task_format", "midtrain.chemistry", "grpo.reward_funcs", "grpo.reward_weights", "grpo.extra")
    for key in same:
        section, _, sub = key.partition(".")
        assert (tiny[section][sub] if sub else tiny[section]) == (gpu[section][sub] if sub else gpu[section]), key
    assert tiny["sft"]["extra"].get("task_sampling") == gpu["sft"]["extra"].get("task_sampling")
    assert gpu["training"]["bf16"] and gpu["model"]["hidden_size"] > tiny["model"]["hidden_size"]
    assert gpu["grpo"]["num_generations"] >= tiny["grpo"]["num_generations"]
    assert run_study._device_keys("cpu") == {"use_cpu": True, "bf16": False} and run_study._device_keys("cuda") == {}
    with pytest.raises(SystemExit, match="auto, cpu or cuda"):
        run_study.check_device("tpu")


def test_cuda_is_refused_without_a_gpu():
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("a GPU is visible")
    run_study = _load("run_study")
    with pytest.raises(SystemExit, match="no CUDA device"):
        run_study.main(["--config", str(EXAMPLE / "configs" / "gpu.yaml"), "--out", "unused", "--device", "cuda"])


def test_curated_folder_must_be_a_finished_curation_of_the_configs_sources(tmp_path):
    mist_data = _load("mist_data")
    with pytest.raises(SystemExit, match="no finished curation"):
        mist_data.curate_shipped(tmp_path / "work", lambda _m: None, curated=tmp_path / "nothing")
    (tmp_path / "other" / "shards").mkdir(parents=True)
    summary = {"reconciles": True, "sources": [{"source": "chembl"}], "domains": {"molecule": 1}}
    (tmp_path / "other" / "summary.json").write_text(json.dumps(summary))
    with pytest.raises(SystemExit, match="not the config's"):
        mist_data.curate_shipped(tmp_path / "work", lambda _m: None, curated=tmp_path / "other")
    assert not (tmp_path / "work" / "curated").exists()


def test_groups_are_informative_only_when_rewards_differ(tmp_path):
    mist_rl = _load("mist_rl")
    for p in (0.0, 0.1, 0.5, 0.9, 1.0):
        for g in (2, 4, 8):
            # brute force over every outcome of g samples: the chance that they are neither all 1 nor all 0
            mixed = sum(math.comb(g, k) * p**k * (1 - p) ** (g - k) for k in range(1, g))
            assert mist_rl.p_mixed(p, g) == pytest.approx(mixed, abs=1e-12)
    assert mist_rl.p_mixed(0.0, 4) == 0.0 == mist_rl.p_mixed(1.0, 4)
    state = {
        "log_history": [
            {"step": 1, "task_rewards/canonmc": 0.0, "task_rewards/rxn_truefalse": 0.5, "frac_reward_zero_std": 0.5},
            {"step": 2, "task_rewards/canonmc": 0.25, "task_rewards/rxn_truefalse": 0.0, "frac_reward_zero_std": 1.0},
            {"step": 2, "train_runtime": 3.0},
        ]
    }
    (tmp_path / "trainer_state.json").write_text(json.dumps(state))
    sig = mist_rl.rl_signal(tmp_path)
    assert sig["nonzero_steps"] == {"canonmc": 1, "rxn_truefalse": 1} and sig["any_nonzero"]
    assert sig["steps"] == 2 and sig["informative_groups"] == pytest.approx(0.25)
    assert mist_rl.rl_signal(tmp_path / "missing") == {}


def test_general_text_is_deterministic_and_deduplicated(tmp_path):
    mist_text = _load("mist_text")
    a = mist_text.build_general_text(tmp_path / "a", max_chars=60_000, progress=None)
    b = mist_text.build_general_text(tmp_path / "b", max_chars=60_000, progress=None)
    assert a["sha256"] == b["sha256"] and 0 < a["characters"] <= 60_000
    assert a["sources"][0]["name"] == "stdlib" and a["sources"][0]["licence"] == "PSF-2.0"
    import pyarrow.parquet as pq

    texts = pq.read_table(tmp_path / "a" / a["file"]).column("text").to_pylist()
    assert len(set(texts)) == len(texts) and min(map(len, texts)) >= 200
    pools = mist_text.split_general(tmp_path / "a" / a["file"], tmp_path / "pools", 0.7)
    ids = [set(pq.read_table(p).column("id").to_pylist()) for p in pools.values()]
    assert not ids[0] & ids[1] and len(ids[0]) + len(ids[1]) == len(texts)


@pytest.mark.slow
def test_smoke_study_runs_end_to_end(tmp_path, quickstart_run):
    pytest.importorskip("trl")
    run_study = _load("run_study")
    out = tmp_path / "study"
    config = EXAMPLE / "configs" / "smoke.yaml"
    # the study's default curation is the quickstart's: its curated output (shared by the session) is copied
    qs_root, proc = quickstart_run
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    curated = qs_root / "qs" / "curated"
    assert run_study.main(["--config", str(config), "--out", str(out), "--curated", str(curated)]) == 0
    done = json.loads((out / "data" / "curated" / "curate_done.json").read_text())
    assert done["copied_from"] == str(curated) and done["domains"]["crystal"] > 0

    report = out / "report"
    md = (report / "report.md").read_text()
    assert "## Verdict" in md and "| arm | stage |" in md
    for arm in ("A", "B"):
        for stage in ("base", "cpt", "sft", "grpo"):
            assert f"| {arm} | {stage} |" in md
    data = json.loads((report / "report.json").read_text())
    assert data["seeds"] == [0]
    assert set(data["table"]) == {"A", "B"}
    for arm, stages in data["table"].items():
        assert list(stages) == ["base", "cpt", "sft", "grpo"], arm
        for stage, row in stages.items():
            for key in ("scs", "ccs", "p_gold", "top1", "pass@1"):
                assert math.isfinite(row[key]["mean"]), (arm, stage, key)
            if stage in ("sft", "grpo"):
                assert math.isfinite(row["task_score"]["mean"]), (arm, stage)
    # both arms start from one base; their mid-training data differ
    assert data["table"]["A"]["base"]["scs"]["mean"] == data["table"]["B"]["base"]["scs"]["mean"]
    cpt_a = json.loads((out / "seed0" / "armA" / "cpt" / "stage.json").read_text())
    cpt_b = json.loads((out / "seed0" / "armB" / "cpt" / "stage.json").read_text())
    assert cpt_a["train"]["steps"] == cpt_b["train"]["steps"] > 0  # the same number of trained tokens
    assert abs(cpt_a["mixture"]["tokens"] - cpt_b["mixture"]["tokens"]) < 0.05 * cpt_b["mixture"]["tokens"]
    assert "molecule" in cpt_a["mixture"]["plan"] and set(cpt_b["mixture"]["plan"]) == {"general"}
    statuses = {c["status"] for c in data["verdict"]["checks"]}
    assert statuses <= {"held", "did not hold", "mixed", "no difference", "not measured"}
    assert data["verdict"]["summary"].startswith("The claim")
    for png in ("scores.png", "training.png"):
        assert (report / png).stat().st_size > 1000

    # a second run finds every stage done and rewrites the same report
    stamp = (out / "seed0" / "armA" / "grpo" / "stage.json").stat().st_mtime_ns
    assert run_study.main(["--config", str(config), "--out", str(out)]) == 0
    assert (out / "seed0" / "armA" / "grpo" / "stage.json").stat().st_mtime_ns == stamp
    assert (report / "report.md").read_text() == md
