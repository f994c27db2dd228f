"""Steps on real records, called the way datatrove calls them."""

import pickle

import dill
import pytest
from datatrove.data import Document

from chemtrove.curate import (
    CanonicalizeReactions,
    CanonicalizeSmiles,
    ChemistryShareFilter,
    HeavyAtomFilter,
    LengthFilter,
    RecordCheck,
    RecordToText,
    ValidTaggedSmilesFilter,
)


def _docs(texts, **meta):
    return [Document(text=t, id=str(i), metadata=dict(meta)) for i, t in enumerate(texts)]


def _run(step, docs):
    return list(step.run(iter(docs), rank=0, world_size=1))


def test_canonicalize_smiles_step_on_real_molecules(chembl_smiles):
    step = CanonicalizeSmiles(inchikey=True)
    out = _run(step, _docs(chembl_smiles))
    assert len(out) == len(chembl_smiles)
    for d in out:
        assert d.text == d.metadata["smiles"]
        assert len(d.metadata["inchikey"]) == 27
        assert d.metadata["heavy_atoms"] > 0
    assert step.stats["forwarded"].total == len(chembl_smiles)


def test_canonicalize_smiles_reasons_are_stats():
    step = CanonicalizeSmiles()
    out = _run(step, _docs(["CCO", "C1CC", "", "c1cccc1", "OCC"]))
    assert [d.text for d in out] == ["CCO", "CCO"]
    assert out[1].metadata["smiles_raw"] == "OCC"
    assert step.stats["dropped_parse_failed"].total == 1
    assert step.stats["dropped_empty"].total == 1
    assert step.stats["dropped_kekulize_failed"].total == 1


def test_canonicalize_smiles_stats_match_datatrove_filter_run(chembl_smiles):
    """The step's own run() (counts flushed at the end) gives BaseFilter.run()'s documents and stats."""
    from datatrove.pipeline.filters.base_filter import BaseFilter

    texts = [*chembl_smiles[:200], "C1CC", "", "c1cccc1", "\x00\x01", "CCO"]
    ours, theirs = CanonicalizeSmiles(), CanonicalizeSmiles()
    a = _run(ours, _docs(texts))
    b = list(BaseFilter.run(theirs, iter(_docs(texts))))
    assert [(d.id, d.text, d.metadata) for d in a] == [(d.id, d.text, d.metadata) for d in b]
    mine, ref = ours.stats.to_dict()["stats"], theirs.stats.to_dict()["stats"]
    lengths, ref_lengths = mine.pop("doc_len"), ref.pop("doc_len")
    assert mine == ref and ref["dropped_binary"] == 1 and ref["dropped_kekulize_failed"] == 1
    assert lengths == pytest.approx(ref_lengths, rel=1e-9)  # Welford per doc vs one pass: rounding only
    assert ours.stats.time_stats.n == theirs.stats.time_stats.n == len(texts)
    stopped = CanonicalizeSmiles()
    gen = stopped.run(iter(_docs(texts)))
    next(gen)
    gen.close()
    assert stopped.stats["total"].total == 1 and stopped.stats["forwarded"].n == 1


def test_canonicalize_from_metadata_field_keeps_text():
    doc = Document(text="Ethanol is a solvent", id="1", metadata={"smi": "OCC"})
    out = _run(CanonicalizeSmiles(field="smi"), [doc])
    assert out[0].text == "Ethanol is a solvent" and out[0].metadata["smiles"] == "CCO"
    missing = _run(CanonicalizeSmiles(field="nope"), [Document(text="x", id="2")])
    assert missing == []


def test_canonicalize_smiles_config_errors():
    with pytest.raises(ValueError, match="standardize"):
        CanonicalizeSmiles(tautomers=True)


def test_canonicalize_reactions_step(reactions_rows):
    step = CanonicalizeReactions()
    out = _run(step, _docs([r["rxn_Smiles"] for r in reactions_rows]))
    assert len(out) >= 195
    assert all(">" in d.text and ":" not in d.text.replace("->", "") for d in out)
    dropped = sum(v.total for k, v in step.stats.stats.items() if k.startswith("dropped_"))
    assert len(out) + dropped == len(reactions_rows)  # every record is kept or dropped with a reason
    folded = _run(CanonicalizeReactions(fold_agents=True), _docs(["CCO>[H+]>C=C.O"]))
    assert folded[0].text == "CCO.[H+]>>C=C.O"


def test_record_check_reasons():
    docs = [
        Document(text="fine text", id="a"),
        Document(text="", id="b"),
        Document(text="bad \ud800 unicode", id="c"),
        Document(text="nul\x00byte", id="d"),
        Document(text="x" * 50, id="e"),
        Document(text="", id="f", metadata={"read_error": "bad_json"}),
    ]
    step = RecordCheck(max_chars=40)
    out = _run(step, docs)
    assert [d.id for d in out] == ["a"]
    for reason in ("empty", "invalid_unicode", "binary", "too_long", "bad_json"):
        assert step.stats[f"dropped_{reason}"].total == 1


def test_filters():
    docs = _docs(["C", "CC", "C" * 10])
    for d, n in zip(docs, (1, 2, 10), strict=True):
        d.metadata["heavy_atoms"] = n
    out = _run(HeavyAtomFilter(2, 5), docs)
    assert [d.text for d in out] == ["CC"]
    out = _run(LengthFilter(min_chars=2, max_chars=5), _docs(["a", "abc", "abcdefgh"]))
    assert [d.text for d in out] == ["abc"]
    prose = _docs(["no chemistry here", "mostly [START_SMILES]CCCCCCCCCCCCCCCC[END_SMILES]"])
    assert [d.id for d in _run(ChemistryShareFilter(min_share=0.1), prose)] == ["1"]
    assert [d.id for d in _run(ChemistryShareFilter(max_share=0.1), prose)] == ["0"]
    with pytest.raises(ValueError):
        HeavyAtomFilter(None, None)
    with pytest.raises(ValueError):
        LengthFilter(10, 5)


def test_valid_tagged_smiles_filter():
    docs = _docs(
        [
            "ok [START_SMILES]CCO[END_SMILES]",
            "bad [START_SMILES]C1CC[END_SMILES]",
            "rxn [START_SMILES]CC.O>>CCO[END_SMILES]",
            "dative [START_SMILES][NH3]->[Cu+2][END_SMILES]",
        ]
    )
    step = ValidTaggedSmilesFilter()
    assert [d.id for d in _run(step, docs)] == ["0", "2", "3"]
    assert step.stats["dropped_invalid_tagged_smiles"].total == 1


def test_record_to_text():
    d = Document(text="x", id="1", metadata={"smiles": "CCO", "iupac": "ethanol"})
    out = _run(RecordToText("The molecule {iupac} is {smiles_tagged}."), [d])
    assert out[0].text == "The molecule ethanol is [START_SMILES]CCO[END_SMILES]."
    assert _run(RecordToText("{iupac}"), [Document(text="x", id="2", metadata={})]) == []
    with pytest.raises(ValueError):
        RecordToText("{a.b}")
    with pytest.raises(ValueError):
        RecordToText("constant text")


@pytest.mark.parametrize("dumps", [pickle.dumps, dill.dumps])
def test_steps_pickle_before_and_after_running(dumps, chembl_smiles):
    steps = [CanonicalizeSmiles(standardize=True), CanonicalizeReactions(), RecordCheck(), HeavyAtomFilter()]
    for step in steps:
        dumps(step)
    _run(steps[0], _docs(chembl_smiles[:5]))
    clone = pickle.loads(dumps(steps[0]))
    assert [d.text for d in _run(clone, _docs(["OCC"]))] == ["CCO"]
