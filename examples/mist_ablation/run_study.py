"""The MiST mid-training ablation, end to end with chemtrove: does mid-training on chemistry help RL on chemistry?

    python examples/mist_ablation/run_study.py --config examples/mist_ablation/configs/tiny.yaml --out runs/mist

One command runs the whole study (every seed, both arms, every stage) and writes the report:

1. data (once per ``--out``): the sample corpus shipped with chemtrove is curated; every molecule, reaction
   and crystal gets a split by chemical key (valid/test records never enter training, test records are what
   the scores are measured on); offline general English text is collected (docstrings and package docs of
   the installed Python, see ``mist_text.py``); a BPE tokenizer is trained on the general text and extended
   for SMILES and CIF;
2. base (per seed): a causal LM is pretrained from scratch on the general text, then its embeddings grow for
   the chemistry tokens (new rows initialized from their base tokens);
3. arm A (mid-training) continues on a token-exact chemistry mixture (molecules, reactions, crystals,
   chemistry prose) with general-text replay; arm B (control) continues on the same number of general-text
   tokens; both from the same base, with the same optimizer settings;
4. both arms get the same SFT on the config's tasks (MiST's choice tasks in ``tiny.yaml``: chosen so that a
   tiny model has p(gold) > 0 before RL, see the config's comments) and the same GRPO with chemtrove's
   rule-based rewards, one reward curve per task;
5. SCS, CCS, per-task pass@k and the share of items whose samples disagree, reaction-class p(gold) and top-1
   accuracy on the held-out split after every stage (``chemtrove.eval.evaluate``);
6. ``OUT/report/``: ``report.md``, ``report.json``, ``scores.png``, ``training.png``, ``solvability.png`` with
   mean ± std over seeds, per-task p(gold) before RL against the RL gain (``mist_rl.py``) and a verdict
   computed from the numbers.

Seeds run ``parallel_seeds`` at a time, each in its own process; ``--device cuda`` (or ``cpu``) puts every
stage on that device.

Every finished stage leaves a ``stage.json``; running the command again skips what is done, so an interrupted
study continues where it stopped (``--report-only`` rewrites the report from what is there).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import mist_data  # noqa: E402
import mist_report  # noqa: E402
import mist_text  # noqa: E402

ARMS = {"A": "mid-training (chemistry mixture + general replay)", "B": "control (general text only)"}
STAGES = ("base", "cpt", "sft", "grpo")

DEFAULTS: dict[str, Any] = {
    "name": "study",
    "seeds": [0],
    "torch_threads": None,
    "device": "auto",
    "parallel_seeds": 1,
    "seq_len": 256,
    "curate_config": None,
    "general_text": {
        "stdlib": True,
        "packages": [],
        "min_chars": 200,
        "max_chars": 8_000_000,
        "pretrain_fraction": 0.7,
    },
    "tokenizer": {"base_vocab_size": 4000, "max_new_tokens": 512},
    "tasks": ["reaction_class", "formula_to_smiles"],
    "task_format": "think",
    "max_reaction_chars": 400,
    "model": {"arch": "tiny-qwen2", "hidden_size": 64, "num_layers": 2, "num_heads": 4, "num_kv_heads": 2},
    "base": {"tokens": 500_000, "batch_size": 16, "learning_rate": 3e-3, "max_epochs": 4.0, "extra": {}},
    "midtrain": {
        "tokens": 200_000,
        "batch_size": 16,
        "learning_rate": 1e-3,
        "chemistry": {"molecule": 0.25, "reaction": 0.15, "crystal": 0.15, "prose": 0.1},
        "max_epochs": 4.0,
        "extra": {},
    },
    "sft": {
        "steps": 100,
        "batch_size": 16,
        "learning_rate": 2e-3,
        "max_length": 320,
        "score_samples": 48,
        "extra": {},
    },
    "grpo": {
        "steps": 10,
        "batch_size": 8,
        "num_generations": 4,
        "max_completion_length": 96,
        "learning_rate": 1e-4,
        "temperature": 1.0,
        "reward_funcs": ["format", "task"],
        "reward_weights": [0.5, 1.0],
        "score_samples": 48,
        "extra": {},
    },
    "eval": {
        "n_molecules": 48,
        "statements_per_kind": 12,
        "task_items": 32,
        "n_samples": 4,
        "ks": [1, 4],
        "max_new_tokens": 96,
        "batch_size": 16,
    },
    "training": {"logging_steps": 5},
}
"""Every key a config may set, with its default; a key not in here is an error (typos never pass silently)."""


def _say(msg: str) -> None:
    print(msg, flush=True)


def _merge(base: dict[str, Any], over: dict[str, Any], where: str = "") -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        path = f"{where}{key}"
        if key not in base:
            raise SystemExit(f"config: unknown key {path!r}; known keys here: {', '.join(sorted(base))}")
        free = path in ("training", "midtrain.chemistry") or key == "extra"
        if isinstance(base[key], dict) and isinstance(value, dict) and not free:
            out[key] = _merge(base[key], value, f"{path}.")
        else:
            out[key] = value
    return out


def load_config(path: str | Path, seeds: list[int] | None = None) -> dict[str, Any]:
    """Read a study config (YAML) over :data:`DEFAULTS` and check it.

    Args:
        path: The YAML file.
        seeds: Seeds to run instead of the config's.

    Returns:
        The full config.

    Raises:
        SystemExit: On an unknown key or a bad value, naming it and the fix.
    """
    with open(path, encoding="utf-8") as f:
        raw = yaml.safe_load(f) or {}
    if not isinstance(raw, dict):
        raise SystemExit(f"{path}: a study config must be a YAML mapping")
    cfg = _merge(DEFAULTS, raw)
    if seeds:
        cfg["seeds"] = list(seeds)
    if not cfg["seeds"] or not all(isinstance(s, int) for s in cfg["seeds"]):
        raise SystemExit(f"config: seeds must be a non-empty list of integers, got {cfg['seeds']!r}")
    parallel = cfg["parallel_seeds"]
    if isinstance(parallel, bool) or not isinstance(parallel, int) or parallel < 1:
        raise SystemExit(
            f"config: parallel_seeds must be a whole number >= 1 (seeds trained at once), got {parallel!r}; "
            "write e.g. parallel_seeds: 1"
        )
    chem = cfg["midtrain"]["chemistry"]
    unknown = set(chem) - set(mist_data.CHEM_DOMAINS)
    if unknown:
        raise SystemExit(
            f"config: midtrain.chemistry has unknown domains {sorted(unknown)}; use {', '.join(mist_data.CHEM_DOMAINS)}"
        )
    replay = 1.0 - sum(chem.values())
    if not 0.0 <= replay < 1.0 or any(v < 0 for v in chem.values()):
        raise SystemExit(
            f"config: midtrain.chemistry shares must be >= 0 and sum to at most 1 (the rest is general replay), "
            f"they sum to {sum(chem.values()):.3f}"
        )
    from chemtrove.tasks import TASKS
    from chemtrove.tasks.mist_tasks import MIST_TASKS

    known = TASKS + tuple(t for t in MIST_TASKS if t != "kinetic")  # kinetic needs a file of measured curves
    bad = [t for t in cfg["tasks"] if t not in known]
    if bad or not cfg["tasks"]:
        raise SystemExit(f"config: tasks {bad or '[]'} unknown or empty; choose from {', '.join(known)}")
    return cfg


# ------------------------------------------------------------------------------------------------ stages
def _done(folder: Path) -> dict[str, Any] | None:
    """A finished stage's ``stage.json`` content, or ``None``.

    Args:
        folder: The stage's folder.
    """
    f = folder / "stage.json"
    return json.loads(f.read_text(encoding="utf-8")) if f.is_file() else None


def _finish(folder: Path, info: dict[str, Any]) -> dict[str, Any]:
    """Mark a stage finished: write ``info`` to ``folder/stage.json`` and return it.

    Args:
        folder: The stage's folder.
        info: What the stage did (training summary, mixture, metrics, seconds).
    """
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "stage.json").write_text(json.dumps(info, indent=2, sort_keys=True, default=str) + "\n")
    return info


def _common(cfg: dict[str, Any], seed: int, tok_dir: Path) -> dict[str, Any]:
    """Recipe keys every training stage shares; the config's ``training`` block wins over them.

    Args:
        cfg: The study config.
        seed: Training and data-order seed.
        tok_dir: Tokenizer folder.
    """
    return {
        "tokenizer_name_or_path": str(tok_dir),
        "seed": seed,
        "data_seed": seed,
        "save_strategy": "no",
        "report_to": "none",
        "dataloader_num_workers": 0,
        "disable_tqdm": True,
        **_device_keys(cfg["device"]),
        **cfg["training"],
    }


def _device_keys(device: str) -> dict[str, Any]:
    """Recipe keys that put a training stage on the chosen device (``auto``: CUDA when visible, else CPU).

    Args:
        device: ``auto``, ``cpu`` or ``cuda``.
    """
    return {"use_cpu": True, "bf16": False} if device == "cpu" else {}


def check_device(device: str) -> None:
    """Refuse ``cuda`` where no GPU is visible (the study would otherwise start on the CPU at GPU budgets).

    Args:
        device: ``auto``, ``cpu`` or ``cuda``.

    Raises:
        SystemExit: On an unknown device, or ``cuda`` without a visible GPU.
    """
    if device not in ("auto", "cpu", "cuda"):
        raise SystemExit(f"config: device must be auto, cpu or cuda, got {device!r}")
    if device == "cuda":
        import torch

        if not torch.cuda.is_available():
            raise SystemExit("--device cuda: no CUDA device is visible; use --device cpu or auto")


def _record(recipe: dict[str, Any]) -> dict[str, Any]:
    """Write a stage's recipe to ``<output_dir>/recipe.yaml`` and return it.

    The file is a plain chemtrove recipe: it can be relaunched alone, e.g. with
    ``accelerate launch -m chemtrove.train.cpt --config recipe.yaml``.

    Args:
        recipe: The stage's recipe keys (``output_dir`` among them).
    """
    out = Path(recipe["output_dir"])
    out.mkdir(parents=True, exist_ok=True)
    (out / "recipe.yaml").write_text(yaml.safe_dump(recipe, sort_keys=True), encoding="utf-8")
    return recipe


def _steps(cfg: dict[str, Any], stage_cfg: dict[str, Any]) -> int:
    """Optimizer steps of a CPT stage: its token budget in full windows, from the config, not the mixture.

    A mixture meets its budget to within half a document, so two arms' mixtures differ by a few tokens; the
    steps come from the budget so that both arms train on exactly ``steps x batch x seq_len`` tokens.

    Args:
        cfg: The study config (``seq_len``).
        stage_cfg: The stage's section (``tokens``, ``batch_size``).
    """
    steps = int(stage_cfg["tokens"]) // cfg["seq_len"] // stage_cfg["batch_size"]
    if steps < 1:
        raise SystemExit(
            f"a budget of {stage_cfg['tokens']:,} tokens is less than one batch of {stage_cfg['batch_size']} x "
            f"{cfg['seq_len']} tokens: raise tokens or lower batch_size"
        )
    return steps


def _cpt(cfg: dict, seed: int, tok_dir: Path, model: str, mix: dict, out: Path, stage_cfg: dict, tiny: dict) -> dict:
    """Continued pre-training (the base's pretraining too) on a built mixture, for the config's token budget.

    Args:
        cfg: The study config.
        seed: Seed.
        tok_dir: Tokenizer folder the mixture was encoded with.
        model: A model folder, or ``tiny-qwen2`` / ``tiny-llama`` to start from random weights.
        mix: From :func:`mist_data.build_mixture`.
        out: Output folder.
        stage_cfg: ``base`` or ``midtrain`` section of the config.
        tiny: ``tiny_*`` recipe keys of a model built from scratch (empty otherwise).

    Returns:
        The summary of :func:`chemtrove.train.cpt.train`.
    """
    from chemtrove.train import cpt
    from chemtrove.train.config import parse_recipe

    steps = _steps(cfg, stage_cfg)
    recipe = {
        **_common(cfg, seed, tok_dir),
        **tiny,
        "model_name_or_path": model,
        "data": [str(mix["folder"])],
        "output_dir": str(out),
        "max_length": cfg["seq_len"],
        "per_device_train_batch_size": stage_cfg["batch_size"],
        "max_steps": steps,
        "learning_rate": stage_cfg["learning_rate"],
        "lr_scheduler_type": "cosine",
        "warmup_steps": max(1, steps // 10),
        **stage_cfg["extra"],
    }
    return cpt.train(*parse_recipe("cpt", [], _record(recipe)))


def _sft(cfg: dict, seed: int, tok_dir: Path, model: Path, tasks: Path, out: Path) -> dict:
    """SFT on the study's tasks, scored greedily on the test split afterwards.

    Args:
        cfg: The study config.
        seed: Seed.
        tok_dir: Tokenizer folder.
        model: The CPT model folder.
        tasks: The task folder.
        out: Output folder.

    Returns:
        The summary of :func:`chemtrove.train.sft.train`.
    """
    from chemtrove.train import sft
    from chemtrove.train.config import parse_recipe

    s = cfg["sft"]
    recipe = {
        **_common(cfg, seed, tok_dir),
        "model_name_or_path": str(model),
        "data": [str(tasks)],
        "tasks": list(cfg["tasks"]),
        "output_dir": str(out),
        "max_length": s["max_length"],
        "per_device_train_batch_size": s["batch_size"],
        "max_steps": s["steps"],
        "learning_rate": s["learning_rate"],
        "lr_scheduler_type": "cosine",
        "warmup_steps": max(1, s["steps"] // 10),
        "score_split": "test",
        "score_samples": s["score_samples"],
        "score_max_new_tokens": cfg["grpo"]["max_completion_length"],
        **s["extra"],
    }
    return sft.train(*parse_recipe("sft", [], _record(recipe)))


def _grpo(cfg: dict, seed: int, tok_dir: Path, model: Path, tasks: Path, out: Path) -> dict:
    """GRPO with the configured rewards, scored greedily on the test split afterwards.

    Args:
        cfg: The study config.
        seed: Seed.
        tok_dir: Tokenizer folder.
        model: The SFT model folder.
        tasks: The task folder.
        out: Output folder.

    Returns:
        The summary of :func:`chemtrove.train.grpo.train`.
    """
    from chemtrove.train import grpo
    from chemtrove.train.config import parse_recipe

    g = cfg["grpo"]
    recipe = {
        **_common(cfg, seed, tok_dir),
        "model_name_or_path": str(model),
        "data": [str(tasks)],
        "tasks": list(cfg["tasks"]),
        "output_dir": str(out),
        "reward_funcs": list(g["reward_funcs"]),
        "reward_weights": list(g["reward_weights"]),
        "per_device_train_batch_size": g["batch_size"],
        "num_generations": g["num_generations"],
        "max_completion_length": g["max_completion_length"],
        "max_steps": g["steps"],
        "learning_rate": g["learning_rate"],
        "temperature": g["temperature"],
        "beta": 0.0,
        "score_split": "test",
        "score_samples": g["score_samples"],
        "score_max_new_tokens": g["max_completion_length"],
        **g["extra"],
    }
    return grpo.train(*parse_recipe("grpo", [], _record(recipe)))


def _extend_base(pretrained: Path, tok_dir: Path, out: Path) -> dict[str, Any]:
    """Grow the pretrained base's embeddings for the chemistry tokens (chemtrove's mean init) and save it.

    Args:
        pretrained: The base model trained with the base tokenizer.
        tok_dir: The extended tokenizer folder (its base in ``base/``).
        out: Folder for the extended base model and tokenizer.

    Returns:
        The embedding fit (:func:`chemtrove.train.models.fit_to_tokenizer`) and the parameter count.
    """
    from chemtrove.train.models import load_model, load_tokenizer

    tokenizer = load_tokenizer(tok_dir)
    model, fit = load_model(str(pretrained), tokenizer, tok_dir)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return {**fit, "parameters": sum(p.numel() for p in model.parameters())}


def _evaluate(cfg: dict, model: Path, tok_dir: Path, data: dict[str, Path], label: str) -> dict[str, Any]:
    """SCS, CCS and task solvability of a model on the held-out records and test task items.

    Args:
        cfg: The study config (``eval`` section).
        model: Model folder (the report goes to ``model/eval``).
        tok_dir: Tokenizer folder.
        data: Paths from :func:`prepare` (``heldout``, ``tasks``).
        label: Name of the model in the report.

    Returns:
        The result of :func:`chemtrove.eval.evaluate`.
    """
    from chemtrove.eval import Suite, evaluate

    e = cfg["eval"]
    suite = Suite(
        "study",
        n_molecules=e["n_molecules"],
        statements_per_kind=e["statements_per_kind"],
        task_items=e["task_items"],
        n_samples=e["n_samples"],
        ks=tuple(e["ks"]),
        max_new_tokens=e["max_new_tokens"],
        batch_size=e["batch_size"],
    )
    device = None if cfg["device"] == "auto" else cfg["device"]
    return evaluate(
        model,
        tok_dir,
        suite,
        data["heldout"],
        model / "eval",
        tasks_dir=data["tasks"],
        seed=0,
        label=label,
        device=device,
    )


def run_seed(cfg: dict[str, Any], seed: int, out: Path, data: dict[str, Path]) -> None:
    """Base, then both arms through CPT, SFT and GRPO, evaluated after every stage (finished stages skipped).

    Args:
        cfg: The study config.
        seed: Seed of the mixtures' order, the model initialization and training.
        out: The study's output folder.
        data: Paths from :func:`prepare`.
    """
    run = out / f"seed{seed}"
    tok, base_tok = data["tokenizer"], data["tokenizer"] / "base"
    m = cfg["model"]
    tiny = {
        "tiny_hidden_size": m["hidden_size"],
        "tiny_num_layers": m["num_layers"],
        "tiny_num_heads": m["num_heads"],
        "tiny_num_kv_heads": m["num_kv_heads"],
    }
    cache = out / "data" / ".count_cache"
    base_dir = run / "base"
    if not _done(base_dir):
        t0 = time.time()
        b = cfg["base"]
        _say(f"[seed {seed}] base: pretrain {m['arch']} from scratch on {b['tokens']:,} tokens of general text")
        mix = mist_data.build_mixture(
            "base",
            [{"name": "general", "path": data["pretrain"], "weight": 1.0}],
            base_tok,
            b["tokens"],
            cfg["seq_len"],
            seed,
            run / "mixtures" / "base",
            cache,
            b["max_epochs"],
        )
        summary = _cpt(cfg, seed, base_tok, m["arch"], mix, run / "base_pretrain", b, tiny)
        fit = _extend_base(run / "base_pretrain", tok, base_dir)
        _say(f"[seed {seed}] base: chemistry tokens added ({fit['old_rows']} -> {fit['new_rows']} rows); evaluating")
        result = _evaluate(cfg, base_dir, tok, data, f"seed{seed}/base")
        _finish(
            base_dir,
            {
                "stage": "base",
                "train": summary,
                "mixture": mix,
                "embeddings": fit,
                "metrics": mist_report.metrics(result),
                "seconds": round(time.time() - t0, 1),
            },
        )
    chem = cfg["midtrain"]["chemistry"]
    replay = round(1.0 - sum(chem.values()), 6)
    pool = data["pool"]
    sources = {
        "A": [{"name": d, "path": pool / d, "domain": d, "weight": w} for d, w in chem.items() if w > 0]
        + ([{"name": "general", "path": data["midtrain"], "domain": "general", "weight": replay}] if replay else []),
        "B": [{"name": "general", "path": data["midtrain"], "domain": "general", "weight": 1.0}],
    }
    for arm in ARMS:
        arm_dir = run / f"arm{arm}"
        prev = base_dir
        for stage in ("cpt", "sft", "grpo"):
            folder = arm_dir / stage
            if _done(folder):
                prev = folder
                continue
            t0 = time.time()
            info: dict[str, Any] = {"stage": stage, "arm": arm}
            if stage == "cpt":
                mt = cfg["midtrain"]
                mix = mist_data.build_mixture(
                    f"arm{arm}",
                    sources[arm],
                    tok,
                    mt["tokens"],
                    cfg["seq_len"],
                    seed,
                    run / "mixtures" / f"arm{arm}",
                    cache,
                    mt["max_epochs"],
                )
                _say(
                    f"[seed {seed}] arm {arm} cpt: {mix['tokens']:,} tokens, "
                    + ", ".join(f"{k} {v['tokens']:,}" for k, v in mix["plan"].items())
                )
                info["train"] = _cpt(cfg, seed, tok, str(prev), mix, folder, mt, {})
                info["mixture"] = mix
            elif stage == "sft":
                _say(f"[seed {seed}] arm {arm} sft: {cfg['sft']['steps']} steps on {', '.join(cfg['tasks'])}")
                info["train"] = _sft(cfg, seed, tok, prev, data["tasks"], folder)
            else:
                rewards = ", ".join(cfg["grpo"]["reward_funcs"])
                _say(f"[seed {seed}] arm {arm} grpo: {cfg['grpo']['steps']} steps, rewards {rewards}")
                info["train"] = _grpo(cfg, seed, tok, prev, data["tasks"], folder)
            result = _evaluate(cfg, folder, tok, data, f"seed{seed}/arm{arm}/{stage}")
            info["metrics"] = mist_report.metrics(result)
            info["seconds"] = round(time.time() - t0, 1)
            _finish(folder, info)
            h = info["metrics"]
            _say(
                f"[seed {seed}] arm {arm} {stage}: SCS {h['scs']:.3f}  CCS {h['ccs']:.3f}  "
                f"p(gold) {h['p_gold']:.3f}  top-1 {h['top1']:.3f}  ({info['seconds']:.0f} s)"
            )
            prev = folder


def _timed_seed(cfg: dict[str, Any], seed: int, out: Path, data: dict[str, Path]) -> tuple[int, float]:
    """:func:`run_seed` in a worker process (its own thread count), returning the seed and its seconds."""
    import datasets
    import torch

    datasets.disable_progress_bars()
    if cfg["torch_threads"]:
        torch.set_num_threads(int(cfg["torch_threads"]))
    t0 = time.time()
    run_seed(cfg, seed, out, data)
    return seed, round(time.time() - t0, 1)


def run_seeds(cfg: dict[str, Any], out: Path, data: dict[str, Path]) -> dict[str, float]:
    """Every seed of the study, ``parallel_seeds`` at a time (seeds share nothing but the data built before).

    Each seed runs in its own process when ``parallel_seeds > 1`` (a fresh interpreter: ``spawn``), so its
    results are the same bytes as when the seeds run one after another.

    Args:
        cfg: The study config.
        out: The study's output folder.
        data: Paths from :func:`prepare`.

    Returns:
        Seconds per seed, as ``{"seed<N>": seconds}``.
    """
    workers = max(1, min(int(cfg["parallel_seeds"]), len(cfg["seeds"])))
    if workers == 1:
        return {f"seed{s}": _timed_seed(cfg, s, out, data)[1] for s in cfg["seeds"]}
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(workers, maxtasksperchild=1) as pool:
        done = pool.starmap(_timed_seed, [(cfg, s, out, data) for s in cfg["seeds"]], chunksize=1)
    return {f"seed{s}": t for s, t in done}


def prepare(cfg: dict[str, Any], out: Path, curated: Path | None = None) -> dict[str, Path]:
    """The study's data, built once per output folder (see ``mist_data.py`` and ``mist_text.py``).

    Args:
        cfg: The study config.
        out: The study's output folder.
        curated: A finished curation of the study's curation config, copied instead of curating again.

    Returns:
        Paths: ``tasks``, ``pool`` (chemistry CPT shards), ``heldout`` (test records), ``pretrain`` and
        ``midtrain`` (general-text pools), ``tokenizer`` (extended; its base in ``base/``).
    """
    work = out / "data"
    work.mkdir(parents=True, exist_ok=True)
    _say("[data] curated chemistry, held-out split, general text, tokenizer")
    shards = mist_data.curate_shipped(work, _say, cfg["curate_config"], curated)
    paths = mist_data.split_records(
        shards,
        work,
        list(cfg["tasks"]),
        seed=0,
        task_format=cfg["task_format"],
        max_reaction_chars=cfg["max_reaction_chars"],
        progress=_say,
    )
    g = cfg["general_text"]
    manifest = mist_text.build_general_text(
        work / "general",
        packages=g["packages"],
        stdlib=g["stdlib"],
        min_chars=g["min_chars"],
        max_chars=g["max_chars"],
        seed=0,
        progress=_say,
    )
    pools = mist_text.split_general(work / "general" / manifest["file"], work / "general", g["pretrain_fraction"])
    t = cfg["tokenizer"]
    mist_data.build_tokenizer(
        pools["pretrain"], paths["pool"], work / "tokenizer", t["base_vocab_size"], t["max_new_tokens"], _say
    )
    return {**paths, **pools, "tokenizer": work / "tokenizer"}


def check_out(out: Path, cfg: dict[str, Any]) -> None:
    """Record the config in ``out/config.json``; refuse a folder that holds a study run with another config.

    Finished stages are skipped on a rerun, so mixing two configs in one folder would mix their results. The
    seeds, the name, the thread count and the device may change (adding seeds to a finished study is how it
    grows).

    Args:
        out: The study's output folder.
        cfg: The study config.

    Raises:
        SystemExit: If ``out/config.json`` holds another config.
    """
    path = out / "config.json"
    free = ("seeds", "name", "torch_threads", "device", "parallel_seeds")
    keep = {k: v for k, v in cfg.items() if k not in free}
    if path.is_file():
        old = json.loads(path.read_text(encoding="utf-8"))
        old_keep = {k: v for k, v in old.items() if k not in free}
        if old_keep != json.loads(json.dumps(keep)):
            changed = sorted(k for k in set(keep) | set(old_keep) if old_keep.get(k) != keep.get(k))
            raise SystemExit(
                f"{out} holds a study run with another config (changed: {', '.join(changed)}); "
                "use a new --out folder, or delete this one to start over"
            )
        cfg = {**cfg, "seeds": sorted(set(old.get("seeds", [])) | set(cfg["seeds"]))}
    path.write_text(json.dumps(cfg, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the study (see the module docstring).

    Args:
        argv: Command-line arguments.

    Returns:
        Exit code.
    """
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--config", required=True, help="study config (configs/tiny.yaml, gpu.yaml, smoke.yaml)")
    p.add_argument("--out", required=True, help="output folder (data/, seed<N>/, report/)")
    p.add_argument("--seeds", type=int, nargs="+", help="seeds to run instead of the config's")
    p.add_argument("--device", choices=("auto", "cpu", "cuda"), help="where to train and evaluate (default: config)")
    p.add_argument(
        "--curated",
        type=Path,
        help="a finished 'chemtrove curate' output of the study's curation config (e.g. the curated/ folder of\n"
        "'chemtrove quickstart' for the default), copied instead of curating again",
    )
    p.add_argument("--prepare-only", action="store_true", help="only build the data (once, before parallel seeds)")
    p.add_argument("--report-only", action="store_true", help="only rewrite the report from finished stages")
    args = p.parse_args(argv)
    cfg = load_config(args.config, args.seeds)
    if args.device:
        cfg["device"] = args.device
    check_device(cfg["device"])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    check_out(out, cfg)
    timings: dict[str, float] = {}
    if not args.report_only:
        import datasets
        import torch

        datasets.disable_progress_bars()  # a few dozen lines per stage otherwise

        if cfg["torch_threads"]:
            torch.set_num_threads(int(cfg["torch_threads"]))
        t0 = time.time()
        data = prepare(cfg, out, args.curated)
        timings["data"] = round(time.time() - t0, 1)
        if args.prepare_only:
            _say(f"data ready in {out / 'data'}")
            return 0
        timings.update(run_seeds(cfg, out, data))
        old = json.loads((out / "timings.json").read_text()) if (out / "timings.json").is_file() else {}
        (out / "timings.json").write_text(json.dumps({**old, **timings}, indent=2) + "\n", encoding="utf-8")
    files = mist_report.write_report(out, cfg)
    _say((out / "report" / "report.md").read_text(encoding="utf-8"))
    _say(f"wrote {', '.join(str(f) for f in files.values())}" + (f"; timings (s): {timings}" if timings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
