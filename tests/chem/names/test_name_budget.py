"""One OPSIN budget per text: the passes of ``NameFinder.find`` that look names up one at a time (radicals,
parts, spelled-out words) stay inside it, so no text sends more than ``MAX_LOOKUPS_PER_TEXT`` names to OPSIN."""

import pytest

import chemtrove.chem.names.finder as finder_module
from chemtrove.chem.names import NameFinder, opsin_available, opsin_unavailable_reason

needs_opsin = pytest.mark.skipif(not opsin_available(), reason=f"OPSIN is not installed: {opsin_unavailable_reason()}")

_GROUPS = ["methyl", "ethyl", "propyl", "butyl", "pentyl", "hexyl", "heptyl", "octyl", "nonyl", "decyl"]


def radical_text() -> str:
    """Forty distinct named radicals, each a look-up of its own."""
    names = [f"{x}{g}" for g in _GROUPS for x in ("chloro", "bromo", "fluoro", "iodo")]
    return " ".join(f"The {n} radical formed." for n in names)


@needs_opsin
def test_a_text_of_many_radicals_stays_inside_the_lookup_budget(monkeypatch):
    monkeypatch.setattr(finder_module, "MAX_LOOKUPS_PER_TEXT", 5)
    f = NameFinder(opsin=True)
    f.find(radical_text())
    assert 0 < f.opsin_lookups <= 5


@needs_opsin
def test_the_budget_is_per_text_and_one_name_resolves_after_a_spent_text(monkeypatch):
    monkeypatch.setattr(finder_module, "MAX_LOOKUPS_PER_TEXT", 5)
    f = NameFinder(opsin=True)
    f.find(radical_text())
    assert f.resolve("2-chloro-5-nitropyridine") == "O=[N+]([O-])c1ccc(Cl)nc1"
    found = f.find("The tert-butoxy radical abstracts a hydrogen atom.")
    assert [(m.name, m.smiles) for m in found] == [("tert-butoxy radical", "CC(C)(C)[O]")]
