import pytest

from chemtrove.chem import tags


def test_wrap_and_spans():
    cif = "data_x\n"
    text = f"see {tags.wrap_smiles('CCO')} and {tags.wrap_cif(cif)}"
    spans = tags.tagged_spans(text)
    assert [(k, c) for k, _, _, c in spans] == [("smiles", "CCO"), ("cif", "data_x\n")]
    for _, start, end, _ in spans:
        assert text[start:end].startswith("[START_")


def test_pretagged_spans_are_left_alone():
    text = "Already [START_SMILES]OCC[END_SMILES] tagged, not canonicalized again."
    out = tags.tag_smiles_detailed(text)
    assert out.text == text
    assert out.n_pretagged == 1 and out.n_tagged == 0 and out.chem_chars == 3


def test_tag_smiles_in_prose_is_idempotent_and_canonical():
    text = "The ester was made from acetic acid, OC(C)=O, and ethanol (OCC)."
    once = tags.tag_smiles(text)
    assert "[START_SMILES]CC(=O)O[END_SMILES]" in once
    assert "[START_SMILES]CCO[END_SMILES]" in once
    assert tags.tag_smiles(once) == once
    assert tags.strip_tags(tags.tag_smiles(text, canonical=False)) == text


def test_tag_vocabulary_single_place():
    assert tags.STRUCTURE_TAGS == ("[START_SMILES]", "[END_SMILES]", "[START_CIF]", "[END_CIF]")
    assert tags.ALL_TAGS == (*tags.STRUCTURE_TAGS, "[START_MOL]", "[END_MOL]")


def test_name_styles():
    assert tags.tag_name("ethanol", "CCO") == "ethanol [START_SMILES]CCO[END_SMILES]"
    assert tags.tag_name("ethanol", "CCO", "mist") == "[START_MOL] ethanol [END_MOL][START_SMILES] CCO [END_SMILES]"
    assert tags.tag_name("ethanol", "CCO", "replace") == "[START_SMILES]CCO[END_SMILES]"
    mist = tags.tag_name("ethanol", "CCO", "mist")
    assert [c for k, _, _, c in tags.tagged_spans(mist)] == [" CCO "]
    assert tags.strip_tags(mist) == " ethanol  CCO "
    with pytest.raises(ValueError, match="name style 'galactica'"):
        tags.tag_name("ethanol", "CCO", "galactica")


def test_tagged_and_mol_spans_are_the_regex_spans_in_linear_time():
    """The linear scan finds what TAGGED_SPAN / MOL_SPAN find, on random tag soup and on unclosed-tag floods."""
    import random

    from chemtrove.chem import tags

    pieces = [*tags.ALL_TAGS, " ", "C", "O"]
    rng = random.Random(0)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [
            ("smiles" if m.group(1) is not None else "cif", m.start(), m.end(), m.group(1) or m.group(2) or "")
            for m in tags.TAGGED_SPAN.finditer(text)
        ]
        assert tags.tagged_spans(text) == expected, text
        assert tags.mol_spans(text) == [m.span() for m in tags.MOL_SPAN.finditer(text)], text
    # 20,000 unclosed tags: the regexes take tens of seconds here, the scan one pass
    flood = tags.START_SMILES * 20_000 + tags.START_CIF * 20_000 + tags.END_SMILES
    assert len(tags.tagged_spans(flood)) == 1
    assert tags.mol_spans(tags.START_MOL * 40_000) == []
    assert tags.tag_smiles(tags.START_SMILES * 20_000 + " ethanol OCC").count(tags.START_SMILES) == 20_001
