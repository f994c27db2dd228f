"""Gold chemical-name spans and structures of the journal_r set of the names evaluation (see docs/names.md).

The text: 60 more sentences of ChemRxnExtractor's ``tests/data/raw.txt`` (MIT, Copyright (c) 2020 Jiang Guo;
commit 86be85e), kept verbatim in ``tests/data/names/journal_r_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample`` of the lines among none of journal_a to journal_q, in file order. Every
chemical mention was marked by hand, from the text alone, the finder never run on them, by the conventions of
journal_a to journal_q (a text they mark takes their label; other writings of their compounds take theirs:
"tribromoborane" BBr3, "n- butyllithium" nBuLi, "EtCO2H" propionic acid, "CH3I" iodomethane, "ethyl acetate"
EA, "2,2,6,6-tetramethylpiperidine-1- oxyl" TEMPO, "pyridinium p- toluenesulfonate" PPTS, "elemental iodine"
iodine, "copper iodide" CuI, "triphenylphosphine" PPh3, "diphenyldisulﬁde" journal_q's "phenyl disulﬁde",
"1- bromobutane" and "n-BuBr" journal_m's "bromobutane", "dimethylformamide" DMF), and these choices for what none met:

* "hexane" (singular, an eluent and a solvent) is n-hexane, its one compound; journal_f's "hexanes" (the
  mixture of isomers) stays ``NONE``; "t-BuOMe" is methyl tert-butyl ether, "LiBr" and "MgSO4" ionic SMILES
  (salts of simple ions), "InI3", "In(OH)3" and "In(OAc)3" formulas as journal_n's InCl3 and journal_m's
  In(OTf)3, "[(Ph3P)AuCl]" a formula (a named complex); "homoallyl iodide" is 4-iodobut-1-ene, "sodium
  cyclohexanoxide" the sodium alkoxide (ionic SMILES); "cyclooctene" is the cis ring of common usage, as journal_p's
  (E)-cinnamic acid; "tert- butylsulﬁnamide (R)-1" is written without its configuration (the "(R)" belongs to
  the compound number), as journal_q's "dodecan-4-olide";
* "o-NQM" is the ortho-naphthoquinone methide the sentence makes from 1-naphthol (2-methylenenaphthalen-1(2H)-one,
  its product "2-[(benzothienyl)methyl]-1- naphthol"); that product ( 2g ) and "diphenylthieno[3,2-b]thiophene
  ( 3q )" name one compound each with a locant unwritten (``UNKNOWN``, as journal_p's "dinitroantroquinone ( 2 )"),
  as are the galactosyl donor "3,4,6-tri-O-benzyl- protected galactosyl diethyl phosphite 11a" (anomer and D/L
  unwritten) and the cap analogues "m7GpNHpF" and "GpNHpF" (as journal_q's lesion abbreviations);
* a name with its substituents before a compound number is marked (journal_a's rule): "1,1-diphenyl ethynylcar-
  binol 1c" (1,1-diphenylprop-2-yn-1-ol), "3-cyano phthalide" ("unsubstituted", R3 = H), "ethyl acetoacetate
  2c"; "phenylglyoxal B" and its torn "phenyl- glyoxal B" (a named compound in a mechanism, as journal_i's
  species); a name used as a modifier is marked, as journal_p's "quinine - derived": "TEMPO adduct", "TEMPO
  oxidation", "isatin - derived N-Boc ketimine", "the 4-methylpiperidine products", "I2- promoted", "the
  triphenylphosphine ligand";
* not marked: "styrene-function- alized β-carboline 19" (a group), "the isatin moiety", "an aryl lithium
  reagent", "the C70 bis-heterocyclic derivative ( 1 )" (as journal_p, only the reactant "C70" is marked),
  "7- bromo S-phenyl phosphorothioate 9b" (its parent unwritten), "2,5-dihydro-1-benzoxepine 11a" (a parent, as
  journal_a's benzoxepine), the ring system "5,6-dihydropyrido[1,2-a]pyrrole", metals for a catalyst ("Rh(I)
  catalyst", "ruthenium - catalyzed", "palladium(II)- catalyzed"), the enzyme "DcpS", the exchanged atoms of
  "Br / Li interchange" and the reaction names "Kornblum oxidation" and "Overman rearrangement".
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_h_labels as journal_h
import names_journal_j_labels as journal_j
import names_journal_k_labels as journal_k
import names_journal_l_labels as journal_l
import names_journal_labels as journal
import names_journal_m_labels as journal_m
import names_journal_n_labels as journal_n
import names_journal_p_labels as journal_p
import names_journal_q_labels as journal_q

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 58
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines among none of
journal_a to journal_q, in file order (1,000 lines); the sentences are stored in the sample's order."""

SHARED = {
    journal: ("MeOH", "DDQ", "Et2O", "THF", "HCl", "TEMPO", "1,2-dichloroethane", "DMSO", "CuI", "DMF")
    + ("indene", "I2", "nBuLi"),
    journal_c: ("boron triﬂuoride etherate", "ethyl acetoacetate", "dichloromethane", "NaI"),
    journal_d: ("n-BuLi", "DTBP", "p-toluenesulfonyl chloride", "DMAc", "styrene"),
    journal_e: ("sodium hydride", "n-butyllithium"),
    journal_f: ("allyl bromide", "acetic anhydride"),
    journal_g: ("L-proline", "NaB(OAc)3H"),
    journal_h: ("tert-butoxy radical",),
    journal_j: ("sodium borohydride", "PhI(OAc)2", "TBHP"),
    journal_k: ("sodium periodate",),
    journal_l: ("nitromethane",),
    journal_m: ("In(OTf)3",),
    journal_n: ("KI",),
    journal_p: ("PPTS", "cinnamic acid", "C70"),
}
"""Texts labelled in an earlier journal set, whose labels this set takes."""

LABELS: dict[str, dict] = {
    **{span: module.LABELS[span] for module, spans in SHARED.items() for span in spans},
    "tribromoborane": journal_k.LABELS["BBr3"],
    "n- butyllithium": journal.LABELS["nBuLi"],
    "dimethylformamide": journal.LABELS["DMF"],
    "EtCO2H": journal_m.LABELS["propionic acid"],
    "CH3I": journal.LABELS["iodomethane"],
    "ethyl acetate": journal_e.LABELS["EA"],
    "2,2,6,6-tetramethylpiperidine-1- oxyl": journal.LABELS["TEMPO"],
    "pyridinium p- toluenesulfonate": journal_p.LABELS["PPTS"],
    "elemental iodine": journal_e.LABELS["iodine"],
    "copper iodide": journal.LABELS["CuI"],
    "triphenylphosphine": journal.LABELS["PPh3"],
    "diphenyldisulﬁde": journal_q.LABELS["phenyl disulﬁde"],
    "1- bromobutane": journal_m.LABELS["bromobutane"],
    "n-BuBr": journal_m.LABELS["bromobutane"],
    # solvents, acids, bases, salts and reagents
    "hexane": {"smiles": "CCCCCC"},
    "t-BuOMe": {"smiles": "COC(C)(C)C"},
    "cyclopentane": {"smiles": "C1CCCC1"},
    "LiBr": {"smiles": "[Li+].[Br-]"},
    "MgSO4": {"smiles": "[Mg+2].[O-]S(=O)(=O)[O-]"},
    "InI3": {"formula": "I3In"},
    "In(OH)3": {"formula": "H3InO3"},
    "In(OAc)3": {"formula": "C6H9InO6"},
    "[(Ph3P)AuCl]": {"formula": "C18H15AuClP"},
    "homoallyl iodide": {"smiles": "C=CCCI"},
    "sodium cyclohexanoxide": {"smiles": "[Na+].[O-]C1CCCCC1"},
    "thioacetic acid": {"smiles": "CC(=O)S"},
    "benzoyl chloride": {"smiles": "O=C(Cl)c1ccccc1"},
    "benzaldehyde": {"smiles": "O=Cc1ccccc1"},
    "piperidine": {"smiles": "C1CCNCC1"},
    "4-methylpiperidine": {"smiles": "CC1CCNCC1"},
    "hydroxide": {"smiles": "[OH-]"},
    "benzonitrile": {"smiles": "N#Cc1ccccc1"},
    "TBPB": {"smiles": "CC(C)(C)OOC(=O)c1ccccc1"},
    "o-NQM": {"smiles": "C=C1C=Cc2ccccc2C1=O"},
    # organic compounds named in the sentences
    "1,1-diphenyl ethynylcar- binol": {"smiles": "C#CC(O)(c1ccccc1)c1ccccc1"},
    "tert- butylsulﬁnamide": {"smiles": "CC(C)(C)S(N)=O"},
    "1-(2,2,6,6-tetramethylpiperidinyloxy)- benzene": {"smiles": "CC1(C)CCCC(C)(C)N1Oc1ccccc1"},
    "phenylglyoxal": {"smiles": "O=CC(=O)c1ccccc1"},
    "phenyl- glyoxal": {"smiles": "O=CC(=O)c1ccccc1"},
    "benzothiophene": {"smiles": "c1ccc2sccc2c1"},
    "3-cyano phthalide": {"smiles": "N#CC1OC(=O)c2ccccc21"},
    "benzoylformic acid": {"smiles": "O=C(O)C(=O)c1ccccc1"},
    "isatin": {"smiles": "O=C1Nc2ccccc2C1=O"},
    "cyclooctene": {"smiles": "C1=C\\CCCCCC/1"},
    "2-bromo-1,3-dimethylbenzene": {"smiles": "Cc1cccc(C)c1Br"},
    "1-heptyne": {"smiles": "C#CCCCCC"},
    # definite compounds whose structure the text does not give
    "diphenylthieno[3,2-b]thiophene": UNKNOWN,
    "m7GpNHpF": UNKNOWN,
    "GpNHpF": UNKNOWN,
    "2-[(benzothienyl)methyl]-1- naphthol": UNKNOWN,
    "3,4,6-tri-O-benzyl- protected galactosyl diethyl phosphite": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1189": ["sodium borohydride"],
    "raw.txt:428": [],  # "2-alkynylphenols", "benzofuran derivatives": classes
    "raw.txt:451": ["KI", "NaI", "TBHP"],
    "raw.txt:1489": [],  # "oxazolidinones": a class
    "raw.txt:1307": ["hexane", "ethyl acetate"],
    "raw.txt:1954": ["1,1-diphenyl ethynylcar- binol", "EtCO2H", "PhI(OAc)2"],
    "raw.txt:435": ["diphenylthieno[3,2-b]thiophene"],
    "raw.txt:99": [],  # "N-4-methoxybenze- nesulfonyl-4-aryl-1,2,3-triazoles", "pyrazines": classes
    "raw.txt:420": [],  # "the Rh(I) catalyst": a catalyst
    "raw.txt:924": ["tert- butylsulﬁnamide", "MgSO4", "pyridinium p- toluenesulfonate", "PPTS"],
    "raw.txt:825": ["m7GpNHpF", "GpNHpF", "CH3I", "DMSO"],
    "raw.txt:710": ["sodium periodate"],
    "raw.txt:1948": [
        "2,2,6,6-tetramethylpiperidine-1- oxyl",
        "TEMPO",
        "TEMPO",
        "1-(2,2,6,6-tetramethylpiperidinyloxy)- benzene",
    ],
    "raw.txt:576": ["1,2-dichloroethane"],
    "raw.txt:1642": ["thioacetic acid"],  # "thioacetates 40 and 41": a class
    "raw.txt:1796": ["MeOH"],
    "raw.txt:538": ["DDQ"],  # "styrene-function- alized β-carboline 19": a group on a class
    "raw.txt:1983": [
        "Et2O",
        "t-BuOMe",
        "n- butyllithium",
        "n-BuLi",
        "hexane",
        "cyclopentane",
        "THF",
        "1- bromobutane",
        "n-BuBr",
        "LiBr",
    ],
    "raw.txt:1634": ["homoallyl iodide", "allyl bromide"],
    "raw.txt:1266": [],
    "raw.txt:851": [],  # "a MOM ether": a group
    "raw.txt:568": ["tribromoborane"],
    "raw.txt:1784": [],
    "raw.txt:1188": ["acetic anhydride", "boron triﬂuoride etherate"],
    "raw.txt:243": [],
    "raw.txt:27": ["InI3", "In(OTf)3", "In(OH)3", "In(OAc)3"],
    "raw.txt:1003": [],  # "amino acid ester ( 7 )": a class
    "raw.txt:463": ["[(Ph3P)AuCl]"],
    "raw.txt:960": [],
    "raw.txt:1533": ["phenylglyoxal", "DMSO", "phenyl- glyoxal", "I2"],
    "raw.txt:171": [],  # "(R)- alcohol", "(S)-acetate 6e": classes
    "raw.txt:930": ["HCl", "MeOH", "NaB(OAc)3H"],
    "raw.txt:1126": ["indene", "styrene", "o-NQM", "benzothiophene", "2-[(benzothienyl)methyl]-1- naphthol"],
    "raw.txt:1339": ["3-cyano phthalide"],  # "MBH carbonates 2": a class
    "raw.txt:755": ["piperidine", "4-methylpiperidine"],
    "raw.txt:734": ["benzoylformic acid", "cinnamic acid"],
    "raw.txt:151": ["TEMPO"],
    "raw.txt:237": ["isatin", "nitromethane"],
    "raw.txt:1588": [],
    "raw.txt:1352": ["benzoyl chloride", "p-toluenesulfonyl chloride", "dichloromethane"],
    "raw.txt:1575": [],  # "5,6-dihydropyrido[1,2-a]pyrrole ring system": a ring system
    "raw.txt:299": ["dimethylformamide", "DMF", "benzaldehyde", "diphenyldisulﬁde"],
    "raw.txt:605": [],
    "raw.txt:85": ["sodium hydride", "DMF", "CuI", "L-proline"],
    "raw.txt:406": [],  # "an isatin moiety": a group
    "raw.txt:1778": [],
    "raw.txt:587": ["cyclooctene"],
    "raw.txt:616": ["ethyl acetoacetate"],  # "3-formyl-2-furylcarbinols 3a1 , 3c1 and 3s1": a class
    "raw.txt:384": ["triphenylphosphine"],
    "raw.txt:1259": ["2-bromo-1,3-dimethylbenzene", "n-butyllithium", "n-BuLi", "THF"],
    "raw.txt:1246": ["elemental iodine", "copper iodide", "DTBP"],
    "raw.txt:1468": ["sodium cyclohexanoxide"],  # "N-tert-butyl imine": a class
    "raw.txt:509": ["1-heptyne"],
    "raw.txt:1541": [],  # "2,5-dihydro-1-benzoxepine 11a": a parent
    "raw.txt:1371": [("C70", " with"), "hydroxide", "benzonitrile", "I2"],
    "raw.txt:1875": [],  # "7- bromo S-phenyl phosphorothioate 9b": its parent unwritten
    "raw.txt:175": ["TBPB", "tert-butoxy radical", "DMAc"],
    "raw.txt:350": ["3,4,6-tri-O-benzyl- protected galactosyl diethyl phosphite"],
    "raw.txt:437": [],
    "raw.txt:921": ["I2"],
}
