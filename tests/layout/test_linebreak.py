"""Break opportunities: UAX #14 for Latin text, clreq prohibitions for Chinese."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.layout.linebreak import _LB_CLASS, FREE, NOT_END, NOT_START, UNIT_PENALTY, break_penalties


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


# -- headline word breaks (the bundled word list, digest/layout/zh_words.py) -----------------------

HEADLINE = "区政协“问诊”营商环境 助企服务体系再提升"


def test_headline_words_are_found_without_jieba() -> None:
    from digest.layout.zh_words import word_interiors

    inside = word_interiors(HEADLINE)
    for word in ("政协", "问诊", "营商", "环境", "服务体系", "提升"):
        start = HEADLINE.index(word)
        assert set(range(start + 1, start + len(word))) <= inside, word
    for between in ("区政", "商环", "企服", "系再"):  # word boundaries stay free
        assert HEADLINE.index(between) + 1 not in inside, between


def test_headlines_break_between_words(monkeypatch) -> None:
    from dataclasses import replace

    from digest.layout import compose as compose_module
    from digest.layout import fonts, linebreak
    from digest.layout.text_style import TextStyle
    from digest.layout.zh_words import word_interiors

    fonts.register_fonts()
    head = TextStyle(15, 21, fonts.CJK_SANS_BOLD, fonts.LATIN_SERIF_BOLD, align="left")
    texts = (HEADLINE, "常州海晨新能源汽车供应链基地加快建设", "中以常州创新园签约5个合作项目")

    def inner_breaks(min_ems: int) -> int:
        count = 0
        for text in texts:
            inside = word_interiors(text)
            assert inside
            for style in (head, replace(head, align="center")):
                for ems in range(min_ems, 24):
                    lines = compose_module.compose(text, style, ems * 15)
                    assert "".join(ln.text for ln in lines).replace(" ", "") == text.replace(" ", "")
                    count += sum(line.end in inside for line in lines[:-1])
        return count

    assert inner_breaks(9) == 0  # from 9 em on, every headline line ends between words
    with_words = inner_breaks(4)
    compose_module.clear_caches()
    monkeypatch.setattr(linebreak, "word_interiors", lambda text: frozenset())
    without_words = inner_breaks(4)
    compose_module.clear_caches()
    assert with_words * 4 <= without_words, (with_words, without_words)


def test_body_text_ignores_words() -> None:
    pens = break_penalties(HEADLINE, "zh")  # justified body text: clreq alone
    assert pens[HEADLINE.index("环境") + 1] == FREE


def test_word_list_agrees_with_jieba_on_the_sample_pages() -> None:
    import re
    from pathlib import Path

    jieba = pytest.importorskip("jieba")
    from digest.layout.zh_words import word_interiors
    from digest.text import is_han

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    pages = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(pages.glob("*.txt")))
    clauses = sorted({c for c in re.split(r"[^\u4e00-\u9fd5]+", text) if len(c) >= 2})
    assert len(clauses) > 500
    differing = 0
    for clause in clauses:
        inside: set[int] = set()
        pos = 0
        for word in tokenizer.cut(clause, HMM=False):
            inside.update(range(pos + 1, pos + len(word)))
            pos += len(word)
        ours = word_interiors(clause)
        differing += any(is_han(clause[b - 1]) for b in inside ^ ours)
    assert differing <= len(clauses) // 30, differing  # words over 4 characters are left out


def test_composing_a_headline_does_not_load_jieba() -> None:
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from digest.layout import fonts\n"
        "from digest.layout.compose import compose\n"
        "from digest.layout.text_style import TextStyle\n"
        "fonts.register_fonts()\n"
        "style = TextStyle(15, 21, fonts.CJK_SANS_BOLD, fonts.LATIN_SERIF_BOLD, align='left')\n"
        f"lines = compose({HEADLINE!r}, style, 150)\n"
        "assert len(lines) > 1\n"
        "print([m for m in ('jieba', 'pypinyin', 'fontTools') if m in sys.modules])\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- UAX #14 inside Latin words without uniseg (linebreak._uax14_breaks) ---------------------------


def _uniseg_breaks(word: str) -> tuple[int, ...]:
    from uniseg.linebreak import line_break_boundaries

    return tuple(b for b in line_break_boundaries(word) if 0 < b < len(word))


def test_word_breaks_match_uniseg_for_every_pair_and_class_triple() -> None:
    from digest.layout.linebreak import _LB_CLASS, _uax14_breaks

    chars = sorted(_LB_CLASS)
    for a, b in itertools.product(chars, repeat=2):
        assert _uax14_breaks(a + b) == _uniseg_breaks(a + b), a + b
    one_per_class = [*sorted({cls: ch for ch, cls in sorted(_LB_CLASS.items())}.values()), "“", "”"]
    for triple in itertools.product(one_per_class, repeat=3):
        word = "".join(triple)
        assert _uax14_breaks(word) == _uniseg_breaks(word), word


@given(st.text(alphabet=st.sampled_from(sorted(_LB_CLASS)), min_size=2, max_size=14))
@settings(max_examples=400, deadline=None)
def test_word_breaks_match_uniseg_for_any_word(word: str) -> None:
    from digest.layout.linebreak import _uax14_breaks

    assert _uax14_breaks(word) == _uniseg_breaks(word)


def test_common_word_shapes_do_not_need_uniseg() -> None:
    from digest.layout.linebreak import _uax14_breaks

    for word in (
        "near-zero-carbon",
        "xinmin-page-a.txt,",
        "“Road",
        "doctors”",
        "m²,",
        '"1+3+N"',
        "1,481.3",
        "(AT&T)",
    ):
        assert _uax14_breaks(word) is not None, word
    assert _uax14_breaks("near-zero-carbon") == (5, 10)
    assert _uax14_breaks("naïve-ish") is None  # any other character: uniseg decides


def test_an_opening_mark_before_a_typed_space_does_not_end_a_line() -> None:
    # Found by test_compose's property test: "‘ 111" broke after the space, leaving ‘ at a line end.
    for text in ("…‘ 111", "他说“ 好的", "（ 2026）", "《 报告》 全文"):
        pens = break_penalties(text)
        for i, pen in enumerate(pens):
            if pen is None:
                continue
            before = text[:i].rstrip()
            assert not before or before[-1] not in NOT_END, (text, i)
    assert [i for i, p in enumerate(break_penalties("…‘ 111")) if p is not None] == [1]


def _penalties_char_by_char(text: str, lang: str = "zh", words: bool = False) -> list[float | None]:
    """The rules of break_penalties stated one boundary at a time (its former implementation):
    the regex passes it now makes must give exactly this."""
    from digest.layout import linebreak as lb

    n = len(text)
    pens: list[float | None] = [None] * (n + 1)
    mask = lb.cjk_mask(text, lang)
    latin = lb._latin_breaks(text, mask)
    interiors = lb.word_interiors(text) if (words and n <= lb.WORD_SEGMENT_MAX_CHARS) else frozenset()
    for i in range(1, n):
        a, b = text[i - 1], text[i]
        if b.isspace() or b in NOT_START or a in NOT_END or (a == b and a in lb._PAIRED):
            continue
        if a.isspace():
            if a in lb.NO_BREAK_SPACES:
                continue
            k = i - 1
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k > 0 and text[k - 1] in NOT_END:
                continue
            pens[i] = FREE if (i in latin or mask[i]) else None
            if words and pens[i] is not None and i >= 2 and mask[i - 2] and mask[i]:
                pens[i] = lb.PHRASE_BREAK_BONUS
            continue
        if mask[i - 1] or mask[i]:
            if (a.isdigit() or a in "%.") and b in lb.UNITS:
                pens[i] = UNIT_PENALTY
            elif b.isdigit() and a in "第约近超逾共计":
                pens[i] = UNIT_PENALTY
            elif i in interiors:
                pens[i] = lb.WORD_PENALTY
            else:
                pens[i] = FREE
        elif i in latin:
            pens[i] = FREE
    return pens


_MIXED = st.text(
    alphabet=st.sampled_from(
        list("区政协召开座谈会年月日人第约12²３.%，。、；：？！“”‘’（）《》——……·AbZ- /\u00a0\u3000 ")
    ),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(text=_MIXED, lang=st.sampled_from(["zh", "en"]), words=st.booleans())
def test_break_penalties_equal_the_rules_stated_char_by_char(text: str, lang: str, words: bool) -> None:
    assert break_penalties(text, lang, words=words) == _penalties_char_by_char(text, lang, words)


def test_break_penalties_equal_the_rules_on_the_sample_pages() -> None:
    import json
    from pathlib import Path

    pages = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
    for truth in sorted(pages.glob("*.truth.json")):
        for item in json.loads(truth.read_text(encoding="utf-8"))["articles"]:
            for text in [item.get("headline") or "", *(item.get("paragraphs") or [])]:
                for words in (False, True):
                    assert break_penalties(text, "zh", words=words) == _penalties_char_by_char(text, "zh", words)
