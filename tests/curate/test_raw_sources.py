"""The raw formats in the curate config: every record read from the files is kept or quarantined."""

from __future__ import annotations

import csv
import gzip
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from rawdata import DATA, chembl_smiles, write_sdf  # noqa: E402

from chemtrove.curate import pipeline  # noqa: E402
from chemtrove.curate.config import ConfigError, CurateConfig  # noqa: E402

BROKEN = "broken\n\n\n  2  1  0  0  0  0  0  0  0  0999 V2000\nnot an atom line\nM  END\n"


def _raw_inputs(root: Path) -> dict[str, int]:
    """Write one input per raw format; return the records each holds, counted from the files."""
    (root / "sdf").mkdir(parents=True)
    write_sdf(root / "sdf" / "a.sdf", chembl_smiles(40), v3000_every=4)
    text = (root / "sdf" / "a.sdf").read_text()
    blocks = text.split("$$$$\n")[:-1]
    blocks[20:20] = [BROKEN]
    (root / "sdf" / "a.sdf").write_text("$$$$\n".join(blocks) + "$$$$\n")
    (root / "sdf" / "a.sdf").rename(root / "sdf" / "b.sdf")
    write_sdf(root / "sdf" / "c.sdf.gz", chembl_smiles(60)[30:])  # 10 duplicates of a.sdf's molecules

    (root / "pubchem").mkdir()
    lines = [f"{i + 1}\t{s}" for i, s in enumerate(chembl_smiles(25))] + ["junk", "x\tC"]
    (root / "pubchem" / "CID-SMILES.gz").write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))

    (root / "uspto").mkdir()
    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        rows = list(csv.DictReader(f))[:30]
    rsmi = ["ReactionSmiles\tPatentNumber\tParagraphNum\tYear"] + [
        f"{r['rxn_Smiles']}\t{r['patentID']}\t{i}\t2001" for i, r in enumerate(rows)
    ]
    rsmi += ["not a reaction", "a\tb\tc\td\te"]
    (root / "uspto" / "grants.rsmi").write_text("\n".join(rsmi) + "\n")

    (root / "crystals").mkdir()
    from pymatgen.io.cif import CifParser

    with open(DATA / "cif" / "perov5_sample_40.csv", newline="") as f:
        cifs = [r["cif"] for r in list(csv.DictReader(f))[:6]]
    structures = [CifParser.from_str(c).parse_structures(primitive=False)[0] for c in cifs]
    entries = [
        {"structure": s.as_dict(), "entry_id": f"mp-{i}", "data": {"band_gap": 1.0}} for i, s in enumerate(structures)
    ]
    (root / "crystals" / "mp.json").write_text(json.dumps(entries + [{"nonsense": True}]))
    return {"sdf": 40 + 1 + 30, "pubchem": 27, "uspto": 32, "mp": 7}


def test_curate_run_over_every_raw_format_reconciles(tmp_path):
    expected = _raw_inputs(tmp_path / "in")
    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [
                {"name": "sdf", "kind": "molecules", "path": "in/sdf", "format": "sdf", "id_from": "chembl_id"},
                {"name": "pubchem", "kind": "molecules", "path": "in/pubchem", "format": "pubchem"},
                {"name": "uspto", "kind": "reactions", "path": "in/uspto", "format": "uspto_rsmi", "licence": "CC0"},
                {"name": "mp", "kind": "crystals", "path": "in/crystals", "format": "pymatgen_json"},
            ],
            "reactions": {"template": "{reaction_tagged} (patent {patent})"},
            "crystals": {"dedup": False},
        },
        base_dir=tmp_path,
    )
    summary = pipeline.run(cfg, quiet=True, progress=False)
    by_source = {s["source"]: s for s in summary["sources"]}
    assert summary["reconciles"]
    for name, n in expected.items():
        assert by_source[name]["read"] == n, name
    assert by_source["sdf"]["dropped"]["sdf_bad_block"] == 1
    assert by_source["sdf"]["dropped"]["duplicate"] >= 10
    assert by_source["pubchem"]["dropped"].get("pubchem_bad_line") == 1
    assert by_source["pubchem"]["dropped"].get("pubchem_bad_cid") == 1
    assert by_source["uspto"]["dropped"].get("rsmi_bad_line") == 1
    assert sum(by_source["uspto"]["dropped"].values()) == 2  # the junk line: the canonicalizer rejects it
    assert by_source["mp"]["dropped"] == {"pymatgen_bad_entry": 1}
    assert by_source["mp"]["kept"] == 6

    import pyarrow.parquet as pq

    rows = pq.read_table(tmp_path / "out" / "shards" / "reaction").to_pylist()
    assert all(r["text"].startswith("[START_SMILES]") and "(patent US" in r["text"] for r in rows)


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ({"format": "sdf", "kind": "reactions"}, "feed kind molecules"),
        ({"format": "pymatgen_json", "kind": "molecules"}, "feed kind crystals"),
        ({"format": "csv", "kind": "molecules", "smiles_from": "X"}, "only for format sdf"),
        ({"format": "uspto_rsmi", "kind": "reactions", "id_from": "X"}, "only for format sdf or pymatgen_json"),
        ({"format": "sfd", "kind": "molecules"}, "did you mean 'sdf'"),
    ],
)
def test_config_rejects_wrong_raw_format_use(source, message):
    with pytest.raises(ConfigError, match=message):
        CurateConfig.from_dict({"sources": [{"name": "s", "path": "x", **source}]})


def test_ray_executor_config_builds_ray_executors(tmp_path):
    from datatrove.executor.ray import RayPipelineExecutor

    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [{"name": "m", "kind": "molecules", "path": str(tmp_path)}],
            "executor": {"kind": "ray", "tasks": 3, "workers": 2, "cpus_per_task": 1, "ray_address": "auto"},
        }
    )
    group = pipeline.build(cfg)[0]
    execs = pipeline.executors(cfg, group)
    assert all(isinstance(e, RayPipelineExecutor) and e.depends is None for e in execs)
    assert [e.world_size for e in execs] == [3, 1, 3]  # curate, exact_find, final
    with pytest.raises(ConfigError, match="for kind ray"):
        CurateConfig.from_dict(
            {"sources": [{"name": "m", "kind": "molecules", "path": "x"}], "executor": {"ray_address": "auto"}}
        )
    with pytest.raises(ConfigError, match="did you mean 'ray'"):
        CurateConfig.from_dict(
            {"sources": [{"name": "m", "kind": "molecules", "path": "x"}], "executor": {"kind": "rai"}}
        )
