"""Whatever the editor typed, build_pdf returns a PDF and preflight says what is wrong."""

from __future__ import annotations

import io

import pdfplumber
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.export import ExportOptions, build_pdf, preflight
from digest.model import LAYOUTS, Entry, Section
from tests.export.export_helpers import make_project

ALPHABET = "区政协问诊营商环境，。、；：？！（）《》“”‘’…—<>&\"' abcXYZ019-%\n\t"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    headline=st.text(alphabet=ALPHABET, max_size=60),
    summary=st.text(alphabet=ALPHABET, max_size=400),
    layout=st.sampled_from(LAYOUTS),
)
def test_any_text_builds(headline, summary, layout):
    project = make_project(2, per_section=2)
    entry = project.issue.entries()[0]
    entry.headline_zh = entry.headline_en = headline
    entry.summary_zh = entry.summary_en = summary
    data, report = build_pdf(project, project.issue, ExportOptions(layout=layout))
    assert data.startswith(b"%PDF-") and report.pages >= 1


def test_entry_whose_article_is_gone_still_builds_and_is_an_error():
    project = make_project(2, per_section=2)
    project.issue.sections[0].entries.append(
        Entry("no-such-article", "标题", "Headline", "摘要。" * 40, "A summary. " * 30)
    )
    data, report = build_pdf(project, project.issue)
    assert data.startswith(b"%PDF-")
    assert any(f.code == "missing-article" and f.entry == 3 for f in report.findings)


def test_empty_sections_and_titles_build():
    project = make_project(2, per_section=2)
    project.issue.sections.append(Section())  # no entries, no titles
    project.issue.sections[0].title_en = ""
    project.issue.title_en = ""
    data, _ = build_pdf(project, project.issue)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert "武进简报" in pdf.pages[0].extract_text()
    findings = preflight(project, project.issue)
    assert any(f.code == "section-title" and f.section == 0 for f in findings)


def test_headline_taller_than_a_page_still_builds():
    """A whole article pasted into the headline field: split anywhere rather than fail."""
    for layout in LAYOUTS:
        project = make_project(2, per_section=2)
        entry = project.issue.entries()[1]
        entry.headline_zh = "区政协积极探索协商新模式，全面助推产业链突破升级。" * 60
        entry.headline_en = "District advisers take the pulse of the business climate " * 60
        data, report = build_pdf(project, project.issue, ExportOptions(layout=layout))
        assert data.startswith(b"%PDF-") and report.pages >= 2, layout
