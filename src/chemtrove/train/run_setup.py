"""What a training run does around its trainer: find the checkpoint to resume from, check that every launched
process joined, and record ``run_info.json``."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any


def resolve_resume(training_args: Any) -> str | None:
    """The checkpoint to resume from: ``resume_from_checkpoint`` as given, or the output folder's last one.

    ``resume_from_checkpoint: auto`` (or ``true`` / ``last``) resumes from the newest ``checkpoint-*`` in
    ``output_dir`` when there is one and starts fresh otherwise, so a preempted Slurm job can simply be
    resubmitted with the same command.
    """
    value = training_args.resume_from_checkpoint
    if value is None or str(value).lower() in ("", "false", "no", "none"):
        return None
    if str(value).lower() in ("auto", "true", "last", "yes"):
        from transformers.trainer_utils import get_last_checkpoint

        out = Path(training_args.output_dir)
        return get_last_checkpoint(str(out)) if out.is_dir() else None
    return str(value)


def check_world(trainer: Any) -> None:
    """Fail when a launcher started several processes but the trainer did not join them (each would train alone).

    Raises:
        RuntimeError: If ``WORLD_SIZE`` > 1 and the trainer's accelerator sees one process.
    """
    launched = int(os.environ.get("WORLD_SIZE", "1"))
    if launched > 1 and trainer.accelerator.num_processes != launched:
        raise RuntimeError(
            f"{launched} processes were launched but training runs in {trainer.accelerator.num_processes}: on CPU "
            "set use_cpu: true (chemtrove does when no GPU is visible), on GPU check the accelerate config"
        )


def write_run_info(output_dir: str | Path, stage: str, info: dict[str, Any]) -> Path:
    """Write ``run_info.json`` (stage, processes, timings, what the recipe did) into the output folder."""
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    payload = {
        "stage": stage,
        "world_size": int(os.environ.get("WORLD_SIZE", "1")),
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S"),
        **info,
    }
    path = out / "run_info.json"
    path.write_text(json.dumps(payload, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return path
