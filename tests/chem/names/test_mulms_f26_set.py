"""The fresh26 set of the names evaluation: its sentences are the seeded sample of the last 36 sentences of the pool
of MuLMS sentences, those in none of fresh15 to fresh25 (the pool is then exhausted), every gold span is its text's
slice and every structure canonical (the finder is not run on it: it is held out), and a text marked before keeps
its label."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_build_mulms  # noqa: E402
import names_gold_labels  # noqa: E402
import names_journal_labels  # noqa: E402
import names_journal_s_labels  # noqa: E402
import names_mulms_f16_labels  # noqa: E402
import names_mulms_f17_labels  # noqa: E402
import names_mulms_f18_labels  # noqa: E402
import names_mulms_f20_labels  # noqa: E402
import names_mulms_f21_labels  # noqa: E402
import names_mulms_f22_labels  # noqa: E402
import names_mulms_f23_labels  # noqa: E402
import names_mulms_f24_labels  # noqa: E402
import names_mulms_f25_labels  # noqa: E402
import names_mulms_f26_labels  # noqa: E402
import names_mulms_labels  # noqa: E402
from sentence_sets import load  # noqa: E402
from test_mulms_f20_f21_sets import agree, check_sample, entities, left_after  # noqa: E402
from test_mulms_f24_f25_sets import EARLIER23, samples_to_f23  # noqa: E402

EARLIER25 = (*EARLIER23, "mulms_f24_sentences.tsv", "mulms_f25_sentences.tsv")


def test_fresh26_is_the_seeded_sample_of_the_pool_left_after_fresh15_to_fresh25_and_exhausts_it():
    taken = samples_to_f23()
    for seed in (60, 61):
        taken += random.Random(seed).sample(left_after(taken), 40)
    rest = left_after(taken)
    assert len(rest) == 36
    assert names_mulms_f26_labels.SAMPLE_SEED == 64 and names_mulms_f26_labels.SIZE == 36
    expected = random.Random(64).sample(rest, 36)
    samples = names_build_mulms.samples(506)
    assert len(samples) == 12 and samples[11] == expected
    check_sample("mulms_f26_sentences.tsv", "materials_fresh26", expected, EARLIER25)
    # the twelve samples take every sentence of the pool once: none is left
    assert sorted(i for sample in samples for i in sample) == list(range(506))
    assert not left_after(taken + expected)


def test_fresh26_spans_are_its_text_and_its_structures_canonical():
    ents = entities("materials_fresh26", names_mulms_f26_labels)
    docs = load("materials_fresh26")
    assert sum(not d["entities"] for d in docs) == 12
    assert len(ents) == 61
    assert sum(e["structure"] for e in ents) == 50
    assert sorted({e["text"] for e in ents if e["structure"] and not (e["smiles"] or e["formula"])}) == [
        "2,2 -Biphenyl -biphenyl]-4,4 tetracarboxylic dianhydride",
        "BPDA",
        "LSC",
    ]
    assert {e["text"] for e in ents if not e["structure"]} == {
        "air", "QPAF-4", "Fe–N–C", "YSZ", "phosphorus glass", "PFSA", "PI", "Pt/C", "seawater",
    }  # fmt: skip
    by_text = {e["text"]: e for e in ents}
    assert by_text["SiCl4"]["smiles"] == "Cl[Si](Cl)(Cl)Cl"
    assert by_text["La0.6Sr0.4CoO3−δ"]["formula"] == "La0.6Sr0.4CoO3"
    assert by_text["OH⁻"]["smiles"] == "[OH-]"
    assert by_text["gold"]["smiles"] == "[Au]"
    assert by_text["Ni (NO3)2·6H2O"]["smiles"].count("O") == 12
    by_doi = {d["doi"]: [e["text"] for e in d["entities"]] for d in docs}
    # the nitrate hydrates are one mention each though a space follows the metal
    assert by_doi["MuLMS:electrolysis_04:20586"] == ["Fe (NO3)3·9H2O", "Co (NO3)2·6H2O", "Ni (NO3)2·6H2O"]
    # "Boron-oxygen defects": the defect's elements; "Ca/Mg-free seawater": the elements as written
    assert by_doi["MuLMS:oastm_11:16453"] == ["Boron", "oxygen"]
    assert by_doi["MuLMS:electrolysis_04:13845"] == ["Ca", "Mg", "seawater"]
    # "Cr poisoning": the element; "Ni-YSZ": the cermet's members
    assert by_doi["MuLMS:sofc_02:9809"] == ["Cr", "Ni", "YSZ", "Ni", "YSZ"]
    # the broken name and its abbreviation count for recall only; "H23C9 GDL" and the sample codes are no mentions
    assert by_doi["MuLMS:graphene_02:4865"][1:] == ["2,2 -Biphenyl -biphenyl]-4,4 tetracarboxylic dianhydride", "BPDA"]
    assert by_doi["MuLMS:pemfc_04:12027"] == by_doi["MuLMS:electrolysis_03:42619"] == []


def test_fresh26_labels_a_text_of_fresh15_to_fresh25_and_the_materials_sets_as_they_do():
    labels = names_mulms_f26_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "NO", "N2", "QPAF-4", "Cl2", "propan-2-ol", "PFSA", "Pt/C", "LSC"}),
        (names_mulms_f16_labels.LABELS, {"YSZ", "HF", "Pt", "water", "propan-2-ol"}),
        (names_mulms_f17_labels.LABELS, {"KOH", "oxygen", "Cu", "Ni"}),
        (names_mulms_f18_labels.LABELS, {"BPDA", "Ti", "Si", "propan-2-ol"}),
        (names_mulms_f20_labels.LABELS, {"Mo", "Cl2", "QPAF-4"}),
        (names_mulms_f21_labels.LABELS, {"seawater", "PI", "HF"}),
        (names_mulms_f22_labels.LABELS, {"methane", "GaN", "2-propanol"}),
        (names_mulms_f23_labels.LABELS, {"1-propanol", "methane", "air"}),
        (names_mulms_f24_labels.LABELS, {"Fe–N–C", "QPAF-4", "LSC"}),
        (names_mulms_f25_labels.LABELS, {"Ti", "Pt", "N2", "Cu"}),
        (names_gold_labels.LABELS, {"Cr", "Ni", "HF"}),
        (names_gold_labels.DEV_LABELS, {"Mg", "KOH", "Cu"}),
        (names_gold_labels.FRESH3_LABELS, {"potassium chloride", "KOH"}),
        (names_gold_labels.FRESH11_LABELS, {"toluene", "Pt"}),
        (names_journal_labels.LABELS, {"HF", "air", "water"}),
    ):
        agree(labels, earlier, some)
    # "oxygen" has fresh17's label (the gas's structure), as fresh20's "interstitial oxygen"; fresh8 and fresh12
    # label the element
    agree(labels, names_gold_labels.FRESH12_LABELS, {"KOH", "Mo"}, frozenset({"oxygen"}))
    assert labels["potassium iodide"] == names_journal_s_labels.LABELS["potassium iodide"]
    assert labels["Boron"] == names_mulms_f17_labels.LABELS["boron"]
    assert labels["butyltintrichloride"] == names_mulms_f16_labels.LABELS["butyltin trichloride"]
    assert labels["Fe (NO3)3·9H2O"] == names_mulms_f20_labels.LABELS["Fe(NO3)3·9H2O"]
    assert labels["Co (NO3)2·6H2O"] == names_mulms_f23_labels.LABELS["Co(NO3)2·6H2O"]
    assert labels["KOH"]["smiles"].replace("[K+].", "") == labels["OH⁻"]["smiles"]
