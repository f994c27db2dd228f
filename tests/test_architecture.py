"""Which part imports which: read from the source with ast (function-local imports included), never executed.

The rules (docs/architecture.md): no import circle between modules; ``chem`` imports no other part; ``formats``
and ``hints`` import only ``chem``; ``tasks`` imports only ``chem``, ``formats`` and ``hints``; ``adapters``
imports only ``formats``; ``train`` and ``eval`` never import ``curate``, and ``eval`` never imports ``train``
(adapters load through ``adapters``); nothing imports ``quickstart`` or ``cli`` but ``cli``; and ``chem``,
``curate``, ``mixtures``, ``formats``, ``hints`` and ``tasks`` never import torch, transformers or trl.

Size: no function over :data:`MAX_FUNCTION_LINES` lines (docstring excluded) and no file over
:data:`MAX_FILE_LINES` lines, but those in the commented allow-lists.
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
        ("adapters", {"formats"}),
        ("train", {"adapters", "chem", "console", "formats", "hints", "tasks", "tokenize"}),
        ("eval", {"adapters", "chem", "console", "formats", "hints", "tasks", "tokenize"}),
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


def test_no_function_local_import_of_light_own_modules_in_these_parts():
    """The parts restructured here import their own light modules at the top; what is left inside a function
    says why (``# lazy: ...``: heavy libraries such as pymatgen, datatrove, torch, or the train extra)."""
    bad = []
    for module, path in MODULES.items():
        if _part(module) not in {"tasks", "adapters", "formats", "hints"} and module not in {
            "chemtrove.quickstart",
            "chemtrove.curate.config",
            "chemtrove.curate.options",
            "chemtrove.curate.steps",
            "chemtrove.curate.stages",
            "chemtrove.curate.pipeline",
            "chemtrove.curate.cli",
            "chemtrove.eval.runner",
        }:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for node in ast.walk(fn):
                own = isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("chemtrove"))
                if own and "lazy" not in " ".join(lines[node.lineno - 1 : node.end_lineno]):
                    bad.append(f"{module}:{node.lineno} {fn.name}")
    assert not bad, bad


# ------------------------------------------------------------------------------------------------------ size
MAX_FUNCTION_LINES = 80
"""Longest function body, docstring excluded (the team guide: small functions, < ~80 lines)."""

MAX_FILE_LINES = 500
"""Longest source file (the team guide: small modules, a few hundred lines)."""

LONG_FUNCTIONS = {
    # an argparse table: one add_argument per recipe option, read top to bottom like the --help it prints
    "chemtrove.train.cli.add_cli": 130,
}
"""Functions allowed over :data:`MAX_FUNCTION_LINES`, each with its reason and a ceiling it must stay under."""

LONG_FILES: dict[str, int] = {}
"""Files allowed over :data:`MAX_FILE_LINES`, each with its reason and a ceiling it must stay under."""


def _function_lengths() -> dict[str, int]:
    """Lines of every function body (docstring excluded), by ``module.qualified_name``."""
    out: dict[str, int] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                body = child.body
                has_doc = isinstance(body[0], ast.Expr) and isinstance(getattr(body[0], "value", None), ast.Constant)
                has_doc = has_doc and isinstance(body[0].value.value, str)
                start = (body[1].lineno if len(body) > 1 else child.end_lineno) if has_doc else body[0].lineno
                out[f"{prefix}.{child.name}"] = child.end_lineno - start + 1
                walk(child, f"{prefix}.{child.name}")
            elif isinstance(child, ast.ClassDef):
                walk(child, f"{prefix}.{child.name}")

    for module, path in MODULES.items():
        walk(ast.parse(path.read_text(encoding="utf-8")), module)
    return out


def test_the_size_measure_sees_docstrings_and_methods():
    lengths = _function_lengths()
    # a method is measured under its class; a one-line body after a docstring is one line
    assert lengths["chemtrove.curate.stages.SourcePriority.__call__"] == 1
    assert lengths["chemtrove.curate.stages.SourcePriority.__init__"] == 1


def test_no_long_functions():
    lengths = _function_lengths()
    too_long = {name: n for name, n in lengths.items() if n > LONG_FUNCTIONS.get(name, MAX_FUNCTION_LINES)}
    assert not too_long, too_long
    stale = {name for name in LONG_FUNCTIONS if lengths.get(name, 0) <= MAX_FUNCTION_LINES}
    assert not stale, f"no longer long (remove from LONG_FUNCTIONS): {sorted(stale)}"


def test_no_long_files():
    lengths = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in MODULES.items()}
    too_long = {m: n for m, n in lengths.items() if n > LONG_FILES.get(m, MAX_FILE_LINES)}
    assert not too_long, too_long
    stale = {m for m in LONG_FILES if lengths.get(m, 0) <= MAX_FILE_LINES}
    assert not stale, f"no longer long (remove from LONG_FILES): {sorted(stale)}"
