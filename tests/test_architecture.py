"""The layering the project promises: the core never imports Textual, imports flow one way."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "reader"
CORE = sorted(p for p in PACKAGE.glob("*.py") if p.stem not in ("cli", "__main__"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_core_modules_never_import_textual():
    code = (
        "import sys\n"
        + "".join(f"import {_module_name(p)}\n" for p in CORE)
        + ("bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\nassert not bad, bad\n")
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=PACKAGE.parent)


def test_core_sources_do_not_mention_the_ui():
    for path in CORE:
        for name in _imports(path):
            assert not name.startswith(("textual", "rich", "reader.tui", "reader.cli")), (path.name, name)


def test_reader_modules_form_no_import_cycle():
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {name: {imp for imp in _imports(path) if imp in modules and imp != name} for name, path in modules.items()}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join(trail + [node, nxt])
            if nxt not in state:
                visit(nxt, trail + [node])
        state[node] = 2

    for name in graph:
        if name not in state:
            visit(name, [])


def test_import_contracts_hold() -> None:
    """The layer and stage contracts in pyproject.toml ([tool.importlinter]) hold."""
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:]
