"""The importer is Qt-free: importing and using it never loads PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def test_ingest_does_not_import_qt() -> None:
    code = (
        "import sys; from digest.ingest import import_page; "
        "import_page('tests/fixtures/pages/wujin-page.txt'); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
