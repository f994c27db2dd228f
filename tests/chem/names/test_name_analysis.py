"""Elemental analyses read as formulas and elements (made-up sentences in the usual forms)."""

from __future__ import annotations

from chemtrove.chem.names.analysis import MAX_ANALYSES, analysis_readings


def test_compact_formula_and_element_percentages(offline, names):
    text = "Anal. Calcd for C20H24N2O4: C, 65.2; H, 6.57; N, 7.60. Found: C, 65.0; H, 6.61; N, 7.52."
    assert names(offline, text) == ["C20H24N2O4", "C", "H", "N", "C", "H", "N"]


def test_spaced_formula_is_one_span_not_its_symbols(offline, names):
    text = "Anal. Calcd. for C12 H10 Co N4 O6.50 S: C, 35.1; H, 2.45; N, 13.6. Found: C, 35.4; H, 2.30; N, 13.2."
    found = [m for m in offline.find(text) if m.resolved]
    assert [m.name for m in found][:2] == ["C12 H10 Co N4 O6.50 S", "C"]
    assert found[0].kind == "formula" and "N2" not in [m.name for m in found]  # not the nitrogen molecule


def test_other_wordings(offline, names):
    assert names(offline, "Elemental analysis (%): calcd for C8H9NO: C 71.09, H 6.71, N 10.36.") == [
        "C8H9NO",
        "C",
        "H",
        "N",
    ]
    assert names(offline, "Found: C, 44.1: H, 3.02 and N, 8.87.") == ["C", "H", "N"]
    assert names(offline, "Calculated for C6 H5 Cl O: C, 56.1; H, 3.92%.") == ["C6 H5 Cl O", "C", "H"]


def test_no_analysis_no_reading(offline, names):
    assert analysis_readings("We found that C, a carbon atom, and N 2 were present.") == []
    assert analysis_readings("Found: C, 39.8 only one pair.") == []  # two pairs in a row are needed
    assert analysis_readings("Calcd for water: the C, 3.1 is far; the next sentence H, 2.2") == []
    assert names(offline, "The yield was 65.2; C, 65.2 alone is no analysis.") == []


def test_reading_is_bounded():
    text = "Found: C, 1.1; H, 2.2. " * (MAX_ANALYSES + 10)
    readings = analysis_readings(text)
    assert len(readings) == 2 * MAX_ANALYSES
