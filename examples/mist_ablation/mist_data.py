"""Data of the MiST ablation: curated chemistry, held-out splits, the tokenizer, the three mixtures.

Everything here is built once per working folder (and skipped when present), except the mixtures, which are
built per seed (the seed orders their documents):

1. :func:`curate_shipped`: the real sample corpus shipped in ``chemtrove/data`` (ChEMBL and FreeSolv molecules,
   USPTO reactions, materials-synthesis prose, crystals) through the quickstart's curation config;
2. :func:`split_records`: tasks built from every record (:func:`chemtrove.tasks.build_examples`, split by
   chemical key group at a fixed seed) give every molecule, reaction and crystal a split. Records of the
   ``valid`` and ``test`` splits never enter continued pre-training; ``test`` records are the held-out set
   the scores are measured on (SCS molecules, CCS statements, task items), so no arm has seen them;
3. :func:`build_tokenizer`: a byte-level BPE base trained on the general text only (what a general model's
   tokenizer would be), extended for SMILES and CIF with :func:`chemtrove.tokenize.cli.build`;
4. :func:`build_mixture`: token-exact mixtures with :func:`chemtrove.mixtures.open_mixture` (packed sequences).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

CHEM_DOMAINS = ("molecule", "reaction", "crystal", "prose")
"""Domains of the curated sample corpus; ``prose`` is chemistry and materials prose."""

SPLIT_TASKS = ("reaction_class", "formula_to_smiles", "crystal_composition")
"""Tasks whose examples assign a split to every reaction, molecule and crystal record."""


def curate_shipped(
    work: Path,
    progress: Callable[[str], None] = print,
    config: str | Path | None = None,
    curated: str | Path | None = None,
) -> Path:
    """Curate the sample corpus shipped with chemtrove into ``work/curated`` (skipped when done).

    Args:
        work: The study's data folder.
        progress: Where progress lines go.
        config: A ``chemtrove curate`` YAML to run instead of the shipped quickstart config (your own, larger
            chemistry data; its ``output`` is replaced).
        curated: A finished ``chemtrove curate`` output of that same config (e.g. the ``curated/`` folder
            ``chemtrove quickstart`` writes), copied instead of curating again; its sources must be the
            config's.

    Returns:
        The ``shards/`` folder (one sub-folder per domain).

    Raises:
        SystemExit: If ``curated`` is not a finished curation of the config's sources.
    """
    import shutil

    from chemtrove.curate import pipeline
    from chemtrove.curate.config import CurateConfig

    shards = work / "curated" / "shards"
    if (work / "curated" / "curate_done.json").is_file():
        return shards
    with resources.as_file(resources.files("chemtrove") / "data") as data_dir:
        cfg = CurateConfig.from_yaml(Path(config) if config else Path(data_dir) / "quickstart.yaml")
        cfg.output = str((work / "curated").resolve())
        if curated is not None:
            report = _reuse_curated(Path(curated), [s.name for s in cfg.sources])
            progress(f"  curated chemistry: copied from {curated}")
            shutil.copytree(Path(curated), work / "curated", dirs_exist_ok=True)
        else:
            progress(f"  curating {config or 'the sample corpus shipped in chemtrove/data'}")
            report = pipeline.run(cfg, quiet=True)
    if not report.get("reconciles"):
        raise RuntimeError(f"curation did not reconcile; see {work / 'curated'}")
    done = {"domains": report.get("domains"), "copied_from": str(curated) if curated is not None else None}
    (work / "curated" / "curate_done.json").write_text(json.dumps(done) + "\n")
    return shards


def _reuse_curated(curated: Path, sources: list[str]) -> dict[str, Any]:
    """The ``summary.json`` of a finished curation of ``sources`` in ``curated``.

    Args:
        curated: A ``chemtrove curate`` output folder.
        sources: Source names of the study's curation config.

    Raises:
        SystemExit: If the folder holds no finished curation of exactly these sources.
    """
    summary = curated / "summary.json"
    if not summary.is_file() or not (curated / "shards").is_dir():
        raise SystemExit(f"--curated {curated}: no finished curation there (summary.json and shards/ missing)")
    report = json.loads(summary.read_text(encoding="utf-8"))
    found = [s.get("source") for s in report.get("sources", [])]
    if sorted(found) != sorted(sources):
        raise SystemExit(
            f"--curated {curated}: curated sources {sorted(found)} are not the config's {sorted(sources)}; "
            "curate with the study's curation config, or leave --curated out"
        )
    return report


def split_records(
    shards: Path,
    work: Path,
    train_tasks: list[str],
    seed: int = 0,
    task_format: str = "think",
    max_reaction_chars: int = 400,
    progress: Callable[[str], None] = print,
) -> dict[str, Path]:
    """Give every chemistry record a split, write the task folder, the CPT pool and the held-out records.

    Args:
        shards: Curated shards (``<domain>/*.parquet``).
        work: The study's data folder.
        train_tasks: Tasks written to the task folder (what SFT and GRPO train on and the report scores).
        seed: Seed of the split (fixed across the study's seeds: every seed is scored on the same items).
        task_format: Completion format of the tasks (``think``, ``answer`` or ``plain``).
        max_reaction_chars: Longest reaction SMILES made into a task (longer ones stay in the CPT pool).
        progress: Where progress lines go.

    Returns:
        ``{"tasks": folder, "pool": CPT chemistry shards, "heldout": test-split shards}``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chemtrove.tasks import TaskConfig, build_examples, read_records, write_tasks

    out = {"tasks": work / "tasks", "pool": work / "chem_pool", "heldout": work / "heldout"}
    done = work / "split_done.json"
    settings = {"train_tasks": list(train_tasks), "format": task_format, "max_reaction_chars": max_reaction_chars}
    if done.is_file() and json.loads(done.read_text()).get("settings") == settings:
        return out
    progress("  splitting records by chemical key (tasks' union-find over InChIKeys, reactions, crystals)")
    tasks = sorted(set(SPLIT_TASKS) | set(train_tasks), key=lambda t: list(SPLIT_TASKS + tuple(train_tasks)).index(t))
    cfg = TaskConfig(tasks=tasks, format=task_format, seed=seed, max_reaction_chars=max_reaction_chars)
    examples = build_examples(read_records(shards), cfg, progress=lambda m: progress(f"    {m}"))
    split_of: dict[str, str] = {}
    rank = {"test": 0, "valid": 1, "train": 2}
    for ex in examples:
        rec_id = ex["id"].split("/", 1)[1]  # example ids are "<task>/<record id>"
        # the tasks of one record share its keys and so its split; should they not, keep the most held-out one
        if rec_id not in split_of or rank.get(ex["split"], 3) < rank.get(split_of[rec_id], 3):
            split_of[rec_id] = ex["split"]
    write_tasks([ex for ex in examples if ex["task"] in train_tasks], out["tasks"], cfg, sources=["curated"])
    counts: dict[str, dict[str, int]] = {}
    for domain in CHEM_DOMAINS:
        files = sorted((shards / domain).glob("*.parquet"))
        if not files:
            continue
        table = pa.concat_tables([pq.read_table(f) for f in files])
        splits = [split_of.get(i, "train") for i in table.column("id").to_pylist()]
        for name, keep in (("pool", "train"), ("heldout", "test")):
            part = table.filter(pa.array([s == keep for s in splits]))
            folder = out[name] / domain
            folder.mkdir(parents=True, exist_ok=True)
            pq.write_table(part, folder / f"{domain}.parquet", compression="zstd", row_group_size=1000)
        counts[domain] = {s: splits.count(s) for s in ("train", "valid", "test")}
    progress("    records per split: " + "; ".join(f"{d} {c}" for d, c in counts.items()))
    done.write_text(json.dumps({"settings": settings, "counts": counts}, indent=2) + "\n")
    return out


def build_tokenizer(
    general: Path, pool: Path, out: Path, base_vocab_size: int, max_new_tokens: int, progress: Callable = print
) -> dict[str, Any]:
    """A byte-level BPE trained on general text, extended with SMILES and CIF units from the chemistry pool.

    Args:
        general: General-text shards the base tokenizer is trained on.
        pool: Chemistry shards that choose the new vocabulary.
        out: Folder of the extended tokenizer; the base goes to ``out/base``.
        base_vocab_size: Vocabulary of the trained base.
        max_new_tokens: Most new ids of the extension.
        progress: Where progress lines go.

    Returns:
        ``{"base_vocab_size", "vocab_size", "new_tokens"}``.
    """
    from chemtrove.tokenize.bases import save_base, train_base
    from chemtrove.tokenize.cli import build
    from chemtrove.tokenize.shards import iter_texts

    info_path = out / "study_tokenizer.json"
    if info_path.is_file():
        return json.loads(info_path.read_text())
    progress(f"  tokenizer: a {base_vocab_size:,}-token BPE on the general text, extended for SMILES and CIF")
    base = save_base(train_base(iter_texts(general), "qwen2", base_vocab_size), out / "base", "qwen2")
    summary = build(out, corpus=[pool], base=base, max_new_tokens=max_new_tokens)
    info = {k: summary[k] for k in ("base_vocab_size", "vocab_size", "new_tokens")}
    info_path.write_text(json.dumps(info, indent=2) + "\n")
    return info


def build_mixture(
    name: str,
    sources: list[dict[str, Any]],
    tokenizer: Path,
    total_tokens: int,
    seq_len: int,
    seed: int,
    out: Path,
    cache: Path,
    max_epochs: float = 4.0,
) -> dict[str, Any]:
    """Plan and build one token-exact mixture as packed sequences (up to date builds are kept).

    Args:
        name: Mixture name.
        sources: ``{"name", "path", "weight"}`` per source (token fractions summing to 1).
        tokenizer: Tokenizer folder the sequences are encoded with.
        total_tokens: Training budget in tokens.
        seq_len: Packed sequence length (the training window).
        seed: Order of the documents.
        out: Output folder.
        cache: Count cache shared by every mixture of the study.
        max_epochs: Repetition cap per source (the plan fails, with the fix, when a weight needs more).

    Returns:
        ``{"folder", "sequences", "tokens", "plan"}`` (per-source tokens and epochs).
    """
    from chemtrove.mixtures import open_mixture

    spec = {
        "name": name,
        "seed": seed,
        "total_tokens": int(total_tokens),
        "seq_len": int(seq_len),
        "tokenizer": str(tokenizer.resolve()),
        "eos_token": "auto",
        "max_epochs": max_epochs,
        "sampling": {"rule": "weights"},
        "build": {"formats": ["packed"]},
        "sources": [
            {
                "name": s["name"],
                "path": str(Path(s["path"]).resolve()),
                "domain": s.get("domain"),
                "weight": s["weight"],
            }
            for s in sources
        ],
    }
    mix = open_mixture(spec, out, cache_dir=cache)
    mix.build(out, overwrite=True, log=None)  # an unfinished stage's mixture from another config is replaced
    n_seq, _ = mix.sequence_count()
    plan = {s.name: {"tokens": s.selected_tokens, "epochs": round(s.epochs, 3)} for s in mix.plan.sources}
    return {"folder": out, "sequences": int(n_seq), "tokens": mix.total_tokens, "plan": plan}
