"""The bundled sample edition: the seed page of the Wujin district daily, made into an issue."""

from __future__ import annotations

from digest import store
from digest.model import Project
from resources import SAMPLES

SAMPLE_PATH = SAMPLES / "wujin-sample.jianbao"
SAMPLE_PAGE = SAMPLES / "wujin-page.txt"


def load_sample() -> Project:
    """A fresh copy of the sample edition (callers may edit it; the file is never written)."""
    return store.load(SAMPLE_PATH)
