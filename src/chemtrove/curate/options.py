"""The parts of the curate config: one typed dataclass per YAML block (sources, molecules, reactions, prose,
crystals, executor), each validated with errors that name the key and the fix, and the loader helpers that
build them from parsed YAML. :class:`chemtrove.curate.config.CurateConfig` puts them together.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from dataclasses import dataclass, field
from typing import Any

import yaml

from chemtrove.chem.tags import NAME_STYLES
from chemtrove.curate.raw_sources import OPTIONS as RAW_OPTIONS
from chemtrove.curate.raw_sources import RAW_FORMATS
from chemtrove.curate.readers import FORMATS, KINDS
from chemtrove.curate.records import template_fields
from chemtrove.hints import suggest


class ConfigError(ValueError):
    """A config value is wrong; the message names the key and what to do."""


def _check_template_syntax(where: str, template: str) -> None:
    try:
        fields = template_fields(template)
    except ValueError as e:
        raise ConfigError(f"{where}.template: {e}") from e
    if not fields:
        raise ConfigError(f"{where}.template: {template!r} has no {{field}}: every record would get the same text")
    bad = [f for f in fields if not f.isidentifier()]
    if bad:
        raise ConfigError(f"{where}.template: fields must be plain names like {{smiles}}, not {bad}")


def _suggest(name: str, options: list[str]) -> str:
    return suggest(name, options, sort=True)


def _format_or_none(detect, path: str) -> str | None:
    try:
        return detect(path)
    except ValueError:
        return None


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        parts = [_describe(a) for a in typing.get_args(hint) if a is not type(None)]
        return " or ".join(parts) + (" or null" if type(None) in typing.get_args(hint) else "")
    if origin is list:
        item = _describe(typing.get_args(hint)[0])
        plural = {"true/false": "true/false values", "an integer": "integers", "a number": "numbers"}
        return "a list of " + plural.get(item, item.removeprefix("a ").removeprefix("an ") + "s")
    if origin is dict:
        return "a mapping"
    return {bool: "true/false", int: "an integer", float: "a number", str: "a string"}.get(hint, str(hint))


def _accepts(value: Any, hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return any(_accepts(value, a) for a in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if hint is Any:
        return True
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if hint is str:
        return isinstance(value, str)
    if origin is list:
        return isinstance(value, list) and all(_accepts(v, typing.get_args(hint)[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(isinstance(k, str) for k in value)
    return True


def _check_types(obj: Any, where: str, skip: tuple[str, ...] = ()) -> None:
    """Every field of a config dataclass against its annotation: the key, the value and the fix."""
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value, hint = getattr(obj, f.name), hints[f.name]
        if _accepts(value, hint):
            continue
        fix = ""
        if isinstance(value, str):
            try:
                number = yaml.safe_load(value)
            except yaml.YAMLError:
                number = None
            if number is not None and not isinstance(number, str) and _accepts(number, hint):
                fix = f"; write it without quotes: {f.name}: {value}"
        if not fix and f.default is not dataclasses.MISSING:
            default = yaml.safe_dump(f.default, default_flow_style=True).strip().removesuffix("...").strip()
            fix = f"; e.g. {f.name}: {default}"
        raise ConfigError(f"{where}.{f.name}: expected {_describe(hint)}, got {value!r} ({type(value).__name__}){fix}")


def _in_range(
    where: str, name: str, value: Any, lo: float | None = None, hi: float | None = None, *, above: bool = False
) -> None:
    """``lo <= value <= hi`` (``lo < value`` with ``above``); ``None`` values pass."""
    if value is None:
        return
    low_bad = lo is not None and (value <= lo if above else value < lo)
    if low_bad or (hi is not None and value > hi):
        bounds = f"{'>' if above else '>='} {lo}" if hi is None else f"in {'(' if above else '['}{lo}, {hi}]"
        raise ConfigError(f"{where}.{name}: must be {bounds}, got {value!r}")


def _build(cls: type, data: Any, where: str):
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(data).__name__}")
    names = [f.name for f in dataclasses.fields(cls)]
    for key in data:
        if key not in names:
            raise ConfigError(f"{where}.{key}: unknown key; {_suggest(str(key), names)}")
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = data[f.name]
    try:
        obj = cls(**kwargs)
    except TypeError as e:
        missing = [
            f.name
            for f in dataclasses.fields(cls)
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING and f.name not in data
        ]
        if missing:
            raise ConfigError(f"{where}: missing required key(s) {', '.join(missing)}") from e
        raise ConfigError(f"{where}: {e}") from e
    _check_types(obj, where)
    obj.validate(where)
    return obj


def _type_check(where: str, name: str, value: Any, types: tuple, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) and bool not in types:
        raise ConfigError(f"{where}.{name}: expected {'/'.join(t.__name__ for t in types)}, got {value!r}")
    if not isinstance(value, types):
        raise ConfigError(f"{where}.{name}: expected {'/'.join(t.__name__ for t in types)}, got {value!r}")


MAX_NAME_CHARS = 64
"""Longest source name: it becomes part of folder, file and stat names."""
_SAFE_NAME = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_NAME_CHARS}}}")


@dataclass
class SourceConfig:
    """One input source.

    Attributes:
        name: Short identifier (letters, digits, ``_``, ``-``): used in ids and output folders.
        kind: ``molecules``, ``reactions``, ``prose`` or ``crystals``.
        path: Folder of input files (relative to the config file), or a single file.
        column: Column holding the record (SMILES, reaction, CIF or text).
        glob: Only files matching this pattern, e.g. ``"*.csv"``.
        format: ``auto`` (from file names) or one of ``smi csv tsv jsonl parquet cif``. For crystals, ``cif``
            reads ``.cif`` files (every data block a record); ``auto`` picks it when the folder holds them.
            Raw dumps: ``sdf``, ``pubchem``, ``uspto_rsmi``, ``ord``, ``pymatgen_json`` (see
            :mod:`chemtrove.curate.raw_sources`).
        id_column: Column with stable record ids (default: ``source/file/row``).
        keep_columns: Columns to keep in metadata (default all).
        licence: Licence of the source, kept in every record's metadata.
        smiles_from: ``sdf``: the SD property holding the SMILES (default: the molfile itself).
        id_from: ``sdf``: the SD property holding the id; ``pymatgen_json``: the entry key holding it.
    """

    name: str
    kind: str
    path: str
    column: str = "text"
    glob: str | None = None
    format: str = "auto"
    id_column: str | None = None
    keep_columns: list[str] | None = None
    licence: str | None = None
    smiles_from: str | None = None
    id_from: str | None = None

    def validate(self, where: str) -> None:
        _type_check(where, "name", self.name, (str,))
        if not _SAFE_NAME.fullmatch(self.name):
            raise ConfigError(
                f"{where}.name: {self.name[:80]!r} must be 1-{MAX_NAME_CHARS} ASCII letters, digits, '_' or '-' "
                "(it names folders and files), e.g. name: chembl_33"
            )
        if self.kind not in KINDS:
            raise ConfigError(f"{where}.kind: unknown kind {self.kind!r}; {_suggest(str(self.kind), list(KINDS))}")
        if self.format != "auto" and self.format not in (*FORMATS, "cif", *RAW_FORMATS):
            raise ConfigError(
                f"{where}.format: {self.format!r}; "
                f"{_suggest(str(self.format), ['auto', 'cif', *FORMATS, *RAW_FORMATS])}"
            )
        # raw dump formats (chemtrove.curate.raw_sources)
        if self.format in RAW_FORMATS and self.kind not in RAW_FORMATS[self.format]:
            raise ConfigError(
                f"{where}.format: {self.format} files feed kind {' or '.join(RAW_FORMATS[self.format])}, "
                f"not {self.kind!r}"
            )
        for opt in ("smiles_from", "id_from"):
            _type_check(where, opt, getattr(self, opt), (str,), allow_none=True)
            if getattr(self, opt) is not None and opt not in RAW_OPTIONS.get(self.format, ()):
                users = [f for f, opts in RAW_OPTIONS.items() if opt in opts]
                raise ConfigError(f"{where}.{opt}: only for format {' or '.join(users)}, not {self.format!r}")
        if self.format == "cif" and self.kind != "crystals":
            raise ConfigError(f"{where}.format: cif files are for kind crystals, not {self.kind!r}")
        _type_check(where, "path", self.path, (str,))
        if not self.path.strip():
            raise ConfigError(f"{where}.path: empty; give the folder or file of this source")
        if not self.column:
            raise ConfigError(f"{where}.column: empty; give the column holding the records, e.g. column: smiles")
        if self.id_column is not None and not self.id_column:
            raise ConfigError(f"{where}.id_column: empty; give a column name or leave it out")
        if self.glob is not None and not self.glob.strip():
            raise ConfigError(f"{where}.glob: empty; give a pattern such as '*.csv' or leave it out")


@dataclass
class MoleculeOptions:
    """How molecule sources are curated.

    Attributes:
        isomeric: Keep stereochemistry.
        standardize: RDKit standardization (cleanup, largest fragment, uncharge); ~7x slower.
        tautomers: Also canonicalize tautomers; ~75x slower.
        stable: Canonicalize to a fixed point (RDKit canonical SMILES is not always idempotent).
        dedup_key: ``smiles``, ``inchikey`` or ``none``.
        min_heavy_atoms: Smallest molecule kept (``null``: no minimum).
        max_heavy_atoms: Largest molecule kept (``null``: no maximum).
        max_atoms: Hard guard before RDKit writes a molecule.
        template: Text written to the shard, over metadata (see ``RecordToText``).
    """

    isomeric: bool = True
    standardize: bool = False
    tautomers: bool = False
    stable: bool = True
    dedup_key: str = "smiles"
    min_heavy_atoms: int | None = 2
    max_heavy_atoms: int | None = 150
    max_atoms: int = 1000
    template: str = "{smiles_tagged}"

    def validate(self, where: str) -> None:
        if self.dedup_key not in ("smiles", "inchikey", "none"):
            raise ConfigError(f"{where}.dedup_key: {self.dedup_key!r}; use smiles, inchikey or none")
        if self.tautomers and not self.standardize:
            raise ConfigError(f"{where}.tautomers: needs standardize: true as well")
        _in_range(where, "min_heavy_atoms", self.min_heavy_atoms, 0)
        _in_range(where, "max_heavy_atoms", self.max_heavy_atoms, 1)
        _in_range(where, "max_atoms", self.max_atoms, 1)
        if None not in (self.min_heavy_atoms, self.max_heavy_atoms) and self.min_heavy_atoms > self.max_heavy_atoms:
            raise ConfigError(
                f"{where}.min_heavy_atoms: {self.min_heavy_atoms} is above max_heavy_atoms {self.max_heavy_atoms}: "
                "every molecule would be dropped"
            )
        _check_template_syntax(where, self.template)


@dataclass
class ReactionOptions:
    """How reaction sources are curated.

    Attributes:
        fold_agents: Move agents into the reactants (``A.B>>C``).
        isomeric: Keep stereochemistry.
        dedup: Drop exact duplicates of the canonical reaction.
        template: Text written to the shard.
    """

    fold_agents: bool = False
    isomeric: bool = True
    dedup: bool = True
    template: str = "{reaction_tagged}"

    def validate(self, where: str) -> None:
        _check_template_syntax(where, self.template)


@dataclass
class ProseOptions:
    """How prose sources are curated.

    Attributes:
        tag_smiles: Find SMILES in the text and wrap them in tags.
        canonical: Canonicalize tagged SMILES.
        min_chars: Shortest text kept.
        max_chars: Longest text kept.
        tag_cif: Find CIF blocks pasted into the text and wrap them in tags.
        min_chem_share: Keep only prose with at least this share of tagged chemistry (``null``: all).
        dedup: Drop exact duplicate texts.
        near_dedup: Drop near-duplicates with MinHash (chemistry-aware words; documents shorter than
            ``minhash_n_grams`` words are never near-deduplicated, only exactly).
        minhash_n_grams: Words per shingle.
        minhash_buckets: LSH bands. With ``minhash_hashes_per_bucket`` r, a pair with Jaccard similarity s
            is caught with probability 1 - (1 - s^r)^b: the defaults (14 x 8) catch s = 0.8 with p ~ 0.92.
        minhash_hashes_per_bucket: Rows per band.
        tag_names: Find chemical names ("triethylamine", "DCM", "lead(II) acetate") and formulas ("TiO2")
            and annotate resolved names with their SMILES (:class:`~chemtrove.curate.names.TagNamesInProse`).
        lexicons: Name lexicons in priority order: ``default`` (shipped), TSV files ``name<TAB>smiles`` or
            PubChem ``.sqlite`` indexes (paths relative to the config file).
        style: How a resolved name is written: ``smiles`` (``name [START_SMILES]smi[END_SMILES]``), ``mist``
            (``[START_MOL] name [END_MOL][START_SMILES] smi [END_SMILES]``) or ``replace``.
        opsin: Systematic names through OPSIN: ``auto`` (when the ``names`` extra is installed), ``true``
            (required: the run fails without it) or ``false``.
    """

    tag_smiles: bool = True
    canonical: bool = True
    tag_cif: bool = True
    min_chars: int | None = 50
    max_chars: int | None = 1_000_000
    min_chem_share: float | None = None
    dedup: bool = True
    near_dedup: bool = True
    minhash_n_grams: int = 5
    minhash_buckets: int = 14
    minhash_hashes_per_bucket: int = 8
    tag_names: bool = False
    lexicons: list[str] = field(default_factory=lambda: ["default"])
    style: str = "smiles"
    opsin: bool | str = "auto"

    def validate(self, where: str) -> None:
        _in_range(where, "min_chem_share", self.min_chem_share, 0, 1)
        _in_range(where, "min_chars", self.min_chars, 0)
        _in_range(where, "max_chars", self.max_chars, 1)
        if None not in (self.min_chars, self.max_chars) and self.min_chars > self.max_chars:
            raise ConfigError(f"{where}.min_chars: {self.min_chars} is above max_chars {self.max_chars}")
        for i, lex in enumerate(self.lexicons):
            if not isinstance(lex, str) or not lex:
                raise ConfigError(f"{where}.lexicons[{i}]: expected 'default' or a file path, got {lex!r}")
        if self.style not in NAME_STYLES:
            raise ConfigError(f"{where}.style: {self.style!r}; {_suggest(str(self.style), list(NAME_STYLES))}")
        if self.opsin not in (True, False, "auto"):
            raise ConfigError(f"{where}.opsin: use true, false or auto, got {self.opsin!r}")
        for k in ("minhash_n_grams", "minhash_buckets", "minhash_hashes_per_bucket"):
            _in_range(where, k, getattr(self, k), 1)


@dataclass
class CrystalOptions:
    """How crystal sources are curated.

    Attributes:
        symmetrized: Write the symmetrized conventional cell (``false``: P1 with every site).
        decimals: Decimals of cell parameters and coordinates (CrystaLLM uses 4).
        symprec: spglib distance tolerance in Å.
        partial_occupancy: ``drop`` (reason ``partial_occupancy``), ``tag`` (keep, flagged) or ``keep``.
        properties_block: Add CrystaLLM's atomic-properties block.
        charge_balance: Flag SMACT charge-unbalanced structures (~15% of real materials: a tag, not a filter).
        max_sites: Most sites accepted, counted before pymatgen expands the symmetry; listed sites times
            symmetry operations are bounded at 4 x this. Worst case per record at 2,000: ~3.5 s.
        max_seconds: Wall-clock backstop per record (reason ``timeout``; ``null``: none).
        dedup: Drop structures that StructureMatcher finds equal to one kept (``duplicate_structure``).
        dedup_buckets: Tasks of the matching stage (keys are spread over them).
        template: Text written to the shard.
        describe: Also write one prose description per structure into ``shards/<group>_descriptions``
            (:mod:`chemtrove.curate.describe`; ~0.1-0.2 s per structure).
    """

    symmetrized: bool = True
    decimals: int = 4
    symprec: float = 0.1
    partial_occupancy: str = "drop"
    properties_block: bool = False
    charge_balance: bool = True
    max_sites: int = 2000
    max_seconds: float | None = 60.0
    dedup: bool = True
    dedup_buckets: int = 8
    template: str = "{cif_tagged}"
    describe: bool = False

    def validate(self, where: str) -> None:
        _type_check(where, "describe", self.describe, (bool,))
        if self.partial_occupancy not in ("drop", "tag", "keep"):
            raise ConfigError(f"{where}.partial_occupancy: {self.partial_occupancy!r}; use drop, tag or keep")
        _in_range(where, "decimals", self.decimals, 4 if self.symmetrized else 1, 8)
        _in_range(where, "symprec", self.symprec, 0, 1, above=True)
        _in_range(where, "max_sites", self.max_sites, 1)
        _in_range(where, "max_seconds", self.max_seconds, 0, above=True)
        _in_range(where, "dedup_buckets", self.dedup_buckets, 1)
        _check_template_syntax(where, self.template)


@dataclass
class ExecutorConfig:
    """Where the pipeline runs.

    Attributes:
        kind: ``local`` (datatrove's LocalPipelineExecutor), ``slurm`` (SlurmPipelineExecutor: every
            stage is an array job that depends on the previous one) or ``ray`` (RayPipelineExecutor: the
            stages run one after the other on a Ray cluster; needs the ``ray`` extra).
        tasks: Tasks per stage (readers split work by file: have at least as many files as tasks).
        workers: Tasks run at once (``-1``: all).
        partition: Slurm partition (required for ``slurm``).
        time: Slurm time limit per task, e.g. ``"04:00:00"``.
        cpus_per_task: Slurm CPUs per task (the steps are single-threaded: 1 is right).
        mem_per_cpu_gb: Slurm memory per CPU in GB.
        qos: Slurm QOS (``null`` to send none).
        venv_path: A virtualenv's ``bin/activate`` to source on the nodes.
        env_command: A shell command run before each task instead (e.g. ``module load ...; conda activate x``).
        sbatch_args: Extra ``#SBATCH`` options, e.g. ``{account: chem, constraint: cpu}``.
        job_name: Prefix of the Slurm job names.
        progress_interval_s: Seconds between two progress lines of one task (records, rate, ETA), and
            between two progress lines of ``chemtrove curate`` itself.
        max_array_size: Most tasks in one Slurm job array (the cluster's ``MaxArraySize``, 1001 by default);
            a stage with more tasks is submitted as several arrays, and the next stage waits for all of them.
        ray_address: Ray cluster to join (``ray``): ``"auto"`` (the ``RAY_ADDRESS`` variable, else a cluster
            running on this machine), ``"host:port"``, ``"ray://host:10001"`` (Ray client); ``null`` starts a
            private local Ray for the run and stops it afterwards.
        ray_runtime_env: Ray ``runtime_env`` for the workers (e.g. ``{env_vars: {PYTHONPATH: src}}`` or
            ``{pip: [chemtrove]}``) when the nodes do not already have chemtrove installed.
    """

    kind: str = "local"
    tasks: int = 1
    workers: int = 1
    partition: str | None = None
    time: str = "04:00:00"
    cpus_per_task: int = 1
    mem_per_cpu_gb: float = 2
    qos: str | None = None
    venv_path: str | None = None
    env_command: str | None = None
    sbatch_args: dict[str, Any] | None = None
    job_name: str = "chemtrove"
    max_array_size: int = 1001
    progress_interval_s: float = 30.0
    ray_address: str | None = None
    ray_runtime_env: dict[str, Any] | None = None

    def validate(self, where: str) -> None:
        if self.kind not in ("local", "slurm", "ray"):
            raise ConfigError(f"{where}.kind: {self.kind!r}; {_suggest(str(self.kind), ['local', 'slurm', 'ray'])}")
        _in_range(where, "tasks", self.tasks, 1)
        _in_range(where, "cpus_per_task", self.cpus_per_task, 1)
        _in_range(where, "mem_per_cpu_gb", self.mem_per_cpu_gb, 0, above=True)
        _in_range(where, "progress_interval_s", self.progress_interval_s, 0, above=True)
        if self.max_array_size < 1:
            raise ConfigError(
                f"{where}.max_array_size: must be >= 1 (the cluster's MaxArraySize), got {self.max_array_size}"
            )
        if self.kind != "ray" and (self.ray_address or self.ray_runtime_env):
            raise ConfigError(f"{where}: ray_address / ray_runtime_env are for kind ray, not {self.kind!r}")
        if not re.fullmatch(r"(\d+-)?\d{1,2}(:\d{2}){0,2}", self.time):
            raise ConfigError(f'{where}.time: {self.time!r} is not a Slurm time; e.g. time: "04:00:00" or "1-00:00:00"')
        if not _SAFE_NAME.fullmatch(self.job_name):
            raise ConfigError(f"{where}.job_name: {self.job_name[:80]!r} must be letters, digits, '_' or '-'")
        if self.workers == 0 or self.workers < -1:
            raise ConfigError(f"{where}.workers: must be >= 1 or -1 (all), got {self.workers}")
        if self.kind == "slurm" and not self.partition:
            raise ConfigError(f"{where}.partition: required when kind is slurm (e.g. partition: cpu)")
        if self.venv_path and self.env_command:
            raise ConfigError(f"{where}: give venv_path or env_command, not both")
