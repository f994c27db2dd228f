"""Gold chemical-name spans and structures of the fresh18 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f18_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's, fresh16's and fresh17's samples (356), in the
pool's order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh17 as they stand after the seventeenth round's
label changes (``names_mulms_labels.py``, ``names_mulms_f16_labels.py``, ``names_mulms_f17_labels.py``): the
elements of an atomic ratio are marked ("Si/H2 = 0.25%, C/Si = 1.0 and (Cl or Br)/Si = 4.0" marks Si, H2, C, Si,
Cl, Br and Si, as fresh16's "C/Si ratio" and the materials sets' "Si/Al ratio"), as are the values of "X=F, Cl,
Br or I" (the class "potassium halide" and its formula "KX" are not) and an element named as its precursor ("Pt
precursors", as fresh15's "silicon precursor"). A text that fresh15 to fresh17 mark has their label, taken from
there; a text that the materials sets label has their label: "methanol", "silica", "H2SO4", "hydrochloric acid",
"hydrogen" (the gas, as fresh4); "carbon black" and "Pt/CB" have no structure, as there. And these choices for
what none of them met:

* a metal's form is the metal, as fresh16's "Pt sheet" and fresh17's "Pt grid": the "Pt heating wires" of a
  heater, the "Ti GDL" (a titanium gas diffusion layer), "Al electrodes"; the "quartz plate" and "corundum plate"
  that hold a sample are objects, as fresh16's "corundum sample holder", and the "KrF" of a "KrF excimer laser"
  (the laser named by its gas) is no mention;
* a catalyst's or membrane's product code is a mention with no structure, as fresh15's "QPAF-4" and fresh17's
  "AB800": "TEC10E50E" (a Pt/CB catalyst), "NRE-211" (a Nafion membrane); the trade mark sign of "Nafion®" is no
  part of the span; a mixed hydroxide has no structure, as fresh17's "NiCoFe phosphide": "NiCoFe hydroxide";
  "FTO" of an "FTO precursor" (the doped oxide the precursor deposits) has no structure, as fresh17's "F-TO";
  "Silicon nitride" deposited by PECVD is a generic nitride with no structure, as fresh16's "iridium oxide";
* a named glass is one mention with no structure, as fresh15's "glass": "soda-lime silica float glass" (its
  "silica" names the glass type, not SiO2);
* an abbreviation that the sentence defines takes its full name's structure ("MBTC" is butyltin trichloride);
  one that it does not define counts for recall only (``UNKNOWN``), as fresh15's "LSC": "BPDA" (a dianhydride);
* the metals of a class are the elements, as fresh16's halide values: "transition metal nitrate/s (iron or
  manganese)" marks iron and manganese, not the class; "PGM-free" names a class; "Cu" in a simulation is the
  element, as fresh17's, while the "Cu" of the orbital "Cu-3d" and of the parameter "UCu" is not marked (as the
  "Pt" of the unit "mgPt/cm2"); the letters of the ionomer-to-carbon ratio "I/C" stay unmarked, as in fresh17
  (the abbreviations of a mass ratio's components, not the elements of an atomic ratio), while the "carbon" of
  "ionomer to carbon weight ratio" is carbon, as fresh16's "ionomer:carbon".
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("quartz plate", "corundum plate", "KrF (λ = 248 nm) excimer laser")
"""Phrases that name an object, not a chemical (sample holders, a laser)."""

SAMPLE_SEED = 48
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's, fresh16's and fresh17's samples, in the pool's order; the sentences are stored in the sample's
order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "Pt", "platinum", "carbon", "Si", "Ti", "Ir", "Al", "H2", "HCl", "HBr", "iron", "phosphorus", "water", "air", "SiC",
    "SiO2", "WO3", "NaH2PO2·H2O",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("C", "Cl", "Br", "F", "I", "O2", "Nafion", "butyltin trichloride", "propan-2-ol", "isopropyl alcohol")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("Cu",)
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

BUTYLTIN_TRICHLORIDE = fresh16.LABELS["butyltin trichloride"]

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    "manganese": fresh15.LABELS["Mn"],
    # gases, solvents and reagents
    "hydrogen": materials.FRESH4_LABELS["hydrogen"],
    "methanol": materials.FRESH10_LABELS["methanol"],
    "H2SO4": materials.DEV_LABELS["H2SO4"],
    "hydrochloric acid": materials.DEV_LABELS["hydrochloric acid"],
    "CCl4": {"smiles": "ClC(Cl)(Cl)Cl", "formula": "CCl4"},
    "MBTC": BUTYLTIN_TRICHLORIDE,
    "NaF": {"smiles": "[Na+].[F-]", "formula": "NaF"},
    # inorganic solids
    "silica": materials.FRESH4_LABELS["silica"],
    # materials without one structure
    "carbon black": NONE,
    "Pt/CB": NONE,
    "TEC10E50E": NONE,
    "NRE-211": NONE,
    "NiCoFe hydroxide": NONE,
    "FTO": NONE,
    "Silicon nitride": NONE,
    "soda-lime silica float glass": NONE,
    "BPDA": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "semi_06:6426": ["SiC", "SiC"],  # the polytypes "4H" and "6H" alone
    "pemfc_02:19989": [],
    "electrolysis_04:21551": ["NiCoFe hydroxide", "NaH2PO2·H2O"],  # "porce- lain boat": an object
    # the elements of atomic ratios, as fresh16's "(Cl or Br)/Si ratio" and "C/Si ratio"
    "semi_06:9790": ["Si", "H2", "C", "Si", "Cl", "Br", "Si"],
    "semi_05:17398": [],
    "pemfc_02:11586": [],
    "semi_04:6379": [],
    "oastm_02:5696": ["SiC", "CCl4"],  # "6H-SiC": the polytype prefix is no part of the span
    "pemfc_13:7070": ["Pt", "carbon black", "Pt/CB", "TEC10E50E", "methanol", "water"],
    "graphene_02:5190": [],
    "graphene_01:31025": ["Cu"],  # "transition metals": a class; "Cu-3d", "UCu": an orbital, a parameter
    "sofc_03:11858": ["Pt", "Pt"],  # "Pt heating wires", "Pt sheet": the metal; the quartz and corundum plates
    "electrolysis_03:43255": ["Ir", "Ti", "Nafion"],  # "Ir black" (as fresh16), "Ti GDL"; "Nafion®"
    "semi_04:4920": ["H2"],
    "sofc_03:10644": [],  # "KrF (λ = 248 nm) excimer laser": an apparatus
    # "potassium halide (KX; where X=F, Cl, Br or I)": the class and its formula unmarked, its values marked
    "oastm_03:4485": ["FTO", "butyltin trichloride", "MBTC", "F", "Cl", "Br", "I", "propan-2-ol"],
    "oastm_03:4202": ["soda-lime silica float glass", "SiO2"],
    "semi_05:10342": ["H2"],
    "semi_06:7339": ["HCl", "HBr", "hydrogen", "HCl", "HBr"],
    "semi_05:10290": [],
    "pemfc_14:34773": ["Nafion", "NRE-211"],  # the "Pt" of the unit "mgPt/cm2" is not marked
    "electrolysis_01:19203": ["WO3"],
    "electrolysis_03:35179": [],
    # "PGM-free", "transition metal nitrate/s", "organic precursor": classes; "iron or manganese": their metals
    "pemfc_10:8490": ["iron", "manganese", "silica"],
    "electrolysis_03:7409": [],
    "semi_04:5267": ["Al"],
    "sofc_03:16600": ["O2"],
    "graphene_02:5115": ["BPDA"],  # "dianhydride": a class
    "electrolysis_04:21101": ["NiCoFe hydroxide"],
    "electrolysis_02:15515": ["Pt"],  # "Pt precursors": the element, as fresh15's "silicon precursor"
    "pemfc_02:10290": ["Pt", "water", "isopropyl alcohol", "Nafion"],
    "pemfc_03:8104": [],
    "pemfc_03:7947": ["platinum", "carbon"],  # "mgPt/cm2": a unit; "I/C": the letters of a mass ratio
    "electrolysis_03:39512": ["H2SO4", "H2SO4", "air"],
    "oastm_03:11296": [],
    "oastm_11:19651": ["phosphorus"],
    "oastm_11:14964": ["Silicon nitride"],
    "sofc_03:10438": ["hydrochloric acid"],
    "electrolysis_01:14670": ["NaF"],
    "semi_06:12153": [],
}
