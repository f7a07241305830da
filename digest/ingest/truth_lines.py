"""The labelled lines a truth file describes: what the labeller should have said of each line.

A truth file lists a page's items (headings, reporters, sub-heads, paragraphs); this module
finds, for every non-blank line of the page, the item it belongs to, its role and, for body
lines, which paragraph it is a piece of. That is what the learned labeller (crf.py) is trained
on (training_pages, which keeps the rules' lines where they do as well); building articles from these lines (assemble.build_articles) should give the truth back
(the bench prints how often it does: the ceiling of any labeller that reads lines whole).

Lines are matched in page order: a line goes to the first item, at or after the item of the
line before, whose text holds it; lines the truth leaves out are page furniture, and so is a
heading printed a second time. The lines are the labellers' own units: the pipeline hands
truth_lines the page cut into logical lines (logical.py), as it hands them to any labeller.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from digest.ingest.assemble import build_articles
from digest.ingest.bylines import split_jumps
from digest.ingest.decode import normalise_newlines
from digest.ingest.evaluate import TruthPage, article_dict, fold, score_page
from digest.ingest.labeller import rule_labels
from digest.ingest.lines import BODY_ROLES, HEADING_ROLES, LabelledLine, page_lines
from digest.ingest.logical import logical_text
from digest.model import Page

CREDIT_MAX = 40  # a longer line naming a reporter is body text, not a credit
_PIECE_MIN = 4  # a shorter line found inside a paragraph says little (、 or a figure)
_KEY = 12  # characters of a paragraph's start looked for behind a dateline or run-in headline


@dataclass
class _Item:
    kind: str
    headings: list[tuple[str, str]]  # (folded text, role)
    subheads: list[str]
    paragraphs: list[str]
    names: list[str]
    byline: str


def _items(truth: dict[str, Any]) -> list[_Item]:
    out = []
    for item in truth["articles"]:
        kind = item.get("kind") or "article"
        headings = []
        for role in HEADING_ROLES:
            value = fold(item.get(role))
            if value:
                headings.append((value, "section" if kind == "section" else role))
        subheads = [fold(s.get("text") if isinstance(s, dict) else s) for s in item.get("subheadings") or []]
        out.append(
            _Item(
                kind=kind,
                headings=headings,
                subheads=[s for s in subheads if s],
                paragraphs=[fold(p) for p in item.get("paragraphs") or []],
                names=[fold(n) for n in item.get("reporters") or [] if fold(n)],
                byline=fold(item.get("byline")),
            )
        )
    return out


def _match(line: str, item: _Item, after: int = 0) -> tuple[str, int, bool] | None:
    """(role, paragraph number or -1, run-in) if `line` belongs to `item`, else None.

    Paragraphs are tried from number `after` on (a line repeated in several paragraphs is the
    piece of the next one)."""
    for text, role in item.headings:
        if line == text:
            return role, -1, False
    if line in item.subheads:
        return "subheading", -1, False
    for text, role in item.headings:
        if len(line) >= 2 and line in text:
            return role, -1, False  # one line of a heading set on several
    if len(line) >= _PIECE_MIN and any(line in subhead for subhead in item.subheads):
        return "subheading", -1, False  # one line of a sub-head set on several
    if item.byline and line == item.byline:
        return "credit", -1, False
    body = "caption" if item.kind == "caption" else "paragraph"
    _, core, _ = split_jumps(line)
    core = fold(core) or line
    count = len(item.paragraphs)
    numbers = [n for n in [*range(after, count), *range(min(after, count))] if item.paragraphs[n]]
    # The surest reading first, over all paragraphs: a line that is a paragraph or a piece of
    # one is that, before it is taken for a paragraph's start or a piece with a credit glued on.
    for number in numbers:
        if core == item.paragraphs[number]:
            return body, number, False
    for number in numbers:
        if len(core) >= _PIECE_MIN and core in item.paragraphs[number]:
            return body, number, False
    for number in numbers:
        paragraph = item.paragraphs[number]
        if len(paragraph) >= _PIECE_MIN and paragraph[:_KEY] in core:
            # the paragraph's start behind a dateline, a byline or a run-in headline
            lead = core[: core.index(paragraph[:_KEY])]
            run_in = (
                number == 0
                and bool(lead)
                and any(lead.startswith(h) or h.endswith(lead) for h, _ in item.headings)
            )
            return body, number, run_in
    for number in numbers:
        if len(core) >= 2 * _PIECE_MIN and core[: 2 * _PIECE_MIN] in item.paragraphs[number]:
            return body, number, False  # a piece with a credit glued to its end
    if len(line) <= CREDIT_MAX and (
        any(name in line for name in item.names) or (item.byline and item.byline in line)
    ):
        return "credit", -1, False
    return None


def truth_lines(text: str, truth: dict[str, Any]) -> list[LabelledLine]:
    """One LabelledLine per non-blank line of `text` (newlines normalised), as `truth` says.

    Item numbers count the truth's items in page order; furniture lines (lines the truth leaves
    out) take the item of the line before them, where build_articles ignores them.
    """
    items = _items(truth)
    out: list[LabelledLine] = []
    current = 0
    seen_body: set[int] = set()
    last_paragraph: dict[int, int] = {}
    headed: set[tuple[int, str]] = set()
    for number, stripped, start in page_lines(text):
        line = fold(stripped)
        found = None
        order = list(range(current, len(items))) + list(range(current - 1, -1, -1))
        for index in order:
            match = _match(line, items[index], last_paragraph.get(index, 0))
            if match is not None:
                found = index, match
                break
        if found is None:
            out.append(LabelledLine(number, stripped, start, "furniture", 1.0, current))
            continue
        index, (role, paragraph, run_in) = found
        own = index
        if role == "credit" and items[index].byline != line:
            # A credit line goes to the item whose byline it is, before one it only names.
            index = next((i for i in order if items[i].byline == line), index)
        if role in HEADING_ROLES or role == "section":
            if (index, line) in headed:
                # The same heading printed again (a view's title over the page's): furniture.
                out.append(LabelledLine(number, stripped, start, "furniture", 1.0, index))
                continue
            headed.add((index, line))
        current = own
        if role == "credit":
            if items[index].kind == "caption":
                role = "caption_credit"
            else:
                role = "closing_credit" if index in seen_body else "byline"
        if role in BODY_ROLES:
            seen_body.add(index)
            last_paragraph[index] = paragraph
        out.append(
            LabelledLine(
                number,
                stripped,
                start,
                role,
                1.0,
                index,
                paragraph=index * 1000 + paragraph if paragraph >= 0 else -1,
                run_in=run_in,
            )
        )
    return out


def training_pages(pages: Iterable[TruthPage]) -> list[tuple[str, list[LabelledLine]]]:
    """(page text, the lines to learn) of each page, in the given order: what crf.train learns.

    Several labellings give the same articles (a credit read as byline or caption credit, a
    page's menu as furniture or as section items): where the rule labeller's lines rebuild a
    page at least as well as its truth lines do, the model learns the rules' lines, so it
    learns where the rules go wrong rather than a second way of being right.
    """
    out = []
    for page in pages:
        text = logical_text(normalise_newlines(page.text).lstrip("\ufeff"))
        truth = truth_lines(text, page.truth)
        rules = rule_labels(text, calibrate=False)
        if _rebuilt(page, text, rules) >= _rebuilt(page, text, truth):
            truth = rules
        out.append((text, truth))
    return out


def _rebuilt(page: TruthPage, text: str, lines: list[LabelledLine]) -> tuple[int, int]:
    """(items right in content, joins made) of the articles `lines` describe."""
    articles = build_articles(Page(id="", source="", text=text), lines)
    score = score_page(page.truth, [article_dict(a) for a in articles])
    return score.content, score.joined
