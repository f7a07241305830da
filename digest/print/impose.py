"""Booklet imposition of finished pages: saddle stitch (printer's spreads) and 2-up cut-and-stack.

The reader PDF's pages become Form XObjects (pikepdf) placed two to a sheet side, each clipped to
its trim on the fold/cut side and to its bleed (as far as the sheet allows) elsewhere; the sheets
carry trim, fold and cut marks in the registration colour (/Separation /All). Nothing is redrawn,
so the imposed file shows exactly the reader's pages.

Sheets are landscape; a sheet side is one PDF page, fronts and backs alternate (duplex, turned on
the short edge). Page numbers below are 1-based; 0 stands for a blank page.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pikepdf

MM = 72.0 / 25.4
IMPOSITIONS: tuple[str, ...] = ("saddle-stitch", "2-up")
# Landscape sheet sizes in points (SRA3 is ISO 217: 320 × 450 mm).
SHEETS: dict[str, tuple[float, float]] = {
    "A4": (297 * MM, 210 * MM),
    "A3": (420 * MM, 297 * MM),
    "SRA3": (450 * MM, 320 * MM),
}
MARK_LENGTH = 5 * MM
MARK_OFFSET = 3 * MM  # gap between trim and mark (at least the bleed)
MARK_WIDTH = 0.25
TOLERANCE = 0.5  # points: a spread "fits" when it overshoots the sheet by less


class ImposeError(ValueError):
    """The pages cannot be imposed on that sheet (too big), or the input has no pages."""


def padded_pages(count: int, back_cover: bool) -> list[int]:
    """Reading order padded to a multiple of 4; blanks go before the last page (the back cover)
    when it starts on its own, else after it so no blank falls inside an article.

    >>> padded_pages(6, back_cover=True)
    [1, 2, 3, 4, 5, 0, 0, 6]
    >>> padded_pages(6, back_cover=False)
    [1, 2, 3, 4, 5, 6, 0, 0]
    """
    blanks = -count % 4
    pages = list(range(1, count + 1))
    if blanks and back_cover and count >= 2:
        return pages[:-1] + [0] * blanks + pages[-1:]
    return pages + [0] * blanks


def saddle_stitch_sides(order: list[int]) -> list[tuple[int, int]]:
    """(left, right) per sheet side, front then back, outermost sheet first.

    >>> saddle_stitch_sides([1, 2, 3, 4, 5, 6, 7, 8])
    [(8, 1), (2, 7), (6, 3), (4, 5)]
    """
    n = len(order)
    sides: list[tuple[int, int]] = []
    for s in range(n // 4):
        sides.append((order[n - 1 - 2 * s], order[2 * s]))
        sides.append((order[2 * s + 1], order[n - 2 - 2 * s]))
    return sides


def cut_and_stack_sides(order: list[int]) -> list[tuple[int, int]]:
    """(left, right) per sheet side for 2-up cut-and-stack: cut the printed pile in half and lay the
    left half on the right one; the leaves then read in order.

    >>> cut_and_stack_sides([1, 2, 3, 4, 5, 6, 7, 8])
    [(1, 5), (6, 2), (3, 7), (8, 4)]
    """
    n = len(order)
    half = n // 2
    sides: list[tuple[int, int]] = []
    for s in range(n // 4):
        sides.append((order[2 * s], order[half + 2 * s]))
        sides.append((order[half + 2 * s + 1], order[2 * s + 1]))
    return sides


@dataclass
class Imposed:
    data: bytes
    sheets: int  # physical sheets (two sides each)
    order: list[int]  # reading order after padding (0 = blank)
    sides: list[tuple[int, int]]
    sheet: str
    marks: bool  # False when the sheet leaves no room outside the trim for marks
    notes: list[str] = field(default_factory=list)


def _box(obj: pikepdf.Object, name: str) -> tuple[float, float, float, float]:
    box = obj.get(name) or obj.get("/TrimBox") or obj.MediaBox
    x0, y0, x1, y1 = (float(v) for v in box)
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)


def fitting_sheet(trim_w: float, trim_h: float) -> str:
    """The smallest sheet that holds two pages side by side."""
    for name, (w, h) in SHEETS.items():
        if 2 * trim_w <= w + TOLERANCE and trim_h <= h + TOLERANCE:
            return name
    raise ImposeError("the pages are too big for any sheet (A4, A3, SRA3)")


def impose(
    data: bytes,
    scheme: str,
    sheet: str | None = None,
    creep_mm: float = 0.0,
    back_cover: bool = True,
) -> Imposed:
    """Impose the finished PDF `data`; `sheet` None takes the smallest that fits."""
    if scheme not in IMPOSITIONS:
        raise ImposeError(f"unknown imposition {scheme!r} (choose from {', '.join(IMPOSITIONS)})")
    source = pikepdf.open(io.BytesIO(data))
    count = len(source.pages)
    if count == 0:
        raise ImposeError("the PDF has no pages to impose")
    first = source.pages[0].obj
    tx0, ty0, tx1, ty1 = _box(first, "/TrimBox")
    bx0, by0, bx1, by1 = _box(first, "/BleedBox")
    trim_w, trim_h = tx1 - tx0, ty1 - ty0
    bleed = max(0.0, min(tx0 - bx0, ty0 - by0, bx1 - tx1, by1 - ty1))
    sheet = sheet or fitting_sheet(trim_w, trim_h)
    if sheet not in SHEETS:
        raise ImposeError(f"unknown sheet {sheet!r} (choose from {', '.join(SHEETS)})")
    sheet_w, sheet_h = SHEETS[sheet]
    if 2 * trim_w > sheet_w + TOLERANCE or trim_h > sheet_h + TOLERANCE:
        raise ImposeError(
            f"two {trim_w / MM:.0f} × {trim_h / MM:.0f} mm pages do not fit on {sheet} "
            f"({sheet_w / MM:.0f} × {sheet_h / MM:.0f} mm); choose a larger sheet"
        )
    if creep_mm < 0 or creep_mm > 2:
        raise ImposeError("creep must be between 0 and 2 mm per sheet")

    order = padded_pages(count, back_cover)
    sides = saddle_stitch_sides(order) if scheme == "saddle-stitch" else cut_and_stack_sides(order)
    margin_x = (sheet_w - 2 * trim_w) / 2
    margin_y = (sheet_h - trim_h) / 2
    shown_bleed_x = max(0.0, min(bleed, margin_x))
    shown_bleed_y = max(0.0, min(bleed, margin_y))
    offset = max(bleed, MARK_OFFSET)
    room = min(margin_x, margin_y) - offset
    marks = room >= 2 * MM
    mark_len = min(MARK_LENGTH, room) if marks else 0.0

    out = pikepdf.new()
    forms = {n: out.copy_foreign(source.pages[n - 1].as_form_xobject()) for n in set(order) if n}
    cx, y0 = sheet_w / 2, margin_y
    for index, (left, right) in enumerate(sides):
        sheet_index = index // 2
        creep = sheet_index * creep_mm * MM if scheme == "saddle-stitch" else 0.0
        ops: list[str] = []
        resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary())
        for number, side in ((left, "left"), (right, "right")):
            if not number:
                continue
            name = f"/P{number}"
            resources.XObject[name] = forms[number]
            src = source.pages[number - 1].obj
            sx0, sy0, _, _ = _box(src, "/TrimBox")
            if side == "left":
                page_x = cx - trim_w + creep
                clip = (page_x - shown_bleed_x, y0 - shown_bleed_y, cx, y0 + trim_h + shown_bleed_y)
            else:
                page_x = cx - creep
                clip = (cx, y0 - shown_bleed_y, page_x + trim_w + shown_bleed_x, y0 + trim_h + shown_bleed_y)
            ops.append(
                f"q {_n(clip[0])} {_n(clip[1])} {_n(clip[2] - clip[0])} {_n(clip[3] - clip[1])} re W n "
                f"1 0 0 1 {_n(page_x - sx0)} {_n(y0 - sy0)} cm {name} Do Q"
            )
        if marks:
            resources.ColorSpace = pikepdf.Dictionary(All=_registration(out))
            ops.append(_marks(cx, y0, trim_w, trim_h, creep, offset, mark_len, scheme))
        page = pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=pikepdf.Array([0, 0, _r(sheet_w), _r(sheet_h)]),
            TrimBox=pikepdf.Array([_r(cx - trim_w), _r(y0), _r(cx + trim_w), _r(y0 + trim_h)]),
            BleedBox=pikepdf.Array(
                [
                    _r(cx - trim_w - shown_bleed_x),
                    _r(y0 - shown_bleed_y),
                    _r(cx + trim_w + shown_bleed_x),
                    _r(y0 + trim_h + shown_bleed_y),
                ]
            ),
            Resources=resources,
            Contents=out.make_stream("\n".join(ops).encode("ascii")),
        )
        out.pages.append(pikepdf.Page(page))
    for key in ("/Title", "/Author", "/Subject", "/Creator", "/Producer", "/CreationDate", "/ModDate"):
        if key in source.docinfo:
            out.docinfo[key] = source.docinfo[key]
    if "/Lang" in source.Root:
        out.Root.Lang = source.Root.Lang
    buffer = io.BytesIO()
    out.save(buffer, deterministic_id=True, compress_streams=True)
    notes = [] if marks else ["no room for marks"]
    return Imposed(buffer.getvalue(), len(sides) // 2, order, sides, sheet, marks, notes)


def _registration(pdf: pikepdf.Pdf) -> pikepdf.Object:
    """[/Separation /All /DeviceCMYK f]: ink on every plate (tint 1 -> CMYK 1 1 1 1)."""
    tint = pdf.make_stream(b"{ dup dup dup }")
    tint.FunctionType = 4
    tint.Domain = pikepdf.Array([0, 1])
    tint.Range = pikepdf.Array([0, 1, 0, 1, 0, 1, 0, 1])
    return pdf.make_indirect(
        pikepdf.Array([pikepdf.Name.Separation, pikepdf.Name.All, pikepdf.Name.DeviceCMYK, tint])
    )


def _marks(
    cx: float,
    y0: float,
    trim_w: float,
    trim_h: float,
    creep: float,
    offset: float,
    length: float,
    scheme: str,
) -> str:
    """Trim marks at the spread's outer corners (moved with creep), and at the centre a dashed fold
    mark (saddle stitch) or a solid cut mark (2-up), above and below the spread."""
    lines: list[tuple[float, float, float, float]] = []
    top = y0 + trim_h
    for x, sx in ((cx - trim_w + creep, -1), (cx + trim_w - creep, 1)):
        for y, sy in ((y0, -1), (top, 1)):
            lines.append((x + sx * offset, y, x + sx * (offset + length), y))
            lines.append((x, y + sy * offset, x, y + sy * (offset + length)))
    centre = [(cx, y0 - offset, cx, y0 - offset - length), (cx, top + offset, cx, top + offset + length)]
    ops = [f"q /All CS 1 SCN {MARK_WIDTH} w 0 J"]
    ops += [f"{_n(a)} {_n(b)} m {_n(c)} {_n(d)} l S" for a, b, c, d in lines]
    if scheme == "saddle-stitch":
        ops.append("[2 2] 0 d")  # fold: dashed
    ops += [f"{_n(a)} {_n(b)} m {_n(c)} {_n(d)} l S" for a, b, c, d in centre]
    ops.append("Q")
    return "\n".join(ops)


def _n(value: float) -> str:
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _r(value: float) -> float:
    return round(value, 3)
