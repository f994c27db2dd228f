"""The prose tagger: find SMILES in running text, canonicalize them and wrap them in tags."""

from __future__ import annotations

from typing import Any

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep


class TagSmilesInProse(PipelineStep):
    """Wrap every SMILES found in prose as ``[START_SMILES]…[END_SMILES]`` and count the chemistry.

    Spans that are already tagged are left alone, so running the step twice changes nothing. Writes
    ``metadata["n_smiles"]`` (tagged SMILES spans, old and new), ``metadata["n_cif"]``,
    ``metadata["chem_chars"]`` and ``metadata["chem_share"]`` (characters inside tags over all
    characters), and sets ``metadata["domain"]`` to ``chem_prose`` when the text holds any chemistry.
    Stats: ``tagged_docs``, ``untagged_docs``, ``smiles_spans``.

    Args:
        canonical: Write the canonical SMILES inside the tags (the span as written is replaced).
        find_kwargs: Options for :func:`chemtrove.chem.detect.find_smiles`.
    """

    name = "🏷️ tag SMILES in prose"
    type = "🔖 - TAGGER"

    def __init__(self, canonical: bool = True, find_kwargs: dict[str, Any] | None = None):
        super().__init__()
        self.canonical = canonical
        self.find_kwargs = dict(find_kwargs or {})

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Tag each document and pass it on."""
        from chemtrove.chem import tags

        for doc in data:
            with self.track_time():
                self.stat_update("total")
                result = tags.tag_smiles_detailed(doc.text, canonical=self.canonical, **self.find_kwargs)
                doc.text = result.text
                spans = tags.tagged_spans(result.text)
                n_smiles = sum(1 for kind, *_ in spans if kind == "smiles")
                meta = doc.metadata
                meta["n_smiles"] = n_smiles
                meta["n_cif"] = len(spans) - n_smiles
                meta["chem_chars"] = result.chem_chars
                meta["chem_share"] = round(result.chem_chars / len(result.text), 6) if result.text else 0.0
                if spans:
                    meta["domain"] = "chem_prose"
                    self.stat_update("tagged_docs")
                else:
                    self.stat_update("untagged_docs")
                self.stat_update("smiles_spans", value=result.n_tagged)
            yield doc
