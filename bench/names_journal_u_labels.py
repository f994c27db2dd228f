"""Gold chemical-name spans and structures of the journal_u set of the names evaluation (see docs/names.md).

The text: 60 more sentences of ChemRxnExtractor's ``tests/data/raw.txt`` (MIT, Copyright (c) 2020 Jiang Guo;
commit 86be85e), kept verbatim in ``tests/data/names/journal_u_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample`` of the lines among none of journal_a to journal_t, in file order. Every
chemical mention was marked by hand, from the text alone, the finder never run on them, by the conventions of
journal_a to journal_t (a text they mark takes their label; other writings of their compounds take theirs:
"tert-butyl hydroperoxide" TBHP, "H2O2" hydrogen peroxide, "2,2,6,6-tetramethyl-1-piperidinyloxy" TEMPO,
"diphenyl disulﬁde" journal_q's "phenyl disulﬁde", "n-hexane" journal_r's hexane, "Schwartz ’s catalyst"
journal_m's "Schwartz ’s reagent", "dba" and "dibenzylideneacetone" journal_t's), and these choices for what
none met:

* reagents with the structure common usage fixes: "TBDMS chloride" and "TBSCl" one compound, "NaOtBu" and
  "lithium trimethylsilyl acetylide" ionic SMILES, "NaB3H4" sodium borohydride with its four tritiums written,
  "Rh2(Oct)4" (rhodium(II) octanoate) a formula (journal_a's transition-metal complexes), "HBPyU" the
  hexafluorophosphate uronium salt of common usage, "SPhos" and its spelt-out name one compound,
  "iodobenzene diacetate" journal_e's PIDA, "diacetyl" butane-2,3-dione, "dimedone"
  5,5-dimethylcyclohexane-1,3-dione, "(1-bromovinyl)-MIDA boronate" the MIDA ester of that boronic acid (its
  eight-membered ring written without the N-B bond, as PubChem writes MIDA boronates);
* "thiophenol" of "deuterium- labeled thiophenol" takes journal_d's label (the labelling written apart, a
  modifier); "n-hexyne" is hex-1-yne; "D-mannose" the pyranose, its anomer unwritten;
  "trans-1-chloro-2-octene" keeps its E; "1-bromostyrene"
  is (1-bromovinyl)benzene; "2′-aminostyrene 4g" ("unsubstituted") 2-vinylaniline and "isatin 2g" the parent
  isatin it gives; "4-[(trimethylsilyl)ethynyl] > benzaldehyde" (a stray ">" inside) one mention, the
  benzaldehyde it names; "DBU" of "DBU salt 8" marked (a name used as a modifier, journal_p's rule), as are
  "allyl alcohol" of "allyl alcohol based isoprenyl-Bpin" (journal_t's "Allyl alcohol") and "Antroquinonol" of
  "Antroquinonol synthesis";
* ``UNKNOWN``: "1-bromotoluene" (no such locant on toluene's ring: which bromotoluene the text does not say),
  "iodoisatin 3a" (its locant unwritten, journal_r's rule), the natural products "hemitectol" (its reference
  number "23" glued) and "Antroquinonol" (journal_a's rule), "perbenzylated lyxonolactone 7" (its D/L and ring
  size unwritten, as journal_r's galactosyl donor);
* not marked: the codes "[1-3H]3-OPP", "[1-3H]4-OPP", "1-OPP", "2-OPP", "3- OH / OTs", "BDP-H", "BDP-TMS"
  and the classes and parents before a number ("naphthoquinone 1b", "2-vinylindole 1h linked with an aliphatic
  methyl group", "pyrrole 7", "furan 14", "diphenyl phosphate 61" (a glycosyl ester), "BODIPY", "dipyrromethane",
  "dipyrrin", "8-methylquinolines", "8-(nitromethyl)- quinolines", "5-azaindoles ( pyrrolo[3,2-c]pyridines )",
  "phenylacetylenes", "sodium arylsulﬁnates", "aryl chloride", "the quinoline product 3c",
  "isoprenyl-Bpin 2d" (its isoprenyl position unwritten)), the "methyl" of the torn "methyl or phenyl lithium",
  the stray "·OEt2" of BF3's torn etherate (journal_a), "serotonin 5-HT ligands" (a receptor), groups
  ("t- butyldimethylsilyl group", "dimethoxytrityl group", "acetonide moiety", "N-Boc group") and
  the reaction names.
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
import names_journal_t_labels as journal_t

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 63
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines among none of
journal_a to journal_t, in file order (820 lines); the sentences are stored in the sample's order."""

SHARED = {
    journal: ("TBAF", "DMF", "CuI", "dioxane", "THF", "DBU", "pyridine", "methanol", "water", "TEMPO", "BF3")
    + ("MeOH", "K2CO3", "TBHP", "TFA", "Pd2(dba)3", "DDQ", "I2"),
    journal_c: ("tetrabutylammonium ﬂuoride", "potassium carbonate", "CH3CN", "acetone", "acetic acid", "H2")
    + ("Pd / C", "MnO2", "triethylamine", "Cu(OAc)2"),
    journal_d: ("thiophenol",),
    journal_e: ("DIBAL-H", "iodine", "CH2Cl2"),
    journal_f: ("nitrosobenzene", "iodine monoacetate", "DAST"),
    journal_g: ("AgSbF6",),
    journal_h: ("mCPBA",),
    journal_j: ("DMAP", "Et3N"),
    journal_k: ("γ-butyrolactone", "NaBH4"),
    journal_l: ("TsOH",),
    journal_m: ("diisobutylaluminum hydride",),
    journal_n: ("phenyl lithium",),
    journal_q: ("palladium acetate",),
    journal_r: ("triphenylphosphine", "ethyl acetate", "isatin"),
    journal_t: ("dba", "dibenzylideneacetone"),
}
"""Texts labelled in an earlier journal set, whose labels this set takes."""

TBSCL = {"smiles": "CC(C)(C)[Si](C)(C)Cl"}
SPHOS = {"smiles": "COc1cccc(OC)c1-c1ccccc1P(C1CCCCC1)C1CCCCC1"}
DIAD = {"smiles": "CC(C)OC(=O)N=NC(=O)OC(C)C"}

LABELS: dict[str, dict] = {
    **{span: module.LABELS[span] for module, spans in SHARED.items() for span in spans},
    "tert-butyl hydroperoxide": journal.LABELS["TBHP"],
    "H2O2": journal_i.LABELS["hydrogen peroxide"],
    "2,2,6,6-tetramethyl-1-piperidinyloxy": journal.LABELS["TEMPO"],
    "diphenyl disulﬁde": journal_q.LABELS["phenyl disulﬁde"],
    "n-hexane": journal_r.LABELS["hexane"],
    "Schwartz ’s catalyst": journal_m.LABELS["Schwartz ’s reagent"],
    # solvents, acids, bases, salts and reagents
    "diisopropyla- zodicarboxylate": DIAD,
    "DIAD": DIAD,
    "TBDMS chloride": TBSCL,
    "TBSCl": TBSCL,
    "imidazole": {"smiles": "c1c[nH]cn1"},
    "HBPyU": {"smiles": "F[P-](F)(F)(F)(F)F.O(C(=[N+]1CCCC1)N1CCCC1)n1nnc2ccccc21"},
    "MeOCOCl": {"smiles": "COC(=O)Cl"},
    "NaB3H4": {"smiles": "[Na+].[3H][B-]([3H])([3H])[3H]"},
    "lithium trimethylsilyl acetylide": {"smiles": "[Li+].C[Si](C)(C)C#[C-]"},
    "iodobenzene diacetate": journal_e.LABELS["PIDA"],
    "Rh2(Oct)4": {"formula": "C32H60O8Rh2"},
    "SPhos": SPHOS,
    "2-dicyclohex- ylphosphino-2′,6′-dimethoxybiphenyl": SPHOS,
    "NaOtBu": {"smiles": "CC(C)(C)[O-].[Na+]"},
    "pinacolborane": {"smiles": "CC1(C)OBOC1(C)C"},
    "(1-bromovinyl)-MIDA boronate": {"smiles": "C=C(Br)B1OC(=O)CN(C)CC(=O)O1"},
    # organic compounds named in the sentences
    "2-bromo-3- nitrophenol": {"smiles": "Oc1cccc([N+](=O)[O-])c1Br"},
    "n-hexyne": {"smiles": "C#CCCCC"},
    "4-bromo-3,5-diphenyl-3H-oxazol-2-one": {"smiles": "O=C1OC(c2ccccc2)=C(Br)N1c1ccccc1"},
    "3,5-diphenyl- 3H-oxazol-2-one": {"smiles": "O=C1OC(c2ccccc2)=CN1c1ccccc1"},
    "1-bromostyrene": {"smiles": "C=C(Br)c1ccccc1"},
    "2′-aminostyrene": {"smiles": "C=Cc1ccccc1N"},
    "tert-butyl 2-(but-3-yn-1-yloxy) acetate": {"smiles": "C#CCCOCC(=O)OC(C)(C)C"},
    "2,2,6,6- tetramethyl-1-((phenylthio)oxy)piperidine": {"smiles": "CC1(C)CCCC(C)(C)N1OSc1ccccc1"},
    "D-mannose": {"smiles": "OC[C@H]1OC(O)[C@@H](O)[C@@H](O)[C@H]1O"},
    "2-mercaptobenzimida- zole": {"smiles": "Sc1nc2ccccc2[nH]1"},
    "ethyl 3-(4- nitrophenyl)-5-phenylpyrazine-2-carboxylate": {
        "smiles": "CCOC(=O)c1ncc(-c2ccccc2)nc1-c1ccc([N+](=O)[O-])cc1"
    },
    "benzene-1,2-diamine": {"smiles": "Nc1ccccc1N"},
    "2-nitroaniline": {"smiles": "Nc1ccccc1[N+](=O)[O-]"},
    "4- tert-Butylbenzyl azide": {"smiles": "CC(C)(C)c1ccc(CN=[N+]=[N-])cc1"},
    "N-(diphenylvinylidene)-2,6-diisopropylaniline": {"smiles": "CC(C)c1cccc(C(C)C)c1N=C=C(c1ccccc1)c1ccccc1"},
    "2,4-dimethylpyrrole": {"smiles": "Cc1c[nH]c(C)c1"},
    "4-[(trimethylsilyl)ethynyl] > benzaldehyde": {"smiles": "C[Si](C)(C)C#Cc1ccc(C=O)cc1"},
    "(2-bromoallyl)- trimethylsilane": {"smiles": "C=C(Br)C[Si](C)(C)C"},
    "4- iodopyridin-3-amine": {"smiles": "Nc1cnccc1I"},
    "p-nitrochlorobenzene": {"smiles": "O=[N+]([O-])c1ccc(Cl)cc1"},
    "m-nitrochlorobenzene": {"smiles": "O=[N+]([O-])c1cccc(Cl)c1"},
    "dimedone": {"smiles": "CC1(C)CC(=O)CC(=O)C1"},
    "trans-1-chloro-2-octene": {"smiles": "CCCCC/C=C/CCl"},
    "biphenyl-2-carboxaldehyde": {"smiles": "O=Cc1ccccc1-c1ccccc1"},
    "4-tert-butylani- line": {"smiles": "CC(C)(C)c1ccc(N)cc1"},
    "diacetyl": {"smiles": "CC(=O)C(C)=O"},
    "(S)-2-(diphenyl((trimethylsilyl)oxy)methyl)- pyrrolidine": {
        "smiles": "C[Si](C)(C)OC(c1ccccc1)(c1ccccc1)[C@@H]1CCCN1"
    },
    "N-Boc-L-proline": {"smiles": "CC(C)(C)OC(=O)N1CCC[C@H]1C(=O)O"},
    # definite compounds whose structure the text does not give
    "1-bromotoluene": UNKNOWN,
    "iodoisatin": UNKNOWN,
    "perbenzylated lyxonolactone": UNKNOWN,
    "allyl alcohol": journal_t.LABELS["Allyl alcohol"],
    "hemitectol": UNKNOWN,
    "Antroquinonol": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1109": ["2-bromo-3- nitrophenol", "triphenylphosphine", "diisopropyla- zodicarboxylate", "DIAD"],
    "raw.txt:1108": ["tetrabutylammonium ﬂuoride", "TBAF"],  # "the t- butyldimethylsilyl group": a group
    "raw.txt:741": ["CuI", "DMF"],
    "raw.txt:645": [],
    "raw.txt:1210": ["TBDMS chloride", "DMF", "imidazole", "potassium carbonate", "dioxane"],
    "raw.txt:1662": ["thiophenol", "n-hexyne"],  # "α-thioaldehyde ( 4b )": a class
    "raw.txt:258": ["γ-butyrolactone"],  # "γ-hydroxy ketone 3g", "cyclic enol ether 5": classes
    "raw.txt:973": ["DBU", "HBPyU", "DMAP", "CH3CN", "THF"],
    "raw.txt:1881": ["MeOCOCl", "acetone"],  # "the intermediate alkoxide": a class
    "raw.txt:239": [],
    "raw.txt:221": ["4-bromo-3,5-diphenyl-3H-oxazol-2-one", "3,5-diphenyl- 3H-oxazol-2-one"],
    "raw.txt:532": [],  # "2-vinylindole 1h linked with ...", "spiro[tetrahydrocarbazole-3,3′- oxindole ] 3ha"
    "raw.txt:731": [("hemitectol", "23"), "allyl alcohol", "pyridine"],  # "naphthoquinone 1b", "isoprenyl-Bpin 2d"
    "raw.txt:215": ["methanol", "water", "acetic acid", "H2", "Pd / C"],
    "raw.txt:1567": [
        "(1-bromovinyl)-MIDA boronate",
        "1-bromostyrene",
        "nitrosobenzene",
        "1-bromotoluene",
        "palladium acetate",
        "SPhos",
    ],
    "raw.txt:784": ["MnO2"],
    "raw.txt:1873": ["TBAF"],  # "a dimethoxytrityl group", "the 5′-O-TBS group": groups
    "raw.txt:1528": ["2′-aminostyrene", "isatin"],
    "raw.txt:177": ["AgSbF6", "AgSbF6"],
    "raw.txt:564": ["MnO2", "NaB3H4", "methanol", "THF"],  # "[1-3H]3-OPP", "1-OPP", "3- OH / OTs": codes
    "raw.txt:1664": [
        "tert-butyl 2-(but-3-yn-1-yloxy) acetate",
        "thiophenol",
        "TEMPO",
        "2,2,6,6-tetramethyl-1-piperidinyloxy",
        "2,2,6,6- tetramethyl-1-((phenylthio)oxy)piperidine",
        "diphenyl disulﬁde",
    ],  # "α- thioaldehyde ( 4a )": a class
    "raw.txt:352": ["thiophenol", "BF3"],  # "diphenyl phosphate 61", "thioglycosides": classes; "·OEt2" stray
    "raw.txt:836": ["Antroquinonol", "lithium trimethylsilyl acetylide", "D-mannose", "K2CO3", "MeOH"],
    "raw.txt:597": ["2-mercaptobenzimida- zole"],  # "serotonin 5-HT ligands": a receptor
    "raw.txt:693": ["iodobenzene diacetate", "iodine", "iodine monoacetate"],
    "raw.txt:1494": [],  # "pyrrole 7": a parent before a number; "amidine 13": a class
    "raw.txt:1693": [],
    "raw.txt:97": ["Rh2(Oct)4", "ethyl acetate", "ethyl 3-(4- nitrophenyl)-5-phenylpyrazine-2-carboxylate"],
    "raw.txt:114": ["mCPBA", "Cu(OAc)2"],
    "raw.txt:1488": [],  # "oxazolidinones 19 and 28": a class
    "raw.txt:1795": [],  # "the OMe group", "an O-pivaloyl group": groups
    "raw.txt:457": ["TEMPO"],
    "raw.txt:575": ["tert-butyl hydroperoxide", "TBHP", "H2O2"],
    "raw.txt:1931": [],  # "8-methylquinolines", "8-(nitromethyl)- quinolines": classes; a catalyst's metal
    "raw.txt:1535": ["benzene-1,2-diamine", "2-nitroaniline"],
    "raw.txt:1381": ["TFA"],  # "SF5 - substituted DPMs": a class
    # "methyl" of "methyl or phenyl lithium": torn; "furan 14": a parent
    "raw.txt:1065": ["perbenzylated lyxonolactone", "phenyl lithium"],
    "raw.txt:1079": [],  # "the N-Boc group": a group; "primary amine C": a class
    "raw.txt:1603": [
        "Pd2(dba)3",
        "dba",
        "dibenzylideneacetone",
        "SPhos",
        "SPhos",
        "2-dicyclohex- ylphosphino-2′,6′-dimethoxybiphenyl",
        "NaOtBu",
    ],
    "raw.txt:917": ["4- tert-Butylbenzyl azide"],  # "the quinoline product 3c": a class
    "raw.txt:1215": [
        "N-(diphenylvinylidene)-2,6-diisopropylaniline",
        "diisobutylaluminum hydride",
        "DIBAL-H",
        "n-hexane",
    ],  # "Ketenimine 1a", "aluminum enamide 5a": classes
    "raw.txt:1745": [],
    "raw.txt:542": [],
    "raw.txt:294": [
        "2,4-dimethylpyrrole",
        "4-[(trimethylsilyl)ethynyl] > benzaldehyde",
        "TFA",
        "DDQ",
        "Et3N",
        "BF3",
    ],  # "BDP-H", "BDP-TMS": codes; "BODIPY", "dipyrromethane", "dipyrrin": classes
    "raw.txt:100": [],
    "raw.txt:120": ["DBU", "CH3CN", "K2CO3", "MeOH"],
    "raw.txt:867": ["(2-bromoallyl)- trimethylsilane"],  # "Grignard reagent", "allylsilane 18", "butyrolactone"
    "raw.txt:1559": ["pinacolborane", ("Schwartz ’s catalyst", "11a")],
    "raw.txt:837": ["TBSCl", "CH2Cl2", "triethylamine"],  # "the acetonide moiety", "TBS ether 11": groups
    "raw.txt:1890": ["4- iodopyridin-3-amine"],  # "5-azaindoles ( pyrrolo[3,2-c]pyridines )": a class
    "raw.txt:322": ["p-nitrochlorobenzene", "m-nitrochlorobenzene"],  # "sodium arylsulﬁnates", "aryl chloride"
    "raw.txt:72": ["NaBH4"],
    "raw.txt:1448": ["DAST"],
    "raw.txt:473": [],  # "phenylacetylenes": a class
    "raw.txt:1530": ["I2", "iodoisatin"],
    "raw.txt:29": ["dimedone"],  # "1,3-diketone", "a xanthenedione derivative": classes
    "raw.txt:993": ["trans-1-chloro-2-octene"],
    "raw.txt:1094": [],  # "the N-Boc derivative 17": a class
    "raw.txt:154": ["biphenyl-2-carboxaldehyde", "4-tert-butylani- line", "diacetyl", "TsOH"],
    "raw.txt:945": ["(S)-2-(diphenyl((trimethylsilyl)oxy)methyl)- pyrrolidine", "N-Boc-L-proline"],
}
