"""Ninth round of rules: codes read as formulas, sentences glued by a full stop or to a reference number,
names that go on to the left, bracketed complexes, polytype prefixes, acetate written "AC", "lead" with its
purity, elliptical acids, abbreviations set equal to a name, lexicon names, slash lists whose last member goes on,
formulas written with spaces. General examples, not sentences
of the labelled splits."""

from __future__ import annotations

from pymatgen.core import Composition

from chemtrove.chem.names.abbreviations import equals_abbreviation
from chemtrove.chem.names.codes import glued_sentence, inside_complex, name_goes_on_left, sample_code
from chemtrove.chem.names.ellipsis import elliptical_names
from chemtrove.chem.names.spaced import spaced_formula


def test_sample_codes_that_parse_as_formulas():
    assert [sample_code(w) for w in ("CS900", "ZSM400", "HY80", "AB12C", "P1", "S1")] == [True] * 6
    assert [sample_code(w) for w in ("C60", "SO2", "B10H14", "Fe3O4", "Li1.2Mn0.6O2", "S8", "CF4")] == [False] * 7


def test_a_sample_code_is_no_name(offline, names):
    assert names(offline, "The carbons were named CS700 and CS900 after the temperature.") == []
    assert names(offline, "The zeolite HY80 was mixed with Al2O3 and P1 was dried.") == ["Al2O3"]
    assert names(offline, "Fe3O4 and CO2 were used.") == ["Fe3O4", "CO2"]


def test_a_formula_glued_to_the_next_sentence(offline, names):
    assert glued_sentence("was named S2.The rest", 10, 16) == 12
    assert glued_sentence("CuSO4.H2O was", 0, 9) is None  # a hydrate, no sentence after it
    assert names(offline, "The product was washed with NaCl.Then it was dried.") == ["NaCl"]


def test_a_name_that_goes_on_to_the_left(full, names):
    assert names(full, "A 4-substituted benzaldehyde was added to toluene.") == ["toluene"]
    assert names(full, "The (2-ethylhexyl) phenyl ether surfactant and benzaldehyde") == ["benzaldehyde"]
    assert name_goes_on_left("para-substituted phenol", 17)
    assert not name_goes_on_left("the phenol", 4)


def test_a_formula_opening_a_bracketed_complex(offline, names):
    assert inside_complex("[RuCl2 (PPh3)3]", 1, 6)
    assert not inside_complex("[RuCl2]", 1, 6)
    assert names(offline, "Then [RuCl2 (PPh3)3] and RuCl3 were mixed.") == ["RuCl3"]


def test_a_polytype_before_a_formula(offline, names):
    assert names(offline, "Films were grown on 6H-SiC and on 2H-WS2.") == ["SiC", "WS2"]


def test_a_formula_in_brackets_must_close_them(full, names):
    assert "CH3NH3" not in names(full, "a yellow crystalline (CH3NH3)2PbCl4 phase")


def test_a_formula_glued_to_a_reference_number(offline, names):
    assert names(offline, "to avoid the formation of yellow (NH4)2SO4*H2O.12\nThe rest") == ["(NH4)2SO4*H2O"]
    assert names(offline, "the oxide MnO1.84 was kept") == ["MnO1.84"]  # a decimal count, not a reference


def test_an_acetate_ligand_written_in_capitals(offline):
    found = [m for m in offline.find("A mixture of Ni(AC)2*4H2O and water") if m.resolved]
    assert [(m.name, m.formula) for m in found][0] == ("Ni(AC)2*4H2O", "NiH14(CO2)4")


def test_lead_with_its_purity_is_the_element(full, names):
    assert names(full, "tellurium (99.99%), lead (99.9%) and antimony were weighed") == [
        "tellurium",
        "lead",
        "antimony",
    ]
    assert names(full, "This will lead (in time) to a loss") == []


def test_elliptical_acids(full, names):
    assert elliptical_names("in nitric, sulfuric or phosphoric acids") == [
        (3, 9, "nitric acid"),
        (11, 19, "sulfuric acid"),
    ]
    assert names(full, "from nitric and hydrochloric acid solutions") == ["nitric", "hydrochloric acid"]
    assert elliptical_names("a basic and acidic medium") == []


def test_an_abbreviation_set_equal_to_a_name(full, names):
    text = "A mixture of H2bdc (H2bdc = benzene-1,4-dicarboxylic acid) and water; H2bdc was dried."
    assert names(full, text) == ["H2bdc", "H2bdc", "benzene-1,4-dicarboxylic acid", "water", "H2bdc"]
    assert equals_abbreviation("(x = 2-propanol", 5) is None  # no capital: a variable


def test_metal_acetylacetonates_and_condensed_acids_from_the_lexicon(offline, names):
    assert names(offline, "cobalt(II) acetylacetonate, sucrose and HCOOH") == [
        "cobalt(II) acetylacetonate",
        "sucrose",
        "HCOOH",
    ]


def test_the_element_a_support_or_shell_is_made_of(full, names):
    assert names(full, "Pt was loaded on the carbon support and a silicon shell was grown") == [
        "Pt",
        "carbon",
        "silicon",
    ]
    assert names(full, "the carbon black and the oxygen vacancies") == []


def test_a_slash_list_whose_last_member_goes_on(full, names):
    assert names(full, "in 0.1 M KMnO4/citric acid solution") == ["KMnO4", "citric acid"]
    assert names(full, "a water/ethylene glycol mixture") == ["water", "ethylene glycol"]
    assert names(full, "the CuO/ZnO composite") == []  # a composite of solids stays one material


def test_formulas_written_with_spaces(offline):
    text = "ions exist as Ni ( H 2 O ) 6 2 + and Al ( OH ) 4 - ; terephthalic acid (C6H4 (COOH)2) too"
    found = [(m.name, m.formula) for m in offline.find(text) if m.resolved]
    assert [n for n, _ in found] == ["Ni ( H 2 O ) 6 2 +", "Al ( OH ) 4 -", "C6H4 (COOH)2"]
    assert Composition(found[0][1]) == Composition("NiH12O6")
    assert spaced_formula("Cu (II) and Cu (99.9%) and CuCl2 (Aldrich) and Co ( OH ) 2 - x", 0) is None
    names_found = [m.name for m in offline.find("Cu (II) and Cu (99.9%) and CuCl2 (ABC) and Co ( OH ) 2 - x")]
    assert all(" " not in n for n in names_found)


def test_a_reference_number_glued_after_a_words_full_stop_is_cut_off(offline, names):
    assert names(offline, "GO was dispersed in water.11 In a typical preparation") == ["water"]
    assert names(offline, "washed with ethanol.3 The powder") == ["ethanol"]
    assert names(offline, "see ref.12 and Fig.3 for the method") == []
    assert names(offline, "CuSO4.5H2O was used") == ["CuSO4.5H2O"]  # a hydrate's dot stays
