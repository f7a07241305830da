"""Dates, numbers and labels written for an edition locale.

Everything goes through babel with an explicit ``locale=`` (never the process locale),
plus what babel lacks: percentages that keep their decimals, Chinese-numeral dates,
masthead dates, page and issue labels.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal, InvalidOperation

from babel import dates as _dates
from babel import numbers as _numbers

from digest.model import EDITION_LOCALES, edition_locale  # noqa: F401 (the doctests loop over it)

_CHINESE_DIGITS = "〇一二三四五六七八九"


def _is_chinese(locale: str) -> bool:
    return edition_locale(locale).startswith("zh")


def _is_traditional(locale: str) -> bool:
    return edition_locale(locale).startswith("zh_Hant")


def _decimals_of(value: Decimal) -> int:
    """How many decimals a value really has (16.900 → 1), ignoring float noise past 8 places."""
    value = value.quantize(Decimal("1e-8")).normalize()
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _to_decimal(value: float | int | Decimal) -> Decimal:
    try:
        return value if isinstance(value, Decimal) else Decimal(repr(value))
    except InvalidOperation:
        raise ValueError(f"not a number: {value!r}") from None


def format_date(d: _dt.date, locale: str, style: str = "long") -> str:
    """A date in babel's ``short``/``medium``/``long``/``full`` style (or a CLDR pattern).

    >>> d = _dt.date(2026, 11, 28)
    >>> [format_date(d, loc) for loc in EDITION_LOCALES]
    ['2026年11月28日', '28 November 2026', 'November 28, 2026', '2026年11月28日', '2026年11月28日']
    >>> format_date(d, "en_GB", style="medium")
    '28 Nov 2026'
    """
    return _dates.format_date(d, format=style, locale=edition_locale(locale))


def format_number(n: float | int | Decimal, locale: str, decimals: int | None = None) -> str:
    """A number with the locale's grouping; ``decimals=None`` keeps the decimals the value has.

    >>> [format_number(1234567.5, loc) for loc in EDITION_LOCALES]
    ['1,234,567.5', '1,234,567.5', '1,234,567.5', '1,234,567.5', '1,234,567.5']
    >>> format_number(148.13, "en_GB", decimals=1), format_number(2024, "zh_CN")
    ('148.1', '2,024')
    """
    value = _to_decimal(n)
    places = _decimals_of(value) if decimals is None else max(0, int(decimals))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return _numbers.format_decimal(value, format=pattern, locale=edition_locale(locale))


def format_percent(value_fraction: float | int | Decimal, locale: str, decimals: int | None = None) -> str:
    """A fraction as a percentage that keeps its decimals (0.169 → 16.9%, where babel gives 17%).

    >>> [format_percent(0.169, loc) for loc in EDITION_LOCALES]
    ['16.9%', '16.9%', '16.9%', '16.9%', '16.9%']
    >>> format_percent(0.5, "en_US"), format_percent(0.349, "zh_CN", decimals=2), format_percent(1 / 3, "en_GB")
    ('50%', '34.90%', '33.33333333%')
    """
    percent = _to_decimal(value_fraction) * 100
    places = _decimals_of(percent) if decimals is None else max(0, int(decimals))
    pattern = "#,##0" + ("." + "0" * places if places else "") + "%"
    return _numbers.format_percent(_to_decimal(value_fraction), format=pattern, locale=edition_locale(locale))


def format_currency(amount: float | int | Decimal, currency: str, locale: str) -> str:
    """An amount of money the locale's way.

    >>> [format_currency(1234.5, "CNY", loc) for loc in EDITION_LOCALES]
    ['¥1,234.50', 'CN¥1,234.50', 'CN¥1,234.50', 'CN¥1,234.50', 'CN¥1,234.50']
    >>> format_currency(10, "USD", "en_US")
    '$10.00'
    """
    return _numbers.format_currency(_to_decimal(amount), currency, locale=edition_locale(locale))


def format_compact(n: float | int | Decimal, locale: str) -> str:
    """A short form for big numbers: 万/亿 in Chinese, k/bn in English.

    zh_Hant_HK uses the Traditional Chinese forms (萬/億): babel's HK data has B/K,
    which reads oddly in a Chinese edition.

    >>> [format_compact(148130000000, loc) for loc in EDITION_LOCALES]
    ['1481.3亿', '148.13bn', '148.13B', '1481.3億', '1481.3億']
    >>> format_compact(46000, "zh_CN"), format_compact(46000, "en_GB")
    ('4.6万', '46k')
    """
    code = edition_locale(locale)
    data_locale = "zh_Hant" if code == "zh_Hant_HK" else code
    return _numbers.format_compact_decimal(_to_decimal(n), locale=data_locale, fraction_digits=2)


def _chinese_small_number(n: int) -> str:
    """1–99 in Chinese numerals, as dates write them (十一, 二十八, 三十)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CHINESE_DIGITS[ones]
    head = "" if tens == 1 else _CHINESE_DIGITS[tens]
    return head + "十" + (_CHINESE_DIGITS[ones] if ones else "")


def chinese_numeral_date(d: _dt.date) -> str:
    """A date in Chinese numerals, as on a formal masthead (not in babel).

    >>> chinese_numeral_date(_dt.date(2026, 11, 28))
    '二〇二六年十一月二十八日'
    >>> chinese_numeral_date(_dt.date(2030, 1, 10))
    '二〇三〇年一月十日'
    """
    year = "".join(_CHINESE_DIGITS[int(c)] for c in str(d.year))
    return f"{year}年{_chinese_small_number(d.month)}月{_chinese_small_number(d.day)}日"


def weekday_name(d: _dt.date, locale: str) -> str:
    """The weekday's name.

    >>> [weekday_name(_dt.date(2026, 11, 28), loc) for loc in EDITION_LOCALES]
    ['星期六', 'Saturday', 'Saturday', '星期六', '星期六']
    """
    return _dates.format_date(d, format="EEEE", locale=edition_locale(locale))


def masthead_date(d: _dt.date, locale: str) -> str:
    """The date line of the masthead, weekday included.

    >>> for loc in EDITION_LOCALES:
    ...     print(loc, masthead_date(_dt.date(2026, 11, 28), loc))
    zh_CN 2026年11月28日 星期六
    en_GB Saturday, 28 November 2026
    en_US Saturday, November 28, 2026
    zh_Hant_TW 2026年11月28日 星期六
    zh_Hant_HK 2026年11月28日 星期六
    """
    if _is_chinese(locale):
        return f"{format_date(d, locale, 'long')} {weekday_name(d, locale)}"
    return format_date(d, locale, "full")


def page_label(n: int, locale: str) -> str:
    """A page number as printed at the foot of a page.

    >>> [page_label(3, loc) for loc in EDITION_LOCALES]
    ['第 3 页', 'Page 3', 'Page 3', '第 3 頁', '第 3 頁']
    """
    if _is_chinese(locale):
        return f"第 {n} {'頁' if _is_traditional(locale) else '页'}"
    return f"Page {n}"


def issue_label(number: int, locale: str) -> str:
    """The issue number as on the masthead.

    >>> [issue_label(12, loc) for loc in EDITION_LOCALES]
    ['第 12 期', 'No. 12', 'No. 12', '第 12 期', '第 12 期']
    """
    return f"第 {number} 期" if _is_chinese(locale) else f"No. {number}"
