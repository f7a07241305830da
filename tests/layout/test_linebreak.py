"""Break opportunities: UAX #14 for Latin text, clreq prohibitions for Chinese."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.layout.linebreak import FREE, NOT_END, NOT_START, UNIT_PENALTY, break_penalties


def breaks(text: str, lang: str = "zh") -> list[int]:
    return [i for i, p in enumerate(break_penalties(text, lang)) if p is not None]


def test_han_characters_break_anywhere() -> None:
    assert breaks("区政协召开座谈会") == [1, 2, 3, 4, 5, 6, 7]


def test_closing_marks_never_start_a_line() -> None:
    text = "他说：“好的。”今天（周六）开会，《简报》出版！真的？是……还有——结束、完毕；"
    pens = break_penalties(text)
    for i, ch in enumerate(text):
        if ch in "，。、；：？！）》”…—":
            assert pens[i] is None, f"break allowed before {ch!r} at {i}"


def test_opening_marks_never_end_a_line() -> None:
    text = "他说“好”，见《简报》（第3期）「引文」【注】"
    pens = break_penalties(text)
    for i, ch in enumerate(text[:-1]):
        if ch in "“《（「【":
            assert pens[i + 1] is None, f"break allowed after {ch!r}"


def test_dash_and_ellipsis_pairs_are_never_split() -> None:
    for text in ("发展——创新", "等等……还有"):
        pens = break_penalties(text)
        assert pens[3] is None  # between the two marks
        assert pens[2] is None  # before the first (never at a line start)


def test_latin_words_and_numbers_stay_whole() -> None:
    text = "AT&T增长16.9%，x<y达1,481.3亿"
    pens = break_penalties(text)
    for word in ("AT&T", "16.9%", "x<y", "1,481.3"):
        start = text.index(word)
        assert all(pens[k] is None for k in range(start + 1, start + len(word))), word


def test_number_and_unit_break_is_penalised_not_forbidden() -> None:
    pens = break_penalties("在2024年举行")
    assert pens[1] == FREE  # 在|2024
    assert pens[5] == UNIT_PENALTY  # 2024|年


def test_english_breaks_follow_uax14() -> None:
    text = "A well-known site grew 16.9% (AT&T)."
    cuts = [0, *breaks(text, "en"), len(text)]
    units = [text[a:b] for a, b in itertools.pairwise(cuts)]
    assert units == ["A ", "well-", "known ", "site ", "grew ", "16.9% ", "(AT&T)."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="中文字，。、；：？！“”‘’（）《》—…AB1 ", min_size=2, max_size=40))
def test_prohibitions_hold_for_any_mix(text: str) -> None:
    pens = break_penalties(text)
    for i in range(1, len(text)):
        if pens[i] is not None:
            assert text[i] not in NOT_START
            assert text[i - 1] not in NOT_END
            assert not text[i].isspace()
