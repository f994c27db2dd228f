"""Names that stand for something other than the compound they name (journal prose): substituent formulas, the
aryl placeholder "Ar", cations and organometallics as intermediates, protected derivatives, the acetonide group,
a noble metal's state as the catalyst, an element as an atom of a group, "Pd - black"; and compound numbers of one
digit and a unit's letter ("isatin 2g"). Sentences from the project's journal and materials texts."""

from __future__ import annotations

import time

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.standins import group_formula, without_standins


def test_a_substituent_formula_is_no_compound(offline, names):
    assert names(offline, "substrates 2e−2g bearing an electron - withdrawing group ( F or CF3 ) provided") == []
    assert names(offline, "containing electron- donating OMe or NEt2 at the para position of the imine") == []
    assert names(offline, "an oxidative addition in the N − SCF3 bond of the electrophilic reagent I") == []
    assert "NH2" not in names(offline, "was obtained by reaction of BDP - NH2 with benzoic acid , under")


def test_a_radical_an_ion_or_a_molecule_formula_stays(offline, names):
    assert names(offline, "which then reduced CF3SO2Cl to generate CF3 radical after") == ["CF3SO2Cl", "CF3 radical"]
    assert names(offline, "The NO2 and CO were detected; CH4 was fed.") == ["NO2", "CO", "CH4"]
    assert names(offline, "(Ln = Pr and Nd; x = 0, 0.25) were synthesized") == ["Pr", "Nd"]
    assert [group_formula(f) for f in ("CF3", "NH2", "CH4", "OH", "NO", "Pr", "C70", "C" * 10_000)] == [
        True,
        True,
        False,
        False,
        False,
        False,
        False,
        False,
    ]


def test_ar_as_the_aryl_placeholder_is_no_argon(offline, names):
    assert names(offline, "which afforded the product 5 ( R1 = H , Ar = Ph ) in maximum yield") == []
    assert names(offline, "The stability of the TES − Ar bond strongly depended on") == []
    assert names(offline, "annealed under Ar atmosphere; Ar was used") == ["Ar", "Ar"]


def test_a_cation_or_organometal_as_an_intermediate_is_no_mention(full, names):
    assert "thiirenium" not in names(full, "addition of thiodiazonium iodide 7 to alkyne 6 gives thiirenium ion 8.")
    assert names(full, "could abstract a hydrogen atom from bicyclic guanidinium ion to form product 11") == []
    assert names(full, "hypervalent iodine may activate the double bond as a 3-membered iodonium species") == []
    assert names(full, "which transforms into the oxopalladium complex C coordinating with base.") == []
    assert names(full, "lithium ions and sodium ions were present") == ["lithium", "sodium"]


def test_a_protected_name_and_the_acetonide_are_no_compounds(full, names):
    assert names(full, "in five steps and 56 % overall yield based on the protected 3-bromophenol 9.") == []
    assert names(full, "subjected to Mitsunobu reaction with protected hydroxylamine to yield compound 18.") == []
    assert names(full, "Deprotection of the cyclic acetonide was performed using CeCl3") == ["CeCl3"]
    assert names(full, "The diol was protected as an acetonide using 2,2-dimethoxypropane") == ["2,2-dimethoxypropane"]
    assert names(full, "the deprotected hydroxylamine was used") == ["hydroxylamine"]


def test_a_noble_metal_state_and_metal_black_are_the_catalyst(offline, names):
    assert names(offline, "of the triple bond in 1 with Pd(II) produces the intermediate A.12") == []
    assert names(offline, "which can be reoxidized by Cu(OAc)2 to regenerate Ru(II) for the next") == ["Cu(OAc)2"]
    assert names(offline, "where experiments with DDQ and Pd - black were unsuccessful.") == ["DDQ"]
    assert names(offline, "extracting the Fe(III) ions from the solid") == ["Fe(III)"]


def test_an_element_as_the_atom_of_a_group_is_no_mention(offline, names):
    assert names(offline, "which undergoes reaction with the amide nitrogen to form intermediate 23.") == []
    assert names(offline, "the carbonyl oxygen is protonated by water") == ["water"]
    assert names(offline, "the flask was flushed with nitrogen") == ["nitrogen"]


def test_one_digit_and_a_unit_letter_is_a_compound_number(full, names):
    assert names(full, "resulting in the formation of pyrrole 3k and a 36 % isolated yield .") == []
    assert names(full, "4h produced isatin 2g instead of the expected isatin 2h , albeit in low yield.") == []
    assert names(full, "a good 52 % yield of 3-benzazepine 4k ( Table 3 , entry 11 ).") == []


def test_bounded_time_on_long_input():
    text = ("the amide nitrogen " + "x" * 10_000 + " CF3 = ") * 50 + " protected " * 100_000
    found = [NameMatch(10, 18, "nitrogen", "N#N", "lexicon", "x")]
    long_name = NameMatch(0, 10_000, "C" * 10_000, None, "formula", "pymatgen", "C")
    t0 = time.perf_counter()
    assert without_standins(text, found) == []
    assert without_standins("C" * 10_000 + " ion", [long_name]) == [long_name]
    assert time.perf_counter() - t0 < 2.0


def test_a_ring_parent_after_the_points_back_to_its_compound(full, names):
    assert names(full, "of understanding the need for the indole , we took the scaffold") == []
    assert names(full, "in aqueous dioxane gave the azetidine iminosugars 14 ( 88 % ).") == ["dioxane"]
    assert "cyclopropane" not in names(full, "with Zeise ’s dimer insertion into the cyclopropane providing")
    assert names(full, "The aniline monomer was purified; the propanol is removed") == ["aniline", "propanol"]
    assert names(full, "The aspirin was dissolved and the pyridine was evaporated.") == ["aspirin", "pyridine"]
    assert names(full, "The subsequent Suzuki reaction with the pyrrole boronic acid,46 according to") == []
