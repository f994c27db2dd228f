"""Gold chemical-name spans and structures of the journal_k set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_k_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_j (``journal_{c,...,j}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_j (``names_journal_labels.py``, ``names_journal_{c,...,j}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "PTSA" and "p- toluenesulfonic acid" p-TSA, "ferric chloride" FeCl3, "benzyl amine"
benzylamine, "lithium diisopropylamide" LDA, "TMSCl" chlorotrimethylsilane, "sodium methoxide" NaOMe, "MsCl" and
"methanesulfonyl chloride" mesyl chloride, "HOAc" acetic acid, "phenyl iodide" Ph-I, "t-BuO•" tert-butoxy
radical, "MS" molecular sieves, "NaBH4" and "sodium borohy- dride" sodium borohydride), and these choices for
what none of them met:

* a species named in a mechanism is marked, as journal_i's: "HO•" (the hydroxyl radical), "AcO•" (the acetoxyl
  radical), "the Li+ ion" marks "Li+"; "a hydrogen radical" abstracted from a reagent is the atom of journal_a's
  "hydrogen atom transfer" and not marked; "1-azulenylcarbene 18" is the carbene (its divalent carbon);
* a drug by its trivial name gets its structure, as journal_h's "griseofulvin": "metisazone ( 9 )"
  (1-methylisatin 3-thiosemicarbazone, its C=N geometry not given); "8-chloro-5-guanidino-2,3,4,5-tetrahydro-1-
  benzoxepine ( 4 )" is racemic as written;
* reagent abbreviations with the structure common usage fixes: TBTU (as journal_d's HATU, its aminium N-oxide
  form with tetrafluoroborate), "NaBH3CN", "NaHSe" ("sodium hydrogen selenide"), "Na2SO3", "sodium periodate" and
  "HCOONa" ("sodium formate") ionic SMILES, "BBr3" and "CBr4" their SMILES, "NiCl2" a formula (its reference
  glued after a comma left out); "anisaldehyde dimethyl acetal" is the 4-methoxy one common usage means;
* a name before a compound number follows journal_a's rule: "γ-butyrolactone ( 1a )", "benzylamine ( 2a )",
  "1- benzyl-2-pyrrolidinone ( 3aa )", "2,2-dimethyl-4-(pyr- idin-2-yl)furan-3(2H)-one ( 3av )",
  "2-(diphenylamino)phenol ( 3aa )", "3- Phenylbenzofuran ( 1r )", "thiosemicarbazide ( 8 )", "3-bromobenzyne ( 3
  )", "1-bromo-9-formyldipyrromethane 6-Br" and "1,2-dibromo-9-formyldipyrromethane 6-Br2" (dipyrromethane's
  numbering: 1 and 9 the free α positions; their codes not marked) are marked; "isatin 2a" (the N-methylisatin
  the sentence goes on to use: a family, as journal_i's "oxindole 6a"), "imidazole 6a", "the 3-benzazepine of
  type 2", "2,5-dihydro-1-benzoxepine 11i" (journal_a's example), "formyldipyrromethane 520" (no locant of its
  formyl), "the diﬂuoroazetidine 46" (no locants), "triﬂuoromethyl azadiene 2", "N-methyl lactam 14", "the
  2-phenyl isomer 1s" and "carbocyclic ribosylamine 1212" are not; plural names ("3-acetoxy-2-azetidinones 1a −
  f", "1,4-dihydro-1,4-epoxynaphthalenes 4 and 5", "imines of indole-2- carboxaldehydes", "N-arylpropiolamides")
  are families;
* groups, classes and codes are not marked: "the PMB group", "the TES group" and "TES protection" (as
  journal_h's), "the acetonide group", "silyl groups", "p-MeO− , p-F , and p-I", "ﬂuoride nucleophiles",
  "alkoxyacetyl chloride", "aryl bromide", "phenylacetylenes", "enediynes", "the Lewis acid", "benzyl-protected
  CDB 6" and "cis-DHSred ( 6 )" (codes), "N1-carbocyclicribosyl- 7-deazaadenine ring"; a metal for a catalyst or
  complex ("the reported Ir catalyst12", "Rh - catalyzed", "the Pd(0) - species", "Co-decomplexation", "Pd(IV)
  intermediate B") follows journal_a.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_h_labels as journal_h
import names_journal_i_labels as journal_i
import names_journal_j_labels as journal_j
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 45
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_j_sentences.tsv, in file order (1,420 lines); the sentences are stored in the sample's order."""

SHARED = (
    "TEMPO",
    "TFA",
    "triﬂuoroacetic acid",
    "molecular sieves",
    "methanol",
    "K2CO3",
    "DMF",
    "[RhCl(CO)2]2",
    "CO",
    "H2O",
    "TBAF",
    "THF",
    "PPh3",
    "TBHP",
    "AgOAc",
    "Pd(OAc)2",
    "FeBr3",
    "NBS",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("ethanol", "toluene", "benzylamine", "CH3CN", "FeCl3", "Pd / C")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("n-BuLi",)
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("DIBAL-H", "dichloroethane", "LDA")
"""Texts labelled in journal_e, whose labels this set takes (``LABELS`` takes the labels of journal_a to j for
the other writings of their compounds too: "PTSA", "ferric chloride", "MsCl", "HOAc", "t-BuO•", ...)."""

SODIUM_FORMATE = {"smiles": "[Na+].[O-]C=O"}
SODIUM_HYDROGEN_SELENIDE = {"smiles": "[Na+].[SeH-]"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    "PTSA": journal_d.LABELS["p-TSA"],
    "p- toluenesulfonic acid": journal_d.LABELS["p-TSA"],
    "ferric chloride": journal_c.LABELS["FeCl3"],
    "benzyl amine": journal_c.LABELS["benzylamine"],
    "lithium diisopropylamide": journal_e.LABELS["LDA"],
    "TMSCl": journal_c.LABELS["chlorotrimethylsilane"],
    "sodium methoxide": journal_f.LABELS["NaOMe"],
    "MsCl": journal.LABELS["mesyl chloride"],
    "methanesulfonyl chloride": journal.LABELS["mesyl chloride"],
    "HOAc": journal_c.LABELS["acetic acid"],
    "phenyl iodide": journal_i.LABELS["Ph-I"],
    "t-BuO•": journal_h.LABELS["tert-butoxy radical"],
    "MS": journal.LABELS["molecular sieves"],
    "Et3N": journal_j.LABELS["Et3N"],
    "PhI(OAc)2": journal_j.LABELS["PhI(OAc)2"],
    "NaBH4": journal_j.LABELS["sodium borohydride"],
    "sodium borohy- dride": journal_j.LABELS["sodium borohydride"],
    # solvents, acids, bases and reagents
    "BBr3": {"smiles": "BrB(Br)Br"},
    "CBr4": {"smiles": "BrC(Br)(Br)Br"},
    "TBTU": {"smiles": "CN(C)C(=[N+](C)C)N1N=[N+]([O-])c2ccccc21.F[B-](F)(F)F"},
    "anisaldehyde dimethyl acetal": {"smiles": "COc1ccc(cc1)C(OC)OC"},
    "propiophenone": {"smiles": "CCC(=O)c1ccccc1"},
    "diethyl acetylenedicarboxylate": {"smiles": "CCOC(=O)C#CC(=O)OCC"},
    "1,3-dibromobenzene": {"smiles": "Brc1cccc(Br)c1"},
    "2-methylfuran": {"smiles": "Cc1ccco1"},
    "propargyl bromide": {"smiles": "C#CCBr"},
    # salts, complexes and ions
    "NaBH3CN": {"smiles": "[Na+].[BH3-]C#N"},
    "NiCl2": {"formula": "NiCl2"},
    "HCOONa": SODIUM_FORMATE,
    "sodium formate": SODIUM_FORMATE,
    "sodium periodate": {"smiles": "[Na+].[O-]I(=O)(=O)=O"},
    "Na2SO3": {"smiles": "[Na+].[Na+].[O-]S([O-])=O"},
    "sodium hydrogen selenide": SODIUM_HYDROGEN_SELENIDE,
    "NaHSe": SODIUM_HYDROGEN_SELENIDE,
    "Li+": {"smiles": "[Li+]"},
    "HO•": {"smiles": "[OH]"},
    "AcO•": {"smiles": "CC(=O)[O]"},
    # organic compounds named in the sentences
    "γ-butyrolactone": {"smiles": "O=C1CCCO1"},
    "1- benzyl-2-pyrrolidinone": {"smiles": "O=C1CCCN1Cc1ccccc1"},
    "2,2-dimethyl-4-(pyr- idin-2-yl)furan-3(2H)-one": {"smiles": "CC1(C)OC=C(c2ccccn2)C1=O"},
    "2-(diphenylamino)phenol": {"smiles": "Oc1ccccc1N(c1ccccc1)c1ccccc1"},
    "2-methylpyr- idine N-oxide": {"smiles": "Cc1cccc[n+]1[O-]"},
    "3- Phenylbenzofuran": {"smiles": "c1ccc(cc1)-c1coc2ccccc12"},
    "(S)-N-Boc-proline": {"smiles": "CC(C)(C)OC(=O)N1CCC[C@H]1C(=O)O"},
    "(S)-N-Boc-phenylalanine": {"smiles": "CC(C)(C)OC(=O)N[C@@H](Cc1ccccc1)C(=O)O"},
    "1-azulenylcarbene": {"smiles": "[CH]c1ccc2cccccc12"},
    "1-bromo-9-formyldipyrromethane": {"smiles": "O=Cc1ccc(Cc2ccc(Br)[nH]2)[nH]1"},
    "1,2-dibromo-9-formyldipyrromethane": {"smiles": "O=Cc1ccc(Cc2cc(Br)c(Br)[nH]2)[nH]1"},
    "thiosemicarbazide": {"smiles": "NNC(N)=S"},
    "metisazone": {"smiles": "CN1C(=O)C(=NNC(N)=S)c2ccccc21"},
    "3-bromobenzyne": {"smiles": "BrC1=CC=CC#C1"},
    "8-chloro-5-guanidino-2,3,4,5-tetrahydro-1- benzoxepine": {
        "name": "8-chloro-5-guanidino-2,3,4,5-tetrahydro-1-benzoxepine"
    },
    "2-(3-oxo-1-phenylbutyl)phenyl acetate": {"smiles": "CC(=O)CC(c1ccccc1)c1ccccc1OC(C)=O"},
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:798": [],  # "tert-butyl , methoxy , ...": groups
    "raw.txt:1220": [],  # "isocyanates 9", "biuret - type compounds 13a − c": classes
    "raw.txt:1404": ["ethanol", "PTSA"],
    "raw.txt:756": ["ferric chloride", "toluene", "p- toluenesulfonic acid"],  # "tolyl addend": a group
    "raw.txt:254": ["γ-butyrolactone", "benzylamine", "1- benzyl-2-pyrrolidinone"],  # "the aminoamide"
    "raw.txt:887": ["2,2-dimethyl-4-(pyr- idin-2-yl)furan-3(2H)-one"],  # "3(2H)-furanone derivative"
    "raw.txt:996": [],
    "raw.txt:66": ["TEMPO", "PhI(OAc)2"],  # "PMB group": a group
    "raw.txt:229": [],
    "raw.txt:1395": ["BBr3"],  # "benzyl-protected CDB 6": a code; "the Lewis acid": a class
    "raw.txt:37": ["2-(diphenylamino)phenol"],
    "raw.txt:359": [
        "anisaldehyde dimethyl acetal",
        "NaBH3CN",
        "triﬂuoroacetic acid",
        "TFA",
        "molecular sieves",
        "MS",
    ],  # "3-O-unprotected galactoside 13": a class
    "raw.txt:835": ["Pd / C", "methanol"],  # "the iminosugar 24": a class
    "raw.txt:367": ["K2CO3", "CH3CN"],  # "imidazole 6a": a family
    "raw.txt:909": [],  # "N-arylpropiolamides", "spiro[4,5]trienone 3a": classes
    "raw.txt:1871": [],  # "carbocyclic ribosylamine 1212": a class; a ring
    "raw.txt:111": ["2-methylpyr- idine N-oxide"],
    "raw.txt:1803": ["DMF"],
    "raw.txt:209": ["TBTU"],  # "amine 9": a class word
    "raw.txt:417": ["[RhCl(CO)2]2", "CO"],  # "propargylic ethers (R)-3": a class
    "raw.txt:471": [],  # "phenylacetylenes": a class
    "raw.txt:623": [],  # "triﬂuoromethyl azadiene 2": no locants
    "raw.txt:1252": ["propiophenone"],
    "raw.txt:238": ["NaBH4", "NiCl2"],  # "the monoprotected diamines 5": a class
    "raw.txt:1768": ["HCOONa", "sodium formate"],  # "aryl bromide": a class; "the 3-benzazepine of type 2"
    "raw.txt:1194": ["sodium periodate", "sodium borohy- dride"],
    "raw.txt:436": ["3- Phenylbenzofuran"],  # "2-phenyl isomer 1s": not a name
    "raw.txt:181": ["diethyl acetylenedicarboxylate"],
    "raw.txt:101": [],  # "triazole bearing 3-thiophenyl group": a class
    "raw.txt:516": [],
    "raw.txt:942": ["(S)-N-Boc-proline", "(S)-N-Boc-phenylalanine", "benzyl amine"],
    "raw.txt:742": [],
    "raw.txt:1044": ["1-azulenylcarbene"],  # "fulvene derivative 19": a class
    "raw.txt:941": ["dichloroethane"],  # "α-hydroxyacid": a class
    "raw.txt:292": ["NBS", "1-bromo-9-formyldipyrromethane", "1,2-dibromo-9-formyldipyrromethane"],
    "raw.txt:1204": [],  # "ﬂuoride nucleophiles": a class; "the diﬂuoroazetidine 46": no locants
    "raw.txt:279": ["DIBAL-H", "NaBH4"],
    "raw.txt:65": [],  # "TES protection", "the primary TES group": groups
    "raw.txt:963": [],
    "raw.txt:933": [],
    "raw.txt:1129": ["FeBr3"],  # "the TES group": a group
    "raw.txt:1532": ["thiosemicarbazide", "metisazone"],  # "isatin 2a": a family
    "raw.txt:1909": [
        "1,3-dibromobenzene",
        "lithium diisopropylamide",
        "LDA",
        "3-bromobenzyne",
        "2-methylfuran",
    ],  # "1,4-dihydro-1,4-epoxynaphthalenes 4 and 5": a family
    "raw.txt:1548": ["8-chloro-5-guanidino-2,3,4,5-tetrahydro-1- benzoxepine"],  # "2,5-dihydro-1-benzoxepine 11i"
    "raw.txt:1822": ["CH3CN", "H2O"],
    "raw.txt:1792": ["Li+"],
    "raw.txt:1849": ["Na2SO3"],
    "raw.txt:749": ["2-(3-oxo-1-phenylbutyl)phenyl acetate"],
    "raw.txt:1711": ["CBr4", "PPh3", "n-BuLi", "TMSCl"],
    "raw.txt:1919": [],  # "pyrazoles 1o and 1p": a family
    "raw.txt:188": [],  # "amine 9", "N-methyl lactam 14": class words
    "raw.txt:1417": ["Et3N", "sodium methoxide", "methanol", "propargyl bromide"],  # families and classes
    "raw.txt:1092": ["MsCl"],  # "the mesylate 10a": a class word
    "raw.txt:618": [],  # "2,3′-bifuran derivative 4": a class
    "raw.txt:1032": ["TBAF", "THF"],  # "Co-decomplexation": a complex; "enediynes": a class
    "raw.txt:475": ["TBHP", "HO•", "t-BuO•", "HOAc", "AcO•", "HO•", "AcO•"],  # "a hydrogen radical": an atom
    "raw.txt:1808": [],  # "tri-n-butylstannyl precursor 5": a class
    "raw.txt:53": ["phenyl iodide", "AgOAc", "Pd(OAc)2"],  # "1,4-benzodioxane scaﬀold 4a": a class
    "raw.txt:737": ["FeCl3"],
    "raw.txt:1438": ["methanesulfonyl chloride", "MsCl", "sodium hydrogen selenide", "NaHSe"],  # "cis-DHSred"
}
