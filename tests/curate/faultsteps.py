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
