import polars as pl
import pytest

from chemtrove.curate import (
    CanonicalizeSmiles,
    HeavyAtomFilter,
    RecordCheck,
    RecordToText,
    TagSmilesInProse,
    apply,
    near_duplicates,
)


def test_apply_list_of_strings(chembl_smiles):
    data = chembl_smiles[:100] + ["C1CC", "", "OCC", "CCO"]
    df = apply(data, [RecordCheck(), CanonicalizeSmiles(inchikey=True)], dedup="smiles")
    assert df.height == len(data)
    assert df["id"].to_list() == [str(i) for i in range(len(data))]
    bad = dict(zip(df["text"][100:], df["reason"][100:], strict=True))
    assert bad["C1CC"] == "parse_failed" and bad[""] == "empty"
    assert df["reason"][103] == "duplicate" and df["kept"][102]
    assert df.filter(pl.col("kept"))["inchikey"].str.len_chars().min() == 27


def test_apply_dataframe_keeps_columns_and_ids(data_dir):
    src = pl.read_csv(data_dir / "molecules" / "freesolv.csv")
    df = apply(src, [CanonicalizeSmiles(), HeavyAtomFilter(3, None)], text_column="smiles", id_column="iupac")
    assert df.height == src.height
    assert set(df.columns) >= {"id", "text", "kept", "reason", "step", "expt", "smiles", "heavy_atoms"}
    small = df.filter(pl.col("reason") == "heavy_atoms_below_min")
    assert small.height >= 3 and (small["step"] == "HeavyAtomFilter").all()
    assert df.filter(pl.col("id") == "methanesulfonyl chloride")["text"][0] == "CS(=O)(=O)Cl"


def test_apply_prose_dicts():
    rows = [{"text": "Ethanol (OCC) was used.", "doi": "10.1/a"}, {"text": "No chemistry here.", "doi": "10.1/b"}]
    df = apply(rows, [TagSmilesInProse()])
    assert df["text"][0] == "Ethanol ([START_SMILES]CCO[END_SMILES]) was used."
    assert df["domain"].to_list() == ["chem_prose", None] or df["domain"][0] == "chem_prose"
    assert df["doi"].to_list() == ["10.1/a", "10.1/b"]


def test_apply_leaves_callers_steps_alone():
    step = CanonicalizeSmiles()
    apply(["CCO"], [step])
    assert step.exclusion_writer is None


def test_apply_errors():
    with pytest.raises(TypeError):
        apply("CCO", [])
    with pytest.raises(TypeError, match="pass an instance: CanonicalizeSmiles"):
        apply(["CCO"], [CanonicalizeSmiles])
    with pytest.raises(TypeError, match="text_column"):
        apply(["CCO"], [], text_column=5)
    with pytest.raises(TypeError, match="id_column"):
        apply([{"text": "CCO", "cid": 1}], [], id_column=5)
    with pytest.raises(ValueError, match="did you mean 'smiles'"):
        apply(["CCO"], [CanonicalizeSmiles()], dedup="smile")
    with pytest.raises(ValueError, match="inchikey=True"):
        apply(["CCO"], [CanonicalizeSmiles()], dedup="inchikey")
    with pytest.raises(ValueError, match=r"\{nme\}.*did you mean \{name\}"):
        apply([{"text": "CCO", "name": "ethanol"}], [CanonicalizeSmiles(), RecordToText("{nme} is {smiles_tagged}")])
    with pytest.raises(ValueError, match="'smile'.*did you mean 'smiles'"):
        apply(pl.DataFrame({"smiles": ["CCO"]}), [], text_column="smile")


def test_apply_one_row_per_input_whatever_the_input():
    # item 6: a lone surrogate raised UnicodeEncodeError for the whole batch; non-strings went through str()
    class Thing:
        pass

    data = ["CCO", "C\udc80C", b"CCO", None, 5, Thing(), {"x": 1}, ["C"], "OCC"]
    df = apply(data, [RecordCheck(), CanonicalizeSmiles()], dedup="smiles")
    assert df.height == len(data)
    assert df["reason"].to_list() == [
        None,
        "invalid_unicode",
        "not_a_string",
        "not_a_string",
        "not_a_string",
        "not_a_string",
        "missing_column",  # a dict is a row: it has no "text" key
        "not_a_string",
        "duplicate",
    ]
    assert df["text"].to_list()[:4] == ["CCO", "C\\udc80C", None, None]
    assert not any("object at 0x" in str(v) or "b'CCO'" in str(v) for v in df.rows())
    rows = [{"text": "CC\udc80", "name": "bad \udc81"}, {"smiles": "CCO"}, {"text": "CCN", "name": b"x"}]
    df = apply(rows, [CanonicalizeSmiles()])
    assert df["reason"].to_list() == ["invalid_unicode", "missing_column", None]
    assert df["name"].to_list() == ["bad \\udc81", None, '"x"']


def test_apply_id_column_stays_a_template_field():
    rows = [{"text": "OCC", "cid": "c1"}, {"text": "CCN", "cid": "c2"}]
    df = apply(rows, [CanonicalizeSmiles(), RecordToText("{cid}: {smiles_tagged}")], id_column="cid")
    assert df["text"].to_list() == ["c1: [START_SMILES]CCO[END_SMILES]", "c2: [START_SMILES]CCN[END_SMILES]"]
    assert df["id"].to_list() == ["c1", "c2"]


def test_apply_input_cannot_choose_its_reason():
    rows = [{"text": "CCO", "filter_reason": "chosen"}, {"text": "OCC", "filter_reason": "chosen"}]
    df = apply(rows, [CanonicalizeSmiles()], dedup="smiles")
    assert df["reason"].to_list() == [None, "duplicate"]
    assert df["input_filter_reason"].to_list() == ["chosen", "chosen"]


def test_near_duplicates():
    a = "the pellets were calcined in air at nine hundred degrees for twelve hours and then cooled slowly"
    texts = [a, a.replace("twelve", "ten"), "thin films were grown by sputtering on silicon wafers in argon", a]
    assert near_duplicates(texts, threshold=0.5, n_grams=3) == [0, 0, 2, 0]
    assert near_duplicates(texts, threshold=0.9) == [0, 1, 2, 0]
    with pytest.raises(ValueError):
        near_duplicates(texts, threshold=1.5)


@pytest.mark.parametrize(
    "name, args, words",
    [
        ("ShardWriter", (), "is a writer"),
        ("QuarantineWriter", ("check",), "is a writer"),
        ("TableReader", (), "is a reader"),
        ("StructureSignature", (), "works on files"),
    ],
)
def test_apply_refuses_steps_that_touch_files(tmp_path, name, args, words):
    """A writer inside apply() used to write shard files silently; now every file step is refused, by name,
    before anything runs, and nothing is written."""
    import chemtrove.curate

    out = tmp_path / "out"
    step = getattr(chemtrove.curate, name)(str(out), *args)
    with pytest.raises(ValueError, match=words) as err:
        apply(["CCO", "C1CC"], [CanonicalizeSmiles(), step])
    assert type(step).__name__ in str(err.value) and "step 1" in str(err.value)
    assert not out.exists() or not any(p.is_file() for p in out.rglob("*"))


def test_apply_keeps_exclusion_writers_in_memory(tmp_path):
    """A filter's exclusion_writer is replaced by apply()'s collector: the reason is reported, no file written."""
    from chemtrove.curate import QuarantineWriter

    step = CanonicalizeSmiles(exclusion_writer=QuarantineWriter(str(tmp_path / "q"), "canon"))
    df = apply(["C1CC"], [step])
    assert df["reason"].to_list() == ["parse_failed"]
    assert not any(p.is_file() for p in tmp_path.rglob("*"))
