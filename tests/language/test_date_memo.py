"""digest.language.date_memo: babel's dates remembered per user, never different from babel's."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from babel import dates as babel_dates

from digest.language import date_memo, formats
from digest.model import EDITION_LOCALES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def memo_dir(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("JIANBAO_HOME", str(tmp_path))
    date_memo._state.clear()
    yield tmp_path / "cache" / "dates"
    date_memo._state.clear()


DAYS = [dt.date(2026, 11, 28), dt.date(2024, 2, 29), dt.date(2030, 1, 1)]


def test_memo_answers_what_babel_answers(memo_dir: Path) -> None:
    for _ in range(2):  # first written by babel, then read back from the memo (and the file)
        for d in DAYS:
            for loc in EDITION_LOCALES:
                for style in ("short", "medium", "long", "full"):
                    assert formats.format_date(d, loc, style) == babel_dates.format_date(d, style, locale=loc)
                assert formats.weekday_name(d, loc) == babel_dates.format_date(d, "EEEE", locale=loc)
        date_memo._state.clear()
    [entry] = memo_dir.glob("babel-dates-*.json")
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert stored["zh_CN|long|2026-11-28"] == "2026年11月28日"
    assert stored["en_GB|full|2026-11-28"] == "Saturday, 28 November 2026"


FRESH = """
import datetime as dt, sys
from digest.language.formats import masthead_date
print(masthead_date(dt.date(2026, 11, 28), "zh_CN"), "|", masthead_date(dt.date(2026, 11, 28), "en_GB"))
print("babel" in sys.modules)
"""


def test_a_later_process_needs_no_babel(memo_dir: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), JIANBAO_HOME=str(memo_dir.parent.parent))
    runs = [
        subprocess.run(
            [sys.executable, "-c", FRESH], env=env, check=True, capture_output=True, text=True
        ).stdout
        for _ in range(2)
    ]
    first, second = (run.splitlines() for run in runs)
    assert first[0] == second[0] == "2026年11月28日 星期六 | Saturday, 28 November 2026"
    assert first[1] == "True", "the first process asks babel"
    assert second[1] == "False", "the next one reads the memo"


def test_a_damaged_memo_is_replaced(memo_dir: Path) -> None:
    formats.format_date(DAYS[0], "en_GB", "long")
    [entry] = memo_dir.glob("babel-dates-*.json")
    for garbage in ("", "{not json", '["a list"]', '{"en_GB|long|2026-11-28": 5}'):
        entry.write_text(garbage, encoding="utf-8")
        date_memo._state.clear()
        assert formats.format_date(DAYS[0], "en_GB", "long") == "28 November 2026"
        assert formats.format_date(DAYS[1], "en_GB", "long") == "29 February 2024"
        assert json.loads(entry.read_text(encoding="utf-8"))["en_GB|long|2024-02-29"] == "29 February 2024"


def test_an_unwritable_memo_still_formats(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv("JIANBAO_HOME", str(blocker / "home"))
    date_memo._state.clear()
    try:
        assert formats.masthead_date(DAYS[0], "en_US") == "Saturday, November 28, 2026"
    finally:
        date_memo._state.clear()


def test_memo_keeps_the_newest_entries(memo_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(date_memo, "MAX_ENTRIES", 3)
    days = [dt.date(2026, 1, n) for n in range(1, 6)]
    for d in days:
        formats.format_date(d, "en_GB", "long")
    [entry] = memo_dir.glob("babel-dates-*.json")
    assert list(json.loads(entry.read_text(encoding="utf-8"))) == [
        f"en_GB|long|{d.isoformat()}" for d in days[-3:]
    ]
