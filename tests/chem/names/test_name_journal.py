"""Journal prose as PDF extraction leaves it: ligatures, hyphenation breaks, glued reference numbers, metals
standing for a catalyst, ligand abbreviations in complexes and names before compound numbers (made-up
sentences of each class)."""

from __future__ import annotations

from chemtrove.chem.names.formulas import parse_formula
from chemtrove.chem.names.journal import relocated, spelled_out
from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.numbers import is_bare_parent, without_numbered_parents


def _match(text: str, name: str, kind: str = "systematic") -> NameMatch:
    start = text.index(name)
    return NameMatch(start, start + len(name), name, "C", kind, "test")


def test_bare_parent_before_a_compound_number_is_no_mention():
    text = "Then the pyrrolidine 7b and 2-bromopyridine 9 gave the oxazole byproduct 12c in 40 % yield."
    found = [_match(text, n) for n in ("pyrrolidine", "2-bromopyridine", "oxazole")]
    assert [m.name for m in without_numbered_parents(text, found)] == ["2-bromopyridine"]


def test_quantities_brackets_and_formulas_keep_the_name():
    text = "Add toluene 10 mL and ethanol 95 %, then indole ( 4 ), water 2.5 g and NaBH4 17 at 0 °C; Cu 2p."
    found = [_match(text, n) for n in ("toluene", "ethanol", "indole", "water")] + [
        _match(text, "NaBH4", "formula"),
        _match(text, "Cu", "formula"),
    ]
    assert [m.name for m in without_numbered_parents(text, found)] == [
        "toluene",
        "ethanol",
        "indole",
        "water",
        "NaBH4",
        "Cu",
    ]


def test_name_before_derivative_is_a_family():
    text = "The 5-methoxyindole derivative was stable, as was 5-methoxyindole."
    found = [_match(text, "5-methoxyindole")]
    found.append(NameMatch(text.rindex("5-"), text.rindex("5-") + 15, "5-methoxyindole", "C", "systematic", "t"))
    assert [m.start for m in without_numbered_parents(text, found)] == [found[1].start]


def test_located_substituents_make_a_compound():
    assert not is_bare_parent("3-chloro-2-methylpyridine")
    assert not is_bare_parent("5-methyl furfural")
    assert is_bare_parent("2,3-dihydrobenzofuran")
    assert is_bare_parent("1-benzazepine")
    assert is_bare_parent("benzyl alcohol")


def test_ligatures_are_read_spelled_out_and_spans_stay_on_the_text(offline, names):
    text = "The aﬀord step used triﬂuoroacetic acid and diﬂuoromethane."
    spelled, where = spelled_out(text, offline)
    assert spelled == "The afford step used trifluoroacetic acid and difluoromethane."
    assert len(where) == len(spelled) + 1
    m = NameMatch(spelled.index("tri"), spelled.index(" and"), "trifluoroacetic acid", "C", "lexicon", "t")
    assert [x.name for x in relocated(text, where, [m])] == ["triﬂuoroacetic acid"]
    assert names(offline, text)[0] == "triﬂuoroacetic acid"
    assert spelled_out("no ligature here", offline) is None


def test_name_broken_by_a_hyphenation_space_is_joined(full, names):
    text = "Then 3- methylbutan-1-ol in dichloro- methane gave, with an N- methylpiperidine - promoted step, it."
    assert names(full, text) == ["3- methylbutan-1-ol", "dichloro- methane", "N- methylpiperidine"]
    found = {m.name: m.smiles for m in full.find(text)}
    assert found["dichloro- methane"] == "ClCCl"
    assert found["3- methylbutan-1-ol"] == "CC(C)CCO"


def test_break_not_joined_when_the_joined_text_is_no_name(offline, names):
    assert names(offline, "The pre- ethanol wash and the 4- ethanol step.") == ["ethanol", "ethanol"]


def test_glued_reference_number_after_a_name(offline, names):
    assert names(offline, "It was dissolved in DMSO12 , then THF3 and CO2 were added.") == ["DMSO", "THF", "CO2"]
    assert names(offline, "The FeCl3 was kept.")[0] == "FeCl3"


def test_metal_standing_for_a_catalyst_is_no_mention(offline, names):
    text = "The Rh - catalyzed and Pd(II)-catalyzed steps, the boron - mediated step and a hydrogen atom shift."
    assert names(offline, text) == []
    assert names(offline, "The AuCl3- catalyzed step used Pd on Al2O3.") == ["AuCl3", "Pd", "Al2O3"]


def test_ligand_abbreviations_in_complexes():
    formulas = {
        "Pd(PPh3)4": "PdP4C72H60",
        "Pd2(dba)3": "Pd2C51H42O3",
        "P(t-Bu)3": "PC12H27",
        "ClSi(TMS)3": "ClSi4C9H27",
        "Ni(PPh3)2(1-naphthyl)Cl": "NiClP2C46H37",
        "Ni(cod)2": "NiC16H24",
    }
    from pymatgen.core import Composition

    for written, atoms in formulas.items():
        parsed = parse_formula(written)
        assert parsed is not None, written
        assert Composition(parsed.reduced).reduced_composition == Composition(atoms).reduced_composition, written


def test_complexes_found_in_prose_and_ligand_alone_dropped(offline, names):
    text = "With Pd2(dba)3 / P(t-Bu)3 and the Ni(PPh3)2(1-naphthyl)Cl- catalyzed step; then [PdCl2 (PPh3)2] ."
    assert names(offline, text) == ["Pd2(dba)3", "P(t-Bu)3", "Ni(PPh3)2(1-naphthyl)Cl"]


def test_abbreviation_defined_in_spaced_brackets(full, names):
    text = "With chloroacetic acid ( CAA ) , the CAA salt formed."
    assert names(full, text) == ["chloroacetic acid", "CAA", "CAA"]


def test_common_reagent_abbreviations_and_torn_adducts(offline, names):
    text = "Then KF , Bu3P and DDQ with LiHMDS ; the EDC - mediated step in BF3 OEt2 gave TiO2 ZnO films."
    found = {m.name: m.smiles for m in offline.find(text) if m.resolved}
    assert list(found) == ["KF", "Bu3P", "DDQ", "LiHMDS", "EDC", "BF3 OEt2", "TiO2", "ZnO"]
    assert found["BF3 OEt2"] == "CC[O+](CC)[B-](F)(F)F"
    assert found["EDC"] == "CCN=C=NCCCN(C)C"


def test_protecting_group_ethers_are_a_class(offline, names):
    text = "As its TBS ether and after the silyl ethers were cleaved in ether, the THP ester was kept."
    assert names(offline, text) == ["ether"]


def test_metal_words_before_catalyst_or_complex_stand_for_it(offline, names):
    text = "With the rhodium catalyst, the Pd(0) catalyst and a palladium complex; a supported Pd catalyst on C."
    assert names(offline, text) == ["Pd"]


def test_compound_derived_from_a_numbered_one_and_amino_alcohols(full, names):
    text = "The lithium acetylide derived from 12 and an amino alcohol , in ethanol ; lithium acetylide ."
    assert names(full, text) == ["ethanol", "lithium acetylide"]


def test_word_broken_inside_by_a_hyphenation_space(offline, names):
    text = "It was kept in tetra- hydrofuran , then in a pre- ethanol wash."
    found = {m.name: m.smiles for m in offline.find(text) if m.resolved}
    assert names(offline, text) == ["tetra- hydrofuran", "ethanol"]
    assert found["tetra- hydrofuran"] == "C1CCOC1"


def test_abbreviations_and_formulas_before_a_number_stay():
    text = "The ketone with NaBH(OAc)3 27 and DMSO 3 gave it."
    found = [_match(text, "NaBH(OAc)3", "lexicon"), _match(text, "DMSO", "lexicon")]
    assert [m.name for m in without_numbered_parents(text, found)] == ["NaBH(OAc)3", "DMSO"]


def test_roman_numeral_and_role_words_before_a_number():
    text = "The squaramide III and the pyrrolidine catalyst 4 gave 2-chloropyridine IV; copper II was inert."
    found = [_match(text, n) for n in ("squaramide", "pyrrolidine", "2-chloropyridine", "copper")]
    # a bare parent before a Roman numeral or "catalyst 4" is a class; an element word before one keeps its state
    assert [m.name for m in without_numbered_parents(text, found)] == ["2-chloropyridine", "copper"]


def test_roman_numerals_after_names_stay_bounded():
    import time

    text = "thiourea II " * 100_000 + "thiourea IIII-"
    found = [NameMatch(i * 12, i * 12 + 8, "thiourea", "NC(N)=S", "systematic", "t") for i in range(100_001)]
    t0 = time.perf_counter()
    assert without_numbered_parents(text, found) == [found[-1]]
    assert time.perf_counter() - t0 < 10


def test_greek_letter_locates_a_substituent_before_a_number():
    text = "Then β-chlorostyrene 5c and the stilbene 5b were heated."
    found = [_match(text, n) for n in ("β-chlorostyrene", "stilbene")]
    assert [m.name for m in without_numbered_parents(text, found)] == ["β-chlorostyrene"]
    assert not is_bare_parent("α-methylstyrene") and is_bare_parent("α-pinene")
