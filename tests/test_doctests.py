"""Every example in chemtrove's docstrings runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import chemtrove

OPTIONAL = {"torch", "transformers", "trl", "datasets", "accelerate", "peft", "matplotlib"}
MODULES = sorted(
    m.name for m in pkgutil.walk_packages(chemtrove.__path__, "chemtrove.") if not m.name.endswith(".__main__")
)


def test_modules_are_found():
    assert {"chemtrove.chem.smiles", "chemtrove.chem.crystals", "chemtrove.curate.inmemory"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    try:
        module = importlib.import_module(name)
    except ImportError as e:  # a training module without the train extra
        if e.name and e.name.split(".")[0] in OPTIONAL:
            pytest.skip(f"{name} needs {e.name} (pip install -e '.[train]')")
        raise
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"
