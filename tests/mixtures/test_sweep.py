"""Sweeps: variants share the budget; grid, Dirichlet and temperature kinds; written specs load back."""

from __future__ import annotations

import json

import numpy as np
import pytest
import yaml

from chemtrove.mixtures import SpecError, Sweep, make_variants, open_mixture, write_variants
from chemtrove.mixtures.spec import MixtureSpec
from chemtrove.mixtures.sweep import check_variants, load_sweep


def _base(tmp_path) -> MixtureSpec:
    data = {
        "name": "base",
        "total_tokens": "1M",
        "tokenizer": "tok",
        "sources": [
            {"name": "a", "path": "data/a", "domain": "molecule", "weight": 0.2},
            {"name": "b", "path": "data/b", "domain": "molecule", "weight": 0.2},
            {"name": "c", "path": "data/c", "domain": "prose", "weight": 0.6},
        ],
    }
    return MixtureSpec.from_dict(data, tmp_path)


def test_grid_over_a_domain_and_a_source(tmp_path):
    base = _base(tmp_path)
    variants = make_variants(base, Sweep("grid", target="molecule", values=[0.1, 0.5, 1.0]))
    assert [v.name for v in variants] == ["base", "base-molecule-0.1", "base-molecule-0.5", "base-molecule-1"]
    for v, share in zip(variants[1:], (0.1, 0.5, 1.0), strict=True):
        w = v.weights
        assert w["a"] + w["b"] == pytest.approx(share) and w["a"] == pytest.approx(w["b"])
        assert sum(w.values()) == pytest.approx(1.0, abs=1e-12)
        assert v.spec.total_tokens == base.total_tokens and v.spec.seed == base.seed
    only_c = make_variants(base, Sweep("grid", target="c", values=[0.3], include_base=False))
    assert only_c[0].weights == pytest.approx({"a": 0.35, "b": 0.35, "c": 0.3})
    with pytest.raises(SpecError, match="did you mean 'molecule'"):
        make_variants(base, Sweep("grid", target="molecul", values=[0.1]))
    with pytest.raises(SpecError, match="grid values are token shares"):
        make_variants(base, Sweep("grid", target="a", values=[1.5]))


def test_dirichlet_and_temperature(tmp_path):
    base = _base(tmp_path)
    d1 = make_variants(base, Sweep("dirichlet", n=5, concentration=100, seed=7))
    d2 = make_variants(base, Sweep("dirichlet", n=5, concentration=100, seed=7))
    assert [v.weights for v in d1] == [v.weights for v in d2] and len(d1) == 6
    ws = np.array([[v.weights[k] for k in "abc"] for v in d1[1:]])
    assert np.allclose(ws.sum(axis=1), 1) and np.abs(ws.mean(axis=0) - [0.2, 0.2, 0.6]).max() < 0.1
    t = make_variants(base, Sweep("temperature", values=[1, 3], include_base=False))
    assert [v.spec.sampling.temperature for v in t] == [1.0, 3.0]
    assert all(s.weight is None for v in t for s in v.spec.sources)
    with pytest.raises(SpecError, match="did you mean 'dirichlet'"):
        Sweep("dirichlt").validate()


def test_written_specs_load_with_relocated_paths(tmp_path):
    base = _base(tmp_path)
    variants = make_variants(base, Sweep("grid", target="molecule", values=[0.4]))
    index = write_variants(variants, tmp_path / "sweeps" / "s1", Sweep("grid", target="molecule", values=[0.4]))
    assert index["total_tokens"] == 1_000_000 and len(index["variants"]) == 2
    for v in index["variants"]:
        spec = MixtureSpec.from_yaml(tmp_path / "sweeps" / "s1" / v["spec"])
        assert spec.resolve(spec.sources[0].path) == (tmp_path / "data" / "a").resolve()
        assert spec.resolve(spec.tokenizer) == (tmp_path / "tok").resolve()
        assert spec.resolve(spec.output) == (tmp_path / "sweeps" / "s1" / "mixtures" / v["name"]).resolve()
    assert json.loads((tmp_path / "sweeps" / "s1" / "sweep.json").read_text()) == index


def test_sweep_file_and_check(corpus, tokenizer_dir, base_spec, tmp_path):
    shards = corpus()
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(base_spec(shards, tokenizer_dir)))
    (tmp_path / "sweep.yaml").write_text(
        yaml.safe_dump({"base": "base.yaml", "output": "sw", "kind": "grid", "target": "rxn", "values": [0.2, 0.9]})
    )
    sweep, base = load_sweep(tmp_path / "sweep.yaml")
    variants = make_variants(base, sweep)
    mix = open_mixture(base, tmp_path / "out")
    rows = check_variants(variants, mix.sources)
    assert [r["ok"] for r in rows] == [True, True, False]  # 90% of 4,000 tokens is > 4 epochs of rxn
    assert "needs 3,600 tokens" in rows[2]["error"]
    assert rows[1]["weights"]["rxn"] == pytest.approx(0.2)


def test_example_ablation_runs(corpus, tokenizer_dir, tmp_path):
    """examples/mixture_sweep/run_sweep.py end to end on the test corpus (bigram proxy)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "examples" / "mixture_sweep" / "run_sweep.py"
    module_spec = importlib.util.spec_from_file_location("run_sweep_example", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    shards = corpus()
    work = tmp_path / "work"
    args = ["--work", str(work), "--shards", str(shards), "--tokenizer", str(tokenizer_dir)]
    args += ["--values", "0.2", "0.6", "--total-tokens", "2000", "--seq-len", "32"]
    assert module.main(args) == 0
    rows = json.loads((work / "sweep" / "results.json").read_text())
    assert [r["variant"] for r in rows] == ["base", "base-molecule-0.2", "base-molecule-0.6"]
    assert rows[2]["loss"]["molecule"] < rows[1]["loss"]["molecule"]  # more molecule tokens, lower loss
    assert (work / "sweep" / "results.png").stat().st_size > 0
