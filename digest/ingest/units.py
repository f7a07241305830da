"""Cutting page text into units (lines or short line groups) and describing each unit's shape.

A unit is what an editor sees as one thing on a dump of a page: a paragraph, a headline,
a byline line. Pages either separate paragraphs with blank lines (then a few short lines
standing together, like a two-line banner, form one unit) or put every paragraph on its
own line (then every line is a unit).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from digest.ingest.bylines import byline_line, photo_credit_line
from digest.ingest.hant import both_scripts
from digest.text import compile_han

SENTENCE_END = "。！？!?…"
CLOSING_QUOTES = "”’」』）)"
COMMA_LIKE = "，,、；;：:"
# Characters that cannot start a paragraph: a line starting with one continues the one before.
NON_STARTERS = "，,、。；;：:？！）」』”’》】"
# Column labels and page furniture: a heading line holding one of these is a section.
LABEL_WORDS = tuple(
    both_scripts(
        (
            "图片新闻",
            "新闻图片",
            "图片报道",
            "新闻速递",
            "要闻速递",
            "一句话新闻",
            "简讯",
            "快讯",
            "短讯",
            "新闻链接",
            "相关链接",
            "延伸阅读",
            "责任编辑",
            "责编",
            "美术编辑",
            "美编",
            "版式设计",
            "校对",
            "编辑：",
            "编辑:",
            "本版编辑",
            "制图：",
            "制图:",
        )
    )
)
# A short line ending in one of these words names a column: 园区动态, 社会扫描, 经济观察.
COLUMN_SUFFIXES = tuple(
    both_scripts(
        (
            "动态",
            "速递",
            "快递",
            "扫描",
            "传真",
            "纵横",
            "时评",
            "观察",
            "资讯",
            "视点",
            "热线",
            "集锦",
            "提示",
            "播报",
            "速览",
            "简报",
            "广角",
            "视窗",
            "之窗",
            "短波",
            "速读",
            "一览",
        )
    )
)
COLUMN_LABEL_MAX = 6
HEADING_MAX = 45  # longest heading line, in non-space characters
MULTI_LINE_HEADING_MAX = 20  # longest line of a heading set on several lines


@dataclass(slots=True)
class Unit:
    """One line, or a group of short heading lines set together without a blank line."""

    lines: list[str]
    start: int  # offset of the first character in the page text
    end: int  # offset just past the last character
    tight: bool  # set right under the previous line on a page that separates paragraphs by blank lines

    @property
    def text(self) -> str:
        return self.lines[0] if len(self.lines) == 1 else " ".join(self.lines)

    @property
    def multi_line(self) -> bool:
        return len(self.lines) > 1


def compact(text: str) -> str:
    """The text without white space (for lengths and comparisons)."""
    return "".join(text.split())


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence: 。！？… , or a closing quote right after one.

    >>> ends_sentence("有干劲!”"), ends_sentence("“畅安舒美”"), ends_sentence("也是")
    (True, False, False)
    >>> ends_sentence("读书沙龙。（受访者供图）"), ends_sentence("区委组织部(人才办)")
    (True, False)
    """
    stripped = text.rstrip()
    if not stripped:
        return False
    if stripped[-1] in SENTENCE_END or ends_item(stripped):
        return True
    if stripped[-1] in "）)":
        # A bracketed aside after the full stop (…沙龙。（受访者供图）) still ends the sentence.
        opening = max(stripped.rfind("（"), stripped.rfind("("))
        if 0 < opening and len(stripped) - opening <= 24 and stripped[opening - 1] in SENTENCE_END:
            return True
    index = len(stripped) - 1
    while index >= 0 and stripped[index] in CLOSING_QUOTES:
        index -= 1
    return index < len(stripped) - 1 and index >= 0 and stripped[index] in SENTENCE_END


def ends_item(text: str) -> bool:
    """True for the end-of-article mark （完）.

    >>> ends_item("……稳中有升。（完）")
    True
    """
    return text.rstrip().endswith(("（完）", "(完)", "［完］", "[完]"))


def ends_mid_clause(text: str) -> bool:
    """True when the text ends with a comma, enumeration comma, semicolon or colon."""
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in COMMA_LIKE


def looks_like_heading(text: str) -> bool:
    """Shape of a heading line: short, no full stop, not ending a sentence (a short question may).

    >>> looks_like_heading("用好“双碳”风向标 抢占新高地"), looks_like_heading("成人感染被转运，孩子谁来照顾？")
    (True, True)
    >>> looks_like_heading("交通优化是一个长期且持续的过程。")
    False
    """
    flat = compact(text)
    if not flat:
        return False
    limit = HEADING_MAX + 15 if flat.startswith(("—", "－", "-")) else HEADING_MAX
    if len(flat) > limit or "。" in flat or sum(flat.count(c) for c in "，,") >= 3:
        return False
    if ends_sentence(flat):
        # A question or exclamation may be a kicker or a sub-head: short, one sentence.
        marks = sum(flat.count(m) for m in "！？!?…")
        commas = sum(flat.count(m) for m in "，,、")
        return (
            flat[-1] in "？！?!"
            and len(flat) <= 30
            and marks == 1
            and commas <= 1
            and ";" not in flat
            and "；" not in flat
        )
    return True


def _short_heading_line(line: str) -> bool:
    flat = compact(line)
    if is_page_label(line) or is_furniture(line):
        return False  # a page label or frame line stands alone
    return (
        0 < len(flat) <= MULTI_LINE_HEADING_MAX
        and looks_like_heading(line)
        and not ends_mid_clause(flat)
        and not flat.startswith(("—", "－", "--"))  # a subtitle line stands on its own
    )


# Page furniture: "2024年11月28日 星期四", "第3版", "A3版：综合新闻".
_PAGE_HEADER = re.compile(
    r"(星期[一二三四五六日天]|週[一二三四五六日]|第\d{1,3}版|[A-Z]\d{1,2}版|^\d{4}年\d{1,2}月\d{1,2}日$)"
)


# A page label as e-paper text views print it: 02版：要闻, 第05版：综合新闻, 当前版:04版, A2 要闻.
_PAGE_LABEL = compile_han(
    r"(?:当前版[：:]?\s*|第\s*)?[A-Za-z]?\d{1,3}\s*版(?:\s*[：:]\s*\S{1,16}|\s+\S{1,12})?"
    r"|[A-Z]\d{1,2}(?:\s*[：:]\s*|\s+)[\p{Han}·]{2,8}"
)
# Words of an e-paper text view's frame (navigation, zoom, search), not of the page.
_FRAME_WORDS = (
    "通版阅读请点击",
    "展开通版",
    "收缩通版",
    "上一版",
    "下一版",
    "上一篇",
    "下一篇",
    "上一期",
    "下一期",
    "返回目录",
    "返回版面",
    "返回首页",
    "返回",
    "首页",
    "发布日期",
    "放大",
    "缩小",
    "默认",
    "关闭",
    "打印",
    "本版导航",
    "本版导读",
    "版面导航",
    "标题导航",
    "新闻搜索",
    "以前报纸",
    "收藏",
    "推荐",
    "朗读",
    "更多功能",
    "我有话说",
)
_FRAME_TOKEN = re.compile(
    "(?:\\d{1,2})?(?:" + "|".join(_FRAME_WORDS) + ")(?:\\d{1,2})?[：:]?"
    r"(?:\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?)?"
    r"|\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:以前报纸)?|[：:]"
)
_RIGHTS = re.compile(r".{0,30}版权所有.{0,30}")
# A web view's metadata row (2018-08-23 09:47:00  来源:扬州网, 刊发日期:… 阅读次数: 作者:), its
# address line (http://www.sina.com.cn 2006年11月12日07:25 …) and breadcrumbs (首页 > 新闻 > 正文).
_META_FIELD = re.compile(
    r"来源|來源|阅读次数|閱讀次數|浏览次数|瀏覽次數|点击[:：]|點擊[:：]|发布时间|發佈時間|刊发日期|更新时间"
    r"|语音阅读|語音閱讀|听新闻|分享到|字号[:：]|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}"
)
_NAMED_AUTHOR = re.compile(r"作者\s*[:：]\s*[^\s:：]{2,4}(?:\s|$)")
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_CRUMB = re.compile(r"\s*[>＞›»]\s*")
META_LINE_MAX = 80


def _web_metadata(text: str) -> bool:
    """A web view's metadata, address or breadcrumb line (never the page's own text).

    >>> _web_metadata("2018-08-23 09:47:00  来源:扬州网-扬州日报"), _web_metadata("刊发日期:2015-03-05 阅读次数: 作者:  语音阅读:")
    (True, True)
    >>> _web_metadata("http://www.sina.com.cn 2006年11月12日07:25 南京报业网-南京日报"), _web_metadata("新浪首页 > 新闻中心 > 正文")
    (True, True)
    >>> _web_metadata("2009-06-17 09:09:45   来源: 湖北日报   作者:熊家余 谢慧敏"), _web_metadata("资金来源于财政，点击量过万。")
    (False, False)
    """
    stripped = text.strip()
    if len(stripped) > META_LINE_MAX or ends_sentence(stripped):
        return False
    if _ADDRESS.match(stripped):
        return True
    if len(_CRUMB.findall(stripped)) >= 2 and all(len(part) <= 12 for part in _CRUMB.split(stripped)):
        return True
    fields = {
        match.group() if not match.group()[0].isdigit() else "time"
        for match in _META_FIELD.finditer(stripped)
    }
    return len(fields) >= 2 and _NAMED_AUTHOR.search(stripped) is None


# Any mark a frame line must hold: one search rejects almost every line of a page at once.
_FRAME_MARK = re.compile(
    "|".join(map(re.escape, (*_FRAME_WORDS, "[", "版权所有", "enpproperty", "<!--", "-->")))
)


def is_page_label(text: str) -> bool:
    """A page label line: `02版：要闻`, `第05版：综合新闻`, `当前版:04版`, `A2 要闻`.

    >>> is_page_label("02版：要闻"), is_page_label("第A07版:魅力乡镇·健康滁州"), is_page_label("A2 要闻")
    (True, True, True)
    >>> is_page_label("当前版:04版"), is_page_label("5版规划出台后的第一年")
    (True, False)
    """
    return _PAGE_LABEL.fullmatch(text.strip()) is not None


def is_furniture(text: str) -> bool:
    """A line of an e-paper view's frame (通版阅读请点击, 发布日期:), not part of the page.

    >>> is_furniture("通版阅读请点击:"), is_furniture("发布日期:"), is_furniture("发布会召开")
    (True, True, False)
    >>> is_furniture("3上一版  下一版4"), is_furniture("下一篇4 2015年4月23日 放大 缩小 默认")
    (True, True)
    >>> is_furniture("版面导航      首页 2010.10.16以前报纸"), is_furniture("2015年4月23日")
    (True, False)
    >>> is_furniture("2008年1月31日     收藏 打印 推荐 朗读 评论 更多功能"), is_furniture("评论")
    (True, False)
    >>> is_furniture("发布日期:2022年11月28日"), is_furniture("2020-06-11 2 2 滁州日报 content_1.html /enpproperty-->")
    (True, True)
    """
    if _web_metadata(text):
        return True
    if _FRAME_MARK.search(text) is None:
        return False
    tokens = text.split()
    if not tokens:
        return False
    stripped = text.strip()
    if stripped[:1] == "[" and stripped[-1:] == "]" and len(stripped) <= 14:
        return True  # [昔日明報], [ 前頁 ]: a link of the web view (the page prints 【】)
    if _RIGHTS.fullmatch(text.strip()) and len(text.strip()) <= 60:
        return True
    if "enpproperty" in stripped or stripped.startswith("<!--") or stripped.endswith("-->"):
        return True  # the e-paper system's record of the page, left in the text
    matched = [_FRAME_TOKEN.fullmatch(t) is not None for t in tokens]  # one regex pass per word
    if not any(matched):
        return False
    framed = sum(m and any(w in t for w in _FRAME_WORDS) for t, m in zip(tokens, matched, strict=True))
    others = [t for t, m in zip(tokens, matched, strict=True) if not m]
    # Every word a frame word or a date; in a longer row of them, a short stray word (评论) too.
    return framed >= 1 and (not others or (framed >= 3 and all(len(t) <= 2 for t in others)))


def is_label(text: str) -> bool:
    """A column label or page furniture line (图片新闻, 责任编辑：X).

    >>> is_label("图片新闻"), is_label("【简讯】"), is_label("责任编辑：张三"), is_label("春耕正当时")
    (True, True, True, False)
    >>> is_label("2024年11月28日 星期四"), is_label("第3版：综合新闻"), is_label("今年1月9日召开")
    (True, True, False)
    >>> is_label("园区动态"), is_label("■ 社会扫描"), is_label("行业新动态带来新机遇")
    (True, True, False)
    """
    if is_page_label(text) or is_furniture(text):
        return True
    flat = compact(text).strip("【】[]〔〕「」《》■□●◆▲★☆·")
    if len(flat) <= 20 and flat.startswith(LABEL_WORDS):
        return True
    if len(flat) <= COLUMN_LABEL_MAX and flat.endswith(COLUMN_SUFFIXES) and all(map(str.isalnum, flat)):
        return True
    if len(flat) <= 40 and _masthead_fields(text):
        return True
    return len(flat) <= 40 and _PAGE_HEADER.search(flat) is not None


_DATE_FIELD = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _masthead_fields(text: str) -> bool:
    """A page's running head set as spaced fields, one of them the full date:
    `南方日报  2026年11月27日  A05  广东新闻`, `解放日报  上海新闻  2026年11月27日`.

    >>> _masthead_fields("南方日报  2026年11月27日  A05  广东新闻"), _masthead_fields("2026年11月27日 全市召开大会")
    (True, False)
    """
    fields = text.split()
    if not 3 <= len(fields) <= 6 or any(c in text for c in "，,。；;！？!?“”"):
        return False
    return any(_DATE_FIELD.fullmatch(f) for f in fields)


def split_units(text: str) -> list[Unit]:
    """Units of a page whose lines end with "\\n"."""
    lines: list[tuple[str, int, int]] = []  # (stripped line, start, end) or ("", …) for a blank line
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            lines.append((stripped, offset + lead, offset + lead + len(stripped)))
        else:
            lines.append(("", offset, offset))
        offset += len(raw) + 1

    blocks: list[list[tuple[str, int, int]]] = []
    current: list[tuple[str, int, int]] = []
    for line in lines:
        if line[0]:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)

    tight_breaks = sum(len(b) - 1 for b in blocks)
    blank_separated = len(blocks) - 1 >= tight_breaks
    units: list[Unit] = []
    for block in blocks:
        # A byline set right under a headline (`本报记者 X`) is never part of the heading group.
        heads = len(block)
        while blank_separated and heads > 1 and _credit_line(block[heads - 1][0]):
            heads -= 1
        if blank_separated and heads > 1 and _column_word_over(block[0][0], block[1][0]):
            # 体育 / 天津蝉联女团冠军: a section word set over the headline stands apart.
            units.append(Unit([block[0][0]], block[0][1], block[0][2], tight=False))
            block = block[1:]
            heads -= 1
        if blank_separated and 1 < heads <= 3 and all(_short_heading_line(line[0]) for line in block[:heads]):
            units.append(
                Unit([line[0] for line in block[:heads]], block[0][1], block[heads - 1][2], tight=False)
            )
            units.extend(Unit([text_line], start, end, tight=True) for text_line, start, end in block[heads:])
            continue
        for index, (text_line, start, end) in enumerate(block):
            units.append(Unit([text_line], start, end, tight=blank_separated and index > 0))
    return units


SECTION_WORD_MAX = 4  # 体育, 要闻: a bare section word over a headline


def _column_word_over(first: str, second: str) -> bool:
    flat, below = compact(first), compact(second)
    return (
        len(flat) <= SECTION_WORD_MAX
        and flat.isalnum()
        and len(below) > BANNER_WORDS_BELOW
        and looks_like_heading(second)
        and byline_line(second) is None
    )


BANNER_WORDS_BELOW = 6  # a shorter second line is the rest of a two-line banner (重点项目 / 进行时)


def _credit_line(line: str) -> bool:
    return byline_line(line) is not None or photo_credit_line(line) is not None
