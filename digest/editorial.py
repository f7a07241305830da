"""Editorial rules the editor window applies, kept free of Qt so they can be tested alone.

Length status (counted by digest.text) against an issue's targets,
warnings for missing translations, lineup operations on an Issue (move, insert, remove
entries and sections, each returning where things ended up) and inserting helper text
at the cursor (replacing the editor's selection, as typing would).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from digest.model import Entry, Issue, LengthTargets, Section
from digest.text import count_en_words, count_zh, is_cjk


class LengthStatus(StrEnum):
    EMPTY = "empty"
    SHORT = "short"
    OK = "ok"
    LONG = "long"


def length_status(count: int, minimum: int, maximum: int) -> LengthStatus:
    """Where `count` stands against a target range.

    >>> [length_status(n, 100, 200).value for n in (0, 50, 150, 201)]
    ['empty', 'short', 'ok', 'long']
    """
    if count <= 0:
        return LengthStatus.EMPTY
    if count < minimum:
        return LengthStatus.SHORT
    if count > maximum:
        return LengthStatus.LONG
    return LengthStatus.OK


@dataclass(frozen=True)
class EntryLength:
    """Live counts of an entry's summaries with their status against the issue targets."""

    zh_count: int
    zh_status: LengthStatus
    en_count: int
    en_status: LengthStatus


def entry_length(entry: Entry, targets: LengthTargets) -> EntryLength:
    zh = count_zh(entry.summary_zh)
    en = count_en_words(entry.summary_en)
    return EntryLength(
        zh_count=zh,
        zh_status=length_status(zh, targets.zh_min, targets.zh_max),
        en_count=en,
        en_status=length_status(en, targets.en_min, targets.en_max),
    )


class Warning_(StrEnum):
    """Why an entry is not ready; the UI words each code in the user's language."""

    MISSING_HEADLINE_ZH = "missing-headline-zh"
    MISSING_HEADLINE_EN = "missing-headline-en"
    MISSING_SUMMARY_ZH = "missing-summary-zh"
    MISSING_SUMMARY_EN = "missing-summary-en"
    UNTRANSLATED_HEADLINE = "untranslated-headline"  # one language present, the other empty
    UNTRANSLATED_SUMMARY = "untranslated-summary"


def entry_warnings(entry: Entry) -> list[Warning_]:
    """Missing text and missing translations of an entry, most serious first.

    A side that has text while the other is empty is a missing translation; both empty is
    simply missing.

    >>> [w.value for w in entry_warnings(Entry("a", headline_zh="标题", summary_zh="摘要"))]
    ['untranslated-headline', 'untranslated-summary']
    """
    warnings: list[Warning_] = []
    hz, he = entry.headline_zh.strip(), entry.headline_en.strip()
    sz, se = entry.summary_zh.strip(), entry.summary_en.strip()
    if bool(hz) != bool(he):
        warnings.append(Warning_.UNTRANSLATED_HEADLINE)
    if bool(sz) != bool(se):
        warnings.append(Warning_.UNTRANSLATED_SUMMARY)
    if not hz and not he:
        warnings.extend((Warning_.MISSING_HEADLINE_ZH, Warning_.MISSING_HEADLINE_EN))
    if not sz and not se:
        warnings.extend((Warning_.MISSING_SUMMARY_ZH, Warning_.MISSING_SUMMARY_EN))
    return warnings


def missing_languages(entry: Entry) -> tuple[bool, bool]:
    """(zh missing, en missing) for an entry's text, counting headline and summary together."""
    zh = bool(entry.headline_zh.strip() or entry.summary_zh.strip())
    en = bool(entry.headline_en.strip() or entry.summary_en.strip())
    return (not zh and en, not en and zh)


def has_own_text(entry: Entry, default_headline: str = "") -> bool:
    """True when an entry holds text the editor wrote (more than the headline it started with):
    what is worth keeping when it leaves the issue.

    >>> has_own_text(Entry("a", headline_zh="原标题"), "原标题"), has_own_text(Entry("a", summary_en="Hi"))
    (False, True)
    """
    return bool(
        entry.headline_en.strip()
        or entry.summary_zh.strip()
        or entry.summary_en.strip()
        or entry.note.strip()
        or entry.headline_zh.strip() not in ("", default_headline.strip())
    )


def changed_span(before: str, after: str) -> tuple[int, int]:
    """Where `after` differs from `before`: [start, end) in `after` (empty when text was only
    deleted), so an undo or redo can select what it changed.

    >>> changed_span("Output rose", "Output rose fast"), changed_span("abc", "ac")
    ((11, 16), (1, 1))
    """
    start = 0
    limit = min(len(before), len(after))
    while start < limit and before[start] == after[start]:
        start += 1
    end_before, end_after = len(before), len(after)
    while end_before > start and end_after > start and before[end_before - 1] == after[end_after - 1]:
        end_before -= 1
        end_after -= 1
    return start, end_after


# ---- lineup -----------------------------------------------------------------------------

Position = tuple[int, int]  # (section index, entry index)


def entry_at(issue: Issue, position: Position) -> Entry:
    section, row = position
    return issue.sections[section].entries[row]


def position_of(issue: Issue, article_id: str) -> Position | None:
    for s, section in enumerate(issue.sections):
        for r, entry in enumerate(section.entries):
            if entry.article_id == article_id:
                return (s, r)
    return None


def ensure_section(issue: Issue) -> int:
    """Index of a section to put new entries in, creating an untitled one in an empty issue."""
    if not issue.sections:
        issue.sections.append(Section())
    return len(issue.sections) - 1


def insert_entry(issue: Issue, entry: Entry, position: Position | None = None) -> Position:
    """Insert `entry` at `position` (clamped), or at the end of the last section; return where."""
    if position is None:
        s = ensure_section(issue)
        row = len(issue.sections[s].entries)
    else:
        s, row = position
        if not issue.sections:
            ensure_section(issue)
            s = 0
        s = max(0, min(s, len(issue.sections) - 1))
        row = max(0, min(row, len(issue.sections[s].entries)))
    issue.sections[s].entries.insert(row, entry)
    return (s, row)


def remove_entry(issue: Issue, position: Position) -> Entry:
    s, row = position
    return issue.sections[s].entries.pop(row)


def move_entry(issue: Issue, source: Position, target: Position) -> Position:
    """Move the entry at `source` so it stands before what is now at `target`; return its new place.

    `target` is given in positions before the move (as a drop indicator shows them), so moving
    down inside one section lands one row higher after the removal.

    >>> issue = Issue(sections=[Section(entries=[Entry("a"), Entry("b"), Entry("c")])])
    >>> move_entry(issue, (0, 0), (0, 3)), [e.article_id for e in issue.sections[0].entries]
    ((0, 2), ['b', 'c', 'a'])
    """
    entry = remove_entry(issue, source)
    s, row = target
    if s == source[0] and row > source[1]:
        row -= 1
    return insert_entry(issue, entry, (s, row))


def step_position(issue: Issue, position: Position, step: int) -> Position | None:
    """Where Alt+Up (step -1) or Alt+Down (+1) takes an entry, crossing into the neighbour
    section at the ends; None when it cannot move further. Returned in after-move terms.

    >>> issue = Issue(sections=[Section(entries=[Entry("a")]), Section(entries=[Entry("b")])])
    >>> step_position(issue, (0, 0), 1), step_position(issue, (1, 0), -1), step_position(issue, (0, 0), -1)
    ((1, 0), (0, 1), None)
    """
    s, row = position
    count = len(issue.sections[s].entries)
    if step < 0:
        if row > 0:
            return (s, row - 1)
        if s > 0:
            return (s - 1, len(issue.sections[s - 1].entries))
        return None
    if row < count - 1:
        return (s, row + 1)
    if s < len(issue.sections) - 1:
        return (s + 1, 0)
    return None


def place_entry(issue: Issue, source: Position, final: Position) -> Position:
    """Move the entry at `source` so that it ends up exactly at `final` (after-move terms)."""
    entry = remove_entry(issue, source)
    return insert_entry(issue, entry, final)


def move_section(issue: Issue, source: int, target: int) -> int:
    """Move section `source` to index `target` (after-move terms); return the new index."""
    section = issue.sections.pop(source)
    target = max(0, min(target, len(issue.sections)))
    issue.sections.insert(target, section)
    return target


# ---- helper text ------------------------------------------------------------------------


@dataclass(frozen=True)
class Insertion:
    text: str  # the field's whole new text
    cursor: int  # where the cursor goes: just after the inserted text
    start: int  # where the inserted text (with any added spacing) begins
    inserted: str  # what was inserted, spacing included


def _needs_space(left: str, right: str) -> bool:
    """Between two Latin/digit characters (or after sentence punctuation) English wants a space."""
    if not left or not right or left.isspace() or right.isspace():
        return False
    if is_cjk(left) or is_cjk(right):
        return False
    if left in "([{“‘\"'" or right in ".,;:!?)]}”’\"'%":
        return False
    return True


def insert_helper_text(
    text: str, cursor: int, insertion: str, selection: tuple[int, int] | None = None
) -> Insertion:
    """Insert `insertion` into `text` at `cursor`, replacing the selection if there is one (as
    typing would: the editor chose to replace it by selecting it).

    Spaces are added where English words would otherwise run together; nothing else of the
    existing text changes.

    >>> insert_helper_text("By  today", 3, "Wu Mengting").text
    'By Wu Mengting today'
    >>> r = insert_helper_text("Output rose", 11, "16.9%"); r.text, r.cursor
    ('Output rose 16.9%', 17)
    >>> insert_helper_text("记者某某报道", 4, "吴梦婷", selection=(2, 4)).text
    '记者吴梦婷报道'
    """
    if selection is not None and selection[0] != selection[1]:
        start, end = sorted(max(0, min(i, len(text))) for i in selection)
        text, cursor = text[:start] + text[end:], start
    cursor = max(0, min(cursor, len(text)))
    left = text[cursor - 1] if cursor > 0 else ""
    right = text[cursor] if cursor < len(text) else ""
    piece = insertion
    if piece and _needs_space(left, piece[0]):
        piece = " " + piece
    if piece and _needs_space(piece[-1], right):
        piece = piece + " "
    new_text = text[:cursor] + piece + text[cursor:]
    end = cursor + len(piece)
    return Insertion(text=new_text, cursor=end, start=cursor, inserted=piece)
