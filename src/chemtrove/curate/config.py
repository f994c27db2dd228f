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

from chemtrove.curate.options import (
    MAX_NAME_CHARS,
    ConfigError,
    CrystalOptions,
    ExecutorConfig,
    MoleculeOptions,
    ProseOptions,
    ReactionOptions,
    SourceConfig,
    _build,
    _check_types,
    _format_or_none,
    _in_range,
    _suggest,
)
from chemtrove.curate.raw_sources import RAW_FORMATS
from chemtrove.curate.readers import detect_format, header_columns
from chemtrove.curate.records import check_template_fields, produced_fields
from chemtrove.curate.steps import curate_steps


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
        _in_range(where, "seed", self.seed, 0)
        if self.shard_max_bytes != -1:
            _in_range(where, "shard_max_bytes", self.shard_max_bytes, 1024)
        if not self.output.strip():
            raise ConfigError(f"{where}.output: empty; give the output folder, e.g. output: out/curated")
        if self.report_tokenizer is not None and not self.report_tokenizer.strip():
            raise ConfigError(f"{where}.report_tokenizer: empty; give a tokenizer.json (or its folder) or null")
        names = [s.name for s in self.sources]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ConfigError(f"{where}.sources: names must be unique, repeated: {sorted(dup)}")
        for i, lex in enumerate(self.prose.lexicons if self.prose.tag_names else []):
            if lex != "default" and not self.resolve(lex).is_file():
                raise ConfigError(
                    f"{where}.prose.lexicons[{i}]: {lex!r} does not exist (relative paths start at the config "
                    "file's folder); give a TSV file name<TAB>smiles, a PubChem .sqlite index, or 'default'"
                )

    def check_files(self, max_files: int = 100) -> None:
        """Check what the config points at, before anything runs: every source's path exists and its glob
        matches files; the column (and ``id_column``) is in the header of at least one of them; each
        template's fields are columns or fields the steps write; ``output`` is not a file;
        ``report_tokenizer`` exists.

        Args:
            max_files: Most files per source whose header is read.

        Raises:
            ConfigError: Naming the key, the value and the fix.
        """
        out = self.resolve(self.output)
        if out.exists() and not out.is_dir():
            raise ConfigError(
                f"config.output: {str(out)!r} is a file; give a folder (it will hold shards/, quarantine/, ...)"
            )
        if self.report_tokenizer is not None:
            tok = self.resolve(self.report_tokenizer)
            if not (tok.is_file() or (tok / "tokenizer.json").is_file()):
                raise ConfigError(
                    f"config.report_tokenizer: {str(tok)!r} is neither a tokenizer.json nor a folder holding one; "
                    "fix the path or set report_tokenizer: null"
                )
        columns_by_kind: dict[str, set[str]] = {}
        open_kinds: set[str] = set()
        for i, src in enumerate(self.sources):
            where = f"config.sources[{i}]"
            files = self.source_files(src)
            path = self.resolve(src.path)
            if not path.exists():
                raise ConfigError(
                    f"{where}.path: {str(path)!r} does not exist; fix the path (relative paths resolve against "
                    f"{self.base_dir!r}, the config file's folder)"
                )
            if not files:
                what = f"the glob {src.glob!r}" if src.glob else "the folder"
                raise ConfigError(f"{where}.glob: {what} matches no file under {str(path)!r}; fix path or glob")
            cols = columns_by_kind.setdefault(src.kind, {"source", "domain", "licence"})
            if self._is_cif(src, path):
                continue
            if src.format in RAW_FORMATS:
                # a raw dump's fields come from its records (SD properties, entry keys): no header to check,
                # and its kind's templates can use fields only the records name
                open_kinds.add(src.kind)
                continue
            headers: list[tuple[str, list[str]]] = []
            for f in files[:max_files]:
                fmt = src.format if src.format != "auto" else _format_or_none(detect_format, f)
                if fmt is None:
                    raise ConfigError(
                        f"{where}.format: cannot tell the format of {f!r}; "
                        "set format: csv (or smi, tsv, jsonl, parquet)"
                    )
                cols_f = header_columns(f, fmt, src.column)
                if cols_f is not None:
                    headers.append((f, cols_f))
            found = [c for _, c in headers]
            for key, column in (("column", src.column), ("id_column", src.id_column)):
                if column is None or not found or any(column in c for c in found):
                    continue
                first, names = headers[0]
                close = difflib.get_close_matches(column, names, n=1)
                hint = f"did you mean {close[0]!r}? " if close else ""
                raise ConfigError(
                    f"{where}.{key}: {column!r} is in no file's header ({len(found)} read, e.g. {first!r}); "
                    f"{hint}columns: {', '.join(names[:50])}"
                )
            keep = src.keep_columns
            for c in found:
                cols.update(n for n in c if n != src.column and (keep is None or n in keep))
        self._check_templates({k: c for k, c in columns_by_kind.items() if k not in open_kinds})

    def _check_templates(self, columns_by_kind: dict[str, set[str]]) -> None:
        for kind, columns in columns_by_kind.items():
            steps, _, template = curate_steps(self, kind, str(self.resolve(self.output) / "quarantine"))
            if template is None:
                continue
            try:
                check_template_fields(template, columns | produced_fields(steps), f"config.{kind}.template")
            except ValueError as e:
                raise ConfigError(str(e)) from e

    @staticmethod
    def _is_cif(src: SourceConfig, path: Path) -> bool:
        return src.format == "cif" or (
            src.format == "auto"
            and src.kind == "crystals"
            and (path.suffix.lower() == ".cif" or (path.is_dir() and any(path.rglob("*.cif"))))
        )

    def source_files(self, src: SourceConfig) -> list[str]:
        """The local files a source reads, sorted: what its reader lists (datatrove's ``list_files``)."""
        from datatrove.io import get_datafolder

        path = self.resolve(src.path)
        if path.is_file():
            return [str(path)]
        if not path.is_dir():
            return []
        glob = src.glob or ("**/*.cif" if self._is_cif(src, path) else None)
        return [str(path / f) for f in get_datafolder(str(path)).list_files(recursive=True, glob_pattern=glob)]

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
        _check_types(cfg, "config", skip=("sources", *parts))
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


__all__ = [
    "MAX_NAME_CHARS",
    "ConfigError",
    "CrystalOptions",
    "CurateConfig",
    "ExecutorConfig",
    "MoleculeOptions",
    "ProseOptions",
    "ReactionOptions",
    "SourceConfig",
]
