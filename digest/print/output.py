"""From the reader PDF to the file for the print shop: impose, slug, PDF/X; with the print checks.

`print_file` is what export runs after the layout; `print_findings` words what it found as
preflight findings (codes in digest.export.MESSAGES), kept apart from the editorial checks.
"""

from __future__ import annotations

import datetime as _dt
import io
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pikepdf

from digest.model import Issue
from digest.print.impose import Imposed, impose
from digest.print.jobsheet import JobFacts
from digest.print.pdfx import OUTPUT_CONDITION_ID, STANDARDS, make_pdfx, pdfx_problems

if TYPE_CHECKING:
    from digest.export import Finding

MM = 72.0 / 25.4
SADDLE_STITCH_MAX_SHEETS = 20  # 80 pages: beyond this a stapled booklet will not close flat
BACK_COVER_SLACK = 12.0  # points: an entry heading this close to the text top starts the page


@dataclass(frozen=True)
class PrintRequest:
    standard: str | None = "X-4"  # None: no PDF/X finishing
    impose: str | None = None
    sheet: str | None = None
    creep_mm: float = 0.0
    slug: bool = False
    bleed_mm: float = 0.0
    marks: bool = False
    text_top: float = 0.0  # media y of the text area's top on later pages (back-cover test)


@dataclass
class PrintResult:
    data: bytes
    facts: JobFacts
    imposed: Imposed | None = None
    problems: list[str] = field(default_factory=list)  # PDF/X rules broken (should stay empty)


def last_page_starts_fresh(data: bytes, text_top: float) -> bool:
    """True when an outline entry (section or entry heading) opens the last page at its text top,
    so no article runs onto it and blanks may go before it (the back cover)."""
    pdf = pikepdf.open(io.BytesIO(data))
    if len(pdf.pages) < 2:
        return False
    last = pdf.pages[-1].obj.objgen
    tops: list[float] = []
    with pdf.open_outline() as outline:
        stack = list(outline.root)
        while stack:
            item = stack.pop()
            stack.extend(item.children)
            dest = item.destination
            if isinstance(dest, pikepdf.Array) and len(dest) >= 4 and dest[0].objgen == last:
                if dest[1] == "/XYZ" and dest[3] is not None:
                    tops.append(float(dest[3]))
    return bool(tops) and max(tops) >= text_top - BACK_COVER_SLACK


def print_file(data: bytes, issue: Issue, request: PrintRequest) -> PrintResult:
    """Impose (optionally), add the slug line (optionally), then make the file PDF/X."""
    pdf = pikepdf.open(io.BytesIO(data))
    pages = len(pdf.pages)
    tx0, ty0, tx1, ty1 = (float(v) for v in pdf.pages[0].obj.get("/TrimBox", pdf.pages[0].obj.MediaBox))
    pdf.close()
    trim_w, trim_h = (tx1 - tx0) / MM, (ty1 - ty0) / MM
    imposed = None
    if request.impose:
        back_cover = last_page_starts_fresh(data, request.text_top)
        imposed = impose(data, request.impose, request.sheet, request.creep_mm, back_cover)
        data = imposed.data
    if request.slug:
        from digest.layout.kit import issue_label

        stamp = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        title = f"{issue.title_en or issue.title_zh} {issue_label(issue.number, 'en_GB')}"
        text = f"{title} · {issue.date.isoformat()} · {pages} pages · exported {stamp}"
        data = _slug(data, text, "sheet side" if imposed else "page")
    problems: list[str] = []
    standard = "PDF"
    if request.standard:
        data = make_pdfx(data, request.standard)
        problems = pdfx_problems(data, request.standard)
        standard = STANDARDS[request.standard].version_key
    facts = JobFacts(
        pages=pages,
        trim=f"{trim_w:.0f} × {trim_h:.0f} mm",
        bleed_mm=request.bleed_mm,
        marks=request.marks or bool(imposed and imposed.marks),
        standard=standard,
        output_condition=OUTPUT_CONDITION_ID if request.standard else "-",
        imposition=request.impose or "",
        sheet=imposed.sheet if imposed else "",
        sheets=imposed.sheets if imposed else 0,
        blank_pages=imposed.order.count(0) if imposed else 0,
        creep_mm=request.creep_mm if request.impose == "saddle-stitch" else 0.0,
    )
    return PrintResult(data, facts, imposed, problems)


def _slug(data: bytes, text: str, unit: str) -> bytes:
    from digest.print.slug import add_slug

    return add_slug(data, text, unit)


def print_findings(result: PrintResult, request: PrintRequest) -> list[Finding]:
    """The print checks as preflight findings: PDF/X rules, bleed, marks, the saddle-stitch count."""
    from digest.export import Finding

    findings: list[Finding] = []
    if request.standard:
        name = STANDARDS[request.standard].version_key
        findings += [
            Finding("error", "pdfx-rule", {"standard": name, "rule": rule}) for rule in result.problems
        ]
    if request.bleed_mm <= 0:
        findings.append(Finding("warning", "print-no-bleed"))
    imposed = result.imposed
    if imposed is not None:
        if not imposed.marks:
            findings.append(Finding("warning", "impose-no-marks", {"sheet": imposed.sheet}))
        blanks = imposed.order.count(0)
        if blanks:
            where = "end" if imposed.order[-1] == 0 else "before-back-cover"
            findings.append(
                Finding(
                    "warning",
                    "booklet-blank-pages",
                    {"pages": result.facts.pages, "blanks": blanks, "position": where},
                )
            )
        if request.impose == "saddle-stitch" and imposed.sheets > SADDLE_STITCH_MAX_SHEETS:
            findings.append(
                Finding(
                    "warning", "booklet-thick", {"sheets": imposed.sheets, "max": SADDLE_STITCH_MAX_SHEETS}
                )
            )
    elif not request.marks and request.bleed_mm > 0:
        findings.append(Finding("warning", "print-no-marks"))
    return findings
