"""Moved: see :mod:`chemtrove.tasks.mist_tasks`; this module keeps the old import path working."""

from __future__ import annotations

from typing import Any

from chemtrove.tasks import mist_tasks as _moved
from chemtrove.tasks.mist_tasks import *  # noqa: F403 - the old public names


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
