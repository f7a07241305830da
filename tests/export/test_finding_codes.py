"""Finding codes: every kind the exporter produces has one English template, findings carry the
values that fill it, and the command line's wording is what it always was."""

from __future__ import annotations

import io
import string

import pytest
from reportlab.pdfgen.canvas import Canvas

from digest.export import MESSAGES, PARAM_WORDS, ExportOptions, Finding, pdf_font_findings, preflight
from digest.model import Entry, GlossaryTerm
from tests.export.export_helpers import make_project

# (finding, its command-line line as digest.export wrote it before findings carried codes)
SAMPLES: list[tuple[Finding, str]] = [
    (Finding("error", "no-entries"), "error: the issue has no entries"),
    (
        Finding("warning", "section-title", {"lang": "en"}, section=0, label="要闻"),
        "warning: section 1 «要闻»: English section title is empty",
    ),
    (
        Finding("warning", "section-title", {"lang": "zh"}, section=2, label="City"),
        "warning: section 3 «City»: Chinese section title is empty",
    ),
    (
        Finding(
            "error",
            "missing-glyph",
            {"char": "😀", "codepoint": "1F600", "where": "section-title"},
            section=1,
            label="要闻😀",
        ),
        "error: section 2 «要闻😀»: character «😀» (U+1F600) is in no bundled font",
    ),
    (
        Finding("error", "missing-glyph", {"char": "𝄞", "codepoint": "1D11E", "where": "issue-title"}),
        "error: issue title: character «𝄞» (U+1D11E) is in no bundled font",
    ),
    (
        Finding(
            "error",
            "missing-glyph",
            {"char": "𪚥", "codepoint": "2A6A5", "where": "entry"},
            "a5",
            1,
            5,
            "“儿童督导员”“儿童主任”上岗",
        ),
        "error: entry 5 «“儿童督导员”“儿童主任…»: character «𪚥» (U+2A6A5) is in no bundled font",
    ),
    (
        Finding("error", "missing-article", {"article": "nosuch"}, "nosuch", 1, 7, "无"),
        "error: entry 7 «无»: article nosuch is not in the library",
    ),
    (
        Finding("error", "empty-headline", {"lang": "zh"}, "a3", 0, 3, " "),
        "error: entry 3 «»: Chinese headline is empty",
    ),
    (
        Finding(
            "error", "empty-summary", {"lang": "en"}, "a2", 0, 2, "区政协“问诊”营商环境 助企服务体系再提升"
        ),
        "error: entry 2 «区政协“问诊”营商环境…»: English summary is empty",
    ),
    (
        Finding(
            "warning",
            "summary-short",
            {"lang": "zh", "count": 3, "unit": "characters", "min": 100, "max": 200},
            "a1",
            0,
            1,
            "区政协“问诊”营商环境 助企服务体系再提升",
        ),
        "warning: entry 1 «区政协“问诊”营商环境…»: Chinese summary is short: 3 Han characters (target 100–200)",
    ),
    (
        Finding(
            "warning",
            "summary-long",
            {"lang": "en", "count": 130, "unit": "words", "min": 60, "max": 120},
            "a2",
            0,
            2,
            "全区“公路医生进乡村”挂牌督办",
        ),
        "warning: entry 2 «全区“公路医生进乡村”挂…»: English summary is long: 130 words (target 60–120)",
    ),
    (
        Finding(
            "warning",
            "overfull",
            {"excess": 438.9, "line": "aaaaaaaaaaaaaaaaaaaaaaaa…"},
            "a6",
            1,
            6,
            "下楼做核酸，129人忘带手机",
        ),
        "warning: entry 6 «下楼做核酸，129人忘带…»: a line is 438.9 pt too wide for its column: "
        "«aaaaaaaaaaaaaaaaaaaaaaaa…»",
    ),
    (
        Finding("error", "font-not-embedded", {"font": "Helvetica"}),
        "error: font Helvetica is not embedded as a subset (not print-ready)",
    ),
    (
        Finding(
            "warning", "invisible-char", {"name": "ESCAPE", "codepoint": "001B", "where": "entry"}, "a1", 0, 1, "无"
        ),
        "warning: entry 1 «无»: invisible character ESCAPE (U+001B) is left out of print",
    ),
    (
        Finding("warning", "straight-quotes", {"count": 3}, "a2", 0, 2, "无"),
        "warning: entry 2 «无»: English text has 3 straight quote(s) (' or \")",
    ),
    (
        Finding("warning", "overflow", {"part": "masthead", "text": "Digest"}),
        "warning: the masthead title does not fit on one line: «Digest»",
    ),
    (
        Finding(
            "warning", "glossary-missing", {"term": "区政协", "rendering": "the district CPPCC committee"}, "a1", 0, 1, "无"
        ),
        "warning: entry 1 «无»: «区政协» is in the Chinese but its glossary English «the district CPPCC committee» "
        "is not in the English",
    ),
    (
        Finding(
            "warning",
            "glossary-inconsistent",
            {"term": "美元", "rendering": "US$", "other": "US dollars", "other_entry": 2},
            "a3",
            0,
            3,
            "无",
        ),
        "warning: entry 3 «无»: «美元» is rendered «US$» here but «US dollars» in entry 2",
    ),
    (
        Finding("error", "pdfx-rule", {"standard": "PDF/X-4", "rule": "page 2: no TrimBox"}),
        "error: the print file breaks a PDF/X-4 rule: page 2: no TrimBox",
    ),
    (
        Finding("warning", "print-no-bleed"),
        "warning: no bleed: colour running to the page edge may show white after trimming (3 mm is usual)",
    ),
    (
        Finding("warning", "print-no-marks"),
        "warning: bleed without crop marks: the print shop must find the trim from the TrimBox",
    ),
    (
        Finding("warning", "impose-no-marks", {"sheet": "A4"}),
        "warning: no room for trim and fold marks on the A4 sheet; choose a larger sheet for marks",
    ),
    (
        Finding(
            "warning", "booklet-blank-pages", {"pages": 13, "blanks": 3, "position": "before-back-cover"}
        ),
        "warning: 13 pages: the booklet gets 3 blank page(s) before the back cover",
    ),
    (
        Finding("warning", "booklet-thick", {"sheets": 21, "max": 20}),
        "warning: saddle stitch of 21 sheets is thick (over 20); consider fewer pages",
    ),
]


def test_describe_is_unchanged_for_every_code():
    assert {finding.code for finding, _ in SAMPLES} == set(MESSAGES)
    for finding, line in SAMPLES:
        assert finding.describe() == line


def test_templates_name_their_params_without_format_specs():
    # The editor fills the same params into its own templates and shows them as given.
    for code, template in MESSAGES.items():
        for _, name, spec, conversion in string.Formatter().parse(template):
            assert name is None or name.isidentifier(), code
            assert not spec and not conversion, code


def test_unknown_codes_and_missing_params_fail_where_the_finding_is_made():
    with pytest.raises(KeyError):
        Finding("error", "no-such-code")
    with pytest.raises(KeyError):
        Finding("error", "empty-summary")  # no "lang"


def _problem_project():
    """One issue with a problem of every kind preflight can find in content and layout."""
    project = make_project(6, per_section=3)
    issue = project.issue
    entries = issue.entries()
    issue.sections[0].title_en = ""
    issue.sections[1].title_zh = "要闻😀"
    issue.title_en = "Digest \U0001d11e"
    issue.title_zh = "武进简报" * 40  # runs off the masthead
    entries[0].summary_en += " \x1b[0m"  # an escape sequence pasted from a terminal
    entries[1].summary_en += ' "straight" quotes'
    entries[0].summary_zh = "短摘要。"
    entries[1].summary_en = " ".join(["word"] * (issue.targets.en_max + 10)) + "."
    entries[2].headline_zh = " "
    entries[3].summary_en = ""
    entries[4].summary_zh += "这个字𪚥没有字形。"
    entries[5].summary_en = (
        "See https://example.com/" + "a" * 120 + " for the full report. " + entries[5].summary_en
    )
    # the glossary: 区政协 without its English (entry 3), and rendered two ways (entries 5 and 6)
    project.glossary = [GlossaryTerm("区政协", "the district CPPCC committee|the district CPPCC")]
    entries[2].summary_zh += "区政协委员参加。"
    entries[4].summary_zh += "区政协委员参加。"
    entries[4].summary_en += " Members of the district CPPCC took part."
    entries[5].summary_zh += "区政协委员参加。"
    entries[5].summary_en += " Members of the district CPPCC committee took part."
    issue.sections[1].entries.append(
        Entry(
            article_id="nosuch",
            headline_zh="无",
            headline_en="None",
            summary_zh="无" * 120,
            summary_en="x " * 80,
        )
    )
    return project


def _print_findings() -> list[Finding]:
    """The print checks: a bleed without marks, an A5 booklet on A4 (no room for marks, blanks),
    and, from a made-up result, a broken PDF/X rule and a booklet too thick to staple."""
    from digest.print.impose import Imposed
    from digest.print.output import PrintRequest, PrintResult, print_findings

    project = make_project(3)
    findings = preflight(project, project.issue, ExportOptions(bleed_mm=3, marks=False))
    findings += preflight(
        project, project.issue, ExportOptions(paper="A5", impose="saddle-stitch", sheet="A4")
    )
    made_up = PrintResult(
        b"", facts=None, imposed=Imposed(b"", 21, [1] * 84, [], "SRA3", True), problems=["no Title"]
    )  # type: ignore[arg-type]
    findings += print_findings(made_up, PrintRequest(impose="saddle-stitch", bleed_mm=3))
    return findings


def test_every_code_the_exporter_produces_has_a_template_and_params():
    project = _problem_project()
    findings = preflight(project, project.issue, ExportOptions(layout="side-by-side"))
    findings += preflight(project, project.issue, ExportOptions(layout="side-by-side", desk_rules=False))
    empty = make_project(0)
    findings += preflight(empty, empty.issue)
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 72, "not embedded")
    canvas.save()
    findings += pdf_font_findings(buffer.getvalue())
    findings += _print_findings()

    assert {f.code for f in findings} == set(MESSAGES)  # every template is reachable, and no more
    for finding in findings:
        names = {name for _, name, _, _ in string.Formatter().parse(MESSAGES[finding.code]) if name}
        assert names <= set(finding.params), (finding.code, finding.params)
        for name, value in finding.params.items():
            assert isinstance(value, (str, int, float)), (finding.code, name)
            if name in PARAM_WORDS:
                assert value in PARAM_WORDS[name], (finding.code, name, value)
    by_code = {f.code: f for f in findings if f.entry in (None, 1, 7)}
    assert by_code["summary-short"].params == {
        "lang": "zh",
        "count": 3,
        "unit": "characters",
        "min": project.issue.targets.zh_min,
        "max": project.issue.targets.zh_max,
    }
    assert by_code["missing-article"].params == {"article": "nosuch"}
    assert by_code["font-not-embedded"].params == {"font": "Helvetica"}
    wheres = {f.params["where"] for f in findings if f.code == "missing-glyph"}
    assert wheres == {"section-title", "issue-title", "entry"}
    described = [f.describe() for f in findings]
    for line in (
        "error: issue title: character «𝄞» (U+1D11E) is in no bundled font",
        "error: entry 7 «无»: article nosuch is not in the library",
        "warning: section 1 «要闻»: English section title is empty",
        "error: the issue has no entries",
    ):
        assert line in described
