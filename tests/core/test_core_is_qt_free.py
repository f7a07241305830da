"""digest/ is the Qt-free core: no file in it imports `ui`, PySide6 or shiboken6, at any level.

Two checks: the source of every file is scanned (so an import inside a function, or through
importlib, is seen even if never run; and a string naming one of them, as a table of lazy imports
or an exec'd statement would hold it, is refused too), and importing every module loads none of them.
"""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import digest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("ui", "PySide6", "shiboken6")


def imported_names(source: str) -> list[tuple[int, str]]:
    """(line, module) for every import in `source`: import, from-import, import_module/__import__ of a literal."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call):
            func = node.func
            name = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            if name in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.append((node.lineno, first.value))
    return found


_IMPORT_STATEMENT = re.compile(rf"\b(?:import|from)\s+(?:{'|'.join(FORBIDDEN)})\b")


def _docstrings(tree: ast.AST) -> set[int]:
    nodes = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, nodes)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }


def module_strings(source: str) -> list[tuple[int, str]]:
    """(line, text) for every string literal (docstrings aside) that names a forbidden module or
    holds an import of one: what a dynamic import (a `{name: module}` table for
    `import_module(table[name])`, `exec`) would be fed."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            text = node.value.strip()
            if text.split(".")[0] in FORBIDDEN or _IMPORT_STATEMENT.search(text):
                found.append((node.lineno, text[:60]))
    return found


def forbidden_imports(source: str) -> list[tuple[int, str]]:
    named = [(line, name) for line, name in imported_names(source) if name.split(".")[0] in FORBIDDEN]
    return sorted({*named, *module_strings(source)})


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtCore",
        "def f():\n    from ui.app import run\n",
        "import importlib\nimportlib.import_module('shiboken6')",
        "from importlib import import_module\nimport_module('ui.preview')",
        "__import__('PySide6')",
        "import os, ui",
        "_HOMES = {'run': 'ui.app'}\nimport importlib\nimportlib.import_module(_HOMES['run'])",
        "exec('from PySide6 import QtCore')",
        "name = 'PySide6' + '.QtGui'",
    ],
)
def test_the_scan_sees_every_form_of_import(source: str) -> None:
    assert forbidden_imports(source), source


def test_the_scan_passes_lookalikes() -> None:
    assert forbidden_imports("import uikit\nfrom .ui import x\nimport_module('digest.ui_text')") == []
    assert forbidden_imports('"""Never imports ui or PySide6 (the editor is in ui/)."""\nx = "a ui label"') == []


def test_no_file_in_digest_imports_the_editor_or_qt() -> None:
    files = sorted((ROOT / "digest").rglob("*.py"))
    assert ROOT / "digest" / "cli.py" in files and len(files) > 20
    bad = [
        f"{path.relative_to(ROOT)}:{line}: {name}"
        for path in files
        for line, name in forbidden_imports(path.read_text(encoding="utf-8"))
    ]
    assert bad == []


def test_import_digest_does_not_import_pyside6() -> None:
    modules = [m.name for m in pkgutil.walk_packages(digest.__path__, "digest.")]
    assert "digest.store" in modules and "digest.model" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_main_sends_commands_to_the_core_without_loading_the_editor(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    code = (
        "import sys, main\n"
        f"status = main.main(['export', '--sample', '--force', '-o', {str(out)!r}])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(status, ','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].split() == ["0"]  # status 0, nothing of Qt or ui loaded
    assert out.read_bytes().startswith(b"%PDF")
