"""Shared fixtures: paths to the real test data shipped in tests/data (licences in tests/data/LICENSES.md),
and the gate of tests that install or start system services (a one-node Slurm, a Ray cluster).

Service tests change the machine they run on (apt packages, daemons), so a plain ``python -m pytest``
never runs them: they run only when ``CHEMTROVE_SERVICE_TESTS=1`` is set (CI's ``.ci/run`` sets it) and
otherwise skip saying how to run them. Mark such a test ``@pytest.mark.services`` or call
:func:`require_services` in its fixture; a fixture that starts a service stops it at the end of the test
session when this session started it (:func:`stop_at_session_end`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[1]
START = REPO / "scripts" / "slurm_start.sh"
STOP = REPO / "scripts" / "slurm_stop.sh"
SERVICE_ENV = "CHEMTROVE_SERVICE_TESTS"


def services_enabled() -> bool:
    """Whether this test session may install and start system services (``CHEMTROVE_SERVICE_TESTS=1``)."""
    return os.environ.get(SERVICE_ENV, "").strip() == "1"


def require_services(what: str) -> None:
    """Skip the calling test or fixture unless ``CHEMTROVE_SERVICE_TESTS=1`` is set.

    Args:
        what: The service the test needs, named in the skip message (e.g. "a one-node Slurm cluster").
    """
    if not services_enabled():
        pytest.skip(
            f"needs {what}, which installs or starts system services: set {SERVICE_ENV}=1 to run it (CI's .ci/run does)"
        )


def stop_at_session_end(request: pytest.FixtureRequest, command: list[str], timeout: float = 120.0) -> None:
    """Run ``command`` when the test session ends (a finalizer of the calling session-scoped fixture).

    Args:
        request: The session-scoped fixture's request.
        command: The stop command, e.g. ``["bash", "scripts/slurm_stop.sh"]``.
        timeout: Seconds the stop command may take.
    """

    def _stop() -> None:
        try:
            subprocess.run(command, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired):
            pass

    request.addfinalizer(_stop)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if services_enabled():
        return
    skip = pytest.mark.skip(reason=f"starts system services: set {SERVICE_ENV}=1 to run it (CI's .ci/run does)")
    for item in items:
        if item.get_closest_marker("services") is not None:
            item.add_marker(skip)


def slurm_running() -> bool:
    """Whether a Slurm controller already answers on this machine (then the tests leave it running)."""
    if shutil.which("scontrol") is None:
        return False
    try:
        proc = subprocess.run(["scontrol", "ping"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "UP" in proc.stdout


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


@pytest.fixture(scope="session")
def quickstart_run(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """``chemtrove quickstart --out ROOT/qs`` run once per test session: ``(ROOT, the finished process)``.

    Every test that needs the quickstart's outputs (the command's own test, the shipped configs run on what
    it writes, decontamination of its shards) shares this one run.
    """
    out = tmp_path_factory.mktemp("qs")
    proc = subprocess.run(
        [sys.executable, "-m", "chemtrove.cli", "quickstart", "--out", str(out / "qs")], capture_output=True, text=True
    )
    return out, proc


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
def slurm_partition(request: pytest.FixtureRequest) -> str:
    """A running one-node Slurm cluster's partition (started by scripts/slurm_start.sh), or skip.

    Runs only with ``CHEMTROVE_SERVICE_TESTS=1``. A cluster this session started is stopped
    (scripts/slurm_stop.sh) when the session ends; one that was already running is left as it was.
    """
    require_services("a one-node Slurm cluster (scripts/slurm_start.sh: apt packages, munged, slurmctld, slurmd)")
    if not slurm_running():
        stop_at_session_end(request, ["bash", str(STOP)])
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


def curate_sources(out: Path, sources: list[dict]) -> Path:
    """Run the real curation pipeline (seed 0, quiet) on ``sources`` into ``out``; check that it reconciles.

    Args:
        out: An empty folder for the curation.
        sources: The config's ``sources`` list.

    Returns:
        The curated shards folder (``out / "shards"``).
    """
    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    cfg = CurateConfig.from_dict({"seed": 0, "output": str(out), "sources": sources}, base_dir=out)
    with contextlib.redirect_stdout(io.StringIO()):
        report = pipeline.run(cfg, quiet=True)
    assert report["reconciles"]
    return out / "shards"


@pytest.fixture(scope="session")
def curate():
    """:func:`curate_sources`, for test modules that curate their own sources."""
    return curate_sources


@pytest.fixture(scope="session")
def shards(tmp_path_factory, cif_table) -> Path:
    """Curated shards of the package's sample corpus (ChEMBL and FreeSolv molecules, USPTO reactions,
    prose) and the 40 perovskites of tests/data, through the real curation pipeline."""
    from importlib import resources

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
        return curate_sources(tmp_path_factory.mktemp("curated"), sources)


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
