"""Materials prose (sentences of the project's MuLMS sets): the parts of a stabilized oxide, of a copolymer and
of a firm's name, a gas beside air, and the solvent after an ionomer's code."""

from __future__ import annotations

import time

import pytest

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.material_names import in_firm_name, material_spans
from chemtrove.chem.names.members import glued_parts


def test_the_oxides_of_a_spaced_stabilized_oxide_are_one_material(offline, names):
    text = (
        "For most experiments (100) oriented yttria stabilized zirconia (YSZ, 9.5 mol % Y2O3, Crystec GmbH, "
        "Germany) single crystalline substrates were used with a thickness of 0.5 mm."
    )
    assert names(offline, text) == ["Y2O3"]
    assert names(offline, "scandia doped ceria and gadolinia-free zirconia") == ["zirconia"]
    assert names(offline, "zirconia and yttria were mixed") == ["zirconia", "yttria"]


def test_the_monomers_of_a_copolymer_are_no_mentions(full, names):
    text = (
        "The catalyst layer decals were prepared by coating the catalyst inks on ethylene tetrafluoroethylene "
        "(ETFE) sheet using a micrometer adjustable film casting doctor blade."
    )
    assert names(full, text) == []
    assert names(full, "a styrene butadiene rubber binder") == []
    # monomers listed with "and", or one monomer, are the monomers
    assert names(full, "ethylene and propylene (1:1) were fed") == ["ethylene", "propylene"]
    assert "ethylene glycol" in names(full, "ethylene glycol (EG) was added")


def test_an_element_word_inside_a_firm_name_is_no_substance(full, names):
    text = (
        "then theywere assembled with two gas diffusion layers (GDLs, 25BCH, SGL Carbon Group Co., Ltd.) and "
        "a single serpentine pattern cell"
    )
    assert names(full, text) == []
    t = "Carbon Co., Ltd. made it"
    assert in_firm_name(t, NameMatch(0, 6, "Carbon", "[C]", "systematic", "opsin")) is False  # no firm word before


def test_a_gas_beside_air_is_named(offline, names):
    text = (
        "The break-in procedure was accomplished by operating the cell at 80 ◦C and fully humidified gases "
        "(H2/Air at anode/cathode)."
    )
    assert names(offline, text) == ["H2"]
    assert names(offline, "under O2/air flow") == ["O2"]
    assert names(offline, "under Ar/air flow") == []  # an element beside air: one gas mixture, as "H2/Ar"


def test_the_solvent_after_an_ionomer_code_is_named(offline, names):
    text = "Subsequently, 5 wt% QPAF-4-MeOH (ion exchange capacity (IEC) = 2.0 meq g−1) was added."
    assert names(offline, text) == ["MeOH"]
    assert [("QPAF-4-MeOH"[a:b]) for a, b in glued_parts("QPAF-4-MeOH")] == ["MeOH"]
    assert glued_parts("MeOH-QPAF") == [] and glued_parts("BH3-THF") == []  # a complex's formula is no code
    assert names(offline, "Then BH3-THF (1.2 equiv) was added.") == ["BH3-THF"]


@pytest.mark.parametrize(
    "text",
    [
        "yttria stabilized " * 60_000 + "zirconia",
        "ethylene " * 120_000 + "(ETFE)",
        ("ethylene-" * 120_000)[:-1] + " rubber",
        "x" * 10_000 + " yttria stabilized zirconia " + "y" * 10_000,
        "SGL Carbon " * 90_000 + "Group Co., Ltd.",
    ],
)
def test_material_spans_is_bounded_in_time(text, offline):
    t0 = time.perf_counter()
    material_spans(text)
    offline.find(text[:200_000])
    assert time.perf_counter() - t0 < 30, text[:40]


def test_glued_parts_is_bounded_in_time():
    t0 = time.perf_counter()
    for token in ("Q" * 10_000 + "-4-MeOH", "QPAF-" + "4" * 10_000 + "-MeOH", "A1-" * 5_000 + "MeOH"):
        glued_parts(token)
    assert time.perf_counter() - t0 < 5
