"""The sections of a mixture spec (sources, selection, sampling, validation, build options) and the value
checks they share; :mod:`chemtrove.mixtures.spec` puts them together into a :class:`MixtureSpec`."""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from typing import Any

from chemtrove import hints

RULES = ("weights", "natural", "temperature", "unimax")
FORMATS = ("auto", "shards", "tokens")
OUTPUTS = ("documents", "packed")
TAILS = ("drop", "pad")
WEIGHT_TOLERANCE = 1e-6
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
COUNT_SUFFIXES = {"k": 10**3, "m": 10**6, "g": 10**9, "b": 10**9, "t": 10**12}


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
        if text and text[-1] in COUNT_SUFFIXES:
            scale, text = COUNT_SUFFIXES[text[-1]], text[:-1]
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


def check_number(
    where: str, value: Any, *, allow_none: bool = False, minimum: float | None = None, strict: bool = False
):
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise SpecError(f"{where}: expected a number, got {value!r}")
    if not math.isfinite(value):
        raise SpecError(f"{where}: expected a finite number, got {value!r}")
    if minimum is not None and (value <= minimum if strict else value < minimum):
        raise SpecError(f"{where}: {value!r} must be {'>' if strict else '>='} {minimum}")
    return float(value)


def check_int(where: str, value: Any, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise SpecError(f"{where}: expected a whole number, got {value!r}")
    if value < minimum:
        raise SpecError(f"{where}: {value!r} must be >= {minimum}")
    return value


def check_names(where: str, value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SpecError(f"{where}: expected a list of names, got {value!r}")
    return list(value)


def build_section(cls: type, data: Any, where: str) -> Any:
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
        self.source = check_names(f"{where}.source", self.source)
        self.domain = check_names(f"{where}.domain", self.domain)

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
        if not isinstance(self.name, str) or not NAME_PATTERN.match(self.name):
            raise SpecError(f"{where}.name: {self.name!r} must be letters, digits, '_', '.' or '-'")
        if not isinstance(self.path, str) or not self.path:
            raise SpecError(f"{where}.path: expected a folder or file path, got {self.path!r}")
        if self.format not in FORMATS:
            raise SpecError(f"{where}.format: unknown format {self.format!r}; {suggest(str(self.format), FORMATS)}")
        if self.domain is not None and (not isinstance(self.domain, str) or not NAME_PATTERN.match(self.domain)):
            raise SpecError(f"{where}.domain: {self.domain!r} must be letters, digits, '_', '.' or '-'")
        self.weight = check_number(f"{where}.weight", self.weight, allow_none=True, minimum=0)
        self.max_epochs = check_number(f"{where}.max_epochs", self.max_epochs, allow_none=True, minimum=0, strict=True)
        if isinstance(self.select, dict) or self.select is None:
            self.select = build_section(Select, self.select, f"{where}.select")
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
        self.temperature = check_number(
            f"{where}.temperature", self.temperature, allow_none=True, minimum=0, strict=True
        )
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
        self.fraction = check_number(f"{where}.fraction", self.fraction, minimum=0)
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
        formats = check_names(f"{where}.formats", self.formats)
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
        self.shuffle_window = check_int(f"{where}.shuffle_window", self.shuffle_window, minimum=1)

    def to_dict(self) -> dict[str, Any]:
        """The YAML form."""
        return {
            "formats": list(self.formats),
            "part_tokens": self.part_tokens,
            "pack_tail": self.pack_tail,
            "shuffle_window": self.shuffle_window,
        }
