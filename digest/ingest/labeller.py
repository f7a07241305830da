"""The rule labeller: the page parser's reading of a page, told line by line.

The parser (parse.py) reads the page as an editor does and builds items; this module turns
its items back into one label per line (role, confidence, item, paragraph), which the review
desk shows and corrects and from which assemble.build_articles builds the articles again.
Confidences are the rules' own certainty: a line whose shape and role agree (a byline-shaped
line read as a byline) scores high, a line the rules had to weigh (a heading-shaped line read
as a sub-head or as a paragraph piece) scores lower.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from digest.ingest.bylines import is_author_note
from digest.ingest.calibration import calibrated
from digest.ingest.evidence import heading_style
from digest.ingest.lines import LabelledLine, page_lines
from digest.ingest.parse import BODY, BYLINE, HEADING, NOTE, PHOTO, _Item, _PageParser
from digest.ingest.units import compact, ends_sentence, is_furniture, is_label

CHUNK_LINES = 4000  # a page longer than this is read in parts, cut at blank lines
CHUNK_SEARCH = 1000  # lines looked at past a part's end for a blank line to cut at


def rule_labels(text: str, calibrate: bool = True) -> list[LabelledLine]:
    """Label every non-blank line of `text` (newlines already normalised) with the rules.

    Confidences are calibrated (calibration.py: how often the rule was right on real pages)
    unless `calibrate` is false, which gives the rules' raw certainty (to measure the table).
    """
    out = in_parts(text, _label_part)
    if calibrate:
        for line in out:
            line.confidence = calibrated(line.role, line.confidence)
    return out


def in_parts(text: str, label: Callable[[str], list[LabelledLine]]) -> list[LabelledLine]:
    """`label` applied to a page part by part, the parts' lines, items and paragraphs renumbered.

    A long page is read in parts of about CHUNK_LINES lines cut at blank lines (a real page
    has a few hundred lines; a dump of thousands is many pages pasted together), so a
    labeller's working memory stays bounded whatever the page's size.
    """
    out: list[LabelledLine] = []
    items = paragraphs = 0  # numbers used by the parts before
    for offset, first_line, part in _chunks(text):
        labels = label(part)
        for line in labels:
            line.index += first_line
            line.start += offset
            line.item += items
            if line.paragraph >= 0:
                line.paragraph += paragraphs
        if labels:
            items = max(line.item for line in labels) + 1
            paragraphs = max(paragraphs, max(line.paragraph for line in labels) + 1)
        out.extend(labels)
    return out


def _chunks(text: str) -> Iterator[tuple[int, int, str]]:
    """(offset, first line number, text) of the parts of a page, cut at blank lines."""
    if text.count("\n") < CHUNK_LINES + CHUNK_SEARCH:
        yield 0, 0, text
        return
    lines = text.split("\n")
    start = offset = 0
    while start < len(lines):
        end = min(len(lines), start + CHUNK_LINES)
        if end < len(lines):
            limit = min(len(lines), end + CHUNK_SEARCH)
            end = next((i for i in range(end, limit) if not lines[i].strip()), limit)
        part = "\n".join(lines[start:end])
        yield offset, start, part
        offset += len(part) + 1
        start = end


def _label_part(text: str) -> list[LabelledLine]:
    # The frame of an e-paper view (上一版 下一版, 放大 缩小) is not read as the page: its lines
    # are blanked (same length, so offsets hold) and labelled furniture.
    frame = {number for number, line, _ in page_lines(text) if is_furniture(line)}
    masked = text
    if frame:
        raw = text.split("\n")
        masked = "\n".join(" " * len(line) if number in frame else line for number, line in enumerate(raw))
    parser = _PageParser(masked)
    items = parser.run()
    lines = page_lines(masked)
    by_start = {start: position for position, (_, _, start) in enumerate(lines)}
    unit_at = {(unit.start, unit.end): index for index, unit in enumerate(parser.units)}
    out: dict[int, LabelledLine] = {}
    paragraph_id = 0
    order = sorted(range(len(items)), key=lambda i: min(s for s, _ in items[i].spans))
    for item_number, item_index in enumerate(order):
        item = items[item_index]
        paragraph_of: dict[tuple[int, int], int] = {}
        for spans in item.paragraph_spans:
            for span in spans:
                paragraph_of[span] = paragraph_id
            paragraph_id += 1
        run_in_span = item.paragraph_spans[0][0] if item.lead_in and item.paragraph_spans else None
        subheads = set(item.subheading_spans)
        for span in item.spans:
            unit_index = unit_at.get(span)
            if unit_index is None:
                continue
            unit = parser.units[unit_index]
            cls = parser.classes[unit_index]
            first = by_start[unit.start]
            for offset, line_text in enumerate(unit.lines):
                number, stripped, start = lines[first + offset]
                role, confidence = _role(item, cls, span, line_text, paragraph_of, subheads)
                out[number] = LabelledLine(
                    index=number,
                    text=stripped,
                    start=start,
                    role=role,
                    confidence=confidence,
                    item=item_number,
                    paragraph=paragraph_of.get(span, -1),
                    run_in=span == run_in_span,
                )
    if frame:
        _add_frame(out, text, frame)
    return [out[number] for number in sorted(out)]


def _add_frame(out: dict[int, LabelledLine], text: str, frame: set[int]) -> None:
    """Furniture lines go inside the item around them, or stand as an item of their own."""
    for number, stripped, start in page_lines(text):
        if number in frame:
            out[number] = LabelledLine(number, stripped, start, "furniture", 0.9, -1)
    previous: LabelledLine | None = None
    ordered = [out[number] for number in sorted(out)]
    for position, line in enumerate(ordered):
        if line.item == -1:
            following = next((x for x in ordered[position + 1 :] if x.item != -1), None)
            if previous is not None and following is not None and following.item == previous.item:
                line.item = previous.item
            else:
                line.item = -2  # its own item, numbered below
        else:
            previous = line
    # Renumber: items in page order, each frame line outside an item its own.
    numbers: dict[int, int] = {}
    count = 0
    last = None
    for line in ordered:
        if line.item == -2:
            line.item = count
            count += 1
            last = None
            continue
        if line.item != last:
            numbers.setdefault(line.item, count)
            if numbers[line.item] == count:
                count += 1
            last = line.item
        line.item = numbers[line.item]


def _role(
    item: _Item,
    cls: str,
    span: tuple[int, int],
    line: str,
    paragraph_of: dict[tuple[int, int], int],
    subheads: set[tuple[int, int]],
) -> tuple[str, float]:
    # Frame lines (is_furniture) were blanked before parsing, so no line here is one.
    if item.kind == "section":
        return "section", 0.9 if is_label(line) else 0.7
    if span in paragraph_of:
        role = "caption" if item.kind == "caption" else "paragraph"
        if cls == BODY:
            return role, 0.95 if ends_sentence(line) else 0.85
        return role, 0.6  # a heading-shaped line read as a piece of a paragraph
    if span in subheads:
        return "subheading", 0.9 if heading_style(line) else 0.6
    if cls == BYLINE:
        return "byline", 0.95
    if cls == PHOTO:
        return "caption_credit", 0.95
    if cls == NOTE:
        return ("closing_credit" if is_author_note(line) else "jump"), 0.95
    if cls == HEADING:
        flat = compact(line)
        for role in ("headline", "kicker", "subtitle"):
            if flat == compact(getattr(item, role) or ""):
                return role, 0.85
        for role in ("headline", "kicker", "subtitle"):
            if flat and flat in compact(getattr(item, role) or ""):
                return role, 0.8
        return "byline", 0.6  # a bare author name under a headline
    flat = compact(line)
    for role in ("subtitle", "headline", "kicker"):
        if flat and flat in compact(getattr(item, role) or ""):
            return role, 0.7  # a deck line under the headline, read as such once its lead came
    # A body line that held nothing but a credit (…摄 after the caption, a dateline alone).
    return ("caption_credit" if item.kind == "caption" else "byline"), 0.8
