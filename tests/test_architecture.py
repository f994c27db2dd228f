"""Which part imports which: read from the source with ast (function-local imports included), never executed.

The rules (docs/architecture.md): no import circle between modules; ``chem`` imports no other part; ``formats``
and ``hints`` import only ``chem``; ``tasks`` imports only ``chem``, ``formats`` and ``hints``; ``train`` and
``eval`` never import ``curate``; nothing imports ``quickstart`` or ``cli`` but ``cli``; and ``chem``, ``curate``,
``mixtures``, ``formats``, ``hints`` and ``tasks`` never import torch, transformers or trl.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import chemtrove

ROOT = Path(chemtrove.__file__).parent
HEAVY = {"torch", "transformers", "trl", "peft", "accelerate"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(ROOT.rglob("*.py"))}


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str) -> tuple[set[str], set[str]]:
    """(chemtrove modules, top-level third-party packages) that ``module`` imports anywhere in its source."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    own, other = set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # `from package import submodule` depends on the submodule, not on the whole package
            names = [f"{source}.{a.name}" if f"{source}.{a.name}" in MODULES else source for a in node.names]
        else:
            continue
        for name in names:
            if name.split(".")[0] == "chemtrove":
                target = _resolve(name)
                if target and target != module:
                    own.add(target)
            else:
                other.add(name.split(".")[0])
    return own, other


GRAPH = {m: _imports(m) for m in MODULES}


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "chemtrove"


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(GRAPH[v][0]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    return found


def test_the_walk_sees_the_package():
    assert {"chemtrove.formats", "chemtrove.chem.keys", "chemtrove.tasks.builders", "chemtrove.train.runner"} <= set(
        MODULES
    )
    # function-local imports are seen too (scoring imports torch inside a function)
    assert "torch" in GRAPH["chemtrove.train.runner"][1]


def test_no_import_circle():
    assert _cycles() == []


@pytest.mark.parametrize(
    ("part", "allowed"),
    [
        ("chem", {"chem"}),
        ("formats", {"chem"}),
        ("hints", set()),
        ("console", set()),
        ("tasks", {"chem", "formats", "hints"}),
        ("train", {"chem", "console", "formats", "hints", "tasks", "tokenize"}),
        ("eval", {"chem", "console", "formats", "hints", "tasks", "tokenize", "train"}),
        ("mixtures", {"chem", "formats", "hints"}),
        ("tokenize", {"chem", "formats", "hints"}),
        ("curate", {"chem", "formats", "hints"}),
    ],
)
def test_parts_import_only_downward(part, allowed):
    bad = {
        f"{m} -> {t}"
        for m, (own, _) in GRAPH.items()
        if _part(m) == part
        for t in own
        if _part(t) not in {part, "chemtrove"} | allowed  # the package itself: its version
    }
    assert not bad, sorted(bad)


@pytest.mark.parametrize("part", ["chem", "curate", "mixtures", "formats", "hints", "tasks"])
def test_light_parts_never_import_torch(part):
    bad = {f"{m} -> {p}" for m, (_, other) in GRAPH.items() if _part(m) == part for p in other & HEAVY}
    assert not bad, sorted(bad)


def test_stage_files_never_import_each_other():
    stages = {"chemtrove.train.cpt", "chemtrove.train.sft", "chemtrove.train.grpo"}
    bad = {f"{m} -> {t}" for m in stages for t in GRAPH[m][0] & stages}
    assert not bad, sorted(bad)
