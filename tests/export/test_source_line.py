"""The source line: the article's paper, page date and page, each language in its own style."""

from __future__ import annotations

import io

import pdfplumber

from digest.export import ExportOptions, build_pdf
from digest.layout.entries import source_en, source_zh
from digest.model import Article
from tests.export.export_helpers import make_project


def _article(**provenance: str) -> Article:
    return Article(source="wujin-page.txt", headline="标题", paragraphs=["正文。"], **provenance)


def test_source_lines_name_the_paper_its_date_and_page() -> None:
    project = make_project(1)
    a = _article(paper="武进日报", page_label="第02版：要闻", page_date="2026-11-20")
    assert source_zh(a, project.issue) == "来源：《武进日报》2026年11月20日 第02版：要闻"
    assert source_en(a, project.issue, ["zh_CN", "en_GB"]) == "Source: Wujin Daily, 20 November 2026, page 2"
    assert source_en(a, project.issue, ["en_US"]) == "Source: Wujin Daily, November 20, 2026, page 2"
    b = _article(paper="新民晚报", page_label="A2")
    assert source_zh(b, project.issue) == "来源：《新民晚报》 A2"
    assert source_en(b, project.issue, ["en_GB"]) == "Source: Xinmin Evening News, page A2"


def test_the_english_line_names_the_paper_in_english() -> None:
    project = make_project(1)
    for paper, english in (("常州晚报", "Changzhou Evening News"), ("《人民日报》", "People's Daily")):
        line = source_en(_article(paper=paper, page_date="2026-03-05"), project.issue, ["en_US"])
        assert line == f"Source: {english}, March 5, 2026"
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in line)


def test_the_file_name_stands_in_only_when_the_paper_is_unknown() -> None:
    project = make_project(1)
    a = _article()
    assert source_zh(a, project.issue) == "来源：wujin-page.txt"
    assert source_en(a, project.issue, ["en_GB"]) == "Source: wujin-page.txt"
    assert "wujin-page.txt" not in source_zh(_article(paper="武进日报"), project.issue)


def test_stacked_prints_each_language_its_own_source_line() -> None:
    project = make_project(1, per_section=1)
    article = project.article(project.issue.entries()[0].article_id)
    article.paper, article.page_label, article.page_date = "武进日报", "第02版", "2026-11-20"
    data, _ = build_pdf(project, project.issue, ExportOptions(layout="stacked", paper="A5"))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        lines = [ln for page in pdf.pages for ln in page.extract_text().splitlines()]
    zh = lines.index("来源：《武进日报》2026年11月20日 第02版")
    assert lines[zh + 1] == "Source: Wujin Daily, 20 November 2026, page 2"
