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

import sys
import time
from pathlib import Path
from typing import Any

from chemtrove.formats import (  # noqa: F401 - MIXTURE_FORMAT: its old home
    MIXTURE_FORMAT,
    data_files,
    is_mixture,
    load_packed,
    load_tokenizer_json,
    read_manifest,
    tokenizer_sha256,
)
from chemtrove.train.config import DataArguments, ModelArguments, parse_recipe
from chemtrove.train.runner import (
    finish_stage,
    load_stage_model,
    load_stage_tokenizer,
    logged,
    lora_setup,
    run_fields,
    run_trainer,
    trainer_class,
)


# -------------------------------------------------------------------------------------------------- data
def _files(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """(mixture folders, data files) among the given paths; folders are searched for parquet/jsonl."""
    mixtures, files = [], []
    for p in map(Path, paths):
        if p.is_dir() and is_mixture(p):
            mixtures.append(p)
        elif p.exists():
            files.extend(data_files(p, suffixes=(".parquet", ".jsonl")))
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

    manifest = read_manifest(folder)
    tok_json = Path(tok_dir) / "tokenizer.json"
    want_sha = (manifest.get("tokenizer") or {}).get("sha256")
    if want_sha and tok_json.is_file():
        # the hash mixtures and `tokenizer encode` record: sha256 of the serialized tokenizer
        try:
            have_sha = tokenizer_sha256(load_tokenizer_json(tok_json))
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
        arr = load_packed(folder)
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
    if model_args.experts:
        raise ValueError("experts are trained on task data: use them in the sft or grpo stage, not in cpt")
    t0 = time.time()
    tok_dir, tokenizer = load_stage_tokenizer(model_args)
    train_set, eval_sets, data_info = load_cpt_data(data_args, tok_dir)
    if eval_sets is not None and training_args.eval_strategy == "no":
        eval_sets = None  # nobody asked for evaluation: do not tokenize/pack what will not be used
    model, fit = load_stage_model(model_args, tokenizer, tok_dir)
    # Language modeling on every token: there is no prompt to mask in CPT.
    training_args.completion_only_loss = False
    peft_config, base = lora_setup(model_args, model, tokenizer, tok_dir, fit, training_args.output_dir)
    trainer = trainer_class(model_args.lm_head)(
        model=model,
        args=training_args,
        train_dataset=train_set,
        eval_dataset=eval_sets,
        processing_class=tokenizer,
        callbacks=callbacks,
        peft_config=peft_config,
    )
    run = run_trainer(trainer, training_args, tokenizer, model_args, base, peft_config is not None, stage="cpt")
    losses = logged(trainer, "loss")
    # trl's running count of trained tokens over all processes (also what it logs as num_tokens)
    tokens = getattr(trainer, "_total_train_tokens", None)
    if not tokens:
        tokens = next((e["num_tokens"] for e in reversed(trainer.state.log_history) if "num_tokens" in e), None)
    runtime = run.result.metrics.get("train_runtime")
    summary = {
        "train_loss": run.result.training_loss,
        "first_loss": losses[0] if losses else None,
        "last_loss": losses[-1] if losses else None,
        "steps": trainer.state.global_step,
        "processes": trainer.accelerator.num_processes,
        "tokens": tokens,
        "tokens_per_second": (tokens / runtime) if tokens and runtime else None,
        "train_runtime": runtime,
        **run_fields(run, fit),
        "data": data_info,
    }
    return finish_stage(trainer, "cpt", summary, training_args.output_dir, t0)


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse ``--config recipe.yaml`` and overrides, then run CPT (see the module docstring)."""
    model_args, data_args, training_args = parse_recipe("cpt", argv)
    return train(model_args, data_args, training_args)


if __name__ == "__main__":
    main(sys.argv[1:])
