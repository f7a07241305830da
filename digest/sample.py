"""The bundled sample edition: the seed page of the Wujin district daily, made into an issue."""

from __future__ import annotations

from pathlib import Path

from digest import store
from digest.model import Project

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SAMPLE_PATH = RESOURCES / "samples" / "wujin-sample.jianbao"
SAMPLE_PAGE = RESOURCES / "samples" / "wujin-page.txt"


def load_sample() -> Project:
    """A fresh copy of the sample edition (callers may edit it; the file is never written)."""
    return store.load(SAMPLE_PATH)
