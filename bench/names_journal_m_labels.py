"""Gold chemical-name spans and structures of the journal_m set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_m_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_l (``journal_{c,...,l}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_l (``names_journal_labels.py``, ``names_journal_{c,...,l}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "2-[(triﬂuoromethyl)carbonyl]-1,3,5-trimethoxybenzene" journal_j's
1-(trifluoroacetyl)-2,4,6-trimethoxybenzene, "diisobutylaluminum hydride" DIBAL-H, "N- bromosuccinimide" NBS,
"1 , 2-dichloroethane" DCE, "dimethylacetamide" journal_l's DMA, "2′-Deoxy-2′-ﬂuoroisocytidine" journal_a's
nucleoside, "p- benzoquinone" BQ, "altro-DNJ" 1-deoxyaltronojirimycin), and these choices for what none of them
met:

* a species named in a mechanism is marked, as journal_i's and journal_k's: "a hydroxyl anion" marks "hydroxyl
  anion" (hydroxide); "o-NQM ( A )" (an o-naphthoquinone methide whose groups the text does not name) is a class;
* named reagents are named complexes or compounds, as journal_d's "Wilkinson ’s catalyst": "Schwartz ’s
  reagent" (Cp2Zr(H)Cl) gets a formula, "the Dess - Martin reagent" (Dess–Martin periodinane) its SMILES;
  "[fac-Ir(III)(ppy)3]" (a named complex) gets a formula, its cation "[fac-Ir(IV)(ppy)3]+" (a charge a formula
  does not write) is ``UNKNOWN``;
* reagents with the structure common usage fixes: "TFAA" (triﬂuoroacetic anhydride), "In(OTf)3" and "Sc(OTf)3"
  formulas, "SiO2" a formula (as journal_c's MnO2), "urethane" ethyl carbamate, "bromobutane" (no locant) the
  1-bromobutane common usage means, "CF3CH2OH", "dimethyl sulfate", "propionic acid", "diethylamine" and
  "N-methyl-2-pyrrolidone" their SMILES; "methanolic ammonia" marks "ammonia"; the lone "BF3" after the stray
  "·OEt2" of a garbled line is BF3 (journal_a's rule);
* a name before a compound number follows journal_a's rule: "2-bromo-3-[2-bromo-2- (trimethylsilyl)vinyl]naphthalene
  2" and "2-bromo-3-[2-(trimethylsilyl)vinyl]naphthalene" (their C=C geometry not given), "(E)-cinnamal- dehyde
  ( 8d )", "2-(phenylethynyl)- phenol ( 1aa )", "4-chloro-2-hydroxy-3- methoxybenzoic acid 14", "2′-Deoxy-2′-
  ﬂuorouridine (4)" and "1-iodo-2- methylbenzene" are marked; "(E)-3-methyleneisoindolin-1- one 4a" (journal_a's
  example), "iodoisatin 3a" (no locant), "iodobenzene 5" (made into a dimethyl ether: a family), "hydroxycarbazole
  13" (no locant), "the pyrano[3,2-a]carbazole 15", "salicyl N-tosylhydrazone 2a" (the bare parent of its scope
  entries), "tetrahydro-1H- pyrimido[4,5-b]indole ( XIV )" (no locants of its hydrogens), "the corresponding
  2-benzyl-1- naphthol" (made from an arene the sentence does not name) and "the pyrrole boronic acid" (no locant)
  are not; plural names ("acetylsalicyloyl chlorides 28b,c", "pyrrolo[3,2-b]pyrroles 6", "mono-2-O-tosyl-β-CDs",
  "chlorophenylmethyl azides") are families; "pyrrole" (the arylation of the parent) is marked;
* natural products and iminosugars by a trivial name count for recall only (``UNKNOWN``, as journal_a's
  "murrayamine E" and journal_g's "1-deoxyaltronojirimycin"): "O-methylmurrayamine A ( 2 )", "galacto-DNJ ( 1 )",
  "altro-DNJ ( 2 )"; the DNA-lesion abbreviations of journal_c take its labels;
* groups, classes and codes are not marked: "the O-acetyl groups", "the pivalate", "a benzyl ether", "an acetyl
  group", "the nitro group", "the NEt2 groups", "the N-benzyl group", "the directing amide group", "Lewis acids",
  "aryl iodides", "2-arylpyridine", "NHC ligand L2", "α- methyl-substituted MTM", "ER - 34122"; a metal for a
  catalyst or complex ("the Pd catalyst", "palladium carbene complex B", "rhodium catalysis", "copper-
  mediated") follows journal_a.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_h_labels as journal_h
import names_journal_j_labels as journal_j
import names_journal_l_labels as journal_l
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 47
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_l_sentences.tsv, in file order (1,300 lines); the sentences are stored in the sample's order."""

SHARED = (
    "TFA",
    "thionyl chloride",
    "THF",
    "NBS",
    "H2O",
    "methanol",
    "DCE",
    "DMSO",
    "DMF",
    "K2CO3",
    "I2",
    "iodomethane",
    "BF3",
    "ammonia",
    "CuI",
    "TBHP",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = (
    "Mo(CO)6",
    "toluene",
    "Pd / C",
    "acetic acid",
    "prenal",
    "FeCl3",
    "Asc",
    "dG",
    "Gua",
    "d2Ih",
    "dSp",
    "dZ",
    "dOG",
    "cyclo-dG",
    "dGh",
)
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("2-bromopyrene",)
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("DIBAL-H", "PIDA", "dichloroethane", "PdCl2")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("DAST",)
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_G = ("MeCN", "phenylboronic acid")
"""Texts labelled in journal_g, whose labels this set takes."""

SHARED_H = ("propargyl alcohol",)
"""Texts labelled in journal_h, whose labels this set takes."""

SHARED_J = ("sodium borohydride",)
"""Texts labelled in journal_j, whose labels this set takes."""

SHARED_L = ("DMA",)
"""Texts labelled in journal_l, whose labels this set takes (``LABELS`` takes the labels of journal_a to l for
the other writings of their compounds too: "diisobutylaluminum hydride", "N- bromosuccinimide", "altro-DNJ",
...)."""

TFAA = {"smiles": "O=C(OC(=O)C(F)(F)F)C(F)(F)F"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_g.LABELS[span] for span in SHARED_G},
    **{span: journal_h.LABELS[span] for span in SHARED_H},
    **{span: journal_j.LABELS[span] for span in SHARED_J},
    **{span: journal_l.LABELS[span] for span in SHARED_L},
    "2-[(triﬂuoromethyl)carbonyl]-1,3,5-trimethoxybenzene": journal_j.LABELS[
        "1-(triﬂuoroacetyl)-2,4,6-trimethoxybenzene"
    ],
    "diisobutylaluminum hydride": journal_e.LABELS["DIBAL-H"],
    "N- bromosuccinimide": journal.LABELS["NBS"],
    "1 , 2-dichloroethane": journal.LABELS["DCE"],
    "dimethylacetamide": journal_l.LABELS["DMA"],
    "2′-Deoxy-2′-ﬂuoroisocytidine": journal.LABELS["2′- deoxy-2′-ﬂuoroisocytidine"],
    "p- benzoquinone": journal_e.LABELS["BQ"],
    "altro-DNJ": journal_g.LABELS["1-deoxyaltronojirimycin"],
    # solvents, acids, bases and reagents
    "triﬂuoroacetic anhydride": TFAA,
    "TFAA": TFAA,
    "urethane": {"smiles": "CCOC(N)=O"},
    "bromobutane": {"smiles": "CCCCBr"},
    "CF3CH2OH": {"smiles": "OCC(F)(F)F"},
    "In(OTf)3": {"formula": "C3F9InO9S3"},
    "Sc(OTf)3": {"formula": "C3F9O9S3Sc"},
    "SiO2": {"formula": "SiO2"},
    "phenol": {"smiles": "Oc1ccccc1"},
    "dimethyl sulfate": {"smiles": "COS(=O)(=O)OC"},
    "propionic acid": {"smiles": "CCC(=O)O"},
    "diethylamine": {"smiles": "CCNCC"},
    "N-methyl-2-pyrrolidone": {"smiles": "CN1CCCC1=O"},
    "hydroxyl anion": {"smiles": "[OH-]"},
    # named reagents and complexes
    "Schwartz ’s reagent": {"formula": "C10H11ClZr"},  # Cp2Zr(H)Cl
    "Dess - Martin reagent": {"smiles": "CC(=O)OI1(OC(C)=O)(OC(C)=O)OC(=O)c2ccccc21"},
    "[fac-Ir(III)(ppy)3]": {"formula": "C33H24IrN3"},
    "[fac-Ir(IV)(ppy)3]+": UNKNOWN,
    # organic compounds named in the sentences
    "2-bromo-3-[2-bromo-2- (trimethylsilyl)vinyl]naphthalene": {"smiles": "C[Si](C)(C)C(Br)=Cc1cc2ccccc2cc1Br"},
    "2-bromo-3-[2-(trimethylsilyl)vinyl]naphthalene": {"smiles": "C[Si](C)(C)C=Cc1cc2ccccc2cc1Br"},
    "1,4-diiodobenzene": {"smiles": "Ic1ccc(I)cc1"},
    "(E)-cinnamal- dehyde": {"smiles": "O=C/C=C/c1ccccc1"},
    "pyrrole": {"smiles": "c1cc[nH]c1"},
    "1-iodo-2- methylbenzene": {"smiles": "Cc1ccccc1I"},
    "4-chloro-2-hydroxy-3- methoxybenzoic acid": {"smiles": "COc1c(Cl)ccc(C(=O)O)c1O"},
    "2′-Deoxy-2′-ﬂuorouridine": {"smiles": "O=c1ccn([C@@H]2O[C@H](CO)[C@@H](O)[C@H]2F)c(=O)[nH]1"},
    "2-(phenylethynyl)- phenol": {"smiles": "Oc1ccccc1C#Cc1ccccc1"},
    "pyrene": {"smiles": "c1cc2ccc3cccc4ccc(c1)c2c34"},
    "2-(Bpin)pyrene": {"smiles": "CC1(C)OB(c2cc3ccc4cccc5ccc(c2)c3c45)OC1(C)C"},
    "methylphenylcyclopropenone": {"smiles": "CC1=C(c2ccccc2)C1=O"},
    "bis(tert- butyl)cyclopropenone": {"smiles": "CC(C)(C)C1=C(C(C)(C)C)C1=O"},
    "m- chlorophenylmethyl azide": {"smiles": "[N-]=[N+]=NCc1cccc(Cl)c1"},
    # definite compounds whose structure the text does not give
    "O-methylmurrayamine A": UNKNOWN,
    "galacto-DNJ": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1134": [
        "triﬂuoroacetic anhydride",
        "TFAA",
        "2-[(triﬂuoromethyl)carbonyl]-1,3,5-trimethoxybenzene",
        "TFA",
    ],
    "raw.txt:220": ["hydroxyl anion"],  # "an aryl aldehyde": a class; "pyrrolo[3,2-b]pyrroles 6": a family
    "raw.txt:1364": ["thionyl chloride"],  # "acetylsalicyloyl chlorides 28b,c", "benzamides 29d,e": families
    "raw.txt:1741": ["urethane"],
    "raw.txt:1433": [
        "diisobutylaluminum hydride",
        "DIBAL-H",
        "THF",
        "N- bromosuccinimide",
        "NBS",
        "2-bromo-3-[2-bromo-2- (trimethylsilyl)vinyl]naphthalene",
        "2-bromo-3-[2-(trimethylsilyl)vinyl]naphthalene",
    ],
    "raw.txt:1799": [],  # "alkyl aryl disubstituted alkynes": a class
    "raw.txt:1103": ["Mo(CO)6", "MeCN", "H2O", "toluene"],  # "lactone 19", "1,3- amino alcohol derivative 18"
    "raw.txt:830": ["Pd / C", "methanol"],  # "the iminosugar 6": a class word
    "raw.txt:1613": ["O-methylmurrayamine A"],
    "raw.txt:1243": [],  # "1-arylated isoquinoline N-oxide 3Ba", "the 3-arylated isomer 3Aa": classes
    "raw.txt:1260": ["bromobutane"],  # "dimeric compound 3": a class word
    "raw.txt:1950": ["DCE", "1 , 2-dichloroethane", "MeCN", "DMSO", "DMF", "CF3CH2OH", "THF"],
    "raw.txt:142": ["In(OTf)3", "Sc(OTf)3"],  # "other Lewis acids": a class
    "raw.txt:1334": [],  # "salicyl N-tosylhydrazone 2a": a bare parent; "palladium carbene complex B"
    "raw.txt:82": [],  # "2-bromo(het)aryl acetonitriles 1", "(het)aryl dithioesters 2": classes
    "raw.txt:358": [],  # "stannylene acetal", "4-O-unprotected galactoside 1215": classes
    "raw.txt:4": ["DMF", "K2CO3"],  # "(E)-3-methyleneisoindolin-1- one 4a": journal_a's family
    "raw.txt:847": ["dimethylacetamide", "DMA"],
    "raw.txt:1521": ["I2"],  # "iodoisatin 3a": no locant
    "raw.txt:1719": ["1,4-diiodobenzene"],  # "alkyne 10": a class word
    "raw.txt:32": ["(E)-cinnamal- dehyde"],  # "the malonate ester": a class
    "raw.txt:1019": [],  # "bis-benzyl ether 4b": a class
    "raw.txt:1788": [],
    "raw.txt:1356": ["phenol", "SiO2"],  # "enamide 10": a class word
    "raw.txt:744": [("pyrrole", "47")],  # "the pyrrole boronic acid": no locant
    "raw.txt:769": ["dimethyl sulfate", "iodomethane"],  # "iodobenzene 5", "dimethyl ether 6": a family, a class
    "raw.txt:1650": ["PIDA", "acetic acid", "dichloroethane"],
    "raw.txt:1617": ["prenal", "propionic acid", "phenylboronic acid", "toluene"],  # "hydroxycarbazole 13"
    "raw.txt:1158": ["1-iodo-2- methylbenzene"],
    "raw.txt:1394": ["4-chloro-2-hydroxy-3- methoxybenzoic acid"],  # "an acetyl group", "the nitro group"
    "raw.txt:783": ["[fac-Ir(IV)(ppy)3]+", "[fac-Ir(III)(ppy)3]"],  # "the cyclo- hexadienyl cation D": a class
    "raw.txt:118": ["2′-Deoxy-2′-ﬂuoroisocytidine", "2′-Deoxy-2′-ﬂuorouridine"],
    "raw.txt:1763": ["Schwartz ’s reagent"],  # "the directing amide group": a group
    "raw.txt:1202": [],  # "the N-benzyl group": a group; "the meso-azetidine 15": a class
    "raw.txt:1137": ["FeCl3"],  # "o-NQM ( A )", "the corresponding 2-benzyl-1- naphthol": families
    "raw.txt:1899": ["PdCl2"],  # "the Pd catalyst", "NHC ligand L2": classes
    "raw.txt:1099": ["BF3"],  # the stray "·OEt2" is not marked
    "raw.txt:1752": [],  # "aryl iodides": a class; "palladium - catalyzed", "rhodium catalysis"
    "raw.txt:1814": ["dG", "Asc", "Asc", "d2Ih", "dSp", "Gua", "dZ", "dOG", "cyclo-dG", "dGh"],
    "raw.txt:642": [],  # "XII", "imine XIII": codes; "tetrahydro-1H- pyrimido[4,5-b]indole ( XIV )"
    "raw.txt:775": [],  # "the ketimine", "α- methyl-substituted MTM": classes
    "raw.txt:125": [],
    "raw.txt:429": ["2-(phenylethynyl)- phenol"],  # "benzofuran products 8": a class
    "raw.txt:1073": ["sodium borohydride"],
    "raw.txt:342": ["ammonia"],  # "the O-acetyl groups", "the pivalate", "a benzyl ether": groups
    "raw.txt:1169": [],  # "The resultant amino alcohol": a class
    "raw.txt:1823": [],  # "mono-2-O-tosyl-β-CDs": plural
    "raw.txt:1237": [],  # "2-amino-N- alkylbenzamide 4b−4e": a class
    "raw.txt:1602": ["pyrene", "2-(Bpin)pyrene", "2-bromopyrene", "diethylamine", "CuI", "N-methyl-2-pyrrolidone"],
    "raw.txt:1700": [],  # "diiodide 5": a class word
    "raw.txt:812": ["methylphenylcyclopropenone", "bis(tert- butyl)cyclopropenone"],  # "cyclopropenones"
    "raw.txt:340": ["p- benzoquinone"],  # "tetraacetate (±)-8": a class word
    "raw.txt:733": [],  # "aliphatic α-keto acids": a class
    "raw.txt:1076": ["galacto-DNJ", "altro-DNJ"],  # "hydroxyl groups": groups; "the aldehyde 3"
    "raw.txt:708": [],  # "The resulting sulﬁlimine 28": a class word
    "raw.txt:1484": ["DAST", "DAST"],  # "the NEt2 groups", "the primary hydroxyl group": groups
    "raw.txt:387": ["propargyl alcohol", "Dess - Martin reagent"],  # "ER - 34122": a code
    "raw.txt:1328": [],
    "raw.txt:1917": ["dichloroethane", "TBHP"],  # "2-arylpyridine": a class
    "raw.txt:919": ["m- chlorophenylmethyl azide"],  # "chlorophenylmethyl azides": a family
}
