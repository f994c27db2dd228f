"""Gold chemical-name spans and structures of the fresh17 set of the names evaluation (see docs/names.md).

The text: 50 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f17_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 50)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in neither fresh15's nor fresh16's sample (406), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 and fresh16 (``names_mulms_labels.py``,
``names_mulms_f16_labels.py``; a text that either marks has its label, taken from there; a text that the
materials sets label has their label: "ethanol", "KOH", "Cu", "silicon", "MeOH"; "oxygen" the gas, as the
materials sets label the gas (fresh4's "oxygen"; fresh8, fresh12 and fresh13 label an oxygen content, the
element); "acetylene black" with no structure, as there), and these
choices for what neither met:

* a polymer and its solvent written as one token are its members, as fresh16's lists: "QPAF-4-MeOH" (the binder
  solution) marks QPAF-4 and MeOH;
* doped and mixed oxides and phosphides have no structure, as fresh15's "ITO" and fresh16's "YSZ": "SDC" (the
  doped ceria scaffold), the halide-doped tin oxides "fluorine-tin-oxide" and "F-TO", "chlorine-tin-oxide" and
  "Cl-TO", "bromine-tin-oxide" and "Br-TO", "iodine-tin-oxide" and "I-TO", the ternary "NiCoFe phosphide" and
  "NiCo- FeP" (one mention though broken by a hyphenation space); "Halide-doped tin oxide", the class of them, is
  not marked; "BZCYN", a perovskite the sentence does not expand, counts for recall only (``UNKNOWN``), as
  fresh15's "LSC";
* carbon blacks by their names have no structure, as fresh15's "Ketjen black": "acetylene black", "AB800" (its
  product code), "Ketjenblack"; "n-Pt/AB800" is a supported catalyst, as "Pt/C"; the "Carbon" of "Carbon cloth"
  and the "glassy carbon" of the electrode the nanowires are transferred onto (a substrate, as fresh16's "copper
  target") are carbon, as fresh15's carbon support;
* an element named for a role is not marked, as fresh15's "silicon precursor": the "Cu" of "Cu etchant" (the
  etchant is marked, "Ammonium Persulfate"), the "water" of "water re- pellent", the "steam" of the "steam
  electrode"; nor the letters of the ionomer-to-carbon ratio "I/C" (as fresh16's atomic ratios), the "O atoms",
  "OH group" and "epoxides" of a simulated surface (constituents, groups and a class); the simulated "Cu" that
  binds to them is the element, as fresh15's dopants;
* objects are not marked, as fresh16's "Pt tip" and "corundum sample holder": the "corundum mask", the "water
  bath" (as the patent sets' baths), the "TEM Au grid with holey carbon film", the "Teflon-lined" autoclave, the
  gas diffusion layers by their product names ("PANEX30 PW03", "29BC"); the "Pt grid" contacted on a sample is
  the metal, as fresh15's "Ti+Pt grid"; "Thiourea" (capitalised) is thiourea.

Checked in the eighteenth round against the guide and the seventeenth round's decisions (docs/names.md), with no
label changed: the letters of "I/C" abbreviate the ionomer (no structure, not iodine) and the carbon support, a mass
ratio, not an atomic ratio's element symbols (which are marked: "C/Si"); the "Cu etchant" is one material, as
fresh9's "appropriate Cu etchant", the "steam electrode" as fresh16's, and "water re- pellent" a property. The
"Carbon" of "Carbon cloth" (fresh8: "Carbon paper" has no structure) and the "glassy carbon" electrode (fresh3: no
structure) disagree with the materials sets; fresh19 copies both labels, so they are left for the round that reads
it.
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("Pt tip", "water bath", "TEM Au grid", "holey carbon film")
"""Phrases that name an object, not a chemical (a probe's tip, a heating bath, a microscope's sample grid)."""

SAMPLE_SEED = 43
"""``random.Random(SAMPLE_SEED).sample(rest, 50)``, ``rest`` the indices of the pool's 506 sentences that are in
neither fresh15's nor fresh16's sample, in the pool's order; the sentences are stored in the sample's order."""

SHARED15 = (
    "Pt", "carbon", "N2", "Ar", "Ir", "Ni", "Al", "iron", "WO3", "SiC", "water", "air", "glass", "ITO", "Pt/C",
    "Pt/Cg", "QPAF-4",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("O2", "sapphire", "Nafion")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    "Carbon": fresh15.LABELS["carbon"],
    "glassy carbon": fresh15.LABELS["carbon"],
    # elements
    "boron": {"smiles": "[B]", "formula": "B"},
    "silicon": materials.FRESH_LABELS["silicon"],
    "Cu": materials.DEV_LABELS["Cu"],
    # gases, solvents and reagents
    "oxygen": materials.FRESH4_LABELS["oxygen"],
    "ethanol": materials.LABELS["ethanol"],
    "MeOH": materials.FRESH7_LABELS["MeOH"],
    "KOH": materials.DEV_LABELS["KOH"],
    "Thiourea": {"smiles": "NC(N)=S"},
    "Ammonium Persulfate": {"smiles": "[NH4+].[NH4+].[O-]S(=O)(=O)OOS(=O)(=O)[O-]"},
    # materials without one structure
    "SDC": NONE,
    "fluorine-tin-oxide": NONE,
    "F-TO": NONE,
    "chlorine-tin-oxide": NONE,
    "Cl-TO": NONE,
    "bromine-tin-oxide": NONE,
    "Br-TO": NONE,
    "iodine-tin-oxide": NONE,
    "I-TO": NONE,
    "NiCoFe phosphide": NONE,
    "NiCo- FeP": NONE,
    "acetylene black": NONE,
    "AB800": NONE,
    "n-Pt/AB800": NONE,
    "Ketjenblack": NONE,
    "BZCYN": UNKNOWN,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "electrolysis_01:32824": ["WO3", "O2", "Ar", "ITO"],
    "oastm_11:12547": ["boron"],
    "sofc_01:12043": ["SDC", "BZCYN", "BZCYN"],
    "sofc_03:14239": [],
    "electrolysis_04:20798": ["water"],
    "pemfc_08:5493": [],
    "pemfc_03:6970": [],
    "semi_08:2960": ["sapphire"],
    "sofc_02:5577": [],
    "sofc_04:32069": ["O2"],  # "steam electrode": an electrode named for its reactant
    "electrolysis_03:36190": ["Ir", "glassy carbon", "Nafion", "Cu", "Ammonium Persulfate"],  # "Cu etchant": a role
    "pemfc_07:18013": ["acetylene black", "AB800", "Pt", "n-Pt/AB800", "Ketjenblack"],
    "semi_05:13337": [],
    "pemfc_13:7279": ["QPAF-4", "MeOH"],
    "semi_05:16376": ["SiC", "silicon"],
    "electrolysis_01:14850": ["Thiourea"],  # "water bath": an object
    "pemfc_13:8833": ["QPAF-4"],
    "pemfc_07:6733": ["N2"],
    "semi_04:6098": [],  # "gate oxide": a device layer
    "pemfc_03:7076": [],
    "semi_05:18902": [],
    "semi_01:4755": [],
    "sofc_03:13566": ["Pt"],  # "corundum mask", "Pt tip": objects
    "pemfc_07:6882": [],
    "pemfc_03:8627": [],
    "graphene_01:28253": ["ethanol"],  # "TEM Au grid with holey carbon film": an object
    "electrolysis_02:11477": ["oxygen"],
    "electrolysis_03:39165": ["Ir", "Nafion"],
    "electrolysis_03:43140": ["Pt/C", "Nafion"],  # the "pt" of the unit "mgpt cm−2" is not marked
    "pemfc_03:7242": [],
    "electrolysis_04:21355": ["Ni"],  # "Teflon-lined" autoclave: an object
    "graphene_01:11219": [],
    "pemfc_13:8720": ["KOH", "water"],
    "pemfc_13:6938": [],
    "electrolysis_04:8316": ["NiCoFe phosphide", "NiCo- FeP", "Ni"],
    "sofc_04:29679": [],
    "pemfc_03:8223": ["Pt/Cg"],  # "mgPt/cm2": a unit; "I/C": a ratio's letters
    "semi_05:12482": [],
    "pemfc_13:7867": ["Carbon"],  # "water re- pellent", "SGL Carbon Group", "PANEX30 PW03", "29BC": not chemicals
    "oastm_03:7456": [
        "fluorine-tin-oxide",
        "F-TO",
        "chlorine-tin-oxide",
        "Cl-TO",
        "bromine-tin-oxide",
        "Br-TO",
        "iodine-tin-oxide",
        "I-TO",
    ],  # "Halide-doped tin oxide": the class
    "semi_04:5923": [],
    "graphene_01:30516": [],
    "electrolysis_02:13907": ["ethanol"],
    "electrolysis_02:9108": ["Pt"],
    "semi_04:6318": ["Al"],
    "electrolysis_02:13260": ["oxygen"],
    "graphene_01:30671": [],
    "graphene_01:11464": ["Cu"],  # "O atoms", "OH group", "epoxides": constituents, a group, a class
    "oastm_11:14074": ["air", "iron"],
    "oastm_03:7698": ["glass"],
}
