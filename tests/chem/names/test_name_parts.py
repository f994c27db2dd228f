"""Names that are only the first part of a compound named with a functional-class word, and substrates named in an
enzyme's name (sentences of the project's journal sets)."""

from __future__ import annotations

import time

from chemtrove.chem.names.match import NameMatch
from chemtrove.chem.names.parts import class_word_end, enzyme_word, without_parts


def test_the_first_part_of_a_class_named_compound_is_no_mention(full, names):
    for text, part in (
        ("from the commercially available racemic butadiene monoepoxide 5 , which can easily be", "butadiene"),
        ("in greater yield than employing the MIDA disodium salt ( Table 4 , entry 5 ).", "MIDA"),
        ("absorbing peaks ( Figure 2 ) , adenosine phosphorimidazolide ( 2a ; tR = 12 min", "adenosine"),
        (
            "In the reaction between 8 and N-phenyltetrazole disul\ufb01de ( PtSSPt ) , the corresponding",
            "N-phenyltetrazole",
        ),
        ("producing methionine NH - sulfoximine 34 in a good yield", "methionine"),
        ("The subsequent Suzuki reaction with the pyrrole boronic acid,46 according to", "pyrrole"),
    ):
        found = names(full, text)
        assert part not in found and "boronic acid" not in found, (text, found)


def test_a_compound_named_with_an_epoxide_word_is_read_whole(full):
    text = "9 Deracemisation of butadiene monoepoxide 5 with palladium catalyzed Trost"
    found = {m.name: m.smiles for m in full.find(text) if m.resolved}
    assert found.get("butadiene monoepoxide") == "C=CC1CO1"
    assert "butadiene" not in found


def test_a_name_read_whole_or_followed_by_a_bare_salt_word_stays(full, names):
    assert "butadiene" in names(full, "polymerization of butadiene in hexane")
    assert "zinc acetate" in " ".join(names(full, "zinc acetate was dissolved in water"))
    text = "PCBM (>99%), bis(trifluoromethane)sulfonamide lithium salt (Li-TFSI, 99.95%), anhydrous"
    assert "bis(trifluoromethane)sulfonamide lithium" in names(full, text)
    assert "Cu" in names(full, "Stoichiometric quantities of Zn and Cu salts were dissolved in 100 mL of water")


def test_a_substrate_in_an_enzymes_name_is_no_mention(full, names):
    text = (
        "the enzymes O-acetylhomoserine sulfhydra- lase 2 ( OAH2 ) , betaine homocysteine methyltransferase "
        "( BHMT ) , and SAMsyn"
    )
    found = names(full, text)
    assert "O-acetylhomoserine" not in found and "homocysteine" not in found
    assert "glucose" not in names(full, "the glucose oxidase was immobilized on the electrode")
    assert "glucose" in names(full, "glucose release was measured")


def test_english_words_ending_in_ase_are_no_enzymes():
    for word in ("base", "phase", "phases", "case", "release", "increase", "decrease", "database", "vase"):
        assert not enzyme_word("pyridine " + word, 8), word
    for word in ("oxidase", "kinases", "methyltransferase", "protease", "urease", "sulfhydra- lase"):
        assert enzyme_word("pyridine " + word, 8), word


def test_bounded_time_on_long_input():
    line = "glucose " + "a" * 10_000 + "ase " + "x " * 500_000
    t0 = time.perf_counter()
    assert enzyme_word(line, 7) is False  # the word lies past the look-ahead window
    assert class_word_end("x" + " -" * 500_000, 1) is None
    match = NameMatch(0, 7, "glucose", "OCC1OC(O)C(O)C(O)C1O", "lexicon", None)
    assert without_parts(line, [match]) == [match]
    assert time.perf_counter() - t0 < 1.0
