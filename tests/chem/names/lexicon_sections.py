"""The rows of one commented section of the default name lexicon, for the tests that check a section."""

from __future__ import annotations

from pathlib import Path

LEXICON = Path(__file__).resolve().parents[3] / "src" / "chemtrove" / "data" / "names" / "lexicon.tsv"


def section_rows(title: str) -> dict[str, tuple[str, str]]:
    """``name -> (smiles, systematic name)`` of the rows under the ``# --- <title>`` comment, up to the next
    section.

    Args:
        title: How the section's comment line starts after ``# --- `` ("Common trivial names").
    """
    rows, inside = {}, False
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            inside = line.startswith(f"# --- {title}")
        elif inside and line.strip() and not line.startswith("#"):
            name, smiles, systematic = line.split("\t")
            rows[name] = (smiles, systematic)
    return rows
