"""The labelled lines of a page: what the labeller says each line is, and where it belongs.

A page's lines are `Page.text.split("\\n")`; blank lines carry no role and are left out of the
labelled list (`LabelledLine.index` points into the page's lines). Each labelled line has a
role (one of LINE_ROLES), a confidence in [0, 1], the item it belongs to (items are numbered in
page order) and, for body text, the paragraph it is part of (lines of one paragraph cut by a
column break share it). The review desk shows these and changes them through corrections.
"""

from __future__ import annotations

from dataclasses import dataclass

from digest.model import LINE_ROLES

HEADING_ROLES = ("kicker", "headline", "subtitle")
BODY_ROLES = ("paragraph", "caption")


@dataclass(slots=True)
class LabelledLine:
    index: int  # line number in Page.lines()
    text: str  # the line without its surrounding white space
    start: int  # offset of `text` in the page text
    role: str  # one of LINE_ROLES
    confidence: float  # in [0, 1]: how sure the labeller is of `role`
    item: int  # the item (article, brief, caption, section) the line belongs to, in page order
    paragraph: int = -1  # body lines: the paragraph id (shared by the pieces of one paragraph)
    run_in: bool = False  # a paragraph led by its own headline (【标题】正文…)
    corrected: bool = False  # the role, item or paragraph comes from the editor or a profile
    reporters: list[str] | None = None  # the editor's reporters for this line's item

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def copy(self) -> LabelledLine:
        return LabelledLine(
            self.index,
            self.text,
            self.start,
            self.role,
            self.confidence,
            self.item,
            self.paragraph,
            self.run_in,
            self.corrected,
            None if self.reporters is None else list(self.reporters),
        )


def check_role(role: str) -> str:
    if role not in LINE_ROLES:
        raise ValueError(f"unknown line role {role!r} (one of {', '.join(LINE_ROLES)})")
    return role


def page_lines(text: str) -> list[tuple[int, str, int]]:
    """(line number, stripped text, offset of the stripped text) of every non-blank line."""
    out: list[tuple[int, str, int]] = []
    offset = 0
    for number, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            out.append((number, stripped, offset + len(raw) - len(raw.lstrip())))
        offset += len(raw) + 1
    return out
