"""Moved: see :mod:`chemtrove.tasks.rewards.mist`; this module keeps the old import path working."""

from __future__ import annotations

from typing import Any

from chemtrove.tasks.rewards import mist as _moved
from chemtrove.tasks.rewards.mist import *  # noqa: F403 - the old public names


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
