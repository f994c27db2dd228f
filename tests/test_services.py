"""Tests that install or start system services run only when CI asks (CHEMTROVE_SERVICE_TESTS=1), say so
when skipped, and stop what they started (tests/conftest.py: ``services`` marker, ``require_services``,
``stop_at_session_end``).

As seen: the README's test command, run as root, installed Slurm with apt and left munged, slurmctld and
slurmd running after pytest ended.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _pytest(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _env_without_services() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "CHEMTROVE_SERVICE_TESTS"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO / "src"), env.get("PYTHONPATH", "")]))
    return env


def test_service_tests_skip_with_the_reason_and_start_nothing():
    """A plain `python -m pytest` of the Slurm tests: skipped, saying how to run them; no daemon started."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("chemtrove_tests_conftest", REPO / "tests" / "conftest.py")
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    slurm_running = shared.slurm_running
    before = slurm_running()
    files = ["tests/curate/test_slurm_smoke.py", "tests/curate/test_slurm_pipeline.py"]
    proc = _pytest(files, REPO, _env_without_services())
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "passed" not in proc.stdout.splitlines()[-1], proc.stdout[-1000:]
    assert "skipped" in proc.stdout and "CHEMTROVE_SERVICE_TESTS=1" in proc.stdout
    assert slurm_running() == before


def test_a_session_fixture_stops_what_it_started(tmp_path):
    """The helpers in a test session of their own: the marker skips without the variable, and a service
    started under it is stopped when the session ends (a stop command that leaves a file as its trace)."""
    trace = tmp_path / "stopped.txt"
    stop = tmp_path / "stop_service.py"
    stop.write_text(f"open({str(trace)!r}, 'w').write('stopped')\n")
    shared_conftest = str(REPO / "tests" / "conftest.py")
    (tmp_path / "conftest.py").write_text(
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('chemtrove_tests_conftest', {shared_conftest!r})\n"
        "shared = importlib.util.module_from_spec(spec); spec.loader.exec_module(shared)\n"
        "pytest_collection_modifyitems = shared.pytest_collection_modifyitems\n"
        "import pytest\n"
        "def pytest_configure(config):\n"
        "    config.addinivalue_line('markers', 'services: starts services')\n"
        "@pytest.fixture(scope='session')\n"
        "def fake_service(request):\n"
        "    shared.require_services('a fake service')\n"
        f"    shared.stop_at_session_end(request, [sys.executable, {str(stop)!r}])\n"
        "    return 'up'\n"
    )
    (tmp_path / "test_fake.py").write_text(
        "import pytest\n"
        "def test_uses_it(fake_service):\n    assert fake_service == 'up'\n"
        "@pytest.mark.services\ndef test_marked():\n    pass\n"
    )
    env = _env_without_services()
    off = _pytest([], tmp_path, env)
    assert off.returncode == 0 and "2 skipped" in off.stdout, off.stdout[-2000:]
    assert "CHEMTROVE_SERVICE_TESTS=1" in off.stdout and not trace.exists()
    on = _pytest([], tmp_path, {**env, "CHEMTROVE_SERVICE_TESTS": "1"})
    assert on.returncode == 0 and "2 passed" in on.stdout, on.stdout[-2000:] + on.stderr[-2000:]
    assert trace.read_text() == "stopped"
