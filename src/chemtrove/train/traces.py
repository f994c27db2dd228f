"""Moved: reasoning traces live in :mod:`chemtrove.tasks.traces`; this module keeps the old import path working."""

from __future__ import annotations

from typing import Any

from chemtrove.tasks import traces as _moved
from chemtrove.tasks.traces import *  # noqa: F403 - the old public names


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
