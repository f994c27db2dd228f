"""Extension version 3 (ByteLevel before the unit split) gives exactly version 2's ids and offsets.

The oracle is the version-2 layout (unit split over the text, ByteLevel last), rebuilt from the same
tokenizer: on the test corpora, adversarial texts (non-ASCII whitespace and digits inside spans, bounds
counted in characters, BOMs, control characters, binary junk, 20,000-character units) and seeded random
texts, on the four bases, both layouts must give the same pre-tokenizer pieces, ids and offsets.
"""

from __future__ import annotations

import json
import random

import pytest

from chemtrove.chem.tags import END_CIF, END_SMILES, START_CIF, START_SMILES, wrap_cif, wrap_smiles
from chemtrove.tokenize import (
    PROBES,
    base_equivalent,
    check_extension,
    extension_info,
    load_tokenizer,
    split_units,
)
from chemtrove.tokenize import pretokenize as P
from chemtrove.tokenize import pretokenize_bytes as PB
from chemtrove.tokenize.pretokenize import iter_spans
from chemtrove.tokenize.tokenizer_json import to_byte_level

STYLES = ("gpt2-real", "gpt2", "qwen2", "llama3")
NBSP, IDEO_SPACE, EM_SPACE, NEL, ARABIC_3, MATH_0 = "\u00a0", "\u3000", "\u2003", "\u0085", "\u0663", "\U0001d7d8"

ADVERSARIAL_CIFS = [
    "data_x\n_symmetry_space_group_name_H-M" + NBSP + "P1\n_H-M " + NBSP + "x\n_H-M P" + NBSP + "1\n",
    f"_H-M {ARABIC_3}abc\n_H-M {MATH_0}1\n_H-M 'a{IDEO_SPACE}b'\n_H-M\t'{ARABIC_3}'\n",
    f"{NBSP}_cell_a 1\n{IDEO_SPACE}_cell_b{NBSP}2\n{EM_SPACE}_f{ARABIC_3} x\u2028_g {NEL}_h\n_x\u00e9\u00e9 1\n",
    *("data_x\n" + "\u00e9" * n + " Sc Co\n" + "\u4e2d" * n + "Sn\n" for n in (250, 251, 252, 253, 254, 255, 256)),
    *("\U0001f9ea" * n + "Nb In Sc\n" for n in (253, 254, 255)),
    f"loop_\n _atom_site_label\n  Co{NBSP}Co1{IDEO_SPACE}0.5{ARABIC_3}\r\n  Sc\u00a0\u00e9\n",
    "\ufeffdata_bom\n_cell_length_a\t5.64\x0b\x0c\x1c\x7f\x00 ?\n",
]
ADVERSARIAL_SMILES = [
    *("[C" + "\u00e9" * n + "]C" for n in (37, 38, 39, 40)),
    *("[N" + "\U0001f9ea" * n + "]" for n in (38, 39)),
    f"[C{NBSP}H]C[{IDEO_SPACE}]C[{ARABIC_3}]C{ARABIC_3}{MATH_0}%1{ARABIC_3}",
    "\ufeffCCO\u00adC\x00C\x7fC\u200bC",
    f"CC{NBSP}O {EM_SPACE}C\tC\r\nC",
]


def adversarial_texts() -> list[str]:
    """Texts aimed at every fragment the byte-level unit regex rewrites."""
    rng = random.Random(17)
    junk = [bytes(rng.randrange(256) for _ in range(300)).decode("utf-8", errors="replace") for _ in range(40)]
    texts = [wrap_cif(c) for c in ADVERSARIAL_CIFS] + [START_CIF + c for c in ADVERSARIAL_CIFS]
    texts += [wrap_smiles(s) for s in ADVERSARIAL_SMILES] + [START_SMILES + s for s in ADVERSARIAL_SMILES]
    pairs = zip(ADVERSARIAL_SMILES, ADVERSARIAL_CIFS, strict=False)
    texts += [f"Prose {NBSP}é {ARABIC_3} {wrap_smiles(s)} and {wrap_cif(c)} done." for s, c in pairs]
    texts += [START_CIF + j for j in junk] + [START_SMILES + j for j in junk] + junk
    texts += [START_CIF + "_" + "\u00e9" * 20000, wrap_smiles("[" + "\u00e9" * 20000 + "]"), START_CIF + NBSP * 20000]
    texts += [f"{END_CIF}{NBSP}{START_CIF}{NBSP}_a{END_CIF}"]
    return texts


def random_texts(n: int, seed: int = 31) -> list[str]:
    """Random texts over tag, unit and non-ASCII atoms (whitespace, digits, letters, emoji, controls)."""
    rng = random.Random(seed)
    extra = [NBSP, IDEO_SPACE, EM_SPACE, NEL, ARABIC_3, MATH_0, "\ufeff", "\x00", "\x0b", "\x1c", "\x7f", "\u00ad"]
    extra += ["\u00e9", "\u4e2d", "\U0001f9ea", "\ufffd", "Sc", "Co", "_H-M ", "H-M\t'", "[C@@H]", "\r", "\u2028"]
    atoms = [*"CNOcn()[]=#@+-/%.:*>< \t\n'_0123456789adlH", START_SMILES, START_CIF, END_SMILES, END_CIF, *extra]
    return ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 160))) for _ in range(n)]


def as_v2(tok):
    """The same tokenizer in the version-2 layout (unit split over the text, ByteLevel last)."""
    from tokenizers import Tokenizer

    data = json.loads(tok.to_str())
    steps = data["pre_tokenizer"]["pretokenizers"]
    assert steps[-2]["type"] == "ByteLevel" and steps[-1]["pattern"]["Regex"] == PB.byte_level_chem_pattern()
    steps[0]["pattern"]["Regex"] = steps[0]["pattern"]["Regex"].replace("extension v3;", "extension v2;", 1)
    steps[-2:] = [{**steps[-1], "pattern": {"Regex": P.CHEM_PATTERN}}, steps[-2]]
    return Tokenizer.from_str(json.dumps(data, ensure_ascii=False))


@pytest.fixture(scope="module")
def oracle_texts(split_texts, cifs) -> list[str]:
    texts = split_texts + [f"A crystal: {wrap_cif(c)} done." for c in cifs]
    return texts + adversarial_texts() + random_texts(3000)


def _pieces(tok, texts):
    return [tok.pre_tokenizer.pre_tokenize_str(t) for t in texts]


@pytest.mark.parametrize("style", STYLES)
def test_version_3_gives_version_2_ids_and_offsets(style, extended, oracle_texts):
    new, _ = extended[style]
    old = as_v2(new)
    assert extension_info(new).version == 3 and extension_info(old).version == 2
    assert _pieces(new, oracle_texts) == _pieces(old, oracle_texts)
    enc_new, enc_old = new.encode_batch(oracle_texts), old.encode_batch(oracle_texts)
    for text, a, b in zip(oracle_texts, enc_new, enc_old, strict=True):
        assert (a.ids, a.offsets) == (b.ids, b.offsets), repr(text[:120])
    decoded = new.decode_batch([e.ids for e in enc_new], skip_special_tokens=True)
    norm = new.normalizer.normalize_str if new.normalizer is not None else str  # Qwen2: NFC, as its base
    assert [d for d, t in zip(decoded, oracle_texts, strict=True) if d != norm(t)] == []


@pytest.mark.parametrize(
    "key, naive",
    [
        ("any", r"[\s\S]"),  # would cut a non-ASCII character into its bytes
        ("digit", "[0-9]"),  # a non-ASCII digit after _H-M would start a space-group symbol
        ("bracket_char", "[^\\[\\]ĉĊċČčĠ]"),  # 40 bytes, not characters; NBSP inside brackets
        ("sg_char", "[^ĉĊċČčĠ']"),  # NBSP would not end an unquoted symbol
        ("field_lb", "(?<![^\\]ĉĊċČčĠ])"),  # NBSP before '_' would not start a field
        ("field_run", "[^\\[ĉĊċČčĠ]+"),  # NBSP would not end a field
        ("line_char", "[^Ċ]"),  # 255 bytes, not characters, before Sc/Co/Sn
        ("st", r" \t"),  # the text's space and tab, not their mapped characters
        ("nl", r"\n"),
        ("cr", r"\r"),
    ],
)
def test_the_oracle_catches_each_naive_fragment(key, naive, extended):
    """Each rewritten fragment matters: written naively, the adversarial texts split differently."""
    new, _ = extended["gpt2-real"]
    old = as_v2(new)
    alphabet = dict(PB.byte_level_alphabet(), **{key: naive})
    data = json.loads(new.to_str())
    data["pre_tokenizer"]["pretokenizers"][-1]["pattern"]["Regex"] = P.chem_pattern(*P.unit_patterns(alphabet))
    naive_tok = type(new).from_str(json.dumps(data, ensure_ascii=False))
    texts = adversarial_texts() + random_texts(300)
    assert _pieces(naive_tok, texts) != _pieces(old, texts)


def test_split_units_agrees_with_the_tokenizer_pieces(extended, oracle_texts):
    """split_units keeps the plain regex: its units, byte-mapped, are the tokenizer's pieces of each span."""
    tok, _ = extended["gpt2-real"]
    n = 0
    for text in oracle_texts[::3]:
        for kind, span in iter_spans(text):
            if kind in ("smiles", "cif"):
                pieces = [p for p, _ in tok.pre_tokenizer.pre_tokenize_str(span)]
                assert pieces == [to_byte_level(u) for _, u in split_units(span)], repr(span[:120])
                n += 1
    assert n > 1000


@pytest.mark.parametrize("style", ["gpt2-real", "llama3"])
def test_version_2_tokenizers_still_work(style, extended, base_dirs, tagged_corpus):
    """A version-2 tokenizer.json loads, passes the checks and gives back its base (base_equivalent)."""
    new, _ = extended[style]
    old = as_v2(new)
    base = load_tokenizer(base_dirs[style])
    docs = tagged_corpus[:150] + adversarial_texts()
    assert check_extension(old, base, [*PROBES, *docs]) == []
    for tok in (old, new):
        assert [e.ids for e in base_equivalent(tok).encode_batch(docs)] == [e.ids for e in base.encode_batch(docs)]


def test_onig_sets_hold_the_unicode_members():
    assert {0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x3000, 0x2003, 0x85} <= set(PB.onig_set(r"\s"))
    assert {ord(ARABIC_3), ord(MATH_0)} <= set(PB.onig_set(r"\d")) and 0x41 not in PB.onig_set(r"\d")
