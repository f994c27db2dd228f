"""Crystal steps on the real CIFs: reading (multi-block files), canonicalizing, tagging in prose, and
structure dedup across tasks with planted duplicates."""

import csv
import json
import shutil

import polars as pl
import pytest
from datatrove.data import Document
from pymatgen.io.cif import CifWriter

from chemtrove.chem import crystals
from chemtrove.curate import pipeline
from chemtrove.curate.config import ConfigError, CurateConfig
from chemtrove.curate.crystals import CanonicalizeCif, CifFileReader, TagCifInProse


def _run(step, docs):
    return list(step.run(iter(docs), rank=0, world_size=1))


def test_reader_splits_multiblock_files(tmp_path, data_dir):
    cifs = sorted((data_dir / "cif").rglob("*.cif"))[:2]
    (tmp_path / "multi.cif").write_text("# two blocks\n" + cifs[0].read_text() + "\n" + cifs[1].read_text())
    (tmp_path / "junk.cif").write_bytes(bytes(range(256)))
    docs = list(CifFileReader(str(tmp_path), source="t").run(None, 0, 1))
    ids = sorted(d.id for d in docs)
    assert ids == ["t/junk.cif#0", "t/multi.cif#0", "t/multi.cif#1"]
    assert all(d.metadata["domain"] == "crystal" for d in docs)


def test_canonicalize_cif_step(data_dir):
    docs = [Document(text=p.read_text(), id=p.name) for p in sorted((data_dir / "cif").rglob("*.cif"))]
    docs.append(Document(text="data_broken\n_cell_length_a -3\n", id="broken"))
    step = CanonicalizeCif()
    out = _run(step, docs)
    assert len(out) >= len(docs) - 3
    assert "broken" not in {d.id for d in out}
    for d in out:
        assert d.text == d.metadata["cif"] and d.text.startswith("data_")
        s, _, _ = crystals.parse(d.text)
        assert crystals.structure_key(s) == (d.metadata["formula"], d.metadata["spacegroup"])
    dropped = {k for k in step.stats.stats if k.startswith("dropped_")}
    assert dropped


def test_tag_cif_in_prose(data_dir):
    cif = (data_dir / "cif" / "dans_diffraction" / "Rutile.cif").read_text()
    text = (
        "The rutile model below was used.\n\n" + cif + "\n\nRefinement converged after twenty cycles of least squares."
    )
    (doc,) = _run(TagCifInProse(), [Document(text=text, id="1", metadata={"domain": "prose"})])
    assert doc.text.count("[START_CIF]data_Rutile") == 1 and doc.text.count("[END_CIF]") == 1
    assert doc.metadata["domain"] == "chem_prose"
    (again,) = _run(TagCifInProse(), [Document(text=doc.text, id="1")])
    assert again.text == doc.text


@pytest.mark.filterwarnings("ignore:Site labels are not unique")
def test_structure_dedup_with_planted_duplicates(tmp_path, data_dir):
    src = tmp_path / "a"
    src.mkdir()
    originals = [p for p in sorted((data_dir / "cif").rglob("*.cif"))]
    for p in originals:
        shutil.copy(p, src / p.name)
    # planted duplicates in a second source: origin shift, 0.001 Å jitter, permuted sites, supercell
    dup = tmp_path / "b"
    dup.mkdir()
    planted = 0
    for p in originals[:4]:
        s, _, _ = crystals.parse(p.read_text())
        if s is None or not s.is_ordered:
            continue
        shifted = s.copy()
        shifted.translate_sites(list(range(len(s))), [0.11, 0.05, 0.23])
        jitter = s.copy()
        jitter.perturb(0.001, min_distance=0.0005)
        permuted = s.copy()
        permuted = permuted.__class__.from_sites(list(reversed(permuted.sites)))
        supercell = s.copy()
        supercell.make_supercell([1, 1, 2])
        for tag, v in (("shift", shifted), ("jitter", jitter), ("perm", permuted), ("super", supercell)):
            (dup / f"{p.stem}_{tag}.cif").write_text(str(CifWriter(v)))
            planted += 1
    assert planted >= 8
    rows = list(csv.DictReader(open(data_dir / "cif" / "perov5_sample_40.csv")))
    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [
                {"name": "orig", "kind": "crystals", "path": str(src)},
                {"name": "copies", "kind": "crystals", "path": str(dup)},
                {
                    "name": "perov",
                    "kind": "crystals",
                    "path": str(data_dir / "cif" / "perov5_sample_40.csv"),
                    "column": "cif",
                },
            ],
            "crystals": {"dedup_buckets": 3},
            "executor": {"tasks": 3},
        }
    )
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    by = {s["source"]: s for s in report["sources"]}
    assert by["copies"]["dropped"].get("duplicate_structure", 0) == planted
    assert by["copies"]["kept"] == 0
    assert by["perov"]["read"] == len(rows)
    # the dedup over buckets and tasks finds the same groups as grouping everything at once
    shards = pl.read_parquet(tmp_path / "out" / "shards" / "crystal" / "*.parquet")
    kept = {}
    for text in shards["text"]:
        s, _, _ = crystals.parse(text.removeprefix("[START_CIF]").removesuffix("[END_CIF]"))
        kept[len(kept)] = s
    assert all(len(g) == 1 for g in crystals.group_duplicates(kept))


def test_describe_writes_one_description_per_structure(tmp_path, data_dir):
    """crystals.describe: a prose document per kept structure beside the shards; counts unchanged."""
    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [
                {"name": "perov", "kind": "crystals", "path": str(data_dir / "cif" / "perov5_sample_40.csv"),
                 "column": "cif", "id_column": "material_id"},
                {"name": "broken", "kind": "crystals", "path": str(data_dir / "cif_broken")},
            ],
            "crystals": {"describe": True, "dedup_buckets": 2},
        }
    )  # fmt: skip
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    shards = pl.read_parquet(tmp_path / "out" / "shards" / "crystal" / "*.parquet")
    desc = pl.read_parquet(tmp_path / "out" / "shards" / "crystal_descriptions" / "*.parquet")
    failed = list((tmp_path / "out" / "quarantine").glob("crystal_descriptions/**/*.parquet"))
    n_failed = sum(pl.read_parquet(f).height for f in failed)
    assert desc.height + n_failed == shards.height and desc.height >= shards.height - 2
    assert set(desc["domain"]) == {"chem_prose"}
    assert all(t.split(" crystallizes in the ")[0] for t in desc["text"])
    ids = {i + "#description" for i in shards["id"]}
    assert set(desc["id"]) <= ids
    meta = json.loads(desc["metadata"][0])
    assert meta["derived"] == "crystal_description" and meta["derived_from"] + "#description" == desc["id"][0]
    with pytest.raises(ConfigError, match="describe"):
        CurateConfig.from_dict({"output": "x", "sources": [], "crystals": {"describe": "yes"}})
