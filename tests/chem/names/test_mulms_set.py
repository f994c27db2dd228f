"""The fresh15 set of the names evaluation: its sentences are the seeded sample of the stored pool of MuLMS
sentences of sample preparation, every gold span is its text's slice and every structure canonical (the finder
is not run on them: they are held out), and the builder reads the pool from the corpus's annotation files."""

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[3] / "bench"))

import names_build_mulms  # noqa: E402
import names_gold_labels  # noqa: E402
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
    assert len(ents) == 86
    assert sum(e["structure"] for e in ents) == 66
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
