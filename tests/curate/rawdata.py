"""Helpers for the raw-reader tests: files written by the real tool of each format from tests/data."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def chembl_smiles(n: int) -> list[str]:
    """The first ``n`` real ChEMBL SMILES of tests/data (Apache-2.0)."""
    with open(DATA / "molecules" / "chembl_500.csv", newline="") as f:
        return [r["smiles"] for r in csv.DictReader(f)][:n]


def write_sdf(path: Path, smiles: list[str], *, v3000_every: int = 0) -> int:
    """Write ``smiles`` with RDKit's SDWriter (``.gz`` by suffix), ids in ``chembl_id``; returns blocks written."""
    from rdkit import Chem

    handle = gzip.open(path, "wt") if path.suffix == ".gz" else open(path, "w")
    with handle:
        writer = Chem.SDWriter(handle)
        for i, smi in enumerate(smiles):
            mol = Chem.MolFromSmiles(smi)
            mol.SetProp("_Name", f"mol{i}")
            mol.SetProp("chembl_id", f"CHEMBL{i}")
            mol.SetProp("input_smiles", smi)
            writer.SetForceV3000(bool(v3000_every) and i % v3000_every == 0)
            writer.write(mol)
        writer.close()
    return len(smiles)


def read_docs(reader) -> list:
    """Every document a reader yields over all its files (one task)."""
    return list(reader.run())


def errors(docs: list) -> list[str]:
    """The read-error codes of ``docs`` in order."""
    return [d.metadata["read_error"] for d in docs if "read_error" in d.metadata]
