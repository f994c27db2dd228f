"""The fresh15, fresh16 and fresh17 sets of the names evaluation: their sentences are seeded samples of the stored
pool of MuLMS sentences of sample preparation, every gold span is its text's slice and every structure canonical
(the finder is not run on them: they are held out), and the builder reads the pool from the corpus's annotation
files."""

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
import names_mulms_labels  # noqa: E402
from sentence_sets import DATA, assert_spans_and_structures, load, stored  # noqa: E402


def pool_keys() -> list[str]:
    return (DATA / "mulms_pool.txt").read_text(encoding="utf-8").split()


def test_the_pool_is_506_distinct_sentences_of_29_papers_in_paper_and_offset_order():
    keys = pool_keys()
    assert len(keys) == len(set(keys)) == 506
    order = [(k.split(":")[0], int(k.split(":")[1])) for k in keys]
    assert order == sorted(order)
    assert len({paper for paper, _ in order}) == 29


def test_fresh15_is_the_seeded_sample_of_the_pool():
    keys = pool_keys()
    rows = stored("mulms_sentences.tsv")
    assert names_mulms_labels.SAMPLE_SEED == 39
    assert [key for key, _ in rows] == [keys[i] for i in random.Random(39).sample(range(506), 50)]
    assert all(len(text) >= names_build_mulms.MIN_CHARS for _, text in rows)
    docs = load("materials_fresh15")
    assert [(d["doi"], d["text"]) for d in docs] == [(f"MuLMS:{k}", t) for k, t in rows]
    assert [d["file"] for d in docs] == [f"data/mulms_corpus/xmi/{k.split(':')[0]}.xmi" for k, _ in rows]


def test_every_span_is_its_text_and_every_structure_is_canonical():
    docs = load("materials_fresh15")
    assert_spans_and_structures(docs)
    # the counts are those of the label file: every listed mention placed, none added
    listed = Counter(m if isinstance(m, str) else m[0] for ms in names_mulms_labels.MENTIONS.values() for m in ms)
    assert Counter(e["text"] for d in docs for e in d["entities"]) == listed
    ents = [e for d in docs for e in d["entities"]]
    assert len(ents) == 88
    assert sum(e["structure"] for e in ents) == 68
    assert {e["text"] for e in ents if not e["structure"]} >= {"Pt/C", "ITO", "PI", "air"}


def test_fresh15_labels_a_text_of_the_materials_sets_as_they_do():
    labels = names_mulms_labels.LABELS
    for earlier, some in (
        (names_gold_labels.LABELS, {"water"}),
        (names_gold_labels.DEV_LABELS, {"Al"}),
        (names_gold_labels.FRESH13_LABELS, set()),
        (names_gold_labels.FRESH14_LABELS, set()),
    ):
        shared = set(labels) & set(earlier)
        assert shared >= some
        assert all(labels[t] == earlier[t] for t in shared)
    assert labels["carbon"] == {"formula": "C"}  # as every materials split labels it


XMI = """<?xml version='1.1' encoding='UTF-8'?>
<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore"
 xmlns:custom="http:///webanno/custom.ecore" xmi:version="2.0">
  <cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" sofaString="{text}"/>
  <custom:MatSci_Sentence xmi:id="2" sofa="1" begin="0" end="21" ContentInformation="Exp_Preparation"/>
  <custom:MatSci_Sentence xmi:id="3" sofa="1" begin="22" end="40" ContentInformation="Results"/>
  <custom:MatSci_Sentence xmi:id="4" sofa="1" begin="22" end="40" ContentInformation="Exp_Preparation"
   StructureInformation="Caption"/>
  <custom:MatSci_Sentence xmi:id="5" sofa="1" begin="0" end="21" ContentInformation="Exp_Preparation"/>
</xmi:XMI>
"""


def test_the_pool_takes_preparation_sentences_once_and_no_caption(tmp_path):
    text = "TiO2 was ball-milled. Figure 1 shows it."
    path = tmp_path / "semi_99.xmi"
    path.write_text(XMI.format(text=text), encoding="utf-8")
    assert names_build_mulms.preparation_sentences(path) == [(0, "TiO2 was ball-milled.")]


def test_fresh16_is_the_seeded_sample_of_the_pool_left_after_fresh15():
    keys = pool_keys()
    rows = stored("mulms_f16_sentences.tsv")
    assert names_mulms_f16_labels.SAMPLE_SEED == 40
    fresh15 = set(random.Random(39).sample(range(506), 50))
    rest = [i for i in range(506) if i not in fresh15]
    assert [key for key, _ in rows] == [keys[i] for i in random.Random(40).sample(rest, 50)]
    assert not {key for key, _ in rows} & {key for key, _ in stored("mulms_sentences.tsv")}
    assert names_build_mulms.samples(506)[1] == random.Random(40).sample(rest, 50)
    assert all(len(text) >= names_build_mulms.MIN_CHARS for _, text in rows)
    docs = load("materials_fresh16")
    assert [(d["doi"], d["text"]) for d in docs] == [(f"MuLMS:{k}", t) for k, t in rows]
    assert [d["file"] for d in docs] == [f"data/mulms_corpus/xmi/{k.split(':')[0]}.xmi" for k, _ in rows]


def test_fresh16_spans_are_its_text_and_its_structures_canonical():
    docs = load("materials_fresh16")
    assert_spans_and_structures(docs)
    listed = Counter(m if isinstance(m, str) else m[0] for ms in names_mulms_f16_labels.MENTIONS.values() for m in ms)
    assert Counter(e["text"] for d in docs for e in d["entities"]) == listed
    ents = [e for d in docs for e in d["entities"]]
    assert sum(not d["entities"] for d in docs) == 22
    assert len(ents) == 78
    assert sum(e["structure"] for e in ents) == 57
    assert sum(e["structure"] and not (e["smiles"] or e["formula"]) for e in ents) == 4  # PBSCF, LSC
    assert {e["text"] for e in ents if not e["structure"]} >= {"Pt/C", "platinum on carbon", "iridium oxide", "air"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["La0.607±0.008Sr0.396±0.004Co0.996±0.005O3−δ"]["formula"] == "La0.607Sr0.396Co0.996O3"
    assert by_text["propylene glycol methyl ether"]["smiles"] == "COCC(C)O"


def test_fresh16_labels_a_text_of_fresh15_and_the_materials_sets_as_they_do():
    labels = names_mulms_f16_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "carbon", "air", "Pt/C", "LSC", "water", "phosphorus"}),
        (names_gold_labels.LABELS, {"water", "HF", "HNO3"}),
        (names_gold_labels.DEV_LABELS, {"ethylene glycol", "Ir"}),
        (names_gold_labels.FRESH13_LABELS, {"C2H4", "isopropyl alcohol"}),
        (names_gold_labels.FRESH14_LABELS, {"N2"}),
    ):
        shared = set(labels) & set(earlier)
        assert shared >= some
        assert all(labels[t] == earlier[t] for t in shared)
    assert labels["Platinum"] == labels["platinum"] == labels["Pt"]


def test_fresh17_is_the_seeded_sample_of_the_pool_left_after_fresh15_and_fresh16():
    keys = pool_keys()
    rows = stored("mulms_f17_sentences.tsv")
    assert names_mulms_f17_labels.SAMPLE_SEED == 43
    fresh15 = random.Random(39).sample(range(506), 50)
    rest15 = [i for i in range(506) if i not in set(fresh15)]
    taken = set(fresh15) | set(random.Random(40).sample(rest15, 50))
    rest = [i for i in range(506) if i not in taken]
    assert len(rest) == 406
    assert [key for key, _ in rows] == [keys[i] for i in random.Random(43).sample(rest, 50)]
    earlier = {key for name in ("mulms_sentences.tsv", "mulms_f16_sentences.tsv") for key, _ in stored(name)}
    assert not {key for key, _ in rows} & earlier
    assert names_build_mulms.samples(506)[2] == random.Random(43).sample(rest, 50)
    assert all(len(text) >= names_build_mulms.MIN_CHARS for _, text in rows)
    docs = load("materials_fresh17")
    assert [(d["doi"], d["text"]) for d in docs] == [(f"MuLMS:{k}", t) for k, t in rows]
    assert [d["file"] for d in docs] == [f"data/mulms_corpus/xmi/{k.split(':')[0]}.xmi" for k, _ in rows]


def test_fresh17_spans_are_its_text_and_its_structures_canonical():
    docs = load("materials_fresh17")
    assert_spans_and_structures(docs)
    listed = Counter(m if isinstance(m, str) else m[0] for ms in names_mulms_f17_labels.MENTIONS.values() for m in ms)
    assert Counter(e["text"] for d in docs for e in d["entities"]) == listed
    ents = [e for d in docs for e in d["entities"]]
    assert sum(not d["entities"] for d in docs) == 19
    assert len(ents) == 59
    assert sum(e["structure"] for e in ents) == 33
    assert sum(e["structure"] and not (e["smiles"] or e["formula"]) for e in ents) == 2  # BZCYN
    assert {e["text"] for e in ents if not e["structure"]} >= {"SDC", "F-TO", "NiCo- FeP", "AB800", "n-Pt/AB800"}
    by_text = {e["text"]: e for e in ents}
    assert by_text["boron"]["formula"] == "B"
    assert by_text["Ammonium Persulfate"]["smiles"] == "O=S(=O)([O-])OOS(=O)(=O)[O-].[NH4+].[NH4+]"
    # the "Cu" of "Cu etchant" and the "water" of "water re- pellent" are roles, not marked
    etch = next(d for d in docs if d["doi"] == "MuLMS:electrolysis_03:36190")
    assert [e["text"] for e in etch["entities"]].count("Cu") == 1


def test_fresh17_labels_a_text_of_fresh15_fresh16_and_the_materials_sets_as_they_do():
    labels = names_mulms_f17_labels.LABELS
    for earlier, some in (
        (names_mulms_labels.LABELS, {"Pt", "carbon", "air", "Pt/C", "Pt/Cg", "QPAF-4", "ITO", "glass", "iron"}),
        (names_mulms_f16_labels.LABELS, {"O2", "sapphire", "Nafion", "Pt", "water"}),
        (names_gold_labels.LABELS, {"water", "ethanol", "Ar", "N2", "Ni"}),
        (names_gold_labels.DEV_LABELS, {"Cu", "KOH", "Ir", "Al"}),
        (names_gold_labels.FRESH_LABELS, {"silicon", "carbon"}),
        (names_gold_labels.FRESH4_LABELS, {"oxygen", "O2"}),
        (names_gold_labels.FRESH7_LABELS, {"MeOH"}),
        (names_gold_labels.FRESH14_LABELS, {"N2", "ethanol"}),
    ):
        shared = set(labels) & set(earlier)
        assert shared >= some
        assert all(labels[t] == earlier[t] for t in shared)
    # fresh8, fresh12 and fresh13 give "oxygen" the element or no structure where it is a content, not the gas
    shared = set(labels) & set(names_gold_labels.FRESH13_LABELS)
    assert [t for t in shared if labels[t] != names_gold_labels.FRESH13_LABELS[t]] == ["oxygen"]
    assert labels["Carbon"] == labels["glassy carbon"] == labels["carbon"]
    assert labels["Thiourea"] == names_gold_labels.FRESH3_LABELS["thiourea"]
