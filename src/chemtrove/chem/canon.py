"""The result type shared by every canonicalizer in :mod:`chemtrove.chem`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Canon:
    """Outcome of a canonicalization that never raises.

    Attributes:
        value: The canonical string, or ``None`` when the input was rejected.
        reason: A reason code from :data:`chemtrove.chem.reasons.REASONS` when ``value`` is ``None``,
            otherwise ``None``.
        flags: Notes about an accepted value that do not reject it (for example
            ``"unstable_canonical"`` when RDKit's canonical form cycled), sorted and unique.
    """

    value: str | None
    reason: str | None = None
    flags: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if (self.value is None) == (self.reason is None):
            raise ValueError("Canon needs exactly one of value and reason")

    @property
    def ok(self) -> bool:
        """True when the input was accepted."""
        return self.value is not None

    @classmethod
    def reject(cls, reason: str) -> Canon:
        """A rejected result with ``reason``."""
        return cls(value=None, reason=reason)
