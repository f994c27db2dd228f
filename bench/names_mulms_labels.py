"""Gold chemical-name spans and structures of the fresh15 set of the names evaluation (see docs/names.md).

The text: 50 sentences of the experimental sections of materials-science papers, from the Multi-Layer Materials
Science corpus (MuLMS) of boschresearch/mulms-az-codi2023 (commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``;
corpus CC BY-SA 4.0, ``data/mulms_corpus/LICENSE``; each paper CC BY 3.0 or 4.0, listed with its DOI and
licence in ``data/mulms_corpus/MuLMS_Corpus_Metadata.csv``), kept verbatim in
``tests/data/names/mulms_sentences.tsv``. The pool is every sentence the corpus's annotators zoned
``Exp_Preparation`` alone (a ``MatSci_Sentence`` whose ``ContentInformation`` is ``Exp_Preparation``, not a
caption or heading), of the papers of the categories electrolysis, graphene, pemfc, sofc and semi (the subareas
whose papers prepare materials; steel and polymer mechanics left out), at least 40 characters long: 506
sentences of 29 papers, in file-name order and by offset (``tests/data/names/mulms_pool.txt``); the set is
``random.Random(SAMPLE_SEED).sample`` of them, stored in the sample's order, each after its paper's name and
its offset in the paper's text (``sofc_03:25158``).

The text is sentence-level, so the convention of the patent and journal sets is taken: every chemical mention
of every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on
them; the structures follow the materials sets (``names_gold_labels.py``): elements as atoms with their formula
("Pt", "platinum", "iron", "phosphorus" the dopant; "carbon" the carbon support, as the materials sets label
it), gases as molecules ("nitrogen", "N2", "H2", "Cl2", "HBr"), inorganic solids by their formula ("SiC",
the "SiC" of "4H-SiC", whose polytype prefix is no part of the span as fresh8's "4H-SrMnO3" gives "SrMnO3",
"SiO2", "GaN", "WO3"), "alcohol" as ethanol (as every materials set labels it), salts as ions and a hydrate
with its water ("NaH2PO2·H2O"). And these choices for what none of them met:

* a material without one structure is a mention with no structure (``NONE``): polymers and ionomers ("PI",
  "PVA", "PFSA", "perfluorosulfonic acid", "silicone", "QPAF-4" the electrolyte membrane by its code), doped
  and mixed oxides ("ITO"), supported catalysts ("Pt/C", "PtCo/C", "PtCoMn/C", "Pt/Cg"), doped graphenes
  ("N-rGO", "Cu-N-rGO"), carbon black by its trade name ("Ketjen black"), "glass", "air" and "soaped water";
* "LSC" (a perovskite the sentence does not expand, one material whose composition the text does not fix) counts
  for recall only (``UNKNOWN``);
* an element named as its source is the element, as the materials sets' "iron precursor" (fresh6), "indium
  precursor" (fresh13) and "titanium source" (fresh10): "silicon precursor", "carbon precursor" (a label change
  of the seventeenth round: they were first left unmarked as roles);
* an element named as a constituent, not as a substance, is not marked ("bromine containing molecules", "the
  Si−C−Br−H system", the atoms of "X 2 {C, Si}", the "Si-face" of a crystal), nor sample codes that are no formula
  ("DLWT", "DLWP", "CVD", "Ox"), nor the "Pt" of the unit "mgPt/cm2"; the designations "NO" and "N2" of samples
  annealed in those gases are the gases, as are the "NO" and "N2" of "NO-annealed" and "N2-annealed";
* a metal of a composition or loading ("46.6 wt% Pt", "5.4 wt% Co", "Pt loading", "Ir electrocatalysts", "Ni
  foam", "Ti+Pt grid", "Al deposition") is the metal.
"""

NONE = {"structure": False}
UNKNOWN = {"structure": True}  # a definite material whose structure is not labelled: counts for recall only

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 39
"""``random.Random(SAMPLE_SEED).sample(range(506), 50)`` of the pool (``mulms_pool.txt``, in its order); the
sentences are stored in the sample's order."""


def _atom(symbol: str) -> dict:
    return {"smiles": f"[{symbol}]", "formula": symbol}


PT = _atom("Pt")
N2 = {"smiles": "N#N", "formula": "N2"}
WATER = {"smiles": "O"}
ISOPROPANOL = {"smiles": "CC(C)O"}

LABELS: dict[str, dict] = {
    # elements
    "iron": _atom("Fe"),
    "Si": _atom("Si"),
    "silicon": _atom("Si"),
    "Ti": _atom("Ti"),
    "Pt": PT,
    "platinum": PT,
    "Ni": _atom("Ni"),
    "Co": _atom("Co"),
    "Mn": _atom("Mn"),
    "Ir": _atom("Ir"),
    "Al": _atom("Al"),
    "Ar": _atom("Ar"),
    "phosphorus": _atom("P"),
    "silver": _atom("Ag"),
    "carbon": {"formula": "C"},
    # gases and small molecules
    "nitrogen": {"smiles": "N#N"},
    "N2": N2,
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "Cl2": {"smiles": "ClCl", "formula": "Cl2"},
    "Br2": {"smiles": "BrBr", "formula": "Br2"},
    "HBr": {"smiles": "Br", "formula": "HBr"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "NO": {"smiles": "[N]=O", "formula": "NO"},
    "silane": {"smiles": "[SiH4]", "formula": "SiH4"},
    "SiH4": {"smiles": "[SiH4]", "formula": "SiH4"},
    "propane": {"smiles": "CCC"},
    "C3H8": {"smiles": "CCC", "formula": "C3H8"},
    "water": WATER,
    "alcohol": {"smiles": "CCO"},  # ethanol, as the materials sets label it (sixteenth round)
    "H2O": {"smiles": "O", "formula": "H2O"},
    # solvents and reagents
    "1- propanol": {"smiles": "CCCO"},
    "2-propanol": ISOPROPANOL,
    "propan-2-ol": ISOPROPANOL,
    "acetone": {"smiles": "CC(C)=O"},
    "urea": {"smiles": "NC(N)=O"},
    "NH4F": {"smiles": "[NH4+].[F-]", "formula": "NH4F"},
    "NaH2PO2·H2O": {"smiles": "[Na+].O=[PH2][O-].O"},
    # inorganic solids
    "SiC": {"formula": "SiC"},
    "SiO2": {"formula": "SiO2"},
    "GaN": {"formula": "GaN"},
    "WO3": {"formula": "WO3"},
    # materials without one structure
    "PI": NONE,
    "silicone": NONE,
    "PVA": NONE,
    "PFSA": NONE,
    "perfluorosulfonic acid": NONE,
    "QPAF-4": NONE,
    "ITO": NONE,
    "glass": NONE,
    "Pt/C": NONE,
    "PtCo/C": NONE,
    "PtCoMn/C": NONE,
    "Pt/Cg": NONE,
    "N-rGO": NONE,
    "Cu-N-rGO": NONE,
    "Ketjen black": NONE,
    "air": NONE,
    "soaped water": NONE,
    "LSC": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "graphene_01:26766": ["N-rGO", "Cu-N-rGO"],
    "graphene_02:5739": ["PI", "silicone"],
    "oastm_11:14578": ["iron"],
    "electrolysis_01:15009": ["nitrogen"],
    "electrolysis_04:21715": ["N2"],  # "C for 2 h": the torn end of "°C"
    "graphene_01:27714": [],
    "oastm_11:15644": [],
    # "silicon precursor", "carbon precursor": the elements, as fresh6's "iron precursor", fresh13's "indium precursor"
    "semi_05:9918": ["Si", "silane", "SiH4", "propane", "C3H8", "H2", "silicon", "carbon"],
    "pemfc_08:4246": [],  # "PET PEM single-cell": a cell, its abbreviations not expanded
    "electrolysis_01:13110": [],
    "pemfc_13:16673": ["QPAF-4"],
    "semi_06:7625": ["HBr", "SiC", "HCl", "HBr", "HBr", "HBr", "HBr", "HBr", "Br2"],
    "graphene_02:5531": ["carbon", "PI", "PI"],  # "DLWT", "DLWP": sample codes
    "pemfc_14:36836": [],
    "oastm_10:26517": [],
    "semi_04:5543": ["SiO2", "SiO2"],  # "CVD", "Ox": designations
    "electrolysis_04:20715": ["NH4F", "urea", "NaH2PO2·H2O"],
    "sofc_03:25158": ["LSC", "Ti", "Pt"],
    "semi_06:10970": [],  # "bromine containing molecules", "the Si−C−Br−H system": constituents
    "oastm_02:6193": [],
    "pemfc_14:35242": ["Pt", "Pt", "Pt"],
    "sofc_02:9643": ["Ni"],
    "semi_08:3848": ["GaN"],
    "electrolysis_02:9812": [],
    "oastm_11:12617": ["phosphorus"],
    "electrolysis_01:13294": [],
    "electrolysis_03:7992": [],
    "pemfc_02:10123": ["Pt/C", "Pt", "PtCo/C", "Pt", "Co", "PtCoMn/C", "Pt", "Co", "Mn"],
    "oastm_10:7244": [],
    "pemfc_02:9581": ["PtCoMn/C"],
    "semi_06:6815": [],  # "the Si-face": a crystal face
    "semi_05:13712": ["SiC"],  # "X 2 {C, Si}": atoms of a set
    "electrolysis_03:7231": ["Ir"],
    "sofc_01:14380": [],
    "oastm_11:15071": [],
    "pemfc_03:20321": ["water", "H2O", "1- propanol", "2-propanol"],
    "pemfc_08:6047": [],
    "oastm_02:6416": ["SiC", "Cl2", "Ar"],
    "graphene_02:6427": ["silver", "carbon", "PVA"],
    "semi_04:5822": ["SiC"],  # "4H-SiC": the polytype prefix is no part of the span (sixteenth round)
    "electrolysis_02:9464": [],
    "pemfc_03:5992": [
        "carbon",
        "Ketjen black",
        "platinum",
        "Pt/Cg",
        "PFSA",
        "perfluorosulfonic acid",
        "water",
        "alcohol",
    ],
    "pemfc_02:10537": ["Pt"],  # the "Pt" of the unit "mgPt/cm2" is not marked
    "graphene_02:5660": [],
    "pemfc_08:5713": [],
    "oastm_03:4348": ["soaped water", "propan-2-ol", "acetone", "air"],
    "pemfc_08:4379": [],
    "electrolysis_01:12785": ["WO3", "Ni", "ITO", "glass"],
    "semi_04:6182": ["Al", "Ar"],
    "semi_04:5430": ["NO", "N2", "NO", "N2"],
}
