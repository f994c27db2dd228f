"""Shard and quarantine writers: safe names, and files that are either complete or absent."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest
from datatrove.data import Document

from chemtrove.curate import LengthFilter, QuarantineWriter, ShardWriter


def _docs(n: int, start: int = 0, size: int = 20):
    for i in range(start, start + n):
        yield Document(text=f"CCO {i} " + "x" * size, id=f"d{i}", metadata={"source": "s", "domain": "molecule"})


def _files(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_finished_writer_leaves_final_names_only(tmp_path):
    assert sum(1 for _ in ShardWriter(str(tmp_path / "one")).run(_docs(50), rank=3)) == 50
    assert _files(tmp_path / "one") == ["000_00003.parquet"]
    assert pq.read_table(tmp_path / "one" / "000_00003.parquet").column("id").to_pylist()[:2] == ["d0", "d1"]
    # rotation: every rotated file is renamed too
    rotating = ShardWriter(str(tmp_path / "rot"), max_file_size=2_000, batch_size=10)
    assert sum(1 for _ in rotating.run(_docs(200, size=200), rank=0)) == 200
    names = _files(tmp_path / "rot")
    assert len(names) > 2 and all(n.endswith("_00000.parquet") for n in names)
    assert sum(pq.read_metadata(tmp_path / "rot" / n).num_rows for n in names) == 200


def test_an_abandoned_writer_leaves_nothing(tmp_path):
    run = ShardWriter(str(tmp_path), batch_size=10).run(_docs(100), rank=0)
    for _ in range(35):  # 3 row groups already written to disk
        next(run)
    assert _files(tmp_path) and all(".tmp-" in n for n in _files(tmp_path))
    run.close()  # what Python does to a suspended generator of a failed task
    assert _files(tmp_path) == []


def test_a_stale_writer_cannot_touch_the_rerun(tmp_path):
    # a failed task's writer, suspended mid-file, outlives the rerun of the same rank in this process
    stale = ShardWriter(str(tmp_path), batch_size=10).run(_docs(100), rank=1)
    for _ in range(35):
        next(stale)
    assert sum(1 for _ in ShardWriter(str(tmp_path), batch_size=10).run(_docs(100), rank=1)) == 100
    before = (tmp_path / "000_00001.parquet").read_bytes()
    stale.close()
    assert _files(tmp_path) == ["000_00001.parquet"]
    assert (tmp_path / "000_00001.parquet").read_bytes() == before
    assert pq.read_metadata(tmp_path / "000_00001.parquet").num_rows == 100


def test_quarantine_of_a_failing_filter_is_removed(tmp_path):
    step = LengthFilter(min_chars=30, exclusion_writer=QuarantineWriter(str(tmp_path), "length"))

    def failing():
        yield from _docs(20, size=0)  # short: all quarantined
        raise RuntimeError("task killed")

    with pytest.raises(RuntimeError):
        list(step.run(failing(), rank=0))
    assert _files(tmp_path) == []
    list(LengthFilter(min_chars=30, exclusion_writer=QuarantineWriter(str(tmp_path), "length")).run(_docs(20, size=0)))
    assert _files(tmp_path) == ["length/00000.parquet"]
    table = pq.read_table(tmp_path / "length" / "00000.parquet")
    assert table.num_rows == 20 and set(table.column("reason").to_pylist()) == {"text_too_short"}


def test_templates_cannot_use_values_from_the_data(tmp_path):
    with pytest.raises(ValueError, match="only"):
        ShardWriter(str(tmp_path), output_filename="${source}/${rank}.parquet")


def test_the_rerun_removes_what_a_killed_run_left(tmp_path):
    (tmp_path / "000_00002.parquet.tmp-0123456789abcdef").write_bytes(b"PAR1 partial")  # kill -9 mid-file
    (tmp_path / "000_00001.parquet.tmp-0123456789abcdef").write_bytes(b"PAR1 other rank")
    (tmp_path / "000_100002.parquet.tmp-0123456789abcdef").write_bytes(b"PAR1 rank 100002")
    assert sum(1 for _ in ShardWriter(str(tmp_path)).run(_docs(5), rank=2)) == 5
    others = ["000_00001.parquet.tmp-0123456789abcdef", "000_100002.parquet.tmp-0123456789abcdef"]
    assert _files(tmp_path) == sorted([*others, "000_00002.parquet"])
