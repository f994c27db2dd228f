"""The fresh24 and fresh25 sets of the names evaluation: their sentences are seeded samples of the pool of MuLMS
sentences left after fresh15 to fresh23 (and fresh24), every gold span is its text's slice and every structure
canonical (the finder is not run on them: they are held out), and a text marked before keeps its label."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_build_mulms  # noqa: E402
import names_gold_labels  # noqa: E402
import names_journal_labels  # noqa: E402
import names_mulms_f16_labels  # noqa: E402
import names_mulms_f17_labels  # noqa: E402
import names_mulms_f18_labels  # noqa: E402
import names_mulms_f19_labels  # noqa: E402
import names_mulms_f20_labels  # noqa: E402
import names_mulms_f21_labels  # noqa: E402
import names_mulms_f22_labels  # noqa: E402
import names_mulms_f23_labels  # noqa: E402
import names_mulms_f24_labels  # noqa: E402
import names_mulms_f25_labels  # noqa: E402
import names_mulms_labels  # noqa: E402
from sentence_sets import load  # noqa: E402
from test_mulms_f20_f21_sets import agree, check_sample, entities, left_after  # noqa: E402
from test_mulms_f22_f23_sets import EARLIER21, samples_to_f21  # noqa: E402

EARLIER23 = (*EARLIER21, "mulms_f22_sentences.tsv", "mulms_f23_sentences.tsv")


def samples_to_f23() -> list[int]:
    """The pool indices of fresh15 to fresh23, from their seeds alone."""
    taken = samples_to_f21()
    for seed in (56, 57):
        taken += random.Random(seed).sample(left_after(taken), 40)
    return taken


def test_fresh24_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh23():
    rest = left_after(samples_to_f23())
    assert len(rest) == 116
    assert names_mulms_f24_labels.SAMPLE_SEED == 60 and names_mulms_f24_labels.SIZE == 40
    expected = random.Random(60).sample(rest, 40)
    assert names_build_mulms.samples(506)[9] == expected
    check_sample("mulms_f24_sentences.tsv", "materials_fresh24", expected, EARLIER23)


def test_fresh25_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh24():
    taken = samples_to_f23()
    rest = left_after(taken + random.Random(60).sample(left_after(taken), 40))
    assert len(rest) == 76
    assert names_mulms_f25_labels.SAMPLE_SEED == 61 and names_mulms_f25_labels.SIZE == 40
    expected = random.Random(61).sample(rest, 40)
    assert names_build_mulms.samples(506)[10] == expected
    check_sample("mulms_f25_sentences.tsv", "materials_fresh25", expected, (*EARLIER23, "mulms_f24_sentences.tsv"))


def test_fresh24_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh24", names_mulms_f24_labels)
    docs = load("materials_fresh24")
    assert sum(not d["entities"] for d in docs) == 10
    assert len(ents) == 58
    assert sum(e["structure"] for e in ents) == 35
    assert sorted({e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])}) == ["LSC"]
    assert {e["text"] for e in ents if not e["structure"]} >= {"NiCoFeP", "Pt/GCB", "Fe–N–C", "ETFE", "float glass"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["POCl3"]["smiles"] == "O=P(Cl)(Cl)Cl"
    assert by_text["La0.7Sr0.3CoO3-δ"]["formula"] == "La0.7Sr0.3CoO3"
    assert by_text["sulfur"]["formula"] == "S"
    by_doi = {d["doi"]: [e["text"] for e in d["entities"]] for d in docs}
    # "NiO-YSZ": the cermet's members; "LSC" keeps its label though the sentence expands it
    assert by_doi["MuLMS:sofc_02:7819"] == ["NiO", "YSZ", "YSZ", "La0.7Sr0.3CoO3-δ", "LSC", "Pt"]
    # "QPAF-4-MeOH": the polymer and its solvent; "XPMF2000E": the catalyst's product code
    assert by_doi["MuLMS:pemfc_13:7551"] == ["Fe–N–C", "XPMF2000E", "QPAF-4", "MeOH", "methanol", "water"]
    # the class "Halide-doped tin oxide" and the role "Cu etchant" are not marked
    assert by_doi["MuLMS:oastm_03:1041"] == ["glass"]
    assert by_doi["MuLMS:electrolysis_03:36434"] == ["Ir"]
    # "float glass": a named glass; "silica-side": the coating's silica
    assert by_doi["MuLMS:oastm_03:5078"] == ["float glass", "silica"]


def test_fresh25_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh25", names_mulms_f25_labels)
    docs = load("materials_fresh25")
    assert sum(not d["entities"] for d in docs) == 14
    assert len(ents) == 52
    assert sum(e["structure"] for e in ents) == 37
    assert sorted({e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])}) == [
        "BZCYN",
        "LSC",
    ]
    assert {e["text"] for e in ents if not e["structure"]} >= {"CDC", "Teflon", "Fe- Mn-N-C", "FeB", "soda-lime glass"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["CuSO4·5H2O"]["smiles"] == by_text["Copper (II) sulfate pentahydrate"]["smiles"]
    assert by_text["CuSO4·5H2O"]["smiles"].count("O") == 9
    by_doi = {d["doi"]: d for d in docs}
    # the gases of a procedure's designation "H2-CVD-N2"
    assert [e["text"] for e in by_doi["MuLMS:semi_04:5650"]["entities"]] == ["H2", "N2", "H2", "SiO2", "N2"]
    # "Si/H2": a ratio's elements; the symbols run into the words of "theC/Siand(ClorBr)/Siratios" are not marked
    ratio = by_doi["MuLMS:semi_06:6922"]
    assert [(e["text"], ratio["text"][e["end"] : e["end"] + 1]) for e in ratio["entities"]] == [
        ("Si", "/"),
        ("H2", ","),
    ]
    # constituents of a simulated surface; the TEM "Au grid" an object, the "Cu signal" the element
    assert by_doi["MuLMS:semi_05:15258"]["entities"] == []
    assert [e["text"] for e in by_doi["MuLMS:graphene_01:28425"]["entities"]] == ["Cu"]
    # "Nafion® 212": the sign and the grade are no part of the span
    assert [e["text"] for e in by_doi["MuLMS:electrolysis_03:42540"]["entities"]] == ["Ir", "Nafion"]


def test_fresh24_labels_a_text_of_fresh15_to_fresh23_and_the_materials_sets_as_they_do():
    labels = names_mulms_f24_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"glass", "PI", "LSC", "QPAF-4", "propane", "carbon", "air", "acetone"}),
        (names_mulms_f16_labels.LABELS, {"HF", "YSZ", "Nafion", "Aquivion"}),
        (names_mulms_f17_labels.LABELS, {"Ketjenblack", "MeOH", "ethanol"}),
        (names_mulms_f18_labels.LABELS, {"silica", "methanol"}),
        (names_mulms_f19_labels.LABELS, {"GC", "isopropanol"}),
        (names_mulms_f21_labels.LABELS, {"NiO", "PI", "glass"}),
        (names_mulms_f22_labels.LABELS, {"silica", "glass", "NiO"}),
        (names_mulms_f23_labels.LABELS, {"LSC", "PI", "air"}),
        (names_gold_labels.FRESH10_LABELS, {"sulfur", "HF", "silica"}),
        (names_gold_labels.FRESH3_LABELS, {"sulfur", "isopropanol"}),
        (names_journal_labels.LABELS, {"HF", "MeOH", "air"}),
    ):
        agree(labels, earlier, some)
    assert labels["Seawater"] == names_mulms_f21_labels.LABELS["seawater"]
    assert labels["Pt/GCB"] == names_mulms_f21_labels.LABELS["c-Pt/GCB"]
    assert labels["La0.7Sr0.3CoO3-δ"] != names_mulms_labels.LABELS["LSC"]


def test_fresh25_labels_a_text_of_fresh15_to_fresh24_and_the_materials_sets_as_they_do():
    labels = names_mulms_f25_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Cu-N-rGO", "ITO", "N2", "iron", "carbon", "air"}),
        (names_mulms_f16_labels.LABELS, {"PTFE", "ZrO2", "Nafion", "HF"}),
        (names_mulms_f17_labels.LABELS, {"BZCYN", "SDC", "glassy carbon", "Cu"}),
        (names_mulms_f18_labels.LABELS, {"CCl4", "manganese"}),
        (names_mulms_f19_labels.LABELS, {"Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ", "BZCYN"}),
        (names_mulms_f20_labels.LABELS, {"A-CIGS"}),
        (names_mulms_f22_labels.LABELS, {"ammonia", "nitrogen"}),
        (names_mulms_f23_labels.LABELS, {"Urea", "CCl4"}),
        (names_mulms_f24_labels.LABELS, {"HF", "LSC", "Nafion", "air"}),
        (names_gold_labels.DEV_LABELS, {"argon", "Cu"}),
    ):
        agree(labels, earlier, some)
    # "nitrogen" is the gas, as fresh15 labels it; fresh9 labels the element, fresh10 a nitrogen with no structure
    # labelled
    agree(labels, names_gold_labels.FRESH10_LABELS, {"N2", "argon"}, frozenset({"nitrogen"}))
    agree(labels, names_gold_labels.FRESH9_LABELS, {"ammonia", "HF"}, frozenset({"nitrogen"}))
    assert labels["Fe- Mn-N-C"] == names_mulms_f24_labels.LABELS["Fe–N–C"]
    assert labels["soda-lime glass"] == names_mulms_f18_labels.LABELS["soda-lime silica float glass"]
