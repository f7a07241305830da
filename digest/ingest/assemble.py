"""Building articles from labelled lines: group by item, join paragraph pieces, read credits.

The labelled lines say what each line is (role), which item it belongs to and which paragraph
a body line is part of; this module only reads them, so a corrected label gives a corrected
article. Text inside a line that the role does not cover is read here: a dateline or byline
opening the first paragraph (本报讯（记者 X）…), a credit closing a paragraph (…。（张 黎）), a
jump line glued to a paragraph (（下转第2版）), a headline run into a brief (【标题】正文…).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from digest.ingest.bylines import (
    _CLOSE,
    Credit,
    author_name_line,
    byline_line,
    credit_names,
    leading_byline,
    parse_credit,
    photo_credit_line,
    split_jumps,
    trailing_credit,
)
from digest.ingest.leadins import lead_in_headline, spaced_lead
from digest.ingest.lines import HEADING_ROLES, LabelledLine
from digest.model import Article, Page, Subheading
from digest.text import compile_han


@dataclass
class _Draft:
    lines: list[LabelledLine] = field(default_factory=list)
    headings: dict[str, list[str]] = field(default_factory=dict)
    byline: str | None = None
    reporters: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)
    paragraph_ids: list[int] = field(default_factory=list)
    subheadings: list[Subheading] = field(default_factory=list)
    caption: bool = False
    section: list[str] = field(default_factory=list)
    credited: bool = False  # a credit of its own (for captions sharing the credit of a block)

    def add_credit(self, text: str, names: list[str]) -> None:
        if self.byline is None:
            self.byline = text
        else:
            self.credits.append(text)
        self.credited = True
        for name in names:
            if name not in self.reporters:
                self.reporters.append(name)


def group_items(labelled: list[LabelledLine]) -> list[list[LabelledLine]]:
    """The labelled lines of each item, items in page order (by their first line)."""
    items: dict[int, list[LabelledLine]] = {}
    for line in labelled:
        items.setdefault(line.item, []).append(line)
    return sorted(items.values(), key=lambda lines: lines[0].index)


def build_articles(page: Page, labelled: list[LabelledLine]) -> list[Article]:
    """The page's articles as its labelled lines say, in page order, with provenance set.

    Built one item at a time, so only the articles stay in memory, not their drafts.
    """
    articles: list[Article] = []
    uncredited: list[Article] = []  # captions of a photo block waiting for the block's credit
    for lines in group_items(labelled):
        if all(line.role == "furniture" for line in lines):
            continue
        draft = _draft(lines)
        article = _article(draft, page)
        article.page_order = len(articles)
        articles.append(article)
        if not draft.caption:
            uncredited.clear()
        elif not draft.credited and not _edited(draft):
            uncredited.append(article)
        else:
            # Numbered captions of one block (图① 图②) share the credit set after the last one.
            for waiting in uncredited:
                waiting.reporters = list(article.reporters) or waiting.reporters
            uncredited.clear()
    return articles


def _edited(draft: _Draft) -> bool:
    return any(line.reporters is not None for line in draft.lines)


def _credit_of(text: str) -> Credit | None:
    """The credit a line labelled as one holds: the parsers' reading, else the names in it."""
    if text[-2:-1] in _CLOSE and text[-1:] in ("?", "\ufffd"):
        text = text[:-1]  # (吕劲)?: a character the copy could not convert, after the credit
    found = byline_line(text) or photo_credit_line(text) or author_name_line(text) or parse_credit(text)
    if found is not None:
        return found
    names = credit_names(text)
    return Credit(text=text, names=names) if names else None


def _draft(lines: list[LabelledLine]) -> _Draft:
    draft = _Draft(lines=lines)
    first_body = True
    previous = ""  # the role of the line before (furniture skipped)
    for line in lines:
        role = line.role
        text = line.text
        before_role = previous
        if role != "furniture":
            previous = role
        if role == "section":
            draft.section.append(text)
        elif role in HEADING_ROLES:
            draft.headings.setdefault(role, []).append(text)
        elif role == "subheading":
            before = len(draft.paragraphs)
            if before_role == "subheading" and draft.subheadings[-1].before_paragraph == before:
                # A sub-head set on two lines, no text between: one sub-head.
                draft.subheadings[-1].text += " " + text
            else:
                draft.subheadings.append(Subheading(text, before_paragraph=before))
        elif role in ("byline", "caption_credit", "closing_credit"):
            credit = _credit_of(text)
            draft.add_credit(text, credit.names if credit else [])
        elif role == "dateline":
            draft.add_credit(text, [])
        elif role == "jump":
            draft.credits.append(text)
        elif role == "furniture":
            continue
        else:  # paragraph, caption
            draft.caption = draft.caption or role == "caption"
            _body_line(draft, line, first_body)
            first_body = False
    if not draft.reporters and draft.paragraphs:
        _trailing_name(draft)
    return draft


_TRAILING_NAME = compile_han(r"(?<=[。！？!?”」』])\s*([\p{Han}]{2,3})$")


def _trailing_name(draft: _Draft) -> None:
    """An author's bare name after the item's last sentence (…一片掌声。金海亮): its credit."""
    pieces = draft.paragraphs[-1]
    found = _TRAILING_NAME.search(pieces[-1])
    credit = author_name_line(found.group(1)) if found else None
    if found is None or credit is None:
        return
    tail = pieces[-1][found.start() :]
    pieces[-1] = pieces[-1][: found.start()]
    draft.add_credit(tail.strip(), credit.names)


def _body_line(draft: _Draft, line: LabelledLine, first: bool) -> None:
    jump_before, text, jump_after = split_jumps(line.text)
    if jump_before:
        draft.credits.append(jump_before)
    if first and line.run_in:
        if draft.headings:  # the headline's second line, set before the lead
            headed = spaced_lead(text, after_headline=True)
            if headed is not None and draft.byline is not None and leading_byline(headed[1]) is not None:
                headed = None  # the parser opened a new item here (see parse._body_text)
        else:
            headed = lead_in_headline(text) or spaced_lead(text)
        if headed is not None:
            draft.headings.setdefault("headline", []).append(headed[0])
            text = headed[1]
    if first:
        lead = leading_byline(text)
        if lead is not None:
            draft.add_credit(lead.byline, lead.names)
            text = lead.rest
    found = trailing_credit(text)
    if found is not None:
        text, credit = found
        draft.add_credit(credit.text, credit.names)
    if text:
        if draft.paragraph_ids and draft.paragraph_ids[-1] == line.paragraph and line.paragraph >= 0:
            draft.paragraphs[-1].append(text)
        else:
            draft.paragraphs.append([text])
            draft.paragraph_ids.append(line.paragraph)
    if jump_after:
        draft.credits.append(jump_after)


def _kind(draft: _Draft) -> str:
    if draft.section and not draft.paragraphs:
        return "section"
    if draft.caption:
        return "caption"
    if not draft.paragraphs:
        return "section" if draft.byline is None and not draft.subheadings else "article"
    return "brief" if len(draft.paragraphs) == 1 else "article"


def _article(draft: _Draft, page: Page) -> Article:
    headings = {role: " ".join(parts) for role, parts in draft.headings.items()}
    if "headline" not in headings:
        # A heading stack that lost its main line (to a correction): its first line is the headline.
        for role in ("subtitle", "kicker"):
            if role in headings:
                headings["headline"] = headings.pop(role)
                break
    headline = headings.get("headline")
    if draft.section:
        section = " ".join(draft.section)
        headline = f"{section} {headline}" if headline else section
    first, last = draft.lines[0], draft.lines[-1]
    reporters = next((line.reporters for line in draft.lines if line.reporters is not None), draft.reporters)
    return Article(
        source=page.source,
        kind=_kind(draft),
        headline=headline,
        kicker=headings.get("kicker"),
        subtitle=headings.get("subtitle"),
        byline=draft.byline,
        reporters=list(reporters),
        paragraphs=["".join(parts) for parts in draft.paragraphs],
        subheadings=list(draft.subheadings),
        credits=list(draft.credits),
        # One line's item: its text is the line's (one string shared, not a second copy).
        original=first.text if first is last else page.text[first.start : last.end],
        paper=page.paper,
        page_label=page.page_label,
        page_date=page.page_date,
        page_id=page.id,
        line_start=first.index,
        line_end=last.index + 1,
    )
