"""The pieces of a curation group (curate/stages.py, curate/steps.py): readers, step lists, dedup passes, chaining."""

from __future__ import annotations

import pytest
import yaml

from chemtrove.curate import stages, steps
from chemtrove.curate.config import CurateConfig
from chemtrove.curate.crystals import CifFileReader, StructureSignature
from chemtrove.curate.neardedup import ChemMinhashSignature
from chemtrove.curate.readers import MultiTableReader, TableReader
from chemtrove.curate.records import RecordCheck
from chemtrove.curate.writers import ShardWriter


def _cfg(tmp_path, **top) -> CurateConfig:
    (tmp_path / "mol").mkdir()
    (tmp_path / "mol" / "a.csv").write_text("smiles\nCCO\nCCN\n")
    (tmp_path / "cif").mkdir()
    (tmp_path / "cif" / "x.cif").write_text("data_x\n")
    raw = {
        "output": "out",
        "sources": [
            {"name": "m", "kind": "molecules", "path": "mol", "column": "smiles"},
            {"name": "c", "kind": "crystals", "path": "cif"},
        ],
        **top,
    }
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(raw))
    return CurateConfig.from_yaml(tmp_path / "c.yaml")


def test_the_reader_factory_picks_a_reader_per_source(tmp_path):
    cfg = _cfg(tmp_path)
    reader = stages.source_readers(cfg, cfg.sources)
    assert isinstance(reader, MultiTableReader)
    assert [type(stages.source_reader(cfg, s)) for s in cfg.sources] == [TableReader, CifFileReader]


@pytest.mark.parametrize(
    ("kind", "key", "first"),
    [("molecules", "smiles", "CanonicalizeSmiles"), ("reactions", "reaction", "CanonicalizeReactions")],
)
def test_step_lists_start_with_the_record_check(tmp_path, kind, key, first):
    cfg = _cfg(tmp_path)
    made, exact_key, template = steps.curate_steps(cfg, kind, str(tmp_path / "q"))
    assert isinstance(made[0], RecordCheck) and type(made[1]).__name__ == first
    assert exact_key == key and template is not None
    with pytest.raises(NotImplementedError, match="kind 'spectra'"):
        steps.curate_steps(cfg, "spectra", str(tmp_path / "q"))


def test_dedup_passes_run_exact_then_near_then_structure(tmp_path):
    cfg = _cfg(tmp_path, prose={"near_dedup": True})
    work, q = tmp_path / "work", str(tmp_path / "q")
    prose = stages.dedup_passes(cfg, "prose", cfg.sources, "text", work, q)
    assert [type(p[0]).__name__ for p in prose] == ["ExactDedupSignature", "ChemMinhashSignature"]
    assert isinstance(prose[1][0], ChemMinhashSignature)
    assert [s.name for s in prose[1][1]] == ["minhash_buckets", "minhash_cluster"]
    crystals = stages.dedup_passes(cfg, "crystals", cfg.sources, None, work, q)
    assert len(crystals) == 1 and isinstance(crystals[0][0], StructureSignature)
    assert stages.dedup_passes(cfg, "molecules", cfg.sources, None, work, q) == []


def test_chaining_puts_every_pass_between_work_folders(tmp_path):
    cfg = _cfg(tmp_path, prose={"near_dedup": True})
    work = tmp_path / "work"
    passes = stages.dedup_passes(cfg, "prose", cfg.sources, "text", work, str(tmp_path / "q"))
    reader = stages.source_readers(cfg, cfg.sources[:1])
    last = [ShardWriter(str(tmp_path / "shards"))]
    chained = stages.chain_stages(reader, [], last, passes, work)
    names = [s.name for s in chained]
    assert names == ["curate", "exact_find", "dedup_filter_0", "minhash_buckets", "minhash_cluster", "final"]
    assert chained[0].steps[-1] is passes[0][0] and chained[-1].steps[-1] is last[0]
    assert [s.name for s in stages.chain_stages(reader, [], last, [], work)] == ["curate"]
    stages.add_progress(chained, tmp_path / "logs", "prose", 5.0)
    assert [type(s.steps[1]).__name__ for s in chained if s.name in ("curate", "final")] == ["ProgressStep"] * 2
