"""Continued pre-training (CPT): next-token prediction on curated chemistry text, with trl's SFTTrainer.

Launch (one process, CPU or one GPU)::

    chemtrove train cpt --config configs/train/tiny_cpu.yaml
    python -m chemtrove.train.cpt --config configs/train/one_gpu_qwen.yaml --max_steps 2000

Several processes (the recipe does not change, the launcher does)::

    torchrun --nproc_per_node 8 -m chemtrove.train.cpt --config recipe.yaml
    accelerate launch --config_file configs/train/accelerate/fsdp.yaml -m chemtrove.train.cpt --config recipe.yaml

Reads (``data:`` in the YAML):

* a mixture folder built by ``chemtrove mix build`` (``manifest.json``, format ``chemtrove.mixture/1``): its
  packed sequences are trained on as they are (token-exact to the plan), and its per-domain validation
  files become one eval set each (``eval_<domain>_loss``) when ``eval_strategy`` is set;
* tokenized shards (``chemtrove tokenizer encode``: parquet with ``input_ids``, EOS already appended);
* curated shards or any parquet/jsonl with a ``text`` column (tokenized here; trl appends EOS).

The model comes from a local folder or is built tiny (``model_name_or_path: tiny-qwen2``); a chemistry
tokenizer grows its embeddings once, new rows initialized from their base tokens. Checkpoints go to
``output_dir/checkpoint-*``; ``resume_from_checkpoint: auto`` continues from the newest one.

Where this departs from the MiST paper: the paper describes its mid-stage training on curated chemistry
text but ships no library for it. Here the step is trl's SFTTrainer in language-modeling mode with classic
"wrapped" packing (documents joined by EOS and cut into full windows, attention across document borders as
in most CPT); set ``packing_strategy: bfd`` to keep attention inside documents. The mixture's proportions
come from the mixture plan (``chemtrove mix``), not from this recipe. On CPU the loss is the model's own
rather than trl's fused LM head (``lm_head``, see :func:`trainer_class`).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from chemtrove.console import use_stage_progress
from chemtrove.train.config import (
    DataArguments,
    ModelArguments,
    check_world,
    parse_recipe,
    resolve_resume,
    tokenizer_dir,
    write_run_info,
)

MIXTURE_FORMAT = "chemtrove.mixture/1"


# -------------------------------------------------------------------------------------------------- data
def _files(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """(mixture folders, data files) among the given paths; folders are searched for parquet/jsonl."""
    mixtures, files = [], []
    for p in map(Path, paths):
        if p.is_dir() and (p / "manifest.json").is_file():
            manifest = json.loads((p / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("format") == MIXTURE_FORMAT:
                mixtures.append(p)
                continue
        if p.is_dir():
            skip = {"quarantine", ".cache"}  # a curate run's dropped records; a mixture build's count cache
            found = sorted(
                f for f in p.rglob("*") if f.suffix in (".parquet", ".jsonl") and not skip & set(f.relative_to(p).parts)
            )
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(f"data path {p} does not exist")
    return mixtures, files


def _read_table(path: Path, domains: list[str] | None) -> Any:
    """One file as an arrow table with either ``input_ids`` (int64 lists) or ``text``, filtered by domain."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.json as pj
    import pyarrow.parquet as pq

    if path.suffix == ".jsonl":
        table = pj.read_json(path)
    else:
        schema = pq.read_schema(path)
        # tokenized files keep their text next to the ids: read only what is trained on
        text = "input_ids" if "input_ids" in schema.names else "text"
        want = [c for c in (text, "domain") if c in schema.names]
        table = pq.read_table(path, columns=want, memory_map=True)
    if domains and "domain" in table.column_names:
        table = table.filter(pc.is_in(table["domain"], value_set=pa.array(domains)))
    if "input_ids" in table.column_names:
        return pa.table({"input_ids": table["input_ids"].cast(pa.list_(pa.int64()))})
    if "text" not in table.column_names:
        raise ValueError(f"{path}: needs a 'text' or an 'input_ids' column, has {table.column_names}")
    return table.select(["text"])


def _mixture(folder: Path, tok_dir: str) -> tuple[Any, dict[str, Any], dict[str, Any]]:
    """A built mixture: packed training sequences and per-domain validation documents."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    tok_json = Path(tok_dir) / "tokenizer.json"
    want_sha = (manifest.get("tokenizer") or {}).get("sha256")
    if want_sha and tok_json.is_file():
        import hashlib

        from tokenizers import Tokenizer

        # the hash mixtures and `tokenizer encode` record: sha256 of the serialized tokenizer
        try:
            have_sha = hashlib.sha256(Tokenizer.from_file(str(tok_json)).to_str().encode("utf-8")).hexdigest()
        except Exception:  # noqa: BLE001 - an unreadable tokenizer.json is a mismatch too
            have_sha = None
        if have_sha != want_sha:
            raise ValueError(
                f"{folder} was tokenized with another tokenizer (sha256 {want_sha[:12]}) than {tok_dir}: "
                "train with the mixture's tokenizer or rebuild the mixture"
            )
    outputs = manifest["outputs"]
    packed = outputs["train"].get("packed_files") or []
    if packed:
        arrays = [np.load(folder / f["file"], mmap_mode="r") for f in packed]
        arr = np.concatenate(arrays) if len(arrays) > 1 else arrays[0]
        flat = pa.array(np.ascontiguousarray(arr).reshape(-1).astype(np.int64))
        ids = pa.ListArray.from_arrays(pa.array(np.arange(0, len(flat) + 1, arr.shape[1], dtype=np.int32)), flat)
        train = pa.table({"input_ids": ids})
    else:
        files = [folder / f["file"] for f in outputs["train"]["documents_files"]]
        train = pa.concat_tables([_read_table(f, None) for f in files])
    evals = {
        domain: pq.read_table(folder / info["file"], columns=["input_ids"]).cast(
            pa.schema([("input_ids", pa.list_(pa.int64()))])
        )
        for domain, info in sorted(outputs.get("validation", {}).items())
    }
    info = {"mixture": folder.name, "seq_len": outputs["train"].get("seq_len"), "packed": bool(packed)}
    return train, evals, info


def load_cpt_data(data_args: DataArguments, tok_dir: str) -> tuple[Any, dict[str, Any] | None, dict[str, Any]]:
    """The CPT training set (and per-domain eval sets of a mixture) as ``datasets.Dataset`` objects.

    Args:
        data_args: ``data`` paths and the ``domains`` filter.
        tok_dir: The training tokenizer's folder (checked against a mixture's tokenizer).

    Returns:
        ``(train, evals or None, info)``; ``train`` has ``text`` or ``input_ids``.
    """
    import pyarrow as pa
    from datasets import Dataset

    if not data_args.data:
        raise ValueError("cpt needs data: a mixture folder, shard folders, or parquet/jsonl files")
    mixtures, files = _files(data_args.data)
    tables, evals, info = [], {}, {"files": len(files), "mixtures": []}
    for m in mixtures:
        train, mix_evals, mix_info = _mixture(m, tok_dir)
        tables.append(train)
        evals.update(mix_evals)
        info["mixtures"].append(mix_info)
    tables += [t for t in (_read_table(f, data_args.domains) for f in files) if t.num_rows]
    if not tables:
        raise ValueError(f"no training rows in {data_args.data} (domains={data_args.domains})")
    kinds = {t.column_names[0] for t in tables}
    if len(kinds) > 1:
        raise ValueError("data mixes tokenized (input_ids) and text files: train on one kind at a time")
    table = pa.concat_tables(tables)
    if data_args.max_train_samples is not None:
        table = table.slice(0, data_args.max_train_samples)
    info.update(rows=table.num_rows, kind=kinds.pop())
    eval_sets = {d: Dataset(t) for d, t in evals.items()} or None
    return Dataset(table), eval_sets, info


# ------------------------------------------------------------------------------------------------- train
def trainer_class(lm_head: str = "auto") -> type:
    """trl's ``SFTTrainer``, or (``lm_head`` plain) a subclass whose loss is the model's own.

    trl patches the model with a chunked "fused" LM head that never materializes the full logits and also
    computes entropy and top-1 accuracy for its logs. With Triton on a GPU that saves the memory of the
    logits (large for 150k-token vocabularies); on CPU it is chunked PyTorch that recomputes the logits in
    backward, and training ran at 0.57x the tokens/s of a plain ``transformers.Trainer`` on the same model
    and data (bench/bench_train.py). The plain variant computes the loss as ``Trainer`` does (the labels,
    with -100 on masked prompt tokens, go to the model), keeps trl's data preparation and packing, and still
    counts trained tokens (``num_tokens`` in the logs).

    Args:
        lm_head: ``fused``, ``plain`` or ``auto`` (fused when CUDA is available).

    Returns:
        The trainer class.
    """
    import torch
    from transformers import Trainer
    from trl import SFTTrainer

    if lm_head not in ("auto", "fused", "plain"):
        raise ValueError(f"lm_head must be auto, fused or plain, got {lm_head!r}")
    if lm_head == "fused" or (lm_head == "auto" and torch.cuda.is_available()):
        return SFTTrainer

    class PlainLossSFTTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            inputs["use_cache"] = False  # packed windows: a KV cache is useless and warns with checkpointing
            if model.training and "attention_mask" in inputs:
                seen = self.accelerator.gather_for_metrics(inputs["attention_mask"].sum()).sum().item()
                self._total_train_tokens = getattr(self, "_total_train_tokens", 0) + seen
                if hasattr(self, "_metrics"):
                    self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
            return Trainer.compute_loss(
                self, model, inputs, return_outputs=return_outputs, num_items_in_batch=num_items_in_batch
            )

    return PlainLossSFTTrainer


def train(
    model_args: ModelArguments, data_args: DataArguments, training_args: Any, callbacks: list | None = None
) -> dict[str, Any]:
    """Run CPT with parsed arguments (what :func:`main` does after parsing).

    Args:
        model_args: Model and tokenizer.
        data_args: Training data.
        training_args: trl's ``SFTConfig``.
        callbacks: Extra ``transformers.TrainerCallback`` objects (logging, timing, early stopping).

    Returns:
        A summary: losses, tokens, tokens/s, embedding fit, output folder.
    """
    from chemtrove.train.lora import lora_config, prepare_base, save_trained, trainable_summary
    from chemtrove.train.models import load_model, load_tokenizer

    if model_args.experts:
        raise ValueError("experts are trained on task data: use them in the sft or grpo stage, not in cpt")
    t0 = time.time()
    tok_dir = tokenizer_dir(model_args)
    tokenizer = load_tokenizer(tok_dir)
    train_set, eval_sets, data_info = load_cpt_data(data_args, tok_dir)
    if eval_sets is not None and training_args.eval_strategy == "no":
        eval_sets = None  # nobody asked for evaluation: do not tokenize/pack what will not be used
    model, fit = load_model(
        model_args.model_name_or_path,
        tokenizer,
        tok_dir,
        dtype=model_args.dtype,
        attn_implementation=model_args.attn_implementation,
        resize=model_args.resize_embeddings,
        tiny=model_args.tiny(),
    )
    # Language modeling on every token: there is no prompt to mask in CPT.
    training_args.completion_only_loss = False
    peft_config = lora_config(model_args, model, tok_dir)
    base = prepare_base(model, tokenizer, model_args, fit, training_args.output_dir)
    trainer = trainer_class(model_args.lm_head)(
        model=model,
        args=training_args,
        train_dataset=train_set,
        eval_dataset=eval_sets,
        processing_class=tokenizer,
        callbacks=callbacks,
        peft_config=peft_config,
    )
    peft_info = trainable_summary(trainer.model) if peft_config is not None else None
    check_world(trainer)
    use_stage_progress(trainer, "cpt")
    resume = resolve_resume(training_args)
    result = trainer.train(resume_from_checkpoint=resume)
    saved = save_trained(trainer, tokenizer, training_args.output_dir, model_args, base)
    trainer.save_state()
    losses = [e["loss"] for e in trainer.state.log_history if "loss" in e]
    # trl's running count of trained tokens over all processes (also what it logs as num_tokens)
    tokens = getattr(trainer, "_total_train_tokens", None)
    if not tokens:
        tokens = next((e["num_tokens"] for e in reversed(trainer.state.log_history) if "num_tokens" in e), None)
    runtime = result.metrics.get("train_runtime")
    summary = {
        "train_loss": result.training_loss,
        "first_loss": losses[0] if losses else None,
        "last_loss": losses[-1] if losses else None,
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "tokens": tokens,
        "tokens_per_second": (tokens / runtime) if tokens and runtime else None,
        "train_runtime": runtime,
        "resumed_from": Path(resume).name if resume else None,
        "embeddings": fit,
        "peft": None if peft_info is None else {**peft_info, **saved},
        "data": data_info,
        "output_dir": str(training_args.output_dir),
        "wall_seconds": round(time.time() - t0, 2),
    }
    if trainer.accelerator.is_main_process:
        write_run_info(training_args.output_dir, "cpt", summary)
    return summary


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse ``--config recipe.yaml`` and overrides, then run CPT (see the module docstring)."""
    model_args, data_args, training_args = parse_recipe("cpt", argv)
    return train(model_args, data_args, training_args)


if __name__ == "__main__":
    main(sys.argv[1:])
