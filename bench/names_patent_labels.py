"""Gold chemical-name spans and structures of the patent sets of the names evaluation (see docs/names.md).

The text: the 100 experimental sentences from patents of rxn4chemistry/paragraph2actions (MIT, Copyright 2020
RXN for Chemistry team; commit 37d9642, ``test_data/src-{train,valid,test}.txt``; US patent text, public
domain), kept in ``tests/data/names/patent_sentences.tsv``. Every chemical mention of every sentence was marked
for this evaluation, by hand, from the text alone, by the guide of the materials sets
(``names_gold_labels.py``, docs/names.md "Span convention"):

* ``MENTIONS``: the mentions of each sentence (by its file and line), in text order. A plain string is the next
  occurrence of that text, at word boundaries, after the end of the one listed before it; the builder computes the
  offsets and fails on a text it does not find. A sentence with nothing to mark is listed with ``[]``.
* ``LABELS``: the structure of each mention text (one label whatever its sentence): ``smiles`` (salts as ions,
  hydrochlorides and other acid salts of organic bases as the base with the acid, hydrates with their waters,
  elements as atoms, isotopes written out: ``CDCl3`` is ``[2H]C(Cl)(Cl)Cl``); ``formula`` (a complex written by
  its composition, as the materials sets write bis(triphenylphosphine)palladium(II) chloride); ``name`` (a
  systematic name written in the sentence, or one written for a name OPSIN does not read, parsed by OPSIN at
  build time: its SMILES, with stereo, is the gold; ``with``: a part added to it, the acid of a salt); ``NONE``
(a mention with no single structure).

Conventions (the materials sets' guide, and these choices for patent text):

* a span is the compound's name only: grade and state words before it ("saturated aqueous", "dry", "anhydrous",
  "1N", "2M", "40% aqueous") and form words after it ("solution", "pellets", "base") are not part of it;
  "methanolic HCl" is HCl (the solvent's adjective is cut like "aqueous");
* an aqueous reagent named by its solute is the solute: "hydrochloric acid" is HCl, "brine" (saturated aqueous
  sodium chloride in a work-up) is NaCl (as fresh4's work-up brine, relabelled so in the fourteenth round);
  "ice" is water, and in "ice water" the span is "water" ("ice" a state word before it, as the materials
  annotators mark "quenched in ice water" in fresh9; relabelled so in the fourteenth round); "dry ice" is carbon
  dioxide (its name, not a grade word before "ice");
* a list written as one token is its members ("DCM/isopropanol", "NH3/MeOH", "DCM/MeOH/DEA");
* reagent abbreviations get their structure where common usage fixes it: DCM (dichloromethane), THF, EtOAc, EA
  (ethyl acetate), Et2O, MeOH, DME (1,2-dimethoxyethane), DIPEA, NMP, NMO (N-methylmorpholine N-oxide), TPAP
  (tetrapropylammonium perruthenate), DEA (diethylamine, the amine of a chromatography eluent), TMS
  (tetramethylsilane, the NMR reference); the NMR solvents CDCl3, CD3OD and DMSO-d6 are their deuterated
  structures;
* a name written with a stereo descriptor is OPSIN's structure with stereo ("(3S,4R)-", "(3S)-"); "[rac]-" is
  the structure without stereo; a relative descriptor ("cis-") has no single SMILES: ``UNKNOWN`` (it counts for
  recall, not for structure accuracy); a whole phrase naming one compound is one span ("methyl ester of
  4-methyl-3-cyclohexene-1-carboxylic acid", "acetaldehyde methyl hemiacetal");
* no single structure (``NONE``, marked): silica gel (the chromatography sorbent), resins and supported reagents
  ("PL-HCO3 resin", "diethylaminomethyl polystyrene"), "activated carbon" (as the materials test split), the
  sorbent "sulfonic acid (SCX)" (a strong cation exchanger: a class of groups on a support), and words
  standing for one compound whose structure the sentence does not give ("title compound", "title product",
  "tile compound", "Intermediate 334", "Intermediate 17", "compound 162");
* not marked: generic words (mixture, solution, residue, product, solvent, desiccant, precipitate, "the starting
  material", "bromo-derivative"), references to a numbered formula, example or procedure ("Formula-11", "Example
  149-1", "(E6)", "Preparation 80", "GB 2253848 A1"), apparatus ("ice bath", "oil bath", "cooling bath",
  "ice-cooling"), nuclei and ions of analyses ("1H NMR", "(M+H)+", "3H").
"""

NONE = {"structure": False}
UNKNOWN = {"structure": True}  # a definite compound whose structure is not labelled: counts for recall only

APPARATUS = ("ice bath", "ice-cooled", "ice-cooling", "ice cooling")
"""Phrases that name a way of cooling, not a chemical (their "ice" is not marked)."""

DCM = {"smiles": "ClCCl"}
THF = {"smiles": "C1CCOC1"}
ETOAC = {"smiles": "CCOC(C)=O"}
WATER = {"smiles": "O"}
METHANOL = {"smiles": "CO"}
ETHER = {"smiles": "CCOCC"}
HCL = {"smiles": "Cl", "formula": "HCl"}
NAOH = {"smiles": "[Na+].[OH-]", "formula": "NaOH"}
KOH = {"smiles": "[K+].[OH-]", "formula": "KOH"}
K2CO3 = {"smiles": "[K+].[K+].[O-]C([O-])=O", "formula": "K2CO3"}
NACL = {"smiles": "[Na+].[Cl-]"}
DMF = {"smiles": "CN(C)C=O"}
CHLOROFORM = {"smiles": "ClC(Cl)Cl"}
HEPTANE = {"smiles": "CCCCCCC"}
RUPATADINE = (
    "8-chloro-11-{1-[(5-methylpyridin-3-yl)methyl]piperidin-4-ylidene}-6,11-dihydro-5H-benzo[5,6]cyclohepta"
    "[1,2-b]pyridine"
)
FUMARIC = "OC(=O)/C=C/C(=O)O"

LABELS: dict[str, dict] = {
    # solvents, reagents and work-up chemicals
    "THF": THF,
    "tetrahydrofuran": THF,
    "DCM": DCM,
    "dichloromethane": DCM,
    "CH2Cl2": {"smiles": "ClCCl", "formula": "CH2Cl2"},
    "ethyl acetate": ETOAC,
    "EtOAc": ETOAC,
    "EA": ETOAC,
    "water": WATER,
    "Water": WATER,
    "H2O": {"smiles": "O", "formula": "H2O"},
    "Wasser": WATER,
    "ice": WATER,
    "dry ice": {"smiles": "O=C=O"},
    "methanol": METHANOL,
    "Methanol": METHANOL,
    "MeOH": METHANOL,
    "ether": ETHER,
    "diethyl ether": ETHER,
    "Et2O": ETHER,
    "Methyl-tert.-butylether": {"smiles": "COC(C)(C)C"},
    "chloroform": CHLOROFORM,
    "acetone": {"smiles": "CC(C)=O"},
    "acetonitrile": {"smiles": "CC#N"},
    "benzene": {"smiles": "c1ccccc1"},
    "heptane": HEPTANE,
    "isopropanol": {"smiles": "CC(C)O"},
    "1,4-dioxane": {"smiles": "C1COCCO1"},
    "DME": {"smiles": "COCCOC"},
    "NMP": {"smiles": "CN1CCCC1=O"},
    "N,N-dimethylformamide": DMF,
    "dimethylsulfoxide": {"smiles": "CS(C)=O"},
    "benzotrifluoride": {"smiles": "FC(F)(F)c1ccccc1"},
    "triethyl orthoformate": {"smiles": "CCOC(OCC)OCC"},
    "HCl": HCL,
    "hydrochloric acid": HCL,
    "NaOH": NAOH,
    "sodium hydroxide": NAOH,
    "KOH": KOH,
    "Potassium hydroxide": KOH,
    "potassium hydroxide": KOH,
    "K2CO3": K2CO3,
    "potassium carbonate": K2CO3,
    "NaHCO3": {"smiles": "[Na+].OC([O-])=O", "formula": "NaHCO3"},
    "sodium bicarbonate": {"smiles": "[Na+].OC([O-])=O"},
    "NH4Cl": {"smiles": "[NH4+].[Cl-]", "formula": "NH4Cl"},
    "sodium chloride": NACL,
    "brine": NACL,
    "MgSO4": {"smiles": "[Mg+2].[O-]S(=O)(=O)[O-]", "formula": "MgSO4"},
    "Na2SO4": {"smiles": "[Na+].[Na+].[O-]S(=O)(=O)[O-]", "formula": "Na2SO4"},
    "sodium sulfate": {"smiles": "[Na+].[Na+].[O-]S(=O)(=O)[O-]"},
    "NH3": {"smiles": "N", "formula": "NH3"},
    "nitrogen": {"smiles": "N#N"},  # "under nitrogen", "nitrogen atmosphere": the gas
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "iodine": {"smiles": "II", "formula": "I2"},
    "lithium hydride": {"smiles": "[Li+].[H-]"},
    "LiAlH4": {"smiles": "[Li+].[AlH4-]", "formula": "LiAlH4"},
    "boron tribromide": {"smiles": "BrB(Br)Br"},
    "carbon tetrabromide": {"smiles": "BrC(Br)(Br)Br"},
    "thionyl chloride": {"smiles": "O=S(Cl)Cl"},
    "methanesulfonyl chloride": {"smiles": "CS(=O)(=O)Cl"},
    "trifluoroacetic acid": {"smiles": "OC(=O)C(F)(F)F"},
    "fumaric acid": {"smiles": FUMARIC},
    "ethyl iodide": {"smiles": "CCI"},
    "dimethyl amine": {"smiles": "CNC"},
    "triethylamine": {"smiles": "CCN(CC)CC"},
    "DIPEA": {"smiles": "CCN(C(C)C)C(C)C"},
    "DEA": {"smiles": "CCNCC"},
    "Triphenylphosphine": {"smiles": "c1ccc(P(c2ccccc2)c2ccccc2)cc1"},
    "tributylphosphine": {"smiles": "CCCCP(CCCC)CCCC"},
    "NMO": {"smiles": "C[N+]1([O-])CCOCC1"},
    "TPAP": {"smiles": "CCC[N+](CCC)(CCC)CCC.[O-][Ru](=O)(=O)=O"},
    "bis(triphenylphosphine) palladium( II)chloride": {"formula": "PdCl2P2C36H30"},  # as fresh8's PdCl2(PPh3)2
    "N,N,N',N'-tetramethyl azodicarboxamide": {"smiles": "CN(C)C(=O)N=NC(=O)N(C)C"},
    "thiazolidine": {"smiles": "C1CSCN1"},
    # NMR solvents and reference
    "CDCl3": {"smiles": "[2H]C(Cl)(Cl)Cl"},
    "CD3OD": {"smiles": "[2H]OC([2H])([2H])[2H]"},
    "DMSO-d6": {"smiles": "[2H]C([2H])([2H])S(=O)C([2H])([2H])[2H]"},
    "TMS": {"smiles": "C[Si](C)(C)C"},
    # starting materials and products named in the sentences
    "2,8-Dimethyl-5-((2-(pyridin-4-yl)oxiran-2-yl)methyl)-2,3,4,5-tetrahydro-1H-pyrido[4,3-b]indole": {
        "name": "2,8-Dimethyl-5-((2-(pyridin-4-yl)oxiran-2-yl)methyl)-2,3,4,5-tetrahydro-1H-pyrido[4,3-b]indole"
    },
    "4-bromo-3-methyl-1-(4-methylbenzenesulphonyl)-1H-pyrrole-2-carbonitrile": {
        "name": "4-bromo-3-methyl-1-(4-methylbenzenesulphonyl)-1H-pyrrole-2-carbonitrile"
    },
    "7-benzyloxy-3,4-dihydroquinazolin-4-one": {"name": "7-benzyloxy-3,4-dihydroquinazolin-4-one"},
    "Desloratadine": {"name": "8-chloro-6,11-dihydro-11-(piperidin-4-ylidene)-5H-benzo[5,6]cyclohepta[1,2-b]pyridine"},
    "Rupatadine": {"name": RUPATADINE},  # "Rupatadine base": the free base
    "Rupatadine Fumarate": {"name": RUPATADINE, "with": FUMARIC},  # a 1:1 salt, written as base and acid
    "5-(4-bromophenyl)-1-[3-fluoro-4-(methylsulfonyl)phenyl]-3-(trifluoromethyl)-1H-pyrazole": {
        "name": "5-(4-bromophenyl)-1-[3-fluoro-4-(methylsulfonyl)phenyl]-3-(trifluoromethyl)-1H-pyrazole"
    },
    "furan -3-boronic acid": {"smiles": "OB(O)c1ccoc1"},  # the space is the patent's
    "3-amino-4-{[3-(dimethylamino)propyl]amino}-N-methylbenzamide": {
        "name": "3-amino-4-{[3-(dimethylamino)propyl]amino}-N-methylbenzamide"
    },
    "4-(1-{2-fluoro-1-[(3S)-pyrrolidin-3-yl]ethyl}-1H-pyrazol-4-yl)-7-{[2-(trimethylsilyl)ethoxy]methyl}-7H-pyrrolo"
    "[2,3-d]pyrimidine": {
        "name": "4-(1-{2-fluoro-1-[(3S)-pyrrolidin-3-yl]ethyl}-1H-pyrazol-4-yl)-7-{[2-(trimethylsilyl)ethoxy]methyl}"
        "-7H-pyrrolo[2,3-d]pyrimidine"
    },
    "tert-butyl 6-[(cyclopropylmethoxy)methyl]-6-hydroxy-1,4-oxazepane-4-carboxylate": {
        "name": "tert-butyl 6-[(cyclopropylmethoxy)methyl]-6-hydroxy-1,4-oxazepane-4-carboxylate"
    },
    "3-allyloxy-4-methoxynitrobenzene": {"name": "3-allyloxy-4-methoxynitrobenzene"},
    "(6,7-difluoro-3-methyl-1,2-benzisoxazol-5-yl)methanol": {
        "name": "(6,7-difluoro-3-methyl-1,2-benzisoxazol-5-yl)methanol"
    },
    "N-{2-[4-amino-7-[(6-aminohexyl)oxy]-2-(ethoxymethyl)-1H-imidazo[4,5-c]quinolin-1-yl]-1,1-dimethylethyl}-N-"
    "isopropylurea": {
        "name": "N-{2-[4-amino-7-[(6-aminohexyl)oxy]-2-(ethoxymethyl)-1H-imidazo[4,5-c]quinolin-1-yl]-1,1-"
        "dimethylethyl}-N-isopropylurea"
    },
    "6-(3-fluoro-4-methoxyphenyl)-5-(4-methoxyphenyl)-2H-pyridazin-3-one": {
        "name": "6-(3-fluoro-4-methoxyphenyl)-5-(4-methoxyphenyl)-2H-pyridazin-3-one"
    },
    # the patent's name; OPSIN reads it as 7-fluoro-1-(2-hydroxy-2-methoxyethyl)-1,5-naphthyridin-2(1H)-one
    "(7-Fluoro-2-oxo-1,5-naphthyridin-1(2H)-yl)acetaldehyde methyl hemiacetal": {
        "name": "(7-Fluoro-2-oxo-1,5-naphthyridin-1(2H)-yl)acetaldehyde methyl hemiacetal"
    },
    "1,1-dimethylethyl[(3S,4R)-3-hydroxy-4-piperidinyl]carbamate": {
        "name": "1,1-dimethylethyl[(3S,4R)-3-hydroxy-4-piperidinyl]carbamate"
    },
    # the same compound by its other name ("... Enantiomer 2"); "cis-" is a relative configuration, which one
    # SMILES does not write (OPSIN writes one enantiomer, here the other one): a structure, no label to judge
    "cis-(3-hydroxy-piperidin-4-yl)-carbamic acid tert-butyl ester": UNKNOWN,
    "3-Cyclobutyl-7-(piperidin-4-yloxy)-2,3,4,5-tetrahydro-1H-benzo[d]azepine": {
        "name": "3-Cyclobutyl-7-(piperidin-4-yloxy)-2,3,4,5-tetrahydro-1H-benzo[d]azepine"
    },
    "2,3-dichlorophenylisothiocyanate": {"name": "2,3-dichlorophenylisothiocyanate"},
    "methyl ester of 4-methyl-3-cyclohexene-1-carboxylic acid": {"name": "methyl 4-methyl-3-cyclohexene-1-carboxylate"},
    "N-(3-{1-[5-(4-iodophenyl)-5-oxopentyl]-4-piperidinyl}phenyl)-2-methylpropanamide": {
        "name": "N-(3-{1-[5-(4-iodophenyl)-5-oxopentyl]-4-piperidinyl}phenyl)-2-methylpropanamide"
    },
    "1-naphthylhydrazine hydrochloride": {"name": "1-naphthylhydrazine hydrochloride"},
    "(pyridin-2-yl)methanol": {"name": "(pyridin-2-yl)methanol"},
    "2-(5-(3,5-dichlorophenyl)-5-(trifluoromethyl)-4,5-dihydroisoxazol-3-yl)-N-(2-oxo-2-(2,2,2-trifluoroethylamino)"
    "ethyl)thieno[2,3-b]pyridine-5-carboxamide": {
        "name": "2-(5-(3,5-dichlorophenyl)-5-(trifluoromethyl)-4,5-dihydroisoxazol-3-yl)-N-(2-oxo-2-(2,2,2-"
        "trifluoroethylamino)ethyl)thieno[2,3-b]pyridine-5-carboxamide"
    },
    "3-Nitro-phenol": {"smiles": "O=[N+]([O-])c1cccc(O)c1"},
    "4-bromo-benzyl bromide": {"smiles": "BrCc1ccc(Br)cc1"},
    "5-amino-2-methoxy-4-nitrobenzoic acid": {"name": "5-amino-2-methoxy-4-nitrobenzoic acid"},
    "tert-Butyl 4-oxopiperidine-1-carboxylate": {"name": "tert-Butyl 4-oxopiperidine-1-carboxylate"},
    "3-Bromo-2-fluoroaniline": {"smiles": "Nc1cccc(Br)c1F"},
    "(3S,4R)-4-amino-piperidine-1,3-dicarboxylic acid 1-tert-butyl ester 3-methyl ester": {
        "name": "(3S,4R)-4-amino-piperidine-1,3-dicarboxylic acid 1-tert-butyl ester 3-methyl ester"
    },
    "2-(2-bromo-ethyl)-pyridine": {"smiles": "BrCCc1ccccn1"},
    "2-chloro-benzooxazole": {"smiles": "Clc1nc2ccccc2o1"},
    "methyl 1H-indazole-6-carboxylate": {"name": "methyl 1H-indazole-6-carboxylate"},
    "[2-methyl-5-(4-trifluoromethoxy-phenyl)-2H-pyrazol-3-yl]-methanol": {
        "name": "[2-methyl-5-(4-trifluoromethoxy-phenyl)-2H-pyrazol-3-yl]-methanol"
    },
    "[rac]-2-{6-[2-methyl-5-(4-trifluoromethoxy-phenyl)-2H-pyrazol-3-ylmethoxy]-indol-1-yl}-propionic acid-"
    "ethyl ester": {
        "name": "[rac]-2-{6-[2-methyl-5-(4-trifluoromethoxy-phenyl)-2H-pyrazol-3-ylmethoxy]-indol-1-yl}-propionic "
        "acid-ethyl ester"
    },
    "benzyl 3-(formamido(7-((2-(trimethylsilyl)ethoxy)methyl)-7H-pyrrolo[2,3-d]pyrimidin-4-yl)methyl)piperidine-1-"
    "carboxylate": {
        "name": "benzyl 3-(formamido(7-((2-(trimethylsilyl)ethoxy)methyl)-7H-pyrrolo[2,3-d]pyrimidin-4-yl)methyl)"
        "piperidine-1-carboxylate"
    },
    "3-Amino-2,4-dichloro-benzamide": {"smiles": "NC(=O)c1ccc(Cl)c(N)c1Cl"},
    "4-chloro-3-(2,3-dichloro-4-methoxybenzyl)-5-difluoromethoxy-1-methyl-1H-pyrazole": {
        "name": "4-chloro-3-(2,3-dichloro-4-methoxybenzyl)-5-difluoromethoxy-1-methyl-1H-pyrazole"
    },
    "Ethyl 7,8,9-trifluoro-1-hydroxymethyl-5-oxo-5H-thiazolo[3,2-a]quinoline-4-carboxylate": {
        "name": "Ethyl 7,8,9-trifluoro-1-hydroxymethyl-5-oxo-5H-thiazolo[3,2-a]quinoline-4-carboxylate"
    },
    "2-[(3,6-dichloro-4-pyridazinyl)oxy]ethanol": {"name": "2-[(3,6-dichloro-4-pyridazinyl)oxy]ethanol"},
    # no single structure
    "PL-HCO3 resin": NONE,
    "silica gel": NONE,
    "activated carbon": NONE,
    "sulfonic acid": NONE,
    "SCX": NONE,
    "diethylaminomethyl polystyrene": NONE,
    "title compound": NONE,
    "title product": NONE,
    "tile compound": NONE,
    "Intermediate 334": NONE,
    "Intermediate 17": NONE,
    "compound 162": NONE,
}

PATENT_SEED = 31
"""``random.Random(PATENT_SEED).shuffle`` of the 100 sentences (train, valid, test, in file order): the first 50
are patents_a, the last 50 patents_b."""

# the mentions of each sentence, in text order, the sentences in the order of the shuffle (patents_a, then b)
MENTIONS: dict[str, list[str]] = {
    # patents_a
    "src-train.txt:57": [],
    "src-train.txt:62": [
        "2,8-Dimethyl-5-((2-(pyridin-4-yl)oxiran-2-yl)methyl)-2,3,4,5-tetrahydro-1H-pyrido[4,3-b]indole",
        "dimethyl amine",
        "THF",
    ],
    "src-valid.txt:6": [
        "Potassium hydroxide",
        "4-bromo-3-methyl-1-(4-methylbenzenesulphonyl)-1H-pyrrole-2-carbonitrile",
        "methanol",
    ],
    "src-test.txt:9": ["water", "ether", "7-benzyloxy-3,4-dihydroquinazolin-4-one"],
    "src-train.txt:56": [],
    "src-train.txt:71": ["ethyl acetate", "water", "sodium chloride", "MgSO4", "CDCl3", "TMS"],
    "src-train.txt:35": ["NaOH"],
    "src-valid.txt:7": ["water"],
    "src-train.txt:50": ["THF", "methanol", "potassium carbonate"],
    "src-train.txt:49": ["CD3OD"],
    "src-train.txt:46": ["HCl"],
    "src-train.txt:37": [
        "Desloratadine",
        "K2CO3",
        "acetone",
        "Rupatadine",
        "fumaric acid",
        "methanol",
        "Rupatadine Fumarate",
    ],
    "src-valid.txt:3": [
        "5-(4-bromophenyl)-1-[3-fluoro-4-(methylsulfonyl)phenyl]-3-(trifluoromethyl)-1H-pyrazole",
        "DME",
        "furan -3-boronic acid",
        "bis(triphenylphosphine) palladium( II)chloride",
        "NaHCO3",
        "nitrogen",
    ],
    "src-train.txt:1": [],
    "src-train.txt:55": ["CDCl3"],
    "src-train.txt:63": [],
    "src-train.txt:60": ["water", "diethyl ether", "sodium hydroxide", "ethyl acetate"],
    "src-train.txt:66": [],
    "src-train.txt:20": ["PL-HCO3 resin"],
    "src-valid.txt:4": [],
    "src-train.txt:48": ["hydrochloric acid", "ethyl acetate"],
    "src-train.txt:73": [],
    "src-valid.txt:1": [],
    "src-train.txt:41": ["3-amino-4-{[3-(dimethylamino)propyl]amino}-N-methylbenzamide", "chloroform"],
    "src-train.txt:7": ["MeOH", "sulfonic acid", "SCX", "MeOH", "NH3", "MeOH"],
    "src-train.txt:11": ["water", "EA", "brine", "Na2SO4"],
    "src-train.txt:45": [],
    "src-train.txt:21": [],
    "src-train.txt:75": ["title product"],
    "src-train.txt:40": [
        "4-(1-{2-fluoro-1-[(3S)-pyrrolidin-3-yl]ethyl}-1H-pyrazol-4-yl)-7-{[2-(trimethylsilyl)ethoxy]methyl}-7H-"
        "pyrrolo[2,3-d]pyrimidine",
        "DIPEA",
        "NMP",
    ],
    "src-train.txt:33": [],
    "src-train.txt:67": ["NaOH"],
    "src-test.txt:5": ["tert-butyl 6-[(cyclopropylmethoxy)methyl]-6-hydroxy-1,4-oxazepane-4-carboxylate", "THF"],
    "src-train.txt:39": ["H2O"],
    "src-train.txt:17": [],
    "src-train.txt:74": ["3-allyloxy-4-methoxynitrobenzene"],
    "src-train.txt:31": [
        "(6,7-difluoro-3-methyl-1,2-benzisoxazol-5-yl)methanol",
        "Intermediate 334",
        "CH2Cl2",
        "NMO",
        "TPAP",
    ],
    "src-test.txt:2": [
        "brine",
        "sodium sulfate",
        "N-{2-[4-amino-7-[(6-aminohexyl)oxy]-2-(ethoxymethyl)-1H-imidazo[4,5-c]quinolin-1-yl]-1,1-dimethylethyl}-N-"
        "isopropylurea",
    ],
    "src-train.txt:22": ["DCM", "trifluoroacetic acid"],
    "src-train.txt:13": [],
    "src-train.txt:24": ["dichloromethane", "sodium bicarbonate", "brine"],
    "src-train.txt:64": [
        "6-(3-fluoro-4-methoxyphenyl)-5-(4-methoxyphenyl)-2H-pyridazin-3-one",
        "N,N-dimethylformamide",
        "potassium carbonate",
        "ethyl iodide",
    ],
    "src-train.txt:72": ["DMSO-d6"],
    "src-train.txt:79": ["NH4Cl"],
    "src-train.txt:42": ["acetonitrile", "water", "dry ice"],
    "src-train.txt:29": ["water", "dichloromethane"],
    "src-train.txt:34": ["DCM", "Et2O"],
    "src-test.txt:4": ["methanesulfonyl chloride"],
    "src-test.txt:10": ["dichloromethane", "water"],
    "src-train.txt:25": [
        "(7-Fluoro-2-oxo-1,5-naphthyridin-1(2H)-yl)acetaldehyde methyl hemiacetal",
        "1,1-dimethylethyl[(3S,4R)-3-hydroxy-4-piperidinyl]carbamate",
        "cis-(3-hydroxy-piperidin-4-yl)-carbamic acid tert-butyl ester",
        "chloroform",
        "MeOH",
        "argon",
    ],
    # patents_b
    "src-train.txt:80": [
        "3-Cyclobutyl-7-(piperidin-4-yloxy)-2,3,4,5-tetrahydro-1H-benzo[d]azepine",
        "dichloromethane",
        "diethylaminomethyl polystyrene",
    ],
    "src-train.txt:10": [],
    "src-train.txt:14": ["ice", "KOH"],
    "src-train.txt:9": ["K2CO3", "DCM"],
    "src-train.txt:23": ["2,3-dichlorophenylisothiocyanate"],
    "src-train.txt:77": ["triethyl orthoformate", "heptane"],
    "src-train.txt:54": ["methyl ester of 4-methyl-3-cyclohexene-1-carboxylic acid", "tetrahydrofuran"],
    "src-train.txt:59": [
        "N-(3-{1-[5-(4-iodophenyl)-5-oxopentyl]-4-piperidinyl}phenyl)-2-methylpropanamide",
        "1-naphthylhydrazine hydrochloride",
    ],
    "src-train.txt:4": [],
    "src-train.txt:36": ["Triphenylphosphine", "carbon tetrabromide", "(pyridin-2-yl)methanol", "dichloromethane"],
    "src-valid.txt:2": ["ethyl acetate", "heptane"],
    "src-train.txt:38": [
        "2-(5-(3,5-dichlorophenyl)-5-(trifluoromethyl)-4,5-dihydroisoxazol-3-yl)-N-(2-oxo-2-(2,2,2-"
        "trifluoroethylamino)ethyl)thieno[2,3-b]pyridine-5-carboxamide"
    ],
    "src-train.txt:65": ["3-Nitro-phenol", "4-bromo-benzyl bromide", "tile compound"],
    "src-train.txt:28": [],
    "src-train.txt:70": [],
    "src-train.txt:32": ["5-amino-2-methoxy-4-nitrobenzoic acid", "benzene", "thionyl chloride"],
    "src-train.txt:47": ["tert-Butyl 4-oxopiperidine-1-carboxylate", "dichloromethane"],
    "src-test.txt:7": [],
    "src-train.txt:43": ["benzotrifluoride", "activated carbon"],
    "src-train.txt:78": ["HCl"],
    "src-train.txt:26": [],
    "src-train.txt:44": ["HCl"],  # "methanolic HCl"
    "src-train.txt:52": [],
    "src-train.txt:3": ["3-Bromo-2-fluoroaniline", "DCM", "nitrogen"],
    "src-train.txt:16": ["silica gel", "DCM", "isopropanol", "DCM", "isopropanol"],
    "src-train.txt:12": [],
    "src-train.txt:76": ["water", "KOH", "CH2Cl2"],
    "src-train.txt:27": ["water", "HCl", "EtOAc"],
    "src-train.txt:53": [
        "(3S,4R)-4-amino-piperidine-1,3-dicarboxylic acid 1-tert-butyl ester 3-methyl ester",
        "thiazolidine",
        "2-(2-bromo-ethyl)-pyridine",
    ],
    "src-train.txt:68": ["title compound", "Intermediate 17", "2-chloro-benzooxazole"],
    "src-train.txt:58": ["Water", "hydrochloric acid", "ethyl acetate"],
    "src-test.txt:1": [],
    "src-valid.txt:10": ["EtOAc"],
    "src-valid.txt:9": [],
    "src-train.txt:8": ["methyl 1H-indazole-6-carboxylate", "N,N-dimethylformamide", "potassium hydroxide", "iodine"],
    "src-valid.txt:5": [
        "[2-methyl-5-(4-trifluoromethoxy-phenyl)-2H-pyrazol-3-yl]-methanol",
        "N,N,N',N'-tetramethyl azodicarboxamide",
        "tributylphosphine",
        "[rac]-2-{6-[2-methyl-5-(4-trifluoromethoxy-phenyl)-2H-pyrazol-3-ylmethoxy]-indol-1-yl}-propionic acid-ethyl "
        "ester",
    ],
    "src-train.txt:5": [
        "silica gel",
        "DCM",
        "MeOH",
        "DEA",
        "DCM",
        "benzyl 3-(formamido(7-((2-(trimethylsilyl)ethoxy)methyl)-7H-pyrrolo[2,3-d]pyrimidin-4-yl)methyl)piperidine-"
        "1-carboxylate",
    ],
    "src-test.txt:6": ["water", "hydrochloric acid", "title compound"],
    "src-test.txt:3": ["3-Amino-2,4-dichloro-benzamide", "THF", "LiAlH4", "THF", "THF"],
    "src-train.txt:30": ["compound 162"],
    "src-train.txt:69": ["CDCl3"],
    "src-test.txt:8": ["ethyl acetate"],
    "src-train.txt:18": [
        "boron tribromide",
        "dichloromethane",
        "4-chloro-3-(2,3-dichloro-4-methoxybenzyl)-5-difluoromethoxy-1-methyl-1H-pyrazole",
        "dichloromethane",
    ],
    "src-train.txt:6": ["Methanol", "Wasser", "Wasser", "Methyl-tert.-butylether"],
    "src-valid.txt:8": ["hydrochloric acid", "water"],
    "src-train.txt:19": [
        "Ethyl 7,8,9-trifluoro-1-hydroxymethyl-5-oxo-5H-thiazolo[3,2-a]quinoline-4-carboxylate",
        "triethylamine",
        "dimethylsulfoxide",
    ],
    "src-train.txt:51": [],
    "src-train.txt:15": [],
    "src-train.txt:61": ["2-[(3,6-dichloro-4-pyridazinyl)oxy]ethanol", "1,4-dioxane", "lithium hydride", "argon"],
    "src-train.txt:2": ["ethyl acetate", "water"],
}
