"""Progress of long curate runs: records done per stage, rate and ETA, without flooding the logs.

:class:`ProgressStep` sits right after the reader of a stage. Every ``interval_s`` seconds (and once at
the end) it writes one log line (``progress curate task 3/8: 120,000 records, 4,100 rec/s, files 5/12,
ETA 4m10s``: on Slurm and Ray these land in the task logs) and a small JSON file per task in the
stage's ``progress/`` folder. The process that drives the run (``chemtrove curate``, locally, on Ray, or
while waiting for Slurm) reads those files with :func:`stage_progress` and shows one line per stage.

The ETA of a task comes from the bytes of its input files already read (on-disk sizes, so compressed
files count as they are stored), the rate from the records read so far.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep


def format_duration(seconds: float) -> str:
    """``75`` -> ``'1m15s'``; ``3900`` -> ``'1h05m'``.

    Example:
        >>> format_duration(75), format_duration(3900), format_duration(9)
        ('1m15s', '1h05m', '9s')
    """
    seconds = max(0, int(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class ProgressStep(PipelineStep):
    """Pass documents through; report records, rate and ETA every ``interval_s`` seconds.

    Args:
        folder: Where the per-task progress files go (``<stage log folder>/progress``).
        stage: Stage name shown in the lines.
        reader: The stage's reader (a ``MultiTableReader``); its file list and ``input_files`` stat give
            the ETA. ``None``: records and rate only.
        interval_s: Seconds between two reports of one task.
    """

    name = "⏱ progress"
    type = "📊 - STATS"

    def __init__(self, folder: str, stage: str, reader: Any = None, interval_s: float = 30.0):
        if interval_s <= 0:
            raise ValueError(f"interval_s must be positive, got {interval_s}")
        super().__init__()
        self.folder = folder
        self.stage = stage
        self.reader = reader
        self.interval_s = interval_s

    def _sizes(self, rank: int, world_size: int) -> list[int]:
        sizes = []
        if self.reader is None or not hasattr(self.reader, "files"):
            return sizes
        for n, (i, path) in enumerate(self.reader.files()):
            if n % world_size == rank:
                try:
                    sizes.append(int(self.reader.readers[i].data_folder.size(path)))
                except Exception:  # noqa: BLE001 - a size we cannot get only blurs the ETA
                    sizes.append(0)
        return sizes

    def _report(self, rank: int, world_size: int, records: int, start: float, sizes: list[int], done: bool) -> None:
        elapsed = max(time.monotonic() - start, 1e-9)
        files_started = int(self.reader.stats["input_files"].total) if self.reader is not None else 0
        total = sum(sizes)
        read = sum(sizes[: max(files_started - 1, 0)]) + (
            sizes[files_started - 1] // 2 if 0 < files_started <= len(sizes) else 0
        )
        fraction = 1.0 if done else (read / total if total else 0.0)
        eta = None if done or fraction <= 0 else elapsed * (1 - fraction) / fraction
        state = {
            "stage": self.stage,
            "rank": rank,
            "world_size": world_size,
            "records": records,
            "elapsed_s": round(elapsed, 3),
            "rate": round(records / elapsed, 1),
            "files": len(sizes),
            "files_started": files_started,
            "fraction": round(fraction, 4),
            "eta_s": None if eta is None else round(eta, 1),
            "done": done,
            "time": time.time(),
        }
        from datatrove.io import get_datafolder
        from datatrove.utils.logging import logger

        folder = get_datafolder(self.folder)
        with folder.open(f"{rank:05d}.json", "w") as f:
            json.dump(state, f)
        eta_text = "done" if done else (f"ETA {format_duration(eta)}" if eta is not None else "ETA ?")
        files = f", files {files_started}/{len(sizes)}" if sizes else ""
        logger.info(
            f"progress {self.stage} task {rank + 1}/{world_size}: {records:,} records, "
            f"{records / elapsed:,.0f} rec/s{files}, {eta_text}"
        )

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Yield ``data`` unchanged, reporting on the way."""
        if data is None:
            return
        start = time.monotonic()
        sizes = self._sizes(rank, world_size)
        next_report = start + self.interval_s
        records = 0
        for doc in data:
            records += 1
            if records % 256 == 0 and time.monotonic() >= next_report:
                self._report(rank, world_size, records, start, sizes, done=False)
                next_report = time.monotonic() + self.interval_s
            yield doc
        self._report(rank, world_size, records, start, sizes, done=True)


def stage_progress(folder: str | Path, tasks: int) -> dict[str, Any] | None:
    """The progress of one stage from its tasks' files: ``None`` when no task has reported yet.

    Returns:
        ``{"records", "rate", "tasks_done", "tasks", "eta_s"}``: records read by all tasks, the summed
        rate of the running ones, and the ETA of the slowest running task (``None`` when unknown).
    """
    folder = Path(folder)
    if not folder.is_dir():
        return None
    states = []
    for f in sorted(folder.glob("*.json")):
        try:
            states.append(json.loads(f.read_text()))
        except (OSError, ValueError):
            continue  # being replaced right now
    if not states:
        return None
    running = [s for s in states if not s["done"]]
    etas = [s["eta_s"] for s in running if s.get("eta_s") is not None]
    return {
        "records": sum(s["records"] for s in states),
        "rate": sum(s["rate"] for s in running) if running else sum(s["rate"] for s in states),
        "tasks_done": sum(1 for s in states if s["done"]),
        "tasks": tasks,
        "eta_s": max(etas) if etas else None,
    }


def progress_line(name: str, progress: dict[str, Any] | None) -> str:
    """One line for a stage, e.g. ``molecule/curate: 1,234,567 records, 8,200 rec/s, 3/8 tasks, ETA 2m10s``."""
    if progress is None:
        return f"{name}: starting"
    eta = "" if progress["eta_s"] is None else f", ETA {format_duration(progress['eta_s'])}"
    return (
        f"{name}: {progress['records']:,} records, {progress['rate']:,.0f} rec/s, "
        f"{progress['tasks_done']}/{progress['tasks']} tasks{eta}"
    )


class StageMonitor:
    """A background thread that shows the running stage's progress (read from its tasks' files).

    Args:
        show: Called with one line (e.g. a progress bar's ``set_postfix_str``) at most every ``interval_s``.
        interval_s: Seconds between two lines.

    Example::

        with StageMonitor(bar.set_postfix_str, 10) as monitor:
            monitor.watch("molecule/curate", logs / "curate" / "progress", tasks=8)
            executor.run()
    """

    def __init__(self, show, interval_s: float = 10.0):
        import threading

        self.show = show
        self.interval_s = interval_s
        self._watch: tuple[str, Path, int] | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="chemtrove-progress", daemon=True)

    def watch(self, name: str, folder: str | Path, tasks: int) -> None:
        """Show this stage from now on."""
        self._watch = (name, Path(folder), tasks)

    def _loop(self) -> None:
        last = ""
        while not self._stop.wait(self.interval_s):
            if self._watch is None:
                continue
            name, folder, tasks = self._watch
            line = progress_line(name, stage_progress(folder, tasks))
            if line != last:
                self.show(line)
                last = line

    def __enter__(self) -> StageMonitor:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
