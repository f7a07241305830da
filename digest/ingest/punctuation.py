"""Print normalisation of punctuation: half-width marks inside Chinese text become full-width.

Paragraphs keep the source's characters; rendering calls `normalise_punctuation`.
A mark is converted only when a neighbour is Chinese, so numbers (1,000 / 3:00),
Latin words and URLs keep theirs. The result has the same length as the input.
"""

from __future__ import annotations

_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
# Chinese punctuation and quotes count as Chinese neighbours.
_CJK_PUNCTUATION = set("，。、；：？！…—“”‘’《》〈〉「」『』【】（）〔〕·～")


def is_han(ch: str) -> bool:
    """True for a CJK ideograph (basic block, extension A, compatibility, extensions B+).

    >>> is_han("中"), is_han("a"), is_han("，")
    (True, False, False)
    """
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3FFFF
        or code == 0x3007  # 〇
    )


def _chinese(ch: str) -> bool:
    return is_han(ch) or ch in _CJK_PUNCTUATION


def normalise_punctuation(text: str) -> str:
    """Half-width , : ; ! ? ( ) next to Chinese become ，：；！？（）.

    >>> normalise_punctuation("今年以来,我区共对5条路段进行提升;效果明显!")
    '今年以来，我区共对5条路段进行提升；效果明显！'
    >>> normalise_punctuation("产值1,481.3亿元,时间3:00,网址https://a.cn/?q=1")
    '产值1,481.3亿元，时间3:00，网址https://a.cn/?q=1'
    >>> normalise_punctuation("打造(近)零碳园区,贝赛尔科技(常州)有限公司")
    '打造（近）零碳园区，贝赛尔科技（常州）有限公司'
    >>> normalise_punctuation("Hello, world: f(x) = 1; ok? (see page 3)")
    'Hello, world: f(x) = 1; ok? (see page 3)'
    >>> normalise_punctuation("年度(2024)报告,他说:“好。”")
    '年度（2024）报告，他说：“好。”'
    """
    if not text:
        return text
    chars = list(text)
    last = len(chars) - 1
    for index, ch in enumerate(chars):
        if ch in _FULL_WIDTH:
            before = text[index - 1] if index > 0 else ""
            after = text[index + 1] if index < last else ""
            if (before and _chinese(before)) or (after and _chinese(after)):
                chars[index] = _FULL_WIDTH[ch]
    _convert_brackets(text, chars)
    return "".join(chars)


def _convert_brackets(text: str, chars: list[str]) -> None:
    """Pair ( with ) and make both full-width when the content or a neighbour is Chinese."""
    stack: list[tuple[int, bool]] = []  # (index of "(", whether its content has Chinese so far)
    last = len(text) - 1
    for index, ch in enumerate(text):
        if ch == "(":
            stack.append((index, False))
        elif ch == ")":
            if not stack:
                continue
            start, has_chinese = stack.pop()
            before = text[start - 1] if start > 0 else ""
            after = text[index + 1] if index < last else ""
            if has_chinese or (before and _chinese(before)) or (after and _chinese(after)):
                chars[start] = "（"
                chars[index] = "）"
            if stack and has_chinese:
                outer_start, _ = stack.pop()
                stack.append((outer_start, True))
        elif stack and not stack[-1][1] and _chinese(ch):
            start, _ = stack.pop()
            stack.append((start, True))
