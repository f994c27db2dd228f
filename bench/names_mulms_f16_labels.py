"""Gold chemical-name spans and structures of the fresh16 set of the names evaluation (see docs/names.md).

The text: 50 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f16_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 50)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are not in fresh15's sample, in the pool's order; stored in the
sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by fresh15's conventions (``names_mulms_labels.py``; a text that fresh15 marks has
fresh15's label, taken from there; a text that the materials sets label has their label: "copper", "tin",
"O2", "HF", "HNO3", "C2H4", "ethylene glycol", "isopropyl alcohol"; "YSZ", "sapphire", "PAN", "PTFE" and
"Nafion" with no structure, as there), and these choices for what fresh15 did not meet:

* a list written as one token is its members, as in the patent sets: "O2/Ar" marks O2 and Ar, "PVB/PBSCF" PVB
  and PBSCF; "platinum on carbon" is a supported catalyst with no structure (as "Pt/C" and the journal sets'
  "palladium on carbon");
* an object named by its material is not marked, as the materials sets' dies, jars and crucibles: the "HDPE
  bottle", the "corundum sample holder", the "Pt tip" of a probe; a metal's form is the metal, as fresh15's
  "Ni foam" and "Ti+Pt grid": "Pt sheet", "Platinum mesh", "tin foil", the "copper target" the fibres are spun
  onto (a substrate); the milling "ZrO2 beads" are ZrO2;
* a generic oxide has no structure, as the materials sets' "manganese oxide": "iridium oxide", "Ir oxide" and
  "HIROF", the abbreviation of the hydrated Ir oxide film; "Ir black" marks the metal Ir (as fresh15's "Ir
  electrocatalysts"), as does "metallic Ir";
* a perovskite written with uncertainties and an oxygen deficiency is the formula of its central values without
  δ (the materials sets drop δ): "La0.607±0.008Sr0.396±0.004Co0.996±0.005O3−δ" is La0.607Sr0.396Co0.996O3;
  "PBSCF", an abbreviation the sentence does not expand, counts for recall only (``UNKNOWN``), as fresh15's
  "LSC";
* classes and groups are not marked, as in the journal sets: "potassium halide", the "precursor nitrate
  solution", the "SO3H" of an equivalent weight and the "CF3" of polymer chain ends; nor the "silicon and
  carbon atoms" of a simulation, nor the sample code "As-Ox"; the halogen values of "X=F, Cl, Br, I" and the
  elements of an atomic ratio ("(Cl or Br)/Si ratio", "C/Si ratio") are the elements, as the materials sets
  label "X = I, Br and Cl" (fresh8) and "Si/Al ratio" (dev, fresh5, test) (a label change of the seventeenth
  round: they were first left unmarked, as fresh15's "Si−C−Br−H system");
* polymers and trade ionomers have no structure: "PTFE", "PVB", "PAN", "polydimethylsiloxane", "PDMS",
  "PDMS-OH", "Aquivion", "Nafion"; "propylene glycol methyl ether" is 1-methoxypropan-2-ol, the compound the
  name means in common usage; "butyltin trichloride" gets its SMILES (as the journal sets' organotins); the
  complex salt "Tetraammineplatinum(II) ni- trate" (one mention though broken by a hyphenation space, as in the
  journal sets) and its formula "[Pt(NH3)4](NO3)2" get a formula, as the journal sets' named complexes.
"""

import names_gold_labels as materials
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("Pt tip",)
"""Phrases that name an object, not a chemical (a probe's platinum tip)."""

SAMPLE_SEED = 40
"""``random.Random(SAMPLE_SEED).sample(rest, 50)``, ``rest`` the indices of the pool's 506 sentences that are not
in fresh15's sample (``random.Random(39).sample(range(506), 50)``), in the pool's order; the sentences are
stored in the sample's order."""

SHARED = (
    "Pt", "platinum", "carbon", "N2", "H2", "Ar", "Ir", "WO3", "SiC", "GaN", "phosphorus", "HCl", "HBr", "water",
    "propan-2-ol", "air", "Pt/C", "PFSA", "LSC", "Si",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

PT_AMMINE_NITRATE = {"formula": "PtH12N6O6"}  # [Pt(NH3)4](NO3)2

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED},
    "Platinum": fresh15.PT,
    "F": materials.FRESH8_LABELS["F"],
    "Cl": materials.FRESH8_LABELS["Cl"],
    "Br": materials.FRESH8_LABELS["Br"],
    "I": materials.FRESH8_LABELS["I"],
    "C": materials.FRESH8_LABELS["C"],
    "copper": materials.FRESH10_LABELS["copper"],
    "tin": materials.FRESH12_LABELS["tin"],
    # gases, solvents and reagents
    "O2": materials.FRESH4_LABELS["O2"],
    "C2H4": materials.FRESH13_LABELS["C2H4"],
    "HF": materials.LABELS["HF"],
    "HNO3": materials.LABELS["HNO3"],
    "CH3COOH": {"smiles": "CC(=O)O", "formula": "C2H4O2"},
    "ethylene glycol": materials.DEV_LABELS["ethylene glycol"],
    "isopropyl alcohol": materials.FRESH13_LABELS["isopropyl alcohol"],
    "propylene glycol methyl ether": {"smiles": "COCC(C)O"},  # 1-methoxypropan-2-ol
    "butyltin trichloride": {"smiles": "CCCC[Sn](Cl)(Cl)Cl"},
    "Tetraammineplatinum(II) ni- trate": PT_AMMINE_NITRATE,
    "[Pt(NH3)4](NO3)2": PT_AMMINE_NITRATE,
    # inorganic solids
    "silicon carbide": {"formula": "SiC"},
    "ZrO2": {"formula": "ZrO2"},
    "La0.607±0.008Sr0.396±0.004Co0.996±0.005O3−δ": {"formula": "La0.607Sr0.396Co0.996O3"},
    # materials without one structure
    "iridium oxide": NONE,
    "Ir oxide": NONE,
    "HIROF": NONE,
    "platinum on carbon": NONE,
    "YSZ": NONE,
    "sapphire": NONE,
    "PTFE": NONE,
    "PVB": NONE,
    "PAN": NONE,
    "polydimethylsiloxane": NONE,
    "PDMS": NONE,
    "PDMS-OH": NONE,
    "Aquivion": NONE,
    "Nafion": NONE,
    "PBSCF": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "pemfc_03:35453": ["PTFE"],
    "pemfc_14:8390": ["Pt", "Pt", "Pt/C", "carbon"],  # "ionomer:carbon": the carbon support
    "sofc_04:30997": [],
    "pemfc_08:7084": [],
    "electrolysis_01:18921": ["WO3", "WO3", "O2", "Ar"],
    "graphene_02:6998": [],
    "oastm_03:4143": ["air"],
    "semi_05:12579": ["SiC"],  # "the silicon and carbon atoms" of the simulation: constituents
    "semi_04:5756": [],  # "As-Ox": a sample code
    "graphene_01:30435": [],
    "electrolysis_03:39709": ["iridium oxide", "Ir", "Ir oxide", "HIROF"],  # "HUPD": a process
    "semi_08:7283": ["carbon", "GaN"],
    "oastm_11:15717": [],
    # "potassium halide": a class; its values "X=F, Cl, Br, I" are the elements, as fresh8's "X = I, Br and Cl"
    "oastm_03:508": ["butyltin trichloride", "F", "Cl", "Br", "I", "propan-2-ol", "air"],
    "sofc_04:31071": ["PBSCF", "PBSCF", "PVB", "PBSCF"],  # "precursor nitrate solution": a class
    "semi_08:537": ["GaN", "carbon", "sapphire"],
    "pemfc_03:12829": ["N2"],
    "sofc_03:10304": ["La0.607±0.008Sr0.396±0.004Co0.996±0.005O3−δ", "YSZ"],
    "electrolysis_01:15929": [],
    "pemfc_08:7424": ["H2", "air"],
    "semi_06:14644": [],
    "electrolysis_03:42401": [],  # "the WP": a structure's code, as fresh15's "WP-structured"
    "electrolysis_02:9675": ["PAN"],
    "semi_04:5988": ["phosphorus", "phosphorus"],
    "graphene_01:30046": [],
    "semi_03:5047": ["silicon carbide"],
    # "(Cl or Br)/Si ratio", "C/Si ratio": the elements of a ratio, as the materials sets' "Si/Al ratio"
    "semi_06:7062": ["Cl", "Br", "Si", "HCl", "HBr", "C", "Si", "C2H4"],
    "pemfc_04:10929": [
        "platinum on carbon",
        "Pt/C",
        "Pt/C",
        "Aquivion",
        "water",
        "PFSA",
        "ethylene glycol",
        "propylene glycol methyl ether",
    ],  # "SO3H", "CF3": groups
    "sofc_03:13976": [],  # "Pt tip": an object
    "electrolysis_02:8806": ["copper", "tin"],
    "electrolysis_04:21775": [],
    "sofc_02:22422": [],
    "pemfc_14:35145": ["platinum"],
    "oastm_10:14543": [],
    "electrolysis_03:38730": ["Ir", "water", "isopropyl alcohol", "Nafion"],
    "graphene_02:11622": [],
    "oastm_11:13404": ["HF", "HNO3", "CH3COOH"],
    "electrolysis_03:43440": [],
    "sofc_02:8074": [],
    "pemfc_08:5619": [],
    "semi_05:16802": [],
    "sofc_03:11793": [],
    "pemfc_08:6997": [],
    "sofc_04:31660": ["Platinum"],
    "electrolysis_03:35350": ["polydimethylsiloxane", "PDMS", "PDMS-OH"],
    "pemfc_03:6383": ["ZrO2", "water"],  # "HDPE bottle": an object
    "electrolysis_02:8463": ["Tetraammineplatinum(II) ni- trate", "[Pt(NH3)4](NO3)2", "Pt", "carbon"],
    "sofc_03:13454": ["Pt"],  # "corundum sample holder": an object
    "sofc_03:10554": ["LSC"],
    "oastm_10:26248": [],
}
