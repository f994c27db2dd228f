"""Record-level steps: the sanity gate every pipeline starts with, and record -> tagged text templates."""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Iterable
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class RecordCheck(BaseFilter):
    """Drop records that no later step should see: read errors, empty, binary, broken unicode, huge.

    Reasons: the reader's ``read_error`` code (``bad_json``, ``json_too_deep``, ``csv_unbalanced_quote``,
    ``missing_column``, ``not_a_string``, ``truncated_file``, ``unreadable_file``, ``empty``), ``empty``,
    ``invalid_unicode``, ``binary`` and ``too_long``. Only readers set ``read_error``: input columns of that
    name are renamed (see :mod:`chemtrove.curate.inputs`).

    Args:
        max_chars: Longest text accepted.
        max_control_share: Largest share of control characters (other than tab/newline/CR) accepted;
            the default 0 rejects any NUL or other control byte.
        exclusion_writer: Where dropped records go (a :class:`~chemtrove.curate.writers.QuarantineWriter`).
    """

    name = "🩺 record check"

    def __init__(
        self,
        max_chars: int = 5_000_000,
        max_control_share: float = 0.0,
        exclusion_writer: DiskWriter | None = None,
    ):
        if max_chars <= 0:
            raise ValueError(f"max_chars must be positive, got {max_chars}")
        if not 0.0 <= max_control_share < 1.0:
            raise ValueError(f"max_control_share must be in [0, 1), got {max_control_share}")
        super().__init__(exclusion_writer)
        self.max_chars = max_chars
        self.max_control_share = max_control_share

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep ``doc`` or return ``(False, reason)``."""
        if err := doc.metadata.get("read_error"):
            return False, str(err)
        text = doc.text
        if not isinstance(text, str) or not text.strip():
            return False, "empty"
        if len(text) > self.max_chars:
            return False, "too_long"
        if _SURROGATE.search(text):
            return False, "invalid_unicode"
        if self.max_control_share == 0.0:
            if _CONTROL.search(text):
                return False, "binary"
        elif len(_CONTROL.findall(text)) > self.max_control_share * len(text):
            return False, "binary"
        return True


_TAGGED = {"smiles_tagged": "smiles", "reaction_tagged": "reaction", "cif_tagged": "cif"}


def produced_fields(steps: Iterable[Any]) -> set[str]:
    """Metadata fields the given steps write (each chemtrove step says so with ``output_fields()``)."""
    out: set[str] = set()
    for step in steps:
        fields = getattr(step, "output_fields", None)
        if callable(fields):
            out |= set(fields())
    return out


def template_fields(template: str) -> tuple[str, ...]:
    """The ``{fields}`` of a record template, in order (``ValueError`` for a malformed template)."""
    try:
        return tuple(f for _, f, _, _ in string.Formatter().parse(template) if f is not None)
    except ValueError as e:
        raise ValueError(f"bad template {template!r}: {e}") from e


def check_template_fields(template: str, available: Iterable[str], where: str = "template") -> None:
    """Raise ``ValueError`` naming each template field that nothing provides, with a "did you mean".

    Args:
        template: A :class:`RecordToText` template.
        available: Fields the records will have: input columns and what the steps before write
            (``text`` and the ``*_tagged`` helpers of present fields are added here).
        where: What to call the template in the message (a config key).
    """
    have = set(available) | {"text"}
    have |= {tagged for tagged, base in _TAGGED.items() if base in have}
    for f in template_fields(template):
        if f not in have:
            close = difflib.get_close_matches(f, sorted(have), n=1)
            hint = f"did you mean {{{close[0]}}}? " if close else ""
            raise ValueError(
                f"{where}: {template!r} uses {{{f}}}, which no column or step provides; {hint}"
                f"available: {', '.join(sorted(have))}"
            )


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        raise KeyError(key)


class RecordToText(BaseFilter):
    """Turn a record into training text with a template over its metadata.

    The template is a Python format string over ``metadata`` keys plus ``text`` and the tag helpers
    ``{smiles_tagged}`` (``[START_SMILES]{smiles}[END_SMILES]`` of ``metadata["smiles"]``),
    ``{reaction_tagged}`` and ``{cif_tagged}``. A record missing a field the template needs is dropped as
    ``missing_field`` (``metadata["reason_detail"]`` names the field). :func:`check_template_fields`
    checks a template against what the steps before it produce, before anything runs.

    Args:
        template: e.g. ``"{smiles_tagged}"`` (default) or ``"The molecule {iupac} is {smiles_tagged}."``.
        exclusion_writer: Where dropped records go.

    Example:
        >>> from datatrove.data import Document
        >>> step = RecordToText("{iupac}: {smiles_tagged}")
        >>> d = Document(text="CCO", id="1", metadata={"smiles": "CCO", "iupac": "ethanol"})
        >>> step.filter(d), d.text
        (True, 'ethanol: [START_SMILES]CCO[END_SMILES]')
    """

    name = "📝 record to text"

    def __init__(self, template: str = "{smiles_tagged}", exclusion_writer: DiskWriter | None = None):
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        except ValueError as e:
            raise ValueError(f"bad template {template!r}: {e}") from e
        if not fields and "{" not in template:
            raise ValueError(f"template {template!r} has no {{field}}: every record would get the same text")
        if any(not f.isidentifier() for f in fields):
            raise ValueError(f"template {template!r}: fields must be plain names like {{smiles}}, not {fields}")
        super().__init__(exclusion_writer)
        self.template = template
        self.fields = tuple(fields)

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Render the template into ``doc.text``; ``(False, "missing_field")`` when a field is absent."""
        from chemtrove.chem import tags

        values = _Fields(doc.metadata)
        values["text"] = doc.text
        for key in ("smiles", "reaction"):
            if key in doc.metadata:
                values[f"{key}_tagged"] = tags.wrap_smiles(doc.metadata[key])
        if "cif" in doc.metadata:
            values["cif_tagged"] = tags.wrap_cif(doc.metadata["cif"])
        for f in self.fields:
            if values.get(f) in (None, ""):
                doc.metadata["reason_detail"] = f"the template needs {{{f}}}, which this record lacks"
                return False, "missing_field"
        doc.text = self.template.format_map(values)
        return True
