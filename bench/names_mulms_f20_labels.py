"""Gold chemical-name spans and structures of the fresh20 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f20_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh19's samples (276), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh19 as they stand after the eighteenth round
(``names_mulms_labels.py`` to ``names_mulms_f19_labels.py``): the elements of an atomic ratio are marked ("Si/ H2
ratio", "(Cl or Br)/Si"), as are the values of "X = Cl or Br", a metal's form and loading ("Cu foil", "Ir
loading", "iron pieces") and the members of a cermet written as one token ("Ni-YSZ"); the "Pt" of the unit "mg
Pt/cm2" is not. A text that fresh15 to fresh19 mark has their label, taken from there ("LSGM" has fresh19's
formula, "STS" no structure, "oxygen" the gas, also in "interstitial oxygen concentrations", as fresh19's
"oxygen precipitation process"); a text that the materials sets label has their label: "N,N-dimethylformamide"
(here "N,N- dimethylformamide", one mention though broken by a hyphenation space, as fresh16's
"Tetraammineplatinum(II) ni- trate"), "W", "Mo", "ZnO", "aluminum", "Ba(NO3)2". And these choices for what none
of them met:

* the general formulas of a class of molecules are not marked, as fresh16's "KX" of "potassium halide": "SiHyXz"
  and "CHyXz", the "Six", "Cx" and "SixCy" molecules (the halogen values of "X = Cl or Br" are marked, as
  fresh16's "X=F, Cl, Br, I");
* the element of "-doped" is a mention of it, as the materials sets mark "Cu-doped" (the eleventh round):
  "aluminum-doped ZnO" marks aluminum and ZnO, and "ZnO:Al", the same doped oxide in its notation, marks ZnO and
  Al, as fresh19's cermet "Ni-YSZ" marks its members; the element a film contains is the element, as fresh15's
  dopant "phosphorus" and the materials sets' oxygen content (fresh12): "contains fluorine" marks fluorine, with
  fresh16's label of "F";
* "A-CIGS" (the silver-alloyed Cu(In,Ga)Se2 absorber, an alloy graded through the film) has no structure, as
  fresh15's "ITO"; "LSTN" (a perovskite of the "LSTN-based layer" that the sentence does not expand) counts for
  recall only (``UNKNOWN``), as fresh15's "LSC";
* a membrane's product code is a mention with no structure, as fresh18's "NRE-211": the "M735.18" of a "Gore
  membrane"; the "PTFE" of a "PTFE substrate" is PTFE (a substrate, as fresh16's "copper target"); the "corundum
  plate" that masks a sample is an object, as fresh18's;
* the nitrate hydrates of a precursor solution are ions with their water, as fresh15's "NaH2PO2·H2O":
  "Co(NO3)2·6H2O", "Pr(NO3)3·6H2O", "Fe(NO3)3·9H2O", "Sr(NO3)2·6H2O"; "CdS" is its formula;
* the "MEA-" of "MEA-PtCoMn/C" and "MEA-Pt/C" (cells named by their catalysts) is no part of the span, as the
  polytype prefix of "4H-SiC"; "gate oxides", "oxide precipitate" and "strong base solution" are no mentions
  (a device layer, a defect, a class).
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f19_labels as fresh19
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("corundum plate",)
"""Phrases that name an object, not a chemical (a mask over a sample)."""

SAMPLE_SEED = 52
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh19's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "Pt", "platinum", "Si", "Ni", "Ir", "iron", "Al", "H2", "HCl", "HBr", "Cl2", "SiH4", "SiC", "air", "QPAF-4",
    "Pt/C", "PtCoMn/C", "LSC", "water",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("Cl", "Br", "O2", "PTFE", "PAN", "YSZ", "PBSCF", "silicon carbide")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("Cu", "oxygen")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("NaF",)
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED19 = ("LSGM", "STS")
"""Texts that fresh19 marks (and none of fresh15 to fresh18 does): their labels are fresh19's."""

NITRATE = "[O-][N+](=O)[O-]"


def _nitrate_hydrate(cation: str, nitrates: int, waters: int) -> dict:
    return {"smiles": ".".join([cation] + [NITRATE] * nitrates + ["O"] * waters)}


LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh19.LABELS[text] for text in SHARED19},
    # elements
    "W": materials.FRESH13_LABELS["W"],
    "Mo": materials.FRESH12_LABELS["Mo"],
    "aluminum": materials.FRESH4_LABELS["aluminum"],
    "fluorine": fresh16.LABELS["F"],
    # solvents and salts
    "N,N- dimethylformamide": materials.FRESH2_LABELS["N,N-dimethylformamide"],
    "Co(NO3)2·6H2O": _nitrate_hydrate("[Co+2]", 2, 6),
    "Pr(NO3)3·6H2O": _nitrate_hydrate("[Pr+3]", 3, 6),
    "Fe(NO3)3·9H2O": _nitrate_hydrate("[Fe+3]", 3, 9),
    "Ba(NO3)2": materials.DEV_LABELS["Ba(NO3)2"],
    "Sr(NO3)2·6H2O": _nitrate_hydrate("[Sr+2]", 2, 6),
    # inorganic solids
    "ZnO": materials.FRESH_LABELS["ZnO"],
    "CdS": {"formula": "CdS"},
    # materials without one structure
    "A-CIGS": NONE,
    "M735.18": NONE,
    "LSTN": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "pemfc_03:13089": ["PTFE"],  # the substrate's material
    "electrolysis_03:7918": [],
    "sofc_03:12222": [],  # "corundum plate": an object
    # "Ni-YSZ": the cermet's members; "LSTN-based layer": the perovskite, not expanded
    "sofc_02:17163": ["YSZ", "Ni", "YSZ", "LSTN", "STS"],
    "pemfc_14:34723": [],
    "semi_05:14701": ["silicon carbide"],
    "electrolysis_02:8336": ["PAN", "N,N- dimethylformamide"],
    "graphene_02:6932": [],
    "oastm_02:6794": ["Cl2"],  # "CDC process": a process
    "semi_05:16620": ["SiC"],
    "oastm_03:5375": ["air"],
    "pemfc_13:7791": ["QPAF-4"],
    "semi_06:10395": ["Cl", "Br"],  # "SiHyXz", "CHyXz": general formulas of a class; "X = Cl or Br": its values
    "electrolysis_01:13022": ["W"],  # "metallic W ... disc": the metal
    "sofc_04:29824": [
        "PBSCF",
        "Co(NO3)2·6H2O",
        "Pr(NO3)3·6H2O",
        "Fe(NO3)3·9H2O",
        "Ba(NO3)2",
        "Sr(NO3)2·6H2O",
        "water",
    ],
    "semi_04:4798": ["SiC"],  # "4H-SiC": the polytype prefix is no part of the span
    "semi_06:10289": [],
    "electrolysis_01:14491": ["Mo", "NaF", "A-CIGS", "CdS", "ZnO", "ZnO", "Al"],  # "ZnO:Al": the doped oxide
    "pemfc_02:11763": [],
    "electrolysis_03:39269": ["Ir"],  # "Ir loading"
    "sofc_03:16441": ["LSC", "YSZ", "LSGM"],
    "electrolysis_04:10977": ["O2", "Cl2"],  # "strong base solution": a class
    "pemfc_02:12035": ["Pt"],
    "graphene_01:30277": [],
    "pemfc_08:4528": ["platinum"],  # the "Pt" of the unit "mg Pt/cm2" is not marked
    "graphene_02:6738": ["fluorine", "fluorine"],  # the element the films contain
    "pemfc_02:20707": ["PtCoMn/C", "Pt/C"],  # "MEA-": the cell's name, no part of the span
    "semi_04:5031": [],  # "gate oxides": a device layer
    "pemfc_03:6287": [],
    "oastm_11:15366": [],
    "electrolysis_03:36388": ["Cu"],  # "Cu foil": the metal
    "semi_06:6307": ["SiH4", "Si", "H2", "HCl", "HBr", "Cl", "Br", "Si"],  # the elements of atomic ratios
    "electrolysis_01:15077": ["ZnO", "aluminum", "ZnO"],  # "aluminum-doped ZnO": the dopant and the oxide
    "semi_06:13774": [],
    "pemfc_07:10663": ["Pt", ("Pt", " loadings")],  # the "Pt" of the unit "mg-Pt cm 2" is not marked
    "semi_06:12549": [],  # "Six", "Cx", "SixCy": general formulas of classes
    "oastm_11:12217": ["oxygen"],  # "oxide precipitate": a defect
    "electrolysis_03:6260": [],
    "pemfc_04:11715": ["M735.18", "Pt"],  # a Gore membrane's product code
    "oastm_11:13962": ["iron"],  # "iron pieces": the metal
}
