"""SlurmStageExecutor's dependencies when a stage is split into several job arrays (no Slurm needed)."""

from __future__ import annotations

from chemtrove.curate.slurm_executor import SlurmStageExecutor


def _stage(tmp_path, name: str, depends=None, max_array_size: int = 2) -> SlurmStageExecutor:
    return SlurmStageExecutor(
        pipeline=[],
        tasks=5,
        time="00:10:00",
        partition="debug",
        max_array_size=max_array_size,
        depends=depends,
        logging_dir=str(tmp_path / name),
        job_name=name,
    )


def test_next_stage_waits_for_every_array_of_the_one_before(tmp_path, monkeypatch):
    submitted: list[tuple[str, list[str]]] = []

    def fake_launch(contents, retriever, *args):  # records what sbatch would get; ids count up
        if "merge_stats" in contents:  # datatrove's stats-merging job after each stage
            return "999"
        submitted.append((contents.split("--job-name=")[1].split("\n")[0], list(args)))
        return str(100 + len(submitted))

    monkeypatch.setattr("datatrove.executor.slurm.launch_slurm_job", fake_launch)
    first = _stage(tmp_path, "first")
    second = _stage(tmp_path, "second", depends=first)
    second.launch_job()
    assert [name for name, _ in submitted] == ["first"] * 3 + ["second"] * 3  # 5 tasks, arrays of 2
    assert first.array_job_ids == ["101", "102", "103"]
    deps = [next((a for a in args if a.startswith("--dependency=")), "") for _, args in submitted]
    assert deps[:3] == ["", "--dependency=afterany:101", "--dependency=afterany:102"]
    assert deps[3] == "--dependency=afterok:101:102:103"  # datatrove alone: afterok:103 only
    assert deps[4] == "--dependency=afterok:101:102:103,afterany:104"
    assert second.job_id == "106"


def test_a_finished_stage_submits_nothing_and_is_no_dependency(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(
        "datatrove.executor.slurm.launch_slurm_job",
        lambda *a: "999" if "merge_stats" in a[0] else (calls.append(a) or "7"),
    )
    first = _stage(tmp_path, "first")
    for rank in range(5):
        first.mark_rank_as_completed(rank)
    second = _stage(tmp_path, "second", depends=first)
    second.launch_job()
    assert first.job_id == -1 and first.array_job_ids == []
    assert len(calls) == 3 and all(not any(a.startswith("--dependency=afterok") for a in c[2:]) for c in calls)
