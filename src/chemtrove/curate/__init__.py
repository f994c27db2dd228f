"""datatrove steps and ready-made pipelines that turn chemistry corpora into tagged parquet shards.

Every step is a small, picklable :class:`datatrove.pipeline.base.PipelineStep`: ``__init__`` stores
validated configuration, RDKit/pymatgen objects are built lazily in ``run()``, and every record ends
either in an output shard or in the quarantine with a reason code (see :mod:`chemtrove.chem.reasons`).
"""

from chemtrove.curate.crystals import (
    CanonicalizeCif,
    CifFileReader,
    StructureDedupFilter,
    StructureDedupFind,
    StructureSignature,
    TagCifInProse,
)
from chemtrove.curate.decontam import BenchmarkSet, Decontaminate, decontaminate_shards
from chemtrove.curate.dedup import exact_dedup_steps
from chemtrove.curate.filters import (
    ChemistryShareFilter,
    HeavyAtomFilter,
    LengthFilter,
    ValidTaggedSmilesFilter,
)
from chemtrove.curate.inmemory import apply, near_duplicates
from chemtrove.curate.molecules import CanonicalizeReactions, CanonicalizeSmiles
from chemtrove.curate.names import TagNamesInProse
from chemtrove.curate.progress import ProgressStep
from chemtrove.curate.prose import TagSmilesInProse
from chemtrove.curate.readers import TableReader
from chemtrove.curate.readers_pubchem import PubChemDumpReader
from chemtrove.curate.readers_pymatgen import PymatgenJsonReader
from chemtrove.curate.readers_reactions import OrdReader, UsptoRsmiReader
from chemtrove.curate.readers_sdf import SdfReader
from chemtrove.curate.records import RecordCheck, RecordToText
from chemtrove.curate.writers import QuarantineWriter, ShardWriter

__all__ = [
    "ProgressStep",
    "apply",
    "decontaminate_shards",
    "exact_dedup_steps",
    "near_duplicates",
    "BenchmarkSet",
    "CanonicalizeCif",
    "CanonicalizeReactions",
    "CanonicalizeSmiles",
    "ChemistryShareFilter",
    "CifFileReader",
    "Decontaminate",
    "HeavyAtomFilter",
    "LengthFilter",
    "OrdReader",
    "PubChemDumpReader",
    "PymatgenJsonReader",
    "QuarantineWriter",
    "RecordCheck",
    "RecordToText",
    "SdfReader",
    "ShardWriter",
    "StructureDedupFilter",
    "StructureDedupFind",
    "StructureSignature",
    "TableReader",
    "TagCifInProse",
    "TagNamesInProse",
    "TagSmilesInProse",
    "UsptoRsmiReader",
    "ValidTaggedSmilesFilter",
]
