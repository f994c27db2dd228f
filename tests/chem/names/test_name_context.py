"""Context rules of the names finder, on sentences of real synthesis paragraphs (the labelled corpus)."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from chemtrove.chem.names import (
    NameFinder,
    annotate_names_detailed,
    opsin_available,
    opsin_unavailable_reason,
    parse_formula,
)
from chemtrove.chem.names.context import generic_salt
from chemtrove.chem.names.formulas import looks_like_formula
from chemtrove.chem.names.spans import FORM_NOUNS, GRADE_WORDS, compound_core

NAMES_SRC = Path(__file__).parents[3] / "src" / "chemtrove" / "chem" / "names"
GOLD = Path(__file__).parents[2] / "data" / "names"
needs_opsin = pytest.mark.skipif(not opsin_available(), reason=f"OPSIN is not installed: {opsin_unavailable_reason()}")


# ------------------------------------------------------------------------- apparatus after chemical words
def test_apparatus_nouns_make_things_not_substances(offline, names):
    assert names(offline, "The mixture was incubated and stirred in the thermostatic water bath for 12 h.") == []
    assert names(offline, "AM1.5G filter (100 mW cm-2, calibrated with a Si reference cell, emission") == []
    text = "Si (1 g) was dispersed in water and stirred, then the Si substrates were rinsed with water."
    assert names(offline, text) == ["Si", "water", "Si", "water"]  # a substrate is made of the substance


@needs_opsin
def test_apparatus_after_multiword_and_element_names(full, names):
    text = "The elements (10 g total) were loaded in 20 ml tungsten carbide jars and milled."
    assert names(full, text) == []
    assert names(full, "KOH (4 g) were loaded into sealed silver tubes and heated") == ["KOH"]


# --------------------------------------------------------------------------------- authors, not elements
def test_element_symbol_as_an_author(offline, names):
    assert names(offline, "Multilamellar MFI was done as reported by Na et al.42 to produce PMFI") == []
    assert names(offline, "following the route of X. Li and the method of Li's group") == []
    text = "The elements, Ba (rod, 99+%), Se (shots, 99.999%) and Cr (powder)"
    assert names(offline, text) == ["Ba", "Se", "Cr"]  # an English-word symbol with its form in brackets


# ----------------------------------------------------------------------------------- hydrate notation
def test_hydrate_part_after_a_count_is_not_water(offline, names):
    text = "Nickel acetate [Ni(Ac)2\u00b74 H2O] and manganese acetate were mixed in H2O (20 mL)."
    found = names(offline, text)
    assert found.count("H2O") == 1 and text.rindex("H2O") == text.index("H2O (20")


def test_formula_with_a_spaced_hydrate_is_one_formula(offline):
    text = "Then 0.5 g of CuSO4 5H2O was dissolved in 20 mL of water."
    match = next(m for m in offline.find(text) if m.kind == "formula")
    assert match.name == "CuSO4 5H2O" and match.formula == parse_formula("CuSO4\u00b75H2O").reduced


# ----------------------------------------------------------------------------------- formula plausibility
def test_abbreviations_are_not_formulas(offline, names):
    text = "then 0.06 g of PMo for (I), 0.1 g of PW for (II), 0.1 g of SiW for (III) were added"
    assert names(offline, text) == []
    assert not looks_like_formula("PBSCF05") and not looks_like_formula("BSCF5582")
    assert [looks_like_formula(w) for w in ("BaSe", "TiN", "NiTi", "GaAs", "Ba0.5Sr0.5")] == [True] * 5
    assert parse_formula("BaSe") is not None and parse_formula("SiW") is None


def test_trivial_oxide_names_and_morphology_prefixes(offline):
    text = "Nanosized ceria and zirconia were synthesized; micro-/nano-V2O5 spheres grew on alumina crucibles."
    found = {m.name: m for m in offline.find(text)}
    assert found["ceria"].formula == "CeO2" and found["zirconia"].formula == "ZrO2"
    assert found["V2O5"].formula == "V2O5" and "alumina" not in found


# ---------------------------------------------------------------------------------------------- ratios
def test_element_symbols_of_a_ratio(offline, names):
    text = "lithium acetate was added at a molar ratio of Li/Ni/Mn=2.1:1:3 (5 % excess Li source)"
    at = text.index("Li/")
    in_ratio = [m.name for m in offline.find(text) if at <= m.start < at + 8]
    assert in_ratio == ["Li", "Ni", "Mn"]
    assert names(offline, "with a Zn/Co molar ratio of 1:2 were added") == ["Zn", "Co"]
    assert names(offline, "to form the nanocrystalline Cu/ZnO powder") == []  # a composite, not a ratio
    found = {m.name: m.formula for m in offline.find("zeolites with a C/N ratio of 4 and Si/Al ratios of 15")}
    assert found == {"C": "C", "N": "N2", "Si": "Si", "Al": "Al"}


# ------------------------------------------------------------------------------- defined abbreviations
@needs_opsin
def test_an_abbreviation_defined_after_a_molecule_takes_its_structure(full):
    text = "1 M LiPF6 in ethylene carbonate (EC) and dimethyl carbonate (DMC) (1:1). EC was dried; DMC too."
    found = [(m.name, m.smiles, m.kind) for m in full.find(text)]
    assert ("EC", "O=C1OCCO1", "abbreviation") in found and ("DMC", "COC(=O)OC", "abbreviation") in found
    assert sum(name == "EC" for name, *_ in found) == 2


def test_a_material_code_defined_after_a_formula_is_not_tagged(offline, names):
    text = "a La0.9Sr0.1Ga0.8Mg0.2O3-\u03b4 (LSGM) electrolyte supported cell; the LSGM powder was pressed"
    assert names(offline, text) == ["La0.9Sr0.1Ga0.8Mg0.2O3-\u03b4"]


# --------------------------------------------------------------------------- names longer than read
def test_salt_and_catalogue_names_longer_than_what_resolves(offline, names):
    assert names(offline, "Propidium iodide, LysoTracker, MitoTracker and Hoechst were obtained from Gibco.") == []
    assert names(offline, "were mixed with oxalic acid dehydrate chelating agent") == []
    assert names(offline, "and sodium citrate tribasic dehydrate (>=99.0% purity) were purchased") == []
    assert names(offline, "the oxalic acid was dissolved") == ["oxalic acid"]


@needs_opsin
def test_polymer_brackets_and_hyphenated_reagent_pairs(full, names):
    # graphene is the element since the thirteenth round; the polymer stays unread
    assert names(full, "graphene 10.5 mg, poly(vinyl pyrrolidone) (PVP) 40 mg, and water") == ["graphene", "water"]
    assert names(full, "were synthesized using a glycine-nitrate process (GNP).") == []


# ------------------------------------------------------------------------------------ span convention
def test_span_convention_grade_and_form_words():
    for span, core in [
        ("anhydrous N,N-dimethylformamide", "N,N-dimethylformamide"),
        ("deionized water", "water"),
        ("TiN NPs", "TiN"),
        ("sulfate ions", "sulfate"),
        ("acetic acid", "acetic acid"),
    ]:
        assert span[slice(*compound_core(span))] == core


@pytest.mark.parametrize(
    "name",
    [
        "materials_gold.jsonl",
        "materials_dev_gold.jsonl",
        "materials_fresh_gold.jsonl",
        "materials_fresh4_gold.jsonl",
        "materials_fresh5_gold.jsonl",
        "materials_fresh6_gold.jsonl",
        "materials_fresh7_gold.jsonl",
    ],
)
def test_labelled_sets_follow_the_span_convention(name):
    rows = [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]
    spans_with_structure = [e for r in rows for e in r["entities"] if e["structure"]]
    assert len(spans_with_structure) > 150
    for row in rows:
        for e in row["entities"]:
            assert row["text"][e["start"] : e["end"]] == e["text"]
            if e["structure"]:
                words = e["text"].lower().split()
                assert words[0] not in GRADE_WORDS and (len(words) == 1 or words[-1] not in FORM_NOUNS), e


@needs_opsin
def test_finder_spans_leave_grade_words_out(full, names):
    text = "PbI2 was dissolved in anhydrous N,N-dimethylformamide and deionized water."
    assert names(full, text) == ["PbI2", "N,N-dimethylformamide", "water"]


def test_names_modules_use_real_module_names():
    for path in NAMES_SRC.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom | ast.Import):
                assert all(a.asname is None or len(a.asname) > 2 for a in node.names), (path.name, node.lineno)


# ----------------------------------------------------------------------- units, salt tails, spaced names
def test_element_symbols_after_numbers_are_units(offline, names):
    text = "with passing 4 sccm SiH4 and 20 sccm Ar at a pressure of 100 Pa. The core was removed at 600 Pa"
    assert names(offline, text) == ["SiH4", "Ar"]


@needs_opsin
def test_salt_tails_without_their_cation(full, names):
    assert names(full, "Tiapride hydrochloride of 99% purity was supplied by the company") == []
    # a cation the lexicon knows makes the salt whole
    text = "Propranolol hydrochloride of 99% purity was supplied by the company"
    assert names(full, text) == ["Propranolol hydrochloride"]
    text = "Sulfuric acid, anhydrous sodium sulfate and ferrous sulfate heptahydrate were analytical grade"
    found = {m.name: m.smiles for m in full.find(text)}
    assert found["ferrous sulfate heptahydrate"] == "O.O.O.O.O.O.O.O=S(=O)([O-])[O-].[Fe+2]"
    assert list(found) == ["Sulfuric acid", "sodium sulfate", "ferrous sulfate heptahydrate"]
    assert names(full, "Sodium titanate nanoflowers (STNFs) were synthesized via hydrothermal reaction") == []


@needs_opsin
def test_spaced_multiplying_prefix_and_plural_acids(full):
    text = "NaOH (R&M Chemicals, India), titanium tetra isopropoxide (TTIP) (Acros Organic, Germany) and methanol"
    found = [m.name for m in full.find(text)]
    assert found == ["NaOH", "titanium tetra isopropoxide", "TTIP", "methanol"]
    found = {m.name: m.smiles for m in full.find("Oxamic and oxalic acids were analytical grade from Panreac.")}
    assert found == {"oxalic acids": "O=C(O)C(=O)O"}


@needs_opsin
def test_structures_of_several_neutral_molecules_are_several_names(full):
    found = [(m.name, m.smiles) for m in full.find("The pH was adjusted to 6 with ammonia water (NH3*H2O).")]
    assert found[:2] == [("ammonia", "N"), ("water", "O")]
    assert full.resolve("ammonia hydroxide") is None  # OPSIN's N.[OH-]: charges that do not add up
    assert full.resolve("hydroxylamine hydrochloride") == "Cl.NO"
    assert full.resolve("hydrazine monohydrate") == "NN.O"


@needs_opsin
def test_a_misread_salt_name_gives_no_name_and_class_salts_are_not_compounds(full, names):
    assert names(full, "and 10 ml ammonia hydroxide was then added as chelating agent") == []
    text = "formation of transition-metal hydroxide (Ni0.35Mn0.65(OH)2) and subsequent reaction"
    assert names(full, text) == ["Ni0.35Mn0.65(OH)2"]


def test_abbreviations_over_a_long_text_do_not_overlap_names(offline):
    text = "Stir in dimethyl sulfoxide (DMSOX) and DMSOX with DCM; dimethyl sulfoxide-DMSOX stays. " * 2000
    found = offline.find(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))
    assert sum(m.kind == "abbreviation" for m in found) == 2 * 2000
    assert all(m.smiles == "CS(C)=O" for m in found if m.kind == "abbreviation")


# ------------------------------------------------------------- generic salt names: found, no single structure
GENERIC_SALT_SENTENCES = [
    "Sodium hydroxide and sodium silicate were chosen as alkali activators in this investigation.",
    "For all mixtures, the weight of the sodium silicate to sodium hydroxide solution was fixed at 2.5 for fly "
    "ash based geopolymer [11].",
    "Geopolymer samples were prepared by dissolving potassium hydroxide pellets, supplied by VWR (Belgium) (85.2% "
    "pure), into a commercial potassium silicate solution (Si/K = 1.7) supplied by ChemLab (Belgium).",
]


@needs_opsin
@pytest.mark.parametrize("text", GENERIC_SALT_SENTENCES)
def test_generic_silicate_is_a_mention_without_a_structure(full, text, names):
    """OPSIN reads "sodium silicate" as Na4SiO4; the papers mean water glass: no structure, and neither the
    cation nor the anion alone is tagged in its place."""
    salt = "sodium silicate" if "sodium silicate" in text else "potassium silicate"
    found = names(full, text)
    assert salt not in found and not {"sodium", "potassium", "silicate"} & set(found)
    unresolved = [m for m in full.find(text, include_unresolved=True) if m.kind == "unresolved"]
    assert [(m.name, m.smiles, text[m.start : m.end]) for m in unresolved] == [(salt, None, salt)]
    if "hydroxide" in text:
        assert any(n.lower().endswith(" hydroxide") for n in found)  # a fixed anion stays resolved


@needs_opsin
def test_generic_salt_names_are_reported_as_unresolved(full):
    annotation = annotate_names_detailed(GENERIC_SALT_SENTENCES[0], finder=full)
    assert "sodium silicate" in annotation.unresolved
    assert "[START_SMILES]" in annotation.text and "silicate [START_SMILES]" not in annotation.text
    assert full.resolve("sodium silicate") is None and full.resolve("Sodium borate") is None
    assert full.resolve("sodium hexafluorosilicate") == "F[Si-2](F)(F)(F)(F)F.[Na+].[Na+]"  # a prefixed anion
    assert full.resolve("potassium chromate") is not None  # a stem whose anion is fixed


def test_generic_salt_rule_reads_stems_not_sentences():
    generic = ["sodium silicate", "Sodium borate", "ammonium molybdate tetrahydrate", "lithium manganate", "silicate"]
    fixed = ["sodium metasilicate", "sodium orthovanadate", "sodium tetraborate", "potassium manganate(VI)"]
    fixed += ["sodium hexafluorosilicate", "sodium sulfate", "sodium phosphate", "potassium permanganate"]
    assert all(generic_salt(n) for n in generic)
    assert not any(generic_salt(n) for n in fixed)


def test_a_lexicon_entry_gives_a_generic_salt_its_structure(tmp_path):
    """What the report's unresolved list is for: a user who knows the salt means Na2SiO3 says so."""
    path = tmp_path / "lab.tsv"
    path.write_text("sodium silicate\t[Na+].[Na+].[O-][Si]([O-])=O\n")
    finder = NameFinder([str(path), "default"], opsin=opsin_available())
    found = {m.name: m for m in finder.find(GENERIC_SALT_SENTENCES[0])}
    assert found["sodium silicate"].source == "lexicon:lab.tsv"
    assert found["sodium silicate"].smiles == "O=[Si]([O-])[O-].[Na+].[Na+]"
    finder.close()


# ------------------------------------------- fourth round: trivial names, charged ions, salt names kept whole
@needs_opsin
def test_trivial_names_by_their_ending_go_to_opsin(full, names):
    text = "Bi(NO3)3*5H2O and thiourea (NH2)2S were used as precursors for Bi and S, respectively."
    found = {m.name: m.smiles for m in full.find(text)}
    assert found["thiourea"] == "NC(N)=S"
    text = "The coated particles were then dispersed in 5% glutaraldehyde (GA) aqueous solution for 30 min."
    found = [(m.name, m.smiles) for m in full.find(text)]
    assert found == [("glutaraldehyde", "O=CCCCC=O"), ("GA", "O=CCCCC=O")]
    text = "Solid ammonium metavanadate (NH4VO3, AR, >99%) and tartaric acid (C4H6O6, AR, >99%) with a molar ratio"
    assert "tartaric acid" in names(full, text)
    # English words with the same endings reach OPSIN too, and it reads none of them
    text = "The separate plate was kept at a moderate rate to determine the specific routine of the machine."
    assert names(full, text) == []


def test_ions_written_with_their_charge(offline, names):
    text = "are prone to result in the conversion of Fe3+ and Co2+ into CoFe2O4 immediately, usually leading"
    found = [(m.name, m.smiles, m.formula) for m in offline.find(text)]
    assert found[:2] == [("Fe3+", "[Fe+3]", "Fe"), ("Co2+", "[Co+2]", "Co")]
    text = "using a certified standard solution (Hg2+ 1.001 +- 0.002 g L-1 in HNO3 3 M, Merck)"
    assert names(offline, text)[0] == "Hg2+"
    assert names(offline, "protected from moisture and air, since otherwise Na+ would have been extracted") == ["Na+"]
    found = {m.name: m.formula for m in offline.find("Mn2+ ions were oxidized by OH- and NO3- in water")}
    assert found["OH-"] == "OH" and found["NO3-"] == "NO3"


def test_suspended_hyphens_and_numerals_are_not_ions(offline, names):
    # the dopants of "N- and S-doped" are the elements (the dopant convention), not the ion "N-"
    assert names(offline, "Ti- and Zr-based alloys were compared with N- and S-doped carbon") == ["N", "S"]
    assert names(offline, "Fig. 2 shows the current of type I- devices") == []


@needs_opsin
def test_two_word_salt_names_stay_whole(full):
    text = "iron(II) phthalocyanine (FePc), sodium ascorbate, hydrazine sulphate and 4-ethynylpyridine hydrochloride"
    found = {m.name: m.smiles for m in full.find(text)}
    assert found["hydrazine sulphate"] == "NN.O=S(=O)(O)O"
    assert "sodium ascorbate" in found and "[Na+]" in found["sodium ascorbate"]
    assert not {"hydrazine", "sulphate", "sodium"} & set(found)


@needs_opsin
def test_an_element_symbol_before_an_anion_word_is_its_salt(full, names):
    text = "Required amounts of Mn and Ni acetate were dissolved in water and added dropwise."
    found = {m.name: m.smiles for m in full.find(text)}
    assert found["Ni acetate"] == "CC(=O)[O-].CC(=O)[O-].[Ni+2]"
    assert "Ni" not in found and "acetate" not in found
    assert "In nitrate" not in names(full, "In nitrate solution the film dissolved.")  # "In": a preposition


@needs_opsin
def test_an_abbreviation_may_write_the_cation_as_its_symbol(full):
    text = "containing potassium hydrogen phthalate (KHP, Merck) as supporting electrolyte. KHP was dried."
    found = [(m.name, m.kind) for m in full.find(text)]
    assert found == [
        ("potassium hydrogen phthalate", "systematic"),
        ("KHP", "abbreviation"),
        ("KHP", "abbreviation"),
    ]
