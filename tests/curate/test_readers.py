import gzip
import shutil

from chemtrove.curate.readers import TableReader, detect_format


def _read(folder, **kw):
    reader = TableReader(str(folder), **kw)
    return list(reader.run(None, 0, 1))


def test_csv_molecules(data_dir):
    docs = _read(data_dir / "molecules", text_column="smiles", source="fs", glob_pattern="freesolv.csv")
    assert len(docs) == 642
    d = docs[0]
    assert d.text == "CN(C)C(=O)c1ccc(cc1)OC"
    assert d.metadata["iupac"] == "4-methoxy-N,N-dimethyl-benzamide"
    assert d.metadata["source"] == "fs" and d.metadata["domain"] == "molecule"
    assert d.id == "fs/freesolv.csv/0"
    assert len({d.id for d in docs}) == len(docs)


def test_formats(tmp_path):
    (tmp_path / "a.smi").write_text("SMILES\nCCO ethanol\nc1ccccc1\n\n")
    (tmp_path / "b.tsv").write_text("id\tsmiles\nm1\tCCN\n")
    with gzip.open(tmp_path / "c.csv.gz", "wt") as f:
        f.write("smiles\nCCCl\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"smiles": ["O=C=O", None], "mw": [44.0, 1.0]}), tmp_path / "d.parquet")
    (tmp_path / "e.jsonl").write_text('{"smiles": "N#N"}\n')
    docs = _read(tmp_path, text_column="smiles", source="t", id_column="id")
    by_text = {d.text: d for d in docs}
    assert {"CCO", "c1ccccc1", "CCN", "CCCl", "O=C=O", "N#N"} <= set(by_text)
    assert by_text["CCO"].metadata["name"] == "ethanol"
    assert by_text["CCN"].id == "t/m1"
    assert by_text["O=C=O"].metadata["mw"] == 44.0
    # the empty .smi line and the null parquet cell are kept as records, not silently skipped
    empties = [d for d in docs if d.text == ""]
    assert len(empties) == 2


def test_detect_format():
    assert detect_format("x/y.CSV.gz") == "csv"
    assert detect_format("mols.smi") == "smi"
    assert detect_format("a.txt") == "smi"


def test_malformed_files_become_records(data_dir, tmp_path):
    for name in ("molecules_encoding.csv", "junk.csv", "empty.csv"):
        shutil.copy(data_dir / "malformed" / name, tmp_path / name)
    docs = _read(tmp_path, text_column="smiles", source="bad")
    enc = [d for d in docs if "molecules_encoding" in d.id]
    assert len(enc) == 5
    assert any("\udce9" in d.text for d in enc)  # latin-1 byte kept visible as a surrogate escape
    junk = [d for d in docs if "junk" in d.id]
    assert junk and all(d.metadata.get("read_error") == "missing_column" for d in junk)


def test_jsonl_bad_lines(data_dir):
    docs = _read(data_dir / "malformed", text_column="text", kind="prose", source="p", glob_pattern="prose_bad.jsonl")
    assert len(docs) == 7
    errors = [d.metadata.get("read_error") for d in docs]
    assert errors.count("bad_json") == 2
    assert errors.count("empty") == 1
    assert errors.count("missing_column") == 1
