"""Gold chemical-name spans and structures of the journal_d set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_d_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among neither the 100 of journal_a and journal_b (``journal_sentences.tsv``) nor the 60 of
journal_c (``journal_c_sentences.tsv``), taken in file order. Every chemical mention of every sentence was marked
for this evaluation, by hand, from the text alone, with the finder never run on them, by the conventions of
journal_a, journal_b (``names_journal_labels.py``) and journal_c (``names_journal_c_labels.py``; a text that
they and this module both mark has the one label, taken from there), and these choices for what those sets did
not meet:

* named catalysts are named complexes and get a formula: "Wilkinson ’s catalyst" (RhCl(PPh3)3) and "Hoveyda −
  Grubbs second - generation ruthenium catalyst" (the whole phrase, one compound); a metal or complex family
  word that stands for an unnamed one is a class, as in journal_a ("Ir - catalyzed", "titanocene reagent", "NHC
  catalyst", "the Pd(IV) stage");
* drugs and common reagents with a trivial name get their structure: "quinine" (its natural (8S,9R) isomer),
  "paroxetine" ((3S,4R), the drug), "baclofen" (no configuration given: racemic), "rac - BINAP" (one span, no
  axial configuration), HATU (as its salt, the aminium N-oxide form), PIFA, DTBP (di-tert-butyl peroxide),
  DMAc, p-TSA, TsN3, KHF2 (its ionic SMILES), CsOAc, Cs2CO3, KOH; natural products named by a trivial name
  remain ``UNKNOWN`` as in journal_a ("(+)-hostmanin A", "the alkaloid ht-13-B");
* a name that names one compound but leaves out what fixes its structure counts for recall only
  (``UNKNOWN``): "N-(pyridyl)- pyrrole 4a" and "2-cyano-N- (pyridyl)pyrrole 5a" (the pyridyl's locant not
  given: one compound each, not a family), "8-azidooctyl 4-amino-4,6-dideoxy-galacto- pyranoside" (neither D/L
  nor the anomer given);
* a sugar named as the part a glycosyl donor carries ("GalNAc donor 11") is a moiety, as journal_c's
  "2-deoxyribose oxidation products"; "the hydrochloride salts of baclofen and paroxetine" marks the drug names;
* species: "hydrogen chloride" (as "HCl"), "carbon monoxide" (as "CO"), "hypochlorite" (the anion) and
  "chloride radical" (the chlorine atom: one species, as journal_a's "hydroperoxy radical"); the "hydrogen
  atom" a complex abstracts is the atom of journal_a's "hydrogen atom transfer", not marked;
* a name before a compound number follows journal_a's rule: "α-bromostyrene 1q", "β-bromostyrene 1r" (no E/Z
  given), "8-methylquinoline 1a" and "4 , 4′,4″-(ethane-1,1,1-triyl)- triphenol 4" are marked; "imidazole 6a",
  "tetrahydro-β-carboline 2e", "the 1,4-benzodioxane system 1g" (bare parents), "the corresponding
  ﬂuoroimidodiphosphate ( 3l )", "the corresponding 3,3-dichlorolactam 10a", "2,5-dihydro-1-benzoox- epin
  dimers", "6-amidophenanthridines ( 3a )" (families) are not; a name followed by its number in brackets is
  that compound ("malonic acid ( 2e )", "Methylindole-6-carboxylate ( 10 )", "2-Bpin-7-bromopyrene ( 4 )",
  "[ ( 4′-Amino-5-hexadecylbiphenyl-3- yl)ethynyl]triisopropylsilane ( 17 )", its span the extracted text);
* substituents and groups are not marked ("Cl , Br , and NO2 groups", "a bromine" put in place of a hydroxyl
  group, "5′-O-DMT group", "the triﬂuoroacetyl protecting group"), nor the nuclei "1H" and "13C" of an NMR
  list, nor "ODEs", an abbreviation of a class the sentence does not expand.
"""

import names_journal_c_labels as journal_c
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 35
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among neither journal_sentences.tsv's 100 nor journal_c_sentences.tsv's 60, in file order; the
sentences are stored in the sample's order."""

SHARED = ("methanol", "K2CO3", "Pd(OAc)2", "THF", "Pd(PPh3)4", "water", "TBAF", "pyridine", "DMF", "air")
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("triethylamine", "toluene")
"""Texts labelled in journal_c, whose labels this set takes (``LABELS`` takes the labels of journal_a, b and c
for the other writings of their compounds too: "Ph3P", "n-BuLi", "AcOH", ...)."""

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    "MeOH": journal.LABELS["MeOH"],
    "TBHP": journal.LABELS["TBHP"],
    "nBuLi": journal.LABELS["nBuLi"],
    "n-BuLi": journal.LABELS["nBuLi"],
    "Ph3P": journal.LABELS["PPh3"],
    "hydrogen chloride": journal.LABELS["HCl"],
    "carbon monoxide": journal.LABELS["CO"],
    "AcOH": journal_c.LABELS["acetic acid"],
    # solvents and reagents
    "DMAc": {"smiles": "CC(=O)N(C)C"},
    "1-ethylpiperidine": {"smiles": "CCN1CCCCC1"},
    "hexamethylditin": {"smiles": "C[Sn](C)(C)[Sn](C)(C)C"},
    "PBr3": {"smiles": "BrP(Br)Br", "formula": "PBr3"},
    "18-crown-6": {"smiles": "C1COCCOCCOCCOCCOCCO1"},
    "BnBr": {"smiles": "BrCc1ccccc1"},
    "HATU": {"smiles": "CN(C)C(=[N+](C)C)N1N=[N+]([O-])C2=NC=CC=C21.F[P-](F)(F)(F)(F)F"},
    "quinine": {"name": "(R)-[(2S,4S,5R)-5-ethenyl-1-azabicyclo[2.2.2]octan-2-yl](6-methoxyquinolin-4-yl)methanol"},
    "CsOAc": {"smiles": "CC(=O)[O-].[Cs+]"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "Cs2CO3": {"smiles": "[Cs+].[Cs+].[O-]C([O-])=O", "formula": "Cs2CO3"},
    "KHF2": {"smiles": "F.[F-].[K+]", "formula": "KHF2"},
    "hypochlorite": {"smiles": "[O-]Cl"},
    "chloride radical": {"smiles": "[Cl]"},  # the chlorine atom
    "rac - BINAP": {"smiles": "c1ccc(P(c2ccccc2)c2ccc3ccccc3c2-c2c(P(c3ccccc3)c3ccccc3)ccc3ccccc23)cc1"},
    "lauryl bromide": {"smiles": "CCCCCCCCCCCCBr"},
    "PIFA": {"smiles": "O=C(OI(OC(=O)C(F)(F)F)c1ccccc1)C(F)(F)F"},
    "p-toluenesulfonyl chloride": {"smiles": "Cc1ccc(S(=O)(=O)Cl)cc1"},
    "Ac2O": {"smiles": "CC(=O)OC(C)=O"},
    "DTBP": {"smiles": "CC(C)(C)OOC(C)(C)C"},  # di-tert-butyl peroxide
    "1,3-dibromopropane": {"smiles": "BrCCCBr"},
    "p-TSA": {"smiles": "Cc1ccc(S(=O)(=O)O)cc1"},
    "TsN3": {"smiles": "Cc1ccc(S(=O)(=O)N=[N+]=[N-])cc1"},
    # salts and complexes of transition metals (formulas)
    "CuCl2": {"formula": "CuCl2"},
    "FeCl2": {"formula": "FeCl2"},
    "Wilkinson ’s catalyst": {"formula": "C54H45ClP3Rh"},  # RhCl(PPh3)3
    "Hoveyda − Grubbs second - generation ruthenium catalyst": {"formula": "C31H38Cl2N2ORu"},
    # organic compounds named in the sentences
    "2-aminobenzophenone": {"smiles": "Nc1ccccc1C(=O)c1ccccc1"},
    "α-bromostyrene": {"smiles": "C=C(Br)c1ccccc1"},
    "β-bromostyrene": {"smiles": "BrC=Cc1ccccc1"},  # no E/Z given
    "8-methylquinoline": {"smiles": "Cc1cccc2cccnc12"},
    "[ ( 4′-Amino-5-hexadecylbiphenyl-3- yl)ethynyl]triisopropylsilane": {
        "smiles": "CCCCCCCCCCCCCCCCc1cc(C#C[Si](C(C)C)(C(C)C)C(C)C)cc(-c2ccc(N)cc2)c1"
    },
    "4-(4,4,5,5- tetramethyl-1,3,2-dioxaborolan-2-yl)aniline": {"smiles": "CC1(C)OB(c2ccc(N)cc2)OC1(C)C"},
    "baclofen": {"name": "4-amino-3-(4-chlorophenyl)butanoic acid"},  # no configuration given
    "paroxetine": {"name": "(3S,4R)-3-[(1,3-benzodioxol-5-yloxy)methyl]-4-(4-fluorophenyl)piperidine"},
    "2-bromopyrene": {"smiles": "Brc1cc2ccc3cccc4ccc(c1)c2c34"},
    "2-Bpin-7-bromopyrene": {"smiles": "CC1(C)OB(c2cc3ccc4cc(Br)cc5ccc(c2)c3c45)OC1(C)C"},
    "Methylindole-6-carboxylate": {"smiles": "COC(=O)c1ccc2cc[nH]c2c1"},  # methyl indole-6-carboxylate
    "malonic acid": {"smiles": "OC(=O)CC(=O)O"},
    "2-benzylidene-malonic acid": {"smiles": "OC(=O)C(=Cc1ccccc1)C(=O)O"},
    "malononitrile": {"smiles": "N#CCC#N"},
    "2-bromo-3-nitrophenol": {"smiles": "Oc1cccc([N+](=O)[O-])c1Br"},
    "4 , 4′,4″-(ethane-1,1,1-triyl)- triphenol": {"smiles": "CC(c1ccc(O)cc1)(c1ccc(O)cc1)c1ccc(O)cc1"},
    "2-isocyanobiphenyl": {"smiles": "[C-]#[N+]c1ccccc1-c1ccccc1"},
    "styrene": {"smiles": "C=Cc1ccccc1"},
    "thiophenol": {"smiles": "Sc1ccccc1"},
    "bis(2-thiophenyl)acetylene": {"smiles": "C(#Cc1cccs1)c1cccs1"},
    # definite compounds whose structure the text does not fix
    "N-(pyridyl)- pyrrole": UNKNOWN,
    "2-cyano-N- (pyridyl)pyrrole": UNKNOWN,
    "8-azidooctyl 4-amino-4,6-dideoxy-galacto- pyranoside": UNKNOWN,
    "(+)-hostmanin A": UNKNOWN,
    "ht-13-B": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1235": ["2-aminobenzophenone"],  # "Cl , Br , and NO2 groups": substituents
    "raw.txt:759": [],  # "ODEs", "3-(2-bromoaryl)-1H-pyrazoles", "...thiazines": classes
    "raw.txt:1677": ["methanol", "hexamethylditin"],
    "raw.txt:303": ["α-bromostyrene", "β-bromostyrene"],
    "raw.txt:1670": ["triethylamine", "1-ethylpiperidine"],
    "raw.txt:771": ["PBr3", "K2CO3", "18-crown-6", "PBr3"],
    "raw.txt:1929": ["Pd(OAc)2", "8-methylquinoline", "AcOH"],
    "raw.txt:354": ["BnBr"],  # "GalNAc donor 11": a moiety of the donor
    "raw.txt:648": [],
    "raw.txt:974": ["HATU", "quinine", "THF"],
    "raw.txt:570": [],  # "titanocene reagent": unnamed
    "raw.txt:1275": [
        "[ ( 4′-Amino-5-hexadecylbiphenyl-3- yl)ethynyl]triisopropylsilane",
        "4-(4,4,5,5- tetramethyl-1,3,2-dioxaborolan-2-yl)aniline",
        "Pd(PPh3)4",
    ],
    "raw.txt:144": [],
    "raw.txt:1185": ["water"],  # "peroxides": a class
    "raw.txt:1687": ["baclofen", "paroxetine"],
    "raw.txt:1925": [],
    "raw.txt:1786": [],
    "raw.txt:622": ["hydrogen chloride"],
    "raw.txt:1461": [],
    "raw.txt:828": [],  # "hydroxylamine 2": a class; the oxidant's name is lost ("activated 47,48")
    "raw.txt:1797": ["CsOAc"],
    "raw.txt:1605": ["2-bromopyrene", "2-Bpin-7-bromopyrene"],
    "raw.txt:1314": ["KOH", "Cs2CO3"],
    "raw.txt:1676": ["hexamethylditin"],
    "raw.txt:226": [],
    "raw.txt:824": [],
    "raw.txt:22": ["Methylindole-6-carboxylate", "hypochlorite", "chloride radical"],
    "raw.txt:1157": [],
    "raw.txt:28": ["malonic acid", "2-benzylidene-malonic acid", "malononitrile", "toluene"],
    "raw.txt:225": ["CuCl2"],
    "raw.txt:1614": ["rac - BINAP"],  # "naphthyl": the torn end of a name
    "raw.txt:1116": ["TBAF", "2-bromo-3-nitrophenol"],
    "raw.txt:848": ["lauryl bromide"],
    "raw.txt:1635": [("Hoveyda − Grubbs second - generation ruthenium catalyst", ".15")],
    "raw.txt:58": [],
    "raw.txt:772": ["4 , 4′,4″-(ethane-1,1,1-triyl)- triphenol"],
    "raw.txt:1510": ["PIFA"],
    "raw.txt:1118": ["carbon monoxide", "ht-13-B"],
    "raw.txt:119": ["p-toluenesulfonyl chloride"],
    "raw.txt:54": [],
    "raw.txt:533": [],
    "raw.txt:736": ["FeCl2"],
    "raw.txt:184": [],
    "raw.txt:360": ["Ph3P", "THF", "Ac2O", "pyridine"],
    "raw.txt:377": ["N-(pyridyl)- pyrrole", "2-cyano-N- (pyridyl)pyrrole"],
    "raw.txt:1272": [],
    "raw.txt:173": ["2-isocyanobiphenyl", "DMAc", "DTBP"],
    "raw.txt:1078": [],
    "raw.txt:1885": ["n-BuLi", "THF", "1,3-dibromopropane"],
    "raw.txt:816": ["p-TSA", "toluene", "(+)-hostmanin A", "MeOH"],
    "raw.txt:195": ["8-azidooctyl 4-amino-4,6-dideoxy-galacto- pyranoside"],
    "raw.txt:665": ["KHF2"],
    "raw.txt:368": ["K2CO3", "DMF", "air"],
    "raw.txt:1296": [],
    "raw.txt:180": ["bis(2-thiophenyl)acetylene"],
    "raw.txt:1508": [],
    "raw.txt:300": ["DMF", "TBHP", "styrene", "thiophenol", "DMF"],
    "raw.txt:1228": ["Wilkinson ’s catalyst"],
    "raw.txt:1835": [],
    "raw.txt:994": ["nBuLi", "TsN3"],
}
