"""The unit split written for the byte-level alphabet, so that it can run after the ``ByteLevel`` step.

Extension version 3 maps each prose word and each whole tagged span to the byte-level alphabet once
(``ByteLevel(use_regex=False)``) and then splits the mapped span into units, instead of mapping every unit
on its own (version 2: ``ByteLevel`` last, once per SMILES atom or CIF digit). The byte-level map is per byte
and concatenates, so if the unit regex cuts the mapped span where :data:`~pretokenize.CHEM_PATTERN` cuts the
span itself, the BPE model sees the same pieces: the same ids, the same offsets.

:func:`byte_level_chem_pattern` builds that regex from the same template as the plain one
(:func:`~pretokenize.unit_patterns`), with every character-level fragment rewritten for the mapped alphabet
(GPT-2's ``bytes_to_unicode``): printable ASCII other than the space is itself, the space is ``Ġ``, a tab
``ĉ``, a newline ``Ċ``, a carriage return ``č``; a character outside ASCII becomes its lead byte's character
(``À``-``ÿ``) followed by one to three continuation bytes' characters. So

* a class of ASCII characters becomes the class of their mapped characters;
* "one character" becomes one mapped ASCII character or one lead with its continuations, so bounds counted
  in characters (a bracket atom's 40, a CIF line's 255) still count characters;
* ``\\s`` and ``\\d`` keep Oniguruma's Unicode sets: the non-ASCII members are read from the regex engine
  itself (:func:`onig_set`) and written as byte sequences, so NBSP or an Arabic-Indic digit is treated in a
  span exactly as before.
"""

from __future__ import annotations

from functools import lru_cache

from chemtrove.tokenize import pretokenize
from chemtrove.tokenize.tokenizer_json import bytes_to_unicode

_SCAN_LIMIT = 0x30000
"""Code points scanned for a class's members (no ``\\s`` or ``\\d`` character lies above)."""


@lru_cache(maxsize=4)
def onig_set(regex: str) -> tuple[int, ...]:
    """The code points that a one-character Oniguruma regex matches, as the ``tokenizers`` library runs it.

    Args:
        regex: A regex matching one character, e.g. ``\\s``.

    Returns:
        The matched code points (below U+30000), sorted.
    """
    from tokenizers import Regex
    from tokenizers import pre_tokenizers as pt

    chars = "".join(chr(c) for c in range(_SCAN_LIMIT) if not 0xD800 <= c <= 0xDFFF)
    kept = pt.Split(Regex(regex), "removed").pre_tokenize_str(chars)
    left = {c for piece, _ in kept for c in piece}
    return tuple(ord(c) for c in chars if c not in left)


def _mapped(text: str) -> str:
    table = bytes_to_unicode()
    return "".join(table[b] for b in text.encode("utf-8"))


def _ranges(chars: set[str]) -> str:
    """A class body for a set of characters (none of them a class metacharacter)."""
    codes = sorted(map(ord, chars))
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(chr(codes[i]) if i == j else f"{chr(codes[i])}-{chr(codes[j])}")
        i = j + 1
    return "".join(out)


def _sequences(codepoints: list[int]) -> list[str]:
    """Non-ASCII characters as mapped byte sequences, grouped by all but their last byte."""
    groups: dict[str, set[str]] = {}
    for c in codepoints:
        m = _mapped(chr(c))
        groups.setdefault(m[:-1], set()).add(m[-1])
    return [f"{prefix}[{_ranges(last)}]" for prefix, last in sorted(groups.items())]


@lru_cache(maxsize=1)
def byte_level_alphabet() -> dict[str, str]:
    """The fragments of :data:`~pretokenize.RAW_ALPHABET` rewritten for byte-level mapped text.

    Returns:
        The fragments, same keys.
    """
    table = bytes_to_unicode()
    lead = _ranges({table[b] for b in range(0xC0, 0x100)})
    cont = _ranges({table[b] for b in range(0x80, 0xC0)})
    space = onig_set(r"\s")
    wsa = "".join(table[c] for c in space if c < 0x80)  # every one maps outside printable ASCII: no escapes
    assert all(ord(ch) >= 0x100 for ch in wsa)
    naws = "|".join(_sequences([c for c in space if c >= 0x80]))
    nadigit = "|".join(_sequences([c for c in onig_set(r"\d") if c >= 0x80]))
    one_na = f"[{lead}][{cont}]{{1,3}}"  # one non-ASCII character

    def not_ws(excluded: str) -> str:  # one character that is neither whitespace nor one of ``excluded`` (ASCII)
        return f"(?:[^{excluded}{wsa}{lead}{cont}]|(?!{naws}){one_na})"

    return {
        "digit_fast": "[0-9]",  # a non-ASCII digit reaches "digit" below, before any other unit can start there
        "digit": f"[0-9]|(?=[{lead}])(?:{nadigit})",
        "st": table[ord(" ")] + table[ord("\t")],
        "nl": table[ord("\n")],
        "cr": table[ord("\r")],
        "any": f"(?:{one_na}|[\\s\\S])",
        "bracket_char": not_ws("\\[\\]"),
        "sg_char": not_ws("'"),
        "field_lb": f"(?:(?<![^\\]{wsa}])|(?<={naws}))",
        "field_run": f"(?:[^\\[{wsa}{lead}]|(?!{naws})[{lead}])+",
        "line_char": f"(?:[^{table[ord(chr(10))]}{cont}][{cont}]{{0,3}})",
    }


@lru_cache(maxsize=1)
def byte_level_chem_pattern() -> str:
    """The unit split (:data:`~pretokenize.CHEM_PATTERN`) for text already mapped to the byte-level alphabet.

    Returns:
        An Oniguruma regex whose pieces over ``to_byte_level(span)`` are ``to_byte_level`` of
        :data:`~pretokenize.CHEM_PATTERN`'s pieces over ``span``.
    """
    return pretokenize.chem_pattern(*pretokenize.unit_patterns(byte_level_alphabet()))
