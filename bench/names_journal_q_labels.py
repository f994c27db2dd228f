"""Gold chemical-name spans and structures of the journal_q set of the names evaluation (see docs/names.md).

The text: 60 more sentences of ChemRxnExtractor's ``tests/data/raw.txt`` (MIT, Copyright (c) 2020 Jiang Guo;
commit 86be85e), kept verbatim in ``tests/data/names/journal_q_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample`` of the lines among none of journal_a to journal_p, in file order. Every
chemical mention was marked by hand, from the text alone, the finder never run on them, by the conventions of
journal_a to journal_p (a text they mark takes their label; other writings of their compounds take theirs:
"tetrapropylammonium perruthenate" TPAP, "2,3-dichloro-5,6-dicyano- 1,4-benzoquinone" DDQ, "palladium
acetate" Pd(OAc)2, "peroxide tert-butyl ether" (di-tert-butyl peroxide with its words torn) DTBP,
"[Pt(C2H4)Cl2]2" Zeise's dimer, "DMF − DMA" the dimethyl acetal of DMF), and these choices for what none met:

* "Grubbs catalyst" (first generation) and "Grubbs second- generation catalyst" are named complexes (formulas);
  "[Ag(I)(dppp)]OAc" a formula; "Mg(OTf)2", "Zn(OTf)2" and "Yb(OTf)3" formulas as every earlier
  metal triflate (journal_i's Bi(OTf)3, journal_m's Sc(OTf)3), "CeCl3" and "bismuth(III)chloride" formulas as
  journal_n's InCl3, "ZnI2" ionic SMILES as journal_a's ZnCl2; "KHMDS", "TAS- F" and
  "tAmOH" (tert-amyl alcohol; its torn "1,2-" belongs to the DCE that follows) their structures;
* "diimide" of "a diimide reduction" names the reagent (HN=NH); "dodecan-4-olide" is written without its
  configuration; "3-ﬂuoroxylose", "nakinadine D", "trichoaurantianolide C" and the new lesion abbreviations
  "5-HOO-dG" and "dIz" are ``UNKNOWN``;
* "Pd - black" (palladium black) is marked ``NONE``, as Pd / C; "dibenzofuran ( 6c )", "N-allyl-pyrrole 5c" and
  "N-acetyl 2′-aminostyrene 4h" (as journal_o's 4n) are marked by journal_a's rule;
* not marked: resins ("Dowex", "Amberlite CG- 400" and its "OH− form", as journal_g's Serdolit), metals and
  oxidation states for a catalyst ("rhodium", "Ru0", "Ru(II)", "Ir- and Rh - catalyzed"), the "Purdie
  reagent" (its two compounds are marked), "the acetate salt", "pyrroleboronic acid" and "phenylpropanol 4a"
  (their locants unwritten: classes), "3-arylisoquinolin-1(2H)-one", "nitrosamine", "diethyl phosphonate 625"
  (as journal_o), sugars by codes ("2′,3′-dideoxy-2′,3′-FF-ribo 35"), the code "ER - 34122", the enzymes
  "5-lipoxygenase / cyclo- oxygenase" and the reaction names "Dess − Martin oxidation" and "Fleming - Tamao".
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_i_labels as journal_i
import names_journal_j_labels as journal_j
import names_journal_labels as journal
import names_journal_m_labels as journal_m
import names_journal_n_labels as journal_n
import names_journal_o_labels as journal_o

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 55
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines among none of
journal_a to journal_p, in file order (1,060 lines); the sentences are stored in the sample's order."""

SHARED = {
    journal: ("MeOH", "H2O", "DMF", "DDQ", "HCl", "MeI", "Pd(OAc)2", "acetophenone"),
    journal_c: ("CHCl3", "toluene", "THF", "dioxane", "palladium on charcoal", "dOG", "dSp", "dGh")
    + ("Pd / C", "H2", "Cu(OAc)2"),
    journal_d: ("AcOH", "DTBP", "CsOAc"),
    journal_e: ("N2", "[Cp*RhCl2]2", "CH2Cl2"),
    journal_f: ("ﬂuoride", "acetic anhydride"),
    journal_g: ("AgSbF6", "allylamine", "Zeise ’s dimer", "oxygen"),
    journal_i: ("CuCl", "MgBr2"),
    journal_j: ("TPAP", "acetonitrile", "TBHP"),
    journal_m: ("Sc(OTf)3", "DCE", "I2"),
    journal_n: ("InCl3", "NaBH4", "sodium borohydride", "silica gel"),
    journal_o: ("pyridine", "5-HO-dG"),
}
"""Texts labelled in an earlier journal set, whose labels this set takes."""


LABELS: dict[str, dict] = {
    **{span: module.LABELS[span] for module, spans in SHARED.items() for span in spans},
    "tetrapropylammonium perruthenate": journal_j.LABELS["TPAP"],
    "2,3-dichloro-5,6-dicyano- 1,4-benzoquinone": journal.LABELS["DDQ"],
    "palladium acetate": journal.LABELS["Pd(OAc)2"],
    "peroxide tert-butyl ether": journal_d.LABELS["DTBP"],
    "[Pt(C2H4)Cl2]2": journal_g.LABELS["Zeise ’s dimer"],
    "DMF − DMA": journal.LABELS["DMF·DMA"],
    # solvents, acids, bases, salts and reagents
    "trimethylsilyl bromide": {"smiles": "C[Si](C)(C)Br"},
    "diethyl ether": {"smiles": "CCOCC"},
    "KHMDS": {"smiles": "[K+].C[Si](C)(C)[N-][Si](C)(C)C"},
    "chlorobenzene": {"smiles": "Clc1ccccc1"},
    "tAmOH": {"smiles": "CCC(C)(C)O"},
    "Mg(OTf)2": {"formula": "C2F6MgO6S2"},
    "Yb(OTf)3": {"formula": "C3F9O9S3Yb"},
    "Zn(OTf)2": {"formula": "C2F6O6S2Zn"},
    "ZnI2": {"smiles": "[Zn+2].[I-].[I-]"},
    "norbornene": {"smiles": "C1=CC2CCC1C2"},
    "TAS- F": {"smiles": "CN(C)[S+](N(C)C)N(C)C.C[Si-](C)(C)(F)F"},
    "[Ag(I)(dppp)]OAc": {"formula": "C29H29AgO2P2"},
    "Grubbs catalyst": {"formula": "C43H72Cl2P2Ru"},
    "Grubbs second- generation catalyst": {"formula": "C46H65Cl2N2PRu"},
    "CeCl3": {"formula": "CeCl3"},
    "oxalic acid": {"smiles": "OC(=O)C(=O)O"},
    "Ag2O": {"formula": "Ag2O"},
    "bismuth(III)chloride": {"formula": "BiCl3"},
    "Pd - black": NONE,
    "diimide": {"smiles": "N=N"},
    "(trichloroethoxy)carbonyl chloride": {"smiles": "ClC(=O)OCC(Cl)(Cl)Cl"},
    # organic compounds named in the sentences
    "1-Naphthaldehyde": {"smiles": "O=Cc1cccc2ccccc12"},
    "dibenzofuran": {"smiles": "c1ccc2c(c1)oc1ccccc12"},
    "N-allyl-pyrrole": {"smiles": "C=CCn1cccc1"},
    "2-bromobenzonitrile": {"smiles": "N#Cc1ccccc1Br"},
    "3-pyridineboronic acid": {"smiles": "OB(O)c1cccnc1"},
    "ethyl 4-benzyloxy-2-methylacetoacetate": {"smiles": "CCOC(=O)C(C)C(=O)COCc1ccccc1"},
    "dodecan-4-olide": {"smiles": "CCCCCCCCC1CCC(=O)O1"},
    "(E)-1-phenyl-3-(thiophen-2-yl)- prop-2-en-1-one": {"smiles": "O=C(/C=C/c1cccs1)c1ccccc1"},
    "phenyl disulﬁde": {"smiles": "c1ccc(SSc2ccccc2)cc1"},
    "1,4- naphthoquinone": {"smiles": "O=C1C=CC(=O)c2ccccc12"},
    "N-acetyl 2′-aminostyrene": {"smiles": "C=Cc1ccccc1NC(C)=O"},
    "sodium 4-methoxybenzenesulﬁnate": {"smiles": "[Na+].COc1ccc(S(=O)[O-])cc1"},
    "nitrobenzene": {"smiles": "O=[N+]([O-])c1ccccc1"},
    # definite compounds whose structure the text does not give
    "trichoaurantianolide C": UNKNOWN,
    "3-ﬂuoroxylose": UNKNOWN,
    "nakinadine D": UNKNOWN,
    "5-HOO-dG": UNKNOWN,
    "dIz": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:381": [],  # "N-arylpyrazoles", "sydnone": classes; "ER - 34122": a code
    "raw.txt:750": [],  # "the mesyl ester": a group
    "raw.txt:578": ["1-Naphthaldehyde"],
    "raw.txt:1171": [
        "tetrapropylammonium perruthenate",
        "TPAP",
        ("trimethylsilyl bromide", "33"),
        "CH2Cl2",
        "silica gel",
        "CHCl3",
        "MeOH",
        "H2O",
        "AcOH",
    ],
    "raw.txt:333": ["toluene", "diethyl ether"],
    "raw.txt:704": ["KHMDS"],
    "raw.txt:1170": ["2,3-dichloro-5,6-dicyano- 1,4-benzoquinone", "DDQ"],
    "raw.txt:375": ["chlorobenzene", "tAmOH", "DCE", "toluene"],
    "raw.txt:1344": [],  # "diethyl phosphonate 625": as journal_o
    "raw.txt:1829": ["Mg(OTf)2", "Sc(OTf)3", "InCl3", "Yb(OTf)3", "Zn(OTf)2", "MgBr2", "ZnI2"],
    "raw.txt:1470": [],
    "raw.txt:1475": ["norbornene"],
    "raw.txt:1959": [],
    "raw.txt:1549": [],
    "raw.txt:1230": ["diimide"],  # "the silane": a class
    "raw.txt:1652": ["palladium acetate", "dibenzofuran"],
    "raw.txt:183": ["AgSbF6"],
    "raw.txt:991": [],
    "raw.txt:185": [],  # "rhodium": a catalyst
    "raw.txt:881": [("TAS- F", "39"), "trichoaurantianolide C"],
    "raw.txt:1985": [],
    "raw.txt:64": ["NaBH4"],
    "raw.txt:1801": ["[Cp*RhCl2]2", "CsOAc", "MeOH"],
    "raw.txt:861": [],
    "raw.txt:231": ["allylamine", "N-allyl-pyrrole"],
    "raw.txt:1450": ["ﬂuoride"],
    "raw.txt:888": ["2-bromobenzonitrile", "acetophenone", "toluene"],
    "raw.txt:1956": ["HCl", "MeOH"],
    "raw.txt:1644": ["oxygen"],
    "raw.txt:745": ["3-pyridineboronic acid"],
    "raw.txt:869": ["ethyl 4-benzyloxy-2-methylacetoacetate"],
    "raw.txt:789": [],
    "raw.txt:1566": [],
    "raw.txt:655": ["dodecan-4-olide"],
    "raw.txt:1179": ["peroxide tert-butyl ether", "DTBP", "TBHP", "CuCl"],
    "raw.txt:1279": ["THF"],
    "raw.txt:40": ["DMF"],
    "raw.txt:448": [],
    "raw.txt:1195": ["dioxane", "3-ﬂuoroxylose"],
    "raw.txt:1258": ["(E)-1-phenyl-3-(thiophen-2-yl)- prop-2-en-1-one"],
    "raw.txt:1378": [],
    "raw.txt:782": [],
    "raw.txt:931": ["silica gel", "nakinadine D"],
    "raw.txt:1815": ["dOG", "dSp", "dGh"],
    "raw.txt:672": ["[Ag(I)(dppp)]OAc", "phenyl disulﬁde", "1,4- naphthoquinone"],
    "raw.txt:632": ["Grubbs catalyst", "Grubbs second- generation catalyst"],
    "raw.txt:845": ["CeCl3", "oxalic acid", ("acetonitrile", "18"), "Ag2O", "MeI"],
    "raw.txt:1191": ["palladium on charcoal", "dioxane"],
    "raw.txt:617": ["bismuth(III)chloride"],
    "raw.txt:1692": ["acetic anhydride", "pyridine"],
    "raw.txt:801": ["Cu(OAc)2"],
    "raw.txt:1167": [("sodium borohydride", ",26")],
    "raw.txt:518": ["DDQ", "Pd - black", "I2", "MeOH"],
    "raw.txt:1581": ["Zeise ’s dimer", "[Pt(C2H4)Cl2]2"],
    "raw.txt:1819": ["5-HOO-dG", "dIz", "5-HO-dG"],
    "raw.txt:1529": ["N-acetyl 2′-aminostyrene"],
    "raw.txt:326": ["sodium 4-methoxybenzenesulﬁnate", "nitrobenzene"],
    "raw.txt:980": ["N2"],
    "raw.txt:245": ["DMF − DMA", "Pd / C", "H2"],
    "raw.txt:1005": ["(trichloroethoxy)carbonyl chloride", "HCl"],
}
