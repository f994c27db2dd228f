"""Chemical names in prose become structures, offline.

``find_names(text)`` finds names ("2-chloro-5-nitropyridine", "triethylamine", "DCM", "lead(II) acetate",
"sodium sulfate decahydrate") and inorganic formulas ("TiO2", "Li2CO3") with their character offsets and
structures; ``resolve_name(name)`` resolves one name; ``annotate_names(text, style=...)`` rewrites prose
so each resolved name carries its tagged SMILES. Resolution, in order: lexicons (the shipped default
lexicon, TSV files, a PubChem index), pymatgen for formulas, then OPSIN for systematic names (a JVM
process per worker, needs ``pip install 'chemtrove[names]'``; without it lexicons and formulas still work).

Example:
    >>> from chemtrove.chem.names import NameFinder, find_names
    >>> finder = NameFinder(opsin=False)  # lexicons and formulas only
    >>> [(m.name, m.smiles) for m in find_names("Li2CO3 was stirred in THF.", finder=finder)]
    [('Li2CO3', None), ('THF', 'C1CCOC1')]
"""

from chemtrove.chem.names.annotate import NameAnnotation, annotate_names, annotate_names_detailed
from chemtrove.chem.names.finder import NameFinder, NameMatch, default_finder, find_names, resolve_name
from chemtrove.chem.names.formulas import Formula, parse_formula
from chemtrove.chem.names.lexicon import Lexicon, PubChemIndex, build_pubchem_index, default_lexicon, load_lexicon
from chemtrove.chem.names.opsin import OpsinUnavailable
from chemtrove.chem.names.opsin import available as opsin_available
from chemtrove.chem.names.opsin import unavailable_reason as opsin_unavailable_reason

__all__ = [
    "Formula",
    "Lexicon",
    "NameAnnotation",
    "NameFinder",
    "NameMatch",
    "OpsinUnavailable",
    "PubChemIndex",
    "annotate_names",
    "annotate_names_detailed",
    "build_pubchem_index",
    "default_finder",
    "default_lexicon",
    "find_names",
    "load_lexicon",
    "opsin_available",
    "opsin_unavailable_reason",
    "parse_formula",
    "resolve_name",
]
