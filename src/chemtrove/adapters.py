"""Adapter folders read back: one LoRA adapter on its base, or per-task experts with their router.

``chemtrove train`` writes these folders (:mod:`chemtrove.train.lora`, :mod:`chemtrove.train.experts`) and
``chemtrove eval`` reads them; both import this module, so evaluation never loads adapters through training.
The folder's ``adapters.json`` is read by :func:`chemtrove.formats.read_adapters_json`.

torch, transformers and peft are imported inside the functions that load weights.
"""

from __future__ import annotations

import contextlib
import math
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from chemtrove.formats import ADAPTERS_JSON, read_adapters_json


def load_adapter_folder(folder: str | Path, *, merge: bool = True, **from_pretrained: Any) -> Any:
    """A model from a folder written with ``merge_adapter: false``: its base with the adapter applied.

    Args:
        folder: The folder (``adapters.json`` of kind ``adapter``).
        merge: Merge the adapter into the base and return a plain model (for another stage or evaluation);
            ``False`` returns the ``PeftModel``.
        **from_pretrained: Passed to ``AutoModelForCausalLM.from_pretrained`` for the base (``dtype``, ...).

    Returns:
        The model.
    """
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    manifest = read_adapters_json(folder)
    if manifest is None:
        raise FileNotFoundError(f"{folder}: no {ADAPTERS_JSON}")
    if manifest["kind"] != "adapter":
        raise ValueError(
            f"{folder} holds per-task experts, not one adapter: load it with chemtrove.adapters.load_experts "
            "(or set experts: in the recipe to continue training them)"
        )
    kwargs = {"local_files_only": True, "trust_remote_code": False, **from_pretrained}
    base = AutoModelForCausalLM.from_pretrained(manifest["base_dir"], **kwargs)
    model = PeftModel.from_pretrained(base, str(Path(folder) / manifest["adapters"]["default"]["path"]))
    return model.merge_and_unload() if merge else model


# ------------------------------------------------------------------------------------------------- routing
class PromptRouter:
    """A learned router: nearest centroid of hashed character 3-gram counts of the prompt.

    Args:
        dim: Hash buckets of the feature vector.
        centroids: ``{expert: unit vector}`` (from :meth:`fit` or :meth:`from_dict`).

    Example:
        >>> r = PromptRouter().fit(["Name the class of the reaction A>>B", "What is the SMILES of ethanol?"],
        ...                        ["reactions", "molecules"])
        >>> r.route("Name the class of the reaction C>>D"), r.route("What is the SMILES of propanol?")
        ('reactions', 'molecules')
    """

    def __init__(self, dim: int = 1024, centroids: Mapping[str, Sequence[float]] | None = None) -> None:
        self.dim = dim
        self.centroids = {k: list(v) for k, v in (centroids or {}).items()}

    def features(self, text: str) -> list[float]:
        """The unit-norm hashed 3-gram count vector of a text."""
        v = [0.0] * self.dim
        text = f"  {text.lower()}  "
        for i in range(len(text) - 2):
            v[zlib.crc32(text[i : i + 3].encode("utf-8")) % self.dim] += 1.0
        norm = math.sqrt(sum(x * x for x in v)) or 1.0
        return [x / norm for x in v]

    def fit(self, prompts: Sequence[str], labels: Sequence[str]) -> PromptRouter:
        """Centroids of the prompts of each label (normalized); returns ``self``."""
        sums: dict[str, list[float]] = {}
        for text, label in zip(prompts, labels, strict=True):
            acc = sums.setdefault(label, [0.0] * self.dim)
            for i, x in enumerate(self.features(text)):
                acc[i] += x
        for label, acc in sums.items():
            norm = math.sqrt(sum(x * x for x in acc)) or 1.0
            self.centroids[label] = [round(x / norm, 6) for x in acc]
        return self

    def route(self, prompt: str) -> str | None:
        """The expert whose centroid is closest (cosine) to the prompt; ``None`` before fitting."""
        if not self.centroids:
            return None
        f = self.features(prompt)
        return max(sorted(self.centroids), key=lambda k: sum(a * b for a, b in zip(f, self.centroids[k], strict=True)))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready description (``type: learned``)."""
        return {"type": "learned", "dim": self.dim, "centroids": self.centroids}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PromptRouter:
        """The router :meth:`to_dict` described."""
        return cls(int(data["dim"]), data["centroids"])


def prompt_text(prompt: Any) -> str:
    """The text of a prompt: a string, or the contents of its chat messages joined by newlines."""
    if isinstance(prompt, str):
        return prompt
    if isinstance(prompt, list):
        return "\n".join(str(m.get("content", "")) for m in prompt if isinstance(m, Mapping))
    return str(prompt)


class ExpertRouter:
    """Chooses the expert of a row and switches a ``PeftModel`` to it.

    Args:
        experts: ``{expert: [tasks]}``.
        learned: A fitted :class:`PromptRouter` to route by prompt instead of by task tag.

    Example:
        >>> r = ExpertRouter({"molecules": ["name_to_smiles"], "reactions": ["reaction_class"]})
        >>> r.route({"task": "reaction_class"}), r.route({"task": "crystal_generation"})
        ('reactions', None)
    """

    def __init__(self, experts: Mapping[str, Sequence[str]], learned: PromptRouter | None = None) -> None:
        self.experts = {k: list(v) for k, v in experts.items()}
        self.by_task = {t: name for name, tasks in self.experts.items() for t in tasks}
        self.learned = learned

    def route(self, row: Mapping[str, Any]) -> str | None:
        """The expert of a row (``None``: the base, adapters off)."""
        if self.learned is not None:
            return self.learned.route(prompt_text(row.get("prompt")))
        return self.by_task.get(str(row.get("task")))

    def groups(self, rows: Sequence[Mapping[str, Any]]) -> dict[str | None, list[int]]:
        """Row indices by expert, in first-seen order."""
        out: dict[str | None, list[int]] = {}
        for i, r in enumerate(rows):
            out.setdefault(self.route(r), []).append(i)
        return out

    @contextlib.contextmanager
    def activate(self, model: Any, name: str | None) -> Iterator[Any]:
        """Run a block with expert ``name`` active (``None``: every adapter off)."""
        if name is None:
            with model.disable_adapter():
                yield model
            return
        previous = model.active_adapter
        model.set_adapter(name)
        try:
            yield model
        finally:
            model.set_adapter(previous)

    def to_dict(self) -> dict[str, Any]:
        """The description stored in ``adapters.json``."""
        return self.learned.to_dict() if self.learned is not None else {"type": "task"}

    @classmethod
    def from_manifest(cls, manifest: Mapping[str, Any]) -> ExpertRouter:
        """The router of an ``adapters.json`` of kind ``experts``."""
        experts = {name: a["tasks"] for name, a in manifest["adapters"].items()}
        router = manifest.get("router") or {"type": "task"}
        return cls(experts, PromptRouter.from_dict(router) if router.get("type") == "learned" else None)


# ------------------------------------------------------------------------------------------------ loading
def load_experts(folder: str | Path, *, device: str | None = None, dtype: Any = None, trainable: bool = False):
    """The base with every expert adapter of a folder, and its router.

    Args:
        folder: A folder written by :func:`train_experts`.
        device: ``cpu``, ``cuda``, ... (default: where ``from_pretrained`` puts it).
        dtype: Torch dtype of the base (default: the checkpoint's).
        trainable: Load the adapters trainable (to continue training them).

    Returns:
        ``(peft_model, router)``.
    """
    from transformers import AutoModelForCausalLM

    manifest = read_adapters_json(folder)
    if manifest is None or manifest.get("kind") != "experts":
        raise ValueError(f"{folder}: not a folder of per-task experts (no adapters.json of kind experts)")
    kwargs: dict[str, Any] = {"local_files_only": True, "trust_remote_code": False}
    if dtype is not None:
        kwargs["dtype"] = dtype
    base = AutoModelForCausalLM.from_pretrained(manifest["base_dir"], **kwargs)
    model = attach_experts(base, folder, manifest, trainable)
    if device is not None:
        model.to(device)
    return model, ExpertRouter.from_manifest(manifest)


def attach_experts(base: Any, folder: str | Path, manifest: Mapping[str, Any], trainable: bool) -> Any:
    """Every expert adapter of a folder on ``base``, as one ``PeftModel`` (one named adapter per expert).

    Args:
        base: The base model.
        folder: The experts folder.
        manifest: Its ``adapters.json`` (kind ``experts``).
        trainable: Load the adapters trainable.
    """
    from peft import PeftModel

    model = None
    for name, info in manifest["adapters"].items():
        path = str(Path(folder) / info["path"])
        if model is None:
            model = PeftModel.from_pretrained(base, path, adapter_name=name, is_trainable=trainable)
        else:
            model.load_adapter(path, adapter_name=name, is_trainable=trainable)
    return model


__all__ = ["ExpertRouter", "PromptRouter", "attach_experts", "load_adapter_folder", "load_experts", "prompt_text"]
