"""Shared fixtures. Qt runs offscreen; nothing here reads ../shared."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
SAMPLE_PAGES = ("wujin-page", "xinmin-page-a", "xinmin-page-b")


@pytest.fixture
def pages_dir() -> Path:
    """Folder with the sample newspaper pages and their truth files."""
    return PAGES
