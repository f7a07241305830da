"""Booklet imposition read back: page order by content (folded or cut and stacked, as the shop
would), sheet size, boxes, marks and creep, for 4, 6, 8, 13 and 40 pages."""

from __future__ import annotations

import io

import pdfplumber
import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from digest.print.impose import SHEETS, ImposeError, impose, padded_pages
from digest.print.output import last_page_starts_fresh
from tests.print.print_helpers import A4, MM, cut_and_stack, fold_saddle_stitch, numbered_pdf, sheet_sides

COUNTS = (4, 6, 8, 13, 40)


def expected_order(count: int, back_cover: bool) -> list[int]:
    blanks = (4 - count % 4) % 4
    if back_cover and blanks:
        return [*range(1, count), *[0] * blanks, count]
    return [*range(1, count + 1), *[0] * blanks]


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("back_cover", [True, False])
def test_saddle_stitch_folds_into_reading_order(count, back_cover):
    imposed = impose(numbered_pdf(count), "saddle-stitch", "A4", back_cover=back_cover)
    sides = sheet_sides(imposed.data)
    sheets = -(-count // 4)
    assert imposed.sheets == sheets and len(sides) == 2 * sheets
    assert fold_saddle_stitch(sides) == expected_order(count, back_cover)
    # printer's spreads: the first sheet's front is the last page beside the first
    assert (sides[0]["left"], sides[0]["right"]) == ((count, 1) if back_cover or count % 4 == 0 else (0, 1))
    for side in sides:
        assert side["size"] == pytest.approx(SHEETS["A4"], abs=0.01)  # A4 landscape
        assert side["trim"] == pytest.approx((0.5 * MM, 0, 296.5 * MM, 210 * MM), abs=0.01)


@pytest.mark.parametrize("count", COUNTS)
def test_two_up_cut_and_stack_reads_in_order(count):
    imposed = impose(numbered_pdf(count), "2-up", "A4", back_cover=False)
    sides = sheet_sides(imposed.data)
    assert cut_and_stack(sides) == expected_order(count, back_cover=False)
    assert all(side["size"] == pytest.approx(SHEETS["A4"], abs=0.01) for side in sides)


def test_blanks_never_fall_inside_the_text_and_the_back_cover_stays_last():
    assert padded_pages(13, back_cover=True) == [*range(1, 13), 0, 0, 0, 13]
    assert padded_pages(13, back_cover=False) == [*range(1, 14), 0, 0, 0]
    assert padded_pages(12, back_cover=True) == list(range(1, 13))
    assert padded_pages(1, back_cover=True) == [1, 0, 0, 0]


def _lines(data: bytes) -> list[list[dict]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [list(page.lines) for page in pdf.pages]


def test_marks_sit_outside_the_bleed_in_the_registration_separation():
    imposed = impose(numbered_pdf(8, size=A4, bleed_mm=3), "saddle-stitch", "SRA3")
    assert imposed.marks
    sides = sheet_sides(imposed.data)
    pdf = pikepdf.open(io.BytesIO(imposed.data))
    for side, lines, page in zip(sides, _lines(imposed.data), pdf.pages, strict=True):
        bx0, by0, bx1, by1 = side["bleed"]
        tx0, ty0, tx1, ty1 = side["trim"]
        assert (tx0 - bx0, ty0 - by0, bx1 - tx1, by1 - ty1) == pytest.approx((3 * MM,) * 4, abs=0.01)
        assert len(lines) == 10  # 8 corner marks, fold marks above and below the spine
        height = side["size"][1]
        for line in lines:  # pdfplumber's y runs down from the top
            x0, x1 = line["x0"], line["x1"]
            y0, y1 = height - line["bottom"], height - line["top"]
            outside = x1 <= bx0 + 0.01 or x0 >= bx1 - 0.01 or y1 <= by0 + 0.01 or y0 >= by1 - 0.01
            assert outside, line
        spine = [line for line in lines if abs(line["x0"] - side["size"][0] / 2) < 0.01]
        assert len(spine) == 2
        spaces = page.Resources.ColorSpace
        assert [str(v) for v in spaces.All[:3]] == ["/Separation", "/All", "/DeviceCMYK"]
        assert b"/All CS 1 SCN" in page.Contents.read_bytes()


def test_a_sheet_without_margin_gets_no_marks_and_says_so():
    imposed = impose(numbered_pdf(8), "saddle-stitch", "A4")
    assert not imposed.marks and imposed.notes == ["no room for marks"]
    assert all(lines == [] for lines in _lines(imposed.data))


def test_creep_moves_inner_sheets_towards_the_spine():
    plain = sheet_sides(impose(numbered_pdf(16, size=A4), "saddle-stitch", "SRA3").data)
    crept = sheet_sides(impose(numbered_pdf(16, size=A4), "saddle-stitch", "SRA3", creep_mm=0.5).data)
    for index, (a, b) in enumerate(zip(plain, crept, strict=True)):
        shift = (index // 2) * 0.5 * MM
        assert b["x"]["left"] - a["x"]["left"] == pytest.approx(shift, abs=0.05)
        assert a["x"]["right"] - b["x"]["right"] == pytest.approx(shift, abs=0.05)


def test_pages_too_big_for_the_sheet_or_bad_options_are_refused():
    with pytest.raises(ImposeError, match="do not fit on A4"):
        impose(numbered_pdf(4, size=A4), "saddle-stitch", "A4")
    with pytest.raises(ImposeError, match="creep"):
        impose(numbered_pdf(4), "saddle-stitch", "A4", creep_mm=5)
    with pytest.raises(ImposeError, match="unknown imposition"):
        impose(numbered_pdf(4), "perfect-binding", "A4")
    assert impose(numbered_pdf(4, size=A4), "saddle-stitch").sheet == "A3"  # the smallest that fits


def _outlined(top_on_last: float | None) -> bytes:
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4)
    canv.bookmarkHorizontal("first", 0, 700)
    canv.addOutlineEntry("first", "first", 0)
    canv.showPage()
    if top_on_last is not None:
        canv.bookmarkHorizontal("last", 0, top_on_last)
        canv.addOutlineEntry("last", "last", 0)
    canv.drawString(72, 72, "x")
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def test_the_last_page_is_a_back_cover_only_when_an_entry_opens_it():
    assert last_page_starts_fresh(_outlined(780), text_top=785)
    assert not last_page_starts_fresh(_outlined(600), text_top=785)  # an article runs onto it
    assert not last_page_starts_fresh(_outlined(None), text_top=785)
