"""Gold chemical-name spans and structures of the fresh19 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f19_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh18's samples (316), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh18 as they stand after the seventeenth round's
label changes (``names_mulms_labels.py`` to ``names_mulms_f18_labels.py``): an element named as its precursor is
marked ("Si and C precursors", as fresh15's "silicon precursor"). A text that fresh15 to fresh18 mark has their
label, taken from there; a text that the materials sets label has their label: "isopropanol" (fresh3), "PMMA"
with no structure. And these choices for what none of them met:

* a text keeps its earlier label where this sentence would fix another: "BZCYN" counts for recall only, as in
  fresh17, though this sentence gives its composition; "oxygen" is the gas, as in fresh17, also in "the oxygen
  precipitation process" (oxygen dissolved in silicon; the materials sets differ on an oxygen content, fresh12
  labelling the element), a set having one label a text;
* a perovskite with an abbreviation that the sentence defines: both get the formula of its central values without
  δ, as fresh16's: "La0.95Sr0.05Ga0.95Mg0.05O3−δ" and "LSGM" are La0.95Sr0.05Ga0.95Mg0.05O3,
  "Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ" is Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3;
* a cermet written as one token is its members, as fresh16's lists: "Ni-YSZ" marks Ni and YSZ; the steel
  abbreviation "STS" (an alloy) has no structure;
* a formula run into the words after it by lost spaces is marked, its glued text no part of the span: the "SiC" of
  "4H-SiCsurfacehavepreviouslybeen"; the silylenes "SiH2", "SiCl2" and "SiBr2" of a simulated surface reaction
  are molecules;
* objects are not marked, as fresh17's "TEM Au grid": the "silicon nitride membranes" of microscope chips, the
  "graphite plates" of a cell's flow field, the laminated "silicone/poly(ethyl benzene-1, 4-dicar- boxylat/silicone
  gaskets"; a "glassy carbon (GC) disk" electrode the sample is deposited onto is carbon, as fresh17's, and so is
  its abbreviation "GC"; the "Pt ring" of a ring-disk electrode is the metal, as fresh17's "Pt grid", and so are
  "Ir NWs" and "Pt NPs" (nanowires and nanoparticles); the "Carbon" of "Graphitized Carbon Nanofibers" is carbon,
  as fresh17's "Carbon cloth"; polymers have no structure ("polymethylmethacrylate", "polyimide" of a film);
* the "C" of the unit "gC/mlink" is not marked, as the "Pt" of "mgPt/cm2"; "chlorinated and brominated
  chemistries", "reducing gas" and "metallic impurities" are no mentions.
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("silicon nitride membranes", "graphite plates")
"""Phrases that name an object, not a chemical (microscope chips, a cell's flow-field plates)."""

SAMPLE_SEED = 49
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh18's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "Pt", "platinum", "carbon", "Si", "Ti", "Ni", "Ir", "silver", "water", "PVA", "Pt/C", "PtCoMn/C", "LSC",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("C", "O2", "Ar", "YSZ", "Nafion", "PBSCF")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("Carbon", "glassy carbon", "oxygen", "SDC", "BZCYN")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("hydrogen", "carbon black")
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

LSGM = {"formula": "La0.95Sr0.05Ga0.95Mg0.05O3"}

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    "GC": fresh17.LABELS["glassy carbon"],
    # gases, solvents and small molecules
    "isopropanol": materials.FRESH3_LABELS["isopropanol"],
    "SiH2": {"smiles": "[SiH2]", "formula": "SiH2"},
    "SiCl2": {"smiles": "Cl[Si]Cl", "formula": "SiCl2"},
    "SiBr2": {"smiles": "Br[Si]Br", "formula": "SiBr2"},
    # inorganic solids
    "SiC": fresh15.LABELS["SiC"],
    "La0.95Sr0.05Ga0.95Mg0.05O3−δ": LSGM,
    "LSGM": LSGM,
    "Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ": {"formula": "Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3"},
    # materials without one structure
    "PMMA": NONE,
    "polymethylmethacrylate": NONE,
    "polyimide": NONE,
    "NiCoFe hydroxides": NONE,
    "STS": NONE,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "electrolysis_03:35668": ["PMMA", "Ir"],  # "Ir NWs": nanowires of the metal
    "pemfc_07:10026": ["carbon black", "carbon"],  # "ionomer/carbon": the carbon support, as fresh16's
    "pemfc_14:34124": ["Pt/C"],
    "electrolysis_04:20883": [],
    "pemfc_04:11564": ["platinum"],
    "sofc_03:8412": ["La0.95Sr0.05Ga0.95Mg0.05O3−δ", "LSGM"],
    # "(000−1)4H-SiCsurfacehave...": the spaces lost, "SiC" glued to the words after it
    "semi_06:14897": ["SiH2", "SiCl2", ("SiC", "surface"), "SiBr2", "SiH2", "SiCl2", "SiBr2"],
    "electrolysis_02:14005": [],  # "silicon nitride membranes": microscope chips
    "electrolysis_02:10998": ["Pt", "Carbon"],  # "Pt NPs", "Graphitized Carbon Nanofibers"
    "pemfc_02:20342": [],
    "graphene_02:6450": ["silver", "carbon", "PVA"],  # as fresh15's graphene_02:6427
    "semi_05:10516": ["Si", "C"],  # "Si and C precursors": the elements
    "electrolysis_02:11356": ["Pt/C", "Nafion", "isopropanol"],
    "sofc_02:8890": ["LSC", "YSZ", "Ni", "YSZ"],  # "Ni-YSZ": a cermet, its members
    "semi_06:13251": [],  # "chlorinated and brominated chemistries"
    "oastm_11:13712": ["oxygen"],  # "metallic impurities": a class
    "sofc_04:30076": ["PBSCF"],  # "precursor solution": no one chemical
    "pemfc_03:6735": ["carbon"],  # "gC/mlink": a unit
    "sofc_03:9970": ["water"],
    "pemfc_08:7994": [],
    # "graphite plates", "silicone/poly(ethyl benzene-1, 4-dicar- boxylat/silicone gaskets": objects
    "pemfc_13:8967": [],
    "electrolysis_01:29774": ["O2", "Ar"],  # "O2/Ar": a list as one token, as fresh16's
    "oastm_11:20539": [],
    "graphene_01:31504": ["glassy carbon", "GC", "GC", "Pt"],  # "GC disk/Pt ring": the electrode's parts
    "electrolysis_04:8437": ["NiCoFe hydroxides"],  # "phosphating": a process
    "pemfc_14:34960": [],
    "pemfc_08:8212": [],
    "pemfc_04:11852": [],
    "pemfc_08:5365": [],
    "pemfc_02:11873": [],
    "sofc_04:31743": [],
    "electrolysis_02:27926": ["Pt/C", "oxygen"],
    "sofc_02:8275": [],
    "oastm_03:5581": [],
    "electrolysis_03:35502": ["polymethylmethacrylate", "PMMA", "polyimide"],
    "sofc_03:9099": ["Ti", "Pt", "YSZ", "Pt"],
    "pemfc_02:1019": ["PtCoMn/C"],
    "sofc_02:5678": ["STS"],  # "reducing gas": no one chemical
    "sofc_03:16844": [],
    "sofc_01:1150": ["SDC", "Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ", "BZCYN", "hydrogen"],
}
