"""Evaluation of checkpoints: know whether RL can work before paying for it.

* :func:`evaluate` (:mod:`chemtrove.eval.runner`): SCS, CCS and latent solvability of a local model folder or a
  loaded model, with ``eval.json``/``eval.md``/``eval.png``; ``chemtrove eval`` is its command line
  (:func:`chemtrove.eval.cli.add_cli`).
* :func:`completion_logprobs`, :func:`span_logprobs`, :func:`score_requests` (:mod:`chemtrove.eval.logprobs`):
  batched log-probabilities and ranks, lm-eval conventions.
* :func:`multiple_choice`, :func:`choice_metrics`, :func:`pass_at_k`, :func:`sampled_pass_at_k`
  (:mod:`chemtrove.eval.scoring`).
* :func:`evaluate_generation`, :func:`generation_metrics` (:mod:`chemtrove.eval.generation`): format adherence,
  SMILES validity, uniqueness, novelty, exact and Tanimoto match, CIF validity, composition and space group of
  generated answers, per task.
* :func:`scs`, :func:`corrupt`, :func:`cohens_d` (:mod:`chemtrove.eval.scs`); :func:`ccs`,
  :func:`build_statements` (:mod:`chemtrove.eval.ccs`); :func:`latent_solvability`, :func:`load_tasks`
  (:mod:`chemtrove.eval.solvability`); :class:`Suite`, ``SUITES`` (:mod:`chemtrove.eval.suites`);
  :func:`write_report`, :func:`write_stages` (:mod:`chemtrove.eval.report`).

torch and transformers are imported only when a model is scored or loaded.
"""

from __future__ import annotations

from chemtrove.eval.ccs import build_statements, ccs
from chemtrove.eval.generation import evaluate_generation, generation_metrics
from chemtrove.eval.logprobs import (
    Request,
    TokenScores,
    completion_logprobs,
    encode_completion,
    encode_span,
    load_model,
    load_tokenizer,
    score_requests,
    span_logprobs,
)
from chemtrove.eval.report import compare_stages, headline, write_report, write_stages
from chemtrove.eval.runner import evaluate
from chemtrove.eval.scoring import choice_metrics, multiple_choice, pass_at_k, sample_completions, sampled_pass_at_k
from chemtrove.eval.scs import cohens_d, corrupt, scs
from chemtrove.eval.solvability import builtin_tasks, latent_solvability, load_tasks
from chemtrove.eval.suites import SUITES, Suite, get_suite

__all__ = [
    "SUITES",
    "Request",
    "Suite",
    "TokenScores",
    "build_statements",
    "builtin_tasks",
    "ccs",
    "choice_metrics",
    "cohens_d",
    "compare_stages",
    "completion_logprobs",
    "corrupt",
    "encode_completion",
    "encode_span",
    "evaluate",
    "evaluate_generation",
    "generation_metrics",
    "get_suite",
    "headline",
    "latent_solvability",
    "load_model",
    "load_tokenizer",
    "load_tasks",
    "multiple_choice",
    "pass_at_k",
    "sample_completions",
    "sampled_pass_at_k",
    "score_requests",
    "scs",
    "span_logprobs",
    "write_report",
    "write_stages",
]
