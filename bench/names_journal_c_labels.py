"""Gold chemical-name spans and structures of the journal_c set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_c_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are not among the 100 of journal_a and journal_b (``journal_sentences.tsv``), taken in file order.
Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, after the
journal round began and with the finder never run on them, by the conventions of journal_a and journal_b
(``names_journal_labels.py``; a text both label modules mark has the one label, taken from there), and these
choices for what those sets did not meet:

* a salt or adduct written with a torn or spaced joint is one mention: "EDCI - HCl" is EDC hydrochloride (as
  "Tris-HCl" and "BF3 OEt2"), "HF·pyr" is pyridine with HF (Olah's reagent, its usual composition);
  "Pd / C", "palladium on charcoal" and "palladium hydroxide on charcoal" are supported catalysts, marked with
  no structure (as "palladium on carbon"); a list written with a spaced slash ("CuI / bipy") is its members;
* a chemical name used as a modifier is a mention when it names a compound ("TEMPO oxidation", "the FeCl3 -
  catalyzed", "the major dG product", "(R)-phenylalanine - derived"); a family word it qualifies is not
  ("(R)-phenylalanine - derived oxazolidi- none", "N-ethyl acetate - substituted 2′- aminostyrene 4m"); a sugar
  named as the part of a nucleoside that is oxidized ("the 2-deoxyribose oxidation products") is a moiety;
* a whole phrase naming one compound is one span ("benzaldehyde dimethyl acetal", "butadiene monoepoxide",
  "O- acetylated mandelonitrile", the product of removing the bromide of 4);
* a name before a compound number follows journal_a's rule: "phenyl sulfonyl azide 3c", "3-methyl-1-phenyl-
  pyrrole 3a", "1-phenylethane-1,2-diol 7", "(R)-lacosamide 2" and "azoxybenzene 4" (a by-product, one
  compound: not a parent the other compound of the sentence substitutes) are marked; "stilbene 5n",
  "quinoline 6n-2", "isatin 2m", "pyrrole 6a", "triazole 1", "the naphthalene 31a", "dihydronaphtha- lene
  31b" (bare parents of scope entries) and "3,3-diethyltriazene 18" (made into both an iodide and a terminal
  alkyne, so an aryl triazene: a family) are not; "(E)-3-methyleneisoindolin-1-one 4a" and its (Z) isomer are
  journal_a's example of a family;
* DNA-lesion abbreviations name compounds: "dG" (2′-deoxyguanosine), "Gua" (guanine), "OG" (8-oxoguanine),
  "dOG" (its nucleoside), "Gh" (guanidinohydantoin, racemic) with their structures; "d2Ih", "cyclo-dG" (5′R or
  5′S), "dZ", "dSp" and "dGh", whose structures (and stereocentres) the text does not give, count for recall only
  (``UNKNOWN``), as does the natural-product name "1,6-epi-cyclophellitol"; "Asc" (ascorbate) is L-ascorbic acid,
  as the materials sets label ascorbic acid;
* reagent abbreviations: HOBt (1-hydroxybenzotriazole), TsIm (1-tosylimidazole), TMSOTf, NIS, TBAB
  (tetrabutylammonium bromide), BHT, m-CPBA, bipy (2,2′-bipyridine), α-CD (α-cyclodextrin, its SMILES written
  for this set: six α-D-glucopyranose units, each linked to the next as in OPSIN's maltose), EtONa, (MeO)3CH;
  "methyl crotonate" is the (E) ester (crotonic acid is the (E) acid);
* transition-metal salts, oxides and complexes get a formula (Cu2O, Cu(OAc)2, CuSO4, TiCl4, MnO2, RuO4 as
  "ruthenium tetroxide", Mo(CO)6, FeCl3), salts of simple ions ionic SMILES (NaI, Na2CO3, sodium acetate).
"""

import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 34
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) not among journal_sentences.tsv's 100, in file order; the sentences are stored in the sample's
order."""

SHARED = (
    "TEMPO",
    "water",
    "methanol",
    "dioxane",
    "THF",
    "TBAF",
    "K2CO3",
    "Bu3P",
    "DBU",
    "Pd(PPh3)4",
    "CuI",
    "iodomethane",
    "NBS",
    "TBHP",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes (``LABELS`` takes theirs for the other
writings of their compounds too: "3- butynol", "zinc chloride", "palladium(II) acetate", ...)."""

BHT = {"smiles": "Cc1cc(C(C)(C)C)c(O)c(C(C)(C)C)c1"}
GLC = "O{o}[C@@H]{r}[C@H](O)[C@@H](O)[C@H]{x}[C@H](O{r})CO"
"""An alpha-D-glucopyranose unit, its anomeric O first (``o``: a ring bond on it), ``r`` its ring label, ``x``
what its C4 holds (its OH replaced by the next unit: an alpha-(1->4) link)."""


def alpha_cyclodextrin(units: int = 6) -> str:
    """The SMILES of the cyclic alpha-(1->4) glucan of ``units`` glucopyranoses, the ring closed by label 9."""
    smi = "9"
    for r in range(units, 0, -1):
        smi = GLC.format(o="9" if r == 1 else "", r=r, x=smi if r == units else f"({smi})")
    return smi


LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    "3- butynol": journal.LABELS["3-butynol"],  # broken by a hyphenation space
    "zinc chloride": journal.LABELS["ZnCl2"],
    "palladium(II) acetate": journal.LABELS["Pd(OAc)2"],
    "potassium carbonate": journal.LABELS["K2CO3"],
    "boron triﬂuoride etherate": journal.LABELS["BF3 OEt2"],
    "tetrabutylammonium ﬂuoride": journal.LABELS["TBAF"],
    "dichloromethane": journal.LABELS["DCM"],
    # solvents
    "EtOAc": {"smiles": "CCOC(C)=O"},
    "acetonitrile": {"smiles": "CC#N"},
    "CH3CN": {"smiles": "CC#N"},
    "acetone": {"smiles": "CC(C)=O"},
    "toluene": {"smiles": "Cc1ccccc1"},
    "ethanol": {"smiles": "CCO"},
    "CHCl3": {"smiles": "ClC(Cl)Cl", "formula": "CHCl3"},
    "acetic acid": {"smiles": "CC(=O)O"},
    # reagents
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "benzylamine": {"smiles": "NCc1ccccc1"},
    "HOBt": {"smiles": "On1nnc2ccccc21"},
    "EDCI - HCl": {"smiles": "CCN=C=NCCCN(C)C.Cl"},  # EDC hydrochloride, its joint spaced
    "TsIm": {"smiles": "Cc1ccc(S(=O)(=O)n2ccnc2)cc1"},
    "HF·pyr": {"smiles": "F.c1ccncc1"},  # HF-pyridine
    "m-CPBA": {"smiles": "O=C(OO)c1cccc(Cl)c1"},
    "chlorotrimethylsilane": {"smiles": "C[Si](C)(C)Cl"},
    "triethylamine": {"smiles": "CCN(CC)CC"},
    "sodium acetate": {"smiles": "[Na+].CC(=O)[O-]"},
    "TMSOTf": {"smiles": "C[Si](C)(C)OS(=O)(=O)C(F)(F)F"},
    "NIS": {"smiles": "O=C1CCC(=O)N1I"},
    "NaI": {"smiles": "[Na+].[I-]", "formula": "NaI"},
    "TBAB": {"smiles": "CCCC[N+](CCCC)(CCCC)CCCC.[Br-]"},
    "Na2CO3": {"smiles": "[Na+].[Na+].[O-]C([O-])=O", "formula": "Na2CO3"},
    "EtONa": {"smiles": "CC[O-].[Na+]"},
    "(MeO)3CH": {"smiles": "COC(OC)OC"},
    "bipy": {"smiles": "c1ccc(-c2ccccn2)nc1"},
    "2,6-bis(1,1-dimethylethyl)-4-methylphenol": BHT,
    "BHT": BHT,
    "di-tert-butoxycarbonylguani- dine": {"name": "di-tert-butoxycarbonylguanidine"},
    "Asc": {"smiles": "OC[C@H](O)[C@H]1OC(=O)C(O)=C1O"},  # ascorbate, labelled as the acid
    # salts, oxides and complexes of transition metals (formulas)
    "Cu2O": {"formula": "Cu2O"},
    "Cu(OAc)2": {"formula": "CuC4H6O4"},
    "CuSO4": {"formula": "CuSO4"},
    "TiCl4": {"formula": "TiCl4"},
    "FeCl3": {"formula": "FeCl3"},
    "MnO2": {"formula": "MnO2"},
    "ruthenium tetroxide": {"formula": "RuO4"},
    "Mo(CO)6": {"formula": "MoC6O6"},
    "Pd / C": NONE,
    "palladium on charcoal": NONE,
    "palladium hydroxide on charcoal": NONE,
    # organic compounds named in the sentences
    "methanethiol": {"smiles": "CS"},
    "dimethyl disulﬁde": {"smiles": "CSSC"},
    "α-CD": {"smiles": alpha_cyclodextrin()},
    "phenyl sulfonyl azide": {"smiles": "[N-]=[N+]=NS(=O)(=O)c1ccccc1"},
    "1,4-naphtho- quinone": {"smiles": "O=C1C=CC(=O)c2ccccc21"},
    "(R)-lacosamide": {"name": "(2R)-2-acetamido-N-benzyl-3-methoxypropanamide"},
    "butadiene monoepoxide": {"smiles": "C=CC1CO1"},  # 2-vinyloxirane, racemic as the sentence says
    "1,3-butadiene": {"smiles": "C=CC=C"},
    "α- (propargyloxy)acetoaldehyde": {"smiles": "C#CCOCC=O"},  # (prop-2-yn-1-yloxy)acetaldehyde
    "prenal": {"smiles": "CC(C)=CC=O"},
    "4-acetoxyprenal": {"smiles": "CC(=O)OCC(C)=CC=O"},  # no E/Z given
    "8-azido-octanol": {"smiles": "[N-]=[N+]=NCCCCCCCCO"},
    "2-methyl-2- phenyl-4-tosylmorpholine": {"name": "2-methyl-2-phenyl-4-tosylmorpholine"},
    "O- acetylated mandelonitrile": {"smiles": "CC(=O)OC(C#N)c1ccccc1"},
    "2-bromoindole": {"smiles": "Brc1cc2ccccc2[nH]1"},
    "2-aminoindole": {"smiles": "Nc1cc2ccccc2[nH]1"},
    "benzaldehyde dimethyl acetal": {"smiles": "COC(OC)c1ccccc1"},
    "3,3-dimethyl-1- butyne": {"smiles": "C#CC(C)(C)C"},
    "ethynylcyclopropane": {"smiles": "C#CC1CC1"},
    "1-hexyne": {"smiles": "C#CCCCC"},
    "propargyl acetate": {"smiles": "C#CCOC(C)=O"},
    "p- anisidine": {"smiles": "COc1ccc(N)cc1"},
    "(R)-phenylalanine": {"smiles": "N[C@H](Cc1ccccc1)C(=O)O"},
    "3-methyl-1-phenyl-pyrrole": {"smiles": "Cc1ccn(-c2ccccc2)c1"},
    "azoxybenzene": {"smiles": "[O-][N+](=Nc1ccccc1)c1ccccc1"},
    "1-phenylethane-1,2-diol": {"smiles": "OCC(O)c1ccccc1"},
    "2-bromo-3-methoxycyclohex-2-en-1-one": {"smiles": "COC1=C(Br)C(=O)CCC1"},
    "3- methoxy-5-methylcyclohex-2-en-1-one": {"smiles": "COC1=CC(=O)CC(C)C1"},
    "ethyl acetoacetate": {"smiles": "CCOC(=O)CC(C)=O"},
    "methyl crotonate": {"smiles": "C/C=C/C(=O)OC"},
    # nucleosides, bases and their oxidation products
    "dG": {"name": "2'-deoxyguanosine"},
    "Gua": {"name": "guanine"},
    "OG": {"name": "2-amino-7,9-dihydro-1H-purine-6,8-dione"},  # 8-oxoguanine
    "dOG": {"name": "8-oxo-7,8-dihydro-2'-deoxyguanosine"},
    "Gh": {"name": "5-guanidinohydantoin"},  # racemic
    "d2Ih": UNKNOWN,
    "cyclo-dG": UNKNOWN,
    "dZ": UNKNOWN,
    "dSp": UNKNOWN,
    "dGh": UNKNOWN,
    "1,6-epi-cyclophellitol": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:1151": ["Cu2O", "Cu(OAc)2", "methanethiol", ("dimethyl disulﬁde", "21")],
    "raw.txt:780": [],
    "raw.txt:1271": ["benzylamine", "HOBt", "EDCI - HCl"],
    "raw.txt:62": ["TEMPO"],
    "raw.txt:1821": ["α-CD", "TsIm"],
    "raw.txt:505": ["EtOAc", "acetonitrile", "acetone"],
    "raw.txt:1940": ["phenyl sulfonyl azide"],
    "raw.txt:67": ["HF·pyr", "TiCl4"],  # "the TES group", "acetonide moiety": groups
    "raw.txt:1905": ["water"],
    "raw.txt:846": ["CHCl3"],
    "raw.txt:795": [],
    "raw.txt:145": ["TEMPO"],
    "raw.txt:923": [],  # "stilbene 5n", "azide 1j", "quinoline 6n-2": classes before compound numbers
    "raw.txt:671": ["1,4-naphtho- quinone"],
    "raw.txt:746": [],
    "raw.txt:212": ["toluene"],
    "raw.txt:1268": ["(R)-lacosamide", "butadiene monoepoxide", "1,3-butadiene"],  # "silver - catalyzed": unnamed
    "raw.txt:1114": ["TiCl4"],
    "raw.txt:1777": [],
    "raw.txt:345": ["m-CPBA", "1,6-epi-cyclophellitol"],
    "raw.txt:216": ["methanol", "water", "acetic acid", "H2", "Pd / C"],
    "raw.txt:601": ["CuSO4"],
    "raw.txt:758": [],
    "raw.txt:1322": ["Pd(PPh3)4"],  # "Salicyl N-tosylhy- drazone substituted with F": a family
    "raw.txt:5": ["K2CO3", "Bu3P", "Bu3P", "K2CO3"],
    "raw.txt:1679": ["α- (propargyloxy)acetoaldehyde", "DBU"],
    "raw.txt:1628": [
        "prenal",
        "chlorotrimethylsilane",
        "triethylamine",
        "zinc chloride",
        "palladium(II) acetate",
        "sodium acetate",
        "4-acetoxyprenal",
    ],
    "raw.txt:1140": ["FeCl3"],  # "1,4-bis(siloxymethyl)-1-naphthol ( J )": its silyl unnamed
    "raw.txt:194": ["8-azido-octanol", "TMSOTf"],
    "raw.txt:1732": [],
    "raw.txt:137": ["boron triﬂuoride etherate", "dichloromethane", "2-methyl-2- phenyl-4-tosylmorpholine"],
    "raw.txt:805": ["O- acetylated mandelonitrile"],
    "raw.txt:558": [],
    "raw.txt:1600": [],
    "raw.txt:1200": ["potassium carbonate", "dioxane", "palladium on charcoal"],
    "raw.txt:1525": ["CuI", "bipy"],
    "raw.txt:1811": ["Asc", "dG", "d2Ih", "cyclo-dG", "Gua", "OG", "Gh", "dZ", "dOG", "dSp", "dGh"],
    "raw.txt:134": [],
    "raw.txt:1731": [],
    "raw.txt:842": [],  # "MOM ether": a protecting group
    "raw.txt:370": [],
    "raw.txt:1277": ["iodomethane", "tetrabutylammonium ﬂuoride", "TBAF", "THF"],
    "raw.txt:1884": ["iodomethane"],
    "raw.txt:1376": [],
    "raw.txt:680": ["NIS", "TMSOTf"],
    "raw.txt:640": ["2-bromoindole", "2-aminoindole"],
    "raw.txt:831": ["MnO2"],  # "Grignard reagent", "nitrone 1", "the hydroxylamine 11": classes
    "raw.txt:689": ["benzaldehyde dimethyl acetal", "TMSOTf", "dichloromethane"],
    "raw.txt:468": ["3,3-dimethyl-1- butyne", "ethynylcyclopropane", "1-hexyne", "3- butynol", "propargyl acetate"],
    "raw.txt:453": ["CH3CN", "NaI", "TBAB", "TBHP"],
    "raw.txt:985": ["p- anisidine", "ethanol"],
    "raw.txt:1164": ["(R)-phenylalanine"],
    "raw.txt:396": ["2,6-bis(1,1-dimethylethyl)-4-methylphenol", "BHT"],
    "raw.txt:1315": ["Na2CO3"],
    "raw.txt:291": [],
    "raw.txt:1245": [],
    "raw.txt:1554": ["3-methyl-1-phenyl-pyrrole", "azoxybenzene"],
    "raw.txt:852": [
        "di-tert-butoxycarbonylguani- dine",
        "palladium hydroxide on charcoal",
        ("ruthenium tetroxide", "23"),
    ],
    "raw.txt:1183": ["Mo(CO)6", "1-phenylethane-1,2-diol"],
    "raw.txt:519": [
        "2-bromo-3-methoxycyclohex-2-en-1-one",
        "NBS",
        "3- methoxy-5-methylcyclohex-2-en-1-one",
        "ethyl acetoacetate",
        "methyl crotonate",
        "EtONa",
        "(MeO)3CH",
    ],
}
