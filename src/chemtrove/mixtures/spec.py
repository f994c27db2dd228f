"""Mixture specs: YAML into typed dataclasses, validated with errors that name the key and the fix.

Example ``mixture.yaml`` (paths are relative to the file's folder)::

    name: chem-cpt
    seed: 0
    total_tokens: 20M            # the training budget (int, or 1e9 / 500k / 20M / 1.5B)
    seq_len: 2048
    tokenizer: ../tokenizer      # tokenizer.json or its folder; needed for shard sources
    eos_token: auto              # appended to every document of a shard source
    max_epochs: 4                # default repetition cap of every source (null: no cap)
    sampling: {rule: weights}    # weights | natural | temperature | unimax
    validation: {fraction: 0.01, max_tokens: 100000}
    sources:
      - {name: molecules, path: ../curated/shards/molecule, domain: molecule, weight: 0.3, max_epochs: 2}
      - {name: reactions, path: ../curated/shards/reaction, domain: reaction, weight: 0.2}
      - {name: prose, path: ../tokens, format: tokens, select: {domain: [chem_prose]}, weight: 0.5}
    build: {formats: [documents, packed], pack_tail: drop, shuffle_window: 8}
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# the spec's sections and value checks; those not used here are re-exported (they lived here before)
from chemtrove.mixtures.spec_sections import (  # noqa: F401
    FORMATS,
    NAME_PATTERN,
    OUTPUTS,
    RULES,
    TAILS,
    WEIGHT_TOLERANCE,
    BuildOptions,
    Sampling,
    Select,
    SourceSpec,
    SpecError,
    Validation,
    build_section,
    check_int,
    check_number,
    parse_count,
    suggest,
)


@dataclass
class MixtureSpec:
    """A mixture: sources, how much of each, and how it is written.

    Attributes:
        name: Name of the mixture (letters, digits, ``_ . -``).
        sources: The sources.
        total_tokens: Training budget in tokens (EOS tokens included).
        seq_len: Tokens per packed sequence.
        seed: Seed of every random choice (holdout, document selection, order).
        sampling: The sampling rule.
        max_epochs: Default repetition cap per source (``None``: no cap).
        validation: The per-domain validation holdout.
        tokenizer: tokenizer.json or its folder (relative to the spec); needed for shard sources.
        eos_token: Token appended to each document of a shard source; ``auto``: the folder's
            tokenizer_config.json ``eos_token``; ``None``: none (only when every source is tokenized).
        output: Default output folder of ``mix plan`` / ``mix build`` (relative to the spec).
        build: Output options.
        base_dir: Folder that relative paths resolve against (the spec file's folder; not in the YAML).
    """

    name: str
    sources: list[SourceSpec]
    total_tokens: int
    seq_len: int = 2048
    seed: int = 0
    sampling: Sampling = field(default_factory=Sampling)
    max_epochs: float | None = 4.0
    validation: Validation = field(default_factory=Validation)
    tokenizer: str | None = None
    eos_token: str | None = "auto"
    output: str | None = None
    build: BuildOptions = field(default_factory=BuildOptions)
    base_dir: Path = field(default=Path("."), repr=False, compare=False)

    KEYS = (
        "name",
        "sources",
        "total_tokens",
        "seq_len",
        "seed",
        "sampling",
        "max_epochs",
        "validation",
        "tokenizer",
        "eos_token",
        "output",
        "build",
    )

    @classmethod
    def from_dict(cls, data: Any, base_dir: str | Path = ".") -> MixtureSpec:
        """Build and validate a spec from parsed YAML.

        Args:
            data: The mapping.
            base_dir: Folder that relative paths resolve against.

        Returns:
            The validated spec.

        Raises:
            SpecError: On the first wrong key or value, naming it and the fix.
        """
        if not isinstance(data, dict):
            raise SpecError(f"spec: expected a mapping at the top level, got {type(data).__name__}")
        for key in data:
            if key not in cls.KEYS:
                raise SpecError(f"spec.{key}: unknown key; {suggest(str(key), cls.KEYS)}")
        for key in ("name", "sources", "total_tokens"):
            if key not in data:
                raise SpecError(f"spec.{key}: missing; a spec needs at least name, sources and total_tokens")
        raw_sources = data["sources"]
        if not isinstance(raw_sources, list) or not raw_sources:
            raise SpecError("spec.sources: expected a non-empty list of {name, path, ...}")
        sources = [_source(s, f"spec.sources[{i}]") for i, s in enumerate(raw_sources)]
        kwargs: dict[str, Any] = {
            k: v for k, v in data.items() if k not in ("sources", "sampling", "validation", "build")
        }
        spec = cls(
            sources=sources,
            sampling=build_section(Sampling, data.get("sampling"), "spec.sampling"),
            validation=build_section(Validation, data.get("validation"), "spec.validation"),
            build=build_section(BuildOptions, data.get("build"), "spec.build"),
            base_dir=Path(base_dir),
            **kwargs,
        )
        spec.validate()
        return spec

    @classmethod
    def from_yaml(cls, path: str | Path) -> MixtureSpec:
        """Read a spec file (``yaml.safe_load``); relative paths resolve against its folder.

        Args:
            path: The YAML file.

        Returns:
            The validated spec.

        Raises:
            SpecError: If the file is missing, is not YAML, or a value is wrong.
        """
        p = Path(path)
        if not p.is_file():
            raise SpecError(f"spec file {p} does not exist")
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except yaml.YAMLError as e:
            raise SpecError(f"{p}: not valid YAML: {e}") from e
        return cls.from_dict(data, p.resolve().parent)

    def validate(self) -> None:
        """Check every field.

        Raises:
            SpecError: Naming the key and the fix.
        """
        if not isinstance(self.name, str) or not NAME_PATTERN.match(self.name):
            raise SpecError(f"spec.name: {self.name!r} must be letters, digits, '_', '.' or '-'")
        self.total_tokens = parse_count(self.total_tokens, "spec.total_tokens")
        if self.total_tokens < 1:
            raise SpecError("spec.total_tokens: the budget must be at least 1 token")
        self.seq_len = check_int("spec.seq_len", self.seq_len, minimum=2)
        self.seed = check_int("spec.seed", self.seed, minimum=0)
        self.max_epochs = check_number("spec.max_epochs", self.max_epochs, allow_none=True, minimum=0, strict=True)
        for key in ("tokenizer", "eos_token", "output"):
            value = getattr(self, key)
            if value is not None and not isinstance(value, str):
                raise SpecError(f"spec.{key}: expected a string or null, got {value!r}")
        names = [s.name for s in self.sources]
        dup = sorted({n for n in names if names.count(n) > 1})
        if dup:
            raise SpecError(f"spec.sources: source names must be unique; repeated: {', '.join(dup)}")
        weighted = [s.name for s in self.sources if s.weight is not None]
        if self.sampling.rule == "weights":
            missing = [s.name for s in self.sources if s.weight is None]
            if missing:
                raise SpecError(
                    f"spec.sources: sampling.rule is 'weights' but {', '.join(missing)} ha"
                    f"{'s' if len(missing) == 1 else 've'} no weight; give every source a weight (token fractions "
                    "summing to 1) or choose sampling.rule: natural | temperature | unimax"
                )
            total = math.fsum(s.weight for s in self.sources)  # type: ignore[misc]
            if abs(total - 1.0) > WEIGHT_TOLERANCE:
                listed = ", ".join(f"{s.name}={s.weight:g}" for s in self.sources)
                raise SpecError(
                    f"spec.sources[*].weight: weights are token fractions and must sum to 1, they sum to "
                    f"{total:.6g} ({listed}); divide each by {total:.6g}"
                )
        elif weighted:
            raise SpecError(
                f"spec.sources: weight given for {', '.join(weighted)} but sampling.rule is "
                f"{self.sampling.rule!r}, which chooses the weights itself; remove the weights or use rule: weights"
            )

    def resolve(self, path: str | Path) -> Path:
        """A path of the spec, made absolute against :attr:`base_dir`.

        Args:
            path: Relative or absolute path.

        Returns:
            The absolute path.
        """
        p = Path(path).expanduser()
        return p if p.is_absolute() else (self.base_dir / p).resolve()

    def source(self, name: str) -> SourceSpec:
        """The source called ``name``.

        Args:
            name: Source name.

        Returns:
            The source.

        Raises:
            SpecError: With a "did you mean" hint when there is no such source.
        """
        for s in self.sources:
            if s.name == name:
                return s
        raise SpecError(f"no source {name!r} in the spec; {suggest(name, [s.name for s in self.sources])}")

    def cap(self, source: SourceSpec) -> float | None:
        """The repetition cap of a source (its own, else the spec's).

        Args:
            source: One of :attr:`sources`.

        Returns:
            Max epochs, or ``None`` for no cap.
        """
        return source.max_epochs if source.max_epochs is not None else self.max_epochs

    def to_dict(self, *, with_output: bool = True) -> dict[str, Any]:
        """The normalized YAML form (what :meth:`from_dict` reads back).

        Args:
            with_output: Include ``output`` (left out of manifests, so that the same mixture built in two
                folders has the same manifest).

        Returns:
            A plain mapping with every key.
        """
        out: dict[str, Any] = {
            "name": self.name,
            "seed": self.seed,
            "total_tokens": self.total_tokens,
            "seq_len": self.seq_len,
            "tokenizer": self.tokenizer,
            "eos_token": self.eos_token,
            "max_epochs": self.max_epochs,
            "sampling": self.sampling.to_dict(),
            "validation": self.validation.to_dict(),
            "build": self.build.to_dict(),
            "sources": [s.to_dict() for s in self.sources],
        }
        if with_output:
            out["output"] = self.output
        return out

    def to_yaml(self, path: str | Path | None = None) -> str:
        """Write the spec as YAML.

        Args:
            path: File to write (optional).

        Returns:
            The YAML text.
        """
        text = yaml.safe_dump(self.to_dict(), sort_keys=False, default_flow_style=None, width=120)
        if path is not None:
            Path(path).write_text(text, encoding="utf-8")
        return text

    def sha256(self) -> str:
        """Hash of the normalized spec without ``output`` (what a build's manifest is keyed on).

        Returns:
            Hex digest.
        """
        return hashlib.sha256(json.dumps(self.to_dict(with_output=False), sort_keys=True).encode()).hexdigest()


def _source(data: Any, where: str) -> SourceSpec:
    if not isinstance(data, dict):
        raise SpecError(f"{where}: expected a mapping like {{name: ..., path: ...}}, got {data!r}")
    for key in ("name", "path"):
        if key not in data:
            raise SpecError(f"{where}.{key}: missing; every source needs a name and a path")
    return build_section(SourceSpec, data, where)


def load_spec(spec: str | Path | dict | MixtureSpec, base_dir: str | Path = ".") -> MixtureSpec:
    """A spec from a file, a mapping or a spec.

    Args:
        spec: YAML path, parsed mapping, or :class:`MixtureSpec` (returned as is).
        base_dir: Folder for relative paths of a mapping.

    Returns:
        The validated spec.
    """
    if isinstance(spec, MixtureSpec):
        return spec
    if isinstance(spec, dict):
        return MixtureSpec.from_dict(spec, base_dir)
    return MixtureSpec.from_yaml(spec)
