"""Gold chemical-name spans and structures of the journal_i set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_i_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``) and the 60 each of
journal_c to journal_h (``journal_{c,d,e,f,g,h}_sentences.tsv``), taken in file order. Every chemical mention of
every sentence was marked for this evaluation, by hand, from the text alone, with the finder never run on them,
by the conventions of journal_a to journal_h (``names_journal_labels.py``, ``names_journal_{c,...,h}_labels.py``;
a text that they and this module both mark has the one label, taken from there; another writing of one of their
compounds takes its label: "chloroform" CHCl3, "molecular oxygen" O2, "NH3" ammonia), and these choices for what
none of them met:

* a species named in a mechanism is marked, as journal_f's radicals: "phenyl radical", "hydrogen peroxide",
  "phenyldiazene" of "cation radical of phenyldiazene" (and its torn "phenyl- diazene"); "H+" is not marked, as
  journal_g's "a proton"; a trivial name used as a modifier is a mention (journal_e's rule): "dimethylamine -
  derived" marks "dimethylamine";
* a named catalyst whose structure the text fixes gets it: "(S)-diphenylprolinol-TMS ether catalyst 3a" marks
  "(S)-diphenylprolinol-TMS ether" (its TMS ether, as journal_g's "diphenylprolinol"); "(R,R)-BnBox" (which
  bis(oxazoline) backbone the abbreviation means the text does not say) is ``UNKNOWN``, as journal_f's "Inda -
  Pybox"; "(±)-2-methoxy[5]helicene" (a helicene by its [n]helicene name, helical chirality) and
  "trans,- trans-3,4-diﬂuoro-L-proline" (a relative configuration in words) count for recall only; natural
  products by a trivial name ("Panamycin 607", "Gephyronic acid") are ``UNKNOWN`` as in journal_a;
* a crown ether by its abbreviation gets its structure, as journal_d's "18-crown-6": "DB24C8 5" marks "DB24C8"
  (dibenzo-24-crown-8); "Bi(OTf)3", "PtCl2" and "CuCl" get a formula, "NaNO2", "Na2S2O8", "LiCl", "MgBr2" and
  "NH4OH" ionic SMILES;
* an elliptic pair ("2- or 1-methoxynaphthalene") marks the whole name only ("1-methoxynaphthalene"); a
  reference number glued after a name is left out ("1,3-dimethoxybenzene,17", "anisole,17", "N-phenylindole18");
  a name at a line's torn end ("the 4-benzyl-1-naphthol") is marked as written;
* a name before a compound number follows journal_a's rule: "thiophenol 2a", "7-methoxy-1-tetralone 4",
  "2′-ﬂuoroadenosine 2820" (its number 28 and reference 20 glued after it; the ribo 2'-deoxy-2'-fluoro
  nucleoside, as journal_a's "2′-deoxy-2′-ﬂuorouridine"), "N-Moc-(S)-alanine methyl ester ( 8c )",
  "2- cyanopyrene ( 2 )", "2- phenethylchroman ( 9 )" (its ee not a configuration) and "2-(pent-1-yn-1-yl)phenol
  ( 1ao )" are marked; "a 2-bromo- aniline ( 1a − c )" (a range: a family), "β-chloroacrolein 5", "C5-
  Bromoimidazole 3", "diethyl phosphite 9a" (a glycosyl phosphite), "the N- benzylproline 48", "vinylglycine 19"
  (a short name of the Fmoc acid before it), "methionine NH - sulfoximine 34", "dibenzylammonium 4 with two alkyne
  groups", "oxindole 6a" and "the 2-ﬂuoroethoxy- substituted dihydropyrrolo[3,2,1-hi]indole 6k" are not; the
  nucleoside code "2′,3′-dideoxy-2′,3′-FF- xylo 31" is not marked;
* groups and classes are not marked: "the TIPS group", "(n-C4H9)3Sn group", "the TES group", "TES − Ar bond",
  "the phenyl- Troc protecting group" and its formula "(O)COCH(Ph)CCl3", "−CF3 and −NO2", "CHR3O−",
  "isocyanide", "substituted trimethylsilyl acetylenes", "N-Allyl benzotriazoles", "selenophene diols",
  "16-selenatripyrrane" (journal_a's example), "vinylallenes", "quinoline-4-ones", "the magnesium enolate"; a
  metal for a catalyst ("the palladium catalyst", "copper(I) - catalyzed", "FeCl3 - catalyzed" marks FeCl3, a
  named salt) follows journal_a.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_e_labels as journal_e
import names_journal_f_labels as journal_f
import names_journal_g_labels as journal_g
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS = ("xenon lamp",)
"""Phrases that name apparatus, not a chemical."""

SAMPLE_SEED = 42
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100 and the 60 each of journal_c_sentences.tsv to
journal_h_sentences.tsv, in file order (1,540 lines); the sentences are stored in the sample's order."""

SHARED = (
    "dioxane",
    "methanol",
    "Pd(PPh3)4",
    "PPh3",
    "Pd(OAc)2",
    "TBHP",
    "K2CO3",
    "MeOH",
    "DCM",
    "TEMPO",
    "LiHMDS",
    "ammonia",
    "camphorsulfonic acid",
    "DMF",
    "triﬂuoroacetic acid",
    "DDQ",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("toluene", "CuSO4", "NIS", "FeCl3", "m-CPBA", "dichloromethane", "acetic acid")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("thiophenol", "HATU", "CuCl2")
"""Texts labelled in journal_d, whose labels this set takes."""

SHARED_E = ("MeMgBr", "C60", "N2", "PIDA", "dichloroethane", "silica gel", "CH2Cl2")
"""Texts labelled in journal_e, whose labels this set takes."""

SHARED_F = ("DAST", "TMEDA")
"""Texts labelled in journal_f, whose labels this set takes."""

SHARED_G = ("phenylacetylene", "zinc", "oxygen", "4-hydroxybenzaldehyde", "sodium hydroxide")
"""Texts labelled in journal_g, whose labels this set takes (``LABELS`` takes the labels of journal_a to h for
the other writings of their compounds too: "chloroform", "molecular oxygen", "NH3")."""

PHENYLDIAZENE = {"smiles": "N=Nc1ccccc1"}
N_PHENYLINDOLE = {"smiles": "c1ccc(cc1)-n1ccc2ccccc21"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    **{span: journal_e.LABELS[span] for span in SHARED_E},
    **{span: journal_f.LABELS[span] for span in SHARED_F},
    **{span: journal_g.LABELS[span] for span in SHARED_G},
    "chloroform": journal_c.LABELS["CHCl3"],
    "molecular oxygen": journal.LABELS["O2"],
    "NH3": journal.LABELS["ammonia"],
    # solvents, acids, bases and reagents
    "acrylonitrile": {"smiles": "C=CC#N"},
    "Ph-I": {"smiles": "Ic1ccccc1"},
    "tri-n-butyltin chloride": {"smiles": "CCCC[Sn](Cl)(CCCC)CCCC"},
    "1- naphthylboronic acid": {"smiles": "OB(O)c1cccc2ccccc12"},
    "N-ethylmorpholine": {"smiles": "CCN1CCOCC1"},
    "N-phenylindole": N_PHENYLINDOLE,
    "1,3,5-trimethoxybenzene": {"smiles": "COc1cc(OC)cc(OC)c1"},
    "benzofuran": {"smiles": "c1ccc2occc2c1"},
    "benzoyl peroxide": {"smiles": "O=C(OOC(=O)c1ccccc1)c1ccccc1"},
    "2-bromoanisole": {"smiles": "COc1ccccc1Br"},
    "1,3-dimethoxybenzene": {"smiles": "COc1cccc(OC)c1"},
    "anisole": {"smiles": "COc1ccccc1"},
    "1-methoxynaphthalene": {"smiles": "COc1cccc2ccccc12"},
    "1,2-dibromoindane": {"smiles": "BrC1Cc2ccccc2C1Br"},
    "dimethylamine": {"smiles": "CNC"},
    "hexamethylphosphorus triamide": {"smiles": "CN(C)P(N(C)C)N(C)C"},
    "4-formylbenzonitrile": {"smiles": "O=Cc1ccc(cc1)C#N"},
    "hydrogen peroxide": {"smiles": "OO"},
    "phenyldiazene": PHENYLDIAZENE,
    "phenyl- diazene": PHENYLDIAZENE,
    "phenyl radical": {"smiles": "[c]1ccccc1"},
    "Tf2NH": {"smiles": "O=S(=O)(NS(=O)(=O)C(F)(F)F)C(F)(F)F"},
    "2,2- dimethoxypropane": {"smiles": "COC(C)(C)OC"},
    "pivalic acid": {"smiles": "CC(C)(C)C(=O)O"},
    "DB24C8": {"smiles": "c1ccc2c(c1)OCCOCCOCCOc1ccccc1OCCOCCOCCO2"},
    # salts and complexes of metals
    "PtCl2": {"formula": "PtCl2"},
    "CuCl": {"formula": "CuCl"},
    "Bi(OTf)3": {"formula": "C3BiF9O9S3"},
    "NaNO2": {"smiles": "[Na+].[O-]N=O"},
    "Na2S2O8": {"smiles": "[Na+].[Na+].[O-]S(=O)(=O)OOS(=O)(=O)[O-]"},
    "NH4OH": {"smiles": "[NH4+].[OH-]"},
    "LiCl": {"smiles": "[Li+].[Cl-]"},
    "MgBr2": {"smiles": "[Mg+2].[Br-].[Br-]"},
    # organic compounds named in the sentences
    "7-methoxy-1-tetralone": {"smiles": "COc1ccc2CCCC(=O)c2c1"},
    "2′-ﬂuoroadenosine": {"smiles": "Nc1ncnc2c1ncn2[C@@H]1O[C@H](CO)[C@@H](O)[C@H]1F"},
    "(S)-diphenylprolinol-TMS ether": {"smiles": "C[Si](C)(C)OC(c1ccccc1)(c1ccccc1)[C@@H]1CCCN1"},
    "N-Moc-(S)-alanine methyl ester": {"smiles": "COC(=O)N[C@@H](C)C(=O)OC"},
    "2-(N-Fmoc-amino)but-3-enoic acid": {"smiles": "OC(=O)C(C=C)NC(=O)OCC1c2ccccc2-c2ccccc12"},
    "2-(Bpin)pyrene": {"smiles": "CC1(C)OB(c2cc3ccc4cccc5ccc(c2)c3c45)OC1(C)C"},
    "2- cyanopyrene": {"smiles": "N#Cc1cc2ccc3cccc4ccc(c1)c2c34"},
    "2- phenethylchroman": {"smiles": "C(Cc1ccccc1)C1CCc2ccccc2O1"},
    "2-(pent-1-yn-1-yl)phenol": {"smiles": "CCCC#Cc1ccccc1O"},
    "4-benzyl-1-naphthol": {"smiles": "Oc1ccc(Cc2ccccc2)c2ccccc12"},
    # definite compounds whose structure the text does not fix
    "(±)-2-methoxy[5]helicene": UNKNOWN,
    "trans,- trans-3,4-diﬂuoro-L-proline": UNKNOWN,
    "(R,R)-BnBox": UNKNOWN,
    "Panamycin 607": UNKNOWN,
    "Gephyronic acid": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1707": ["acrylonitrile", "toluene"],  # "isocyanide": a class
    "raw.txt:312": ["thiophenol"],  # "hydrogen atom", "thiyl radical 6": not marked
    "raw.txt:76": [],
    "raw.txt:1976": ["PtCl2", "toluene", "(±)-2-methoxy[5]helicene"],
    "raw.txt:740": ["dioxane", "methanol"],
    "raw.txt:657": ["Pd(PPh3)4", "NaNO2"],  # "a 2-bromo- aniline ( 1a − c )": a family
    "raw.txt:602": ["CuSO4"],
    "raw.txt:389": ["phenylacetylene"],
    "raw.txt:1965": [],
    "raw.txt:286": ["Ph-I"],
    "raw.txt:1807": ["tri-n-butyltin chloride"],  # "(n-C4H9)3Sn group": a group
    "raw.txt:1973": ["7-methoxy-1-tetralone", "1- naphthylboronic acid"],  # "β-chloroacrolein 5": a family
    "raw.txt:1449": ["2′-ﬂuoroadenosine", "DAST"],
    "raw.txt:249": ["NIS"],
    "raw.txt:1573": ["(S)-diphenylprolinol-TMS ether"],
    "raw.txt:1130": ["FeCl3", "N-phenylindole", "1,3,5-trimethoxybenzene", "benzofuran"],
    "raw.txt:94": [],
    "raw.txt:87": [],
    "raw.txt:263": ["N-Moc-(S)-alanine methyl ester"],
    "raw.txt:586": [],  # "N-Allyl benzotriazoles": a class
    "raw.txt:626": ["2-(N-Fmoc-amino)but-3-enoic acid", "HATU", "N-ethylmorpholine"],  # "vinylglycine 19"
    "raw.txt:1351": ["m-CPBA"],  # "the 8-aminoquinoline group": a group
    "raw.txt:1604": ["2-(Bpin)pyrene", "2- cyanopyrene"],
    "raw.txt:80": ["Panamycin 607", "Gephyronic acid", "silica gel"],
    "raw.txt:1493": ["Pd(OAc)2", "PPh3"],  # "C5-Bromoimidazole 3": a family
    "raw.txt:539": [],  # "naphthalene and dihydronaphthalene compounds": classes
    "raw.txt:1916": ["Na2S2O8", "benzoyl peroxide", "TBHP", "molecular oxygen"],
    "raw.txt:1735": ["2-bromoanisole", "Bi(OTf)3"],
    "raw.txt:1870": ["NH4OH", "K2CO3", "MeOH"],
    "raw.txt:1124": [
        "FeCl3",
        "1,3-dimethoxybenzene",
        "anisole",
        "1-methoxynaphthalene",
        ("N-phenylindole", "18"),
    ],
    "raw.txt:592": ["1,2-dibromoindane"],
    "raw.txt:1206": ["sodium hydroxide", "trans,- trans-3,4-diﬂuoro-L-proline"],  # "the N- benzylproline 48"
    "raw.txt:1569": ["dimethylamine", "hexamethylphosphorus triamide"],
    "raw.txt:747": [],
    "raw.txt:18": ["dichloromethane", "triﬂuoroacetic acid", "DDQ"],
    "raw.txt:442": [],
    "raw.txt:1861": ["DCM"],  # "the palladium catalyst": not named
    "raw.txt:1131": ["4-benzyl-1-naphthol"],  # "2-benzyl-1- naphthol derivatives": a class
    "raw.txt:910": ["(R,R)-BnBox", "2- phenethylchroman"],
    "raw.txt:430": ["2-(pent-1-yn-1-yl)phenol"],
    "raw.txt:577": ["4-formylbenzonitrile"],  # "−CF3 and −NO2": groups
    "raw.txt:902": ["C60"],
    "raw.txt:261": [],
    "raw.txt:1023": ["TEMPO"],
    "raw.txt:275": [],
    "raw.txt:964": [],  # "π-allylpalladium complexes", "vinylallenes", "CHR3O−": classes, a group
    "raw.txt:925": ["MeMgBr", "LiHMDS", "LiCl", "MeMgBr", "MgBr2"],
    "raw.txt:1609": ["DB24C8", "CH2Cl2"],  # "dibenzylammonium 4 with two alkyne groups": a family
    "raw.txt:712": ["zinc", "acetic acid"],  # "methionine NH - sulfoximine 34": a short name
    "raw.txt:121": ["NH3", "MeOH"],
    "raw.txt:1949": [
        "oxygen",
        "phenyldiazene",
        "hydrogen peroxide",
        "phenyl- diazene",
        "N2",
        "phenyl radical",
    ],
    "raw.txt:1233": ["ammonia", "TMEDA", "ammonia"],
    "raw.txt:1426": [],  # "2-ﬂuoroethoxy- substituted dihydropyrrolo[3,2,1-hi]indole 6k": a family
    "raw.txt:349": ["Tf2NH"],  # "diethyl phosphite 9a": a glycosyl phosphite
    "raw.txt:1020": [],
    "raw.txt:227": ["Pd(PPh3)4", "CuCl", "Pd(PPh3)4", "CuCl2"],
    "raw.txt:1467": ["2,2- dimethoxypropane", "camphorsulfonic acid", "DMF"],
    "raw.txt:787": [],
    "raw.txt:1673": ["chloroform"],  # "xenon lamp": apparatus
    "raw.txt:1649": ["4-hydroxybenzaldehyde", "PIDA", "pivalic acid", "dichloroethane"],
}
