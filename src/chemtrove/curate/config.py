"""The curate config: YAML into typed dataclasses, validated with errors that name the key and the fix.

Example ``curate.yaml`` (paths are relative to the config file)::

    seed: 0
    output: out/curated
    sources:
      - {name: chembl, kind: molecules, path: data/molecules, column: smiles, licence: Apache-2.0}
      - {name: uspto, kind: reactions, path: data/reactions, column: rxn_Smiles, licence: CC0}
      - {name: papers, kind: prose, path: data/prose, column: text, licence: MIT}
    molecules: {stable: true, dedup_key: smiles, min_heavy_atoms: 2, max_heavy_atoms: 150}
    executor: {tasks: 2, workers: 2}
"""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chemtrove.curate.raw_sources import OPTIONS as RAW_OPTIONS
from chemtrove.curate.raw_sources import RAW_FORMATS
from chemtrove.curate.readers import FORMATS, KINDS


class ConfigError(ValueError):
    """A config value is wrong; the message names the key and what to do."""


def _suggest(name: str, options: list[str]) -> str:
    close = difflib.get_close_matches(name, options, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{hint}available: {', '.join(sorted(options))}"


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
        raise ConfigError(f"{where}: {e}") from e
    obj.validate(where)
    return obj


def _type_check(where: str, name: str, value: Any, types: tuple, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if isinstance(value, bool) and bool not in types:
        raise ConfigError(f"{where}.{name}: expected {'/'.join(t.__name__ for t in types)}, got {value!r}")
    if not isinstance(value, types):
        raise ConfigError(f"{where}.{name}: expected {'/'.join(t.__name__ for t in types)}, got {value!r}")


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
        if not self.name or not self.name.replace("_", "").replace("-", "").isalnum():
            raise ConfigError(f"{where}.name: {self.name!r} must be letters, digits, '_' or '-' (it names folders)")
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
        _type_check(where, "column", self.column, (str,))
        _type_check(where, "keep_columns", self.keep_columns, (list,), allow_none=True)


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
        for k in ("isomeric", "standardize", "tautomers", "stable"):
            _type_check(where, k, getattr(self, k), (bool,))


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
        for k in ("fold_agents", "isomeric", "dedup"):
            _type_check(where, k, getattr(self, k), (bool,))


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

    def validate(self, where: str) -> None:
        if self.min_chem_share is not None and not 0 <= self.min_chem_share <= 1:
            raise ConfigError(f"{where}.min_chem_share: a fraction in [0, 1], got {self.min_chem_share}")
        for k in ("minhash_n_grams", "minhash_buckets", "minhash_hashes_per_bucket"):
            _type_check(where, k, getattr(self, k), (int,))
            if getattr(self, k) < 1:
                raise ConfigError(f"{where}.{k}: must be >= 1, got {getattr(self, k)}")


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
        max_sites: Most sites accepted.
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
    dedup: bool = True
    dedup_buckets: int = 8
    template: str = "{cif_tagged}"
    describe: bool = False

    def validate(self, where: str) -> None:
        _type_check(where, "describe", self.describe, (bool,))
        if self.partial_occupancy not in ("drop", "tag", "keep"):
            raise ConfigError(f"{where}.partial_occupancy: {self.partial_occupancy!r}; use drop, tag or keep")
        _type_check(where, "decimals", self.decimals, (int,))
        if not 1 <= self.decimals <= 8:
            raise ConfigError(f"{where}.decimals: must be in 1..8, got {self.decimals}")
        _type_check(where, "dedup_buckets", self.dedup_buckets, (int,))
        if self.dedup_buckets < 1:
            raise ConfigError(f"{where}.dedup_buckets: must be >= 1, got {self.dedup_buckets}")


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
    mem_per_cpu_gb: int = 2
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
        _type_check(where, "progress_interval_s", self.progress_interval_s, (int, float))
        if self.progress_interval_s <= 0:
            raise ConfigError(f"{where}.progress_interval_s: must be positive, got {self.progress_interval_s}")
        _type_check(where, "max_array_size", self.max_array_size, (int,))
        if self.max_array_size < 1:
            raise ConfigError(
                f"{where}.max_array_size: must be >= 1 (the cluster's MaxArraySize), got {self.max_array_size}"
            )
        _type_check(where, "ray_address", self.ray_address, (str,), allow_none=True)
        _type_check(where, "ray_runtime_env", self.ray_runtime_env, (dict,), allow_none=True)
        if self.kind != "ray" and (self.ray_address or self.ray_runtime_env):
            raise ConfigError(f"{where}: ray_address / ray_runtime_env are for kind ray, not {self.kind!r}")
        _type_check(where, "tasks", self.tasks, (int,))
        if self.tasks < 1:
            raise ConfigError(f"{where}.tasks: must be >= 1, got {self.tasks}")
        _type_check(where, "workers", self.workers, (int,))
        if self.workers == 0 or self.workers < -1:
            raise ConfigError(f"{where}.workers: must be >= 1 or -1 (all), got {self.workers}")
        if self.kind == "slurm" and not self.partition:
            raise ConfigError(f"{where}.partition: required when kind is slurm (e.g. partition: cpu)")
        if self.venv_path and self.env_command:
            raise ConfigError(f"{where}: give venv_path or env_command, not both")
        _type_check(where, "sbatch_args", self.sbatch_args, (dict,), allow_none=True)


@dataclass
class CurateConfig:
    """A whole curation run. See the module docstring for a YAML example.

    Attributes:
        sources: The inputs.
        output: Output folder (shards/, quarantine/, logs/, work/, summary.json).
        seed: Seed for anything random (kept for reproducibility; the current steps are deterministic).
        molecules: Options for molecule sources.
        reactions: Options for reaction sources.
        prose: Options for prose sources.
        crystals: Options for crystal sources (CIF files, or tables with a CIF column).
        executor: Where to run.
        dedup_across_sources: Curate all sources of one kind together, so a record found in two sources
            is kept once (the copy from the source listed first wins). ``false``: each source alone.
        shard_max_bytes: Start a new shard file after this many bytes (checked every 1,000 records).
        report_tokenizer: A ``tokenizer.json`` (or a folder holding one) to count tokens per domain in the
            report; ``null``: characters only.
        base_dir: Folder relative paths are resolved against (the config file's folder).
    """

    sources: list[SourceConfig]
    output: str = "out/curated"
    seed: int = 0
    dedup_across_sources: bool = True
    shard_max_bytes: int = 256 * 2**20
    report_tokenizer: str | None = None
    molecules: MoleculeOptions = field(default_factory=MoleculeOptions)
    reactions: ReactionOptions = field(default_factory=ReactionOptions)
    prose: ProseOptions = field(default_factory=ProseOptions)
    crystals: CrystalOptions = field(default_factory=CrystalOptions)
    executor: ExecutorConfig = field(default_factory=ExecutorConfig)
    base_dir: str = "."

    def validate(self, where: str = "config") -> None:
        if not self.sources:
            raise ConfigError(f"{where}.sources: give at least one source")
        names = [s.name for s in self.sources]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ConfigError(f"{where}.sources: names must be unique, repeated: {sorted(dup)}")

    def resolve(self, path: str) -> Path:
        """A config path made absolute against :attr:`base_dir`."""
        p = Path(path).expanduser()
        return p if p.is_absolute() else (Path(self.base_dir) / p).resolve()

    @classmethod
    def from_dict(cls, data: Any, base_dir: str | Path = ".") -> CurateConfig:
        """Build and validate from a parsed YAML mapping."""
        if not isinstance(data, dict):
            raise ConfigError(f"config: expected a mapping at the top level, got {type(data).__name__}")
        data = dict(data)
        top = [f.name for f in dataclasses.fields(cls) if f.name != "base_dir"]
        for key in data:
            if key not in top:
                raise ConfigError(f"config.{key}: unknown key; {_suggest(str(key), top)}")
        raw_sources = data.pop("sources", None)
        if not isinstance(raw_sources, list):
            raise ConfigError("config.sources: expected a list of sources (name, kind, path, column)")
        sources = [_build(SourceConfig, s, f"config.sources[{i}]") for i, s in enumerate(raw_sources)]
        parts = {
            "molecules": MoleculeOptions,
            "reactions": ReactionOptions,
            "prose": ProseOptions,
            "crystals": CrystalOptions,
            "executor": ExecutorConfig,
        }
        kwargs = {k: _build(t, data.pop(k, None), f"config.{k}") for k, t in parts.items()}
        cfg = cls(sources=sources, base_dir=str(base_dir), **kwargs, **data)
        _type_check("config", "seed", cfg.seed, (int,))
        _type_check("config", "dedup_across_sources", cfg.dedup_across_sources, (bool,))
        _type_check("config", "shard_max_bytes", cfg.shard_max_bytes, (int,))
        cfg.validate()
        return cfg

    @classmethod
    def from_yaml(cls, path: str | Path) -> CurateConfig:
        """Load a YAML file (``yaml.safe_load``); relative paths resolve against its folder."""
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"config file {str(path)!r} does not exist")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise ConfigError(f"{path}: not valid YAML: {e}") from e
        return cls.from_dict(data, base_dir=path.parent.resolve())
