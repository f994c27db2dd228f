"""Gold chemical-name spans and structures of the journal_e set of the names evaluation (see docs/names.md).

The text: 60 more sentences of the organic-chemistry journal papers of jiangfeng1124/ChemRxnExtractor (MIT,
Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``), PDF-extracted and tokenized, kept
verbatim in ``tests/data/names/journal_e_sentences.tsv``: ``random.Random(SAMPLE_SEED).sample`` of the file's
lines that are among none of the 100 of journal_a and journal_b (``journal_sentences.tsv``), the 60 of journal_c
(``journal_c_sentences.tsv``) and the 60 of journal_d (``journal_d_sentences.tsv``), taken in file order. Every
chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the finder
never run on them, by the conventions of journal_a, journal_b (``names_journal_labels.py``), journal_c
(``names_journal_c_labels.py``) and journal_d (``names_journal_d_labels.py``; a text that they and this module
both mark has the one label, taken from there), of the patent sets where the journal sets met no such text
("silica gel" the sorbent, ``NONE``; "EA" ethyl acetate; "hydrochloric acid" HCl), and these choices for what
none of them met:

* a name used as a modifier that names a compound is a mention, as journal_c's "(R)-phenylalanine - derived":
  "cinchonine- derived thiourea II" marks "cinchonine" (a reagent alkaloid with a trivial name, given its
  structure as journal_d's "quinine": the (8R,9S) isomer), not the thiourea it qualifies;
* a torn line keeps journal_a's rule for the stray "·OEt2": "[Cp*RhCl2]2 ·H2O" marks the complex, not the stray
  "·H2O", and "a −CHCl3 ( 0.5 mol % Pd ) and PPh3 ( 2 mol % ) Pd2dba3" marks "PPh3" and "Pd2dba3" (the complex,
  written without brackets), not the stray "−CHCl3" of its chloroform adduct; "racemic tert-butylsulﬁnyl
  Subsequent chloride", a name cut by a word of another line, is not marked (no span is its text), nor the
  "iodide" of "sodium hydride and iodide", whose cation is lost;
* "PE" (petroleum ether, a mixture of hydrocarbons) is marked with no structure (``NONE``), as "air";
  "tripropylene glycol" is the structure its name gives (OPSIN's), "C60" the fullerene (its formula);
* a name that names one compound but leaves out what fixes its structure counts for recall only (``UNKNOWN``,
  as journal_d's "N-(pyridyl)- pyrrole 4a"): "adamantyldiazirine 1b" and "noradamantyldiazirine" (the
  adamantyl's attachment not given), "iodoindolizidi- none 1" (no locants), "epoxy naphthalene 6" (no locants);
  a natural product's derivative by trivial name too ("O-methylmahanine ( 4 )", as journal_a's "murrayamine
  E"), and a polycyclic arene by a trivial name whose structure the text does not give ("tribenzodecacyclene
  3"), while the "silyl-protected murrayamine I 24" (its silyl unnamed) is a class, as journal_a's
  "4-(siloxymethyl)-1-naphthol";
* a name before a compound number follows journal_a's rule: "phenylacetaldehyde 4i", "phenylchlor- odiazirine
  8", "phenyl isothiocyanate 14", "PhB(aam) 1e" (the anthranilamide boronate) are marked; "trans,trans,cis-
  tetrahy- drofuran 6a", "the naphthalene 5i", "benzofuran 1 and 4", "the cyclopropane 13", "the quinazolinone
  2a", "nitrostyrene 1e" (whose dioxole part the sentence names: a family), "the triﬂuoroborate 1a",
  "2- methylthioenamine 7" and "(E)-3-methyleneisoindolin-1- one 4a" (journal_a's example of a family) are not;
  "the corresponding 3-bromoquinoline" is a family, as journal_d's "the corresponding 3,3-dichlorolactam 10a";
  a name followed by its number in brackets is that compound ("2,3-dibromopropylbenzene ( 4", "acetoxyprenal
  ( 21 )", the 4-acetoxyprenal of journal_c; "aceanthren-1-one12 ( 5 )", its reference number 12 glued);
* a metal, or a metal in an oxidation state, that stands for the catalyst of a cycle is not marked ("Pd -
  catalyzed", "iridium - catalyzed", "Cu(II)", "Cu(III) species D", "Cu(I)", "the vinyl Pd intermediate B");
  named complexes and transition-metal salts get a formula (PdCl2, CuBr, Pd(TFA)2, [Cp*RhCl2]2,
  [Rh(COD)OH]2, dppf, "titanium(IV) isoprop- oxide"); a catalytic system written with a spaced slash
  ("[Rh(COD)OH]2 / dppf") is its members; the aryl of "ArPd(O2CCF3) species A" is generic: a class;
* reagent abbreviations: LDA, PIDA, DIBAL-H, BQ (1,4-benzoquinone), Fmoc-OSu, "(TMS)OTf" (TMSOTf), t-BuOK,
  Bu4NBr (TBAB); "dichloroethane" is 1,2-dichloroethane, as journal_a's DCE; codes ("BDP - NHBz", "3-BDP"),
  protecting groups ("Dmb group", "B(pin) group", "B(mida) and B(dan) protecting groups") and classes
  ("aryl-B(pin) / B(mida) ... bis- boronates", "o-carboxyarylacrylic acid", "a phosphorus chloride",
  "o-quinone", an oxidation product the sentence does not name) are not marked.
"""

import names_journal_c_labels as journal_c
import names_journal_d_labels as journal_d
import names_journal_labels as journal

NONE = journal.NONE
UNKNOWN = journal.UNKNOWN

APPARATUS: tuple[str, ...] = ()
"""Phrases that name apparatus, not a chemical (none in these sentences)."""

SAMPLE_SEED = 36
"""``random.Random(SAMPLE_SEED).sample(rest, 60)``, ``rest`` the indices of raw.txt's 2,000 lines (line N is
index N - 1) among none of journal_sentences.tsv's 100, journal_c_sentences.tsv's 60 and
journal_d_sentences.tsv's 60, in file order; the sentences are stored in the sample's order."""

SHARED = (
    "Bu3P",
    "DMF",
    "methanol",
    "molecular sieves",
    "DMSO",
    "TFA",
    "DCM",
    "triﬂuoroacetic acid",
    "I2",
    "THF",
    "PPh3",
    "MeOH",
    "CO",
    "air",
)
"""Texts labelled in journal_a or journal_b, whose labels this set takes."""

SHARED_C = ("m-CPBA", "TiCl4", "Na2CO3", "acetonitrile", "Cu(OAc)2", "toluene", "acetic acid")
"""Texts labelled in journal_c, whose labels this set takes."""

SHARED_D = ("Cs2CO3", "PIFA", "AcOH")
"""Texts labelled in journal_d, whose labels this set takes (``LABELS`` takes the labels of journal_a to d for
the other writings of their compounds too: "Pd2dba3", "n-butyllithium", "Bu4NBr", "(TMS)OTf", ...)."""

O_DICHLOROBENZENE = {"smiles": "Clc1ccccc1Cl"}

LABELS: dict[str, dict] = {
    **{span: journal.LABELS[span] for span in SHARED},
    **{span: journal_c.LABELS[span] for span in SHARED_C},
    **{span: journal_d.LABELS[span] for span in SHARED_D},
    "Pd2dba3": journal.LABELS["Pd2(dba)3"],  # written without brackets
    "n-butyllithium": journal.LABELS["nBuLi"],
    "iodine": journal.LABELS["I2"],
    "hydrochloric acid": journal.LABELS["HCl"],  # the solute, as the patent sets
    "dichloroethane": journal.LABELS["DCE"],
    "Bu4NBr": journal_c.LABELS["TBAB"],
    "(TMS)OTf": journal_c.LABELS["TMSOTf"],
    "acetoxyprenal": journal_c.LABELS["4-acetoxyprenal"],
    # solvents
    "CH2Cl2": {"smiles": "ClCCl", "formula": "CH2Cl2"},
    "o-dichlorobenzene": O_DICHLOROBENZENE,
    "o- dichlorobenzene": O_DICHLOROBENZENE,  # broken by a hyphenation space
    "ODCB": O_DICHLOROBENZENE,
    "PE": NONE,  # petroleum ether, a mixture
    "EA": {"smiles": "CCOC(C)=O"},  # ethyl acetate, as the patent sets
    "silica gel": NONE,  # the sorbent, as the patent sets
    # acids, bases and reagents
    "trichloroacetonitrile": {"smiles": "ClC(Cl)(Cl)C#N"},
    "KBr": {"smiles": "[K+].[Br-]", "formula": "KBr"},
    "NaBr": {"smiles": "[Na+].[Br-]", "formula": "NaBr"},
    "HBr": {"smiles": "Br", "formula": "HBr"},
    "CsF": {"smiles": "[Cs+].[F-]", "formula": "CsF"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "sodium hydride": {"smiles": "[Na+].[H-]"},
    "Fmoc-OSu": {"name": "9-fluorenylmethyl succinimidyl carbonate"},
    "thiourea": {"smiles": "NC(N)=S"},
    "BQ": {"smiles": "O=C1C=CC(=O)C=C1"},  # 1,4-benzoquinone
    "LDA": {"smiles": "[Li+].CC(C)[N-]C(C)C"},
    "MeMgBr": {"smiles": "C[Mg]Br"},
    "DIBAL-H": {"smiles": "CC(C)C[AlH]CC(C)C"},
    "PIDA": {"smiles": "CC(=O)OI(OC(C)=O)c1ccccc1"},
    "t-BuOK": {"smiles": "[K+].CC(C)(C)[O-]"},
    "1,1′- thiocarbonyldiimidazole": {"smiles": "S=C(n1ccnc1)n1ccnc1"},
    # salts and complexes of transition metals (formulas)
    "PdCl2": {"formula": "PdCl2"},
    "CuBr": {"formula": "CuBr"},
    "Pd(TFA)2": {"formula": "C4F6O4Pd"},  # palladium(II) trifluoroacetate
    "[Cp*RhCl2]2": {"formula": "C20H30Cl4Rh2"},
    "[Rh(COD)OH]2": {"formula": "C16H26O2Rh2"},
    "dppf": {"formula": "C34H28FeP2"},  # 1,1'-bis(diphenylphosphino)ferrocene
    "titanium(IV) isoprop- oxide": {"formula": "C12H28O4Ti"},
    # organic compounds named in the sentences
    "cinchonine": {"name": "(S)-[(2R,4S,5R)-5-ethenyl-1-azabicyclo[2.2.2]octan-2-yl](quinolin-4-yl)methanol"},
    "phenylchlor- odiazirine": {"smiles": "ClC1(c2ccccc2)N=N1"},  # 3-chloro-3-phenyl-3H-diazirine
    "aceanthren-1-one": {"name": "aceanthrylen-1(2H)-one"},
    "2,3-dibromopropylbenzene": {"smiles": "BrCC(Br)Cc1ccccc1"},
    "phenylacetaldehyde": {"smiles": "O=CCc1ccccc1"},
    "phthalide": {"smiles": "O=C1OCc2ccccc21"},
    "1-bromo-8-methylnaphthalene": {"smiles": "Cc1cccc2cccc(Br)c12"},
    "p-Fluorophenylmethyl azide": {"smiles": "[N-]=[N+]=NCc1ccc(F)cc1"},
    "benzoic acid": {"smiles": "OC(=O)c1ccccc1"},
    "PhB(aam)": {"name": "2-phenyl-2,3-dihydrobenzo[d][1,3,2]diazaborinin-4(1H)-one"},
    "phenyl isothiocyanate": {"smiles": "S=C=Nc1ccccc1"},
    "2-(3-methylphenyl)pyridine": {"smiles": "Cc1cccc(-c2ccccn2)c1"},
    "naphthalene": {"smiles": "c1ccc2ccccc2c1"},
    "phenyl propiolate": {"smiles": "C#CC(=O)Oc1ccccc1"},
    "C60": {"formula": "C60"},  # the fullerene
    "diethylene glycol": {"smiles": "OCCOCCO"},
    "triethylene glycol": {"smiles": "OCCOCCOCCO"},
    "tripropylene glycol": {"name": "tripropylene glycol"},
    # definite compounds whose structure the text does not fix
    "noradamantyldiazirine": UNKNOWN,
    "adamantyldiazirine": UNKNOWN,
    "tribenzodecacyclene": UNKNOWN,
    "iodoindolizidi- none": UNKNOWN,
    "epoxy naphthalene": UNKNOWN,
    "O-methylmahanine": UNKNOWN,
}

# the mentions of each sentence, in text order, the sentences in the sample's order
MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "raw.txt:774": ["cinchonine"],  # not the thiourea it qualifies
    "raw.txt:141": [],  # "trans,trans,cis-tetrahy- drofuran 6a": a bare parent
    "raw.txt:51": [],  # "Pd - catalyzed": unnamed
    "raw.txt:1850": ["m-CPBA"],  # "N- oxide 23", "N-oxide epoxide 24": classes
    "raw.txt:1824": [],
    "raw.txt:669": [],
    "raw.txt:193": [
        "PdCl2",
        "methanol",
        "CH2Cl2",
        "trichloroacetonitrile",
        "Cs2CO3",
        "molecular sieves",
        "CH2Cl2",
    ],
    "raw.txt:1": ["Bu3P", "DMF"],  # "...isoindol-8(3aH)-one derivative 3": a class word
    "raw.txt:1173": ["noradamantyldiazirine", "adamantyldiazirine", "adamantyldiazirine", "phenylchlor- odiazirine"],
    "raw.txt:1452": [("aceanthren-1-one", "12"), "TiCl4", "o-dichlorobenzene", "ODCB", "tribenzodecacyclene"],
    "raw.txt:423": [],
    "raw.txt:581": ["Bu4NBr", "KBr", "NaBr", "DMSO", "HBr", "2,3-dibromopropylbenzene"],
    "raw.txt:633": ["TFA", "DCM", "Fmoc-OSu", "Na2CO3"],
    "raw.txt:1690": [],
    "raw.txt:1511": ["PIFA", "triﬂuoroacetic acid"],
    "raw.txt:1012": ["(TMS)OTf", "thiourea"],
    "raw.txt:859": ["phenylacetaldehyde"],
    "raw.txt:1306": ["Pd(TFA)2", "BQ"],
    "raw.txt:631": ["iodoindolizidi- none", "I2", "THF"],
    "raw.txt:1264": ["LDA"],
    "raw.txt:192": [],
    "raw.txt:1341": ["phthalide"],  # "MBH carbonate": a class
    "raw.txt:954": ["PPh3", "Pd2dba3", "MeOH", "CO"],  # the stray "−CHCl3" of the torn adduct: not marked
    "raw.txt:1910": ["1-bromo-8-methylnaphthalene", "epoxy naphthalene"],
    "raw.txt:1143": ["n-butyllithium"],  # "a phosphorus chloride": a class
    "raw.txt:916": ["MeMgBr"],
    "raw.txt:811": ["CsF", "acetonitrile"],
    "raw.txt:1748": ["NaOH"],
    "raw.txt:1859": [],
    "raw.txt:929": [],  # "tert-butylsulﬁnyl Subsequent chloride": cut by a word of another line
    "raw.txt:572": [],
    "raw.txt:920": ["p-Fluorophenylmethyl azide"],
    "raw.txt:403": [],
    "raw.txt:298": ["benzoic acid"],  # "BDP - NHBz", "BDP - NH2", "3-BDP": codes
    "raw.txt:1199": ["iodine", "methanol"],
    "raw.txt:1160": [],
    "raw.txt:1621": ["sodium hydride", "O-methylmahanine"],
    "raw.txt:1766": ["PE", "EA", "silica gel"],
    "raw.txt:483": ["PhB(aam)"],
    "raw.txt:1222": ["DIBAL-H", "phenyl isothiocyanate"],
    "raw.txt:695": [],
    "raw.txt:440": ["[Cp*RhCl2]2", "Cs2CO3", "Cu(OAc)2", "toluene", "N2"],
    "raw.txt:1147": ["2-(3-methylphenyl)pyridine"],
    "raw.txt:1631": ["acetoxyprenal", "titanium(IV) isoprop- oxide"],
    "raw.txt:1379": [],
    "raw.txt:763": ["naphthalene"],
    "raw.txt:1648": ["PIDA", "acetic acid", "dichloroethane"],
    "raw.txt:1282": ["AcOH", "CuBr"],
    "raw.txt:405": ["acetic acid"],
    "raw.txt:9": ["phenyl propiolate"],
    "raw.txt:1380": ["hydrochloric acid", "THF"],
    "raw.txt:905": ["C60", "diethylene glycol", "triethylene glycol", "tripropylene glycol"],
    "raw.txt:1153": ["Cu(OAc)2", "air"],
    "raw.txt:332": [],
    "raw.txt:1751": ["[Rh(COD)OH]2", "dppf", "t-BuOK"],
    "raw.txt:515": [],
    "raw.txt:978": [],
    "raw.txt:875": ["1,1′- thiocarbonyldiimidazole", "o- dichlorobenzene"],
    "raw.txt:1854": ["H2SO4"],
    "raw.txt:494": [],
}
