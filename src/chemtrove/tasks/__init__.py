"""Chemistry tasks and their rule-based rewards: curated records in, SFT / RL examples out (torch-free).

* :mod:`~chemtrove.tasks.builders`: :class:`TaskConfig`, :func:`build_examples` (one example per task that
  applies to a record, with a rationale and the chemical keys of its molecule, reaction or crystal);
* :mod:`~chemtrove.tasks.splits`: :func:`assign_splits` (groups sharing a key never cross splits);
* :mod:`~chemtrove.tasks.records`: :func:`read_records` (shards, crystal tables, CIF files);
* :mod:`~chemtrove.tasks.files`: :func:`write_tasks`, :func:`load_tasks`, :func:`balance_tasks`,
  :func:`build_tasks`;
* :mod:`~chemtrove.tasks.traces`: reasoning traces from a teacher, filtered by the rewards;
* :mod:`~chemtrove.tasks.rewards`: format and answer rewards, one score per task (:func:`task_reward`).

The training recipes (:mod:`chemtrove.train`) and the evaluation (:mod:`chemtrove.eval`) both read tasks from
here; this part imports only :mod:`chemtrove.chem`, :mod:`chemtrove.formats` and :mod:`chemtrove.hints`.
"""

from __future__ import annotations

from chemtrove.tasks.builders import TaskConfig, build_examples
from chemtrove.tasks.common import COLUMNS, FORMATS, TASK_FAMILIES, TASKS
from chemtrove.tasks.files import balance_tasks, build_tasks, load_tasks, write_tasks
from chemtrove.tasks.records import read_records
from chemtrove.tasks.splits import assign_splits, split_counts

__all__ = [
    "COLUMNS",
    "FORMATS",
    "TASKS",
    "TASK_FAMILIES",
    "TaskConfig",
    "assign_splits",
    "balance_tasks",
    "build_examples",
    "build_tasks",
    "load_tasks",
    "read_records",
    "split_counts",
    "write_tasks",
]
