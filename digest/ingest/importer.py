"""Importing a page file: read, decode, label, build and stamp each item (see pipeline.py)."""

from __future__ import annotations

import os

from digest.ingest.pipeline import import_file
from digest.model import Article


def import_page(path: str | os.PathLike[str]) -> list[Article]:
    """Read a page file and split it into Articles (source = file name, ids set, timestamped)."""
    return import_file(path).articles
