"""Gold chemical-name spans and structures of the journal_j set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_j_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_i (``journal_{c,...,i}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_i (``names_journal_labels.py``, ``names_journal_{c,...,i}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "copper(I) bromide" CuBr, "Et3N" triethylamine, "NaH" sodium hydride,
"diacetoxyliodobenzene" and "PhI(OAc)2" PIDA, "Fmoc- OSu" Fmoc-OSu), and these choices for what none of them
met:

* a trivial name used as a modifier is a mention (journal_e's rule): "ethanol - free chloroform" marks
  "ethanol" and "chloroform"; "naphthalene - based chromene" (a ring of the product) and "the need for the
  indole" (the indole part of the products) are not marked, as journal_h's "the central THF motif";
* "Raney Ni" (a porous catalyst of no single structure) is ``NONE``, as journal_c's "Pd / C"; "hydrazine
  monohydrate" is hydrazine with its water; "TPAP" (tetrapropylammonium perruthenate) and "NMO"
  (N-methylmorpholine N-oxide) are reagent abbreviations with the structure common usage fixes, "PdCl2(CH3CN)2"
  a named complex with a formula, "MeLi" an organometallic (as journal_e's "MeMgBr"), "NaHSO3", "NaHCO3" and
  "sodium borohydride" salts with ionic SMILES; "P(bp)Cy2" (which biphenylyl the abbreviation means the text
  does not say) is ``UNKNOWN``, as journal_i's "(R,R)-BnBox";
* natural products and their derivatives by a trivial name: "geraniol ( 3f )" gets its structure (the (E)
  isomer the name means), "Farnesyl-Bpin 2c" and "farnesyl-BQ 3c" theirs (the (E,E)-farnesyl the name means, on
  pinacol boronate and on 1,4-benzoquinone, as journal_e's "BQ"); "murrayamine K ( 8 )" and "Trichoaurantiolide
  D ( 4 )" are ``UNKNOWN``, as journal_a's "murrayamine E"; "tri-O-benzoyl-1-chlororibose" (an anomeric mixture
  of a sugar whose series and ring the text does not give) is ``UNKNOWN``;
* a name before a compound number follows journal_a's rule: "2-phenylnaphtho[2,3-b]phosphole P- oxide 6a" (the
  P-H oxide the name writes), "N-phenyltetrazole disulﬁde ( PtSSPt )" (both names: bis(1-phenyltetrazol-5-yl)
  disulfide), "2-bromo-6-formylpyridine ( 8b )", "2-thiophenyl aldehyde ( 8c )" (thiophene-2-carbaldehyde),
  "(1,2,3,4-tetrahydroquinolin-8-yl)methanamine 3a", "4-(N,N-dimethylamino)benzaldehyde ( 1g )", "1,2-
  dimethylindole ( 2b )", "1-(triﬂuoroacetyl)-2,4,6-trimethoxybenzene ( 9 , Scheme 2 )" and "N-phenyl-N-
  tosylhydroxylamine ( 7 )" are marked; "aminopyrazole 18", "iodopyrazole 19", "cyclopentanone 27", "the
  tetraﬂuoroborate 3k", "triazole 2", "dihydropyr- azine 5", "malonate ester 2a", "the sulfonamide 3aa" and "the
  N-silyl diamine 4a" are not; "diversely substituted 1-bromo-2-(2,2-dibromovinyl)- benzenes 1" and "9H-
  pyrimido[4,5- b]indoles 5" are families (plural, substituted), "the propargylic acetate" a class;
* groups, classes, codes and enzymes are not marked: "guanidino-3-hydroxypentadecanoyl ( GHPD ) side chain",
  "the 4- (N,N-dimethylamino)phenyl scaﬀold", "3,4,5-trimethoxyphenyl ring", "the carbonate protecting group",
  "the mesylate", "TMS-protected", "Heteroarylboronic acids", "Sulfonyl radicals", "free - base porphyrins" and
  "the 7,8,17,18-tetra- bromo-substituted porphyrin" (its other groups unnamed), "CPA" (a chiral phosphoric acid,
  a class), the codes "BDP-TMS", "BDP-H" and "BMS - 191011", the enzyme "Amano PS"; the stray "·OEt2" of a
  garbled line is not marked and the lone "BF3" after it is BF3, as in journal_a; a metal for a catalyst or
  complex ("a Cu promoted", "copper - mediated", "anionic rhodium of C", "the π-allyl coordinated palladium")
  follows journal_a.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_h_labels as journal_h
import names_journal_i_labels as journal_i
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 44
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_i_sentences.tsv, in file order (1,480 lines); the sentences are stored in the sample's order."""

SHARED = (
    "Pd(OAc)2",
    "water",
    "ammonia",
    "air",
    "BF3",
    "MeOH",
    "THF",
    "methanol",
    "NBS",
    "TBHP",
    "K2CO3",
    "HCl",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("acetonitrile", "toluene", "NaI", "TBAB", "Pd / C", "MnO2", "ethanol", "acetone")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("Ac2O", "Cs2CO3")
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("silica gel", "CH2Cl2", "NaOH")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("acetic anhydride",)
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_G = ("formaldehyde", "MeCN")
"""Texts labelled in journal_g, whose labels this set takes."""

SHARED_H = ("paraformaldehyde",)
"""Texts labelled in journal_h, whose labels this set takes."""

SHARED_I = ("chloroform",)
"""Texts labelled in journal_i, whose labels this set takes (``LABELS`` takes the labels of journal_a to i for
the other writings of their compounds too: "copper(I) bromide", "Et3N", "NaH", "PhI(OAc)2", ...)."""

THIOPHENE_2_CARBALDEHYDE = {"smiles": "O=Cc1cccs1"}
PHENYLTETRAZOLE_DISULFIDE = {"smiles": "c1ccc(cc1)-n1nnnc1SSc1nnnn1-c1ccccc1"}
FARNESYL = "CC(C)=CCC/C(C)=C/CC/C(C)=C/C"

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_g.LABELS[span] for span in SHARED_G},
    **{span: journal_h.LABELS[span] for span in SHARED_H},
    **{span: journal_i.LABELS[span] for span in SHARED_I},
    "copper(I) bromide": journal_e.LABELS["CuBr"],
    "Et3N": journal_c.LABELS["triethylamine"],
    "NaH": journal_e.LABELS["sodium hydride"],
    "diacetoxyliodobenzene": journal_e.LABELS["PIDA"],
    "PhI(OAc)2": journal_e.LABELS["PIDA"],
    "Fmoc- OSu": journal_e.LABELS["Fmoc-OSu"],
    # solvents, acids, bases and reagents
    "mesitylene": {"smiles": "Cc1cc(C)cc(C)c1"},
    "diisopropylamine": {"smiles": "CC(C)NC(C)C"},
    "hydrazine monohydrate": {"smiles": "NN.O"},
    "DMAP": {"smiles": "CN(C)c1ccncc1"},
    "TPAP": {"smiles": "CCC[N+](CCC)(CCC)CCC.[O-][Ru](=O)(=O)=O"},
    "NMO": {"smiles": "C[N+]1([O-])CCOCC1"},
    "1-naphthoaldehyde": {"smiles": "O=Cc1cccc2ccccc12"},
    "thio- phene-2-carboxaldehyde": THIOPHENE_2_CARBALDEHYDE,
    "2-thiophenyl aldehyde": THIOPHENE_2_CARBALDEHYDE,
    "2-benzyloxyacetaldehyde": {"smiles": "O=CCOCc1ccccc1"},
    # salts, complexes and organometallics
    "PdCl2(CH3CN)2": {"formula": "C4H6Cl2N2Pd"},
    "MeLi": {"smiles": "C[Li]"},
    "NaHSO3": {"smiles": "[Na+].OS([O-])=O"},
    "NaHCO3": {"smiles": "[Na+].OC([O-])=O"},
    "sodium borohydride": {"smiles": "[Na+].[BH4-]"},
    "Raney Ni": NONE,
    # organic compounds named in the sentences
    "2-phenylnaphtho[2,3-b]phosphole P- oxide": {"name": "2-phenyl-1H-naphtho[2,3-b]phosphole 1-oxide"},
    "6- phenylbenzofuro[3,2-c]quinoline": {"name": "6-phenylbenzofuro[3,2-c]quinoline"},
    "geraniol": {"smiles": "CC(C)=CCC/C(C)=C/CO"},
    "N-phenyltetrazole disulﬁde": PHENYLTETRAZOLE_DISULFIDE,
    "PtSSPt": PHENYLTETRAZOLE_DISULFIDE,
    "2-bromo-6-formylpyridine": {"smiles": "O=Cc1cccc(Br)n1"},
    "(1,2,3,4-tetrahydroquinolin-8-yl)methanamine": {"name": "(1,2,3,4-tetrahydroquinolin-8-yl)methanamine"},
    "4-(N,N-dimethylamino)benzaldehyde": {"smiles": "CN(C)c1ccc(C=O)cc1"},
    "1,2- dimethylindole": {"smiles": "Cn1c(C)cc2ccccc21"},
    "1-(triﬂuoroacetyl)-2,4,6-trimethoxybenzene": {"smiles": "COc1cc(OC)c(C(=O)C(F)(F)F)c(OC)c1"},
    "N-phenyl-N-tosylhydroxylamine": {"smiles": "Cc1ccc(cc1)S(=O)(=O)N(O)c1ccccc1"},
    "Farnesyl-Bpin": {"smiles": f"{FARNESYL}B1OC(C)(C)C(C)(C)O1"},
    "farnesyl-BQ": {"smiles": f"{FARNESYL}C1=CC(=O)C=CC1=O"},
    # definite compounds whose structure the text does not fix
    "P(bp)Cy2": UNKNOWN,
    "murrayamine K": UNKNOWN,
    "Trichoaurantiolide D": UNKNOWN,
    "tri-O-benzoyl-1-chlororibose": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1142": [],  # "the propargylic acetate": a class; "triazole 2": a family
    "raw.txt:1436": [
        "Pd(OAc)2",
        "P(bp)Cy2",
        "acetonitrile",
        "toluene",
        "water",
        "2-phenylnaphtho[2,3-b]phosphole P- oxide",
    ],
    "raw.txt:1499": [],  # "aminopyrazole 18", "iodopyrazole 19": families; "copper - mediated"
    "raw.txt:1947": ["6- phenylbenzofuro[3,2-c]quinoline"],  # "a Cu promoted": a catalyst not named
    "raw.txt:343": [],  # "the pivalate ester", "stannylmethyl ether": classes
    "raw.txt:506": ["geraniol"],  # "allylic alcohol": a class
    "raw.txt:1061": [],  # "the tetraﬂuoroborate 3k": a class word
    "raw.txt:637": ["ammonia"],  # "substituted 1-bromo-2-(2,2-dibromovinyl)- benzenes 1": a family
    "raw.txt:810": ["N-phenyltetrazole disulﬁde", "PtSSPt"],  # "boryl sulﬁde 12": a class
    "raw.txt:90": ["hydrazine monohydrate", "air"],  # "pyrazole 11a": a family
    "raw.txt:636": ["1-naphthoaldehyde", "thio- phene-2-carboxaldehyde"],
    "raw.txt:1574": [],  # "3-pyrrolyl-oxindoles 1": a family
    "raw.txt:31": ["2-bromo-6-formylpyridine", "2-thiophenyl aldehyde"],  # "a pyridyl aldehyde": a class
    "raw.txt:295": ["K2CO3", "MeOH", "THF"],  # "BDP-TMS", "BDP-H": codes
    "raw.txt:455": ["NaI", "TBAB", "TBHP"],
    "raw.txt:1418": ["paraformaldehyde", "diisopropylamine", "copper(I) bromide"],
    "raw.txt:1915": [],  # "Heteroarylboronic acids": a class
    "raw.txt:850": ["BF3"],  # "GHPD side chain": a group; the stray "·OEt2" not marked
    "raw.txt:1927": ["(1,2,3,4-tetrahydroquinolin-8-yl)methanamine"],
    "raw.txt:1757": [],  # "BMS - 191011": a code
    "raw.txt:1059": ["4-(N,N-dimethylamino)benzaldehyde", "1,2- dimethylindole"],  # "the indole": a part
    "raw.txt:1639": ["Pd / C"],  # "enone 30", "cyclopentanone 27": not marked
    "raw.txt:1132": ["1-(triﬂuoroacetyl)-2,4,6-trimethoxybenzene"],
    "raw.txt:1921": [],  # "3,4-dimethyl group", "3,4,5-trimethoxyphenyl ring": groups
    "raw.txt:1855": [],
    "raw.txt:912": ["NBS", "ethanol", "chloroform"],  # "porphyrins" and the tetrabromo porphyrin: classes
    "raw.txt:1006": [],  # "trichloroethyl glycoside 12", "thiotolyl glycoside 14": classes
    "raw.txt:219": [],  # "oxiranes 3": a class
    "raw.txt:950": ["formaldehyde"],  # "the derived aminol": a class
    "raw.txt:794": ["MnO2", "Et3N", "silica gel"],
    "raw.txt:1713": ["MeLi", "THF"],
    "raw.txt:460": [],  # "Sulfonyl radicals": a class
    "raw.txt:328": ["N-phenyl-N-tosylhydroxylamine", "NaHSO3"],  # "the sulfonamide 3aa": a class word
    "raw.txt:1410": ["sodium borohydride", "ethanol"],
    "raw.txt:210": ["TPAP", "NMO"],
    "raw.txt:1630": ["acetic anhydride", "murrayamine K"],
    "raw.txt:281": ["Pd / C", "Fmoc- OSu"],
    "raw.txt:757": ["diacetoxyliodobenzene", "methanol", "BF3"],  # "hydroxyl group", "diol moiety": groups
    "raw.txt:882": ["Trichoaurantiolide D", "Ac2O", "DMAP", "CH2Cl2"],
    "raw.txt:317": ["THF"],
    "raw.txt:1737": ["2-benzyloxyacetaldehyde"],  # "1,2-amino alcohol 19d": a class
    "raw.txt:106": [],  # "anionic rhodium of C": a complex; "dihydropyr- azine 5": a family
    "raw.txt:966": [],  # "tert-butyl" a group; "the π-allyl coordinated palladium": a complex
    "raw.txt:1080": [],  # "the mesylate": a group
    "raw.txt:284": ["PdCl2(CH3CN)2", "PhI(OAc)2", "Cs2CO3", "mesitylene"],
    "raw.txt:1331": [],  # "A naphthalene - based chromene": a ring of the product
    "raw.txt:1329": [],  # "1-cyclohexenyl": a group
    "raw.txt:540": [],  # "dihydronaphthalenes 29b", "styrene − yne 30": classes
    "raw.txt:535": [],  # "CPA": a class; groups
    "raw.txt:383": [],
    "raw.txt:729": ["Farnesyl-Bpin", "farnesyl-BQ"],
    "raw.txt:701": ["NaHCO3", "HCl"],  # "the N-silyl diamine 4a": a class
    "raw.txt:148": [],  # "the carbonate protecting group", "dihydroxy acid 23", "bicyclic lactone 24"
    "raw.txt:129": ["Raney Ni", "acetone"],
    "raw.txt:1867": ["NaH", "MeCN", "tri-O-benzoyl-1-chlororibose"],  # "methoxyimidate 17": a class
    "raw.txt:1887": ["Pd(OAc)2"],
    "raw.txt:1219": ["NaOH"],
    "raw.txt:1968": [],
    "raw.txt:112": [],
    "raw.txt:1979": [],  # "Amano PS": an enzyme
}
