"""Exact dedup across sources and chemistry-aware near-dedup of prose, through the ready pipeline."""

import json
from pathlib import Path

import polars as pl

from chemtrove.curate import pipeline
from chemtrove.curate.config import CurateConfig
from chemtrove.curate.neardedup import ChemWordTokenizer

PARAGRAPH = (
    "The precursor powders were mixed in stoichiometric ratio and ground in an agate mortar for thirty "
    "minutes before being pressed into pellets under a uniaxial load. The pellets were calcined in air "
    "at nine hundred degrees for twelve hours with intermediate grinding, then cooled slowly to room "
    "temperature inside the furnace to avoid thermal shock and cracking of the ceramic bodies."
)
OTHER = (
    "Thin films were deposited by pulsed laser deposition on single crystal substrates held at a fixed "
    "temperature in a flowing oxygen atmosphere, and the thickness was measured by profilometry after "
    "the growth had finished and the chamber had been vented with dry nitrogen gas."
)
PHENOL = (
    "Phenol, {}, was dissolved in dry dichloromethane under argon and the solution was stirred while the "
    "acid chloride was added dropwise over an hour, after which the mixture was washed with brine and dried."
)


def _cfg(tmp_path: Path, raw: dict) -> CurateConfig:
    raw = {"output": str(tmp_path / "out"), **raw}
    return CurateConfig.from_dict(raw, base_dir=tmp_path)


def _quarantine(cfg) -> pl.DataFrame:
    return pl.read_parquet(cfg.resolve(cfg.output) / "quarantine" / "**" / "*.parquet")


def test_exact_dedup_across_sources_first_listed_wins(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "a.csv").write_text("smiles\nCCO\nc1ccccc1\n")
    (tmp_path / "b" / "b.csv").write_text("smiles\nOCC\nCCN\n")
    sources = [
        {"name": "second", "kind": "molecules", "path": "b", "column": "smiles"},
        {"name": "first", "kind": "molecules", "path": "a", "column": "smiles"},
    ]
    cfg = _cfg(tmp_path, {"sources": sources, "molecules": {"min_heavy_atoms": 1}})
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    by = {s["source"]: s for s in report["sources"]}
    # "second" is listed first, so its OCC (= CCO) survives and "first"'s CCO is the duplicate
    assert by["second"]["kept"] == 2 and by["first"]["kept"] == 1
    assert by["first"]["dropped"] == {"duplicate": 1}
    q = _quarantine(cfg)
    assert q["text"].to_list() == ["CCO"] and q["step"].to_list() == ["exact_dedup"]

    cfg2 = _cfg(
        tmp_path / "sep",
        {"sources": sources, "dedup_across_sources": False, "molecules": {"min_heavy_atoms": 1}},
    )
    cfg2.base_dir = str(tmp_path)
    report2 = pipeline.run(cfg2, quiet=True, progress=False)
    assert sum(s["kept"] for s in report2["sources"]) == 4
    assert (Path(cfg2.resolve(cfg2.output)) / "shards" / "molecule" / "first").is_dir()


def test_near_duplicates_of_prose_are_removed(tmp_path):
    (tmp_path / "p").mkdir()
    near = PARAGRAPH.replace("thirty", "forty").replace("twelve", "ten")
    docs = [
        {"text": PARAGRAPH},
        {"text": near},  # near duplicate: two words changed
        {"text": OTHER},
        {"text": PARAGRAPH},  # exact duplicate
        {"text": PHENOL.format("Oc1ccccc1")},
        {"text": PHENOL.format("c1ccc(O)cc1")},  # same molecule, other spelling: a duplicate once canonical
    ]
    (tmp_path / "p" / "docs.jsonl").write_text("".join(json.dumps(d) + "\n" for d in docs))
    cfg = _cfg(tmp_path, {"sources": [{"name": "papers", "kind": "prose", "path": "p"}], "executor": {"tasks": 2}})
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    src = report["sources"][0]
    assert src["read"] == 6
    assert src["dropped"] == {"duplicate": 2, "near_duplicate": 1}
    kept = pl.read_parquet(cfg.resolve(cfg.output) / "shards" / "prose" / "*.parquet")["text"].to_list()
    assert OTHER in kept and len(kept) == 3
    assert sum(t in (PARAGRAPH, near) for t in kept) == 1
    assert sum("[START_SMILES]Oc1ccccc1[END_SMILES]" in t for t in kept) == 1


def test_word_tokenizer_keeps_tagged_chemistry_whole():
    words = ChemWordTokenizer().word_tokenize("Mix 2 g of [START_SMILES]CC(=O)Oc1ccccc1C(=O)O[END_SMILES] now.")
    assert "[START_SMILES]CC(=O)Oc1ccccc1C(=O)O[END_SMILES]" in words
    assert words[0] == "mix"
