"""Logical lines: one physical line that holds two roles is cut in two before labelling.

A labeller gives every line one role, but e-paper text views and archives often print two
things on one line: a page label and the issue number (`1886 期 / 第2版:2`,
`7:基层动态总第215期`), a page label and the view's navigation (`第3版:要闻 上一版 下一版`),
a record's fields (`来源: 嘉兴日报 作者: 记者 张三 编辑: 李四`), a heading and the dateline of
the text under it (`祖籍宁波的香港企业家   新华社北京8月1日电 近日,…`), paragraphs set one
after another with a space between (`…会加快。 美国、日本…`), a numbered headline
(`1. 马德里万人抗议马约`), a bracketed label and a headline (`【头版图片】南京撞响和平大钟`).

`logical_text(text)` inserts a newline at each such cut, after the white space there (so every
character stays where it was and in order; the cut only ends a line early). It is what every
labeller and the truth files' own labels (truth_lines.py) read, so a line is the same unit for
all of them. It is idempotent: a page already cut is not cut again.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

from digest.ingest.bylines import dateline_at, leading_byline
from digest.ingest.lines import LabelledLine
from digest.ingest.units import is_furniture, is_page_label
from digest.text import CJK_CLASS, is_han

# An issue number or date printed beside a page label: 1886 期, 总第215期, 2015-03-05.
_ISSUE = re.compile(r"(?:总?第?\s*\d{1,5}\s*期|\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?)[\s/|｜>]*")
# 总第215期 glued to the end of a page label (7:基层动态总第215期 >2015-03-05编印).
_GLUED_ISSUE = re.compile(r"(?<=\S)总第\s*\d{1,5}\s*期")
# The fields of a record's information line; a line holding two or more of them is cut before each.
_FIELD = re.compile(
    r"(?<=\s)(?:来源|來源|作者|编辑|編輯|责编|責編|责任编辑|責任編輯|点击|點擊|阅读次数|閱讀次數|发布时间|發佈時間|语音阅读|刊发日期)\s*[：:]"
)
_SEPARATORS = " \t\u3000/|｜"
# A numbered headline of an archive's list: 1. 标题 (the number is the list's, not the title's).
_NUMBERED = re.compile(r"\d{1,2}[.．]\s+(?=\S)")
# A short bracketed label before a headline: 【头版图片】标题.
_BRACKET_LABEL = re.compile(r"【[^【】]{1,8}】(?=\S)")
_FINAL = "。！？；!?;…"
_SENTENCE_END = "。！？”」』）)"
_SPACE = re.compile(r"\s+")
_CJK = re.compile(f"[{CJK_CLASS}]")
# What every cut needs somewhere in its line (white space, 期, a leading number or 【): most
# lines of a page have none of these and are passed over by these searches at C speed.
_WORTH_A_LOOK = (re.compile(r"[^\S\n]"), re.compile("期"), re.compile(r"\n[^\S\n]*[\d【]"))
# A line that may hold a page label (版, or A3-style page numbers) is worth the label checks.
_LABEL_MARK = re.compile(r"版|[A-Z]\d")
# A dateline ends in one of these within its first characters (新华社北京8月1日电, 本报讯, …消息).
_DATELINE_MARK = re.compile(r"电|電|讯|訊|消息")
_DATELINE_REACH = 40
_LINE_MAX = 4000  # a longer line is never cut
_LABEL_LINE_MAX = 120  # a line holding a page label is short
_HEADING_MAX = 40  # a longer text after a label or number is body text, not a headline
_JOINED_MIN = 40  # paragraphs set on one line: only lines at least this long are cut
_PIECE_MIN = 6  # ... into pieces at least this long before the cut
_PARAGRAPH_MIN = 16  # ... and after it (a shorter piece is a credit: （张三）)


def logical_text(text: str) -> str:
    """`text` (newlines normalised) with a newline inserted wherever one line holds two roles.

    >>> logical_text("1886 期 / 第2版:2")
    '1886 期 / \\n第2版:2'
    >>> logical_text("第一段写到这里，到此为止了。 第二段从这里开始，一直写下去，写到很长很长很长很长。")
    '第一段写到这里，到此为止了。 \\n第二段从这里开始，一直写下去，写到很长很长很长很长。'
    """
    return _insert(text, cut_points(text))


def cut_points(text: str) -> list[int]:
    """The offsets in `text` where a line is cut in two (a newline goes before the character)."""
    lines: set[tuple[int, int]] = set()
    if re.match(r"[^\S\n]*[\d【]", text):
        lines.add((0, len(text) if "\n" not in text else text.index("\n")))
    for pattern in _WORTH_A_LOOK:
        position = 0
        while (match := pattern.search(text, position)) is not None:
            at = match.start()
            start = at + 1 if text.startswith("\n", at) else text.rfind("\n", 0, at) + 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            lines.add((start, end))
            position = end + 1
    points: list[int] = []
    for start, end in sorted(lines):
        line = text[start:end]
        points.extend(start + cut for cut in sorted(set(_cuts(line))) if 0 < cut < len(line))
    return points


def _insert(text: str, points: list[int]) -> str:
    if not points:
        return text
    parts = []
    start = 0
    for point in points:
        parts.append(text[start:point])
        start = point
    parts.append(text[start:])
    return "\n".join(parts)


def split_line(line: str) -> list[str]:
    """The logical lines of one physical line: pieces that join back to `line` exactly."""
    return _insert(line, cut_points(line)).split("\n")


def label_logical_lines(text: str, labeller: Callable[[str], list[LabelledLine]]) -> list[LabelledLine]:
    """`labeller` run on the logical lines of `text`, its lines told back in the page's terms:
    `index` is the page line a logical line is part of (two logical lines of one page line share
    it; their texts differ), `start` the offset of its text in `text`."""
    points = cut_points(text)
    labelled = labeller(_insert(text, points))
    if not points:
        return labelled
    inserted = [point + number for number, point in enumerate(points)]  # the newlines' offsets
    for line in labelled:
        before = bisect.bisect_left(inserted, line.start)
        line.start -= before
        line.index -= before
    return labelled


def is_list_number(text: str) -> bool:
    """A numbered list's number standing alone once its headline is cut off (`1.`, `12．`)."""
    return re.fullmatch(r"\d{1,2}[.．]", text.strip()) is not None


def _cuts(line: str) -> list[int]:
    stripped = line.strip()
    if len(stripped) < 3 or len(line) > _LINE_MAX:
        return []  # a longer line is a dump, not a page's line: left whole (time stays linear)
    if _CJK.search(line) is None:
        return []  # every form cut here is Chinese: an English line is left as it is
    lead = len(line) - len(line.lstrip())
    cuts: list[int] = []
    if "期" in line:
        cuts += [m.start() for m in _GLUED_ISSUE.finditer(line) if line[: m.start()].strip()]
    numbered = _NUMBERED.match(line, lead)
    if numbered and _heading_like(line[numbered.end() :]):
        cuts.append(numbered.end())
    label = _BRACKET_LABEL.match(line, lead)
    if label and _heading_like(line[label.end() :]):
        cuts.append(label.end())
    gaps = _gaps(line, lead)
    if not gaps:
        return cuts  # most lines of a Chinese page: no white space inside
    if is_furniture(line):
        return cuts  # a web view's metadata row stays one furniture line (its pieces are not)
    fields = [m.start() - 1 for m in _FIELD.finditer(" " + line)]
    if len(fields) >= 2:
        cuts += [cut for cut in fields if line[:cut].strip()]
    if len(line) <= _LABEL_LINE_MAX and _LABEL_MARK.search(line):
        cuts += _label_cuts(line, gaps)
    cuts += _gap_cuts(line, lead, gaps)
    return cuts


def _heading_like(text: str) -> bool:
    flat = text.strip()
    return 2 <= len(flat) <= _HEADING_MAX and not any(ch in _FINAL for ch in flat)


def _gaps(line: str, lead: int) -> list[tuple[int, int]]:
    """(start, end) of each run of white space inside the line (not at its ends)."""
    stripped_end = len(line.rstrip())
    return [
        (m.start(), m.end())
        for m in _SPACE.finditer(line, lead)
        if lead < m.start() and m.end() < stripped_end
    ]


def _label_cuts(line: str, gaps: list[tuple[int, int]]) -> list[int]:
    """A page label beside an issue number, a date or the view's navigation."""
    cuts: list[int] = []
    for start, end in gaps:
        left, right = line[:start], line[end:]
        left_core = left.strip().rstrip(_SEPARATORS)
        right_core = right.strip().lstrip(_SEPARATORS)
        if is_page_label(right_core) and (_ISSUE.fullmatch(left.strip() + " ") or is_furniture(left)):
            cut = end
            while cut < len(line) and line[cut] in _SEPARATORS:
                cut += 1
            cuts.append(cut)
        elif is_page_label(left_core) and (is_furniture(right) or _ISSUE.fullmatch(right.strip() + " ")):
            cuts.append(end)
    return cuts


def _gap_cuts(line: str, lead: int, gaps: list[tuple[int, int]]) -> list[int]:
    """A dateline after a gap (a heading's line glued before the text), and paragraphs set on one
    line (a gap after a sentence's end, then text)."""
    cuts: list[int] = []
    joined = len(line) - lead >= _JOINED_MIN and not _spaced_out(line)
    byline_end: int | None = None  # the end of a byline opening the line (found when first needed)
    han: list[int] = []  # Han characters before each offset (made when first needed)
    for start, end in gaps:
        left = start - lead  # the length of the text before the gap (it starts at `lead`)
        if left < 2:
            continue
        if _DATELINE_MARK.search(line, end, end + _DATELINE_REACH) and dateline_at(line, end):
            # A heading's line before the dateline; a longer run-in headline stays (assemble reads it).
            if left <= _HEADING_MAX:
                cuts.append(end)
            continue
        if not joined or left < _PIECE_MIN:
            continue
        before, after = line[start - 1], line[end]
        if (
            before in _SENTENCE_END
            and (is_han(after) or after in "“「『（(【《")
            and len(line.rstrip()) - end >= _PARAGRAPH_MIN  # a credit after the gap stays: assemble reads it
        ):
            if byline_end is None:
                # A byline opening the text (本报讯 (记者 X) 正文…) stays on its line: assemble reads it.
                opening = leading_byline(line[lead:])
                byline_end = lead + len(opening.byline) if opening is not None else -1
            if start <= byline_end:
                continue
            if not han:
                han = list(itertools.accumulate((is_han(ch) for ch in line), initial=0))
            if 2 * (han[start] - han[lead]) < left:
                continue  # not Han text: never an English sentence's `. `
            cuts.append(end)
    return cuts


def _spaced_out(line: str) -> bool:
    """Text from a PDF's text layer, a space between every two characters: its gaps are not cuts."""
    tokens = line.split()
    return len(tokens) >= 6 and sum(len(t) == 1 for t in tokens) * 3 >= len(tokens) * 2


def drop_list_numbers(labelled: list[LabelledLine]) -> list[LabelledLine]:
    """`labelled` (changed in place) with every list number cut off its headline made furniture
    of the item after it, whatever the labeller said of it (it is never text)."""
    for position, line in enumerate(labelled):
        if is_list_number(line.text) and position + 1 < len(labelled):
            line.role = "furniture"
            line.item = labelled[position + 1].item
            line.paragraph = -1
            line.run_in = False
    return labelled
