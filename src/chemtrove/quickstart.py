"""``chemtrove quickstart``: the whole path on the real sample corpus shipped in the package.

1. curate: molecules, reactions, prose and crystals → tagged shards + quarantine + report;
2. tokenizer: a small byte-level BPE base trained on the shards, extended so SMILES and CIF units stay whole;
3. mixture: a token-exact CPT mixture (UniMax over the sources, epoch cap 4) built as packed sequences;
4. train: a tiny Qwen2-architecture model (hidden 64, 2 layers) through CPT on the mixture, SFT on
   chemistry tasks, and GRPO with rule-based rewards (needs the ``train`` extra);
5. eval: SMILES and Chemical Competence Scores and task solvability before and after every stage.

Each stage writes into its own folder of ``--out`` and is skipped when its outputs are complete (the
curate stage by datatrove's completion markers, the mixture by its manifest), so a second run is fast.

Every setting comes from the YAML recipes shipped in ``chemtrove/data``: ``quickstart.yaml`` (curate),
``quickstart_mixture.yaml`` (the CPT mixture), ``quickstart_tasks.yaml`` (the chemistry tasks) and
``quickstart_train.yaml`` (the staged CPT -> SFT -> GRPO recipe); this module only fills in the folders.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from chemtrove.chem.names import opsin_unavailable_reason
from chemtrove.console import console
from chemtrove.curate import pipeline
from chemtrove.curate.config import CurateConfig
from chemtrove.mixtures import open_mixture
from chemtrove.tasks import TaskConfig, build_tasks
from chemtrove.tokenize.cli import quickstart_tokenizer

STAGES = ("cpt", "sft", "grpo")
PATH_KEYS = ("output_dir", "model_name_or_path", "data")
"""Recipe keys that hold paths (relative to the training folder in ``quickstart_train.yaml``)."""


def _say(msg: str) -> None:
    print(msg, flush=True)


def recipe(name: str) -> dict[str, Any]:
    """A YAML recipe shipped in ``chemtrove/data`` (``yaml.safe_load``).

    Args:
        name: File name, e.g. ``quickstart_train.yaml``.
    """
    return yaml.safe_load((resources.files("chemtrove") / "data" / name).read_text(encoding="utf-8"))


def mixture_spec(
    out: Path, budget: int | None = None, seq_len: int | None = None, seed: int | None = None
) -> dict[str, Any]:
    """The quickstart's CPT mixture (``quickstart_mixture.yaml``) with its folders resolved against ``out``.

    Args:
        out: The quickstart's output folder (``tokenizer/``, ``tokens/``, ``mixture/``).
        budget: Total tokens instead of the recipe's.
        seq_len: Sequence length instead of the recipe's.
        seed: Seed instead of the recipe's.
    """
    spec = recipe("quickstart_mixture.yaml")
    for key, value in (("total_tokens", budget), ("seq_len", seq_len), ("seed", seed)):
        if value is not None:
            spec[key] = value
    spec["tokenizer"] = str(out / spec["tokenizer"])
    spec["output"] = str(out / spec["output"])
    for source in spec["sources"]:
        source["path"] = str(out / source["path"])
    return spec


def tokenizer_summary(stats: dict[str, Any], folder: Path) -> str:
    """The quickstart's lines on the chemistry tokenizer, saying why it spends more tokens per atom.

    "Tokens per SMILES atom" divides every token of the SMILES spans (atoms, bonds, branches, ring-closure
    digits) by the number of atoms. The extended tokenizer never lets a token straddle two of those units, so
    it spends at least one token per unit (~1.7 units per atom on drug-like molecules); the base BPE, trained
    on this very corpus, merges atoms with their bonds and ring digits into fewer tokens that straddle units.

    Args:
        stats: The headline figures of :func:`chemtrove.tokenize.cli.quickstart_tokenizer`.
        folder: The tokenizer folder.
    """
    base_tpa, ext_tpa = stats["tokens_per_smiles_atom"]
    line = f"  tokens per SMILES atom: base {base_tpa:.3f} -> extended {ext_tpa:.3f}"
    crossing = stats.get("tokens_crossing_smiles_units")
    if crossing and stats.get("smiles_base_tokens"):
        line += (
            "\n    more by design: the count covers every SMILES token (atoms, bonds, branches, ring-closure digits) "
            "per atom; the extended tokenizer never lets a token straddle two of those units (at least one token "
            f"each, {crossing[1]:,} crossing), while the base BPE merges atoms with their neighbours: "
            f"{crossing[0]:,} of its {stats['smiles_base_tokens']:,} SMILES tokens cross a unit boundary"
        )
    return line + f"\n  prose ids identical to the base: {stats['prose_identical']}; tokenizer: {folder}"


def _train_available() -> bool:
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
        import trl  # noqa: F401
    except ImportError:
        return False
    return True


def run(out: str | Path, *, verbose: bool = False, train: bool = True) -> dict[str, Any]:
    """Run the quickstart into ``out`` and return a summary of every stage (also ``out/quickstart.json``).

    Args:
        out: Output folder.
        verbose: Show datatrove's task logs and the training libraries' logs and warnings (default: progress
            bars and one line per stage, see :mod:`chemtrove.console`).
        train: Run the training and evaluation stages (skipped, with a message, without the ``train`` extra).
    """
    with console(verbose=verbose):
        return _run(Path(out).resolve(), verbose=verbose, train=train)


def _run(out: Path, *, verbose: bool, train: bool) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    summary: dict[str, Any] = {}
    data = resources.files("chemtrove") / "data"
    with resources.as_file(data) as data_dir:
        _say(f"[1/5] curate: the sample corpus shipped in {data_dir}")
        t0 = time.perf_counter()
        cfg = CurateConfig.from_yaml(Path(data_dir) / "quickstart.yaml")
        cfg.output = str(out / "curated")
        if cfg.prose.tag_names:
            skipped = opsin_unavailable_reason()
            if skipped:
                _say(f"  names: systematic names skipped ({skipped}); lexicon names and formulas are still tagged")
            summary["names_opsin_skipped"] = skipped
        report = pipeline.run(cfg, quiet=not verbose)
    _say(pipeline.format_summary(report, cfg.output))
    summary["curate"] = {"seconds": round(time.perf_counter() - t0, 1), **report}
    if not report["reconciles"]:
        return summary

    _say("[2/5] tokenizer: train a small base on the shards and extend it for SMILES and CIF")
    t0 = time.perf_counter()
    tok = quickstart_tokenizer(out / "curated" / "shards", out)
    _say(tokenizer_summary(tok["stats"], out / "tokenizer"))
    summary["tokenizer"] = {"seconds": round(time.perf_counter() - t0, 1), **tok["stats"]}

    _say("[3/5] mixture: a token-exact CPT mixture (UniMax, epoch cap 4) as packed sequences")
    t0 = time.perf_counter()
    mix = open_mixture(mixture_spec(out))
    _say(mix.plan.format_table())
    manifest = mix.build(mix.output)
    _say(f"  mixture: {out / 'mixture'} (manifest.json, packed sequences)")
    summary["mixture"] = {
        "seconds": round(time.perf_counter() - t0, 1),
        "total_tokens": manifest.get("plan", {}).get("total_tokens") if isinstance(manifest, dict) else None,
    }
    if train and not _train_available():
        _say("[4/5] train: skipped: install the train extra (pip install 'chemtrove[train]') to run it")
        train = False
    if train:
        summary.update(_train_and_eval(out))
    (out / "quickstart.json").write_text(json.dumps(summary, indent=2, sort_keys=True, default=str) + "\n")
    extra = ", train/report/, eval/eval_stages.md" if train else ""
    _say(f"done: {out} (curated/report.md, tokenizer/, mixture/{extra}, quickstart.json)")
    return summary


def _train_and_eval(out: Path) -> dict[str, Any]:
    """Stages 4 and 5: tiny CPT -> SFT -> GRPO, then the competence scores of every stage."""
    from chemtrove.eval import evaluate  # lazy: torch and transformers, only with the train extra
    from chemtrove.eval.report import write_stages  # lazy: see above
    from chemtrove.train.models import build_tiny_model, load_tokenizer  # lazy: see above

    _say("[4/5] train: tiny CPT on the mixture -> SFT on chemistry tasks -> GRPO with chemistry rewards")
    t0 = time.perf_counter()
    shards = out / "curated" / "shards"
    quickstart_train(out / "train", out / "tokenizer", shards, mixture_dir=out / "mixture", progress=_say)
    train_s = round(time.perf_counter() - t0, 1)

    _say("[5/5] eval: SMILES Competence Score, Chemical Competence Score and task solvability per stage")
    t0 = time.perf_counter()
    tokenizer = load_tokenizer(out / "tokenizer")
    results = {"init": evaluate(build_tiny_model(tokenizer, seed=0), tokenizer, "quick", shards, label="init")}
    for stage in ("cpt", "sft", "grpo"):
        folder = out / "train" / stage
        results[stage] = evaluate(
            folder, out / "tokenizer", "quick", shards, tasks_dir=out / "train" / "tasks", label=stage
        )
        _say(f"  {stage}: SCS {results[stage]['scs'].get('scs', float('nan')):.3f}")
    files = write_stages(results, out / "eval")
    _say((out / "eval" / "eval_stages.md").read_text())
    return {
        "train": {"seconds": train_s, "report": str(out / "train" / "report")},
        "eval": {"seconds": round(time.perf_counter() - t0, 1), "files": {k: str(v) for k, v in files.items()}},
    }


QUICKSTART_FILES = ("quickstart.yaml", "quickstart_mixture.yaml", "quickstart_tasks.yaml", "quickstart_train.yaml")
"""The recipes the quickstart reads, in ``chemtrove/data``."""

QUICKSTART_TASKS = tuple(recipe("quickstart_tasks.yaml")["tasks"])
"""The tasks the quickstart trains on (``quickstart_tasks.yaml``; crystal composition joins with crystals)."""


def _task_config(
    shards_dir: Path, has_crystals: bool, tasks: Sequence[str] | None, max_per_task: int | None, seed: int | None
) -> TaskConfig:
    """The quickstart's :class:`TaskConfig` (``quickstart_tasks.yaml``) with the caller's overrides."""
    settings = recipe("quickstart_tasks.yaml")
    if tasks is None:
        tasks = list(settings["tasks"])
        if has_crystals or (shards_dir / "crystal").is_dir():
            tasks += ["crystal_composition"]  # a CIF in the prompt: ~400 tokens with the chemistry tokenizer
    settings["tasks"] = list(tasks)
    for key, value in (("max_per_task", max_per_task), ("seed", seed)):
        if value is not None:
            settings[key] = value
    return TaskConfig(**settings)


def stage_configs(
    workdir: Path,
    tokenizer_dir: Path,
    cpt_data: str | Path,
    *,
    steps: dict[str, int | None],
    score_samples: int | None = None,
    seed: int | None = None,
    long_prompts: bool = False,
) -> dict[str, dict[str, Any]]:
    """Each stage's values from ``quickstart_train.yaml``, its paths resolved against ``workdir``.

    Args:
        workdir: The training folder (``tasks/``, ``cpt/``, ``sft/``, ``grpo/``).
        tokenizer_dir: The chemistry tokenizer folder; when it holds ``base/``, the tiny model is built with
            the base vocabulary and grows its embeddings for the chemistry tokens, as a real base model would.
        cpt_data: What CPT reads (a mixture folder or the shards).
        steps: Optimizer steps per stage instead of the recipe's (``None``: the recipe's); warmup becomes a
            tenth of them.
        score_samples: Test prompts scored after SFT and GRPO instead of the recipe's.
        seed: Seed instead of the recipe's.
        long_prompts: SFT on prompts with a CIF (512 tokens instead of the recipe's ``max_length``).
    """
    from chemtrove.train.config import load_recipe_yaml  # lazy: the train part, only with the train extra

    with resources.as_file(resources.files("chemtrove") / "data" / "quickstart_train.yaml") as path:
        configs = {stage: load_recipe_yaml(path, stage) for stage in STAGES}
    for stage, cfg in configs.items():
        for key in PATH_KEYS:
            if key in cfg and cfg[key] != "tiny-qwen2":
                cfg[key] = (
                    [str(workdir / v) for v in cfg[key]] if isinstance(cfg[key], list) else str(workdir / cfg[key])
                )
        cfg["tokenizer_name_or_path"] = str(tokenizer_dir)
        if steps.get(stage) is not None:
            cfg["max_steps"] = steps[stage]
            if "warmup_steps" in cfg:
                cfg["warmup_steps"] = max(1, steps[stage] // 10)
        if score_samples is not None and "score_samples" in cfg:
            cfg["score_samples"] = score_samples
        if seed is not None:
            cfg["seed"] = seed
    configs["cpt"]["data"] = [str(cpt_data)]
    base = tokenizer_dir / "base" / "tokenizer.json"
    if base.is_file():
        from tokenizers import Tokenizer  # lazy: the tokenizers library, only for training

        configs["cpt"]["tiny_vocab_size"] = Tokenizer.from_file(str(base)).get_vocab_size(with_added_tokens=True)
    if long_prompts:
        configs["sft"]["max_length"] = 512
    return configs


def quickstart_train(
    workdir: str | Path,
    tokenizer_dir: str | Path,
    shards_dir: str | Path,
    *,
    crystals: str | Path | Sequence[str | Path] | None = None,
    tasks: Sequence[str] | None = None,
    mixture_dir: str | Path | None = None,
    cpt_steps: int | None = None,
    sft_steps: int | None = None,
    grpo_steps: int | None = None,
    max_per_task: int | None = None,
    score_samples: int | None = None,
    seed: int | None = None,
    progress: Callable[[str], None] | None = print,
) -> dict[str, Any]:
    """Tiny CPT -> SFT -> GRPO on the quickstart's curated sample, and its report (a few minutes on a laptop).

    1. Tasks from the shards (and crystal tables, if given) into ``WORKDIR/tasks`` (``quickstart_tasks.yaml``);
       the crystal composition question joins when the shards hold a ``crystal`` domain or tables are given.
    2. CPT of a tiny random Qwen2 (hidden 64, 2 layers) on the mixture folder if given, else the shards.
    3. SFT on the tasks from the CPT model, scored on the test split.
    4. GRPO from the SFT model with the ``format`` and ``task`` rewards, scored again.
    5. ``WORKDIR/report/``: ``report.md``, ``report.json``, ``loss.png``, ``rewards.png``, ``scores.png``.

    Every stage's values come from ``quickstart_train.yaml`` (:func:`stage_configs`); the arguments below
    replace the recipe's where given.

    Args:
        workdir: Output folder (``tasks/``, ``cpt/``, ``sft/``, ``grpo/``, ``report/``).
        tokenizer_dir: The chemistry tokenizer folder (``chemtrove tokenizer build``).
        shards_dir: The curated shards (``OUT/curated/shards`` of ``chemtrove quickstart``).
        crystals: Crystal tables (``cif`` column) or CIF files for the crystal tasks.
        tasks: Tasks to build and train on (default: :data:`QUICKSTART_TASKS`, plus ``crystal_composition``
            when there are crystals).
        mixture_dir: A built mixture to run CPT on instead of the raw shards.
        cpt_steps: CPT optimizer steps.
        sft_steps: SFT optimizer steps.
        grpo_steps: GRPO optimizer steps.
        max_per_task: Examples per task (all splits).
        score_samples: Test prompts answered and scored after SFT and after GRPO.
        seed: Seed of tasks, model and training.
        progress: Where progress lines go (``None``: nowhere).

    Returns:
        ``{"report": report.json content, "cpt"/"sft"/"grpo": stage summaries, "seconds": wall time}``.
    """
    from chemtrove.train import cpt, grpo, sft  # lazy: torch, transformers and trl
    from chemtrove.train.config import parse_recipe  # lazy: see above
    from chemtrove.train.report import write_report  # lazy: see above

    say = progress or (lambda _m: None)
    t0 = time.time()
    work, tok_dir = Path(workdir), Path(tokenizer_dir)
    work.mkdir(parents=True, exist_ok=True)
    inputs: list[str | Path] = [shards_dir]
    if crystals is not None:
        inputs += [crystals] if isinstance(crystals, (str, Path)) else list(crystals)
    task_cfg = _task_config(Path(shards_dir), crystals is not None, tasks, max_per_task, seed)
    say(f"[train 1/5] tasks ({', '.join(task_cfg.tasks)}) -> {work / 'tasks'}")
    build_tasks(inputs, work / "tasks", task_cfg, progress=say)
    configs = stage_configs(
        work,
        tok_dir,
        mixture_dir or shards_dir,
        steps={"cpt": cpt_steps, "sft": sft_steps, "grpo": grpo_steps},
        score_samples=score_samples,
        seed=seed,
        long_prompts="crystal_composition" in task_cfg.tasks,
    )
    steps = {stage: configs[stage]["max_steps"] for stage in STAGES}
    say(f"[train 2/5] CPT, {steps['cpt']} steps, on {'the mixture' if mixture_dir else 'the shards'}")
    cpt_summary = cpt.train(*parse_recipe("cpt", [], configs["cpt"]))
    say(f"[train 3/5] SFT, {steps['sft']} steps, on the tasks")
    sft_summary = sft.train(*parse_recipe("sft", [], configs["sft"]))
    rewards = " + ".join(configs["grpo"]["reward_funcs"])
    say(f"[train 4/5] GRPO, {steps['grpo']} steps, rewards {rewards}")
    grpo_summary = grpo.train(*parse_recipe("grpo", [], configs["grpo"]))
    say(f"[train 5/5] report -> {work / 'report'}")
    report = write_report(
        {"cpt": work / "cpt", "sft": work / "sft", "grpo": work / "grpo"}, work / "report", "chemtrove quickstart"
    )
    return {
        "report": report,
        "cpt": cpt_summary,
        "sft": sft_summary,
        "grpo": grpo_summary,
        "seconds": round(time.time() - t0, 1),
    }


__all__ = ["QUICKSTART_FILES", "QUICKSTART_TASKS", "mixture_spec", "quickstart_train", "recipe", "run", "stage_configs"]


if __name__ == "__main__":  # pragma: no cover
    run(sys.argv[1] if len(sys.argv) > 1 else "chemtrove_quickstart")
