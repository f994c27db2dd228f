"""The vocabulary of reason codes: why a record was rejected or flagged.

Every code that can leave a chemtrove function or step is listed here with a one-line meaning, so the
quarantine and the run reports can be read without the source. Composite codes are built from these:
a reaction rejected because one of its reactants failed to parse carries ``reactant_parse_failed``
(``<role>_<molecule code>``, role one of ``reactant``, ``agent``, ``product``).
"""

from __future__ import annotations

REASONS: dict[str, str] = {
    # any input
    "not_a_string": "the value is not a str (None, bytes, number)",
    "empty": "the value is empty or only whitespace",
    "too_long": "longer than the configured character limit (guards RDKit/pymatgen against pathological input)",
    "non_ascii": "contains characters outside ASCII (SMILES are ASCII; also catches lone surrogates and mojibake)",
    "whitespace": "a SMILES with internal whitespace (a name or a second field glued to it)",
    "binary": "looks like binary data (NUL or other control bytes)",
    "invalid_unicode": "undecodable bytes or lone surrogates (wrong encoding, broken UTF-8)",
    # reading
    "bad_json": "a JSONL line that is not a JSON object",
    "missing_column": "the configured text column is not in the file",
    "unreadable_file": "the file could not be read at all (corrupt archive, not a table); one record stands for it",
    "json_too_deep": "a JSONL line nested deeper than the JSON parser's recursion limit",
    "csv_unbalanced_quote": "a CSV/TSV line whose quote never closes properly (quarantined alone; the next rows "
    "are read)",
    "truncated_file": "a compressed file cut short or corrupt: the records before the damage were read, this "
    "record stands for the rest (its text is the last, partial line)",
    "timeout": "the per-record time limit was reached (a backstop where no cheap size bound exists)",
    # raw-source readers (chemtrove.curate.readers_*)
    "sdf_bad_block": "an SDF block that is not a readable molfile (no 'M  END', broken counts, atom or bond lines)",
    "sdf_sanitize_failed": "an SDF molfile RDKit reads but cannot sanitize (valence, kekulization)",
    "pubchem_bad_line": "a PubChem dump line that is not 'CID<TAB>value'",
    "pubchem_bad_cid": "a PubChem dump line whose CID is not a positive integer",
    "rsmi_bad_line": "a USPTO/Lowe RSMI line with more tab-separated fields than its header",
    "ord_bad_reaction": "an Open Reaction Database record that is not a valid Reaction message",
    "ord_no_reaction_smiles": "an Open Reaction Database reaction from which no reaction SMILES can be built",
    "pymatgen_bad_entry": "a JSON value that is not a pymatgen Structure or ComputedStructureEntry dict "
    "(or whose from_dict fails)",
    # SMILES
    "parse_failed": "RDKit cannot parse the SMILES syntax",
    "invalid_valence": "parses but an atom has an impossible valence",
    "kekulize_failed": "parses but the aromatic system cannot be kekulized",
    "sanitize_failed": "parses but RDKit sanitization fails for another reason",
    "no_atoms": "parses to a molecule without atoms",
    "too_many_atoms": "more atoms than the configured limit (RDKit can crash writing huge molecules)",
    "standardize_failed": "RDKit's standardizer (cleanup, fragment, uncharge, tautomer) raised",
    "write_failed": "RDKit could not write the molecule back as SMILES",
    "inchi_failed": "no InChIKey could be computed",
    # reactions
    "rxn_bad_arrows": "a reaction SMILES needs exactly two '>' separators (A>B>C or A>>C)",
    "rxn_no_reactants": "the reaction has no reactants",
    "rxn_no_products": "the reaction has no products",
    # crystals (chemtrove.chem.crystals)
    "cif_no_data_block": "no line starts a CIF data block ('data_...')",
    "cif_syntax": "the CIF text cannot be tokenized (an empty loop, unbalanced quotes or other syntax error)",
    "cif_loop_mismatch": "a loop's values do not fill its columns (truncated loop or a missing column value)",
    "cif_no_atom_sites": "no block lists an atom site with a known position (no _atom_site_fract_* loop, or only '?')",
    "cif_missing_field": "a required field is absent (e.g. a column of the atom-site loop)",
    "cif_bad_number": "a cell parameter or coordinate is not a number (e.g. '4.0(3', '?'); a '?' occupancy is 1",
    "cif_bad_symmetry": "a symmetry operation is not a valid 'x, y, z'-style expression, or cannot be applied",
    "cif_unknown_space_group": "the declared space group (name, Hall symbol or number) is in no table and no "
    "symmetry operations are given: the cell content cannot be built",
    "cif_symmetry_conflict": "the declared space-group name, Hall symbol and number name different groups",
    "cif_bad_cell": "the declared cell parameters give no lattice (missing, singular or degenerate)",
    "cif_cell_volume_mismatch": "the declared _cell_volume differs by more than 5% from the volume of the "
    "declared cell parameters (a mistyped length or angle)",
    "cif_parse_failed": "pymatgen raised for another reason while building the structure",
    "unknown_element": "a site carries a symbol that is not a chemical element (pymatgen's dummy species)",
    "bad_cell_length": "a cell length is negative, zero or outside 0.5-1000 Å",
    "bad_cell_angle": "a cell angle is outside 10-170 degrees",
    "volume_too_small": "the cell volume is below 0.1 Å³",
    "occupancy_above_one": "the occupancies on one site (or on coinciding atoms) sum to more than 1",
    "partial_occupancy": "the structure is disordered (a site with occupancy below 1 or mixed species)",
    "atoms_too_close": "two atoms are closer than 0.5 Å (partially occupied alternatives excepted)",
    "formula_inconsistent": "the declared _chemical_formula_sum disagrees with the sites (elements or ratios), "
    "or the cell holds neither Z (_cell_formula_units_Z) formula units nor the formula itself",
    "too_many_sites": "more sites than the configured limit, counted before pymatgen expands the symmetry "
    "(guards pymatgen, spglib and the matcher)",
    "cif_expansion_too_large": "the listed sites times the symmetry operations exceed the limit (checked before "
    "pymatgen expands the cell: a short CIF could otherwise take minutes)",
    "symmetry_failed": "spglib found no symmetry dataset at the requested tolerance",
    "cif_write_failed": "the canonical CIF could not be written",
    "describe_failed": "the structure could not be described (no symmetry or neighbours found); crystals.describe",
    # filters on records and prose
    "heavy_atoms_below_min": "fewer heavy atoms than the filter's minimum",
    "heavy_atoms_above_max": "more heavy atoms than the filter's maximum",
    "chem_share_below_min": "prose with too small a share of tagged chemistry",
    "chem_share_above_max": "prose with too large a share of tagged chemistry",
    "text_too_short": "text shorter than the length filter's minimum",
    "text_too_long": "text longer than the length filter's maximum",
    "invalid_tagged_smiles": "a [START_SMILES] span whose content is not a valid SMILES",
    "duplicate": "an exact duplicate of a record kept elsewhere (same canonical key)",
    "duplicate_structure": "the same crystal (StructureMatcher) as a record kept elsewhere",
    "near_duplicate": "a near-duplicate (MinHash) of a prose document kept elsewhere",
    "missing_field": "the configured column or metadata field is absent",
}

FLAGS: dict[str, str] = {
    "unstable_canonical": "RDKit's canonical SMILES cycled between forms; the smallest string was kept",
    "fragment_removed": "standardization kept the largest organic fragment and dropped others",
    "atom_maps_removed": "a reaction's atom-map numbers were removed",
    "agents_folded": "agents were moved into the reactants",
    "partial_occupancy": "kept a disordered structure (partial_occupancy='tag')",
    "charge_unbalanced": "SMACT finds no charge-neutral set of oxidation states (a tag: ~15% of real materials)",
    "charge_unknown": "SMACT could not judge charge balance (e.g. unusual elements)",
    "multiple_structures": "the CIF holds several structures; the first was used",
}


def describe(code: str) -> str:
    """Human-readable meaning of a reason or flag code, including ``<role>_<code>`` composites.

    Args:
        code: A reason or flag code.

    Returns:
        Its description, or ``"unknown reason code"``.

    Example:
        >>> describe("reactant_parse_failed")
        'reactant: RDKit cannot parse the SMILES syntax'
    """
    if code in REASONS:
        return REASONS[code]
    if code in FLAGS:
        return FLAGS[code]
    if code.startswith("contaminated_"):
        return f"matches an item of the evaluation set {code[len('contaminated_') :]!r}"
    for role in ("reactant", "agent", "product"):
        prefix = role + "_"
        if code.startswith(prefix) and code[len(prefix) :] in REASONS:
            return f"{role}: {REASONS[code[len(prefix) :]]}"
    return "unknown reason code"
