"""Inputs, config and output digest shared by the cluster tests (Slurm, Ray): the same small corpus of
real ChEMBL molecules (two files plus the malformed one) and prose, run on a cluster and locally."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from chemtrove.curate.config import CurateConfig

PARAGRAPH = (
    "The precursor powders were mixed in stoichiometric ratio and ground in an agate mortar for thirty "
    "minutes before being pressed into pellets under a uniaxial load, then calcined in air for twelve hours."
)


def cluster_inputs(tmp_path: Path, data_dir: Path) -> Path:
    src = tmp_path / "in"
    (src / "m").mkdir(parents=True)
    lines = (data_dir / "molecules" / "chembl_500.csv").read_text().splitlines()
    for i in range(2):
        (src / "m" / f"part{i}.csv").write_text("\n".join([lines[0], *lines[1 + i * 150 : 1 + (i + 1) * 150]]) + "\n")
    shutil.copy(data_dir / "malformed" / "molecules_bad.csv", src / "m")
    (src / "p").mkdir()
    docs = [
        PARAGRAPH,
        PARAGRAPH.replace("thirty", "forty"),
        "Aspirin, CC(=O)Oc1ccccc1C(=O)O, was recrystallized twice from hot ethanol and dried.",
    ]
    for i in range(2):
        (src / "p" / f"p{i}.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in docs[i::2]))
    return src


def cluster_config(src: Path, out: Path, executor: dict) -> CurateConfig:
    return CurateConfig.from_dict(
        {
            "output": str(out),
            "sources": [
                {"name": "m", "kind": "molecules", "path": str(src / "m"), "column": "smiles"},
                {"name": "p", "kind": "prose", "path": str(src / "p")},
            ],
            "prose": {"min_chars": 20, "minhash_buckets": 2},
            "executor": executor,
        }
    )


def output_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.suffix in (".parquet", ".md", ".png", ".json")
        and p.relative_to(folder).parts[0] not in ("logs", "work")
    }
