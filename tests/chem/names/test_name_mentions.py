"""Sixth round of context rules, on sentences of the kind synthesis paragraphs write: bare anion words, class
words, gas mixtures, oxide compositions with colons, material adjectives, abbreviations whose
letters are reordered or followed by a colon."""

from __future__ import annotations

from chemtrove.chem.names.mentions import composition_members


def test_a_bare_anion_word_is_a_class_unless_it_names_the_ion(full, names):
    text = "samples are named by precursor (A for acetate, N for nitrate, C for chloride)"
    assert names(full, text) == []
    assert names(full, "by the oxalate method from the metal oxalate") == []
    assert names(full, "washed with acid to remove sulfate ions from the solution") == ["sulfate"]
    assert names(full, "the hydroxide anions in place of alkali") == ["hydroxide"]
    assert names(full, "0.1 M sodium nitrate was added") == ["sodium nitrate"]  # with its cation: the salt


def test_a_class_word_before_a_name_makes_it_a_class(offline, names):
    text = "quaternary ammonium salts and tetraalkyl ammonium hydroxide solutions were bought"
    assert names(offline, text) == []
    assert names(offline, "an aqueous ammonium hydroxide solution") == ["ammonium hydroxide"]


def test_a_gas_after_a_percentage_glued_to_another_gas_is_one_mixture(offline, names):
    assert names(offline, "annealed at 1050 degC in Ar-5% H2 gas for one hour") == []
    assert names(offline, "reduced in N2-10% H2 at 500 degC") == []
    assert names(offline, "reduced in 5% H2 at 500 degC") == ["H2"]


def test_an_oxide_composition_written_with_colons_names_its_oxides(offline, names):
    text = "The molar composition of the hydrogel was 4.0Na2O:0.2 Al2O3:1.0SiO2:200H2O. The hydrogel was"
    assert names(offline, text) == ["Na2O", "Al2O3", "SiO2", "H2O"]
    assert names(offline, "mixed at a 1:2 ratio and a time of 12:30") == []
    assert composition_members("SiO2:CTAB", lambda part: part) == []  # every part must be a formula


def test_a_molar_composition_with_colons_names_its_abbreviated_reagents(offline, names):
    text = "The gel had the molar composition 1 TEOS:0.27 TPAOH:37H2O. After being stirred for 3 h"
    assert names(offline, text) == ["TEOS", "TPAOH", "H2O"]
    assert names(offline, "a sol of composition 1 TEOS:0.53 HCl:0.02 XYZQ was aged") == ["TEOS", "HCl"]
    assert names(offline, "mixed at a TEOS:TPAOH ratio chosen before") == []  # no coefficient: a ratio of two
    assert composition_members("TEOS:Abc", lambda part: part) == []  # no coefficient, not a formula
    assert composition_members("Note:12", lambda part: part) == []  # one capital: a word, not an abbreviation


def test_the_medium_of_a_bath_is_part_of_the_thing(offline, names):
    assert names(offline, "placed into the water ice bath. The water was stirred") == ["water"]
    assert names(offline, "cooled by a water cooling jacket") == []


def test_form_adjectives_keep_the_element_other_materials_do_not(full, names):
    assert names(full, "Finally, mesoporous carbon was obtained after removing the template") == ["carbon"]
    assert names(full, "the reduced cobalt was passivated") == ["cobalt"]
    assert names(full, "with activated carbon and a glassy carbon rod") == []


def test_abbreviations_with_reordered_letters_or_a_colon(full):
    text = (
        "1-Methyl-3-butylimidazolium iodide (BMII), 0.5 M N-methylbenzimidazole (NMBI: 99%, Aldrich) in BMII "
        "and NMBI, then tetrahydrofuran (XYZ) was added"
    )
    got = [(m.name, m.kind) for m in full.find(text) if m.resolved]
    assert ("BMII", "abbreviation") in got and ("NMBI", "abbreviation") in got
    assert sum(n == "BMII" for n, _ in got) == 2 and sum(n == "NMBI" for n, _ in got) == 2
    assert "XYZ" not in [n for n, _ in got]  # letters not in the name: no definition


def test_lexicon_trivial_and_drug_names_opsin_does_not_read(offline):
    text = "hexamethylenetetramine (HMTA), lidocaine and acetaminophen in glycol; mucic acid and allantoin"
    got = {m.name: m.smiles for m in offline.find(text) if m.resolved}
    assert got["hexamethylenetetramine"] == got["HMTA"] == "C1N2CN3CN1CN(C2)C3"
    assert got["acetaminophen"] == "CC(=O)Nc1ccc(O)cc1" and got["glycol"] == "OCCO"
    assert {"lidocaine", "mucic acid", "allantoin"} <= got.keys()


def test_no_word_of_a_polymer_is_a_name_whatever_reads_it(full):
    text = "polyethylene glycol (PEG) and poly(ethylene glycol) in glycol"
    assert [(m.name, m.start) for m in full.find(text) if m.resolved] == [("glycol", text.rindex("glycol"))]
