"""Edition-locale formatting beyond the doctests: errors, explicit locales, Chinese dates."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from babel import dates as babel_dates

from digest.language import formats
from digest.language.formats import (
    chinese_numeral_date,
    format_compact,
    format_currency,
    format_date,
    format_number,
    format_percent,
    issue_label,
    masthead_date,
    page_label,
    weekday_name,
)
from digest.model import EDITION_LOCALES

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 28)


def test_supported_locales() -> None:
    assert EDITION_LOCALES == ("zh_CN", "en_GB", "en_US", "zh_Hant_TW", "zh_Hant_HK")


@pytest.mark.parametrize(
    "call",
    [
        lambda loc: format_date(DAY, loc),
        lambda loc: format_number(1, loc),
        lambda loc: format_percent(0.1, loc),
        lambda loc: format_currency(1, "CNY", loc),
        lambda loc: format_compact(1, loc),
        lambda loc: weekday_name(DAY, loc),
        lambda loc: masthead_date(DAY, loc),
        lambda loc: page_label(1, loc),
        lambda loc: issue_label(1, loc),
    ],
)
def test_unknown_locale_is_one_clear_error(call) -> None:
    with pytest.raises(ValueError, match="unsupported edition locale 'fr_FR'"):
        call("fr_FR")


def test_hyphenated_locale_accepted() -> None:
    assert masthead_date(DAY, "en-GB") == "Saturday, 28 November 2026"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0.169, "16.9%"), (0.349, "34.9%"), (0.5, "50%"), (1, "100%"), (0.0005, "0.05%"), (0.1 + 0.2, "30%")],
)
def test_percent_keeps_decimals(value: float, expected: str) -> None:
    assert format_percent(value, "en_GB") == expected


def test_percent_with_fixed_decimals() -> None:
    assert format_percent(0.169, "zh_CN", decimals=0) == "17%"
    assert format_percent(0.169, "zh_CN", decimals=3) == "16.900%"


def test_number_keeps_decimals_and_groups() -> None:
    assert format_number(148.13, "en_GB") == "148.13"
    assert format_number(190000, "zh_CN") == "190,000"
    assert format_number(29.440, "en_US") == "29.44"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2026, 11, 28), "二〇二六年十一月二十八日"),
        (dt.date(2024, 1, 1), "二〇二四年一月一日"),
        (dt.date(2000, 10, 20), "二〇〇〇年十月二十日"),
        (dt.date(2019, 12, 31), "二〇一九年十二月三十一日"),
    ],
)
def test_chinese_numeral_date(day: dt.date, expected: str) -> None:
    assert chinese_numeral_date(day) == expected


def test_weekdays_across_a_week() -> None:
    zh = [weekday_name(DAY + dt.timedelta(days=i), "zh_Hant_HK") for i in range(7)]
    assert zh == ["星期六", "星期日", "星期一", "星期二", "星期三", "星期四", "星期五"]
    assert weekday_name(dt.date(2026, 11, 30), "en_US") == "Monday"


def test_masthead_accepts_datetime() -> None:
    assert masthead_date(dt.datetime(2026, 11, 28, 9, 30), "zh_CN") == "2026年11月28日 星期六"


def test_process_locale_does_not_leak_in() -> None:
    """Output depends on the edition locale only, not on LANG/LC_ALL of the process."""
    code = (
        "import datetime as dt\n"
        "from digest.language.formats import masthead_date, format_number\n"
        "print(masthead_date(dt.date(2026, 11, 28), 'en_GB'), format_number(1234.5, 'en_GB'))\n"
    )
    env = {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8", "LANGUAGE": "de", "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "Saturday, 28 November 2026 1,234.5"


def test_every_babel_call_names_its_locale() -> None:
    """Read the module: each call into babel passes locale= explicitly."""
    source = Path(formats.__file__).read_text(encoding="utf-8")
    calls = [line for line in source.splitlines() if "_numbers.format_" in line or "_dates.format_" in line]
    assert calls
    assert all("locale=" in line for line in calls), calls


@pytest.mark.parametrize("day", [dt.date(2026, 11, 28), dt.date(2024, 2, 29), dt.date(2030, 1, 1)])
def test_dates_are_babels_in_every_edition_locale_and_style(day: dt.date) -> None:
    for loc in EDITION_LOCALES:
        for style in ("short", "medium", "long", "full"):
            assert format_date(day, loc, style) == babel_dates.format_date(day, style, locale=loc)
        assert weekday_name(day, loc) == babel_dates.format_date(day, "EEEE", locale=loc)
    assert format_date(day, "en_GB", "long").endswith(str(day.year))
