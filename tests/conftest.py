"""Shared fixtures: paths to the real test data shipped in tests/data (licences in tests/data/LICENSES.md)."""

from __future__ import annotations

import contextlib
import csv
import io
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[1]
START = REPO / "scripts" / "slurm_start.sh"


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


def start_slurm(timeout: float = 300.0) -> str:
    """Run scripts/slurm_start.sh; return the partition name, or skip the test with the script's message."""
    if not sys.platform.startswith("linux") or shutil.which("bash") is None:
        pytest.skip("slurm smoke test needs Linux and bash")
    try:
        proc = subprocess.run(
            ["bash", str(START)], capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        pytest.skip(f"scripts/slurm_start.sh did not finish in {timeout:.0f}s")
    out = (proc.stdout + proc.stderr).strip()
    if proc.returncode != 0:
        msg = [ln for ln in out.splitlines() if ln.startswith("slurm_start:")]
        pytest.skip((msg[-1] if msg else out[-500:]) or f"slurm_start.sh exited {proc.returncode}")
    for line in proc.stdout.splitlines():
        if line.startswith("SLURM_PARTITION="):
            return line.split("=", 1)[1].strip()
    return "debug"


def env_kwargs() -> dict:
    """How the batch job activates this interpreter: the venv's activate script when there is one
    (computed from sys.prefix, never hard-coded), else put this interpreter's bin dir first on PATH
    (datatrove runs `launch_pickled_pipeline` and `merge_stats`, console scripts installed next to it)."""
    activate = Path(sys.prefix) / "bin" / "activate"
    if sys.prefix != sys.base_prefix and activate.is_file():
        return {"venv_path": str(activate)}
    bindir = shlex.quote(str(Path(sys.executable).parent))
    return {"env_command": f"export PATH={bindir}:$PATH"}


@pytest.fixture(scope="session")
def slurm_partition() -> str:
    """A running one-node Slurm cluster's partition (started by scripts/slurm_start.sh), or skip."""
    return start_slurm()


@pytest.fixture(scope="session")
def slurm_env() -> dict:
    """How Slurm batch jobs activate this interpreter (``venv_path`` or ``env_command``)."""
    return env_kwargs()


# ------------------------------------------------------------------ curated shards, tasks and raw records
# (shared by tests/tasks, tests/train and tests/eval: the real curation of the package's sample corpus)
@pytest.fixture(scope="session")
def cif_table() -> Path:
    return DATA / "cif" / "perov5_sample_40.csv"


@pytest.fixture(scope="session")
def shards(tmp_path_factory, cif_table) -> Path:
    """Curated shards of the package's sample corpus (ChEMBL and FreeSolv molecules, USPTO reactions,
    prose) and the 40 perovskites of tests/data, through the real curation pipeline."""
    from importlib import resources

    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    out = tmp_path_factory.mktemp("curated")
    with resources.as_file(resources.files("chemtrove") / "data") as data:
        sources = [
            {"name": "chembl", "kind": "molecules", "path": str(data / "molecules" / "chembl_samples.csv"),
             "column": "smiles"},
            {"name": "freesolv", "kind": "molecules", "path": str(data / "molecules" / "freesolv.csv"),
             "column": "smiles"},
            {"name": "uspto", "kind": "reactions", "path": str(data / "reactions" / "schneider_reactions.csv"),
             "column": "rxn_Smiles"},
            {"name": "syntheses", "kind": "prose", "path": str(data / "prose" / "materials_syntheses.jsonl"),
             "column": "text"},
            {"name": "perov5", "kind": "crystals", "path": str(cif_table), "column": "cif",
             "id_column": "material_id"},
        ]  # fmt: skip
        cfg = CurateConfig.from_dict({"seed": 0, "output": str(out), "sources": sources}, base_dir=out)
        with contextlib.redirect_stdout(io.StringIO()):
            report = pipeline.run(cfg, quiet=True)
    assert report["reconciles"]
    return out / "shards"


@pytest.fixture(scope="session")
def tasks_dir(shards, tmp_path_factory) -> Path:
    """Task splits of every task from the shards (crystals included)."""
    from chemtrove.tasks import TaskConfig, build_tasks

    out = tmp_path_factory.mktemp("tasks")
    build_tasks([shards], out, TaskConfig(max_per_task=60), progress=None)
    return out


@pytest.fixture(scope="session")
def raw_records(cif_table) -> list[dict]:
    """Records straight from the test CSVs (no curation): molecules with names, reactions, crystals."""
    from chemtrove.tasks import read_records

    records = []
    with open(DATA / "molecules" / "freesolv.csv", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            records.append({"id": f"fs/{i}", "domain": "molecule", "metadata": row})
    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        for i, row in enumerate(csv.DictReader(f)):
            meta = {"reaction": row["rxn_Smiles"], "rxn_Class": row["rxn_Class"]}
            records.append({"id": f"rx/{i}", "domain": "reaction", "metadata": meta})
    records.extend(read_records(cif_table))
    return records
