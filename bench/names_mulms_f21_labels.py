"""Gold chemical-name spans and structures of the fresh21 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f21_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh20's samples (236), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh20 as they stand after the eighteenth round
(``names_mulms_labels.py`` to ``names_mulms_f20_labels.py``): an element named as its precursor is marked ("Si-
respectively C-precursors", "Pt precursor"), as are the elements of an atomic ratio ("Ga/(Ga+In) ratio"), a
metal's form and loading ("Ti+Pt grids", "Pt NPs", "Ni foam", "Ir black nanoparticles", "46 wt%-Pt"), the members
of a list written as one token ("(PVB)/PBSCF") and the element simulated ("Cu functionalization", "Cu ion");
"water-storable" (a property, as fresh17's "water re- pellent"), the "steam electrode" and the gas diffusion layer
"10 BC" (an object by its product name, as fresh17's "29BC") are not. A text that fresh15 to fresh20 mark has
their label, taken from there ("A-CIGS" no structure, as fresh20; "Silicon nitride" of fresh18 gives "silicon
nitride" no structure); a text that the materials sets label has their label: "graphene" (carbon), "Ga", "In",
"La2O3", "SrCO3", "nitric acid", "citric acid", "NiO", "NaOH", "Na2CO3", "H2SO4". And these choices for what none
of them met:

* the general formulas of classes are not marked, as fresh20's "SiHyXz": "SixHy", "SixCyHz", "Six", "Cx",
  "SixCy"; nor the "silicon atoms" and "carbon atoms" that bound them and the "Si−C molecules" and "Si−C
  clusters" (constituents, as fresh15's "Si−C−Br−H system"), nor "silicon hydrides" and "hydrocarbons"
  (classes); the "Br" of "basis set for Br" is the element, as fresh17's simulated "Cu";
* a perovskite with an abbreviation that the sentence defines: both get the formula of its central values without
  δ, as fresh19's "LSGM": "BaZr0.4Ce0.4Y0.2O3−δ" and "BZCY" are BaZr0.4Ce0.4Y0.2O3; "BZCYYb", which the sentence
  does not expand, counts for recall only (``UNKNOWN``), as fresh17's "BZCYN"; "NiO‐BZCYYb" (the anode's
  composite) is its members, as fresh19's "Ni-YSZ";
* carbon blacks and their supported catalysts have no structure, as fresh17's "AB800" and "n-Pt/AB800" and
  fresh18's "Pt/CB": "CB" (carbon black, in "CB-supported"; fresh13 labels a "CB" chlorobenzene, a set having
  one label a text), "GCB", "AB250", "c-Pt/CB", "c-Pt/GCB", "n-Pt/AB250"; product codes of a membrane, an
  ionomer and a catalyst have no structure, as fresh18's "NRE-211" and "TEC10E50E": "NRE 212", "DE521",
  "D70-20BS" (the trade mark sign of "Aquivion™" no part of the span, as fresh18's "Nafion®"), "P40V010";
  "polyvinyl alcohol" and "polyvinyl butyral" have no structure, as their abbreviations;
* ions removed from a solution are ions ("Ca2+", "Mg2+", as the materials sets' "Co2+"); "seawater" is a
  mixture with no structure, as fresh15's "soaped water"; "glass sealant" is glass, as fresh15's "glass".
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f20_labels as fresh20
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("10 BC",)
"""Phrases that name an object, not a chemical (a gas diffusion layer by its product name)."""

SAMPLE_SEED = 53
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh20's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "Pt", "Si", "Ni", "Ti", "Ir", "Co", "H2", "HCl", "HBr", "SiH4", "Br2", "SiC", "WO3", "water", "glass", "ITO",
    "PI", "PVA", "Pt/C", "LSC",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("C", "Br", "O2", "HF", "C2H4", "isopropyl alcohol", "Nafion", "Aquivion", "PVB", "PBSCF")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("Cu", "oxygen", "ethanol", "SDC", "AB800", "n-Pt/AB800")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("hydrogen", "H2SO4", "Pt/CB", "TEC10E50E")
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED20 = ("A-CIGS",)
"""Texts that fresh20 marks (and none of fresh15 to fresh19 does): their labels are fresh20's."""

BZCY = {"formula": "BaZr0.4Ce0.4Y0.2O3"}

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh20.LABELS[text] for text in SHARED20},
    "silicon nitride": fresh18.LABELS["Silicon nitride"],
    # elements
    "Ga": materials.FRESH9_LABELS["Ga"],
    "In": materials.FRESH9_LABELS["In"],
    "graphene": materials.DEV_LABELS["graphene"],
    # gases, solvents, reagents and ions
    "nitric acid": materials.LABELS["nitric acid"],
    "citric acid": materials.LABELS["citric acid"],
    "NaOH": materials.LABELS["NaOH"],
    "Na2CO3": materials.LABELS["Na2CO3"],
    "SiBr4": {"smiles": "Br[Si](Br)(Br)Br", "formula": "SiBr4"},
    "Ca2+": {"smiles": "[Ca+2]"},
    "Mg2+": {"smiles": "[Mg+2]"},
    # inorganic solids
    "La2O3": materials.DEV_LABELS["La2O3"],
    "SrCO3": materials.DEV_LABELS["SrCO3"],
    "NiO": materials.LABELS["NiO"],
    "BaO": {"formula": "BaO"},
    "BaZr0.4Ce0.4Y0.2O3−δ": BZCY,
    "BZCY": BZCY,
    # materials without one structure
    "polyvinyl alcohol": NONE,
    "polyvinyl butyral": NONE,
    "seawater": NONE,
    "NRE 212": NONE,
    "DE521": NONE,
    "D70-20BS": NONE,
    "P40V010": NONE,
    "CB": NONE,
    "GCB": NONE,
    "AB250": NONE,
    "c-Pt/CB": NONE,
    "c-Pt/GCB": NONE,
    "n-Pt/AB250": NONE,
    "BZCYYb": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "pemfc_14:33551": ["Pt/C", "Nafion", "Aquivion"],
    "sofc_03:9627": ["LSC"],
    "sofc_03:13824": ["LSC", "O2"],
    "graphene_02:5439": ["PI", "polyvinyl alcohol", "PVA"],
    "pemfc_03:13245": [],
    "pemfc_04:14602": ["Pt"],
    "semi_05:17342": [],
    "pemfc_04:11347": [],
    "semi_05:17473": ["SiC"],  # "3C-SiC": the polytype prefix is no part of the span
    "pemfc_07:10110": ["Nafion", "NRE 212"],
    "oastm_11:19851": ["silicon nitride", "HF"],
    # "Si- respectively C-precursors": the elements, as fresh19's "Si and C precursors"
    "semi_06:5945": ["SiH4", "C2H4", "Si", "C", "hydrogen", "HCl", "HBr"],
    # "NiO‐BZCYYb": the composite's members; "(PVB)/PBSCF": a list as one token
    "sofc_04:30474": ["NiO", "BZCYYb", "BZCYYb", "polyvinyl butyral", "PVB", "PBSCF", "PBSCF", "PVB", "ethanol"],
    "semi_05:18980": [],
    "electrolysis_01:15367": ["A-CIGS", "Ga", "Ga", "In", "Ga", "Ga", "In"],  # the elements of an atomic ratio
    "sofc_03:9776": ["La2O3", "SrCO3", "Co", "nitric acid", "citric acid"],
    "electrolysis_01:18800": ["WO3", "Ni", "ITO", "glass"],
    "graphene_01:11370": ["Cu"],
    "oastm_11:14512": [],
    "semi_06:10036": [],  # general formulas, classes and constituents
    "electrolysis_03:42930": ["isopropyl alcohol", "water", "Nafion", "Pt/C"],  # "10 BC": a gas diffusion layer
    "oastm_02:6277": [],
    "semi_06:7197": [],
    "electrolysis_02:8647": [],
    "sofc_04:31480": ["glass"],  # "steam electrode": an electrode named for its reactant
    "electrolysis_02:7322": ["Pt", "Pt"],
    "sofc_03:13170": ["Ti", "Pt", "LSC"],
    "graphene_02:6303": ["H2SO4"],
    "pemfc_03:8357": [],
    "graphene_01:30572": ["graphene", "Cu"],
    "sofc_01:6784": ["H2", "Ni", "BaZr0.4Ce0.4Y0.2O3−δ", "BZCY", "BaO", "SDC"],  # "water-storable": a property
    "electrolysis_03:42754": ["Ir", "P40V010"],  # "Ir black": the metal, as fresh16's
    "electrolysis_04:13731": ["Ca2+", "Mg2+", "seawater", "NaOH", "Na2CO3"],
    "oastm_11:14877": [],
    # "CB- supported": carbon black; "46 wt%-Pt": the metal; "& Co.": a company
    "pemfc_07:8954": ["CB", "Pt", "Pt/CB", "TEC10E50E", "Pt", "Nafion", "DE521"],
    "semi_06:13961": ["Br", "SiBr4", "SiH4", "Br2"],
    "semi_01:4903": [],  # "Z1/2": a defect
    "oastm_10:7512": [],
    "pemfc_07:9163": [
        "CB",
        "Pt",
        "c-Pt/CB",
        "GCB",
        "Pt",
        "c-Pt/GCB",
        "AB800",
        "Pt",
        "n-Pt/AB800",
        "AB250",
        "Pt",
        "n-Pt/AB250",
        "Aquivion",
        "D70-20BS",
    ],
    "semi_02:3692": ["oxygen"],
}
