"""Source PDFs for imposition tests and readers for imposed sheets (a module with a unique name)."""

from __future__ import annotations

import io
import re

import pdfplumber
from reportlab.pdfgen.canvas import Canvas

MM = 72.0 / 25.4
A5 = (148 * MM, 210 * MM)
A4 = (210 * MM, 297 * MM)


def numbered_pdf(pages: int, size: tuple[float, float] = A5, bleed_mm: float = 0.0) -> bytes:
    """`pages` pages whose only text is 'P07' (etc.) at the trim centre, with TrimBox/BleedBox."""
    b = bleed_mm * MM
    w, h = size
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(w + 2 * b, h + 2 * b), invariant=1)
    for n in range(1, pages + 1):
        canv.setTrimBox((b, b, b + w, b + h))
        canv.setBleedBox((0, 0, w + 2 * b, h + 2 * b))
        canv.setFillColorCMYK(0, 0, 0, 1)
        canv.setFont("Helvetica", 24)
        canv.drawCentredString(b + w / 2, b + h / 2, f"P{n:02d}")
        canv.showPage()
    canv.save()
    return buffer.getvalue()


_LABEL = re.compile(r"P(\d\d)")


def sheet_sides(data: bytes) -> list[dict]:
    """Per sheet side: its size, boxes and the page numbers printed left and right of the centre
    (0 where that half is blank), read back by position with pdfplumber."""
    sides = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            centre = float(page.width) / 2
            halves = {"left": 0, "right": 0}
            xs = {}
            for word in page.extract_words():
                m = _LABEL.fullmatch(word["text"])
                if m:
                    middle = (word["x0"] + word["x1"]) / 2
                    side = "left" if middle < centre else "right"
                    assert halves[side] == 0, f"two labels on the {side} half"
                    halves[side] = int(m.group(1))
                    xs[side] = middle
            sides.append(
                {
                    "size": (float(page.width), float(page.height)),
                    "left": halves["left"],
                    "right": halves["right"],
                    "x": xs,
                    "trim": tuple(float(v) for v in page.page_obj.attrs["TrimBox"]),
                    "bleed": tuple(float(v) for v in page.page_obj.attrs["BleedBox"]),
                }
            )
    return sides


def fold_saddle_stitch(sides: list[dict]) -> list[int]:
    """The reading order of the stapled booklet: nest the folded sheets (first sheet outermost)
    and read the front half forwards, then the back half."""
    sheets = [(sides[i], sides[i + 1]) for i in range(0, len(sides), 2)]
    first_half: list[int] = []
    second_half: list[int] = []
    for front, back in sheets:
        first_half += [front["right"], back["left"]]
        second_half = [back["right"], front["left"], *second_half]
    return first_half + second_half


def cut_and_stack(sides: list[dict]) -> list[int]:
    """Reading order after cutting every sheet at the centre and laying the pile of left halves on
    the pile of right halves (sheets turned on the short edge: a left front backs a right back)."""
    sheets = [(sides[i], sides[i + 1]) for i in range(0, len(sides), 2)]
    left_pile = [n for front, back in sheets for n in (front["left"], back["right"])]
    right_pile = [n for front, back in sheets for n in (front["right"], back["left"])]
    return left_pile + right_pile
