"""A task that dies mid-run is redone on rerun, and the result is byte-identical to an uninterrupted run."""

import gc
import hashlib
import shutil
from pathlib import Path

import pytest
from datatrove.pipeline.base import PipelineStep

from chemtrove.curate import pipeline
from chemtrove.curate.config import CurateConfig


class DieAfter(PipelineStep):
    """Passes documents through, and raises in task ``rank`` after ``n`` documents (a task killed mid-run)."""

    name = "die after n"

    def __init__(self, rank: int, n: int):
        super().__init__()
        self.die_rank, self.n = rank, n

    def run(self, data, rank=0, world_size=1):
        for i, doc in enumerate(data):
            if rank == self.die_rank and i == self.n:
                raise RuntimeError("task killed")
            yield doc


def _config(tmp_path: Path, data_dir: Path, out: str) -> CurateConfig:
    src = tmp_path / "in"
    if not src.exists():
        src.mkdir()
        for i in range(4):  # four files so that each of the 4 tasks has input
            lines = (data_dir / "molecules" / "chembl_500.csv").read_text().splitlines()
            (src / f"part{i}.csv").write_text("\n".join([lines[0], *lines[1 + i * 125 : 1 + (i + 1) * 125]]) + "\n")
        shutil.copy(data_dir / "malformed" / "molecules_bad.csv", src / "part_bad.csv")
    return CurateConfig.from_dict(
        {
            "output": str(tmp_path / out),
            "sources": [{"name": "m", "kind": "molecules", "path": str(src), "column": "smiles"}],
            "executor": {"tasks": 4, "workers": 1},
        }
    )


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.suffix in (".parquet", ".md", ".png", ".json")
        and "logs" not in p.relative_to(folder).parts
    }


@pytest.mark.parametrize("stage_index", [0, -1])
def test_killed_task_rerun_gives_identical_output(tmp_path, data_dir, stage_index):
    ref = _config(tmp_path, data_dir, "ref")
    pipeline.run(ref, quiet=True, progress=False)

    cfg = _config(tmp_path, data_dir, "crash")
    (group,) = pipeline.build(cfg)
    stage = group.stages[stage_index]
    stage.steps.insert(len(stage.steps) - 1, DieAfter(rank=1, n=40))  # just before the stage's last step
    with pytest.raises(Exception, match="killed"):
        for ex in pipeline.executors(cfg, group):
            ex.depends = None
            ex.run()
    done = group.logs / stage.name / "completions"
    finished = sorted(p.name for p in done.iterdir())
    assert "00000" in finished and "00001" not in finished  # rank 1 died after writing part of its output

    report = pipeline.run(cfg, quiet=True, progress=False)  # the rerun redoes rank 1 only
    assert report["reconciles"]
    assert _digest(ref.resolve(ref.output)) == _digest(cfg.resolve(cfg.output))
    # the dead task's writers closed without leaving a partial or temporary file, and cannot write later
    gc.collect()
    assert not list(cfg.resolve(cfg.output).rglob("*.tmp-*"))
    assert _digest(ref.resolve(ref.output)) == _digest(cfg.resolve(cfg.output))

    # a finished pipeline run again does nothing and changes nothing
    before = _digest(cfg.resolve(cfg.output))
    pipeline.run(cfg, quiet=True, progress=False)
    assert _digest(cfg.resolve(cfg.output)) == before
