"""TagNamesInProse on real prose, its config keys, the pipeline option, the report and decontamination."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from datatrove.data import Document

from chemtrove.chem.names import opsin_available, opsin_unavailable_reason
from chemtrove.curate import TagNamesInProse, TagSmilesInProse, apply, pipeline
from chemtrove.curate.config import ConfigError, CurateConfig
from chemtrove.curate.decontam import BenchmarkSet, Decontaminate


@pytest.fixture(scope="module")
def prose(data_dir) -> list[str]:
    lines = (data_dir / "prose" / "syntheses_40.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x)["text"] for x in lines]


def test_step_on_real_prose_is_idempotent(prose):
    steps = [TagSmilesInProse(), TagNamesInProse(opsin=False)]
    df = apply(prose, steps)
    assert df["kept"].all()
    assert (df["n_names"] >= df["n_resolved"]).all()
    assert df["n_resolved"].sum() > 100  # the syntheses are full of precursor names and formulas
    tagged = df.filter(df["n_name_smiles"] > 0)
    assert tagged.height > 10 and set(tagged["domain"]) == {"chem_prose"}
    assert (tagged["chem_share"] > 0).all()
    for text in tagged["text"]:
        assert text.count("[START_SMILES]") == text.count("[END_SMILES]")
    again = apply(df["text"].to_list(), [TagNamesInProse(opsin=False)])
    assert again["text"].to_list() == df["text"].to_list()


def test_mist_style_and_pickling(prose):
    step = TagNamesInProse(style="mist", opsin=False)
    df = apply(prose[:10], [step])
    assert any("[START_MOL] " in t for t in df["text"])
    clone = pickle.loads(pickle.dumps(step))
    assert clone._finder is None
    with pytest.raises(ValueError, match="style 'galactica'"):
        TagNamesInProse(style="galactica")
    with pytest.raises(ValueError, match="opsin"):
        TagNamesInProse(opsin="sometimes")


def test_bad_records_go_on(prose):
    junk = [bytes(range(256)).decode("latin-1"), "", "x" * 1_000_000, "((((" * 1000, "\ud800 ethanol \udcff"]
    step = TagNamesInProse(opsin=False)
    docs = list(step.run(iter(Document(text=t, id=str(i)) for i, t in enumerate(junk))))
    assert len(docs) == len(junk)
    assert [d.metadata["n_resolved"] for d in docs] == [0, 0, 0, 0, 1]
    assert docs[-1].text == "\ud800 ethanol [START_SMILES]CCO[END_SMILES] \udcff"


def test_opsin_missing_is_a_stat_not_a_failure(monkeypatch, prose):
    from chemtrove.chem.names import opsin

    monkeypatch.setattr(opsin, "unavailable_reason", lambda: "no Java runtime: install the names extra")
    step = TagNamesInProse(opsin="auto")
    docs = list(step.run(iter([Document(text=prose[0], id="0")])))
    assert docs[0].metadata["n_resolved"] > 0  # lexicons and formulas still work
    assert step.stats["opsin_unavailable"].total == 1


def test_config_keys_are_checked(tmp_path):
    def load(prose_opts: dict) -> CurateConfig:
        raw = {"sources": [{"name": "p", "kind": "prose", "path": "."}], "prose": prose_opts}
        return CurateConfig.from_dict(raw, base_dir=tmp_path)

    assert load({"tag_names": True}).prose.lexicons == ["default"]
    with pytest.raises(ConfigError, match=r"prose.style: 'mistt'; did you mean 'mist'"):
        load({"tag_names": True, "style": "mistt"})
    with pytest.raises(ConfigError, match=r"prose.lexicons\[1\]: 'mine.tsv' does not exist"):
        load({"tag_names": True, "lexicons": ["default", "mine.tsv"]})
    with pytest.raises(ConfigError, match="prose.tag_names: expected true/false"):
        load({"tag_names": "yes"})
    with pytest.raises(ConfigError, match="prose.opsin"):
        load({"tag_names": True, "opsin": "maybe"})
    with pytest.raises(ConfigError, match=r"prose.lexicons: expected a list of strings"):
        load({"tag_names": True, "lexicons": [3]})
    (tmp_path / "mine.tsv").write_text("wonder solvent\tCCOCC\n")
    assert load({"tag_names": True, "lexicons": ["mine.tsv"]}).prose.lexicons == ["mine.tsv"]


def test_pipeline_option_and_report(tmp_path, data_dir):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(data_dir / "prose" / "syntheses_40.jsonl", src)
    (tmp_path / "lab.tsv").write_text("name\tsmiles\nstarch\tOCC1OC(O)C(O)C(O)C1O\n")
    raw = {
        "output": "out",
        "sources": [{"name": "papers", "kind": "prose", "path": "in", "column": "text"}],
        "prose": {"tag_names": True, "lexicons": ["lab.tsv", "default"], "style": "smiles", "near_dedup": False},
    }
    (tmp_path / "curate.yaml").write_text(yaml.safe_dump(raw))
    cfg = CurateConfig.from_yaml(tmp_path / "curate.yaml")
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    names = report["names"]["sources"]["papers"]
    assert names["docs"] == report["sources"][0]["kept"] and names["resolved"] > 100
    assert names["found"] >= names["resolved"] >= names["tagged"] > 0
    rows = [
        r for f in sorted(Path(tmp_path / "out" / "shards").rglob("*.parquet")) for r in pq.read_table(f).to_pylist()
    ]
    assert any("starch [START_SMILES]" in r["text"] for r in rows)  # the user's lexicon was used
    md = (tmp_path / "out" / "report.md").read_text()
    assert "## Chemical names in prose" in md and "| papers |" in md
    assert "chemical names in papers:" in pipeline.format_summary(report)


def test_decontamination_sees_names(tmp_path):
    bench = tmp_path / "bench.smi"
    bench.write_text("CCOC(C)=O\nCC(=O)Oc1ccccc1C(=O)O\n")
    spec = BenchmarkSet(name="mols", path=str(bench))
    step = Decontaminate([spec])
    assert step.match(Document(text="The crude was taken up in EtOAc and washed.", id="1")) == "mols"
    assert step.match(Document(text="The crude was taken up in DCM and washed.", id="2")) is None
    mist = "in [START_MOL] EtOAc [END_MOL][START_SMILES] CCOC(C)=O [END_SMILES]"
    assert Decontaminate([spec], check_names=False).match(Document(text=mist, id="3")) == "mols"
    assert Decontaminate([spec], check_names=False).match(Document(text="in EtOAc", id="4")) is None
    if opsin_available():
        assert step.match(Document(text="We made 2-acetyloxybenzoic acid again.", id="5")) == "mols"
    else:
        pytest.skip(f"the OPSIN half needs the names extra: {opsin_unavailable_reason()}")
