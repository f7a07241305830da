"""The job sheet: one A4 page telling the print shop what to make of the file.

Facts from the export (page count, trim, bleed, sheet, PDF/X) beside the editor's job fields
(Issue.print_job: copies, stock, colours, finishing, contact). Bilingual labels; the bundled fonts
are embedded, so the sheet itself is print-ready.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.pdfgen.canvas import Canvas

from digest.model import Issue

if TYPE_CHECKING:
    from digest.export import ExportReport

MM = 72.0 / 25.4
A4 = (210 * MM, 297 * MM)


@dataclass(frozen=True)
class JobFacts:
    """What the export knows about the file sent to print."""

    pages: int  # pages of the digest (reader order, before padding)
    trim: str  # "148 × 210 mm (A5)"
    bleed_mm: float
    marks: bool
    standard: str  # "PDF/X-4", "PDF/X-1a:2003" or "PDF"
    output_condition: str
    imposition: str = ""  # "" (single pages), "saddle-stitch", "2-up"
    sheet: str = ""  # "A4", "A3", "SRA3"
    sheets: int = 0
    blank_pages: int = 0
    creep_mm: float = 0.0
    file_name: str = ""


def job_rows(issue: Issue, facts: JobFacts) -> list[tuple[str, str]]:
    """(label, value) rows of the sheet, in print-shop order."""
    job = issue.print_job
    title = " ".join(t for t in (issue.title_zh, issue.title_en) if t)
    finishing = job.finishing or {
        "saddle-stitch": "fold, saddle-stitch (2 staples), trim",
        "2-up": "cut in half, stack, trim",
    }.get(facts.imposition, "trim")
    pages = f"{facts.pages}"
    if facts.blank_pages:
        pages += f" (+{facts.blank_pages} blank = {facts.pages + facts.blank_pages})"
    if facts.imposition:
        layout = f"{facts.imposition}, {facts.sheets} sheet(s) {facts.sheet}, printed both sides"
        if facts.creep_mm:
            layout += f", creep {facts.creep_mm:g} mm per sheet"
    else:
        layout = "single pages (not imposed)"
    return [
        ("标题 Title", title),
        ("期号 Issue", f"No. {issue.number}, {issue.date.isoformat()}"),
        ("文件 File", facts.file_name or "-"),
        ("页数 Pages", pages),
        ("成品尺寸 Trim size", facts.trim),
        ("出血 Bleed", f"{facts.bleed_mm:g} mm" + (", crop marks" if facts.marks else "")),
        ("拼版 Imposition", layout),
        ("纸张 Paper", job.paper or "-"),
        ("印色 Colours", job.colours or "4/4 CMYK, text 100 % K"),
        ("印数 Copies", str(job.copies) if job.copies else "-"),
        ("装订 Finishing", finishing),
        ("文件标准 File standard", f"{facts.standard}, {facts.output_condition}"),
        ("联系人 Contact", job.contact or "-"),
        ("备注 Notes", job.notes or "-"),
    ]


def job_sheet_pdf(issue: Issue, facts: JobFacts) -> bytes:
    from digest.layout.kit import faces

    f = faces()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1, initialFontName=f.latin)  # type: ignore[arg-type]  # the stub types a font name as float
    canv.setTitle(f"Job sheet: {issue.title_en or issue.title_zh} No. {issue.number}")
    canv.setFillColorCMYK(0, 0, 0, 1)
    left, y = 20 * MM, A4[1] - 25 * MM
    canv.setFont(f.cjk_sans_bold, 16)
    canv.drawString(left, y, "印刷工单 Job sheet")
    y -= 12 * MM
    for label, value in job_rows(issue, facts):
        canv.setFont(f.cjk_sans_bold, 9)
        canv.drawString(left, y, label)
        canv.setFont(f.cjk_serif, 10)
        for line in _wrap(value, 70):
            canv.drawString(left + 45 * MM, y, line)
            y -= 5.5 * MM
        y -= 2.5 * MM
    canv.showPage()
    canv.save()
    return buffer.getvalue()


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for part in text.splitlines() or [""]:
        while len(part) > width:
            cut = part.rfind(" ", 0, width)
            cut = cut if cut > 0 else width
            lines.append(part[:cut])
            part = part[cut:].lstrip()
        lines.append(part)
    return lines


def write_job_sheet(issue: Issue, report: ExportReport, pdf_path: str, path: str) -> None:
    """The job sheet for an export (its report's facts) written atomically to `path`."""
    import dataclasses
    from pathlib import Path

    from digest.errors import ExportError
    from digest.paths import atomic_write

    facts = report.job
    if facts is None:
        raise ExportError("no job sheet for a screen copy (the export made no print file)")
    facts = dataclasses.replace(facts, file_name=Path(pdf_path).name)
    target = Path(path)
    if target.is_dir() or not (target.parent if str(target.parent) else Path(".")).is_dir():
        raise ExportError(f"cannot write the job sheet to {target}")
    try:
        atomic_write(target, job_sheet_pdf(issue, facts))
    except OSError as exc:
        raise ExportError(f"cannot write the job sheet to {target}: {exc.strerror or exc}") from None
