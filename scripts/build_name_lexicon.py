"""Rebuild the SMILES column of chemtrove's default name lexicon from its systematic names.

Each row of ``src/chemtrove/data/names/lexicon.tsv`` is ``name<TAB>smiles<TAB>systematic_name``. This
script parses every systematic name with OPSIN (offline, the jar of the ``names`` extra), canonicalizes the
result with RDKit and writes the file back, so every SMILES in the shipped lexicon comes from a named
parser, never from hand. It fails, naming the row, when OPSIN cannot parse a systematic name.

Comment lines stay where they are, so a commented section keeps its rows under it.

Usage: python scripts/build_name_lexicon.py [path/to/lexicon.tsv]
"""

from __future__ import annotations

import sys
from pathlib import Path

from chemtrove.chem import smiles as smiles_lib
from chemtrove.chem.names.opsin import OpsinProcess

DEFAULT = Path(__file__).resolve().parents[1] / "src" / "chemtrove" / "data" / "names" / "lexicon.tsv"


def main(path: Path = DEFAULT) -> int:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    # comments stay where they are (a section's comment heads its rows); the column header follows the
    # leading comments
    lines = [ln for ln in lines if not ln.startswith("name\t")]
    rows = [ln.split("\t") for ln in lines if not ln.startswith("#")]
    systematic = sorted({r[2] for r in rows})
    parsed = dict(zip(systematic, OpsinProcess().parse(systematic), strict=True))
    lead = next((i for i, ln in enumerate(lines) if not ln.startswith("#")), len(lines))
    out = [*lines[:lead], "name\tsmiles\tsystematic_name"]
    bad = []
    for line in lines[lead:]:
        if line.startswith("#"):
            out.append(line)
            continue
        name, _, sys_name = line.split("\t")
        canon = smiles_lib.canonicalize(parsed[sys_name] or "")
        if not canon.ok:
            bad.append(f"{name!r}: OPSIN cannot parse {sys_name!r}")
            continue
        out.append(f"{name}\t{canon.value}\t{sys_name}")
    if bad:
        print("\n".join(bad), file=sys.stderr)
        return 1
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{path}: {len(rows)} names, {len(systematic)} systematic names parsed by OPSIN")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
