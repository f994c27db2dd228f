"""SMILES detection in prose, checked on the shipped labelled set (tests/data/detect) and edge cases."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from chemtrove.chem import tags
from chemtrove.chem.detect import ACRONYMS, Span, find_smiles

DATA = Path(__file__).resolve().parents[1] / "data" / "detect"

DECOYS = [
    # asked for explicitly
    "I", "CO", "NaCl", "CNN", "HCl", "CH2Cl2", "CN", "NO", "SCN", "COC", "C", "O", "N", "P", "S", "B",
    "Co", "ICP", "OSC", "CCS", "SN2", "NMR", "IR", "OH", "CH3NH3PbI3", "Fe2O3", "C2H6", "CH4",
    # roman numerals, sample ids, figures, references, units
    "II", "III", "IV", "(I)", "(II)", "C12", "S1", "N2", "C60", "C18", "2a", "S3", "[12]", "[3,4]",
    "(111)", "mg/mL", "cm-1", "C2/c", "P21/c",
    # bond and ratio notation, initials, acronyms that parse as SMILES
    "C=O", "C=C", "C-H", "O-H", "C/O", "N/C", "N.B.", "O=S=O", "FCC", "BCC", "CNC", "CNS", "PCC",
    "NBS", "COF", "NCO", "ClCN", "BrCN", "NOCl", "Cl", "Br", "ICl", "SPS", "NBO", "CCSD(T)", "B3LYP",
    # formulas and reagents
    "CO2", "SO2", "TiO2", "K2CO3", "NaBH4", "LiAlH4", "CCl4", "CHCl3", "SOCl2", "POCl3", "BF4-", "NO3-",
    "Pd/C", "[BMIM]", "[PF6]", "g-C3N4", "Cs2CO3", "Et3N", "DMSO", "CDCl3", "MeOH", "NH4OH",
]  # fmt: skip


def _load(part: str) -> list[dict]:
    with open(DATA / f"{part}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _score(items: list[dict]) -> tuple[float, float, int]:
    tp = fp = fn = 0
    for item in items:
        gold = {(a, b) for a, b, _ in item["spans"]}
        pred = {(s.start, s.end) for s in find_smiles(item["text"])}
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    return tp / (tp + fp), tp / (tp + fn), tp + fn


@pytest.mark.parametrize("part", ["dev", "test"])
def test_precision_recall_on_labelled_set(part):
    precision, recall, n_gold = _score(_load(part))
    assert n_gold >= 150
    assert precision >= 0.95, precision
    assert recall >= 0.90, recall


def test_labelled_set_is_consistent_and_spans_are_well_formed():
    for part in ("dev", "test"):
        for item in _load(part):
            text = item["text"]
            assert all(text[a:b] == s for a, b, s in item["spans"])
            spans = find_smiles(text)
            assert all(text[s.start : s.end] == s.smiles for s in spans)
            assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))


def test_materials_prose_has_no_detections():
    prose = [x for part in ("dev", "test") for x in _load(part) if x["source"].startswith("materials:")]
    assert len(prose) >= 150
    assert [s.smiles for x in prose for s in find_smiles(x["text"])] == []


def test_decoys_placed_in_the_labelled_set_are_not_detected():
    placed = {d for part in ("dev", "test") for item in _load(part) for d in item["decoys"]}
    assert len(placed) >= 80
    assert {d for d in placed if find_smiles(d)} == set()


@pytest.mark.parametrize("decoy", DECOYS)
def test_decoy_is_not_detected(decoy):
    assert find_smiles(decoy) == []
    assert find_smiles(f"The sample was treated with {decoy}, then {decoy} ({decoy}).") == []


def test_trailing_sentence_punctuation_is_stripped():
    for text in [
        "The product was CCOC(C)=O.",
        "We used CCOC(C)=O, then",
        "SMILES: CCOC(C)=O;",
        'Say "CCOC(C)=O".',
    ]:
        assert [s.smiles for s in find_smiles(text)] == ["CCOC(C)=O"], text
    assert [s.smiles for s in find_smiles("Salts such as CC(=O)[O-].[Na+].")] == ["CC(=O)[O-].[Na+]"]
    assert [s.smiles for s in find_smiles("Ends with a ring c1ccccc1...")] == ["c1ccccc1"]


def test_parentheses():
    assert find_smiles("Ethanol (CCO) is a solvent.") == [Span(9, 12, "CCO")]
    assert [s.smiles for s in find_smiles("Isopropanol, CC(C)O, boils at 82 °C.")] == ["CC(C)O"]
    assert [s.smiles for s in find_smiles("Compound 3 (CC(C)O) was inactive.")] == ["CC(C)O"]
    assert [s.smiles for s in find_smiles("the acid (CC(=O)O).")] == ["CC(=O)O"]
    assert [s.smiles for s in find_smiles("the pair (c1ccncc1, CC(C)(C)O) differs")] == [
        "c1ccncc1",
        "CC(C)(C)O",
    ]
    assert [s.smiles for s in find_smiles("A candidate [CC(C)Cc1ccccc1] passed.")] == ["CC(C)Cc1ccccc1"]
    assert [s.smiles for s in find_smiles("see C[C@H](N)C(=O)O [12].")] == ["C[C@H](N)C(=O)O"]


def test_acronym_rules_and_smiles_context():
    assert find_smiles("face-centered cubic (FCC) and cellulose nanocrystals (CNC)") == []
    assert find_smiles("The CNN was trained on SMILES and a CCS model") == []
    assert [s.smiles for s in find_smiles("SMILES: CCS")] == ["CCS"]
    assert [s.smiles for s in find_smiles("its SMILES string is COC.")] == ["COC"]
    assert [s.smiles for s in find_smiles("diethyl ether (CCOCC)")] == ["CCOCC"]
    assert [s.smiles for s in find_smiles("CCS here", acronyms=())] == ["CCS"]


def test_keyword_thresholds():
    assert find_smiles("formaldehyde C=O") == []
    assert [s.smiles for s in find_smiles("formaldehyde C=O", min_heavy_atoms=2)] == ["C=O"]
    assert find_smiles("sulfuric acid OS(=O)(=O)O") == []
    assert [s.smiles for s in find_smiles("sulfuric acid OS(=O)(=O)O", require_carbon=False)] == ["OS(=O)(=O)O"]
    assert [s.smiles for s in find_smiles("SCN", min_plain_carbons=1, min_plain_carbon_fraction=0, acronyms=())] == [
        "SCN"
    ]
    long = "C" * 50 + "(C)O"
    assert find_smiles(long, max_length=20) == []
    assert [s.smiles for s in find_smiles(long)] == [long]


def test_urls_dois_emails_are_ignored():
    for text in [
        "https://example.org/CC(C)O",
        "doi:10.1021/CC(C)O",
        "see www.CCOCC.org",
        "mail CC(C)O@example.com",
        "<https://pubchem.ncbi.nlm.nih.gov/compound/CCO>",
    ]:
        assert find_smiles(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\x00\xff junk",
        "\ud800",
        "\ud800CCO(C)",
        "CC(\ud800)O",
        "é CCé ΔH (CC)² 𝒞",
        "[" * 1000,
        "(" * 10_000 + "x",
    ]
    + ["C" * 1_000_000, "CC(C)O " * 100_000, ")" * 100_000, "[Na+]" * 50_000],
)
def test_adversarial_inputs_never_raise(text):
    start = time.perf_counter()
    spans = find_smiles(text)
    assert time.perf_counter() - start < 30
    assert all(text[s.start : s.end] == s.smiles for s in spans)


def test_non_str_gives_empty():
    assert find_smiles(None) == []  # type: ignore[arg-type]
    assert find_smiles(b"CCO") == []  # type: ignore[arg-type]


def test_tag_smiles_canonicalizes_and_is_idempotent():
    once = tags.tag_smiles("Ethanol (OCC) and acetic acid, OC(C)=O.")
    assert once == "Ethanol ([START_SMILES]CCO[END_SMILES]) and acetic acid, [START_SMILES]CC(=O)O[END_SMILES]."
    assert tags.tag_smiles(once) == once
    for item in _load("test")[:120]:
        once = tags.tag_smiles(item["text"])
        assert tags.tag_smiles(once) == once
        assert tags.tag_smiles_detailed(once).n_tagged == 0
        assert tags.strip_tags(tags.tag_smiles(item["text"], canonical=False)) == item["text"]


def test_acronym_list_is_uppercase_tokens():
    assert all(a.isupper() and a.isalpha() for a in ACRONYMS)
