"""Decontamination: keep benchmark molecules, reactions, structures and texts out of training data.

A :class:`BenchmarkSet` is a file (or folder) of evaluation items; :func:`load_benchmark` turns it into
chemistry-aware keys:

* molecules: canonical SMILES, InChIKey, the InChIKey of the parent (largest organic fragment,
  neutralized: salt forms match), and optionally the InChIKey connectivity layer (first 14 characters:
  stereo and isotope variants match);
* reactions: canonical reaction, and reactants>>products without agents (so a reagent moved between
  roles, reordered molecules or atom maps make no difference);
* crystals: ``(reduced formula, space group)`` then ``StructureMatcher`` within the bucket;
* texts: MinHash LSH (datasketch) over word n-grams (3 by default) that keep tagged chemistry whole.

:class:`Decontaminate` is a datatrove filter: a record matching set ``NAME`` is dropped with reason
``contaminated_NAME`` (and goes to the quarantine like any other drop). Tagged SMILES inside prose and
instruction text are checked too, and so are chemical names written in the text (resolved offline by
:mod:`chemtrove.chem.names`): a benchmark molecule written only as "2-acetyloxybenzoic acid" is a hit.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from datatrove.data import Document
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.writers.disk_base import DiskWriter

from chemtrove.chem.keys import molecule_keys, reaction_keys
from chemtrove.formats import data_files

BENCHMARK_KINDS = ("molecules", "reactions", "crystals", "texts")
_MOL_COLUMNS = ("smiles", "SMILES", "canonical_smiles", "smi", "mol")
_RXN_COLUMNS = ("reaction", "rxn_smiles", "rxn_Smiles", "rxn", "reaction_smiles")
_TEXT_COLUMNS = ("text", "question", "prompt", "content")


@dataclass
class BenchmarkSet:
    """One evaluation set to keep out of training data.

    Attributes:
        name: Short identifier; drops are ``contaminated_<name>``.
        path: A file (``.csv .tsv .smi .jsonl .parquet .txt .cif``) or a folder of ``.cif`` files.
        kind: ``molecules``, ``reactions``, ``crystals``, ``texts`` or ``auto`` (from the extension and the
            column names).
        column: Column holding the items (default: found among the usual names).
        stereo_insensitive: Molecules: also match on the InChIKey connectivity layer.
        text_threshold: Texts: estimated Jaccard similarity of word n-gram sets above which a text is
            contaminated. Decontamination errs on the side of removal: 0.5 with 3-grams catches a
            paraphrase that swaps a few words in a paragraph.
        text_ngrams: Texts: words per shingle.
    """

    name: str
    path: str
    kind: str = "auto"
    column: str | None = None
    stereo_insensitive: bool = True
    text_threshold: float = 0.5
    text_ngrams: int = 3

    def __post_init__(self) -> None:
        if not self.name or not self.name.replace("_", "").replace("-", "").isalnum():
            raise ValueError(f"benchmark name {self.name!r}: use letters, digits, '_' or '-'")
        if self.kind != "auto" and self.kind not in BENCHMARK_KINDS:
            raise ValueError(f"benchmark kind {self.kind!r}: use auto or one of {', '.join(BENCHMARK_KINDS)}")
        if not 0.0 < self.text_threshold < 1.0:
            raise ValueError(f"text_threshold must be in (0, 1), got {self.text_threshold}")


@dataclass
class BenchmarkIndex:
    """The keys of one loaded :class:`BenchmarkSet`."""

    name: str
    kind: str
    size: int
    smiles: set[str] = field(default_factory=set)
    inchikeys: set[str] = field(default_factory=set)
    connectivity: set[str] = field(default_factory=set)
    reactions: set[str] = field(default_factory=set)
    structures: dict[tuple[str, int], list[Any]] = field(default_factory=dict)
    lsh: Any = None
    text_minhashes: list[Any] = field(default_factory=list)
    text_threshold: float = 0.5
    text_ngrams: int = 3
    unparsed: int = 0


def _read_items(path: Path, column: str | None) -> tuple[list[str], str | None]:
    """Items of a benchmark file and the column they came from (lines split on ``\n`` only, BOM stripped)."""
    from chemtrove.curate.inputs import decode, split_lines

    suffix = path.suffix.lower()
    if suffix == ".cif":
        return [path.read_text(encoding="utf-8", errors="replace")], "cif"
    if suffix in (".txt", ".smi"):
        text = decode(path.read_bytes())
        lines = [ln.split(maxsplit=1)[0] if suffix == ".smi" else ln for ln in split_lines(text) if ln.strip()]
        if suffix == ".smi" and lines and lines[0].lower() in ("smiles", "smi"):
            lines = lines[1:]
        return lines, None
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(path).to_pylist()
    elif suffix == ".jsonl":
        rows = [json.loads(ln) for ln in split_lines(decode(path.read_bytes())) if ln.strip()]
    elif suffix in (".csv", ".tsv"):
        text = decode(path.read_bytes())
        rows = list(csv.DictReader(io.StringIO(text), delimiter="\t" if suffix == ".tsv" else ","))
    else:
        raise ValueError(f"{path}: unknown benchmark format {suffix!r}; use csv, tsv, smi, txt, jsonl, parquet or cif")
    if not rows:
        return [], column
    keys = list(rows[0])
    if column is None:
        for cand in (*_MOL_COLUMNS, *_RXN_COLUMNS, "cif", *_TEXT_COLUMNS):
            if cand in keys:
                column = cand
                break
        else:
            raise ValueError(f"{path}: no known item column among {keys}; set column=")
    if column not in keys:
        raise ValueError(f"{path}: column {column!r} not found; columns: {keys}")
    return [str(r[column]) for r in rows if r.get(column) not in (None, "")], column


def _guess_kind(path: Path, column: str | None, items: list[str]) -> str:
    if path.is_dir() or path.suffix.lower() == ".cif" or column == "cif":
        return "crystals"
    if column in _RXN_COLUMNS:
        return "reactions"
    if column in _MOL_COLUMNS or path.suffix.lower() == ".smi":
        return "molecules"
    if column in _TEXT_COLUMNS:
        return "texts"
    if items and all(">" in s for s in items[:20]):
        return "reactions"
    return "texts"


@lru_cache(maxsize=4)
def _permutations(num_perm: int):
    from datasketch import MinHash

    template = MinHash(num_perm=num_perm, seed=0)
    return template.permutations, template.scheme


@lru_cache(maxsize=1)
def _word_tokenizer():
    from chemtrove.curate.neardedup import ChemWordTokenizer

    return ChemWordTokenizer()


def _text_minhash(text: str, num_perm: int = 128, n_grams: int = 5):
    from datasketch import MinHash

    words = _word_tokenizer().word_tokenize(text)
    # the seed-0 permutations are built once per process (building them is most of a short text's cost)
    permutations, scheme = _permutations(num_perm)
    m = MinHash(num_perm=num_perm, seed=0, permutations=permutations, scheme=scheme)
    m.update_batch([" ".join(words[j : j + n_grams]).encode("utf-8") for j in range(max(1, len(words) - n_grams + 1))])
    return m


def load_benchmark(spec: BenchmarkSet) -> BenchmarkIndex:
    """Read a benchmark set and index its keys."""
    path = Path(spec.path)
    if not path.exists():
        raise FileNotFoundError(f"benchmark {spec.name!r}: {path} does not exist")
    if path.is_dir():
        items, column = [], "cif"
        for f in sorted(path.rglob("*.cif")):
            items.append(f.read_text(encoding="utf-8", errors="replace"))
    else:
        items, column = _read_items(path, spec.column)
    kind = spec.kind if spec.kind != "auto" else _guess_kind(path, column, items)
    index = BenchmarkIndex(spec.name, kind, len(items), text_ngrams=spec.text_ngrams)
    if kind == "molecules":
        for s in items:
            canon, keys = molecule_keys(s, spec.stereo_insensitive)
            if canon is None:
                index.unparsed += 1
                continue
            index.smiles.add(canon)
            for k in keys:
                (index.connectivity if k.startswith("cx:") else index.inchikeys).add(k)
    elif kind == "reactions":
        for s in items:
            keys = reaction_keys(s)
            index.reactions |= keys
            index.unparsed += not keys
    elif kind == "crystals":
        from chemtrove.chem import crystals

        for text in items:
            for block in crystals.split_blocks(text) or [text]:
                structure, reason, _ = crystals.parse(block)
                if structure is None:
                    index.unparsed += 1
                    continue
                index.structures.setdefault(crystals.structure_key(structure), []).append(structure)
    else:
        from datasketch import MinHashLSH

        index.lsh = MinHashLSH(threshold=spec.text_threshold, num_perm=128)
        index.text_threshold = spec.text_threshold
        for i, text in enumerate(items):
            m = _text_minhash(text, n_grams=spec.text_ngrams)
            index.text_minhashes.append(m)
            index.lsh.insert(str(i), m)
    return index


class Decontaminate(BaseFilter):
    """Drop records that match an evaluation set, with reason ``contaminated_<set name>``.

    What is checked depends on the record: ``metadata["smiles"]`` (molecules), ``metadata["reaction"]``
    (reactions), ``metadata["cif"]`` or a CIF text (crystals), every tagged SMILES inside the text, and
    the text itself against text sets. Sets are loaded lazily, once per task.

    Args:
        benchmarks: The sets to keep out.
        check_tagged_spans: Also check ``[START_SMILES]`` spans inside prose and instructions.
        check_names: Also resolve chemical names in texts that are not molecule or reaction records
            (lexicons, formulas and, when the ``names`` extra is installed, OPSIN) against molecule sets.
        exclusion_writer: Where dropped records go.
    """

    name = "🧹 decontaminate"

    def __init__(
        self,
        benchmarks: list[BenchmarkSet],
        check_tagged_spans: bool = True,
        exclusion_writer: DiskWriter | None = None,
        check_names: bool = True,
    ):
        if not benchmarks:
            raise ValueError("Decontaminate needs at least one BenchmarkSet")
        names = [b.name for b in benchmarks]
        if len(set(names)) != len(names):
            raise ValueError(f"benchmark names must be unique, got {names}")
        super().__init__(exclusion_writer)
        self.benchmarks = list(benchmarks)
        self.check_tagged_spans = check_tagged_spans
        self.check_names = check_names
        self._indexes: list[BenchmarkIndex] | None = None
        self._names = None

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_indexes"] = None  # rebuilt on the node; never ship the index in the pickle
        state["_names"] = None
        return state

    def _name_hit(self, text: str) -> str | None:
        """A molecule set matched by a chemical name written in ``text``."""
        from chemtrove.chem.names import NameFinder, find_names
        from chemtrove.chem.tags import blank_spans, mol_spans, tagged_spans

        if self._names is None:
            self._names = NameFinder(opsin="auto")
        if "[" in text:
            text = blank_spans(text, [(start, end) for _, start, end, _ in tagged_spans(text)])
            text = blank_spans(text, mol_spans(text))
        plain = text
        for m in find_names(plain, finder=self._names):
            if m.smiles is not None and (hit := self._molecule_hit(m.smiles)):
                return hit
        return None

    @property
    def indexes(self) -> list[BenchmarkIndex]:
        """The loaded sets (loaded on first use)."""
        if self._indexes is None:
            self._indexes = [load_benchmark(b) for b in self.benchmarks]
        return self._indexes

    def _molecule_hit(self, smiles: str) -> str | None:
        mol_sets = [ix for ix in self.indexes if ix.kind == "molecules"]
        if not mol_sets:
            return None
        canon, keys = molecule_keys(smiles)
        for ix in mol_sets:
            if (canon is not None and canon in ix.smiles) or keys & ix.inchikeys or keys & ix.connectivity:
                return ix.name
        return None

    def match(self, doc: Document) -> str | None:
        """Name of the first set ``doc`` matches, or ``None``."""
        meta = doc.metadata
        if "smiles" in meta and (hit := self._molecule_hit(meta["smiles"])):
            return hit
        if "reaction" in meta:
            keys = reaction_keys(meta["reaction"])
            for ix in self.indexes:
                if ix.kind == "reactions" and keys & ix.reactions:
                    return ix.name
        if any(ix.kind == "crystals" for ix in self.indexes) and ("cif" in meta or "_cell_length_a" in doc.text):
            hit = self._crystal_hit(meta.get("cif") or doc.text)
            if hit:
                return hit
        if self.check_tagged_spans and "[START_SMILES]" in doc.text:
            from chemtrove.chem import tags

            for kind, _, _, content in tags.tagged_spans(doc.text):
                if kind != "smiles":
                    continue
                if ">" in content.replace("->", ""):
                    keys = reaction_keys(content)
                    for ix in self.indexes:
                        if ix.kind == "reactions" and keys & ix.reactions:
                            return ix.name
                elif hit := self._molecule_hit(content.strip()):
                    return hit
        if (
            self.check_names
            and "smiles" not in meta
            and "reaction" not in meta
            and any(ix.kind == "molecules" for ix in self.indexes)
            and (hit := self._name_hit(doc.text))
        ):
            return hit
        for ix in self.indexes:
            if ix.kind == "texts" and self._text_hit(ix, doc.text):
                return ix.name
        return None

    @staticmethod
    def _text_hit(ix: BenchmarkIndex, text: str) -> bool:
        # LSH candidates are confirmed by their estimated Jaccard: banding alone also returns pairs well
        # below the threshold (measured: ~3% of unrelated documents at 0.5 on recombined prose)
        m = _text_minhash(text, n_grams=ix.text_ngrams)
        return any(m.jaccard(ix.text_minhashes[int(k)]) >= ix.text_threshold for k in ix.lsh.query(m))

    def _crystal_hit(self, cif: str) -> str | None:
        from chemtrove.chem import crystals

        text = cif
        if "[START_CIF]" in text:
            from chemtrove.chem import tags

            spans = [c for k, _, _, c in tags.tagged_spans(text) if k == "cif"]
            text = spans[0] if spans else text
        structure, _, _ = crystals.parse(text)
        if structure is None:
            return None
        key = crystals.structure_key(structure)
        for ix in self.indexes:
            for candidate in ix.structures.get(key, []) if ix.kind == "crystals" else []:
                if crystals.match(structure, candidate):
                    return ix.name
        return None

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Keep ``doc`` unless it matches a set."""
        hit = self.match(doc)
        if hit is None:
            return True
        return False, f"contaminated_{hit}"


def decontaminate_shards(
    benchmarks: list[BenchmarkSet],
    input_dir: str | Path,
    out_dir: str | Path,
    *,
    tasks: int = 1,
    workers: int = 1,
    check_tagged_spans: bool = True,
    quiet: bool = True,
) -> dict:
    """Decontaminate a folder of tagged shards (as written by ``chemtrove curate``).

    Every sub-folder holding ``*.parquet`` shards is processed by its own datatrove pipeline (shard
    reader → :class:`Decontaminate` → shard writer) and written under the same relative path in
    ``out_dir/shards``; removed records go to ``out_dir/quarantine/<relative path>/decontaminate``.
    A report (``decontamination.json`` and ``.md``: counts per set and per folder, examples) is written
    to ``out_dir``.

    Args:
        benchmarks: Sets to keep out.
        input_dir: Folder of shards (searched recursively).
        out_dir: Output folder.
        tasks: Tasks per folder (at most the number of shard files is useful).
        workers: Tasks run at once.
        check_tagged_spans: Also check tagged SMILES inside text.
        quiet: Keep datatrove's task logs out of stderr.

    Returns:
        The report as a dict.
    """
    import contextlib
    import os

    import pyarrow.parquet as pq
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import ParquetReader

    from chemtrove.curate.writers import QuarantineWriter, ShardWriter

    input_dir, out_dir = Path(input_dir).resolve(), Path(out_dir).resolve()
    # the one discovery rule: quarantine/, work/ and hidden folders below input_dir are not shards
    folders = sorted({p.parent for p in data_files(input_dir)}) if input_dir.is_dir() else []
    if not folders:
        raise FileNotFoundError(f"no *.parquet shards under {input_dir}")
    report: dict[str, Any] = {"benchmarks": {}, "folders": {}}
    for b in benchmarks:
        ix = load_benchmark(b)
        report["benchmarks"][b.name] = {"kind": ix.kind, "items": ix.size, "unparsed": ix.unparsed, "removed": 0}
    for folder in folders:
        rel = folder.relative_to(input_dir)
        n_files = len(list(folder.glob("*.parquet")))
        q = out_dir / "quarantine" / rel
        executor = LocalPipelineExecutor(
            pipeline=[
                ParquetReader(str(folder), glob_pattern="*.parquet", recursive=False),
                Decontaminate(
                    benchmarks,
                    check_tagged_spans=check_tagged_spans,
                    exclusion_writer=QuarantineWriter(str(q), "decontaminate"),
                ),
                ShardWriter(str(out_dir / "shards" / rel)),
            ],
            tasks=max(1, min(tasks, n_files)),
            workers=workers,
            logging_dir=str(out_dir / "logs" / rel),
        )
        with (
            open(os.devnull, "w") as devnull,
            contextlib.redirect_stderr(devnull) if quiet else contextlib.nullcontext(),
        ):
            executor.run()
        kept = sum(pq.ParquetFile(f).metadata.num_rows for f in (out_dir / "shards" / rel).glob("*.parquet"))
        removed: dict[str, int] = {}
        examples: dict[str, list[str]] = {}
        for f in sorted(q.rglob("*.parquet")) if q.exists() else []:
            for row in pq.read_table(f, columns=["id", "reason"]).to_pylist():
                name = row["reason"].removeprefix("contaminated_")
                removed[name] = removed.get(name, 0) + 1
                examples.setdefault(name, [])
                if len(examples[name]) < 5:
                    examples[name].append(row["id"])
        for name, n in removed.items():
            report["benchmarks"][name]["removed"] += n
        report["folders"][str(rel)] = {"kept": kept, "removed": dict(sorted(removed.items())), "examples": examples}
    (out_dir / "decontamination.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n")
    lines = ["# Decontamination", "", "| set | kind | items | removed |", "|---|---|---:|---:|"]
    for name, b in report["benchmarks"].items():
        lines.append(f"| {name} | {b['kind']} | {b['items']} | {b['removed']} |")
    lines += ["", "| folder | kept | removed | example ids |", "|---|---:|---|---|"]
    for rel, f in report["folders"].items():
        removed_s = ", ".join(f"{k}: {v}" for k, v in f["removed"].items()) or "0"
        ex = "; ".join(i for ids in f["examples"].values() for i in ids[:2])
        lines.append(f"| {rel} | {f['kept']} | {removed_s} | {ex} |")
    (out_dir / "decontamination.md").write_text("\n".join(lines) + "\n")
    return report
