"""The organic reagents and their abbreviations of the default lexicon (its section after the common trivial names):
each row's SMILES, computed by OPSIN from the row's systematic name, has the molecular formula of the reagent the
name means (formulas written from the compounds, not from the lexicon), and the finder reads these names whole in
made-up sentences, while ambiguous abbreviations left out of the section stay unread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdkit import Chem
from rdkit.Chem.rdMolDescriptors import CalcMolFormula

from chemtrove.chem.names.lexicon import default_lexicon

sys.path.insert(0, str(Path(__file__).parent))
from lexicon_sections import section_rows  # noqa: E402
from reagent_names_formulas import FORMULAS  # noqa: E402

SECTION = "Organic reagents and their abbreviations"


def _section_rows() -> dict[str, tuple[str, str]]:
    """``name -> (smiles, systematic name)`` of the rows of this section of the default lexicon."""
    return section_rows(SECTION)


def test_every_row_of_the_section_has_its_formula_checked():
    rows = _section_rows()
    assert len(rows) >= 200
    assert sorted(set(rows) ^ set(FORMULAS)) == []


@pytest.mark.parametrize("name", sorted(FORMULAS))
def test_the_lexicon_structure_has_the_reagents_formula(name):
    smiles, systematic = _section_rows()[name]
    mol = Chem.MolFromSmiles(smiles)
    assert mol is not None, (name, smiles)
    assert CalcMolFormula(mol) == FORMULAS[name], (name, systematic)


def test_each_name_resolves_to_its_row_and_is_found_whole(offline):
    lex, rows = default_lexicon(), _section_rows()
    assert {n: lex.get(n) for n, (smi, _) in rows.items() if lex.get(n) != smi} == {}
    missed = {}
    for name in rows:
        text = f"Then {name} (1.2 equiv) was added."
        found = [(m.name, m.kind) for m in offline.find(text) if m.resolved]
        if found != [(name, "lexicon")]:
            missed[name] = found
    assert missed == {}


def test_reagent_abbreviations_in_sentences(offline, names):
    assert names(offline, "HOAt (1.2 equiv) and HATU were added.") == ["HOAt", "HATU"]
    [hoat] = [m for m in offline.find("HOAt was added.") if m.resolved]
    assert (hoat.kind, CalcMolFormula(Chem.MolFromSmiles(hoat.smiles))) == ("lexicon", "C5H4N4O")  # not astatine
    assert names(offline, "The alcohol was oxidized with PCC in CH2Cl2, then DAST gave the fluoride.") == [
        "alcohol",
        "PCC",
        "CH2Cl2",
        "DAST",
    ]
    text = "Pd2dba3 (2 mol%) and P(o-tolyl)3 in toluene; CuBr·SMe2 and L-Selectride at -78 °C; B2pin2 and KOAc."
    assert names(offline, text) == ["Pd2dba3", "P(o-tolyl)3", "toluene", "CuBr·SMe2", "L-Selectride", "B2pin2", "KOAc"]
    assert names(offline, "[Cp*RhCl2]2 (2.5 mol%), AgSbF6 and Pd(TFA)2 with (TMS)OTf.") == [
        "[Cp*RhCl2]2",
        "AgSbF6",
        "Pd(TFA)2",
        "(TMS)OTf",
    ]


def test_named_reagents_in_sentences(offline, names):
    assert names(offline, "Lawesson's reagent converted the amide into the thioamide.") == ["Lawesson's reagent"]
    text = "Burgess reagent dehydrated the diol; Togni reagent II and Schwartz's reagent were compared."
    assert names(offline, text) == ["Burgess reagent", "Togni reagent II", "Schwartz's reagent"]
    [crabtree] = [m for m in offline.find("Crabtree's catalyst (1 mol%) under H2.") if m.name.startswith("Crab")]
    assert CalcMolFormula(Chem.MolFromSmiles(crabtree.smiles)) == "C31H50F6IrNP2"


def test_ambiguous_abbreviations_and_names_of_several_structures_are_not_read(offline, names):
    # DMP (also 2,2-dimethoxypropane, dimethyl phthalate), CAN and TBD (English in capitals), TMG (also
    # trimethylgallium), TFE (also tetrafluoroethylene), bare NsCl (2- or 4-nitro), Togni's reagent (I or II) and
    # the Grubbs catalysts (OPSIN reads no carbene ligand) are not in the section
    text = "DMP, CAN, TBD, TMG, TFE and NsCl; Togni's reagent and the Grubbs II catalyst; Oxone."
    assert names(offline, text) == []
    lex = default_lexicon()
    assert [n for n in ("DMP", "CAN", "TBD", "TMG", "TFE", "NsCl", "Togni's reagent", "Oxone") if n in lex] == []
