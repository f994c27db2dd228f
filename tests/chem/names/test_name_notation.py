"""Fifteenth (materials) round of rules: ratios whose numbers are stated, molar-mass symbols, reference
numbers glued after an abbreviation, ligand abbreviations in any case, gases glued to "filled"/"purged",
slash lists whose last member is two words, and perovskite-cell reagents of the lexicon. Made-up sentences."""

from __future__ import annotations

from chemtrove.chem.names import mentions, quantities, vendors
from chemtrove.chem.names.ionic_liquids import ionic_liquid


def test_a_ratio_with_its_numbers_stated_names_its_members(offline, names):
    text = "The molar ratio Zn:CTAB:H2O:NH3 = 1:0.5:200:4 was kept."
    assert names(offline, text) == ["Zn", "CTAB", "H2O", "NH3"]
    assert names(offline, "The molar ratio Zn:PVP:H2O = 1:0.5:200 was kept.") == []  # a polymer: not read
    assert names(offline, "with Co:CTAB = 1:2 in water") == ["Co", "CTAB", "water"]
    # the numbers must match the members, and the members must be read
    assert names(offline, "with Co:CTAB = 1:2:3 in water") == ["water"]
    assert names(offline, "the time:CTAB = 1:2 of it") == []
    assert mentions.stated_ratio("A:B=1:2.", 3, 2)
    assert not mentions.stated_ratio("A:B = 1:2:5", 3, 2)


def test_a_molar_mass_symbol_is_no_element(offline, names):
    assert names(offline, "PMMA (Mn = 35000 g mol-1) and PEO (Mw ~ 100 kDa) were dissolved") == []
    assert names(offline, "a polymer with Mn = 12 kg/mol and Mw=20000 g/mol") == []
    # a composition or a mass of the metal is the element
    assert "Mn" in names(offline, "the Mn = 0.05 sample and 3 g of Mn powder")
    assert quantities.molar_mass("Mw = 5 kDa", 0, 2)
    assert not quantities.molar_mass("Mn = 5 mg", 0, 2)


def test_reference_numbers_glued_after_an_abbreviation(offline, names):
    assert names(offline, "The salt was dissolved in 2 mL of DMF.12,13 The film was dried.") == ["DMF"]
    assert names(offline, "then washed with THF.7-9 Then") == ["THF"]
    assert names(offline, "dried CuSO4.5H2O was added") == ["CuSO4.5H2O"]  # a hydrate dot, not a reference


def test_ligand_abbreviations_in_any_case(offline):
    from chemtrove.chem.names import find_names

    found = find_names("Ga(AcAc)3 and Zr(ACAC)4 were used", finder=offline)
    assert [m.formula for m in found] == ["GaH21(C5O2)3", "ZrH28(C5O2)4"]


def test_gases_glued_to_filled_and_purged(offline, names):
    text = "sealed in an Ar-filled glove box and stirred in O2-saturated KOH with N2-purged water"
    assert names(offline, text) == ["Ar", "O2", "KOH", "N2", "water"]
    assert names(offline, "a CNT-filled resin") == []


def test_a_slash_list_whose_last_member_is_two_words(offline, names):
    assert names(offline, "eluted with toluene/ethyl acetate (5:1).") == ["toluene", "ethyl acetate"]
    assert names(offline, "extracted with THF/diethyl ether twice") == ["THF", "diethyl ether"]


def test_solar_cell_additives_of_the_lexicon(offline, names):
    text = "Spiro solution with 17 uL of LiTFSI/ACN and 28 uL of tBP was spin-coated"
    assert names(offline, text) == ["LiTFSI", "ACN", "tBP"]
    text = "bis(trifluoromethane)sulfonimide lithium salt (Li-TFSI) was used"
    assert names(offline, text) == ["bis(trifluoromethane)sulfonimide lithium", "Li-TFSI"]


def test_a_spaced_formula_keeps_its_glued_hydrate(offline, names):
    text = "Co (CH3COO)2*4H2O, Ni (NO3)2\u00b76H2O and urea were used"
    assert names(offline, text)[:2] == ["Co (CH3COO)2*4H2O", "Ni (NO3)2\u00b76H2O"]
    # an oxidation number is no formula's bracket
    assert "Fe (III)*5" not in names(offline, "Fe (III)*5 was")


def test_only_unit_symbols_are_units_after_a_number(offline, names):
    assert names(offline, "cut from a grade 2 Ti plate and dried at 100 Pa and 5 V") == ["Ti"]
    assert quantities.unit_symbol("Pa") and not quantities.unit_symbol("Ti")


def test_a_symbol_opening_a_company_name_is_no_element(offline, names):
    assert names(offline, "a Zr rod (Zr Metals Ltd, UK) and Al powder (Al Chemicals Inc.)") == ["Zr", "Al"]
    assert vendors.company_name("(Ni Alloys GmbH)", 3)
    assert not vendors.company_name("Ni foam (Alfa Aesar)", 2)


def test_ionic_liquid_shorthand(offline, names):
    text = "ILs such as [EMIM][BF4], bmimPF6 and [C4mim]NTf2 and HmimOAc were dried; the bmim cation"
    assert names(offline, text) == ["[EMIM][BF4]", "bmimPF6", "[C4mim]NTf2", "HmimOAc"]
    assert ionic_liquid("bmimXY") is None and ionic_liquid("mimic") is None


def test_ionic_liquid_structures_agree_with_opsin(full):
    pairs = {
        "emimBF4": "1-ethyl-3-methylimidazolium tetrafluoroborate",
        "[BMIM][PF6]": "1-butyl-3-methylimidazolium hexafluorophosphate",
        "[hmim]Cl": "1-hexyl-3-methylimidazolium chloride",
        "omimBr": "1-octyl-3-methylimidazolium bromide",
        "HmimOAc": "1-methylimidazolium acetate",
        "[C2mim][NTf2]": "1-ethyl-3-methylimidazolium bis(trifluoromethanesulfonyl)imide",
        "[Bmim][OTf]": "1-butyl-3-methylimidazolium trifluoromethanesulfonate",
        "[emim][DCA]": "1-ethyl-3-methylimidazolium dicyanamide",
        "[bmim]HSO4": "1-butyl-3-methylimidazolium hydrogen sulfate",
        "[emim][EtSO4]": "1-ethyl-3-methylimidazolium ethyl sulfate",
    }
    for short, name in pairs.items():
        assert ionic_liquid(short).smiles == full.resolve(name), short


def test_alkyl_words_sharing_a_class_word(offline, full, names):
    assert names(offline, "extracted with methyl or ethyl acetate") == ["methyl", "ethyl acetate"]
    text = "washed with dimethyl or diethyl ether and with methyl, ethyl and propyl acetate"
    found = full.find(text)
    assert [m.name for m in found] == ["dimethyl", "diethyl ether", "methyl", "ethyl", "propyl acetate"]
    assert [m.smiles for m in found][:2] == ["COC", "CCOCC"]
    found = names(offline, "an ethyl group or a methyl ether")
    assert "ethyl" not in found and "methyl" not in found  # no list of alkyl words: a group
