"""Gold chemical-name spans and structures of the journal_t set of the names evaluation (see docs/names.md).

The text: 60 more sentences of ChemRxnExtractor's ``tests/data/raw.txt`` (MIT, Copyright (c) 2020 Jiang Guo;
commit 86be85e), kept verbatim in ``tests/data/names/journal_t_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample`` of the lines among none of journal_a to journal_s, in file order. Every
chemical mention was marked by hand, from the text alone, the finder never run on them, by the conventions of
journal_a to journal_s (a text they mark takes their label; other writings of their compounds take theirs:
"1,2- dichloroethane" DCE, "n-butyl lithium" nBuLi, "TMS-Cl" TMSCl, "Water" water, "DCM" (its reference
number "25" glued) dichloromethane, "p-benzoquinone" BQ, "DIBAL- H" DIBAL-H; "PMHS", polymethylhydrosiloxane,
is marked with no structure (``NONE``), as journal_h's polymer "paraformaldehyde"), and these choices for what
none met:

* reagents with the structure common usage fixes: "methyl Gilman reagent" lithium dimethylcuprate (ionic
  SMILES; a bare "Gilman reagent" would be a class), "Na2Se", "silver acetate", "ammonium formate" ionic
  SMILES, "Pd(OH)2" and "Rh2(cap)4" (dirhodium tetracaprolactamate) formulas (journal_a's transition-metal
  complexes), "G-II" the second-generation Grubbs catalyst (journal_q's formula), "DTT" and "diethyl
  azodicarboxylate" written without their stereo (dithiothreitol as sold is the racemic threo diol; DEAD as
  journal_q's unwritten E/Z), "betaine" glycine betaine, "IBX" 2-iodoxybenzoic acid, "OsO4" a formula;
  "Oxone" and "oxone" (a triple salt, 2KHSO5·KHSO4·K2SO4, of several structures) are marked with no structure
  (``NONE``, as journal_e's "PE"), the torn triple-salt formula's "K2SO4" is marked as itself and its "2KHSO5"
  glued to its count is not; "triﬂic anhydride",
  "N-methyl morpholine", "dba" and "dibenzylideneacetone" the (E,E) ketone, "phenyltriﬂuoroborate" the anion
  the name writes, "PhB(dan)" the 1,8-diaminonaphthalene boronamide;
* "naphthoquinone" (no locants) and "trimethoxyphenylacetalde- hyde 14c" (no locants) name one compound
  each with its locants unwritten (``UNKNOWN``, journal_r's rule), as is "diaminonaphthalene" (1,8- by the
  "dan" it makes, but unwritten); "(S)-ibuprofen" and "(R)-α-methylbenzylamine" keep their configurations;
  "1-bromo-2,4- hexadiene" is written without E/Z, "o-carboxycinnamic acid" is the (E) acid (journal_p's
  cinnamic acid of common usage; aligned after a second, independent labelling of the text); "2-aminophenol" and
  "benzoxazole" in "the ring - opening of benzoxazole" are the compounds;
* a name used as a modifier is marked (journal_p's rule): "naphthalene - based substrate";
* not marked: "tin hydride complex B", "tin hydroxide complex ( D )", "iminium ion",
  "copper" of the torn "copper triphenylphosphine" and "the copper catalyst" (a metal for a catalyst), "the
  phenol" and "benzyl alcohol 15" (a group of the substrate, and a parent before a number), "the
  benzyl pyrrole intermediate ( 9 )" (which atom carries the benzyl the text does not write), "salicyl
  N-tosylhydrazone substituted with 3,5- di-tert-butyl" (a derivative whose name the text does not write),
  "imidazo[1,2-a]imidazole 10", "benzothio- phene 4a", "the corresponding pyrazole" (parents and classes),
  "alkylbenzene", "N- tosylhydrazones", "naphthalenes", "heteroaromatics", "[11C]methylated thiazole
  [11C]-10" (classes), the enzyme "BHMT",
  "angiotensin II receptor antagonists" (a receptor), groups ("Boc group", "tosyl derivative", "THP ether",
  "B(pin)", "B(mida)") and the reaction names.
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
import names_journal_l_labels as journal_l
import names_journal_labels as journal
import names_journal_m_labels as journal_m
import names_journal_n_labels as journal_n
import names_journal_q_labels as journal_q
import names_journal_r_labels as journal_r
import names_journal_s_labels as journal_s

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 62
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines among none of
journal_a to journal_s, in file order (880 lines); the sentences are stored in the sample's order."""

SHARED = {
    journal: ("TBHP", "water", "DCE", "DMF", "pyridine", "Pd2(dba)3", "THF", "MeOH", "PPh3", "methanol")
    + ("Pd(OAc)2", "TBAF", "hydrogen"),
    journal_c: ("TBAB", "MnO2", "dichloromethane", "acetonitrile", "benzylamine", "acetic acid", "H2", "Pd / C")
    + ("tetrabutylammonium ﬂuoride",),
    journal_d: ("styrene", "AcOH", "Ac2O"),
    journal_e: ("naphthalene", "sodium hydride", "CsF", "CuBr", "BQ", "H2SO4"),
    journal_f: ("tetrabutylammonium bromide", "1,4-dioxane", "P(o-tolyl)3", "TMEDA"),
    journal_g: ("DIPEA", "tert-amyl alcohol"),
    journal_h: ("tetrahydrofuran", "lithium aluminum hydride"),
    journal_i: ("CuCl",),
    journal_j: ("NaH",),
    journal_k: ("sodium periodate",),
    journal_l: ("NHPI", "tBuOK"),
    journal_m: ("SiO2",),
    journal_n: ("benzyl alcohol",),
    journal_r: ("triphenylphosphine", "benzaldehyde"),
    journal_s: ("NMP",),
}
"""Texts labelled in an earlier journal set, whose labels this set takes."""

G_II = journal_q.LABELS["Grubbs second- generation catalyst"]
DBA = {"smiles": "O=C(/C=C/c1ccccc1)/C=C/c1ccccc1"}
OXONE = NONE  # a triple salt of several structures

LABELS: dict[str, dict] = {
    **{span: module.LABELS[span] for module, spans in SHARED.items() for span in spans},
    "1,2- dichloroethane": journal.LABELS["DCE"],
    "n-butyl lithium": journal.LABELS["nBuLi"],
    "Water": journal.LABELS["water"],
    "PMHS": NONE,
    "TMS-Cl": journal_k.LABELS["TMSCl"],
    "DCM": journal_c.LABELS["dichloromethane"],
    # solvents, acids, bases, salts and reagents
    "methyl Gilman reagent": {"smiles": "[Li+].C[Cu-]C"},
    "Na2Se": {"smiles": "[Na+].[Na+].[Se-2]", "formula": "Na2Se"},
    "silver acetate": {"smiles": "CC(=O)[O-].[Ag+]"},
    "ammonium formate": {"smiles": "[NH4+].O=C[O-]"},
    "Pd(OH)2": {"formula": "H2O2Pd"},
    "Rh2(cap)4": {"formula": "C24H40N4O4Rh2"},
    "G-II": G_II,
    "DTT": {"smiles": "OC(CS)C(O)CS"},
    "diethyl azodicarboxylate": {"smiles": "CCOC(=O)N=NC(=O)OCC"},
    "DEAD": {"smiles": "CCOC(=O)N=NC(=O)OCC"},
    "betaine": {"smiles": "C[N+](C)(C)CC(=O)[O-]"},
    "IBX": {"smiles": "O=C1OI(=O)(O)c2ccccc21"},
    "Oxone": OXONE,
    "oxone": OXONE,
    "K2SO4": {"smiles": "[K+].[K+].[O-]S([O-])(=O)=O", "formula": "K2SO4"},
    "OsO4": {"formula": "O4Os"},
    "triﬂic anhydride": {"smiles": "O=S(=O)(OS(=O)(=O)C(F)(F)F)C(F)(F)F"},
    "isobutyl chloroformate": {"smiles": "CC(C)COC(=O)Cl"},
    "N-methyl morpholine": {"smiles": "CN1CCOCC1"},
    "p-benzoquinone": journal_e.LABELS["BQ"],
    "DIBAL- H": journal_e.LABELS["DIBAL-H"],
    "dba": DBA,
    "dibenzylideneacetone": DBA,
    "isopropyl acetate": {"smiles": "CC(=O)OC(C)C"},
    "2-propanol": {"smiles": "CC(C)O"},
    "2,2,2-trichloroethyl phosphorodichloridate": {"smiles": "O=P(Cl)(Cl)OCC(Cl)(Cl)Cl"},
    "phenyltriﬂuoroborate": {"smiles": "F[B-](F)(F)c1ccccc1"},
    "PhB(dan)": {"smiles": "B1(c2ccccc2)Nc2cccc3cccc(N1)c23"},
    # organic compounds named in the sentences
    "2-(2,3-diﬂuoro-6- nitrophenoxy)propan-1-ol": {"smiles": "CC(CO)Oc1c([N+](=O)[O-])ccc(F)c1F"},
    "1-bromo-2,4- hexadiene": {"smiles": "CC=CC=CCBr"},
    "2,5-bis[hydroxy(dimethyl)methyl]- selenophene": {"smiles": "CC(C)(O)c1ccc(C(C)(C)O)[se]1"},
    "o-carboxycinnamic acid": {"smiles": "O=C(O)/C=C/c1ccccc1C(=O)O"},
    "(S)-ibuprofen": {"smiles": "CC(C)Cc1ccc([C@H](C)C(=O)O)cc1"},
    "(R)-α-methylbenzylamine": {"smiles": "C[C@@H](N)c1ccccc1"},
    "benzoxazole": {"smiles": "c1ccc2ocnc2c1"},
    "2-aminophenol": {"smiles": "Nc1ccccc1O"},
    "3-methyl-3- butene-1-ol": {"smiles": "C=C(C)CCO"},
    "3-bromo-(1-trimethyl- silyl)-1-propyne": {"smiles": "C[Si](C)(C)C#CCBr"},
    "Hexyl 5-oxohexanoate": {"smiles": "CCCCCCOC(=O)CCCC(C)=O"},
    "5-hydroxy-1-hexanol": {"smiles": "CC(O)CCCCO"},
    "anthranilamide": {"smiles": "NC(=O)c1ccccc1N"},
    "ethyl propiolate": {"smiles": "C#CC(=O)OCC"},
    "Allyl alcohol": {"smiles": "C=CCO"},
    "2,3-dibromopropan-1-ol": {"smiles": "OCC(Br)CBr"},
    # definite compounds whose structure the text does not give
    "naphthoquinone": UNKNOWN,
    "trimethoxyphenylacetalde- hyde": UNKNOWN,
    "diaminonaphthalene": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1325": ["naphthalene"],  # "N- tosylhydrazones": a class
    "raw.txt:450": ["TBAB", "tetrabutylammonium bromide", "TBHP"],
    "raw.txt:170": ["2-(2,3-diﬂuoro-6- nitrophenoxy)propan-1-ol"],
    "raw.txt:1904": ["water"],
    "raw.txt:560": ["methyl Gilman reagent", "tetrahydrofuran"],
    "raw.txt:1070": [],
    "raw.txt:718": [],  # "thioether", "sulfonate anion", "sulﬁlimine": classes
    "raw.txt:1544": ["lithium aluminum hydride"],  # "the phenol": a group; "benzyl alcohol 15": a parent
    "raw.txt:833": ["MnO2"],
    "raw.txt:446": ["PMHS", "Water"],  # tin complexes and "iminium ion": unnamed
    "raw.txt:1175": ["styrene", "NHPI", "CuCl", "1,2- dichloroethane", "DCE"],
    "raw.txt:478": [],  # "glycosyl-β-amino ester 2a", "glycosyl-β-azido ester 3a": classes
    "raw.txt:413": ["tBuOK", "1-bromo-2,4- hexadiene"],
    "raw.txt:14": ["Na2Se", "silver acetate", "2,5-bis[hydroxy(dimethyl)methyl]- selenophene"],
    "raw.txt:604": ["G-II"],  # "the tosyl derivative 4b": a group
    "raw.txt:1466": ["2,2,2-trichloroethyl phosphorodichloridate"],  # "cyclic phosphates": a class
    "raw.txt:315": [],
    "raw.txt:83": ["sodium hydride", "DMF"],
    "raw.txt:1089": [],
    "raw.txt:1087": [],
    "raw.txt:1198": [
        "triﬂic anhydride",
        "dichloromethane",
        "pyridine",
        "benzylamine",
        "acetonitrile",
        "DIPEA",
    ],  # "the ditriﬂate 25", "the bicyclic azetidine 26": classes
    "raw.txt:47": ["1,4-dioxane", "tert-amyl alcohol"],  # "Pd - catalyzed": a catalyst
    "raw.txt:1809": ["Pd2(dba)3", "dba", "dibenzylideneacetone", "P(o-tolyl)3", "CuBr", "CsF", "NMP"],
    "raw.txt:797": [],
    "raw.txt:1355": ["SiO2"],  # "amino ester 14b": a class
    "raw.txt:1483": [],
    "raw.txt:410": [],  # "arene 2e", "oleﬁn 1g": classes
    "raw.txt:1596": ["betaine", "DTT"],  # "BHMT": an enzyme
    "raw.txt:517": [],  # "the monomethyl ether 4": a class
    "raw.txt:1667": ["MeOH", "diethyl azodicarboxylate", "DEAD", "PPh3", "THF"],
    "raw.txt:204": ["methanol", "water", "acetic acid", "H2", "Pd / C"],
    "raw.txt:764": [
        "IBX",
        "Oxone",
        "K2SO4",
        "naphthalene",
        "Oxone",
        "o-carboxycinnamic acid",
        "naphthoquinone",
        "Oxone",
    ],  # "2KHSO5": glued to its count; "naphthalenes": a class
    "raw.txt:1270": [
        "OsO4",
        "sodium periodate",
        "oxone",
        "benzylamine",
        "isobutyl chloroformate",
        "N-methyl morpholine",
        "THF",
    ],
    "raw.txt:1040": [],
    "raw.txt:1301": ["Pd(OAc)2", "p-benzoquinone", "BQ"],
    "raw.txt:1412": ["DIBAL- H"],  # "the imidazo[1,2-a]imidazole 10": a parent
    "raw.txt:939": ["(S)-ibuprofen", "(R)-α-methylbenzylamine"],
    "raw.txt:714": ["isopropyl acetate"],  # "sulﬁlimine 3": a class
    "raw.txt:843": [],  # "polyenic vinyl iodide 14": a class
    "raw.txt:1068": ["MnO2", ("DCM", "25")],
    "raw.txt:41": ["triphenylphosphine", "benzoxazole", "2-aminophenol", "benzoxazole"],  # "copper": a metal
    "raw.txt:715": ["Rh2(cap)4"],
    "raw.txt:681": ["Ac2O", "AcOH", "H2SO4"],
    "raw.txt:1392": [],
    "raw.txt:998": [],  # "the Au(I) catalyst": a metal for a catalyst
    "raw.txt:559": [
        "3-methyl-3- butene-1-ol",
        "tetrahydrofuran",
        "n-butyl lithium",
        "TMEDA",
        "3-bromo-(1-trimethyl- silyl)-1-propyne",
        "tetrabutylammonium ﬂuoride",
        "tetrahydrofuran",
    ],  # "THP ether": a group
    "raw.txt:1593": ["Pd(OH)2", "hydrogen", "ammonium formate", "2-propanol"],
    "raw.txt:1399": [],  # "the Boc group": a group
    "raw.txt:656": ["Hexyl 5-oxohexanoate", "5-hydroxy-1-hexanol"],
    "raw.txt:487": ["phenyltriﬂuoroborate", "diaminonaphthalene", "PhB(dan)"],
    "raw.txt:1370": ["trimethoxyphenylacetalde- hyde"],  # "enamine 16": a class
    "raw.txt:1697": [],  # "the benzyl pyrrole intermediate ( 9 )": unwritten position
    "raw.txt:84": ["NaH", "DMF"],  # "the benzothio- phene 4a": a parent
    "raw.txt:1324": [],  # "salicyl N-tosylhydrazone substituted with ...": a family
    "raw.txt:1310": ["TBAF"],
    "raw.txt:1336": ["TBHP", "benzyl alcohol", "benzaldehyde"],  # "alkylbenzene": a class
    "raw.txt:496": ["TMS-Cl", "anthranilamide"],  # "aryl-B(pin) / B(mida)": groups
    "raw.txt:39": [],
    "raw.txt:385": ["ethyl propiolate"],  # "the corresponding pyrazole": a class
    "raw.txt:582": ["Allyl alcohol", "2,3-dibromopropan-1-ol"],
}
