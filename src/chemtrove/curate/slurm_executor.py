"""A Slurm stage that waits for *every* job array of the stage before it.

datatrove's ``SlurmPipelineExecutor`` splits a stage with more tasks than ``max_array_size`` (the
cluster's ``MaxArraySize``) into several job arrays, chained one after another with ``afterany``, and
makes the next stage depend (``afterok``) on the last array only. A failed task in an earlier array then
does not hold the next stage back, which would run on incomplete input (an exact-dedup index missing a
task's signatures). :class:`SlurmStageExecutor` records every array it submits and makes the next stage
depend with ``afterok`` on all of them, so a failure anywhere stops the stages after it (with
``DependencyParameters=kill_invalid_depend`` they are cancelled), and the resubmission runs only the
missing tasks (datatrove's completion markers).
"""

from __future__ import annotations

from datatrove.executor import SlurmPipelineExecutor


class SlurmStageExecutor(SlurmPipelineExecutor):
    """``SlurmPipelineExecutor`` whose dependants wait for all of its job arrays (same arguments).

    Attributes:
        array_job_ids: The Slurm job ids of the arrays this stage submitted, in order.
    """

    @property
    def job_id(self):
        """The last submitted array's id (datatrove's meaning), ``-1`` when nothing was left to run."""
        return self.__dict__.get("_job_id")

    @job_id.setter
    def job_id(self, value) -> None:
        self.__dict__["_job_id"] = value
        if value is None:
            self.__dict__["array_job_ids"] = []
        elif value != -1:
            self.__dict__.setdefault("array_job_ids", []).append(str(value))

    def launch_job(self) -> None:
        """Submit the dependency stages first, then this stage with ``afterok`` on all their arrays."""
        depends = self.depends
        if isinstance(depends, SlurmStageExecutor):
            if not depends.job_id:
                depends.launch_job()
            self.__dict__["_depends_all"] = list(depends.array_job_ids)
        super().launch_job()

    @property
    def dependency(self) -> str:
        """The ``--dependency`` of the next array: ``afterok`` on every array of the stage before, and
        ``afterany`` on this stage's previous array (datatrove's chaining of arrays)."""
        deps = []
        upstream = self.__dict__.get("_depends_all") or ([str(self.depends_job_id)] if self.depends_job_id else [])
        if upstream:
            deps.append(f"{'afterany' if self.run_on_dependency_fail else 'afterok'}:{':'.join(upstream)}")
        if self.job_id and self.job_id != -1 and not self.max_array_launch_parallel:
            deps.append(f"afterany:{self.job_id}")
        return ",".join(deps)
