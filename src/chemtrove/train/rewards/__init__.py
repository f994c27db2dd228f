"""Moved: the rewards live in :mod:`chemtrove.tasks.rewards`; this package keeps the old import paths working.

``chemtrove.train.rewards.<module>`` (answers, crystals, molecules, reactions, registry) forward to the modules
of the same name there.
"""

from __future__ import annotations

from typing import Any

from chemtrove.tasks import rewards as _moved
from chemtrove.tasks.rewards import *  # noqa: F403 - the old public names
from chemtrove.tasks.rewards import __all__ as __all__


def __getattr__(name: str) -> Any:
    return getattr(_moved, name)
