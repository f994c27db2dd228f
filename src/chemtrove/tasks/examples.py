"""One record in, the examples of every chemtrove task that applies to it (before splits).

Shared by :mod:`chemtrove.tasks.builders` (chemtrove's tasks) and :mod:`chemtrove.tasks.mist_tasks` (MiST's
tasks reuse these builders under other names): neither imports the other for them.
"""

from __future__ import annotations

import re
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


_CELL_LINE = re.compile(r"^_cell_(?:length_[abc]|angle_(?:alpha|beta|gamma))   -?\d+\.\d{4}$")
_SG_LINE = re.compile(r"^_symmetry_Int_Tables_number   (\d+)$", re.MULTILINE)


def curated_cif_sites(meta: dict) -> int | None:
    """Atoms in the cell of a CIF that ``chemtrove curate`` wrote in the tasks' canonical form, else ``None``.

    Curate's :class:`~chemtrove.curate.crystals.CanonicalizeCif` writes ``cif`` together with ``formula`` and
    ``spacegroup``; with the default crystal options (symmetrized at ``symprec`` 0.1, 4 decimals, no
    properties block, partial occupancies dropped) its text is what the tasks would write again, a fixed
    point of :func:`chemtrove.chem.crystals.canonicalize`. Such a text is recognized here from its layout
    (its space group number is the record's ``spacegroup`` and above 1, cell parameters with 4 decimals, the
    operations loop, every occupancy 1), so the builders need not parse it twice; any other CIF (a raw file or
    table, a P1 text, which may be a cell curated with ``symmetrized: false``, a curation with other decimals
    or a properties block) returns ``None`` and is canonicalized. A curation at another ``symprec`` cannot be
    told from its text: build its tasks with ``TaskConfig(reuse_curated_cif=False)``.

    Args:
        meta: A record's metadata.

    Returns:
        The number of atoms in the cell (sum of the site multiplicities), or ``None``.
    """
    from chemtrove.chem.crystals.canonical import _OPS_LOOP  # lazy: pymatgen, only crystal tasks need it

    cif, number = meta.get("cif"), meta.get("spacegroup")
    if (
        not isinstance(cif, str)
        or not meta.get("formula")
        or number in (None, "")
        or "partial_occupancy" in str(meta.get("flags") or "")
    ):
        return None
    lines = cif.splitlines()
    sg = _SG_LINE.search(cif)
    if len(lines) < 8 or not lines[0].startswith("data_") or not lines[1].startswith("_symmetry_space_group_name"):
        return None  # a properties block (or anything else) between data_ and the space group
    if sg is None or sg.group(1) != str(number).strip() or sg.group(1) == "1":
        return None
    if not all(_CELL_LINE.match(ln) for ln in lines[2:8]):
        return None
    if not _OPS_LOOP.search(cif) or " _atom_site_occupancy" not in lines:
        return None
    rows = [ln.split() for ln in lines[lines.index(" _atom_site_occupancy") + 1 :]]
    if not rows or any(len(r) != 7 or r[6] != "1" or not r[2].isdigit() for r in rows):
        return None
    return sum(int(r[2]) for r in rows)


def _task_cif(meta: dict, cfg: TaskConfig) -> tuple[str, int] | None:
    """The canonical CIF text without symmetry operations and its atoms in the cell, or ``None``."""
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s, only crystal tasks need it

    atoms = curated_cif_sites(meta) if cfg.reuse_curated_cif else None
    if atoms is not None:
        return crystals.drop_symmetry_ops(meta["cif"]), atoms
    # The answer is the canonical CIF without its symmetry operations (CrystaLLM's short training form):
    # rewards put the operations back from the space group number before reading it.
    canon = crystals.canonicalize(meta.get("cif") or "", symmetry_ops=False, charge_balance=False)
    if not canon.ok:
        return None
    structure, _, _ = crystals.parse(crystals.restore_symmetry_ops(canon.value))
    return (canon.value, len(structure)) if structure is not None else None


def crystal_examples(rec: dict, cfg: TaskConfig) -> list[dict]:
    from chemtrove.chem import crystals  # lazy: pymatgen loads in ~0.7 s, only crystal tasks need it

    made = _task_cif(rec["metadata"], cfg)
    if made is None:
        return []
    text, atoms = made
    key = crystals.key_from_canonical(text)
    if key is None or atoms > cfg.max_cif_sites:
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
                f"{atoms} atoms in the cell.",
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
    "curated_cif_sites",
    "example_keys",
    "formula_and_heavy_atoms",
    "largest_molecule",
    "make_example",
    "molecule_examples",
    "question_text",
    "reaction_examples",
    "strip_cif",
]
