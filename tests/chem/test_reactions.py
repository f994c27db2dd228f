from chemtrove.chem import reactions, smiles


def test_real_reactions_canonicalize(reactions_rows):
    ok = [reactions.canonicalize(r["rxn_Smiles"]) for r in reactions_rows]
    accepted = [c for c in ok if c.ok]
    assert len(accepted) >= 0.98 * len(ok)
    for c in accepted:
        assert ":" not in c.value.replace("->", "")  # no atom maps left
        assert "atom_maps_removed" in c.flags
        # idempotent: canonical reactions canonicalize to themselves
        assert reactions.canonicalize(c.value).value == c.value
    for c in ok:
        if not c.ok:
            assert c.reason.split("_", 1)[0] in ("reactant", "agent", "product")


def test_order_and_maps_do_not_matter():
    a = reactions.canonicalize("[CH3:1][OH:2].OC(=O)C>>CC(=O)OC")
    b = reactions.canonicalize("CC(O)=O.OC>>COC(=O)C")
    assert a.value == b.value == "CC(=O)O.CO>>COC(C)=O"


def test_each_molecule_canonical(reactions_rows):
    c = reactions.canonicalize(reactions_rows[0]["rxn_Smiles"])
    for role_mols in reactions.molecules(c.value).values():
        for m in role_mols:
            assert smiles.canonicalize(m).value == m
        assert role_mols == sorted(role_mols)


def test_agents_fold():
    assert reactions.canonicalize("CCO>[H+]>C=C.O").value == "CCO>[H+]>C=C.O"
    folded = reactions.canonicalize("CCO>[H+]>C=C.O", fold_agents=True)
    assert folded.value == "CCO.[H+]>>C=C.O" and "agents_folded" in folded.flags


def test_bad_reactions_give_reasons():
    cases = {
        "CCO": "rxn_bad_arrows",
        "A>B>C>D": "rxn_bad_arrows",
        ">>CCO": "rxn_no_reactants",
        "CCO>>": "rxn_no_products",
        "CCO>>C1CC": "product_parse_failed",
        "C1CC>>CCO": "reactant_parse_failed",
        "CC..O>>CCO": "reactant_empty",
        "": "empty",
        None: "not_a_string",
        "CC>\x00>O": "binary",
    }
    for rxn, reason in cases.items():
        assert reactions.canonicalize(rxn).reason == reason, rxn


def test_dative_bond_is_not_an_arrow():
    c = reactions.canonicalize("[NH3]->[Cu+2]>>[NH3]")
    assert c.ok, c.reason


def test_cxsmiles_extension_ignored():
    assert reactions.canonicalize("CC.O>>CCO |f:0.1|").value == reactions.canonicalize("CC.O>>CCO").value
