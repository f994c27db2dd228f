"""Ratio sweeps: variants of a base spec that share its budget, sources, seed and validation holdout.

Kinds:

* ``grid``: one ratio over a list of values. The target is a source name or a domain; its total weight is
  set to each value (spread over the domain's sources in their base proportions) and the other sources are
  scaled to fill the rest in their base proportions.
* ``dirichlet``: ``n`` weight vectors drawn from ``Dirichlet(concentration * base weights)`` (seeded), i.e.
  random mixtures around the base; larger concentrations stay closer to it.
* ``temperature``: the base sources under ``sampling.rule: temperature`` for each value.

A sweep is a YAML file too::

    base: chem_cpt.yaml          # relative to this file
    output: ../../out/sweeps/molecule_share
    kind: grid
    target: molecule
    values: [0.1, 0.2, 0.3, 0.4]

:func:`write_variants` writes ``<output>/specs/<variant>.yaml`` (building into ``<output>/mixtures/<variant>``)
and ``<output>/sweep.json``.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from chemtrove.mixtures.plan import PlanError, make_plan
from chemtrove.mixtures.spec import MixtureSpec, SpecError, load_spec, suggest
from chemtrove.mixtures.spec_sections import build_section

KINDS = ("grid", "dirichlet", "temperature")


@dataclass
class Sweep:
    """A set of variants of a base spec.

    Attributes:
        kind: ``grid``, ``dirichlet`` or ``temperature``.
        target: Grid: the source name or domain whose share varies.
        values: Grid: shares of the target (0..1); temperature: temperatures (> 0).
        n: Dirichlet: number of variants.
        concentration: Dirichlet: ``alpha = concentration * base weights``.
        seed: Dirichlet: seed of the draws.
        include_base: Also write the base spec as a variant.
        base: Base spec file (YAML form; relative to the sweep file).
        output: Sweep folder (YAML form; relative to the sweep file).
        base_dir: Folder of the sweep file (not in the YAML).
    """

    kind: str
    target: str | None = None
    values: list[float] | None = None
    n: int = 8
    concentration: float = 50.0
    seed: int = 0
    include_base: bool = True
    base: str | None = None
    output: str | None = None
    base_dir: Path = field(default=Path("."), repr=False)

    def validate(self, where: str = "sweep") -> None:
        """Check the fields.

        Args:
            where: Key prefix for messages.

        Raises:
            SpecError: Naming the key and the fix.
        """
        if self.kind not in KINDS:
            raise SpecError(f"{where}.kind: unknown kind {self.kind!r}; {suggest(str(self.kind), KINDS)}")
        if self.kind in ("grid", "temperature"):
            if not isinstance(self.values, list) or not self.values:
                raise SpecError(f"{where}.values: kind {self.kind!r} needs a non-empty list of values")
            for v in self.values:
                if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
                    raise SpecError(f"{where}.values: {v!r} is not a number")
            self.values = [float(v) for v in self.values]
        if self.kind == "grid":
            if not isinstance(self.target, str) or not self.target:
                raise SpecError(f"{where}.target: kind 'grid' needs the source name or domain whose share varies")
            bad = [v for v in self.values or [] if not 0 <= v <= 1]
            if bad:
                raise SpecError(f"{where}.values: grid values are token shares in [0, 1], got {bad}")
        if self.kind == "temperature":
            bad = [v for v in self.values or [] if v <= 0]
            if bad:
                raise SpecError(f"{where}.values: temperatures must be > 0, got {bad}")
        if self.kind == "dirichlet":
            if isinstance(self.n, bool) or not isinstance(self.n, int) or self.n < 1:
                raise SpecError(f"{where}.n: the number of Dirichlet variants must be a whole number >= 1")
            c = self.concentration
            if isinstance(c, bool) or not isinstance(c, int | float) or not c > 0:
                raise SpecError(f"{where}.concentration: must be > 0 (e.g. 50: variants close to the base)")
            if isinstance(self.seed, bool) or not isinstance(self.seed, int) or self.seed < 0:
                raise SpecError(f"{where}.seed: must be a whole number >= 0")

    @classmethod
    def from_yaml(cls, path: str | Path) -> Sweep:
        """Read a sweep file.

        Args:
            path: YAML file.

        Returns:
            The validated sweep.

        Raises:
            SpecError: If a key or value is wrong.
        """
        p = Path(path)
        if not p.is_file():
            raise SpecError(f"sweep file {p} does not exist")
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        sweep = build_section(cls, data, "sweep")
        sweep.base_dir = p.resolve().parent
        return sweep


@dataclass
class Variant:
    """One variant of a sweep.

    Attributes:
        name: Variant name (its spec file and output folder).
        spec: The variant's spec.
        value: The swept value (grid share, temperature), or the draw index (Dirichlet).
        weights: Weights per source (``None`` for temperature variants, whose weights the planner chooses).
    """

    name: str
    spec: MixtureSpec
    value: float | None
    weights: dict[str, float] | None


def _clean(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def _variant(
    base: MixtureSpec, name: str, weights: list[float] | None, temperature: float | None = None
) -> MixtureSpec:
    data = base.to_dict()
    data["name"] = name
    if temperature is not None:
        data["sampling"] = {"rule": "temperature", "temperature": temperature}
        for s in data["sources"]:
            s.pop("weight", None)
    elif weights is not None:
        data["sampling"] = {"rule": "weights"}
        for s, w in zip(data["sources"], weights, strict=True):
            s["weight"] = w
    return MixtureSpec.from_dict(data, base.base_dir)


def _normalized(weights: np.ndarray) -> list[float]:
    w = np.round(weights / weights.sum(), 12)
    w[int(np.argmax(w))] += 1.0 - float(w.sum())
    return [float(x) for x in w]


def make_variants(
    base: MixtureSpec,
    sweep: Sweep,
    weights: list[float] | None = None,
    domains: list[str] | None = None,
) -> list[Variant]:
    """The variants of a sweep.

    Args:
        base: The base spec.
        sweep: The sweep.
        weights: Base weights per source; default: the base spec's (rule ``weights``). For other rules pass
            the planned weights (``open_mixture(base).plan``).
        domains: Domain per source, when the spec does not name them all (from the scanned sources).

    Returns:
        The variants (the base first when ``include_base``).

    Raises:
        SpecError: If the sweep cannot be applied (unknown target, missing base weights, ...).
    """
    sweep.validate()
    names = [s.name for s in base.sources]
    if weights is None and base.sampling.rule == "weights":
        weights = [float(s.weight) for s in base.sources]  # type: ignore[arg-type]
    out: list[Variant] = []
    if sweep.include_base:
        w = dict(zip(names, weights, strict=True)) if weights is not None else None
        out.append(Variant(base.name, base, None, w))
    if sweep.kind == "temperature":
        for t in sweep.values or []:
            name = _clean(f"{base.name}-t{t:g}")
            out.append(Variant(name, _variant(base, name, None, t), t, None))
        return out
    if weights is None:
        raise SpecError(
            f"sweep.kind {sweep.kind!r} varies weights, but the base spec's rule is {base.sampling.rule!r}; pass the "
            "planned base weights (the CLI plans the base for you) or give the base explicit weights"
        )
    base_w = np.asarray(weights, dtype=float)
    if sweep.kind == "dirichlet":
        rng = np.random.default_rng(np.random.SeedSequence([sweep.seed, base.seed]))
        alpha = sweep.concentration * base_w
        positive = alpha > 0
        for i in range(sweep.n):
            w = np.zeros_like(base_w)
            w[positive] = rng.dirichlet(alpha[positive])
            name = _clean(f"{base.name}-dirichlet{i:02d}")
            vw = _normalized(w)
            out.append(Variant(name, _variant(base, name, vw), float(i), dict(zip(names, vw, strict=True))))
        return out
    target = sweep.target or ""
    doms = domains or [s.domain for s in base.sources]
    if target in names:
        group = np.array([n == target for n in names])
    elif target in doms:
        group = np.array([d == target for d in doms])
    else:
        options = names + [d for d in doms if d is not None]
        if any(d is None for d in doms):
            raise SpecError(
                f"sweep.target: {target!r} is no source name and some sources have no domain in the spec; "
                f"{suggest(target, options)} (pass the scanned domains or set sources[].domain)"
            )
        raise SpecError(f"sweep.target: {target!r} is neither a source nor a domain; {suggest(target, options)}")
    g, rest = base_w[group].sum(), base_w[~group].sum()
    for v in sweep.values or []:
        w = np.zeros_like(base_w)
        w[group] = base_w[group] / g * v if g > 0 else v / group.sum()
        if v < 1:
            if rest <= 0:
                raise SpecError(
                    f"sweep.values: {v:g} leaves {1 - v:g} for the other sources, but their base weights are all 0"
                )
            w[~group] = base_w[~group] / rest * (1 - v)
        name = _clean(f"{base.name}-{target}-{v:g}")
        vw = _normalized(w) if w.sum() > 0 else [float(x) for x in w]
        out.append(Variant(name, _variant(base, name, vw), v, dict(zip(names, vw, strict=True))))
    return out


def _relocate(spec: MixtureSpec, folder: Path) -> dict[str, Any]:
    data = spec.to_dict()

    def _rel(path: str | None) -> str | None:
        if path is None:
            return None
        return Path(os.path.relpath(spec.resolve(path), folder)).as_posix()

    data["tokenizer"] = _rel(data["tokenizer"])
    for s in data["sources"]:
        s["path"] = _rel(s["path"])
    return data


def write_variants(variants: list[Variant], output: str | Path, sweep: Sweep | None = None) -> dict[str, Any]:
    """Write the variants' spec files and the sweep index.

    Each variant is ``<output>/specs/<name>.yaml`` with paths rewritten relative to it and
    ``output: ../mixtures/<name>``.

    Args:
        variants: From :func:`make_variants`.
        output: The sweep folder.
        sweep: The sweep (recorded in ``sweep.json``).

    Returns:
        The index written to ``<output>/sweep.json``.
    """
    out = Path(output)
    specs = out / "specs"
    specs.mkdir(parents=True, exist_ok=True)
    index: dict[str, Any] = {
        "kind": sweep.kind if sweep else None,
        "target": sweep.target if sweep else None,
        "total_tokens": variants[0].spec.total_tokens if variants else None,
        "variants": [],
    }
    for v in variants:
        data = _relocate(v.spec, specs.resolve())
        data["output"] = f"../mixtures/{v.name}"
        path = specs / f"{v.name}.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False, default_flow_style=None, width=120), encoding="utf-8")
        index["variants"].append(
            {
                "name": v.name,
                "spec": f"specs/{v.name}.yaml",
                "output": f"mixtures/{v.name}",
                "value": v.value,
                "rule": v.spec.sampling.rule,
                "temperature": v.spec.sampling.temperature,
                "weights": v.weights,
            }
        )
    (out / "sweep.json").write_text(json.dumps(index, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return index


def check_variants(variants: list[Variant], sources: list[Any]) -> list[dict[str, Any]]:
    """Plan every variant on the same scanned sources; infeasible ones are reported, not raised.

    Args:
        variants: The variants.
        sources: Scanned sources of the base (shared by all variants).

    Returns:
        Per variant: ``name``, ``ok``, and either ``weights``/``epochs``/``selected_tokens`` or ``error``.
    """

    rows = []
    for v in variants:
        try:
            plan = make_plan(v.spec, sources)
        except PlanError as e:
            rows.append({"name": v.name, "ok": False, "error": str(e)})
            continue
        rows.append(
            {
                "name": v.name,
                "ok": True,
                "selected_tokens": plan.selected_tokens,
                "weights": {s.name: round(s.weight, 6) for s in plan.sources},
                "epochs": {s.name: round(s.epochs, 4) for s in plan.sources},
            }
        )
    return rows


def load_sweep(path: str | Path) -> tuple[Sweep, MixtureSpec]:
    """Read a sweep file and its base spec.

    Args:
        path: Sweep YAML.

    Returns:
        ``(sweep, base spec)``.

    Raises:
        SpecError: If the sweep has no ``base`` or a value is wrong.
    """
    sweep = Sweep.from_yaml(path)
    if not sweep.base:
        raise SpecError("sweep.base: missing; name the base mixture spec file")
    return sweep, load_spec(sweep.base_dir / sweep.base)
