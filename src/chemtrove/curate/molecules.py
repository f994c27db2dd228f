"""Canonicalizers for record documents whose text (or a metadata field) is a SMILES or a reaction SMILES.

Both are filters: an accepted record gets its canonical form (in ``metadata["smiles"]`` or
``metadata["reaction"]``, and in ``doc.text`` when the record came from the text), a rejected one is
dropped with the reason code of :mod:`chemtrove.chem.smiles` / :mod:`chemtrove.chem.reactions`.
"""

from __future__ import annotations

import contextlib
import time
from collections import Counter

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.filters.base_filter import BaseFilter, get_filter_result
from datatrove.pipeline.writers.disk_base import DiskWriter
from datatrove.utils.stats import MetricStats

from chemtrove.chem import smiles as smiles_lib


def _metric_of(values: list[int] | list[float]) -> MetricStats:
    """The ``MetricStats`` that one ``update`` per value would have built (same total, mean, variance)."""
    n = len(values)
    mean = sum(values) / n
    return MetricStats(
        total=sum(values),
        n=n,
        mean=mean,
        min=min(values),
        max=max(values),
        _running_variance=sum((v - mean) ** 2 for v in values),
        unit="doc",
    )


def _add_times(timing: MetricStats, extra: MetricStats) -> None:
    """Merge per-document filter times into the step's ``TimingStats`` in place (as per-doc updates would)."""
    merged = MetricStats.__add__(MetricStats(timing.total, timing.n, timing.mean, timing.min, timing.max), extra)
    timing._running_variance = merged._running_variance + timing._running_variance
    timing.total, timing.n, timing.mean, timing.min, timing.max = (
        merged.total,
        merged.n,
        merged.mean,
        merged.min,
        merged.max,
    )
    if getattr(timing, "n_tasks", 1) == 1:
        timing.global_mean = timing.global_min = timing.global_max = timing.total


def _field_value(doc: Document, field: str | None) -> object:
    return doc.text if field is None else doc.metadata.get(field)


class CanonicalizeSmiles(BaseFilter):
    """Canonicalize the SMILES of each record with RDKit; drop invalid ones with a reason code.

    Writes ``metadata["smiles"]`` (canonical), ``metadata["heavy_atoms"]``, ``metadata["smiles_raw"]``
    when the input differed, ``metadata["inchikey"]`` when asked, and ``metadata["flags"]`` when the
    canonicalizer flagged something (each flag is also a ``flag_<name>`` stat).

    Args:
        field: Metadata field holding the SMILES; ``None`` uses the document text (which is then replaced
            by the canonical SMILES).
        isomeric: Keep stereochemistry and isotopes.
        standardize: Cleanup, largest organic fragment, uncharge (about 7x slower than plain canonicalization).
        tautomers: With ``standardize``, canonicalize tautomers too (about 75x slower).
        stable: Repeat canonicalization to a fixed point (one more parse per molecule).
        inchikey: Also compute the standard InChIKey (for dedup by InChIKey).
        max_length: Longest SMILES accepted (``too_long``).
        max_atoms: Most atoms accepted (``too_many_atoms``); guards RDKit against crashing the task.
        exclusion_writer: Where dropped records go.
    """

    name = "⚗️ canonicalize SMILES"

    def __init__(
        self,
        field: str | None = None,
        *,
        isomeric: bool = True,
        standardize: bool = False,
        tautomers: bool = False,
        stable: bool = False,
        inchikey: bool = False,
        max_length: int = smiles_lib.DEFAULT_MAX_LENGTH,
        max_atoms: int = smiles_lib.DEFAULT_MAX_ATOMS,
        exclusion_writer: DiskWriter | None = None,
    ):
        if tautomers and not standardize:
            raise ValueError("tautomers=True needs standardize=True (tautomers are part of standardization)")
        if max_length <= 0 or max_atoms <= 0:
            raise ValueError("max_length and max_atoms must be positive")
        super().__init__(exclusion_writer)
        self.field = field
        self.options = dict(
            isomeric=isomeric,
            standardize=standardize,
            tautomers=tautomers,
            stable=stable,
            max_length=max_length,
            max_atoms=max_atoms,
        )
        self.inchikey = inchikey

    def output_fields(self) -> frozenset[str]:
        """Metadata fields this step writes (``inchikey`` only when asked)."""
        return frozenset({"smiles", "heavy_atoms", "smiles_raw", "flags", *(("inchikey",) if self.inchikey else ())})

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Canonicalize ``doc`` in place or return ``(False, reason)``."""
        raw = _field_value(doc, self.field)
        if raw is None:
            return False, "missing_field"
        canon, mol = smiles_lib.canonicalize_mol(raw, **self.options)
        if not canon.ok:
            return False, canon.reason
        meta = doc.metadata
        meta["smiles"] = canon.value
        meta["heavy_atoms"] = mol.GetNumHeavyAtoms()
        if raw != canon.value:
            meta["smiles_raw"] = raw
        if self.inchikey:
            key = smiles_lib.mol_inchikey(mol)
            if key is None:
                return False, "inchi_failed"
            meta["inchikey"] = key
        if canon.flags:
            meta["flags"] = list(canon.flags)
            self.stat_update(*(f"flag_{f}" for f in canon.flags))
        if self.field is None:
            doc.text = canon.value
        return True

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """:meth:`BaseFilter.run` with the same outcomes and stats, counted locally and flushed at the end.

        Per-document ``stat_update`` calls cost about a tenth of an RDKit canonicalization, so counts are
        kept in a ``Counter`` and added to ``self.stats`` in one go (also when the consumer stops early).
        """
        counts: Counter[str] = Counter()
        lengths: list[int] = []
        seconds: list[float] = []
        clock = time.perf_counter
        try:
            with self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as writer:
                for doc in data:
                    counts["total"] += 1
                    t0 = clock()
                    result = self.filter(doc)
                    seconds.append(clock() - t0)
                    ok, reason = get_filter_result(result)
                    if ok:
                        counts["forwarded"] += 1
                        lengths.append(len(doc.text))
                        yield doc
                        continue
                    counts["dropped"] += 1
                    if reason:
                        counts[f"dropped_{reason}"] += 1
                    if self.exclusion_writer:
                        if reason:
                            doc.metadata["filter_reason"] = reason
                        writer.write(doc, rank)
        finally:
            for label, n in counts.items():
                self.stats[label] += MetricStats(total=n, n=n, mean=1.0, min=1, max=1)
            if lengths:
                self.stats["doc_len"] += _metric_of(lengths)
            if seconds:
                _add_times(self.stats.time_stats, _metric_of(seconds))


class CanonicalizeReactions(BaseFilter):
    """Canonicalize reaction SMILES (atom maps removed, molecules canonical and sorted per role).

    Writes ``metadata["reaction"]`` (canonical), ``metadata["reaction_raw"]`` when the input differed and
    ``metadata["flags"]``.

    Args:
        field: Metadata field holding the reaction; ``None`` uses (and replaces) the document text.
        fold_agents: Move agents into the reactants (``A.B>>C``).
        isomeric: Keep stereochemistry and isotopes.
        max_atoms: Most atoms per molecule.
        exclusion_writer: Where dropped records go.
    """

    name = "⚗️ canonicalize reactions"

    def __init__(
        self,
        field: str | None = None,
        *,
        fold_agents: bool = False,
        isomeric: bool = True,
        max_atoms: int = smiles_lib.DEFAULT_MAX_ATOMS,
        exclusion_writer: DiskWriter | None = None,
    ):
        super().__init__(exclusion_writer)
        self.field = field
        self.fold_agents = fold_agents
        self.isomeric = isomeric
        self.max_atoms = max_atoms

    def output_fields(self) -> frozenset[str]:
        """Metadata fields this step writes."""
        return frozenset({"reaction", "reaction_raw", "flags"})

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        """Canonicalize ``doc`` in place or return ``(False, reason)``."""
        from chemtrove.chem import reactions

        raw = _field_value(doc, self.field)
        if raw is None:
            return False, "missing_field"
        canon = reactions.canonicalize(
            raw, fold_agents=self.fold_agents, isomeric=self.isomeric, max_atoms=self.max_atoms
        )
        if not canon.ok:
            return False, canon.reason
        doc.metadata["reaction"] = canon.value
        if raw != canon.value:
            doc.metadata["reaction_raw"] = raw
        if canon.flags:
            doc.metadata["flags"] = list(canon.flags)
            self.stat_update(*(f"flag_{f}" for f in canon.flags))
        if self.field is None:
            doc.text = canon.value
        return True
