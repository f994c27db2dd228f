"""Input bytes to records: the rules every chemtrove reader follows, in one place.

* A record of a line format (``.jsonl``, ``.smi``, ``.txt``) is a *physical line*: text up to ``\\n``
  (a ``\\r`` before it is dropped). Nothing else ends a line: vertical tab, form feed, ``\\x1c``-``\\x1e``,
  NEL, U+2028 and U+2029 are data (``str.splitlines`` would split on all of them). See :func:`split_lines`.
  Readers that stream a file (the raw formats) apply the same rule a line at a time
  (:func:`stream_lines`).
* A record of a table (``.csv``, ``.tsv``) is a row. A quoted cell may span lines, but a quote that
  never closes properly does not swallow the rows after it: its line becomes one ``csv_unbalanced_quote``
  record and reading goes on with the next line. See :func:`csv_rows`.
* A byte-order mark is not data: UTF-8's is stripped, UTF-16's selects the UTF-16 codec
  (:func:`decode`; :func:`skip_bom` for a stream). Undecodable bytes stay visible as lone surrogates
  (``surrogateescape``); the record check then quarantines them as ``invalid_unicode``.
* JSON that nests too deep (``json_too_deep``) or does not parse (``bad_json``) is a reason for that
  line only (:func:`load_json_object`).
* A truncated or corrupt compressed file keeps the records that decompress; the rest is one
  ``truncated_file`` record (:func:`read_salvaging`).
* Bookkeeping metadata keys (the reader's ``read_error``, the filters' ``filter_reason``, ...) belong to
  chemtrove: an input column with such a name, or one starting with ``_``, is kept as ``input_<name>``
  (:func:`input_metadata`), so input data can never choose its own reason or drop itself. The raw readers
  (:mod:`chemtrove.curate.rawio`: SD properties, JSON keys) fill the chemistry fields themselves, so their
  properties also keep off those (``smiles``, ``cif``, ...): a property named in
  :data:`PROPERTY_RESERVED_KEYS` is kept as ``prop_<name>`` (:func:`property_key`).

Readers of other formats reuse these helpers so that every reader counts records the same way.
"""

from __future__ import annotations

import bz2
import csv
import json
import lzma
import zlib
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

RESERVED_KEYS = frozenset(
    {
        "source",
        "domain",
        "licence",
        "read_error",
        "read_detail",
        "filter_reason",
        "reason_detail",
        "duplicate_count",
        "file_path",
    }
)
"""Metadata keys set by chemtrove and datatrove themselves, never by input data."""

INPUT_PREFIX = "input_"
"""Prefix given to input columns whose name is reserved (``read_error`` -> ``input_read_error``)."""

PROPERTY_RESERVED_KEYS = frozenset(
    {
        "source",
        "domain",
        "licence",
        "read_error",
        "error",
        "after_record",
        "id",
        "rank",
        "reason",
        "step",
        "filter_reason",
        "smiles",
        "reaction",
        "cif",
        "formula",
        "spacegroup",
        "flags",
        "inchikey",
    }
)
"""Metadata keys a raw reader's record properties never take: keys the pipeline writes or reads, among them
the chemistry fields the raw readers fill from the record itself."""

PROPERTY_PREFIX = "prop_"
"""Prefix given to a raw record's property whose name is reserved (``cif`` -> ``prop_cif``)."""

csv.field_size_limit(2**31 - 1)  # giant CIF or prose cells are data, not a reason to crash


def is_reserved(key: str) -> bool:
    """True for keys input data may not set: :data:`RESERVED_KEYS` and any key starting with ``_``."""
    return key in RESERVED_KEYS or key.startswith("_")


def property_key(key: object) -> str:
    """The metadata key of a raw record's property (see :data:`PROPERTY_RESERVED_KEYS`).

    A name in :data:`PROPERTY_RESERVED_KEYS`, or one that already starts with ``prop_`` (so that two
    properties never meet on one key), gets the ``prop_`` prefix; any other name is kept.

    Args:
        key: The property name (made a string).

    Example:
        >>> property_key("cif"), property_key("prop_x"), property_key("band_gap")
        ('prop_cif', 'prop_prop_x', 'band_gap')
    """
    name = str(key)
    return PROPERTY_PREFIX + name if name in PROPERTY_RESERVED_KEYS or name.startswith(PROPERTY_PREFIX) else name


def input_metadata(row: dict[Any, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The columns of an input row as metadata, with reserved names escaped.

    Keys become strings; a reserved key (see :func:`is_reserved`) is renamed ``input_<key>`` (with more
    ``input_`` prefixes while the name is taken), so ``{"read_error": "x"}`` can never make a record
    quarantine itself.

    Args:
        row: The input row.
        skip: Keys left out (e.g. the text column).

    Returns:
        A new dict.

    Example:
        >>> input_metadata({"smiles": "C", "read_error": "x", "__raw__": "y"}, skip=("smiles",))
        {'input_read_error': 'x', 'input___raw__': 'y'}
    """
    out: dict[str, Any] = {}
    for key, value in row.items():
        name = str(key)
        if name in skip:
            continue
        while is_reserved(name) or (name != str(key) and name in row):
            name = INPUT_PREFIX + name
        out[name] = value
    return out


UTF8_BOM = b"\xef\xbb\xbf"
"""UTF-8's byte-order mark: stripped at the start of a file, never data."""


def decode(raw: bytes) -> str:
    """Bytes to text: a UTF-8 byte-order mark is stripped, a UTF-16 one selects UTF-16.

    Undecodable bytes become lone surrogates (``surrogateescape``), so nothing is lost and the record
    check can quarantine them as ``invalid_unicode``.

    Example:
        >>> decode(b"\\xef\\xbb\\xbfsmiles\\nCCO\\n"), decode("\\ufeffa".encode("utf-16"))
        ('smiles\\nCCO\\n', 'a')
    """
    if raw.startswith(UTF8_BOM):
        return raw[3:].decode("utf-8", "surrogateescape")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", "surrogatepass" if len(raw) % 2 == 0 else "replace")
        return text[1:] if text.startswith("\ufeff") else text
    return raw.decode("utf-8", "surrogateescape")


def split_lines(text: str) -> list[str]:
    """Physical lines: split on ``\\n`` only, a ``\\r`` right before it dropped; no final empty line.

    Example:
        >>> split_lines("a\\r\\nb\\u2028c\\x0bd\\n\\ne")
        ['a', 'b\\u2028c\\x0bd', '', 'e']
        >>> split_lines(""), split_lines("\\n")
        ([], [''])
    """
    if not text:
        return []
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def skip_bom(stream: BinaryIO) -> None:
    """Consume a UTF-8 byte-order mark at the current position of a buffered binary stream (the streaming
    form of :func:`decode`'s rule for readers that never hold a whole file).

    Args:
        stream: A binary stream with ``peek`` (``io.BufferedReader``, ``gzip.GzipFile``, ...), at a file start.
    """
    if stream.peek(3)[:3] == UTF8_BOM:
        stream.read(3)


def stream_lines(stream: BinaryIO, max_bytes: int) -> Iterator[str | None]:
    """Physical lines of a binary stream, decoded, read one at a time: the streaming :func:`split_lines`.

    A line ends only at ``\\n`` (a ``\\r`` right before it is dropped); no final empty line. A line over
    ``max_bytes`` is consumed to its end without being held in memory and stands as one ``None``.
    Undecodable bytes stay visible as lone surrogates (the record check rejects them as ``invalid_unicode``).

    Args:
        stream: A binary stream (after :func:`skip_bom` at a file start).
        max_bytes: Longest line kept.

    Yields:
        Each line's text, or ``None`` for an over-long line.

    Example:
        >>> import io
        >>> list(stream_lines(io.BytesIO(b"a\\r\\nb\\x0bc\\n\\n" + b"x" * 9 + b"\\ne"), max_bytes=8))
        ['a', 'b\\x0bc', '', None, 'e']
    """
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = stream.readline(1 << 20)
            yield None
            continue
        if line.endswith(b"\n"):
            line = line[:-2] if line.endswith(b"\r\n") else line[:-1]
        yield line.decode("utf-8", "surrogateescape")


def load_json_object(line: str) -> tuple[dict[str, Any] | None, str | None, str | None]:
    """One JSONL line as a dict, or a reason. Never raises.

    Returns:
        ``(row, None, None)``, or ``(None, reason, detail)`` with reason ``bad_json`` (not JSON, or not an
        object) or ``json_too_deep`` (nesting beyond Python's recursion limit).

    Example:
        >>> load_json_object('{"a": 1}')[0], load_json_object("[" * 100000)[1], load_json_object("[1]")[1]
        ({'a': 1}, 'json_too_deep', 'bad_json')
    """
    try:
        row = json.loads(line)
    except RecursionError:
        return None, "json_too_deep", "nested deeper than the JSON parser's recursion limit"
    except Exception as e:  # noqa: BLE001 - ValueError, and whatever else hostile bytes provoke
        return None, "bad_json", f"{type(e).__name__}: {e}"[:300]
    if not isinstance(row, dict):
        return None, "bad_json", f"a JSON {type(row).__name__}, not an object"
    return row, None, None


def _decompressor(name: str) -> Callable[[], Any] | None:
    lower = name.lower()
    if lower.endswith(".gz"):
        return lambda: zlib.decompressobj(16 + zlib.MAX_WBITS)
    if lower.endswith(".bz2"):
        return bz2.BZ2Decompressor
    if lower.endswith(".xz"):
        return lzma.LZMADecompressor
    return None


def read_salvaging(f: BinaryIO, name: str, *, chunk_size: int = 1 << 20) -> tuple[bytes, str | None, str | None]:
    """All bytes of a (possibly compressed) file, keeping what decompresses of a damaged one.

    ``.gz`` (several members too), ``.bz2`` and ``.xz`` are decompressed here, chunk by chunk, so a cut or
    corrupt archive still gives every byte before the damage.

    Args:
        f: The file, opened in binary mode without decompression.
        name: Its name (the suffix picks the codec).
        chunk_size: Bytes read at a time.

    Returns:
        ``(data, None, None)``, or ``(data_before_the_damage, "truncated_file", detail)``.
    """
    make = _decompressor(name)
    if make is None:
        return f.read(), None, None
    out: list[bytes] = []
    d = make()
    seen = False
    try:
        while chunk := f.read(chunk_size):
            seen = True
            while chunk:
                out.append(d.decompress(chunk))
                chunk = b""
                if d.eof and d.unused_data:  # another member (gzip, bz2) follows
                    chunk = d.unused_data
                    d = make()
    except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as e:
        out.append(_flush(d))
        return b"".join(out), "truncated_file", f"{type(e).__name__}: {e}"[:300]
    if seen and not d.eof:
        out.append(_flush(d))
        return b"".join(out), "truncated_file", "the compressed stream ends before its end marker"
    return b"".join(out), None, None


def _flush(d: Any) -> bytes:
    try:
        return d.flush() if hasattr(d, "flush") else b""
    except Exception:  # noqa: BLE001
        return b""


def csv_rows(
    lines: list[str], delimiter: str = ",", n_columns: int | None = None
) -> Iterator[tuple[list[str] | None, str | None, str]]:
    """Rows of a CSV/TSV given as physical lines; an unbalanced quote spoils one line, not the rest.

    A quoted cell may span lines (a CIF in a cell). But when a quote opened on a line is not closed
    properly (end of file inside the quotes, text right after a closing quote, or a multi-line row with
    a number of cells other than ``n_columns``), that first line alone becomes a
    ``csv_unbalanced_quote`` record and the rows after it are read normally. A single line with a quote
    in the wrong place (``"CCO"x``) is read leniently, as the ``csv`` module does. A line the ``csv``
    module cannot read at all (a lone ``\\r`` in a cell) is split on the delimiter.

    Args:
        lines: Physical lines (see :func:`split_lines`).
        delimiter: ``,`` or a tab.
        n_columns: Cells a row must have when it spans several lines (the header's count).

    Yields:
        ``(cells, None, raw_text)`` or ``(None, "csv_unbalanced_quote", raw_line)``.
    """
    i = 0
    while i < len(lines):
        line = lines[i]
        if '"' not in line:
            yield _plain_cells(line, delimiter), None, line
            i += 1
            continue
        reader = csv.reader((ln + "\n" for ln in lines[i:]), delimiter=delimiter, strict=True)
        try:
            cells = next(reader)
            used = reader.line_num
        except csv.Error as e:
            used = reader.line_num
            if used <= 1 and "end of data" not in str(e):
                yield _lenient_cells(line, delimiter), None, line
                i += 1
                continue
            yield None, "csv_unbalanced_quote", line
            i += 1
            continue
        if used > 1 and n_columns is not None and len(cells) != n_columns:
            yield None, "csv_unbalanced_quote", line
            i += 1
            continue
        yield cells, None, "\n".join(lines[i : i + used])
        i += used


def _plain_cells(line: str, delimiter: str) -> list[str]:
    if not line:
        return []
    if "\r" in line:  # the csv module would call a lone CR a line end
        return line.split(delimiter)
    return next(csv.reader([line], delimiter=delimiter))


def _lenient_cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=False))
    except (csv.Error, StopIteration):
        return line.split(delimiter)


__all__ = [
    "INPUT_PREFIX",
    "PROPERTY_PREFIX",
    "PROPERTY_RESERVED_KEYS",
    "RESERVED_KEYS",
    "csv_rows",
    "decode",
    "input_metadata",
    "is_reserved",
    "load_json_object",
    "property_key",
    "read_salvaging",
    "split_lines",
]
