"""Gold chemical-name spans and structures of the journal_s set of the names evaluation (see docs/names.md).

The text: 60 more sentences of ChemRxnExtractor's ``tests/data/raw.txt`` (MIT, Copyright (c) 2020 Jiang Guo;
commit 86be85e), kept verbatim in ``tests/data/names/journal_s_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample`` of the lines among none of journal_a to journal_r, in file order. Every
chemical mention was marked by hand, from the text alone, the finder never run on them, by the conventions of
journal_a to journal_r (a text they mark takes their label; other writings of their compounds take theirs:
"n-Bu4NF" TBAF, "potassium iodide" KI, "sodium triacetoxyborohydride" journal_g's NaB(OAc)3H, "trimethylsilyl
chloride" TMSCl, "Cl3CCO2H" TCA, "dichlorophe- nylphosphine" and "dichloro(phenyl)phosphine" one compound),
and these choices for what none met:

* "DMP" is Dess-Martin periodinane here, as the sentence says ("Dess − Martin periodinane ( DMP )"), where
  journal_l's sentence made it 2,2-dimethoxypropane: the one text an earlier set labelled that this set labels
  otherwise (``REDEFINED``);
* reagents with the structure common usage fixes: "TBAOH", "tetrabutylammonium iodide" and "TBAI", "LiOH",
  "sodium nitrite" ionic SMILES; "TBA - thioacetate" (the tetrabutylammonium salt named as its parts) one
  mention with the salt's ionic SMILES (journal_g's rule), "trichloroacetate" of "trichloroacetate anion" the
  anion (journal_f's rule); "PdCl2(PPh3)2" a formula (journal_a's transition-metal complexes); "HI" as
  journal_a's HCl; "NMP" N-methyl-2-pyrrolidone; "dianisylamine" bis(4-methoxyphenyl)amine; "naphtalene"
  (misspelt) naphthalene; "ONO2H" the formula the sentence gives for peroxynitrous acid, its SMILES;
  "chroman-2,4-dione" the diketo tautomer its name writes (its "4-hydroxy coumarin" takes journal_l's label);
  "β-methylstyrene" is written without its E/Z, as journal_q's "dodecan-4-olide"; "BtSH" benzothiazole-2-thiol,
  "N- phenyltetrazole disulﬁde" bis(1-phenyl-1H-tetrazol-5-yl) disulfide (the disulfide of the usual
  1-phenyltetrazole-5-thiol);
* the iodonium salts of "Dibenziodolium iodide 2" (one mention, the salt) and "dibenziodolium as
  hexaﬂuorophosphate 4 or tetraﬂuor-" (the cation "dibenziodolium" and the anion "hexaﬂuorophosphate" each
  marked; the torn "tetraﬂuor-" is not); "2,2′-diaminodiphenyl 1" and "2-amino-2′-iododiphenyl 3" are the
  biphenyls they name;
* ``UNKNOWN``: "dehydroguanidinohydantoin-2′-deoxyribonucleoside" and its "dGhox" (lesions, as journal_q's
  "5-HOO-dG"), "murrayamine D" (journal_a's rule), "2-chloro phenylpyridine ( 2aa )" (which ring carries the
  chlorine and where the phenyl sits the text does not write), "2-(trimethylsilyl)naphtho[2,3-b]phosphole P-oxide
  3" (its P substituent unwritten); the glycoside of raw.txt:1465 is marked whole, its name parsed by OPSIN
  with its arrows written "->";
* not marked: "aniline 4" and "aniline byproduct" (a parent before a number, and that product), "B21C7" in
  "B21C7 derivative", "B21C7 - containing benzyl bromide" and "B21C7 macrocycle" (a moiety of a class), the
  codes "PFAA", "FG12", "FG13", "N-ph-B", "N3-ph-B" and "N3-ph-B2", the garbled solvate "4 & 3THF" (its THF
  glued to its count), "o- boronatophenylphosphine 10" and "β-iodo-α- amino acid 9b" (classes), "Triazole ( 2n )"
  (a parent), "trans-bicyclo[3.3.0]- octane system" (a ring system), "ammonium- treatment of directed" (a
  directing group, its words torn), groups ("MOM", "TBS ether", "Ns group", "N-oxide moiety") and the reaction
  names "Ley oxidation" and "Pinnick oxidation".
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_i_labels as journal_i
import names_journal_j_labels as journal_j
import names_journal_k_labels as journal_k
import names_journal_l_labels as journal_l
import names_journal_labels as journal
import names_journal_n_labels as journal_n
import names_journal_o_labels as journal_o
import names_journal_r_labels as journal_r

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 59
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines among none of
journal_a to journal_r, in file order (940 lines); the sentences are stored in the sample's order."""

SHARED = {
    journal: ("THF", "DMF", "sodium azide", "K2CO3", "MeOH", "TBAF", "Pd(PPh3)4", "nBuLi", "methanol", "TCA")
    + ("water", "I2"),
    journal_c: ("ethanol", "dOG", "dG", "toluene", "acetonitrile"),
    journal_d: ("CuCl2", "PBr3", "AcOH"),
    journal_e: ("hydrochloric acid", "iodine"),
    journal_f: ("TMEDA",),
    journal_g: ("oxygen", "Zn", "NaB(OAc)3H"),
    journal_i: ("NH3", "hydrogen peroxide"),
    journal_j: ("TPAP", "NMO"),
    journal_k: ("TMSCl",),
    journal_l: ("TsOH", "4-hydroxy coumarin"),
    journal_n: ("KI",),
    journal_o: ("2,6-lutidine",),
    journal_r: ("thioacetic acid",),
}
"""Texts labelled in an earlier journal set, whose labels this set takes."""

REDEFINED = ("DMP",)
"""Texts an earlier journal set labelled that a sentence here defines as another compound."""

GLYCOSIDE_NAME = (
    "8-azido-3,6-dioxaoctyl 2,4-di-O-benzyl-3,6-dideoxy-α-L-xylo-hexopyranosyl-(1->4)-"
    "[3-O-benzyl-β-D-galactopyranosyl-(1->3)]-6-O-benzyl-2-deoxy-2-trichloroacetamido-β-D-glucopyranoside"
)
"""The glycoside of raw.txt:1465 as OPSIN reads it (its linkage arrows written "->")."""
GLYCOSIDE = GLYCOSIDE_NAME.replace("(1->4)", "(1→ 4)").replace("(1->3)", "(1→3)")
"""The glycoside as the sentence writes it (a hyphenation space after its first arrow)."""

DIBENZIODOLIUM = "c1ccc2c(c1)-c1ccccc1[I+]2"
PHENYLDICHLOROPHOSPHINE = {"smiles": "ClP(Cl)c1ccccc1"}
BTSH = {"smiles": "Sc1nc2ccccc2s1"}

LABELS: dict[str, dict] = {
    **{span: module.LABELS[span] for module, spans in SHARED.items() for span in spans},
    "n-Bu4NF": journal.LABELS["TBAF"],
    "potassium iodide": journal_n.LABELS["KI"],
    "sodium triacetoxyborohydride": journal_g.LABELS["NaB(OAc)3H"],
    "trimethylsilyl chloride": journal_k.LABELS["TMSCl"],
    "Cl3CCO2H": journal.LABELS["TCA"],
    "dichlorophe- nylphosphine": PHENYLDICHLOROPHOSPHINE,
    "dichloro(phenyl)phosphine": PHENYLDICHLOROPHOSPHINE,
    # solvents, acids, bases, salts and reagents
    "DMP": {"smiles": "CC(=O)OI1(OC(C)=O)(OC(C)=O)OC(=O)c2ccccc21"},
    "Dess − Martin periodinane": {"smiles": "CC(=O)OI1(OC(C)=O)(OC(C)=O)OC(=O)c2ccccc21"},
    "TBAOH": {"smiles": "CCCC[N+](CCCC)(CCCC)CCCC.[OH-]"},
    "TBA - thioacetate": {"smiles": "CCCC[N+](CCCC)(CCCC)CCCC.CC(=O)[S-]"},
    "tetrabutylammonium iodide": {"smiles": "CCCC[N+](CCCC)(CCCC)CCCC.[I-]"},
    "TBAI": {"smiles": "CCCC[N+](CCCC)(CCCC)CCCC.[I-]"},
    "LiOH": {"smiles": "[Li+].[OH-]"},
    "sodium nitrite": {"smiles": "[Na+].[O-]N=O"},
    "trichloroacetate": {"smiles": "[O-]C(=O)C(Cl)(Cl)Cl"},
    "PdCl2(PPh3)2": {"formula": "C36H30Cl2P2Pd"},
    "HI": {"smiles": "I", "formula": "HI"},
    "NMP": {"smiles": "CN1CCCC1=O"},
    "DMA": journal_l.LABELS["DMA"],
    "CH3OCH2Cl": {"smiles": "COCCl"},
    "p-tosyl hydrazide": {"smiles": "Cc1ccc(S(=O)(=O)NN)cc1"},
    "peroxynitrous acid": {"smiles": "O=NOO"},
    "ONO2H": {"smiles": "O=NOO"},
    "benzene": {"smiles": "c1ccccc1"},
    "veratrole": {"smiles": "COc1ccccc1OC"},
    "naphtalene": {"smiles": "c1ccc2ccccc2c1"},
    "o-xylene": {"smiles": "Cc1ccccc1C"},
    "1- adamantanol": {"smiles": "OC12CC3CC(CC(C3)C1)C2"},
    "o-tolyldichlorophosphine": {"smiles": "Cc1ccccc1P(Cl)Cl"},
    "benzothiazole 2-thiol": BTSH,
    "benzothiazole 2- thiol": BTSH,
    "BtSH": BTSH,
    "N- phenyltetrazole disulﬁde": {"smiles": "c1ccc(-n2nnnc2SSc2nnnn2-c2ccccc2)cc1"},
    "Dibenziodolium iodide": {"smiles": f"{DIBENZIODOLIUM}.[I-]"},
    "dibenziodolium": {"smiles": DIBENZIODOLIUM},
    "hexaﬂuorophosphate": {"smiles": "F[P-](F)(F)(F)(F)F"},
    # organic compounds named in the sentences
    "chroman-2,4-dione": {"smiles": "O=C1CC(=O)c2ccccc2O1"},
    "4-ﬂuorophenylboronic acid": {"smiles": "OB(O)c1ccc(F)cc1"},
    "methyl 2- hydroxy-4-iodobenzoate": {"smiles": "COC(=O)c1ccc(I)cc1O"},
    "dianisylamine": {"smiles": "COc1ccc(Nc2ccc(OC)cc2)cc1"},
    "2-methylbenzenethiol": {"smiles": "Cc1ccccc1S"},
    "2,2′-diaminodiphenyl": {"smiles": "Nc1ccccc1-c1ccccc1N"},
    "2-amino-2′-iododiphenyl": {"smiles": "Nc1ccccc1-c1ccccc1I"},
    "1,3- dimethoxybenzene": {"smiles": "COc1cccc(OC)c1"},
    "1,4-dihexoxybenzene": {"smiles": "CCCCCCOc1ccc(OCCCCCC)cc1"},
    "6-bromosesa- mol": {"smiles": "Oc1cc2c(cc1Br)OCO2"},
    "N-methyl-N- phenylacrylamide": {"smiles": "C=CC(=O)N(C)c1ccccc1"},
    "α-methylstyrene": {"smiles": "C=C(C)c1ccccc1"},
    "β-methylstyrene": {"smiles": "CC=Cc1ccccc1"},
    GLYCOSIDE: {"name": GLYCOSIDE_NAME},
    # definite compounds whose structure the text does not give
    "dehydroguanidinohydantoin-2′-deoxyribonucleoside": UNKNOWN,
    "dGhox": UNKNOWN,
    "murrayamine D": UNKNOWN,
    "2-chloro phenylpyridine": UNKNOWN,
    "2-(trimethylsilyl)naphtho[2,3-b]phosphole P-oxide": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:508": [],  # "1,2-diarylalkynes": a class
    "raw.txt:205": ["TPAP", "NMO"],  # "Ley oxidation", "Pinnick oxidation": reaction names
    "raw.txt:1401": ["ethanol", "chroman-2,4-dione", "4-hydroxy coumarin"],
    "raw.txt:1014": ["sodium azide", "DMF"],  # "chlorohexyl glycoside 25": a class
    "raw.txt:57": [],
    "raw.txt:316": ["THF"],
    "raw.txt:1851": [],  # "ammonium- treatment of directed": a directing group, torn
    "raw.txt:653": ["thioacetic acid", "TBAOH", "TBA - thioacetate"],  # "PFAA 1": a code; "aniline byproduct"
    "raw.txt:1543": ["4-ﬂuorophenylboronic acid", "methyl 2- hydroxy-4-iodobenzoate"],
    "raw.txt:1465": [GLYCOSIDE],
    "raw.txt:1345": ["TsOH", "I2", "K2CO3"],  # "the methoxymethyl ( MOM ) group": a group
    "raw.txt:21": ["oxygen", "peroxynitrous acid", "ONO2H"],
    "raw.txt:1817": [
        "dOG",
        "dOG",
        "dOG",
        "dehydroguanidinohydantoin-2′-deoxyribonucleoside",
        "dGhox",
        "dG",
    ],  # "hydantoins": a class
    "raw.txt:1055": ["dianisylamine"],  # "N-ph-B", "N3-ph-B", "N3-ph-B2": codes
    "raw.txt:826": [],  # "trans-bicyclo[3.3.0]- octane system": a ring system
    "raw.txt:1746": [],  # "phthalides 13": a class
    "raw.txt:1971": ["p-tosyl hydrazide"],
    "raw.txt:1166": ["CH3OCH2Cl", "tetrabutylammonium iodide", "TBAI"],
    "raw.txt:650": [],
    "raw.txt:1660": ["2-methylbenzenethiol"],  # "alkenylsulﬁde ( 3ca )", "α- thioaldehyde ( 4ca )": classes
    "raw.txt:373": [],
    "raw.txt:1572": ["methanol"],  # "Pd - catalyzed": a catalyst
    "raw.txt:1283": [],
    "raw.txt:726": [],  # "2,5-disubstituted quinones": a class
    "raw.txt:1447": ["Dess − Martin periodinane", "DMP", "sodium triacetoxyborohydride"],
    "raw.txt:411": ["veratrole", "naphtalene", "o-xylene"],
    "raw.txt:1960": [
        "Dibenziodolium iodide",
        "2,2′-diaminodiphenyl",
        "sodium nitrite",
        "hydrochloric acid",
        "potassium iodide",
        "2-amino-2′-iododiphenyl",
        "dibenziodolium",
        "hexaﬂuorophosphate",
    ],
    "raw.txt:1148": ["CuCl2", "2-chloro phenylpyridine"],
    "raw.txt:1982": ["THF", "THF", "toluene"],  # "4 & 3THF": garbled, not marked
    "raw.txt:276": [("6-bromosesa- mol", ",8"), "trimethylsilyl chloride"],
    "raw.txt:251": ["1,3- dimethoxybenzene", "1,4-dihexoxybenzene"],
    "raw.txt:809": [
        "benzothiazole 2-thiol",
        "N- phenyltetrazole disulﬁde",
        "benzothiazole 2- thiol",
        "BtSH",
        "benzene",
    ],
    "raw.txt:1385": [],
    "raw.txt:103": [],  # "Triazole ( 2n )": a parent
    "raw.txt:1847": ["K2CO3", "MeOH", "Zn", "AcOH"],
    "raw.txt:684": [],  # "FG12", "FG13": codes
    "raw.txt:662": ["acetonitrile"],
    "raw.txt:213": ["LiOH", "THF", "water"],
    "raw.txt:122": ["NH3"],
    "raw.txt:458": ["N-methyl-N- phenylacrylamide"],
    "raw.txt:1623": ["TBAF", "murrayamine D"],
    "raw.txt:203": ["n-Bu4NF"],
    "raw.txt:1238": ["TMEDA", "iodine", ("HI", ".11"), "HI"],
    "raw.txt:1326": [],
    "raw.txt:211": [],
    "raw.txt:554": [],
    "raw.txt:651": ["thioacetic acid", "methanol", "2,6-lutidine"],  # "aniline 4": a parent
    "raw.txt:214": [],
    "raw.txt:1442": ["1- adamantanol", "dichlorophe- nylphosphine", "o-tolyldichlorophosphine"],
    "raw.txt:1273": [],
    "raw.txt:1945": ["DMA", "DMF", "NMP"],
    "raw.txt:1846": ["Cl3CCO2H", "trichloroacetate"],
    "raw.txt:1607": ["PBr3", "sodium azide"],  # "B21C7": a moiety of classes
    "raw.txt:1398": [],
    "raw.txt:1318": ["PdCl2(PPh3)2", "Pd(PPh3)4"],
    "raw.txt:260": [],
    "raw.txt:1901": ["water"],
    "raw.txt:1261": [],
    "raw.txt:302": ["α-methylstyrene", "β-methylstyrene"],
    "raw.txt:1434": [
        "nBuLi",
        "dichloro(phenyl)phosphine",
        "hydrogen peroxide",
        "2-(trimethylsilyl)naphtho[2,3-b]phosphole P-oxide",
    ],
}
