"""Gold chemical-name spans and structures of the journal_l set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_l_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_k (``journal_{c,...,k}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_k (``names_journal_labels.py``, ``names_journal_{c,...,k}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "L- proline" L-proline, "Phenylboronic acid" phenylboronic acid,
"2,3-dichloro-5,6-dicyanobenzoquinone" DDQ, "TsOH" p-TSA, "molecular iodine" iodine, "selenium dioxide" SeO2,
"DMA" journal_d's DMAc, the sentence's solvent), and these choices for what none of them met:

* reagents with the structure common usage fixes: "pyridinium chlorochromate ( PCC )", "LiBH4", "sodium
  hypochlorite", "HSbF6" (as journal_f's tetrafluoroboric acid), "potassium 3-aminopropylamide ( KAPA )" and
  "tBuOK" ionic SMILES, "sodium perborate" a formula (NaBO3: its hydrates and dimeric anion not said), "DMP"
  2,2-dimethoxypropane (as the sentence
  says), "Bz2O" benzoic anhydride, "NHPI" N-hydroxyphthalimide and "PINO" its N-oxyl radical (journal_i's
  species in a mechanism), "Fe(OTf)3" a formula, "HClO4", "nitromethane", "periodic acid" and "Ph2O" their
  SMILES; the silyl reagents "PhMe2Si− MgiPr·LiCl" (the silylmagnesium with its lithium chloride) and "PhMe2Si −
  Bpin" get theirs, "pinacolato" (a ligand) is not marked;
* a trivial name used as a modifier is a mention (journal_e's rule): "the TEMPO - trapped compound 5a" marks
  "TEMPO", "L- proline - derived catalysts" marks "L- proline"; the stray "·6H2O" after a compound number of a
  garbled line is not marked, as journal_a's stray "·OEt2";
* "citral ( 16 )" (geranial and neral) is written without its C=C geometry; "vinyltriﬂuoroborate 12a" and
  "propenyl triﬂuoroborate 13a" (salts whose cation the text does not name), "cyclomahanimbine" and
  "(+)-sonepiprazole 8" (a rotation sign, not a configuration, as journal_a's "(+)-petromyroxol"),
  "2,6-methoxyacetophenone" and "N-tert-butylsulﬁnamide (R)-1" (names that are not the intended structure as
  written, as journal_a's "1-C-phenyl- β-D-glucoside") are ``UNKNOWN``;
* a name before a compound number follows journal_a's rule: "ε- caprolactone ( 1e )", "1-Phenylpyrazole 1a",
  "benzohydrazide ( 3a )", "3,5-diphenyl-1,3,4- oxadiazol-2(3H)-one ( 4a )", "5-phenyl-1,3,4-oxadiazol- 2(3H)-one
  ( 2a )", "2- methyl-9H-pyrido[2,3-b]indole ( 6a )", "phenylglyoxal monohydrate 2" (with its water),
  "chroman-2,4-dione ( 4-hydroxy coumarin ) 4" (both names, each its own tautomer) and "methyl phenylacetate 2"
  are marked; "aniline 1", "pyrazine ( 3 )" (made from the substituted triazole and azirine), "2H-azirine 1",
  "the known pyrrolidine 1", "dibenzofuran 6c", "dihydropyrazine 5", "the 2-hydroxycarba- zole 13" (the sentence
  makes it a silyl-protected relative of 2-hydroxy-3-methylcarbazole), "Unsubstituted 1-borobutadiene 5" (its
  boron's groups unnamed), "isatin 2i", "the corresponding 4-Ph sydnone 5" (its N3 group unnamed) and
  "oxazoline 2a" are not; plural names ("Hexyl- and cyclopropyltriﬂuoroborates", "Iodobenzenes 5 and 6",
  "isatins") are families;
* groups, classes and codes are not marked: "the TIPS", "the p-methoxybenzyl ( PMB ) group", "the 3′- O-TMS
  group", "a TBDPS ether", "the 5′-OH and 6-NH2", "OMe or NEt2", "an acetonide", "the Brønsted acid", "peroxide
  reagent", "organoboron reagent 3", "B(mida) derivative 13c", "B(pin) derivatives", "N-sulfonyl-1,2,3-triazole
  2", "radical A", "5h-d8"; the atom of "abstracts a hydrogen atom" follows journal_a; a metal for a catalyst
  ("Palladium - Catalyzed", "the rhodium - bound zwitterionic intermediate C", "a putative Pd(IV) species C")
  follows journal_a.
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

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 46
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_k_sentences.tsv, in file order (1,360 lines); the sentences are stored in the sample's order."""

SHARED = (
    "TBAF",
    "BF3",
    "THF",
    "DMSO",
    "I2",
    "TBHP",
    "TEMPO",
    "O2",
    "MeOH",
    "hydrogen",
    "DDQ",
    "DBU",
    "CuI",
    "CO",
    "Pd(OAc)2",
    "TFA",
    "Pd(PPh3)4",
    "K2CO3",
    "pyridine",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("ethanol", "toluene", "Pd / C", "m-CPBA")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("styrene",)
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("NaOH", "silica gel", "PdCl2", "MeMgBr", "LDA")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("nitrosobenzene", "1,4-dioxane", "DAST", "LiAlH4")
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_H = ("propargyl alcohol",)
"""Texts labelled in journal_h, whose labels this set takes."""

SHARED_I = ("MgBr2",)
"""Texts labelled in journal_i, whose labels this set takes."""

SHARED_J = ("sodium borohydride",)
"""Texts labelled in journal_j, whose labels this set takes."""

SHARED_K = ("2-methylfuran", "3-bromobenzyne", "1,3-dibromobenzene", "lithium diisopropylamide", "PTSA")
"""Texts labelled in journal_k, whose labels this set takes (``LABELS`` takes the labels of journal_a to k for
the other writings of their compounds too: "L- proline", "TsOH", "molecular iodine", "selenium dioxide", ...)."""

PCC = {"smiles": "[O-][Cr](=O)(=O)Cl.c1cc[nH+]cc1"}
KAPA = {"smiles": "[K+].NCCC[NH-]"}
DIMETHOXYPROPANE = {"smiles": "COC(C)(C)OC"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_h.LABELS[span] for span in SHARED_H},
    **{span: journal_i.LABELS[span] for span in SHARED_I},
    **{span: journal_j.LABELS[span] for span in SHARED_J},
    **{span: journal_k.LABELS[span] for span in SHARED_K},
    "L- proline": journal_g.LABELS["L-proline"],
    "Phenylboronic acid": journal_g.LABELS["phenylboronic acid"],
    "2,3-dichloro-5,6-dicyanobenzoquinone": journal.LABELS["DDQ"],
    "TsOH": journal_k.LABELS["PTSA"],
    "molecular iodine": journal_e.LABELS["iodine"],
    "selenium dioxide": journal_f.LABELS["SeO2"],
    "DMA": journal_d.LABELS["DMAc"],
    # solvents, acids, bases and reagents
    "pyridinium chlorochromate": PCC,
    "PCC": PCC,
    "LiBH4": {"smiles": "[Li+].[BH4-]"},
    "sodium hypochlorite": {"smiles": "[Na+].[O-]Cl"},
    "sodium perborate": {"formula": "NaBO3"},
    "HSbF6": {"smiles": "[H+].F[Sb-](F)(F)(F)(F)F"},
    "potassium 3-aminopropylamide": KAPA,
    "KAPA": KAPA,
    "3- aminopropylamine": {"smiles": "NCCCN"},
    "tBuOK": {"smiles": "[K+].CC(C)(C)[O-]"},
    "2,2-dimethoxypropane": DIMETHOXYPROPANE,
    "DMP": DIMETHOXYPROPANE,
    "Bz2O": {"smiles": "O=C(OC(=O)c1ccccc1)c1ccccc1"},
    "NHPI": {"smiles": "O=C1c2ccccc2C(=O)N1O"},
    "PINO": {"smiles": "O=C1c2ccccc2C(=O)N1[O]"},
    "Fe(OTf)3": {"formula": "C3F9FeO9S3"},
    "HClO4": {"smiles": "OCl(=O)(=O)=O"},
    "nitromethane": {"smiles": "C[N+](=O)[O-]"},
    "periodic acid": {"smiles": "OI(=O)(=O)=O"},
    "Ph2O": {"smiles": "c1ccc(Oc2ccccc2)cc1"},
    "acetaldehyde": {"smiles": "CC=O"},
    "PhMe2Si− MgiPr·LiCl": {"smiles": "C[Si](C)(c1ccccc1)[Mg]C(C)C.[Li+].[Cl-]"},
    "PhMe2Si − Bpin": {"smiles": "C[Si](C)(c1ccccc1)B1OC(C)(C)C(C)(C)O1"},
    # organic compounds named in the sentences
    "ε- caprolactone": {"smiles": "O=C1CCCCCO1"},
    "1-Phenylpyrazole": {"smiles": "c1ccc(cc1)-n1cccn1"},
    "benzohydrazide": {"smiles": "NNC(=O)c1ccccc1"},
    "3,5-diphenyl-1,3,4- oxadiazol-2(3H)-one": {"name": "3,5-diphenyl-1,3,4-oxadiazol-2(3H)-one"},
    "5-phenyl-1,3,4-oxadiazol- 2(3H)-one": {"name": "5-phenyl-1,3,4-oxadiazol-2(3H)-one"},
    "citral": {"smiles": "CC(C)=CCCC(C)=CC=O"},
    "2-hydroxy- 3-methylcarbazole": {"name": "3-methyl-9H-carbazol-2-ol"},
    "(S)-tetrahydroisoquinoline-3-carboxylic acid": {"smiles": "OC(=O)[C@@H]1Cc2ccccc2CN1"},
    "benzidine": {"smiles": "Nc1ccc(cc1)-c1ccc(N)cc1"},
    "phenylglyoxal monohydrate": {"smiles": "O=CC(=O)c1ccccc1.O"},
    "chroman-2,4-dione": {"smiles": "O=C1CC(=O)c2ccccc2O1"},
    "4-hydroxy coumarin": {"smiles": "Oc1cc(=O)oc2ccccc12"},
    "methyl phenylacetate": {"smiles": "COC(=O)Cc1ccccc1"},
    "2- methyl-9H-pyrido[2,3-b]indole": {"name": "2-methyl-9H-pyrido[2,3-b]indole"},
    "2,4-dimethyl-9H-pyrimido[4,5-b]indole": {"name": "2,4-dimethyl-9H-pyrimido[4,5-b]indole"},
    # definite compounds whose structure the text does not give
    "vinyltriﬂuoroborate": UNKNOWN,
    "propenyl triﬂuoroborate": UNKNOWN,
    "cyclomahanimbine": UNKNOWN,
    "(+)-sonepiprazole": UNKNOWN,
    "2,6-methoxyacetophenone": UNKNOWN,
    "N-tert-butylsulﬁnamide": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:255": ["ε- caprolactone"],  # "secondary amines": a class; "aminoamide 6ea", "lactam": class words
    "raw.txt:1231": ["pyridinium chlorochromate", "PCC", "LiBH4"],
    "raw.txt:133": ["TBAF"],  # "alcohol 6a", "tosylate 7a": class words
    "raw.txt:1772": [],  # "aryl bromide moiety", "organoboron reagent 3": classes
    "raw.txt:1764": ["BF3"],  # "the TIPS", "a phenyl group": groups
    "raw.txt:709": ["sodium hypochlorite", "sodium perborate", "m-CPBA", "ethanol"],  # "peroxide reagent"
    "raw.txt:1920": ["1-Phenylpyrazole"],  # "Biaryl Bis-pyrazole 3a": a class
    "raw.txt:1557": ["nitrosobenzene"],  # "Unsubstituted 1-borobutadiene 5", "pyrrole 3h": families
    "raw.txt:490": ["vinyltriﬂuoroborate", "propenyl triﬂuoroborate"],  # "B(mida) derivative 13c": a class
    "raw.txt:1755": ["benzohydrazide", "3,5-diphenyl-1,3,4- oxadiazol-2(3H)-one"],
    "raw.txt:1619": [
        "Phenylboronic acid",
        "citral",
        "toluene",
        "2-hydroxy- 3-methylcarbazole",
        "cyclomahanimbine",
        "citral",
        "pyridine",
    ],  # "the 2-hydroxycarba- zole 13", "the silyl-protected mahanine 17": families
    "raw.txt:108": [],  # "1,4-diazatriene D", "dihydropyrazine 5": a code and a family
    "raw.txt:104": [],  # "pyrazine ( 3 )", "N-sulfonyl-1,2,3-triazole 2", "2H-azirine 1": families
    "raw.txt:236": ["(S)-tetrahydroisoquinoline-3-carboxylic acid", "L- proline"],
    "raw.txt:990": ["Ph2O", "benzidine", "THF"],  # "enamine 3as": a class word
    "raw.txt:1908": [
        "2-methylfuran",
        "3-bromobenzyne",
        "1,3-dibromobenzene",
        "lithium diisopropylamide",
        "LDA",
    ],  # "1,4-dihydro-1,4-epoxynaphthalenes 4 and 5": a family, as in journal_k
    "raw.txt:182": [],  # "a fused isoquinolinium 4a": a class
    "raw.txt:105": [],  # "2H-azirine 1": a bare parent; "rhodium - bound": a metal for a complex
    "raw.txt:443": [],  # "5h-d8": a code
    "raw.txt:1653": ["PdCl2", "Pd(PPh3)4", "DMA", "K2CO3"],  # "the dibenzofuran 6c": a bare parent
    "raw.txt:906": ["I2", "TBHP", "1,4-dioxane"],  # "sulfonated azaspiro[4,5]trienone 3a": a class
    "raw.txt:1589": ["sodium borohydride"],  # "Acetal 15", "diol 16": class words
    "raw.txt:1022": ["TEMPO"],
    "raw.txt:311": ["O2"],  # "peroxy radical 8", "hydroperoxide 9", "thiyl radical 6": classes
    "raw.txt:1225": ["NaOH"],  # "the N-acyl enamides 20a and 20b": a class
    "raw.txt:1446": [("DAST", "17")],  # "the 5′-OH and 6-NH2": groups
    "raw.txt:1106": [],  # "the known pyrrolidine 1": a bare parent; "acyliminium ion": a class
    "raw.txt:499": ["Bz2O"],  # "the 3′- O-TMS group": a group
    "raw.txt:1421": ["HSbF6"],  # "·6H2O": stray; "the Brønsted acid": a class
    "raw.txt:1403": ["phenylglyoxal monohydrate", "chroman-2,4-dione", "4-hydroxy coumarin", "PTSA"],  # "aniline 1"
    "raw.txt:250": [],
    "raw.txt:1389": [],  # "monoprotected triol (Z)-5b", "bisimidate (Z)-1b": class words
    "raw.txt:1641": ["selenium dioxide", "silica gel"],  # "allylic alcohols 34 and 35": a class
    "raw.txt:1863": ["(+)-sonepiprazole"],  # "alcohol 6", "amine 7": class words
    "raw.txt:365": ["Pd / C", "MeOH", "hydrogen"],  # "the target tetrasaccharide 1": a class word
    "raw.txt:1323": [],  # "Salicyl N-tosylhydrazones": a class; "OMe or NEt2": groups
    "raw.txt:703": ["PhMe2Si− MgiPr·LiCl", "PhMe2Si − Bpin"],  # "pinacolato": a ligand; classes
    "raw.txt:1039": [],  # "C1-thienyl-β-carboline derivatives 6a−6i": a class
    "raw.txt:1531": ["I2", "DMSO", "molecular iodine"],  # "isatin 2i": a family
    "raw.txt:1350": [],  # "the electrophilic reagent I", "Pd(IV) species C"
    "raw.txt:849": ["potassium 3-aminopropylamide", "KAPA", "3- aminopropylamine"],  # "a TBDPS ether": a group
    "raw.txt:492": [],  # "Hexyl- and cyclopropyltriﬂuoroborates": plural; "B(pin) derivatives": a class
    "raw.txt:355": ["2,3-dichloro-5,6-dicyanobenzoquinone", "DDQ"],  # "the p-methoxybenzyl ( PMB ) group"
    "raw.txt:1791": [],
    "raw.txt:1091": ["2,2-dimethoxypropane", "DMP", "TsOH", "toluene", "LiAlH4"],  # "an acetonide": a group
    "raw.txt:1832": [],  # "isatin", "bis-spirooxindole 4nj", "isatins": classes
    "raw.txt:1037": [],  # "the oxoselenide 22", "the dioxo compound 23": class words
    "raw.txt:1390": ["HClO4", ("silica gel", "13"), "Fe(OTf)3", "nitromethane"],  # "oxazoline 2a": a family
    "raw.txt:1249": ["2,6-methoxyacetophenone"],
    "raw.txt:571": ["DBU"],
    "raw.txt:1184": ["NHPI", "PINO", "styrene"],  # "radical A": a code
    "raw.txt:932": [
        "N-tert-butylsulﬁnamide",
        "MeMgBr",
        "methyl phenylacetate",
        "MgBr2",
        "THF",
    ],  # "aldehyde 5", "N-tert-butylsulﬁnylimine 7", "imine 7": classes
    "raw.txt:1097": ["periodic acid"],  # "aldehyde 10.8": a class word
    "raw.txt:638": ["acetaldehyde", "2- methyl-9H-pyrido[2,3-b]indole", "2,4-dimethyl-9H-pyrimido[4,5-b]indole"],
    "raw.txt:382": [],  # "the corresponding 4-Ph sydnone 5": its N3 group unnamed
    "raw.txt:1754": ["Pd(OAc)2", "DMSO", "CO", "O2", "TFA", "5-phenyl-1,3,4-oxadiazol- 2(3H)-one"],
    "raw.txt:770": ["propargyl alcohol"],  # "Iodobenzenes 5 and 6": plural; "alcohols 7 and 8"
    "raw.txt:1834": [],  # "alkynoate anion", "alk-3-ynoate": classes; "a hydrogen atom": an atom
    "raw.txt:971": ["CuI"],  # "exocyclic enol ether 7a", "the spiroketal 4d": classes
    "raw.txt:217": ["tBuOK"],
}
