"""Every config value is checked before anything runs (item 9: mistakes that ended in silent drops)."""

from __future__ import annotations

import pytest
import yaml

from chemtrove.curate import pipeline
from chemtrove.curate.config import ConfigError, CurateConfig


def _source(**kw):
    return {"name": "m", "kind": "molecules", "path": "in", "column": "smiles", **kw}


def _cfg(tmp_path, sources=None, **top) -> CurateConfig:
    (tmp_path / "in").mkdir(exist_ok=True)
    if not any((tmp_path / "in").iterdir()):
        (tmp_path / "in" / "a.csv").write_text("smiles,name\nCCO,ethanol\nCCN,ethylamine\n")
    raw = {"output": "out", "sources": sources or [_source()], **top}
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(raw))
    return CurateConfig.from_yaml(tmp_path / "c.yaml")


@pytest.mark.parametrize(
    ("extra", "match"),
    [
        ({"molecules": {"min_heavy_atoms": "2"}}, r"molecules\.min_heavy_atoms: .*'2' \(str\).*without quotes"),
        ({"prose": {"min_chars": "50"}}, r"prose\.min_chars: .*'50'.*without quotes: min_chars: 50"),
        ({"molecules": {"max_heavy_atoms": -5}}, r"molecules\.max_heavy_atoms: must be >= 1, got -5"),
        ({"molecules": {"max_atoms": 0}}, r"molecules\.max_atoms: must be >= 1, got 0"),
        ({"molecules": {"min_heavy_atoms": 9, "max_heavy_atoms": 3}}, r"min_heavy_atoms: 9 is above max_heavy_atoms 3"),
        ({"crystals": {"symprec": "x"}}, r"crystals\.symprec: expected a number, got 'x'.*symprec: 0.1"),
        ({"crystals": {"max_sites": -1}}, r"crystals\.max_sites: must be >= 1, got -1"),
        ({"crystals": {"symprec": 0}}, r"crystals\.symprec: must be in \(0, 1\]"),
        ({"crystals": {"decimals": 2}}, r"crystals\.decimals"),
        ({"prose": {"min_chem_share": 2}}, r"prose\.min_chem_share"),
        ({"executor": {"tasks": "2"}}, r"executor\.tasks: .*without quotes"),
        ({"executor": {"time": "tomorrow"}}, r"executor\.time: 'tomorrow'"),
        ({"seed": 1.5}, r"config\.seed: expected an integer, got 1\.5"),
        ({"shard_max_bytes": "1GB"}, r"config\.shard_max_bytes"),
        ({"molecules": {"template": "{nme"}}, r"molecules\.template"),
        ({"molecules": {"standardize": "yes"}}, r"molecules\.standardize: expected true/false, got 'yes'"),
    ],
)
def test_values_are_typed_and_ranged(tmp_path, extra, match):
    with pytest.raises(ConfigError, match=match):
        _cfg(tmp_path, **extra)


def test_source_values(tmp_path):
    with pytest.raises(ConfigError, match=r"sources\[0\]\.name: 'aaaa.*1-64"):
        _cfg(tmp_path, [_source(name="a" * 300)])
    with pytest.raises(ConfigError, match=r"sources\[0\]\.name"):
        _cfg(tmp_path, [_source(name="../x")])
    with pytest.raises(ConfigError, match=r"sources\[0\]\.id_column: expected a string or null, got 5"):
        _cfg(tmp_path, [_source(id_column=5)])
    with pytest.raises(ConfigError, match=r"sources\[0\]\.keep_columns"):
        _cfg(tmp_path, [_source(keep_columns="name")])
    with pytest.raises(ConfigError, match=r"sources\[0\]: missing required key\(s\) path"):
        CurateConfig.from_dict({"sources": [{"name": "m", "kind": "molecules"}]})


def test_missing_path_and_empty_glob(tmp_path):
    cfg = _cfg(tmp_path, [_source(path="nowhere")])
    with pytest.raises(ConfigError, match=r"sources\[0\]\.path: '.*nowhere' does not exist"):
        pipeline.run(cfg, quiet=True, progress=False)
    cfg = _cfg(tmp_path, [_source(glob="*.parquet")])
    with pytest.raises(ConfigError, match=r"sources\[0\]\.glob: the glob '\*\.parquet' matches no file"):
        cfg.check_files()
    assert not (tmp_path / "out").exists()  # nothing ran


def test_wrong_column_names_the_wanted_and_available(tmp_path):
    cfg = _cfg(tmp_path, [_source(column="smile")])
    with pytest.raises(
        ConfigError, match=r"sources\[0\]\.column: 'smile' is in no file's header.*did you mean 'smiles'.*smiles, name"
    ):
        cfg.check_files()
    cfg = _cfg(tmp_path, [_source(id_column="cid")])
    with pytest.raises(ConfigError, match=r"sources\[0\]\.id_column: 'cid'"):
        cfg.check_files()
    (tmp_path / "in" / "b.csv").write_bytes(b"\xef\xbb\xbfsmiles\nCCC\n")  # a BOM is not part of the name
    _cfg(tmp_path).check_files()


def test_template_fields_against_steps_and_columns(tmp_path):
    cfg = _cfg(tmp_path, molecules={"template": "{nme} is {smiles_tagged}"})
    with pytest.raises(ConfigError, match=r"molecules\.template.*\{nme\}.*did you mean \{name\}"):
        cfg.check_files()
    _cfg(tmp_path, molecules={"template": "{name} is {smiles_tagged} ({heavy_atoms} heavy atoms)"}).check_files()
    cfg = _cfg(tmp_path, molecules={"template": "{smiles_tagged} {inchikey}"})
    with pytest.raises(ConfigError, match=r"\{inchikey\}"):
        cfg.check_files()
    _cfg(tmp_path, molecules={"template": "{smiles_tagged} {inchikey}", "dedup_key": "inchikey"}).check_files()
    cif = tmp_path / "cifs"
    cif.mkdir()
    (cif / "x.cif").write_text("data_x\n")
    cfg = _cfg(
        tmp_path,
        [{"name": "c", "kind": "crystals", "path": "cifs"}],
        crystals={"template": "{cif_taged}"},
    )
    with pytest.raises(ConfigError, match=r"crystals\.template.*did you mean \{cif_tagged\}"):
        cfg.check_files()


def test_output_file_and_report_tokenizer(tmp_path):
    cfg = _cfg(tmp_path)
    (tmp_path / "out").write_text("a file")
    with pytest.raises(ConfigError, match=r"config\.output: '.*out' is a file"):
        cfg.check_files()
    cfg = _cfg(tmp_path, output="out2", report_tokenizer="no/tokenizer.json")
    with pytest.raises(ConfigError, match=r"config\.report_tokenizer: .* neither a tokenizer\.json"):
        pipeline.run(cfg, quiet=True, progress=False)


def test_cli_reports_config_errors_before_running(tmp_path, capsys):
    from chemtrove.cli import main

    _cfg(tmp_path, [_source(column="smile")])
    assert main(["curate", "--config", str(tmp_path / "c.yaml")]) == 2
    assert "did you mean 'smiles'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
