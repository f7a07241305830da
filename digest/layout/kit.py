"""What export draws with: text flowables, fonts and locale formatting, from their owners.

One place to import them so the page machinery does not care where they come from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from digest.language.formats import format_date, issue_label, masthead_date, page_label
from digest.layout.flowables import TextBlock as _ComposedBlock
from digest.layout.flowables import paragraph_blocks
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


class TextBlock(_ComposedBlock):
    """The typography helper's TextBlock, plus word spaces a PDF reader can find.

    The composer places every word at its own x, so the PDF holds no space characters: text
    extraction, search and copy/paste read "Saturday,28November2026" and cannot tell the real space
    in "2026年11月28日 星期六" from a quarter-em Han–digit gap. After the block is drawn, an
    invisible U+0020 is set where the source text has a space between two runs, right after the
    earlier run. Nothing visible changes. (If the composer starts emitting spaces itself, this
    steps aside.)
    """

    def split(self, availWidth: float, availHeight: float) -> list:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if type(part) is _ComposedBlock:
                part.__class__ = TextBlock
        return parts

    def draw(self) -> None:
        super().draw()
        lines = getattr(self, "_lines", ())
        if not lines or any(" " in run.text for line in lines for run in line.runs):
            return
        spaces = _space_positions(self.text, self.style, lines)
        if not spaces:
            return
        from reportlab.pdfbase.pdfmetrics import stringWidth

        canv = self.canv
        canv.saveState()
        text = canv.beginText()
        y0 = self.height - self.baseline_offset
        for i, run in spaces:
            end = run.x + stringWidth(run.text, run.font, run.size) * getattr(run, "hscale", 100.0) / 100.0
            text.setFont(run.font, run.size)
            text.setTextOrigin(end, y0 - i * self.style.leading)
            text.textOut(" ")
        canv.drawText(text)
        canv.restoreState()


def _space_positions(source: str, style: TextStyle, lines) -> list:
    """(line index, run) for every run that a source space follows on the same line."""
    from digest.layout.compose import prepare_text

    text = prepare_text(source, style)
    out = []
    pos = 0
    for i, line in enumerate(lines):
        runs = line.runs
        if not runs:
            continue
        if 0 <= line.start < len(text) and text.startswith(runs[0].text[:1], line.start):
            pos = line.start  # the composer's own index, when it matches
        for k, run in enumerate(runs):
            word = run.text.rstrip("-") or run.text
            idx = text.find(word, pos)
            if idx < 0 or (k and idx - pos > 8):  # not where expected: no guesses on this line
                break
            if k and text[pos:idx] and not text[pos:idx].strip():
                out.append((i, runs[k - 1]))
            pos = idx + len(word)
    return out


def english_byline(names: list[str], role: str = "reporter") -> str:
    """'By Wu Mengting' / 'Photo: Xu Jingwei' (pypinyin is imported only when a byline is needed)."""
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
