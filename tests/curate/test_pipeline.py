"""The ready pipeline end to end on real and malformed data, with the local datatrove executor."""

import hashlib
import shutil
from pathlib import Path

import polars as pl
import pytest
import yaml

from chemtrove.curate import pipeline
from chemtrove.curate.config import ConfigError, CurateConfig


def _config(tmp_path: Path, data_dir: Path, tasks: int = 1, workers: int = 1) -> CurateConfig:
    mols = tmp_path / "in" / "molecules"
    mols.mkdir(parents=True)
    shutil.copy(data_dir / "molecules" / "chembl_500.csv", mols)
    for name in ("molecules_bad.csv", "molecules_encoding.csv", "junk.csv", "empty.csv"):
        shutil.copy(data_dir / "malformed" / name, mols)
    prose = tmp_path / "in" / "prose"
    prose.mkdir()
    shutil.copy(data_dir / "prose" / "syntheses_40.jsonl", prose)
    shutil.copy(data_dir / "malformed" / "prose_bad.jsonl", prose)
    raw = {
        "output": "out",
        "sources": [
            {
                "name": "mols",
                "kind": "molecules",
                "path": "in/molecules",
                "column": "smiles",
                "licence": "Apache-2.0",
            },
            {"name": "rxn", "kind": "reactions", "path": str(data_dir / "reactions"), "column": "rxn_Smiles"},
            {"name": "papers", "kind": "prose", "path": "in/prose", "column": "text"},
        ],
        "molecules": {"min_heavy_atoms": 2},
        "executor": {"tasks": tasks, "workers": workers},
    }
    path = tmp_path / "curate.yaml"
    path.write_text(yaml.safe_dump(raw))
    return CurateConfig.from_yaml(path)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.parquet"))
        if "work" not in p.relative_to(folder).parts
    }


@pytest.fixture(scope="module")
def curated(tmp_path_factory, data_dir):
    tmp = tmp_path_factory.mktemp("run")
    cfg = _config(tmp, data_dir, tasks=2, workers=1)
    report = pipeline.run(cfg, quiet=True, progress=False)
    return cfg, report


def test_stats_reconcile_exactly(curated):
    _, report = curated
    assert report["reconciles"]
    by = {r["source"]: r for r in report["sources"]}
    mols = by["mols"]
    # 500 chembl + 11 rows of molecules_bad (blank line included) + 5 of molecules_encoding + 8 rows of the
    # junk file (9 lines split on \n only, the first read as its header)
    assert mols["read"] == 500 + 11 + 5 + 8
    assert mols["read"] == mols["kept"] + sum(mols["dropped"].values())
    for reason in ("parse_failed", "kekulize_failed", "invalid_valence", "empty", "whitespace", "too_long"):
        assert mols["dropped"].get(reason, 0) >= 1, reason
    assert mols["dropped"]["duplicate"] >= 1  # OCC == CCO
    assert mols["dropped"]["invalid_unicode"] >= 2
    assert mols["dropped"]["missing_column"] == 8
    assert by["rxn"]["kept"] >= 195


def test_shards_have_schema_and_tags(curated):
    cfg, report = curated
    out = cfg.resolve(cfg.output)
    mols = pl.read_parquet(out / "shards" / "molecule" / "*.parquet")
    assert mols.columns == ["id", "text", "source", "domain", "metadata"]
    assert mols["text"].str.starts_with("[START_SMILES]").all()
    assert (mols["domain"] == "molecule").all()
    assert mols["id"].n_unique() == mols.height
    assert mols["text"].n_unique() == mols.height  # exact dedup by canonical SMILES
    prose = pl.read_parquet(out / "shards" / "prose" / "*.parquet")
    tagged = prose.filter(pl.col("text").str.contains("[START_SMILES]", literal=True))
    assert tagged.height >= 1
    assert "[START_SMILES]CCN(CC)CC[END_SMILES]" in "\n".join(tagged["text"])
    assert (tagged["domain"] == "chem_prose").all()


def test_quarantine_keeps_every_dropped_record(curated):
    cfg, report = curated
    q = pl.read_parquet(cfg.resolve(cfg.output) / "quarantine" / "**" / "*.parquet")
    assert set(q.columns) == {"id", "reason", "step", "source", "text", "metadata"}
    dropped = sum(sum(r["dropped"].values()) for r in report["sources"])
    assert q.height == dropped
    bad = q.filter(pl.col("reason") == "parse_failed")["text"].to_list()
    assert "C1CC" in bad


def test_same_input_same_bytes(tmp_path, data_dir, curated):
    cfg1, _ = curated
    cfg2 = _config(tmp_path, data_dir, tasks=2, workers=2)
    pipeline.run(cfg2, quiet=True, progress=False)
    out1, out2 = cfg1.resolve(cfg1.output), cfg2.resolve(cfg2.output)
    assert _digest(out1) == _digest(out2)
    for name in ("report.md", "report.png"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes()
    ids = pl.read_parquet(out1 / "shards" / "**" / "*.parquet")["id"].to_list()
    assert ids == pl.read_parquet(out2 / "shards" / "**" / "*.parquet")["id"].to_list()


def test_rerun_skips_finished_tasks(curated):
    cfg, _ = curated
    before = _digest(cfg.resolve(cfg.output))
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    assert _digest(cfg.resolve(cfg.output)) == before


def test_input_values_never_choose_paths(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "m.csv").write_text("smiles,rank,id,source\nCCO,../../escaped,../../x,../evil\n")
    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [{"name": "m", "kind": "molecules", "path": str(src), "column": "smiles"}],
        }
    )
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"] and report["sources"][0]["kept"] == 1
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(str(p).startswith(str(tmp_path / "out")) or p.parent == src for p in written)
    assert not (tmp_path / "escaped").exists()


def test_config_errors_name_key_and_fix(tmp_path):
    good = {"name": "m", "kind": "molecules", "path": "x", "column": "smiles"}
    with pytest.raises(ConfigError, match=r"did you mean 'molecules'"):
        CurateConfig.from_dict({"sources": [good], "molecule": {}})
    with pytest.raises(ConfigError, match=r"sources\[0\].kind.*did you mean 'reactions'"):
        CurateConfig.from_dict({"sources": [{**good, "kind": "reaction"}]})
    with pytest.raises(ConfigError, match="dedup_key"):
        CurateConfig.from_dict({"sources": [good], "molecules": {"dedup_key": "md5"}})
    with pytest.raises(ConfigError, match="unique"):
        CurateConfig.from_dict({"sources": [good, good]})
    with pytest.raises(ConfigError, match="does not exist"):
        CurateConfig.from_yaml(tmp_path / "missing.yaml")
    (tmp_path / "bad.yaml").write_text("sources: [\n")
    with pytest.raises(ConfigError, match="not valid YAML"):
        CurateConfig.from_yaml(tmp_path / "bad.yaml")


def test_rows_are_counted_batch_by_batch_across_files(tmp_path):
    """The summary's counts are the same whatever the batch size (a batch of 3 rows splits every group)."""
    import random
    from collections import Counter

    import pyarrow as pa
    import pyarrow.parquet as pq

    from chemtrove.curate.pipeline import _count_rows

    rng = random.Random(0)
    expected: Counter = Counter()
    for i in range(3):
        rows = [(rng.choice(["a", "b"]), rng.choice(["duplicate", "invalid_smiles", "too_long"])) for _ in range(50)]
        expected.update(rows)
        (tmp_path / "q" / f"t{i}").mkdir(parents=True)
        table = pa.table({"source": [s for s, _ in rows], "reason": [r for _, r in rows], "text": ["x"] * 50})
        pq.write_table(table, tmp_path / "q" / f"t{i}" / "00000.parquet", row_group_size=7)
    for batch_rows in (3, 65_536):
        assert _count_rows(tmp_path / "q", ["source", "reason"], batch_rows=batch_rows) == expected
    assert _count_rows(tmp_path / "missing", ["source", "reason"]) == Counter()
