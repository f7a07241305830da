"""Page geometry and templates: trim, bleed and marks, frames, running head and folios.

All positions are in PDF points on the *media* box: the trim rectangle sits `offset` points in
from each media edge (bleed, plus a slug for crop marks when they are asked for).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from reportlab.lib.colors import CMYKColorSep
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

MM = 72.0 / 25.4

# Trim sizes in points (ISO 216: 210 × 297 mm = 595.28 × 841.89 pt).
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A5": (148 * MM, 210 * MM),
    "Letter": (612.0, 792.0),
}

# A4 grid from DESIGN: 18 mm inside/outside, 20 mm top, 22 mm bottom; other papers keep the proportions.
_A4_W, _A4_H = 210.0, 297.0
_MARGIN_SIDE, _MARGIN_TOP, _MARGIN_BOTTOM = 18.0, 20.0, 22.0
GUTTER = 7 * MM
RULE_WIDTH = 0.3
MARK_LENGTH = 5 * MM
MARK_WIDTH = 0.25
MIN_MARK_OFFSET = 3 * MM
# Marks print on every plate: the /Separation /All colour space (PDF/X), CMYK 100 % as alternate.
REGISTRATION = CMYKColorSep(1.0, 1.0, 1.0, 1.0, spotName="All", density=1.0)
ACCENT = (0.96, 0.72, 0.10, 0.38)  # deep ink blue, CMYK
BLACK = (0.0, 0.0, 0.0, 1.0)
GREY70 = (0.0, 0.0, 0.0, 0.7)
PAPER_WHITE = (0.0, 0.0, 0.0, 0.0)
TWO_COLUMN_MIN_WIDTH = 130 * MM  # narrower text areas (A5) get one column


@dataclass(frozen=True)
class Geometry:
    paper: str
    trim_w: float
    trim_h: float
    bleed: float
    marks: bool
    inside: float
    outside: float
    top: float
    bottom: float

    @classmethod
    def create(cls, paper: str, bleed_mm: float = 0.0, marks: bool = False) -> Geometry:
        trim_w, trim_h = PAPER_SIZES[paper]
        sx, sy = trim_w / (_A4_W * MM), trim_h / (_A4_H * MM)
        return cls(
            paper=paper,
            trim_w=trim_w,
            trim_h=trim_h,
            bleed=max(bleed_mm, 0.0) * MM,
            marks=marks,
            inside=_MARGIN_SIDE * MM * sx,
            outside=_MARGIN_SIDE * MM * sx,
            top=_MARGIN_TOP * MM * sy,
            bottom=_MARGIN_BOTTOM * MM * sy,
        )

    @property
    def mark_offset(self) -> float:
        """Gap between the trim corner and a crop mark: never inside the bleed."""
        return max(self.bleed, MIN_MARK_OFFSET)

    @property
    def offset(self) -> float:
        """Trim origin inside the media box."""
        if self.marks:
            return self.mark_offset + MARK_LENGTH + 2 * MM
        return self.bleed

    @property
    def media(self) -> tuple[float, float]:
        return self.trim_w + 2 * self.offset, self.trim_h + 2 * self.offset

    @property
    def trim_box(self) -> tuple[float, float, float, float]:
        o = self.offset
        return (o, o, o + self.trim_w, o + self.trim_h)

    @property
    def bleed_box(self) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = self.trim_box
        b = self.bleed
        return (x0 - b, y0 - b, x1 + b, y1 + b)

    @property
    def text_width(self) -> float:
        return self.trim_w - self.inside - self.outside

    @property
    def text_left(self) -> float:
        return self.offset + self.inside

    @property
    def text_top(self) -> float:
        return self.offset + self.trim_h - self.top

    @property
    def text_bottom(self) -> float:
        return self.offset + self.bottom

    def columns(self, paired: bool) -> int:
        """Frames per page: side by side pairs columns itself inside one frame."""
        return 1 if paired or self.text_width < TWO_COLUMN_MIN_WIDTH else 2


# A section whose mark is this close below the text top, in the first column, opens the page
# (less than a line and the gap before a section: anything above it would be at least that far).
TOP_SLACK = 12.0


@dataclass(frozen=True)
class SectionStart:
    """Where a section's first entry was drawn: page, and the mark's x and y on the page."""

    page: int
    index: int
    x: float
    y: float


@dataclass
class FlowState:
    """What the flowables report while the document is drawn (for running heads, TOC, outline)."""

    entry_pages: dict[int, int] = field(default_factory=dict)  # entry number -> page
    section_pages: dict[int, int] = field(default_factory=dict)  # section index -> first page
    sections_started: list[SectionStart] = field(default_factory=list)

    def section_at_top(self, page: int, top: float, left: float) -> tuple[int, bool] | None:
        """The section in force at the top of `page` and whether it continues from an earlier page.

        That is the section starting at the page's top (its mark within TOP_SLACK of the text top
        `top`, in the column at `left`), else the last one started before the page; None before
        the first section.
        """
        current: tuple[int, bool] | None = None
        for start in self.sections_started:
            if start.page < page:
                current = (start.index, True)
            elif start.page == page and start.y >= top - TOP_SLACK and start.x <= left + 1.0:
                return start.index, False
        return current


PageDraw = Callable[[Canvas, "DigestDocTemplate"], None]


class DigestDocTemplate(BaseDocTemplate):
    """BaseDocTemplate with our geometry, deterministic metadata and end-of-build hooks."""

    def __init__(self, filename: str | IO[bytes], geometry: Geometry, state: FlowState, **kw: Any) -> None:
        self.geometry = geometry
        self.state = state
        self.end_hooks: list[Callable[[Canvas], None]] = []
        self.fixed_timestamp: tuple[int, int, int] | None = kw.pop("fixed_date", None)
        super().__init__(
            filename,
            pagesize=geometry.media,
            leftMargin=geometry.text_left,
            rightMargin=geometry.offset + geometry.outside,
            topMargin=geometry.offset + geometry.top,
            bottomMargin=geometry.text_bottom,
            invariant=1,
            pageCompression=1,
            **kw,
        )

    def build(
        self, flowables: list[Flowable], filename: str | IO[bytes] | None = None, canvasmaker: Any = None
    ) -> None:
        """Build with a canvas that runs `end_hooks` just before it is saved (forms referenced
        earlier, such as the TOC's page numbers, are defined once every page is known) and dates
        the PDF with `fixed_timestamp`."""
        hooks, stamp = self.end_hooks, self.fixed_timestamp

        class DigestCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                if stamp:
                    _fix_timestamp(self, stamp)

            def save(self) -> None:
                for hook in hooks:
                    hook(self)
                super().save()

        super().build(flowables, filename, canvasmaker=DigestCanvas)


def _fix_timestamp(canv: Canvas, date: tuple[int, int, int]) -> None:
    """invariant=1 pins the PDF's dates to 2000-01-01; the issue date is the honest fixed date.
    reportlab has no public setter: its document's TimeStamp is set directly."""
    import calendar

    y, m, d = date
    ts = canv._doc._timeStamp  # type: ignore[attr-defined]
    ts.t = calendar.timegm((y, m, d, 0, 0, 0, 0, 0, 0))
    ts.lt = (y, m, d, 0, 0, 0, 0, 0, 0)
    ts.YMDhms = (y, m, d, 0, 0, 0)


def make_frames(geometry: Geometry, columns: int, top: float) -> list[Frame]:
    """Frames for one page whose text area starts at `top` (media coordinates)."""
    height = top - geometry.text_bottom
    if columns == 1:
        widths = [(geometry.text_left, geometry.text_width)]
    else:
        col = (geometry.text_width - GUTTER) / 2
        widths = [(geometry.text_left, col), (geometry.text_left + col + GUTTER, col)]
    return [
        Frame(x, geometry.text_bottom, w, height, 0, 0, 0, 0, id=f"col{n}", showBoundary=0)
        for n, (x, w) in enumerate(widths)
    ]


def draw_boxes(canv: Canvas, geometry: Geometry) -> None:
    """TrimBox and BleedBox on every page (reportlab keeps them for the page being drawn)."""
    canv.setTrimBox(geometry.trim_box)
    canv.setBleedBox(geometry.bleed_box)


def draw_crop_marks(canv: Canvas, geometry: Geometry) -> None:
    """Corner marks in registration colour, starting `mark_offset` outside the trim (beyond the bleed)."""
    x0, y0, x1, y1 = geometry.trim_box
    off, length = geometry.mark_offset, MARK_LENGTH
    canv.saveState()
    canv.setStrokeColor(REGISTRATION)
    canv.setLineWidth(MARK_WIDTH)
    for x, sx in ((x0, -1), (x1, 1)):
        for y, sy in ((y0, -1), (y1, 1)):
            canv.line(x + sx * off, y, x + sx * (off + length), y)
            canv.line(x, y + sy * off, x, y + sy * (off + length))
    canv.restoreState()


def page_templates(
    geometry: Geometry,
    columns: int,
    first_top: float,
    on_first: PageDraw,
    on_later: PageDraw,
    after_page: PageDraw,
) -> list[PageTemplate]:
    """'first' (masthead above the frames) and 'later' (running head) templates."""

    def first(canv: Canvas, doc: DigestDocTemplate) -> None:
        draw_boxes(canv, geometry)
        on_first(canv, doc)

    def later(canv: Canvas, doc: DigestDocTemplate) -> None:
        draw_boxes(canv, geometry)
        on_later(canv, doc)

    def end(canv: Canvas, doc: DigestDocTemplate) -> None:
        after_page(canv, doc)
        if geometry.marks:
            draw_crop_marks(canv, geometry)

    return [
        PageTemplate(
            "first",
            make_frames(geometry, columns, first_top),
            onPage=first,
            onPageEnd=end,
            autoNextPageTemplate="later",
        ),
        PageTemplate("later", make_frames(geometry, columns, geometry.text_top), onPage=later, onPageEnd=end),
    ]
