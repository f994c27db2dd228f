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

import dataclasses
import hashlib
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chemtrove import hints

RULES = ("weights", "natural", "temperature", "unimax")
FORMATS = ("auto", "shards", "tokens")
OUTPUTS = ("documents", "packed")
TAILS = ("drop", "pad")
WEIGHT_TOLERANCE = 1e-6
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SUFFIX = {"k": 10**3, "m": 10**6, "g": 10**9, "b": 10**9, "t": 10**12}


class SpecError(ValueError):
    """A mixture spec value is wrong; the message names the key and what to do."""


def suggest(name: str, options: list[str] | tuple[str, ...]) -> str:
    """A "did you mean" hint for a wrong name.

    Args:
        name: The wrong name.
        options: The valid names.

    Returns:
        ``"did you mean 'x'? available: a, b, x"`` (without the first part when nothing is close).
    """
    return hints.suggest(name, options, sort=True)


def parse_count(value: Any, where: str) -> int:
    """A whole number of tokens from an int, an integral float, or a string like ``1e9``, ``20M``, ``1.5B``.

    Args:
        value: The YAML value.
        where: The key, for the error message.

    Returns:
        The count.

    Raises:
        SpecError: If the value is not a non-negative whole number.
    """
    if isinstance(value, bool):
        raise SpecError(f"{where}: expected a token count such as 1000000, 1e9 or 20M, got {value!r}")
    number: float | int
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = value
    elif isinstance(value, str):
        text = value.strip().replace("_", "").replace(",", "").lower()
        scale = 1
        if text and text[-1] in _SUFFIX:
            scale, text = _SUFFIX[text[-1]], text[:-1]
        try:
            number = float(text) * scale if ("." in text or "e" in text or scale != 1) else int(text)
        except ValueError:
            raise SpecError(
                f"{where}: {value!r} is not a token count; write e.g. 1000000, 1e9, 500k, 20M or 1.5B"
            ) from None
    else:
        raise SpecError(f"{where}: expected a token count such as 1000000, 1e9 or 20M, got {value!r}")
    if isinstance(number, float):
        if not math.isfinite(number) or number != int(number):
            raise SpecError(f"{where}: {value!r} is not a whole number of tokens")
        number = int(number)
    if number < 0:
        raise SpecError(f"{where}: {value!r} must not be negative")
    return number


def _number(where: str, value: Any, *, allow_none: bool = False, minimum: float | None = None, strict: bool = False):
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SpecError(f"{where}: expected a number, got {value!r}")
    if not math.isfinite(value):
        raise SpecError(f"{where}: expected a finite number, got {value!r}")
    if minimum is not None and (value <= minimum if strict else value < minimum):
        raise SpecError(f"{where}: {value!r} must be {'>' if strict else '>='} {minimum}")
    return float(value)


def _int(where: str, value: Any, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SpecError(f"{where}: expected a whole number, got {value!r}")
    if value < minimum:
        raise SpecError(f"{where}: {value!r} must be >= {minimum}")
    return value


def _str_list(where: str, value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SpecError(f"{where}: expected a list of names, got {value!r}")
    return list(value)


def _build(cls: type, data: Any, where: str) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SpecError(f"{where}: expected a mapping, got {type(data).__name__}")
    names = [f.name for f in dataclasses.fields(cls) if f.name != "base_dir"]
    for key in data:
        if key not in names:
            raise SpecError(f"{where}.{key}: unknown key; {suggest(str(key), names)}")
    obj = cls(**{k: v for k, v in data.items()})
    obj.validate(where)
    return obj


@dataclass
class Select:
    """Which rows of a source's files belong to it (e.g. one curate source of a tokenized folder).

    Attributes:
        source: Keep rows whose ``source`` column is one of these.
        domain: Keep rows whose ``domain`` column is one of these.
    """

    source: list[str] | None = None
    domain: list[str] | None = None

    def validate(self, where: str) -> None:
        """Check and normalize the fields.

        Args:
            where: Key prefix for error messages (e.g. ``spec.sources[0]``).

        Raises:
            SpecError: Naming the key and the fix.
        """
        self.source = _str_list(f"{where}.source", self.source)
        self.domain = _str_list(f"{where}.domain", self.domain)

    def to_dict(self) -> dict[str, Any]:
        """The YAML form (only the keys that are set)."""
        return {k: v for k, v in (("source", self.source), ("domain", self.domain)) if v is not None}


@dataclass
class SourceSpec:
    """One source of the mixture.

    Attributes:
        name: Identifier (letters, digits, ``_ . -``), unique in the spec; keys its random streams, so
            adding a source never reshuffles the others.
        path: A shard folder (chemtrove curate output: parquet with ``id, text, source, domain,
            metadata``) or a tokenized folder (``chemtrove tokenizer encode`` output: ``token_counts.json``
            + ``tokens/**.parquet`` with ``input_ids`` and ``n_tokens``), or a single parquet file.
        format: ``auto`` (detect), ``shards`` or ``tokens``.
        domain: Domain label (validation holdout, reports); default: the ``domain`` column when it has
            one value.
        weight: Token fraction of the budget (``sampling.rule: weights`` only).
        max_epochs: Repetition cap of this source (overrides the spec's ``max_epochs``; ``null`` in the
            YAML keeps the spec's default).
        select: Row filter on the ``source`` / ``domain`` columns.
    """

    name: str
    path: str
    format: str = "auto"
    domain: str | None = None
    weight: float | None = None
    max_epochs: float | None = None
    select: Select = field(default_factory=Select)

    def validate(self, where: str) -> None:
        """Check and normalize the fields.

        Args:
            where: Key prefix for error messages (e.g. ``spec.sources[0]``).

        Raises:
            SpecError: Naming the key and the fix.
        """
        if not isinstance(self.name, str) or not _NAME.match(self.name):
            raise SpecError(f"{where}.name: {self.name!r} must be letters, digits, '_', '.' or '-'")
        if not isinstance(self.path, str) or not self.path:
            raise SpecError(f"{where}.path: expected a folder or file path, got {self.path!r}")
        if self.format not in FORMATS:
            raise SpecError(f"{where}.format: unknown format {self.format!r}; {suggest(str(self.format), FORMATS)}")
        if self.domain is not None and (not isinstance(self.domain, str) or not _NAME.match(self.domain)):
            raise SpecError(f"{where}.domain: {self.domain!r} must be letters, digits, '_', '.' or '-'")
        self.weight = _number(f"{where}.weight", self.weight, allow_none=True, minimum=0)
        self.max_epochs = _number(f"{where}.max_epochs", self.max_epochs, allow_none=True, minimum=0, strict=True)
        if isinstance(self.select, dict) or self.select is None:
            self.select = _build(Select, self.select, f"{where}.select")
        elif not isinstance(self.select, Select):
            raise SpecError(f"{where}.select: expected a mapping like {{source: [name]}}, got {self.select!r}")

    def to_dict(self) -> dict[str, Any]:
        """The YAML form (defaults left out)."""
        out: dict[str, Any] = {"name": self.name, "path": self.path}
        if self.format != "auto":
            out["format"] = self.format
        for key in ("domain", "weight", "max_epochs"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.select.to_dict():
            out["select"] = self.select.to_dict()
        return out


@dataclass
class Sampling:
    """How source weights are chosen.

    Attributes:
        rule: ``weights`` (each source's ``weight``, token fractions summing to 1), ``natural``
            (proportional to each source's tokens), ``temperature`` (``p_i ** (1/temperature)``,
            normalized; 1 is natural, large values approach uniform) or ``unimax`` (Chung et al. 2023:
            the budget is spread uniformly over sources, a source that would pass its ``max_epochs`` is
            capped there and its leftover is spread over the larger ones).
        temperature: The temperature of ``rule: temperature`` (> 0).
    """

    rule: str = "weights"
    temperature: float | None = None

    def validate(self, where: str) -> None:
        """Check and normalize the fields.

        Args:
            where: Key prefix for error messages (e.g. ``spec.sources[0]``).

        Raises:
            SpecError: Naming the key and the fix.
        """
        if self.rule not in RULES:
            raise SpecError(f"{where}.rule: unknown rule {self.rule!r}; {suggest(str(self.rule), RULES)}")
        self.temperature = _number(f"{where}.temperature", self.temperature, allow_none=True, minimum=0, strict=True)
        if self.rule == "temperature" and self.temperature is None:
            raise SpecError(f"{where}.temperature: rule 'temperature' needs a temperature, e.g. temperature: 2.0")
        if self.rule != "temperature" and self.temperature is not None:
            raise SpecError(f"{where}.temperature: only used with rule: temperature (the rule is {self.rule!r})")

    def to_dict(self) -> dict[str, Any]:
        """The YAML form."""
        out: dict[str, Any] = {"rule": self.rule}
        if self.temperature is not None:
            out["temperature"] = self.temperature
        return out


@dataclass
class Validation:
    """The validation holdout, taken per domain before any training tokens are chosen.

    For each domain, whole documents are drawn (seeded) from all its sources until
    ``min(fraction * domain tokens, max_tokens)`` tokens are held out. Holdout documents never enter
    the training mixture; the holdout depends only on the sources, the seed and this block, so every
    variant of a sweep has the same validation sets.

    Attributes:
        fraction: Share of each domain's tokens held out (0 disables the holdout).
        max_tokens: Upper bound of held-out tokens per domain (``null``: none).
    """

    fraction: float = 0.0
    max_tokens: int | None = None

    def validate(self, where: str) -> None:
        """Check and normalize the fields.

        Args:
            where: Key prefix for error messages (e.g. ``spec.sources[0]``).

        Raises:
            SpecError: Naming the key and the fix.
        """
        self.fraction = _number(f"{where}.fraction", self.fraction, minimum=0)
        if self.fraction >= 1:
            raise SpecError(f"{where}.fraction: {self.fraction} must be below 1 (it is a share of each domain)")
        if self.max_tokens is not None:
            self.max_tokens = parse_count(self.max_tokens, f"{where}.max_tokens")

    def to_dict(self) -> dict[str, Any]:
        """The YAML form."""
        return {"fraction": self.fraction, "max_tokens": self.max_tokens}


@dataclass
class BuildOptions:
    """What ``mix build`` writes.

    Attributes:
        formats: ``documents`` (parquet: the shard columns plus ``mix_source``, ``n_tokens``,
            ``input_ids``; loads with HF ``datasets``) and/or ``packed`` (``.npy`` uint32 arrays of shape
            ``(sequences, seq_len)``, documents joined with their EOS, for CPT).
        part_tokens: Tokens per output part (rounded down to whole sequences).
        pack_tail: The last, partial sequence: ``drop`` it (its tokens are counted in the manifest) or
            ``pad`` it with the EOS id.
        shuffle_window: Parquet row groups of one source shuffled together (see docs/mixtures.md).
    """

    formats: list[str] = field(default_factory=lambda: ["documents", "packed"])
    part_tokens: int = 1 << 25
    pack_tail: str = "drop"
    shuffle_window: int = 8

    def validate(self, where: str) -> None:
        """Check and normalize the fields.

        Args:
            where: Key prefix for error messages (e.g. ``spec.sources[0]``).

        Raises:
            SpecError: Naming the key and the fix.
        """
        formats = _str_list(f"{where}.formats", self.formats)
        if not formats:
            raise SpecError(f"{where}.formats: give at least one of {', '.join(OUTPUTS)}")
        for f in formats:
            if f not in OUTPUTS:
                raise SpecError(f"{where}.formats: unknown format {f!r}; {suggest(f, OUTPUTS)}")
        self.formats = [f for f in OUTPUTS if f in formats]
        self.part_tokens = parse_count(self.part_tokens, f"{where}.part_tokens")
        if self.part_tokens < 1:
            raise SpecError(f"{where}.part_tokens: must be at least 1")
        if self.pack_tail not in TAILS:
            raise SpecError(f"{where}.pack_tail: {self.pack_tail!r}; {suggest(str(self.pack_tail), TAILS)}")
        self.shuffle_window = _int(f"{where}.shuffle_window", self.shuffle_window, minimum=1)

    def to_dict(self) -> dict[str, Any]:
        """The YAML form."""
        return {
            "formats": list(self.formats),
            "part_tokens": self.part_tokens,
            "pack_tail": self.pack_tail,
            "shuffle_window": self.shuffle_window,
        }


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
            sampling=_build(Sampling, data.get("sampling"), "spec.sampling"),
            validation=_build(Validation, data.get("validation"), "spec.validation"),
            build=_build(BuildOptions, data.get("build"), "spec.build"),
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
        if not isinstance(self.name, str) or not _NAME.match(self.name):
            raise SpecError(f"spec.name: {self.name!r} must be letters, digits, '_', '.' or '-'")
        self.total_tokens = parse_count(self.total_tokens, "spec.total_tokens")
        if self.total_tokens < 1:
            raise SpecError("spec.total_tokens: the budget must be at least 1 token")
        self.seq_len = _int("spec.seq_len", self.seq_len, minimum=2)
        self.seed = _int("spec.seed", self.seed, minimum=0)
        self.max_epochs = _number("spec.max_epochs", self.max_epochs, allow_none=True, minimum=0, strict=True)
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
    return _build(SourceSpec, data, where)


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
