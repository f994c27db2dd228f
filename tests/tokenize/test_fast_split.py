"""The pre-tokenizer's fast regex forms split every text exactly as the plain forms they replace.

The plain forms (a lazy span body, a gate that is not anchored at ``\\G``, 32 fixed-length space-group
lookbehinds, a field name read one lookahead per character, no fast unit alternatives) are rebuilt here from
the module's parts; both layouts run on the real GPT-2 regex, on adversarial texts, seeded random texts
and the tagged test corpus.
"""

from __future__ import annotations

import json
import random

import pytest

from chemtrove.chem.tags import ALL_TAGS, END_CIF, END_SMILES, START_CIF, START_SMILES, wrap_cif, wrap_smiles
from chemtrove.tokenize import PROBES, base_equivalent, load_tokenizer
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


CIF_EDGES = [
    "data_x\n_symmetry_space_group_name_H-M   'P 21/c'\n_space_group_name_H-M_alt\t\t'F m -3 m'\n",
    "data_x\n_symmetry_space_group_name_H-M         P6_3/mmc\n_x_H-M C2/m\n_H-M  -P 1\n_H-M 'x",
    "data_x\n_symmetry_space_group_name_H-M P1[END_CIF]tail",
    "loop_\n _atom_site_label[END_CIF]\n  Co  Co1  Sn Sc  Pb  In  Nb  0.25(3)  -0.5  1.0e-3  ?  .\n",
    " save_ stop_ global_ data_ dat loo sa st gl d l g s\n  _a _ __ _[x] [Fe] Fe2+ H-M\n",
    "_cell_length_a\t5.6402\r\n_cell_angle_alpha 90\r\n  'x, y, z'  '-x+1/2, y, -z'\n",
    "a" * 300 + " Co Sc\n" + "b" * 300 + "Sn",
]
SMILES_EDGES = [
    "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
    "CSc1ccccc1Co.[Cs+].[In]Nb",
    "C[C@@H](O)c1ccc(-c2ccccc2)cc1->[Pt]<-N>>CC>O>C",
    "C%10CC%(123)CC%10%99 C.C",
    "F/C=C\\F.[2H]OC(=O)[O-].[NH4+]$#~*",
    "saved dataloop_ global_ Cl Br cl br ClBr",
    " 'CC' -C - ->",
    "[" * 5 + "C" + "]" * 5 + "[START_SMILES]C[END_CIF]C",
    "",
    "Ünïcödé—émoji🧪中文CCO",
]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    atoms = [
        *"CNOSPFIcnosp()[]=#@+-\\/%.:*>< \t\n'_0123456789ablrgdtHM",
        *ALL_TAGS,
        "Cl",
        "Br",
        "H-M",
        "H-M_alt",
        "_cell",
        "data_",
        "loop_",
        "é",
        "🧪",
        "\r\n",
    ]
    return ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 120))) for _ in range(n)]


def _texts(tagged_corpus: list[str]) -> list[str]:
    texts = list(PROBES) + list(tagged_corpus)
    texts += [wrap_cif(c) for c in CIF_EDGES] + [START_CIF + c for c in CIF_EDGES]
    texts += [wrap_smiles(s) for s in SMILES_EDGES] + [START_SMILES + s for s in SMILES_EDGES]
    pairs = zip(SMILES_EDGES, CIF_EDGES[: len(SMILES_EDGES)], strict=False)
    texts += [f"prose {START_SMILES}{s}{END_SMILES} and {START_CIF}{c}{END_CIF}" for s, c in pairs]
    texts += [END_SMILES + END_CIF + START_SMILES, START_CIF + START_SMILES + END_CIF, "[START_SMILES" + "C" * 50]
    texts += [START_SMILES + "C" * 20000 + END_SMILES, START_CIF + "_" + "x" * 20000, START_SMILES + "[" * 20000]
    texts += _random_texts(3000)
    return texts


def test_fast_and_plain_layouts_split_the_same(tagged_corpus):
    plain, fast = _layouts()
    for text in _texts(tagged_corpus):
        assert fast.pre_tokenize_str(text) == plain.pre_tokenize_str(text), repr(text[:200])


def test_fast_and_plain_split_the_same_inside_cif_spans(cifs):
    plain, fast = _layouts()
    for cif in cifs:
        text = f"A crystal: {wrap_cif(cif)} done."
        assert fast.pre_tokenize_str(text) == plain.pre_tokenize_str(text)


def test_random_texts_are_not_trivial():
    """The random texts reach the fast alternatives and the slow ones (a test that could pass on prose only)."""
    _, fast = _layouts()
    pieces = [p for t in _random_texts(3000) for p, _ in fast.pre_tokenize_str(t)]
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
