"""Gold structures for the Material spans of the names evaluation set (see docs/names.md).

The spans are human annotations (``Material`` and ``Nonrecipe-Material`` entities) of the
olivettigroup/annotated-materials-syntheses corpus (MIT), NER test split, commit dd6abd1. The structure of
each distinct span text was labelled for this evaluation, by hand, from chemistry knowledge:

* ``smiles``: the compound's SMILES (salts as ions, hydrates with their waters, elements as atoms);
* ``formula``: the composition written by the span (inorganic formulas, elements, trivial oxide names);
* ``name``: a systematic name whose OPSIN structure is the gold SMILES (long structures not written by hand);
* ``structure: False`` (the default for texts not listed): no single structure (mixtures, polymers,
  materials, biologicals, generic words); ``UNKNOWN``: a definite compound whose structure is not labelled
  (counts for recall, not for structure accuracy).

A span text has one label whatever its context, except where noted.
"""

UNKNOWN = {"structure": True}
DOXORUBICIN = (
    "(7S,9S)-7-[(2R,4S,5S,6S)-4-amino-5-hydroxy-6-methyloxan-2-yl]oxy-6,9,11-trihydroxy-9-(2-hydroxyacetyl)-"
    "4-methoxy-8,10-dihydro-7H-tetracene-5,12-dione"
)

LABELS: dict[str, dict] = {
    "(CH3COO)2Zn": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Zn+2]", "formula": "ZnC4H6O4"},
    "(CH3COO)2Zn*2H2O": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Zn+2].O.O", "formula": "ZnC4H10O6"},
    "Ag": {"smiles": "[Ag]", "formula": "Ag"},
    "AgNO3": {"smiles": "[Ag+].[O-][N+](=O)[O-]", "formula": "AgNO3"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "Au": {"smiles": "[Au]", "formula": "Au"},
    "Ba": {"smiles": "[Ba]", "formula": "Ba"},
    "BaCO3": {"smiles": "[Ba+2].[O-]C([O-])=O", "formula": "BaCO3"},
    "BaSe": {"formula": "BaSe"},
    "Bi2Te3": {"formula": "Bi2Te3"},
    "BiCl3": {"smiles": "Cl[Bi](Cl)Cl", "formula": "BiCl3"},
    "CHCl3": {"smiles": "ClC(Cl)Cl", "formula": "CHCl3"},
    "CO2": {"smiles": "O=C=O", "formula": "CO2"},
    "Ce(NO3)3*6H2O": {"formula": "CeN3H12O15"},
    "Ce(NO3)4*4H2O": {"formula": "CeN4H8O16"},
    "Citric acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},
    "citric acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},
    "Co": {"smiles": "[Co]", "formula": "Co"},
    "Cr": {"smiles": "[Cr]", "formula": "Cr"},
    "Dox": {"name": DOXORUBICIN},
    "Doxorubicin": {"name": DOXORUBICIN},
    "EDC": {"smiles": "CCN=C=NCCCN(C)C"},
    "FA": {"name": "N-(4-{[(2-amino-4-oxo-1,4-dihydropteridin-6-yl)methyl]amino}benzoyl)-L-glutamic acid"},
    "folic acid": {"name": "N-(4-{[(2-amino-4-oxo-1,4-dihydropteridin-6-yl)methyl]amino}benzoyl)-L-glutamic acid"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "H6TeO6": {"smiles": "O[Te](O)(O)(O)(O)O", "formula": "H6TeO6"},
    "HAuCl4*3H2O": {"formula": "H7AuCl4O3"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "HF": {"smiles": "F", "formula": "HF"},
    "HNO3": {"smiles": "O=[N+]([O-])O", "formula": "HNO3"},
    "KMnO4": {"formula": "KMnO4"},
    "Li": {"smiles": "[Li]", "formula": "Li"},
    "Li2SO4*H2O": {"smiles": "[Li+].[Li+].[O-]S(=O)(=O)[O-].O", "formula": "Li2SH2O5"},
    "LiAc[?]2 H2O": {"smiles": "CC(=O)[O-].[Li+].O.O"},
    "LiMnPO4": {"formula": "LiMnPO4"},
    "LiNi0.5Mn1.5O4": {"formula": "LiNi0.5Mn1.5O4"},
    "MACl": {"smiles": "C[NH3+].[Cl-]"},
    "MAI": {"smiles": "C[NH3+].[I-]"},
    "methyl ammonium iodide": {"smiles": "C[NH3+].[I-]"},
    "Mn": {"smiles": "[Mn]", "formula": "Mn"},
    "Mn(Ac)2[?]4 H2O": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Mn+2].O.O.O.O"},
    "MnSO4*H2O": {"smiles": "[Mn+2].[O-]S(=O)(=O)[O-].O", "formula": "MnSH2O5"},
    "Mucic acid": {"name": "(2R,3S,4R,5S)-2,3,4,5-tetrahydroxyhexanedioic acid"},
    "mucic acid": {"name": "(2R,3S,4R,5S)-2,3,4,5-tetrahydroxyhexanedioic acid"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "NH3": {"smiles": "N", "formula": "NH3"},
    "NH4H2PO4": {"smiles": "[NH4+].OP(=O)(O)[O-]", "formula": "NH6PO4"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH5O"},
    "NH4VO3": {"smiles": "[NH4+].[O-][V](=O)=O", "formula": "NH4VO3"},
    "NHS": {"smiles": "O=C1CCC(=O)N1O"},
    "Na2CO3": {"smiles": "[Na+].[Na+].[O-]C([O-])=O", "formula": "Na2CO3"},
    "Na2S*9H2O": {"formula": "Na2SH18O9"},
    "NaBH4": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4"},
    "NaH2PO2*H2O": {"formula": "NaH4PO3"},
    "NaNO3": {"smiles": "[Na+].[O-][N+](=O)[O-]", "formula": "NaNO3"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Ni": {"smiles": "[Ni]", "formula": "Ni"},
    "Ni(Ac)2[?]4 H2O": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Ni+2].O.O.O.O"},
    "NiCl2*6H2O": {"smiles": "[Ni+2].[Cl-].[Cl-].O.O.O.O.O.O", "formula": "NiCl2H12O6"},
    "NiO": {"formula": "NiO"},
    "Nickel acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Ni+2]"},
    "OA": UNKNOWN,  # an abbreviation the paragraph does not expand (oleic acid or oleylamine)
    "PC61BM": UNKNOWN,
    "PbI2": {"formula": "PbI2"},
    "PbO2": {"formula": "PbO2"},
    "Propidium iodide": UNKNOWN,
    "Pyrrole": {"smiles": "c1cc[nH]c1"},
    "pyrrole": {"smiles": "c1cc[nH]c1"},
    "Se": {"smiles": "[Se]", "formula": "Se"},
    "Si": {"smiles": "[Si]", "formula": "Si"},
    "TPP": {"name": "5,10,15,20-tetraphenylporphyrin"},
    "Tetraphenylporphine": {"name": "5,10,15,20-tetraphenylporphyrin"},
    "TiO2": {"formula": "TiO2"},
    "titania": {"formula": "TiO2"},
    "ceria": {"formula": "CeO2"},
    "zirconia": {"formula": "ZrO2"},
    "nCeO2": {"formula": "CeO2"},
    "nZrO2": {"formula": "ZrO2"},
    "V2O5": {"formula": "V2O5"},
    "Y(NO3)3*6H2O": {"formula": "YN3H12O15"},
    "Zn": {"smiles": "[Zn]", "formula": "Zn"},
    "Zn-TPP": UNKNOWN,
    "Zn-tetraphenylporphine": UNKNOWN,
    "tetraphenylchlorine": UNKNOWN,  # tetraphenylchlorin, misspelt in the paper
    "Zr(NO3)4*5H2O": {"formula": "ZrN4H10O17"},
    "acetic acid": {"smiles": "CC(=O)O"},
    "acetone": {"smiles": "CC(C)=O"},
    "ammonia": {"smiles": "N"},
    "ammonium metavanadate": {"smiles": "[NH4+].[O-][V](=O)=O"},
    "anhydrous 2-propanol": {"smiles": "CC(C)O"},
    "anhydrous N,N-dimethylformamide": {"smiles": "CN(C)C=O"},
    "anhydrous chlorobenzene": {"smiles": "Clc1ccccc1"},
    "benzaldehyde": {"smiles": "O=Cc1ccccc1"},
    "chlorine": {"smiles": "ClCl", "formula": "Cl"},  # "chlorine doping", "no more chlorine": the element
    "chloroform": {"smiles": "ClC(Cl)Cl"},
    "cobalt (II) acetate tetrahydrate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Co+2].O.O.O.O"},
    "ethanol": {"smiles": "CCO"},
    "ethyl alcohol": {"smiles": "CCO"},
    "hydrazine": {"smiles": "NN"},
    "hydrazine monohydrate": {"smiles": "NN.O"},
    "isoquinoline N-oxide": {"smiles": "[O-][n+]1ccc2ccccc2c1"},
    "lithium acetate": {"smiles": "CC(=O)[O-].[Li+]"},
    "manganese acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Mn+2]"},
    "nickel carbonate": {"smiles": "[Ni+2].[O-]C([O-])=O"},
    "nitrate": {"smiles": "[O-][N+](=O)[O-]"},
    "nitric acid": {"smiles": "O=[N+]([O-])O"},
    "nitrogen": {"smiles": "N#N"},
    "propionic acid": {"smiles": "CCC(=O)O"},
    "thioglycolic acid": {"smiles": "OC(=O)CS"},
    "water": {"smiles": "O"},
    "zinc acetate dihydrate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Zn+2].O.O"},
}

# Annotated spans whose label differs by occurrence: (span text, text just before it, label). Eleventh round:
# test's "carbon" is the element, as every fresh split labels it; "activated carbon" is another material.
RELABELLED: list[tuple[str, str, dict]] = [("carbon", "immobilized on activated ", {"structure": False})]
# Chemical mentions the NER annotators did not mark as materials (reference, test and by-stander uses),
# added on review so that a correct find is not counted as wrong: (paper file, span text, text just
# before it). Each was checked in its paragraph; spans inside an annotated material are not added.
ADDED: list[tuple[str, str, str]] = [
    ("AgCl", "detected by the "),
    ("DMSO", "(0.5 mg/mL, "),
    ("LiMnPO4", "for precipitating "),
    ("NH4VO3", "precursor of "),
    ("NH4H2PO4", "precursor of NH4VO3, "),
    ("Na2CO3", "NH4VO3, NH4H2PO4 and "),
    ("Na2S*9H2O", "in the absence of "),
    ("Na2S*9H2O", "hydrothermal method. "),
    ("Na3V2(PO4)3", "NASICON-typed "),
    ("NaV3(PO4)3", "For comparison, "),
    ("Ni", "bare "),
    ("Si", "without any dispersed "),
    ("V2O5", "spherical "),
    ("citric acid", "Herein, "),
    ("ethanol", "method using "),
    ("galactose", "synthesized by "),
    ("water", "evaporation of "),
    # eleventh round: the element of "X source" and "X content" is a mention of it, as fresh9 and fresh10 mark it
    ("carbon", "complexing agent and "),
    ("carbon", "NaV3(PO4)3 without "),
    # thirteenth round: a metal's foam is the metal, as fresh2 and fresh12 mark it
    ("nickel", "The "),
    ("nickel", "pore size of the "),
]

ADDED_LABELS: dict[str, dict] = {
    "carbon": {"formula": "C"},  # eleventh round: as every fresh split labels it ("activated carbon": RELABELLED)
    "hexane": {"smiles": "CCCCCC"},  # of "chloroform-hexane 2:1" (a list written as one token: its members)
    "AgCl": {"smiles": "[Ag]Cl", "formula": "AgCl"},
    "DMSO": {"smiles": "CS(C)=O"},
    "Na3V2(PO4)3": {"formula": "Na3V2P3O12"},
    "NaV3(PO4)3": {"formula": "NaV3P3O12"},
    "galactose": UNKNOWN,  # the paragraph does not say which form
    "Graphite": {"formula": "C"},  # thirteenth round: the element, as every fresh split labels graphite
    "nickel": {"smiles": "[Ni]", "formula": "Ni"},  # thirteenth round: nickel foam, as fresh2 and fresh12 label it
}

# ------------------------------------------------------------------------------------- the dev split
# Labelled after the rules were fixed on the test split's errors: no rule was changed after looking at it,
# so it is the held-out estimate.
NONE = {"structure": False}
DEV_LABELS: dict[str, dict] = {
    "(NH4)2PdCl4": {"formula": "N2H8PdCl4"},
    "AgNO3": {"smiles": "[Ag+].[O-][N+](=O)[O-]", "formula": "AgNO3"},
    "Al": {"smiles": "[Al]", "formula": "Al"},
    "Al2O3": {"formula": "Al2O3"},
    "B2O3": {"formula": "B2O3"},
    "BTC": {"smiles": "OC(=O)c1cc(cc(c1)C(=O)O)C(=O)O"},  # benzene-1,3,5-tricarboxylic acid (HKUST-1 linker)
    "Ba(NO3)2": {"smiles": "[Ba+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-]", "formula": "BaN2O6"},
    "C4K2O9Ti*2H2O": {"formula": "C4H4K2O11Ti"},
    "C6H8O7*H2O": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O.O", "formula": "C6H10O8"},
    "CH3COOLi*2H2O": {"smiles": "CC(=O)[O-].[Li+].O.O", "formula": "C2H7LiO4"},
    "CH3COONa*3H2O": {"smiles": "CC(=O)[O-].[Na+].O.O.O", "formula": "C2H9NaO5"},
    "CTAB": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "CeO2": {"formula": "CeO2"},
    "Co(NO3)2*6H2O": {"formula": "CoN2H12O12"},
    "Copper acetate monohydrate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Cu+2].O"},
    "copper acetate monohydrate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Cu+2].O"},
    "copper acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Cu+2]"},
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},
    "Cu(NO3)2*3H2O": {"formula": "CuN2H6O9"},
    "DMC": {"smiles": "COC(=O)OC"},
    "dimethyl carbonate": {"smiles": "COC(=O)OC"},
    "EC": {"smiles": "O=C1OCCO1"},
    "ethylene carbonate": {"smiles": "O=C1OCCO1"},
    **{el: {"smiles": f"[{el}]", "formula": el} for el in "Eu Gd Nd Pr Sm Sb Sn Ir Mg Na Li Ni Pd Si".split()},
    "iridium": {"smiles": "[Ir]", "formula": "Ir"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "Fe(NO3)3*6H2O": {"formula": "FeN3H12O15"},
    "Fe(NO3)3*9H2O": {"formula": "FeN3H18O18"},
    "FeNbO4": {"formula": "FeNbO4"},
    "Ga2O3": {"formula": "Ga2O3"},
    "H+": {"smiles": "[H+]"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "water": {"smiles": "O"},
    "H2O2": {"smiles": "OO", "formula": "H2O2"},
    "hydrogen peroxide": {"smiles": "OO"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "HCOOH": {"smiles": "O=CO", "formula": "CH2O2"},
    "KMnO4": {"formula": "KMnO4"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "potassium hydroxide": {"smiles": "[K+].[OH-]"},
    "La(NO3)3*6H2O": {"formula": "LaN3H12O15"},
    "La0.4Ce0.6O2-\u03b4": {"formula": "La0.4Ce0.6O2"},
    "La0.9Sr0.1Ga0.8Mg0.2O3-\u03b4": {"formula": "La0.9Sr0.1Ga0.8Mg0.2O3"},
    "La2O3": {"formula": "La2O3"},
    "LaMnO3": {"formula": "LaMnO3"},
    "LiPF6": {"smiles": "[Li+].F[P-](F)(F)(F)(F)F", "formula": "LiPF6"},
    "MA": UNKNOWN,
    "MgO": {"formula": "MgO"},
    "MoO3": {"formula": "MoO3"},
    "Mn(NO3)2": {"smiles": "[Mn+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-]", "formula": "MnN2O6"},
    "Mn2+": {"smiles": "[Mn+2]"},
    "NH4+": {"smiles": "[NH4+]"},
    "NH3": {"smiles": "N", "formula": "NH3"},
    "NH4NO3": {"smiles": "[NH4+].[O-][N+](=O)[O-]", "formula": "N2H4O3"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH5O"},
    "NbCl5": {"formula": "NbCl5"},
    "Niobium chloride": {"formula": "NbCl5"},
    "Ni(NO3)2*6H2O": {"formula": "NiN2H12O12"},
    "NiO": {"formula": "NiO"},
    "Pr0.5Ba0.4Ca0.1MnO3": {"formula": "Pr0.5Ba0.4Ca0.1MnO3"},
    "Pr2O3": {"formula": "Pr2O3"},
    "Pr6O11": {"formula": "Pr6O11"},
    "R6G": UNKNOWN,
    "SrCO3": {"smiles": "[Sr+2].[O-]C([O-])=O", "formula": "SrCO3"},
    "Sr(NO3)2": {"smiles": "[Sr+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-]", "formula": "SrN2O6"},
    "TiO2": {"formula": "TiO2"},
    "Zn(NO3)2*6H2O": {"formula": "ZnN2H12O12"},
    "citric acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},
    "copper(II) nitrate trihydrate": {"smiles": "[Cu+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-].O.O.O"},
    "d-glucose": UNKNOWN,  # the paragraph does not say which form
    "ethanol": {"smiles": "CCO"},
    "ethylene glycol": {"smiles": "OCCO"},
    "glycine": {"smiles": "NCC(=O)O"},
    "hydrochloric acid": {"smiles": "Cl"},
    "iron nitrate": UNKNOWN,  # iron(II) or iron(III): not said
    "oxalic acid dehydrate": {"smiles": "O=C(O)C(=O)O.O.O"},  # "dihydrate", misspelt in the paper
    "pyridine": {"smiles": "c1ccncc1"},
    "silver nitrate": {"smiles": "[Ag+].[O-][N+](=O)[O-]"},
    "sodium citrate": UNKNOWN,  # mono-, di- or trisodium: not said
    "sodium citrate tribasic dehydrate": {"smiles": "[Na+].[Na+].[Na+].[O-]C(=O)CC(O)(CC(=O)[O-])C(=O)[O-].O.O"},
    "sodium sulfide": {"smiles": "[Na+].[Na+].[S-2]"},
    "sodium sulfide nonahydrate": {"smiles": "[Na+].[Na+].[S-2].O.O.O.O.O.O.O.O.O"},
    "urea": {"smiles": "NC(N)=O"},
    # thirteenth round: graphite and graphene are the element, as every fresh split labels them (a graphite
    # die is an object, like a silver ring, and keeps no label)
    "graphite": {"formula": "C"},
    "graphite flake": {"formula": "C", "core": "graphite"},
    "graphite flakes": {"formula": "C", "core": "graphite"},
    "graphene": {"formula": "C"},
}
DEV_ADDED: list[tuple[str, str]] = [
    ("graphene", "denoted as "),  # thirteenth round: the product's mention the annotators did not mark
    ("Ce0.9Gd0.1O2-\u03b4", "hours. The "),
    ("Li4Ti6O14", "designated as "),
    ("NaLi3Ti6O14", "designated as Li4Ti6O14, "),
    ("Na2Li2Ti6O14", "Li4Ti6O14, NaLi3Ti6O14, "),
    ("Na3LiTi6O14", "NaLi3Ti6O14, Na2Li2Ti6O14, "),
    ("Na4Ti6O14", "Na3LiTi6O14 and "),
    ("NiO", "(solid "),
    ("NiO", "quintuple-shelled "),
    ("PrBa0.5Sr0.5Co1.5Fe0.5O5+\u03b4", "(TEM), the "),
]
DEV_LABELS.update(
    {
        "Ce0.9Gd0.1O2-\u03b4": {"formula": "Ce0.9Gd0.1O2"},
        "Li4Ti6O14": {"formula": "Li4Ti6O14"},
        "NaLi3Ti6O14": {"formula": "NaLi3Ti6O14"},
        "Na2Li2Ti6O14": {"formula": "Na2Li2Ti6O14"},
        "Na3LiTi6O14": {"formula": "Na3LiTi6O14"},
        "Na4Ti6O14": {"formula": "Na4Ti6O14"},
        "PrBa0.5Sr0.5Co1.5Fe0.5O5+\u03b4": {"formula": "PrBa0.5Sr0.5Co1.5Fe0.5O5"},
    }
)

# ----------------------------------------------------------------------------------- the fresh split
# Fifteen papers of the corpus's NER train split (``random.Random(16).sample(train, 15)``; none is in the
# test or dev split), labelled from the span texts and the paragraphs alone, before the finder was run on
# them. The second round of rules (apparatus nouns, author symbols, formula checks, span convention) was
# fixed without looking at these paragraphs: this is the held-out estimate of that round.
FRESH_SEED = 16
FRESH_SIZE = 15
SALT_ATOMS = "[Na+].[Na+].[O-]S(=O)(=O)[O-]"
FRESH_LABELS: dict[str, dict] = {
    "alcohol": {"smiles": "CCO"},  # ethanol, as fresh4-fresh7 label it (made consistent in the eighth round)
    "(NH4)2HPO4": {"formula": "N2H9PO4"},
    "(TiVCrZrHf)N": UNKNOWN,  # an equimolar high-entropy nitride: the written composition is not its formula
    "1-Naphthol": {"smiles": "Oc1cccc2ccccc12"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    **{el: {"smiles": f"[{el}]", "formula": el} for el in "Ba Cu Fe Ge Na Si Ti Zn".split()},
    "Silicon": {"smiles": "[Si]", "formula": "Si"},
    "silicon": {"smiles": "[Si]", "formula": "Si"},
    "p-Si": {"formula": "Si"},  # p-type silicon wafers
    "copper": {"smiles": "[Cu]", "formula": "Cu"},  # "copper foil"
    "carbon": {"formula": "C"},  # deposited carbon
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},  # eleventh round: "Cu-doped", the dopant element
    "graphite": {"formula": "C"},
    "BaCl2 2H2O": {"formula": "BaCl2H4O2"},
    "BaCl2": {"formula": "BaCl2"},
    "BaFe12O19": {"formula": "BaFe12O19"},
    "C2H2": {"smiles": "C#C", "formula": "C2H2"},
    "CuSO4*5H2O": {"formula": "CuSH10O9"},
    "DMF": {"smiles": "CN(C)C=O"},
    "EG": {"smiles": "OCCO"},
    "ethylene glycol": {"smiles": "OCCO"},
    "EDTA": {"smiles": "OC(=O)CN(CCN(CC(=O)O)CC(=O)O)CC(=O)O"},
    "etylenediaminetetraacetic acid": {"smiles": "OC(=O)CN(CCN(CC(=O)O)CC(=O)O)CC(=O)O"},  # misspelt
    "Fe(NO3)3": {"formula": "FeN3O9"},
    "Fe2O3": {"formula": "Fe2O3"},
    "FeCl3 6H2O": {"formula": "FeCl3H12O6"},
    "Ga2O3": {"formula": "Ga2O3"},
    "GeO2": {"formula": "GeO2"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "La2O3": {"formula": "La2O3"},
    "Li2CO3": {"formula": "Li2CO3"},
    "LiTiOPO4": {"formula": "LiTiOPO4"},
    "Mn(NO3)2": {"formula": "MnN2O6"},
    "N-methylpyrrolidone": {"smiles": "CN1CCCC1=O"},
    "NMP": {"smiles": "CN1CCCC1=O"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "NH3*H2O": {"formula": "NH5O"},
    "NH4H(HGeO3)2": {"formula": "NH4H(HGeO3)2"},
    "Na2CO3": {"formula": "Na2CO3"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Oxamic": {"smiles": "NC(=O)C(=O)O"},  # "Oxamic and oxalic acids": oxamic acid
    "oxalic acids": {"smiles": "OC(=O)C(=O)O"},
    "Propranolol hydrochloride": {"smiles": "CC(C)NCC(O)COc1cccc2ccccc12.Cl"},
    "SiH4": {"formula": "SiH4"},
    "SrCO3": {"formula": "SrCO3"},
    "strontium carbonate": {"smiles": "[Sr+2].[O-]C([O-])=O"},
    "Sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "TTIP": {"formula": "TiC12H28O4"},  # titanium tetraisopropoxide: ionic or covalent drawings differ
    "titanium tetra isopropoxide": {"formula": "TiC12H28O4"},
    "Ta2O5": {"formula": "Ta2O5"},
    "TiCl4": {"formula": "TiCl4"},
    "TiN": {"formula": "TiN"},
    "TiN NPs": {"formula": "TiN"},
    "TiO2": {"formula": "TiO2"},
    "TiVCrZrHf": {"formula": "TiVCrZrHf"},  # the equimolar alloy targets
    "Zn(NO3)2": {"formula": "ZnN2O6"},
    "Zn(NO3)2*6H2O": {"formula": "ZnN2H12O12"},
    "Zn(OH)2": {"formula": "ZnH2O2"},
    "ZnO": {"formula": "ZnO"},
    "acetic acid": {"smiles": "CC(=O)O"},
    "acetone": {"smiles": "CC(C)=O"},
    "anhydrous sodium sulfate": {"smiles": SALT_ATOMS},
    "ethanol": {"smiles": "CCO"},
    "ferrous sulfate heptahydrate": {"smiles": "[Fe+2].[O-]S(=O)(=O)[O-].O.O.O.O.O.O.O"},
    "hexamethylenetetramine": {"smiles": "C1N2CN3CN1CN(C2)C3"},
    "hydrochloric acid": {"smiles": "Cl"},
    "methanol": {"smiles": "CO"},
    "nitric acid": {"smiles": "O=[N+]([O-])O"},
    "nitrogen": {"smiles": "N#N"},
    "phthalic acid": {"smiles": "OC(=O)c1ccccc1C(=O)O"},
    "potassium chlorate": {"smiles": "[K+].[O-]Cl(=O)=O"},
    "sulfate ions": {"smiles": "[O-]S(=O)(=O)[O-]"},
    "urea": {"smiles": "NC(N)=O"},
    "water": {"smiles": "O"},
    "zinc acetate dihydrate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Zn+2].O.O"},
    # the alcohol solution of zinc acetate dihydrate: the compound is the first three words
    "zinc acetate dihydrate alcohol": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Zn+2].O.O", "core": "zinc acetate dihydrate"},
    # no single structure: alcohol (a class word), GO, CNT(s), PAN, PVDF, PSP, poly(ethylene imine), MnOx,
    # CuxZn1-xO, Cu/ZnO, composites, sample codes (STNF80C), Sodium titanate nanoflowers, Ar + N2, air
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH_ADDED: list[tuple[str, str]] = [
    # eleventh round: the element of "-doped" and "-coated" is a mention of it, as fresh8-fresh10 mark it
    ("Cu", "(1% "),
    ("Cu", "The "),
    ("carbon", "The "),
    ("carbon", "leaving a "),
    ("alcohol", "zinc acetate dihydrate "),  # eighth round: two names side by side are two spans
    ("BaFe12O19", "pure-phase "),
    ("ethanol", "ball-milled in "),
    ("La2O3", "content in the "),
    ("EDTA", "chelatometry analysis using "),
    ("etylenediaminetetraacetic acid", "EDTA ("),
    ("Li2CO3", "For "),
    ("Si", "lattice parameters, "),
    ("BaCl2", "by adding "),
    ("Ge", "pure "),
    ("copper", "spread onto "),
]

# ---------------------------------------------------------------------------------- the fresh2 split
# The fresh split's errors were read after its figure was taken (a third round of rules: units after
# numbers, salt-name tails, spaced multiplying prefixes, element cations before an unread anion, plural
# acids). A second fresh split of fifteen other train papers (``random.Random(17).sample`` of the train
# listing without the fresh papers) was labelled before that round, from the span texts and paragraphs
# alone, and never tuned on: the held-out estimate of the final rules.
FRESH2_SEED = 17
ACETATE2 = "CC(=O)[O-].CC(=O)[O-]"
FRESH2_LABELS: dict[str, dict] = {
    "alcohol": {"smiles": "CCO"},  # ethanol, as fresh4-fresh7 label it (made consistent in the eighth round)
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "Sodium silicate": {"formula": "Na2SiO3"},  # the paragraph writes "sodium silicate (Na2SiO3)"
    "sodium silicate": {"formula": "Na2SiO3"},
    "Na2SiO3": {"formula": "Na2SiO3"},
    "Na2O": {"formula": "Na2O"},
    "SiO2": {"formula": "SiO2"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "water": {"smiles": "O"},
    "Cu(CH3COO)2*H2O": {"formula": "CuC4H8O5"},
    "Fe(NO3)3*9H2O": {"formula": "FeN3H18O18"},
    "Ni0.35Mn0.65(OH)2": {"formula": "Ni0.35Mn0.65O2H2"},
    "Ni0.35Mn0.75(OH)2": {"formula": "Ni0.35Mn0.75O2H2"},
    "Li2CO3": {"formula": "Li2CO3"},
    "lithium carbonate": {"smiles": "[Li+].[Li+].[O-]C([O-])=O"},
    "lithium": {"smiles": "[Li]", "formula": "Li"},
    "Li": {"smiles": "[Li]", "formula": "Li"},
    "V": {"smiles": "[V]", "formula": "V"},
    "MnSO4*H2O": {"formula": "MnSH2O5"},
    "NiSO4*6H2O": {"formula": "NiSH12O10"},
    "ammonia hydroxide": {"formula": "NH5O"},  # ammonium hydroxide
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "potassium hydroxide": {"smiles": "[K+].[OH-]"},
    "Cobalt nitrate": {"formula": "CoN2O6"},
    "Co(NO3)2*6(H2O)": {"formula": "CoN2H12O12"},
    "hexamethylenetetramine": {"smiles": "C1N2CN3CN1CN(C2)C3"},
    "C6H12N4": {"smiles": "C1N2CN3CN1CN(C2)C3", "formula": "C6H12N4"},
    "nickel": {"smiles": "[Ni]", "formula": "Ni"},  # nickel foam
    "ethanol": {"smiles": "CCO"},
    "Co(OH)2": {"formula": "CoH2O2"},
    "Co3O4": {"formula": "Co3O4"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "Fe": {"smiles": "[Fe]", "formula": "Fe"},
    "carbon": {"formula": "C"},
    "graphite": {"formula": "C"},
    "sulfur": {"formula": "S"},
    "hydrochloric acid": {"smiles": "Cl"},
    "Hydrochloric acid": {"smiles": "Cl"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "N,N-dimethylformamide": {"smiles": "CN(C)C=O"},
    "DMF": {"smiles": "CN(C)C=O"},
    "Zinc nitrate hexahydrate": {"smiles": "[Zn+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-].O.O.O.O.O.O"},
    "zinc nitrate hexahydrate": {"smiles": "[Zn+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-].O.O.O.O.O.O"},
    "Zn(NO3)2*6H2O": {"formula": "ZnN2H12O12"},
    "terephthalic acid": {"smiles": "OC(=O)c1ccc(cc1)C(=O)O"},
    "C6H4 (COOH)2": {"formula": "C8H6O4"},
    "triethylamine": {"smiles": "CCN(CC)CC"},
    "TEA": {"smiles": "CCN(CC)CC"},
    "LiOH*H2O": {"formula": "LiH3O2"},
    "NH4VO3": {"formula": "NH4VO3"},
    "sodium tungstate": {"formula": "Na2WO4"},
    "Na2WO4*2H2O": {"formula": "Na2WH4O6"},
    "hydroxylamine hydrochloride": {"smiles": "NO.Cl"},
    "NH2OH*HCl": {"formula": "NH4OCl"},
    "sulfourea": {"smiles": "NC(N)=S"},  # thiourea
    "CH4N2S": {"smiles": "NC(N)=S", "formula": "CH4N2S"},
    "ammonia": {"smiles": "N"},
    "NH3*H2O": {"formula": "NH5O"},
    "CTAB": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "ZnO": {"formula": "ZnO"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "La2O3": {"formula": "La2O3"},
    "SrCO3": {"formula": "SrCO3"},
    "TiO2": {"formula": "TiO2"},
    "Fe2O3": {"formula": "Fe2O3"},
    "BaCO3": {"formula": "BaCO3"},
    "NaNO3": {"formula": "NaNO3"},
    "Nb2O5": {"formula": "Nb2O5"},
    "2-propanol": {"smiles": "CC(C)O"},
    "CO2": {"smiles": "O=C=O", "formula": "CO2"},
    "Na2SO4": {"formula": "Na2SO4"},
    "FeSO4": {"formula": "FeSO4"},
    "FeSO4.7H2O": {"formula": "FeSH14O11"},
    "Na2Fe2(SO4)3": {"formula": "Na2Fe2S3O12"},
    "NO2BF4": {"formula": "NO2BF4"},
    "acetonitrile": {"smiles": "CC#N"},
    "Potassium permanganate": {"smiles": "[K+].[O-][Mn](=O)(=O)=O"},
    "KMnO4": {"formula": "KMnO4"},
    "sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "Manganese sulfate monohydrate": {"smiles": "[Mn+2].[O-]S(=O)(=O)[O-].O"},
    "MnO2 NWs": {"formula": "MnO2", "core": "MnO2"},  # nanowires: a form word
    "Ag NWs": {"smiles": "[Ag]", "formula": "Ag", "core": "Ag"},
    "Ag NW": {"smiles": "[Ag]", "formula": "Ag", "core": "Ag"},
    "Mn(II)": {"smiles": "[Mn+2]"},
    "Mn(VII)": UNKNOWN,
    "Indium Acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].CC(=O)[O-].[In+3]"},
    "Zinc Acetate dehydrate": {"smiles": f"{ACETATE2}.[Zn+2].O.O"},  # "dihydrate", misspelt in the paper
    "2-methoxyethanol": {"smiles": "COCCO"},
    "monoethanolamine": {"smiles": "NCCO"},
    "Yb3+": {"smiles": "[Yb+3]"},
    "Er3+": {"smiles": "[Er+3]"},
    "allantoin": {"smiles": "NC(=O)NC1NC(=O)NC1=O"},
    "Y(NO3)3*6H2O": {"formula": "YN3H12O15"},
    "Yb(NO3)3*6H2O": {"formula": "YbN3H12O15"},
    "Er(NO3)3*6H2O": {"formula": "ErN3H12O15"},
    "Y2O3": {"formula": "Y2O3"},
    # no single structure: Al-waste, FA (fly ash), GO, graphite oxide, CNT(s), composites, MOF-5, polymers
    # (PAN, PVP, PVA, Polyacrylonitrile), variable compositions (x, y, delta), IZO, sample codes (MnP-1, BNF)
}
FRESH2_ADDED: list[tuple[str, str]] = [
    ("Co3O4", "average loading of "),
    ("nickel", "measuring the "),
    ("LiOH*H2O", "Analytical pure "),
    ("NH4VO3", "LiOH*H2O, "),
    ("CTAB", "addition of "),
    ("ZnO", "preparation of "),
    ("CO2", "stability in 100% "),
    ("H2O", "refluxed in "),
    ("water", "dissolvation (in "),
    ("Y2O3", "co-doped "),
]

# ---------------------------------------------------------------------------------- the fresh3 split
# The fresh2 split's figure was taken and its errors read; a rule was then planned for generic salt names
# whose anion stem does not fix the stoichiometry ("sodium silicate"). A third fresh split of fifteen
# other train papers (``random.Random(18).sample`` of the train listing without the fresh and fresh2
# papers) was labelled before that rule was run, from the span texts and paragraphs alone, and never
# tuned on: the held-out estimate of the rule and of the finder as it stands.
FRESH3_SEED = 18
THIOUREA = "NC(N)=S"
APS = "[NH4+].[NH4+].[O-]S(=O)(=O)OOS(=O)(=O)[O-]"
TBABF4 = "CCCC[N+](CCCC)(CCCC)CCCC.F[B-](F)(F)F"
TEOS = "CCO[Si](OCC)(OCC)OCC"
KHP = "OC(=O)c1ccccc1C(=O)[O-].[K+]"
FRESH3_LABELS: dict[str, dict] = {
    # "thiourea (NH2)2S": the formula is miswritten (no carbon); the paper means thiourea
    "(NH2)2S": {"smiles": THIOUREA},
    "thiourea": {"smiles": THIOUREA},
    "(NH4)2[(VO)(C4H4O6)2]": {"formula": "N2H16VC8O13"},
    "4-Azidobenzenediazonium": {"smiles": "[N-]=[N+]=Nc1ccc(cc1)[N+]#N"},  # "4-Azidobenzenediazonium salt"
    "4-azidoaniline hydrochloride": {"smiles": "Nc1ccc(N=[N+]=[N-])cc1.Cl"},
    "4-ethynylpyridine hydrochloride": {"smiles": "C#Cc1ccncc1.Cl"},
    "ACN": {"smiles": "CC#N"},
    "acetonitrile": {"smiles": "CC#N"},
    # ammonium molybdate tetrahydrate (AHM): ammonium heptamolybdate, (NH4)6Mo7O24·4H2O, as sold and as the
    # paper's own abbreviation says; not (NH4)2MoO4
    "AHM": {"formula": "N6H32Mo7O28"},
    "ammonium molybdate tetrahydrate": {"formula": "N6H32Mo7O28"},
    "APS": {"smiles": APS},
    "ammonium persulphate": {"smiles": APS},
    "Al2O3": {"formula": "Al2O3"},
    "alumina": {"formula": "Al2O3"},
    **{el: {"smiles": f"[{el}]", "formula": el} for el in "Bi Cu Se".split()},
    "S": {"formula": "S"},
    "Sulfur": {"formula": "S"},
    "sulfur": {"formula": "S"},
    "Bi(NO3)3": {"formula": "BiN3O9"},
    "Bi(NO3)3*5H2O": {"formula": "BiN3H10O14"},
    "Bi2S3": {"formula": "Bi2S3"},
    "C4H6O6": {"formula": "C4H6O6"},
    "tartaric acid": {"formula": "C4H6O6"},  # the paper does not say which stereoisomer
    "CTAB": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "cetyltrimethylammonium bromide": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "Ce(NO3)3*6H2O": {"formula": "CeN3H12O15"},
    "CeO2": {"formula": "CeO2"},
    "Co ( H 2 O ) 6 2 +": {"formula": "CoH12O6"},  # hexaaquacobalt(II), written with spaces
    "Fe ( H 2 O ) 6 3 +": {"formula": "FeH12O6"},
    "Co ( OH ) 3 -": {"formula": "CoH3O3"},
    "Fe ( OH ) 4 -": {"formula": "FeH4O4"},
    "Co(OH)2": {"formula": "CoH2O2"},
    "Fe(OH)3": {"formula": "FeH3O3"},
    "Co2+": {"smiles": "[Co+2]"},
    "Fe3+": {"smiles": "[Fe+3]"},
    "Hg2+": {"smiles": "[Hg+2]"},
    "Na+": {"smiles": "[Na+]"},
    "CoFe2O4": {"formula": "CoFe2O4"},
    "cobalt ferrite": {"formula": "CoFe2O4"},
    "Copper sulphate": {"formula": "CuSO4"},
    "DMF": {"smiles": "CN(C)C=O"},
    "Dimethylformamide": {"smiles": "CN(C)C=O"},
    "dimethyl formamide": {"smiles": "CN(C)C=O"},
    "DPA": UNKNOWN,  # an "organic nitrogenous compound" of a dye-cell electrolyte, not expanded
    "PT": UNKNOWN,
    "EtOH": {"smiles": "CCO"},
    "Ethanol": {"smiles": "CCO"},
    "ethanol": {"smiles": "CCO"},
    "Fc(MeOH)2": UNKNOWN,  # ferrocenedimethanol
    "FePc": UNKNOWN,
    "iron(II) phthalocyanine": UNKNOWN,
    "MTTZ": UNKNOWN,
    "MTTZ-siloxy derivative": UNKNOWN,
    "triethoxysilyl-propyl-5-mercapto-1-methyl-tetrazole": UNKNOWN,
    "GA": {"smiles": "O=CCCCC=O"},
    "glutaraldehyde": {"smiles": "O=CCCCC=O"},
    "gultaraldehyde": {"smiles": "O=CCCCC=O"},  # misspelt in the paper
    "Graphite": {"formula": "C"},
    "carbon": {"formula": "C"},  # as in the other splits (here "Single-walled carbon nanotubes")
    "H2O2": {"smiles": "OO", "formula": "H2O2"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "hydrochloric acid": {"smiles": "Cl"},
    "HNO3": {"smiles": "O=[N+]([O-])O", "formula": "HNO3"},
    "Hg(NO3)2": {"formula": "HgN2O6"},
    "mercury": {"smiles": "[Hg]", "formula": "Hg"},  # "diluted mercury solutions"
    "I2": {"smiles": "II", "formula": "I2"},
    "K3Fe(CN)6": {"formula": "K3FeC6N6"},
    "KHP": {"smiles": KHP},
    "potassium hydrogen phthalate": {"smiles": KHP},
    "KI": {"smiles": "[K+].[I-]", "formula": "KI"},
    "KMnO4": {"formula": "KMnO4"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "potassium hydroxide": {"smiles": "[K+].[OH-]"},
    "Li2CO3": {"formula": "Li2CO3"},
    "LiOH*H2O": {"formula": "LiH3O2"},
    # "Required amounts of Mn and Ni acetate": Mn is manganese acetate, written elliptically
    "Mn": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Mn+2]"},
    "Ni acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Ni+2]"},
    "Mn3O4": {"formula": "Mn3O4"},
    "α-Mn2O3": {"formula": "Mn2O3", "core": "Mn2O3"},  # a phase prefix, like a morphology prefix
    "MnSO4*H2O": {"formula": "MnSH2O5"},
    "NiSO4*6H2O": {"formula": "NiSH12O10"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH5O"},
    "ammonium hydroxide": {"smiles": "[NH4+].[OH-]"},
    "ammonia solution": {"smiles": "N", "core": "ammonia"},
    "NH4VO3": {"formula": "NH4VO3"},
    "ammonium metavanadate": {"smiles": "[NH4+].[O-][V](=O)=O"},
    "Na2CO3": {"formula": "Na2CO3"},
    "NaCl": {"smiles": "[Na+].[Cl-]", "formula": "NaCl"},
    "NaNO3": {"formula": "NaNO3"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "Ru(NH3)6Cl3": {"formula": "RuN6H18Cl3"},
    "TBABF4": {"smiles": TBABF4},
    "Tetrabutylammonium tetrafluoroborate": {"smiles": TBABF4},
    "TEOS": {"smiles": TEOS},
    "Tetraethoxysilane": {"smiles": TEOS},
    "TiCl4": {"formula": "TiCl4"},
    "titanium tetrachloride": {"formula": "TiCl4"},
    "Titanium tetrachloride": {"formula": "TiCl4"},
    "titanium sulfate": {"formula": "TiS2O8"},
    "Ti(SO4)2": {"formula": "TiS2O8"},
    "V2O5": {"formula": "V2O5"},
    "Mo2C": {"formula": "Mo2C"},
    "BN": {"formula": "BN"},
    "MB": {"smiles": "CN(C)c1ccc2nc3ccc(cc3[s+]c2c1)N(C)C.[Cl-]"},  # methylene blue
    "acetone": {"smiles": "CC(C)=O"},
    "aniline": {"smiles": "Nc1ccccc1"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "cobalt": {"smiles": "[Co]", "formula": "Co"},  # "cobalt and iron became more soluble as ..."
    "iron": {"smiles": "[Fe]", "formula": "Fe"},
    "cobaltous acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Co+2]"},
    "ferric chloride": {"formula": "FeCl3"},
    "ferric oxide": {"formula": "Fe2O3"},
    "hexane": {"smiles": "CCCCCC"},
    "hydrazine": {"smiles": "NN"},
    "hydrazine sulphate": {"formula": "N2H6SO4"},
    "hydroxide ions": {"smiles": "[OH-]"},
    "isopropanol": {"smiles": "CC(C)O"},
    "manganese acetate tetrahydrate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Mn+2].O.O.O.O"},
    "methanol": {"smiles": "CO"},
    "nitrogen": {"smiles": "N#N"},
    "oleic acid": {"name": "(9Z)-octadec-9-enoic acid"},
    "potassium chloride": {"smiles": "[K+].[Cl-]"},
    "sodium ascorbate": {"formula": "NaC6H7O6"},  # sodium L-ascorbate: its composition
    "water": {"smiles": "O"},
    # no single structure: polymers (PEI, PAH, PSS, PPY, PANI, PEG, PEO, PVdF and their names), GO1, GO2,
    # rGO1, composites and supported catalysts (Au-CeO2@SBA-15, mSBA-15), variable compositions
    # (Cu2Se1-xSx, Li1.2Mn0.6-xRuxNi0.2O2, RuO2*xH2O, Co ( OH ) 6 2 - x, Fe ( OH ) y 3 - y), the generic
    # TM(OH)2, sample codes (NLNMO, NNMO, P-1 ... P-4), GCE and glassy carbon (an electrode), the ratio
    # "Bi:S", mCeO2 (a mass), SWCNT-COOH, air, generic words
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH3_ADDED: list[tuple[str, str]] = [
    ("sulfur", "PANI/polymer-coated "),
    ("AHM", "without the addition of "),
    ("Mo2C", "AHM. "),
    ("MB", "respectively. "),
    ("Titanium tetrachloride", ""),
    ("TiCl4", "Titanium tetrachloride ("),
    ("titanium sulfate", "), "),
    ("Ti(SO4)2", "titanium sulfate ("),
    ("isopropanol", "(Ti(SO4)2), "),
    ("ethanol", "isopropanol and anhydrous "),
    ("BN", "thermally conducting "),
]

# ---------------------------------------------------------------------------------- the fresh4 split
# The fresh3 split's figure was taken and its error classes read (trivial names the candidate step never
# sends to OPSIN, ions written with charges, two-word salt names, unexpanded abbreviations). A fourth fresh
# split of fifteen other train papers (``random.Random(19).sample`` of the train listing without the fresh,
# fresh2 and fresh3 papers) was labelled before the rules for those classes were written, from the span
# texts and paragraphs alone, and never tuned on: the held-out estimate of this round.
FRESH4_SEED = 19
NITRATE = "[O-][N+](=O)[O-]"
ACETATE = "CC(=O)[O-]"
CITRIC = "OC(=O)CC(O)(CC(=O)O)C(=O)O"
LIDOCAINE = "CCN(CC)CC(=O)Nc1c(C)cccc1C"
MEGX = "CCNCC(=O)Nc1c(C)cccc1C"
PDCP = "O=P(Cl)(Cl)Oc1ccccc1"
APTES = "CCO[Si](CCCN)(OCC)OCC"
TFA = "OC(=O)C(F)(F)F"
FRESH4_LABELS: dict[str, dict] = {
    # fourteenth round: brine in a work-up is sodium chloride, the solute of an aqueous reagent (as the patent sets
    # label it; "washed with brine (15 mL) and dried over anhydrous Na2SO4")
    "brine": {"smiles": "[Na+].[Cl-]"},
    # "Ba (9.5 mmol) and La (0.5 mmol) acetates": the elements stand for their acetates, written elliptically
    "Ba": {"smiles": f"{ACETATE}.{ACETATE}.[Ba+2]"},
    "La": {"smiles": f"{ACETATE}.{ACETATE}.{ACETATE}.[La+3]"},
    "Fe nitrate": UNKNOWN,  # the oxidation state is not written
    "oxalic acid": {"smiles": "OC(=O)C(=O)O"},
    "HO2CCO2H": {"smiles": "OC(=O)C(=O)O"},
    "malic acid": {"formula": "C4H6O5"},  # the paper does not say which enantiomer
    "water": {"smiles": "O"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "ethanol": {"smiles": "CCO"},
    "Ethanol": {"smiles": "CCO"},
    "EtOH": {"smiles": "CCO"},
    "alcohol": {"smiles": "CCO"},  # "absolute alcohol"
    "ammonia": {"smiles": "N"},
    "Ammonia": {"smiles": "N"},
    "NH3": {"smiles": "N", "formula": "NH3"},
    "O2": {"smiles": "O=O", "formula": "O2"},
    "oxygen": {"smiles": "O=O"},  # permeated oxygen, the gas
    "Oxygen": {"smiles": "O=O"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "nitrogen": {"smiles": "N#N"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "hydrogen": {"smiles": "[H][H]"},
    **{el: {"smiles": f"[{el}]", "formula": el} for el in "He Ar Co Ni".split()},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "aluminum": {"smiles": "[Al]", "formula": "Al"},
    "cobalt": {"smiles": "[Co]", "formula": "Co"},  # "reduced cobalt NP"
    "Phenyl dichlorophosphate": {"smiles": PDCP},
    "PDCP": {"smiles": PDCP},
    "iron(III) chloride hexahydrate": {"formula": "FeCl3H12O6"},
    "FeCl3*6H2O": {"formula": "FeCl3H12O6"},
    "FeCl3": {"formula": "FeCl3"},
    "tetrahydrofuran": {"smiles": "C1CCOC1"},
    "MH": UNKNOWN,  # a flame retardant the paragraph does not expand (magnesium hydroxide)
    "VA": UNKNOWN,  # vinyl acetate units of the EVA copolymer, not expanded
    "β-Fe(O)OH": {"formula": "FeHO2", "core": "Fe(O)OH"},  # a phase prefix, like α-Mn2O3
    "Cobalt(II) nitrate hexahydrate": {"smiles": f"[Co+2].{NITRATE}.{NITRATE}.O.O.O.O.O.O"},
    "cobalt(II) nitrate hexahydrate": {"smiles": f"[Co+2].{NITRATE}.{NITRATE}.O.O.O.O.O.O"},
    "cobalt nitrate hexahydrate": {"smiles": f"[Co+2].{NITRATE}.{NITRATE}.O.O.O.O.O.O"},
    "sodium borohydride": {"smiles": "[BH4-].[Na+]"},
    "NaBH4": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4"},
    "citric acid monohydrate": {"smiles": f"{CITRIC}.O"},
    "citric acid": {"smiles": CITRIC},
    "3-aminopropyltriethoxysilane": {"smiles": APTES},
    "APTES": {"smiles": APTES},
    "tetraethylorthosilicate": {"smiles": TEOS},
    "TEOS": {"smiles": TEOS},
    "hexadecyltrimethylammonium bromide": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "CTAB": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "C19H42BrN": {"formula": "C19H42BrN"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "silica": {"formula": "SiO2"},
    "SiO2": {"formula": "SiO2"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "hydrochloric acid": {"smiles": "Cl"},
    "Ni(OH)2": {"formula": "NiH2O2"},
    "Nickel nitrate": {"smiles": f"[Ni+2].{NITRATE}.{NITRATE}"},
    "Ni(NO3)2": {"formula": "NiN2O6"},
    "Ni(NO3)2*6H2O": {"formula": "NiN2H12O12"},
    "copper nitrate": {"smiles": f"[Cu+2].{NITRATE}.{NITRATE}"},
    "Cu(NO3)2": {"formula": "CuN2O6"},
    "Cu(NO3)2*2.5H2O": {"formula": "CuN2H5O8.5"},
    "lanthanum nitrate": {"formula": "LaN3O9"},
    "La(NO3)3": {"formula": "LaN3O9"},
    "La(NO3)3*5H2O": {"formula": "LaN3H10O14"},
    "zirconium propoxide": {"formula": "ZrC12H28O4"},
    "Zr(OCH2CH2CH3)4": {"formula": "ZrC12H28O4"},
    "1-propanol": {"smiles": "CCCO"},
    "CaO": {"formula": "CaO"},
    "Al2O3": {"formula": "Al2O3"},
    "MgO": {"formula": "MgO"},
    "ZnO": {"formula": "ZnO"},
    "Na2O": {"formula": "Na2O"},
    "Na2SiO3": {"formula": "Na2SiO3"},
    "Graphite": {"formula": "C"},
    "graphite": {"formula": "C"},
    "graphene": {"formula": "C"},
    "Graphene": {"formula": "C"},
    "carbon": {"formula": "C"},  # "amorphous carbon nanotube"
    "DMF": {"smiles": "CN(C)C=O"},
    "Mn(CH3COO)2*4H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Mn+2].O.O.O.O"},
    "Mn3O4": {"formula": "Mn3O4"},
    "MnO": {"formula": "MnO"},
    "Lidocaine": {"smiles": LIDOCAINE},
    "lidocaine": {"smiles": LIDOCAINE},
    "monoethylglycinexylidide": {"smiles": MEGX},
    "MEGX": {"smiles": MEGX},
    "ammonium hydroxide": {"smiles": "[NH4+].[OH-]"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH5O"},
    "Formic acid": {"smiles": "OC=O"},
    "HCOOH": {"smiles": "OC=O"},
    "acetaminophen": {"smiles": "CC(=O)Nc1ccc(O)cc1"},
    "acetonitrile": {"smiles": "CC#N"},
    "ACN": {"smiles": "CC#N"},
    "Trifluoroacetic acid": {"smiles": TFA},
    "TFA": {"smiles": TFA},
    "sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "tetrabutyl titanate": {"smiles": "CCCCO[Ti](OCCCC)(OCCCC)OCCCC"},
    "lithium acetate": {"smiles": f"{ACETATE}.[Li+]"},
    "TiN": {"formula": "TiN"},
    "KCl": {"smiles": "[K+].[Cl-]", "formula": "KCl"},
    "H2O2": {"smiles": "OO", "formula": "H2O2"},
    "NdF3": {"formula": "NdF3"},
    "NH4F": {"smiles": "[NH4+].[F-]", "formula": "NH4F"},
    "Nd(NO3)3": {"formula": "NdN3O9"},
    "SnO2": {"formula": "SnO2"},
    "acetone": {"smiles": "CC(C)=O"},
    "CuCl2": {"formula": "CuCl2"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "SnCl2*2H2O": {"formula": "SnCl2H4O2"},
    "boric acid": {"smiles": "OB(O)O"},
    "CH2Cl2": {"smiles": "ClCCl", "formula": "CH2Cl2"},
    "Na2SO4": {"smiles": "[Na+].[Na+].[O-]S(=O)(=O)[O-]", "formula": "Na2SO4"},
    "EtOAc": {"smiles": "CCOC(C)=O"},
    "n-hexane": {"smiles": "CCCCCC"},
    # no single structure: sodium silicate here (the paragraph's own water glass is 15.33% Na2O and 31.28%
    # SiO2, not Na2SiO3) and water glass; materials and composites (BLF, Co@SiO2, Co/SiO2, Mn3O4/GN,
    # Li4Ti5O12/CNTs, MgZnO:Al, NiLaZr, NiCuLaZr, s-NiO, β-Fe(O)OPDCP, POFA, sapphire, lime),
    # polymers (PVP, EVA, polyethylene, poly(ethylene glycol)), graphite and graphene oxide, CNTs, the
    # mixtures O2/N2 and N2/H2, generic words (acetates, metal nitrates, sulfides, sulfoxides, solvents)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH4_ADDED: list[tuple[str, str]] = [
    ("water", "drop-casting event. Deionised "),  # eighth round: a mention the annotators did not mark
    ("Mn3O4", "It was found that "),
    ("MnO", "bare Mn3O4 and "),
    ("NaOH", "one-pot route without adding "),
    ("Mn3O4", "by heating "),
    ("He", "the air side to the "),
    # added when fresh4's errors were read (true mentions first scored as false hits)
    ("KCl", "(1 M "),
    ("H2O2", "weight concentration of "),
    ("oxygen", "The "),
    ("Mn3O4", "For comparison, bare "),
    ("Graphene", "2 kV. "),  # thirteenth round: graphene is the element (C), as the split labels it elsewhere
]

FRESH5_SEED = 20
IMIDAZOLIUM_IODIDE = "[n+]1ccn(C)c1.[I-]"
TPAOH = "CCC[N+](CCC)(CCC)CCC.[OH-]"
KMNO4 = "[K+].[O-][Mn](=O)(=O)=O"
FRESH5_LABELS: dict[str, dict] = {
    "MgO": {"formula": "MgO"},
    "Mg(OH)2": {"formula": "MgH2O2"},
    "tetrahydrofuran": {"smiles": "C1CCOC1"},
    "THF": {"smiles": "C1CCOC1"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},  # of N2/H2
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "carbon": {"formula": "C"},  # porous and mesoporous carbon, the carbon support
    "Graphite": {"formula": "C"},
    "alumina": {"formula": "Al2O3"},
    "ethanol": {"smiles": "CCO"},
    "alcohol": {"smiles": "CCO"},
    "water": {"smiles": "O"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "demi-water": {"smiles": "O", "core": "water"},
    "water vapor": {"smiles": "O", "core": "water"},
    "1-Methyl-3-propylimidazolium iodide": {"smiles": "CCC" + IMIDAZOLIUM_IODIDE},
    "MPII": {"smiles": "CCC" + IMIDAZOLIUM_IODIDE},
    "1-Methyl-3-butylimidazolium iodide": {"smiles": "CCCC" + IMIDAZOLIUM_IODIDE},
    "BMII": {"smiles": "CCCC" + IMIDAZOLIUM_IODIDE},
    "MBII": {"smiles": "CCCC" + IMIDAZOLIUM_IODIDE},  # the paper's own misspelling of BMII
    "1-Methyl-3-hexylimidazolium iodide": {"smiles": "CCCCCC" + IMIDAZOLIUM_IODIDE},
    "HMII": {"smiles": "CCCCCC" + IMIDAZOLIUM_IODIDE},
    "iodine": {"smiles": "II", "formula": "I2"},
    "I2": {"smiles": "II", "formula": "I2"},
    "lithium iodide": {"smiles": "[Li+].[I-]", "formula": "LiI"},
    "LiI": {"smiles": "[Li+].[I-]", "formula": "LiI"},
    "N-methylbenzimidazole": {"smiles": "Cn1cnc2ccccc21"},
    "NMBI": {"smiles": "Cn1cnc2ccccc21"},
    "12-hydroxystearicacid": {"smiles": "CCCCCCC(O)CCCCCCCCCCC(=O)O"},  # written without a space
    "Fe3+": {"smiles": "[Fe+3]", "formula": "Fe"},
    "TEOS": {"smiles": TEOS},
    "tetraethylorthosilicate": {"smiles": TEOS},
    "tetraethyl orthosilicate": {"smiles": TEOS},
    "aluminum nitrate nonahydrate": {"smiles": f"[Al+3].{NITRATE}.{NITRATE}.{NITRATE}" + ".O" * 9},
    "iron nitrate nonahydrate": {"smiles": f"[Fe+3].{NITRATE}.{NITRATE}.{NITRATE}" + ".O" * 9},
    "C16-6-6(Br)2": UNKNOWN,  # a gemini surfactant named by its chain lengths
    "C16-6-6(OH)2": UNKNOWN,
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "OH": {"smiles": "[OH-]"},  # the template's anion ("the OH form", "OH or Br")
    "Br": {"smiles": "[Br-]"},
    "Si": {"smiles": "[Si]", "formula": "Si"},  # Si/Fe ratios
    "Fe": {"smiles": "[Fe]", "formula": "Fe"},
    "ammonium": {"smiles": "[NH4+]"},  # "their ammonium form"
    "NH4NO3": {"smiles": f"[NH4+].{NITRATE}", "formula": "NH4NO3"},
    "tetrapropylammonium hydroxide": {"smiles": TPAOH},
    "TPAOH": {"smiles": TPAOH},
    "Potassium permanganate": {"smiles": KMNO4},
    "KMnO4": {"smiles": KMNO4, "formula": "KMnO4"},
    "sodium nitrate": {"smiles": f"[Na+].{NITRATE}"},
    "NaNO3": {"smiles": f"[Na+].{NITRATE}", "formula": "NaNO3"},
    "sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "hydrogen peroxide": {"smiles": "OO"},
    "H2O2": {"smiles": "OO", "formula": "H2O2"},
    "glycol": {"smiles": "OCCO"},  # ethylene glycol
    "hexachloroplatinic acid": {"formula": "H2PtCl6"},
    "H2PtCl6": {"formula": "H2PtCl6"},
    "formic acid": {"smiles": "OC=O"},
    "Cl-": {"smiles": "[Cl-]", "formula": "Cl"},
    "Pt": {"smiles": "[Pt]", "formula": "Pt"},
    "Cu(NO3)2*3H2O": {"formula": "CuN2H6O9"},
    "NH3*H2O": {"formula": "NH5O"},
    "Na2SiO3[?]9H2O": {"formula": "Na2SiH18O12"},
    "Na2O": {"formula": "Na2O"},
    "Al2O3": {"formula": "Al2O3"},
    "SiO2": {"formula": "SiO2"},
    "Co2+": {"smiles": "[Co+2]", "formula": "Co"},
    "cobalt nitrate": {"smiles": f"[Co+2].{NITRATE}.{NITRATE}"},
    "cobalt": {"smiles": "[Co]", "formula": "Co"},  # "amounts of cobalt exchange"
    "styrene": {"smiles": "C=Cc1ccccc1"},
    "O2": {"smiles": "O=O", "formula": "O2"},
    "N,N'-dimethylformamide": {"smiles": "CN(C)C=O"},  # the paper's prime; the compound is DMF
    "DMF": {"smiles": "CN(C)C=O"},
    "phenol": {"smiles": "Oc1ccccc1"},
    "phosphoric acid": {"smiles": "O=P(O)(O)O"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "formaldehyde": {"smiles": "C=O"},
    "Mn[P2O5(OH)2]": {"formula": "MnP2H2O7"},
    "MnP2O7": {"formula": "MnP2O7"},
    "Mn(CH3COO)2*4H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Mn+2].O.O.O.O"},
    "MnCl2*4H2O": {"formula": "MnCl2H8O4"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "HF": {"smiles": "F", "formula": "HF"},
    "CeO2": {"formula": "CeO2"},
    "CuO": {"formula": "CuO"},
    "Cu(CH3COO)2": {"smiles": f"{ACETATE}.{ACETATE}.[Cu+2]"},
    "Cu(NO3)2": {"formula": "CuN2O6"},
    "CuCl2": {"formula": "CuCl2"},
    "CuSO4": {"formula": "CuSO4"},
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},  # "a Cu loading"
    "NaGaO2": {"formula": "NaGaO2"},
    "Na2CO3": {"smiles": "[Na+].[Na+].[O-]C([O-])=O", "formula": "Na2CO3"},
    "Ga2O3": {"formula": "Ga2O3"},
    "Zn(CH3COO)2*2H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Zn+2].O.O"},
    "Ni(CH3COO)2*4H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Ni+2].O.O.O.O"},
    "Ni": {"smiles": "[Ni]", "formula": "Ni"},
    "Zn": {"smiles": "[Zn]", "formula": "Zn"},
    "ZnGa2O4": {"formula": "ZnGa2O4"},
    "NiGa2O4": {"formula": "NiGa2O4"},
    "NaHTi3O7": {"formula": "NaHTi3O7"},
    "NaHTi3O7*2H2O": {"formula": "NaH5Ti3O9"},
    "TiO2": {"formula": "TiO2"},
    "Europium": {"smiles": "[Eu]", "formula": "Eu"},  # "Europium doping"
    "tetrabutyl titanate": {"smiles": "CCCCO[Ti](OCCCC)(OCCCC)OCCCC"},
    "Eu(NO3)3*6H2O": {"formula": "EuN3H12O15"},
    "LiOH*H2O": {"smiles": "[Li+].[OH-].O", "formula": "LiH3O2"},
    "Li": {"smiles": "[Li]", "formula": "Li"},
    # no single structure: sodium silicate and sodium aluminate (generic salt names; the paper's own sodium
    # silicate is a nonahydrate, written beside it), Alloy 800, gas mixtures (Ar-5% H2, N2/H2), air,
    # materials, composites and samples (carbon/MgO, Fe/ZSM-5, Pt/C, CuO/CeO2, GO, MCMB, mesocarbon,
    # Vulcan XC-72R, zeolite NaX, Ni1-xZnxGa2O4, Li4-x/2Ti5-x/2EuxO12@C, CS-x-y, IGEs, ILEs), polymers
    # (PEG, F127, resol), the Si/Fe ratio as one token, generic words (carbides, quaternary ammonium salts,
    # tetraalkyl ammonium hydroxide, solution, mixture)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH5_ADDED: list[tuple[str, str]] = [
    ("Mn[P2O5(OH)2]", "The obtained "),
    ("MnP2O7", "a known phase, "),
    ("CuO", "For comparison, "),
    ("Cu(NO3)2", "thermal decomposition of "),
    ("Li", "Excess "),
    ("Li", "volatilization of "),
]

FRESH6_SEED = 21
HMTD = "C1OOCN2COOCN1COOC2"  # hexamethylene triperoxide diamine
TMDDD = "O=CN1COOCN(C=O)COOC1"  # tetramethylene diperoxide diamine dialdehyde
APTES = "CCO[Si](CCCN)(OCC)OCC"
DCDA = "N#CN=C(N)N"
COBALT_ACETATE = f"{ACETATE}.{ACETATE}.[Co+2]"
FRESH6_LABELS: dict[str, dict] = {
    "H2O2": {"smiles": "OO", "formula": "H2O2"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "K2HPO4": {"smiles": "[K+].[K+].OP(=O)([O-])[O-]", "formula": "K2HPO4"},
    "KH2PO4": {"smiles": "[K+].O=P(O)(O)[O-]", "formula": "KH2PO4"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "PCV": UNKNOWN,  # a reagent the paragraph does not expand
    "carbon": {"formula": "C"},
    "nitrogen": {"smiles": "N#N"},
    "water": {"smiles": "O"},
    "Ammonium acetate": {"smiles": f"[NH4+].{ACETATE}"},
    "Lithium acetate dihydrate": {"smiles": f"[Li+].{ACETATE}.O.O"},
    "Potassium acetate": {"smiles": f"[K+].{ACETATE}"},
    "Sodium acetate": {"smiles": f"[Na+].{ACETATE}"},
    "acetic acid": {"smiles": "CC(=O)O"},
    "acetonitrile": {"smiles": "CC#N"},
    "citric acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},
    "HMTD": {"smiles": HMTD},
    "hexamethylene triperoxide diamine": {"smiles": HMTD},
    "TMDDD": {"smiles": TMDDD},
    "tetramethylene diperoxide diamine dialdehyde": {"smiles": TMDDD},
    "hexamethylenetetramine": {"smiles": "C1N2CN3CN1CN(C2)C3"},
    "n-butyl acetate": {"smiles": "CCCCOC(C)=O"},
    "oxygen": {"smiles": "O=O"},
    "Cobalt acetate": {"smiles": COBALT_ACETATE},
    "Co(CH3COO)2": {"smiles": COBALT_ACETATE},
    "Co(COOH)2*4H2O": {"formula": "CoC2H10O8"},  # the composition written (the paper means the acetate)
    "Co3O4": {"formula": "Co3O4"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "d-glucose": UNKNOWN,  # the paragraph does not say which form
    "glucose": UNKNOWN,
    "hydrochloric acid": {"smiles": "Cl"},
    "LiNi0.5Mn1.5O4": {"formula": "LiNi0.5Mn1.5O4"},
    "LiOH*H2O": {"smiles": "[Li+].[OH-].O", "formula": "LiH3O2"},
    "MnCl2.4H2O": {"formula": "MnCl2H8O4"},
    "NiCl2": {"formula": "NiCl2"},
    "glycine": {"smiles": "NCC(=O)O"},
    "KMnO4": {"smiles": KMNO4, "formula": "KMnO4"},
    "Li2MnO3": {"formula": "Li2MnO3"},
    "LiOH": {"smiles": "[Li+].[OH-]", "formula": "LiOH"},
    "MnO2": {"formula": "MnO2"},
    "NaBH4": {"smiles": "[Na+].[BH4-]", "formula": "NaBH4"},
    "Sn": {"smiles": "[Sn]", "formula": "Sn"},  # Sn nanorods
    "SnCl4": {"formula": "SnCl4"},
    "ethanol": {"smiles": "CCO"},
    "Al2O3": {"formula": "Al2O3"},  # of the SiO2/Al2O3 ratio
    "SiO2": {"formula": "SiO2"},
    "Mn": {"smiles": "[Mn]", "formula": "Mn"},  # "The Mn loading"
    "Mn(CH3COO)2*4H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Mn+2].O.O.O.O"},
    "MnO": {"formula": "MnO"},
    "Mn3O4": {"formula": "Mn3O4"},
    "Mn2O3": {"formula": "Mn2O3"},
    "3-aminopropyltriethoxysilane": {"smiles": APTES},
    "APTES": {"smiles": APTES},
    "TEOS": {"smiles": TEOS},
    "tetraethoxysilane": {"smiles": TEOS},
    "triethylamine": {"smiles": "CCN(CC)CC"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "Pd": {"smiles": "[Pd]", "formula": "Pd"},  # Pd particles
    "Pt": {"smiles": "[Pt]", "formula": "Pt"},  # Pt loading
    "silica": {"formula": "SiO2"},  # silica layers
    "Co(CH3COO)2*4H2O": {"smiles": f"{COBALT_ACETATE}.O.O.O.O"},
    "Ni(CH3COO)2*4H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Ni+2].O.O.O.O"},
    "Li1.2Mn0.54Co0.13Ni0.13O2": {"formula": "Li1.2Mn0.54Co0.13Ni0.13O2"},
    "LiCH3COO*H2O": {"smiles": f"[Li+].{ACETATE}.O"},
    "Ti(OCH(CH3)2)4": {"formula": "TiC12H28O4"},  # titanium isopropoxide: drawings differ
    "absolute alcohol": {"smiles": "CCO", "core": "alcohol"},
    "alcohol": {"smiles": "CCO"},
    "ethylene glycol": {"smiles": "OCCO"},
    "Bi2MoO6": {"formula": "Bi2MoO6"},
    "Bi2WO6": {"formula": "Bi2WO6"},
    "Sb2MoO6": {"formula": "Sb2MoO6"},
    "Sb2WO6": {"formula": "Sb2WO6"},
    "BiCl3": {"smiles": "Cl[Bi](Cl)Cl", "formula": "BiCl3"},
    "SbCl3": {"smiles": "Cl[Sb](Cl)Cl", "formula": "SbCl3"},
    "Eu3+": {"smiles": "[Eu+3]", "formula": "Eu"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "Na2MoO4": {"formula": "Na2MoO4"},
    "Na2MoO4*2H2O": {"formula": "Na2MoH4O6"},
    "Na2WO4": {"formula": "Na2WO4"},
    "ammonium ferric citrate": {"formula": "C6H11FeNO7"},  # as the paragraph writes it
    "AFC": {"formula": "C6H11FeNO7"},
    "C6H11FeNO7": {"formula": "C6H11FeNO7"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "C2H4N4": {"smiles": DCDA, "formula": "C2H4N4"},
    "DCDA": {"smiles": DCDA},
    "Dicyandiamide": {"smiles": DCDA},
    "dicyandiamide": {"smiles": DCDA},
    "FeCl3": {"formula": "FeCl3"},
    "ferric chloride": {"formula": "FeCl3"},
    "HClO4": {"smiles": "O=Cl(=O)(=O)O", "formula": "HClO4"},
    "iron": {"smiles": "[Fe]", "formula": "Fe"},
    "tungsten carbonyl": {"formula": "WC6O6"},  # W(CO)6
    "CH3COO(CH2)3CH3": {"smiles": "CCCCOC(C)=O"},
    "butyl acetate": {"smiles": "CCCCOC(C)=O"},
    "HfCl4": {"formula": "HfCl4"},
    "hafnium (IV) chloride": {"formula": "HfCl4"},
    "HfO2": {"formula": "HfO2"},
    "Y2O3": {"formula": "Y2O3"},
    "YCl3*6H2O": {"formula": "YCl3H12O6"},
    "yttrium (III) chloride hexahydrate": {"formula": "YCl3H12O6"},
    "(NH4)6Mo7O24*4H2O": {"formula": "N6H32Mo7O28"},
    "Fe(III)": {"smiles": "[Fe+3]", "formula": "Fe"},  # the iron(III) nitrate's grade note
    "Fe(NO3)3*9H2O": {"formula": "FeN3H18O18"},
    "Fe2O3": {"formula": "Fe2O3"},
    "HNO3": {"smiles": "O=[N+]([O-])O", "formula": "HNO3"},
    "ammonium heptamolybdate": {"formula": "N6H24Mo7O24"},
    "methanol": {"smiles": "CO"},
    "He": {"smiles": "[He]", "formula": "He"},
    "(NH4)2WS4": {"formula": "N2H8WS4"},
    "ammonium tetrathiotungstate": {"formula": "N2H8WS4"},
    "Ammonium heptamolybdate tetrahydrate": {"formula": "N6H32Mo7O28"},
    "H2S": {"smiles": "S", "formula": "H2S"},
    "MoS2": {"formula": "MoS2"},
    "WS2": {"formula": "WS2"},
    "WS3": {"formula": "WS3"},
    "Selenium": {"smiles": "[Se]", "formula": "Se"},
    "aluminium": {"smiles": "[Al]", "formula": "Al"},
    "acetone": {"smiles": "CC(C)=O"},
    "ammonia": {"smiles": "N"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "carbon disulfide": {"smiles": "S=C=S"},
    "molybdenum(IV) oxide": {"formula": "MoO2"},
    "molybdenum(IV) sulfide": {"formula": "MoS2"},
    "molybdenum(VI) oxide": {"formula": "MoO3"},
    "molybdenum(VI) sulfide dehydrate": {"formula": "MoS3H4O2"},  # "dihydrate", misspelt in the paper
    "sodium tungstate dihydrate": {"formula": "Na2WH4O6"},  # Na2WO4*2H2O, as sold under this name
    "sulphur": {"formula": "S"},
    "tungsten(IV) oxide": {"formula": "WO2"},
    "tungsten(IV) sulfide": {"formula": "WS2"},
    "tungsten(VI) oxide": {"formula": "WO3"},
    "tungstic acid": {"formula": "H2WO4"},
    # no single structure: MWCNTs, CNT, graphene oxide and GO, PCV's PBS buffer and its "phosphate", Nafion
    # resin, leaves, generic oxides (manganese oxide, cobalt oxide, tungsten-oxide), composites and supported
    # catalysts (Li2MnO3/CNT, LMO/CNT, SnO2-NTs/G, Mn/USY, Mn/SiO2, Pd/CB, Pt/CB, SiO2/Pd/CB, MoOx/Fe2O3), CB,
    # USY and zeolite Y, the variable composition Li1.2-xTixMn0.54Co0.13Ni0.13O2 and its sample names,
    # polymers (PDDA and its name, FEP, PMMA and its formula, PMNCs), a-IGZO, the gas flow methanol/He,
    # sample codes (S580-S950, 1x, 2x), generic words (chemicals, solution, mixture, precursor, product, air)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH6_ADDED: list[tuple[str, str]] = [
    ("MnO2", "procedure of "),
    ("MnO2", "prepared using "),
    ("MnO", "Reference samples - "),
    ("Mn3O4", "MnO, "),
    ("Mn2O3", "Mn3O4, "),
    ("MnO2", "Mn2O3 and "),
]

FRESH7_SEED = 22
HMF = "OCc1ccc(C=O)o1"
DFF = "O=Cc1ccc(C=O)o1"
TFT = "FC(F)(F)c1ccccc1"
MIBK = "CC(C)CC(C)=O"
OXALIC = "OC(=O)C(=O)O"
TEA_OL = "OCCN(CCO)CCO"  # triethanolamine, as the paragraph defines TEA
SULFATE = "[O-]S(=O)(=O)[O-]"
HMIM = "Cc1ncc[nH]1"
FRESH7_LABELS: dict[str, dict] = {
    "5-Hydroxymethylfurfural": {"smiles": HMF},
    "HMF": {"smiles": HMF},
    "acetonitrile": {"smiles": "CC#N"},
    "toluene": {"smiles": "Cc1ccccc1"},
    "α,α,α-trifluorotoluene": {"smiles": TFT},
    "TFT": {"smiles": TFT},
    "sodium nitrate": {"smiles": f"[Na+].{NITRATE}"},
    "NaNO3": {"smiles": f"[Na+].{NITRATE}", "formula": "NaNO3"},
    "N,N-dimethylformamide": {"smiles": "CN(C)C=O"},
    "DMF": {"smiles": "CN(C)C=O"},
    "Dimethylformamide": {"smiles": "CN(C)C=O"},
    "ammonium metavanadate": {"formula": "NH4VO3"},
    "NH4VO3": {"formula": "NH4VO3"},
    "oxalic acid": {"smiles": OXALIC},
    "oxalic": {"smiles": OXALIC},  # "TEA, oxalic and citric": the acids, elliptical
    "citric": {"smiles": CITRIC},
    "citric acid": {"smiles": CITRIC},
    "citric acid monohydrate C6H8O7*H2O": {"smiles": f"{CITRIC}.O", "core": "citric acid monohydrate"},
    "anisole": {"smiles": "COc1ccccc1"},
    "Dioxygen": {"smiles": "O=O"},
    "MIBK": {"smiles": MIBK},
    "Methyl isobutyl ketone": {"smiles": MIBK},
    "2,5-Diformylfuran": {"smiles": DFF},
    "DFF": {"smiles": DFF},
    "dimethylsulfoxide": {"smiles": "CS(C)=O"},
    "DMSO": {"smiles": "CS(C)=O"},
    "Si": {"smiles": "[Si]", "formula": "Si"},  # Si/Al ratios
    "Al": {"smiles": "[Al]", "formula": "Al"},
    "Vanadia": {"formula": "V2O5"},  # the -ia name of V2O5, which the paragraph writes beside it
    "vanadia": {"formula": "V2O5"},
    "V2O5": {"formula": "V2O5"},
    "water": {"smiles": "O"},
    "DI-water": {"smiles": "O", "core": "water"},
    "residual water droplets": {"smiles": "O", "core": "water"},
    "SiO2": {"formula": "SiO2"},
    "Al2O3": {"formula": "Al2O3"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Na2O": {"formula": "Na2O"},
    "Si2O": {"formula": "Si2O"},  # the composition written ("Na2O:Si2O ratio"; the paper means SiO2)
    "ABTH": UNKNOWN,  # a sulfur heterocycle the paragraph does not draw
    "1,4,5,8-tetrachloroanthracene": {"name": "1,4,5,8-tetrachloroanthracene"},
    "anthracene": {"smiles": "c1ccc2cc3ccccc3cc2c1"},
    "CS2": {"smiles": "S=C=S", "formula": "CS2"},
    "sulfur": {"formula": "S"},
    "alcohol": {"smiles": "CCO"},
    "FeCl3": {"formula": "FeCl3"},
    "chloroform": {"smiles": "ClC(Cl)Cl"},
    "hydrochloric acid": {"smiles": "Cl"},
    "nickel sulphate": {"smiles": f"[Ni+2].{SULFATE}"},
    "nickel": {"smiles": "[Ni]", "formula": "Ni"},
    "sodium citrate": UNKNOWN,  # mono-, di- or trisodium: not said
    "sodium acetate": {"smiles": f"[Na+].{ACETATE}"},
    "glycine": {"smiles": "NCC(=O)O"},
    "sodium hypophosphite": {"smiles": "[Na+].O=[PH2][O-]"},
    "phosphorus": {"formula": "P"},
    "copper sulphate": {"smiles": f"[Cu+2].{SULFATE}"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "Sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "La2O3": {"formula": "La2O3"},
    "Pr6O11": {"formula": "Pr6O11"},
    "CuO": {"formula": "CuO"},
    "Co3O4": {"formula": "Co3O4"},
    "SrCO3": {"smiles": "[Sr+2].[O-]C([O-])=O", "formula": "SrCO3"},
    "Pr2(SO3)3*2.27N2O": {"formula": "Pr2S3N4.54O11.27"},  # the composition written
    "nitric acid": {"smiles": "O=[N+]([O-])O"},
    "Co(NO3)2*6H2O": {"formula": "CoN2H12O12"},
    "LiNi0.8Co0.2O2": {"formula": "LiNi0.8Co0.2O2"},
    "lithium": {"smiles": "[Li]", "formula": "Li"},  # "nitrates of lithium, cobalt and nickel"
    "cobalt": {"smiles": "[Co]", "formula": "Co"},
    "Li": {"smiles": "[Li]", "formula": "Li"},  # the Li:Ni:Co ratio
    "Ni": {"smiles": "[Ni]", "formula": "Ni"},
    "Co": {"smiles": "[Co]", "formula": "Co"},
    "TEA": {"smiles": TEA_OL},
    "triethanolamine": {"smiles": TEA_OL},
    "La0.8Sr0.2MnO3-δ": {"formula": "La0.8Sr0.2MnO3"},
    "Lanthanum nitrate": {"formula": "LaN3O9"},
    "La(NO3)3*6H2O": {"formula": "LaN3H12O15"},
    "strontium carbonate": {"smiles": "[Sr+2].[O-]C([O-])=O"},
    "manganous carbonate": {"smiles": "[Mn+2].[O-]C([O-])=O"},
    "MnCO3": {"smiles": "[Mn+2].[O-]C([O-])=O", "formula": "MnCO3"},
    "SnO2": {"formula": "SnO2"},
    "K2SnO3": {"formula": "K2SnO3"},
    "K2SnO3*3H2O": {"formula": "K2SnH6O6"},
    "glucose": UNKNOWN,  # the paragraph does not say which form
    "Pd": {"smiles": "[Pd]", "formula": "Pd"},
    "Na2PdCl4": {"formula": "Na2PdCl4"},
    "NaBH4": {"smiles": "[Na+].[BH4-]", "formula": "NaBH4"},
    "ethanol": {"smiles": "CCO"},
    "EtOH": {"smiles": "CCO"},
    "ZnO": {"formula": "ZnO"},
    "Sr": {"smiles": "[Sr]", "formula": "Sr"},  # Sr-doped
    "zinc nitrate hexahydrate": {"formula": "ZnN2H12O12"},
    "Zn(NO3)2*6H2O": {"formula": "ZnN2H12O12"},
    "strontium nitrate": {"formula": "SrN2O6"},
    "Sr(NO3)2": {"formula": "SrN2O6"},
    "Potassium hydroxide": {"smiles": "[K+].[OH-]"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "Fe(acac)3": {"formula": "FeC15H21O6"},
    "KMnO4": {"smiles": KMNO4, "formula": "KMnO4"},
    "sulphuric acid": {"smiles": "O=S(=O)(O)O"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "nitrogen": {"smiles": "N#N"},
    "Fe2O3": {"formula": "Fe2O3"},
    "Ta2O5": {"formula": "Ta2O5"},
    "TiO2": {"formula": "TiO2"},
    "MoS 2": {"formula": "MoS2"},  # the title's formula, written with a space
    "MoS2": {"formula": "MoS2"},
    "Na2MoO4*2H2O": {"formula": "Na2MoH4O6"},
    "MnCl2*4H2O": {"formula": "MnCl2H8O4"},
    "(NH2)2CS": {"smiles": "NC(N)=S", "formula": "CH4N2S"},
    "Dichloromethane": {"smiles": "ClCCl"},
    "NbCl5": {"formula": "NbCl5"},
    "Nb(OEt)5": {"formula": "NbC10H25O5"},
    "Nb2O5": {"formula": "Nb2O5"},
    "dodecylamine": {"smiles": "CCCCCCCCCCCCN"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH4OH"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "p-toluenesulfonic acid": {"smiles": "Cc1ccc(S(=O)(=O)O)cc1"},
    "ether": {"smiles": "CCOCC"},  # diethyl ether, the common meaning
    "MeOH": {"smiles": "CO"},
    "Tetraethyl orthosilicate": {"smiles": TEOS},
    "TEOS": {"smiles": TEOS},
    "NaAlO2": {"formula": "NaAlO2"},
    "tetrapropylammonium hydroxide": {"smiles": TPAOH},
    "TPAOH": {"smiles": TPAOH},
    "TPA+": {"smiles": "CCC[N+](CCC)(CCC)CCC"},
    "NH4NO3": {"smiles": f"[NH4+].{NITRATE}", "formula": "NH4NO3"},
    "sodium chloride": {"smiles": "[Na+].[Cl-]"},
    "NaCl": {"smiles": "[Na+].[Cl-]", "formula": "NaCl"},
    "magnesium chloride": {"smiles": "[Mg+2].[Cl-].[Cl-]"},
    "MgCl2": {"smiles": "[Mg+2].[Cl-].[Cl-]", "formula": "MgCl2"},
    "Methyl blue": UNKNOWN,  # dyes the paragraph does not draw
    "MB": UNKNOWN,
    "Congo red": UNKNOWN,
    "CR": UNKNOWN,
    "acid fuchsin": UNKNOWN,
    "AF": UNKNOWN,
    "magnesium sulfate": {"smiles": f"[Mg+2].{SULFATE}"},
    "MgSO4": {"smiles": f"[Mg+2].{SULFATE}", "formula": "MgSO4"},
    "sodium sulfate": {"smiles": SALT_ATOMS},
    "Na2SO4": {"smiles": SALT_ATOMS, "formula": "Na2SO4"},
    "2-methylimidazole": {"smiles": HMIM},
    "Hmim": {"smiles": HMIM},
    "Zn(NO3)2": {"formula": "ZnN2O6"},
    "Zn2+": {"smiles": "[Zn+2]", "formula": "Zn"},
    "zinc nitrate": {"formula": "ZnN2O6"},
    "hexane": {"smiles": "CCCCCC"},
    # the generic salt name with its formula in brackets (the guide's rule, applied in the eighth round; it was
    # labelled with no structure when fresh7's figures before and after the seventh round were taken)
    "sodium aluminate": {"formula": "NaAlO2"},
    "C6H8O7*H2O": {"smiles": f"{CITRIC}.O", "formula": "C6H10O8"},
    "Water": {"smiles": "O"},
    # no single structure: zeolites and their forms (NH4-zeolites, NH4-ZSM-5, NH4-beta, NH4-mordenite, NH4-Y,
    # H-ZSM-5, H-beta, H-mordenite, H-Y, Na-beta, HZSM-5, NaZSM-5, Na-type and H-type ZSM-5, zeolite),
    # generic oxides and salts (Vanadium oxide, vanadium oxalate: the oxidation state is not said,
    # nitrate and Nitrates as classes, metal nitrates), WTR, Geopolymer, PABTH and other polymers
    # (Polyacrylonitrile, PAN, HPAN, polyvinyl alcohol, PVA, Polyethyleneimine, PEI, Pluronic, P123, P-123,
    # gelatin, BSA, humic acid, HA), variable compositions and materials (La2-xPrxCuO4+-δ, Zn1-xSrxO,
    # SrTi1-2xFexTaxO3, Nb2O5*nH2O, Ni-Cu-P/C, YSZ, LSM, ZIF-8 and its composites, mixed PEI-Zn(II)),
    # Compound 1, and generic words (solution, mixture, products, chemicals, air, powders, gel, precipitate)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH7_ADDED: list[tuple[str, str]] = [
    ("K2SnO3*3H2O", ""),
    # added in the eighth round, after fresh7's errors were read: mentions the annotators did not mark (the
    # guide's review rule) and the formula written beside a name (two names side by side are two spans)
    ("glucose", "(99.9%), "),
    ("Na2PdCl4", "glucose (99%) and "),
    ("NaBH4", "Corporation. "),
    ("Water", "Sigam-Aldrich. "),
    ("SnO2", "the commercial "),
    ("NaOH", "reaction between the WTR and "),
    ("NaOH", "binders (WTR and "),
    ("C6H8O7*H2O", "monohydrate "),
]

FRESH8_SEED = 23
PDCL2_PPH3 = {"formula": "PdCl2P2C36H30"}  # bis(triphenylphosphine)palladium(II) dichloride
SUCROSE = "OC[C@H]1O[C@@](CO)(O[C@H]2O[C@H](CO)[C@@H](O)[C@H](O)[C@H]2O)[C@@H](O)[C@@H]1O"
CTAB = "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"
SDS = "CCCCCCCCCCCCOS(=O)(=O)[O-].[Na+]"
H2PBDA = "O=C(O)c1cccc(Oc2cccnc2)c1C(=O)O"
SODA_ASH = "[Na+].[Na+].[O-]C([O-])=O"
FRESH8_LABELS: dict[str, dict] = {
    "oxygen": {"formula": "O"},  # "the precise oxygen content": the element
    # the element symbols of an elemental analysis ("C 51.44, H 3.12, N 6.67"), added on review: elements
    "C": {"formula": "C"},
    "H": {"formula": "H"},
    "N": {"formula": "N"},
    "PdCl2": {"formula": "PdCl2"},
    "[PdCl2 (PPh3)2]": PDCL2_PPH3,
    "PdCl2 (PPh3)2": PDCL2_PPH3,
    "triphenylphosphine": {"smiles": "c1ccc(P(c2ccccc2)c2ccccc2)cc1"},
    "tetrahydrofuran": {"smiles": "C1CCOC1"},
    "2-hydrazinopyridine": {"smiles": "NNc1ccccn1"},
    "sodium acetate": {"smiles": f"[Na+].{ACETATE}"},
    "alcohol": {"smiles": "CCO"},
    "ethanol": {"smiles": "CCO"},
    "Ethanol": {"smiles": "CCO"},
    "Pr6O11": {"formula": "Pr6O11"},
    "MnO": {"formula": "MnO"},
    "CaCO3": {"smiles": "[Ca+2].[O-]C([O-])=O", "formula": "CaCO3"},
    "tellurium": {"smiles": "[Te]", "formula": "Te"},
    "lead": {"smiles": "[Pb]", "formula": "Pb"},  # "lead (99.9%) ... powders"
    "antimony": {"smiles": "[Sb]", "formula": "Sb"},
    "silver": {"smiles": "[Ag]", "formula": "Ag"},
    "selenium": {"smiles": "[Se]", "formula": "Se"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "bismuth": {"smiles": "[Bi]", "formula": "Bi"},
    "thallium": {"smiles": "[Tl]", "formula": "Tl"},
    "barium": {"smiles": "[Ba]", "formula": "Ba"},  # "barium metals"
    "methanol": {"smiles": "CO"},
    "Na2CO3": {"smiles": SODA_ASH, "formula": "Na2CO3"},
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},  # "Cu, Zn and Al nitrates", as fresh7's "nitrates of lithium"
    "Zn": {"smiles": "[Zn]", "formula": "Zn"},
    "Al": {"smiles": "[Al]", "formula": "Al"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "water": {"smiles": "O"},
    "SiO2": {"formula": "SiO2"},  # SiO2/Al2O3 ratios
    "Al2O3": {"formula": "Al2O3"},
    "VOHPO4*0.5H2O": {"formula": "VPH2O5.5"},
    "V2O5": {"formula": "V2O5"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "isobutanol": {"smiles": "CC(C)CO"},
    "VOPO4*2H2O": {"formula": "VPH4O7"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "H2PtCl6.6H2O": {"formula": "H14PtCl6O6"},
    "SnCl2.2H2O": {"formula": "SnCl2H4O2"},
    "ReCl3": {"formula": "ReCl3"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "propanol": {"smiles": "CCCO"},  # propan-1-ol, as the name reads
    "carbon": {"formula": "C"},  # carbon suspension, carbon support, "60 %wt is carbon"
    "hydrogen": {"smiles": "[H][H]"},
    "sucrose": {"smiles": SUCROSE},
    "sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "ethylene glycol": {"smiles": "OCCO"},
    "Pt": {"smiles": "[Pt]", "formula": "Pt"},  # "Pt film"
    "nitrogen": {"smiles": "N#N"},
    "SnO2": {"formula": "SnO2"},
    "F": {"smiles": "[F]", "formula": "F"},  # "F-doped SnO2", as fresh7's "Sr-doped"
    "FeAs": {"formula": "FeAs"},
    "Fe": {"smiles": "[Fe]", "formula": "Fe"},
    "arsenic": {"smiles": "[As]", "formula": "As"},
    "Co(AC)2*4H2O": {"smiles": f"{ACETATE}.{ACETATE}.[Co+2].O.O.O.O"},
    "H2pbda": {"smiles": H2PBDA},
    "3-(pyridine-3-yloxy)benzene-1,2-dicarboxylic acid": {"smiles": H2PBDA},
    "4,4-bpy": {"smiles": "c1cc(-c2ccncc2)ccn1"},  # 4,4'-bipyridine
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "Li2CO3": {"formula": "Li2CO3"},
    "TiO2": {"formula": "TiO2"},
    "Cationic surfactant cetyltrimethylammonium bromide": {"smiles": CTAB, "core": "cetyltrimethylammonium bromide"},
    "CTAB": {"smiles": CTAB},
    "anionic surfactant sodium dodecyl sulfate": {"smiles": SDS, "core": "sodium dodecyl sulfate"},
    "SDS": {"smiles": SDS},
    "ammonium peroxydisulfate": {"smiles": APS},
    "(NH4)2S2O8": {"smiles": APS, "formula": "N2H8S2O8"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "copper": {"smiles": "[Cu]", "formula": "Cu"},  # copper foil, the reactant and substrate
    "Copper": {"smiles": "[Cu]", "formula": "Cu"},
    "SnCl4*5H2O": {"formula": "SnCl4H10O5"},
    "hydrochloric": {"smiles": "Cl"},  # "hydrochloric, hydrobromic and hydroiodic acid": elliptical
    "hydrobromic": {"smiles": "Br"},
    "hydroiodic acid": {"smiles": "I"},
    "lead(II) acetate": {"smiles": f"{ACETATE}.{ACETATE}.[Pb+2]"},
    "HBr": {"smiles": "Br", "formula": "HBr"},
    "HI": {"smiles": "I", "formula": "HI"},
    "CH3NH2": {"smiles": "CN", "formula": "CH5N"},
    "CH3NH3PbI3": {"formula": "CH6NPbI3"},
    "(CH3NH3)4PbI6*2H2O": {"formula": "C4H28N4O2PbI6"},
    "nickel(II) acetylacetonate": {"formula": "NiC10H14O4"},
    "diethanolamine": {"smiles": "OCCNCCO"},
    "cyclohexane": {"smiles": "C1CCCCC1"},
    "SrMn7O12": {"formula": "SrMn7O12"},
    "CdMn7O12": {"formula": "CdMn7O12"},
    "PbMn7O12": {"formula": "PbMn7O12"},
    "CaMn7O12": {"formula": "CaMn7O12"},
    "Mn2O3": {"formula": "Mn2O3"},
    "MnO1.839": {"formula": "MnO1.839"},
    "MnO2": {"formula": "MnO2"},
    "PbO": {"formula": "PbO"},
    "CdO": {"formula": "CdO"},
    "4H-SrMnO3": {"formula": "SrMnO3", "core": "SrMnO3"},
    # added in the ninth round (below): the elements a placeholder stands for, as dev's "(Ln = Pr and Nd)"
    "Sn": {"smiles": "[Sn]", "formula": "Sn"},
    "Re": {"smiles": "[Re]", "formula": "Re"},
    "Br": {"formula": "Br"},
    "Cl": {"formula": "Cl"},
    "I": {"formula": "I"},
    # no single structure: supplier CDH, classes (Schiff bases, 5-substituted salicylaldehyde, ligands, metal
    # nitrates, nitrates), samples and materials (PdL1-PdL5, PCMO, Ag0.8Pb18SbTe20-xSex, Cu-Zn, Cu-Zn-Al, oxide,
    # HB zeolite, HSZ-931HOA, HSZ-940HOA, VPO, P1-P3, C1-C3, Vulcan XC-72, Carbon paper, carbon black, Nafion,
    # Pt/C, CSs, CS600, FTO, M-Y, CH3NH3PbX3, HX, NiOx), the platinum-rhodium alloy, the polymer Triton X-100
    # (poly(oxyethylene) ... phenyl ether, Tx-100), the generic oxide "tin oxide" (as fresh6's manganese oxide),
    # and generic words (solution, mixture, precursor, solid, air, powder, crystals, chemicals, solvents)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH8_ADDED: list[tuple[str, str]] = [
    ("oxygen", "with the precise "),  # eleventh round: "X content" names the element, as fresh9 and fresh10 mark it
    ("C", "]n: "),
    ("H", "]n: C 51.44, "),
    ("N", "]n: C 51.44, H 3.12, "),
    ("C", "Found: "),
    ("H", "Found: C 50.13, "),
    ("N", "Found: C 50.13, H 3.32, "),
    ("methanol", "processes for "),
    ("F", "deposited on "),
    ("Copper", ""),
    ("copper", "previously-cleaned "),
    ("copper", "the "),
    ("copper", "film on the "),
    ("CH3NH3PbI3", "For "),
    ("(CH3NH3)4PbI6*2H2O", "crystalline "),
    ("CaMn7O12", "Data on "),
    ("carbon", "60 %wt is "),
    # added in the ninth round, after fresh8's errors were read (the guide's review rule): the elements a
    # placeholder stands for, which dev's annotators marked ("(Ln = Pr and Nd)"), and the metal contents of
    # the sentence whose "60 %wt is carbon" was added above
    ("Sn", "(X = "),
    ("Re", "(X = Sn, "),
    ("I", "(X = "),
    ("Br", "(X = I, "),
    ("Cl", "(X = I, Br and "),
    ("Cl", "HX (X = "),
    ("Br", "HX (X = Cl, "),
    ("I", "HX (X = Cl, Br and "),
    ("Pt", "represents 20% "),
    ("Re", "20% Pt, 5% "),
    ("Sn", "5% Re, 15% "),
]

FRESH9_SEED = 24
CU_ACETATE_HYDRATE = UNKNOWN  # Cu(OAc)2 . x H2O: the water count is not said
BIPY = "c1ccc(-c2ccccn2)nc1"
DPA = "c1ccc(Nc2ccccn2)nc1"
TERPY = "c1ccc(-c2cccc(-c3ccccn3)n2)nc1"
PHEN = "c1cnc2c(c1)ccc1cccnc12"
PICOLINIC = "O=C(O)c1ccccn1"
TEBT = "CCCCO[Ti](OCCCC)(OCCCC)OCCCC"
LIOH_H2O = "[Li+].[OH-].O"
FRESH9_LABELS: dict[str, dict] = {
    "graphite": {"formula": "C"},  # natural graphite flakes, the reactant
    "SnO2": {"formula": "SnO2"},
    "SnCl4*5H2O": {"formula": "SnCl4H10O5"},
    "water": {"smiles": "O"},
    "Water": {"smiles": "O"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "hydrazine monohydrate": {"smiles": "NN.O"},
    "hydrazine": {"smiles": "NN"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "nitrogen": {"formula": "N"},  # "nitrogen-doped RGO": the dopant element, as fresh8's "F-doped"
    "lithium hydroxide monohydrate": {"smiles": LIOH_H2O},
    "LiOH*H2O": {"smiles": LIOH_H2O, "formula": "LiH3O2"},
    "LiOH": {"smiles": "[Li+].[OH-]", "formula": "LiOH"},
    "tetrabutyl titanate": {"smiles": TEBT},
    "Ti(OC4H9)4": {"smiles": TEBT, "formula": "TiC16H36O4"},
    "ethyl alcohol": {"smiles": "CCO"},
    "ethanol": {"smiles": "CCO"},
    "MnO2": {"formula": "MnO2"},
    "silica": {"formula": "SiO2"},
    "carbon": {"formula": "C"},  # carbon source, amorphous carbon, carbon-coated tube
    "KMnO4": {"formula": "KMnO4"},
    "Mn(NO3)2": {"smiles": "[Mn+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-]", "formula": "MnN2O6"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},
    "Fe": {"smiles": "[Fe]", "formula": "Fe"},
    "S": {"formula": "S"},
    "Li": {"smiles": "[Li]", "formula": "Li"},
    "Mg": {"smiles": "[Mg]", "formula": "Mg"},  # and the dopant of "Mg-doped spinel"
    "Ti": {"smiles": "[Ti]", "formula": "Ti"},
    "Ga": {"smiles": "[Ga]", "formula": "Ga"},
    "Ag": {"smiles": "[Ag]", "formula": "Ag"},
    "Sn": {"smiles": "[Sn]", "formula": "Sn"},
    "Te": {"smiles": "[Te]", "formula": "Te"},
    "Si": {"smiles": "[Si]", "formula": "Si"},  # "Si/K = 1.7": the symbols of a ratio
    "K": {"smiles": "[K]", "formula": "K"},
    "In": {"smiles": "[In]", "formula": "In"},  # "In/Sn = 90/10"
    # elemental analyses ("Anal. Calcd. for C15 H10 Cu N2 O5.50 P V: C, 39.8; H, 2.21; N, 6.20"): the
    # annotators marked the element symbols, inside the spaced formula and before each content; elements as atoms
    "C": {"formula": "C"},
    "H": {"formula": "H"},
    "N": {"formula": "N"},
    "O": {"formula": "O"},
    "F": {"formula": "F"},
    # the formula an analysis was calculated for, written with spaces, is one formula (the guide's span
    # convention), not its symbols: the symbols the annotators marked inside it are merged into it
    "C15 H10 Cu N2 O5.50 P V": {"formula": "C15H10CuN2O5.50PV"},
    "C18 H13 Cu N2 O8 P2 V": {"formula": "C18H13CuN2O8P2V"},
    "C26 H26 Cu2 F N6 O10 P2 V": {"formula": "C26H26Cu2FN6O10P2V"},
    "C13 H11 Cu F N3 O5 P V": {"formula": "C13H11CuFN3O5PV"},
    "C13 H10 Cu F N2 O5 P V": {"formula": "C13H10CuFN2O5PV"},
    "C21 H16 Cu F0.5 N3 O9 P2 V1.50": {"formula": "C21H16CuF0.5N3O9P2V1.50"},
    "C18 H18 Cu N2 O11 P2": {"formula": "C18H18CuN2O11P2"},
    "β-Bi2O3": {"formula": "Bi2O3", "core": "Bi2O3"},  # a phase prefix, like α-Mn2O3
    "Bi2O3": {"formula": "Bi2O3"},
    "Bi2S3": {"formula": "Bi2S3"},
    "Bi(NO3)3*5H2O": {"formula": "BiN3O14H10"},
    "glycerol": {"smiles": "OCC(O)CO"},
    "CH3CSNH2": {"smiles": "CC(N)=S", "formula": "C2H5NS"},
    "ZnO": {"formula": "ZnO"},
    "Zn(NO3)2*6H2O": {"formula": "ZnN2O12H12"},
    "Ammonia": {"smiles": "N"},
    "ammonia": {"smiles": "N"},
    "Zn(OH)2": {"formula": "ZnH2O2"},
    "CTAB": {"smiles": CTAB},
    "potassium hydroxide": {"smiles": "[K+].[OH-]"},
    "graphene": {"formula": "C"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "CH4": {"smiles": "C", "formula": "CH4"},
    "acetone": {"smiles": "CC(C)=O"},
    "isopropyl alcohol": {"smiles": "CC(C)O"},
    "IPA": {"smiles": "CC(C)O"},
    "BaCO3": {"smiles": "[Ba+2].[O-]C([O-])=O", "formula": "BaCO3"},
    "TiO2": {"formula": "TiO2"},
    "BaTi0.85Sn0.15O3": {"formula": "BaTi0.85Sn0.15O3"},
    "oxygen": {"smiles": "O=O"},  # the sputtering gas
    "FeCl3[?]6H2O": {"formula": "FeCl3H12O6"},
    "MnCl2[?]4H2O": {"formula": "MnCl2H8O4"},
    "FAS-17": UNKNOWN,  # a fluoroalkylsilane; the paper does not say which
    "vanadium(V) oxide": {"formula": "V2O5"},
    "V2O5": {"formula": "V2O5"},
    "copper(II) acetate hydrate": CU_ACETATE_HYDRATE,
    "cupric acetate hydrate": CU_ACETATE_HYDRATE,
    "copper(II) nitrate hydrate": UNKNOWN,  # Cu(NO3)2 . x H2O
    "cupric nitrate hydrate": UNKNOWN,
    "2,2'-dipyridine": {"smiles": BIPY},
    # two names annotated as one span: two names side by side are two spans (the second is added below)
    "2,2'-dipyridine, 2,2'-dipyridylamine": {"smiles": BIPY, "core": "2,2'-dipyridine"},
    "2,2'-dipyridyl": {"smiles": BIPY},
    "2,2'-dipyridylamine": {"smiles": DPA},
    "2,2'dipyridylamine": {"smiles": DPA},
    "2,2'-bipyridyl amine": {"smiles": DPA},
    "1,10-phenanthroline": {"smiles": PHEN},
    "2,2':6,2''-terpyridine": {"smiles": TERPY},
    "2,2':6,2'' terpyridine": {"smiles": TERPY},
    "hydrofluoric acid": {"smiles": "F"},
    "HF": {"smiles": "F", "formula": "HF"},
    "1,4-phenyldiphosphonic acid": {"smiles": "O=P(O)(O)c1ccc(P(=O)(O)O)cc1"},
    "1,3-phenyldiphosphonic acid": {"smiles": "O=P(O)(O)c1cccc(P(=O)(O)O)c1"},
    "1,3,5-phenyltriphosphonic acid": {"smiles": "O=P(O)(O)c1cc(P(=O)(O)O)cc(P(=O)(O)O)c1"},
    "2-pyridylcarboxylic acid": {"smiles": PICOLINIC},
    "2-pyridyl carboxylic acid": {"smiles": PICOLINIC},
    "2-cyanopyridine": {"smiles": "N#Cc1ccccn1"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "acetic acid": {"smiles": "CC(=O)O"},
    "KBr": {"smiles": "[K+].[Br-]", "formula": "KBr"},
    "[Cu(bpy)VO2 {(HO3P)3C6H3}]*1.5H2O (12*1.5H2O)": {
        "structure": True,
        "core": "[Cu(bpy)VO2 {(HO3P)3C6H3}]*1.5H2O",
    },
    "[Cu(bpa){H2O3PC6H3(PO3H)2}]*H2O (20*H2O)": {"structure": True, "core": "[Cu(bpa){H2O3PC6H3(PO3H)2}]*H2O"},
    "P2S5": {"formula": "P2S5"},
    "Li2S": {"formula": "Li2S"},
    "Cr2O3": {"formula": "Cr2O3"},
    "(MgCO3)4Mg(OH)2*5H2O": {"formula": "Mg5C4H12O19"},
    "Ga2O3": {"formula": "Ga2O3"},
    "CaO": {"formula": "CaO"},
    "CaCO3": {"smiles": "[Ca+2].[O-]C([O-])=O", "formula": "CaCO3"},
    # no single structure: graphite oxide, graphene oxide, RGO, N-RGO and the SnO2NC hybrids and mixtures,
    # HPCs and the MnO2/HPCs composites, SiO2/C, phenolic resin, the polymers P123, PMMA, Polymethylmethacrylate
    # and polyester/polyamide, CuFeS2-x, Sn1-xAgxTe and Sn1+δ-xAgxTe (variable compositions), the β-Bi2O3/Bi2S3
    # heterostructures, potassium silicate (its Si/K ratio is given: a solution of no single salt), Me clay,
    # MK, MLG, glass, the graphene/PMMA/Cu/glass stacks, etchants, the glass 70P2S5-30Li2S, slag, KD-I,
    # "citric acid-nitrate" (a combustion method), MA (milling), wood, oxides, and generic words (solution,
    # mixture, precipitate, powder(s), samples, products, chemicals, reagents, reactants, plates, blocks, air)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
# Formulas written as one, whose parts the annotators marked: one span each (``names_build_gold.merged``)
FRESH9_MERGED: list[str] = [
    "C15 H10 Cu N2 O5.50 P V",
    "C18 H13 Cu N2 O8 P2 V",
    "C26 H26 Cu2 F N6 O10 P2 V",
    "C13 H11 Cu F N3 O5 P V",
    "C13 H10 Cu F N2 O5 P V",
    "C21 H16 Cu F0.5 N3 O9 P2 V1.50",
    "C18 H18 Cu N2 O11 P2",
]
FRESH9_ADDED: list[tuple[str, str]] = [
    ("nitrogen", "SnO2 nanocrystal/"),
    ("nitrogen", "Synthesis of "),
    ("In", "and "),
    ("Sn", "In/"),
    ("oxygen", "Pa and "),
    ("carbon", "sealed in a "),
    ("2,2'-dipyridylamine", "2,2'-dipyridine, "),
]

FRESH10_SEED = 25
CTAT = "CCCCCCCCCCCCCCCC[N+](C)(C)C.Cc1ccc(S(=O)(=O)[O-])cc1"
BPO = "O=C(OOC(=O)c1ccccc1)c1ccccc1"
HMDC = "[NH3+]CCCCCCNC(=O)[O-]"  # DIAK #1, the inner salt
AMBZ = "[NH4+].O=C([O-])c1ccccc1"
CAMPTOTHECIN = "CC[C@@]1(O)C(=O)OCc2c1cc1-c3nc4ccccc4cc3Cn1c2=O"
NAOAC = "[Na+].CC(=O)[O-]"
HMT = "C1N2CN3CN1CN(C2)C3"
TELLURITE = "[O-][Te]([O-])=O"
NITRATE = "[O-][N+](=O)[O-]"
FRESH10_LABELS: dict[str, dict] = {
    "RuCl3": {"formula": "RuCl3"},
    "NaBH4": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4"},
    "Ru": {"smiles": "[Ru]", "formula": "Ru"},
    "Na+": {"smiles": "[Na+]"},
    "Cl-": {"smiles": "[Cl-]"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "water": {"smiles": "O"},
    "alcohol": UNKNOWN,  # "addition of alcohol (0.48 mmol)": the substrate of a catalytic test, not named
    "ethyl ether": {"smiles": "CCOCC"},
    "biphenyl": {"smiles": "c1ccc(-c2ccccc2)cc1"},
    "ethyl acrylate": {"smiles": "C=CC(=O)OCC"},
    "Tetraethoxysilane": {"smiles": TEOS},
    "tetraethyl orthosilicate": {"smiles": TEOS},
    "TEOS": {"smiles": TEOS},
    "Tetrahydrofuran": {"smiles": "C1CCOC1"},
    "THF": {"smiles": "C1CCOC1"},
    "silica": {"formula": "SiO2"},
    "SiO2": {"formula": "SiO2"},
    "Benzoyl peroxide": {"smiles": BPO},
    "BPO": {"smiles": BPO},
    "Hexamethylenediamine carbamate": {"smiles": HMDC},
    "HMDC": {"smiles": HMDC},
    "Ammonium benzoate": {"smiles": AMBZ},
    "AmBz": {"smiles": AMBZ},
    "ammonium hydroxide": {"smiles": "[NH4+].[OH-]"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH5O"},
    "benzoic acid": {"smiles": "O=C(O)c1ccccc1"},
    "hydrochloric acid": {"smiles": "Cl"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "ethanol": {"smiles": "CCO"},
    "carbon": {"formula": "C"},  # the carbon source; nitrogen-doped carbon
    "HF": {"smiles": "F", "formula": "HF"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "sulfur": {"formula": "S"},
    "N": {"formula": "N"},  # "N-doped TiO2": the dopant element
    "TiO2": {"formula": "TiO2"},
    "TiCl3": {"formula": "TiCl3"},
    "titanium": {"smiles": "[Ti]", "formula": "Ti"},  # the titanium source
    "hexamethylenetetramine": {"smiles": HMT},
    "HMT": {"smiles": HMT},
    # the nitrogen source (the element), the milling gas (N2) and a dopant: one string, no single structure
    # to judge; it counts for recall
    "nitrogen": UNKNOWN,
    "Fe": {"smiles": "[Fe]", "formula": "Fe"},
    "FeCl2*4H2O": {"formula": "FeCl2H8O4"},
    "acetone": {"smiles": "CC(C)=O"},
    "VO2 (B)": {"formula": "VO2", "core": "VO2"},  # a polymorph label in brackets
    "VO2": {"formula": "VO2"},
    "V2O5": {"formula": "V2O5"},
    "oxalic acid": {"smiles": "OC(=O)C(=O)O"},
    "NiO": {"formula": "NiO"},
    "Sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "sulphuric acid": {"smiles": "O=S(=O)(O)O"},
    "nitric acid": {"smiles": "O=[N+]([O-])O"},
    "methanol": {"smiles": "CO"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "H2PdCl4": {"formula": "H2PdCl4"},
    "KMnO4": {"formula": "KMnO4"},
    "potassium permanganate": {"smiles": "[K+].[O-][Mn](=O)(=O)=O"},
    "Potassium permanganate": {"smiles": "[K+].[O-][Mn](=O)(=O)=O"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "HNO3": {"smiles": "O=[N+]([O-])O", "formula": "HNO3"},
    "Pd": {"smiles": "[Pd]", "formula": "Pd"},
    "palladium": {"smiles": "[Pd]", "formula": "Pd"},
    "Mn3O4": {"formula": "Mn3O4"},
    "F": {"formula": "F"},  # "doped with F", "F-doped": the dopant element
    "Li ion": {"smiles": "[Li+]"},
    "Ni0.2Co0.2Mn0.6(OH)2": {"formula": "Ni0.2Co0.2Mn0.6O2H2"},
    "Li2CO3": {"formula": "Li2CO3"},
    "LiF": {"formula": "LiF"},
    "cerious nitrate": {"formula": "CeN3O9"},
    "cupric nitrate": {"formula": "CuN2O6"},
    "copper oxide": {"formula": "CuO"},  # the paper's CuO/CeO2/TiO2
    "ceria": {"formula": "CeO2"},
    "NaCl": {"smiles": "[Na+].[Cl-]", "formula": "NaCl"},
    "Cetyltrimethylammonium p-toluene sulfonate": {"smiles": CTAT},
    "CTAT": {"smiles": CTAT},
    "tosylate": {"smiles": "Cc1ccc(S(=O)(=O)[O-])cc1"},
    "Iron(III) nitrate nonahydrate": {"formula": "FeN3O18H18"},
    "potassium hydroxide": {"smiles": "[K+].[OH-]"},
    "potassium chloride": {"smiles": "[K+].[Cl-]"},
    "potassium nitrate": {"smiles": "[K+]." + NITRATE},
    "sodium acetate": {"smiles": NAOAC},
    "anhydrous sodium acetate": {"smiles": NAOAC},
    "NaOAc": {"smiles": NAOAC},
    "NaAc": {"smiles": NAOAC},
    "acetic acid": {"smiles": "CC(=O)O"},
    "sodium carbonate": {"smiles": "[Na+].[Na+].[O-]C([O-])=O"},
    "sodium hydrogen carbonate": {"smiles": "[Na+].OC([O-])=O"},
    "disodium phosphate": {"smiles": "[Na+].[Na+].OP(=O)([O-])[O-]"},
    "monosodium phosphate anhydrous": {"smiles": "[Na+].OP(=O)(O)[O-]", "core": "monosodium phosphate"},
    "Fe(NO3)3": {"formula": "FeN3O9"},
    "iron": {"smiles": "[Fe]", "formula": "Fe"},  # the iron content
    "Fe(III) ions": {"smiles": "[Fe+3]"},
    "Bismuth shots": {"smiles": "[Bi]", "formula": "Bi", "core": "Bismuth"},
    "Bi": {"smiles": "[Bi]", "formula": "Bi"},
    "bismuth": {"smiles": "[Bi]", "formula": "Bi"},
    "HNO3(aq)": {"smiles": "O=[N+]([O-])O", "core": "HNO3"},
    "bismuth ions": {"smiles": "[Bi+3]"},
    "Bi3 +": {"smiles": "[Bi+3]"},
    "nitrate": {"smiles": NITRATE},
    "NO3-": {"smiles": NITRATE},
    "Tellurium": {"smiles": "[Te]", "formula": "Te"},
    "tellurium": {"smiles": "[Te]", "formula": "Te"},
    "Te": {"smiles": "[Te]", "formula": "Te"},
    "tellurous acid": {"smiles": "O[Te](O)=O"},
    "H2TeO3": {"smiles": "O[Te](O)=O", "formula": "H2TeO3"},
    "tellurite": {"smiles": TELLURITE},
    "TeO32 -": {"smiles": TELLURITE},
    "selenium": {"smiles": "[Se]", "formula": "Se"},
    "Se": {"smiles": "[Se]", "formula": "Se"},
    "graphene": {"formula": "C"},
    "Graphene": {"formula": "C"},
    "G": {"formula": "C"},  # "Graphene (G)"
    "graphite": {"formula": "C"},
    "Graphite": {"formula": "C"},
    "graphite flakes": {"formula": "C", "core": "graphite"},
    "copper": {"smiles": "[Cu]", "formula": "Cu"},
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "CH4": {"smiles": "C", "formula": "CH4"},
    "hBN": {"formula": "BN"},  # hexagonal boron nitride, a polytype prefix
    "borazine": {"smiles": "B1NBNBN1"},
    "B3H6N3": {"smiles": "B1NBNBN1", "formula": "B3H6N3"},
    "Ferric chloride hexahydrate": {"formula": "FeCl3H12O6"},
    "FeCl3*6H2O": {"formula": "FeCl3H12O6"},
    "glycol": {"smiles": "OCCO"},  # "glycol (EG)"
    "EG": {"smiles": "OCCO"},
    "ethanolamine": {"smiles": "NCCO"},
    "ETA": {"smiles": "NCCO"},
    "Camptothecin": {"smiles": CAMPTOTHECIN},
    "CPT": {"smiles": CAMPTOTHECIN},
    "Fe3O4": {"formula": "Fe3O4"},
    "magnetite": {"formula": "Fe3O4"},
    "phosphoric acid": {"smiles": "O=P(O)(O)O"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "Hydrogen peroxide": {"smiles": "OO"},
    "hydrogen peroxide": {"smiles": "OO"},
    "Mn2O7": {"formula": "Mn2O7"},
    "2KMnO4 (s)": {"smiles": "[K+].[O-][Mn](=O)(=O)=O", "formula": "KMnO4", "core": "KMnO4"},
    "H2SO4 (aq)": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4", "core": "H2SO4"},
    "Mn2O7 (l)": {"formula": "Mn2O7", "core": "Mn2O7"},
    "K2SO4": {"smiles": "[K+].[K+].[O-]S(=O)(=O)[O-]", "formula": "K2SO4"},
    "O": {"formula": "O"},  # "the O element"
    "pyrrole": {"smiles": "c1cc[nH]c1"},
    "(NH4)2S2O8": {"smiles": "[NH4+].[NH4+].[O-]S(=O)(=O)OOS(=O)(=O)[O-]", "formula": "N2H8S2O8"},
    # no single structure: rubber, ACM, epoxy cure, Ultrasil VN3 (a silica grade), PVP, hydrosol, F127, the
    # resols and phenolic resin, MWCNTs and AO-MWCNTs, MWCNT@mesoporous carbon, MWCNT@MPC, SC, S-MPC, TiO2-xNy,
    # the polymers (polyethylene glycols, PEG 20000, PEG-2000, Nafion, perfluorosulfonic acid-PTFE copolymer,
    # Pluronic F68, F68), Vulcan XC-72, the composites Mn3O4/MWCNT(s), Pd-Mn3O4/MWCNTs, CeO2/TiO2 and
    # CuO/CeO2/TiO2 and their codes (xCu-yCe-Ti, 4Cu-3Ce-Ti), Fe-SiO2, LLO and Li1.17Ni0.17Co0.17Mn0.50O2-zFz
    # (variable compositions), Ni/Co/Mn sulfate (a solution of three salts), CTAT-Pluronic F68 (a mixed
    # solution), Te oxoacids, titanium alkoxides and metal ions (classes), graphene oxide and GO, Go-Ppy, the
    # G-NCs products, NC (nitrogen-doped carbon), and generic words (solution, mixture, product, air, solvent, ...)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH10_ADDED: list[tuple[str, str]] = [
    ("Fe", "\n"),
    ("Fe", "amount of "),
    ("Mn3O4", "The "),
    ("palladium", "the "),
    ("F", "doped with "),
    ("F", "performance. "),
    ("ceria", "TiO2 ("),
    ("ceria", "surface area of "),
    ("magnetite", "The obtained "),
    ("nitrogen", "and "),
]

FRESH11_SEED = 26
SDBS = "CCCCCCCCCCCCc1ccc(S(=O)(=O)[O-])cc1.[Na+]"
TPAOH11 = "CCC[N+](CCC)(CCC)CCC.[OH-]"
TSC = "[Na+].[Na+].[Na+].[O-]C(=O)CC(O)(CC(=O)[O-])C(=O)[O-]"
PTA = "OC(=O)c1ccc(C(=O)O)cc1"
FRESH11_LABELS: dict[str, dict] = {
    "Na2/3Ni1/3Mn2/3O2": {"formula": "Na2NiMn2O6"},  # marked in four parts by the annotators: one span
    "AgNO3": {"smiles": "[Ag+].[O-][N+](=O)[O-]", "formula": "AgNO3"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "C16H33(CH3)3N+Br-": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "CH3COOLi*2H2O": {"smiles": "CC(=O)[O-].[Li+].O.O"},
    "Co(NO3)2*6H2O": {"formula": "CoN2O12H12"},
    "CoCl2*6H2O": {"formula": "CoCl2H12O6"},
    "DMF": {"smiles": "CN(C)C=O"},
    "N,N-dimethylformamide": {"smiles": "CN(C)C=O"},
    "EG": {"smiles": "OCCO"},
    "ethylene glycol": {"smiles": "OCCO"},
    "Fe2+": {"smiles": "[Fe+2]"},
    "FeCl2*4H2O": {"formula": "FeCl2H8O4"},
    "Ga(NO3)3*9H2O": {"formula": "GaN3O18H18"},
    "Ga": {"smiles": "[Ga]", "formula": "Ga"},  # "the molar ratio of Ga:Zn"
    "Zn": {"smiles": "[Zn]", "formula": "Zn"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "water": {"smiles": "O"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "hydrochloric acid": {"smiles": "Cl"},
    "K2HPO4": {"smiles": "[K+].[K+].OP(=O)([O-])[O-]", "formula": "K2HPO4"},
    "LiOH*H2O": {"smiles": "[Li+].[OH-].O"},
    "Li": {"smiles": "[Li]", "formula": "Li"},  # "Li volatilization": the element
    "LiV3O8": {"formula": "LiV3O8"},
    "Mn(NO3)2*4H2O": {"formula": "MnN2O10H8"},
    "Mn(NO3)*4H2O": {"formula": "MnN2O10H8"},  # the nitrate tetrahydrate, "(NO3)2" misprinted in the paper
    "Ni(NO3)*6H2O": {"formula": "NiN2O12H12"},  # the nitrate hexahydrate, misprinted likewise
    "MnCl2*4H2O": {"formula": "MnCl2H8O4"},
    "hydrazine hydrate": {"smiles": "NN.O"},
    "N2H4.H2O": {"smiles": "NN.O"},
    "NH4F": {"smiles": "[NH4+].[F-]", "formula": "NH4F"},
    "Na2CO3": {"smiles": "[Na+].[Na+].[O-]C([O-])=O", "formula": "Na2CO3"},
    "sodium carbonate": {"smiles": "[Na+].[Na+].[O-]C([O-])=O"},
    "Na2SeO3": {"smiles": "[Na+].[Na+].[O-][Se]([O-])=O", "formula": "Na2SeO3"},
    "NaBH4": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4"},
    "sodium borohydride": {"smiles": "[BH4-].[Na+]"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "sodium hydroxide": {"smiles": "[Na+].[OH-]"},
    "Nb": {"smiles": "[Nb]", "formula": "Nb"},  # the foils and substrates; the dopant of "Nb-doped"
    "Nb2O5": {"formula": "Nb2O5"},
    "Ni": {"smiles": "[Ni]", "formula": "Ni"},  # "Ni loadings": the element
    "NiCl2": {"formula": "NiCl2"},
    "NiCl2*6H2O": {"formula": "NiCl2H12O6"},
    # a phase prefix is not part of the name (the span convention)
    "P2-Na0.8Li0.12Ni0.22Mn0.66O2": {"formula": "Na0.8Li0.12Ni0.22Mn0.66O2", "core": "Na0.8Li0.12Ni0.22Mn0.66O2"},
    "P2O5": {"formula": "P2O5"},
    "PTA": {"smiles": PTA},
    "p-benzenedicarboxylic acid": {"smiles": PTA},
    "SDBS": {"smiles": SDBS},
    "sodium dodecyl benzene sulfonate": {"smiles": SDBS},
    "SrCO3": {"formula": "SrCO3"},
    "SrTiO3": {"formula": "SrTiO3"},
    "SrTi0.95Nb0.05O3": {"formula": "SrTi0.95Nb0.05O3"},
    "TEOS": {"smiles": TEOS},
    "tetraethyl orthosilicate": {"smiles": TEOS},
    "TPAOH": {"smiles": TPAOH11},
    "tetrapropylammonium hydroxide": {"smiles": TPAOH11},
    "TSC": {"smiles": TSC},
    "tri-sodium citrate": {"smiles": TSC},
    "Ti": {"smiles": "[Ti]", "formula": "Ti"},
    "TiO2": {"formula": "TiO2"},
    "Zn(NO3)2*6 H2O": {"formula": "ZnN2O12H12"},
    "alcohol": {"smiles": "CCO"},  # as the other splits label it
    "ammonium diethyldithiocarbamate": {"smiles": "CCN(CC)C(=S)[S-].[NH4+]"},
    "carbon": {"formula": "C"},  # "carbon grafting"
    "copper(II) acetylacetonate": {"formula": "CuC10H14O4"},
    "critic acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},  # citric acid, misspelt in the paper
    "dodecanethiol": {"smiles": "CCCCCCCCCCCCS"},
    "ethanol": {"smiles": "CCO"},
    "glycerol": {"smiles": "OCC(O)CO"},
    "graphite": {"formula": "C"},
    "manganese acetate": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Mn+2]"},
    "methanol": {"smiles": "CO"},
    "nitrogen": {"smiles": "N#N"},  # the gas: atmosphere, stream, "under nitrogen"
    "oleic acid": {"smiles": "CCCCCCCC/C=C\\CCCCCCCC(=O)O"},
    "platinum": {"smiles": "[Pt]", "formula": "Pt"},
    "Pt": {"smiles": "[Pt]", "formula": "Pt"},
    "silver": {"smiles": "[Ag]", "formula": "Ag"},
    "toluene": {"smiles": "Cc1ccccc1"},
    # no single structure: (Ni1-xCox)0.85Se, Cu2-xS NCs, Li[CoxLi1/3-x/3Mn2/3-2x/3]O2 (variable compositions),
    # LiFe0.5Mn0.5PO4/C, the NiO/S-1 samples, Ni@Hol S-1, Pt@Hol S-1, Ni-Pt@Hol S-1, GO/Cu2-xS NCs and
    # toluene/GO (composites), MCM-41, Al-MCM-41, Silicalite-1 and S-1 (frameworks named as materials), CNTs,
    # SWCNT(s), buckypapers, GO, Graphene oxide, rGO, GS, GCNTS, GZO, NC, NC's, NPs, M(OH)2, carbonates, metal
    # ions, transition metal nitrate (classes), the ratio "Ga:Zn" when kept whole, and generic words (air,
    # solution, mixture, precipitate, precursor, product(s), samples, template, xerogel, pellet, films, ...)
}
# Formulas written as one, whose parts the annotators marked: one span each (``names_build_gold.merged``)
FRESH11_MERGED: list[str] = ["Na2/3Ni1/3Mn2/3O2"]
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH11_ADDED: list[tuple[str, str]] = [
    ("Pt", "solution with a "),
    ("LiV3O8", "LiFe0.5Mn0.5PO4/C. "),
    ("Li", "compensate for "),
    ("SrTi0.95Nb0.05O3", "reduced polycrystalline "),
]

# The fresh12 split: 15 more train papers (``random.Random(27).sample`` of those in none of the earlier splits),
# labelled from the text before the rules drawn from fresh11's error classes were written
FRESH12_SEED = 27
OLEATE = "CCCCCCCC/C=C\\CCCCCCCC(=O)[O-]"
FRESH12_LABELS: dict[str, dict] = {
    "(NH4)2PdCl6": {"formula": "N2H8PdCl6"},
    "Ammonium hexachloropalladate (IV)": {"formula": "N2H8PdCl6"},
    "(NH4)6Mo7O24": {"formula": "N6H24Mo7O24"},
    "(NH4)6Mo7O24*4H2O": {"formula": "N6H32Mo7O28"},
    "(NH4)S2O8": {"formula": "N2H8S2O8"},  # ammonium persulfate, "(NH4)2S2O8" misprinted in the paper
    "2,2'-bipyridine": {"smiles": BIPY},
    "AA": {"smiles": "OC[C@H](O)[C@H]1OC(=O)C(O)=C1O"},
    "ascorbic acid": {"smiles": "OC[C@H](O)[C@H]1OC(=O)C(O)=C1O"},
    "Ag": {"smiles": "[Ag]", "formula": "Ag"},
    "silver": {"smiles": "[Ag]", "formula": "Ag"},
    "AgNO3": {"smiles": "[Ag+].[O-][N+](=O)[O-]", "formula": "AgNO3"},
    "Al2O3": {"formula": "Al2O3"},  # the alumina jars
    "α-Al2O3": {"formula": "Al2O3", "core": "Al2O3"},  # a phase prefix is not part of the name
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "BN": {"formula": "BN"},  # the crucible
    "C19H42BrN": {"smiles": "CCCCCCCCCCCCCCCC[N+](C)(C)C.[Br-]"},
    "C2H3O2Li*2H2O": {"smiles": "CC(=O)[O-].[Li+].O.O"},
    "CH3COOLi*H2O": {"smiles": "CC(=O)[O-].[Li+].O"},
    "Co3O4": {"formula": "Co3O4"},
    "DA": {"smiles": "NCCc1ccc(O)c(O)c1"},
    "Dopamine": {"smiles": "NCCc1ccc(O)c(O)c1"},
    "F": {"smiles": "[F]", "formula": "F"},  # the dopant of "F-doped"
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "water": {"smiles": "O"},
    "ice water": {"smiles": "O"},
    "H3PO4": {"smiles": "OP(=O)(O)O", "formula": "H3PO4"},
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "HCOOK": {"smiles": "O=C[O-].[K+]"},
    "potassium formate": {"smiles": "O=C[O-].[K+]"},
    "Ho2O3": {"formula": "Ho2O3"},
    "K2HPO4": {"smiles": "[K+].[K+].OP(=O)([O-])[O-]", "formula": "K2HPO4"},
    "KH2PO4": {"smiles": "[K+].OP(=O)(O)[O-]", "formula": "KH2PO4"},
    "KMnO4": {"formula": "KMnO4"},
    "KOH": {"smiles": "[K+].[OH-]", "formula": "KOH"},
    "La": {"smiles": "[La]", "formula": "La"},  # "polyacrylates of La and Mo": the metals
    "Mo": {"smiles": "[Mo]", "formula": "Mo"},
    "La(NO3)3": {"formula": "LaN3O9"},
    "La(NO3)3*6H2O": {"formula": "LaN3O15H12"},
    "La2Mo2O9": {"formula": "La2Mo2O9"},
    "lanthanum molybdate": {"formula": "La2Mo2O9"},  # the La2Mo2O9 powder the paragraph makes
    "Li2MnSiO4": {"formula": "Li2MnSiO4"},
    "LVP": UNKNOWN,  # an abbreviation the paragraph does not expand
    "MeOH": {"smiles": "CO"},
    "methanol": {"smiles": "CO"},
    "MgO": {"formula": "MgO"},
    "MnC4H6O4*4H2O": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Mn+2].O.O.O.O"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "nitrogen": {"smiles": "N#N"},  # the gas: atmosphere, stream, drying
    "Na2SO4": {"smiles": "[Na+].[Na+].[O-]S([O-])(=O)=O", "formula": "Na2SO4"},
    "NaBH4": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4"},
    "sodium borohydride": {"smiles": "[BH4-].[Na+]"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "NH4H2PO4": {"smiles": "[NH4+].OP(=O)(O)[O-]", "formula": "NH4H2PO4"},
    "Ni2+": {"smiles": "[Ni+2]"},
    "NiC4H6O4*4H2O": {"smiles": "CC(=O)[O-].CC(=O)[O-].[Ni+2].O.O.O.O"},
    "nickel": {"smiles": "[Ni]", "formula": "Ni"},  # nickel foam
    "Pt": {"smiles": "[Pt]", "formula": "Pt"},  # Pt foil
    "SDS": {"smiles": SDS},
    "sodium dodecyl sulfate": {"smiles": SDS},
    # thirteenth round: an abbreviation defined after a formula names a material and has no structure (the
    # guide's convention: dev's "LSGM", fresh2's "BNF"); it had the formula
    "SHCO": NONE,
    "Sr0.7Ho0.3CoO3-\u03b4": {"formula": "Sr0.7Ho0.3CoO3"},
    "Si (OC2H5)4": {"smiles": TEOS},
    "TEOS": {"smiles": TEOS},
    "tetraethoxysilane": {"smiles": TEOS},
    "Sb": {"smiles": "[Sb]", "formula": "Sb"},
    "Sr": {"smiles": "[Sr]", "formula": "Sr"},
    "Yb": {"smiles": "[Yb]", "formula": "Yb"},
    "Zn": {"smiles": "[Zn]", "formula": "Zn"},
    "SnCl2": {"formula": "SnCl2"},
    "SnO2": {"formula": "SnO2"},  # F-doped SnO2
    "Sr(NO3)2": {"smiles": "[Sr+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-]", "formula": "SrN2O6"},
    "strontium nitrate": {"smiles": "[Sr+2].[O-][N+](=O)[O-].[O-][N+](=O)[O-]"},
    "SrCO3": {"formula": "SrCO3"},
    "SrPdO3": {"formula": "SrPdO3"},
    "THF": {"smiles": "C1CCOC1"},
    "UA": {"smiles": "O=c1[nH]c(=O)c2[nH]c(=O)[nH]c2[nH]1"},
    "uric acid": {"smiles": "O=c1[nH]c(=O)c2[nH]c(=O)[nH]c2[nH]1"},
    "UF4 graphite": {"formula": "C", "core": "graphite"},  # UF4 is the graphite's grade, not uranium fluoride
    "V2O5": {"formula": "V2O5"},
    "Y2O3": {"formula": "Y2O3"},
    "Zn(NO3)2*4H2O": {"formula": "ZnN2O10H8"},
    "ZnO": {"formula": "ZnO"},
    "acetic acid": {"smiles": "CC(=O)O"},
    "acetone": {"smiles": "CC(C)=O"},
    "acrylic acid": {"smiles": "C=CC(=O)O"},
    "carbon": {"formula": "C"},  # as in the other splits: carbon source and coating, porous carbon, carbon nanotubes
    "chloroform": {"smiles": "ClC(Cl)Cl"},
    "citric acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},
    "ethanol": {"smiles": "CCO"},
    "glucose": UNKNOWN,  # the paragraph does not say which form
    "glycine": {"smiles": "NCC(=O)O"},
    "graphite": {"formula": "C"},
    "hydrazine hydrate": {"smiles": "NN.O"},
    "nitric acid": {"smiles": "O[N+](=O)[O-]"},
    "ammonium hydroxide": {"smiles": "[NH4+].[OH-]"},
    "oxalic acid": {"smiles": "O=C(O)C(=O)O"},
    "oxygen": {"formula": "O"},  # oxygen vacancies, oxygen-containing groups: the element
    "potassium ferricyanide": {"formula": "K3FeC6N6"},
    "silver oleate": {"smiles": OLEATE + ".[Ag+]"},
    "sodium oleate": {"smiles": OLEATE + ".[Na+]"},
    "Sodium oleate": {"smiles": OLEATE + ".[Na+]"},
    "sulfuric acid": {"smiles": "O=S(=O)(O)O"},
    "tin": {"smiles": "[Sn]", "formula": "Sn"},  # "loss of tin": the element
    "urea": {"smiles": "NC(N)=O"},
    # no single structure: Graphite oxide, graphene oxide, GO(s), RGO, CNTs, carbon nanotubes, SWNTs, tubes,
    # Ag/CNTs, LVP/G, Li2MnSiO4/C, Li2MnSiO4:C (a weight ratio kept whole), Sn nanoparticles/graphite, PDMS/GO
    # (composites), the 2,2'-bipyridine-SnCl2 complexes (adducts of several ratios), Y3(1+x)Al5O12 (a variable
    # composition), the polymers (PDMS, PTFE, polytetrafluorene-ethylene, polyacrylates, rr-P3HT, starch),
    # biochar, peanut skin(s), HPC-1-n, HPC-2-m, acetylene black, Paraffin oil, Phosphate buffer solution PBS,
    # TFT glass, hydrogen ("hydrogen bonding", an interaction), amine (a class), and generic words (solution,
    # mixture, precipitate, product, samples, solvent, reagents, residues, pellets, wafers, lubricant, ...)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH12_ADDED: list[tuple[str, str]] = [
    ("DA", "Dopamine ("),
    ("UA", "uric acid ("),
    ("AA", "ascorbic acid ("),
    # ("Al2O3", "corundum balls in "): dropped after the thirteenth round, the jars are vessels (as the die below)
    ("SnO2", "F-doped "),
    ("F", "with "),
    ("graphite", "SOLEMS, "),
    # ("BN", "pyrolitic "): dropped after the thirteenth round, a crucible is a vessel (as the die below)
    ("Ag", "without the "),  # thirteenth round: "the Ag powder", the element in a form (as "Co NPs")
    # ("graphite", "high-density "): dropped in the thirteenth round, a graphite die is an object (dev, test,
    # fresh3 and fresh9 leave their dies unlabelled; "silver ring", "platinum electrode" name the thing)
]

# The fresh13 split: 15 more train papers (``random.Random(28).sample`` of those in none of the earlier splits),
# labelled from the text before the thirteenth round's rules were written
FRESH13_SEED = 28
MN_ACETATE_4H2O = "CC(=O)[O-].CC(=O)[O-].[Mn+2].O.O.O.O"
NI_ACETATE_4H2O = "CC(=O)[O-].CC(=O)[O-].[Ni+2].O.O.O.O"
LITFSI = "[Li+].O=S(=O)([N-]S(=O)(=O)C(F)(F)F)C(F)(F)F"
TBP = "CC(C)(C)c1ccncc1"
FRESH13_LABELS: dict[str, dict] = {
    "Mn(CH3COO)2*4H2O": {"smiles": MN_ACETATE_4H2O},
    "Ni (CH3COO)2*4H2O": {"smiles": NI_ACETATE_4H2O},
    "Ni(CH3COO)2*4H2O": {"smiles": NI_ACETATE_4H2O},
    "MgSO4*7H2O": {"smiles": "[Mg+2].[O-]S(=O)(=O)[O-].O.O.O.O.O.O.O"},
    "LiOH*H2O": {"smiles": LIOH_H2O},
    "Mn": {"smiles": "[Mn]", "formula": "Mn"},  # "cationic ratio of Mn:Mg", "Ni:Mn": the elements
    "Mg": {"smiles": "[Mg]", "formula": "Mg"},  # and the dopant of "Mg-doped spinel"
    "Ni": {"smiles": "[Ni]", "formula": "Ni"},
    "LiNi0.5Mn1.5O4": {"formula": "LiNi0.5Mn1.5O4"},
    "Mg0.05Mn1.95(OH)4": {"formula": "Mg0.05Mn1.95O4H4"},
    "Li2Mn4O9": {"formula": "Li2Mn4O9"},
    "Li4Mn5O12": {"formula": "Li4Mn5O12"},
    "LiMg0.05Mn1.95O4": {"formula": "LiMg0.05Mn1.95O4"},
    "Li ion": {"smiles": "[Li+]"},
    "N2": {"smiles": "N#N", "formula": "N2"},
    "water": {"smiles": "O"},
    "H2O": {"smiles": "O", "formula": "H2O"},  # "Cu:CTAB:H2O:N2H4"
    "Ce": {"smiles": "[Ce]", "formula": "Ce"},  # "The molar ratios of Ce/Nb"
    "Nb": {"smiles": "[Nb]", "formula": "Nb"},
    "niobium chloride": UNKNOWN,  # niobium(V) or a lower chloride: not said (as the test split's "iron nitrate")
    "cerium nitrate": UNKNOWN,  # cerium(III) or (IV): not said
    "Nb2O5": {"formula": "Nb2O5"},
    "CeO2": {"formula": "CeO2"},
    "methanol": {"smiles": "CO"},
    "ammonia": {"smiles": "N"},
    "Cl-": {"smiles": "[Cl-]"},
    "AgNO3": {"smiles": "[Ag+].[O-][N+](=O)[O-]", "formula": "AgNO3"},
    "graphite flakes": {"formula": "C", "core": "graphite"},
    "H2SO4": {"smiles": "O=S(=O)(O)O", "formula": "H2SO4"},
    "KMnO4": {"formula": "KMnO4"},
    "H2O2": {"smiles": "OO", "formula": "H2O2"},
    "Hydrogen peroxide": {"smiles": "OO"},
    "hydrochloric acid": {"smiles": "Cl"},
    "Co(NO3)2": {"formula": "CoN2O6"},
    "cobalt hydroxide": {"formula": "CoH2O2"},  # "C ... represent cobalt hydroxide": the product, Co(OH)2
    "SLFO4": UNKNOWN,  # an abbreviation the paragraph does not expand (as fresh12's "LVP")
    "SLFO4 - δ": UNKNOWN,  # the same with its oxygen deficit (as fresh12's "Sr0.7Ho0.3CoO3-δ", kept whole)
    "La2O3": {"formula": "La2O3"},
    "SrCO3": {"formula": "SrCO3"},
    "Fe2O3": {"formula": "Fe2O3"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "V2O5": {"formula": "V2O5"},
    "LiNO3": {"smiles": "[Li+].[O-][N+](=O)[O-]", "formula": "LiNO3"},
    "ethanol": {"smiles": "CCO"},
    "Ar": {"smiles": "[Ar]", "formula": "Ar"},
    "argon": {"smiles": "[Ar]", "formula": "Ar"},
    "NH4F": {"smiles": "[NH4+].[F-]", "formula": "NH4F"},
    "CeCl3": {"formula": "CeCl3"},
    "Sm(NO3)3": {"formula": "SmN3O9"},
    "Gd(NO3)3": {"formula": "GdN3O9"},
    "EDTA": {"smiles": "OC(=O)CN(CCN(CC(=O)O)CC(=O)O)CC(=O)O"},
    "citric acid": {"smiles": "OC(=O)CC(O)(CC(=O)O)C(=O)O"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Si": {"smiles": "[Si]", "formula": "Si"},  # Si powder; "Si-containing": the element
    "glucose": UNKNOWN,  # the paragraph does not say which form
    "acetylene": {"smiles": "C#C"},
    "carbon": {"formula": "C"},  # the carbon source, the carbon coating, the carbon content
    "Li2SO4": {"smiles": "[Li+].[Li+].[O-]S(=O)(=O)[O-]", "formula": "Li2SO4"},
    "Fe(NO3)3*9H2O": {"formula": "FeN3O18H18"},
    "P2O5": {"formula": "P2O5"},
    "ethylene glycol": {"smiles": "OCCO"},
    "EG": {"smiles": "OCCO"},
    "C2H4": {"smiles": "C=C", "formula": "C2H4"},
    "hydrogen hexachloroplatinate": {"formula": "H2PtCl6"},
    "isopropyl alcohol": {"smiles": "CC(C)O"},
    # "Graphitic flake (GF; KS6, Timcal) powder": the annotators marked the adjective; the flakes are graphite,
    # and GF is defined in the paragraph as them (as fresh10's "Graphene (G)")
    "Graphitic": {"formula": "C"},
    "GF": {"formula": "C"},
    "GFs": {"formula": "C"},
    "hexane": {"smiles": "CCCCCC"},
    "Gd0.7Sr0.3CoO3": {"formula": "Gd0.7Sr0.3CoO3"},
    "Gd2O3": {"formula": "Gd2O3"},
    "Co3O4": {"formula": "Co3O4"},
    # "less oxygen deficiency" (the element) and "oxygen pressure", "oxygen atmosphere" (the gas): one string,
    # no single structure to judge (as fresh10's "nitrogen"); it counts for recall
    "oxygen": UNKNOWN,
    "CH2Cl2": {"smiles": "ClCCl", "formula": "CH2Cl2"},
    "ethyl acetate": {"smiles": "CCOC(C)=O"},
    "diethyl": {"smiles": "CCOCC"},  # "diethyl or dibutyl ether": diethyl ether, elliptical
    "dibutyl ether": {"smiles": "CCCCOCCCC"},
    "HmimOAc": {"smiles": "Cn1cc[nH+]c1.CC(=O)[O-]"},  # 1-methylimidazolium acetate, a protic ionic liquid
    "H2mpyrOAc": UNKNOWN,  # an ionic liquid (an acetate) whose cation the paragraph does not expand
    "bmimBF4": {"smiles": "CCCCn1cc[n+](C)c1.F[B-](F)(F)F"},
    "KHSO5": {"smiles": "[K+].[O-]S(=O)(=O)OO", "formula": "KHSO5"},
    "Ti": {"smiles": "[Ti]", "formula": "Ti"},  # Ti disks and sheet
    "HCl": {"smiles": "Cl", "formula": "HCl"},
    "TiO2": {"formula": "TiO2"},
    "Ammonium metatungstate, hydrate": UNKNOWN,  # (NH4)6H2W12O40 . x H2O: the water count is not said
    "(NH4)6H2W12O40*xH2O": UNKNOWN,
    "cupric chloride": {"formula": "CuCl2"},  # "anhydrous cupric chloride" (a grade word before it)
    "CuCl2": {"formula": "CuCl2"},
    "cetyltrimethylammonium bromide": {"smiles": CTAB},
    "CTAB": {"smiles": CTAB},
    "hydrazine": {"smiles": "NN"},
    "N2H4": {"smiles": "NN", "formula": "N2H4"},
    "ammonium hydroxide": {"smiles": "[NH4+].[OH-]"},
    "NH4OH": {"smiles": "[NH4+].[OH-]", "formula": "NH5O"},
    "cyclohexane": {"smiles": "C1CCCCC1"},
    "acetonitrile": {"smiles": "CC#N"},
    "ACN": {"smiles": "CC#N"},
    "Cu(II)": {"smiles": "[Cu+2]"},  # "Cu(II) nanoclusters": an oxidation number (as fresh's "Mn(II)")
    "WO3": {"formula": "WO3"},
    "Cu": {"smiles": "[Cu]", "formula": "Cu"},  # "precursors of Cu and W", "Cu:CTAB:H2O:N2H4": the element
    "W": {"smiles": "[W]", "formula": "W"},
    "Indium nitrate hydrate": UNKNOWN,  # In(NO3)3 . x H2O: the water count is not said
    "indium nitrate hydrate": UNKNOWN,
    "In(NO3)3*xH2O": UNKNOWN,
    "indium acetylacetonate": {"formula": "InC15H21O6"},
    "In(AcAc)3": {"formula": "InC15H21O6"},
    "indium chloride": {"formula": "InCl3"},
    "InCl3": {"formula": "InCl3"},
    "indium": {"smiles": "[In]", "formula": "In"},  # "The indium precursor solution": the element's source
    "PCBM": UNKNOWN,  # [6,6]-phenyl-C61-butyric acid methyl ester: one molecule, its SMILES not written here
    "bis(trifluoromethane)sulfonamide lithium": {"smiles": LITFSI},
    "Li-TFSI": {"smiles": LITFSI},
    "Li-TFSi": {"smiles": LITFSI},
    "dimethylsulfoxide": {"smiles": "CS(C)=O"},
    "DMSO": {"smiles": "CS(C)=O"},
    "dimethylformamide": {"smiles": "CN(C)C=O"},
    "DMF": {"smiles": "CN(C)C=O"},
    "diethyl ether": {"smiles": "CCOCC"},
    "toluene": {"smiles": "Cc1ccccc1"},
    "4-tert-butylpyridine": {"smiles": TBP},
    "tBP": {"smiles": TBP},
    "chlorobenzene": {"smiles": "Clc1ccccc1"},
    "CB": {"smiles": "Clc1ccccc1"},
    "PbI2": {"formula": "PbI2"},
    "Methylammonium iodide": {"smiles": "C[NH3+].[I-]"},
    "MAI": {"smiles": "C[NH3+].[I-]"},
    "CH3NH3PbI3": {"formula": "CH6NPbI3"},
    "Li": {"smiles": "[Li]", "formula": "Li"},  # "For Li-doping": the dopant element
    # no single structure: Ar/H2 and C2H4/Ar (pairs with an element), SrCO3/Fe2O3 (two solids written as one
    # token, "preheated at 1000 and 300 degC, respectively": kept whole as fresh11's slash lists of solids), the
    # Mn-Mg and Ni-Mn solutions (of two salts), the coprecipitates
    # Mg0.05Mn1.95(OH)4-Ni0.5Mn1.5(OH)4 and Mg0.05Mn1.95(OH)4-Mn(OH)2 (coated composites), spinel, LixV2O5 (a
    # variable composition), the cerium-niobium mixed oxides, graphene oxide, Ln(NO3)3, LnF3, the lanthanide
    # doped fluorides, polycarboxylic acid, phosphate ("the phosphate sources"), ketone(s), lactones, ionic
    # liquid and IL(s) (classes), Oxone(r) (a triple salt of KHSO5, KHSO4 and K2SO4), the composites Si@C,
    # Si@C@CNT, Si@C@CNT@C, Si oxide-coated graphite, SGF(s), P3HT/PCBM, CNT, pitch, the polymers
    # polymethylhydrosiloxane, divinyl polydimethylsiloxane, P3HT (and "regioregular"), PEDOT:PSS (and its grade
    # AI 4083), Poly(triaryl amine), PTAA, Triton X-100, sodium titanate (its composition not said), and generic
    # words (chemicals, materials, reagents, solution(s), mixture, precipitant, precipitate(s), suspension(s),
    # sediment(s), precursor(s), product(s), powder(s), compound, oxide, gas, solvent, filtrate, sample(s),
    # particles, flakes, pellets, Nanowires, They, ions, air, dispersion)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH13_ADDED: list[tuple[str, str]] = [
    ("Nb2O5", "namely "),
    ("CeO2", "Nb2O5 and "),
    ("cobalt hydroxide", "number represent "),
    ("bmimBF4", "ethyl acetate ("),
    ("HmimOAc", "dibutyl ether ("),
    ("Mg", "water for "),  # "Mg-doped spinel": the dopant element
    ("carbon", "μm, "),  # "carbon content about 5.2%": the element's content
]

# The fresh14 split: the last 5 train papers, those in none of the earlier splits (``random.Random(29).sample``
# of them takes them all: fewer than 15 were left), labelled from the text before the thirteenth round's rules
FRESH14_SEED = 29
FRESH14_LABELS: dict[str, dict] = {
    "disodium hydrogen phosphate": {"smiles": "[Na+].[Na+].OP(=O)([O-])[O-]"},
    "potassium dihydrogen phosphate": {"smiles": "[K+].OP(=O)(O)[O-]"},
    "sodium tetraborate": {"formula": "Na2B4O7"},
    "boric acid": {"smiles": "OB(O)O"},
    "phosphoric acid": {"smiles": "O=P(O)(O)O"},
    "acetic acid": {"smiles": "CC(=O)O"},
    "NaOH": {"smiles": "[Na+].[OH-]", "formula": "NaOH"},
    "Ferrocene": {"smiles": "[cH-]1cccc1.[cH-]1cccc1.[Fe+2]"},
    "diethyl ether": {"smiles": "CCOCC"},
    # a commercial diazonium salt (of 1-aminoanthraquinone) whose counter-salt the paragraph does not say: a
    # structure, no label to judge
    "Fast Red Al Salt": UNKNOWN,
    "N2": {"smiles": "N#N", "formula": "N2"},
    "Water": {"smiles": "O"},
    "water": {"smiles": "O"},
    "H2O": {"smiles": "O", "formula": "H2O"},
    "MgSO4": {"smiles": "[Mg+2].[O-]S(=O)(=O)[O-]", "formula": "MgSO4"},
    "alumina": {"formula": "Al2O3"},  # the basic alumina of the column; an alumina crucible (as fresh12's jars)
    "LiMnPO4": {"formula": "LiMnPO4"},
    "graphite": {"formula": "C"},  # graphite powder; a graphite die (as fresh12's)
    "MnSO4": {"smiles": "[Mn+2].[O-]S(=O)(=O)[O-]", "formula": "MnSO4"},
    "NMP": {"smiles": "CN1CCCC1=O"},
    "Li3PO4": {"formula": "Li3PO4"},
    "LiOH": {"smiles": "[Li+].[OH-]", "formula": "LiOH"},
    "H3PO4": {"smiles": "O=P(O)(O)O", "formula": "H3PO4"},
    "ethanol": {"smiles": "CCO"},
    "Ga": {"smiles": "[Ga]", "formula": "Ga"},  # "from elements Ga, Ge and Te"
    "Ge": {"smiles": "[Ge]", "formula": "Ge"},  # the elements; Ge nanoparticles; "the loading amount of Ge"
    "Te": {"smiles": "[Te]", "formula": "Te"},
    "hexane": {"smiles": "CCCCCC"},
    # tetraethyl orthogermanate: the paragraph does not expand the abbreviation, but it converts TEOG "to GeO2
    # and the evaporation of ethanol byproduct" (Ge(OEt)4, as TEOS is Si(OEt)4)
    "TEOG": {"smiles": "CCO[Ge](OCC)(OCC)OCC"},
    "GeO2": {"formula": "GeO2"},
    "H2": {"smiles": "[H][H]", "formula": "H2"},
    "urea": {"smiles": "NC(N)=O"},
    "g-C3N4": {"formula": "C3N4", "core": "C3N4"},  # a phase prefix is not part of the name (as "α-Al2O3")
    "C3N4": {"formula": "C3N4"},
    "Pd(NO3)2": {"formula": "PdN2O6"},
    "NaBH4": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4"},
    # "the molar ratio of n(Pd(NO3)2):n(NaBH4)", "n(Pd):n(C3N4)": the amount sign n( ) is not part of the name
    "n(Pd(NO3)2)": {"formula": "PdN2O6", "core": "Pd(NO3)2"},
    "n(NaBH4)": {"smiles": "[BH4-].[Na+]", "formula": "NaBH4", "core": "NaBH4"},
    "n(Pd)": {"smiles": "[Pd]", "formula": "Pd", "core": "Pd"},
    "n(C3N4)": {"formula": "C3N4", "core": "C3N4"},
    # no single structure: petroleum ether (a mixture), Graphite oxide and GO, Ga1+xGe1-xTe and GaGeTe1-y
    # (variable compositions), OMC (ordered mesoporous carbon, a material), the composites Ge/OMC, GeO2/C,
    # C3N4-Pd and the sample codes C3N4-Pd-1% (3%, 5%, 10%), and generic words (chemicals, solution(s),
    # compound, solvent, residue, supernatant, suspension, products, Products, resultant, elements, mixture,
    # product, air)
}
# Chemical mentions the annotators did not mark, found by reading the paragraphs (not the finder's output)
FRESH14_ADDED: list[tuple[str, str]] = [
    ("alumina", "basic "),
    # ("graphite", "technique in a "), ("alumina", "50 mL "): a die and a crucible, dropped after the thirteenth
    # round settled that vessels and dies named by their material are objects (fresh12's die, jars, crucible)
    ("TEOG", "adding amount of "),
    ("Ge", "loading amount of "),
]
