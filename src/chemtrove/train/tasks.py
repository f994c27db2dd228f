"""Moved: the task builders live in :mod:`chemtrove.tasks`; this module keeps the old import path working.

Every name the old module had (its helpers included) is looked up in the new modules.
"""

from __future__ import annotations

from typing import Any

from chemtrove.tasks import *  # noqa: F403 - the old public names
from chemtrove.tasks import __all__ as __all__
from chemtrove.tasks import builders, common, files, records, splits

_MOVED_TO = (builders, files, records, splits, common)


def __getattr__(name: str) -> Any:
    for module in _MOVED_TO:
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (the task builders moved to chemtrove.tasks)")
