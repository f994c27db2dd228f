"""The chemtrove pipeline on datatrove's RayPipelineExecutor, on a real one-node Ray cluster started with
scripts/ray_start.sh (``ray start --head`` on loopback) and stopped with scripts/ray_stop.sh: the same
shards as the local executor, byte for byte, and a failed or killed task is rerun.

Runs only with ``CHEMTROVE_SERVICE_TESTS=1`` (it starts a system service).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import faultsteps  # noqa: E402
from clustercase import cluster_config, cluster_inputs, output_digest  # noqa: E402

from chemtrove.curate import pipeline  # noqa: E402

pytestmark = pytest.mark.slow
HERE = Path(__file__).parent
SCRIPTS = HERE.parents[1] / "scripts"
PORT = "6391"

if os.environ.get("CHEMTROVE_SERVICE_TESTS") != "1":
    pytest.skip(
        "starts a Ray cluster: runs only with CHEMTROVE_SERVICE_TESTS=1 (as CI's .ci/run sets it)",
        allow_module_level=True,
    )
pytest.importorskip("ray", reason="Ray is in the 'ray' extra: pip install 'chemtrove[ray]'")


@pytest.fixture(scope="module")
def ray_address(tmp_path_factory):
    run_dir = tmp_path_factory.mktemp("ray")
    env = {
        **os.environ,
        "RAY_PORT": PORT,
        "RAY_RUN_DIR": str(run_dir),
        "RAY_NUM_CPUS": "2",
        # workers unpickle the steps by reference: chemtrove and the fault-injection module must import there
        "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parents[1] / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.run(["bash", str(SCRIPTS / "ray_start.sh")], env=env, capture_output=True, text=True, timeout=180)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RAY_ADDRESS=")]
    try:
        if proc.returncode != 0 or not lines:
            pytest.skip(f"scripts/ray_start.sh could not start Ray: {(proc.stdout + proc.stderr)[-500:]}")
        yield lines[0].split("=", 1)[1]
    finally:
        subprocess.run(["bash", str(SCRIPTS / "ray_stop.sh")], env=env, capture_output=True, timeout=120)


def _ray(address: str) -> dict:
    return {"kind": "ray", "tasks": 2, "workers": 2, "mem_per_cpu_gb": 0.5, "ray_address": address}


def test_ray_equals_local_and_reruns_failed_and_killed_tasks(tmp_path, data_dir, ray_address):
    src = cluster_inputs(tmp_path, data_dir)
    ref = pipeline.run(cluster_config(src, tmp_path / "local", {"tasks": 2, "workers": 1}), quiet=True, progress=False)
    assert ref["reconciles"]
    expected = output_digest(tmp_path / "local")

    # 1. the whole pipeline on Ray
    cfg = cluster_config(src, tmp_path / "ray", _ray(ray_address))
    report = pipeline.run(cfg, quiet=True, progress=False)
    assert report["reconciles"]
    assert output_digest(tmp_path / "ray") == expected

    # 2. a task that fails: the run stops at that stage, the rerun runs only that task
    from chemtrove.curate.ray_run import RayStageFailed

    cfg = cluster_config(src, tmp_path / "failed", _ray(ray_address))
    marker = tmp_path / "failed.marker"
    groups = pipeline.build(cfg)
    groups[0].stages[0].steps.insert(2, faultsteps.FailOnceOnRank(rank=1, marker=str(marker)))
    with pytest.raises(RayStageFailed, match="curate"):
        _run_groups(cfg, groups)
    done = tmp_path / "failed" / "logs" / "molecule" / "curate" / "completions"
    assert sorted(p.name for p in done.iterdir()) == ["00000"]
    _run_groups(cfg, groups)
    assert pipeline.finish(cfg, groups)["reconciles"]
    assert output_digest(tmp_path / "failed") == expected

    # 3. a task whose Ray worker is killed: datatrove resubmits it in the same run
    cfg = cluster_config(src, tmp_path / "killed", _ray(ray_address))
    groups = pipeline.build(cfg)
    groups[0].stages[0].steps.insert(2, faultsteps.KillWorkerOnceOnRank(rank=0, marker=str(tmp_path / "k.marker")))
    _run_groups(cfg, groups)
    assert (tmp_path / "k.marker").exists()
    assert pipeline.finish(cfg, groups)["reconciles"]
    assert output_digest(tmp_path / "killed") == expected


def _run_groups(cfg, groups) -> None:
    """pipeline.run over groups built (and altered) by the test."""
    original = pipeline.build
    pipeline.build = lambda _cfg: groups
    try:
        pipeline.run(cfg, quiet=True, progress=False)
    finally:
        pipeline.build = original
