"""The fresh18 and fresh19 sets of the names evaluation: their sentences are seeded samples of the pool of MuLMS
sentences left after fresh15 to fresh17 (and fresh18), every gold span is its text's slice and every structure
canonical (the finder is not run on them: they are held out), and a text marked before keeps its label."""

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_build_mulms  # noqa: E402
import names_gold_labels  # noqa: E402
import names_mulms_f16_labels  # noqa: E402
import names_mulms_f17_labels  # noqa: E402
import names_mulms_f18_labels  # noqa: E402
import names_mulms_f19_labels  # noqa: E402
import names_mulms_labels  # noqa: E402
from sentence_sets import DATA, assert_spans_and_structures, load, stored  # noqa: E402

EARLIER = ("mulms_sentences.tsv", "mulms_f16_sentences.tsv", "mulms_f17_sentences.tsv")


def left_after(taken: list[int]) -> list[int]:
    """The pool's indices not in ``taken``, in the pool's order."""
    return [i for i in range(506) if i not in set(taken)]


def earlier_samples() -> list[int]:
    """The pool indices of fresh15, fresh16 and fresh17, from their seeds alone."""
    taken = random.Random(39).sample(range(506), 50)
    taken += random.Random(40).sample(left_after(taken), 50)
    return taken + random.Random(43).sample(left_after(taken), 50)


def check_sample(tsv: str, name: str, expected: list[int], earlier: tuple[str, ...]) -> None:
    keys = (DATA / "mulms_pool.txt").read_text(encoding="utf-8").split()
    rows = stored(tsv)
    assert [key for key, _ in rows] == [keys[i] for i in expected]
    assert not {key for key, _ in rows} & {key for f in earlier for key, _ in stored(f)}
    assert all(len(text) >= names_build_mulms.MIN_CHARS for _, text in rows)
    docs = load(name)
    assert [(d["doi"], d["text"]) for d in docs] == [(f"MuLMS:{k}", t) for k, t in rows]
    assert [d["file"] for d in docs] == [f"data/mulms_corpus/xmi/{k.split(':')[0]}.xmi" for k, _ in rows]


def test_fresh18_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh17():
    rest = left_after(earlier_samples())
    assert len(rest) == 356
    assert names_mulms_f18_labels.SAMPLE_SEED == 48 and names_mulms_f18_labels.SIZE == 40
    expected = random.Random(48).sample(rest, 40)
    assert names_build_mulms.samples(506)[3] == expected
    check_sample("mulms_f18_sentences.tsv", "materials_fresh18", expected, EARLIER)


def test_fresh19_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh18():
    rest = left_after(earlier_samples() + random.Random(48).sample(left_after(earlier_samples()), 40))
    assert len(rest) == 316
    assert names_mulms_f19_labels.SAMPLE_SEED == 49 and names_mulms_f19_labels.SIZE == 40
    expected = random.Random(49).sample(rest, 40)
    assert names_build_mulms.samples(506)[4] == expected
    check_sample("mulms_f19_sentences.tsv", "materials_fresh19", expected, (*EARLIER, "mulms_f18_sentences.tsv"))


def entities(name: str, labels) -> list[dict]:
    """The set's gold mentions, checked against its label file: every listed mention placed, none added."""
    docs = load(name)
    assert_spans_and_structures(docs)
    listed = Counter(m if isinstance(m, str) else m[0] for ms in labels.MENTIONS.values() for m in ms)
    assert Counter(e["text"] for d in docs for e in d["entities"]) == listed
    return [e for d in docs for e in d["entities"]]


def test_fresh18_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh18", names_mulms_f18_labels)
    assert sum(not d["entities"] for d in load("materials_fresh18")) == 12
    assert len(ents) == 66
    assert sum(e["structure"] for e in ents) == 53
    assert [e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])] == ["BPDA"]
    assert {e["text"] for e in ents if not e["structure"]} >= {"carbon black", "Pt/CB", "TEC10E50E", "FTO"}
    by_doi = {d["doi"]: [e["text"] for e in d["entities"]] for d in load("materials_fresh18")}
    # the elements of atomic ratios are marked; the class "potassium halide" is not, its values are
    assert by_doi["MuLMS:semi_06:9790"] == ["Si", "H2", "C", "Si", "Cl", "Br", "Si"]
    assert by_doi["MuLMS:oastm_03:4485"][3:7] == ["F", "Cl", "Br", "I"]
    # "Pt precursors": the element; "Cu-3d", "UCu": not marked; "I/C": the letters of a mass ratio, not marked
    assert by_doi["MuLMS:electrolysis_02:15515"] == ["Pt"]
    assert by_doi["MuLMS:graphene_01:31025"] == ["Cu"]
    assert by_doi["MuLMS:pemfc_03:7947"] == ["platinum", "carbon"]
    by_text = {e["text"]: e for e in ents}
    assert by_text["MBTC"]["smiles"] == by_text["butyltin trichloride"]["smiles"]
    assert by_text["NaF"]["smiles"] == "[F-].[Na+]"


def test_fresh19_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh19", names_mulms_f19_labels)
    docs = load("materials_fresh19")
    assert sum(not d["entities"] for d in docs) == 16
    assert len(ents) == 55
    assert sum(e["structure"] for e in ents) == 38
    assert sorted(e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])) == [
        "BZCYN",
        "LSC",
        "PBSCF",
    ]
    assert {e["text"] for e in ents if not e["structure"]} >= {"PMMA", "polyimide", "STS", "NiCoFe hydroxides"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["LSGM"]["formula"] == by_text["La0.95Sr0.05Ga0.95Mg0.05O3−δ"]["formula"]
    assert by_text["SiCl2"]["smiles"] == "Cl[Si]Cl"
    by_doi = {d["doi"]: d for d in docs}
    # "SiC" glued to the words after it (spaces lost) is marked, the glued text no part of the span
    glued = by_doi["MuLMS:semi_06:14897"]
    sic = next(e for e in glued["entities"] if e["text"] == "SiC")
    assert glued["text"][sic["end"] :].startswith("surface")
    # "Ni-YSZ": the cermet's members; "Si and C precursors": the elements
    assert [e["text"] for e in by_doi["MuLMS:sofc_02:8890"]["entities"]] == ["LSC", "YSZ", "Ni", "YSZ"]
    assert [e["text"] for e in by_doi["MuLMS:semi_05:10516"]["entities"]] == ["Si", "C"]


def agree(labels: dict, earlier: dict, some: set[str], differ: frozenset[str] = frozenset()) -> None:
    shared = set(labels) & set(earlier)
    assert shared >= some
    assert {t for t in shared if labels[t] != earlier[t]} == differ


def test_fresh18_labels_a_text_of_fresh15_to_fresh17_and_the_materials_sets_as_they_do():
    labels = names_mulms_f18_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "carbon", "Si", "H2", "HCl", "HBr", "SiC", "air", "NaH2PO2·H2O"}),
        (names_mulms_f16_labels.LABELS, {"C", "Cl", "Br", "F", "I", "butyltin trichloride", "Nafion", "O2"}),
        (names_mulms_f17_labels.LABELS, {"Cu", "Pt", "carbon", "iron"}),
        (names_gold_labels.LABELS, {"water"}),
        (names_gold_labels.DEV_LABELS, {"H2SO4", "hydrochloric acid", "Al"}),
        (names_gold_labels.FRESH4_LABELS, {"hydrogen", "silica", "O2"}),
        (names_gold_labels.FRESH8_LABELS, {"C", "Cl", "Br", "I", "F"}),
        (names_gold_labels.FRESH13_LABELS, {"isopropyl alcohol", "methanol", "hydrochloric acid"}),
    ):
        agree(labels, earlier, some)
    assert labels["MBTC"] == labels["butyltin trichloride"]
    assert labels["manganese"] == names_mulms_labels.LABELS["Mn"] == names_gold_labels.LABELS["Mn"]


def test_fresh19_labels_a_text_of_fresh15_to_fresh18_and_the_materials_sets_as_they_do():
    labels = names_mulms_f19_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "carbon", "Si", "SiC", "PVA", "Pt/C", "PtCoMn/C", "LSC", "silver"}),
        (names_mulms_f16_labels.LABELS, {"C", "O2", "Ar", "YSZ", "Nafion", "PBSCF"}),
        (names_mulms_f17_labels.LABELS, {"Carbon", "glassy carbon", "oxygen", "SDC", "BZCYN"}),
        (names_mulms_f18_labels.LABELS, {"hydrogen", "carbon black", "Pt", "C"}),
        (names_gold_labels.FRESH3_LABELS, {"isopropanol"}),
        (names_gold_labels.FRESH4_LABELS, {"oxygen", "hydrogen", "O2"}),
        (names_gold_labels.FRESH14_LABELS, set()),
    ):
        agree(labels, earlier, some)
    # "oxygen" is the gas, as fresh4 and fresh17 label it; fresh8, fresh12 and fresh13 label an oxygen content
    for other in (names_gold_labels.FRESH8_LABELS, names_gold_labels.FRESH12_LABELS):
        assert [t for t in set(labels) & set(other) if labels[t] != other[t]] == ["oxygen"]
    assert labels["GC"] == labels["glassy carbon"] == labels["carbon"]
