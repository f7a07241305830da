"""Running heads name the section in force at the top of the page: the one the page opens with,
marked 续 / continued when it runs on from an earlier page."""

from __future__ import annotations

import io

import pdfplumber

from digest.export import ExportOptions, build_pdf
from digest.layout.pages import Geometry
from tests.export.export_helpers import make_project

TITLES = [
    ("栏目甲", "Desk Alpha"),
    ("栏目乙", "Desk Bravo"),
    ("栏目丙", "Desk Charlie"),
    ("栏目丁", "Desk Delta"),
]


def _pages(layout: str, paper: str) -> list[tuple[str, list[str]]]:
    """(running head text, body lines top to bottom) for each page after the first."""
    project = make_project(24, per_section=5)
    for section, (zh, en) in zip(project.issue.sections, TITLES * 2, strict=False):
        section.title_zh, section.title_en = zh, en
    data, _ = build_pdf(project, project.issue, ExportOptions(layout=layout, paper=paper))
    text_top = Geometry.create(paper).text_top
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages[1:]:
            band = page.height - text_top  # running heads sit above the text area
            head = page.crop((0, 0, page.width, band)).extract_text() or ""
            body = page.crop((0, band - 0.5, page.width / 2, page.height)).extract_text() or ""
            out.append((head.replace("\n", " "), [ln for ln in body.splitlines() if ln.strip()]))
    return out


def _check(layout: str, paper: str, lang: int) -> int:
    current: str | None = None
    opened = 0
    for head, lines in _pages(layout, paper):
        titles = [t[lang] for t in TITLES]
        top = next((t for t in titles if lines and lines[0].startswith(t)), None)
        if top is not None:
            opened += 1
            assert top in head and "续" not in head and "continued" not in head, (head, lines[:2])
        elif current is not None:
            mark = "（续）" if lang == 0 else " (continued)"
            assert current + mark in head, (head, current, lines[:2])
            # a section starting further down the page is not named
            later = [t for t in titles if t != current and any(ln.startswith(t) for ln in lines)]
            assert not any(t in head for t in later), (head, later)
        else:
            assert not any(t[lang] in head for t in TITLES), head
        for line in lines:
            current = next((t for t in titles if line.startswith(t)), current)
    return opened


def test_side_by_side_running_heads_name_the_section_the_page_opens_with() -> None:
    _check("side-by-side", "A4", 0)


def test_english_running_heads_say_continued() -> None:
    _check("en", "A5", 1)
