"""Fifth round of context rules, on sentences of real synthesis paragraphs: lists written as one token,
element symbols before form nouns, element names before objects, metal strings that are codes."""

from __future__ import annotations

import pytest

from chemtrove.chem.names.formulas import looks_like_formula
from chemtrove.chem.names.spans import list_is_members, list_members


def test_a_slash_list_names_each_member(offline, names):
    text = "The molar composition of the system was 1:0.11:0.24:395:36 SiO2/CTAB/NaOH/H2O/EtOH. After 1 h"
    assert names(offline, text) == ["SiO2", "CTAB", "NaOH", "H2O", "EtOH"]
    text = "purified by column chromatography on silica gel with EtOAc/n-hexane (1/10) as eluent."
    assert names(offline, text)[-2:] == ["EtOAc", "n-hexane"]
    text = "growth of the silica shell on the Co NPs in an ethanol/water mixture according to"
    assert names(offline, text)[-3:] == ["Co", "ethanol", "water"]


def test_gases_joined_by_a_slash(offline, names):
    assert names(offline, "Air (O2/N2 mixture gases) and He were supplied") == ["O2", "N2", "He"]
    assert names(offline, "heating to 600 degC for 5 h under 5 vol% N2/H2 atmosphere.") == ["N2", "H2"]
    # an element in the pair: one gas blend as the annotators mark it
    assert names(offline, "reduced in a H2/Ar (5%: 95%) flow") == []


def test_composites_and_ratios_are_not_lists(offline, names):
    assert names(offline, "CuO/CeO2 catalysts were prepared by impregnating") == []
    assert names(offline, "to obtain the Cu/ZnO nanopowder by") == []
    assert names(offline, "three different Si/Fe ratios were employed") == ["Si", "Fe"]
    assert names(offline, "the Fe/ZSM-5 zeolite nanosheets") == []


@pytest.mark.parametrize(
    ("token", "members"),
    [("O2/N2", ["O2", "N2"]), ("ethanol-water", ["ethanol", "water"]), ("Ti-6Al", []), ("a//b", []), ("TiO2", [])],
)
def test_list_members(token, members):
    assert [token[a:b] for a, b in list_members(token)] == members


def test_when_a_list_names_its_members():
    assert list_is_members(False, [True, False, False], "")  # three or more, one a compound ("SiO2/CTAB/NaOH")
    assert not list_is_members(False, [False, False, False], "samples")  # three solids: one composite
    assert list_is_members(False, [False, False], "mixture")
    assert list_is_members(False, [True, True], "flow")
    assert not list_is_members(False, [True, False], "flow")  # N2 with an element or a solid
    assert not list_is_members(True, [True, False], "mixture")  # a hyphen needs two compounds


def test_hyphenated_solvent_mixtures(offline, full, names):
    assert names(offline, "dissolved into 26 mL of ethanol-water mixture (12:1 in volume)") == ["ethanol", "water"]
    assert names(offline, "TLC was used (Silufol, chloroform-hexane 2:1) for Zn-TPP") == ["chloroform", "hexane"]
    assert "glycine" not in names(full, "prepared by the glycine-nitrate process")


def test_element_symbol_before_a_form_noun(offline, names):
    text = "Synthesis of the Co NPs: Citrate-stabilized Co NPs were prepared from classical NaBH4 reduction"
    assert names(offline, text) == ["Co", "Co", "NaBH4"]
    assert names(offline, "Stoichiometric quantities of Zn and Cu salts were dissolved")[-1] == "Cu"
    assert names(offline, "the Co content of the") == []  # an English-word symbol alone stays out


def test_element_name_before_an_object(full, names):
    assert names(full, "fixed on a quartz tube using a silver ring as an adhesive agent") == []
    assert names(full, "cast into 50 x 50 x 50 mm iron molds in two layers") == []
    assert names(full, "and a platinum electrode as the auxiliary electrode") == []
    # graphene is the element since the thirteenth round, the supplier's name is not
    assert names(full, "Graphene was drop-casted onto silicon wafers (Graphene Supermarket, USA)") == ["Graphene"]
    # forms of the substance and other nouns keep the substance reading
    assert names(full, "gold nanoparticles were") == ["gold"]
    assert names(full, "the as-grown carbon products were purified") == ["carbon"]
    assert names(full, "of diluted mercury solutions; their concentration") == ["mercury"]


def test_metal_strings_are_codes_not_formulas(offline, names):
    assert [looks_like_formula(w) for w in ("NiLaZr", "NiCuLaZr", "NiTi", "TiN", "Ni3Al")] == [
        False,
        False,
        True,
        True,
        True,
    ]
    text = "NiLaZr and NiCuLaZr catalysts were prepared by co-precipitation"
    assert names(offline, text) == []
    assert names(offline, "in supported TiN catalysts. Thus") == ["TiN"]
