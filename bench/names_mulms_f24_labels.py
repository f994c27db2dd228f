"""Gold chemical-name spans and structures of the fresh24 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f24_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh23's samples (116), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh23 (``names_mulms_labels.py`` to
``names_mulms_f23_labels.py``): the class "Halide-doped tin oxide" is not marked, as fresh17's; the "Cu" of "Cu
etchant" is a role, as fresh17's; a composite written as one token is its members ("NiO-YSZ", as fresh20's
"Ni-YSZ"); a polymer and its solvent as one token are its members ("QPAF-4-MeOH", as fresh17's); the metal of a
supported catalyst, a loading and a decoration is the metal ("carbon-supported Pt catalysts", "Pt-decorated");
the "carbon" of "support carbon" and "ionomer to carbon" is carbon and the letters of "I/C" are not marked, as
fresh16's to fresh23's; the company "SGL Carbon Group", the gas diffusion layer "25BCH" (as fresh17's "29BC") and
the doctor blade's model are no mentions. A text that fresh15 to fresh23 mark has their label, taken from there
("LSC" keeps its label, counting for recall only, though the sentence expands it, as fresh23's "SDC"); a text
that the materials sets label has their label: "sulfur" (the element). And these choices for what none of them
met:

* "La0.7Sr0.3CoO3-δ" is its formula without the oxygen deficit, as fresh19's "Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ";
  "POCl3" is phosphoryl chloride;
* materials without one structure: "NiCoFeP" (the ternary phosphide, as fresh17's "NiCo- FeP"), "Pt/GCB" (a
  supported catalyst, as fresh21's "c-Pt/GCB"), "Fe–N–C" (a metal-nitrogen-doped carbon catalyst, as fresh15's
  doped graphenes "N-rGO", "Cu-N-rGO"), "XPMF2000E" (its product code, as fresh18's "TEC10E50E"), "ethylene
  tetrafluoroethylene" and "ETFE" (a polymer, as "PTFE"), "Seawater" (as fresh21's "seawater"), "float glass"
  (a named glass as one mention, as fresh18's "soda-lime silica float glass"); the "silica" of the coated glass's
  "silica-side" is the coating's silica, as fresh22's "silica-coated barrier glass";
* the "sulfur" of "sulfur-tolerant" is the element, as the element of "-doped" is marked; the "water" of
  "overall water splitting" is the water split; the "air" of "air dried" is air, as fresh15's "N2" of
  "N2-annealed" is the gas; the "acetone" of an "acetone bath" that cleans a wafer is acetone (the bath is the
  solvent, unlike fresh17's heating "water bath").
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f19_labels as fresh19
import names_mulms_f21_labels as fresh21
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("Cu etchant", "SGL Carbon Group")
"""Phrases that name a material by its role or a company, not a chemical."""

SAMPLE_SEED = 60
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh23's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "glass", "water", "SiC", "SiO2", "acetone", "PI", "LSC", "Pt", "Ir", "Ar", "QPAF-4", "propane", "carbon",
    "air", "GaN",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("HF", "YSZ", "O2", "Nafion", "Aquivion")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("Ketjenblack", "MeOH", "ethanol")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("silica", "methanol")
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED19 = ("GC", "isopropanol")
"""Texts that fresh19 marks (and none of fresh15 to fresh18 does): their labels are fresh19's."""

SHARED21 = ("NiO",)
"""Texts that fresh21 marks (and none of fresh15 to fresh20 does): their labels are fresh21's."""

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh19.LABELS[text] for text in SHARED19},
    **{text: fresh21.LABELS[text] for text in SHARED21},
    # elements and reagents
    "sulfur": materials.FRESH10_LABELS["sulfur"],
    "POCl3": {"smiles": "O=P(Cl)(Cl)Cl", "formula": "POCl3"},
    # inorganic solids
    "La0.7Sr0.3CoO3-δ": {"formula": "La0.7Sr0.3CoO3"},
    # materials without one structure
    "NiCoFeP": NONE,
    "Pt/GCB": NONE,
    "Fe–N–C": NONE,
    "XPMF2000E": NONE,
    "ethylene tetrafluoroethylene": NONE,
    "ETFE": NONE,
    "Seawater": fresh21.LABELS["seawater"],
    "float glass": NONE,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    # "float glass": a named glass; "silica-side": the coating's silica
    "oastm_03:5078": ["float glass", "silica"],
    "oastm_03:1041": ["glass"],  # "Halide-doped tin oxide": the class
    "pemfc_07:16370": ["Pt/GCB", "Ketjenblack"],
    "electrolysis_04:10396": ["water", "NiCoFeP"],  # "water splitting": the water split
    "oastm_02:6030": ["SiC", "HF", "SiO2", "acetone"],  # "acetone bath": the cleaning solvent
    "graphene_02:5374": ["PI"],
    "sofc_02:7819": ["NiO", "YSZ", "YSZ", "La0.7Sr0.3CoO3-δ", "LSC", "Pt"],  # "NiO-YSZ": the cermet's members
    "pemfc_03:8555": [],
    "pemfc_03:7289": [],
    "oastm_11:12434": [],
    "electrolysis_02:8163": ["Pt"],  # "Pt-decorated": the metal
    "sofc_01:6443": ["sulfur"],  # "sulfur-tolerant": the element
    "electrolysis_03:35927": ["Ir"],  # "Ir NWs": the metal's form
    "pemfc_14:34203": [],
    "electrolysis_04:20982": ["Seawater"],
    "sofc_03:31515": ["LSC", "O2", "YSZ"],
    "oastm_11:20119": ["POCl3"],
    "sofc_03:8789": ["Ar"],
    "graphene_02:5956": ["PI"],
    # "QPAF-4-MeOH": the polymer and its solvent; "XPMF2000E": the catalyst's product code
    "pemfc_13:7551": ["Fe–N–C", "XPMF2000E", "QPAF-4", "MeOH", "methanol", "water"],
    "electrolysis_01:13377": [],
    "pemfc_02:10445": ["GC"],
    "semi_05:10413": ["propane"],
    "electrolysis_04:17958": ["Nafion"],
    "electrolysis_03:42493": ["Ir"],
    "sofc_04:30878": [],
    "pemfc_13:6863": ["QPAF-4"],
    "pemfc_13:7478": ["QPAF-4", "carbon"],  # "support carbon"
    "pemfc_14:34375": ["ethylene tetrafluoroethylene", "ETFE", "air"],  # "air dried": air
    "semi_08:5863": ["GaN"],
    "pemfc_03:18266": ["carbon"],  # "I/C": a ratio's letters
    "pemfc_10:8860": ["HF"],
    "pemfc_07:9852": ["Pt", "carbon", "Pt", "Nafion", "Aquivion", "ethanol", "water"],
    "pemfc_08:8092": [],
    "electrolysis_02:8997": ["air"],
    "pemfc_14:33906": ["water", "isopropanol"],
    "pemfc_07:10350": [],  # "25BCH", "SGL Carbon Group": a gas diffusion layer's name, a company
    "electrolysis_03:36434": ["Ir"],  # "Cu etchant": a role
    "oastm_03:4656": [],
    "semi_01:4641": [],
}
