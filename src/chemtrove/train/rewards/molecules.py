"""Moved: see :mod:`chemtrove.tasks.rewards.molecules`; this module keeps the old import path working."""

from __future__ import annotations

from typing import Any

from chemtrove.tasks.rewards import molecules as _moved
from chemtrove.tasks.rewards.molecules import *  # noqa: F403 - the old public names


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
