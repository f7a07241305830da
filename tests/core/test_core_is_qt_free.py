"""digest/ is the Qt-free core: importing it (and all its modules) must not import PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import digest

ROOT = Path(__file__).resolve().parents[2]


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
