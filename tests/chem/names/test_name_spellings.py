"""Typographic spellings of names in running text: apostrophes (’ ʼ ‘ ′), dashes and minus signs between name
parts (– — − ‐), a possessive set apart by a space as PDF text writes it ("Lawesson ’s reagent"), and accented
letters of eponyms ("Hünig's base"). Spans are the text as written; structures are the lexicon's."""

from __future__ import annotations

import time

import pytest

from chemtrove.chem.names import find_names, resolve_name, spans
from chemtrove.chem.names.lexicon import Lexicon, default_lexicon

LAWESSON = "COc1ccc(P2(=S)SP(=S)(c3ccc(OC)cc3)S2)cc1"


def _found(finder, text: str) -> list[tuple[str, str | None]]:
    """``(name, smiles)`` of the resolved names, checking that each span is the text's own."""
    found = [m for m in finder.find(text) if m.resolved]
    assert all(text[m.start : m.end] == m.name for m in found)
    return [(m.name, m.smiles) for m in found]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019", "\u02bc", "\u2018", "\u2032"])
def test_a_possessive_name_with_any_apostrophe(offline, apostrophe):
    name = f"Lawesson{apostrophe}s reagent"
    assert _found(offline, f"The amide was treated with {name}.") == [(name, offline.resolve("Lawesson's reagent"))]


@pytest.mark.parametrize("dash", ["-", "\u2013", "\u2014", "\u2212", "\u2010"])
def test_a_name_with_any_dash_between_its_parts(offline, dash):
    name = f"Dess{dash}Martin periodinane"
    expected = offline.resolve("Dess-Martin periodinane")
    assert expected is not None
    assert _found(offline, f"Oxidation with {name} gave the aldehyde.") == [(name, expected)]


def test_a_possessive_set_apart_by_a_space_as_pdf_text_writes_it(offline):
    text = "Lawesson \u2019s reagent (0.6 equiv) and then Wilkinson \u2019s catalyst were added."
    found = _found(offline, text)
    assert [n for n, _ in found] == ["Lawesson \u2019s reagent", "Wilkinson \u2019s catalyst"]
    assert found[0][1] == offline.resolve("Lawesson's reagent") == offline.resolve("Lawesson \u2019s reagent")
    assert found[1][1] == offline.resolve("Wilkinson's catalyst")
    assert [n for n, _ in _found(offline, "with Meldrum 's acid")] == ["Meldrum 's acid"]


@pytest.mark.parametrize("name", ["Hünig's base", "Hunig's base", "Hünig\u2019s base", "Hünig \u2019s base"])
def test_hunigs_base_is_dipea_however_written(offline, name):
    assert _found(offline, f"Then {name} (2.0 equiv) was added.") == [(name, offline.resolve("DIPEA"))]


def test_a_possessive_plural_keeps_its_apostrophe(offline):
    assert [n for n, _ in _found(offline, "Comins\u2019 reagent was added")] == ["Comins\u2019 reagent"]
    assert [n for n, _ in _found(offline, "reduced over Adams\u2019 catalyst.")] == ["Adams\u2019 catalyst"]
    # a closing quote after a name is no apostrophe
    assert [n for n, _ in _found(offline, "the \u2018water\u2019 and ethanol")] == ["water", "ethanol"]


@pytest.mark.parametrize(
    "text",
    [
        "the author\u2019s method",
        "the author \u2019s method",
        "stirred for 2\u20133 h",
        "see pages 12\u201315",
        "as in Fig. 2\u20134 and Table 1\u20143",
        "Lawesson \u2019s work on thionation",  # an eponym without its reagent word
        "the \u2018Comins\u2019 reagent",  # a quoted name without its possessive
        "\u2019s \u2013 \u2019s",
    ],
)
def test_typographic_prose_gives_no_names(offline, text):
    assert _found(offline, text) == []


def test_systematic_names_with_dashes_and_primes_read_as_their_ascii_spelling(full):
    for typographic, plain in [
        ("2\u2013chloro\u20135\u2013nitropyridine", "2-chloro-5-nitropyridine"),
        ("N,N\u2212dimethylformamide", "N,N-dimethylformamide"),
        ("1\u2013(4\u2032\u2013methoxyphenyl)ethan\u20131\u2013one", "1-(4'-methoxyphenyl)ethan-1-one"),
    ]:
        expected = full.resolve(plain)
        assert expected is not None
        assert _found(full, f"Then {typographic} was added.") == [(typographic, expected)]


def test_plain_spelling():
    assert spans.plain_spelling("Lawesson\u2019s reagent") == "Lawesson's reagent"
    assert spans.plain_spelling("Wilkinson \u2019s catalyst") == "Wilkinson's catalyst"
    assert spans.plain_spelling("Dess\u2014Martin") == "Dess-Martin"
    assert spans.plain_spelling("Hünig's base") == "Hunig's base"
    assert spans.plain_spelling("NO3\u2212") == "NO3\u2212"  # a minus sign after a name is its charge
    assert spans.plain_spelling("the author 's") == "the author's"
    assert spans.plain_spelling("plain text") == "plain text"


def test_lexicons_key_names_in_plain_spelling():
    lex = Lexicon([("Tröger's base", "CN1CN2Cc3ccc(C)cc3C1c1cc(C)ccc12")])
    assert lex.get("Troger\u2019s base") == lex.get("Tröger ’s base") == "CN1CN2Cc3ccc(C)cc3C1c1cc(C)ccc12"
    assert default_lexicon().get("Hünig's base") == default_lexicon().get("DIPEA")
    assert resolve_name("Lawesson \u2019s reagent") == resolve_name("Lawesson's reagent")


def test_typographic_bad_input_stays_bounded(offline):
    cases = [
        "\u2019s \u2013 " * 100_000,
        " \u2019s" * 200_000,
        "Lawesson \u2019s " * 100_000,
        "Hünig \u2019s base " * 50_000,
        "Dess\u2013Martin " * 100_000 + "periodinane",
        "Grubbs\u2019 " * 100_000,
        "\u0301" * 1_000_000,  # combining accents alone
        "".join(f"{i}\u2013chloro\u2013{i}\u2032\u2013nitro " for i in range(50_000)),  # windows that never repeat
    ]
    for text in cases:
        t0 = time.perf_counter()
        found = find_names(text, finder=offline)
        assert all(text[m.start : m.end] == m.name for m in found)
        assert time.perf_counter() - t0 < 30, text[:40]
    assert len(find_names("Hünig \u2019s base " * 50_000, finder=offline)) == 50_000
