"""Organic-chemistry prose, second journal round: common reagents, supported catalysts, parents naming a part
of a molecule, hyphenation breaks after a position letter, a Greek letter or a primed locant (made-up
sentences of each class)."""

from __future__ import annotations

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.numbers import without_numbered_parents
from chemtrove.chem.names.prose import tidied_prose


def _match(text: str, name: str, kind: str = "systematic") -> NameMatch:
    start = text.index(name)
    return NameMatch(start, start + len(name), name, "C", kind, "test")


def test_common_reagents_of_organic_papers(offline, names):
    text = (
        "The diol was oxidized by TEMPO and PIDA in HFIP, then TMSOTf, Et3SiH and nBuLi were added; "
        "NFSI with PivOH, TBAB, bipy, EtONa and Xantphos followed."
    )
    assert names(offline, text) == [
        "TEMPO",
        "PIDA",
        "HFIP",
        "TMSOTf",
        "Et3SiH",
        "nBuLi",
        "NFSI",
        "PivOH",
        "TBAB",
        "bipy",
        "EtONa",
        "Xantphos",
    ]
    tempo = next(m for m in offline.find(text) if m.name == "TEMPO")
    assert tempo.smiles == "CC1(C)CCCC(C)(C)N1[O]"  # the nitroxyl radical


def test_boron_trifluoride_etherate_is_one_name(offline, names):
    assert names(offline, "It was treated with boron trifluoride etherate at 0 °C.") == ["boron trifluoride etherate"]


def test_supported_catalysts_are_no_mention(offline, names):
    text = "Hydrogenolysis over palladium on carbon, palladium hydroxide on charcoal or 10 % Pd / C in ethanol."
    assert names(offline, text) == ["ethanol"]
    assert names(offline, "Then Pd(OH)2/C and PdCl2 in methanol.") == ["PdCl2", "methanol"]


def test_parent_naming_a_part_of_a_molecule_is_no_mention():
    text = (
        "Lithiation of the thiazole ring and the acetonide moiety, isocyanide insertion8 and the 2-methylthiazole ring."
    )
    found = [_match(text, n) for n in ("thiazole", "acetonide", "isocyanide", "2-methylthiazole")]
    assert [m.name for m in tidied_prose(text, found, lambda name: None)] == ["2-methylthiazole"]


def test_formula_before_a_part_word_stays():
    text = "the TiO2 core and the pyridine solvent"
    found = [_match(text, "TiO2", "formula"), _match(text, "pyridine")]
    assert [m.name for m in tidied_prose(text, found, lambda name: None)] == ["TiO2", "pyridine"]


def test_breaks_after_a_position_letter_greek_letter_or_primed_locant(full, names):
    assert names(full, "Then p- anisidine ( 2b ) was added.") == ["p- anisidine"]
    assert names(full, "Oxidation gave 1,4-naphtho- quinone ( 5 ).") == ["1,4-naphtho- quinone"]
    assert names(full, "Then α- (prop-2-ynyloxy)acetaldehyde was added.") == ["α- (prop-2-ynyloxy)acetaldehyde"]
    assert names(full, "The Boc group of di-tert-butoxycarbonylguani- dine was kept.") == [
        "di-tert-butoxycarbonylguani- dine"
    ]


def test_reference_numbers_glued_to_words(full, names):
    assert names(full, "Oxidation with ruthenium tetroxide23 gave dimethyl disulfide21,22 ( 3 ).") == [
        "ruthenium tetroxide",
        "dimethyl disulfide",
    ]
    assert names(full, "It was heated in ethanol12-14 and water.") == ["ethanol", "water"]


def test_salt_with_a_spaced_joint_is_one_name(offline, names):
    text = "Coupling with HOBt and EDCI - HCl in a Tris-HCl buffer; HCl - water."
    assert names(offline, text) == ["HOBt", "EDCI - HCl", "Tris-HCl", "HCl", "water"]
    salt = next(m for m in offline.find(text) if m.name == "EDCI - HCl")
    assert salt.smiles == "CCN=C=NCCCN(C)C.Cl"


def test_adduct_with_a_spaced_joint_is_one_name(offline, names):
    text = "The synthesis of enaminones from ketones and DMF − DMA is well precedented ; DCM − THF mixtures"
    assert names(offline, text) == ["DMF − DMA", "DCM", "THF"]
    assert next(m for m in offline.find(text) if m.name == "DMF − DMA").smiles == "COC(OC)N(C)C"


def test_compound_numbers_with_a_letter_a_dash_or_glued_references():
    text = "Then ethynylcarbinol 1f, quinoline 6n-2 as a product, chiral alcohol 12,6e,r and copper 2p."
    found = [_match(text, n) for n in ("ethynylcarbinol", "quinoline", "alcohol", "copper")]
    assert [m.name for m in without_numbered_parents(text, found)] == ["copper"]


def test_parent_before_unit_or_part_is_no_mention():
    text = "The furanone unit survived, the dioxane part did not, and the 5-bromofuranone unit was kept."
    found = [_match(text, n) for n in ("furanone", "dioxane", "5-bromofuranone")]
    assert [m.name for m in tidied_prose(text, found, lambda name: None)] == ["5-bromofuranone"]


def test_an_element_before_substrates_is_the_element(full, names):
    # a sentence of a materials paper (MuLMS semi_05, tests/data/names/mulms_sentences.tsv), shortened
    text = "SiC profiles in CVD growth processes on structured silicon substrates with  inverted pyramid patterns"
    assert names(full, text) == ["SiC", "silicon"]
    assert names(full, "films grown on gold substrates and copper salts") == ["gold"]
    # a parent name before "substrates" stays a class of reactants
    assert names(full, "the indole substrates") == []


def test_a_named_complex_before_a_part_word_stays_one_compound(offline, names):
    text = "( Figure 3 , for Nu = nucleobase ) with Zeise ’s dimer insertion into the ring"
    assert names(offline, text) == ["Zeise ’s dimer"]
    assert names(offline, "failed to react using the first generation of the Grubbs catalyst , but") == [
        "Grubbs catalyst"
    ]
    assert names(offline, "followed by isocyanide insertion8 to yield palladium complex B.") == []
