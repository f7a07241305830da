"""Small clues an editor uses to tell a sub-heading from a new headline, and a lead from a run-on.

Each function looks at one or two short strings and answers one question; the parser weighs
the answers together (see `parse._PageParser._subheading_score`), so no single clue decides.
"""

from __future__ import annotations

import re

from digest.ingest.hant import both_scripts
from digest.ingest.units import compact
from digest.text import is_han

# Marker characters set in front of sub-heads (and sometimes bylines).
MARKERS = "□■◎○●◇◆▲△▶►☆★◢◣"
_NUMBERED = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[①-⑳❶-❿])"
)
_BRACKETED = (("「", "」"), ("【", "】"), ("〔", "〕"), ("[", "]"), ("『", "』"))

# Words a news lead opens with: a date or "recently" (近日，日前，昨天 …) or a reporter's source.
_LEAD = re.compile(
    r"^(?:\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"|近日|日前|昨天|昨日|今天|今日|前天|本周|上周|记者(?:近日|日前|昨天|今天)?从|記者(?:近日|日前|昨天|今天)?從)"
)
# Connectives that open a new paragraph, followed by a comma: 下一步，据了解，同时，…
_CONNECTIVES = tuple(
    both_scripts(
        (
            "下一步",
            "据了解",
            "据介绍",
            "据悉",
            "据统计",
            "此外",
            "同时",
            "与此同时",
            "另外",
            "目前",
            "截至目前",
            "近年来",
            "今年以来",
            "如今",
            "为此",
            "对此",
            "记者了解到",
            "记者注意到",
        )
    )
)


def heading_style(text: str) -> str:
    """The typographic style of a heading line: its marker, numbering or bracket, else "".

    >>> heading_style("■ 留住工业记忆"), heading_style("二、加快项目建设"), heading_style("「一站式」服务")
    ('marker:■', 'numbered', '')
    >>> heading_style("【聚焦】项目建设提速"), heading_style("「聚焦项目建设」"), heading_style("多元供给更丰富")
    ('', 'bracket:「', '')
    """
    flat = compact(text)
    if not flat:
        return ""
    if flat[0] in MARKERS:
        return f"marker:{flat[0]}"
    if _NUMBERED.match(flat):
        return "numbered"
    for left, right in _BRACKETED:
        if flat.startswith(left) and flat.endswith(right) and flat.count(left) == 1:
            return f"bracket:{left}"
    return ""


def same_shape(a: str, b: str) -> bool:
    """Two heading lines of one series: same style, similar length, both spaced or neither.

    >>> same_shape("独自在家情绪低落", "每天打来关心电话"), same_shape("■ 留住工业记忆", "■ 激活街区经济")
    (True, True)
    >>> same_shape("■ 留住工业记忆", "引来新兴业态"), same_shape("人才公寓交付", "中以常州创新园签约5个合作项目")
    (False, False)
    """
    if heading_style(a) != heading_style(b):
        return False
    if (len(a.split()) > 1) != (len(b.split()) > 1):
        return False
    return abs(len(compact(a)) - len(compact(b))) <= 4


def _han_text(text: str) -> str:
    return "".join(c for c in text if is_han(c) or c.isdigit())


def shared_words(heading: str, paragraph: str, size: int = 4, window: int = 60) -> bool:
    """True when `size` characters in a row of the heading recur in the paragraph's opening.

    A news headline retells its lead (中以常州创新园签约 … → 11月25日，中以常州创新园举行…);
    a sub-head names a theme the next paragraph does not repeat word for word.

    >>> shared_words("人才公寓二期交付使用", "近日，位于高新区的人才公寓二期正式交付。")
    True
    >>> shared_words("多元供给更丰富", "近年来，各地加快发展社区嵌入式养老服务。")
    False
    """
    head = _han_text(heading)
    body = _han_text(paragraph[:window])
    if len(head) < size:
        return False
    return any(head[i : i + size] in body for i in range(len(head) - size + 1))


def opens_story(paragraph: str) -> bool:
    """A paragraph that reads like a news lead: it opens with a date, 近日, 日前, 记者从 ….

    >>> opens_story("11月25日，中以常州创新园举行签约活动。"), opens_story("近日，位于高新区的人才公寓正式交付。")
    (True, True)
    >>> opens_story("近年来，各地加快发展社区养老服务。"), opens_story("“在家门口就能吃上饭。”")
    (False, False)
    """
    return _LEAD.match(paragraph.lstrip()) is not None


def opens_paragraph(text: str) -> bool:
    """A line that opens with a connective and a comma (下一步，据了解，): the start of a paragraph.

    >>> opens_paragraph("下一步，我区将聚焦中小企业难题。"), opens_paragraph("同时，区财政给予补助。")
    (True, True)
    >>> opens_paragraph("同时开展培训。"), opens_paragraph("两个多月压缩到")
    (False, False)
    """
    stripped = text.lstrip()
    for word in _CONNECTIVES:
        if stripped.startswith(word) and stripped[len(word) : len(word) + 1] in ("，", ","):
            return True
    return False


def ends_open(text: str) -> bool:
    """A paragraph piece that stops in the middle of a word or phrase: its last character is a
    Han character, a letter or a digit (not a full stop, comma, quote or bracket).

    >>> ends_open("全区已累计建成省级智能制造"), ends_open("有效缓解。"), ends_open("“畅安舒美”")
    (True, False, False)
    """
    stripped = text.rstrip()
    return bool(stripped) and (is_han(stripped[-1]) or stripped[-1].isalnum())


# Characters that leave a phrase hanging: a particle, preposition or conjunction (…由原来的,
# …提高了, 压缩到). A heading or a finished sentence seldom ends with one.
_LINKING = frozenset("的地得了着过和与及或并而且在对由把将为是从向以往给被让使跟同到至于等也又还就都其之所")


def ends_with_link(text: str) -> bool:
    """The text stops on a particle, preposition or conjunction.

    >>> ends_with_link("审批时间由原来的"), ends_with_link("两个多月压缩到"), ends_with_link("大白特护可以上门")
    (True, True, False)
    """
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _LINKING


def starts_with_figure(text: str) -> bool:
    """The text opens with a figure (8家、… / 20个工作日…): it goes on from a cut phrase.

    >>> starts_with_figure("8家、省级智能车间126个"), starts_with_figure("2024年，全市共建成"), starts_with_figure("据了解")
    (True, False, False)
    """
    stripped = text.lstrip()
    index = 0
    while index < len(stripped) and (stripped[index].isdigit() or stripped[index] in ".．"):
        index += 1
    # A year opening a sentence (2024年，) starts a paragraph; a count (8家、) continues one.
    return index > 0 and not stripped[index : index + 2].startswith(("年，", "年,"))


_LEAD_WINDOW = 200  # the first sentence is looked for in this many characters


def lead_overlap(heading: str, paragraph: str) -> float:
    """Share of the heading's character pairs that recur in the first sentence of `paragraph`.

    The main headline states the news its lead retells; a kicker 引题 sets the scene in words
    the lead does not use (守护好一江碧水 over 长江干流水质连续五年保持Ⅱ类).

    >>> lead, ask = "今年1至10月，长江干流水质持续保持Ⅱ类。后文", "长江干流水质连续五年保持Ⅱ类"
    >>> round(lead_overlap(ask, lead), 2), lead_overlap("守护好一江碧水", lead)
    (0.62, 0.0)
    """
    paragraph = paragraph[:_LEAD_WINDOW]
    end = min((i for i in (paragraph.find(c) for c in "。！？!?") if i >= 0), default=len(paragraph))
    pairs = _pairs(heading)
    if not pairs:
        return 0.0
    return len(pairs & _pairs(paragraph[: end + 1])) / len(pairs)


def _pairs(text: str) -> set[str]:
    flat = [c for c in text if is_han(c) or c.isalnum()]
    return {flat[i] + flat[i + 1] for i in range(len(flat) - 1)}
