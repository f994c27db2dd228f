"""Words in a role, not a compound (journal prose): the chromatography medium, atoms, a metal in a mechanism, a
family ("- based"), a position locant, a ring's abbreviation as a part, a class alcohol; "molecular X" and "CO"
as a gas; doped-oxide chains. Sentences from the project's journal and materials texts."""

from __future__ import annotations

import time

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.roles import carbon_monoxide, mixed_oxide, molecular_spans, without_roles


def test_silica_gel_is_the_medium_not_silica(offline, names):
    assert "silica" not in names(offline, "purification on silica gel ( Supporting Information Figures S7 )")
    assert names(offline, "in 84 % isolated yield after silica - gel column chromatography ( Scheme 2 ).") == []
    found = names(offline, "the major product using HClO4 adsorbed on silica gel13 or Fe(OTf)3 as a catalyst")
    assert found == ["HClO4", "Fe(OTf)3"]
    assert names(offline, "The silica template was removed by 2 M NaOH solution.") == ["silica", "NaOH"]


def test_an_element_name_for_its_atom_is_no_mention(offline, names):
    assert names(offline, "might also disturb the hydrogen - bonding interaction between the N-H groups") == []
    assert names(offline, "which could abstract a hydrogen radical from HOAc , then release") == ["HOAc"]
    assert names(offline, "but iodine was surprisingly replaced by hydrogen at the same time") == []
    assert names(offline, "NHPI can easily convert into the oxygen - centered radical PINO") == []
    assert names(offline, "10 % Pd / C in MeOH under a hydrogen atmosphere") == ["MeOH", "hydrogen"]


def test_an_element_replacing_another_as_a_substance_stays(full, names):
    assert "selenium" in names(full, "a small portion of Te was replaced with selenium powders (Se, 99.9%)")


def test_a_metal_in_a_mechanism_is_no_mention(full, names):
    assert names(full, "reacts with A to give palladium carbene complex B , which undergoes") == []
    assert names(full, "gave only the isomer 10d when reacted with 8a under rhodium catalysis ( Scheme 8 ) .") == []
    assert names(full, "produces the rhodium - bound zwitterionic intermediate C.") == []
    assert names(full, "the release of an electron pair from anionic rhodium of C provides 5") == []
    assert names(full, "the π-allyl coordinated palladium , and as a result") == []
    assert names(full, "Optimization of the Palladium - Catalyzed Oxidative Coupling") == []
    assert names(full, "in line with the π-allyl-Pd - intermediate proposed") == []


def test_a_supported_metal_catalyst_of_materials_text_stays(offline, names):
    assert names(offline, "The SnO2 supported Pd catalyst was prepared.") == ["SnO2", "Pd"]
    assert names(offline, "inks were prepared with Pt catalyst supported on carbon black") == ["Pt"]


def test_a_family_and_a_position_are_no_mentions(offline, names):
    assert names(offline, "A naphthalene - based chromene was also effective") == []
    assert names(offline, "The cobalt-based reference catalyst was used.") == []
    assert names(offline, "Similarly , the C3- arylated THF scaffolds 3h and 3i were obtained") == []
    assert "N4-" not in names(offline, "N4- Benzoylation of 13 with Bz2O yielded the two nucleosides")


def test_a_compound_formula_before_based_is_the_compound(offline, names):
    """Two materials papers' sentences: the formula a material or process is made from is a mention; an
    element, a name and an ion's formula without its charge before "-based" still name a class."""
    assert names(offline, "WO3-based electrolyzers were built using WO3 thin films") == ["WO3", "WO3"]
    assert names(offline, "The process used is the standard POCl3-based process for formation of cells.") == ["POCl3"]
    assert names(offline, "Ni-based alloys, cobalt-based catalysts and SO4-based electrolytes") == []
    t0 = time.perf_counter()
    assert names(offline, "A" * 10_000 + "3-based and " + "Ti" * 5000 + "O2-based") == []
    assert time.perf_counter() - t0 < 5


def test_a_ring_abbreviation_or_a_parent_as_a_part_is_no_mention(offline, names):
    assert names(offline, "recognition that the central THF motif could be constructed") == []
    assert names(offline, "precursor 26 afforded the naphthalene product in quantitative yield") == []
    assert names(offline, "The reaction was run in THF at 0 °C.") == ["THF"]


def test_class_alcohols_are_no_mentions(offline, names):
    assert names(offline, "protection of known alcohol 1416 with BnBr , affording benzyl ether 15") == ["BnBr"]
    assert names(offline, "the corresponding 1,2-amino alcohol 19d could be isolated") == []
    assert names(offline, "Treatment of this acetylenic alcohol with 6.5 equiv of base") == []
    assert names(offline, "washed with deionized water and alcohol, dried in oven") == ["water", "alcohol"]


def test_molecular_element_is_one_span(offline, names):
    found = [m for m in offline.find("was observed in the presence of molecular iodine.") if m.resolved]
    assert [(m.name, m.smiles) for m in found] == [("molecular iodine", "II")]
    assert names(offline, "while the reaction failed under molecular oxygen ( entries 3 − 6 ).") == ["molecular oxygen"]


def test_co_as_a_gas_is_carbon_monoxide(offline, names):
    found = [m for m in offline.find("10 mol % of [RhCl(CO)2]2 under 1 atm of CO in DCE") if m.resolved]
    assert [(m.name, m.smiles) for m in found][-2:] == [("CO", "[C-]#[O+]"), ("DCE", "ClCCCl")]
    assert "CO" in names(offline, "Pd(OAc)2 as catalyst in DMSO under CO / O2 atmosphere")
    assert "CO" in names(offline, "and under balloon pressure of CO at 25 ° C")
    assert names(offline, "was supplied by Hanwha CO., Ltd. (Korea).") == []
    assert names(offline, "The CO stretching band") == []  # no gas's context


def test_doped_oxide_chains_are_materials(full, names):
    text = (
        "Halide-doped tin oxide films of fluorine-tin-oxide (F-TO), chlorine-tin-oxide (Cl-TO), "
        "bromine-tin-oxide (Br-TO) and iodine-tin-oxide (I-TO) were synthesised."
    )
    assert names(full, text) == []
    assert mixed_oxide("indium tin oxide", "[In].O=[Sn]") and mixed_oxide("Fluorine-Tin-Oxide", "[F].O=[Sn]")
    assert not mixed_oxide("tin oxide", "O=[Sn]") and not mixed_oxide("barium titanium oxide", "[Ba+2].[O-2]")
    assert not mixed_oxide("hydrogen peroxide oxide", "OO")  # a structure of no lone atom


def test_the_passes_on_bare_matches():
    t = "on silica gel with hydrogen"
    ms = [
        NameMatch(3, 9, "silica", None, "formula", "x", "SiO2"),
        NameMatch(19, 27, "hydrogen", "[H][H]", "lexicon", "x"),
    ]
    assert [m.name for m in without_roles(t, ms)] == ["hydrogen"]
    assert molecular_spans("no cue here", ms) == ms
    assert carbon_monoxide("no gas here", [], lambda name: None) == []


def test_bad_input_near_the_new_words_is_fast_and_safe(offline, names):
    line = (
        " of CO and water" * 20000
        + " molecular" * 20000
        + " hydrogen - bonding silica - gel" * 5000
        + " replaced by " * 40000
        + " C3- arylated" * 10000
    )
    assert len(line) > 1_000_000
    t0 = time.perf_counter()
    found = names(offline, line)
    assert time.perf_counter() - t0 < 60
    assert (
        found.count("CO") == 20000
        and found.count("water") == 20000
        and "hydrogen" not in found
        and "silica" not in found
    )
    long_name = "a" * 10_000 + " - based " + "b" * 10_000 + "-tin-oxide"
    t0 = time.perf_counter()
    assert names(offline, long_name) == []
    assert not mixed_oxide("-".join(["tin"] * 5000) + "-oxide", "O=[Sn]")
    assert time.perf_counter() - t0 < 5
