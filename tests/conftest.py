"""Shared fixtures: paths to the real test data shipped in tests/data (licences in tests/data/LICENSES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def chembl_smiles() -> list[str]:
    import csv

    with open(DATA / "molecules" / "chembl_500.csv", newline="") as f:
        return [r["smiles"] for r in csv.DictReader(f)]


@pytest.fixture(scope="session")
def reactions_rows() -> list[dict]:
    import csv

    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        return list(csv.DictReader(f))
