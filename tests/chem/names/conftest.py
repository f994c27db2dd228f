"""Name finders shared by the names tests: one without OPSIN (runs everywhere), one with it (skips without it)."""

from __future__ import annotations

import pytest

from chemtrove.chem.names import NameFinder, opsin_available, opsin_unavailable_reason


@pytest.fixture(scope="module")
def offline() -> NameFinder:
    """Lexicons and formulas only: runs everywhere."""
    return NameFinder(opsin=False)


@pytest.fixture(scope="module")
def full():
    """The finder with OPSIN (skips where OPSIN is not installed)."""
    if not opsin_available():
        pytest.skip(f"OPSIN is not installed: {opsin_unavailable_reason()}")
    finder = NameFinder(opsin=True)
    yield finder
    finder.close()
