"""Gold chemical-name spans and structures of the journal_f set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_f_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``), the 60 of journal_c,
the 60 of journal_d and the 60 of journal_e (``journal_{c,d,e}_sentences.tsv``), taken in file order. Every
chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the finder
never run on them, by the conventions of journal_a, journal_b (``names_journal_labels.py``), journal_c, journal_d
and journal_e (``names_journal_{c,d,e}_labels.py``; a text that they and this module both mark has the one label,
taken from there; another writing of one of their compounds takes its label: "CF3CO2H" TFA, "cuprous bromide"
CuBr, "dichlorodicyanobenzoquinone" DDQ, "acetic anhydride" Ac2O, "tetrabutylammonium bromide" TBAB,
"1,4-dioxane" dioxane), and these choices for what none of them met:

* species: an ion or radical that the sentence names as a reagent or a species is marked with its structure
  ("iodide ions" marks "iodide", "attack of ﬂuoride" the fluoride anion, as journal_d's "hypochlorite"); a
  formula followed by the word "radical" marks the formula ("the NO radical", "the NO2 radical" and "NO2
  radicals" mark "NO" and "NO2", the radicals);
* a torn reagent keeps journal_e's rule: "·BF4 and an appropriate nucleophile in the using I(Py)2" marks
  "I(Py)2" (Barluenga's reagent, given the formula of its tetrafluoroborate, as journal_e's "Pd2dba3" is the
  complex), not the stray "·BF4";
* mixtures of isomers have no structure (``NONE``): "hexanes", as journal_e's "PE";
* lanthanide and transition-metal salts get a formula: "cerium ammonium nitrate" and its abbreviation "CAN"
  (ceric ammonium nitrate, (NH4)2Ce(NO3)6), "cupric oxide", "copper acrylate" (copper(II) acrylate), "AuCl",
  "copper(II) bromide"; salts of simple ions get ionic SMILES (LiAlH4, NaOMe); "SeO2" its SMILES;
* a named ligand whose configuration the text does not give counts for recall only: "Inda - Pybox" (``UNKNOWN``,
  as journal_d's "N-(pyridyl)- pyrrole 4a"), as does "diiodobenzothiophene 8" (no locants, as journal_e's
  "iodoindolizidi- none 1");
* a name before a compound number follows journal_a's rule: "(triisopropylsilyl)acetylene 1", "ethyl 2,3-
  butadienoate 10a", "nitrosobenzene 2" and "N-phenylpyrrole 3a" are marked; "3,3- Diethyltriazene 24" and
  "3,3-diethyltriazene 18" (an aryl triazene the name leaves out: a family), "the tetrahydropyridine 11",
  "quinoline 6n-1", "imidazolidinone 6", "isatin 2", "unsymmetrical stilbene 5n" and "the corresponding 2-
  naphthamide" are not; a name followed by its number in brackets is that compound ("styrene ( 11a )",
  "7-azaindole ( 11 )", "3- chloro-1H-pyrollo[2,3-b]pyridine ( 11a )", misspelt, the structure of the
  pyrrolo[2,3-b]pyridine it means);
* codes and classes are not marked: "An - PIQ", "MP-Br" (an abbreviation the sentence does not expand, as
  journal_d's "ODEs"), "cytochrome P450 enzymes", "liver microsomes", "the crude sodium thiolate", "the -F or -Cl
  substituent", "−COOMe , −COOiPr" (ester groups), "the DPP group", "the PMP group", "PEG-3 derivative",
  "protected hydroxylamine", "the resulting N-nonsubstituted isoxazolidine", "pyrazolo-pyrrolo-pyrazines 1"; a
  metal in an adjective ("iron - promtoted") is a catalyst not named, as journal_e's "Pd - catalyzed".
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 37
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100, journal_c_sentences.tsv's 60, journal_d_sentences.tsv's
60 and journal_e_sentences.tsv's 60, in file order; the sentences are stored in the sample's order."""

SHARED = (
    "AuCl3",
    "iodomethane",
    "TBAF",
    "THF",
    "Pd(OAc)2",
    "PPh3",
    "1,2-dichloroethane",
    "K2CO3",
    "DDQ",
    "LiHMDS",
    "MeOH",
    "DMF",
    "water",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("acetic acid", "CH3CN", "dichloromethane", "potassium carbonate")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("styrene", "Cs2CO3")
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("iodine", "silica gel", "sodium hydride", "1-bromo-8-methylnaphthalene")
"""Texts labelled in journal_e, whose labels this set takes (``LABELS`` takes the labels of journal_a to e for
the other writings of their compounds too: "CF3CO2H", "cuprous bromide", "acetic anhydride", ...)."""

CAN = {"formula": "CeH8N8O18"}  # ceric ammonium nitrate, (NH4)2Ce(NO3)6
COPPER_ACRYLATE = {"formula": "C6H6CuO4"}  # copper(II) acrylate
P_O_TOLYL_3 = {"smiles": "Cc1ccccc1P(c1ccccc1C)c1ccccc1C"}
IOAC = {"smiles": "CC(=O)OI"}
NO2 = {"smiles": "[O]N=O", "formula": "NO2"}  # nitrogen dioxide, the radical

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    "CF3CO2H": journal.LABELS["TFA"],
    "1,4-dioxane": journal.LABELS["dioxane"],
    "dichlorodicyanobenzoquinone": journal.LABELS["DDQ"],
    "cuprous bromide": journal_e.LABELS["CuBr"],
    "tetrabutylammonium bromide": journal_c.LABELS["TBAB"],
    "acetic anhydride": journal_d.LABELS["Ac2O"],
    "1- bromo-8-methylnaphthalene": journal_e.LABELS["1-bromo-8-methylnaphthalene"],  # a hyphenation space
    # solvents
    "hexanes": NONE,  # a mixture of isomers
    "diisopropyl ether": {"smiles": "CC(C)OC(C)C"},
    # acids, bases, reagents and species
    "LiAlH4": {"smiles": "[Li+].[AlH4-]", "formula": "LiAlH4"},
    "NaOMe": {"smiles": "[Na+].C[O-]"},
    "SeO2": {"smiles": "O=[Se]=O", "formula": "SeO2"},
    "DAST": {"smiles": "CCN(CC)S(F)(F)F"},
    "TMEDA": {"smiles": "CN(C)CCN(C)C"},
    "iodide": {"smiles": "[I-]"},
    "ﬂuoride": {"smiles": "[F-]"},
    "NO": {"smiles": "[N]=O", "formula": "NO"},  # nitric oxide, the radical
    "NO2": NO2,
    "tert-butyl nitrite": {"smiles": "CC(C)(C)ON=O"},
    "isoamyl nitrite": {"smiles": "CC(C)CCON=O"},
    "diethyl- amine": {"smiles": "CCNCC"},  # broken by a hyphenation space
    "allyl bromide": {"smiles": "C=CCBr"},
    "dodecanoyl chloride": {"smiles": "CCCCCCCCCCCC(=O)Cl"},
    "isobutyric anhydride": {"smiles": "CC(C)C(=O)OC(=O)C(C)C"},
    "iodine monoacetate": IOAC,
    "IOAc": IOAC,
    "per-acetic acid": {"smiles": "CC(=O)OO"},
    "tetraﬂuoroboric acid": {"smiles": "[H+].F[B-](F)(F)F"},
    "I(Py)2": {"formula": "C10H10BF4IN2"},  # Barluenga's reagent, its tetrafluoroborate torn off
    "tri-o- tolylphosphine": P_O_TOLYL_3,
    "P(o-tolyl)3": P_O_TOLYL_3,
    # salts and complexes of metals (formulas)
    "cupric oxide": {"formula": "CuO"},
    "copper acrylate": COPPER_ACRYLATE,
    "AuCl": {"formula": "AuCl"},
    "copper(II) bromide": {"formula": "CuBr2"},
    "CAN": CAN,
    "cerium ammonium nitrate": CAN,
    # organic compounds named in the sentences
    "4-chloroaceto- phenone": {"smiles": "CC(=O)c1ccc(Cl)cc1"},
    "benzo[c]cinnoline": {"smiles": "c1ccc2c(c1)nnc1ccccc12"},
    "4-methyl-2-bromobenzonitrile": {"smiles": "Cc1ccc(C#N)c(Br)c1"},
    "5- chloro-2-bromobenzonitrile": {"smiles": "N#Cc1cc(Cl)ccc1Br"},
    "6-methyl-3-phenyl- isoquinolin-1(2H)-one": {"name": "6-methyl-3-phenylisoquinolin-1(2H)-one"},
    "7-chloro-3-phenylisoquinolin- 1(2H)-one": {"name": "7-chloro-3-phenylisoquinolin-1(2H)-one"},
    "(triisopropylsilyl)acetylene": {"smiles": "C#C[Si](C(C)C)(C(C)C)C(C)C"},
    "diphenylacetylene": {"smiles": "C(#Cc1ccccc1)c1ccccc1"},
    "(E)-2-iodo-1,2-diphenylvinyl acetate": {"smiles": "CC(=O)O/C(c1ccccc1)=C(/I)c1ccccc1"},
    "nitrosobenzene": {"smiles": "O=Nc1ccccc1"},
    "N-phenylpyrrole": {"smiles": "c1ccn(c1)-c1ccccc1"},
    "ethyl 2,3- butadienoate": {"smiles": "CCOC(=O)C=C=C"},
    "N- acetyltryptamine": {"smiles": "CC(=O)NCCc1c[nH]c2ccccc12"},
    "7-azaindole": {"smiles": "c1cnc2[nH]ccc2c1"},
    "3- chloro-1H-pyrollo[2,3-b]pyridine": {"smiles": "Clc1c[nH]c2ncccc12"},  # misspelt pyrrolo
    "2-amino-N-phenylbenzamide": {"smiles": "Nc1ccccc1C(=O)Nc1ccccc1"},
    "3-phenylquinazolin- 4(3H)-one": {"smiles": "O=C1c2ccccc2N=CN1c1ccccc1"},
    "1-ethylpyrrolidin-2-one": {"smiles": "CCN1CCCC1=O"},
    # definite compounds whose structure the text does not fix
    "diiodobenzothiophene": UNKNOWN,
    "Inda - Pybox": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1633": [],  # "cytochrome P450 enzymes", "liver microsomes": not chemicals named
    "raw.txt:1459": ["cupric oxide", "cuprous bromide", "copper acrylate", "copper acrylate"],
    "raw.txt:234": [],  # "An - PIQ": a code
    "raw.txt:1482": [],
    "raw.txt:1591": [],
    "raw.txt:1787": [],
    "raw.txt:1990": [],
    "raw.txt:1523": [],  # "phenylacetylenes 1d", "isatins 2d": classes
    "raw.txt:1247": ["4-chloroaceto- phenone"],  # "2-pyridylacetates", "−COOMe": a class, groups
    "raw.txt:91": ["AuCl", "AuCl3"],
    "raw.txt:1516": ["benzo[c]cinnoline"],
    "raw.txt:897": [
        "4-methyl-2-bromobenzonitrile",
        "5- chloro-2-bromobenzonitrile",
        "6-methyl-3-phenyl- isoquinolin-1(2H)-one",
        "7-chloro-3-phenylisoquinolin- 1(2H)-one",
    ],
    "raw.txt:1058": [],
    "raw.txt:1280": ["iodomethane", "TBAF", "THF"],  # "3,3- Diethyltriazene 24": an aryl triazene, a family
    "raw.txt:1886": ["Pd(OAc)2", "PPh3", "1,4-dioxane"],
    "raw.txt:269": [],
    "raw.txt:1636": [],  # "MP-Br": not expanded; "the tetrahydropyridine 11": a bare parent
    "raw.txt:1102": ["styrene", "CF3CO2H", "dodecanoyl chloride"],
    "raw.txt:1444": [],
    "raw.txt:1902": ["(triisopropylsilyl)acetylene", "water"],
    "raw.txt:690": [
        "diphenylacetylene",
        "(E)-2-iodo-1,2-diphenylvinyl acetate",
        "iodine monoacetate",
        "IOAc",
        "per-acetic acid",
        "iodine",
        "acetic acid",
        "I(Py)2",  # the stray "·BF4" of the torn reagent: not marked
        "tetraﬂuoroboric acid",
    ],
    "raw.txt:922": [],
    "raw.txt:1761": [],  # "the corresponding 2- naphthamide": a family
    "raw.txt:1027": ["iodine", "diiodobenzothiophene"],
    "raw.txt:1072": [],
    "raw.txt:357": [],
    "raw.txt:1914": ["hexanes", "1- bromo-8-methylnaphthalene"],
    "raw.txt:1997": ["1,2-dichloroethane", "Inda - Pybox"],
    "raw.txt:123": [],
    "raw.txt:233": ["isobutyric anhydride", "diisopropyl ether"],
    "raw.txt:1004": [],
    "raw.txt:190": ["LiAlH4"],
    "raw.txt:1317": ["K2CO3"],
    "raw.txt:705": ["NaOMe", "CAN", "cerium ammonium nitrate"],
    "raw.txt:879": ["SeO2"],
    "raw.txt:1553": ["nitrosobenzene", "N-phenylpyrrole"],
    "raw.txt:1689": ["silica gel"],
    "raw.txt:1047": ["ethyl 2,3- butadienoate"],
    "raw.txt:1974": ["dichlorodicyanobenzoquinone", "DDQ"],
    "raw.txt:1413": ["tri-o- tolylphosphine", "P(o-tolyl)3"],
    "raw.txt:1359": ["LiHMDS"],
    "raw.txt:890": [],
    "raw.txt:1534": ["iodide"],
    "raw.txt:1691": ["allyl bromide", "THF", "sodium hydride"],
    "raw.txt:1383": ["DDQ"],
    "raw.txt:88": ["AuCl3", "MeOH", "CH3CN"],
    "raw.txt:1930": ["Pd(OAc)2", "NO", "tert-butyl nitrite", "NO2", "NO2"],
    "raw.txt:1276": ["isoamyl nitrite", "diethyl- amine"],
    "raw.txt:1485": ["ﬂuoride", "DAST"],
    "raw.txt:522": ["Cs2CO3", "N- acetyltryptamine"],
    "raw.txt:1223": ["silica gel"],
    "raw.txt:1013": ["DMF", "dichloromethane", "copper(II) bromide", "tetrabutylammonium bromide"],
    "raw.txt:158": [],
    "raw.txt:25": ["acetic anhydride"],
    "raw.txt:23": ["7-azaindole", "3- chloro-1H-pyrollo[2,3-b]pyridine"],
    "raw.txt:1570": [],
    "raw.txt:1236": ["2-amino-N-phenylbenzamide", "TMEDA", "3-phenylquinazolin- 4(3H)-one"],
    "raw.txt:174": ["1-ethylpyrrolidin-2-one"],  # "iron - promtoted": a catalyst not named
    "raw.txt:1695": ["potassium carbonate", "DMF"],
    "raw.txt:1397": [],
}
