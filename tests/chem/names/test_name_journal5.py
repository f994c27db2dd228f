"""Organic-chemistry prose, fifth journal round: rules for error classes that recur across the journal sets
(made-up sentences of each class)."""

from __future__ import annotations

import time

from chemtrove.chem.names.formulas import expand_ligands, looks_like_formula, parse_formula


def test_ligand_groups_written_without_brackets_are_read_as_their_atoms():
    assert expand_ligands("MgEt2") == "Mg(C2H5)2"
    assert expand_ligands("NaOSiMe3") == "NaOSi(CH3)3"
    assert parse_formula("Cy3P").reduced == parse_formula("P(C6H11)3").reduced
    assert parse_formula("[Cp*IrCl2]2") is not None


def test_bare_groups_need_an_element_beside_them_and_a_count_after_them():
    assert [looks_like_formula(w) for w in ("MeV", "Me3", "Et", "dba", "Cy2", "OEt2", "OMe")] == [False] * 7


def test_bracketed_ligands_of_catalysts(full, names):
    text = "A mixture of Pd(bpy)Cl2 , Cu(TFA)2 , P(p-tolyl)3 and MgEt2 in toluene was stirred."
    assert names(full, text) == ["Pd(bpy)Cl2", "Cu(TFA)2", "P(p-tolyl)3", "MgEt2", "toluene"]


def test_many_bare_groups_are_read_quickly():
    word = "MeEtCy" * 20_000
    t0 = time.perf_counter()
    looks_like_formula(word)
    expand_ligands(word)
    assert time.perf_counter() - t0 < 5


def test_reference_numbers_glued_after_a_comma_a_hyphenated_name_or_a_bracket(full, names):
    text = "Arenes ( 1,4-dimethoxybenzene,12 toluene,13 and N-methylpyrrole21 ) reacted in EtOH)7 at reflux."
    assert names(full, text) == ["1,4-dimethoxybenzene", "toluene", "N-methylpyrrole", "EtOH"]


def test_a_group_and_its_count_in_brackets_is_no_reference(full, names):
    assert "TMS" not in names(full, "The silane (TMS)2 was added.")


def test_many_glued_references_are_read_quickly(full):
    text = "benzene,12 " * 20_000
    t0 = time.perf_counter()
    full.find(text)
    assert time.perf_counter() - t0 < 20


def test_functional_group_class_words_alone_are_classes(full, names):
    text = "Then 2 equiv of isocyanide , the isothiocyanate and the phosphonium amino esters gave benzyl isocyanide."
    assert names(full, text) == ["benzyl isocyanide"]


def test_bare_parents_before_a_class_word_built_on_them(full, names):
    text = "The pyrrole series , furan substrates , thiophene diols and the 3-methylpyrrole substrates in benzene."
    assert names(full, text) == ["3-methylpyrrole", "benzene"]


def test_a_metal_with_its_state_standing_for_a_catalyst(full, names):
    text = "The nickel(II) - catalyzed coupling, the CuII complex and the CuI catalyst in toluene."
    assert names(full, text) == ["CuI", "toluene"]
