"""The chemtrove pipeline through datatrove's SlurmPipelineExecutor on a real one-node Slurm cluster:
the same shards as the local executor, and a task killed with scancel is redone on resubmission.

Runs only with CHEMTROVE_SERVICE_TESTS=1 (it installs and starts Slurm); skipped, with the reason, otherwise
or where scripts/slurm_start.sh cannot start Slurm.
"""

import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from clustercase import cluster_config, cluster_inputs, output_digest  # noqa: E402

from chemtrove.curate import pipeline  # noqa: E402
from chemtrove.curate.slurm import SlurmRunFailed, wait  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.services]
HERE = Path(__file__).parent


@pytest.fixture
def slurm_executor(slurm_partition, slurm_env, monkeypatch):
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID", raising=False)
    # nodes unpickle steps by reference: the fault-injection module must be importable there
    monkeypatch.setenv("PYTHONPATH", f"{HERE}:{__import__('os').environ.get('PYTHONPATH', '')}")
    monkeypatch.syspath_prepend(str(HERE))
    return {
        "kind": "slurm",
        "tasks": 2,
        "workers": -1,
        "partition": slurm_partition,
        "time": "00:10:00",
        "mem_per_cpu_gb": 1,
        "job_name": f"ctest_{uuid.uuid4().hex[:8]}",
        **slurm_env,
    }


def test_slurm_equals_local_and_survives_scancel(tmp_path, data_dir, slurm_executor):
    src = cluster_inputs(tmp_path, data_dir)
    local = cluster_config(src, tmp_path / "local", {"tasks": 2, "workers": 1})
    ref = pipeline.run(local, quiet=True, progress=False)
    assert ref["reconciles"]
    expected = output_digest(tmp_path / "local")

    # 1. the whole pipeline on Slurm
    cfg = cluster_config(src, tmp_path / "slurm", slurm_executor)
    submitted = pipeline.submit(cfg)
    groups = [g for g, _ in submitted]
    wait(cfg, groups, timeout_s=300)
    report = pipeline.finish(cfg, groups)
    assert report["reconciles"]
    assert output_digest(tmp_path / "slurm") == expected

    # 2. kill one array task mid-run with scancel, then resubmit
    import faultsteps

    cfg = cluster_config(src, tmp_path / "killed", {**slurm_executor, "job_name": slurm_executor["job_name"] + "k"})
    groups = pipeline.build(cfg)
    mol = groups[0]
    curate = mol.stages[0]
    curate.steps.insert(2, faultsteps.SleepOnRank(rank=1, seconds=120))
    execs = pipeline.executors(cfg, mol)
    execs[-1].run()
    job = execs[0].job_id
    deadline = time.monotonic() + 120
    while True:  # until task 1 of the curate array runs (and sleeps)
        states = subprocess.run(["squeue", "-h", "-j", job, "-o", "%i %T"], capture_output=True, text=True).stdout
        if f"{job}_1 RUNNING" in states:
            break
        assert time.monotonic() < deadline, f"array task never ran: {states}"
        time.sleep(0.5)
    subprocess.run(["scancel", f"{job}_1"], check=True)
    with pytest.raises(SlurmRunFailed, match="curate"):
        wait(cfg, [mol], timeout_s=180)
    done = sorted(p.name for p in (mol.logs / "curate" / "completions").iterdir())
    assert done == ["00000"]

    resubmitted = pipeline.submit(cfg)  # fresh steps, no sleep; finished ranks are skipped
    groups = [g for g, _ in resubmitted]
    wait(cfg, groups, timeout_s=300)
    report = pipeline.finish(cfg, groups)
    assert report["reconciles"]
    assert output_digest(tmp_path / "killed") == expected
    assert sys.modules["faultsteps"] is faultsteps
