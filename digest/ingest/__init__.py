"""Page import: decoding raw page text and splitting it into articles, briefs, captions, sections.

Qt-free. Public API: `decode_bytes`, `read_page`, `parse_page`, `import_page`,
`normalise_punctuation`.
"""

from __future__ import annotations

from digest.ingest.decode import decode_bytes, read_page
from digest.ingest.importer import import_page
from digest.ingest.parse import parse_page
from digest.ingest.punctuation import normalise_punctuation

__all__ = ["decode_bytes", "import_page", "normalise_punctuation", "parse_page", "read_page"]
