"""Importing a page file: read, decode, split, and stamp each item."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from digest.ingest.decode import read_page
from digest.ingest.parse import parse_page
from digest.model import Article


def import_page(path: str | os.PathLike[str]) -> list[Article]:
    """Read a page file and split it into Articles (source = file name, ids set, timestamped)."""
    page = Path(path)
    text = read_page(page)
    articles = parse_page(text, source=page.name)
    stamp = _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    for order, article in enumerate(articles):
        article.page_order = order
        article.imported = stamp
        article.ensure_id()
    return articles
