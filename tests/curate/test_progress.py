"""Progress of curate runs: per-task lines and files, the stage summary, and the run's own line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from rawdata import chembl_smiles, write_sdf  # noqa: E402

from chemtrove.curate import pipeline  # noqa: E402
from chemtrove.curate.config import CurateConfig  # noqa: E402
from chemtrove.curate.progress import ProgressStep, progress_line, stage_progress  # noqa: E402
from chemtrove.curate.raw_sources import raw_reader  # noqa: E402
from chemtrove.curate.readers import MultiTableReader  # noqa: E402


def test_progress_step_reports_records_rate_and_eta(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    for i in range(4):
        write_sdf(tmp_path / "in" / f"p{i}.sdf", chembl_smiles(100)[i * 25 : (i + 1) * 25])
    reader = MultiTableReader(
        [raw_reader("sdf", str(tmp_path / "in"), source="s", kind="molecules", glob=None, licence=None)]
    )
    step = ProgressStep(str(tmp_path / "progress"), "molecule/curate", reader, interval_s=1e-6)
    docs = list(step.run(reader.run(rank=1, world_size=2), rank=1, world_size=2))
    assert len(docs) == 50  # passes everything through
    state = json.loads((tmp_path / "progress" / "00001.json").read_text())
    assert state["records"] == 50 and state["done"] and state["files"] == 2 and state["fraction"] == 1.0
    summary = stage_progress(tmp_path / "progress", tasks=2)
    assert summary["records"] == 50 and summary["tasks_done"] == 1 and summary["tasks"] == 2
    assert progress_line("molecule/curate", summary).startswith("molecule/curate: 50 records, ")
    assert progress_line("x", None) == "x: starting"


def test_unfinished_task_gets_an_eta(tmp_path):
    folder = tmp_path / "progress"
    folder.mkdir()
    base = {"stage": "s", "world_size": 2, "elapsed_s": 10, "files": 4, "files_started": 2, "time": 0}
    (folder / "00000.json").write_text(
        json.dumps({**base, "rank": 0, "records": 1000, "rate": 100.0, "fraction": 0.25, "eta_s": 30.0, "done": False})
    )
    (folder / "00001.json").write_text(
        json.dumps({**base, "rank": 1, "records": 4000, "rate": 400.0, "fraction": 1.0, "eta_s": None, "done": True})
    )
    (folder / "00002.json").write_text("{ half written")
    summary = stage_progress(folder, tasks=2)
    assert summary == {"records": 5000, "rate": 100.0, "tasks_done": 1, "tasks": 2, "eta_s": 30.0}
    assert progress_line("m/curate", summary) == "m/curate: 5,000 records, 100 rec/s, 1/2 tasks, ETA 30s"


def test_curate_run_writes_progress_for_every_record_stage(tmp_path):
    (tmp_path / "in").mkdir()
    write_sdf(tmp_path / "in" / "a.sdf", chembl_smiles(30))
    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [{"name": "m", "kind": "molecules", "path": "in", "format": "sdf"}],
            "executor": {"progress_interval_s": 0.001},
        },
        base_dir=tmp_path,
    )
    assert pipeline.run(cfg, quiet=True, progress=False)["reconciles"]
    logs = tmp_path / "out" / "logs" / "molecule"
    assert stage_progress(logs / "curate" / "progress", 1)["records"] == 30
    assert stage_progress(logs / "final" / "progress", 1)["records"] == 30
    task_log = (logs / "curate" / "logs" / "task_00000.log").read_text()
    assert "progress molecule/curate task 1/1: 30 records" in task_log and "done" in task_log
