"""Gold chemical-name spans and structures of the journal_h set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_h_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_g (``journal_{c,d,e,f,g}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a, journal_b (``names_journal_labels.py``) and journal_c to journal_g
(``names_journal_{c,d,e,f,g}_labels.py``; a text that they and this module both mark has the one label, taken
from there; another writing of one of their compounds takes its label: "diethylaminosulfur triﬂuoride" DAST,
"mCPBA" m-CPBA, "KOtBu" t-BuOK, "Ti(OiPr)4" titanium(IV) isopropoxide, "lithium aluminum hydride" and "LAH"
LiAlH4, "tetrahydrofuran" THF, "(−)-linderol A" linderol A), and these choices for what none of them met:

* a drug named by its trivial name gets its structure, as journal_d's "quinine": "griseofulvin" (the natural
  (2S,6'R) isomer); natural products and cofactors by a trivial name or abbreviation count for recall only
  (``UNKNOWN``): "isatisine", "cADPR" (cyclic ADP-ribose), "SAM" (S-adenosylmethionine, whose sulfonium
  configuration the text does not give); the paper's own abbreviations of its analogues ("7-deaza-cADPcR ( 7 )",
  "7-Br-7-deaza-cADPcR ( 8 )") are codes, as journal_f's "MP-Br", and not marked; "Met 2" marks "Met"
  (methionine, no configuration given: racemic, as journal_d's "baclofen"), "L-homocysteine ( HCys 4 )" both
  names; "(S)-BINOL" has an axial configuration (``UNKNOWN``, as journal_a's binaphthyl acid); "Togni ’s reagent
  2c" (which of the two reagents the text does not say) is ``UNKNOWN``;
* a salt named by its cation and several anions ("dibenziodolium sulfate , triﬂate , or bis(triﬂyl)imidate")
  marks the whole first salt, ``UNKNOWN`` (sulfate or hydrogen sulfate the text does not fix), and not the bare
  anion words that stand for the other salts; "inorganic sulﬁde ( S2− )" marks "sulﬁde" and "S2−" (the anion, as
  journal_f's "iodide"); "the chloride anion derived from FeCl3" marks "chloride"; "tert-butoxy radical" is the
  radical, as journal_a's "hydroperoxy radical";
* a polymer of no fixed length is ``NONE``: "paraformaldehyde"; "PhS − SO2Ph" (one reagent written with a spaced
  dash) is S-phenyl benzenethiosulfonate, one mention; "sodium bis(2- methoxyethoxy)aluminum hydride ( Red-Al )"
  marks both with the salt's ionic SMILES; organometallic and salt reagents: "PhMgBr" (as journal_e's
  "MeMgBr"), "ZnEt2", "KOSiMe3", "K2HPO4", "NaHSO4", "Ru(bpy)3Cl2" (a formula, as a named complex);
* a name before a compound number follows journal_a's rule: "propargyl alcohol 14", "N,N-dimethylacry- lamide (
  5f )", "methyl 4-aminobenzoate ( 2e )", "benzofuran-2-yltrimethylsilane ( 1j )", "2-ﬂuoroethyl-4-
  nitrobenzenesulfonate 7" (2-fluoroethyl 4-nitrobenzenesulfonate), "1,3-diethynylbenzene ( 1r )" and
  "indole-3-carboxaldehyde-1- sulphonyl azide I" are marked; "cinnamyl boronate 2a" (which ester the text does
  not say), "penten-1-ylboronic acid 3n" (no locant of the double bond), "7- bromo-pyridopyrimidin-2,4-dione" (no
  locants of its fusion, as journal_g's "pyrrolopyridine-2,3-dione"), "o-(pinacolato)boronatophenyl phosphine 10"
  (the phosphine's other groups unnamed), "1-phenyl- thio tetrahydro-β-carboline product 3f", "the
  2-benzyl-4-hydro-1-naphthol derivative", "3-benzazepine 4k" and "pyrrole 3i" are not;
* groups and classes are not marked: "the central THF motif", "THF scaﬀolds", "the Et2N group", "the TES group",
  "isopropylidene group", "cyclo- hexylmethyl thioether" (its other group unnamed), "allenoates", "BQ
  derivatives", "allyl-BQs", "isocyanate", "sulﬁnic acid", "silver(I) - halides", "the silicon atom", the
  enzymes of "O-acetylhomoserine sulfhydra- lase 2", "betaine homocysteine methyltransferase" and "SAMsyn"; a
  metal for a catalyst ("the gold species", "Cu(I) - mediated", "rhodium - catalyzed") is not marked.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 41
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_g_sentences.tsv, in file order (1,600 lines); the sentences are stored in the sample's order."""

SHARED = ("MeOH", "pyridine", "THF", "methanol", "sodium azide", "HCl", "Pd(OAc)2", "molecular sieves")
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("Pd / C", "FeCl3", "toluene")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("n-BuLi", "PIFA", "ht-13-B")
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("BQ", "PdCl2", "HBr", "CH2Cl2", "iodine")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("DAST",)
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_G = ("MeCN",)
"""Texts labelled in journal_g, whose labels this set takes (``LABELS`` takes the labels of journal_a to g for
the other writings of their compounds too: "mCPBA", "KOtBu", "LAH", "tetrahydrofuran", ...)."""

BROMINE = {"smiles": "BrBr", "formula": "Br2"}
RED_AL = {"smiles": "[Na+].COCCO[AlH2-]OCCOC"}
HOMOCYSTEINE = {"smiles": "N[C@@H](CCS)C(=O)O"}
SULFIDE = {"smiles": "[S-2]"}
CYCLOHEXADIENE = {"smiles": "C1=CCC=CC1"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_g.LABELS[span] for span in SHARED_G},
    "diethylaminosulfur triﬂuoride": journal_f.LABELS["DAST"],
    "mCPBA": journal_c.LABELS["m-CPBA"],
    "KOtBu": journal_e.LABELS["t-BuOK"],
    "Ti(OiPr)4": journal_e.LABELS["titanium(IV) isoprop- oxide"],
    "lithium aluminum hydride": journal_f.LABELS["LiAlH4"],
    "LAH": journal_f.LABELS["LiAlH4"],
    "tetrahydrofuran": journal.LABELS["THF"],
    "(−)-linderol A": journal_g.LABELS["linderol A"],
    # solvents, acids, bases and reagents
    "HCO2H": {"smiles": "OC=O"},
    "bromine": BROMINE,
    "crotononitrile": {"smiles": "CC=CC#N"},
    "methyl acrylate": {"smiles": "C=CC(=O)OC"},
    "1,4-cyclohexadiene": CYCLOHEXADIENE,
    "1-bromodecane": {"smiles": "CCCCCCCCCCBr"},
    "1,2-dibromobenzene": {"smiles": "Brc1ccccc1Br"},
    "3- phenylpropionaldehyde": {"smiles": "O=CCCc1ccccc1"},
    "acetanilide": {"smiles": "CC(=O)Nc1ccccc1"},
    "PhS − SO2Ph": {"smiles": "O=S(=O)(Sc1ccccc1)c1ccccc1"},
    "4-nitrobenzenesulfonyl chloride": {"smiles": "O=[N+]([O-])c1ccc(cc1)S(=O)(=O)Cl"},
    "2- ﬂuoroethanol": {"smiles": "OCCF"},
    "paraformaldehyde": NONE,
    "p-bromo benzaldehyde": {"smiles": "O=Cc1ccc(Br)cc1"},
    "indole-3- carboxaldehyde": {"smiles": "O=Cc1c[nH]c2ccccc12"},
    "chlorosulphonyl azide": {"smiles": "ClS(=O)(=O)N=[N+]=[N-]"},
    "sulfuryl chloride": {"smiles": "ClS(Cl)(=O)=O"},
    "Cy2NH": {"smiles": "C1CCC(CC1)NC1CCCCC1"},
    "sodium bis(2- methoxyethoxy)aluminum hydride": RED_AL,
    "Red-Al": RED_AL,
    # salts, organometallics and ions
    "PhMgBr": {"smiles": "Br[Mg]c1ccccc1"},
    "ZnEt2": {"smiles": "CC[Zn]CC"},
    "KOSiMe3": {"smiles": "[K+].C[Si](C)(C)[O-]"},
    "K2HPO4": {"smiles": "[K+].[K+].OP(=O)([O-])[O-]"},
    "NaHSO4": {"smiles": "[Na+].OS(=O)(=O)[O-]"},
    "Ru(bpy)3Cl2": {"formula": "C30H24Cl2N6Ru"},
    "chloride": {"smiles": "[Cl-]"},
    "sulﬁde": SULFIDE,
    "S2−": SULFIDE,
    "tert-butoxy radical": {"smiles": "CC(C)(C)[O]"},
    # organic compounds named in the sentences
    "propargyl alcohol": {"smiles": "C#CCO"},
    "N,N-dimethylacry- lamide": {"smiles": "CN(C)C(=O)C=C"},
    "diethyl vinyl- phosphonate": {"smiles": "CCOP(=O)(C=C)OCC"},
    "methyl 4-aminobenzoate": {"smiles": "COC(=O)c1ccc(N)cc1"},
    "p- triﬂuoromethylaniline": {"smiles": "Nc1ccc(cc1)C(F)(F)F"},
    "N-(2-mercaptophenyl)acetamide": {"smiles": "CC(=O)Nc1ccccc1S"},
    "4-formylpyridine": {"smiles": "O=Cc1ccncc1"},
    "benzofuran-2-yltrimethylsilane": {"smiles": "C[Si](C)(C)c1cc2ccccc2o1"},
    "2-ﬂuoroethyl-4-nitrobenzenesulfonate": {"smiles": "O=[N+]([O-])c1ccc(cc1)S(=O)(=O)OCCF"},
    "1,3-diethynylbenzene": {"smiles": "C#Cc1cccc(C#C)c1"},
    "1,4- diethynylbenzene": {"smiles": "C#Cc1ccc(C#C)cc1"},
    "indole-3-carboxaldehyde-1- sulphonyl azide": {"smiles": "O=Cc1cn(S(=O)(=O)N=[N+]=[N-])c2ccccc12"},
    "L-homocysteine": HOMOCYSTEINE,
    "HCys": HOMOCYSTEINE,
    "Met": {"smiles": "CSCCC(N)C(=O)O"},
    "griseofulvin": {"smiles": "COC1=CC(=O)C[C@@H](C)[C@]12Oc1c(Cl)c(OC)cc(OC)c1C2=O"},
    # definite compounds whose structure the text does not fix
    "(S)-BINOL": UNKNOWN,
    "Togni ’s reagent": UNKNOWN,
    "dibenziodolium sulfate": UNKNOWN,
    "SAM": UNKNOWN,
    "cADPR": UNKNOWN,
    "isatisine": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:982": ["Pd / C", "MeOH"],
    "raw.txt:854": ["propargyl alcohol", "1-bromodecane"],
    "raw.txt:594": [],  # "allenoates ( 2b − d )": a class
    "raw.txt:441": ["N,N-dimethylacry- lamide", "diethyl vinyl- phosphonate"],
    "raw.txt:992": [],  # "the central THF motif": a ring; "dihydrofuran-3-one 8": a family
    "raw.txt:1481": ["diethylaminosulfur triﬂuoride", "DAST", "pyridine"],  # "the Et2N group": a group
    "raw.txt:1774": ["griseofulvin", "griseofulvin"],  # "(S,S)-4 ligand": a code
    "raw.txt:728": ["BQ"],  # "alkyl-Bpin": a class; "cinnamyl boronate 2a": which ester is not said
    "raw.txt:1420": [],
    "raw.txt:713": [],  # "cyclo- hexylmethyl thioether": its other group unnamed
    "raw.txt:988": ["methyl 4-aminobenzoate", "p- triﬂuoromethylaniline"],
    "raw.txt:1877": ["HCO2H"],  # "7-deaza-cADPcR ( 7 )", "7-Br-7-deaza-cADPcR ( 8 )": codes
    "raw.txt:1961": ["dibenziodolium sulfate", "methanol"],
    "raw.txt:1478": ["N-(2-mercaptophenyl)acetamide", "1,2-dibromobenzene"],
    "raw.txt:30": ["4-formylpyridine"],
    "raw.txt:2000": [],  # "7- bromo-pyridopyrimidin-2,4-dione": no locants of its fusion
    "raw.txt:643": [],
    "raw.txt:1702": ["PhMgBr", "PdCl2", "THF"],
    "raw.txt:52": [],  # "THF scaﬀolds": a class
    "raw.txt:1128": ["chloride", "FeCl3"],
    "raw.txt:412": ["(S)-BINOL", "ZnEt2", "Cy2NH", "Ti(OiPr)4"],
    "raw.txt:399": ["benzofuran-2-yltrimethylsilane"],
    "raw.txt:1858": [],
    "raw.txt:819": ["(−)-linderol A"],
    "raw.txt:444": ["3- phenylpropionaldehyde"],
    "raw.txt:661": ["toluene"],  # "o-(pinacolato)boronatophenyl phosphine 10": its other groups unnamed
    "raw.txt:1683": ["n-BuLi", "THF"],
    "raw.txt:1776": ["Ru(bpy)3Cl2", "Togni ’s reagent", "K2HPO4"],
    "raw.txt:1594": ["sulﬁde", "S2−", "L-homocysteine", "HCys", "Met", "SAM"],  # enzymes not marked
    "raw.txt:1498": ["bromine", "crotononitrile", "HBr", "HBr"],
    "raw.txt:160": ["methyl acrylate", "molecular sieves"],
    "raw.txt:321": ["acetanilide", "NaHSO4"],
    "raw.txt:1507": ["PIFA"],
    "raw.txt:92": [],  # "the gold species", "a proton": not marked
    "raw.txt:1110": [],
    "raw.txt:725": [],  # "BQ derivatives 1", "allylboronates 2", "allyl-BQs 3": classes
    "raw.txt:1883": ["PhS − SO2Ph"],  # "1-phenyl- thio tetrahydro-β-carboline product 3f": a family
    "raw.txt:556": ["1,4-cyclohexadiene", "1,4-cyclohexadiene"],
    "raw.txt:201": [],
    "raw.txt:1865": ["cADPR"],
    "raw.txt:928": ["HCl", "MeOH"],
    "raw.txt:1878": [],
    "raw.txt:1226": [],  # "isocyanate", "acid chloride 2c": a class, a number
    "raw.txt:337": ["mCPBA", "CH2Cl2"],
    "raw.txt:1425": [
        "2-ﬂuoroethyl-4-nitrobenzenesulfonate",
        "4-nitrobenzenesulfonyl chloride",
        "2- ﬂuoroethanol",
        "THF",
        "KOSiMe3",
        "THF",
        "KOtBu",
    ],
    "raw.txt:1722": ["paraformaldehyde"],
    "raw.txt:331": [],  # "isocyanide", "sulﬁnic acid": classes
    "raw.txt:270": [],
    "raw.txt:386": ["Pd(OAc)2"],
    "raw.txt:1771": [],  # "penten-1-ylboronic acid 3n": no locant of the double bond
    "raw.txt:467": ["1,3-diethynylbenzene", "1,4- diethynylbenzene"],
    "raw.txt:146": ["isatisine"],  # "Cu(I) - mediated": a catalyst not named
    "raw.txt:688": ["p-bromo benzaldehyde"],
    "raw.txt:813": [],  # "chalcone derivative 9", "acetophenone derivative 11": classes
    "raw.txt:579": ["tert-butoxy radical"],
    "raw.txt:1592": [],
    "raw.txt:75": ["iodine", "bromine"],  # "silver(I) - halides", "1,2,3-triazoliums": classes
    "raw.txt:1563": [],
    "raw.txt:477": [
        "indole-3- carboxaldehyde",
        "chlorosulphonyl azide",
        "sodium azide",
        "sulfuryl chloride",
        "MeCN",
        "indole-3-carboxaldehyde-1- sulphonyl azide",
    ],
    "raw.txt:1119": [
        "sodium bis(2- methoxyethoxy)aluminum hydride",
        "Red-Al",
        "toluene",
        "ht-13-B",
        "lithium aluminum hydride",
        "LAH",
        "tetrahydrofuran",
        "THF",
    ],
}
