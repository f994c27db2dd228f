"""One record in, the examples of every chemtrove task that applies to it (before splits).

Shared by :mod:`chemtrove.tasks.builders` (chemtrove's tasks) and :mod:`chemtrove.tasks.mist_tasks` (MiST's
tasks reuse these builders under other names): neither imports the other for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chemtrove.chem import reactions
from chemtrove.chem import smiles as smiles_ops
from chemtrove.chem.keys import molecule_keys, reaction_keys
from chemtrove.chem.tags import END_CIF, START_CIF, wrap_cif, wrap_smiles
from chemtrove.tasks.common import unit_hash
from chemtrove.tasks.config import TaskConfig

_INSTRUCTIONS = {
    "think": "Reply as <think>reasoning</think><answer>answer</answer>.",
    "answer": "Reply as <answer>answer</answer>.",
    "plain": "",
}


# ------------------------------------------------------------------------------------------------ helpers
def formula_and_heavy_atoms(smiles: str) -> tuple[str | None, int]:
    """The molecular formula and heavy-atom count of a SMILES (``(None, 0)`` when it does not parse)."""
    mol, _ = smiles_ops.parse(smiles)
    if mol is None:
        return None, 0
    return smiles_ops.mol_formula(mol), mol.GetNumHeavyAtoms()


def question_text(text: str, fmt: str) -> str:
    instruction = _INSTRUCTIONS[fmt]
    return f"{text}\n{instruction}\n" if instruction else f"{text}\n"


def completion_text(answer: str, rationale: str, fmt: str) -> str:
    if fmt == "think":
        return f"<think>{rationale}</think><answer>{answer}</answer>"
    if fmt == "answer":
        return f"<answer>{answer}</answer>"
    return answer


def make_example(rec_id: str, task: str, question: str, shown: str, answer: str, rationale: str, **extra: Any) -> dict:
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
def molecule_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    meta = rec["metadata"]
    canon = smiles_ops.canonicalize(meta.get("smiles") or "")
    if not canon.ok:
        return []
    smi = canon.value
    formula, heavy = formula_and_heavy_atoms(smi)
    if formula is None or heavy > cfg.max_heavy_atoms:
        return []
    rid, out = str(rec.get("id")), []
    name = meta.get("iupac") or meta.get("name")
    name = name.strip() if isinstance(name, str) and name.strip() else None
    tagged = wrap_smiles(smi)
    if "smiles_canonicalization" in cfg.tasks:
        try:
            shown = smiles_ops.randomize(smi, 1, seed=int(unit_hash(cfg.seed, smi) * 2**31))[0]
        except ValueError:
            shown = smi
        out.append(
            make_example(
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
            make_example(
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
            make_example(
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
            make_example(
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


def largest_molecule(smiles_list: Sequence[str]) -> str | None:
    best, best_n = None, -1
    for s in smiles_list:
        _, n = formula_and_heavy_atoms(s)
        if n > best_n:
            best, best_n = s, n
    return best


def reaction_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    meta = rec["metadata"]
    raw = meta.get("reaction") or ""
    full = reactions.canonicalize(raw)
    if not full.ok or len(full.value) > cfg.max_reaction_chars:
        return []
    reactants, agents, products = (p.split(".") if p else [] for p in full.value.split(">"))
    rid, out = str(rec.get("id")), []
    if "reaction_class" in cfg.tasks:
        names = reactions.reaction_class_names()
        try:
            number = int(str(meta.get("rxn_Class", meta.get("rxn_class", ""))).split(".")[0])
        except ValueError:
            number = None
        if number in names:
            choices = ""
            if cfg.list_classes:
                choices = " Classes: " + "; ".join(f"{k} {v}" for k, v in names.items()) + "."
            out.append(
                make_example(
                    rid,
                    "reaction_class",
                    f"Name the class of the reaction {wrap_smiles(full.value)}.{choices}",
                    full.value,
                    names[number],
                    f"{len(reactants)} reactants, {len(agents)} agents, {len(products)} products.",
                )
            )
    if "forward_reaction" in cfg.tasks and products:
        product = largest_molecule(products)
        formula, heavy = formula_and_heavy_atoms(product or "")
        if product and formula and heavy <= cfg.max_heavy_atoms:
            left = ".".join(sorted(reactants + agents))
            out.append(
                make_example(
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


def crystal_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s, only crystal tasks need it

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
            make_example(
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
            make_example(
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


def example_keys(ex: dict) -> list[str]:
    """The decontamination keys of an example's molecule, reaction or crystal."""
    if "_mol" in ex:
        canon, keys = molecule_keys(ex["_mol"])
        return sorted(keys | ({f"smi:{canon}"} if canon else set()))
    if "_rxn" in ex:
        return sorted(reaction_keys(ex["_rxn"]))
    return ex["keys"]


def answer_text(ex: dict) -> str:
    """What the completion writes: SMILES answers inside SMILES tags (as the model saw SMILES in CPT)."""
    if ex.get("_smiles_answer") or ex["task"] in (
        "forward_reaction",
        "smiles_canonicalization",
        "name_to_smiles",
        "formula_to_smiles",
    ):
        return wrap_smiles(ex["answer"])
    return ex["answer"]


def strip_cif(text: str) -> str:
    return text.replace(START_CIF, "").replace(END_CIF, "")


__all__ = [
    "answer_text",
    "completion_text",
    "crystal_examples",
    "example_keys",
    "formula_and_heavy_atoms",
    "largest_molecule",
    "make_example",
    "molecule_examples",
    "question_text",
    "reaction_examples",
    "strip_cif",
]
