"""The docs cannot drift from the code: every import, every step table and every ``chemtrove`` command that
README.md and docs/*.md show is run here.

- every ``from chemtrove... import ...`` / ``import chemtrove...`` line is executed;
- every name in the first column of a ``step`` / ``function`` table must be an attribute of the module the
  section names (``## Datatrove steps (`chemtrove.curate`)``), or of the page's module;
- every ``chemtrove ...`` command (in code blocks and inline code) must name real subcommands, and every
  ``--flag`` it uses must be one that subcommand's ``--help`` lists (recipe fields for ``train``).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import io
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
TRAIN_EXTRA = ("torch", "transformers", "trl", "datasets")
_IMPORT = re.compile(r"^\s*(from\s+chemtrove[\w.]*\s+import\s+.+|import\s+chemtrove[\w.]*(\s+as\s+\w+)?)\s*$")
_MODULE = re.compile(r"`(chemtrove(?:\.\w+)+)`")


def _rel(page: Path) -> str:
    return str(page.relative_to(REPO))


def _code_blocks(text: str) -> list[tuple[str, list[str]]]:
    """(language, lines) of every fenced code block."""
    blocks, lang, lines = [], None, []
    for line in text.splitlines():
        fence = re.match(r"^\s*```(\w*)", line)
        if fence and lang is None:
            lang, lines = fence.group(1) or "text", []
        elif fence:
            blocks.append((lang, lines))
            lang = None
        elif lang is not None:
            lines.append(line)
    return blocks


def documented_imports() -> list[tuple[str, str]]:
    """(page, statement) for every chemtrove import the docs show (parenthesized imports joined)."""
    found = []
    for page in PAGES:
        for _, lines in _code_blocks(page.read_text()):
            i = 0
            while i < len(lines):
                line = lines[i].split("#")[0].rstrip()
                if "(" in line and line.lstrip().startswith("from chemtrove") and ")" not in line:
                    while ")" not in line and i + 1 < len(lines):
                        i += 1
                        line += " " + lines[i].split("#")[0].strip()
                    line = line.replace("(", "").replace(")", "")
                if _IMPORT.match(line):
                    found.append((_rel(page), line.strip().rstrip(",")))
                i += 1
    return sorted(set(found))


def documented_tables() -> list[tuple[str, str, tuple[str, ...]]]:
    """(page, name, modules) for every name in the first column of a step/function/class table."""
    found = []
    for page in PAGES:
        lines = page.read_text().splitlines()
        page_modules: tuple[str, ...] = ()
        section: tuple[str, ...] = ()
        in_code = False
        header = None
        for line in lines:
            if line.lstrip().startswith("```"):
                in_code = not in_code
                continue
            if in_code:
                continue
            if line.startswith("#"):
                mods = tuple(_MODULE.findall(line))
                if line.startswith("# "):
                    page_modules = mods
                section = mods or page_modules
                header = None
                continue
            if not line.startswith("|"):
                header = None
                continue
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]  # `a\|b` is one cell
            if header is None:
                header = cells[0]
                continue
            if header not in ("step", "function", "class") or set(cells[0]) <= set("-: "):
                continue
            for code in re.findall(r"`([^`]+)`", cells[0]):
                name = re.match(r"[A-Za-z_]\w*", code)
                if name and section:
                    found.append((_rel(page), name.group(0), section))
    return sorted(set(found))


def documented_commands() -> list[tuple[str, str]]:
    """(page, command) for every ``chemtrove ...`` command in code blocks and inline code."""
    found = []
    for page in PAGES:
        text = page.read_text()
        candidates = []
        for lang, lines in _code_blocks(text):
            if lang not in ("bash", "sh", "shell", "console", "text"):
                continue
            joined = "\n".join(lines).replace("\\\n", " ")
            candidates += joined.splitlines()
        prose = re.sub(r"```.*?```", "", text, flags=re.S)
        candidates += re.findall(r"`(chemtrove [^`]+)`", prose)
        for line in candidates:
            line = line.split(" #")[0].strip().replace("\\|", "|")  # `train cpt\|sft` in a table: alternatives
            for part in re.split(r"&&|;|\|", line):
                part = part.strip()
                if part.startswith("chemtrove ") or part == "chemtrove":
                    found.append((_rel(page), part))
    return sorted(set(found))


def _has(modules: tuple[str, ...]) -> bool:
    return all(importlib.util.find_spec(m) is not None for m in modules)


@pytest.mark.parametrize("page, statement", documented_imports())
def test_documented_import_runs(page, statement):
    """As seen: docs listed `from chemtrove.curate import CanonicalizeCif` and it raised ImportError."""
    try:
        exec(compile(statement, page, "exec"), {})
    except ModuleNotFoundError as e:
        if e.name and e.name.split(".")[0] in TRAIN_EXTRA and not _has(TRAIN_EXTRA):
            pytest.skip(f"{statement!r} needs the train extra ({e.name} missing)")
        raise


def test_the_docs_show_imports():
    imports = documented_imports()
    assert len(imports) >= 10, imports
    assert any("CanonicalizeSmiles" in s for _, s in imports)


@pytest.mark.parametrize("page, name, modules", documented_tables())
def test_documented_table_names_exist(page, name, modules):
    """Every step/function a table lists is importable from the module its section names."""
    owners = []
    for module in modules:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name and e.name.split(".")[0] in TRAIN_EXTRA:
                pytest.skip(f"{module} needs the train extra")
            raise
        owners.append(hasattr(mod, name))
    assert any(owners), f"{page}: `{name}` is listed under {modules} but is in none of them"


def test_the_step_tables_are_read():
    names = {(n, m) for _, n, m in documented_tables()}
    assert ("CanonicalizeCif", ("chemtrove.curate",)) in names
    assert ("exact_dedup_steps", ("chemtrove.curate",)) in names
    assert ("group_duplicate_texts", ("chemtrove.chem.crystals",)) in names


def _parser_actions(argv: list[str]):
    """The subparser ``argv`` names (the deepest one), and the rest of argv."""
    from chemtrove.cli import build_parser

    parser = build_parser()
    rest = list(argv)
    while rest:
        sub = next((a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"), None)
        if sub is None or rest[0] not in sub.choices:
            break
        parser = sub.choices[rest.pop(0)]
    return parser, rest


def _recipe_fields(stage: str) -> set[str]:
    from chemtrove.train.config import stage_fields

    return set(stage_fields(stage))


@pytest.mark.parametrize("page, command", documented_commands())
def test_documented_command_is_real(page, command):
    """Each documented command names real subcommands and only flags its --help lists."""
    tokens = shlex.split(command.replace("[", " ").replace("]", " ").replace("...", " "))[1:]
    words = []
    for t in tokens:
        if t.startswith("-"):
            break
        words.append(t)
    parser, rest = _parser_actions(words)
    path = words[: len(words) - len(rest)]
    sub = next((a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"), None)
    if sub is not None and rest:
        pytest.fail(f"{page}: `{command}`: {rest[0]!r} is not a subcommand of `chemtrove {' '.join(path)}`")
    known = {o for a in parser._actions for o in a.option_strings}
    if path[:1] == ["train"] and len(path) == 2 and path[1] in ("cpt", "sft", "grpo"):
        if not _has(TRAIN_EXTRA):
            pytest.skip("recipe fields need the train extra")
        known |= {f"--{f}" for f in _recipe_fields(path[1])}
    flags = {t.split("=")[0] for t in tokens if t.startswith("--")}
    unknown = sorted(flags - known)
    assert not unknown, f"{page}: `{command}` uses {unknown}, which `chemtrove {' '.join(path)} --help` does not list"
    with contextlib.redirect_stdout(io.StringIO()) as out, pytest.raises(SystemExit) as done:
        parser.parse_args(["--help"])
    assert done.value.code == 0 and "usage: chemtrove" in out.getvalue()


def test_the_docs_show_commands():
    cmds = " ".join(c for _, c in documented_commands())
    for sub in ("curate", "quickstart", "mix plan", "train cpt", "eval", "reasons", "tokenizer build"):
        assert f"chemtrove {sub}" in cmds


def test_cheap_documented_commands_run():
    """The commands that need no input run as documented, through the installed entry point."""
    for args in (["--help"], ["--version"], ["reasons"], ["reasons", "--json"]):
        proc = subprocess.run([sys.executable, "-m", "chemtrove.cli", *args], capture_output=True, text=True)
        assert proc.returncode == 0, (args, proc.stderr[-2000:])
        assert proc.stdout.strip() and not proc.stderr.strip(), (args, proc.stderr[-2000:])
