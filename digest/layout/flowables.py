"""TextBlock: a reportlab flowable that draws lines composed by compose.py (no reportlab markup).

Every piece of text in the digest's PDF goes through a TextBlock: compose.py decides breaks and
positions, this class only stacks the lines on a fixed leading, splits between lines across frames
(honouring widows/orphans) and draws each run literally (`<b>`, `&`, `x<y` print as themselves).

Vertical metrics: a block is `len(lines) × leading` tall. Space before/after is NOT part of the
height: platypus adds `getSpaceBefore()`/`getSpaceAfter()` itself (and drops space before at the top
of a frame). Line i's baseline sits `baseline_offset + i × leading` below the block's top, with the
em box centred in the leading, so blocks with the same leading share one baseline grid.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.platypus import Flowable

from digest.layout.compose import Line, compose, prepare_text
from digest.layout.text_style import TextStyle

# Ideographic em box: baseline 0.88 em below its top (Noto CJK / Source Han ascent 880, descent 120).
EM_ASCENT = 0.88


def baseline_offset(style: TextStyle) -> float:
    """Distance from the top of a line's slot (one leading) down to its baseline."""
    return (style.leading - style.size) / 2 + EM_ASCENT * style.size


class TextBlock(Flowable):
    """One paragraph (or heading) composed by compose.py and drawn run by run.

    `outline=(title, level)` adds a PDF bookmark pointing at the block's top. `name` is used as the
    bookmark key and in preflight messages. After `wrap`, `overfull` lists `(line_index, line_text,
    excess_points)` for lines an unbreakable word made wider than the column.
    """

    def __init__(
        self,
        text: str,
        style: TextStyle,
        *,
        outline: tuple[str, int] | None = None,
        name: str = "",
        _lines: tuple[float, tuple[Line, ...]] | None = None,
        _continued: bool = False,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.outline = outline
        self.name = name
        self.keepWithNext = style.keep_with_next
        self.overfull: list[tuple[int, str, float]] = []
        self.continued = _continued  # True for the second part of a split paragraph
        self._fixed = _lines  # (width, lines) of a split part
        self._cache: dict[float, tuple[Line, ...]] = {}
        self.width = 0.0
        self.height = 0.0
        self._lines: tuple[Line, ...] = ()

    # -- composition --------------------------------------------------------------------------
    def lines_for(self, width: float) -> list[Line]:
        """The composed lines at `width` points (cached per width)."""
        key = round(float(width), 3)
        cached = self._cache.get(key)
        if cached is None:
            if self._fixed is not None and abs(self._fixed[0] - key) < 1e-3:
                cached = self._fixed[1]
            elif self._fixed is not None:
                # A split part moved to a column of another width: recompose its own text.
                lines = self._fixed[1]
                prepared = prepare_text(self.text, self.style)
                part = prepared[lines[0].start : lines[-1].end] if lines else ""
                style = replace(self.style, first_indent=0) if self.continued else self.style
                cached = tuple(compose(part, style, key))
            else:
                cached = tuple(compose(self.text, self.style, key))
            self._cache[key] = cached
        return list(cached)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._lines = tuple(self.lines_for(availWidth))
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        self.overfull = [(i, ln.text, ln.overfull) for i, ln in enumerate(self._lines) if ln.overfull > 0]
        return self.width, self.height

    def getSpaceBefore(self) -> float:
        return 0.0 if self.continued else self.style.space_before

    def getSpaceAfter(self) -> float:
        return self.style.space_after

    @property
    def baseline_offset(self) -> float:
        return baseline_offset(self.style)

    # -- splitting ----------------------------------------------------------------------------
    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Split between lines: at least `orphans` lines stay, at least `widows` lines move."""
        lines = self.lines_for(availWidth)
        n = len(lines)
        fit = int((availHeight + 1e-6) // self.style.leading)
        if fit >= n:
            return [self]
        style = self.style
        fit = min(fit, n - max(1, style.widows))
        if fit < max(1, style.orphans):
            return []
        head = TextBlock(
            self.text,
            replace(style, space_after=0, keep_with_next=False),
            outline=self.outline,
            name=self.name,
            _lines=(round(float(availWidth), 3), tuple(lines[:fit])),
            _continued=self.continued,
        )
        tail = TextBlock(
            self.text,
            replace(style, space_before=0),
            name=self.name,
            _lines=(round(float(availWidth), 3), tuple(lines[fit:])),
            _continued=True,
        )
        return [head, tail]

    # -- drawing ------------------------------------------------------------------------------
    def draw(self) -> None:
        canv = self.canv
        style = self.style
        if self.outline is not None and not self.continued:
            title, level = self.outline
            key = self.name or f"textblock-{id(self)}"
            left, top = canv.absolutePosition(0, self.height)
            canv.bookmarkPage(key, fit="XYZ", left=left, top=top)
            canv.addOutlineEntry(title, key, level=level)
        if not self._lines:
            return
        canv.saveState()
        canv.setFillColorCMYK(*style.color)
        text = canv.beginText()
        current_font: tuple[str, float] | None = None
        y0 = self.height - self.baseline_offset
        for i, line in enumerate(self._lines):
            y = y0 - i * style.leading
            for run in line.runs:
                if current_font != (run.font, run.size):
                    text.setFont(run.font, run.size)
                    current_font = (run.font, run.size)
                text.setTextOrigin(run.x, y)
                if run.hscale != 100.0:
                    text.setHorizScale(run.hscale)
                    text.textOut(run.text)
                    text.setHorizScale(100.0)
                else:
                    text.textOut(run.text)
        canv.drawText(text)
        canv.restoreState()

    def __repr__(self) -> str:
        return f"TextBlock({self.name or self.text[:20]!r}, {len(self._lines)} lines)"


def paragraph_blocks(
    paragraphs: list[str], style: TextStyle, first_style: TextStyle | None = None
) -> list[TextBlock]:
    """One TextBlock per paragraph; the first uses `first_style`.

    For English without a `first_style`, the first paragraph (after a heading) has no indent.
    """
    if first_style is None:
        first_style = replace(style, first_indent=0) if style.lang == "en" else style
    return [TextBlock(p, first_style if i == 0 else style) for i, p in enumerate(paragraphs)]
