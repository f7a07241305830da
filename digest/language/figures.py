"""Key figures of a Chinese text with their English form.

``find_figures`` scans a text for quantities (1481.3亿元, 4.6万余人次, 16.9%), dates
(1—9月, 3月28日), times, years, ordinals and counted things, and writes each the way an
English news digest would (CNY 148.13 billion, over 46,000 visits, January–September).

Rules that matter:
- 万 = 10⁴, 亿 = 10⁸, 万亿 = 10¹²; a scaled amount of a million or more is written
  with million/billion/trillion and keeps the source's precision, smaller ones in full.
- Qualifiers are kept (余 → over, 约 → about, 近 → nearly …) and are part of the figure.
- Chinese numerals count only where they are figures: multi-character numerals
  (十二, 两千, 三百五十万, 二〇二四年) or a single one with a real unit (三年, 六个城市);
  never 一 on its own (一起, 一方面), small ordinals (第一, 第二批), idioms (一路一策,
  三番五次) or quoted slogans (“两个健康”, “1+3+N”).
- A figure that cannot be read is skipped, never guessed; nothing here raises.

Every Figure's ``text`` is ``source[start:end]``, exactly as in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from digest.language.numerals import (
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    FULLWIDTH,
    SCALE,
    SCALES,
    Num,
    english_amount,
    ordinal,
    plain,
    python_number,
    read_number,
)
from digest.language.vocabulary import (
    AM_WORDS,
    APPROX_MAGNITUDES,
    COUNTERS,
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTIONS,
    LATIN_RE,
    LATIN_UNITS,
    MONTHS,
    NOT_NEARLY,
    NOUNS,
    NOUNS_RE,
    PEOPLE_NOUNS,
    PERIODS,
    PM_WORDS,
    PREFIX_QUALIFIERS,
    STAR_WORDS,
    SUFFIX_QUALIFIERS,
    SYMBOL_UNITS,
    UNITS,
    UNITS_RE,
    UnitEnglish,
)
from digest.text import is_han

__all__ = ["CURRENCY_STYLES", "Figure", "find_figures"]

CURRENCY_STYLES = ("CNY", "RMB", "¥", "yuan")


@dataclass
class Figure:
    """One figure found in a text.

    ``value`` is the quantity in the unit named by ``unit`` after Chinese scales are applied
    (1481.3亿元 → 148130000000, unit "CNY"; 16.9% → 16.9, unit "%"; 2024年 → 2024, unit
    "year"); None for dates, ranges, times and vague magnitudes (上万).
    """

    text: str
    value: float | int | None
    unit: str
    en: str
    start: int
    end: int


# --- characters ---------------------------------------------------------------------------

_RANGE_SEPARATORS = "—–-~至到"
_OPEN_QUOTES = "“‘「『\"'"
_CLOSE_QUOTES = "”’」』\"'"
_PUNCTUATION = set("，。、；：？！,.;:?!（）()“”‘’《》「」『』【】…—·\n\r\t 　/|")

_START = re.compile(
    r"[0-9]|百分之|[一二两三四五六七八九十]|[上数几](?=[十百千万亿])"
    r"|[百千万亿](?=[余多])|(?<=[近逾超约过到足少])[百千万亿]"
)


# --- scanning -----------------------------------------------------------------------------


def find_figures(text: str, *, currency: str = "CNY") -> list[Figure]:
    """The figures of a text in source order, without overlaps.

    ``currency`` chooses how 元 is written: "CNY" (CNY 1 billion), "RMB", "¥" (¥1 billion)
    or "yuan" (1 billion yuan).

    >>> [f.en for f in find_figures("完成产值1481.3亿元，同比增长16.9%")]
    ['CNY 148.13 billion', '16.9%']
    >>> f = find_figures("受众达4.6万余人次")[0]
    >>> f.text, f.value, f.unit, f.en
    ('4.6万余人次', 46000, 'visits', 'over 46,000 visits')
    >>> [f.en for f in find_figures("今年1—9月，总投资额10亿元", currency="¥")]
    ['January–September', '¥1 billion']
    """
    if not isinstance(text, str) or not text:
        return []
    style = currency if currency in CURRENCY_STYLES else "CNY"
    s = text.translate(FULLWIDTH)
    figures: list[Figure] = []
    floor = 0
    for m in _START.finditer(s):
        p = m.start()
        if p < floor:
            continue
        try:
            found = _figure_at(s, p, floor, style)
        except Exception:  # one unreadable figure is skipped, never the whole text
            found = None
        if found is None:
            continue
        start, end, value, unit, en = found
        if not (floor <= start < end <= len(s)):
            continue
        figures.append(Figure(text[start:end], value, unit, en, start, end))
        floor = end
    return figures


_Found = tuple[int, int, "int | float | None", str, str]


def _figure_at(s: str, p: int, floor: int, style: str) -> _Found | None:
    ch = s[p]
    if s.startswith("百分之", p):
        return _percent_in_words(s, p, floor)
    if ch in "上数几":
        return _approximate(s, p, floor, style)
    if ch.isdigit():
        before = s[p - 1] if p > 0 else "\n"
        if before.isascii() and (before.isalnum() or before in "._+#/"):
            return None  # inside PM2.5, 1+3, COVID-19, a URL …
        if before in ",，-" and p > 1 and (s[p - 2].isdigit() or (s[p - 2].isascii() and s[p - 2].isalpha())):
            return None
        if before == " " and p > 1 and s[p - 2].isascii() and s[p - 2].isalpha():
            return None  # iPhone 15, Windows 11: part of a name
    elif p > 0 and s[p - 1] in CN_NUMERAL_CHARS:
        return None  # the middle of a Chinese numeral already refused
    elif ch in "百千万亿" and not (s[p + 1 : p + 2] in ("余", "多") or _prefix(s, p, floor)[1]):
        return None  # 千万 (by all means), 万里: only 近万人, 逾千, 万余 are figures
    if p > floor and s[p - 1] == "第":
        return _ordinal_at(s, p)
    return _date_at(s, p, floor) or _time_at(s, p, floor) or _quantity_at(s, p, floor, style)


def _prefix(s: str, p: int, floor: int) -> tuple[int, str]:
    """A qualifier written just before position p (约, 近, 超过 …): (start, English)."""
    for word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
        start = p - len(word)
        if start >= floor and s.startswith(word, start):
            if word == "近" and start > 0 and s[start - 1 : start + 1] in NOT_NEARLY:
                return p, ""
            if word == "超" and start > 0 and s[start - 1] in "高赶":
                return p, ""
            if word == "达":
                return p, ""  # 达 (reached) adds nothing; not part of the figure
            return start, PREFIX_QUALIFIERS[word]
    return p, ""


def _quoted_slogan(s: str, p: int, end: int) -> bool:
    """True inside a short quotation such as “1+3+N” or ‘两个健康’."""
    if p == 0 or s[p - 1] not in _OPEN_QUOTES:
        return False
    return any(c in _CLOSE_QUOTES for c in s[end : end + 8])


def _idiom_neighbour(s: str, p: int, end: int) -> bool:
    """Single Chinese numerals paired in a four-character phrase: 三番五次, 三天两头, 一路一策."""
    if p >= 2 and s[p - 2] in CN_DIGITS and s[p - 1] not in CN_NUMERAL_CHARS:
        return True
    return end + 1 < len(s) and s[end] in CN_DIGITS and s[end + 1] not in CN_NUMERAL_CHARS


def _clause_end(s: str, i: int) -> bool:
    return i >= len(s) or s[i] in _PUNCTUATION or s[i] in "的了"


# --- dates, times, ordinals ---------------------------------------------------------------


def _read_int(s: str, i: int) -> Num | None:
    num = read_number(s, i)
    if num is None or num.value != num.value.to_integral_value():
        return None
    return num


def _is_year(num: Num) -> bool:
    return num.kind in ("arabic", "cnseq") and num.chars == 4 and 1000 <= num.value <= 2999


def _date_at(s: str, p: int, floor: int) -> _Found | None:
    first = _read_int(s, p)
    if first is None or (first.kind == "cn" and first.scaled):
        return None
    if first.kind == "cnseq" and not (_is_year(first) and s.startswith("年", first.end)):
        return None
    i, year, year_end = first.end, None, 0
    if _is_year(first) and s.startswith("年", i) and not s.startswith("年代", i):
        if _prefix(s, p, floor)[1]:
            return None  # 近2000年 is a duration, read as a quantity
        year, i = int(first.value), i + 1
        year_end = i
        month_num = _read_int(s, i)
        period = _period_word(s, i)
        if period and period != "中旬":
            return p, i + len(period), year, "year", PERIODS[period].format(year)
        if month_num is None:
            return p, i, year, "year", str(year)
        first = month_num
        i = month_num.end
    elif _is_year(first) and i < len(s) and s[i] in _RANGE_SEPARATORS:  # 2021—2025年, 2024-03-28
        second = _read_int(s, i + 1)
        if second and _is_year(second) and s.startswith("年", second.end) and second.value > first.value:
            return p, second.end + 1, None, "years", f"{int(first.value)}–{int(second.value)}"
        if (
            second
            and 1 <= second.value <= 12
            and s[i] == "-"
            and second.end < len(s)
            and s[second.end] == "-"
        ):
            day = _read_int(s, second.end + 1)
            if day and 1 <= day.value <= 31 and day.kind == "arabic":
                return (
                    p,
                    day.end,
                    None,
                    "date",
                    f"{int(day.value)} {MONTHS[int(second.value) - 1]} {int(first.value)}",
                )
        return None
    if first.kind == "cnseq":
        return (p, year_end, year, "year", str(year)) if year is not None else None
    month = int(first.value)
    month_to = None
    if i < len(s) and s[i] in _RANGE_SEPARATORS and 1 <= month <= 12:
        other = _read_int(s, i + 1)
        if other and s.startswith("月", other.end) and month < other.value <= 12:
            month_to, i = int(other.value), other.end
    if not (1 <= month <= 12 and s.startswith("月", i)) or first.scaled:
        if year is not None:
            return p, year_end, year, "year", str(year)
        return _day_alone(s, p, first, floor)
    if first.kind == "cn" and first.chars == 1 and s[p] == "一" and p > 0 and s[p - 1] in "这那每同":
        return None
    i += 1
    if s.startswith("份", i):
        i += 1
    suffix = f" {year}" if year else ""
    if month_to:
        return p, i, None, "months", f"{MONTHS[month - 1]}–{MONTHS[month_to - 1]}{suffix}"
    day = _read_int(s, i)
    if day and 1 <= day.value <= 31 and day.end < len(s) and s[day.end] in "日号":
        end = day.end + 1
        day_text = str(int(day.value))
        if s[day.end] in "日号" and end < len(s) and s[end] in _RANGE_SEPARATORS:
            other = _read_int(s, end + 1)
            if other and day.value < other.value <= 31 and other.end < len(s) and s[other.end] in "日号":
                day_text, end = f"{day_text}–{int(other.value)}", other.end + 1
        en = f"{day_text} {MONTHS[month - 1]}{suffix}"
        clock = _time_at(s, end, end, after_date=True)
        if clock is not None:
            return p, clock[1], None, "date", f"{en}, {clock[4]}"
        return p, end, None, "date", en
    period = _period_word(s, i)
    if period:
        return p, i + len(period), None, "month", PERIODS[period].format(MONTHS[month - 1] + suffix)
    return p, i, None, "month", f"{MONTHS[month - 1]}{suffix}"


def _period_word(s: str, i: int) -> str:
    """底/初/中旬 … after a month or year: 10月底 → end of October."""
    for word in ("中旬", "上旬", "下旬", "底", "末", "初"):
        if s.startswith(word, i):
            if word in "初末" and s.startswith(("初步", "初心", "初次", "末端"), i):
                return ""
            return word
    return ""


def _day_alone(s: str, p: int, num: Num, floor: int) -> _Found | None:
    """记者2日获悉: an Arabic day of the month on its own."""
    if num.kind != "arabic" or not (1 <= num.value <= 31) or num.end >= len(s) or s[num.end] != "日":
        return None
    before = s[p - 1] if p > 0 else "\n"
    if before in "近约逾续超过" or s.startswith(("内", "以来", "来"), num.end + 1):
        # 3日内, 连续5日: a number of days.
        start, qualifier = _prefix(s, p, floor)
        days = "day" if num.value == 1 and not qualifier else "days"
        return (
            start,
            num.end + 1,
            python_number(num.value),
            "days",
            _qualified(qualifier, f"{plain(num.value)} {days}"),
        )
    return p, num.end + 1, None, "day of month", f"the {ordinal(int(num.value))}"


def _time_at(s: str, p: int, floor: int, after_date: bool = False) -> _Found | None:
    """上午8时26分 → 8:26 a.m.; 凌晨3时 → 3 a.m.; 10点钟 → 10 o'clock."""
    start, period = p, ""
    for word in AM_WORDS + PM_WORDS:
        if after_date and s.startswith(word, p):
            start, period, p = p, word, p + len(word)
            break
        if not after_date and p - len(word) >= floor and s.startswith(word, p - len(word)):
            start, period = p - len(word), word
            break
    hour = _read_int(s, p)
    if hour is None or hour.end >= len(s):
        return None
    colon = re.match(r":([0-5][0-9])(?![0-9])", s[hour.end : hour.end + 4])
    if colon and hour.kind == "arabic" and 0 <= hour.value <= 24 and hour.chars <= 2:
        h, mm, i = int(hour.value), colon.group(1), hour.end + 3
        if period in AM_WORDS or (period and h < 12) or (not period and h > 12):
            suffix = " a.m." if period in AM_WORDS else " p.m."
            return start, i, None, "time", f"{h - 12 if h > 12 else h}:{mm}{suffix}"
        return start, i, None, "time", f"{h}:{mm}"
    if s[hour.end] not in "时点":
        return None
    if hour.kind != "arabic" and not period:
        return None  # 一时, 三点: words, unless a time of day is named
    if hour.kind == "cnseq" or not 0 <= hour.value <= 24:
        return None
    if (
        s.startswith("时间", hour.end)
        or s.startswith("时期", hour.end)
        or s.startswith("点多钟", hour.end + 5)
    ):
        return None
    h, i, after = int(hour.value), hour.end + 1, False
    minutes: int | None = None
    if s[hour.end] == "点" and i < len(s) and s[i] in "0123456789":
        return None
    minute = _read_int(s, i)
    if minute and minute.end < len(s) and s[minute.end] == "分" and 0 <= minute.value < 60:
        if not s.startswith("分钟", minute.end):
            minutes, i = int(minute.value), minute.end + 1
    elif s.startswith("半", i):
        minutes, i = 30, i + 1
    if s.startswith("钟", i):
        i += 1
    if i < len(s) and s[i] in "多许":
        after, i = True, i + 1
    if period in AM_WORDS:
        suffix = " a.m." if h < 12 else " p.m."
        shown = h if h <= 12 else h - 12
    elif period:
        if h == 12 and period == "中午" and minutes is None:
            return start, i, None, "time", ("just after " if after else "") + "noon"
        suffix, shown = " p.m.", h - 12 if h > 12 else h
    elif h > 12:
        suffix, shown = " p.m.", h - 12
    else:
        suffix, shown = (" o'clock" if minutes is None else ""), h
    clock = f"{shown}:{minutes:02d}" if minutes is not None else str(shown)
    return start, i, None, "time", ("after " if after else "") + clock + suffix


def _ordinal_at(s: str, p: int) -> _Found | None:
    """第141场 → 141st; small Chinese ordinals (第一, 第二批) are words, not figures."""
    num = _read_int(s, p)
    if num is None or num.kind == "cnseq":
        return None
    if s.startswith("季度", num.end) and 1 <= num.value <= 4:
        return p - 1, num.end + 2, int(num.value), "quarter", f"Q{int(num.value)}"
    if num.kind == "cn" and num.value <= 10:
        return None
    end = num.end
    if end < len(s) and (s[end] in COUNTERS or s[end] in "季期届轮年天"):
        end += 1
    return p - 1, end, python_number(num.value), "ordinal", ordinal(int(num.value))


# --- quantities ---------------------------------------------------------------------------


def _scale_at(s: str, i: int) -> tuple[int, int]:
    """A scale word at i: (factor, end); (1, i) when there is none."""
    m = SCALE.match(s, i)
    if not m:
        return 1, i
    if m.group() == "千" and not re.match(r"千(?:[万亿人元米吨户家名个位]|$)", s[i : i + 2]):
        return 1, i
    return SCALES[m.group()], m.end()


def _unit_at(s: str, i: int) -> tuple[str, UnitEnglish, int] | None:
    """(kind, English, end) for a unit at i."""
    if i < len(s) and s[i] in SYMBOL_UNITS:
        return "sym", SYMBOL_UNITS[s[i]], i + 1
    m = UNITS_RE.match(s, i)
    if m:
        kind, en = UNITS[m.group()]
        return kind, en, m.end()
    m = LATIN_RE.match(s, i)
    if m:
        word = m.group(1)
        after = s[m.end() : m.end() + 1]
        if word in LATIN_UNITS and not (after.isascii() and after.isalnum()):
            return "sym", LATIN_UNITS[word], m.end()
        return "latin", None, i  # 5G, 3D, 10A: not a figure
    return None


def _noun_near(
    s: str, p: int, end: int, floor: int, behind: frozenset[str] | None = None
) -> tuple[tuple[str, str], int] | None:
    """The counted noun after a counter, or before a clause-final one (委员414名, 项目15个).

    Returns (forms, end of the figure): the noun is part of the figure only when it follows
    the counter directly. ``behind`` limits which nouns may be taken from before the number;
    None allows all, an empty set none.
    """
    window = s[end : end + 12]
    for stop, ch in enumerate(window):
        if ch in _PUNCTUATION or ch.isdigit():
            window = window[:stop]
            break
    m = NOUNS_RE.search(window)
    conjunction = min((window.find(c) for c in "和及与或并" if c in window), default=len(window))
    if m and m.start() < conjunction:
        return NOUNS[m.group()], (end + m.end() if m.start() == 0 else end)
    if _clause_end(s, end) and behind != frozenset():
        before = s[max(floor, p - 10) : p]
        for stop in range(len(before) - 1, -1, -1):
            if before[stop] in _PUNCTUATION or before[stop].isdigit():
                before = before[stop + 1 :]
                break
        found = [m for m in NOUNS_RE.finditer(before) if behind is None or m.group() in behind]
        if found:
            return NOUNS[found[-1].group()], end
    return None


def _money(number: str, code: str, style: str) -> str:
    if code == "CNY":
        return {"CNY": f"CNY {number}", "RMB": f"RMB {number}", "¥": f"¥{number}"}.get(
            style, f"{number} yuan"
        )
    if style == "¥":
        return f"{CURRENCY_SYMBOLS.get(code, code + ' ')}{number}"
    if style == "yuan":
        return f"{number} {CURRENCY_WORDS.get(code, code)}"
    return f"{code} {number}"


def _with_unit(number: str, kind: str, en: UnitEnglish, plural: bool, style: str) -> tuple[str, str]:
    """(English, unit label) for a number written with a unit of the given kind."""
    if kind == "sym":
        return f"{number} {en}", str(en)
    if kind == "tight":
        return f"{number}{en}", str(en)
    if kind == "word" and isinstance(en, tuple):
        singular, many = en
        return f"{number} {many if plural else singular}", many
    if kind == "cur":
        return _money(number, str(en), style), str(en) if en != "CNY" else "CNY"
    return number, ""


def _quantity_at(s: str, p: int, floor: int, style: str) -> _Found | None:
    num = read_number(s, p)
    if num is None or num.kind == "cnseq":
        return None
    chinese = num.kind == "cn"
    single = chinese and num.chars == 1
    if chinese and s[p] == "一" and num.chars == 1:
        return None  # 一 on its own is "a/one" (一起, 一方面, 一名女子), not a figure
    if single and p > 0 and s[p - 1] in "这那每":
        return None  # 这两天: "these days"
    value, i = num.value, num.end
    scaled = num.scaled
    approx = ""
    if i < len(s) and s[i] in "余多" and SCALE.match(s, i + 1):
        approx, i = "over", i + 1
    factor, i = _scale_at(s, i)
    if factor > 1:
        if chinese and num.scaled:
            return None  # 三万亿 is read inside the numeral; 五万万 is not Chinese
        value, scaled = value * factor, factor >= 10**4 or scaled
    if not approx and i < len(s) and s[i] == "余":
        approx, i = "over", i + 1
    elif not approx and i < len(s) and s[i] == "多":
        approx, i = "over", i + 1
    elif not approx and i < len(s) and s[i] == "来" and _unit_at(s, i + 1) is not None:
        approx, i = "about", i + 1

    # A range: 3至5年, 10%—20%, 1—2亿元.
    upper: Decimal | None = None
    tight_first = ""
    if i < len(s) and s[i] in "%‰" and i + 1 < len(s) and s[i + 1] in _RANGE_SEPARATORS:
        tight_first, i = s[i], i + 1
    if not approx and i < len(s) and s[i] in _RANGE_SEPARATORS:
        other = read_number(s, i + 1)
        if other is not None and (other.kind == "cn") == chinese and other.kind != "cnseq":
            top, j = other.value, other.end
            low, factor2, j = value, *_scale_at(s, j)
            if factor2 > 1:
                top = top * factor2
                if factor == 1:
                    low = value * factor2  # 1—2亿: the scale belongs to both ends
            elif factor > 1:
                top = top * factor
            same_symbol = not tight_first or s.startswith(tight_first, j)
            if top > low and same_symbol:
                value, upper, i = low, top, j
                scaled = scaled or factor2 > 1
    if tight_first and upper is None:
        i -= 1  # 10%- without a second percentage: read 10% alone

    start, qualifier = _prefix(s, p, floor)
    qualifier = qualifier or approx

    if s.startswith("分之", i) and upper is None and factor == 1:
        return _fraction(s, start, p, i, value, qualifier)
    symbol = s[p - 1] if p > floor else ""
    if symbol in CURRENCY_PREFIXES and not qualifier and upper is None:
        code = CURRENCY_PREFIXES[symbol]
        if p - 3 >= floor and s[p - 3 : p] == "HK$":
            code, symbol = "HKD", "HK$"
        end = i + 1 if code == "CNY" and s.startswith("元", i) else i
        number = _range_text(value, None, scaled)
        return p - len(symbol), end, python_number(value), code, _money(number, code, style)

    unit = _unit_at(s, i)
    if unit is not None and unit[0] == "degree":
        unit = _degree(s, p, unit[2])
    if unit is not None and unit[1] == "°C" and upper is None:
        if p - 2 >= floor and s[p - 2 : p] == "零下":
            start, value = p - 2, -value
        elif (
            p - 1 >= floor and s[p - 1] in "-−" and not (p > 1 and s[p - 2].isascii() and s[p - 2].isalnum())
        ):
            start, value = p - 1, -value
    if unit is not None and unit[0] == "latin":
        return None
    if unit is None and i < len(s) and s[i] in COUNTERS:
        return _counted(s, p, start, i, value, upper, num, scaled, qualifier, floor)
    if unit is None:
        if i < len(s) and s[i] == "星":
            return _star(s, start, i, value, qualifier)
        if single or _quoted_slogan(s, p, i):
            return None
        if chinese and not any(c in "百千万亿" for c in s[p : num.end]) and factor == 1:
            return None  # 十一 alone is more likely a name (十一假期) than a figure
        if num.kind == "arabic" and upper is None and _enumeration(s, p, i):
            return None
        year_like = num.kind == "arabic" and num.chars == 4
        return _bare(start, i, value, upper, scaled, qualifier, year_like)
    kind, en, end = unit
    if kind == "star":
        return _star(s, start, end - 2, value, qualifier)
    if single and (_idiom_neighbour(s, p, end) or _quoted_slogan(s, p, end)):
        return None
    if kind == "tenths":
        if upper is not None or value != value.to_integral_value() or not 1 <= value <= 9:
            return None
        if s.startswith(("为", "立", "员", "功", "本", "果", "绩", "交", "就", "长", "熟", "型"), end):
            return None  # 成为, 成立 …: the verb, not tenths
        end = _suffix_end(s, end, qualifier)
        qualifier = qualifier or SUFFIX_QUALIFIERS.get(_suffix_word(s, unit[2]), "")
        return start, end, int(value) * 10, "%", _qualified(qualifier, f"{int(value) * 10}%")
    if kind == "pre":
        if upper is not None or qualifier or num.kind != "arabic" or value != value.to_integral_value():
            return None
        return start, end, python_number(value), str(en), f"{en} {int(value)}"
    if kind == "year":
        if upper is None and not qualifier and _is_year(num):
            return None  # a calendar year is read by _date_at
        if s.startswith(("级", "轻", "终", "底", "初", "度", "会"), end):
            return None  # 三年级, 年轻, 年终 …
        kind, en = "word", ("year", "years")
    if kind == "decade":
        if num.kind != "arabic" or qualifier or upper is not None or value % 10:
            return None
        decade = int(value) + (1900 if value < 100 else 0)
        return start, end, decade, "decade", f"{decade}s"
    if kind == "age":
        plural = upper is not None or value != 1 or bool(qualifier)
        number = plain(value) + (f"–{plain(upper)}" if upper is not None else "")
        en_text = f"{number} {'years' if plural else 'year'} old"
        for word, template in (("以上", "aged {} and over"), ("以下", "aged {} and under")):
            if not qualifier and s.startswith(word, end):
                return start, end + 2, python_number(value), "years old", template.format(number)
        if not qualifier and end < len(s) and is_han(s[end]) and s[end] not in "的了左以上下":
            en_text = f"{number}-year-old"  # 10岁女孩: a 10-year-old girl
        return (
            start,
            end,
            None if upper else python_number(value),
            "years old",
            _qualified(qualifier, en_text),
        )
    if kind == "anniv":
        if upper is not None or value != value.to_integral_value():
            return None
        return start, end, python_number(value), "anniversary", f"{ordinal(int(value))} anniversary"
    if kind == "sym" and en == "kW" and scaled:
        # 万千瓦: an installed capacity, natural in MW (GW from a million kW).
        value, upper = value / 1000, (upper / 1000 if upper is not None else None)
        en, scaled = ("MW", False) if max(value, upper or value) < 10**3 else ("GW", False)
        if en == "GW":
            value, upper = value / 1000, (upper / 1000 if upper is not None else None)
    end = _suffix_end(s, end, qualifier)
    qualifier = qualifier or SUFFIX_QUALIFIERS.get(_suffix_word(s, unit[2]), "")
    number = _range_text(value, upper, scaled)
    plural = upper is not None or value != 1 or bool(qualifier)
    en_text, unit_label = _with_unit(number, kind, en, plural, style)
    result_value = None if upper is not None else python_number(value)
    return start, end, result_value, unit_label, _qualified(qualifier, en_text)


def _fraction(s: str, start: int, p: int, i: int, denominator: Decimal, qualifier: str) -> _Found | None:
    """三分之一 → one third; 5分之2 → 2/5."""
    top = read_number(s, i + 2)
    if top is None or top.kind == "cnseq" or not denominator or top.value <= 0 or top.value > denominator:
        return None
    if denominator != denominator.to_integral_value() or top.value != top.value.to_integral_value():
        return None
    key = (int(top.value), int(denominator))
    en = FRACTIONS.get(key, f"{key[0]}/{key[1]}")
    return start, top.end, float(top.value / denominator), "fraction", _qualified(qualifier, en)


def _degree(s: str, p: int, end: int) -> tuple[str, UnitEnglish, int] | None:
    """度 is kWh next to electricity, °C next to temperature, else an angle."""
    before = s[max(0, p - 15) : p]
    if s.startswith("电", end) or "电" in before:
        return ("sym", "kWh", end + 1 if s.startswith("电", end) else end)
    if any(word in before[-10:] for word in ("温", "摄氏", "高温", "低温", "发烧", "体温")):
        return ("tight", "°C", end)
    return ("word", ("degree", "degrees"), end)


def _suffix_word(s: str, i: int) -> str:
    for word in SUFFIX_QUALIFIERS:
        if s.startswith(word, i):
            return word
    return ""


def _suffix_end(s: str, end: int, qualifier: str) -> int:
    """Include 左右/以上/以下/余 after the unit when no qualifier came before the number."""
    word = _suffix_word(s, end)
    if word and not qualifier:
        if word == "余" and not _clause_end(s, end + 1):
            return end
        return end + len(word)
    return end


def _qualified(qualifier: str, en: str) -> str:
    return f"{qualifier} {en}" if qualifier else en


def _range_text(value: Decimal, upper: Decimal | None, scaled: bool) -> str:
    if upper is None:
        number, word = english_amount(value, scaled)
        return f"{number} {word}".strip()
    low, word = english_amount(value, scaled, top=upper)
    high, _ = english_amount(upper, scaled, top=upper)
    return f"{low}–{high} {word}".strip()


def _enumeration(s: str, p: int, i: int) -> bool:
    """A list number: 1. or 1、 at the start of a line."""
    line_start = p == 0 or s[p - 1] in "\n\r（(["
    return line_start and i < len(s) and s[i] in ".、)）"


def _bare(
    start: int,
    end: int,
    value: Decimal,
    upper: Decimal | None,
    scaled: bool,
    qualifier: str,
    year_like: bool = False,
) -> _Found:
    if year_like and upper is None and not qualifier and 1900 <= value <= 2099:
        return start, end, int(value), "year", str(int(value))  # 2024中国博览会: a year, no comma
    en = _qualified(qualifier, _range_text(value, upper, scaled))
    return start, end, None if upper is not None else python_number(value), "", en


def _star(s: str, start: int, i: int, value: Decimal, qualifier: str) -> _Found | None:
    """三星级 → three-star; 二星以上 → two-star and above. 星 alone only where it is a rating."""
    if value != value.to_integral_value() or not 1 <= value <= 7 or qualifier:
        return None
    end = i + 1
    if s.startswith("级", end):
        end += 1
    elif not s.startswith(("以上", "以下", "标准", "酒店", "级"), end):
        return None  # 三星 is also a company
    en = f"{STAR_WORDS[int(value)]}-star"
    if s.startswith("以上", end):
        en, end = en + " and above", end + 2
    return start, end, int(value), "star rating", en


def _behind(counter: str) -> frozenset[str] | None:
    """Which nouns before a clause-final number it may count: 委员414名 yes, 调研78次 no."""
    if counter in "名位":
        return PEOPLE_NOUNS
    return None if COUNTERS.get(counter) is None else frozenset()


def _counted(
    s: str,
    p: int,
    start: int,
    i: int,
    value: Decimal,
    upper: Decimal | None,
    num: Num,
    scaled: bool,
    qualifier: str,
    floor: int,
) -> _Found | None:
    """A number with a counter (个, 名, 家 …) and, where it can be found, the counted noun."""
    counter = s[i]
    end = i + 1
    noun = _noun_near(s, p, end, floor, _behind(counter))
    forms = noun[0] if noun else COUNTERS[counter]
    if noun and noun[1] > end:
        end = noun[1]
    single = num.kind == "cn" and num.chars == 1
    if single and (forms is None or _idiom_neighbour(s, p, i + 1) or _quoted_slogan(s, p, i + 1)):
        return None
    if _quoted_slogan(s, p, i + 1):
        return None
    if not qualifier and _suffix_word(s, end) in ("左右", "以上"):
        qualifier = SUFFIX_QUALIFIERS[_suffix_word(s, end)]
        end += 2
    number = _range_text(value, upper, scaled)
    if forms is None:
        return (
            start,
            end,
            None if upper is not None else python_number(value),
            "",
            _qualified(qualifier, number),
        )
    plural = upper is not None or value != 1 or bool(qualifier)
    noun_en = forms[1] if plural else forms[0]
    result_value = None if upper is not None else python_number(value)
    return start, end, result_value, forms[1], _qualified(qualifier, f"{number} {noun_en}")


def _percent_in_words(s: str, p: int, floor: int) -> _Found | None:
    """百分之三十 → 30%; 百分之3.5 → 3.5%."""
    num = read_number(s, p + 3)
    if num is None or num.kind == "cnseq":
        return None
    start, qualifier = _prefix(s, p, floor)
    return start, num.end, python_number(num.value), "%", _qualified(qualifier, f"{plain(num.value)}%")


def _approximate(s: str, p: int, floor: int, style: str) -> _Found | None:
    """上万人 → tens of thousands of people; 数百家企业 → hundreds of companies."""
    for word in sorted(APPROX_MAGNITUDES, key=len, reverse=True):
        if s.startswith(word, p):
            break
    else:
        return None
    phrase = APPROX_MAGNITUDES[word]
    end = p + len(word)
    if end < len(s) and s[end] in CN_NUMERAL_CHARS:
        return None  # 上千万 reads 千万 ("by all means") or a longer numeral: skip
    if end < len(s) and s[end] in "余多":
        end += 1
    unit = _unit_at(s, end)
    if unit is not None and unit[0] in ("word", "sym", "cur"):
        kind, en, stop = unit
        if kind == "word":
            return p, stop, None, en[1], f"{phrase} of {en[1]}"  # type: ignore[index]
        if kind == "cur":
            money = _money("", str(en), style).strip() if en != "CNY" else "yuan"
            return p, stop, None, str(en), f"{phrase} of {money}"
        return p, stop, None, str(en), f"{phrase} of {en}"
    if end < len(s) and s[end] in COUNTERS:
        noun = _noun_near(s, p, end + 1, floor)
        forms = noun[0] if noun else COUNTERS[s[end]]
        if forms is None:
            return None
        stop = noun[1] if noun else end + 1
        return p, max(stop, end + 1), None, forms[1], f"{phrase} of {forms[1]}"
    if _clause_end(s, end) and word[0] != "数":
        return p, end, None, "", phrase
    return None
