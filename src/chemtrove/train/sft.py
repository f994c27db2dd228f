"""Supervised fine-tuning (SFT) on chemistry tasks, with trl's SFTTrainer and a completion-only loss.

Launch::

    chemtrove tasks build --inputs OUT/shards data/perov5.csv --out tasks --format think
    chemtrove train sft --config configs/train/tiny_cpu.yaml --data tasks --model_name_or_path runs/cpt
    torchrun --nproc_per_node 8 -m chemtrove.train.sft --config recipe.yaml

Reads task folders written by ``chemtrove tasks build`` (:mod:`chemtrove.tasks`): the
``train_split`` is trained on, ``eval_split`` gives the eval loss, and ``score_split`` is answered greedily
after training and scored with the task rewards (``scores.json``: the task scores of the report). The
loss covers the completion only (trl's default for prompt/completion data): the model learns to answer,
not to reproduce questions. Checkpoints and ``resume_from_checkpoint: auto`` work as in CPT.

Where this departs from the MiST paper: SFT there teaches a reasoning format before RL, so that RL starts
from a model that already writes it. The format here is ``<think>...</think><answer>...</answer>``, but the
``<think>`` text of the built-in tasks is a short templated rationale (formula, atom counts, crystal
system), not written reasoning; pass real traces (e.g. from a teacher model) through
:func:`chemtrove.tasks.build_examples` (``rationale=``).
"""

from __future__ import annotations

import sys
import time
from typing import Any

from chemtrove.train.config import DataArguments, ModelArguments, ScoreArguments, parse_recipe
from chemtrove.train.experts import train_experts
from chemtrove.train.runner import (  # noqa: F401 - load_task_rows: also imported from here by older code
    finish_stage,
    load_stage_model,
    load_stage_tokenizer,
    load_task_rows,
    logged,
    lora_setup,
    run_fields,
    run_trainer,
    score_after_training,
    sft_dataset,
    trainer_class,
    training_rows,
)


def train(
    model_args: ModelArguments,
    data_args: DataArguments,
    score_args: ScoreArguments,
    training_args: Any,
    callbacks: list | None = None,
) -> dict[str, Any]:
    """Run SFT with parsed arguments (what :func:`main` does after parsing).

    Args:
        model_args: Model and tokenizer.
        data_args: Task folders and splits.
        score_args: Scoring after training.
        training_args: trl's ``SFTConfig``.
        callbacks: Extra ``transformers.TrainerCallback`` objects.

    Returns:
        A summary: losses, steps, task scores, output folder.
    """
    if model_args.experts:
        return train_experts("sft", model_args, data_args, score_args, training_args, callbacks=callbacks)
    t0 = time.time()
    tok_dir, tokenizer = load_stage_tokenizer(model_args)
    train_rows = training_rows(data_args, training_args.seed)
    train_set = sft_dataset(train_rows)
    eval_set = None
    if data_args.eval_split and training_args.eval_strategy != "no":
        eval_set = sft_dataset(load_task_rows(data_args, data_args.eval_split, data_args.max_eval_samples))
    model, fit = load_stage_model(model_args, tokenizer, tok_dir)
    peft_config, base = lora_setup(model_args, model, tokenizer, tok_dir, fit, training_args.output_dir)
    trainer = trainer_class(model_args.lm_head)(
        model=model,
        args=training_args,
        train_dataset=train_set,
        eval_dataset=eval_set,
        processing_class=tokenizer,
        callbacks=callbacks,
        peft_config=peft_config,
    )
    run = run_trainer(trainer, training_args, tokenizer, model_args, base, peft_config is not None, stage="sft")
    scores = score_after_training(trainer, tokenizer, data_args, score_args, training_args.output_dir)
    losses = logged(trainer, "loss")
    eval_losses = logged(trainer, "eval_loss")
    summary = {
        "train_loss": run.result.training_loss,
        "first_loss": losses[0] if losses else None,
        "last_loss": losses[-1] if losses else None,
        "eval_loss": eval_losses[-1] if eval_losses else None,
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "train_rows": len(train_set),
        "tasks": sorted({str(r.get("task")) for r in train_rows}),
        "scores": scores,
        **run_fields(run, fit),
        "train_runtime": run.result.metrics.get("train_runtime"),
    }
    return finish_stage(trainer, "sft", summary, training_args.output_dir, t0)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse ``--config recipe.yaml`` and overrides, then run SFT (see the module docstring)."""
    model_args, data_args, score_args, training_args = parse_recipe("sft", argv)
    return train(model_args, data_args, score_args, training_args)


if __name__ == "__main__":
    main(sys.argv[1:])
