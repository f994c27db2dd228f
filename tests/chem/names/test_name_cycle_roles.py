"""Metals standing for a catalyst without a hyphen and in a redox cycle, ions typeset with a minus sign, a
group's radical, a drawn structure's variable and element words in a role. Sentences from the project's
journal and materials texts."""

from __future__ import annotations

import time

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.roles import contained_atoms, without_roles


def test_a_metal_before_catalyzed_without_a_hyphen_is_no_mention(full, names):
    text = "Deracemisation of butadiene monoepoxide 5 with palladium catalyzed Trost ’s DYKAT in the presence"
    assert "palladium" not in names(full, text)
    assert names(full, "Bismuth(III) catalyzed reaction of furylcarbinols B and 1,3-dicarbonyls") == []


def test_a_metal_before_complex_or_an_unsupported_catalyst_is_no_mention(offline, names):
    assert names(offline, "the coordination of carbonyl group with Pd complex affords a palladacycle B") == []
    assert names(offline, "in the presence of the Pd catalyst , prepared in situ from PdCl2") == ["PdCl2"]
    assert names(offline, "with benzylamine ( 2a ) using the reported Ir catalyst12 afforded the lactam") == []


def test_a_supported_metal_catalyst_stays(offline, names):
    assert names(offline, "The SnO2 supported Pd catalyst was prepared through reduction.") == ["SnO2", "Pd"]
    assert names(offline, "AB800, as the support for the Pt catalyst (n-Pt/AB800) in order") == ["Pt"]
    assert names(offline, "the anodes were prepared with Pt catalyst supported on carbon black") == ["Pt"]


def test_a_metal_state_in_a_redox_cycle_is_no_mention(offline, names):
    assert names(offline, "Cu(OAc)2 promoted oxidation of Cu(II) to high valent Cu(III) species D") == ["Cu(OAc)2"]
    text = "to yield the product 2a and Cu(I) , which gets reoxidized to Cu(II) under an air atmosphere"
    assert names(offline, text) == []
    text = "cyclization in the presence of Lewis acid catalyst Cu(II) and base KOtBu via enolate"
    assert names(offline, text) == ["KOtBu"]


def test_a_metal_state_of_materials_text_stays(offline, names):
    assert names(offline, "after extracting the Fe(III) ions from the solid") == ["Fe(III)"]
    assert "Cu(II)" in names(offline, "Cu(II) nanoclusters supported on nanocrystalline TiO2 were used.")


def test_raney_nickel_is_no_single_compound(offline, names):
    assert names(offline, "with an excess of Raney Ni in acetone afforded the desired 18") == ["acetone"]


def test_ions_with_a_minus_sign(offline, names):
    found = [m for m in offline.find("generate CF3 radical after release of a Cl− and SO2") if m.resolved]
    assert [(m.name, m.smiles) for m in found] == [("CF3 radical", "F[C](F)F"), ("Cl−", "[Cl-]"), ("SO2", None)]
    assert names(offline, "convert inorganic sulfide ( S2− ) to it") == ["S2−"]
    assert names(offline, "Suzuki− Miyaura cross-coupling of C − H bonds") == []


def test_an_ion_exchange_resin_form_is_no_mention(offline, names):
    text = "ion - exchange chromatography ( 100 − 200 mesh , OH− form ) , followed by"
    assert names(offline, text) == []
    assert names(offline, "the OH− ions were") == ["OH−"]


def test_an_anion_word_before_its_bracketed_ion_names_the_ion(full, names):
    text = "to generate bismuth ions (Bi3 +) and nitrate (NO3-). Tellurium powders"
    assert names(full, text) == ["bismuth", "Bi3 +", "nitrate", "NO3-", "Tellurium"]
    assert "nitrate" not in names(full, "X and Y refer to precursor (A for acetate, N for nitrate)")


def test_a_group_radical_spans_the_word_and_a_molecule_radical_does_not(full, names):
    assert names(full, "The CF3 radical was trapped by 1") == ["CF3 radical"]
    assert names(full, "produced from 1a and Pd(OAc)2,19 and the NO radical generated") == ["Pd(OAc)2", "NO"]


def test_a_structure_variable_is_a_group(offline, names):
    assert names(offline, "was trapped by 1 , 4 ( X = SO2 ) or 6 ( X = CO ) to give") == []
    found = names(offline, "single crystals of CH3NH3PbX3 (X = I, Br and Cl) were prepared")
    assert found[-3:] == ["I", "Br", "Cl"]  # the elements a material's variable stands for stay


def test_element_words_in_a_role(offline, names):
    text = "formed by the borrowing hydrogen reaction of indole with benzyl alcohol"
    assert "hydrogen" not in names(offline, text)
    assert names(offline, "deﬂuorination and nucleophilic substitution of ﬂuorine in our proposed reaction") == []
    found = [m for m in offline.find("the transparent film contains fluorine, while") if m.resolved]
    assert [(m.name, m.smiles) for m in found] == [("fluorine", "[F]")]
    found = [m for m in offline.find("a stream of fluorine was passed") if m.resolved]
    assert [(m.name, m.smiles) for m in found] == [("fluorine", "FF")]


def test_the_passes_on_bare_matches():
    t = "the film contains fluorine"
    ms = [NameMatch(18, 26, "fluorine", "FF", "lexicon", "x")]
    assert [m.smiles for m in contained_atoms(t, ms)] == ["[F]"]
    assert contained_atoms("no cue here", ms) == ms
    cu = [NameMatch(13, 19, "Cu(II)", "[Cu+2]", "formula", "x", "Cu")]
    assert without_roles("oxidation of Cu(II) to high-valent Cu(III)", cu) == []
    assert without_roles("solutions of Cu(II) were", cu) == cu
    assert without_roles("Cr(VI) was reduced to Cu(II) here", [NameMatch(23, 29, "Cu(II)", "[Cu+2]", "formula", "x")])


def test_bad_input_near_the_new_words_is_fast_and_safe(offline, names):
    line = (
        " oxidation of Cu(II) to high valent" * 20000
        + " X = SO2" * 20000
        + " Cl− and" * 20000
        + " contains fluorine" * 10000
        + " Raney Ni" * 10000
        + " which which gets" * 20000
    )
    assert len(line) > 1_000_000
    t0 = time.perf_counter()
    found = names(offline, line)
    assert time.perf_counter() - t0 < 60
    assert "Cu(II)" not in found and "SO2" not in found and "Ni" not in found
    assert found.count("Cl−") == 20000 and found.count("fluorine") == 10000
    long_name = "Cu(II)" + "a" * 10_000 + " catalyst " + "b" * 10_000 + "−"
    t0 = time.perf_counter()
    names(offline, long_name)
    assert time.perf_counter() - t0 < 5
