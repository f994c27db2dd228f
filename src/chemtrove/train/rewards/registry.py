"""Moved: see :mod:`chemtrove.tasks.rewards.registry`; this module keeps the old import path working."""

from __future__ import annotations

from typing import Any

from chemtrove.tasks.rewards import registry as _moved
from chemtrove.tasks.rewards.registry import *  # noqa: F403 - the old public names


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
