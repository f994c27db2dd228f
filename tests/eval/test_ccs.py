"""Chemical Competence Score: statements from curated records are deterministic and really corrupted."""

from __future__ import annotations

import math
import random
import re

import pytest

from chemtrove.eval.ccs import COMMON_SPACE_GROUPS, KINDS, build_statements, ccs, perturb_formula, reaction_class_names
from chemtrove.eval.records import load_records


@pytest.fixture(scope="module")
def records(shard_dir):
    return load_records(shard_dir)


def _counts(formula: str) -> dict[str, float]:
    body = re.sub(r"[+-]\d*$", "", formula)
    return {e: float(c or 1) for e, c in re.findall(r"([A-Z][a-z]?)(\d+(?:\.\d+)?)?", body)}


def test_perturb_formula_changes_one_count_by_at_most_two():
    for formula in ("C9H8O4", "C2H3O2-", "LiCoO2", "Na0.8CoO2", "CH4", "C6H14N2O2+2"):
        for seed in range(20):
            out = perturb_formula(formula, random.Random(seed))
            assert out != formula
            a, b = _counts(formula), _counts(out)
            assert list(a) == list(b)  # same elements, same order
            diffs = [b[e] - a[e] for e in a if b[e] != a[e]]
            assert len(diffs) == 1 and 0 < abs(diffs[0]) <= 2 and all(v > 0 for v in b.values())
            assert re.sub(r"^[^+-]*", "", out) == re.sub(r"^[^+-]*", "", formula)  # charge kept
    assert perturb_formula("not a formula", random.Random(0)) is None


def test_statements_of_every_kind(records):
    statements = build_statements(records, per_kind=6, seed=0)
    kinds = {s["kind"] for s in statements}
    assert kinds == set(KINDS)
    names = set(reaction_class_names().values())
    for s in statements:
        assert s["true"] != s["corrupted"]
        assert s["true"].startswith(" ") and s["corrupted"].startswith(" ")
        if s["kind"] == "reaction_class":
            assert s["true"].strip() in names and s["corrupted"].strip() in names
        if s["kind"] == "space_group":
            assert s["corrupted"].strip() in COMMON_SPACE_GROUPS
            assert (
                "_symmetry_space_group_name_H-M" not in s["prompt"] and "_symmetry_Int_Tables_number" not in s["prompt"]
            )
        if s["kind"] == "crystal_formula":
            assert "data_" not in s["prompt"] and "_chemical_formula" not in s["prompt"]
            assert "_atom_site_fract_x" in s["prompt"]  # the sites are left to read the formula from
        if s["kind"] == "hydration_energy":
            t, c = (float(x.split()[0]) for x in (s["true"], s["corrupted"]))
            assert 2.0 - 0.01 <= abs(t - c) <= 6.0 + 0.01
    assert max(sum(s["kind"] == k for s in statements) for k in KINDS) <= 6


def test_statements_are_deterministic(records):
    a = build_statements(records, per_kind=5, seed=0)
    shuffled = list(records)
    random.Random(1).shuffle(shuffled)
    assert build_statements(shuffled, per_kind=5, seed=0) == a  # file order does not matter
    assert build_statements(records, per_kind=5, seed=1) != a
    # a record's statement does not depend on what else is in the data
    by_id = {(s["kind"], s["id"]): s for s in build_statements(records, per_kind=None, seed=0)}
    for s in a:
        assert by_id[(s["kind"], s["id"])] == s


def test_ccs_result(tokenizer, trained_model, records):
    statements = build_statements(records, per_kind=4, seed=0, kinds=("formula", "reaction_class", "hydration_energy"))
    out = ccs(trained_model, tokenizer, statements, batch_size=4)
    assert out["n"] == len(statements) == 12
    assert set(out["kinds"]) == {"formula", "reaction_class", "hydration_energy"}
    assert math.isfinite(out["ccs"]) and all(math.isfinite(v["d"]) for v in out["kinds"].values())
    assert set(out["conditions"]) == {"true", "corrupted"}
    assert 0.0 <= out["paired_accuracy"] <= 1.0
    with pytest.raises(ValueError):
        build_statements(records, kinds=("nonsense",))


def test_crystal_description_statements(records):
    """Description statements (asked for): one changed fact, the sentences before it as context."""
    from chemtrove.eval.ccs import EXTRA_KINDS

    assert "crystal_description" in EXTRA_KINDS and "crystal_description" not in KINDS
    statements = build_statements(records, per_kind=None, seed=0, kinds=("crystal_description",))
    crystal_ids = {r["id"] for r in records if r.get("domain") == "crystal"}
    assert statements and {s["id"] for s in statements} <= crystal_ids
    for s in statements:
        assert s["kind"] == "crystal_description"
        assert s["true"] != s["corrupted"] and s["true"].startswith(" ") and s["corrupted"].startswith(" ")
        assert s["true"].endswith(".") and s["corrupted"].endswith(".")
        assert "[START_CIF]" not in s["prompt"] and not s["prompt"].endswith(" ")
        # the prompt is the description up to the fact: a formula opens it
        assert " crystallizes in the" in s["prompt"] or s["prompt"].endswith("crystallizes in the")
    again = build_statements(records, per_kind=None, seed=0, kinds=("crystal_description",))
    assert again == statements
    with pytest.raises(ValueError, match="unknown statement kinds"):
        build_statements(records, kinds=("crystal_descriptions",))
