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


def _docs_pipeline(tmp_path, name: str, rows: list[str], quarantine):
    """The docs' own example: a table of SMILES through RecordCheck and CanonicalizeSmiles, each filter with a
    QuarantineWriter named as the docs name it, run by datatrove's LocalPipelineExecutor."""
    from datatrove.executor import LocalPipelineExecutor

    from chemtrove.curate import CanonicalizeSmiles, RecordCheck, TableReader

    src = tmp_path / "data" / name
    src.mkdir(parents=True)
    (src / "part.csv").write_text("smiles\n" + "\n".join(rows) + "\n")
    LocalPipelineExecutor(
        pipeline=[
            TableReader(str(src), text_column="smiles", kind="molecules", source=name),
            RecordCheck(exclusion_writer=QuarantineWriter(quarantine, "record_check")),
            CanonicalizeSmiles(exclusion_writer=QuarantineWriter(quarantine, "canonicalize")),
            ShardWriter(str(tmp_path / "out" / "shards" / name)),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs" / name),
    ).run()


def _quarantined(folder) -> list[tuple[str, str]]:
    rows = []
    for f in sorted(folder.rglob("*.parquet")):
        t = pq.read_table(f)
        rows += list(zip(t.column("source").to_pylist(), t.column("reason").to_pylist(), strict=True))
    return sorted(rows)


def test_two_pipelines_never_overwrite_each_others_quarantine(tmp_path):
    """As seen: two pipelines with QuarantineWriter('out/quarantine', 'canonicalize') wrote the same file and
    the first pipeline's dropped records were lost. Now the second raises, naming the file and the fix."""
    from chemtrove.curate.writers import WriterConflict

    quarantine = str(tmp_path / "out" / "quarantine")
    _docs_pipeline(tmp_path, "zinc", ["CCO", "C1CC", "c1ccccc1"], quarantine)
    first = _quarantined(tmp_path / "out" / "quarantine")
    assert first == [("zinc", "parse_failed")]
    with pytest.raises(WriterConflict, match=r"canonicalize/00000.parquet already holds .* own folder"):
        _docs_pipeline(tmp_path, "chembl", ["CCN", "C(C)(C)(C)(C)C"], quarantine)
    assert _quarantined(tmp_path / "out" / "quarantine") == first  # the first pipeline's drops are intact
    # the fix the error names: a folder per pipeline
    _docs_pipeline(tmp_path / "b", "chembl", ["CCN", "C(C)(C)(C)(C)C"], str(tmp_path / "out" / "q_chembl"))
    assert _quarantined(tmp_path / "out" / "q_chembl") == [("chembl", "invalid_valence")]


def test_the_rerun_of_a_task_replaces_its_own_file(tmp_path):
    """A rerun (same input, same steps) owns its files: it replaces them rather than raising."""
    for _ in range(2):
        run = QuarantineWriter(str(tmp_path), "length")
        with run:
            for doc in _docs(5):
                run.write(doc, rank=0)
    assert _files(tmp_path) == ["length/00000.parquet"]
    assert pq.read_metadata(tmp_path / "length" / "00000.parquet").num_rows == 5


def test_two_steps_with_one_name_in_one_pipeline(tmp_path):
    """Two filters of one pipeline given the same step name: the second to close raises, the first's file stays."""
    from chemtrove.curate.writers import WriterConflict

    a, b = QuarantineWriter(str(tmp_path), "check"), QuarantineWriter(str(tmp_path), "check")
    a.__enter__(), b.__enter__()  # both open, as two filters of one running task are
    for doc in _docs(3):
        a.write(doc, rank=0)
    b.write(next(_docs(1, start=7)), rank=0)
    with pytest.raises(WriterConflict, match="check/00000.parquet was taken over by another writer"):
        a.__exit__(None, None, None)  # the first filter finishes and closes: its file was taken over
    b.__exit__(None, None, None)
    assert _files(tmp_path) == ["check/00000.parquet"]
    # one after the other (the first filter closed before the second drops anything): the second raises
    c, d = QuarantineWriter(str(tmp_path / "2"), "check"), QuarantineWriter(str(tmp_path / "2"), "check")
    with d:
        d.write(next(_docs(1, start=7)), rank=0)
    with pytest.raises(WriterConflict, match="already holds the records of another"):
        with c:
            c.write(next(_docs(1)), rank=0)
    assert pq.read_table(tmp_path / "2" / "check" / "00000.parquet").column("id").to_pylist() == ["d7"]
