"""Planted contamination is found; unrelated items are kept; the step is deterministic and picklable."""

import json
import pickle

import pytest
from datatrove.data import Document

from chemtrove.chem import smiles
from chemtrove.curate import CanonicalizeReactions, CanonicalizeSmiles, apply
from chemtrove.curate.decontam import BenchmarkSet, Decontaminate, load_benchmark

ABSTRACT = (
    "We report a one pot synthesis of substituted quinolines from anilines and ketones catalysed by iron "
    "chloride under air, giving yields above ninety percent for twenty examples within two hours at room temperature."
)


@pytest.fixture
def mol_bench(tmp_path, chembl_smiles):
    path = tmp_path / "bench_mols.csv"
    extra = ["CC(=O)Oc1ccccc1C(=O)O", "C[C@H](N)C(=O)O"]
    path.write_text("smiles\n" + "\n".join(chembl_smiles[:50] + extra) + "\n")
    return BenchmarkSet(name="mols", path=str(path))


def test_molecules_found_in_any_spelling(mol_bench, chembl_smiles):
    train = []
    for i, s in enumerate(chembl_smiles[:50]):
        train.append(smiles.randomize(s, 1, seed=i)[0] if i % 2 else s)  # non-canonical spellings
    train += chembl_smiles[100:150]  # unrelated
    train += ["CC(=O)Oc1ccccc1C(=O)[O-].[Na+]", "C[C@@H](N)C(=O)O", "CC(N)C(=O)O"]  # salt, stereo variants
    df = apply(train, [CanonicalizeSmiles(), Decontaminate([mol_bench])])
    dropped = df.filter(~df["kept"])
    assert dropped.height == 53
    assert set(dropped["reason"]) == {"contaminated_mols"}
    assert df["kept"][50:100].all()


def test_stereo_insensitive_is_optional(tmp_path):
    path = tmp_path / "b.smi"
    path.write_text("C[C@H](N)C(=O)O\n")
    strict = BenchmarkSet(name="b", path=str(path), stereo_insensitive=False)
    df = apply(["C[C@@H](N)C(=O)O", "C[C@H](N)C(=O)O"], [CanonicalizeSmiles(), Decontaminate([strict])])
    assert df["kept"].to_list() == [True, False]


def test_reactions_reordered_or_mapped(tmp_path, reactions_rows):
    bench = tmp_path / "rxn.csv"
    bench.write_text("rxn_smiles\n" + "\n".join(r["rxn_Smiles"] for r in reactions_rows[:20]) + "\n")
    spec = BenchmarkSet(name="uspto_test", path=str(bench))
    assert load_benchmark(spec).kind == "reactions"
    from chemtrove.chem import reactions

    train = []
    for r in reactions_rows[:20]:
        c = reactions.canonicalize(r["rxn_Smiles"]).value
        reac, agents, prod = c.split(">")
        train.append(".".join(reversed(reac.split("."))) + ">" + agents + ">" + prod)  # reordered, maps gone
    train.append(reactions_rows[0]["rxn_Smiles"])  # atom-mapped original
    folded = reactions.canonicalize(reactions_rows[1]["rxn_Smiles"], fold_agents=True).value
    train.append(folded)  # agents moved into reactants: matched by the agent-free key only if no agents
    train += [r["rxn_Smiles"] for r in reactions_rows[100:130]]
    df = apply(train, [CanonicalizeReactions(), Decontaminate([spec])])
    assert not df["kept"][:21].any()
    assert df["kept"][22:].all()


def test_paraphrased_text_found(tmp_path):
    bench = tmp_path / "qa.jsonl"
    bench.write_text(json.dumps({"text": ABSTRACT}) + "\n")
    spec = BenchmarkSet(name="qa", path=str(bench))
    para = ABSTRACT.replace("iron chloride", "ferric chloride").replace("two hours", "three hours")
    other = (
        "Thin films were grown by sputtering on silicon wafers and annealed in argon for one hour at high temperature."
    )
    df = apply([para, other, ABSTRACT], [Decontaminate([spec])])
    assert df["kept"].to_list() == [False, True, False]
    assert df["reason"][0] == "contaminated_qa"


def test_tagged_smiles_in_prose(mol_bench):
    doc = Document(text="We made aspirin, [START_SMILES]CC(=O)Oc1ccccc1C(=O)O[END_SMILES], twice.", id="1")
    step = Decontaminate([mol_bench])
    assert step.match(doc) == "mols"
    assert Decontaminate([mol_bench], check_tagged_spans=False, check_names=False).match(doc) is None
    # "aspirin" is a name of the benchmark molecule (the default lexicon's), so names alone find it too
    assert Decontaminate([mol_bench], check_tagged_spans=False).match(doc) == "mols"


def test_crystal_with_origin_shift(tmp_path, data_dir):
    from pymatgen.io.cif import CifWriter

    from chemtrove.chem import crystals

    cifs = sorted((data_dir / "cif").rglob("*.cif"))[:6]
    assert cifs, "tests/data/cif holds real CIFs"
    bench = tmp_path / "bench_cifs"
    bench.mkdir()
    (bench / cifs[0].name).write_text(cifs[0].read_text())
    spec = BenchmarkSet(name="mp_test", path=str(bench))
    structure, reason, _ = crystals.parse(cifs[0].read_text())
    assert structure is not None, reason
    shifted = structure.copy()
    shifted.translate_sites(list(range(len(shifted))), [0.13, 0.07, 0.21], frac_coords=True)
    step = Decontaminate([spec])
    assert step.match(Document(text=str(CifWriter(shifted)), id="s")) == "mp_test"
    others = [Document(text=p.read_text(), id=p.name) for p in cifs[1:]]
    assert [step.match(d) for d in others] == [None] * len(others)


def test_step_pickles_without_its_index(mol_bench):
    step = Decontaminate([mol_bench])
    step.match(Document(text="x", id="1", metadata={"smiles": "CCO"}))
    assert step._indexes is not None
    clone = pickle.loads(pickle.dumps(step))
    assert clone._indexes is None
    assert clone.match(Document(text="x", id="1", metadata={"smiles": "OC(=O)c1ccccc1OC(C)=O"})) == "mols"


def test_bad_benchmark_specs(tmp_path):
    with pytest.raises(ValueError, match="name"):
        BenchmarkSet(name="a/b", path="x")
    with pytest.raises(ValueError, match="kind"):
        BenchmarkSet(name="a", path="x", kind="proteins")
    with pytest.raises(FileNotFoundError):
        load_benchmark(BenchmarkSet(name="a", path=str(tmp_path / "missing.csv")))
    (tmp_path / "odd.csv").write_text("foo,bar\n1,2\n")
    with pytest.raises(ValueError, match="column"):
        load_benchmark(BenchmarkSet(name="a", path=str(tmp_path / "odd.csv")))


def test_molecule_keys_match_charged_and_salt_forms_both_ways():
    from chemtrove.curate.decontam import molecule_keys

    def ik(s):
        return {k for k in molecule_keys(s)[1] if k.startswith("ik:")}

    for neutral, other in [
        ("CN", "C[NH3+]"),  # protonated amine, one fragment
        ("CC(=O)O", "CC(=O)[O-]"),  # carboxylate, one fragment
        ("CC(=O)O", "CC(=O)[O-].[Na+]"),  # salt
        ("c1ccncc1", "c1cc[nH+]cc1.[Cl-]"),  # hydrochloride
    ]:
        assert ik(neutral) & ik(other), (neutral, other)
        assert ik(other) & ik(neutral), (other, neutral)
    assert not ik("CCO") & ik("CCN")
