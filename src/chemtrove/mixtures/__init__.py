"""Token-exact data mixtures: specs, plans, built and streamed mixtures, manifests, ratio sweeps.

>>> from chemtrove.mixtures import open_mixture                      # doctest: +SKIP
>>> mix = open_mixture("configs/mixtures/quickstart.yaml")             # doctest: +SKIP
>>> print(mix.plan.format_table())                                    # doctest: +SKIP
>>> mix.build()                                                        # doctest: +SKIP
>>> for seq in mix.sequences(start=1000): ...                         # doctest: +SKIP

* :class:`MixtureSpec`, :class:`SpecError` (:mod:`chemtrove.mixtures.spec`): the YAML spec;
* :func:`make_plan`, :class:`Plan`, :class:`PlanError`, :class:`SourceCounts`, :func:`unimax`,
  :func:`apportion`, :func:`mixture_order` (:mod:`chemtrove.mixtures.plan`): plans from token counts;
* :func:`open_mixture`, :class:`Mixture`, :func:`build`, :func:`stream_documents`, :func:`stream_sequences`,
  :func:`read_manifest`, :func:`load_packed`, :func:`load_hf_dataset`, :class:`ResumeError`
  (:mod:`chemtrove.mixtures.build`);
* :class:`Sweep`, :func:`make_variants`, :func:`write_variants` (:mod:`chemtrove.mixtures.sweep`);
* :class:`BigramLM` (:mod:`chemtrove.mixtures.proxy`), :func:`write_results` (:mod:`chemtrove.mixtures.report`).

Sources are read through files only (curate shards, ``chemtrove tokenizer encode`` folders); importing this
package needs neither torch nor transformers.
"""

from __future__ import annotations

from chemtrove.mixtures.build import (
    DocReader,
    Mixture,
    ResumeError,
    build,
    load_hf_dataset,
    load_packed,
    open_mixture,
    read_manifest,
    stream_documents,
    stream_sequences,
)
from chemtrove.mixtures.plan import (
    Plan,
    PlanError,
    SourceCounts,
    SourcePlan,
    apportion,
    make_plan,
    mixture_order,
    unimax,
)
from chemtrove.mixtures.proxy import BigramLM
from chemtrove.mixtures.report import write_results
from chemtrove.mixtures.spec import MixtureSpec, SpecError, load_spec
from chemtrove.mixtures.sweep import Sweep, Variant, make_variants, write_variants

__all__ = [
    "BigramLM",
    "DocReader",
    "Mixture",
    "MixtureSpec",
    "Plan",
    "PlanError",
    "ResumeError",
    "SourceCounts",
    "SourcePlan",
    "SpecError",
    "Sweep",
    "Variant",
    "apportion",
    "build",
    "load_hf_dataset",
    "load_packed",
    "load_spec",
    "make_plan",
    "make_variants",
    "mixture_order",
    "open_mixture",
    "read_manifest",
    "stream_documents",
    "stream_sequences",
    "unimax",
    "write_results",
    "write_variants",
]
