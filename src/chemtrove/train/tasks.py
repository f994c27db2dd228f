"""Chemistry task builders: curated records in, SFT / RL examples out, split by chemical key.

A curated record (a row of a ``chemtrove curate`` shard, or a CIF from a table or file) becomes one
example per task that applies to it:

==========================  ==================================  ===================================
task                        prompt gives                        answer (reward)
==========================  ==================================  ===================================
``reaction_class``          a reaction SMILES                   class name, 10 classes (class match)
``forward_reaction``        reactants (agents folded in)        main product SMILES (canonical match)
``smiles_canonicalization`` a randomized SMILES                 RDKit canonical SMILES (exact match)
``name_to_smiles``          an IUPAC name (FreeSolv)            SMILES (canonical match)
``smiles_to_name``          a SMILES                            IUPAC name (name match)
``formula_to_smiles``       a molecular formula                 any SMILES of it (formula match)
``crystal_generation``      reduced formula + space group       a CIF (validity, composition, group)
``crystal_composition``     a CIF with its formula removed      reduced formula (composition match)
==========================  ==================================  ===================================

Every example has the columns ``id, task, prompt, completion, answer, formula, space_group, key, keys,
split``: ``prompt``/``completion`` for SFT, ``prompt`` plus the reference columns for GRPO rewards
(:mod:`chemtrove.train.rewards` reads ``answer``, ``formula``, ``space_group`` and ``task``).

The completion format is one of ``think`` (``<think>...</think><answer>...</answer>``, the reasoning format
of the MiST paper), ``answer`` (``<answer>...</answer>``) or ``plain``. The ``<think>`` text here is a short
rationale written from templates (formula, counts, space group), not a teacher model's reasoning: it
teaches the format and a few checkable facts; swap in real traces with :func:`build_examples`'s
``rationale`` argument.

Splits never share a molecule, reaction or crystal. Each example carries the keys decontamination uses
(:mod:`chemtrove.curate.decontam`): InChIKeys of the molecule and its standardized parent and their
connectivity layer, canonical reactions with and without agents, ``(reduced formula, space group)`` of
a crystal. Examples that share any key are joined into one group (union-find), and a group goes to the
split chosen by a hash of its smallest key and the seed: the same data and seed always give the same
splits, and a test molecule's salt form, stereoisomer or other task never lands in train.

Example:
    >>> recs = [{"id": "m1", "domain": "molecule", "metadata": {"smiles": "CCO", "iupac": "ethanol"}}]
    >>> ex = build_examples(recs, TaskConfig(tasks=["name_to_smiles"], format="answer"))
    >>> ex[0]["prompt"].splitlines()[0], ex[0]["completion"]
    ('What is the SMILES of ethanol?', '<answer>[START_SMILES]CCO[END_SMILES]</answer>')
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from chemtrove.chem import reactions as _reactions
from chemtrove.chem import smiles as _smiles
from chemtrove.chem.tags import wrap_cif, wrap_smiles

TASKS = (
    "reaction_class",
    "forward_reaction",
    "smiles_canonicalization",
    "name_to_smiles",
    "smiles_to_name",
    "formula_to_smiles",
    "crystal_generation",
    "crystal_composition",
)
"""Every task, in the order examples are built."""

FORMATS = ("think", "answer", "plain")
"""Completion formats."""

COLUMNS = ("id", "task", "prompt", "completion", "answer", "formula", "space_group", "key", "keys", "split")
"""Columns of every example, in file order."""

_MOLECULE_TASKS = ("smiles_canonicalization", "name_to_smiles", "smiles_to_name", "formula_to_smiles")
_REACTION_TASKS = ("reaction_class", "forward_reaction")
_CRYSTAL_TASKS = ("crystal_generation", "crystal_composition")

TASK_FAMILIES: dict[str, tuple[str, ...]] = {
    "molecules": _MOLECULE_TASKS,
    "reactions": _REACTION_TASKS,
    "crystals": _CRYSTAL_TASKS,
}
"""Tasks by family (molecule-, reaction- and crystal-level): the default per-task experts."""

_INSTRUCTIONS = {
    "think": "Reply as <think>reasoning</think><answer>answer</answer>.",
    "answer": "Reply as <answer>answer</answer>.",
    "plain": "",
}


@dataclass
class TaskConfig:
    """How records become task examples.

    Attributes:
        tasks: Tasks to build (default: all of :data:`TASKS`).
        format: Completion format, one of :data:`FORMATS`.
        splits: Split names and their shares of the groups (normalized to sum to 1).
        seed: Seed of the split hash and of randomized SMILES.
        max_per_task: Keep at most this many examples per task (chosen by hash, so a stable subset).
        max_heavy_atoms: Skip molecules (and reaction products) larger than this.
        max_reaction_chars: Skip reactions whose SMILES is longer than this.
        max_cif_sites: Skip crystals with more sites than this in the canonical cell.
        list_classes: Reaction classes: list the 10 class names in the prompt (multiple choice) instead
            of asking for the name alone (the MiST naming task).
        chat: Write ``prompt``/``completion`` as chat messages (``[{"role": "user", ...}]``) for a model
            with a chat template, instead of plain text.
    """

    tasks: list[str] = field(default_factory=lambda: list(TASKS))
    format: str = "think"
    splits: dict[str, float] = field(default_factory=lambda: {"train": 0.8, "valid": 0.1, "test": 0.1})
    seed: int = 0
    max_per_task: int | None = None
    max_heavy_atoms: int = 40
    max_reaction_chars: int = 400
    max_cif_sites: int = 40
    list_classes: bool = False
    chat: bool = False

    def __post_init__(self) -> None:
        from chemtrove.train.mist_tasks import MIST_TASKS  # MiST's task names (see mist_tasks)

        unknown = [t for t in self.tasks if t not in TASKS + MIST_TASKS]
        if unknown:
            import difflib

            close = difflib.get_close_matches(unknown[0], TASKS + MIST_TASKS, n=1)
            hint = f"did you mean {close[0]!r}? " if close else ""
            raise ValueError(f"unknown tasks {unknown}; {hint}choose from {', '.join(TASKS + MIST_TASKS)}")
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, got {self.format!r}")
        if not self.splits or any(v < 0 for v in self.splits.values()) or sum(self.splits.values()) <= 0:
            raise ValueError(f"splits need non-negative shares with a positive sum, got {self.splits}")


# ------------------------------------------------------------------------------------------------ records
def _shard_rows(path: Path) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    if not {"id", "domain", "metadata"} <= set(table.column_names):
        return  # not a shard (a quarantine file, tokenized ids, ...)
    for row in table.to_pylist():
        meta = row.get("metadata")
        if isinstance(meta, str):
            try:
                meta = json.loads(meta)
            except ValueError:
                meta = {}
        row["metadata"] = meta if isinstance(meta, dict) else {}
        yield row


def _cif_table_rows(path: Path) -> Iterator[dict[str, Any]]:
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        if "cif" not in (reader.fieldnames or []):
            return
        for i, row in enumerate(reader):
            ident = row.get("material_id") or row.get("id") or str(i)
            meta = {k: v for k, v in row.items() if k and k != "cif"}
            meta["cif"] = row["cif"]
            yield {"id": f"{path.stem}/{ident}", "domain": "crystal", "metadata": meta}


def read_records(paths: str | Path | Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Curated records from shards, crystal tables and CIF files, as ``{"id", "domain", "metadata", ...}``.

    Args:
        paths: Files or folders: shard ``.parquet`` files (``id, text, source, domain, metadata``; other
            parquet files are skipped), ``.csv`` tables with a ``cif`` column (e.g. the perov-5 benchmark),
            ``.cif`` files. Folders are read recursively in sorted order, skipping ``quarantine`` folders.

    Yields:
        Records with ``metadata`` as a dict.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and "quarantine" not in f.relative_to(p).parts)
        else:
            files = [p]
        for f in files:
            suffix = f.suffix.lower()
            if suffix == ".parquet":
                yield from _shard_rows(f)
            elif suffix == ".csv":
                yield from _cif_table_rows(f)
            elif suffix == ".cif":
                text = f.read_text(encoding="utf-8", errors="replace")
                yield {"id": f"{f.parent.name}/{f.stem}", "domain": "crystal", "metadata": {"cif": text}}


# ------------------------------------------------------------------------------------------------ helpers
def _hash(*parts: Any) -> float:
    """A uniform number in [0, 1) from the parts (stable across runs and machines)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _formula(smiles: str) -> tuple[str | None, int]:
    from rdkit import rdBase
    from rdkit.Chem.rdMolDescriptors import CalcMolFormula

    mol, _ = _smiles.parse(smiles)
    if mol is None:
        return None, 0
    with rdBase.BlockLogs():
        return CalcMolFormula(mol), mol.GetNumHeavyAtoms()


def _question(text: str, fmt: str) -> str:
    instruction = _INSTRUCTIONS[fmt]
    return f"{text}\n{instruction}\n" if instruction else f"{text}\n"


def _completion(answer: str, rationale: str, fmt: str) -> str:
    if fmt == "think":
        return f"<think>{rationale}</think><answer>{answer}</answer>"
    if fmt == "answer":
        return f"<answer>{answer}</answer>"
    return answer


def _example(rec_id: str, task: str, question: str, shown: str, answer: str, rationale: str, **extra: Any) -> dict:
    return {
        "id": f"{task}/{rec_id}",
        "task": task,
        "question": question,
        "shown": shown,
        "answer": answer,
        "rationale": rationale,
        "formula": extra.get("formula"),
        "space_group": extra.get("space_group"),
        "keys": sorted(extra.get("keys", ())),
    }


# ------------------------------------------------------------------------------------------- per domain
def _molecule_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    meta = rec["metadata"]
    canon = _smiles.canonicalize(meta.get("smiles") or "")
    if not canon.ok:
        return []
    smi = canon.value
    formula, heavy = _formula(smi)
    if formula is None or heavy > cfg.max_heavy_atoms:
        return []
    rid, out = str(rec.get("id")), []
    name = meta.get("iupac") or meta.get("name")
    name = name.strip() if isinstance(name, str) and name.strip() else None
    tagged = wrap_smiles(smi)
    if "smiles_canonicalization" in cfg.tasks:
        try:
            shown = _smiles.randomize(smi, 1, seed=int(_hash(cfg.seed, smi) * 2**31))[0]
        except ValueError:
            shown = smi
        out.append(
            _example(
                rid,
                "smiles_canonicalization",
                f"Write the canonical SMILES of {wrap_smiles(shown)}.",
                shown,
                smi,
                f"{heavy} heavy atoms, formula {formula}.",
            )
        )
    if name and "name_to_smiles" in cfg.tasks:
        out.append(
            _example(
                rid,
                "name_to_smiles",
                f"What is the SMILES of {name}?",
                name,
                smi,
                f"Formula {formula}, {heavy} heavy atoms.",
            )
        )
    if name and "smiles_to_name" in cfg.tasks:
        out.append(
            _example(
                rid,
                "smiles_to_name",
                f"What is the IUPAC name of {tagged}?",
                smi,
                name,
                f"Formula {formula}.",
            )
        )
    if "formula_to_smiles" in cfg.tasks:
        out.append(
            _example(
                rid,
                "formula_to_smiles",
                f"Write the SMILES of a molecule with formula {formula}.",
                formula,
                smi,
                f"{heavy} heavy atoms.",
                formula=formula,
            )
        )
    for ex in out:
        ex["_mol"] = smi
    return out


def _largest(smiles_list: Sequence[str]) -> str | None:
    best, best_n = None, -1
    for s in smiles_list:
        _, n = _formula(s)
        if n > best_n:
            best, best_n = s, n
    return best


def _reaction_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    from chemtrove.train.rewards import reaction_class_names

    meta = rec["metadata"]
    raw = meta.get("reaction") or ""
    full = _reactions.canonicalize(raw)
    if not full.ok or len(full.value) > cfg.max_reaction_chars:
        return []
    reactants, agents, products = (p.split(".") if p else [] for p in full.value.split(">"))
    rid, out = str(rec.get("id")), []
    if "reaction_class" in cfg.tasks:
        names = reaction_class_names()
        try:
            number = int(str(meta.get("rxn_Class", meta.get("rxn_class", ""))).split(".")[0])
        except ValueError:
            number = None
        if number in names:
            choices = ""
            if cfg.list_classes:
                choices = " Classes: " + "; ".join(f"{k} {v}" for k, v in names.items()) + "."
            out.append(
                _example(
                    rid,
                    "reaction_class",
                    f"Name the class of the reaction {wrap_smiles(full.value)}.{choices}",
                    full.value,
                    names[number],
                    f"{len(reactants)} reactants, {len(agents)} agents, {len(products)} products.",
                )
            )
    if "forward_reaction" in cfg.tasks and products:
        product = _largest(products)
        formula, heavy = _formula(product or "")
        if product and formula and heavy <= cfg.max_heavy_atoms:
            left = ".".join(sorted(reactants + agents))
            out.append(
                _example(
                    rid,
                    "forward_reaction",
                    f"Predict the main product of the reaction of {wrap_smiles(left)}.",
                    left,
                    product,
                    f"{len(reactants) + len(agents)} molecules; product formula {formula}.",
                    formula=formula,
                )
            )
    for ex in out:
        ex["_rxn"] = full.value
    return out


_CRYSTAL_SYSTEMS = ((2, "triclinic"), (15, "monoclinic"), (74, "orthorhombic"), (142, "tetragonal"))
_CRYSTAL_SYSTEMS += ((167, "trigonal"), (194, "hexagonal"), (230, "cubic"))


def _crystal_system(number: int) -> str:
    return next(name for top, name in _CRYSTAL_SYSTEMS if number <= top)


def _without_formula(cif: str) -> str:
    """The CIF with every line that names the formula removed (for the composition question)."""
    lines = []
    for line in cif.splitlines():
        if line.startswith("data_"):
            lines.append("data_unknown")
        elif not line.startswith("_chemical_formula"):
            lines.append(line)
    return "\n".join(lines) + "\n"


def _crystal_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    from chemtrove.chem import crystals

    cif = rec["metadata"].get("cif") or ""
    # The answer is the canonical CIF without its symmetry operations (CrystaLLM's short training form):
    # rewards put the operations back from the space group number before reading it.
    canon = crystals.canonicalize(cif, symmetry_ops=False, charge_balance=False)
    if not canon.ok:
        return []
    text = canon.value
    key = crystals.key_from_canonical(text)
    structure, _, _ = crystals.parse(crystals.restore_symmetry_ops(text))
    if key is None or structure is None or len(structure) > cfg.max_cif_sites:
        return []
    formula, number = key
    symbol = next((ln.split(None, 1)[1].strip() for ln in text.splitlines() if "space_group_name_H-M" in ln), "?")
    rid, out, keys = str(rec.get("id")), [], {f"cs:{formula}|{number}"}
    n_sites = sum(1 for ln in text.splitlines() if ln.startswith("  ") and len(ln.split()) == 7)
    if "crystal_generation" in cfg.tasks:
        out.append(
            _example(
                rid,
                "crystal_generation",
                f"Generate the crystal structure of {formula} in space group {symbol} (No. {number}) as a CIF.",
                f"{formula}|{number}",
                wrap_cif(text),
                f"{formula}, {_crystal_system(number)}, {n_sites} distinct sites.",
                formula=formula,
                space_group=number,
                keys=keys,
            )
        )
    if "crystal_composition" in cfg.tasks:
        out.append(
            _example(
                rid,
                "crystal_composition",
                f"What is the reduced formula of this crystal? {wrap_cif(_without_formula(text))}",
                f"{formula}|{number}|{rid}",
                formula,
                f"{len(structure)} atoms in the cell.",
                formula=formula,
                keys=keys,
            )
        )
    return out


# ------------------------------------------------------------------------------------------------ splits
class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key is the root, so a group's representative is its smallest key
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def assign_splits(examples: list[dict], splits: dict[str, float], seed: int = 0) -> None:
    """Set ``key`` (the group's representative key) and ``split`` on every example, in place.

    Examples sharing any entry of ``keys`` form one group; the group's split comes from
    ``sha256(seed, smallest key)`` against the cumulative shares of ``splits``.

    Args:
        examples: Dicts with a non-empty ``keys`` list.
        splits: ``{name: share}``.
        seed: Split seed.

    Example:
        >>> ex = [{"keys": ["a", "b"]}, {"keys": ["b", "c"]}, {"keys": ["d"]}]
        >>> assign_splits(ex, {"train": 0.5, "test": 0.5})
        >>> [e["key"] for e in ex], ex[0]["split"] == ex[1]["split"]
        (['a', 'a', 'd'], True)
    """
    uf = _UnionFind()
    for ex in examples:
        keys = ex["keys"]
        if not keys:
            raise ValueError(f"example {ex.get('id')} has no keys")
        for k in keys[1:]:
            uf.union(keys[0], k)
        uf.find(keys[0])
    total = sum(splits.values())
    bounds, acc = [], 0.0
    for name, share in splits.items():
        acc += share / total
        bounds.append((acc, name))
    for ex in examples:
        rep = uf.find(ex["keys"][0])
        u = _hash("split", seed, rep)
        ex["key"] = rep
        ex["split"] = next((name for top, name in bounds if u < top), bounds[-1][1])


# ------------------------------------------------------------------------------------------------- build
def _keys_for(ex: dict) -> list[str]:
    """The decontamination keys of an example's molecule, reaction or crystal."""
    from chemtrove.curate.decontam import molecule_keys, reaction_keys

    if "_mol" in ex:
        canon, keys = molecule_keys(ex["_mol"])
        return sorted(keys | ({f"smi:{canon}"} if canon else set()))
    if "_rxn" in ex:
        return sorted(reaction_keys(ex["_rxn"]))
    return ex["keys"]


def build_examples(
    records: Iterable[dict[str, Any]],
    config: TaskConfig | None = None,
    *,
    rationale: Callable[[dict], str | None] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[dict[str, Any]]:
    """Turn records into task examples with splits (see the module docstring for tasks and splits).

    Args:
        records: Records from :func:`read_records` (``domain`` molecule / reaction / crystal, ``metadata``
            with ``smiles`` (+ ``iupac``), ``reaction`` (+ ``rxn_Class``), or ``cif``). Other domains are
            skipped.
        config: A :class:`TaskConfig` (default: all tasks, think format).
        rationale: ``f(example) -> text`` to write the ``<think>`` part instead of the template (e.g. traces
            from a teacher model, looked up by ``example["id"]``); ``None`` from it keeps the template.
        progress: Called with a line of text after each stage.

    Returns:
        Examples with the :data:`COLUMNS`, ordered by task then record order.
    """
    cfg = config or TaskConfig()
    say = progress or (lambda _msg: None)
    builders = {"molecule": _molecule_examples, "reaction": _reaction_examples, "crystal": _crystal_examples}
    wanted = {
        "molecule": any(t in cfg.tasks for t in _MOLECULE_TASKS),
        "reaction": any(t in cfg.tasks for t in _REACTION_TASKS),
        "crystal": any(t in cfg.tasks for t in _CRYSTAL_TASKS),
    }
    by_task: dict[str, list[dict]] = {t: [] for t in cfg.tasks}
    from chemtrove.train.mist_tasks import MIST_TASKS, mist_examples

    mist = any(t in MIST_TASKS for t in cfg.tasks)
    n_records = 0
    for rec in records:
        n_records += 1
        domain = rec.get("domain")
        for ex in mist_examples(rec, cfg) if mist else ():
            by_task[ex["task"]].append(ex)
        if domain not in builders or not wanted[domain]:
            continue
        for ex in builders[domain](rec, cfg):
            by_task[ex["task"]].append(ex)
    say(f"tasks: {n_records} records -> " + ", ".join(f"{t} {len(v)}" for t, v in by_task.items()))
    examples: list[dict] = []
    for task in cfg.tasks:
        chosen = by_task[task]
        if cfg.max_per_task is not None and len(chosen) > cfg.max_per_task:
            # a stable, unbiased subset: order by a hash of the item, keep the first ones, restore order
            ranked = sorted(range(len(chosen)), key=lambda i: _hash("pick", cfg.seed, task, chosen[i]["shown"]))
            keep = sorted(ranked[: cfg.max_per_task])
            chosen = [chosen[i] for i in keep]
        examples.extend(chosen)
    keys_cache: dict[str, list[str]] = {}
    for ex in examples:
        item = ex.get("_mol") or ex.get("_rxn")
        if item is None:
            continue
        if item not in keys_cache:
            keys_cache[item] = _keys_for(ex)
        ex["keys"] = keys_cache[item] or [f"raw:{item}"]
    assign_splits(examples, cfg.splits, cfg.seed)
    out = []
    for ex in examples:
        thought = rationale(ex) if rationale is not None else None
        completion = _completion(_answer_text(ex), thought or ex["rationale"], cfg.format)
        prompt = _question(ex["question"], cfg.format)
        if cfg.chat:
            prompt = [{"role": "user", "content": prompt.rstrip("\n")}]
            completion = [{"role": "assistant", "content": completion}]
        out.append(
            {
                "id": ex["id"],
                "task": ex["task"],
                "prompt": prompt,
                "completion": completion,
                "answer": ex["answer"] if not ex["answer"].startswith("[START_CIF]") else _strip_cif(ex["answer"]),
                "formula": ex["formula"],
                "space_group": ex["space_group"],
                "key": ex["key"],
                "keys": ex["keys"],
                "split": ex["split"],
            }
        )
    counts = split_counts(out)
    order = [s for s in cfg.splits if s in counts]
    say("splits: " + "; ".join(f"{s} " + ", ".join(f"{t} {n}" for t, n in counts[s].items()) for s in order))
    return out


def _answer_text(ex: dict) -> str:
    """What the completion writes: SMILES answers inside SMILES tags (as the model saw SMILES in CPT)."""
    if ex.get("_smiles_answer") or ex["task"] in (
        "forward_reaction",
        "smiles_canonicalization",
        "name_to_smiles",
        "formula_to_smiles",
    ):
        return wrap_smiles(ex["answer"])
    return ex["answer"]


def _strip_cif(text: str) -> str:
    from chemtrove.chem.tags import END_CIF, START_CIF

    return text.replace(START_CIF, "").replace(END_CIF, "")


def split_counts(examples: Iterable[dict]) -> dict[str, dict[str, int]]:
    """``{split: {task: examples}}``.

    Example:
        >>> split_counts([{"split": "train", "task": "a"}, {"split": "train", "task": "a"}])
        {'train': {'a': 2}}
    """
    counts: dict[str, dict[str, int]] = {}
    for ex in examples:
        per = counts.setdefault(ex["split"], {})
        per[ex["task"]] = per.get(ex["task"], 0) + 1
    return counts


# ------------------------------------------------------------------------------------------------- files
def write_tasks(
    examples: list[dict], out_dir: str | Path, config: TaskConfig | None = None, sources: Any = None
) -> dict:
    """Write ``OUT/<split>.parquet`` (one per split) and ``OUT/tasks.json`` (config, counts, files).

    Args:
        examples: From :func:`build_examples`.
        out_dir: Output folder.
        config: The config used (recorded).
        sources: What the records came from (recorded).

    Returns:
        The manifest written to ``tasks.json``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    chat = bool(examples) and not isinstance(examples[0]["prompt"], str)
    for split in sorted({ex["split"] for ex in examples}):
        rows = [ex for ex in examples if ex["split"] == split]
        table = pa.Table.from_pylist([{c: r[c] for c in COLUMNS} for r in rows], schema=_schema(chat))
        path = out / f"{split}.parquet"
        pq.write_table(table, path)
        files[split] = path.name
    manifest = {
        "format": "chemtrove-tasks/1",
        "config": asdict(config) if config is not None else None,
        "sources": sources,
        "files": files,
        "counts": split_counts(examples),
        "columns": list(COLUMNS),
    }
    (out / "tasks.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def _schema(chat: bool):
    import pyarrow as pa

    text = pa.list_(pa.struct([("role", pa.string()), ("content", pa.string())])) if chat else pa.string()
    return pa.schema(
        [
            ("id", pa.string()),
            ("task", pa.string()),
            ("prompt", text),
            ("completion", text),
            ("answer", pa.string()),
            ("formula", pa.string()),
            ("space_group", pa.int64()),
            ("key", pa.string()),
            ("keys", pa.list_(pa.string())),
            ("split", pa.string()),
        ]
    )


def load_tasks(
    tasks_dir: str | Path, split: str, *, tasks: Sequence[str] | None = None, max_samples: int | None = None
) -> list[dict[str, Any]]:
    """Examples of one split written by :func:`write_tasks` (or ``chemtrove tasks build``).

    Args:
        tasks_dir: The folder (with ``tasks.json``), or one ``.parquet``/``.jsonl`` file.
        split: Split name (ignored for a single file).
        tasks: Keep only these tasks.
        max_samples: Keep at most this many, interleaving tasks so that each keeps its share.

    Returns:
        The examples as dicts.
    """
    import pyarrow.parquet as pq

    path = Path(tasks_dir)
    if path.is_dir():
        path = path / f"{split}.parquet"
        if not path.is_file():
            raise FileNotFoundError(f"{tasks_dir}: no split {split!r} (run chemtrove tasks build first)")
    if path.suffix == ".jsonl":
        rows = [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    else:
        rows = pq.read_table(path).to_pylist()
    if tasks:
        rows = [r for r in rows if r.get("task") in set(tasks)]
    if max_samples is not None and len(rows) > max_samples:
        # round-robin over tasks so a small sample still covers every task
        groups: dict[str, list[dict]] = {}
        for r in rows:
            groups.setdefault(r.get("task") or "", []).append(r)
        picked, i = [], 0
        while len(picked) < max_samples:
            for g in groups.values():
                if i < len(g) and len(picked) < max_samples:
                    picked.append(g[i])
            i += 1
        rows = picked
    return rows


def balance_tasks(rows: Sequence[dict[str, Any]], seed: int = 0) -> list[dict[str, Any]]:
    """Rows with every task as frequent as the largest one: smaller tasks' rows repeated, tasks interleaved.

    Each task's rows are cycled in a seeded order (every row once before any row twice), then tasks are
    interleaved round-robin, so any prefix of the result is balanced too.

    Args:
        rows: Task rows with a ``task`` column.
        seed: Seed of the order within each task.

    Returns:
        ``len(tasks) * largest`` rows.

    Example:
        >>> rows = [{"task": "a", "i": i} for i in range(4)] + [{"task": "b", "i": 0}]
        >>> [r["task"] for r in balance_tasks(rows)]
        ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(str(r.get("task")), []).append(r)
    if not groups:
        return []
    largest = max(len(g) for g in groups.values())
    cycled = {}
    for task, g in groups.items():
        order = sorted(range(len(g)), key=lambda i, t=task: _hash("balance", seed, t, i))
        cycled[task] = [g[order[i % len(g)]] for i in range(largest)]
    return [cycled[t][i] for i in range(largest) for t in groups]


def build_tasks(
    inputs: str | Path | Iterable[str | Path],
    out_dir: str | Path,
    config: TaskConfig | None = None,
    progress: Callable[[str], None] | None = print,
) -> dict:
    """Read records, build examples, write them: what ``chemtrove tasks build`` runs.

    Args:
        inputs: Shard folders, crystal tables, CIF files (see :func:`read_records`).
        out_dir: Output folder.
        config: A :class:`TaskConfig`.
        progress: Where progress lines go (``None``: nowhere).

    Returns:
        The manifest (see :func:`write_tasks`).
    """
    inputs = [inputs] if isinstance(inputs, (str, Path)) else list(inputs)
    cfg = config or TaskConfig()
    examples = build_examples(read_records(inputs), cfg, progress=progress)
    return write_tasks(examples, out_dir, cfg, sources=[Path(p).name for p in inputs])


__all__ = [
    "COLUMNS",
    "FORMATS",
    "TASKS",
    "TASK_FAMILIES",
    "TaskConfig",
    "assign_splits",
    "balance_tasks",
    "build_examples",
    "build_tasks",
    "load_tasks",
    "read_records",
    "split_counts",
    "write_tasks",
]
