"""A real 2-stage datatrove pipeline through SlurmPipelineExecutor on a one-node Slurm cluster.

The cluster is started by scripts/slurm_start.sh (idempotent; needs root and apt, no systemd). If it
cannot start, the test is skipped with the script's message. Runs only with CHEMTROVE_SERVICE_TESTS=1.
"""

from __future__ import annotations

import json
import subprocess
import time
import uuid
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.services]


def _slurm_log_tail(executors, n: int = 30) -> str:
    parts = []
    for ex in executors:
        for log in sorted(Path(ex.slurm_logs_folder).glob("*.out")):
            lines = log.read_text(errors="replace").splitlines()
            parts.append(f"--- {log} ---\n" + "\n".join(lines[-n:]))
    return "\n".join(parts) or "(no slurm logs)"


def wait_for_slurm_executors(*executors, timeout: float = 120.0, poll: float = 0.5) -> float:
    """Block until every SlurmPipelineExecutor (already `.run()`) has all ranks completed and no job of
    theirs (array tasks and the merge_stats job, matched by job name, so give each run a unique
    job_name) is left in squeue. Returns seconds waited. Raises AssertionError, with the tails of the
    slurm logs, if the jobs leave the queue with ranks incomplete (failed/cancelled) or on timeout (then
    the jobs are scancelled)."""
    names = ",".join(sorted({ex.job_name for ex in executors}))
    t0 = time.monotonic()
    gone_since = None
    while True:
        incomplete = {ex.job_name: ex.get_incomplete_ranks(skip_completed=True) for ex in executors}
        incomplete = {k: v for k, v in incomplete.items() if v}
        q = subprocess.run(
            ["squeue", "-h", "-n", names, "-o", "%i %j %T %r"], capture_output=True, text=True, timeout=30
        )
        queued = q.stdout.strip() if q.returncode == 0 else f"(squeue failed: {q.stderr.strip()})"
        if not incomplete and not queued:
            return time.monotonic() - t0
        if incomplete and not queued:
            # jobs gone but work missing: give the filesystem a couple of polls, then fail
            gone_since = gone_since or time.monotonic()
            if time.monotonic() - gone_since > 3 * poll + 1:
                raise AssertionError(
                    f"slurm jobs finished but ranks incomplete: {incomplete}\n{_slurm_log_tail(executors)}"
                )
        else:
            gone_since = None
        if time.monotonic() - t0 > timeout:
            subprocess.run(["scancel", "-n", names], capture_output=True, timeout=30)
            raise AssertionError(
                f"timeout after {timeout}s; incomplete={incomplete}; queue:\n{queued}\n{_slurm_log_tail(executors)}"
            )
        time.sleep(poll)


def _read_jsonl_dir(folder: Path) -> list[dict]:
    rows = []
    for f in sorted(folder.glob("*.jsonl")):
        rows += [json.loads(line) for line in f.read_text().splitlines() if line.strip()]
    return rows


def test_two_stage_pipeline_on_real_slurm(tmp_path, monkeypatch, slurm_partition, slurm_env):
    partition = slurm_partition

    from datatrove.executor import SlurmPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    # if pytest itself runs inside a slurm array task, run() would think it is the task
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID", raising=False)

    raw, mid, out = tmp_path / "raw", tmp_path / "mid", tmp_path / "out"
    raw.mkdir()
    expected = {}
    for i in range(2):
        with open(raw / f"part{i}.jsonl", "w") as f:
            for j in range(5):
                doc = {"id": f"doc-{i}-{j}", "text": f"CCO molecule {i}.{j}"}
                expected[doc["id"]] = doc["text"]
                f.write(json.dumps(doc) + "\n")

    run_id = uuid.uuid4().hex[:8]
    common = dict(
        tasks=2,
        time="00:05:00",
        partition=partition,
        qos=None,  # no accounting/QOS on the test cluster; datatrove's default "normal" is only sent if set
        cpus_per_task=1,
        mem_per_cpu_gb=1,
        requeue=False,
        **slurm_env,
    )
    stage1 = SlurmPipelineExecutor(
        pipeline=[JsonlReader(str(raw)), JsonlWriter(str(mid), compression=None)],
        job_name=f"ct_smoke1_{run_id}",
        logging_dir=str(tmp_path / "logs" / "stage1"),
        **common,
    )
    stage2 = SlurmPipelineExecutor(
        pipeline=[JsonlReader(str(mid)), JsonlWriter(str(out), compression=None)],
        job_name=f"ct_smoke2_{run_id}",
        logging_dir=str(tmp_path / "logs" / "stage2"),
        depends=stage1,
        **common,
    )
    t0 = time.monotonic()
    # submits stage1 (the dependency), then stage2 with --dependency=afterok:<stage1>; returns at once
    stage2.run()
    assert stage1.job_id and stage2.job_id and stage1.job_id != stage2.job_id
    wait_for_slurm_executors(stage1, stage2, timeout=90)
    elapsed = time.monotonic() - t0

    for stage, logs in ((stage1, "stage1"), (stage2, "stage2")):
        assert stage.get_incomplete_ranks(skip_completed=True) == []
        assert (tmp_path / "logs" / logs / "stats.json").is_file(), "merge_stats job did not run"
    assert sorted(p.name for p in out.glob("*.jsonl")) == ["00000.jsonl", "00001.jsonl"]
    rows = _read_jsonl_dir(out)
    assert {r["id"]: r["text"] for r in rows} == expected
    assert len(rows) == len(expected)
    assert elapsed < 90
    # the logs dir holds one slurm log per array task of each stage (plus the merge_stats job's)
    assert len(list((tmp_path / "logs" / "stage2" / "slurm_logs").glob("*.out"))) >= 2
