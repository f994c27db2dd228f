"""Gold chemical-name spans and structures of the journal_g set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_g_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c, journal_d, journal_e and journal_f (``journal_{c,d,e,f}_sentences.tsv``), taken in file order. Every
chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the finder
never run on them, by the conventions of journal_a, journal_b (``names_journal_labels.py``) and journal_c to
journal_f (``names_journal_{c,d,e,f}_labels.py``; a text that they and this module both mark has the one label,
taken from there; another writing of one of their compounds takes its label: "MeCN" acetonitrile, "EtOH"
ethanol, "P(n- Bu)3" Bu3P, "NaB(OAc)3H" NaBH(OAc)3, "t-butylhydroperoxide" TBHP, "oxygen" O2, the spelled-out
names of TEMPO), and these choices for what none of them met:

* named complexes get a formula, as journal_d's "Wilkinson ’s catalyst": "Zeise ’s dimer" ([PtCl2(C2H4)]2),
  "CuBr·DMS" (the dimethyl sulfide complex of CuBr); a reagent pair written with a spaced dash ("Zn − TiCl4") is
  its members, as journal_e's spaced slash; "the NiII complex Ni-3" is a code;
* a species the sentence names as released or added is marked: "molecular nitrogen" (N2), "the bisulﬁte" (the
  anion); an atom put in place of another ("iodine was surprisingly replaced by hydrogen") is a substituent, as
  journal_d's "a bromine", and "a proton" is not marked;
* a trivial name used as a modifier is a mention (journal_e's rule): "TEMPO- trapped products", "TEMPO -
  captured product" mark "TEMPO";
* a salt named as its parts in one phrase is one mention with the salt's structure: "alanine benzyl ester
  p-toluene sulfonate" (no configuration given: racemic, as journal_d's "baclofen"); "serine", "Methyl
  N-Boc-iodoalanine ( 12 )" and "diphenylprolinol 12" (the α,α-diphenyl-2-pyrrolidinemethanol common usage
  fixes) likewise without configuration, "L-proline" with its own;
* natural products and iminosugars by a trivial name count for recall only (``UNKNOWN``, as journal_a's
  "murrayamine E"): "linderol A ( 6 )", "nakinadine F", "1-deoxyaltronojirimycin ( 2 )"; "bianthronyl" is
  10,10'-bianthrone, "anthraquinone" 9,10-anthraquinone; "Serdolit CG - 400 I" (an ion-exchange resin) and
  its "OH− form" are a material, not marked;
* a name before a compound number follows journal_a's rule: "N-methylbenzimidazole", "p-Methoxybenzenethiol
  2e", "o-amino- benzenethiol 2f", "tert-Butyl N-phenyl-N-(naphthalen-2-ylethynyl)- carbamate 1d" and
  "4-bromo-5- (naphthalen-2-yl)-3-phenyl-3H-oxazol-2-one 2d" are marked; "naphthalene 5a", "Naphthoquinone 1b",
  "benzophenone 2a" (one of the "benzophenones 2a − d"), "dihydrochalcone 9", "oxazinone 3a",
  "2,5-dihydro-1-benzoxepine 11a" (journal_a's example of a parent), "1,2-dihydro-4H-pyrrolo[3,2,1-ij]-
  quinolin-4-one 5a", "pyrrolopyridine-2,3-dione 2f" (no locants of its fusion: a family), "amino-substituted
  7-oxabicyclo[2.2.1]heptene ( 5 )" (a qualified parent) and "iodoalanine 12" (a short name of the Boc methyl
  ester 12) are not; "a 4-amino-1- hydroxy-1H-xanthen-9(2H)-one" with its groups E1 and E2 is a family;
* groups, moieties and classes are not marked: "tert-butyl protecting groups", "N-tert-butylsulﬁnyl group",
  "GalNAc" (the sugar of a tetrasaccharide, as journal_d's "GalNAc donor"), "1,3-azoles", "Brønsted acid",
  "phenantherenes", "sulfonyl hydrazide", "cuprate complex E", "the cyclopropane" (a ring of a compound); a
  metal that stands for a catalyst ("rhodium catalyst", "the Cu(II) species") is not marked.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS = ("xenon lamp",)
"""Phrases that name apparatus, not a chemical."""

SAMPLE_SEED = 38
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_f_sentences.tsv, in file order; the sentences are stored in the sample's order."""

SHARED = (
    "BF3",
    "triﬂuoroacetic acid",
    "TFA",
    "AgOAc",
    "HCl",
    "MeOH",
    "Pd(OAc)2",
    "air",
    "TEMPO",
    "I2",
    "hydrogen",
    "TBHP",
    "EDC",
    "Pd2(dba)3",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("TiCl4", "Cu(OAc)2", "Pd / C", "toluene", "ethanol")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("CsOAc",)
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("[Cp*RhCl2]2", "PIDA", "NaOH", "CH2Cl2")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("copper acrylate", "NaOMe")
"""Texts labelled in journal_f, whose labels this set takes (``LABELS`` takes the labels of journal_a to f for
the other writings of their compounds too: "MeCN", "P(n- Bu)3", "NaB(OAc)3H", "sodium hydroxide", ...)."""

TES = {"smiles": "CC[SiH](CC)CC"}
PHENYLACETYLENE = {"smiles": "C#Cc1ccccc1"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    "MeCN": journal_c.LABELS["acetonitrile"],
    "EtOH": journal_c.LABELS["ethanol"],
    "P(n- Bu)3": journal.LABELS["Bu3P"],  # broken by a hyphenation space
    "NaB(OAc)3H": journal.LABELS["NaBH(OAc)3"],
    "t-butylhydroperoxide": journal.LABELS["TBHP"],
    "oxygen": journal.LABELS["O2"],
    "(2,2,6,6-tetramethylpiperidin-1-yl)oxyl": journal.LABELS["TEMPO"],
    "2,2,6,6- tetramethyl-1-piperidinyloxy": journal.LABELS["TEMPO"],
    "sodium hydroxide": journal_e.LABELS["NaOH"],
    "molecular nitrogen": journal_e.LABELS["N2"],
    # solvents, acids, bases and reagents
    "triethylsilane": TES,
    "TES": TES,
    "Zn": {"smiles": "[Zn]", "formula": "Zn"},
    "zinc": {"smiles": "[Zn]", "formula": "Zn"},
    "Ag2CO3": {"smiles": "[Ag+].[Ag+].[O-]C([O-])=O", "formula": "Ag2CO3"},
    "AgSbF6": {"smiles": "[Ag+].F[Sb-](F)(F)(F)(F)F", "formula": "AgSbF6"},
    "tert-amyl alcohol": {"smiles": "CCC(C)(C)O"},
    "tert-butanol": {"smiles": "CC(C)(C)O"},
    "formaldehyde": {"smiles": "C=O"},
    "bisulﬁte": {"smiles": "OS(=O)[O-]"},
    "allylamine": {"smiles": "C=CCN"},
    "allyl chloride": {"smiles": "C=CCCl"},
    "vinyl bromide": {"smiles": "C=CBr"},
    "phenylboronic acid": {"smiles": "OB(O)c1ccccc1"},
    "phenylpropiolic acid": {"smiles": "OC(=O)C#Cc1ccccc1"},
    "phenylacetylene": PHENYLACETYLENE,
    "HOAt": {"smiles": "On1nnc2cccnc21"},
    "DIPEA": {"smiles": "CCN(C(C)C)C(C)C"},
    # salts and complexes of transition metals (formulas)
    "Zeise ’s dimer": {"formula": "C4H8Cl4Pt2"},
    "CuBr·DMS": {"formula": "C2H6BrCuS"},
    # organic compounds named in the sentences
    "2- (3-methylphenyl)pyrimidine": {"smiles": "Cc1cccc(-c2ncccn2)c1"},
    "N-methylbenzimidazole": {"smiles": "Cn1cnc2ccccc12"},
    "1,6-diazo-2,5-hexanedione": {"smiles": "[N-]=[N+]=CC(=O)CCC(=O)C=[N+]=[N-]"},
    "adipoyl dichloride": {"smiles": "O=C(Cl)CCCCC(=O)Cl"},
    "4-hydroxybenzaldehyde": {"smiles": "O=Cc1ccc(O)cc1"},
    "3- iodo-4-phenoxybenzaldehyde": {"smiles": "O=Cc1ccc(Oc2ccccc2)c(I)c1"},
    "anthracene": {"smiles": "c1ccc2cc3ccccc3cc2c1"},
    "anthraquinone": {"smiles": "O=C1c2ccccc2C(=O)c2ccccc12"},
    "bianthronyl": {"smiles": "O=C1c2ccccc2C(C2c3ccccc3C(=O)c3ccccc32)c2ccccc12"},  # 10,10'-bianthrone
    "tert-Butyl N-phenyl-N-(naphthalen-2-ylethynyl)- carbamate": {
        "smiles": "CC(C)(C)OC(=O)N(C#Cc1ccc2ccccc2c1)c1ccccc1"
    },
    "4-bromo-5- (naphthalen-2-yl)-3-phenyl-3H-oxazol-2-one": {"smiles": "O=C1OC(c2ccc3ccccc3c2)=C(Br)N1c1ccccc1"},
    "L-proline": {"smiles": "OC(=O)[C@@H]1CCCN1"},
    "diphenylprolinol": {"smiles": "OC(c1ccccc1)(c1ccccc1)C1CCCN1"},
    "Methyl N-Boc-iodoalanine": {"smiles": "COC(=O)C(CI)NC(=O)OC(C)(C)C"},
    "serine": {"smiles": "NC(CO)C(=O)O"},
    "p-Methoxybenzenethiol": {"smiles": "COc1ccc(S)cc1"},
    "o-amino- benzenethiol": {"smiles": "Nc1ccccc1S"},
    "1-methylnaphthalene": {"smiles": "Cc1cccc2ccccc12"},
    "alanine benzyl ester p-toluene sulfonate": {"smiles": "CC(N)C(=O)OCc1ccccc1.Cc1ccc(cc1)S(=O)(=O)O"},
    # definite compounds whose structure the text does not fix
    "linderol A": UNKNOWN,
    "nakinadine F": UNKNOWN,
    "1-deoxyaltronojirimycin": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1582": ["Zeise ’s dimer"],  # "the cyclopropane": a ring of the compound
    "raw.txt:1046": [],
    "raw.txt:1064": ["triethylsilane", "TES", "BF3", "triﬂuoroacetic acid", "TFA"],
    "raw.txt:1866": [],
    "raw.txt:1794": ["[Cp*RhCl2]2", "CsOAc", "MeCN"],
    "raw.txt:267": ["Zn", "TiCl4"],
    "raw.txt:176": ["Ag2CO3", "AgOAc", "Cu(OAc)2"],
    "raw.txt:911": [],  # "the NiII complex Ni-3": a code
    "raw.txt:1730": [],  # "iodine ... replaced by hydrogen": substituents
    "raw.txt:1149": ["2- (3-methylphenyl)pyrimidine"],
    "raw.txt:935": ["HCl", "MeOH", "NaB(OAc)3H", "HCl"],
    "raw.txt:113": ["N-methylbenzimidazole"],
    "raw.txt:1505": ["1,6-diazo-2,5-hexanedione", "adipoyl dichloride"],
    "raw.txt:1647": ["4-hydroxybenzaldehyde", "PIDA", "3- iodo-4-phenoxybenzaldehyde"],
    "raw.txt:433": ["phenylboronic acid"],
    "raw.txt:1463": [
        "molecular nitrogen",
        "copper acrylate",
        "phenylpropiolic acid",
        "phenylacetylene",
        "tert-butanol",
    ],
    "raw.txt:857": [],  # "naphthalene 5a": a bare parent
    "raw.txt:814": ["Pd / C", "hydrogen"],  # "dihydrochalcone 9": a bare parent
    "raw.txt:663": ["toluene"],
    "raw.txt:1759": [],
    "raw.txt:818": ["linderol A"],
    "raw.txt:1542": [],
    "raw.txt:1800": [],
    "raw.txt:766": ["anthracene", "anthraquinone", "bianthronyl"],
    "raw.txt:1176": ["t-butylhydroperoxide", "TBHP"],
    "raw.txt:1889": ["Pd(OAc)2", "P(n- Bu)3", "air", "oxygen"],
    "raw.txt:1443": ["formaldehyde"],
    "raw.txt:997": [],
    "raw.txt:557": ["(2,2,6,6-tetramethylpiperidin-1-yl)oxyl", "TEMPO", "TEMPO"],
    "raw.txt:1520": ["I2"],
    "raw.txt:224": [
        "tert-Butyl N-phenyl-N-(naphthalen-2-ylethynyl)- carbamate",
        "4-bromo-5- (naphthalen-2-yl)-3-phenyl-3H-oxazol-2-one",
    ],
    "raw.txt:1316": [],
    "raw.txt:1214": [],
    "raw.txt:363": ["NaOMe", "MeOH"],  # "GalNAc": the sugar of the tetrasaccharide
    "raw.txt:1085": ["L-proline", "1-deoxyaltronojirimycin"],
    "raw.txt:1311": [],
    "raw.txt:614": [],
    "raw.txt:34": [],
    "raw.txt:947": ["sodium hydroxide", "NaOH", "ethanol", "EtOH", "diphenylprolinol"],
    "raw.txt:934": ["nakinadine F"],  # "Serdolit CG - 400 I": a resin
    "raw.txt:1790": [],
    "raw.txt:1335": [],
    "raw.txt:1703": [],  # "a 4-amino-1- hydroxy-1H-xanthen-9(2H)-one" with groups E1, E2: a family
    "raw.txt:1524": [],
    "raw.txt:1255": [],
    "raw.txt:69": [],
    "raw.txt:378": ["AgSbF6", "tert-amyl alcohol"],
    "raw.txt:1182": ["2,2,6,6- tetramethyl-1-piperidinyloxy", "TEMPO", "TEMPO"],
    "raw.txt:268": [],  # "benzophenone 2a": one of the "benzophenones 2a − d"
    "raw.txt:624": [
        "Methyl N-Boc-iodoalanine",
        "serine",
        "zinc",
        "allyl chloride",
        "vinyl bromide",
        "Pd2(dba)3",
        "CuBr·DMS",
    ],
    "raw.txt:296": ["phenylacetylene"],  # "1-Br", "2-Br2": codes
    "raw.txt:1848": [],
    "raw.txt:329": ["bisulﬁte"],
    "raw.txt:1133": ["triﬂuoroacetic acid", "TFA", "TFA"],
    "raw.txt:232": ["allylamine"],
    "raw.txt:306": ["p-Methoxybenzenethiol", "o-amino- benzenethiol"],
    "raw.txt:1911": ["1-methylnaphthalene"],
    "raw.txt:981": ["alanine benzyl ester p-toluene sulfonate", "HOAt", "EDC", "DIPEA", "CH2Cl2"],
    "raw.txt:730": [],  # "Naphthoquinone 1b": a bare parent
    "raw.txt:1674": ["MeOH"],
}
