"""Gold chemical-name spans and structures of the fresh26 set of the names evaluation (see docs/names.md).

The text: the last 36 sentences of fresh15's pool of MuLMS sentences of sample preparation
(``names_mulms_labels.py``; boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``;
corpus CC BY-SA 4.0, each paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f26_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 36)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh25's samples (36, so that the pool is
then exhausted), in the pool's order; stored in the sample's order, each after its paper's name and its offset in
the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh25 (``names_mulms_labels.py`` to
``names_mulms_f25_labels.py``): a metal's form is the metal ("Pt precursors", as fresh18's; "Ti+Pt grid", as
fresh25's "Ti+Pt"; "Pt loading", "Mo layer", "Cu receiver substrate", as fresh20's "PTFE substrate"); the gases
of annealings are the gases ("N2 annealing", "NO annealing", as fresh15's); the members of a cermet written as one
token are marked ("Ni-YSZ", as fresh19's); the "carbon" of "carbon supports" and of a "carbon buffer layer" is
carbon; the gas diffusion layer "H23C9" is no mention, as fresh24's "25BCH"; the sample codes "WP", "P1200",
"P400" and "P200" are no formulas. A text that fresh15 to fresh25 mark has their label, taken from there ("LSC"
and "BPDA" keep their labels, counting for recall only, though the sentences define them, as fresh23's "SDC";
"Boron" is fresh17's "boron"); a text that the materials sets label has their label: "Cr" (the element),
"toluene", "Mg" (the element), "potassium chloride"; "potassium iodide" has the journal sets' label. And these
choices for what none of them met:

* "Boron-oxygen defects" marks the defect's elements, "Boron" and "oxygen" (fresh17's label, as fresh20's), as
  fresh19's cermet "Ni-YSZ" marks its members and fresh17's dopant "boron" and fresh20's "interstitial oxygen"
  mark the impurities of a silicon wafer (fresh25's "FeB", the pair written as one formula, is one mention);
* "Ca/Mg-free seawater" marks the elements "Ca" and "Mg" as written (the materials sets label "Mg" the element;
  fresh21's "Ca2+" and "Mg2+" are written as ions) and "seawater", as fresh21's;
* "Fe (NO3)3·9H2O", "Co (NO3)2·6H2O" and "Ni (NO3)2·6H2O" are each one mention though a space follows the
  metal, as fresh25's "Fe- Mn-N-C", with fresh20's labels of "Fe(NO3)3·9H2O" and "Co(NO3)2·6H2O" and the
  nickel salt's ions with their water;
* the PDF extraction's broken "2,2 -Biphenyl -biphenyl]-4,4 tetracarboxylic dianhydride" (primes and a part of
  the name lost) is one mention of the dianhydride whose structure the text does not fix: it counts for recall
  only (``UNKNOWN``), as its abbreviation "BPDA";
* "butyltintrichloride" (the corpus's text runs the words together) is fresh16's "butyltin trichloride";
  "potassium fluoride", "potassium bromide" and "potassium iodide" are their ions, as the materials sets'
  "potassium chloride" and fresh22's "KF"; "SiCl4" is silicon tetrachloride; the "OH⁻ form" of an ionomer is
  the hydroxide ion; the "gold" a sample is coated with is the element;
* "La0.6Sr0.4CoO3−δ" is its formula without the oxygen deficit, as fresh24's "La0.7Sr0.3CoO3-δ"; "phosphorus
  glass" (the phosphosilicate glass a diffusion leaves) is a named glass as one mention with no structure, as
  fresh24's "float glass".
"""

import names_gold_labels as materials
import names_journal_s_labels as journal_s
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f20_labels as fresh20
import names_mulms_f21_labels as fresh21
import names_mulms_f22_labels as fresh22
import names_mulms_f23_labels as fresh23
import names_mulms_f24_labels as fresh24
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("H23C9 GDL",)
"""Phrases that name an object by its product code, not a chemical."""

SAMPLE_SEED = 64
"""``random.Random(SAMPLE_SEED).sample(rest, 36)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh25's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 36
"""Sentences in the sample: all that are left of the pool."""

SHARED15 = (
    "Pt", "Ti", "H2", "air", "carbon", "NO", "N2", "QPAF-4", "Ir", "GaN", "Si", "Cl2", "Ni", "water", "2-propanol",
    "propan-2-ol", "PFSA", "PI", "Pt/C", "LSC",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("YSZ", "HF")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("KOH", "oxygen", "Cu")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("BPDA",)
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED20 = ("Mo",)
"""Texts that fresh20 marks (and none of fresh15 to fresh19 does): their labels are fresh20's."""

SHARED21 = ("seawater",)
"""Texts that fresh21 marks (and none of fresh15 to fresh20 does): their labels are fresh21's."""

SHARED22 = ("methane",)
"""Texts that fresh22 marks (and none of fresh15 to fresh21 does): their labels are fresh22's."""

SHARED23 = ("1-propanol",)
"""Texts that fresh23 marks (and none of fresh15 to fresh22 does): their labels are fresh23's."""

SHARED24 = ("Fe–N–C",)
"""Texts that fresh24 marks (and none of fresh15 to fresh23 does): their labels are fresh24's."""

NICKEL_NITRATE = {"smiles": "[Ni+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-].O.O.O.O.O.O"}
"""Nickel(II) nitrate hexahydrate: the ions with their water."""

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh20.LABELS[text] for text in SHARED20},
    **{text: fresh21.LABELS[text] for text in SHARED21},
    **{text: fresh22.LABELS[text] for text in SHARED22},
    **{text: fresh23.LABELS[text] for text in SHARED23},
    **{text: fresh24.LABELS[text] for text in SHARED24},
    # elements and gases
    "Boron": fresh17.LABELS["boron"],
    "Cr": materials.LABELS["Cr"],
    "Mg": materials.DEV_LABELS["Mg"],
    "Ca": {"smiles": "[Ca]", "formula": "Ca"},
    "gold": {"smiles": "[Au]", "formula": "Au"},
    # reagents, solvents and ions
    "toluene": materials.FRESH11_LABELS["toluene"],
    "SiCl4": {"smiles": "Cl[Si](Cl)(Cl)Cl", "formula": "SiCl4"},
    "butyltintrichloride": fresh16.LABELS["butyltin trichloride"],
    "potassium fluoride": {"smiles": "[F-].[K+]"},
    "potassium chloride": materials.FRESH3_LABELS["potassium chloride"],
    "potassium bromide": {"smiles": "[Br-].[K+]"},
    "potassium iodide": journal_s.LABELS["potassium iodide"],
    "OH⁻": {"smiles": "[OH-]"},
    # salts
    "Fe (NO3)3·9H2O": fresh20.LABELS["Fe(NO3)3·9H2O"],
    "Co (NO3)2·6H2O": fresh20.LABELS["Co(NO3)2·6H2O"],
    "Ni (NO3)2·6H2O": NICKEL_NITRATE,
    # inorganic solids
    "La0.6Sr0.4CoO3−δ": {"formula": "La0.6Sr0.4CoO3"},
    # materials without one structure, and a broken name
    "phosphorus glass": NONE,
    "2,2 -Biphenyl -biphenyl]-4,4 tetracarboxylic dianhydride": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "semi_05:15178": [],
    "graphene_01:26699": [],  # "chemicals": a class
    "pemfc_08:7806": [],
    "electrolysis_02:9725": ["Pt"],  # "Pt precursors": the element, as fresh18's
    "oastm_11:14409": [],
    "graphene_01:27595": [],
    "pemfc_04:12027": [],  # "H23C9 GDL": a gas diffusion layer's product code, as fresh24's "25BCH"
    "sofc_03:9243": ["Ti", "Pt"],  # "Ti+Pt grid": a list as one token, as fresh25's
    "pemfc_03:9639": ["H2", "air"],
    "semi_03:15537": [],
    "pemfc_07:9560": ["carbon", "Pt"],  # "carbon supports", "supported Pt catalysts"
    "electrolysis_04:20586": ["Fe (NO3)3·9H2O", "Co (NO3)2·6H2O", "Ni (NO3)2·6H2O"],
    "semi_04:5164": ["N2", "NO"],  # the gases of the annealings
    "pemfc_13:8552": ["QPAF-4", "KOH"],
    "electrolysis_03:42619": [],  # "WP", "P1200", "P400", "P200": sample codes
    "electrolysis_03:7627": ["Ir"],
    "semi_08:3148": ["carbon", "GaN", "methane"],  # "carbon buffer layer"; "HVPE": a method
    "oastm_11:16453": ["Boron", "oxygen"],  # "Boron-oxygen defects": the defect's elements
    "pemfc_13:8254": ["Pt", "Fe–N–C", "KOH", "OH⁻"],  # "Pt loading", "Fe–N–C loading"; "OH⁻ form": the ion
    "electrolysis_01:14585": ["Mo"],  # "Mo layer"
    "pemfc_04:12255": [],
    "pemfc_02:11090": [],
    "oastm_02:6592": ["Si", "Cl2", "SiCl4"],
    "oastm_11:20426": [],
    "sofc_02:9809": ["Cr", "Ni", "YSZ", "Ni", "YSZ"],  # "Cr poisoning": the element; "Ni-YSZ": the cermet's members
    "oastm_11:20271": ["phosphorus glass", "HF", "KOH"],  # "KOH etch"
    "oastm_03:3900": [
        "butyltintrichloride",
        "potassium fluoride",
        "potassium chloride",
        "potassium bromide",
        "potassium iodide",
        "propan-2-ol",
    ],
    "oastm_03:6475": ["gold"],
    "pemfc_03:16269": ["water", "2-propanol", "1-propanol", "water", "PFSA", "water"],
    # the name broken by the PDF extraction is one mention; "resin": a class
    "graphene_02:4865": ["PI", "2,2 -Biphenyl -biphenyl]-4,4 tetracarboxylic dianhydride", "BPDA"],
    "sofc_03:10072": ["air", "La0.6Sr0.4CoO3−δ"],
    "pemfc_02:11206": ["Pt/C"],  # "Pt/C catalyst layer"
    "sofc_03:11223": ["LSC"],  # "LSC target"
    "electrolysis_03:35806": ["Cu", "toluene"],  # "Cu receiver substrate"; "polymer replica": a class
    "electrolysis_04:13845": ["Ca", "Mg", "seawater"],  # "Ca/Mg-free seawater": the elements as written
    "pemfc_02:11976": [],
}
