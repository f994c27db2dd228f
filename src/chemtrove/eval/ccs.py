"""Chemical Competence Score (CCS): does the model prefer true chemical statements to corrupted ones?

Statements are built from curated records, each as a ``(prompt, true completion, corrupted completion)``
triple; the completion carries the claim, so only the claim is scored (lm-eval conventions, see
:mod:`chemtrove.eval.logprobs`). Kinds:

``formula``
    ``The molecular formula of [START_SMILES]<smiles>[END_SMILES] is`` `` C9H8O4`` (RDKit's Hill formula)
    against the same formula with one element count changed by ±1 or ±2.
``crystal_formula``
    ``[START_CIF]<cif without its data_ and formula lines>[END_CIF]`` ``The reduced formula of this crystal
    is`` `` LiCoO2`` against a perturbed formula (the model has to read the sites; crystals of one element
    are skipped, since any change of their count reduces to the same formula).
``space_group``
    ``[START_CIF]<cif without its space-group symbol and number>[END_CIF]`` ``The space group of this crystal
    is`` `` R-3m`` against another common space group.
``reaction_class``
    ``The reaction [START_SMILES]<reaction>[END_SMILES] belongs to the class`` `` Reductions`` against
    another of the ten Schneider/USPTO class names (records with ``rxn_Class``).
``hydration_energy``
    ``The hydration free energy of [START_SMILES]<smiles>[END_SMILES] is`` `` -3.45 kcal/mol`` (FreeSolv
    ``expt``) against the value shifted by 2-6 kcal/mol.
``crystal_description`` (in :data:`EXTRA_KINDS`: built when asked for)
    One sentence of the crystal's description (:mod:`chemtrove.chem.crystals.describe`, robocrys-style
    facts), with the sentences before it as context: ``... O(1) is bonded to`` `` four Al atoms.`` against the
    same sentence with that one fact changed (coordination number, bond length, cell, density, crystal system
    or space group).

Every corruption is drawn from a generator seeded with ``(seed, kind, record id)``: the same record gives
the same statement pair whatever else is in the data. The score is Cohen's d (pooled SD) between the mean
per-token log-probability of the true and of the corrupted claims, over all kinds together, and per kind.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from chemtrove.chem.tags import END_CIF, END_SMILES, START_CIF, START_SMILES
from chemtrove.eval import records as R
from chemtrove.eval.logprobs import completion_logprobs
from chemtrove.eval.scs import summarize

__all__ = [
    "EXTRA_KINDS",
    "KINDS",
    "COMMON_SPACE_GROUPS",
    "build_statements",
    "ccs",
    "perturb_formula",
    "reaction_class_names",
]

KINDS = ("formula", "crystal_formula", "space_group", "reaction_class", "hydration_energy")
EXTRA_KINDS = ("crystal_description",)
"""Kinds built only when asked for (``kinds=[..., "crystal_description"]``): describing a crystal costs
~0.2 s (CrystalNN), see :mod:`chemtrove.chem.crystals.describe`."""

COMMON_SPACE_GROUPS = (
    "P1",
    "P-1",
    "P2_1",
    "P2_1/c",
    "C2/c",
    "C2/m",
    "Pnma",
    "Cmcm",
    "P4/mmm",
    "I4/mmm",
    "I4_1/amd",
    "R-3m",
    "R-3c",
    "P6_3/mmc",
    "P6/mmm",
    "Pm-3m",
    "Fm-3m",
    "Fd-3m",
    "Im-3m",
    "Ia-3d",
)
"""Space groups a corrupted ``space_group`` statement draws from (in pymatgen's CIF spelling)."""

_FORMULA = re.compile(r"([A-Z][a-z]?)(\d+(?:\.\d+)?)?")
_CHARGE = re.compile(r"([+-]\d*)$")


@lru_cache(maxsize=1)
def reaction_class_names() -> dict[str, str]:
    """The Schneider/USPTO reaction class names shipped in ``chemtrove/data/reactions``.

    Returns:
        ``{"1": "Heteroatom alkylation and arylation", ..., "10": "Functional group addition (FGA)"}``.
    """
    path = resources.files("chemtrove") / "data" / "reactions" / "schneider_rxn_class_names.json"
    return {str(k): str(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}


def _rng(seed: int, kind: str, rid: str) -> random.Random:
    return random.Random(f"chemtrove-ccs:{seed}:{kind}:{rid}")


def _fmt_count(x: float) -> str:
    if abs(x - round(x)) < 1e-9:
        n = int(round(x))
        return "" if n == 1 else str(n)
    return f"{x:g}"


def perturb_formula(formula: str, rng: random.Random) -> str | None:
    """The formula with one element's count changed by ±1 or ±2 (never to zero or below).

    Element order and a trailing charge (``C2H3O2-``) are kept.

    Args:
        formula: A formula like ``C9H8O4``, ``LiCoO2`` or ``Na0.8CoO2``.
        rng: The random generator that picks the element and the change.

    Returns:
        A different formula, or ``None`` when the text is not a formula.

    Example:
        >>> perturb_formula("C2H6O", random.Random(0)) != "C2H6O"
        True
    """
    charge = ""
    m = _CHARGE.search(formula)
    body = formula
    if m:
        charge, body = m.group(1), formula[: m.start()]
    if not _is_formula(body):
        return None
    parts = _FORMULA.findall(body)
    counts = [float(c) if c else 1.0 for _, c in parts]
    i = rng.randrange(len(parts))
    deltas = [d for d in (-2, -1, 1, 2) if counts[i] + d > 0]
    counts[i] += rng.choice(deltas)
    return "".join(e + _fmt_count(c) for (e, _), c in zip(parts, counts, strict=True)) + charge


def _mol_formula(smiles: str) -> str | None:
    from rdkit import rdBase
    from rdkit.Chem import rdMolDescriptors

    from chemtrove.chem import smiles as S

    mol, _ = S.parse(smiles)
    if mol is None:
        return None
    with rdBase.BlockLogs():
        return rdMolDescriptors.CalcMolFormula(mol)


_CIF_FIELD = r"^{}\s+(.+?)\s*$"


def _cif_field(cif: str, name: str) -> str | None:
    m = re.search(_CIF_FIELD.format(re.escape(name)), cif, re.MULTILINE)
    return m.group(1).strip("'\"") if m else None


def _drop_lines(cif: str, prefixes: Sequence[str]) -> str:
    return "".join(line for line in cif.splitlines(keepends=True) if not line.lstrip().startswith(tuple(prefixes)))


def _is_formula(text: str) -> bool:
    parts = _FORMULA.findall(text)
    return bool(parts) and "".join(e + c for e, c in parts) == text


def _reduced_formula(cif: str) -> str | None:
    formula = _cif_field(cif, "_chemical_formula_structural")
    if formula and _is_formula(formula):
        return formula
    total = _cif_field(cif, "_chemical_formula_sum")
    if not total:
        return None
    try:
        from pymatgen.core import Composition

        return Composition(total).reduced_formula
    except Exception:  # noqa: BLE001 - a malformed field means no statement, not a crash
        return None


def _statement(kind: str, rec: dict[str, Any], prompt: str, true: str, corrupted: str | None) -> dict[str, Any] | None:
    if corrupted is None or corrupted == true:
        return None
    return {"kind": kind, "id": rec["id"], "prompt": prompt, "true": true, "corrupted": corrupted}


def _formula_statement(rec: dict[str, Any], seed: int, max_chars: int) -> dict[str, Any] | None:
    smi = R.record_smiles(rec)
    if not smi or len(smi) > max_chars:
        return None
    formula = _mol_formula(smi)
    if not formula:
        return None
    bad = perturb_formula(formula, _rng(seed, "formula", rec["id"]))
    prompt = f"The molecular formula of {START_SMILES}{smi}{END_SMILES} is"
    return _statement("formula", rec, prompt, f" {formula}", None if bad is None else f" {bad}")


def _hydration_statement(rec: dict[str, Any], seed: int, max_chars: int) -> dict[str, Any] | None:
    smi = R.record_smiles(rec)
    try:
        value = float(rec["metadata"].get("expt"))
    except (TypeError, ValueError):
        return None
    if not smi or len(smi) > max_chars or not math.isfinite(value):
        return None
    rng = _rng(seed, "hydration_energy", rec["id"])
    shifted = value + rng.choice((-1.0, 1.0)) * rng.uniform(2.0, 6.0)
    prompt = f"The hydration free energy of {START_SMILES}{smi}{END_SMILES} is"
    return _statement("hydration_energy", rec, prompt, f" {value:.2f} kcal/mol", f" {shifted:.2f} kcal/mol")


def _reaction_statement(rec: dict[str, Any], seed: int, max_chars: int) -> dict[str, Any] | None:
    names = reaction_class_names()
    cls = str(rec["metadata"].get("rxn_Class", "")).strip()
    rxn = R.record_reaction(rec)
    if cls not in names or not rxn or len(rxn) > max_chars:
        return None
    others = sorted((k for k in names if k != cls), key=int)
    wrong = names[_rng(seed, "reaction_class", rec["id"]).choice(others)]
    prompt = f"The reaction {START_SMILES}{rxn}{END_SMILES} belongs to the class"
    return _statement("reaction_class", rec, prompt, f" {names[cls]}", f" {wrong}")


def _crystal_statements(rec: dict[str, Any], seed: int, max_chars: int) -> list[dict[str, Any]]:
    cif = R.record_cif(rec)
    if not cif or len(cif) > max_chars:
        return []
    out = []
    formula = _reduced_formula(cif)
    if formula and len(_FORMULA.findall(formula)) > 1:  # "Fe" -> "Fe3" would be the same reduced formula
        body = _drop_lines(cif, ("data_", "_chemical_formula_structural", "_chemical_formula_sum"))
        bad = perturb_formula(formula, _rng(seed, "crystal_formula", rec["id"]))
        prompt = f"{START_CIF}{body}{END_CIF}\nThe reduced formula of this crystal is"
        out.append(_statement("crystal_formula", rec, prompt, f" {formula}", None if bad is None else f" {bad}"))
    symbol = _cif_field(cif, "_symmetry_space_group_name_H-M")
    if symbol:
        symbol = symbol.replace(" ", "")
        body = _drop_lines(cif, ("_symmetry_space_group_name_H-M", "_symmetry_Int_Tables_number", "_space_group"))
        others = [s for s in COMMON_SPACE_GROUPS if s != symbol]
        wrong = _rng(seed, "space_group", rec["id"]).choice(others)
        prompt = f"{START_CIF}{body}{END_CIF}\nThe space group of this crystal is"
        out.append(_statement("space_group", rec, prompt, f" {symbol}", f" {wrong}"))
    return [s for s in out if s is not None]


def _description_statement(rec: dict[str, Any], seed: int, max_chars: int) -> dict[str, Any] | None:
    from chemtrove.chem.crystals.describe import corrupt_fact, describe_cif

    cif = R.record_cif(rec)
    if not cif or len(cif) > max_chars:
        return None
    desc = describe_cif(cif)
    if desc is None or not desc.facts:
        return None
    rng = _rng(seed, "crystal_description", rec["id"])
    i = rng.randrange(len(desc.facts))
    fact = desc.facts[i]
    bad = corrupt_fact(fact, rng)
    context = " ".join(f.sentence for f in desc.facts[:i])
    prompt = (f"{context} {fact.prefix}" if context else fact.prefix).rstrip(" ")
    wrong = None if bad is None else f" {bad}{fact.suffix}"
    return _statement("crystal_description", rec, prompt, f" {fact.value}{fact.suffix}", wrong)


def build_statements(
    records: Iterable[dict[str, Any]],
    *,
    per_kind: int | None = 32,
    seed: int = 0,
    max_smiles_chars: int = 200,
    max_cif_chars: int = 4000,
    kinds: Sequence[str] = KINDS,
) -> list[dict[str, Any]]:
    """True and corrupted statements from curated records, deterministic, at most ``per_kind`` of each kind.

    Records are visited in :func:`chemtrove.eval.records.hash_order` of their ids, so the selection does not
    depend on file order. Molecules give ``formula`` (and ``hydration_energy`` when they carry FreeSolv's
    ``expt``), reactions with ``rxn_Class`` give ``reaction_class``, crystals give ``crystal_formula`` and
    ``space_group``.

    Args:
        records: Record dicts (see :mod:`chemtrove.eval.records`).
        per_kind: Most statements of each kind (``None``: no limit).
        seed: Seed of the selection and of the corruptions.
        max_smiles_chars: Longest molecule or reaction SMILES used.
        max_cif_chars: Longest CIF used.
        kinds: Kinds to build.

    Returns:
        Dicts with ``kind``, ``id``, ``prompt``, ``true`` and ``corrupted`` (completions, leading space
        included).
    """
    unknown = set(kinds) - set(KINDS) - set(EXTRA_KINDS)
    if unknown:
        raise ValueError(f"unknown statement kinds {sorted(unknown)}; known: {KINDS + EXTRA_KINDS}")
    counts = dict.fromkeys(kinds, 0)
    out: list[dict[str, Any]] = []

    def want(kind: str) -> bool:
        return kind in counts and (per_kind is None or counts[kind] < per_kind)

    for rec in R.sample_records(records, None, seed):
        domain = rec.get("domain")
        made: list[dict[str, Any] | None] = []
        if domain == "molecule":
            if want("formula"):
                made.append(_formula_statement(rec, seed, max_smiles_chars))
            if want("hydration_energy") and "expt" in rec["metadata"]:
                made.append(_hydration_statement(rec, seed, max_smiles_chars))
        elif domain == "reaction" and want("reaction_class"):
            made.append(_reaction_statement(rec, seed, max_smiles_chars))
        elif domain == "crystal" and (want("crystal_formula") or want("space_group")):
            made.extend(_crystal_statements(rec, seed, max_cif_chars))
        if domain == "crystal" and want("crystal_description"):
            made.append(_description_statement(rec, seed, max_cif_chars))
        for s in made:
            if s is not None and want(s["kind"]):
                counts[s["kind"]] += 1
                out.append(s)
        if per_kind is not None and all(c >= per_kind for c in counts.values()):
            break
    return out


def _nanmean(values: Sequence[float]) -> float:
    finite = [v for v in values if math.isfinite(v)]
    return float(np.mean(finite)) if finite else math.nan


def ccs(model: Any, tokenizer: Any, statements: Sequence[dict[str, Any]], *, batch_size: int = 16) -> dict[str, Any]:
    """Chemical Competence Score of a model on statements from :func:`build_statements`.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its ``transformers`` tokenizer.
        statements: The statement pairs.
        batch_size: Requests per forward pass.

    Returns:
        ``{"ccs": Cohen's d true vs corrupted over all statements, "n", "conditions": {true|corrupted: means},
        "paired_accuracy", "kinds": {kind: {"d", "n", "paired_accuracy", "conditions"}}, "examples"}``.
    """
    pairs = [(s["prompt"], s["true"]) for s in statements] + [(s["prompt"], s["corrupted"]) for s in statements]
    scored = completion_logprobs(model, tokenizer, pairs, batch_size=batch_size) if pairs else []
    n = len(statements)
    true, bad = scored[:n], scored[n:]
    overall = summarize({"true": true, "corrupted": bad}, "true", "corrupted", ("true", "corrupted"))
    kinds: dict[str, Any] = {}
    for kind in KINDS + EXTRA_KINDS:
        idx = [i for i, s in enumerate(statements) if s["kind"] == kind]
        if not idx:
            continue
        k = summarize(
            {"true": [true[i] for i in idx], "corrupted": [bad[i] for i in idx]},
            "true",
            "corrupted",
            ("true", "corrupted"),
        )
        kinds[kind] = {
            "d": k["d"],
            "n": len(idx),
            "paired_accuracy": k["paired_accuracy"],
            "conditions": k["conditions"],
        }
    seen: set[str] = set()
    examples = []
    for s in statements:
        if s["kind"] not in seen:
            seen.add(s["kind"])
            examples.append(
                {"kind": s["kind"], "prompt": s["prompt"][-120:], "true": s["true"], "corrupted": s["corrupted"]}
            )
    return {
        "ccs": overall["d"],
        "n": n,
        "conditions": overall["conditions"],
        "paired_accuracy": overall["paired_accuracy"],
        "kinds": kinds,
        "mean_kind_d": _nanmean([v["d"] for v in kinds.values()]),
        "examples": examples,
    }
