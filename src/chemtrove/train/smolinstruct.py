"""Moved: see :mod:`chemtrove.tasks.smolinstruct`; this module keeps the old import path working."""

from __future__ import annotations

from typing import Any

from chemtrove.tasks import smolinstruct as _moved
from chemtrove.tasks.smolinstruct import *  # noqa: F403 - the old public names


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
