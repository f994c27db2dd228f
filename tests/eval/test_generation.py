"""Generation metrics: per-task format, validity, uniqueness, novelty, matches, crystal checks; in evaluate()."""

from __future__ import annotations

import argparse

import pytest

from chemtrove.eval.generation import generation_metrics, training_smiles
from chemtrove.eval.suites import Suite

PO_CIF = (
    "data_Po\n_cell_length_a 3.35\n_cell_length_b 3.35\n_cell_length_c 3.35\n_cell_angle_alpha 90\n"
    "_cell_angle_beta 90\n_cell_angle_gamma 90\n_symmetry_space_group_name_H-M 'P 1'\nloop_\n"
    "_atom_site_type_symbol\n_atom_site_label\n_atom_site_fract_x\n_atom_site_fract_y\n_atom_site_fract_z\n"
    "Po Po1 0 0 0\n"
)


def test_molecule_metrics_by_hand():
    rows = [{"task": "name_to_smiles", "answer": a} for a in ("CCO", "CCN", "c1ccccc1", "CC")]
    completions = [
        "<think>x</think><answer>[START_SMILES]OCC[END_SMILES]</answer>",  # right, other spelling
        "<think>x</think><answer>CCO</answer>",  # valid, wrong, duplicate of the first
        "<answer>c1cccc1</answer>",  # invalid ring, no think
        "<think>x</think><answer>CCCl</answer>",  # valid, new, wrong
    ]
    m = generation_metrics(
        completions, rows, train_smiles=training_smiles([{"task": "name_to_smiles", "answer": "OCC"}])
    )
    t = m["name_to_smiles"]
    assert t["n"] == 4 and t["format"] == 0.75 and t["answered"] == 1.0
    assert t["validity"] == 0.75 and t["uniqueness"] == round(2 / 3, 4) and t["novelty"] == round(1 / 3, 4)
    assert t["exact_match"] == 0.25 and t["task_score"] == 0.25
    assert 0.0 < t["tanimoto"] < 1.0
    assert m["all"]["n"] == 4 and "cif_validity" not in t


def test_crystal_and_canonicalization_metrics():
    rows = [
        {"task": "crystal_generation", "formula": "Po", "space_group": 221, "answer": PO_CIF},
        {"task": "crystal_generation", "formula": "Po", "space_group": 225, "answer": PO_CIF},
        {"task": "crystal_generation", "formula": "Fe", "space_group": 221, "answer": PO_CIF},
        {"task": "smiles_canonicalization", "answer": "CCO"},
        {"task": "smiles_canonicalization", "answer": "CCO"},
    ]
    completions = [f"<think>cubic</think><answer>{PO_CIF}</answer>"] * 3
    completions += ["<think>a</think><answer>CCO</answer>", "<think>a</think><answer>OCC</answer>"]
    m = generation_metrics(completions, rows)
    c = m["crystal_generation"]
    assert c["cif_validity"] == 1.0 and c["space_group_match"] == round(2 / 3, 4)
    assert c["composition_match"] == round(2 / 3, 4) and "validity" not in c
    s = m["smiles_canonicalization"]
    assert s["exact_match"] == 0.5 and s["validity"] == 1.0 and s["uniqueness"] == 0.5 and "novelty" not in s
    with pytest.raises(ValueError, match="completions for"):
        generation_metrics(completions[:2], rows)


def test_evaluate_generation_part_and_cli(random_model, tokenizer, shard_dir, tmp_path):
    pytest.importorskip("torch")
    from chemtrove.eval import evaluate
    from chemtrove.eval.cli import add_cli
    from chemtrove.eval.report import to_markdown

    suite = Suite("gen", parts=("generation",), generation_items=2, max_new_tokens=8, batch_size=8)
    result = evaluate(random_model, tokenizer, suite, shard_dir)
    gen = result["generation"]["metrics"]
    assert {"name_to_smiles", "reaction_class", "all"} <= set(gen)
    assert gen["name_to_smiles"]["n"] == 2 and "validity" in gen["name_to_smiles"]
    assert all(0.0 <= v <= 1.0 for m in gen.values() for k, v in m.items() if k != "n" and v is not None)
    assert "## Generation (held-out prompts)" in to_markdown(result)
    parser = argparse.ArgumentParser()
    add_cli(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["eval", "--model", "m", "--out", "o", "--generation", "--generation-items", "3"])
    assert args.generation and args.generation_items == 3
    with pytest.raises(ValueError, match="generation_samples"):
        Suite("bad", generation_samples=4, generation_temperature=0.0)
