"""Crystal tasks on curated CIFs: a CIF that curate wrote in the tasks' canonical form is used as it is (the same
examples as canonicalizing it again); raw CIFs and curated texts in another form are canonicalized."""

from __future__ import annotations

import pytest

from chemtrove.chem import crystals
from chemtrove.chem.tags import wrap_cif
from chemtrove.tasks import TaskConfig, build_examples, read_records
from chemtrove.tasks.examples import crystal_examples, curated_cif_sites

CRYSTAL_TASKS = ["crystal_generation", "crystal_composition"]


@pytest.fixture(scope="module")
def curated_crystals(tmp_path_factory, data_dir, curate):
    """The CIFs of tests/data (experimental, CSD, JARVIS, MP, perovskites) through the real curation."""
    out = tmp_path_factory.mktemp("curated_cif")
    cif = data_dir / "cif"
    sources = [
        {"name": "dans", "kind": "crystals", "path": str(cif / "dans_diffraction")},
        {"name": "pyxtal", "kind": "crystals", "path": str(cif / "pyxtal")},
        {"name": "perov5", "kind": "crystals", "path": str(cif / "perov5_sample_40.csv"), "column": "cif",
         "id_column": "material_id"},
    ]  # fmt: skip
    return list(read_records(curate(out, sources)))


def test_curated_cifs_give_the_same_examples_as_canonicalizing_again(curated_crystals):
    records = [r for r in curated_crystals if r["domain"] == "crystal"]
    reused = [r for r in records if curated_cif_sites(r["metadata"]) is not None]
    # every curated crystal but the P1 ones (they may be unsymmetrized cells) takes the short path
    assert len(records) >= 40 and len(reused) == sum(r["metadata"]["spacegroup"] not in (1, "1") for r in records)
    assert len({r["metadata"]["spacegroup"] for r in reused}) >= 8  # cubic to monoclinic, not perovskites alone
    cfg = TaskConfig(tasks=CRYSTAL_TASKS, format="think")
    fast = build_examples(records, cfg)
    slow = build_examples(records, TaskConfig(tasks=CRYSTAL_TASKS, format="think", reuse_curated_cif=False))
    assert fast == slow and len(fast) >= len(records)
    for rec in reused:
        cif = rec["metadata"]["cif"]
        short = crystals.canonicalize(cif, symmetry_ops=False, charge_balance=False).value
        assert crystals.drop_symmetry_ops(cif) == short and crystals.restore_symmetry_ops(short) == cif
        structure, _, _ = crystals.parse(cif)
        assert curated_cif_sites(rec["metadata"]) == len(structure), rec["id"]


def test_raw_and_other_forms_are_canonicalized(curated_crystals, cif_table):
    cfg = TaskConfig(tasks=CRYSTAL_TASKS, format="answer")
    raw = list(read_records(cif_table))  # P1 cells from a table, not curated
    assert raw and all(curated_cif_sites(r["metadata"]) is None for r in raw)
    for rec in raw[:5]:
        (gen, _) = crystal_examples(rec, cfg)
        canon = crystals.canonicalize(rec["metadata"]["cif"], symmetry_ops=False, charge_balance=False).value
        assert gen["answer"] == wrap_cif(canon)
        assert rec["metadata"]["cif"] not in gen["answer"]

    rec = next(r for r in curated_crystals if curated_cif_sites(r["metadata"]) is not None)
    meta, cif = rec["metadata"], rec["metadata"]["cif"]
    lines = cif.splitlines()
    props = "\n".join([lines[0], "loop_", " _atom_type_symbol", " _atom_type_electronegativity", *lines[1:]]) + "\n"
    sg_line = f"_symmetry_Int_Tables_number   {meta['spacegroup']}"
    other_forms = {
        "five decimals": cif.replace(lines[2], lines[2] + "0"),
        "properties block": props,
        "partial occupancy": cif.rstrip("\n").rsplit(" ", 1)[0] + " 0.5\n",
        "another space group": cif.replace(sg_line, "_symmetry_Int_Tables_number   2"),
    }
    for what, text in other_forms.items():
        altered = {**rec, "metadata": {**meta, "cif": text}}
        assert curated_cif_sites(altered["metadata"]) is None, what
        strict = TaskConfig(tasks=CRYSTAL_TASKS, format="answer", reuse_curated_cif=False)
        assert crystal_examples(altered, cfg) == crystal_examples(altered, strict), what
    assert curated_cif_sites({k: v for k, v in meta.items() if k != "spacegroup"}) is None  # not curate's record


def test_reuse_curated_cif_must_be_a_bool():
    with pytest.raises(ValueError, match="reuse_curated_cif must be true or false, got 'no'"):
        TaskConfig(reuse_curated_cif="no")
