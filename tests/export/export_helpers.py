"""Projects for export tests, built in code from the fixture pages, and PDF text helpers.

A module of its own (not conftest.py) so test files can import it by a name no other
test folder uses.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pdfplumber

from digest.model import Article, Entry, Issue, LayoutOptions, Project, Section

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

# English summaries of the sample edition's style, reused round-robin for the bilingual pages.
EN_SUMMARIES = [
    "Wujin's district committee of the Chinese People's Political Consultative Conference held a "
    "consultation meeting at which more than ten entrepreneur members made proposals on innovation, "
    "talent policy and supply chains; five government departments answered on the spot. Of the "
    'committee\'s 414 members, 190 are entrepreneurs.\nUnder its new "1+3+N" model the committee has '
    "taken up over 80 requests from companies and resolved all of them.",
    "Inspectors from the city's transport, public security and emergency management bureaus have "
    "approved the safety work on five flagged road sections, part of the provincial “Road Doctors in "
    "the Countryside” campaign. This year the district installed 450 warning posts, laid about 3,000 m² "
    "of asphalt and treated 29.44 km of hazardous road, while its safety talks drew over 46,000 visits.",
    "The Haichen supply-chain base for new-energy vehicles, a major provincial project in the national "
    "hi-tech zone, represents an investment of CNY 1 billion and a floor area of about 190,000 m², with "
    "a supply-chain and industrial services centre at its heart. Foundations are being laid and the "
    "first buildings are expected to be finished next autumn, indisputably ahead of schedule.",
    "The green building zone, China's only demonstration cluster for the green building industry, is "
    "pressing ahead with near-zero-carbon industrial parks. Its carbon management institute plans to "
    "serve 1,000 exporters within five years; the city's first near-zero-energy building has cut "
    "electricity use by 60 per cent, according to internationally recognised measurements.",
]
EN_HEADLINES = [
    "District advisers take the pulse of the business climate",
    "“Road doctors” sign off flagged rural roads",
    "Supply-chain hub for electric vehicles takes shape",
    "Green building zone leads the way to near-zero carbon",
]


def fixture_articles() -> list[Article]:
    """Every item with a body from the three fixture pages' truth files."""
    articles: list[Article] = []
    for truth in sorted(PAGES.glob("*.truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        source = truth.name.replace(".truth.json", ".txt")
        for order, item in enumerate(data["articles"]):
            if not item.get("paragraphs"):
                continue
            article = Article(
                source=source,
                page_order=order,
                kind=item["kind"],
                headline=item.get("headline"),
                byline=item.get("byline"),
                reporters=list(item.get("reporters") or []),
                paragraphs=list(item["paragraphs"]),
            )
            article.ensure_id()
            articles.append(article)
    return articles


def _zh_summary(article: Article, limit: int = 170) -> str:
    """The article's opening paragraphs, up to about `limit` characters, as a summary."""
    out: list[str] = []
    size = 0
    for para in article.paragraphs:
        if size >= limit:
            break
        out.append(para[: max(limit - size, 40)])
        size += len(out[-1])
    return "\n".join(out)


def make_project(entries: int = 8, per_section: int = 4, layout: str = "side-by-side") -> Project:
    """A project whose issue holds `entries` entries cycling over the fixture articles."""
    articles = fixture_articles()
    project = Project()
    project.add_articles(articles)
    sections: list[Section] = []
    titles = [("要闻", "Top stories"), ("经济", "Economy"), ("城市", "City"), ("民生", "Daily life")]
    for n in range(entries):
        if n % per_section == 0:
            zh, en = titles[(n // per_section) % len(titles)]
            sections.append(Section(zh, en))
        article = articles[n % len(articles)]
        sections[-1].entries.append(
            Entry(
                article_id=article.id,
                headline_zh=article.headline or article.paragraphs[0][:18],
                headline_en=EN_HEADLINES[n % len(EN_HEADLINES)],
                summary_zh=_zh_summary(article),
                summary_en=EN_SUMMARIES[n % len(EN_SUMMARIES)],
            )
        )
    project.issues.append(
        Issue(
            title_zh="武进简报",
            title_en="Wujin Digest",
            number=12,
            date=dt.date(2026, 11, 28),
            sections=sections,
            layout=LayoutOptions(layout=layout),
            publisher="Jianbao tests",
        )
    )
    return project


def pdf_text(path: Path | str, first: int = 1, last: int = 1) -> str:
    return subprocess.run(
        ["pdftotext", "-f", str(first), "-l", str(last), "-layout", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


# -- where the two bodies of a side-by-side pair start ---------------------------------------------
# page, column (0 left, 1 right), baseline from the top, letters, size of most of its glyphs
Line = tuple[int, int, float, str, float]
BODY_SIZES = (10.5, 10.0)  # DESIGN: Chinese body 10.5 pt, English 10 pt


def _letters(text: str) -> str:
    """Letters and digits only: quotes, dashes and spaces change with the desk rules."""
    return "".join(ch for ch in text if ch.isalnum())


def pdf_lines(data: bytes) -> list[Line]:
    """Every text line of the PDF in reading order, with its baseline (from the glyph matrices)."""
    out: list[Line] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            mid = float(page.width) / 2
            rows: dict[tuple[int, float], list[dict[str, Any]]] = {}
            for ch in page.chars:
                column = 0 if float(ch["x0"]) < mid else 1
                baseline = round(float(page.height) - float(ch["matrix"][5]), 2)
                rows.setdefault((column, baseline), []).append(ch)
            for (column, baseline), chars in sorted(rows.items()):
                text = "".join(c["text"] for c in sorted(chars, key=lambda c: float(c["x0"])))
                sizes = [round(float(c["size"]), 1) for c in chars]
                out.append((number, column, baseline, _letters(text), max(set(sizes), key=sizes.count)))
    return out


def _first_line(lines: list[Line], start: int, column: int, paragraph: str) -> int:
    """Index of the first line at or after `start` in `column` that opens `paragraph`: the body-size
    lines from there on spell the whole paragraph (a headline, or a line inside another paragraph,
    may open with the same words)."""
    key = _letters(paragraph)
    body = [
        i for i in range(start, len(lines)) if lines[i][1] == column and lines[i][4] == BODY_SIZES[column]
    ]
    for n, i in enumerate(body):
        text = ""
        for j in body[n:]:
            text += lines[j][3]
            if len(text) >= len(key):
                break
        if text.startswith(key):
            return i
    raise LookupError(f"no line opens {paragraph[:20]!r}")


def pair_offsets(project: Project, data: bytes) -> list[float]:
    """|zh body start − en body start| in points for every entry with both summaries."""
    lines = pdf_lines(data)
    offsets: list[float] = []
    zh_at = en_at = 0
    for section in project.issue.sections:
        for entry in section.entries:
            zh = next((p for p in entry.summary_zh.splitlines() if p.strip()), "")
            en = next((p for p in entry.summary_en.splitlines() if p.strip()), "")
            if not zh or not en:
                continue
            zh_at = _first_line(lines, zh_at, 0, zh)
            en_at = _first_line(lines, en_at, 1, en)
            (zp, _, zy, _, _), (ep, _, ey, _, _) = lines[zh_at], lines[en_at]
            if zp == ep:
                offsets.append(abs(zy - ey))
            zh_at, en_at = zh_at + 1, en_at + 1
    return offsets
