"""The fresh22 and fresh23 sets of the names evaluation: their sentences are seeded samples of the pool of MuLMS
sentences left after fresh15 to fresh21 (and fresh22), every gold span is its text's slice and every structure
canonical (the finder is not run on them: they are held out), and a text marked before keeps its label."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_build_mulms  # noqa: E402
import names_gold_labels  # noqa: E402
import names_journal_d_labels  # noqa: E402
import names_journal_m_labels  # noqa: E402
import names_mulms_f16_labels  # noqa: E402
import names_mulms_f17_labels  # noqa: E402
import names_mulms_f18_labels  # noqa: E402
import names_mulms_f19_labels  # noqa: E402
import names_mulms_f20_labels  # noqa: E402
import names_mulms_f21_labels  # noqa: E402
import names_mulms_f22_labels  # noqa: E402
import names_mulms_f23_labels  # noqa: E402
import names_mulms_labels  # noqa: E402
from sentence_sets import load  # noqa: E402
from test_mulms_f20_f21_sets import EARLIER, agree, check_sample, earlier_samples, entities, left_after  # noqa: E402

EARLIER21 = (*EARLIER, "mulms_f20_sentences.tsv", "mulms_f21_sentences.tsv")


def samples_to_f21() -> list[int]:
    """The pool indices of fresh15 to fresh21, from their seeds alone."""
    taken = earlier_samples()
    for seed in (52, 53):
        taken += random.Random(seed).sample(left_after(taken), 40)
    return taken


def test_fresh22_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh21():
    rest = left_after(samples_to_f21())
    assert len(rest) == 196
    assert names_mulms_f22_labels.SAMPLE_SEED == 56 and names_mulms_f22_labels.SIZE == 40
    expected = random.Random(56).sample(rest, 40)
    assert names_build_mulms.samples(506)[7] == expected
    check_sample("mulms_f22_sentences.tsv", "materials_fresh22", expected, EARLIER21)


def test_fresh23_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh22():
    taken = samples_to_f21()
    rest = left_after(taken + random.Random(56).sample(left_after(taken), 40))
    assert len(rest) == 156
    assert names_mulms_f23_labels.SAMPLE_SEED == 57 and names_mulms_f23_labels.SIZE == 40
    expected = random.Random(57).sample(rest, 40)
    assert names_build_mulms.samples(506)[8] == expected
    check_sample("mulms_f23_sentences.tsv", "materials_fresh23", expected, (*EARLIER21, "mulms_f22_sentences.tsv"))


def test_fresh22_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh22", names_mulms_f22_labels)
    docs = load("materials_fresh22")
    assert sum(not d["entities"] for d in docs) == 13
    assert len(ents) == 70
    assert sum(e["structure"] for e in ents) == 49
    assert all(e["smiles"] or e["formula"] for e in ents if e["structure"])
    assert {e["text"] for e in ents if not e["structure"]} >= {"Aq-825", "Naf-1100", "GO", "rGO", "Air"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["methane"]["smiles"] == by_text["CH4"]["smiles"] == "C"
    assert by_text["cadmium acetate"]["smiles"].count("[Cd+2]") == 1
    by_doi = {d["doi"]: [e["text"] for e in d["entities"]] for d in docs}
    # "MEA-Pt/C": the cell's name is no part of the span; the metal of a loading is marked
    assert by_doi["MuLMS:pemfc_02:11330"][-3:] == ["Pt/C", "PtCo/C", "PtCoMn/C"]
    assert by_doi["MuLMS:pemfc_02:11330"][6:9] == ["Pt", "Co", "Mn"]
    # a list as one token; the elements of a basis set; the dopant element of "N atoms" and "N-doped"
    assert by_doi["MuLMS:sofc_03:8859"] == ["YSZ", "LSGM"]
    assert by_doi["MuLMS:semi_05:18704"] == ["Si", "C"]
    assert by_doi["MuLMS:graphene_01:4362"] == ["GO", "N", "N", "rGO", "N-rGO"]
    # "quartz-tube furnace", "Teflon reactor", "hydrogen electrode": objects and parts of a cell
    assert by_doi["MuLMS:oastm_11:19955"] == ["phosphorus"]
    assert by_doi["MuLMS:graphene_01:27335"] == []
    assert by_doi["MuLMS:sofc_04:31832"] == ["Oxygen", "hydrogen", "NiO", "Ni"]


def test_fresh23_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh23", names_mulms_f23_labels)
    docs = load("materials_fresh23")
    assert sum(not d["entities"] for d in docs) == 12
    assert len(ents) == 61
    assert sum(e["structure"] for e in ents) == 53
    assert sorted({e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])}) == [
        "LSC",
        "TFDB",
        "alcohol",
    ]
    assert {e["text"] for e in ents if not e["structure"]} >= {"PP", "Single Layer Graphene Oxide", "SDC", "GO"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["Fe(NO3)3·2H2O"]["smiles"].count("O") == 11
    assert by_text["protons"]["smiles"] == "[H+]"
    assert by_text["Sm0.2Ce0.8O1.9"]["formula"] == "Sm0.2Ce0.8O1.9"
    by_doi = {d["doi"]: d for d in docs}
    # "Pt tip": an object; the "Pt" of the collector grid is the metal
    grid = by_doi["MuLMS:sofc_03:13721"]
    assert [grid["text"][e["end"] : e["end"] + 8] for e in grid["entities"]] == [" current"]
    # the elements simulated molecules contain, not their constituent atoms ("two Si, two C")
    assert [e["text"] for e in by_doi["MuLMS:semi_06:10705"]["entities"]] == ["chlorine", "hydrogen"]
    # "I/C": a mass ratio's letters; the carbon of "ionomer to carbon" is carbon
    assert [e["text"] for e in by_doi["MuLMS:pemfc_14:33799"]["entities"]] == ["carbon"]
    assert [e["text"] for e in by_doi["MuLMS:electrolysis_01:15235"]["entities"]] == ["Ni", "Al", "Ni"]


def test_fresh22_labels_a_text_of_fresh15_to_fresh21_and_the_materials_sets_as_they_do():
    labels = names_mulms_f22_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Ni", "nitrogen", "carbon", "Pt/C", "PtCo/C", "PtCoMn/C", "N-rGO", "glass"}),
        (names_mulms_f16_labels.LABELS, {"C", "O2", "YSZ", "sapphire"}),
        (names_mulms_f17_labels.LABELS, {"oxygen", "Thiourea"}),
        (names_mulms_f18_labels.LABELS, {"silica", "hydrogen"}),
        (names_mulms_f19_labels.LABELS, {"LSGM"}),
        (names_mulms_f20_labels.LABELS, {"CdS", "A-CIGS"}),
        (names_mulms_f21_labels.LABELS, {"NiO", "polyvinyl alcohol"}),
        (names_gold_labels.FRESH4_LABELS, {"Oxygen", "nitrogen"}),
    ):
        agree(labels, earlier, some)
    # "nitrogen" is the gas, as fresh15 labels it; fresh10 labels a nitrogen with no structure labelled
    agree(labels, names_gold_labels.FRESH10_LABELS, {"N", "CH4"}, frozenset({"nitrogen"}))
    assert labels["methane"] == labels["CH4"]
    assert labels["Air"] == names_mulms_labels.LABELS["air"]
    assert labels["ammonia"] == names_gold_labels.LABELS["ammonia"]
    assert labels["Y2O3"] == names_gold_labels.FRESH12_LABELS["Y2O3"]


def test_fresh23_labels_a_text_of_fresh15_to_fresh22_and_the_materials_sets_as_they_do():
    labels = names_mulms_f23_labels.LABELS
    for earlier, some in (
        (names_mulms_f16_labels.LABELS, {"O2"}),
        (names_mulms_f17_labels.LABELS, {"SDC"}),
        (names_mulms_f18_labels.LABELS, {"hydrogen", "CCl4"}),
        (names_mulms_f20_labels.LABELS, {"Co(NO3)2·6H2O"}),
        (names_mulms_f21_labels.LABELS, {"silicon nitride", "BZCY", "BaO"}),
        (names_mulms_f22_labels.LABELS, {"methane", "GO", "carbon", "Ni"}),
        (names_journal_d_labels.LABELS, {"DMAc"}),
        (names_journal_m_labels.LABELS, {"dimethylacetamide"}),
    ):
        agree(labels, earlier, some)
    # "alcohol" names the class whose members follow: fresh10's label for the class word, not the ethanol of
    # fresh15 and fresh4
    agree(labels, names_mulms_labels.LABELS, {"Pt", "carbon", "water", "urea"}, frozenset({"alcohol"}))
    agree(labels, names_gold_labels.FRESH4_LABELS, {"1-propanol"}, frozenset({"alcohol"}))
    assert labels["alcohol"] == names_gold_labels.FRESH10_LABELS["alcohol"] == names_mulms_labels.UNKNOWN
    assert labels["chlorine"] == names_gold_labels.LABELS["chlorine"]
    assert labels["Urea"] == labels["urea"]
