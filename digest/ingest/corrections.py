"""The editor's corrections, replayed on top of the labeller's reading of a page.

Each Correction names a line (Page.lines() index, with the line's text so a replay finds it
again when the page text moved) and what the editor did there:
- "role": the line is `value` (one of LINE_ROLES). A heading or section line set after body
  text of its item starts a new item there; a credit or jump line that opened an item joins
  the item above; a section line stands alone.
- "split": a new item starts at the line.
- "merge": the line's item joins the item above it.
- "join": the line's paragraph goes on from the previous paragraph of its item.
- "separate": a new paragraph starts at the line.
- "reporters": the reporters of the line's item are `value`, names joined by "、".
Corrections apply in order; one that no longer finds its line is skipped and returned.
"""

from __future__ import annotations

from collections.abc import Iterable

from digest.ingest.lines import BODY_ROLES, HEADING_ROLES, LabelledLine, check_role
from digest.model import CORRECTION_KINDS, Correction

FOLLOWING_ROLES = ("closing_credit", "jump", "caption_credit")
REPORTER_SEPARATOR = "、"


def apply_corrections(
    labelled: list[LabelledLine], corrections: Iterable[Correction]
) -> tuple[list[LabelledLine], list[Correction]]:
    """New labelled lines with the corrections applied, and the corrections that found no line."""
    corrections = list(corrections)
    if not corrections:
        return labelled, []
    lines = [line.copy() for line in labelled]
    skipped: list[Correction] = []
    for correction in corrections:
        if correction.kind not in CORRECTION_KINDS:
            raise ValueError(f"unknown correction kind {correction.kind!r}")
        position = locate(lines, correction.line, correction.text)
        if position is None:
            skipped.append(correction)
            continue
        apply_one(lines, position, correction)
    renumber(lines)
    return lines, skipped


def locate(lines: list[LabelledLine], index: int, text: str) -> int | None:
    """Position in `lines` of page line `index`, or of the line with `text` nearest to it."""
    for position, line in enumerate(lines):
        if line.index == index and (not text or line.text == text.strip()):
            return position
    if not text:
        return None
    matches = [p for p, line in enumerate(lines) if line.text == text.strip()]
    return min(matches, key=lambda p: abs(lines[p].index - index)) if matches else None


def apply_one(lines: list[LabelledLine], position: int, correction: Correction) -> None:
    line = lines[position]
    kind = correction.kind
    if kind == "role":
        set_role(lines, position, check_role(correction.value))
    elif kind == "split":
        _split_before(lines, position)
    elif kind == "merge":
        _merge_up(lines, position)
    elif kind == "join":
        _join(lines, position)
    elif kind == "separate":
        _separate(lines, position)
    elif kind == "reporters":
        names = [n.strip() for n in correction.value.split(REPORTER_SEPARATOR) if n.strip()]
        for other in lines:
            if other.item == line.item:
                other.reporters = None
        line.reporters = names
    line.corrected = True


def set_role(lines: list[LabelledLine], position: int, role: str, confidence: float = 1.0) -> None:
    """Give a line a new role and keep the items and paragraphs consistent with it."""
    line = lines[position]
    old = line.role
    line.role = role
    line.confidence = confidence
    if role in BODY_ROLES:
        if old not in BODY_ROLES:
            line.paragraph = _new_paragraph(lines)
    else:
        line.paragraph = -1
        line.run_in = False
    item_lines = [p for p, other in enumerate(lines) if other.item == line.item]
    first = item_lines[0] == position
    if role == "section":
        if not first:
            _split_before(lines, position)
        if position + 1 < len(lines) and lines[position + 1].item == line.item:
            _split_before(lines, position + 1)
    elif role in HEADING_ROLES and not first:
        before = [lines[p].role for p in item_lines if p < position]
        if any(r in BODY_ROLES or r in ("subheading", "closing_credit", "jump") for r in before):
            _split_before(lines, position)
    elif role in FOLLOWING_ROLES and first and position > 0:
        line.item = lines[position - 1].item  # a credit closes the item above it


def _new_paragraph(lines: list[LabelledLine]) -> int:
    return max((line.paragraph for line in lines), default=-1) + 1


def _new_item(lines: list[LabelledLine]) -> int:
    return max((line.item for line in lines), default=-1) + 1


def _split_before(lines: list[LabelledLine], position: int) -> None:
    item = lines[position].item
    fresh = _new_item(lines)
    for line in lines[position:]:
        if line.item == item:
            line.item = fresh


def _merge_up(lines: list[LabelledLine], position: int) -> None:
    item = lines[position].item
    first = min(p for p, line in enumerate(lines) if line.item == item)
    if first == 0:
        return
    above = lines[first - 1].item
    for line in lines:
        if line.item == item:
            line.item = above


def _join(lines: list[LabelledLine], position: int) -> None:
    line = lines[position]
    if line.role not in BODY_ROLES:
        return
    previous = next(
        (
            other
            for other in reversed(lines[:position])
            if other.role in BODY_ROLES and other.item == line.item
        ),
        None,
    )
    if previous is None:
        return
    old = line.paragraph
    for other in lines[position:]:
        if other.paragraph == old and other.item == line.item:
            other.paragraph = previous.paragraph


def _separate(lines: list[LabelledLine], position: int) -> None:
    line = lines[position]
    if line.role not in BODY_ROLES:
        return
    old, fresh = line.paragraph, _new_paragraph(lines)
    for other in lines[position:]:
        if other.paragraph == old:
            other.paragraph = fresh


def renumber(lines: list[LabelledLine]) -> None:
    """Items numbered 0, 1, 2 … in page order of their first lines."""
    numbers: dict[int, int] = {}
    for line in lines:
        if line.item not in numbers:
            numbers[line.item] = len(numbers)
    for line in lines:
        line.item = numbers[line.item]
