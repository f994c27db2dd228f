"""Gold chemical-name spans and structures of the fresh23 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f23_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh22's samples (156), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh22 (``names_mulms_labels.py`` to
``names_mulms_f22_labels.py``): a metal's form is the metal ("Pt current collector grid", "Ni foam", "Ni
nanoparticles") and a list written as one token its members ("Ni-Al-Ni grid"); the "Pt tip" of a probe is an
object, as fresh16's, the "carbon block heater" too, as fresh18's "Pt heating wires" are the heater's metal but
the block is named as an object; the letters of "I/C" are not marked, the "carbon" of "ionomer to carbon" and of
a "carbon content" is carbon, as fresh18's; the "Si-face" of a wafer is a crystal face, as fresh15's; the
constituent atoms of simulated molecules ("two Si + C atoms", "two Si, two C or one Si + one C") are not marked,
as fresh16's "silicon and carbon atoms", while the elements the molecules contain ("containing chlorine (and
hydrogen)") are, as fresh20's "contains fluorine"; "SDC" keeps its label (no structure) though the sentence
expands it. A text that fresh15 to fresh22 mark has their label, taken from there; a text that the materials sets
label has their label: "1-propanol", "chlorine" (the element, as the materials sets label "chlorine doping");
"dimethylacetamide" and "DMAc" have the journal sets' label. And these choices for what none of them met:

* "alcohol" in "water/alcohol (1-propanol and 2-propanol) mixtures" names the class whose members follow: it has
  fresh10's label for the class word (a structure, not labelled: recall only), not fresh15's ethanol;
* "TFDB", an abbreviation the sentence does not expand, counts for recall only (``UNKNOWN``), as fresh18's
  "BPDA"; "PP" (polypropylene) has no structure, as the polymers "PTFE" and "PVB"; "Single Layer Graphene Oxide"
  (a product's name) has no structure, as "GO";
* "Fe(NO3)3·2H2O" is its ions with its water, as fresh20's nitrate hydrates; "Urea" (capitalised) is urea, as
  fresh17's "Thiourea"; "Sm0.2Ce0.8O1.9" is its formula; the "protons" supplied to a cathode are the ion H+.
"""

import names_gold_labels as materials
import names_journal_d_labels as journal_d
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f20_labels as fresh20
import names_mulms_f21_labels as fresh21
import names_mulms_f22_labels as fresh22
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("Pt tip", "carbon block heater", "Si-face")
"""Phrases that name an object or a crystal face, not a chemical."""

SAMPLE_SEED = 57
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh22's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "Pt", "Ni", "Al", "iron", "carbon", "Ar", "water", "WO3", "SiC", "LSC", "nitrogen", "urea", "NH4F", "H2",
    "air", "PI", "GaN", "Cl2", "2-propanol",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("O2",)
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("SDC",)
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("hydrogen", "CCl4")
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED20 = ("Co(NO3)2·6H2O",)
"""Texts that fresh20 marks (and none of fresh15 to fresh19 does): their labels are fresh20's."""

SHARED21 = ("silicon nitride", "BaZr0.4Ce0.4Y0.2O3−δ", "BZCY", "BaO")
"""Texts that fresh21 marks (and none of fresh15 to fresh20 does): their labels are fresh21's."""

SHARED22 = ("methane", "GO")
"""Texts that fresh22 marks (and none of fresh15 to fresh21 does): their labels are fresh22's."""

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh20.LABELS[text] for text in SHARED20},
    **{text: fresh21.LABELS[text] for text in SHARED21},
    **{text: fresh22.LABELS[text] for text in SHARED22},
    # elements, ions and solvents
    "chlorine": materials.LABELS["chlorine"],
    "protons": {"smiles": "[H+]"},
    "1-propanol": materials.FRESH4_LABELS["1-propanol"],
    "alcohol": materials.FRESH10_LABELS["alcohol"],
    "dimethylacetamide": journal_d.LABELS["DMAc"],
    "DMAc": journal_d.LABELS["DMAc"],
    # reagents
    "Fe(NO3)3·2H2O": {"smiles": ".".join(["[Fe+3]"] + [fresh20.NITRATE] * 3 + ["O"] * 2)},
    "Urea": fresh15.LABELS["urea"],
    # inorganic solids
    "Sm0.2Ce0.8O1.9": {"formula": "Sm0.2Ce0.8O1.9"},
    # materials without one structure
    "PP": NONE,
    "Single Layer Graphene Oxide": NONE,
    "TFDB": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "electrolysis_03:6096": [],  # "WP", "NW": a structure and its blocks
    "pemfc_08:6090": [],
    "sofc_03:13721": [("Pt", " current")],  # "Pt tip": an object; the collector grid is the metal's form
    "electrolysis_01:15235": ["Ni", "Al", "Ni"],  # "Ni-Al-Ni grid": a list as one token
    "oastm_11:13835": ["iron"],
    # the elements the molecules contain; their constituent atoms ("two Si + C atoms") are not marked
    "semi_06:10705": ["chlorine", "hydrogen"],
    "pemfc_03:16728": ["carbon"],  # "I/C": a mass ratio's letters; "mgc", "mgionomer": units
    "semi_05:10626": ["Ar", "hydrogen"],
    "pemfc_03:6579": ["water", "alcohol", "1-propanol", "2-propanol", "water"],
    "pemfc_14:33799": ["carbon"],  # "I/C": a mass ratio's letters
    "pemfc_08:6442": [],
    "electrolysis_01:20788": ["WO3", "WO3", "Ni", "Ni"],
    "oastm_02:5860": ["SiC"],  # "6H-SiC": the polytype prefix is no part of the span; "Si-face": a crystal face
    "semi_06:10881": [],
    "pemfc_08:6304": [],
    "sofc_03:9461": ["LSC"],
    "pemfc_10:8972": ["nitrogen"],
    "electrolysis_04:21208": ["Co(NO3)2·6H2O", "Fe(NO3)3·2H2O", "urea", "NH4F"],
    "semi_05:13463": [],
    "oastm_11:20630": ["silicon nitride"],
    "graphene_02:5044": ["TFDB", "dimethylacetamide", "DMAc"],
    "graphene_02:5307": [],
    "semi_08:3767": ["GaN"],
    "pemfc_08:7262": ["water", "H2", "air", "water"],
    "graphene_02:6626": ["PI"],
    "pemfc_13:9761": [],
    "oastm_02:6867": ["CCl4", "Ar"],
    "pemfc_13:9827": ["PP"],  # "PSS method": a method
    "pemfc_08:5870": ["H2", "air"],
    "pemfc_03:5920": [],
    "oastm_11:25402": ["iron"],
    "semi_08:4415": ["GaN"],
    "electrolysis_04:23941": ["O2", "Cl2"],  # "strong base solution": a class
    "graphene_01:26869": ["GO", "Single Layer Graphene Oxide", "water", "urea", "Urea"],
    "pemfc_14:35041": ["protons"],
    "semi_06:10511": [],
    "semi_08:397": ["carbon", "methane", "GaN"],
    "oastm_03:4850": [],  # "carbon block heater": an object
    "pemfc_04:11302": [],
    # "water-storable": a property
    "sofc_01:954": ["Ni", "BaZr0.4Ce0.4Y0.2O3−δ", "BZCY", "BaO", "Sm0.2Ce0.8O1.9", "SDC"],
}
