"""The quiet console of chemtrove's commands (chemtrove.console) and the reports that explain themselves."""

from __future__ import annotations

import json
import logging
import warnings

import pytest

from chemtrove.console import console, is_quiet


def _warn_from(module_name: str, message: str) -> None:
    """Raise a warning attributed to ``module_name`` (as a library's own warnings.warn is)."""
    exec(
        compile(f"import warnings\nwarnings.warn({message!r}, FutureWarning)", module_name, "exec"),
        {"__name__": module_name},
    )


def test_library_warnings_are_hidden_and_ours_are_not():
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with console():
            assert is_quiet()
            _warn_from("transformers.modeling_utils", "`is_gradient_checkpointing` is deprecated")
            _warn_from("torch.utils.data.dataloader", "'pin_memory' argument is set as true")
            warnings.warn("a chemtrove warning", UserWarning, stacklevel=1)
        assert not is_quiet()
        _warn_from("transformers.modeling_utils", "after the console")
    assert [str(w.message) for w in seen] == ["a chemtrove warning", "after the console"]


def test_verbose_changes_nothing():
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with console(verbose=True):
            assert not is_quiet()
            _warn_from("transformers.modeling_utils", "shown")
    assert [str(w.message) for w in seen] == ["shown"]


def test_library_log_levels_are_restored():
    transformers = pytest.importorskip("transformers", reason="library log levels: the train extra")
    before = transformers.logging.get_verbosity()
    with console():
        assert transformers.logging.get_verbosity() == logging.ERROR
    assert transformers.logging.get_verbosity() == before


def test_scores_report_explains_zeros(tmp_path):
    """As seen: scores.png was an empty chart when every score was 0, and nothing said why."""
    pytest.importorskip("matplotlib")
    from chemtrove.train.report import ZERO_SCORES_NOTE, all_scores_zero, write_report

    for stage in ("sft", "grpo"):
        (tmp_path / stage).mkdir()
        scores = {"overall": 0.0, "format_rate": 0.25, "per_task": {"reaction_class": 0.0, "name_to_smiles": 0.0}}
        (tmp_path / stage / "scores.json").write_text(json.dumps(scores))
    data = write_report({"sft": tmp_path / "sft", "grpo": tmp_path / "grpo"}, tmp_path / "report")
    text = (tmp_path / "report" / "report.md").read_text()
    assert "Every task score is 0" in text and data["images"]["scores"] == "scores.png"
    assert (tmp_path / "report" / "scores.png").stat().st_size > 1000
    assert all_scores_zero({"sft": {"per_task": {"a": 0.0}}})
    assert not all_scores_zero({"sft": {"per_task": {"a": 0.0}}, "grpo": {"per_task": {"a": 0.1}}})
    assert not all_scores_zero({})
    assert "exact answers" in ZERO_SCORES_NOTE


def test_stage_table_explains_task_acc():
    """As seen: task_acc stood beside a task score of 0 with nothing saying they measure different things."""
    from chemtrove.eval.report import compare_stages

    result = {"scs": {"scs": 0.4}, "tasks": {"reaction_class": {"acc": 0.25, "p_gold": 0.2, "chance": 0.1}}}
    table = compare_stages({"init": result, "sft": result})
    assert "| sft |" in table
    assert "task_acc: held-out multiple-choice items" in table and "(chance: 0.100)" in table
    assert "stays 0 until the model writes it" in table


def test_tokenizer_line_says_why_extended_is_longer():
    """As seen: 'tokens per SMILES atom: base 0.957 -> extended 1.682' read as a regression."""
    from pathlib import Path

    from chemtrove.quickstart import tokenizer_summary

    stats = {
        "tokens_per_smiles_atom": [0.9566, 1.6817],
        "tokens_crossing_smiles_units": [52354, 0],
        "smiles_base_tokens": 95230,
        "prose_identical": True,
    }
    text = tokenizer_summary(stats, Path("out/tokenizer"))
    assert "base 0.957 -> extended 1.682" in text
    assert "never lets a token straddle" in text and "52,354 of its 95,230" in text and "0 crossing" in text
