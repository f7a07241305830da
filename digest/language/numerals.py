"""Numerals: Arabic and Chinese numbers read from text, and numbers written for English.

万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹². Positions matter to the scanner, so text is normalised
one character for one (full-width digits, Traditional forms) before it is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# Full-width digits and signs to ASCII, and Traditional forms of the characters the scanner
# reads to Simplified, one character for one so positions stay the same.
FULLWIDTH = str.maketrans(
    "０１２３４５６７８９．％～－："
    "萬億兩個點時號歲噸幾數餘約達過場項條輛戶鐘週屆間層處門類將內來後攝級單線樓畝頃體溫電這業國機構學醫鎮會議動範圍產參觀眾貨櫃標準區縣鄉邊網絡園",
    "0123456789.%~-:"
    "万亿两个点时号岁吨几数余约达过场项条辆户钟周届间层处门类将内来后摄级单线楼亩顷体温电这业国机构学医镇会议动范围产参观众货柜标准区县乡边网络园",
)
CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL_CHARS = set(CN_DIGITS) | set(CN_SMALL_UNITS) | {"万", "亿"}
ARABIC = re.compile(r"[0-9]+(?:[,，][0-9]{3}(?![0-9]))*(?:\.[0-9]+)?")
CHINESE = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
SCALE = re.compile(r"万亿|千亿|百亿|亿|千万|百万|万|千(?![米克瓦焦卡帕伏])")
SCALES = {
    "万亿": 10**12, "千亿": 10**11, "百亿": 10**10, "亿": 10**8, "千万": 10**7, "百万": 10**6, "万": 10**4, "千": 10**3,
}  # fmt: skip


@dataclass
class Num:
    """A numeral read at a position: its value, where it ends and how it was written."""

    value: Decimal
    end: int
    kind: str  # "arabic", "cn" (positional), "cnseq" (digit by digit: 二〇二四)
    chars: int  # length of the numeral in characters
    scaled: bool = False  # a 万/亿 scale was applied


def small_chinese(text: str) -> int | None:
    """A Chinese numeral below 10⁴ (三百五十, 两千五, 一百零五); None if malformed."""
    total, number, last_unit, zero_seen = 0, None, None, False
    for ch in text:
        if ch in CN_DIGITS:
            if number is not None:
                return None
            if CN_DIGITS[ch] == 0 and ch in "零〇":
                zero_seen = True
                continue
            number = CN_DIGITS[ch]
        else:
            unit = CN_SMALL_UNITS.get(ch)
            if unit is None or (last_unit is not None and unit >= last_unit):
                return None
            if number is None:
                if ch != "十" or total:
                    return None
                number = 1
            total += number * unit
            number, last_unit, zero_seen = None, unit, False
    if number is not None:
        # 两千五 is 2,500: a bare digit after a unit counts in the next unit down.
        total += number * (last_unit // 10 if last_unit and last_unit > 10 and not zero_seen else 1)
    return total


def chinese_integer(text: str) -> int | None:
    """A Chinese integer with 万/亿 (三百五十万, 三亿五千万, 三万五); None if malformed."""
    if not text:
        return 0
    for big, factor in (("亿", 10**8), ("万", 10**4)):
        if big in text:
            head, _, tail = text.rpartition(big)
            left = chinese_integer(head) if head else None
            if not left:
                return None
            if len(tail) == 1 and tail in CN_DIGITS and tail not in "零〇":
                right: int | None = CN_DIGITS[tail] * factor // 10  # 三万五 = 35,000
            else:
                right = chinese_integer(tail.lstrip("零〇"))
            return None if right is None or right >= factor else left * factor + right
    return small_chinese(text)


def read_number(s: str, i: int) -> Num | None:
    """An Arabic or Chinese numeral at i (no scale words after it)."""
    m = ARABIC.match(s, i)
    if m:
        raw = re.sub("[,，]", "", m.group())
        digits = raw.split(".")[0]
        if len(digits) > 18 or (len(digits) > 2 and digits[0] == "0" and "." not in raw):
            return None  # codes, phone numbers, serials: not figures
        return Num(Decimal(raw), m.end(), "arabic", m.end() - i)
    m = CHINESE.match(s, i)
    if not m or m.end() - i > 24:
        return None  # no figure is written with two dozen numerals
    numeral = m.group()
    whole, _, frac = numeral.partition("点")
    if whole[0] in "百千万亿":
        # 近万人, 千余名: the 一 is implied. Only one such character is read.
        value = 10 ** {"百": 2, "千": 3, "万": 4, "亿": 8}[whole[0]]
        return Num(Decimal(value), i + 1, "cn", 1, scaled=whole[0] in "万亿")
    if len(whole) > 1 and all(ch in CN_DIGITS and ch != "两" for ch in whole) and not frac:
        return Num(Decimal("".join(str(CN_DIGITS[ch]) for ch in whole)), m.end(), "cnseq", len(whole))
    value = chinese_integer(whole)
    if value is None:
        # The run may swallow a following word (一万多 is fine, 三七二十一 is not): try shorter.
        for cut in range(len(whole) - 1, 0, -1):
            value = chinese_integer(whole[:cut])
            if value is not None:
                return Num(Decimal(value), i + cut, "cn", cut, scaled=any(c in "万亿" for c in whole[:cut]))
        return None
    number = Decimal(value)
    if frac:
        number += Decimal("0." + "".join(str(CN_DIGITS[ch]) for ch in frac))
    return Num(number, m.end(), "cn", len(numeral), scaled=any(c in "万亿" for c in whole))


def plain(d: Decimal) -> str:
    """148.130 → 148.13, 190000 → 190,000: thousands separators, no trailing zeros."""
    d = d.normalize()
    text = format(abs(d), "f")
    whole, _, frac = text.partition(".")
    return ("-" if d < 0 else "") + f"{int(whole):,}" + (f".{frac}" if frac else "")


def english_amount(d: Decimal, scaled: bool, top: Decimal | None = None) -> tuple[str, str]:
    """(number, scale word): a scaled amount of a million or more uses million/billion/trillion."""
    reference = abs(top if top is not None else d)
    if scaled:
        for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
            if reference >= 10**power:
                return plain(d / Decimal(10) ** power), word
    return plain(d), ""


def python_number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n:,}{suffix}"
