"""The name tagger: chemical names in prose get their structures (see :mod:`chemtrove.chem.names`)."""

from __future__ import annotations

from collections.abc import Sequence

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

MAX_UNRESOLVED_KEPT = 20
"""Unresolved names kept per document in ``metadata["names_unresolved"]`` (for the report)."""


class TagNamesInProse(PipelineStep):
    """Annotate chemical names in prose with their tagged SMILES, offline.

    Names are resolved by lexicons (the shipped default, TSV files, a PubChem index), pymatgen (inorganic
    formulas, counted but not rewritten) and OPSIN (systematic names; the ``names`` extra). Spans already
    tagged are left alone, so the step is idempotent and runs after :class:`TagSmilesInProse`.

    Writes ``metadata["n_names"]`` (names found: resolved, plus name-like words nothing resolved),
    ``metadata["n_resolved"]`` (with a SMILES or a formula), ``metadata["n_name_smiles"]`` (names written
    with a SMILES tag), ``metadata["names_unresolved"]`` (up to 20, as written), ``metadata["chem_chars"]``
    and ``metadata["chem_share"]`` (characters inside SMILES/CIF tags over all characters, after
    annotation), and sets ``metadata["domain"]`` to ``chem_prose`` when a name was tagged. Stats:
    ``names_found``, ``names_resolved``, ``names_tagged``, ``docs_with_names``, ``docs_without_names``,
    and ``opsin_unavailable`` (once, when OPSIN is not installed and only lexicons and formulas run).

    Args:
        style: ``smiles``, ``mist`` or ``replace`` (see :func:`chemtrove.chem.names.annotate_names`).
        lexicons: Lexicons in priority order: ``"default"``, TSV files (``name<TAB>smiles``), PubChem index
            files (:func:`chemtrove.chem.names.build_pubchem_index`).
        opsin: ``"auto"`` (OPSIN when installed), ``True`` (required) or ``False``.
        formulas: Read inorganic formulas with pymatgen.
    """

    name = "🏷️ tag chemical names in prose"
    type = "🔖 - TAGGER"

    def __init__(
        self,
        style: str = "smiles",
        lexicons: Sequence[str] = ("default",),
        opsin: bool | str = "auto",
        formulas: bool = True,
    ):
        from chemtrove.chem.tags import NAME_STYLES

        super().__init__()
        if style not in NAME_STYLES:
            raise ValueError(f"style {style!r}: use one of {', '.join(NAME_STYLES)}")
        if opsin not in (True, False, "auto"):
            raise ValueError(f"opsin: use true, false or 'auto', got {opsin!r}")
        self.style = style
        self.lexicons = [str(x) for x in lexicons]
        self.opsin = opsin
        self.formulas = formulas
        self._finder = None

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_finder"] = None  # the JVM and the lexicons are made again in the worker
        return state

    def finder(self):
        """The worker's :class:`~chemtrove.chem.names.NameFinder` (made on first use)."""
        if self._finder is None:
            from chemtrove.chem.names import NameFinder

            self._finder = NameFinder(self.lexicons, opsin=self.opsin, formulas=self.formulas)
        return self._finder

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Annotate each document and pass it on."""
        from chemtrove.chem import tags
        from chemtrove.chem.names import annotate_names_detailed

        finder = self.finder()
        if finder.opsin_skipped:
            self.stat_update("opsin_unavailable")
        try:
            for doc in data:
                with self.track_time():
                    self.stat_update("total")
                    result = annotate_names_detailed(doc.text, self.style, finder=finder)
                    doc.text = result.text
                    meta = doc.metadata
                    meta["n_names"] = result.n_names
                    meta["n_resolved"] = result.n_resolved
                    meta["n_name_smiles"] = result.n_tagged
                    meta["names_unresolved"] = result.unresolved[:MAX_UNRESOLVED_KEPT]
                    spans = tags.tagged_spans(result.text) if "[START_" in result.text else []  # no tag: no span
                    chem = sum(len(content) for *_, content in spans)
                    meta["chem_chars"] = chem
                    meta["chem_share"] = round(chem / len(result.text), 6) if result.text else 0.0
                    if result.n_tagged:
                        meta["domain"] = "chem_prose"
                    self.stat_update("docs_with_names" if result.n_names else "docs_without_names")
                    self.stat_update("names_found", value=result.n_names)
                    self.stat_update("names_resolved", value=result.n_resolved)
                    self.stat_update("names_tagged", value=result.n_tagged)
                yield doc
        finally:
            finder.close()


TOP_UNRESOLVED = 20
"""Unresolved names listed in the report."""


def name_summary(shard_folders: Sequence) -> dict:
    """Names found and resolved per source, and the most frequent unresolved names, from prose shards.

    Args:
        shard_folders: Folders of prose shards written after :class:`TagNamesInProse`.

    Returns:
        ``{"sources": {source: {"docs", "found", "resolved", "tagged"}}, "top_unresolved": [[name, n], ...]}``;
        the unresolved names are what a user should add to a lexicon.
    """
    import json
    from collections import Counter
    from pathlib import Path

    import pyarrow.parquet as pq

    per_source: dict[str, Counter] = {}
    unresolved: Counter = Counter()
    for folder in shard_folders:
        folder = Path(folder)
        for f in sorted(folder.rglob("*.parquet")) if folder.exists() else []:
            for row in pq.read_table(f, columns=["source", "metadata"]).to_pylist():
                meta = json.loads(row["metadata"] or "{}")
                if "n_names" not in meta:
                    continue
                c = per_source.setdefault(row["source"], Counter())
                c["docs"] += 1
                c["found"] += int(meta.get("n_names") or 0)
                c["resolved"] += int(meta.get("n_resolved") or 0)
                c["tagged"] += int(meta.get("n_name_smiles") or 0)
                unresolved.update(meta.get("names_unresolved") or [])
    return {
        "sources": {
            s: {k: c[k] for k in ("docs", "found", "resolved", "tagged")} for s, c in sorted(per_source.items())
        },
        "top_unresolved": [[n, k] for n, k in sorted(unresolved.items(), key=lambda kv: (-kv[1], kv[0]))][
            :TOP_UNRESOLVED
        ],
    }


def format_name_summary(names: dict) -> list[str]:
    """Markdown lines for the report's chemical-names section."""
    lines = [
        "",
        "## Chemical names in prose",
        "",
        "| source | documents | names found | resolved | tagged with SMILES |",
        "|---|---:|---:|---:|---:|",
    ]
    for source, c in names.get("sources", {}).items():
        lines.append(f"| {source} | {c['docs']} | {c['found']} | {c['resolved']} | {c['tagged']} |")
    top = names.get("top_unresolved") or []
    if top:
        lines += [
            "",
            "Most frequent names nothing resolved (add them to a lexicon, `prose.lexicons`): "
            + ", ".join(f"`{n}` ({k})" for n, k in top),
        ]
    return lines
