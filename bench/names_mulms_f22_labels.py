"""Gold chemical-name spans and structures of the fresh22 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f22_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh21's samples (196), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh21 (``names_mulms_labels.py`` to
``names_mulms_f21_labels.py``): a metal's form is the metal ("Ni foam", "Ti+Pt grid", "Ir NWs", "metallic Ni");
the "MEA-" of "MEA-Pt/C" is no part of the span and the polytype prefix of "4H-SiC" none; a list written as one
token is its members ("H2/Air", "CH4/H2", "YSZ/LSGM"); the "carbon" of a "carbon layer" and a "carbon buffer
layer" is carbon, as fresh16's; the element of "-doped" is marked ("N-doped rGO"); the element of a basis set is
the element ("basis set for both Si and C", as fresh21's "Br"); the electrode named for its reactant ("steam
electrode", "hydrogen electrode") and objects named by their material ("quartz-tube furnace", "Teflon reactor",
as fresh17's "Teflon-lined" autoclave) are not marked. A text that fresh15 to fresh21 mark has their label, taken
from there; a text that the materials sets label has their label: "CH4", "ammonia", "Y2O3", "N" (the dopant
element), "Oxygen" (the gas), "GO" (no structure); "KF" has the journal sets' label. And these choices for what
none of them met:

* "methane" is CH4, as its formula; "cadmium acetate" is its ions, as the materials sets' acetates;
  "yttria stabilized zirconia" has no structure, as its abbreviation "YSZ"; "rGO" has no structure, as "GO" and
  fresh15's "N-rGO"; the "N atoms" bonded into the lattice are the dopant element, as the "N" of "N-doped";
* the product codes of ionomers have no structure, as fresh21's "DE521": "Aq-825", "Naf-1100"; "Air" is air;
* "silica-coated barrier glass" marks the coating's silica (SiO2, as fresh18's "silica") and the glass (as
  fresh15's "glass"); fresh18's "soda-lime silica float glass" named a glass type as one mention.
"""

import names_gold_labels as materials
import names_journal_labels as journal
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f19_labels as fresh19
import names_mulms_f20_labels as fresh20
import names_mulms_f21_labels as fresh21
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("quartz-tube furnace", "Teflon reactor", "steam electrode", "hydrogen electrode")
"""Phrases that name an object or a part of a cell, not a chemical."""

SAMPLE_SEED = 56
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh21's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "Ni", "nitrogen", "carbon", "H2", "Ar", "phosphorus", "H2O", "2-propanol", "SiC", "Ir", "Pt/C", "PtCo/C",
    "PtCoMn/C", "Pt", "Co", "Mn", "GaN", "SiO2", "Ti", "PVA", "Si", "N-rGO", "glass",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("C", "O2", "YSZ", "sapphire")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("oxygen", "Thiourea")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("silica", "hydrogen")
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED19 = ("LSGM",)
"""Texts that fresh19 marks (and none of fresh15 to fresh18 does): their labels are fresh19's."""

SHARED20 = ("CdS", "A-CIGS")
"""Texts that fresh20 marks (and none of fresh15 to fresh19 does): their labels are fresh20's."""

SHARED21 = ("NiO", "polyvinyl alcohol")
"""Texts that fresh21 marks (and none of fresh15 to fresh20 does): their labels are fresh21's."""

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh19.LABELS[text] for text in SHARED19},
    **{text: fresh20.LABELS[text] for text in SHARED20},
    **{text: fresh21.LABELS[text] for text in SHARED21},
    # elements and gases
    "N": materials.FRESH10_LABELS["N"],
    "Oxygen": materials.FRESH4_LABELS["Oxygen"],
    "CH4": materials.FRESH10_LABELS["CH4"],
    "methane": materials.FRESH10_LABELS["CH4"],
    "Air": fresh15.LABELS["air"],
    # reagents and salts
    "ammonia": materials.LABELS["ammonia"],
    "cadmium acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Cd+2]"},
    "KF": journal.LABELS["KF"],
    # inorganic solids
    "Y2O3": materials.FRESH12_LABELS["Y2O3"],
    # materials without one structure
    "yttria stabilized zirconia": NONE,
    "GO": NONE,
    "rGO": NONE,
    "Aq-825": NONE,
    "Naf-1100": NONE,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "semi_02:3570": [],
    "electrolysis_01:13970": ["Ni"],  # "Ni foam": the metal's form
    "pemfc_10:8751": ["nitrogen"],
    "semi_08:3505": ["carbon", "methane", "CH4", "H2", "methane"],
    "pemfc_14:15927": ["Aq-825", "Naf-1100"],  # ionomers by their product codes
    "oastm_11:19955": ["phosphorus"],  # "quartz-tube furnace": an object
    "pemfc_14:34623": [],
    "pemfc_04:12129": ["H2", "Air"],
    "sofc_03:9007": ["Ti", "Pt"],  # "Ti+Pt grid"
    "oastm_02:7695": [],  # "CDC process": a process
    "electrolysis_03:39646": [],
    "pemfc_03:7605": ["H2O", "2-propanol"],
    "semi_06:6613": ["SiC", "SiC"],  # "4H-SiC": the polytype prefix is no part of the span
    "electrolysis_03:7764": ["Ir"],  # "Ir NWs": the metal's form
    # the metal of a loading; "MEA-": the cell's name, no part of the span
    "pemfc_02:11330": [
        "Pt/C",
        "Pt",
        "PtCo/C",
        "Pt",
        "Co",
        "PtCoMn/C",
        "Pt",
        "Co",
        "Mn",
        "Pt/C",
        "PtCo/C",
        "PtCoMn/C",
    ],
    "semi_08:2727": ["GaN", "sapphire", "carbon"],
    "oastm_03:4931": ["silica", "glass", "glass"],
    "semi_04:5340": ["SiO2"],
    "oastm_02:5966": [],
    "electrolysis_01:14724": ["CdS", "ammonia", "cadmium acetate", "Thiourea"],
    "sofc_03:8584": ["Ti", "Pt"],
    "sofc_03:8212": ["yttria stabilized zirconia", "YSZ", "Y2O3"],
    "electrolysis_02:13202": [],
    "semi_05:10167": [],
    "semi_02:3429": ["Ar", "oxygen"],
    "graphene_01:4362": ["GO", "N", "N", "rGO", "N-rGO"],  # the "N atoms" and "N-doped": the dopant element
    "pemfc_03:12995": [],
    "electrolysis_01:15806": ["A-CIGS", "KF"],
    "graphene_01:27335": [],  # "Teflon reactor": an object
    "semi_08:4191": ["GaN"],
    "oastm_03:4749": [],
    "graphene_02:6121": ["PVA", "polyvinyl alcohol"],
    "sofc_03:10886": ["oxygen", "O2"],
    "semi_05:18704": ["Si", "C"],  # the elements of a basis set
    "graphene_02:10352": [],
    # "steam electrode", "hydrogen electrode": parts of the cell named for their reactants
    "sofc_04:31832": ["Oxygen", "hydrogen", "NiO", "Ni"],
    "oastm_02:6361": [],
    "pemfc_08:4722": [],
    "sofc_03:8859": ["YSZ", "LSGM"],  # "YSZ/LSGM": a list as one token
    "semi_08:3292": ["GaN"],
}
