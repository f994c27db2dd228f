"""Readers count input records as the files hold them: hostile bytes never merge, split or lose a record."""

import gzip
import json
import zlib
from pathlib import Path

import pytest

from chemtrove.curate.inputs import csv_rows, decode, input_metadata, load_json_object, split_lines
from chemtrove.curate.readers import TableReader
from chemtrove.curate.records import RecordCheck

NOT_LINE_ENDS = ["\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def _read(folder, **kw):
    return list(TableReader(str(folder), **kw).run(None, 0, 1))


def test_deep_json_is_one_record_and_the_next_lines_go_on(tmp_path):
    # item 1: a line nested 100,000 deep raised RecursionError, and the rest of the file became one record
    lines = ['{"text": "first"}', '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", '{"text": "after"}', "[1]"]
    (tmp_path / "deep.jsonl").write_text("\n".join(lines) + "\n")
    docs = _read(tmp_path, text_column="text", kind="prose", source="p")
    assert [d.metadata.get("read_error") for d in docs] == [None, "json_too_deep", None, "bad_json"]
    assert docs[2].text == "after"
    assert docs[1].text == lines[1]  # the raw line goes to the quarantine
    assert load_json_object("{" * 50_000)[1] in ("json_too_deep", "bad_json")


@pytest.mark.parametrize("char", NOT_LINE_ENDS)
def test_only_newline_ends_a_record(tmp_path, char):
    # item 2: str.splitlines split records on VT, FF, \x1c-\x1e, NEL, U+2028, U+2029
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": f"one{char}record"}, ensure_ascii=False) + "\n")
    (tmp_path / "b.smi").write_text(f"CCN{char}CCC\nCCO\r\n", encoding="utf-8")
    docs = _read(tmp_path, text_column="smiles", kind="molecules", source="m", format="auto", glob_pattern="b.smi")
    assert [d.text for d in docs] == [f"CCN{char}CCC", "CCO"]
    prose = _read(tmp_path, text_column="text", kind="prose", source="p", glob_pattern="a.jsonl")
    assert [d.text for d in prose] == [f"one{char}record"] and "read_error" not in prose[0].metadata


def test_split_lines_honours_only_lf_and_crlf():
    text = "a\r\nb" + "".join(NOT_LINE_ENDS) + "c\n\nlast"
    assert split_lines(text) == ["a", "b" + "".join(NOT_LINE_ENDS) + "c", "", "last"]


def test_unbalanced_quote_spoils_one_row_not_the_rest(tmp_path):
    # item 3: an unclosed quote swallowed the following rows into one field (3 rows in, 1 record out)
    (tmp_path / "q.csv").write_text('smiles,name\n"CCN,ethylamine\nCCC,propane\nCCCC,butane\n')
    docs = _read(tmp_path, text_column="smiles", source="q")
    assert [(d.text, d.metadata.get("read_error")) for d in docs] == [
        ('"CCN,ethylamine', "csv_unbalanced_quote"),
        ("CCC", None),
        ("CCCC", None),
    ]
    # a closing quote followed by text, then more rows
    (tmp_path / "q.csv").write_text('smiles,name\n"CCN,x\nCCC,"y\nCCO,z\n"a\nb",multi-line ok\n')
    docs = _read(tmp_path, text_column="smiles", source="q")
    assert [d.metadata.get("read_error") for d in docs] == ["csv_unbalanced_quote", "csv_unbalanced_quote", None, None]
    assert docs[3].text == "a\nb" and docs[3].metadata["name"] == "multi-line ok"


def test_csv_rows_keep_a_quoted_cif_cell_whole(data_dir):
    text = (data_dir / "cif" / "perov5_sample_40.csv").read_text()
    rows = list(csv_rows(split_lines(text)[1:], ",", n_columns=3))
    assert len(rows) == 40 and all(err is None for _, err, _ in rows)
    assert all(cells[2].startswith("# generated using pymatgen\ndata_") for cells, _, _ in rows)


def test_byte_order_marks_are_stripped(tmp_path):
    # item 4: the BOM made the header "\ufeffsmiles" (the whole CSV one missing_column record) and lost the
    # first JSONL record
    bom = b"\xef\xbb\xbf"
    (tmp_path / "a.csv").write_bytes(bom + b"smiles,name\r\nCCO,ethanol\r\n")
    (tmp_path / "b.jsonl").write_bytes(bom + b'{"smiles": "CCN"}\n')
    (tmp_path / "c.smi").write_bytes(bom + b"SMILES\nCCC\n")
    (tmp_path / "d.csv").write_bytes("smiles\nCCCl\n".encode("utf-16"))
    docs = _read(tmp_path, text_column="smiles", source="b")
    assert sorted(d.text for d in docs) == ["CCC", "CCCl", "CCN", "CCO"]
    assert all("read_error" not in d.metadata for d in docs)
    assert decode(bom + b"x") == "x"


def test_input_cannot_set_bookkeeping_keys(tmp_path):
    # item 5: input set __read_error__ / __raw__ and chose its own quarantine reason and text
    row = {
        "smiles": "CCO",
        "__read_error__": "chosen",
        "__raw__": "chosen text",
        "read_error": "chosen",
        "filter_reason": "chosen",
        "source": "other",
        "input_read_error": "taken",
    }
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n")
    (tmp_path / "b.csv").write_text("smiles,read_error,__raw__\nCCN,chosen,x\n")
    docs = _read(tmp_path, text_column="smiles", source="s")
    assert [d.text for d in docs] == ["CCO", "CCN"]
    check = RecordCheck()
    for d in docs:
        assert "read_error" not in d.metadata and "filter_reason" not in d.metadata
        assert d.metadata["source"] == "s"
        assert check.filter(d) is True
    meta = docs[0].metadata
    assert meta["input___read_error__"] == "chosen" and meta["input_read_error"] == "taken"
    assert meta["input_input_read_error"] == "chosen" and meta["input_source"] == "other"
    assert input_metadata({"_x": 1}) == {"input__x": 1}


def test_raw_properties_keep_off_the_pipelines_keys():
    from chemtrove.curate import inputs, rawio

    meta = {"source": "s"}
    props = {key: "input" for key in inputs.PROPERTY_RESERVED_KEYS} | {"prop_cif": "a", "band_gap": 1.2, 7: "x"}
    rawio.add_properties(meta, props)
    assert meta["source"] == "s" and meta["band_gap"] == 1.2 and meta["7"] == "x"
    assert meta["prop_prop_cif"] == "a" and "prop_cif" in meta and "cif" not in meta and "smiles" not in meta
    assert all(meta[f"prop_{key}"] == "input" for key in inputs.PROPERTY_RESERVED_KEYS)
    # the rules of table columns (input_) and of raw properties (prop_) live in one module
    assert not hasattr(rawio, "RESERVED_KEYS") and rawio.property_key is inputs.property_key


def test_non_string_text_is_a_reason_not_a_repr(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"smiles": 12}\n{"smiles": ["C"]}\n{"smiles": null}\n')
    docs = _read(tmp_path, text_column="smiles", source="s")
    assert [d.metadata.get("read_error") for d in docs] == ["not_a_string", "not_a_string", "empty"]


def test_truncated_gzip_salvages_what_it_can(tmp_path):
    lines = [json.dumps({"smiles": "C" * (1 + i % 50)}) for i in range(3000)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    docs = _read(tmp_path, text_column="smiles", source="g")
    good = [d for d in docs if "read_error" not in d.metadata]
    assert 1000 < len(good) < 3000
    assert [d.text for d in good] == [json.loads(x)["smiles"] for x in lines[: len(good)]]
    assert docs[-1].metadata["read_error"] == "truncated_file" and len(docs) == len(good) + 1


def test_missing_column_names_wanted_and_available(tmp_path):
    (tmp_path / "a.csv").write_text("smile,name\nCCO,x\nCCN,y\n")
    docs = _read(tmp_path, text_column="smiles", source="s")
    assert len(docs) == 2 and all(d.metadata["read_error"] == "missing_column" for d in docs)
    assert "'smiles'" in docs[0].metadata["read_detail"] and "smile, name" in docs[0].metadata["read_detail"]
    assert docs[0].text == "CCO,x"


# -- a hostile corpus through the whole pipeline, counted from the files by an independent counter --


def _count_lines(data: bytes) -> int:
    """Records of a line format: newline-terminated lines, plus an unterminated last one."""
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def _count_records(path: Path) -> int:
    """Input records of one file, counted without chemtrove: the test's own reading of the formats."""
    raw = path.read_bytes()
    lost = 0
    if path.suffix == ".gz":
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = d.decompress(raw)
        if not d.eof:  # truncated: the last partial line and the unreadable rest are one record
            raw = raw[: raw.rfind(b"\n") + 1]
            lost = 1
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    n = _count_lines(raw)
    name = path.name.removesuffix(".gz")
    first = raw.split(b"\n", 1)[0].strip().lower()
    if name.endswith((".csv", ".tsv")) or (name.endswith(".smi") and first in (b"smiles", b"smi")):
        n -= 1 if raw else 0  # the header
    return n + lost


def _hostile_corpus(root: Path) -> None:
    mols = root / "mols"
    mols.mkdir(parents=True)
    weird = "".join(NOT_LINE_ENDS)
    (mols / "a.smi").write_bytes(
        b"\xef\xbb\xbfSMILES\r\nCCO ethanol\r\nCCN\x1cCCC\n\nc1ccccc1\x00\n"
        + f"C{weird}C\nCC(=O)O acetic acid\nCl".encode()
    )
    (mols / "b.csv").write_bytes(
        b'\xef\xbb\xbfsmiles,name\r\nCCO,ethanol\r\n"CCN,unclosed\r\nCCC,propane\r\n,empty\r\nC\rC,cr\r\n'
        b'"CCCl",quoted\r\nCC\xff\xfeO,bytes\r\nO=C=O,"quoted, comma"\r\n'
    )
    (mols / "c.tsv").write_text('smiles\tread_error\tfilter_reason\nCCO\tchosen\tchosen\n"N#N\tx\tx\nC#C\t\t\n')
    deep = '{"smiles": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (mols / "d.jsonl").write_text(
        "\n".join(
            [
                '{"smiles": "CCBr", "__read_error__": "chosen", "__raw__": "x"}',
                deep,
                '{"smiles": "C\u2028C"}',
                "not json",
                "",
                '{"smiles": 5}',
                '{"smiles": "CCCCO"}',
            ]
        ),
        encoding="utf-8",
    )
    lines = [json.dumps({"smiles": "C" * (1 + i % 40) + "O"}) for i in range(2000)]
    gz = gzip.compress(("\n".join(lines) + "\n").encode())
    (mols / "e.jsonl.gz").write_bytes(gz[: len(gz) // 2])
    (mols / "f.csv").write_bytes(b"")
    prose = root / "prose"
    prose.mkdir()
    text = "The ligand c1ccncc1 was stirred with CC(=O)Cl in dry dichloromethane for two hours at room temperature."
    (prose / "p.jsonl").write_bytes(
        ("\ufeff" + json.dumps({"text": text}) + "\n" + json.dumps({"text": text + "\u2029 again"}) + "\n").encode()
        + b'{"text": "\xff\xfe broken bytes in a long enough sentence, to pass any length filter at all"}\n'
    )


def test_hostile_corpus_in_equals_kept_plus_quarantined(tmp_path):
    import yaml

    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    _hostile_corpus(tmp_path / "in")
    raw = {
        "output": "out",
        "sources": [
            {"name": "mols", "kind": "molecules", "path": "in/mols", "column": "smiles"},
            {"name": "papers", "kind": "prose", "path": "in/prose", "column": "text"},
        ],
        "molecules": {"min_heavy_atoms": None},
        "prose": {"near_dedup": False},
    }
    (tmp_path / "c.yaml").write_text(yaml.safe_dump(raw))
    cfg = CurateConfig.from_yaml(tmp_path / "c.yaml")
    report = pipeline.run(cfg, quiet=True, progress=False)
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary == report
    for src, folder in (("mols", "in/mols"), ("papers", "in/prose")):
        row = next(s for s in summary["sources"] if s["source"] == src)
        expected = {p.name: _count_records(p) for p in sorted((tmp_path / folder).iterdir())}
        assert row["files"] == expected, src
        n_in = sum(expected.values())
        assert row["read"] == n_in
        assert n_in == row["kept"] + sum(row["dropped"].values()), row
    mols = next(s for s in summary["sources"] if s["source"] == "mols")
    for reason in ("json_too_deep", "csv_unbalanced_quote", "truncated_file", "bad_json", "not_a_string"):
        assert mols["dropped"].get(reason, 0) >= 1, (reason, mols["dropped"])
    assert summary["reconciles"]


def test_cif_reader_strips_the_bom_and_keeps_every_block(tmp_path, data_dir):
    from chemtrove.curate.crystals import CifFileReader

    text = (data_dir / "cif_broken" / "multi_block.cif").read_bytes()
    (tmp_path / "a.cif").write_bytes(b"\xef\xbb\xbf" + text)
    docs = list(CifFileReader(str(tmp_path), source="c").run(None, 0, 1))
    blocks = text.decode().count("\ndata_") + text.decode().startswith("data_")
    assert len(docs) == blocks >= 2
    assert all(d.text.startswith("data_") for d in docs)


def test_streamed_lines_follow_the_text_rules():
    """The raw readers' streaming line reader and the text readers' split give the same lines (one home)."""
    import gzip
    import io

    from chemtrove.curate.inputs import decode, skip_bom, split_lines, stream_lines

    samples = [
        b"\xef\xbb\xbfa\r\nb\x0bc\x0cd\n\ne\x1c\xc2\x85f\xe2\x80\xa8g\rh\n",
        b"no final newline\r\nlast",
        b"broken utf-8 \x80\n\r\n\n",
        b"",
        b"\n",
    ]
    for raw in samples:
        for stream in (io.BufferedReader(io.BytesIO(raw)), gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(raw)))):
            skip_bom(stream)
            assert list(stream_lines(stream, max_bytes=1 << 20)) == split_lines(decode(raw)), raw
