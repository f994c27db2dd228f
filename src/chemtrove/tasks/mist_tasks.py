"""MiST's tasks, built from curated records under MiST's names (``chemtrove tasks build --tasks rxnpred,...``).

MiST (schwallergroup/mist, ``src/open_r1/tasks``) trains on a fixed list of chemistry tasks; every one that
curated records can give is built here, beside chemtrove's own (:mod:`chemtrove.tasks`), with the
same columns, the same key-based splits (a molecule or reaction never sits in two splits, whatever task
shows it) and a task score in :func:`chemtrove.tasks.rewards.task_reward`:

===================  ===========================================  =================================  ===============
MiST task            prompt gives                                 answer                             score
===================  ===========================================  =================================  ===============
``rxnpred``          reactants (alias of ``forward_reaction``)    main product SMILES                canonical_match
``iupacsm``          an IUPAC name (alias of ``name_to_smiles``)  SMILES                             canonical_match
``canonic``          a randomized SMILES (``smiles_canon...``)    RDKit canonical SMILES             exact_match
``canonmc``          a randomized SMILES + spellings as options   letter of the canonical spelling   choice_match
``smi_permute``      a SMILES                                     another spelling, same molecule    permute_match
``smhydrogen``       SMILES without / with explicit hydrogens     the other form, same atom order    exact_match
``rxn_naming``       a reaction + the 10 class names              class name (``reaction_class``)    reaction_class
``rxn_inversion``    a reaction and its inversions as options     letter of the true reaction        choice_match
``rxn_replacement``  a reaction and product-edited copies         letter of the true reaction        choice_match
``rxn_truefalse``    a reaction, true or with an edited product   ``True`` / ``False``               choice_match
``kinetic``          rows of a file (not derivable, see below)    the file's label                   choice_match
===================  ===========================================  =================================  ===============

Fakes are made from the record's own molecules only (never another record's: that would put a test
molecule into a train prompt): an *inversion* swaps the product with the reactants (the reaction read
backwards) or with one reactant; a *replacement* changes one atom of the product (C/N/O/S exchanges,
halogen swaps) and keeps what RDKit accepts. Options are ordered by a seeded hash, so the right letter is
spread evenly and the same data and seed give the same prompts.

``kinetic`` (MiST's kinetic-data classification) needs measured kinetic curves and their mechanism
labels, which no curated record holds: give it as a file (:func:`kinetic_records`; JSON lines or CSV with
``problem``/``prompt``, ``solution``/``answer``, optional ``id``), and ``chemtrove tasks build --kinetic
FILE``. Its rows are split by a hash of the normalized problem text.

``iupacsm`` reads the name from the record (``iupac`` or ``name`` column, e.g. FreeSolv's). A record with a
name and no SMILES gets one from ``chemtrove.chem.names.resolve_name`` when that module is installed.

Example:
    >>> from chemtrove.tasks import TaskConfig, build_examples
    >>> recs = [{"id": "m1", "domain": "molecule", "metadata": {"smiles": "CCO", "iupac": "ethanol"}}]
    >>> ex = build_examples(recs, TaskConfig(tasks=["iupacsm", "smhydrogen"], format="answer"))
    >>> [(e["task"], e["answer"]) for e in ex]
    [('iupacsm', 'CCO'), ('smhydrogen', 'CCO')]
    >>> ex[1]["prompt"].splitlines()[0].split(": ")[-1]
    '[START_SMILES][CH3][CH2][OH][END_SMILES]'

"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from chemtrove.chem import reactions as _reactions
from chemtrove.chem import smiles as _smiles
from chemtrove.chem.tags import wrap_smiles
from chemtrove.tasks.common import MIST_ALIASES, MIST_TASKS, SMILES_ANSWER_TASKS
from chemtrove.tasks.examples import (
    formula_and_heavy_atoms,
    largest_molecule,
    make_example,
    molecule_examples,
    reaction_examples,
)

_MOLECULE = ("iupacsm", "canonic", "canonmc", "smi_permute", "smhydrogen")
_REACTION = ("rxnpred", "rxn_naming", "rxn_inversion", "rxn_replacement", "rxn_truefalse")
_LETTERS = "ABCD"
_SWAPS = {6: (7, 8), 7: (6, 8), 8: (16, 7), 16: (8,), 9: (17,), 17: (35, 9), 35: (17, 53), 53: (35,)}


def _hash(*parts: Any) -> float:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def _example(rec_id: str, task: str, question: str, shown: str, answer: str, rationale: str, **extra: Any) -> dict:
    ex = make_example(rec_id, task, question, shown, answer, rationale, **extra)
    if task in SMILES_ANSWER_TASKS:
        ex["_smiles_answer"] = True
    return ex


def _options(true: str, fakes: list[str], seed: int, salt: str) -> tuple[list[str], str]:
    """The true item and up to three fakes in a seeded order, and the true item's letter."""
    items = [true] + [f for f in dict.fromkeys(fakes) if f != true][: len(_LETTERS) - 1]
    items.sort(key=lambda s: _hash("options", seed, salt, s))
    return items, _LETTERS[items.index(true)]


def _listed(items: list[str]) -> str:
    return "\n".join(f"{_LETTERS[i]}. {wrap_smiles(s)}" for i, s in enumerate(items))


# --------------------------------------------------------------------------------------------- molecules
def _alias(rec: dict, cfg: Any, task: str) -> list[dict]:
    target = MIST_ALIASES[task]
    sub = dataclasses.replace(cfg, tasks=[target], list_classes=cfg.list_classes or task == "rxn_naming")
    builder = reaction_examples if target in ("forward_reaction", "reaction_class") else molecule_examples
    out = []
    for ex in builder(rec, sub):
        ex["task"] = task
        ex["id"] = f"{task}/{ex['id'].split('/', 1)[1]}"
        if task in SMILES_ANSWER_TASKS:
            ex["_smiles_answer"] = True
        out.append(ex)
    return out


def _resolved(rec: dict) -> dict | None:
    """The record with a SMILES from ``chemtrove.chem.names.resolve_name`` when it has a name only."""
    meta = rec.get("metadata") or {}
    name = meta.get("iupac") or meta.get("name")
    if meta.get("smiles") or not isinstance(name, str) or not name.strip():
        return None
    try:
        from chemtrove.chem.names import resolve_name  # lazy: optional part (names -> structures)
    except ImportError:
        return None
    try:
        got = resolve_name(name.strip())
    except Exception:  # noqa: BLE001 - an unresolvable name is no example, not a failure
        return None
    smiles = got if isinstance(got, str) else getattr(got, "smiles", None) or getattr(got, "value", None)
    if not isinstance(smiles, str) or not smiles:
        return None
    return {**rec, "metadata": {**meta, "smiles": smiles, "iupac": name.strip()}}


def _explicit_h(smi: str) -> str | None:
    """``smi`` with every hydrogen written in brackets, atoms in the same order (MiST's hydrogen form)."""
    from rdkit import Chem, rdBase

    mol, _ = _smiles.parse(smi)
    if mol is None:
        return None
    with rdBase.BlockLogs():
        full = Chem.MolToSmiles(mol, allHsExplicit=True)
    it = iter(full)
    if not all(ch in it for ch in smi):  # the plain form must be a subsequence: insertions only
        return None
    return full if full != smi else None


def _molecule_examples(rec: dict, cfg: Any, wanted: list[str]) -> list[dict]:
    out: list[dict] = []
    for task in wanted:
        if task in MIST_ALIASES:
            made = _alias(rec, cfg, task)
            if not made and task == "iupacsm":
                resolved = _resolved(rec)
                made = _alias(resolved, cfg, task) if resolved is not None else []
            out.extend(made)
    new = [t for t in wanted if t not in MIST_ALIASES]
    if not new:
        return out
    canon = _smiles.canonicalize((rec.get("metadata") or {}).get("smiles") or "")
    if not canon.ok:
        return out
    smi = canon.value
    formula, heavy = formula_and_heavy_atoms(smi)
    if formula is None or heavy > cfg.max_heavy_atoms:
        return out
    rid = str(rec.get("id"))
    seed = int(_hash(cfg.seed, "mist", smi) * 2**31)
    try:
        spellings = [s for s in dict.fromkeys(_smiles.randomize(smi, 12, seed=seed)) if s != smi]
    except ValueError:
        spellings = []
    made = []
    if "canonmc" in new and len(spellings) >= 2:
        shown, rest = spellings[0], spellings[1:]
        items, letter = _options(smi, rest, cfg.seed, smi)
        made.append(
            _example(
                rid,
                "canonmc",
                f"What is the canonical SMILES of this molecule? Here is a non-canonical SMILES: {wrap_smiles(shown)}\n"
                f"Choose from the following options.\n{_listed(items)}\nAnswer with the option letter.",
                shown,
                letter,
                f"The RDKit canonical SMILES of this {formula} molecule is {wrap_smiles(smi)}, option {letter}.",
            )
        )
    if "smi_permute" in new and spellings:
        made.append(
            _example(
                rid,
                "smi_permute",
                f"Write another SMILES of the molecule {wrap_smiles(smi)}: a different string for the same molecule.",
                smi,
                spellings[0],
                f"Same {heavy} heavy atoms ({formula}), written from another starting atom.",
            )
        )
    if "smhydrogen" in new:
        full = _explicit_h(smi)
        if full is not None:
            add = _hash("smhydrogen", cfg.seed, smi) < 0.5
            shown, answer = (smi, full) if add else (full, smi)
            verb = "adding all the implicit hydrogens" if add else "removing all the explicit hydrogens"
            made.append(
                _example(
                    rid,
                    "smhydrogen",
                    f"What is the SMILES of this molecule after {verb}? Keep the order of the atoms: "
                    f"{wrap_smiles(shown)}",
                    shown,
                    answer,
                    f"Formula {formula}: each heavy atom keeps its place.",
                )
            )
    for ex in made:
        ex["_mol"] = smi
    return out + made


# --------------------------------------------------------------------------------------------- reactions
def _replaced_products(product: str, seed: int, limit: int = 3) -> list[str]:
    """Valid molecules made from ``product`` by changing one atom's element (seeded order)."""
    from rdkit import Chem, rdBase

    mol, _ = _smiles.parse(product)
    if mol is None:
        return []
    out: list[str] = []
    with rdBase.BlockLogs():
        order = sorted(range(mol.GetNumAtoms()), key=lambda i: _hash("replace", seed, product, i))
        for idx in order:
            for new in _SWAPS.get(mol.GetAtomWithIdx(idx).GetAtomicNum(), ()):
                edit = Chem.RWMol(mol)
                atom = edit.GetAtomWithIdx(idx)
                atom.SetAtomicNum(new)
                atom.SetNoImplicit(False)
                atom.SetNumExplicitHs(0)
                try:
                    text = Chem.MolToSmiles(edit)
                except Exception:  # noqa: BLE001 - an impossible edit is skipped
                    continue
                c = _smiles.canonicalize(text)
                if c.ok and c.value != product and c.value not in out:
                    out.append(c.value)
                    break
            if len(out) >= limit:
                break
    return out


def _reaction_examples(rec: dict, cfg: Any, wanted: list[str]) -> list[dict]:
    out: list[dict] = []
    for task in wanted:
        if task in MIST_ALIASES:
            out.extend(_alias(rec, cfg, task))
    new = [t for t in wanted if t not in MIST_ALIASES]
    if not new:
        return out
    full = _reactions.canonicalize((rec.get("metadata") or {}).get("reaction") or "")
    if not full.ok or len(full.value) > cfg.max_reaction_chars:
        return out
    rxn = full.value
    reactants, agents, products = (p.split(".") if p else [] for p in rxn.split(">"))
    product = largest_molecule(products) if products else None
    if not reactants or not product:
        return out
    left = ".".join(sorted(reactants + agents))
    rid, made = str(rec.get("id")), []
    true = f"{left}>>{product}"
    if "rxn_inversion" in new:
        fakes = [f"{product}>>{left}"]
        for r in sorted(reactants, key=len, reverse=True):
            swapped = ".".join(sorted([product if m == r else m for m in reactants + agents]))
            if r != product:
                fakes.append(f"{swapped}>>{r}")
        items, letter = _options(true, fakes, cfg.seed, rxn)
        if len(items) >= 2:
            made.append(
                _example(
                    rid,
                    "rxn_inversion",
                    f"Which chemical reaction is correct? Choose from the following options.\n{_listed(items)}\n"
                    "Answer with the option letter.",
                    rxn,
                    letter,
                    f"Option {letter} turns {len(reactants) + len(agents)} molecules into the product; the others "
                    "run backwards or swap product and reactant.",
                )
            )
    replaced = _replaced_products(product, cfg.seed) if {"rxn_replacement", "rxn_truefalse"} & set(new) else []
    if "rxn_replacement" in new and replaced:
        items, letter = _options(true, [f"{left}>>{p}" for p in replaced], cfg.seed, rxn)
        made.append(
            _example(
                rid,
                "rxn_replacement",
                f"Which chemical reaction is correct? Choose from the following options.\n{_listed(items)}\n"
                "Answer with the option letter.",
                rxn,
                letter,
                f"Option {letter}: the other products have one atom replaced.",
            )
        )
    if "rxn_truefalse" in new and replaced:
        is_true = _hash("truefalse", cfg.seed, rxn) < 0.5
        shown = true if is_true else f"{left}>>{replaced[0]}"
        made.append(
            _example(
                rid,
                "rxn_truefalse",
                f"Is this chemical reaction correct? {wrap_smiles(shown)} Answer True or False.",
                shown,
                "True" if is_true else "False",
                "The product follows from the reactants." if is_true else "One atom of the product is wrong.",
            )
        )
    for ex in made:
        ex["_rxn"] = rxn
    return out + made


# ----------------------------------------------------------------------------------------------- kinetic
def kinetic_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Rows of a kinetic-data file as records of domain ``kinetic`` (the ``kinetic`` task's input).

    Args:
        path: JSON lines or CSV with ``problem`` (or ``prompt``) and ``solution`` (or ``answer``), optional
            ``id``. Rows missing either are skipped.

    Yields:
        ``{"id", "domain": "kinetic", "metadata": {"problem", "solution"}}``.

    Raises:
        FileNotFoundError: When the file does not exist.
        ValueError: On a line that is not JSON, or a file that is neither ``.jsonl``/``.json`` nor ``.csv``.
    """
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"kinetic file {p} does not exist")
    if p.suffix.lower() in (".jsonl", ".json"):
        rows = []
        for n, line in enumerate(p.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as e:
                    raise ValueError(f"{p}:{n}: not JSON ({e}); one object per line") from e
    elif p.suffix.lower() == ".csv":
        csv.field_size_limit(sys.maxsize)
        with open(p, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    else:
        raise ValueError(f"kinetic file {p}: use .jsonl or .csv")
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            continue
        problem = row.get("problem") or row.get("prompt")
        solution = row.get("solution") if row.get("solution") not in (None, "") else row.get("answer")
        if not isinstance(problem, str) or not problem.strip() or solution in (None, ""):
            continue
        ident = str(row.get("id") or i)
        yield {
            "id": f"{p.stem}/{ident}",
            "domain": "kinetic",
            "metadata": {"problem": problem.strip(), "solution": str(solution).strip()},
        }


def _kinetic_examples(rec: dict, cfg: Any) -> list[dict]:
    meta = rec.get("metadata") or {}
    problem, solution = meta.get("problem"), meta.get("solution")
    if not problem or not solution:
        return []
    key = "kin:" + hashlib.sha256(" ".join(problem.casefold().split()).encode("utf-8")).hexdigest()[:24]
    return [_example(str(rec.get("id")), "kinetic", problem, problem, solution, "From the kinetic data.", keys={key})]


def mist_examples(rec: dict, cfg: Any) -> list[dict]:
    """The MiST-task examples of one record (before splits), for :func:`chemtrove.tasks.build_examples`.

    Args:
        rec: A curated record (``domain`` molecule / reaction), or a ``kinetic`` row.
        cfg: The :class:`chemtrove.tasks.TaskConfig`.

    Returns:
        Internal example dicts (``_mol``/``_rxn`` set so splits use the molecule's or reaction's keys).
    """
    domain = rec.get("domain")
    if domain == "molecule":
        wanted = [t for t in cfg.tasks if t in _MOLECULE]
        return _molecule_examples(rec, cfg, wanted) if wanted else []
    if domain == "reaction":
        wanted = [t for t in cfg.tasks if t in _REACTION]
        return _reaction_examples(rec, cfg, wanted) if wanted else []
    if domain == "kinetic" and "kinetic" in cfg.tasks:
        return _kinetic_examples(rec, cfg)
    return []


__all__ = ["MIST_ALIASES", "MIST_TASKS", "SMILES_ANSWER_TASKS", "kinetic_records", "mist_examples"]
