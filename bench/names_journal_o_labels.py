"""Gold chemical-name spans and structures of the journal_o set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_o_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_n (``journal_{c,...,n}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_n (``names_journal_labels.py``, ``names_journal_{c,...,n}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "methyl iodide" iodomethane, "DIEA" journal_g's DIPEA, "MS3A" journal_k's "MS"),
and these choices for what none of them met:

* reagents with the structure common usage fixes: "titanocene chloride" (Cp2TiCl, the titanium(III) reagent
  of radical openings) and "Rh2(OAc)4", "[ η3- C3H5PdCl]2" and "osmium tetroxide" (formulas), "AgNO3" ionic
  SMILES (as journal_a says the materials sets write it), "Me2Zn", "TESOTf", "2,6-lutidine", "nBu3N",
  "MeOPOCl2", "H3PO2", "triethylammo- nium acetate", "methoxymethyl bromide" and "MOMBr", "carbon disulﬁde",
  "S,S′-diphenylphosphorodithioate" (the free acid: its counter-ion is not named), "S-tetrahydrofurfurylthiosulfuric
  acid sodium salt" and "dimethyl methylphosphonate" (the reagent that "lithiated" qualifies) their SMILES;
  "(thiophen-2-yl)ethylamine", whose first locant the line break took, is the 2-(thiophen-2-yl)ethylamine of
  common usage (as journal_m's "bromobutane");
* a trivial name gets its structure where common usage fixes it, as journal_d's "quinine": "vitamin B1"
  (thiamine, the cation) and "fursultiamine" (its 11C label not written, as no isotope is); natural products
  and iminosugars by a trivial name count for recall only (``UNKNOWN``, as journal_l's "cyclomahanimbine" and
  journal_m's "galacto-DNJ"): "fusaricidin A", "mahanine", "DAB"; "(R,R)-DACH" (Trost's ligand, which the
  sentence names only by its diamine) is ``UNKNOWN``; "(R)-5,5′,6,6′,7,7′,8,8′- octahydro-1,1′-bi-2-naphthol"
  (an axial configuration) is ``UNKNOWN`` by journal_a's rule; the DNA-lesion abbreviations of journal_c take its
  labels, and the new ones ("5-HO-dG", "reduced - dSp", "dSpred") are ``UNKNOWN`` as its were;
* "disulﬁde DTT ( DTTox )" marks "disulﬁde DTT" (the phrase names the cyclic disulfide, not dithiothreitol)
  and "DTTox", both trans-1,2-dithiane-4,5-diol written without its (racemic) configuration;
* a name before a compound number follows journal_a's rule: "isobutyraldehyde ( 13 )", "mesitylene ( 9a )",
  "3-phenyl- isoquinolin-1(2H)-one ( 3a )", "o-tolyl cyanamide ( 14d )", "o-tolylboronic acid ( 13c )",
  "butadiene monoepoxide 5" (the racemate that is deracemised), "2-chlorobenzonitrile ( 1b )",
  "2-iodobenzonitrile ( 1c )", "6-methoxy-2,5-dihydro-1-benzoxepine 11b", "1,4- dimethoxybenzene 2d",
  "2-amino-1-phenylquinazolin-4(1H)-one 15", "N-pyridin-2-yl-propionamide ( 1n )", "iodobenzene ( 2c )", "but-3-enoic
  acid 19" and "2′-N-(2-bromoethyl)-aminostyrene 4n" (its primed locant read as the ring position of the amino
  group) are marked; "benzylamine 5" (a parent, as journal_l's "aniline 1"), "the protected 3-bromophenol 9"
  (its protecting group unnamed), "3-oxobis(methylthio)ketene acetal 2a" (its aryl unnamed), "lithiated
  α-(trimethylsilyl)methylphosphonate 2" and "diethyl phosphonate 625" (esters whose rest is unnamed),
  "2-(N-Dmb-amino)hex-5-oate 16b" (its ester unnamed), "thiazolobenzimidazole 5a", "benzimidazole 1l" and
  "isatin 2n" are not; plural names ("naphthalenes 7g and 7h", "1-(2-hydroxyphenyl)pyrazoles 9f,g",
  "N-arylpyrroles 3", "thioamides") are families;
* groups, classes and codes are not marked: "the benzyl group", "the phenylthio group", "the silyl ether",
  "the primary TES moiety", "TES ether 21", "the 5″-O-dimethoxytrityl group", "5′-bis-S-(phenyl)-
  phosphorothioate", "S-phenyl phosphorothioate 9a", "the pyrazole ring", "[11C]-1", "(R)-3a"; a metal for a
  catalyst ("palladium catalyzed", "Bismuth(III) catalyzed") follows journal_a.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_j_labels as journal_j
import names_journal_k_labels as journal_k
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 51
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_n_sentences.tsv, in file order (1,180 lines); the sentences are stored in the sample's order."""

SHARED = (
    "acetophenone",
    "iodomethane",
    "DCE",
    "pyridine",
    "DABCO",
    "molecular sieves",
    "AgOAc",
    "[RhCl(CO)2]2",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("d2Ih", "Na2CO3", "acetone", "dichloromethane")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("AcOH", "HATU")
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("CH2Cl2", "DIBAL-H", "CsF", "MeMgBr")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("TMEDA",)
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_G = ("Ag2CO3",)
"""Texts labelled in journal_g, whose labels this set takes."""

SHARED_J = ("mesitylene", "Et3N")
"""Texts labelled in journal_j, whose labels this set takes."""

SHARED_K = ("NaBH4", "MS")
"""Texts labelled in journal_k, whose labels this set takes (``LABELS`` takes the labels of journal_a to n for
the other writings of their compounds too: "methyl iodide", "DIEA", "MS3A")."""

MOM_BROMIDE = {"smiles": "COCBr"}
OXIDIZED_DTT = {"smiles": "OC1CSSCC1O"}  # trans, racemic: its configuration not written

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_g.LABELS[span] for span in SHARED_G},
    **{span: journal_j.LABELS[span] for span in SHARED_J},
    **{span: journal_k.LABELS[span] for span in SHARED_K},
    "methyl iodide": journal.LABELS["iodomethane"],
    "DIEA": journal_g.LABELS["DIPEA"],
    "MS3A": journal_k.LABELS["MS"],
    # solvents, acids, bases, salts and reagents
    "isobutyraldehyde": {"smiles": "CC(C)C=O"},
    "titanocene chloride": {"formula": "C10H10ClTi"},  # Cp2TiCl
    "carbon disulﬁde": {"smiles": "S=C=S"},
    "Rh2(OAc)4": {"formula": "C8H12O8Rh2"},
    "[ η3- C3H5PdCl]2": {"formula": "C6H10Cl2Pd2"},
    "osmium tetroxide": {"formula": "O4Os"},
    "AgNO3": {"smiles": "[Ag+].[O-][N+](=O)[O-]", "formula": "AgNO3"},
    "Me2Zn": {"smiles": "C[Zn]C"},
    "TESOTf": {"smiles": "CC[Si](CC)(CC)OS(=O)(=O)C(F)(F)F"},
    "2,6-lutidine": {"smiles": "Cc1cccc(C)n1"},
    "nBu3N": {"smiles": "CCCCN(CCCC)CCCC"},
    "MeOPOCl2": {"smiles": "COP(=O)(Cl)Cl"},
    "H3PO2": {"smiles": "O[PH2]=O", "formula": "H3PO2"},
    "triethylammo- nium acetate": {"smiles": "CC[NH+](CC)CC.CC(=O)[O-]"},
    "methoxymethyl bromide": MOM_BROMIDE,
    "MOMBr": MOM_BROMIDE,
    "S,S′-diphenylphosphorodithioate": {"smiles": "O=P(O)(Sc1ccccc1)Sc1ccccc1"},
    "2,4,6-triisopro- pylbenzenesulfonyl chloride": {"smiles": "CC(C)c1cc(C(C)C)c(S(=O)(=O)Cl)c(C(C)C)c1"},
    "S-tetrahydrofurfurylthiosulfuric acid sodium salt": {"smiles": "[Na+].[O-]S(=O)(=O)SCC1CCCO1"},
    "dimethyl methylphosphonate": {"smiles": "COP(C)(=O)OC"},
    "phthalimide": {"smiles": "O=C1NC(=O)c2ccccc12"},
    "disulﬁde DTT": OXIDIZED_DTT,
    "DTTox": OXIDIZED_DTT,
    # organic compounds named in the sentences
    "3-phenyl- isoquinolin-1(2H)-one": {"name": "3-phenylisoquinolin-1(2H)-one"},
    "o-tolyl cyanamide": {"smiles": "Cc1ccccc1NC#N"},
    "o-tolylboronic acid": {"smiles": "Cc1ccccc1B(O)O"},
    "butadiene monoepoxide": {"smiles": "C=CC1CO1"},
    "4-(tert-butyl)-2-(phenylethynyl)phenol": {"smiles": "CC(C)(C)c1ccc(O)c(C#Cc2ccccc2)c1"},
    "quinoline": {"smiles": "c1ccc2ncccc2c1"},
    "2-chlorobenzonitrile": {"smiles": "N#Cc1ccccc1Cl"},
    "2-iodobenzonitrile": {"smiles": "N#Cc1ccccc1I"},
    "(thiophen-2-yl)ethylamine": {"smiles": "NCCc1cccs1"},
    "2-cyanoethanethioamide": {"smiles": "N#CCC(N)=S"},
    "6-methoxy-2,5-dihydro-1-benzoxepine": {"name": "6-methoxy-2,5-dihydro-1-benzoxepine"},
    "2- bromo-p-toluidine": {"smiles": "Cc1ccc(N)c(Br)c1"},
    "p-methoxyphenyl-boronic acid": {"smiles": "COc1ccc(B(O)O)cc1"},
    "1,4- dimethoxybenzene": {"smiles": "COc1ccc(OC)cc1"},
    "2-amino-1-phenylquinazolin-4(1H)-one": {"name": "2-amino-1-phenylquinazolin-4(1H)-one"},
    "N-pyridin-2-yl-propionamide": {"smiles": "CCC(=O)Nc1ccccn1"},
    "iodobenzene": {"smiles": "Ic1ccccc1"},
    "1- ethylpiperidine": {"smiles": "CCN1CCCCC1"},
    "but-3-enoic acid": {"smiles": "C=CCC(=O)O"},
    "Cyclopentanone": {"smiles": "O=C1CCCC1"},
    "cyclohexanone": {"smiles": "O=C1CCCCC1"},
    "N-methyl aniline": {"smiles": "CNc1ccccc1"},
    "fursultiamine": {
        "name": "N-[(4-amino-2-methylpyrimidin-5-yl)methyl]-N-[(Z)-5-hydroxy-3-(oxolan-2-ylmethyldisulfanyl)"
        "pent-2-en-2-yl]formamide"
    },
    "vitamin B1": {"smiles": "Cc1ncc(C[n+]2csc(CCO)c2C)c(N)n1"},
    "2′-N-(2-bromoethyl)-aminostyrene": {"smiles": "C=Cc1ccccc1NCCBr"},
    # definite compounds whose structure the text does not give
    "fusaricidin A": UNKNOWN,
    "5-HO-dG": UNKNOWN,
    "reduced - dSp": UNKNOWN,
    "dSpred": UNKNOWN,
    "DAB": UNKNOWN,
    "(R,R)-DACH": UNKNOWN,
    "mahanine": UNKNOWN,
    "(R)-5,5′,6,6′,7,7′,8,8′- octahydro-1,1′-bi-2-naphthol": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:855": ["fusaricidin A"],  # "the free amine 22": a class word
    "raw.txt:1736": ["isobutyraldehyde", "mesitylene"],  # "enamide 14": a class word
    "raw.txt:1934": [],
    "raw.txt:573": ["titanocene chloride"],  # "sulfones 16 and 19", "cyclic hydroxy sulfone 20a / b": classes
    "raw.txt:862": [],  # "symmetrical alkynes", "naphthalenes 7g and 7h": families
    "raw.txt:807": [],  # "the amino acid 9a": a class
    "raw.txt:889": ["3-phenyl- isoquinolin-1(2H)-one"],
    "raw.txt:1374": ["acetophenone", "carbon disulﬁde", "iodomethane", "Rh2(OAc)4", "DCE"],
    "raw.txt:1913": [],
    "raw.txt:1597": ["o-tolyl cyanamide", "o-tolylboronic acid"],  # "benzimidazole 1l": a parent
    "raw.txt:1820": ["5-HO-dG", "reduced - dSp", "dSpred", "d2Ih"],
    "raw.txt:1208": ["DAB"],  # "the benzyl group": a group
    "raw.txt:1269": [
        "butadiene monoepoxide",
        "(R,R)-DACH",
        "[ η3- C3H5PdCl]2",
        "phthalimide",
        "Na2CO3",
        "CH2Cl2",
        "CH2Cl2",
    ],  # "phthaloyl alcohol 6": a class word
    "raw.txt:1346": ["methoxymethyl bromide", "MOMBr"],  # "diethyl phosphonate 625": its rest unnamed
    "raw.txt:970": [],  # "spiroketal 6v": a class word
    "raw.txt:1396": ["NaBH4"],  # "The carboxylic acid", "acid anhydride", "an alcohol 17": classes
    "raw.txt:33": [],  # "linear aliphatic aldehydes 8e and 8f": a class
    "raw.txt:427": ["4-(tert-butyl)-2-(phenylethynyl)phenol"],  # "a sterically bulky 2-alkynylphenol": a class
    "raw.txt:110": ["quinoline"],
    "raw.txt:1874": [
        "S,S′-diphenylphosphorodithioate",
        "2,4,6-triisopro- pylbenzenesulfonyl chloride",
        "pyridine",
        "AcOH",
        "MeOPOCl2",
        ("pyridine", "20"),
        "H3PO2",
        "Et3N",
        "triethylammo- nium acetate",
    ],  # "5′-bis-S-(phenyl)- phosphorothioate", "S-phenyl phosphorothioate 9a": classes
    "raw.txt:896": ["2-chlorobenzonitrile", "2-iodobenzonitrile"],
    "raw.txt:127": ["nBu3N"],  # "diene 1115": a class word; "the phenylthio group": a group
    "raw.txt:1654": ["(thiophen-2-yl)ethylamine"],  # "pyridines 2ag and 2ah": a family
    "raw.txt:620": ["molecular sieves", "MS"],  # "triﬂuoromethyl dihydropyridinone 3a": a class
    "raw.txt:1224": ["DIBAL-H"],  # "the diimines 19a and 19b", "the ketenimine 1e": classes
    "raw.txt:1048": ["DABCO"],  # "enynal / enynone": classes
    "raw.txt:1291": ["2-cyanoethanethioamide"],  # "thioamides", "2-aminothiophene ethers 3": families
    "raw.txt:1551": ["6-methoxy-2,5-dihydro-1-benzoxepine", "osmium tetroxide", "TMEDA"],
    "raw.txt:678": [],
    "raw.txt:115": [],  # "methyl ester 3a", "lithiated α-(trimethylsilyl)methylphosphonate 2": classes
    "raw.txt:1517": ["2- bromo-p-toluidine", "p-methoxyphenyl-boronic acid"],  # "biarylamine 15": a class
    "raw.txt:596": ["methyl iodide", "acetone"],  # "thiazolobenzimidazole 5a": a parent
    "raw.txt:1620": ["mahanine"],  # "the protected 3-bromophenol 9": its protecting group unnamed
    "raw.txt:48": [],
    "raw.txt:235": [],  # "methyl esters (R)-6 and (R)-7": a class
    "raw.txt:404": [],  # "thiodiazonium iodide 7", "alkyne 6", "thiirenium ion 8": classes
    "raw.txt:408": ["1,4- dimethoxybenzene"],  # "oleﬁn 3ad": a class word
    "raw.txt:612": [],  # "furylcarbi- nols B", "1,3-dicarbonyls C", "tricarbonyls D": classes
    "raw.txt:1922": [],  # "1-(2-hydroxyphenyl)pyrazoles 9f,g", "biaryl bis-pyrazoles 10f,g": families
    "raw.txt:1598": ["2-amino-1-phenylquinazolin-4(1H)-one"],
    "raw.txt:61": ["TESOTf", "2,6-lutidine"],  # "the primary TES moiety", "TES ether 21": groups
    "raw.txt:1502": [],  # "2,3-dihydro-1,3-oxazin-4-one derivatives 5": a class
    "raw.txt:1440": ["disulﬁde DTT", "DTTox"],
    "raw.txt:702": ["CsF"],  # "benzylamine 5": a parent
    "raw.txt:1297": ["N-pyridin-2-yl-propionamide", "iodobenzene"],
    "raw.txt:421": ["[RhCl(CO)2]2"],
    "raw.txt:1671": ["1- ethylpiperidine", "dichloromethane"],  # "bisquinone 3": a class word
    "raw.txt:1923": [],  # "the pyrazole ring": a group
    "raw.txt:627": ["but-3-enoic acid", "HATU", "DIEA"],  # "2-(N-Dmb-amino)hex-5-oate 16b": its ester unnamed
    "raw.txt:1263": [],  # "dye 16": a class word
    "raw.txt:1556": [],  # "nitrosoarene compounds", "borodiene 1", "N-arylpyrroles 3": classes
    "raw.txt:1712": [],  # "disilylated tetrayne 18": a class
    "raw.txt:445": ["Cyclopentanone", "cyclohexanone", "N-methyl aniline"],
    "raw.txt:1805": ["fursultiamine", "vitamin B1", "S-tetrahydrofurfurylthiosulfuric acid sodium salt"],
    "raw.txt:1526": ["2′-N-(2-bromoethyl)-aminostyrene"],  # "isatin 2n": a parent
    "raw.txt:43": ["Ag2CO3", "AgOAc"],
    "raw.txt:1501": [],  # "acid 23", "amide 1": class words
    "raw.txt:1876": ["pyridine", "AgNO3", "Et3N", "MS3A", "pyridine"],
    "raw.txt:156": ["(R)-5,5′,6,6′,7,7′,8,8′- octahydro-1,1′-bi-2-naphthol", "Me2Zn", "MeMgBr"],
    "raw.txt:1638": ["dimethyl methylphosphonate"],  # "the lactone", "α-hydroxy cyclopentanone 31": classes
}
