"""TagSmilesInProse bounds its work before it starts (item 8: two 10 MB texts took 109 s)."""

import time

from datatrove.data import Document

from chemtrove.chem.limits import guard_available
from chemtrove.curate import TagSmilesInProse, apply


def test_huge_text_is_dropped_before_tagging():
    huge = "CCO " * 2_500_000  # 10 MB of SMILES-like words: ~150 s to tag
    t0 = time.monotonic()
    df = apply([huge, huge, "Ethanol (OCC) was used."], [TagSmilesInProse()])
    assert time.monotonic() - t0 < 10
    assert df["reason"].to_list() == ["too_long", "too_long", None]
    assert df["text"][2] == "Ethanol ([START_SMILES]CCO[END_SMILES]) was used."


def test_slow_text_hits_the_clock():
    step = TagSmilesInProse(max_seconds=0.2)
    doc = Document(text="CCO " * 100_000, id="1")  # ~1.5 s of RDKit work
    t0 = time.monotonic()
    result = step.filter(doc)
    if guard_available():
        assert result == (False, "timeout") and time.monotonic() - t0 < 1.2
    else:
        assert result is True


def test_bad_arguments_name_themselves():
    import pytest

    with pytest.raises(ValueError, match="max_chars"):
        TagSmilesInProse(max_chars="50")
    with pytest.raises(ValueError, match="max_seconds"):
        TagSmilesInProse(max_seconds="x")
