"""The pre-tokenizer's fast regex forms split every text exactly as the plain forms they replace.

The plain forms (a lazy span body, a gate that is not anchored at ``\\G``, 32 fixed-length space-group
lookbehinds, a field name read one lookahead per character, no fast unit alternatives) are rebuilt here from
the module's parts; both layouts run on the real GPT-2 regex, on adversarial texts, seeded random texts
and the tagged test corpus.
"""

from __future__ import annotations

import json

import pytest

from chemtrove.chem.tags import END_CIF, START_CIF, START_SMILES, wrap_cif
from chemtrove.tokenize import base_equivalent, load_tokenizer
from chemtrove.tokenize import pretokenize as P

FAST_SG = "(?<=[ \\t'])(?<=H-M(?:_alt)?[ \\t]{1,8}'?)"
PLAIN_SG = (
    "(?<=[ \\t'])(?<="
    + "|".join(
        f"{field}[ \\t]{{{n}}}{quote}" for field in ("H-M", "H-M_alt") for n in range(1, 9) for quote in ("", "'")
    )
    + ")"
)
FAST_FIELD = f"_(?>[^\\s\\[]+|\\[(?!{P.E_CIF[2:]}))+"
PLAIN_FIELD = f"_(?:(?!{P.E_CIF})\\S)+"


def _plain_unit() -> str:
    assert FAST_SG in P.UNIT_PATTERN and FAST_FIELD in P.UNIT_PATTERN
    return P.UNIT_PATTERN.replace(FAST_SG, PLAIN_SG).replace(FAST_FIELD, PLAIN_FIELD)


def _layouts():
    from tokenizers import Regex
    from tokenizers import pre_tokenizers as pt

    plain_chem = f"\\G(?:\\A(?:{P.S_SMI}|{P.S_CIF})|(?!\\A)(?:{P.E_SMI}|{P.E_CIF}|{_plain_unit()}))"
    plain = pt.Sequence(
        [
            pt.Split(Regex(P.SPAN_PATTERN), "isolated"),
            pt.Split(Regex(P._GATE_PREFIX_V2_FIRST + P.GPT2_PATTERN + ")"), "isolated"),
            pt.Split(Regex(plain_chem), "isolated"),
        ]
    )
    fast = pt.Sequence(
        [
            pt.Split(Regex(P.SPAN_SPLIT_PATTERN), "isolated"),
            pt.Split(Regex(P.gate(P.GPT2_PATTERN)), "isolated"),
            pt.Split(Regex(P.CHEM_PATTERN), "isolated"),
        ]
    )
    return plain, fast


def test_fast_and_plain_layouts_split_the_same(split_texts):
    plain, fast = _layouts()
    for text in split_texts:
        assert fast.pre_tokenize_str(text) == plain.pre_tokenize_str(text), repr(text[:200])


def test_fast_and_plain_split_the_same_inside_cif_spans(cifs):
    plain, fast = _layouts()
    for cif in cifs:
        text = f"A crystal: {wrap_cif(cif)} done."
        assert fast.pre_tokenize_str(text) == plain.pre_tokenize_str(text)


def test_random_texts_are_not_trivial(split_texts):
    """The random texts reach the fast alternatives and the slow ones (a test that could pass on prose only)."""
    _, fast = _layouts()
    pieces = [p for t in split_texts[-3000:] for p, _ in fast.pre_tokenize_str(t)]
    assert {"Cl", "Br", "data_", "loop_", START_SMILES, END_CIF} <= set(pieces)
    assert any(p.startswith("_cell") for p in pieces)


@pytest.mark.parametrize("prefix", ["new", "first"])
def test_ungate_reads_both_gate_forms(prefix):
    pattern = P.gate(P.GPT2_PATTERN) if prefix == "new" else P._GATE_PREFIX_V2_FIRST + P.GPT2_PATTERN + ")"
    assert P.ungate(pattern) == P.GPT2_PATTERN
    assert P.ungate(P.GPT2_PATTERN) is None


def test_tokenizer_with_the_first_gate_form_still_reads_back(extended, base_dirs, tagged_corpus):
    """A tokenizer.json written with the first gate form (same matches) keeps working with base_equivalent."""
    from tokenizers import Tokenizer

    tok, _ = extended["gpt2-real"]
    data = json.loads(tok.to_str())
    step = data["pre_tokenizer"]["pretokenizers"][1]
    step["pattern"]["Regex"] = P._GATE_PREFIX_V2_FIRST + P.ungate(step["pattern"]["Regex"]) + ")"
    old = Tokenizer.from_str(json.dumps(data, ensure_ascii=False))
    base = load_tokenizer(base_dirs["gpt2-real"])
    docs = tagged_corpus[:200]
    assert [e.ids for e in old.encode_batch(docs)] == [e.ids for e in tok.encode_batch(docs)]
    assert [e.ids for e in base_equivalent(old).encode_batch(docs)] == [e.ids for e in base.encode_batch(docs)]


def test_end_tags_inside_fields_and_values_end_the_span():
    _, fast = _layouts()
    pieces = [p for p, _ in fast.pre_tokenize_str(f"{START_CIF}_cell_a{END_CIF}x _H-M P1{END_CIF}")]
    assert pieces[:4] == [START_CIF, "_cell_a", END_CIF, "x"]
