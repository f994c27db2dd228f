"""Gold chemical-name spans and structures of the journal_n set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_n_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_m (``journal_{c,...,m}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_m (``names_journal_labels.py``, ``names_journal_{c,...,m}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "P(o-tol)3" journal_f's P(o-tolyl)3, "P(n-Bu)3" Bu3P, "tert-butyldimethylcholorosilane"
(misspelt) TBSCl's structure), and these choices for what none of them met:

* species named in a mechanism are marked, as journal_i's and journal_m's: "CF3 radical", "Cl−", "SO2" and
  "Fe3+"; the photocatalyst "[Ru(bpy)3]2+" and its excited state "[Ru(bpy)3]2+*" (charges a formula does not
  write) are ``UNKNOWN``, as journal_m's "[fac-Ir(IV)(ppy)3]+"; "ClPhS− ( 12 )" (a chlorobenzenethiolate whose
  locant the text does not give, a definite compound by its number) is ``UNKNOWN``; the "X = SO2" and "X = CO"
  of a drawn structure are values, not mentions (journal_a's "X = I , Br");
* reagents with the structure common usage fixes: "KI", "Na2SO4", "InBr3" and "InCl3" (formulas),
  "NiCl2 6H2O" (the hexahydrate with its dot lost, as journal_a's "BF3 OEt2"), "NaSPh", "CH3NO2", "phenyl
  lithium", "trimethylsilyl diazomethane", "ethyl diazoacetate", "t-butyl isonitrile" and "hexamethylditin"
  their SMILES; "petroleum ether" (a mixture) is ``NONE``; "(2-furyl)phosphine ( P(2- furyl)3 )" is
  tri(2-furyl)phosphine both times, as the sentence's own formula says; "bis- (dibenzylidenacetone)-palladium(0)-
  triphenylphosphine" (a catalyst system of two compounds written as one phrase) is ``NONE``, as journal_a's
  "palladium on carbon"; "[IPrAuSbF6]" (a named complex) gets a formula; "(S)-(−)-tert-butanesulﬁnamide"
  (Ellman's auxiliary, its configuration given) its SMILES;
* a trivial name gets its structure where common usage fixes it, as journal_d's "quinine": "dop- amine",
  "morphine", "norcoclaurine" (no configuration given) and "D-ribose" (the open chain OPSIN writes);
* a name before a compound number follows journal_a's rule: "acetonitrile ( 2t )", "pentanenitrile ( 2u )",
  "Cyclopentene ( 11e )", "1- phenyl-2-(phenylthio)ethan-1-ol ( 3a )", "(4-bromophenyl)boronic acid ( 5 )",
  "2-(4-bromophenyl)pyridine (6)", the three O-benzoylhydroxylamines "( 1e )" to "( 1g )", "1- nitronaphthalene
  ( 2r )", "1,4-naphthoqui- none ( 1a )", "bis(3,4-dimethoxyphenyl)acetylene ( 2o )",
  "1-hydroxy-1H-xanthen-9(2H)-one ( 6 )", "2-iodophenylethanone ( 4a )" (2′-iodoacetophenone, the aryl iodide
  that the insertion-cyclization to an inden-1-one needs), "3-t-butylamino inden-1-one ( 5a )" and
  "(4-tolyl)sulﬁnic acid ( 3a )" are marked, and so is the substrate 1b named in brackets after it; "allyl
  alcohol 3" (an allylic alcohol that the Heck coupling makes a keto-carbinol: a family), "pyrrole 3k",
  "isatin 2a", "Cyclopentanone 27" (made from D-ribose), "benzo[4,5]imidazo[1,2-f ]phenanthridine 9a",
  "benzonaph- thothiophene 3ko", "dihydro-oxepino[4,5-b]indole-4- carboxamide 8a" (no locants of its hydrogens)
  and "diphenyl phosphate 9" (a glycosyl phosphate whose glycosyl is unnamed) are not; plural names ("16-
  selenatripyrranes", "1-benzyltetrahydroi- soquinolines", "anilines", "arylalanes") are families;
* "methyl or phenyl lithium" marks "phenyl lithium" only (the methyllithium it shares has no span of its
  own); "ﬂuorine" of "substitution of ﬂuorine" (an atom of a molecule) and the "hydrogen" of "borrowing
  hydrogen reaction" are not marked, as journal_a's "hydrogen atom transfer";
* groups, classes and codes are not marked: "the acetyl group", "a naphthalene ring", "AFR1", "the methyl
  glycoside", "the acetonide", "3,4-O-orthoacetate", "the O-4 acetate", "Grignard reagent", "the oxazolidinone",
  "Weinreb amide 15"; a metal for a catalyst ("Rh - catalyzed", "Cu(II)", "Pd complex", "the indium catalyst",
  "Cu(III) intermediate A") follows journal_a.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_h_labels as journal_h
import names_journal_i_labels as journal_i
import names_journal_j_labels as journal_j
import names_journal_k_labels as journal_k
import names_journal_labels as journal
import names_journal_m_labels as journal_m

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 50
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_m_sentences.tsv, in file order (1,240 lines); the sentences are stored in the sample's order."""

SHARED = (
    "BF3",
    "TFA",
    "molecular sieves",
    "CuI",
    "NBS",
    "TEMPO",
    "TBHP",
    "HCl",
    "CO",
    "Pd(OAc)2",
    "ammonia",
    "water",
    "methanol",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("acetonitrile", "EtOAc", "TMSOTf", "dichloromethane", "FeCl3", "CH3CN", "TBAB", "toluene")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("hexamethylditin",)
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("silica gel", "CH2Cl2", "H2SO4")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("nitrosobenzene", "1,4-dioxane")
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_G = ("MeCN", "formaldehyde")
"""Texts labelled in journal_g, whose labels this set takes."""

SHARED_H = ("KOtBu",)
"""Texts labelled in journal_h, whose labels this set takes."""

SHARED_I = ("1,3,5-trimethoxybenzene",)
"""Texts labelled in journal_i, whose labels this set takes."""

SHARED_J = ("NaHSO3", "sodium borohydride")
"""Texts labelled in journal_j, whose labels this set takes."""

SHARED_K = ("NaBH4",)
"""Texts labelled in journal_k, whose labels this set takes."""

SHARED_M = ("phenol",)
"""Texts labelled in journal_m, whose labels this set takes (``LABELS`` takes the labels of journal_a to m for
the other writings of their compounds too: "P(o-tol)3", "P(n-Bu)3", ...)."""

P_FURYL_3 = {"smiles": "c1coc(P(c2ccco2)c2ccco2)c1"}
CF3_RADICAL = {"smiles": "F[C](F)F"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_g.LABELS[span] for span in SHARED_G},
    **{span: journal_h.LABELS[span] for span in SHARED_H},
    **{span: journal_i.LABELS[span] for span in SHARED_I},
    **{span: journal_j.LABELS[span] for span in SHARED_J},
    **{span: journal_k.LABELS[span] for span in SHARED_K},
    **{span: journal_m.LABELS[span] for span in SHARED_M},
    "P(o-tol)3": journal_f.LABELS["P(o-tolyl)3"],
    "P(n-Bu)3": journal.LABELS["Bu3P"],
    "tert-butyldimethylcholorosilane": {"smiles": "CC(C)(C)[Si](C)(C)Cl"},
    # solvents, acids, bases, salts and reagents
    "petroleum ether": NONE,
    "Na2SO4": {"smiles": "[Na+].[Na+].[O-]S([O-])(=O)=O", "formula": "Na2SO4"},
    "KI": {"smiles": "[K+].[I-]", "formula": "KI"},
    "InBr3": {"formula": "Br3In"},
    "InCl3": {"formula": "Cl3In"},
    "NiCl2 6H2O": {"formula": "Cl2H12NiO6"},  # the hexahydrate, its dot lost
    "NaSPh": {"smiles": "[Na+].[S-]c1ccccc1"},
    "CH3NO2": {"smiles": "C[N+](=O)[O-]", "formula": "CH3NO2"},
    "phenyl lithium": {"smiles": "[Li]c1ccccc1"},
    "ethyl diazoacetate": {"smiles": "CCOC(=O)C=[N+]=[N-]"},
    "trimethylsilyl diazomethane": {"smiles": "C[Si](C)(C)C=[N+]=[N-]"},
    "t-butyl isonitrile": {"smiles": "[C-]#[N+]C(C)(C)C"},
    "hydroxylamine": {"smiles": "NO"},
    "CF3SO2Cl": {"smiles": "O=S(=O)(Cl)C(F)(F)F"},
    "(2-furyl)phosphine": P_FURYL_3,  # the sentence's own P(2-furyl)3
    "P(2- furyl)3": P_FURYL_3,
    "(S)-(−)-tert-butanesulﬁnamide": {"name": "(S)-2-methylpropane-2-sulfinamide"},
    # species of a mechanism
    "CF3 radical": CF3_RADICAL,
    "Cl−": {"smiles": "[Cl-]"},
    "SO2": {"smiles": "O=S=O", "formula": "SO2"},
    "Fe3+": {"smiles": "[Fe+3]"},
    "[Ru(bpy)3]2+": UNKNOWN,
    "[Ru(bpy)3]2+*": UNKNOWN,
    "ClPhS−": UNKNOWN,  # no locant of its chlorine
    # named catalysts and complexes
    "bis- (dibenzylidenacetone)-palladium(0)-triphenylphosphine": NONE,  # two compounds
    "[IPrAuSbF6]": {"formula": "C27H36AuF6N2Sb"},
    # organic compounds named in the sentences
    "pentanenitrile": {"smiles": "CCCCC#N"},
    "Cyclopentene": {"smiles": "C1=CCCC1"},
    "1- phenyl-2-(phenylthio)ethan-1-ol": {"smiles": "OC(CSc1ccccc1)c1ccccc1"},
    "(4-bromophenyl)boronic acid": {"smiles": "OB(O)c1ccc(Br)cc1"},
    "2-bromopyridine": {"smiles": "Brc1ccccn1"},
    "2-(4-bromophenyl)pyridine": {"smiles": "Brc1ccc(-c2ccccn2)cc1"},
    "hydroxyiminoacetic acid N,N-dimethylamide": {"smiles": "CN(C)C(=O)C=NO"},
    "O-benzoyl-N,N-isopropylbenzylhy- droxylamine": {"smiles": "CC(C)N(Cc1ccccc1)OC(=O)c1ccccc1"},
    "O-benzoyl-N,N-diisopropylhydroxylamine": {"smiles": "CC(C)N(OC(=O)c1ccccc1)C(C)C"},
    "O-benzoyl-N,N-dicyclohexylhydroxylamine": {"smiles": "O=C(ON(C1CCCCC1)C1CCCCC1)c1ccccc1"},
    "1- nitronaphthalene": {"smiles": "O=[N+]([O-])c1cccc2ccccc12"},
    "1-[(tert-butyldimethylsiloxy)methyl]-4-(triethyl- silyl)-1,4-epoxy-1,4-dihydronaphthalene": {
        "smiles": "CC[Si](CC)(CC)C12C=CC(CO[Si](C)(C)C(C)(C)C)(O1)c1ccccc12"
    },
    "1,4-naphthoqui- none": {"smiles": "O=C1C=CC(=O)c2ccccc21"},
    "bis(3,4-dimethoxyphenyl)acetylene": {"smiles": "COc1ccc(C#Cc2ccc(OC)c(OC)c2)cc1OC"},
    "dop- amine": {"smiles": "NCCc1ccc(O)c(O)c1"},
    "4-hydroxyphenylacetaldehyde": {"smiles": "O=CCc1ccc(O)cc1"},
    "norcoclaurine": {"name": "1-(4-hydroxybenzyl)-1,2,3,4-tetrahydroisoquinoline-6,7-diol"},  # no configuration
    "morphine": {
        "name": "(4R,4aR,7S,7aR,12bS)-3-methyl-2,3,4,4a,7,7a-hexahydro-1H-4,12-methano[1]benzofuro[3,2-e]"
        "isoquinoline-7,9-diol"
    },
    "D-ribose": {"name": "D-ribose"},
    "aniline": {"smiles": "Nc1ccccc1"},
    "1-hydroxy-1H-xanthen-9(2H)-one": {"name": "1-hydroxy-1H-xanthen-9(2H)-one"},
    "2-iodophenylethanone": {"smiles": "CC(=O)c1ccccc1I"},
    "3-t-butylamino inden-1-one": {"smiles": "CC(C)(C)NC1=CC(=O)c2ccccc21"},
    "9,9,10,10- tetraﬂuoro-1,2,4,12-tetraphenyl[2.2]paracyclophan-1-ene": {
        "smiles": "C%10(c9ccccc9)=C(c9ccccc9)c2c(-c9ccccc9)cc(cc2)C(F)(F)C(F)(F)c3c(-c9ccccc9)cc%10cc3"
    },
    "(4-tolyl)sulﬁnic acid": {"smiles": "Cc1ccc(S(=O)O)cc1"},
    "perﬂuorodecalin": {"smiles": "FC1(F)C(F)(F)C(F)(F)C2(F)C(F)(F)C(F)(F)C(F)(F)C(F)(F)C2(F)C1(F)F"},
    "octa(phenylthio)- naphthalene": {"name": "octakis(phenylthio)naphthalene"},
    "N-Cbz-ethanolamine": {"smiles": "OCCNC(=O)OCc1ccccc1"},
    "3-benzylindole": {"smiles": "c1ccc(Cc2c[nH]c3ccccc23)cc1"},
    "indole": {"smiles": "c1ccc2[nH]ccc2c1"},
    "benzyl alcohol": {"smiles": "OCc1ccccc1"},
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1640": [],  # "ketone 27": a class word; "enoates 32": a family
    "raw.txt:886": ["acetonitrile", "pentanenitrile"],
    "raw.txt:1218": [],  # "the aluminum compound 11": a class word
    "raw.txt:808": ["ethyl diazoacetate", "trimethylsilyl diazomethane"],  # "Rh - catalyzed": a metal
    "raw.txt:1560": ["nitrosobenzene"],  # "diene 8", "pyrrole 3k": a class word, a parent
    "raw.txt:1101": ["Cyclopentene", "BF3"],  # the stray "·OEt2" is not marked
    "raw.txt:313": ["Na2SO4", "silica gel", "petroleum ether", "EtOAc", "1- phenyl-2-(phenylthio)ethan-1-ol"],
    "raw.txt:1779": [
        "[Ru(bpy)3]2+",
        "[Ru(bpy)3]2+*",
        "CF3SO2Cl",
        "CF3 radical",
        "Cl−",
        "SO2",
        "CF3 radical",
    ],  # "X = SO2", "X = CO": values of a drawn structure
    "raw.txt:1057": ["NaBH4", "MeCN"],  # "diarylmethane 4a": a class
    "raw.txt:751": [],  # "isothiocyanate 10", "cis-ﬂuoro derivative 11": class words
    "raw.txt:1840": [],  # "benzo[4,5]imidazo[1,2-f ]phenanthridine 9a": a parent
    "raw.txt:529": ["Pd(OAc)2", "P(o-tol)3"],  # "allyl alcohol 3": a family
    "raw.txt:1168": ["(S)-(−)-tert-butanesulﬁnamide"],  # "tert-butanesulﬁnyl aldimine 24": a class
    "raw.txt:362": ["TMSOTf", "molecular sieves", "CH2Cl2"],  # "diphenyl phosphate 9": a glycosyl phosphate
    "raw.txt:1066": ["phenyl lithium"],  # "Weinreb amide 15": a class
    "raw.txt:743": ["(4-bromophenyl)boronic acid", "2-bromopyridine", "2-(4-bromophenyl)pyridine"],
    "raw.txt:639": [],  # "V", "imine VI": codes
    "raw.txt:253": ["TFA", "formaldehyde"],
    "raw.txt:1098": ["hydroxylamine", "hydroxyiminoacetic acid N,N-dimethylamide", "tert-butyldimethylcholorosilane"],
    "raw.txt:1995": [
        "O-benzoyl-N,N-isopropylbenzylhy- droxylamine",
        "O-benzoyl-N,N-diisopropylhydroxylamine",
        "O-benzoyl-N,N-dicyclohexylhydroxylamine",
    ],  # "arylalanes": a family
    "raw.txt:1414": ["(2-furyl)phosphine", "P(2- furyl)3"],
    "raw.txt:323": ["1- nitronaphthalene", "NaHSO3"],
    "raw.txt:241": ["H2SO4"],  # "AFR1": a code; "the acetyl group": a group
    "raw.txt:1117": ["hexamethylditin", "bis- (dibenzylidenacetone)-palladium(0)-triphenylphosphine"],
    "raw.txt:1422": ["[IPrAuSbF6]"],  # "dihydro-oxepino[4,5-b]indole-4- carboxamide 8a": no hydrogen locants
    "raw.txt:17": ["dichloromethane"],  # "unsymmetrical diols", "16- selenatripyrranes", "porphomethenes"
    "raw.txt:762": ["CuI"],  # "β-oxodithioest- ers": a class; "Cu(III) intermediate A": a metal
    "raw.txt:1127": [
        "1-[(tert-butyldimethylsiloxy)methyl]-4-(triethyl- silyl)-1,4-epoxy-1,4-dihydronaphthalene",
        "FeCl3",
        "1,3,5-trimethoxybenzene",
    ],  # "2-benzyl-4-silyl-1- naphthol derivative": a class
    "raw.txt:1435": ["NBS"],  # "bromide 4": a class word
    "raw.txt:390": ["CH3CN"],
    "raw.txt:674": ["ClPhS−", "1,4-naphthoqui- none"],  # "thioether 3d": a class word
    "raw.txt:1462": ["TEMPO"],
    "raw.txt:900": ["KOtBu"],  # "Lewis acid catalyst Cu(II)": a metal
    "raw.txt:1936": [],  # "aldehydes 1e − g": a class
    "raw.txt:1519": [],  # "isatin 2a": a parent; "iodoisatin 3a": journal_m's, no locant
    "raw.txt:452": ["KI", "TBAB", "TBHP"],
    "raw.txt:895": [],  # "a naphthalene ring": a group
    "raw.txt:699": ["HCl"],  # "vicinal diamine 3a": a class
    "raw.txt:1758": ["CO"],  # "Pd complex", "palladacycle B": classes
    "raw.txt:1928": ["NaBH4", "NiCl2 6H2O"],
    "raw.txt:439": ["bis(3,4-dimethoxyphenyl)acetylene", "FeCl3", "CH2Cl2", "CH3NO2"],  # "benzonaph- thothiophene"
    "raw.txt:1366": ["dop- amine", "4-hydroxyphenylacetaldehyde", "norcoclaurine", "morphine"],
    "raw.txt:422": ["CO"],
    "raw.txt:1798": [],
    "raw.txt:1637": ["D-ribose"],  # "Cyclopentanone 27": made from it; "the acetonide", "the methyl glycoside"
    "raw.txt:1408": ["aniline"],  # "anilines", "arylglyoxals", "indoles", "biindoles": families
    "raw.txt:1704": ["water", "1-hydroxy-1H-xanthen-9(2H)-one"],
    "raw.txt:1749": ["H2SO4"],
    "raw.txt:449": ["Fe3+"],  # "radical C": a code
    "raw.txt:1645": ["phenol"],  # "o-iododiaryl ether": a class
    "raw.txt:1892": [
        "2-iodophenylethanone",
        "t-butyl isonitrile",
        "1,4-dioxane",
        "Pd(OAc)2",
        "P(n-Bu)3",
        "3-t-butylamino inden-1-one",
    ],
    "raw.txt:1699": ["9,9,10,10- tetraﬂuoro-1,2,4,12-tetraphenyl[2.2]paracyclophan-1-ene"],  # "a Grignard reagent"
    "raw.txt:1007": [],  # "Glycoside 12", "triol 13", "alcohol 15": class words; "3,4-O-orthoacetate": a group
    "raw.txt:339": ["(4-tolyl)sulﬁnic acid", "CH2Cl2"],
    "raw.txt:1239": ["ammonia"],
    "raw.txt:1701": ["perﬂuorodecalin", "octa(phenylthio)- naphthalene", "NaSPh"],  # "ﬂuorine": an atom
    "raw.txt:523": ["N-Cbz-ethanolamine", "3-benzylindole", "indole", "benzyl alcohol"],  # "the oxazolidinone"
    "raw.txt:24": ["InBr3", "toluene"],  # "Knoevenagel product 3aa": a class
    "raw.txt:1201": ["sodium borohydride", "methanol", "sodium borohydride"],  # "The lactol", "the meso-diol 42"
    "raw.txt:35": ["InCl3"],  # "the indium catalyst": a metal; "diacetate 4a": a class word
}
