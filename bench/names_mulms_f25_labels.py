"""Gold chemical-name spans and structures of the fresh25 set of the names evaluation (see docs/names.md).

The text: 40 more sentences of fresh15's pool of MuLMS sentences of sample preparation (``names_mulms_labels.py``;
boschresearch/mulms-az-codi2023, commit 21cc89f, ``data/mulms_corpus/xmi/*.xmi``; corpus CC BY-SA 4.0, each
paper CC BY 3.0 or 4.0), kept verbatim in ``tests/data/names/mulms_f25_sentences.tsv``:
``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences
(``tests/data/names/mulms_pool.txt``) that are in none of fresh15's to fresh24's samples (76), in the pool's
order; stored in the sample's order, each after its paper's name and its offset in the paper's text.

Every chemical mention of every sentence was marked for this evaluation, by hand, from the text alone, with the
finder never run on them, by the conventions of fresh15 to fresh24 (``names_mulms_labels.py`` to
``names_mulms_f24_labels.py``): a metal's form is the metal ("Ti+Pt", "Pt sheet", "Ir black", "WP Ir", "Ir
electrode loading"); an element named as its source is the element ("CCl4 as carbon source", as fresh15's
"carbon precursor"); the gases of a procedure's designation are the gases ("H2-CVD-N2", as fresh15's "NO" and
"N2" of annealed samples), the sample codes "N2LSA", "N2LDF", "N2PNN" and "DLWT" are no formula; the elements of
an atomic ratio are marked ("Si/H2"), the ratio's letters "I/C" are not; the "Si or C atoms" of a simulated
surface are constituents, as fresh16's "silicon and carbon atoms"; the trade mark sign and the grade of
"Nafion® 212" are no part of the span (as fresh18's "Nafion®"); the "steam electrode" is a part of the cell, as
fresh22's, and the TEM "Au grid" an object, as fresh17's "TEM Au grid"; the "4H-" of "4H-SiC" is no part of the
span. A text that fresh15 to fresh24 mark has their label, taken from there ("BZCYN" keeps its label, counting
for recall only, though the sentence expands it, as fresh23's "SDC"); a text that the materials sets label has
their label: "argon". And these choices for what none of them met:

* "C/Siand(ClorBr)/Siratios" (the corpus's text runs these words together) is not marked: no word boundary
  sets its element symbols off, so the span would cut a word;
* materials without one structure: "CDC" (the carbide-derived carbon of a "CDC layer", as "GO"; fresh20's and
  fresh22's "CDC process" is a process), "Teflon" of the "Teflon membrane" the ink is spread on (a polymer, as
  "PTFE"; fresh22's "Teflon reactor" is an object), "Fe- Mn-N-C" (a doped carbon catalyst, as fresh24's
  "Fe–N–C"; one mention though broken by a hyphenation space, as fresh17's "NiCo- FeP"), "soda-lime glass" (a
  named glass as one mention, as fresh18's "soda-lime silica float glass"), "FeB" of "FeB pairs" (the
  iron-boron defect pair of a silicon wafer, not the boride);
* "CuSO4·5H2O" and "Copper (II) sulfate pentahydrate" are the ions with their water, as fresh20's nitrate
  hydrates; the "Cu" of a "spurious Cu signal" is the element detected.
"""

import names_gold_labels as materials
import names_mulms_f16_labels as fresh16
import names_mulms_f17_labels as fresh17
import names_mulms_f18_labels as fresh18
import names_mulms_f19_labels as fresh19
import names_mulms_f20_labels as fresh20
import names_mulms_f22_labels as fresh22
import names_mulms_f23_labels as fresh23
import names_mulms_labels as fresh15

NONE = fresh15.NONE
UNKNOWN = fresh15.UNKNOWN

APPARATUS = ("steam electrode", "Au grid")
"""Phrases that name a part of a cell or an object, not a chemical."""

SAMPLE_SEED = 61
"""``random.Random(SAMPLE_SEED).sample(rest, 40)``, ``rest`` the indices of the pool's 506 sentences that are in
none of fresh15's to fresh24's samples, in the pool's order; the sentences are stored in the sample's order."""

SIZE = 40
"""Sentences in the sample."""

SHARED15 = (
    "carbon", "LSC", "Ti", "Pt", "WO3", "ITO", "iron", "nitrogen", "Ir", "Si", "H2", "N2", "SiO2", "air", "SiC",
    "Cu-N-rGO",
)  # fmt: skip
"""Texts that fresh15 marks: their labels are fresh15's."""

SHARED16 = ("YSZ", "O2", "PTFE", "Nafion", "HF", "ZrO2")
"""Texts that fresh16 marks (and fresh15 does not): their labels are fresh16's."""

SHARED17 = ("BZCYN", "SDC", "glassy carbon", "Cu")
"""Texts that fresh17 marks (and neither fresh15 nor fresh16 does): their labels are fresh17's."""

SHARED18 = ("CCl4", "manganese")
"""Texts that fresh18 marks (and none of fresh15 to fresh17 does): their labels are fresh18's."""

SHARED19 = ("Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ",)
"""Texts that fresh19 marks (and none of fresh15 to fresh18 does): their labels are fresh19's."""

SHARED20 = ("A-CIGS",)
"""Texts that fresh20 marks (and none of fresh15 to fresh19 does): their labels are fresh20's."""

SHARED22 = ("ammonia",)
"""Texts that fresh22 marks (and none of fresh15 to fresh21 does): their labels are fresh22's."""

SHARED23 = ("Urea",)
"""Texts that fresh23 marks (and none of fresh15 to fresh22 does): their labels are fresh23's."""

COPPER_SULFATE = {"smiles": "[Cu+2].[O-]S([O-])(=O)=O.O.O.O.O.O"}
"""Copper(II) sulfate pentahydrate: the ions with their water."""

LABELS: dict[str, dict] = {
    **{text: fresh15.LABELS[text] for text in SHARED15},
    **{text: fresh16.LABELS[text] for text in SHARED16},
    **{text: fresh17.LABELS[text] for text in SHARED17},
    **{text: fresh18.LABELS[text] for text in SHARED18},
    **{text: fresh19.LABELS[text] for text in SHARED19},
    **{text: fresh20.LABELS[text] for text in SHARED20},
    **{text: fresh22.LABELS[text] for text in SHARED22},
    **{text: fresh23.LABELS[text] for text in SHARED23},
    # elements and gases
    "argon": materials.DEV_LABELS["argon"],
    # salts
    "CuSO4·5H2O": COPPER_SULFATE,
    "Copper (II) sulfate pentahydrate": COPPER_SULFATE,
    # materials without one structure
    "CDC": NONE,
    "Teflon": NONE,
    "Fe- Mn-N-C": NONE,
    "soda-lime glass": NONE,
    "FeB": NONE,
}

MENTIONS: dict[str, list[str | tuple[str, str]]] = {
    "semi_05:17547": [],
    "oastm_02:6978": ["carbon", "CCl4", "CDC"],  # "CDC layer": the carbide-derived carbon
    "sofc_03:11384": ["YSZ", "LSC", "Ti", "Pt"],  # "Ti+Pt": a list as one token
    "oastm_11:12503": [],
    "pemfc_03:7462": [],
    "pemfc_02:11665": ["Teflon"],  # "Teflon membrane": the polymer the ink is spread on
    "sofc_03:14119": ["O2"],
    "electrolysis_01:29178": ["WO3", "ITO"],
    "semi_05:16992": [],
    "pemfc_03:28959": ["PTFE"],
    "sofc_01:6572": ["Ba(Zr0.4Ce0.4Y0.2)0.8Ni0.2O3−δ", "BZCYN", "SDC"],
    "electrolysis_03:36057": ["Nafion"],  # "Nafion®": the trade mark sign is no part of the span
    # "N2LSA", "N2LDF", "N2PNN": sample codes; "Fe- Mn-N-C": one mention broken by a hyphenation space
    "pemfc_10:9057": ["Urea", "manganese", "iron", "Fe- Mn-N-C", "HF", "ammonia", "nitrogen"],
    "oastm_11:14231": ["iron"],  # "transition metal": a class
    "oastm_02:5172": ["CCl4", "carbon"],  # "carbon source": the element
    "electrolysis_03:39037": ["glassy carbon", "Ir", "Ir"],  # "Ir electrode loading", "Ir black": the metal
    "semi_05:15258": [],  # "Si or C atoms": constituents of a simulated surface
    "pemfc_03:7128": ["PTFE"],
    "electrolysis_01:13200": ["argon"],
    "oastm_11:16626": ["FeB"],  # "FeB pairs": the iron-boron defect pair
    "pemfc_03:16538": ["ZrO2"],
    "electrolysis_03:7482": [],
    "semi_04:5650": ["H2", "N2", "H2", "SiO2", "N2"],  # "H2-CVD-N2": the gases of a procedure's designation
    "electrolysis_03:42540": ["Ir", "Nafion"],  # "WP Ir"; "Nafion® 212": its sign and grade no part of the span
    "semi_05:12396": [],
    "electrolysis_01:14169": ["A-CIGS", "soda-lime glass"],
    "sofc_03:12055": ["Pt"],  # "Pt sheet"
    "electrolysis_03:38924": ["glassy carbon"],
    # "Si/H2": a ratio's elements; "C/Siand(ClorBr)/Siratios": words run together, no symbol set off
    "semi_06:6922": ["Si", "H2"],
    "pemfc_04:11478": [],  # "I/C": a ratio's letters
    "oastm_03:5218": ["air"],
    "graphene_01:28425": ["Cu"],  # "Au grid": the TEM grid, an object; "Cu signal": the element
    "semi_02:2443": ["SiC"],  # "4H-SiC"
    "sofc_04:30726": [],  # "steam electrode": a part of the cell
    "oastm_11:13597": [],
    "graphene_02:9857": [],  # "DLWT": a sample code
    "pemfc_02:19814": [],
    "sofc_04:30385": [],
    "pemfc_10:9333": [],
    "graphene_01:27130": ["Cu-N-rGO", "CuSO4·5H2O", "Copper (II) sulfate pentahydrate"],
}
