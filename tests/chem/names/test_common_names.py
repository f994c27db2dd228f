"""The common trivial names of the default lexicon's last section (drugs, hormones, vitamins, cofactors,
natural products, dyes, pesticides, explosives, ligands, reagents, coordination compounds): each row's SMILES,
computed by OPSIN from the row's systematic name, has the molecular formula of the compound the name means
(formulas written from the compounds, not from the lexicon), so a wrong systematic name is caught; and the
finder reads these names in made-up sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

from chemtrove.chem.names import opsin_available, opsin_unavailable_reason, resolve_name
from chemtrove.chem.names.lexicon import default_lexicon
from chemtrove.chem.names.match import canonical_smiles

sys.path.insert(0, str(Path(__file__).parent))
from common_names_formulas import FORMULAS  # noqa: E402
from lexicon_sections import section_rows  # noqa: E402

needs_opsin = pytest.mark.skipif(not opsin_available(), reason=f"OPSIN is not installed: {opsin_unavailable_reason()}")

SECTION = "Common trivial names"


def _section_rows() -> dict[str, tuple[str, str]]:
    """``name -> (smiles, systematic name)`` of the rows of this section of the default lexicon."""
    return section_rows(SECTION)


def test_every_row_of_the_section_has_its_formula_checked():
    rows = _section_rows()
    assert len(rows) >= 300
    assert sorted(set(rows) ^ set(FORMULAS)) == []


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_the_lexicon_structure_has_the_compounds_formula(name):
    smiles, systematic = _section_rows()[name]
    mol = Chem.MolFromSmiles(smiles)
    assert mol is not None, (name, smiles)
    assert CalcMolFormula(mol) == FORMULAS[name], (name, systematic)


def test_each_name_resolves_to_its_row():
    lex, rows = default_lexicon(), _section_rows()
    wrong = {n: lex.get(n) for n, (smi, _) in rows.items() if lex.get(n) != smi}
    assert wrong == {}
    assert resolve_name("warfarin") == canonical_smiles(rows["warfarin"][0])
    assert resolve_name("Rhodamine B") == canonical_smiles(rows["rhodamine B"][0])  # a sentence start


def test_a_drug_in_a_sentence(offline):
    text = "The patient received 5 mg of warfarin daily."
    [m] = [m for m in offline.find(text) if m.resolved]
    assert (m.start, m.end, m.name, m.kind) == (29, 37, "warfarin", "lexicon")
    assert CalcMolFormula(Chem.MolFromSmiles(m.smiles)) == "C19H16O4"


def test_a_dye_with_a_code_is_read_whole_also_at_a_sentence_start(offline, names):
    found = [m for m in offline.find("Rhodamine B was used as a probe.") if m.resolved]
    assert [(m.start, m.end, m.name) for m in found] == [(0, 11, "Rhodamine B")]
    assert CalcMolFormula(Chem.MolFromSmiles(found[0].smiles)) == "C28H31ClN2O3"
    assert names(offline, "Eosin Y (2 mol%) and rhodamine 6G under blue light.") == ["Eosin Y", "rhodamine 6G"]
    assert names(offline, "Vitamin B1 and vitamin E were given; penicillin G was not.") == [
        "Vitamin B1",
        "vitamin E",
        "penicillin G",
    ]


def test_two_anticancer_drugs(offline):
    found = [m for m in offline.find("cisplatin and paclitaxel were compared") if m.resolved]
    assert [(m.start, m.end, m.name) for m in found] == [(0, 9, "cisplatin"), (14, 24, "paclitaxel")]
    assert [CalcMolFormula(Chem.MolFromSmiles(m.smiles)) for m in found] == ["H6Cl2N2Pt", "C47H51NO14"]


def test_abbreviations_and_eponyms(offline, names):
    text = "TNT, RDX and DDT residues; BHT and BPA; Pd(OAc)2 with dppf; Wilkinson's catalyst in THF."
    assert names(offline, text) == [
        "TNT",
        "RDX",
        "DDT",
        "BHT",
        "BPA",
        "Pd(OAc)2",
        "dppf",
        "Wilkinson's catalyst",
        "THF",
    ]


def test_english_words_and_partial_codes_are_no_names(offline, names):
    # "indigo" and "retinal" are not in the lexicon: a colour and an adjective far more often than the compounds
    assert names(offline, "The indigo sky over the retinal cells.") == []
    assert names(offline, "Cyclic voltammetry of phase B; vitamin intake; the rhodamine family.") == []
    # a metal before "catalyst" is the metal where a support is named (an unsupported one stands for a complex)
    assert names(offline, "A supported Pt catalyst, a complex salt and nitrogen gas.") == ["Pt", "nitrogen"]


@needs_opsin
def test_with_opsin_the_lexicon_reading_wins(full, names):
    assert names(full, "Cells were treated with doxycycline and stained with DAPI.") == ["doxycycline", "DAPI"]


def test_a_lexicon_drug_with_its_salt_word_is_the_salt(offline):
    text = "Propranolol hydrochloride and metformin hydrochloride were dissolved; the hydrochloride salt was dried."
    found = [m for m in offline.find(text) if m.resolved]
    assert [(m.start, m.name) for m in found] == [(0, "Propranolol hydrochloride"), (30, "metformin hydrochloride")]
    assert [CalcMolFormula(Chem.MolFromSmiles(m.smiles)) for m in found] == ["C16H22ClNO2", "C4H12ClN5"]
    assert default_lexicon().get("hydrochloride") is None
