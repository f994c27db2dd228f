"""Gold chemical-name spans and structures of the journal sets of the names evaluation (see docs/names.md).

The text: 100 sentences from organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT, Copyright
(c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept verbatim in
``tests/data/names/journal_sentences.tsv``. Every chemical mention of every sentence was marked for this
evaluation, by hand, from the text alone, by the guide of the materials sets and the conventions of the patent
sets (``names_patent_labels.py``): ``MENTIONS`` lists each sentence's mentions in text order (a mention is its
text, or its text and the reference number glued after it: ``("DMSO", "28")``), ``LABELS`` the structure of
each mention text (``smiles``, ``formula``, ``name`` parsed by OPSIN at build time, or ``NONE``/``UNKNOWN``).

Conventions (the patent sets', and these choices for journal text):

* the text is kept as extracted: a name broken by a hyphenation space ("3- methylbut-2-en-1-ol", "dichloro-
  methane", "acetyla- cetonate") or written with a ligature ("triﬂuoroacetic acid") is one mention, its span the
  broken text, its structure that of the intended name; a reference number glued after a name ("DMSO28",
  "trimethylsilane30,31") is not part of the span;
* compound numbers are not marked: a bare number ("3a", "( 1w )"), and a class or role word before a number
  ("aldehyde 15", "alcohol 31", "acid 34", "compound 7", "product 4ada", "intermediate 5", "derivative 3"). They
  refer to a drawn structure the sentence does not give; marking them would add no structure to judge (a gold
  span without a structure only makes a prediction on it a false hit, as an unmarked one does), and the extent
  of a class phrase ("homoallenic bromohydrins 2a , 2e , and 2g") has no fixed rule. The patent sets' few
  "compound 162" and "Intermediate 17" are marked without structure; here the references are in every sentence
  and are left out alike;
* a name before a compound number: a family name (a parent with no substituent, or one the sentence makes a
  family: "the tetrahydrofuran 6a", "spirocyclic 2,5-dihydrofuran 3a", "pyrazine 3am", "3-benzazepine 4a",
  "2,3,4,5-tetrahydro-1-benzoxepine 19", "(E)-3-methyleneisoindolin-1-one 4a", whose E/Z needs a substituent;
  "amino acetonitrile 9", "PhB(mida) derivative 1c") is a class word and not marked; a name with its
  substituents, naming one compound ("4-methylphenol 2a", "6-methyl phenanthridine 3a", "3-methylenetetrahydrofuran
  6a", "simple 2,4-pentadienol 6b", "diacetone-D-glucose 10"), is marked with its structure, the number left out;
  a name followed by its number in brackets ("indene ( 40 )") is that compound, unless it is a class or a
  parent the sentence qualifies ("cyclohexenyl- substituted triazole ( 2m )", "unsymmetrical
  16-selenatripyrrane ( 10a )", "5,15-porphodimethene ( 12a )" made from it, "sodium sulﬁnate with an amino
  group ( 1h )");
* classes are not marked ("Brønsted acids", "aryl iodide", "Lewis acid", "phenylacetylenes", "chlorins",
  "NXS", "selenophene diols", "N-boranonitrones", "16-selenatripyrrane" qualified as "unsymmetrical",
  "4-(siloxymethyl)-1-naphthol" whose silyl is unnamed), nor substituent fragments ("4-nitro ( 1g )"), groups
  and protecting groups ("TBS ether", "N-Boc", "Boc group", "(TMS)-protected", "PNBA esters", "benzyl ether",
  "carboxylic acid" as a function), the atom of "hydrogen atom transfer", the halogen values of "X = I , Br",
  apparatus ("xenon lamp", "glass slide"), enzymes ("lipase", "ADH-A") and codes of compounds ("FG07", "BBHA",
  "BDP- 36");
* a metal that stands for an unnamed catalyst or complex ("Rh - catalyzed", "the rhodium catalyst", "the Pd(0)
  catalyst", "palladium complex A") is a class and not marked; named complexes and transition-metal salts get a
  formula, as the materials sets write FeCl3 and PdCl2(PPh3)2 (``Pd(OAc)2`` is PdC4H6O4); salts of simple ions
  get ionic SMILES, as the materials sets write AgNO3 (``AgOAc``, ``ZnCl2``, ``TBAF``, ``NaBH(OAc)3``, ``LiHMDS``);
* reagent abbreviations get the structure common usage fixes: DMF, DMSO, DCM, DCE (1,2-dichloroethane, as the
  sentence says), THF, MeOH, Et2O, TFA, TCA, CSA (10-camphorsulfonic acid, racemic), DDQ, NBS, DBU, DABCO,
  EDC, TBAF, TBHP, TEMPO, LiHMDS, nBuLi, MIDA (N-methyliminodiacetic acid), DMF·DMA (the dimethyl acetal of
  DMF), Bu3P, BnNH2, Ph3Al, n-Bu2O, "Tris-HCl" (tris(hydroxymethyl)aminomethane with HCl);
* a torn phrase keeps its text: "BF3 OEt2" (boron trifluoride etherate with its dot lost) is the etherate, a
  lone "BF3" is BF3, and the stray "·OEt2" of a garbled line is not marked;
* no single structure (``NONE``, marked): "molecular sieves", "palladium on carbon", "air"; a definite
  compound whose structure the text does not give (``UNKNOWN``: counts for recall only): natural products named
  by a trivial name ("murrayamine E", "(+)-petromyroxol"), "(S)-1,1′- binaphthyl-2,2′-dicarboxylic acid" (an
  axial configuration, which a SMILES does not write) and "1-C-phenyl- β-D-glucoside", whose name is not a
  structure as written (a C-glycoside named as a glucoside).
"""

NONE = {"structure": False}
UNKNOWN = {"structure": True}  # a definite compound whose structure is not labelled: counts for recall only

APPARATUS = ("xenon lamp",)
"""Phrases that name apparatus, not a chemical."""

DMF = {"smiles": "CN(C)C=O"}
DMSO = {"smiles": "CS(C)=O"}
DCM = {"smiles": "ClCCl"}
DCE = {"smiles": "ClCCCl"}
THF = {"smiles": "C1CCOC1"}
METHANOL = {"smiles": "CO"}
ETHER = {"smiles": "CCOCC"}
WATER = {"smiles": "O"}
HCL = {"smiles": "Cl", "formula": "HCl"}
TFA = {"smiles": "OC(=O)C(F)(F)F"}
TBAF = {"smiles": "CCCC[N+](CCCC)(CCCC)CCCC.[F-]"}
K3PO4 = {"smiles": "[K+].[K+].[K+].[O-]P([O-])([O-])=O", "formula": "K3PO4"}
K2CO3 = {"smiles": "[K+].[K+].[O-]C([O-])=O", "formula": "K2CO3"}
PD_OAC_2 = {"formula": "PdC4H6O4"}
NBS = {"smiles": "O=C1CCC(=O)N1Br"}
DBU = {"smiles": "C1CCC2=NCCCN2CC1"}
LIHMDS = {"smiles": "[Li+].C[Si](C)(C)[N-][Si](C)(C)C"}
BR2 = {"smiles": "BrBr", "formula": "Br2"}
NAN3 = {"smiles": "[Na+].[N-]=[N+]=[N-]", "formula": "NaN3"}
HYDROGEN = {"smiles": "[H][H]"}
NI_ACAC_2 = {"formula": "NiC10H14O4"}
MIDA = "CN(CC(=O)O)CC(=O)O"

LABELS: dict[str, dict] = {
    # solvents
    "DMF": DMF,
    "DMSO": DMSO,
    "DCM": DCM,
    "dichloro- methane": DCM,  # broken by a hyphenation space
    "DCE": DCE,
    "1,2-dichloroethane": DCE,
    "THF": THF,
    "MeOH": METHANOL,
    "methanol": METHANOL,
    "Et2O": ETHER,
    "n-Bu2O": {"smiles": "CCCCOCCCC"},
    "dioxane": {"smiles": "C1COCCO1"},
    "pyridine": {"smiles": "c1ccncc1"},
    "water": WATER,
    "H2O": {"smiles": "O", "formula": "H2O"},
    # acids, bases and reagents
    "HCl": HCL,
    "HF": {"smiles": "F", "formula": "HF"},
    "trichloroacetic acid": {"smiles": "OC(=O)C(Cl)(Cl)Cl"},
    "TCA": {"smiles": "OC(=O)C(Cl)(Cl)Cl"},
    "triﬂuoroacetic acid": TFA,  # the ligature is the extracted text's
    "TFA": TFA,
    "camphorsulfonic acid": {"smiles": "CC1(C)C2CCC1(CS(=O)(=O)O)C(=O)C2"},
    "CSA": {"smiles": "CC1(C)C2CCC1(CS(=O)(=O)O)C(=O)C2"},
    "Methanesulﬁnic acid": {"smiles": "CS(=O)O"},
    "hydrazoic acid": {"smiles": "N=[N+]=[N-]"},
    "HN3": {"smiles": "N=[N+]=[N-]", "formula": "HN3"},
    "BrN3": {"smiles": "BrN=[N+]=[N-]", "formula": "BrN3"},
    "Br2": BR2,
    "I2": {"smiles": "II", "formula": "I2"},
    "NaN3": NAN3,
    "sodium azide": NAN3,
    "KNO2": {"smiles": "[K+].[O-]N=O", "formula": "KNO2"},
    "KF": {"smiles": "[K+].[F-]", "formula": "KF"},
    "K3PO4": K3PO4,
    "K2CO3": K2CO3,
    "CO2": {"smiles": "O=C=O", "formula": "CO2"},
    "CO": {"smiles": "[C-]#[O+]", "formula": "CO"},
    "O2": {"smiles": "O=O", "formula": "O2"},
    "hydrogen": HYDROGEN,  # the gas of a hydrogenation
    "ammonia": {"smiles": "N"},
    "methylamine": {"smiles": "CN"},
    "N- methylaniline": {"smiles": "CNc1ccccc1"},
    "DABCO": {"smiles": "C1CN2CCN1CC2"},
    "1,8- diazabicyclo[5.4.0]undec-7-ene": DBU,
    "DBU": DBU,
    "EDC": {"smiles": "CCN=C=NCCCN(C)C"},
    "DMF·DMA": {"smiles": "COC(OC)N(C)C"},  # N,N-dimethylformamide dimethyl acetal, one token
    "TBAF": TBAF,
    "TBHP": {"smiles": "CC(C)(C)OO"},
    "TEMPO": {"smiles": "CC1(C)CCCC(C)(C)N1[O]"},
    "DDQ": {"smiles": "N#CC1=C(C#N)C(=O)C(Cl)=C(Cl)C1=O"},
    "NBS": NBS,
    "N-bromosuccinimide": NBS,
    "LiHMDS": LIHMDS,
    "nBuLi": {"smiles": "[Li]CCCC"},
    "MeI": {"smiles": "CI"},
    "NaBH(OAc)3": {"smiles": "[Na+].CC(=O)O[BH-](OC(C)=O)OC(C)=O"},
    "Et3SiH": {"smiles": "CC[SiH](CC)CC"},
    "BF3": {"smiles": "FB(F)F", "formula": "BF3"},
    "BF3 OEt2": {"smiles": "CC[O+](CC)[B-](F)(F)F"},  # the etherate, its dot lost in extraction
    "dibutylboron triﬂate": {"smiles": "CCCCB(CCCC)OS(=O)(=O)C(F)(F)F"},
    "mesyl chloride": {"smiles": "CS(=O)(=O)Cl"},
    "thionyl chloride": {"smiles": "O=S(Cl)Cl"},
    "Bu3P": {"smiles": "CCCCP(CCCC)CCCC"},
    "PPh3": {"smiles": "c1ccc(P(c2ccccc2)c2ccccc2)cc1"},
    "P(t-Bu)3": {"smiles": "CC(C)(C)P(C(C)(C)C)C(C)(C)C"},
    "Ph3Al": {"smiles": "c1ccc([Al](c2ccccc2)c2ccccc2)cc1"},
    "BrMgCCH": {"smiles": "C#C[Mg]Br"},
    "ClSi(TMS)3": {"smiles": "C[Si](C)(C)[Si](Cl)([Si](C)(C)C)[Si](C)(C)C"},
    "BnNH2": {"smiles": "NCc1ccccc1"},
    "MIDA": {"smiles": MIDA},
    "MIDA disodium salt": {"smiles": "[Na+].[Na+].CN(CC(=O)[O-])CC(=O)[O-]"},
    "Tris-HCl": {"smiles": "NC(CO)(CO)CO.Cl"},  # the buffer: the base with its acid
    # salts and complexes of transition metals (formulas, as the materials sets)
    "AgOAc": {"smiles": "[Ag+].CC(=O)[O-]"},
    "Pd(OAc)2": PD_OAC_2,
    "FeBr3": {"formula": "FeBr3"},
    "AuCl3": {"formula": "AuCl3"},
    "ZnCl2": {"smiles": "[Zn+2].[Cl-].[Cl-]", "formula": "ZnCl2"},
    "CuI": {"formula": "CuI"},
    "Cu(I)Br": {"formula": "CuBr"},
    "Pd2(dba)3": {"formula": "Pd2C51H42O3"},
    "Pd[P(t-Bu3)]2": {"formula": "PdP2C24H54"},  # bis(tri-tert-butylphosphine)palladium(0), "t-Bu3" as written
    "Pd(PPh3)4": {"formula": "PdP4C72H60"},
    "[RhCl(CO)2]2": {"formula": "Rh2Cl2C4O4"},
    "Ni(PPh3)2(1-naphthyl)Cl": {"formula": "NiClP2C46H37"},
    "Cp*RhCl[(S,S)-TsDPEN]": {"formula": "RhClC31H36N2O2S"},  # Cp*Rh(III)Cl with the TsDPEN amide
    "Nickel(II) acetyla- cetonate": NI_ACAC_2,
    "Ni(acac)2": NI_ACAC_2,
    # organic compounds named in the sentences
    "iodomethane": {"smiles": "CI"},
    "iodoethane": {"smiles": "CCI"},
    "1-iodoheptane": {"smiles": "CCCCCCCI"},
    "benzyl chloride": {"smiles": "ClCc1ccccc1"},
    "3,5- bis(triﬂuoromethyl)benzyl chloride": {"name": "3,5-bis(trifluoromethyl)benzyl chloride"},
    "4-nitrobenzyl chloride": {"smiles": "O=[N+]([O-])c1ccc(CCl)cc1"},
    "3- methylbut-2-en-1-ol": {"name": "3-methylbut-2-en-1-ol"},
    "3-butynol": {"smiles": "C#CCCO"},
    "benzyl isocyanide": {"smiles": "[C-]#[N+]Cc1ccccc1"},
    "acetophenone": {"smiles": "CC(=O)c1ccccc1"},
    "3-methylenetetrahydrofuran": {"smiles": "C=C1CCOC1"},
    "2- bromo-7-(N,N-diphenylamino)": {"smiles": "Brc1cc2ccc3cc(N(c4ccccc4)c4ccccc4)cc4ccc(c1)c2c34"},  # the
    # product of the amination of 2,7-dibromopyrene: the sentence leaves out its parent, "pyrene"
    "2,7-dibromopyrene": {"smiles": "Brc1cc2ccc3cc(Br)cc4ccc(c1)c2c34"},
    "2- bromo-2-propen-1-yltrimethylsilane": {"name": "2-bromo-2-propen-1-yltrimethylsilane"},
    "4-methylphenol": {"smiles": "Cc1ccc(O)cc1"},
    "(S)-1-phenylethanol": {"smiles": "C[C@H](O)c1ccccc1"},
    "4-methylbenzenethiol": {"smiles": "Cc1ccc(S)cc1"},
    "1,2-di-p-tolyldisulfane": {"smiles": "Cc1ccc(SSc2ccc(C)cc2)cc1"},
    "6-(Thiophen-3-yl)quinoline": {"name": "6-(Thiophen-3-yl)quinoline"},
    "4- phenylquinazoline": {"smiles": "c1ccc(-c2ncnc3ccccc23)cc1"},
    "2′- deoxy-2′-ﬂuoroisocytidine": {"smiles": "Nc1nc(=O)ccn1[C@@H]1O[C@H](CO)[C@@H](O)[C@H]1F"},
    "2′-deoxy-2′-ﬂuorouridine": {"smiles": "O=c1ccn([C@@H]2O[C@H](CO)[C@@H](O)[C@H]2F)c(=O)[nH]1"},
    "α-Methylstyrene": {"smiles": "C=C(C)c1ccccc1"},
    # 1,2:5,6-di-O-isopropylidene-alpha-D-glucofuranose (OPSIN reads neither that name nor the trivial one)
    "diacetone-D-glucose": {"smiles": "CC1(C)O[C@H]2O[C@H]([C@H]3COC(C)(C)O3)[C@H](O)[C@H]2O1"},
    "octyl bromide": {"smiles": "CCCCCCCCBr"},
    "cis-2-butene-1,4-diol": {"smiles": "OC/C=C\\CO"},
    "5-(4-acetylphenyl)-2,2-dimethyl-4- (pyridin-2-yl)furan-3(2H)-one": {
        "name": "5-(4-acetylphenyl)-2,2-dimethyl-4-(pyridin-2-yl)furan-3(2H)-one"
    },
    # axial chirality, which a SMILES does not write (and OPSIN does not read the name): no structure to judge
    "(S)-1,1′- binaphthyl-2,2′-dicarboxylic acid": UNKNOWN,
    "4-bromobiphenyl": {"smiles": "Brc1ccc(-c2ccccc2)cc1"},
    "((3-ethynylbicyclo[1.1.1]pent-1-yl)ethynyl)- trimethylsilane": {
        "name": "((3-ethynylbicyclo[1.1.1]pent-1-yl)ethynyl)trimethylsilane"
    },
    "1,2-dihydronaphthalene": {"smiles": "C1=Cc2ccccc2CC1"},
    "indene": {"smiles": "C1=Cc2ccccc2C1"},
    "6-methyl phenanthridine": {"smiles": "Cc1nc2ccccc2c2ccccc12"},
    "adenosine phosphorimidazolide": {
        "smiles": "Nc1ncnc2c1ncn2[C@@H]1O[C@H](COP(=O)(O)n2ccnc2)[C@@H](O)[C@H]1O"
    },  # adenosine 5'-phosphorimidazolide (ImpA)
    "AMPF": {"smiles": "Nc1ncnc2c1ncn2[C@@H]1O[C@H](COP(=O)(O)F)[C@@H](O)[C@H]1O"},  # adenosine 5'-phosphorofluoridate
    "2,4-pentadienol": {"smiles": "C=CC=CCO"},
    "hydroperoxy radical": {"smiles": "[O]O"},  # HOO, the one species of that name (the sentence is cut after it)
    "2-bromoethoxy(tert-butyldiphenyl)silane": {"smiles": "CC(C)(C)[Si](OCCBr)(c1ccccc1)c1ccccc1"},
    # no single structure, or one the text does not give
    "molecular sieves": NONE,
    "palladium on carbon": NONE,
    "air": NONE,
    "murrayamine E": UNKNOWN,
    "(+)-petromyroxol": UNKNOWN,
    "1-C-phenyl- β-D-glucoside": UNKNOWN,
}

JOURNAL_SEED = 33
"""``random.Random(JOURNAL_SEED).shuffle`` of the 100 sentences (in the order of ``random.Random(32).sample``):
the first 50 are journal_a, the last 50 journal_b."""

# the mentions of each sentence, in text order, the sentences in the order of the shuffle (journal_a, then b)
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    # journal_a
    "raw.txt:675": [],
    "raw.txt:230": ["FeBr3"],
    "raw.txt:73": [],
    "raw.txt:465": [],
    "raw.txt:42": ["AgOAc", "Pd(OAc)2"],
    "raw.txt:1491": ["DMF·DMA", "N- methylaniline", "methylamine"],
    "raw.txt:1075": ["Pd2(dba)3", "P(t-Bu)3", "KF", "Pd[P(t-Bu3)]2", "K3PO4"],
    "raw.txt:666": ["HCl", "DABCO"],
    "raw.txt:595": [
        "iodomethane",
        "iodoethane",
        "1-iodoheptane",
        "benzyl chloride",
        "3,5- bis(triﬂuoromethyl)benzyl chloride",
        "4-nitrobenzyl chloride",
    ],
    "raw.txt:1476": [],  # "Rh - catalyzed": an unnamed rhodium catalyst
    "raw.txt:1165": ["dibutylboron triﬂate", "Et2O"],
    "raw.txt:1727": ["ClSi(TMS)3", "BrMgCCH", "THF"],
    "raw.txt:143": ["trichloroacetic acid", "TCA", "triﬂuoroacetic acid", "TFA", "camphorsulfonic acid", "CSA"],
    "raw.txt:1898": [],
    "raw.txt:1724": ["CO2"],
    "raw.txt:590": ["3- methylbut-2-en-1-ol"],
    "raw.txt:102": [],
    "raw.txt:1625": ["murrayamine E"],
    "raw.txt:1071": ["KNO2", ("DMSO", "28")],
    "raw.txt:187": ["3-butynol"],
    "raw.txt:335": ["benzyl isocyanide"],
    "raw.txt:899": ["acetophenone"],
    "raw.txt:1043": [],
    "raw.txt:206": [],
    "raw.txt:1584": ["MeOH", "3-methylenetetrahydrofuran", "MeOH"],
    "raw.txt:128": [],
    "raw.txt:1601": ["Ni(PPh3)2(1-naphthyl)Cl", "2- bromo-7-(N,N-diphenylamino)", "2,7-dibromopyrene"],
    "raw.txt:1095": ["BF3", "BF3 OEt2"],
    "raw.txt:68": ["NaBH(OAc)3"],
    "raw.txt:1203": ["mesyl chloride", "pyridine", "sodium azide", "DMF"],
    "raw.txt:1427": [],
    "raw.txt:1111": ["2- bromo-2-propen-1-yltrimethylsilane"],
    "raw.txt:297": ["EDC"],
    "raw.txt:271": ["AuCl3", "4-methylphenol"],
    "raw.txt:1138": [],
    "raw.txt:470": ["Cp*RhCl[(S,S)-TsDPEN]", "(S)-1-phenylethanol"],
    "raw.txt:1431": ["4-methylbenzenethiol", "1,2-di-p-tolyldisulfane"],
    "raw.txt:1769": ["Pd(PPh3)4", "K3PO4", "DMF"],
    "raw.txt:621": ["TFA", "DCM"],
    "raw.txt:248": [],
    "raw.txt:959": [],
    "raw.txt:593": [],
    "raw.txt:977": ["Et2O"],
    "raw.txt:438": ["6-(Thiophen-3-yl)quinoline"],
    "raw.txt:1903": ["TBAF", "THF", "water", "water"],
    "raw.txt:685": [],
    "raw.txt:79": [],
    "raw.txt:1232": ["DMSO", "4- phenylquinazoline"],
    "raw.txt:2": ["Bu3P"],
    "raw.txt:169": [],
    # journal_b
    "raw.txt:1415": [],
    "raw.txt:167": ["Tris-HCl"],
    "raw.txt:1497": ["hydrogen"],
    "raw.txt:961": [],
    "raw.txt:159": ["molecular sieves"],
    "raw.txt:635": ["DMF", "ammonia", "ammonia"],
    "raw.txt:117": ["2′- deoxy-2′-ﬂuoroisocytidine", "2′-deoxy-2′-ﬂuorouridine"],
    "raw.txt:995": ["hydrogen", "palladium on carbon", "(+)-petromyroxol"],
    "raw.txt:613": [],
    "raw.txt:327": [],
    "raw.txt:1935": [],
    "raw.txt:874": ["TEMPO", "thionyl chloride"],
    "raw.txt:369": ["BnNH2"],
    "raw.txt:1077": [],
    "raw.txt:1017": ["Et3SiH", "I2"],
    "raw.txt:1547": [],
    "raw.txt:1358": ["LiHMDS", "LiHMDS", "HF"],
    "raw.txt:1180": ["α-Methylstyrene"],
    "raw.txt:488": ["MIDA", "K2CO3", "MIDA disodium salt"],
    "raw.txt:677": ["diacetone-D-glucose", "octyl bromide"],
    "raw.txt:20": [
        "BrN3",
        "Br2",
        "HCl",
        ("NaN3", ",3"),
        "Br2",
        "NaN3",
        "hydrazoic acid",
        "HN3",
        "Br2",
        "sodium azide",
    ],
    "raw.txt:414": ["nBuLi", "MeI"],
    "raw.txt:1439": ["cis-2-butene-1,4-diol"],
    "raw.txt:1888": ["PPh3", "Pd(OAc)2"],
    "raw.txt:1844": ["MeOH", "K2CO3"],
    "raw.txt:1009": [],
    "raw.txt:1668": [],
    "raw.txt:1895": [],  # "the Pd(0) catalyst", "palladium complex A": unnamed complexes
    "raw.txt:884": [
        "CuI",
        "1,8- diazabicyclo[5.4.0]undec-7-ene",
        "DBU",
        "methanol",
        "5-(4-acetylphenyl)-2,2-dimethyl-4- (pyridin-2-yl)furan-3(2H)-one",
    ],
    "raw.txt:1953": [],
    "raw.txt:50": [],
    "raw.txt:500": ["(S)-1,1′- binaphthyl-2,2′-dicarboxylic acid"],
    "raw.txt:1714": ["4-bromobiphenyl", ("((3-ethynylbicyclo[1.1.1]pent-1-yl)ethynyl)- trimethylsilane", "30,31")],
    "raw.txt:724": [],
    "raw.txt:334": ["Methanesulﬁnic acid"],
    "raw.txt:19": ["dichloro- methane", "triﬂuoroacetic acid", "DDQ"],
    "raw.txt:914": ["NBS"],
    "raw.txt:344": [],
    "raw.txt:591": ["1,2-dihydronaphthalene", "indene"],
    "raw.txt:913": ["1,2-dichloroethane", "Nickel(II) acetyla- cetonate", "Ni(acac)2"],
    "raw.txt:760": [],
    "raw.txt:1665": ["TBHP", "H2O", "O2", "air", "hydroperoxy radical"],
    "raw.txt:1513": ["Cu(I)Br", "air", "6-methyl phenanthridine"],
    "raw.txt:821": ["adenosine phosphorimidazolide", "TBAF", "DMSO", "ZnCl2", "AMPF", "TBAF"],
    "raw.txt:1492": ["N-bromosuccinimide", "NBS", "DMF"],
    "raw.txt:416": ["[RhCl(CO)2]2", "CO", "1,2-dichloroethane", "DCE"],
    "raw.txt:259": [],
    "raw.txt:162": ["2,4-pentadienol"],
    "raw.txt:1806": ["2-bromoethoxy(tert-butyldiphenyl)silane"],
    "raw.txt:1578": ["Ph3Al", "n-Bu2O", "dioxane", "1-C-phenyl- β-D-glucoside"],
}
