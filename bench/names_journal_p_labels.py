"""Gold chemical-name spans and structures of the journal_p set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_p_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of journal_a to journal_o, taken in file order. Every chemical mention of every
sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them, by the
conventions of journal_a to journal_o (``names_journal_labels.py``, ``names_journal_{c,...,o}_labels.py``; a
text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "phenyliodine diacetate" PIDA, "tetra-n-butylammo- nium ﬂuoride" TBAF,
"methylmagnesium bromide" MeMgBr, "p-toluene sulfonic acid" PTSA, "boron(III) ﬂuoride etherate" journal_a's
"BF3 OEt2"), and these choices for what none of them met:

* reagents with the structure common usage fixes: "ammonium bromide", "calcium chloride", "t-BuONa" and "NaOEt"
  (ionic SMILES), "pyridinium p-toluenesulfonate" and "PPTS" (the pyridinium salt), "cinnamic acid" (the (E)
  acid of common usage), "diphenic acid" (biphenyl-2,2′-dicarboxylic acid), "OH−" (hydroxide) and "HO" of
  "HO - mediated oxidation" (the hydroxyl radical), "C70" (a formula, as journal_e's C60); "melatonin" and
  "5-methoxytryptamine" their structures;
* "dinitroantroquinone ( 2 )" (dinitroanthraquinone misspelt, its locants not written) is a definite compound
  whose structure the text does not give (``UNKNOWN``), as is "murrayamine A" (journal_a's rule);
* metals and oxidation states that stand for a catalyst or a species ("Pd(0)", "Pd(II)", "Fe(II) - Fenton",
  "in the presence of palladium") are not marked; "the C70 bis-heterocyclic compound" marks only the first
  "C70" (the second names a class of adducts); "methanolic HCl" marks "HCl"; "the bromo or chloro anion"
  (substituent prefixes, not anion names) is not marked;
* a name before a compound number follows journal_a's rule: "5-methoxytryptamine ( 7b )", "2- methyltryptamine
  (7h)", "4-nitrophenol ( 1a )", "1-(2-iodo-4-nitrophenoxy)benzene ( 3a )", "melatonin ( 3b )", "murrayamine
  A ( 1 )" and "3- methylenetetrahydrofuran 6a" are marked; "quinine - derived thiourea I" marks "quinine" (a name
  used as a modifier, as journal_m's "L- proline - derived catalysts"); "Indole 1b", "benzothiophene 4a",
  "thiazole 410", "isatin 2c", "phosphoramidic acid 8" (parents), "H-phosphonate ( 2a )" (its esters unnamed) and
  "the 4-hydroxy- phenyl-substituted dihydropyrrolo[3,2,1-hi]indole 6j" (its locant on the ring system unwritten)
  are not; groups ("the PMB group", "the benzyl ether", "the silyl ether", substituent values "F or CF3", "t-Bu",
  "OMe") are not marked.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_g_labels as journal_g
import names_journal_k_labels as journal_k
import names_journal_labels as journal
import names_journal_n_labels as journal_n

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 54
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_o_sentences.tsv, in file order (1,120 lines); the sentences are stored in the sample's order."""

SHARED = {
    journal: ("methylamine", "MeOH", "DDQ", "BF3", "O2", "DMSO", "water", "DMF", "DCM", "HCl", "TBAF", "TEMPO"),
    journal_c: ("Cu(OAc)2", "methanol", "dG", "dOG", "acetic acid", "toluene", "THF", "Pd / C", "H2", "K2CO3"),
    journal_d: ("quinine",),
    journal_e: ("PIDA", "t-BuOK"),
    journal_g: ("EtOH", "DIPEA"),
    journal_k: ("BBr3", "PTSA", "NaBH4"),
    journal_n: ("sodium borohydride", "hexamethylditin"),
}
"""Texts labelled in an earlier journal set, whose labels this set takes."""

PPTS = {"smiles": "Cc1ccc(S(=O)(=O)[O-])cc1.c1cc[nH+]cc1"}

LABELS: dict[str, dict] = {
    **{span: module.LABELS[span] for module, spans in SHARED.items() for span in spans},
    "phenyliodine diacetate": journal_e.LABELS["PIDA"],
    "tetra-n-butylammo- nium ﬂuoride": journal.LABELS["TBAF"],
    "methylmagnesium bromide": journal_e.LABELS["MeMgBr"],
    "p-toluene sulfonic acid": journal_k.LABELS["PTSA"],
    "boron(III) ﬂuoride etherate": journal.LABELS["BF3 OEt2"],
    # solvents, acids, bases, salts and reagents
    "ammonium bromide": {"smiles": "[NH4+].[Br-]"},
    "ethylenediamine": {"smiles": "NCCN"},
    "calcium chloride": {"smiles": "[Ca+2].[Cl-].[Cl-]"},
    "cinnamic acid": {"smiles": "OC(=O)/C=C/c1ccccc1"},
    "HO": {"smiles": "[OH]"},
    "4- methylbenzenesulﬁnic acid": {"smiles": "Cc1ccc(S(=O)O)cc1"},
    "t-BuONa": {"smiles": "[Na+].CC(C)(C)[O-]"},
    "NaOEt": {"smiles": "[Na+].CC[O-]"},
    "pyridinium p-toluenesulfonate": PPTS,
    "PPTS": PPTS,
    "OH−": {"smiles": "[OH-]"},
    "C70": {"formula": "C70"},
    # organic compounds named in the sentences
    "5-methoxytryptamine": {"smiles": "COc1ccc2[nH]cc(CCN)c2c1"},
    "2- methyltryptamine": {"smiles": "Cc1[nH]c2ccccc2c1CCN"},
    "4-nitrophenol": {"smiles": "O=[N+]([O-])c1ccc(O)cc1"},
    "1-(2-iodo-4-nitrophenoxy)benzene": {"name": "1-(2-iodo-4-nitrophenoxy)benzene"},
    "3- methylenetetrahydrofuran": {"smiles": "C=C1CCOC1"},
    "5-methoxyindole": {"smiles": "COc1ccc2[nH]ccc2c1"},
    "melatonin": {"smiles": "COc1ccc2[nH]cc(CCNC(C)=O)c2c1"},
    "diphenic acid": {"smiles": "OC(=O)c1ccccc1-c1ccccc1C(=O)O"},
    # definite compounds whose structure the text does not give
    "dinitroantroquinone": UNKNOWN,
    "murrayamine A": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:526": ["ammonium bromide", "ethylenediamine", "5-methoxytryptamine", "2- methyltryptamine"],
    "raw.txt:1586": [],  # "oxaspirohexane 4l", "allyl chloride 11": classes
    "raw.txt:1088": ["Cu(OAc)2", "EtOH"],
    "raw.txt:1760": [],
    "raw.txt:1781": [],
    "raw.txt:1377": [],
    "raw.txt:802": [],
    "raw.txt:1616": [],  # "the benzyl ether": a group
    "raw.txt:1211": ["methylamine", "methanol", "calcium chloride"],  # "palladium": a catalyst
    "raw.txt:1382": ["DDQ", "DIPEA", "BF3"],  # the stray "·OEt2" of a garbled line, as journal_a
    "raw.txt:773": ["quinine"],  # "quinine - derived thiourea I": the drug names the compound it is made from
    "raw.txt:732": ["cinnamic acid"],
    "raw.txt:228": [],  # "Pd(0)", "Pd(II)": catalyst species; "4-halo-oxazolones": a class
    "raw.txt:1816": ["HO", "dG", "dG", "dOG", "O2"],
    "raw.txt:1646": [
        "4-nitrophenol",
        "phenyliodine diacetate",
        "PIDA",
        "acetic acid",
        "1-(2-iodo-4-nitrophenoxy)benzene",
    ],
    "raw.txt:371": ["K2CO3", ("4- methylbenzenesulﬁnic acid", "21")],
    "raw.txt:1987": [],  # "Indole 1b": a parent
    "raw.txt:1254": [],
    "raw.txt:1893": ["t-BuONa", "t-BuOK", "t-BuONa"],
    "raw.txt:1069": [("sodium borohydride", "26")],
    "raw.txt:1500": [],  # "the Na salt 23": a class
    "raw.txt:1002": ["dinitroantroquinone"],
    "raw.txt:1992": ["NaOEt", "DMSO"],
    "raw.txt:541": [],
    "raw.txt:391": ["toluene", "THF"],
    "raw.txt:957": [],
    "raw.txt:1021": [],  # "H-phosphonate ( 2a )": a class
    "raw.txt:1583": ["3- methylenetetrahydrofuran"],  # "allyl ether 7a": a class
    "raw.txt:155": [],
    "raw.txt:1365": ["boron(III) ﬂuoride etherate"],
    "raw.txt:55": [],
    "raw.txt:1321": [],
    "raw.txt:975": [],
    "raw.txt:3": [],
    "raw.txt:840": ["pyridinium p-toluenesulfonate", "PPTS", "MeOH"],
    "raw.txt:86": [],  # "benzothiophene 4a": a parent
    "raw.txt:629": [],  # "iodonium species": a class
    "raw.txt:524": ["5-methoxyindole", "melatonin"],
    "raw.txt:1372": ["OH−", "C70"],
    "raw.txt:885": [],
    "raw.txt:109": [],
    "raw.txt:768": ["diphenic acid"],
    "raw.txt:1618": ["tetra-n-butylammo- nium ﬂuoride", "TBAF", "murrayamine A"],
    "raw.txt:654": ["water"],
    "raw.txt:1587": [],
    "raw.txt:872": ["methylmagnesium bromide"],
    "raw.txt:892": [],
    "raw.txt:70": ["TEMPO"],  # "the PMB group", "the primary TES moiety": groups
    "raw.txt:1770": ["DMF", "water"],
    "raw.txt:864": [],  # "phenylacetylenes 6m and 6n": a family
    "raw.txt:1424": ["BBr3", "DCM"],
    "raw.txt:1522": [],  # "isatin 2c": a parent
    "raw.txt:1546": ["Pd / C", "H2"],
    "raw.txt:1402": ["p-toluene sulfonic acid", "PTSA"],
    "raw.txt:1330": [],
    "raw.txt:81": ["NaBH4"],
    "raw.txt:1723": ["DMF"],
    "raw.txt:1675": ["hexamethylditin"],
    "raw.txt:1081": ["HCl", "K2CO3"],
    "raw.txt:793": [],  # "thiazole 410": a parent
}
