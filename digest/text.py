"""Text basics used everywhere: Han and CJK character classes, counting, punctuation normalisation.

One home for each idea, so the importer, the editor's counter, preflight, the language desk and
the composer agree:

- `is_han(ch)`: a Chinese character (an ideograph), what a "100–200 character" target counts,
  what the importer and the name reader treat as Chinese text.
- `is_cjk(ch)`: a character set in the CJK face (Han, CJK punctuation and symbols, full-width
  forms, kana, bopomofo): what the composer and the editor's spacing rules treat as East Asian.
- `count_zh(text)` and `count_en_words(text)`: the one counter shown by the editor and checked by
  preflight; `count_visible(text)` the figure with punctuation the editor shows beside it.
- `normalise_punctuation(text)`: half-width , : ; ! ? ( ) inside Chinese become full-width.
"""

from __future__ import annotations

import re

# Han ideographs. Python has no \p{Script=Han}, so these are the blocks of ideographs, each
# with the reason it is in. Left out on purpose, though Unicode gives them Script=Han: the
# radicals (U+2E80–2FDF; symbols, not characters of text), 々 (U+3005; a Japanese iteration
# mark) and the Hangzhou numerals (U+3021–3029). All three are still `is_cjk` (the CJK face).
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x3007, 0x3007),  # 〇 ideographic zero: written in dates and figures (二〇二四年), counted
    (0x3400, 0x4DBF),  # Extension A: rare characters, common in personal and place names
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs: nearly all running text
    (0xF900, 0xFAFF),  # compatibility ideographs: arrive in text decoded from legacy encodings
    (0x20000, 0x3FFFF),  # planes 2 and 3: Extensions B–I and the compatibility supplement;
    #                      every block allocated there is Han, so new extensions are in already
)

# Characters set in the CJK face. The Han ranges above, plus what East Asian text uses around
# them and the CJK fonts draw. Not in: Hangul (U+1100, U+3130, U+AC00; Korean is not a language
# of the digest and the bundled SC faces are not meant for it) and the shared punctuation of
# AMBIGUOUS_PUNCT below.
CJK_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2FDF),  # CJK radicals supplement, Kangxi radicals: Han-script symbols
    (0x2FF0, 0x2FFF),  # ideographic description characters (⿰⿱): used to spell rare characters
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。「」《》〇々 and the ideographic space
    (0x3040, 0x30FF),  # hiragana, katakana: Japanese names and loanwords quoted in Chinese text
    (0x3100, 0x312F),  # bopomofo: zhuyin annotations
    (0x3190, 0x31FF),  # kanbun, bopomofo extended, CJK strokes, katakana phonetic extensions
    (0x3200, 0x33FF),  # enclosed CJK letters and months, CJK compatibility (㈠ ㊣ ㎡)
    (0x3400, 0x4DBF),  # Han: Extension A
    (0x4E00, 0x9FFF),  # Han: unified ideographs
    (0xF900, 0xFAFF),  # Han: compatibility ideographs
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms (vertical brackets, small form variants' kin)
    (0xFF00, 0xFFEF),  # half-width and full-width forms: ，：（）and full-width letters and digits
    (0x20000, 0x3FFFF),  # Han: planes 2 and 3
)

# Punctuation both scripts use: in Chinese text it wants the CJK (full-width) glyph, in English
# the Latin one. `is_cjk` says False; the composer gives these the face of the surrounding text.
AMBIGUOUS_PUNCT: frozenset[str] = frozenset("“”‘’—–…·⸺⸻")


def _class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "".join(chr(lo) if lo == hi else f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges)


# The body of a regular-expression character class for Han: f"[{HAN_CLASS}]+".
HAN_CLASS = _class(HAN_RANGES)
# The same for every character set in the CJK face (is_cjk's ranges).
CJK_CLASS = _class(CJK_RANGES)
_HAN = re.compile(f"[{HAN_CLASS}]")


def compile_han(pattern: str, flags: int = 0) -> re.Pattern[str]:
    r"""re.compile(`pattern`), where ``\p{Han}`` inside a character class stands for HAN_CLASS
    (the `regex` module's spelling; Python's re has none), so a pattern's Han is is_han's.

    >>> compile_han(r"[\p{Han}·]{2,4}日报").findall("〇〇日报 and 㐀中日报")
    ['〇〇日报', '㐀中日报']
    """
    return re.compile(pattern.replace(r"\p{Han}", HAN_CLASS), flags)


def is_han(ch: str) -> bool:
    """True for a Chinese character (an ideograph, see HAN_RANGES); punctuation is not.

    >>> [is_han(c) for c in "中〇𠀀，A々"]
    [True, True, True, False, False, False]
    """
    code = ord(ch)
    if code < 0x3007:  # the fast answer for Latin text
        return False
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x3FFFF
        or 0xF900 <= code <= 0xFAFF
        or code == 0x3007
    )


def is_cjk(ch: str) -> bool:
    """True for a character set in the CJK face (see CJK_RANGES): Han, CJK punctuation, kana, full-width.

    >>> [is_cjk(c) for c in "中，A1（“"]
    [True, True, False, False, True, False]
    """
    code = ord(ch)
    if code < 0x2E80:  # Latin, Greek, Cyrillic, general punctuation: never
        return False
    return any(lo <= code <= hi for lo, hi in CJK_RANGES)


# ---- counting -----------------------------------------------------------------------------------

# Words are separated by white space, and also by the marks that often stand unspaced between
# words (em dashes, the ellipsis). Hyphens, en dashes, slashes, apostrophes and dots join:
# "U.S.-China", "year-on-year", "2019–2024", "and/or" are one word each, as a word processor counts.
_WORD_SEPARATORS = re.compile(r"[\s—―…⸺⸻]+")


def count_zh(text: str) -> int:
    """Chinese characters in `text`: what a 100–200 character target counts. Punctuation, digits and
    Latin letters are not counted (an editor counts characters of text).

    >>> count_zh("武进区新能源汽车产值1481.3亿元，同比增长16.9%。")
    16
    """
    return len(_HAN.findall(text)) if text else 0


def count_visible(text: str) -> int:
    """Every character that shows: Han, punctuation, digits, letters (not white space). What an
    editor sees beside the `count_zh` figure, which counts Han characters only.

    >>> count_visible("产值1481.3亿元，增长16.9%。"), count_zh("产值1481.3亿元，增长16.9%。")
    (19, 6)
    """
    return sum(1 for ch in text if not ch.isspace()) if text else 0


def _is_word(token: str) -> bool:
    return any(ch.isalnum() and not is_cjk(ch) for ch in token)


def count_en_words(text: str) -> int:
    """English words in `text`: what a 60–120 word target counts.

    A word is a run between spaces (or em dashes) holding at least one letter or digit that is not
    CJK: "Zürich firms" is 2, "U.S.-China" 1, "16.9%" and "46,000" 1, a lone "–" or "(中文)" none.

    >>> count_en_words("Output rose 16.9% to CNY 148.13 billion, with over 46,000 visits.")
    11
    """
    if not text:
        return 0
    return sum(1 for token in _WORD_SEPARATORS.split(text) if _is_word(token))


# ---- punctuation normalisation --------------------------------------------------------------------
# Paragraphs keep the source's characters; rendering calls `normalise_punctuation`. A mark is
# converted only when a neighbour is Chinese, so numbers (1,000 / 3:00), Latin words and URLs keep
# theirs. The result has the same length as the input.

_FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
# Chinese punctuation and quotes count as Chinese neighbours.
_CJK_PUNCTUATION = frozenset("，。、；：？！…—“”‘’《》〈〉「」『』【】（）〔〕·～")


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
