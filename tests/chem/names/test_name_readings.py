"""Eighth round of rules, on sentences of the kind synthesis paragraphs write: a text's abbreviation over a
lexicon's, ratios with colons, generic oxide names, class nouns, lexicon names OPSIN lacks, ligand
abbreviations in formulas, glued form and grade words, vessels and purification systems."""

from __future__ import annotations

from chemtrove.chem.names import NameFinder, resolve_name
from chemtrove.chem.names.abbreviations import abbreviation_matches
from chemtrove.chem.names.context import generic_salt
from chemtrove.chem.names.formulas import expand_ligands, parse_formula
from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.members import glued_parts


def smiles_of(finder: NameFinder, text: str) -> dict[str, str | None]:
    return {m.name: m.smiles for m in finder.find(text) if m.resolved}


def test_a_texts_definition_holds_over_a_lexicon_abbreviation(full):
    text = "diethanolamine (DEA) was mixed with TEA; later triethanolamine (TEA) was added and TEA was stirred"
    found = [(m.name, m.smiles, m.kind) for m in full.find(text) if m.name == "TEA"]
    assert found == [("TEA", "OCCN(CCO)CCO", "abbreviation")] * 3  # before the definition too: the text's TEA
    assert smiles_of(full, "TEA and DIPEA were added")["TEA"] == "CCN(CC)CC"  # undefined: the lexicon's
    same = "N,N-dimethylformamide (DMF) and DMF"  # the same structure: the lexicon's reading stays
    assert {m.kind for m in full.find(same) if m.name == "DMF"} == {"lexicon"}


def test_a_redefinition_holds_in_the_whole_text():
    text = "EC then ethylene carbonate (EC) and EC"
    lexicon = NameMatch(0, 2, "EC", "C", "lexicon", "lexicon:test")
    molecule = NameMatch(8, 26, "ethylene carbonate", "O=C1OCCO1", "systematic", "opsin")
    at_def = NameMatch(28, 30, "EC", "C", "lexicon", "lexicon:test")
    later = NameMatch(36, 38, "EC", "C", "lexicon", "lexicon:test")
    out = abbreviation_matches(text, [lexicon, molecule, at_def, later], lambda abbr: False)
    assert [(m.start, m.smiles, m.kind) for m in out if m.name == "EC"] == [
        (0, "O=C1OCCO1", "abbreviation"),
        (28, "O=C1OCCO1", "abbreviation"),
        (36, "O=C1OCCO1", "abbreviation"),
    ]
    same = [NameMatch(m.start, m.end, m.name, "O=C1OCCO1", m.kind, m.source) for m in (lexicon, at_def, later)]
    out = abbreviation_matches(text, [same[0], molecule, *same[1:]], lambda abbr: False)
    assert [m.kind for m in out if m.name == "EC"] == ["lexicon"] * 3  # the lexicon agrees: left alone


def test_element_symbols_of_a_ratio_joined_by_colons_or_before_a_spaced_equals_sign(offline, names):
    assert names(offline, "nitrates in a molar ratio of Fe:Co:Ni equal to 2:1:1 were dissolved") == ["Fe", "Co", "Ni"]
    assert names(offline, "ZSM-5 (Si/Al = 40) was calcined") == ["Si", "Al"]
    assert names(offline, "the Mg:Al ratio was 3") == ["Mg", "Al"]
    assert names(offline, "an Nd:YAG laser and a Cu/ZnO catalyst") == []  # a doped crystal, a composite
    assert names(offline, "a Ce:Zr powder") == []  # no ratio said


def test_an_oxide_of_an_element_with_several_oxides_is_generic(full):
    assert [generic_salt(n) for n in ("iron oxide", "Copper oxide", "molybdenum sulfide", "zinc oxide")] == [
        True,
        True,
        True,
        False,
    ]
    assert resolve_name("cobalt oxide", finder=full) is None
    assert resolve_name("cobalt(II) oxide", finder=full) is not None  # the oxidation number fixes it
    assert resolve_name("tin dioxide", finder=full) is not None
    assert resolve_name("magnesium oxide", finder=full) == "[Mg+2].[O-2]"
    found = full.find("Nickel oxide (99%) was bought", include_unresolved=True)
    assert [(m.name, m.kind) for m in found] == [("Nickel oxide", "unresolved")]  # not the metal alone


def test_a_class_noun_alone_is_its_common_member(full, names):
    text = "The solid was washed with alcohol and dried; 5 mL of ether was added"
    assert smiles_of(full, text) == {"alcohol": "CCO", "ether": "CCOCC"}
    assert names(full, "extracted with petroleum ether and a primary alcohol") == []
    assert names(full, "the ether linkages and alcohol groups of the polymer") == []
    assert names(full, "washed with isopropyl alcohol and diethyl ether") == ["isopropyl alcohol", "diethyl ether"]
    assert names(full, "rinsed with water-alcohol twice") == ["water", "alcohol"]


def test_trivial_reagent_names_opsin_lacks_come_from_the_lexicon(offline, names):
    text = "Ammonium metavanadate, tungstic acid and molybdenum hexacarbonyl were mixed under dioxygen"
    found = {m.name: (m.smiles, m.kind) for m in offline.find(text)}
    assert found["Ammonium metavanadate"][0] == resolve_name("ammonium metavanadate", finder=offline)
    assert set(found) == {"Ammonium metavanadate", "tungstic acid", "molybdenum hexacarbonyl", "dioxygen"}
    assert found["dioxygen"] == ("O=O", "lexicon")
    dyes = names(offline, "the degradation of methylene blue, methyl orange and Congo red")
    assert dyes == ["methylene blue", "methyl orange", "Congo red"]


def test_ligand_abbreviations_inside_a_formula(offline, names):
    assert expand_ligands("Cu(OAc)2") == "Cu(C2H3O2)2"
    assert expand_ligands("Zr(OBu)4*H2O") == "Zr(OC4H9)4*H2O"
    assert expand_ligands("acac") == "acac" and expand_ligands("Ni(NO3)2") == "Ni(NO3)2"
    assert parse_formula("Al(OiPr)3").reduced == parse_formula("Al(OC3H7)3").reduced
    text = "Co(acac)2 (97%) and Ta(OEt)5 were dissolved in toluene"
    assert names(offline, text)[:2] == ["Co(acac)2", "Ta(OEt)5"]
    assert names(offline, "a (acac) ligand") == []


def test_glued_form_and_grade_words(offline, names):
    assert glued_parts("CeO2-NPs") == [(0, 4)]
    assert glued_parts("DI-water") == [(3, 8)]
    assert glued_parts("Ni-based") == []
    assert names(offline, "the TiO2-nanoparticles and Au-NPs were rinsed with DI-water") == ["TiO2", "Au", "water"]
    assert names(offline, "Fe-based and silica-NPs") == []  # a class of materials; a word, not a formula


def test_vessels_and_purification_systems_are_things(offline, names):
    assert names(offline, "weighed into platinum pans and Al2O3 cups") == []
    assert names(offline, "sealed in silica ampoules under argon") == ["argon"]
    text = "Water was purified with a water purification system before use"
    assert names(offline, text) == ["Water"]
    assert names(offline, "in the water system at 25 degC") == ["water"]  # a system of water: the substance


def test_an_oxidation_number_in_brackets_is_the_ion_not_iodine(offline):
    found = {m.name: m.smiles for m in offline.find("Cr(VI) was reduced to Cr(III) while Co(II) stayed") if m.resolved}
    assert found == {"Cr(VI)": "[Cr+6]", "Cr(III)": "[Cr+3]", "Co(II)": "[Co+2]"}
    assert parse_formula("Mn(IV)") is None and parse_formula("Mn(NO3)2").reduced == "Mn(NO3)2"


def test_formulas_of_a_ratio(offline, names):
    assert names(offline, "the zeolite (SiO2/Al2O3 = 30) was calcined") == ["SiO2", "Al2O3"]
    assert names(offline, "a gel with a H2O/SiO2 molar ratio of 40") == ["H2O", "SiO2"]
    assert names(offline, "a CuO/CeO2 catalyst") == []  # a composite, no ratio said


def test_helium_inside_a_sentence(offline, names):
    assert names(offline, "The sample was heated in flowing He at 10 K/min") == ["He"]
    assert names(offline, "He et al. reported it. He dried the powder") == []  # the pronoun, an author


def test_an_element_before_ion_and_a_device_is_the_device(full, names):
    assert names(full, "cathodes for sodium ion batteries and lithium ion cells") == []
    assert names(full, "sodium ions were exchanged") == ["sodium"]


def test_alkali_tungstates_and_molybdates_and_titanate_esters_from_the_lexicon(full):
    found = smiles_of(full, "sodium molybdate dihydrate, potassium tungstate and tetraisopropyl titanate")
    assert set(found) == {"sodium molybdate dihydrate", "potassium tungstate", "tetraisopropyl titanate"}
    assert found["potassium tungstate"] == resolve_name("dipotassium dioxido(dioxo)tungsten", finder=full)
    assert resolve_name("ammonium molybdate", finder=full) is None  # still generic: the heptamolybdate


def test_a_capitalized_word_glued_to_a_participle_is_no_formula(offline, names):
    assert names(offline, "Alumina-supported and Titania-coated samples, Al2O3-supported Pt") == ["Al2O3", "Pt"]
    assert names(offline, "rinsed with demineralised water and demi-water") == ["water", "water"]


def test_a_phase_prefix_is_not_part_of_the_formula(offline, names):
    text = "α-Al2O3 and γ-Fe2O3 powders, β-MnO2 and nano-ZnO"
    assert names(offline, text) == ["Al2O3", "Fe2O3", "MnO2", "ZnO"]
    assert names(offline, "the β-actin antibody") == []


def test_a_decimal_hydrate_after_a_dot(offline):
    found = {m.name: m.formula for m in offline.find("Zn(NO3)2*1.5H2O and CuSO4.5H2O were dissolved")}
    assert found == {"Zn(NO3)2*1.5H2O": parse_formula("ZnN2O6H3O1.5").reduced, "CuSO4.5H2O": "CuH10SO9"}


def test_a_name_given_its_formula_in_brackets_takes_it_elsewhere_too(full):
    text = "Urea and ferric ammonium citrate were used. Ferric ammonium citrate (C6H11FeNO7, Aldrich) was dried"
    found = [(m.name, m.formula) for m in full.find(text) if m.name.lower() == "ferric ammonium citrate"]
    assert len(found) == 2 and found[0][1] == found[1][1] is not None


def test_the_members_of_a_mixture_token_with_a_defined_abbreviation(full):
    text = "melamine (C3H6N6, Aldrich, denoted as MA) was used; the MA-NiCl2 mixtures and MA-NiCl2 films were"
    found = [(m.name, m.kind) for m in full.find(text)]
    assert found[-2:] == [("MA", "abbreviation"), ("NiCl2", "formula")]  # the mixture; not the films
    assert sum(name == "NiCl2" for name, _ in found) == 1


def test_a_metal_with_its_oxidation_number_before_an_unread_word(full, names):
    assert names(full, "copper(II) phthalocyanine was sublimed") == []
    assert names(full, "copper(II) ions and copper(II) chloride") == ["copper(II)", "copper(II) chloride"]


def test_an_element_symbol_with_its_form_or_purity_in_brackets(offline, names):
    text = "The elements Ca (granules, 99%), P (pieces) and In (99.999%) were sealed in ampoules"
    assert names(offline, text) == ["Ca", "P", "In"]
    assert names(offline, "as shown in Fig. 2 (a) and In (b)") == []  # a panel, not indium


def test_a_molecule_name_glued_to_a_participle(offline, names):
    # a lower-case lexicon molecule before a glue participle is the substance ("treated" is one, as in "NH3-treated")
    assert names(offline, "the hydrazine-coated and ethanol-treated films") == ["hydrazine", "ethanol"]
    assert names(offline, "the ethanol-free and ethanol-based films") == []
    # the element of "-coated" is the element (the dopant and coating convention); the others are no names
    assert names(offline, "carbon-coated, citrate-capped and silica-coated particles") == ["carbon"]


def test_an_element_counted_by_a_multiplying_prefix_is_a_word_of_the_salt(full, names):
    text = "The buffer held tri-sodium citrate (TSC) and disodium hydrogen phosphate. TSC was added"
    assert names(full, text) == ["tri-sodium citrate", "TSC", "disodium hydrogen phosphate", "TSC"]
    assert names(full, "the disodium salt of the acid was used in a trisodium buffer") == []
    assert names(full, "tritium was counted in the hexagonal cell") == []


def test_a_lexicon_abbreviation_the_text_defines_as_words_is_no_compound(offline, names):
    """'Elemental analysis (EA)' makes EA the analysis in the whole text; 'ethyl acetate (EA)' keeps it."""
    assert names(offline, "Elemental analysis (EA) was done on a CHN analyser. The EA data agree.") == []
    assert names(offline, "Energy dispersive X-ray spectroscopy (EDS) and the DCM layer") == ["DCM"]
    text = "It was diluted with ethyl acetate (EA). EA was then removed."
    assert names(offline, text) == ["ethyl acetate", "EA", "EA"]
    assert names(offline, "The crude solid was washed with EA twice.") == ["EA"]
