"""Fault-injection steps for the Slurm tests.

They live in a plain module (imported as ``faultsteps`` with this folder on PYTHONPATH) because Slurm
nodes unpickle pipeline steps by reference: the class must be importable there.
"""

import time

from datatrove.pipeline.base import PipelineStep


class SleepOnRank(PipelineStep):
    """Pass documents through; task ``rank`` sleeps ``seconds`` first (a window to kill it in)."""

    name = "sleep on rank"

    def __init__(self, rank: int, seconds: float):
        super().__init__()
        self.sleep_rank, self.seconds = rank, seconds

    def run(self, data, rank=0, world_size=1):
        for i, doc in enumerate(data):
            if rank == self.sleep_rank and i == 1:
                time.sleep(self.seconds)
            yield doc


class FailOnceOnRank(PipelineStep):
    """Pass documents through; task ``rank`` raises on its first run (while ``marker`` does not exist).

    The marker file is created just before raising, so the rerun of the task passes.
    """

    name = "fail once on rank"

    def __init__(self, rank: int, marker: str):
        super().__init__()
        self.fail_rank, self.marker = rank, marker

    def run(self, data, rank=0, world_size=1):
        import os

        for i, doc in enumerate(data):
            if rank == self.fail_rank and i == 1 and not os.path.exists(self.marker):
                open(self.marker, "w").close()
                raise RuntimeError(f"injected failure of task {rank}")
            yield doc


class KillWorkerOnceOnRank(PipelineStep):
    """Task ``rank`` kills its own worker process and that process's parent (a Ray actor) on its first run."""

    name = "kill worker once on rank"

    def __init__(self, rank: int, marker: str):
        super().__init__()
        self.kill_rank, self.marker = rank, marker

    def run(self, data, rank=0, world_size=1):
        import os
        import signal

        for i, doc in enumerate(data):
            if rank == self.kill_rank and i == 1 and not os.path.exists(self.marker):
                open(self.marker, "w").close()
                os.kill(os.getppid(), signal.SIGKILL)
                os.kill(os.getpid(), signal.SIGKILL)
            yield doc
