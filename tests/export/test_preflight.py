"""Preflight: what it finds, where it says it is, and its severity."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from digest.export import ExportOptions, Finding, pdf_font_findings, preflight
from tests.export.export_helpers import make_project


def _codes(findings: list[Finding]) -> list[tuple[str, str, int | None]]:
    return [(f.severity, f.code, f.entry) for f in findings]


def test_clean_issue_has_no_errors():
    project = make_project(4)
    findings = preflight(project, project.issue)
    assert [f for f in findings if f.severity == "error"] == []


def test_missing_glyph_is_an_error_naming_the_entry():
    project = make_project(3)
    project.issue.entries()[2].summary_zh += "这个字𪚥没有字形。"
    findings = preflight(project, project.issue)
    glyphs = [f for f in findings if f.code == "missing-glyph"]
    assert len(glyphs) == 1
    assert glyphs[0].severity == "error" and glyphs[0].entry == 3
    assert "U+2A6A5" in glyphs[0].describe() and "entry 3 «" in glyphs[0].describe()


def test_empty_translations_depend_on_the_layout():
    project = make_project(3)
    entries = project.issue.entries()
    entries[0].summary_en = ""
    entries[1].headline_zh = "  "
    both = _codes(preflight(project, project.issue))
    assert ("error", "empty-summary", 1) in both and ("error", "empty-headline", 2) in both
    en_only = _codes(preflight(project, project.issue, ExportOptions(layout="en")))
    assert ("error", "empty-summary", 1) in en_only and ("error", "empty-headline", 2) not in en_only
    zh_only = _codes(preflight(project, project.issue, ExportOptions(layout="zh")))
    assert ("error", "empty-summary", 1) not in zh_only and ("error", "empty-headline", 2) in zh_only


def test_describe_reads_like_the_contract():
    project = make_project(3)
    entry = project.issue.entries()[1]
    entry.headline_zh = "区政协“问诊”营商环境 助企服务体系再提升"
    entry.summary_en = ""
    findings = [f for f in preflight(project, project.issue) if f.code == "empty-summary"]
    assert findings[0].describe() == "error: entry 2 «区政协“问诊”营商环境…»: English summary is empty"


def test_length_targets_give_warnings():
    project = make_project(2, per_section=2)
    targets = project.issue.targets
    entries = project.issue.entries()
    entries[0].summary_zh = "短摘要。"
    entries[1].summary_en = " ".join(["word"] * (targets.en_max + 5)) + "."
    findings = preflight(project, project.issue)
    codes = _codes(findings)
    assert ("warning", "summary-short", 1) in codes
    assert ("warning", "summary-long", 2) in codes
    short = next(f for f in findings if f.code == "summary-short")
    assert f"3 Han characters (target {targets.zh_min}–{targets.zh_max})" in short.message


def test_overfull_line_is_reported():
    project = make_project(1, per_section=1)
    entry = project.issue.entries()[0]
    entry.summary_en = "See https://example.com/" + "a" * 120 + " for the full report. " + entry.summary_en
    findings = preflight(project, project.issue, ExportOptions(layout="side-by-side"))
    over = [f for f in findings if f.code == "overfull"]
    assert over and over[0].entry == 1


def test_unembedded_font_in_a_pdf_is_found():
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 72, "not embedded")
    canvas.save()
    findings = pdf_font_findings(buffer.getvalue())
    assert [f.code for f in findings] == ["font-not-embedded"]
    assert "Helvetica" in findings[0].message


def test_empty_issue_is_an_error():
    project = make_project(0)
    assert ("error", "no-entries", None) in _codes(preflight(project, project.issue))


def test_bad_options_are_export_errors():
    import pytest

    from digest.errors import ExportError

    project = make_project(1)
    for options in (
        ExportOptions(layout="tabloid"),
        ExportOptions(paper="B5"),
        ExportOptions(bleed_mm=40),
        ExportOptions(locales=["fr_FR"]),
    ):
        with pytest.raises(ExportError):
            preflight(project, project.issue, options)


def test_missing_glyph_in_titles_is_found():
    project = make_project(2, per_section=2)
    project.issue.sections[0].title_zh = "要闻😀"
    project.issue.title_en = "Digest \U0001d11e"
    findings = [f for f in preflight(project, project.issue) if f.code == "missing-glyph"]
    described = [f.describe() for f in findings]
    assert any(d.startswith("error: section 1 «要闻😀»") and "U+1F600" in d for d in described), described
    assert any("issue title" in d and "U+1D11E" in d for d in described), described


def test_invisible_characters_are_named_and_left_out_of_print(tmp_path):
    import pdfplumber

    from digest.export import export_pdf

    project = make_project(2)
    entry = project.issue.entries()[0]
    entry.summary_en = "Bidi\u202e override, null\x00, escape\x1b, delete\x7f and zero\u200bwidth."
    findings = preflight(project, project.issue)
    named = {f.params["name"] for f in findings if f.code == "invisible-char"}
    assert named == {"RIGHT-TO-LEFT OVERRIDE", "NULL", "ESCAPE", "DELETE", "ZERO WIDTH SPACE"}
    assert all(f.severity == "warning" and f.entry == 1 for f in findings if f.code == "invisible-char")
    export_pdf(project, project.issue, tmp_path / "out.pdf", ExportOptions(force=True))
    with pdfplumber.open(tmp_path / "out.pdf") as pdf:
        text = "".join(page.extract_text() for page in pdf.pages)
    assert "Bidi override, null, escape, delete and zerowidth." in text.replace("\n", " ")


def test_decomposed_accents_are_composed_before_looking_for_glyphs():
    project = make_project(2)
    project.issue.entries()[0].summary_en = "Cafe\u0301 and re\u0301sume\u0301, as pasted from a Mac."
    findings = preflight(project, project.issue)
    assert [f for f in findings if f.code == "missing-glyph"] == []


def test_straight_quotes_are_curled_by_default_and_reported_when_the_desk_rules_are_off():
    project = make_project(2)
    project.issue.entries()[0].summary_en = 'The "road doctors" say it\'s done -- in 2020-2024.'
    assert not [f for f in preflight(project, project.issue) if f.code == "straight-quotes"]
    off = preflight(project, project.issue, ExportOptions(desk_rules=False))
    (quotes,) = [f for f in off if f.code == "straight-quotes" and f.entry == 1]
    assert quotes.params["count"] == 3 and quotes.entry == 1


def test_a_masthead_title_too_long_for_its_line_is_reported():
    project = make_project(2)
    project.issue.title_en = "Wujin " * 200
    findings = preflight(project, project.issue)
    overflow = [f for f in findings if f.code == "overflow"]
    assert [f.params["part"] for f in overflow] == ["masthead"]
    clean = make_project(2)
    assert not [f for f in preflight(clean, clean.issue) if f.code == "overflow"]
