"""Text read back from exported PDFs: line-break rules, literal markup, masthead dates."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest

from digest.export import ExportOptions, build_pdf, export_pdf
from digest.language.typography import apply_desk_rules
from digest.layout.entries import byline_en
from digest.model import LAYOUTS, PAPERS
from tests.export.export_helpers import make_project, pdf_text

# clreq / GB/T 15834: never at the start of a line, never at the end of one.
NO_START = set("，。、；：？！）】》」』〉”’…—,.;:?!)]}")
NO_END = set("（【《「『〈“‘([{")


def _lines(pdf_path: Path) -> list[tuple[int, str]]:
    """Text lines of every page as (page, text), one per column: characters are grouped by
    baseline, then cut where a gap wider than a gutter separates them."""
    out: list[tuple[int, str]] = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            rows: dict[float, list[dict]] = {}
            for char in page.chars:
                key = round(char["matrix"][5] * 2) / 2  # the baseline, whatever the font
                rows.setdefault(key, []).append(char)
            for key in sorted(rows, reverse=True):
                chars = sorted(rows[key], key=lambda c: c["x0"])
                segment: list[dict] = []
                for char in chars:
                    if segment and char["x0"] - segment[-1]["x1"] > 12:  # the 7 mm gutter
                        out.append((number, _text(segment)))
                        segment = []
                    segment.append(char)
                if _text(segment):
                    out.append((number, _text(segment)))
    return [(n, t) for n, t in out if t]


def _text(chars: list[dict]) -> str:
    """Characters joined; a space char or a gap wider than an eighth of the size between two Latin
    characters is a word space (words are drawn as separate runs)."""
    text = ""
    prev = None
    for char in chars:
        if not char["text"].strip():
            text += " "
            prev = None
            continue
        if prev is not None and char["x0"] - prev["x1"] > char["size"] * 0.12:
            if not _cjk(prev["text"]) and not _cjk(char["text"]):
                text += " "
        text += char["text"]
        prev = char
    return " ".join(text.split())


def _cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


@pytest.fixture(scope="module")
def all_exports(tmp_path_factory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("lines")
    project = make_project(10)
    out = {}
    for layout in LAYOUTS:
        for paper in PAPERS:
            data, _ = build_pdf(project, project.issue, ExportOptions(layout=layout, paper=paper))
            path = folder / f"{layout}-{paper}.pdf"
            path.write_bytes(data)
            out[(layout, paper)] = path
    return out


def _source_words(project) -> set[str]:
    """Every English word the export may print: entries, sections, titles, fixed labels."""
    issue = project.issue
    texts = [issue.title_en, "Source By Photo Page Contents No In this issue Saturday November continued Daily"]
    texts += [section.title_en for section in issue.sections]
    texts += [f"{e.headline_en} {e.summary_en}" for e in issue.entries()]
    texts += [a.source for a in project.articles]
    texts += [byline_en(a) for a in project.articles]
    return {word.lower() for text in texts for word in re.findall(r"[A-Za-z]+", text)}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("paper", PAPERS)
def test_no_line_starts_or_ends_with_a_forbidden_character(all_exports, layout, paper):
    lines = _lines(all_exports[(layout, paper)])
    assert len(lines) > 40
    bad_start = [(p, t) for p, t in lines if t[0] in NO_START]
    bad_end = [(p, t) for p, t in lines if t[-1] in NO_END]
    assert bad_start == [], f"lines starting with closing punctuation: {bad_start[:5]}"
    assert bad_end == [], f"lines ending with an opening bracket or quote: {bad_end[:5]}"


@pytest.mark.parametrize("layout", ["side-by-side", "en", "stacked"])
@pytest.mark.parametrize("paper", PAPERS)
def test_english_words_are_split_only_with_a_hyphen(all_exports, layout, paper):
    """Every Latin word at a line's edge is a whole word of the source, or ends in a hyphen."""
    words = _source_words(make_project(10))
    lines = _lines(all_exports[(layout, paper)])
    checked = 0
    for _, text in lines:
        tokens = re.findall(r"[A-Za-z]+-?", text)
        if not tokens:
            continue
        first, last = tokens[0].lower(), tokens[-1].lower()
        # A line may begin with the rest of a word hyphenated on the line before ...
        assert first.endswith("-") or any(w.endswith(first) for w in words), f"{first!r}: {text!r}"
        # ... but may end only with a whole word or a hyphen.
        if len(tokens) > 1 and not last.endswith("-"):
            checked += 1
            assert last in words, f"{last!r} is not a whole word: {text!r}"
    assert checked > 20


def test_markup_in_a_summary_prints_literally(tmp_path):
    project = make_project(2, per_section=2)
    entry = project.issue.entries()[0]
    tricky = 'Tags like <b>bold</b> & AT&T, x<y and <font name="x"> stay as typed.'
    entry.summary_en = tricky + " " + entry.summary_en
    entry.summary_zh = "标记<b>不加粗</b>，AT&T 与 x<y 照印。" + entry.summary_zh
    path = tmp_path / "markup.pdf"
    # A5 stacked is one column: the text reads in order across line ends.
    # The desk rules would curl the quotes of name="x": markup is checked as typed.
    export_pdf(project, project.issue, path, ExportOptions(layout="stacked", paper="A5", desk_rules=False))
    with pdfplumber.open(path) as pdf:
        text = "".join("".join(page.extract_text().split()) for page in pdf.pages)
    for literal in ("<b>bold</b>", "&AT&T,", "x<y", '<fontname="x">', "<b>不加粗</b>"):
        assert literal in text, literal
    assert "AT&T;" not in text


@pytest.mark.parametrize(
    ("locales", "expected"),
    [
        (["zh_CN", "en_GB"], ["2026年11月28日 星期六", "Saturday, 28 November 2026"]),
        (["zh_CN", "en_US"], ["2026年11月28日 星期六", "Saturday, November 28, 2026"]),
    ],
)
def test_masthead_date_per_edition_locale(tmp_path, locales, expected):
    project = make_project(3)
    path = tmp_path / "date.pdf"
    export_pdf(project, project.issue, path, ExportOptions(locales=locales))
    with pdfplumber.open(path) as pdf:
        first_page = pdf.pages[0].extract_text()  # x_tolerance 3: a quarter-em Han–digit gap is no space
    for date in expected:
        assert date in first_page
    assert "第 12 期" in first_page and "No. 12" in first_page
    assert "本期要目" in first_page and "In this issue" in first_page


def test_page_labels_at_the_foot_of_each_page(tmp_path):
    project = make_project(8)
    path = tmp_path / "folio.pdf"
    report = export_pdf(project, project.issue, path)
    assert report.pages >= 3
    for n in (1, 2, report.pages):
        page = " ".join(pdf_text(path, n, n).split())
        assert f"第 {n} 页" in page and f"Page {n}" in page


def test_english_only_has_no_chinese_and_chinese_only_no_english_body(tmp_path):
    project = make_project(3)
    en = tmp_path / "en.pdf"
    zh = tmp_path / "zh.pdf"
    export_pdf(project, project.issue, en, ExportOptions(layout="en"))
    export_pdf(project, project.issue, zh, ExportOptions(layout="zh"))
    en_text = pdf_text(en, 1, 9)
    zh_text = pdf_text(zh, 1, 9)
    assert not re.search(r"[\u4e00-\u9fff]", en_text)
    assert "Saturday, 28 November 2026" in " ".join(en_text.split())
    assert "The Haichen supply-chain base" not in zh_text and "星期六" in zh_text


def _column_feet(pdf_path: Path) -> list[tuple[int, float, str]]:
    """(page, font size, text) of the lowest text line of every column above the folio."""
    feet = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            body = [c for c in page.chars if c["text"].strip() and c["bottom"] < page.height * 0.9]
            if not body:
                continue
            middle = page.width / 2
            for column in ([c for c in body if c["x1"] <= middle], [c for c in body if c["x0"] >= middle]):
                if not column:
                    continue
                low = max(c["bottom"] for c in column)
                line = sorted((c for c in column if abs(c["bottom"] - low) < 4), key=lambda c: c["x0"])
                feet.append((number, max(c["size"] for c in line), "".join(c["text"] for c in line)))
    return feet


@pytest.mark.parametrize("layout", LAYOUTS)
def test_no_heading_ends_a_column(all_exports, layout):
    """Headlines (13–15 pt) and section labels never stand last in a column: they keep three lines."""
    feet = _column_feet(all_exports[(layout, "A4")])
    assert feet
    heads = [(page, text) for page, size, text in feet if size >= 12.5]
    assert heads == []


def test_extracted_text_has_its_word_spaces_and_no_extra_ones(tmp_path):
    """Copy/paste and search work: words come out separated, Han–digit gaps do not become spaces."""
    project = make_project(3)
    path = tmp_path / "spaces.pdf"
    export_pdf(project, project.issue, path, ExportOptions(layout="en", paper="A5"))
    with pdfplumber.open(path) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Wujin’s district committee of the Chinese" in text  # (the desk rules curl the apostrophe)
    assert "  " not in text
    path_zh = tmp_path / "zh.pdf"
    export_pdf(project, project.issue, path_zh, ExportOptions(layout="zh", paper="A5"))
    with pdfplumber.open(path_zh) as pdf:
        zh = pdf.pages[0].extract_text()
    assert "2026年11月28日 星期六" in zh and "第 12 期" in zh


def test_stacked_sets_chinese_then_english_and_side_by_side_starts_level(tmp_path):
    project = make_project(1, per_section=1)
    entry = project.issue.entries()[0]
    path = tmp_path / "stacked.pdf"
    export_pdf(project, project.issue, path, ExportOptions(layout="stacked", paper="A5"))
    with pdfplumber.open(path) as pdf:
        text = "".join(page.extract_text() for page in pdf.pages)
    order = [text.index(entry.headline_zh[:6]), text.index(entry.headline_en[:12]),
             text.index(entry.summary_zh[:6]), text.index(apply_desk_rules(entry.summary_en)[:20])]  # fmt: skip
    assert order == sorted(order)

    path = tmp_path / "pair.pdf"
    export_pdf(project, project.issue, path, ExportOptions(layout="side-by-side"))
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[0].extract_words(extra_attrs=["size"])
    zh_head = next(w for w in words if w["text"].startswith(entry.headline_zh[:2]) and w["size"] == 15)
    en_head = next(w for w in words if w["text"] == entry.headline_en.split()[0] and w["size"] == 13)
    assert zh_head["x0"] < en_head["x0"]  # Chinese left, English right
    # Both headline tops sit at the same level (within a point: the em boxes differ).
    assert abs(zh_head["top"] - en_head["top"]) < 4
