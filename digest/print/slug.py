"""The slug line: issue, date, page n of N and the export time, printed outside the bleed.

Drawn by reportlab on pages the size of the finished ones (with the bundled, embedded Latin face)
and laid over them with pikepdf, so it needs to know the final page count and nothing else.
"""

from __future__ import annotations

import io

import pikepdf
from reportlab.pdfgen.canvas import Canvas

SLUG_SIZE = 6.0
SLUG_COLOUR = (0.0, 0.0, 0.0, 1.0)


def add_slug(data: bytes, text: str, unit: str = "page") -> bytes:
    """`text` + " · page n of N" (or another `unit`: "sheet side") below the bottom bleed edge of
    every page that has room for it."""
    from digest.layout.kit import faces

    font = faces().latin
    pdf = pikepdf.open(io.BytesIO(data))
    count = len(pdf.pages)
    buffer = io.BytesIO()
    canv = Canvas(buffer, invariant=1, pageCompression=1, initialFontName=font, initialFontSize=SLUG_SIZE)  # type: ignore[arg-type]  # the stub types a font name as float
    for number, page in enumerate(pdf.pages, 1):
        mx0, my0, mx1, my1 = (float(v) for v in page.obj.MediaBox)
        bx0, by0, _, _ = (float(v) for v in page.obj.get("/BleedBox", page.obj.MediaBox))
        canv.setPageSize((mx1 - mx0, my1 - my0))
        room = by0 - my0
        if room >= SLUG_SIZE + 2:  # between the bleed edge and the media edge, centred
            canv.setFillColorCMYK(*SLUG_COLOUR)
            canv.setFont(font, SLUG_SIZE)
            canv.drawString(bx0 - mx0, room / 2 - SLUG_SIZE / 3, f"{text} · {unit} {number} of {count}")
        canv.showPage()
    canv.save()
    overlay = pikepdf.open(io.BytesIO(buffer.getvalue()))
    for page, slug in zip(pdf.pages, overlay.pages, strict=True):
        if slug.obj.get("/Contents") is not None and slug.obj.Contents.read_bytes().strip():
            page.add_overlay(slug, pikepdf.Rectangle(*(float(v) for v in page.obj.MediaBox)))
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True)
    return out.getvalue()
