"""What export draws with: text flowables, fonts and locale formatting, from their owners.

One place to import them so the page machinery does not care where they come from. TextBlock is
the composer's own: it draws the word spaces of the text as real (invisible) space characters, so
text extraction and search read "Saturday, 28 November 2026" as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from digest.language.formats import format_date, issue_label, masthead_date, page_label
from digest.layout.flowables import TextBlock, paragraph_blocks
from digest.layout.text_style import TextStyle

__all__ = [
    "Faces",
    "TextBlock",
    "TextStyle",
    "english_byline",
    "faces",
    "format_date",
    "issue_label",
    "masthead_date",
    "page_label",
    "paragraph_blocks",
]


def english_byline(names: list[str], role: str = "reporter") -> str:
    """'By Wu Mengting' / 'Photo: Xu Jingwei' (names.py reads its pinyin table on first use)."""
    from digest.language.names import english_byline as byline

    return byline(names, role=role)


@dataclass(frozen=True)
class Faces:
    """reportlab font names for each role."""

    cjk_serif: str
    cjk_sans_bold: str
    latin: str
    latin_bold: str
    latin_italic: str


@cache
def faces() -> Faces:
    """Register the bundled fonts (once per process) and name them by role."""
    from digest.errors import ExportError
    from digest.layout import fonts

    missing = [path.name for path in fonts.font_files().values() if not path.exists()]
    if missing:
        raise ExportError(f"bundled fonts are missing from {fonts.FONT_DIR}: {', '.join(missing)}")
    try:
        fonts.register_fonts()
    except Exception as exc:  # a damaged font file: say which, no traceback
        raise ExportError(f"the bundled fonts cannot be loaded: {exc}") from None
    return Faces(
        fonts.CJK_SERIF,
        fonts.CJK_SANS_BOLD,
        fonts.LATIN_SERIF,
        fonts.LATIN_SERIF_BOLD,
        fonts.LATIN_SERIF_ITALIC,
    )
