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


def _names(finder: NameFinder, text: str) -> list[str]:
    found = [m for m in finder.find(text) if m.resolved]
    assert all(text[m.start : m.end] == m.name for m in found)
    return [m.name for m in found]


@pytest.fixture(scope="session")
def names():
    """The resolved names a finder gives for a text, checking that each span is the text's own:
    ``names(offline, "TiO2 in water")``."""
    return _names
