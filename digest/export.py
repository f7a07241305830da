"""Issue -> print-ready PDF, and the preflight report that goes with it.

`build_pdf` always produces bytes (the live preview uses it); `export_pdf` refuses when preflight
finds errors (unless forced) and writes atomically, so a failed export never harms the target.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from digest import __version__
from digest.errors import ExportError
from digest.model import DEFAULT_LOCALES, LAYOUTS, PAPERS, Issue, Project, edition_locale
from digest.paths import atomic_write
from digest.text import count_en_words, count_zh

if TYPE_CHECKING:
    from digest.layout.entries import EntryRef
    from digest.print.jobsheet import JobFacts

__all__ = [
    "MESSAGES",
    "PARAM_WORDS",
    "ExportOptions",
    "ExportReport",
    "Finding",
    "build_pdf",
    "export_pdf",
    "finding_message",
    "preflight",
]


@dataclass
class ExportOptions:
    """What to export; None takes the issue's LayoutOptions (or Issue.locales)."""

    layout: str | None = None
    paper: str | None = None
    bleed_mm: float | None = None
    marks: bool | None = None
    locales: list[str] | None = None
    force: bool = False
    print_profile: bool = True  # False: a screen copy (no bleed, no marks); colours stay CMYK
    desk_rules: bool = True  # English set with curly quotes, dashes, no-break spaces (typography.py)
    # The print file (export_pdf only; the preview stays plain): digest/print.
    pdfx: str | None = "X-4"  # "X-4", "X-1a", or None for a plain PDF; ignored for a screen copy
    impose: str | None = None  # None (reader pages), "saddle-stitch" or "2-up"
    sheet: str | None = None  # "A4", "A3", "SRA3"; None: the smallest that fits
    creep_mm: float = 0.0  # saddle stitch: pages of each inner sheet move this much more to the spine
    slug: bool = False  # issue, date, page count, export time outside the bleed (turns marks on)


# -- findings --------------------------------------------------------------------------------------

# One English template per finding code: the only place the core words a finding. The editor words
# the same codes in its own language from the params (ui/finding_text.py), never from this text.
# Params hold values ready to show (numbers already rounded), so templates carry no format specs.
MESSAGES: dict[str, str] = {
    "no-entries": "the issue has no entries",
    "section-title": "{lang} section title is empty",
    "missing-glyph": "character «{char}» (U+{codepoint}) is in no bundled font",
    "missing-article": "article {article} is not in the library",
    "empty-headline": "{lang} headline is empty",
    "empty-summary": "{lang} summary is empty",
    "summary-long": "{lang} summary is long: {count} {unit} (target {min}–{max})",
    "summary-short": "{lang} summary is short: {count} {unit} (target {min}–{max})",
    "overfull": "a line is {excess} pt too wide for its column: «{line}»",
    "font-not-embedded": "font {font} is not embedded as a subset (not print-ready)",
    "invisible-char": "invisible character {name} (U+{codepoint}) is left out of print",
    "straight-quotes": "English text has {count} straight quote(s) (' or \")",
    "overflow": "{part} does not fit on one line: «{text}»",
    # the terminology memory (digest/glossary.py)
    "glossary-missing": "«{term}» is in the Chinese but its glossary English «{rendering}» is not in the English",
    "glossary-inconsistent": "«{term}» is rendered «{rendering}» here but «{other}» in entry {other_entry}",
    # print checks (digest/print/output.py)
    "pdfx-rule": "the print file breaks a {standard} rule: {rule}",
    "print-no-bleed": "no bleed: colour running to the page edge may show white after trimming (3 mm is usual)",
    "print-no-marks": "bleed without crop marks: the print shop must find the trim from the TrimBox",
    "impose-no-marks": "no room for trim and fold marks on the {sheet} sheet; choose a larger sheet for marks",
    "booklet-blank-pages": "{pages} pages: the booklet gets {blanks} blank page(s) {position}",
    "booklet-thick": "saddle stitch of {sheets} sheets is thick (over {max}); consider fewer pages",
}

# Params whose values are codes from a fixed set, and their English words. "where" names the part
# of the issue a finding is about; describe() shows it when there is no entry or section to name.
PARAM_WORDS: dict[str, dict[str, str]] = {
    "lang": {"zh": "Chinese", "en": "English"},
    "unit": {"characters": "Han characters", "words": "words"},  # count_zh counts Han only: say so
    "where": {"issue-title": "issue title", "section-title": "section title", "entry": "entry"},
    "part": {"masthead": "the masthead title", "running-head": "the running head", "source-line": "the source line"},
    "position": {"end": "at the end", "before-back-cover": "before the back cover"},
}

ParamValue = str | int | float


def finding_message(code: str, params: dict[str, ParamValue]) -> str:
    """The English sentence for a finding code filled with its params."""
    words = {
        name: PARAM_WORDS[name].get(value, value) if name in PARAM_WORDS and isinstance(value, str) else value
        for name, value in params.items()
    }
    return MESSAGES[code].format(**words)


@dataclass
class Finding:
    severity: str  # "error" | "warning"
    code: str  # a key of MESSAGES: stable, what the editor words the finding from
    params: dict[str, ParamValue] = field(default_factory=dict)  # the values that fill the template
    article_id: str | None = None
    section: int | None = None  # 0-based section index
    entry: int | None = None  # 1-based entry number over the issue
    label: str = ""  # the entry's (or section's) headline, for people

    def __post_init__(self) -> None:
        finding_message(self.code, self.params)  # an unknown code or missing param fails where it is made

    @property
    def message(self) -> str:
        """The English sentence, e.g. 'English summary is empty'."""
        return finding_message(self.code, self.params)

    def describe(self) -> str:
        """One line, e.g. 'error: entry 2 «区政协“问诊”营商环境…»: English summary is empty'."""
        where = ""
        if self.entry is not None:
            where = f"entry {self.entry}"
        elif self.section is not None:
            where = f"section {self.section + 1}"
        elif (place := self.params.get("where")) in PARAM_WORDS["where"]:
            where = PARAM_WORDS["where"][str(place)]  # e.g. "issue title"
        if where and self.label:
            where += f" «{_short(self.label)}»"
        return f"{self.severity}: {where + ': ' if where else ''}{self.message}"


@dataclass
class ExportReport:
    pages: int
    findings: list[Finding] = field(default_factory=list)
    path: str | None = None
    job: JobFacts | None = None  # what went to print (export_pdf), for the job sheet

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


def _short(text: str, limit: int = 12) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


@dataclass(frozen=True)
class _Resolved:
    layout: str
    paper: str
    bleed_mm: float
    marks: bool
    locales: list[str]
    print_profile: bool = True
    desk_rules: bool = True


def _resolve(issue: Issue, options: ExportOptions | None) -> _Resolved:
    o = options or ExportOptions()
    lo = issue.layout
    layout = o.layout or lo.layout or "side-by-side"
    paper = o.paper or lo.paper or "A4"
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r} (choose from {', '.join(LAYOUTS)})")
    if paper not in PAPERS:
        raise ExportError(f"unknown paper {paper!r} (choose from {', '.join(PAPERS)})")
    bleed = lo.bleed_mm if o.bleed_mm is None else o.bleed_mm
    bleed = float(bleed or 0.0)
    if not 0 <= bleed <= 20:
        raise ExportError("bleed must be between 0 and 20 mm")
    marks = bool(lo.marks if o.marks is None else o.marks) or o.slug  # the slug sits beside the marks
    if not o.print_profile:  # a screen copy: trim size only
        bleed, marks = 0.0, False
    locales = list(o.locales or issue.locales or DEFAULT_LOCALES)
    try:
        locales = [edition_locale(loc) for loc in locales]
    except ValueError as exc:
        raise ExportError(str(exc)) from None
    zh = [loc for loc in locales if loc.startswith("zh")]
    en = [loc for loc in locales if loc.startswith("en")]
    if layout == "zh":
        locales = zh or [DEFAULT_LOCALES[0]]
    elif layout == "en":
        locales = en or [DEFAULT_LOCALES[1]]
    return _Resolved(layout, paper, bleed, marks, locales, o.print_profile, o.desk_rules)


# -- content checks --------------------------------------------------------------------------------

def _content_findings(project: Project, issue: Issue, r: _Resolved) -> list[Finding]:
    from digest.language.typography import straight_quotes
    from digest.layout.entries import byline_en, byline_zh, entry_refs
    from digest.layout.fonts import missing_glyphs
    from digest.layout.kit import faces
    from digest.layout.prepare import invisible_chars

    f = faces()
    fonts = [f.cjk_serif, f.cjk_sans_bold, f.latin, f.latin_bold, f.latin_italic]
    needs_zh = r.layout in ("side-by-side", "stacked", "zh")
    needs_en = r.layout in ("side-by-side", "stacked", "en")
    t = issue.targets
    findings: list[Finding] = []
    refs = entry_refs(project, issue)
    if not refs:
        findings.append(Finding("error", "no-entries"))
    for si, section in enumerate(issue.sections):
        section_label = section.title_zh or section.title_en
        for lang, title, need in (("zh", section.title_zh, needs_zh), ("en", section.title_en, needs_en)):
            if need and section.entries and not title.strip():
                findings.append(
                    Finding("warning", "section-title", {"lang": lang}, section=si, label=section_label)
                )
        for char in sorted(missing_glyphs(_nfc(section.title_zh + section.title_en), fonts)):
            findings.append(
                Finding(
                    "error", "missing-glyph", _glyph(char, "section-title"), section=si, label=section_label
                )
            )
        for char in invisible_chars(section.title_zh + section.title_en):
            findings.append(
                Finding(
                    "warning", "invisible-char", _invisible(char, "section-title"), section=si,
                    label=section_label,
                )
            )  # fmt: skip
    for char in sorted(missing_glyphs(_nfc(issue.title_zh + issue.title_en + issue.publisher), fonts)):
        findings.append(Finding("error", "missing-glyph", _glyph(char, "issue-title")))
    for char in invisible_chars(issue.title_zh + issue.title_en + issue.publisher):
        findings.append(Finding("warning", "invisible-char", _invisible(char, "issue-title")))
    for ref in refs:
        e, a = ref.entry, ref.article
        label = e.headline_zh or e.headline_en or (a.title if a else "")

        def add(severity: str, code: str, params: dict[str, ParamValue]) -> None:
            findings.append(Finding(severity, code, params, e.article_id, ref.section, ref.number, label))  # noqa: B023

        if a is None:
            add("error", "missing-article", {"article": e.article_id})
        texts: list[str] = []
        for lang, need, head, summary, count, lo, hi, unit in (
            ("zh", needs_zh, e.headline_zh, e.summary_zh, count_zh, t.zh_min, t.zh_max, "characters"),
            ("en", needs_en, e.headline_en, e.summary_en, count_en_words, t.en_min, t.en_max, "words"),
        ):
            if not need:
                continue
            texts += [head, summary]
            if not head.strip():
                add("error", "empty-headline", {"lang": lang})
            if not summary.strip():
                add("error", "empty-summary", {"lang": lang})
                continue
            n = count(summary)
            if n > hi or n < lo:
                code = "summary-long" if n > hi else "summary-short"
                add("warning", code, {"lang": lang, "count": n, "unit": unit, "min": lo, "max": hi})
        if needs_zh:
            texts.append(byline_zh(a))
        if needs_en:
            texts.append(byline_en(a))
        for char in sorted(missing_glyphs(_nfc("".join(texts)), fonts)):
            add("error", "missing-glyph", _glyph(char, "entry"))
        for char in invisible_chars("".join(texts)):
            add("warning", "invisible-char", _invisible(char, "entry"))
        if needs_en and not r.desk_rules:
            quotes = straight_quotes(e.headline_en + e.summary_en)
            if quotes:
                add("warning", "straight-quotes", {"count": quotes})
    if needs_en:
        findings += _glossary_findings(project, refs)
    return findings


def _glossary_findings(project: Project, refs: list[EntryRef]) -> list[Finding]:
    """The terminology memory's warnings (digest/glossary.py): a term's English missing, or one
    term rendered two ways in the issue."""
    from digest.glossary import check_entries

    entries = [
        (e.headline_zh + "\n" + e.summary_zh, e.headline_en + "\n" + e.summary_en, ref.number)
        for ref in refs
        for e in (ref.entry,)
    ]
    findings = []
    for problem in check_entries(project.glossary, entries):
        ref = refs[problem.entry]
        e = ref.entry
        label = e.headline_zh or e.headline_en or (ref.article.title if ref.article else "")
        params: dict[str, ParamValue] = dict(problem.params)
        findings.append(Finding("warning", problem.code, params, e.article_id, ref.section, ref.number, label))
    return findings


def _nfc(text: str) -> str:
    """Glyphs are looked for in the text as it prints: composed (a pasted e + ´ is é)."""
    import unicodedata

    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _invisible(char: str, where: str) -> dict[str, ParamValue]:
    from digest.layout.prepare import char_name

    return {"name": char_name(char), "codepoint": f"{ord(char):04X}", "where": where}


def _glyph(char: str, where: str) -> dict[str, ParamValue]:
    return {"char": char, "codepoint": f"{ord(char):04X}", "where": where}


_FONT_OBJ = re.compile(rb"/BaseFont\s*/([A-Za-z0-9+\-_.#]+)")


def pdf_font_findings(data: bytes) -> list[Finding]:
    """Every font in the PDF must be an embedded subset (reportlab names them ABCDEF+Name)."""
    findings: list[Finding] = []
    seen: set[bytes] = set()
    for match in _FONT_OBJ.finditer(data):
        name = match.group(1)
        if name in seen:
            continue
        seen.add(name)
        if not re.match(rb"^[A-Z]{6}\+", name):
            findings.append(Finding("error", "font-not-embedded", {"font": name.decode("latin-1")}))
    return findings


# -- building --------------------------------------------------------------------------------------


def _build(project: Project, issue: Issue, r: _Resolved) -> tuple[bytes, int, list[Finding]]:
    from reportlab import rl_config
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Flowable, LayoutError

    from digest.layout.columns import ColumnFlow
    from digest.layout.entries import StoryBuilder, entry_refs
    from digest.layout.kit import faces
    from digest.layout.masthead import TOC_MIN_ENTRIES, Furniture, define_toc_forms, toc_story
    from digest.layout.pages import GUTTER, DigestDocTemplate, FlowState, Geometry, page_templates
    from digest.layout.styles import make_styles

    rl_config.useA85 = 0  # binary Flate streams: a fifth smaller than ASCII85, same content
    f = faces()
    styles = make_styles(f, desk_rules=r.desk_rules)
    geometry = Geometry.create(r.paper, r.bleed_mm, r.marks)
    state = FlowState()
    builder = StoryBuilder(project, issue, r.layout, r.locales, styles, state)
    refs = entry_refs(project, issue)
    teasers = [
        (ref.entry.headline_en if r.layout == "en" else ref.entry.headline_zh) or ref.entry.headline_en
        for ref in refs
    ]
    furniture = Furniture(issue, r.layout, r.locales, styles, geometry, state, teasers)

    story: list[Flowable] = []
    forms: list[str] = []
    if len(refs) >= TOC_MIN_ENTRIES:
        story, forms = toc_story(furniture, refs)
    story.extend(builder.entries())
    if not story:
        from digest.layout.kit import TextBlock

        story.append(TextBlock(" ", styles.zh_body))

    columns = geometry.columns(paired=r.layout == "side-by-side")
    first_top = geometry.offset + geometry.trim_h - furniture.masthead_height()

    def on_first(canv: Canvas, doc: DigestDocTemplate) -> None:
        furniture.draw_masthead(canv)

    def on_later(canv: Canvas, doc: DigestDocTemplate) -> None:
        pass

    def after_page(canv: Canvas, doc: DigestDocTemplate) -> None:
        page = canv.getPageNumber()
        if page > 1:  # drawn last: a section starting at this page's top is known by now
            furniture.draw_running_head(canv, page)
        furniture.draw_folio(canv, page)

    title = " ".join(t for t in (issue.title_zh, issue.title_en) if t) or "Jianbao"
    label = " / ".join(dict.fromkeys(_issue_labels(issue, r.locales)))
    lang = "en-" + r.locales[0].split("_")[-1] if r.layout == "en" else "zh-CN"
    buffer = io.BytesIO()
    doc = DigestDocTemplate(
        buffer,
        geometry,
        state,
        title=f"{title} {label}".strip(),
        author=issue.publisher or "Jianbao",
        subject=f"{title}, {label}, {issue.date.isoformat()}",
        creator=f"Jianbao {__version__}",
        producer=f"Jianbao {__version__} (ReportLab)",
        lang=lang,
        initialFontName=f.latin,
        initialFontSize=10,
        fixed_date=(issue.date.year, issue.date.month, issue.date.day),
    )
    if columns == 2:  # one frame per page; ColumnFlow sets two columns and balances the last page
        story = [ColumnFlow(story, GUTTER)]
    doc.addPageTemplates(page_templates(geometry, 1, first_top, on_first, on_later, after_page))
    doc.end_hooks.append(lambda canv: define_toc_forms(canv, furniture, forms))
    try:
        doc.build(story)
    except LayoutError as exc:
        raise ExportError(f"the issue cannot be laid out: {exc}") from None
    data = buffer.getvalue()

    findings: list[Finding] = []
    by_number = {ref.number: ref for ref in refs}
    for block in builder.blocks:
        over = getattr(block, "overfull", None)
        if over:
            ref = by_number.get(builder.block_owner.get(id(block), -1))
            _, line, excess = over[0]
            findings.append(
                Finding(
                    "warning", "overfull", {"excess": round(excess, 1), "line": _short(line, 24)},
                    ref.entry.article_id if ref else None, ref.section if ref else None,
                    ref.number if ref else None,
                    (ref.entry.headline_zh or ref.entry.headline_en) if ref else "",
                )
            )  # fmt: skip
    for part, text in furniture.overflows:
        findings.append(Finding("warning", "overflow", {"part": part, "text": _short(text, 24)}))
    for block in builder.sources:
        if block.text.strip() and block.height > block.style.leading + 0.1:  # wrapped to 2+ lines
            ref = by_number.get(builder.block_owner.get(id(block), -1))
            findings.append(
                Finding(
                    "warning", "overflow", {"part": "source-line", "text": _short(block.text, 24)},
                    ref.entry.article_id if ref else None, ref.section if ref else None,
                    ref.number if ref else None,
                    (ref.entry.headline_zh or ref.entry.headline_en) if ref else "",
                )
            )  # fmt: skip
    return data, doc.page, findings


def _issue_labels(issue: Issue, locales: list[str]) -> list[str]:
    from digest.layout.kit import issue_label

    return [issue_label(issue.number, loc) for loc in locales]


def build_pdf(
    project: Project, issue: Issue, options: ExportOptions | None = None
) -> tuple[bytes, ExportReport]:
    """The PDF bytes and the report (preflight findings included); never refuses."""
    r = _resolve(issue, options)
    findings = _content_findings(project, issue, r)
    data, pages, layout_findings = _build(project, issue, r)
    findings.extend(layout_findings)
    findings.extend(pdf_font_findings(data))
    return data, ExportReport(pages=pages, findings=findings)


def preflight(project: Project, issue: Issue, options: ExportOptions | None = None) -> list[Finding]:
    """Everything that stands between this issue and a print shop: errors first, then warnings."""
    data, report = build_pdf(project, issue, options)
    _print_file(data, issue, options, report)
    return sorted(report.findings, key=lambda f: (f.severity != "error", f.entry or 0))


def _print_file(data: bytes, issue: Issue, options: ExportOptions | None, report: ExportReport) -> bytes:
    """The file for the print shop (PDF/X, imposed) and its print checks added to the report."""
    from digest.layout.pages import Geometry
    from digest.print.impose import ImposeError
    from digest.print.output import PrintRequest, print_file, print_findings
    from digest.print.pdfx import PDFX_STANDARDS

    o = options or ExportOptions()
    r = _resolve(issue, o)
    if not r.print_profile:
        return data
    if o.pdfx is not None and o.pdfx not in PDFX_STANDARDS:
        raise ExportError(f"unknown PDF/X standard {o.pdfx!r} (choose from {', '.join(PDFX_STANDARDS)})")
    request = PrintRequest(
        standard=o.pdfx,
        impose=o.impose,
        sheet=o.sheet,
        creep_mm=o.creep_mm,
        slug=o.slug,
        bleed_mm=r.bleed_mm,
        marks=r.marks,
        text_top=Geometry.create(r.paper, r.bleed_mm, r.marks).text_top,
    )
    try:
        result = print_file(data, issue, request)
    except ImposeError as exc:
        raise ExportError(str(exc)) from None
    report.findings.extend(print_findings(result, request))
    report.job = result.facts
    return result.data


def export_pdf(
    project: Project, issue: Issue, path: str | os.PathLike[str], options: ExportOptions | None = None
) -> ExportReport:
    """Preflight, then write the PDF atomically; raise ExportError instead of writing a bad file."""
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"{target} is a folder; give a file name for the PDF")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot export to {target}: folder {folder} does not exist")
    data, report = build_pdf(project, issue, options)
    data = _print_file(data, issue, options, report)
    errors = report.errors
    if errors and not (options and options.force):
        raise ExportError(
            f"preflight found {len(errors)} error(s); fix them or use --force. "
            f"First: {errors[0].describe().removeprefix('error: ')}"
        )
    try:
        atomic_write(target, data)
    except OSError as exc:
        raise ExportError(f"cannot export to {target}: {exc.strerror or exc}") from None
    report.path = str(target)
    return report
