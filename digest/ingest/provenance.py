"""Where a page comes from, as its running head says: the paper, the page label, the date.

Only the head of the page is read (its first few short lines): a masthead line such as
`南方日报  2026年11月27日  A05  广东新闻`, a page label such as `第05版：综合新闻`, `02版：要闻`,
`A2 要闻`, a date line such as `2026年11月28日 星期四`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.text import compile_han

HEAD_LINES = 8  # the running head is within the page's first lines
HEAD_LINE_MAX = 40

_PAPER = compile_han(
    r"(?<![本該该])([\p{Han}]{2,8}?(?:日报|晚报|早报|时报|商报|都市报|青年报|法治报|日報|晚報|時報))"
)
_LABEL = compile_han(
    r"(?:^|\s)((?:第\s*)?[A-Za-z]?\d{1,3}\s*版(?:\s*[：:]\s*[\p{Han}]{2,8}|\s+[\p{Han}]{2,8})?)"
    r"|^([A-Z]\d{1,2}(?:\s*[：:]\s*|\s+)[\p{Han}]{2,8})$"
    r"|(?:^|\s)([A-Z]\d{1,2})(?:\s|$)"
)
_DATE = re.compile(r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?")


@dataclass
class Provenance:
    paper: str = ""
    page_label: str = ""
    page_date: str = ""  # ISO


def find_provenance(text: str) -> Provenance:
    """The paper's name, the page label and the date printed in the head of the page.

    >>> find_provenance("南方日报  2026年11月27日  A05  广东新闻\\n标题")
    Provenance(paper='南方日报', page_label='A05', page_date='2026-11-27')
    >>> find_provenance("第05版：综合新闻\\n标题").page_label, find_provenance("A2 要闻\\n标题").page_label
    ('第05版：综合新闻', 'A2 要闻')
    >>> find_provenance("本报讯 记者 王磊 近日，…").paper
    ''
    """
    found = Provenance()
    seen = 0
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > HEAD_LINES:
            break
        if len(line) > HEAD_LINE_MAX or "。" in line:
            continue
        if not found.page_label:
            match = _LABEL.search(line)
            if match:
                found.page_label = next(g for g in match.groups() if g).strip()
        if not found.page_date:
            date = _DATE.search(line)
            if date:
                year, month, day = (int(g) for g in date.groups())
                if 1 <= month <= 12 and 1 <= day <= 31:
                    found.page_date = f"{year:04d}-{month:02d}-{day:02d}"
        if not found.paper:
            paper = _PAPER.search(line)
            if paper and (found.page_label or found.page_date or _head_only(line, paper.group(1))):
                found.paper = paper.group(1)
    return found


def _head_only(line: str, paper: str) -> bool:
    """A line that is the paper's name alone (a masthead), not a headline naming it."""
    return line.replace(" ", "") == paper
