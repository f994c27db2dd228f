"""Running the curate stages on Ray (``executor: {kind: ray}``): joining or starting the cluster.

Every stage is a datatrove ``RayPipelineExecutor``; the stages run one after the other from the process
that calls :func:`chemtrove.curate.pipeline.run`, each task a Ray actor with ``cpus_per_task`` CPUs and
``mem_per_cpu_gb`` GB per CPU. Outputs, logs and completion markers go to the configured output folder,
which every node must see (a shared file system or an object store URL). A task that fails or whose
worker dies leaves no completion marker; rerunning the same command runs only those tasks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


class RayStageFailed(RuntimeError):
    """A stage finished on Ray with tasks that did not complete."""


@contextlib.contextmanager
def ray_session(cfg: Any) -> Iterator[None]:
    """Join the configured Ray cluster (or start a private local one) for the duration of the block.

    A Ray connection that already exists in this process is used as it is and left open.

    Args:
        cfg: The ``CurateConfig`` (not imported here: the pipeline imports this module);
            ``executor.ray_address`` and ``executor.ray_runtime_env`` are used.
    """
    try:
        import ray
    except ImportError as e:
        raise ImportError("executor kind 'ray' needs Ray: pip install 'chemtrove[ray]'") from e
    if ray.is_initialized():
        yield
        return
    e = cfg.executor
    kwargs: dict = {"runtime_env": e.ray_runtime_env, "log_to_driver": False, "configure_logging": False}
    if e.ray_address:
        ray.init(address=e.ray_address, **kwargs)
    else:
        ray.init(include_dashboard=False, **kwargs)
    try:
        yield
    finally:
        ray.shutdown()
