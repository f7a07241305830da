"""The story: sections and entries of an issue as flowables, for each of the four layouts.

An entry reads: section label where a section starts; zh headline; en headline; byline line;
summaries; source line. Side by side pairs the Chinese and English columns (see columns.Pair).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reportlab.platypus import Flowable

from digest.language.papers import english_paper_name
from digest.layout.columns import Anchor, HeadGroup, Headline, HRule, Pair, TailGroup
from digest.layout.kit import TextBlock, TextStyle, english_byline, format_date
from digest.layout.pages import GUTTER, FlowState, SectionStart
from digest.layout.styles import Styles
from digest.model import DEFAULT_LOCALES, Article, Entry, Issue, Project

ENTRY_GAP = 16.0
SECTION_GAP = 22.0


def paragraphs(text: str) -> list[str]:
    """Summary text to paragraphs: one per non-empty line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@functools.lru_cache(maxsize=64)
def _date_zh(d: dt.date) -> str:
    """'2026年11月28日' (babel is slow enough to matter once per entry)."""
    return format_date(d, "zh_CN", "long")


@functools.lru_cache(maxsize=64)
def _date_en(d: dt.date, locales: tuple[str, ...]) -> str:
    en = next((loc for loc in locales if loc.startswith("en")), DEFAULT_LOCALES[1])
    return format_date(d, en, "long")


def byline_zh(article: Article | None) -> str:
    if article is None:
        return ""
    if article.kind == "caption":
        return article.byline or ("　".join(article.reporters) + " 摄" if article.reporters else "")
    if article.reporters:
        return "记者 " + "　".join(article.reporters)
    return ""


def byline_en(article: Article | None) -> str:
    if article is None or not article.reporters:
        return ""
    return english_byline(list(article.reporters), role="photo" if article.kind == "caption" else "reporter")


def _page_date(article: Article | None) -> dt.date | None:
    if article is None or not article.page_date:
        return None
    try:
        return dt.date.fromisoformat(article.page_date[:10])
    except ValueError:
        return None


_PAGE_NUMBER = re.compile(r"第?\s*([A-Za-z]?\d+[A-Za-z]?)\s*版")


def _page_en(label: str) -> str:
    """'第02版：要闻' -> 'page 2'; 'A2' -> 'page A2'; other labels as printed."""
    label = label.strip()
    m = _PAGE_NUMBER.search(label) or re.fullmatch(r"([A-Za-z]?\d+[A-Za-z]?)", label)
    if m:
        number = m.group(1)
        return f"page {number.lstrip('0') or '0'}" if number.isdigit() else f"page {number.upper()}"
    return label


def source_zh(article: Article | None, issue: Issue) -> str:
    """'来源：《武进日报》2026年11月28日 第02版：要闻' from the article's provenance.

    The import file's name stands in for the paper only when the paper is not known; a part the
    page did not give is left out.
    """
    if article is None:
        return ""
    paper = article.paper.strip()
    if paper:
        name = paper if paper.startswith("《") else f"《{paper}》"
    else:
        name = article.source
    date = _page_date(article)
    parts = [name + (_date_zh(date) if date else ""), article.page_label.strip()]
    text = " ".join(p for p in parts if p)
    return f"来源：{text}" if text else ""


def source_en(article: Article | None, issue: Issue, locales: list[str]) -> str:
    """'Source: Wujin Daily, 28 November 2026, page 2': the paper's English name (its own, or the
    place in pinyin and its kind), the date written by babel for the edition's English locale."""
    if article is None:
        return ""
    paper = article.paper.strip().strip("《》")
    name = english_paper_name(paper) if paper else article.source
    date = _page_date(article)
    parts = [name, _date_en(date, tuple(locales)) if date else "", _page_en(article.page_label)]
    text = ", ".join(p for p in parts if p)
    return f"Source: {text}" if text else ""


def _assemble(heads: list[Flowable], body: Sequence[Flowable], tail: Flowable) -> list[Flowable]:
    """Headings kept with the first lines, the body, and the source line kept with the last lines."""
    if not body:
        return [HeadGroup(heads, tail)]
    parts = [*body[:-1], TailGroup(body[-1], tail)]
    return [HeadGroup(heads, parts[0]), *parts[1:]]


@dataclass
class EntryRef:
    """Where an entry is in the issue: numbers used by preflight and the TOC."""

    number: int  # 1-based over the whole issue
    section: int  # 0-based section index
    index: int  # 0-based index in the section
    entry: Entry
    article: Article | None


def entry_refs(project: Project, issue: Issue) -> list[EntryRef]:
    refs: list[EntryRef] = []
    n = 0
    for si, section in enumerate(issue.sections):
        for ei, entry in enumerate(section.entries):
            n += 1
            refs.append(EntryRef(n, si, ei, entry, project.article(entry.article_id)))
    return refs


@dataclass
class StoryBuilder:
    project: Project
    issue: Issue
    layout: str
    locales: list[str]
    styles: Styles
    state: FlowState
    blocks: list[TextBlock] = field(default_factory=list)  # every TextBlock made, for overfull checks
    block_owner: dict[int, int] = field(default_factory=dict)  # id(block) -> entry number
    sources: list[TextBlock] = field(default_factory=list)  # source lines (preflight: one line each)

    def text(self, text: str, style: TextStyle, owner: int | None = None) -> TextBlock:
        block = TextBlock(text, style)
        self.blocks.append(block)
        if owner is not None:
            self.block_owner[id(block)] = owner
        return block

    def body(self, text: str, lang: str, owner: int) -> list[TextBlock]:
        s = self.styles
        paras = paragraphs(text)
        if lang == "zh":
            out = [self.text(p, s.zh_body, owner) for p in paras]
        else:
            out = [self.text(p, s.en_body_first if i == 0 else s.en_body, owner) for i, p in enumerate(paras)]
        return out

    def _anchors(self, ref: EntryRef, first_in_section: bool) -> list[Flowable]:
        section = self.issue.sections[ref.section]
        anchors: list[Flowable] = []
        if first_in_section:
            title = " · ".join(t for t in self._pick(section.title_zh, section.title_en) if t) or "—"

            def mark_section(page: int, x: float, y: float, si: int = ref.section) -> None:
                self.state.section_pages.setdefault(si, page)
                self.state.sections_started.append(SectionStart(page, si, x, y))

            anchors.append(Anchor(f"s{ref.section}", title, 0, mark_section))
        head = " · ".join(t for t in self._pick(ref.entry.headline_zh, ref.entry.headline_en) if t)

        def mark_entry(page: int, x: float, y: float, n: int = ref.number) -> None:
            self.state.entry_pages.setdefault(n, page)

        anchors.append(Anchor(f"e{ref.number}", head or f"#{ref.number}", 1, mark_entry))
        return anchors

    def _pick(self, zh: str, en: str) -> tuple[str, ...]:
        if self.layout == "zh":
            return (zh,)
        if self.layout == "en":
            return (en,)
        return (zh, en)

    def _section_heads(self, ref: EntryRef, langs: tuple[str, ...]) -> list[Flowable]:
        """An accent rule and the section's title; both languages share one line when stacked."""
        section = self.issue.sections[ref.section]
        s = self.styles
        out: list[Flowable] = [HRule(1.2, space_after=3)]
        titles = [section.title_zh if lang == "zh" else section.title_en for lang in langs]
        title = "　".join(t.strip() for t in titles if t.strip())
        if title:
            out.append(self.text(title, s.zh_section if langs[0] == "zh" else s.en_section, ref.number))
        return out

    def column(self, ref: EntryRef, lang: str, first_in_section: bool, anchors: bool) -> list[Flowable]:
        """One language's flowables for an entry (side by side, or a single-language layout)."""
        s, e, a = self.styles, ref.entry, ref.article
        heads: list[Flowable] = []
        if anchors:
            heads.extend(self._anchors(ref, first_in_section))
        if first_in_section:
            heads.extend(self._section_heads(ref, (lang,)))
        headline = e.headline_zh if lang == "zh" else e.headline_en
        if headline.strip():
            heads.append(
                Headline(self.text(headline.strip(), s.zh_head if lang == "zh" else s.en_head, ref.number))
            )
        byline = byline_zh(a) if lang == "zh" else byline_en(a)
        if byline:
            heads.append(self.text(byline, s.zh_byline if lang == "zh" else s.en_byline, ref.number))
        body = self.body(e.summary_zh if lang == "zh" else e.summary_en, lang, ref.number)
        source = source_zh(a, self.issue) if lang == "zh" else source_en(a, self.issue, self.locales)
        tail = self.text(source or " ", s.zh_source if lang == "zh" else s.en_source, ref.number)
        self.sources.append(tail)
        return _assemble(heads, body, tail)

    def stacked(self, ref: EntryRef, first_in_section: bool) -> list[Flowable]:
        s, e, a = self.styles, ref.entry, ref.article
        heads: list[Flowable] = [*self._anchors(ref, first_in_section)]
        if first_in_section:
            heads.extend(self._section_heads(ref, ("zh", "en")))
        if e.headline_zh.strip():
            heads.append(Headline(self.text(e.headline_zh.strip(), s.zh_head, ref.number)))
        if e.headline_en.strip():
            heads.append(Headline(self.text(e.headline_en.strip(), s.en_head, ref.number)))
        line = " | ".join(t for t in (byline_zh(a), byline_en(a)) if t)
        if line:
            heads.append(self.text(line, s.zh_byline, ref.number))
        zh = self.body(e.summary_zh, "zh", ref.number)
        en = self.body(e.summary_en, "en", ref.number)
        if en and zh:
            en[0] = self.text(en[0].text, replace(en[0].style, space_before=6), ref.number)
        body = zh + en
        # Each language's source line in its own style and date format, kept together.
        zh_source = self.text(source_zh(a, self.issue) or " ", s.zh_source, ref.number)
        tail = self.text(
            source_en(a, self.issue, self.locales) or " ", replace(s.en_source, space_before=0), ref.number
        )
        self.sources.extend((zh_source, tail))
        return _assemble(heads, [*body, zh_source], tail)

    def entries(self) -> list[Flowable]:
        story: list[Flowable] = []
        refs = entry_refs(self.project, self.issue)
        for ref in refs:
            first = ref.index == 0
            gap = SECTION_GAP if first else ENTRY_GAP
            if self.layout == "side-by-side":
                left = self.column(ref, "zh", first, anchors=True)
                right = self.column(ref, "en", first, anchors=False)
                story.append(Pair(left, right, GUTTER, rule=True, space_before=gap, level=True))
                continue
            if self.layout == "stacked":
                items = self.stacked(ref, first)
            else:
                items = self.column(ref, self.layout, first, anchors=True)
            items[0].spaceBefore = gap
            story.extend(items)
        return story
