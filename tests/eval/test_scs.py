"""SMILES Competence Score: deterministic corruption, Cohen's d by hand, a trained model beats its random init."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest

from chemtrove.chem.tags import END_SMILES, START_SMILES
from chemtrove.eval.scs import CONDITIONS, GRAMMAR_CHARS, PROMPT, cohens_d, corrupt, scs, scs_texts

MOLECULES = [
    "CC(=O)Oc1ccccc1C(=O)O",
    "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
    "C[C@H](N)C(=O)O",
    "[NH4+].[Cl-]",
    "C1CC[C@H]2CCCC[C@@H]2C1",
    "O=C(O)c1ccccc1",
    "C%10CCCCC%10",
]


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def test_corruption_deletes_a_fifth_of_the_grammar_characters():
    for smi in MOLECULES:
        out = corrupt(smi, seed=0)
        n = sum(ch in GRAMMAR_CHARS for ch in smi)
        k = max(1, math.floor(0.2 * n + 0.5))
        assert len(out) == len(smi) - k
        assert _is_subsequence(out, smi)
        removed = list(smi)
        for ch in out:  # what is left after taking out the kept characters in order is what was deleted
            removed.remove(ch)
        assert all(ch in GRAMMAR_CHARS for ch in removed)
        # non-grammar characters are all kept, in order
        assert [c for c in out if c not in GRAMMAR_CHARS] == [c for c in smi if c not in GRAMMAR_CHARS]
    assert corrupt("C(C)C", seed=0) in ("CC)C", "C(CC")  # two grammar characters: at least one goes
    assert corrupt("CCO") is None and corrupt("") is None


def test_corruption_is_deterministic():
    first = [corrupt(s, seed=5) for s in MOLECULES]
    assert first == [corrupt(s, seed=5) for s in MOLECULES]
    assert [corrupt(s, seed=6) for s in MOLECULES] != first  # another seed, other deletions
    # the same in a fresh interpreter with another hash seed (string seeds are hashed with SHA-512)
    code = f"from chemtrove.eval.scs import corrupt; print(repr([corrupt(s, seed=5) for s in {MOLECULES!r}]))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == repr(first)


def test_cohens_d_by_hand():
    a = [1.0, 2.0, 3.0, 4.0]  # mean 2.5, sample variance 5/3
    b = [2.0, 3.0, 4.0, 5.0, 6.0]  # mean 4, sample variance 2.5
    # pooled SD = sqrt((3 * 5/3 + 4 * 2.5) / (4 + 5 - 2)) = sqrt(15 / 7)
    assert cohens_d(a, b) == pytest.approx(-1.5 / math.sqrt(15 / 7), rel=1e-12)
    assert cohens_d(a, b) == pytest.approx(-1.0246950765959597, rel=1e-12)
    assert cohens_d(b, a) == pytest.approx(-cohens_d(a, b))
    assert cohens_d([1.0, 1.0], [1.0, 1.0]) == 0.0
    assert cohens_d([2.0, 2.0], [1.0, 1.0]) == math.inf
    assert math.isnan(cohens_d([1.0], [1.0, 2.0]))
    assert cohens_d([1.0, 2.0, float("nan")], [0.0, 1.0]) == pytest.approx(1.0 / math.sqrt(0.5))


def test_scs_texts_mark_the_smiles_span():
    items = scs_texts(MOLECULES, seed=0)
    assert len(items) == len(MOLECULES)
    for it in items:
        for cond in CONDITIONS:
            text, (a, b) = it["texts"][cond]
            assert text.startswith(PROMPT + START_SMILES) and text.endswith(END_SMILES)
            assert (
                text[a:b]
                == {"canonical": it["smiles"], "randomized": it["randomized"], "corrupted": it["corrupted"]}[cond]
            )
    assert scs_texts(["CCO", "not a smiles"]) == []  # nothing to corrupt, does not parse


def test_trained_model_scores_higher_than_random_init(tokenizer, random_model, trained_model, smiles_split):
    _, heldout = smiles_split
    before = scs(random_model, tokenizer, heldout, seed=0)
    after = scs(trained_model, tokenizer, heldout, seed=0)
    assert before["n"] == after["n"] == len(heldout)
    assert abs(before["scs"]) < 1.0  # an untrained model cannot tell real SMILES from broken ones
    assert after["scs"] > 0.8 and after["scs"] > before["scs"] + 1.0  # measured: 1.25 against -0.35
    assert after["paired_accuracy"] > 0.8
    c = after["conditions"]
    assert c["canonical"]["mean_logprob"] > c["corrupted"]["mean_logprob"]
    assert c["canonical"]["mean_logprob"] > before["conditions"]["canonical"]["mean_logprob"] + 2.0
    assert c["canonical"]["mean_rank"] < c["corrupted"]["mean_rank"]
    assert after["d_canonical_vs_randomized"] > 0  # trained on canonical SMILES only
    assert set(c) == set(CONDITIONS)
