"""Lexicons: trivial, drug and reagent names (and abbreviations) to SMILES.

Three kinds, one interface (:meth:`Lexicon.get`):

* a TSV file ``name<TAB>smiles`` (more columns are ignored; ``#`` lines are comments), the user's own;
* the default lexicon shipped with chemtrove (common solvents, reagents, gases, acids and bases with the
  abbreviations chemists write: DCM, THF, DMF, DMSO, EtOAc, TEA, DIPEA, ...; common trivial names of drugs,
  hormones, vitamins, cofactors, natural products, dyes, pesticides and ligands OPSIN does not read; see
  ``data/names/``) plus the IUPAC names of the FreeSolv set the package already ships;
* a PubChem index: :func:`build_pubchem_index` reads PubChem's own dumps ``CID-Synonym-filtered`` and
  ``CID-SMILES`` (``CID<TAB>value`` lines, gzip or plain) once into an SQLite file that
  :class:`PubChemIndex` looks names up in (one indexed query per name, nothing held in memory).

Matching: a name written with an upper-case letter after its first character (``DMF``, ``EtOAc``,
``Et3N``) matches only as written, or with its first letter capitalized where it is written in lower case
(``Rhodamine B``, a sentence start); any other name matches case-insensitively (``Ethanol``, ``ETHANOL``). A
name followed by a hydrohalide word is its salt (``propranolol hydrochloride``).
Whitespace inside a name is collapsed, unicode dashes, apostrophes and primes are made ASCII and a possessive
set apart ("Lawesson 's reagent") is joined before a look-up; the in-memory lexicons also take accents off
letters, so "Hünig's base" and "Hunig's base" are one key (:func:`chemtrove.chem.names.spans.plain_spelling`).
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sqlite3
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from chemtrove.chem.names.spans import CONNECTOR_STOPWORDS, plain_spelling

_ASCII_PUNCT = str.maketrans(
    {
        "\u2032": "'",
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)
_SPACED_POSSESSIVE = re.compile(r"(?<=[^\W\d_]) '(?=s(?: |$))")


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_HYDROHALIDES = {"hydrochloride": "Cl", "dihydrochloride": "Cl.Cl", "hydrobromide": "Br", "hydroiodide": "I"}


def is_tail(lexicons: Iterable, runs: list, word) -> bool:
    """Whether ``word`` is the code that ends a case-sensitive lexicon name whose word before it ends the last
    run ("B" after "rhodamine"), or the connector word that ends another name ("base" after "Hünig's"), one
    space away: a word the finder keeps in the run, though alone it is no name.

    Args:
        lexicons: The finder's lexicons (those without tails are skipped).
        runs: The runs of chemical words so far (lists of ``spans.Word``), possibly none.
        word: The word after the last run.
    """
    if not runs or word.start - runs[-1][-1].end != 1 or runs[-1][-1].cut_right:
        return False
    pair = (plain_spelling(runs[-1][-1].text).lower(), word.text)
    return any(pair in getattr(lex, "tails", ()) for lex in lexicons)


def lookup_key(name: str) -> tuple[str, bool]:
    """The key a name is stored and looked up under, and whether the look-up is case-sensitive.

    Args:
        name: A name as written.

    Returns:
        ``(key, exact)``: ``exact`` is True for abbreviations and formulas (an upper-case letter after the
        first character), whose key keeps its case; other keys are lower case.

    Example:
        >>> lookup_key("EtOAc"), lookup_key("Ethyl  acetate")
        (('EtOAc', True), ('ethyl acetate', False))
    """
    text = " ".join(name.translate(_ASCII_PUNCT).split())
    if " '" in text:
        text = _SPACED_POSSESSIVE.sub("'", text)  # "Lawesson 's reagent", as PDF text writes it
    # DMF, EtOAc, Et3N, CO2; also short capitalized names (Ar, Li): case-sensitive, "AR" is not argon
    exact = text[1:].lower() != text[1:] or (len(text) <= 4 and text[:1].isupper())
    return (text if exact else text.lower()), exact


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace")


class Lexicon:
    """An in-memory name → SMILES table.

    Args:
        entries: ``(name, smiles)`` pairs; the first entry of a name wins.
        name: What the lexicon is called in :attr:`NameMatch.source <chemtrove.chem.names.NameMatch>`
            (``lexicon:<name>``).
    """

    def __init__(self, entries: Iterable[tuple[str, str]] = (), name: str = "user"):
        self.name = name
        self._exact: dict[str, str] = {}
        self._folded: dict[str, str] = {}
        self.words: set[str] = set()
        """Lower-case words of every name that matches case-insensitively (they may be or continue a name), and
        the words before the code of a case-sensitive name of several words ("rhodamine" of "rhodamine B")."""
        self.tails: set[tuple[str, str]] = set()
        """``(word, code)``: the code that ends a case-sensitive name after that word ("rhodamine", "B"), and the
        connector word (``spans.CONNECTOR_STOPWORDS``) that ends any other name of several words, after the word
        before it ("hunig's", "base")."""
        for n, smi in entries:
            self.add(n, smi)

    def add(self, name: str, smiles: str) -> None:
        """Add one entry (ignored when the name is already there or either field is empty)."""
        name, smiles = (name or "").strip(), (smiles or "").strip()
        if not name or not smiles:
            return
        key, exact = lookup_key(name)
        key = plain_spelling(key)  # "Hünig's base" and "Hunig's base": one key
        table = self._exact if exact else self._folded
        table.setdefault(key, smiles)
        if not exact:
            parts = key.split(" ")
            self.words.update(w for w in parts if len(w) > 2)
            if len(parts) > 1 and parts[-1] in CONNECTOR_STOPWORDS:  # "base" of "hunig's base" (see is_tail)
                self.tails.add((parts[-2], parts[-1]))
        elif " " in key:  # "rhodamine B", "vitamin B1", "Dess-Martin periodinane": its words lead to the code
            parts = key.split(" ")
            self.words.update(w.lower() for w in parts if len(w) > 2 and w != w.upper() and _WORD.fullmatch(w))
            if not parts[-1].islower():
                self.tails.add((parts[-2].lower(), parts[-1]))

    def __len__(self) -> int:
        return len(self._exact) + len(self._folded)

    def __contains__(self, name: str) -> bool:
        return self.get(name) is not None

    def get(self, name: str) -> str | None:
        """The SMILES of ``name`` as stored (not canonicalized here), or ``None``; a name followed by a
        hydrohalide word is its salt ("propranolol hydrochloride": the name's SMILES and ``Cl``)."""
        key, exact = lookup_key(name)
        key = plain_spelling(key)
        hit = self._exact.get(key)
        if hit is None and key[:1].isupper() and key[1:2].islower():  # "Rhodamine B" starting a sentence
            hit = self._exact.get(key[0].lower() + key[1:])
        if hit is not None or exact and key in self._exact:
            return hit
        hit = self._folded.get(key.lower())
        base, _, former = key.rpartition(" ")
        if hit is None and base and (acid := _HYDROHALIDES.get(former.lower())) is not None:
            base_hit = self.get(base)
            return f"{base_hit}.{acid}" if base_hit is not None else None
        return hit

    def items(self) -> Iterator[tuple[str, str]]:
        """Every ``(key, smiles)``."""
        yield from self._exact.items()
        yield from self._folded.items()

    @classmethod
    def from_tsv(cls, path: str | Path, name: str | None = None) -> Lexicon:
        """Read ``name<TAB>smiles`` lines (a header line ``name<TAB>smiles`` and ``#`` comments are skipped).

        Args:
            path: The TSV file (``.gz`` allowed).
            name: The lexicon's name (default: the file name).

        Raises:
            FileNotFoundError: If the file does not exist (the message names it).
        """
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"lexicon {str(path)!r} does not exist (a TSV file: name<TAB>smiles per line)")
        lex = cls(name=name or path.name)
        with _open_text(path) as fh:
            for line in fh:
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) < 2 or (parts[0].lower() == "name" and parts[1].lower() == "smiles"):
                    continue
                lex.add(parts[0], parts[1])
        return lex


def default_lexicon() -> Lexicon:
    """The shipped lexicon: ``data/names/lexicon.tsv`` (solvents, reagents, abbreviations) and the IUPAC
    names of ``data/molecules/freesolv.csv``; the shipped TSV wins where both name a compound."""
    data = resources.files("chemtrove") / "data"
    lex = Lexicon.from_tsv(Path(str(data / "names" / "lexicon.tsv")), name="default")
    with (data / "molecules" / "freesolv.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lex.add(row.get("iupac") or "", row.get("smiles") or "")
    return lex


# ------------------------------------------------------------------------------------------------ PubChem
def _cid_lines(path: Path) -> Iterator[tuple[int, str]]:
    with _open_text(path) as fh:
        for line in fh:
            cid, sep, value = line.rstrip("\r\n").partition("\t")
            if sep and cid.isdigit() and value:
                yield int(cid), value


def build_pubchem_index(
    synonyms: str | Path,
    smiles: str | Path,
    out: str | Path,
    *,
    max_synonyms_per_cid: int | None = 50,
    batch: int = 100_000,
) -> Path:
    """Compile PubChem's ``CID-Synonym-filtered`` and ``CID-SMILES`` dumps into an SQLite name index.

    Both files are ``CID<TAB>value`` lines (gzip or plain, no header), as PubChem publishes them. Run it
    once; :class:`PubChemIndex` then answers look-ups from the file without loading it. A name given to
    several CIDs keeps the lowest CID (PubChem's own preferred order).

    Args:
        synonyms: ``CID-Synonym-filtered`` (``.gz`` allowed).
        smiles: ``CID-SMILES`` (``.gz`` allowed).
        out: The SQLite file to write (replaced if it exists).
        max_synonyms_per_cid: Keep at most this many synonyms of one CID (``None``: all).
        batch: Rows per insert transaction.

    Returns:
        The path of the index.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
        "CREATE TABLE smiles (cid INTEGER PRIMARY KEY, smiles TEXT NOT NULL);"
        "CREATE TABLE names (key TEXT NOT NULL, exact INTEGER NOT NULL, cid INTEGER NOT NULL);"
        "CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;"
    )
    words: set[str] = set()
    rows: list[tuple[int, str]] = []
    for row in _cid_lines(Path(smiles)):
        rows.append(row)
        if len(rows) >= batch:
            con.executemany("INSERT OR REPLACE INTO smiles VALUES (?, ?)", rows)
            rows.clear()
    con.executemany("INSERT OR REPLACE INTO smiles VALUES (?, ?)", rows)
    names: list[tuple[str, int, int]] = []
    per_cid: dict[int, int] = {}
    last_cid = -1
    for cid, name in _cid_lines(Path(synonyms)):
        if cid != last_cid:
            per_cid.clear()
            last_cid = cid
        n = per_cid.get(cid, 0)
        if max_synonyms_per_cid is not None and n >= max_synonyms_per_cid:
            continue
        per_cid[cid] = n + 1
        key, exact = lookup_key(name)
        names.append((key, int(exact), cid))
        if " " in key:
            words.update(w for w in key.lower().split(" ") if len(w) > 2)
        if len(names) >= batch:
            con.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
            con.executemany("INSERT OR IGNORE INTO words VALUES (?)", [(w,) for w in words])
            names.clear()
            words.clear()
    con.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    con.executemany("INSERT OR IGNORE INTO words VALUES (?)", [(w,) for w in words])
    con.executescript(
        "CREATE TABLE lookup AS SELECT key, exact, MIN(cid) AS cid FROM names GROUP BY key, exact;"
        "DROP TABLE names; CREATE UNIQUE INDEX lookup_key ON lookup (key, exact); VACUUM;"
    )
    con.commit()
    con.close()
    tmp.replace(out)
    return out


class PubChemIndex:
    """Name look-ups in an index made by :func:`build_pubchem_index` (opened read-only, lazily).

    Args:
        path: The SQLite file.
        name: The source name reported in matches (``lexicon:<name>``).
    """

    def __init__(self, path: str | Path, name: str = "pubchem"):
        self.path = Path(path)
        if not self.path.is_file():
            raise FileNotFoundError(
                f"PubChem index {str(self.path)!r} does not exist; build it with "
                "chemtrove.chem.names.build_pubchem_index(CID-Synonym-filtered, CID-SMILES, out)"
            )
        self.name = name
        self.words: set[str] = set()
        self._con: sqlite3.Connection | None = None

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_con"] = None
        return state

    def _connect(self) -> sqlite3.Connection:
        if self._con is None:
            self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        return self._con

    def has_word(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a word of a multi-word name in the index."""
        return self._connect().execute("SELECT 1 FROM words WHERE word = ?", (word,)).fetchone() is not None

    def get(self, name: str) -> str | None:
        """The SMILES PubChem gives ``name`` (lowest CID), or ``None``."""
        self._connect()
        key, exact = lookup_key(name)
        queries = [(key, 1)] if exact else [(key, 0)]
        if exact:
            queries.append((key.lower(), 0))
        for k, e in queries:
            row = self._con.execute(
                "SELECT s.smiles FROM lookup l JOIN smiles s ON s.cid = l.cid WHERE l.key = ? AND l.exact = ?",
                (k, e),
            ).fetchone()
            if row:
                return row[0]
        return None


def load_lexicon(spec: str | Path | Lexicon | PubChemIndex) -> Lexicon | PubChemIndex:
    """A lexicon from a spec: ``"default"``, a ``.tsv``/``.tsv.gz`` file, a ``.sqlite``/``.db`` PubChem index,
    or an object already loaded.

    Raises:
        FileNotFoundError: If the file does not exist.
        ValueError: If the file type is unknown (the message lists the known ones).
    """
    if isinstance(spec, Lexicon | PubChemIndex):
        return spec
    if str(spec) == "default":
        return default_lexicon()
    path = Path(spec)
    suffixes = "".join(path.suffixes[-2:]).lower()
    if path.suffix.lower() in (".sqlite", ".db", ".sqlite3"):
        return PubChemIndex(path)
    if suffixes.endswith((".tsv", ".tsv.gz", ".txt", ".txt.gz")):
        return Lexicon.from_tsv(path)
    raise ValueError(f"lexicon {str(spec)!r}: use 'default', a .tsv file (name<TAB>smiles) or a .sqlite PubChem index")


__all__ = ["Lexicon", "PubChemIndex", "build_pubchem_index", "default_lexicon", "load_lexicon", "lookup_key"]
