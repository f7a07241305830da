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

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from digest.layout.compose import Line, Run, compose, prepare_text
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
        y0 = self.height - self.baseline_offset
        canv.addLiteral(text_operators(canv, self._lines, y0, style.leading))
        canv.restoreState()

    def __repr__(self) -> str:
        return f"TextBlock({self.name or self.text[:20]!r}, {len(self._lines)} lines)"


# Per PDF document: (font, text) -> the run's pieces, one per font subset its characters fall in,
# as (subset font name, "(escaped bytes)"), and its advance at 1 pt. A character's subset code,
# once given in a document, never changes, so repeated runs (the same Han character, the same
# word) are encoded once per document.
_Encoded = tuple[tuple[tuple[str, str], ...], float]
_encoded_runs: WeakKeyDictionary[Any, dict[tuple[str, str], _Encoded]] = WeakKeyDictionary()


def _document(canv: Canvas) -> Any:
    """The canvas's PDF document: TTFont.splitString and getSubsetInternalName keep their
    per-document subsets under it (reportlab's own text objects pass it the same way)."""
    return canv._doc  # type: ignore[attr-defined]


def _encoder(canv: Canvas) -> Callable[[str, str], _Encoded]:
    doc = _document(canv)
    cache = _encoded_runs.get(doc)
    if cache is None:
        cache = _encoded_runs[doc] = {}
    escape = escapePDF
    get_font = pdfmetrics.getFont
    string_width = pdfmetrics.stringWidth

    def encode(font_name: str, text: str) -> _Encoded:
        key = (font_name, text)
        found = cache.get(key)
        if found is None:
            font = get_font(font_name)
            if not isinstance(font, TTFont):
                raise TypeError(f"{font_name} is not a TrueType face: the composer sets only those")
            pieces = tuple(
                (font.getSubsetInternalName(subset, doc), f"({escape(data)})")
                for subset, data in font.splitString(text, doc)
            )
            found = cache[key] = (pieces, string_width(text, font_name, 1.0))
        return found

    return encode


def text_operators(canv: Canvas, lines: Sequence[Line], y0: float, leading: float) -> str:
    """One BT … ET block drawing `lines` (baselines y0, y0 - leading, …), run by run.

    reportlab's PDFTextObject.textOut re-measures and re-encodes every run (12 000 runs in a
    40-entry digest, most of the drawing time). The composer already knows where each run goes,
    so the operators are written here: a run starts with Tm at its x, and runs that follow in the
    same font subset and size join one TJ array whose numbers move the pen to the next run's x
    (-1000/size units per point). Characters, fonts and subsets are reportlab's own
    (TTFont.splitString registers the characters for subsetting, getSubsetInternalName the font).
    """
    encode = _encoder(canv)
    encoded = _encoded_runs[_document(canv)].get  # encode's cache, asked first: most runs repeat
    out = ["BT"]
    add = out.append
    font_name: str | None = None  # subset font name and size of the last Tf
    font_size = 0.0
    pending: list[str] = []  # the open TJ array's items
    push = pending.append
    pen = 0.0  # where the open TJ array leaves the pen (points from the column's left edge)

    def flush() -> None:
        if pending:
            add(f"[{' '.join(pending)}] TJ" if len(pending) > 1 else f"{pending[0]} Tj")
            pending.clear()

    for i, line in enumerate(lines):
        y = fp_str(y0 - i * leading)
        if pending:
            flush()
        open_line = False  # a TJ array of this line is open and may take the next run
        for run, text, x in _kerned(line.runs, encode):
            font = run.font
            found = encoded((font, text))
            pieces, width = found if found is not None else encode(font, text)
            if not pieces:
                continue  # nothing drawn: the pen stays where the last piece left it
            size = run.size
            scaled = run.hscale != 100.0
            first = True
            for name, data in pieces:
                if open_line and not scaled and name == font_name and size == font_size:
                    if first:
                        shift = (pen - x) * 1000.0 / size
                        if shift > 0.005 or shift < -0.005:
                            push(f"{shift:.2f}")
                else:
                    if pending:
                        flush()
                    if name != font_name or size != font_size:
                        add(f"{name} {fp_str(size)} Tf")
                        font_name, font_size = name, size
                    if first:
                        if scaled:
                            add(f"{fp_str(run.hscale)} Tz")
                        add(f"1 0 0 1 {fp_str(x)} {y} Tm")
                push(data)
                open_line = True
                first = False
            if scaled:
                flush()
                add("100 Tz")
                open_line = False
            else:
                pen = x + width * size
    flush()
    add("ET")
    return " ".join(out)


def _kerned(runs: Sequence[Run], encode: Callable[[str, str], _Encoded]) -> Iterator[tuple[Run, str, float]]:
    """(run, text, x) for each run, a kerned run cut after each kerned character.

    The pieces of a kerned run follow each other in one TJ array, where the pen shift between
    them (text_operators writes it) is the kerning: copied text keeps every character.
    """
    for run in runs:
        kerns = run.kerns
        if not kerns:
            yield run, run.text, run.x
            continue
        x, start, size = run.x, 0, run.size
        text = run.text
        for i, k in enumerate(kerns):
            if k or i == len(text) - 1:
                piece = text[start : i + 1]
                yield run, piece, x
                x += encode(run.font, piece)[1] * size + k
                start = i + 1


def paragraph_blocks(
    paragraphs: list[str], style: TextStyle, first_style: TextStyle | None = None
) -> list[TextBlock]:
    """One TextBlock per paragraph; the first uses `first_style`.

    For English without a `first_style`, the first paragraph (after a heading) has no indent.
    """
    if first_style is None:
        first_style = replace(style, first_indent=0) if style.lang == "en" else style
    return [TextBlock(p, first_style if i == 0 else style) for i, p in enumerate(paragraphs)]
