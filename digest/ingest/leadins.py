"""Headlines run into their text: the lead-ins of a news-in-brief column.

Briefs columns (新闻速览, 简讯) often print each item as one paragraph whose first words are its
headline, set bold on paper and left in the text dump as `【标题】正文……` or `标题  正文……`
(the headline followed by a wide space).
"""

from __future__ import annotations

import re

from digest.ingest.bylines import byline_line, leading_byline
from digest.ingest.evidence import MARKERS, opens_story
from digest.ingest.units import compact, ends_sentence, is_label, looks_like_heading

LEAD_IN_MIN, LEAD_IN_MAX = 4, 30  # a headline's length, in characters
SPACED_MIN = 6  # without brackets, a shorter lead (分产业看  …) is a paragraph's opening words
_BODY_MIN = 15  # the text after it is at least a short sentence
_BRACKETED = re.compile(r"【([^【】\n]{1,40})】")
_WIDE_SPACE = re.compile(r"[ \t]*\u3000[ \t\u3000]*|[ \t]{2,}")
_NOT_IN_HEADLINE = "。！？!?；;：:，,"
_ROLE_WORDS = ("记者", "記者", "通讯员", "通訊員", "评论员", "評論員")


def lead_in_headline(paragraph: str, *, spaced: bool = True) -> tuple[str, str] | None:
    """The headline run into a paragraph and the text after it, else None.

    `spaced=False` accepts only the bracketed form (the parser allows the spaced one where a
    new item may start anyway: after a label, a closed item or another run-in brief).

    >>> lead_in_headline("【冬季供暖设施检修完成】截至11月25日，全市供热企业已完成管网检修。")
    ('【冬季供暖设施检修完成】', '截至11月25日，全市供热企业已完成管网检修。')
    >>> lead_in_headline("老旧小区加装电梯提速  今年以来，我市新开工加装电梯312台，惠及居民1.1万余户。")
    ('老旧小区加装电梯提速', '今年以来，我市新开工加装电梯312台，惠及居民1.1万余户。')
    >>> lead_in_headline("■ 全县冬季征兵工作启动  11月25日，全县征兵工作动员会召开。（记者 程 敏）")[0]
    '■ 全县冬季征兵工作启动'
    >>> lead_in_headline("本报记者  左妍  今年以来，全市新开工加装电梯312台，惠及居民1.1万余户。") is None
    True
    >>> lead_in_headline("【简讯】今年以来，全市新开工加装电梯312台，惠及居民1.1万余户。") is None
    True
    """
    match = _BRACKETED.match(paragraph)
    if match:
        head, inner, rest = match.group(0), match.group(1), paragraph[match.end() :]
    else:
        match = _WIDE_SPACE.search(paragraph, 0, LEAD_IN_MAX + 4) if spaced else None
        if match is None or len(compact(paragraph[: match.start()]).lstrip(MARKERS)) < SPACED_MIN:
            return None
        head = paragraph[: match.start()]
        inner = head.lstrip(MARKERS + " ")  # ■ 全县冬季征兵工作启动  11月25日，…
        rest = paragraph[match.end() :]
        if len(inner.split()) > 1:
            return None
    flat = compact(inner)
    body = compact(rest)
    if not LEAD_IN_MIN <= len(flat) <= LEAD_IN_MAX or any(c in flat for c in _NOT_IN_HEADLINE):
        return None
    if len(body) < _BODY_MIN or not ends_sentence(body) or not any(c in body for c in "，,。"):
        return None
    if is_label(head) or byline_line(head) is not None or not looks_like_heading(inner):
        return None
    if any(role in flat for role in _ROLE_WORDS):
        return None  # 本报记者  左妍: a byline, not a headline
    return head, rest.strip()


_GAP = re.compile(r"[ \t]{3,}|[ \t]*\u3000[ \t\u3000]*")
SPACED_HEAD_MAX = 80  # a headline and its subtitle set on one line before the lead
SPACED_TAIL_MAX = 12  # the second line of a headline, set before the lead


def spaced_lead(paragraph: str, *, after_headline: bool = False) -> tuple[str, str] | None:
    """A headline set on the lead's line before a wide gap, when what follows opens like a
    news lead (a dateline, a date, 近日…): `来到身边   6月9日，在十笏园…`. Right under a headline
    (`after_headline`), a short head before the gap is the headline's second line whatever follows.

    >>> spaced_lead("来到身边   6月9日，在十笏园非遗空间，市民在培训班上学习花灯制作技艺。")
    ('来到身边', '6月9日，在十笏园非遗空间，市民在培训班上学习花灯制作技艺。')
    >>> spaced_lead("他说   6月9日，在十笏园非遗空间，市民在培训班上学习花灯制作技艺。") is None
    True
    >>> spaced_lead("市民在培训班上学习。   6月9日，在十笏园非遗空间，市民学习花灯制作技艺。") is None
    True
    """
    match = _GAP.search(paragraph, 0, SPACED_HEAD_MAX + 8)
    if match is None or match.start() == 0:
        return None
    head, rest = paragraph[: match.start()].strip(), paragraph[match.end() :].strip()
    flat = compact(head)
    if (
        not 3 <= len(flat) <= SPACED_HEAD_MAX
        or any(c in flat for c in "。！？!?；;")
        or flat[-1] in "，,、：:"
    ):
        return None
    if len(compact(rest)) < _BODY_MIN or byline_line(head) is not None or is_label(head):
        return None
    if any(role in flat for role in _ROLE_WORDS):
        return None
    short_tail = after_headline and len(flat) <= SPACED_TAIL_MAX
    if not short_tail and leading_byline(rest) is None and not opens_story(rest):
        return None
    return head, rest
