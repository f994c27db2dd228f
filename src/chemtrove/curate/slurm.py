"""Waiting for a pipeline submitted to Slurm."""

from __future__ import annotations

import subprocess
import time

from chemtrove.curate.config import CurateConfig
from chemtrove.curate.pipeline import Group, stage_complete
from chemtrove.curate.progress import progress_line, stage_progress


class SlurmRunFailed(RuntimeError):
    """A submitted stage stopped without finishing all its tasks."""


def _queued_jobs(job_name_prefix: str) -> list[str]:
    out = subprocess.run(
        ["squeue", "-h", "-o", "%j %i %T"], capture_output=True, text=True, timeout=30, check=False
    ).stdout
    return [line for line in out.splitlines() if line.startswith(job_name_prefix)]


def wait(cfg: CurateConfig, groups: list[Group], *, timeout_s: float = 24 * 3600, poll_s: float = 2.0) -> None:
    """Block until the last stage of every group has completed all its tasks.

    Args:
        cfg: The config the groups were built from.
        groups: The submitted groups.
        timeout_s: Give up after this many seconds.
        poll_s: Seconds between checks.

    Raises:
        SlurmRunFailed: When no job of this run is queued or running any more but a stage is unfinished
            (a task failed and its dependants were cancelled), naming the stage and its log folder.
        TimeoutError: When ``timeout_s`` passes.
    """

    deadline = time.monotonic() + timeout_s
    prefix = cfg.executor.job_name
    next_line = time.monotonic() + cfg.executor.progress_interval_s
    while True:
        pending = []
        for g in groups:
            for st in g.stages:
                if not stage_complete(g, st, st.tasks or cfg.executor.tasks):
                    pending.append((g, st))
                    break
        if not pending:
            return
        if time.monotonic() >= next_line:  # one progress line per interval for the first unfinished stage
            g, st = pending[0]
            tasks = st.tasks or cfg.executor.tasks
            print(
                progress_line(f"{g.name}/{st.name}", stage_progress(g.logs / st.name / "progress", tasks)), flush=True
            )
            next_line = time.monotonic() + cfg.executor.progress_interval_s
        if not _queued_jobs(prefix):
            time.sleep(poll_s)  # completion markers can land just after the job leaves the queue
            g, st = pending[0]
            if not stage_complete(g, st, st.tasks or cfg.executor.tasks):
                raise SlurmRunFailed(
                    f"{g.name}: stage {st.name!r} stopped unfinished; see {g.logs / st.name} (logs/ and slurm_logs/). "
                    "Rerun the same command: finished tasks are skipped."
                )
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"Slurm run not finished after {timeout_s:.0f} s; pending: {[(g.name, s.name) for g, s in pending]}"
            )
        time.sleep(poll_s)
