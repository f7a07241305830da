"""Page import: decoding raw page text and splitting it into articles, briefs, captions, sections.

Qt-free. Public API: `decode_bytes`, `read_page`, `parse_page`, `import_page`,
`normalise_punctuation`, and the review desk's steps (pipeline.py): `label_page`,
`build_articles`, `import_text`, `import_file`. The names load on first use (PEP 562), so the PDF export,
which needs only `normalise_punctuation`, does not pay for the whole parser.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from digest.ingest.decode import decode_bytes, read_page
    from digest.ingest.importer import import_page
    from digest.ingest.parse import parse_page
    from digest.ingest.pipeline import build_articles, import_file, import_text, label_page
    from digest.text import normalise_punctuation

_HOMES = {
    "decode_bytes": "digest.ingest.decode",
    "read_page": "digest.ingest.decode",
    "import_page": "digest.ingest.importer",
    "import_file": "digest.ingest.pipeline",
    "import_text": "digest.ingest.pipeline",
    "label_page": "digest.ingest.pipeline",
    "build_articles": "digest.ingest.pipeline",
    "parse_page": "digest.ingest.parse",
    "normalise_punctuation": "digest.text",
}

__all__ = [
    "build_articles",
    "decode_bytes",
    "import_file",
    "import_page",
    "import_text",
    "label_page",
    "normalise_punctuation",
    "parse_page",
    "read_page",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'digest.ingest' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
