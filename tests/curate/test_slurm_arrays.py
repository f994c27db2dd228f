"""Slurm at scale on the one-node Slurm (scripts/slurm_start.sh): a stage with more tasks than one job
array holds (``max_array_size``) is several arrays, the next stage waits for all of them, a failed task
in an early array holds back every later stage, and the resubmission runs only the missing tasks.

Runs only with ``CHEMTROVE_SERVICE_TESTS=1`` (it starts Slurm).
"""

from __future__ import annotations

import hashlib
import os
import sys
import uuid
from pathlib import Path

import pytest

if os.environ.get("CHEMTROVE_SERVICE_TESTS") != "1":
    pytest.skip(
        "starts Slurm: runs only with CHEMTROVE_SERVICE_TESTS=1 (as CI's .ci/run sets it)", allow_module_level=True
    )

sys.path.insert(0, str(Path(__file__).parent))
import faultsteps  # noqa: E402

from chemtrove.curate import pipeline  # noqa: E402
from chemtrove.curate.config import CurateConfig  # noqa: E402
from chemtrove.curate.slurm import SlurmRunFailed, wait  # noqa: E402

pytestmark = pytest.mark.slow
HERE = Path(__file__).parent
TASKS = 5


def _inputs(tmp_path: Path, data_dir: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    lines = (data_dir / "molecules" / "chembl_500.csv").read_text().splitlines()
    for i in range(TASKS + 1):  # one file more than tasks, and every file overlaps the next (dedup)
        (src / f"part{i}.csv").write_text("\n".join([lines[0], *lines[1 + i * 60 : 1 + (i + 1) * 60 + 10]]) + "\n")
    return src


def _config(src: Path, out: Path, executor: dict) -> CurateConfig:
    return CurateConfig.from_dict(
        {
            "output": str(out),
            "sources": [{"name": "m", "kind": "molecules", "path": str(src), "column": "smiles"}],
            "executor": executor,
        }
    )


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted((folder / "shards").rglob("*.parquet")) + sorted((folder / "quarantine").rglob("*.parquet"))
    }


def test_more_tasks_than_one_array_and_resubmission_of_the_missing(
    tmp_path, data_dir, slurm_partition, slurm_env, monkeypatch
):
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID", raising=False)
    monkeypatch.setenv("PYTHONPATH", f"{HERE}:{os.environ.get('PYTHONPATH', '')}")
    src = _inputs(tmp_path, data_dir)
    ref = pipeline.run(_config(src, tmp_path / "local", {"tasks": TASKS, "workers": 1}), quiet=True, progress=False)
    assert ref["reconciles"]
    expected = _digest(tmp_path / "local")

    executor = {
        "kind": "slurm",
        "tasks": TASKS,
        "workers": -1,
        "max_array_size": 2,
        "partition": slurm_partition,
        "time": "00:10:00",
        "mem_per_cpu_gb": 1,
        "job_name": f"carr_{uuid.uuid4().hex[:8]}",
        **slurm_env,
    }
    cfg = _config(src, tmp_path / "slurm", executor)
    groups = pipeline.build(cfg)
    groups[0].stages[0].steps.insert(2, faultsteps.FailOnceOnRank(rank=0, marker=str(tmp_path / "marker")))
    execs = pipeline.executors(cfg, groups[0])
    execs[-1].run()  # submits curate (3 arrays), exact_find, final
    assert len(execs[0].array_job_ids) == 3 and len(execs[2].array_job_ids) == 3
    with pytest.raises(SlurmRunFailed, match="curate"):
        wait(cfg, groups, timeout_s=300)  # rank 0 (first array) failed: exact_find and final never ran
    done = sorted(p.name for p in (groups[0].logs / "curate" / "completions").iterdir())
    assert done == ["00001", "00002", "00003", "00004"]
    assert not (groups[0].logs / "exact_find" / "completions").exists()

    resubmitted = pipeline.submit(cfg)  # fresh steps; only rank 0 of curate, then the later stages
    assert [len(e.array_job_ids) for e in resubmitted[0][1]] == [1, 1, 3]
    groups = [g for g, _ in resubmitted]
    wait(cfg, groups, timeout_s=300)
    assert pipeline.finish(cfg, groups)["reconciles"]
    assert _digest(tmp_path / "slurm") == expected
