"""Moved: the task builders live in :mod:`chemtrove.tasks`; this module keeps the old import path working.

Every name the old module had (its helpers included) is looked up in the new modules.
"""

from __future__ import annotations

from typing import Any

from chemtrove.tasks import *  # noqa: F403 - the old public names
from chemtrove.tasks import __all__ as __all__
from chemtrove.tasks import builders, common, config, examples, files, records, splits

_MOVED_TO = (builders, config, examples, files, records, splits, common)
_RENAMED = {
    "_formula": "formula_and_heavy_atoms",
    "_question": "question_text",
    "_completion": "completion_text",
    "_example": "make_example",
    "_largest": "largest_molecule",
    "_molecule_examples": "molecule_examples",
    "_reaction_examples": "reaction_examples",
    "_crystal_examples": "crystal_examples",
    "_keys_for": "example_keys",
    "_answer_text": "answer_text",
    "_strip_cif": "strip_cif",
}


def __getattr__(name: str) -> Any:
    name = _RENAMED.get(name, name)
    for module in _MOVED_TO:
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (the task builders moved to chemtrove.tasks)")
