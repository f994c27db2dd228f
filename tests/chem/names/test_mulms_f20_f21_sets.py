"""The fresh20 and fresh21 sets of the names evaluation: their sentences are seeded samples of the pool of MuLMS
sentences left after fresh15 to fresh19 (and fresh20), every gold span is its text's slice and every structure
canonical (the finder is not run on them: they are held out), and a text marked before keeps its label."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_build_mulms  # noqa: E402
import names_gold_labels  # noqa: E402
import names_mulms_f16_labels  # noqa: E402
import names_mulms_f17_labels  # noqa: E402
import names_mulms_f18_labels  # noqa: E402
import names_mulms_f19_labels  # noqa: E402
import names_mulms_f20_labels  # noqa: E402
import names_mulms_f21_labels  # noqa: E402
import names_mulms_labels  # noqa: E402
from sentence_sets import load  # noqa: E402
from test_mulms_f18_f19_sets import agree, check_sample, entities, left_after  # noqa: E402

EARLIER = tuple(f"mulms_{part}sentences.tsv" for part in ("", "f16_", "f17_", "f18_", "f19_"))


def earlier_samples() -> list[int]:
    """The pool indices of fresh15 to fresh19, from their seeds alone."""
    taken = random.Random(39).sample(range(506), 50)
    for seed, size in ((40, 50), (43, 50), (48, 40), (49, 40)):
        taken += random.Random(seed).sample(left_after(taken), size)
    return taken


def test_fresh20_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh19():
    rest = left_after(earlier_samples())
    assert len(rest) == 276
    assert names_mulms_f20_labels.SAMPLE_SEED == 52 and names_mulms_f20_labels.SIZE == 40
    expected = random.Random(52).sample(rest, 40)
    assert names_build_mulms.samples(506)[5] == expected
    check_sample("mulms_f20_sentences.tsv", "materials_fresh20", expected, EARLIER)


def test_fresh21_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh20():
    rest = left_after(earlier_samples() + random.Random(52).sample(left_after(earlier_samples()), 40))
    assert len(rest) == 236
    assert names_mulms_f21_labels.SAMPLE_SEED == 53 and names_mulms_f21_labels.SIZE == 40
    expected = random.Random(53).sample(rest, 40)
    assert names_build_mulms.samples(506)[6] == expected
    check_sample("mulms_f21_sentences.tsv", "materials_fresh21", expected, (*EARLIER, "mulms_f20_sentences.tsv"))


def test_fresh20_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh20", names_mulms_f20_labels)
    docs = load("materials_fresh20")
    assert sum(not d["entities"] for d in docs) == 13
    assert len(ents) == 61
    assert sum(e["structure"] for e in ents) == 49
    assert sorted({e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])}) == [
        "LSC",
        "LSTN",
        "PBSCF",
    ]
    assert {e["text"] for e in ents if not e["structure"]} >= {"A-CIGS", "M735.18", "STS", "PTFE"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["Co(NO3)2·6H2O"]["smiles"].count("O") == 12
    assert by_text["fluorine"]["formula"] == "F"
    by_doi = {d["doi"]: d for d in docs}
    # "ZnO:Al" and "aluminum-doped ZnO": the oxide and its dopant; "Ni-YSZ": the cermet's members
    assert [e["text"] for e in by_doi["MuLMS:electrolysis_01:14491"]["entities"]][-3:] == ["ZnO", "ZnO", "Al"]
    assert [e["text"] for e in by_doi["MuLMS:electrolysis_01:15077"]["entities"]] == ["ZnO", "aluminum", "ZnO"]
    assert [e["text"] for e in by_doi["MuLMS:sofc_02:17163"]["entities"]] == ["YSZ", "Ni", "YSZ", "LSTN", "STS"]
    # general formulas of a class ("SiHyXz", "Six") are not marked, the values of "X = Cl or Br" are
    assert [e["text"] for e in by_doi["MuLMS:semi_06:10395"]["entities"]] == ["Cl", "Br"]
    assert by_doi["MuLMS:semi_06:12549"]["entities"] == []
    # the "Pt" of the unit "mg-Pt cm 2" is not marked, the "Pt" of "Pt loading(s)" is
    units = by_doi["MuLMS:pemfc_07:10663"]
    assert [units["text"][e["end"] : e["end"] + 8] for e in units["entities"]] == [" loading", " loading"]


def test_fresh21_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh21", names_mulms_f21_labels)
    docs = load("materials_fresh21")
    assert sum(not d["entities"] for d in docs) == 13
    assert len(ents) == 100
    assert sum(e["structure"] for e in ents) == 64
    assert sorted({e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])}) == [
        "BZCYYb",
        "LSC",
        "PBSCF",
    ]
    assert {e["text"] for e in ents if not e["structure"]} >= {"CB", "c-Pt/CB", "seawater", "NRE 212", "D70-20BS"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["BZCY"]["formula"] == by_text["BaZr0.4Ce0.4Y0.2O3−δ"]["formula"] == "BaZr0.4Ce0.4Y0.2O3"
    assert by_text["Ca2+"]["smiles"] == "[Ca+2]"
    by_doi = {d["doi"]: [e["text"] for e in d["entities"]] for d in docs}
    # "NiO‐BZCYYb": the composite's members; "(PVB)/PBSCF": a list as one token
    assert by_doi["MuLMS:sofc_04:30474"][:6] == ["NiO", "BZCYYb", "BZCYYb", "polyvinyl butyral", "PVB", "PBSCF"]
    # the elements of an atomic ratio; an element named as its precursor
    assert by_doi["MuLMS:electrolysis_01:15367"] == ["A-CIGS", "Ga", "Ga", "In", "Ga", "Ga", "In"]
    assert by_doi["MuLMS:semi_06:5945"][2:4] == ["Si", "C"]
    # general formulas, constituents and classes: none marked
    assert by_doi["MuLMS:semi_06:10036"] == []


def test_fresh20_labels_a_text_of_fresh15_to_fresh19_and_the_materials_sets_as_they_do():
    labels = names_mulms_f20_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "Si", "Cl2", "SiH4", "SiC", "QPAF-4", "PtCoMn/C", "LSC", "water"}),
        (names_mulms_f16_labels.LABELS, {"Cl", "Br", "O2", "PTFE", "PAN", "YSZ", "PBSCF", "silicon carbide"}),
        (names_mulms_f17_labels.LABELS, {"Cu", "oxygen", "iron"}),
        (names_mulms_f18_labels.LABELS, {"NaF", "H2", "Si"}),
        (names_mulms_f19_labels.LABELS, {"LSGM", "STS", "Ni", "YSZ"}),
        (names_gold_labels.DEV_LABELS, {"Ba(NO3)2", "Ni"}),
        (names_gold_labels.FRESH4_LABELS, {"aluminum", "oxygen", "O2"}),
    ):
        agree(labels, earlier, some)
    # "oxygen" is the gas, as fresh4, fresh17 and fresh19 label it; fresh12 and fresh13 label an oxygen content
    agree(labels, names_gold_labels.FRESH12_LABELS, {"Mo"}, frozenset({"oxygen"}))
    agree(labels, names_gold_labels.FRESH13_LABELS, {"W"}, frozenset({"oxygen"}))
    assert labels["N,N- dimethylformamide"] == names_gold_labels.FRESH2_LABELS["N,N-dimethylformamide"]
    assert labels["fluorine"] == names_mulms_f16_labels.LABELS["F"]


def test_fresh21_labels_a_text_of_fresh15_to_fresh20_and_the_materials_sets_as_they_do():
    labels = names_mulms_f21_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "Co", "SiH4", "Br2", "glass", "ITO", "PI", "PVA", "Pt/C", "LSC"}),
        (names_mulms_f16_labels.LABELS, {"C", "Br", "O2", "HF", "C2H4", "Nafion", "Aquivion", "PVB", "PBSCF"}),
        (names_mulms_f17_labels.LABELS, {"Cu", "oxygen", "ethanol", "SDC", "AB800", "n-Pt/AB800"}),
        (names_mulms_f18_labels.LABELS, {"hydrogen", "H2SO4", "Pt/CB", "TEC10E50E"}),
        (names_mulms_f19_labels.LABELS, {"Ti", "Ir", "SDC", "Nafion"}),
        (names_mulms_f20_labels.LABELS, {"A-CIGS", "Ni", "Si", "HCl", "HBr"}),
        (names_gold_labels.LABELS, {"nitric acid", "citric acid", "NiO", "NaOH", "Na2CO3"}),
        (names_gold_labels.DEV_LABELS, {"graphene", "La2O3", "SrCO3"}),
        (names_gold_labels.FRESH9_LABELS, {"Ga", "In"}),
    ):
        agree(labels, earlier, some)
    assert labels["silicon nitride"] == names_mulms_f18_labels.LABELS["Silicon nitride"]
    assert labels["BZCY"] == labels["BaZr0.4Ce0.4Y0.2O3−δ"]
    # "CB" is carbon black here, with no structure (fresh13's "CB" is chlorobenzene); "oxygen" the gas; "SrCO3" its
    # ions, as dev labels it (fresh13 gives its formula alone)
    agree(labels, names_gold_labels.FRESH13_LABELS, {"HCl", "ethanol"}, frozenset({"CB", "oxygen", "SrCO3"}))
    assert labels["CB"] == names_mulms_f18_labels.LABELS["carbon black"]
