"""The composer's lines, checked directly on Line/Run objects (fast; the PDF checks are in test_flowables)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm

from digest.layout import compose as compose_module
from digest.layout import fonts, tokens
from digest.layout.compose import LEFT_BLANK, RIGHT_BLANK, char_width, compose, prepare_text
from digest.layout.linebreak import NOT_END, NOT_START, UNIT_PENALTY, break_penalties
from digest.layout.shape import plain_text
from digest.layout.text_style import TextStyle
from digest.text import is_han

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
WIDTHS_MM = [30 + i * 150 / 79 for i in range(80)]  # 80 widths from 30 mm to 180 mm

ENGLISH = (
    "The district's political advisory body has held a consultation meeting on the business "
    "environment, inviting more than ten entrepreneur members to put forward proposals on innovation "
    "incentives, talent policies and the strengthening of industrial supply chains. Representatives of "
    "five government departments, including the organisation department and the science and technology "
    "bureau, responded on the spot. Manufacturing output in the first nine months rose 16.9% to CNY "
    "148.13 billion, according to figures published at https://www.example.gov.cn/stats/2024-q3 by the "
    "NDRC. Officials said the internationalisation of small and medium-sized enterprises remained a "
    "priority, and that characteristically cautious investors were returning."
)


@pytest.fixture(scope="module")
def zh() -> TextStyle:
    fonts.register_fonts()
    return TextStyle(
        size=10.5, leading=17, cjk_font=fonts.CJK_SERIF, latin_font=fonts.LATIN_SERIF, first_indent=21
    )


@pytest.fixture(scope="module")
def en(zh: TextStyle) -> TextStyle:
    # desk_rules=False: composition of the text exactly as given (typography.py has its own tests)
    return replace(zh, size=10, leading=14, first_indent=0, lang="en", desk_rules=False)


def sample_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    for page in sorted(PAGES.glob("*.txt")):
        paragraphs += [line.strip() for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    return paragraphs


def line_chars(line) -> str:
    """The line's characters without spaces."""
    return line.text.replace(" ", "")


def test_runs_use_the_cjk_face_for_han_and_the_latin_face_for_latin(zh: TextStyle) -> None:
    lines = compose("武进区2024年工业产值增长16.9%，AT&T参与。", zh, 200 * mm)
    runs = [run for line in lines for run in line.runs]
    for run in runs:
        if re.search(r"[\u4e00-\u9fff，。]", run.text):
            assert run.font == zh.cjk_font, run
        else:
            assert run.font == zh.latin_font, run
    assert {"2024", "16.9%", "AT&T"} <= {run.text for run in runs}


def test_quarter_em_between_han_and_latin_but_not_beside_punctuation(zh: TextStyle) -> None:
    style = replace(zh, first_indent=0, align="left")
    (line,) = compose("在2024年增长16.9%，达到", style, 200 * mm)
    runs = {run.text: run for run in line.runs}
    size = zh.size
    assert runs["2024"].x - (runs["在"].x + char_width("在", zh.cjk_font, size)) == pytest.approx(size / 4)
    assert runs["年"].x - (runs["2024"].x + 4 * char_width("2", zh.latin_font, size)) == pytest.approx(
        size / 4
    )
    after_percent = runs["16.9%"].x + sum(char_width(c, zh.latin_font, size) for c in "16.9%")
    assert runs["，"].x == pytest.approx(after_percent)  # no gap before Chinese punctuation


def test_no_han_latin_gap_at_line_start(zh: TextStyle) -> None:
    text = "一二三四五六七八九十" * 3 + "2024年"
    for width in (60 * mm, 70 * mm, 80 * mm):
        for line in compose(text, replace(zh, first_indent=0), width):
            assert line.runs[0].x == pytest.approx(0.0)


def test_adjacent_full_width_marks_share_one_blank_half(zh: TextStyle) -> None:
    style = replace(zh, first_indent=0, align="left")
    (line,) = compose("他说：“好。”然后（笑）。", style, 200 * mm)
    xs = [(run.text, run.x) for run in line.runs]
    em = zh.size
    pos = {i: x for i, (_, x) in enumerate(xs)}
    texts = [t for t, _ in xs]
    stop = texts.index("。")
    assert texts[stop + 1] == "”"
    assert pos[stop + 1] - pos[stop] == pytest.approx(em / 2)  # 。” takes 1.5 em
    assert pos[stop + 2] - pos[stop] == pytest.approx(1.5 * em)
    colon = texts.index("：")
    assert pos[colon + 1] - pos[colon] == pytest.approx(em / 2)  # ：“ loses one blank half
    close = texts.index("）")
    assert pos[close + 1] - pos[close] == pytest.approx(em / 2)  # ）。
    assert RIGHT_BLANK.isdisjoint(LEFT_BLANK)


def test_compression_can_be_turned_off(zh: TextStyle) -> None:
    style = replace(zh, first_indent=0, align="left", punct_compress=False)
    (line,) = compose("好。”", style, 100 * mm)
    assert line.runs[2].x - line.runs[1].x == pytest.approx(zh.size)


def test_sample_paragraphs_obey_line_start_and_end_rules_at_80_widths(zh: TextStyle) -> None:
    checked = 0
    for paragraph in sample_paragraphs():
        for width_mm in WIDTHS_MM:
            lines = compose(paragraph, zh, width_mm * mm)
            for i, line in enumerate(lines):
                text = line_chars(line)
                if not text:
                    continue
                checked += 1
                if i > 0:
                    assert text[0] not in NOT_START, (width_mm, text)
                if not line.is_last:
                    assert text[-1] not in NOT_END, (width_mm, text)
                    assert not text.endswith("—") or not lines[i + 1].runs[0].text.startswith("—")
    assert checked > 20000


def test_sample_paragraphs_keep_every_character_in_order(zh: TextStyle) -> None:
    for paragraph in sample_paragraphs():
        lines = compose(paragraph, zh, 80 * mm)
        composed = "".join(line_chars(line) for line in lines)
        assert composed == re.sub(r"\s+", "", prepare_text(paragraph, zh).strip()) or composed.replace(
            " ", ""
        ) == "".join(prepare_text(paragraph, zh).split())


def test_justified_lines_fill_the_measure_and_the_last_is_flush_left(zh: TextStyle) -> None:
    for paragraph in sample_paragraphs():
        for width_mm in (40, 63.3, 80, 117.7, 170):
            width = width_mm * mm
            lines = compose(paragraph, zh, width)
            for line in lines[:-1]:
                if line.overfull:
                    continue
                assert line.set_width == pytest.approx(width, abs=0.01), line_chars(line)
            last = lines[-1]
            assert last.is_last
            assert last.set_width <= width + 0.01
            if len(lines) > 1:
                assert last.runs[0].x == pytest.approx(0.0)


def text_chars(line) -> int:
    """Characters of text on a line: Han characters, letters and digits (not punctuation)."""
    return sum(1 for ch in line_chars(line) if is_han(ch) or unicodedata.category(ch)[0] in "LN")


def test_short_last_lines_are_avoided(zh: TextStyle) -> None:
    """No paragraph ends on a line of one or two characters of text (`服务。` is two: the stop
    does not count), at each of 80 widths from 30 to 180 mm."""
    short: list[tuple[float, str]] = []
    total = 0
    for paragraph in sample_paragraphs():
        if len(paragraph) < 40:
            continue
        for width_mm in WIDTHS_MM:
            lines = compose(paragraph, zh, width_mm * mm)
            if len(lines) < 2:
                continue
            total += 1
            if text_chars(lines[-1]) < zh.min_last_line_chars:
                short.append((round(width_mm, 1), line_chars(lines[-1])))
    assert total > 2000
    assert not short, f"{len(short)} of {total} paragraphs end on a short line: {short[:10]}"


def test_a_last_line_of_two_characters_and_a_stop_is_short() -> None:
    fonts.register_fonts()
    base = TextStyle(size=10, leading=16, cjk_font=fonts.CJK_SERIF, latin_font=fonts.LATIN_SERIF)
    text = "一二三四五六七八九十" * 2 + "服务。"  # 20 characters a line: `服务。` would be left over
    loose = compose(text, replace(base, min_last_line_chars=0), 200)
    assert line_chars(loose[-1]) == "服务。"
    lines = compose(text, base, 200)
    assert text_chars(lines[-1]) >= 3, [line_chars(ln) for ln in lines]


def test_the_short_last_line_rule_changes_the_breaks() -> None:
    fonts.register_fonts()
    base = TextStyle(size=10, leading=16, cjk_font=fonts.CJK_SERIF, latin_font=fonts.LATIN_SERIF)
    text = "一二三四五六七八九十" * 2 + "甲乙"  # 22 characters at 20 a line: 2 left over
    loose = compose(text, replace(base, min_last_line_chars=0), 200)
    assert [len(line_chars(ln)) for ln in loose] == [20, 2]
    tight = compose(text, base, 200)
    assert len(line_chars(tight[-1])) >= 3
    assert tight[0].set_width == pytest.approx(200)


def test_english_words_are_never_split_without_a_hyphen(en: TextStyle) -> None:
    words = set(ENGLISH.split())
    hyphenated = 0
    for width_mm in WIDTHS_MM[::2]:
        lines = compose(ENGLISH, en, width_mm * mm)
        after_hyphen = False
        for line in lines:
            text = line_chars_with_spaces(line)
            tokens = text.split()
            if line.hyphenated:
                hyphenated += 1
                assert tokens[-1].endswith("-")
            elif not line.overfull and not (after_hyphen and len(tokens) == 1):
                assert tokens[-1] in words or tokens[-1].endswith(("-", "/")), (width_mm, text)
            if after_hyphen:  # the rest of the hyphenated word
                assert any(w.endswith(tokens[0]) for w in words), (width_mm, text)
            else:
                assert any(tokens[0] in w for w in words), (width_mm, text)
            after_hyphen = line.hyphenated
    assert hyphenated > 0


def line_chars_with_spaces(line) -> str:
    """The line's text as drawn: word spaces are drawn as space characters."""
    return line.text


def test_hyphenation_skips_numbers_urls_and_capitals(en: TextStyle) -> None:
    for width_mm in WIDTHS_MM:
        for line in compose(ENGLISH, en, width_mm * mm):
            if line.hyphenated:
                last = line.runs[-1]
                piece = plain_text(last.text, last.font)[:-1].split()[-1]
                assert piece.isalpha() and not piece.isupper(), piece
                assert len(piece) >= 2  # at least two letters before the hyphen


def test_english_lines_are_word_space_justified(en: TextStyle) -> None:
    lines = compose(ENGLISH, en, 80 * mm)
    assert len(lines) > 5
    for line in lines[:-1]:
        assert line.set_width == pytest.approx(80 * mm, abs=0.01)
    assert lines[-1].set_width <= 80 * mm + 0.01  # (no one-word last line: it may fill the measure)


def test_unbreakable_words_wider_than_the_column_are_flagged_overfull(en: TextStyle) -> None:
    lines = compose("See https://www.example.gov.cn/averyveryverylongpathname for details.", en, 30 * mm)
    assert any(line.overfull > 0 for line in lines)
    assert all(line.overfull == 0 for line in compose("See the details.", en, 30 * mm))


def test_chinese_punctuation_is_normalised_at_render_time(zh: TextStyle) -> None:
    text = "".join(
        line_chars(line) for line in compose("今年以来,我区共对5条路段进行提升;效果明显!", zh, 300)
    )
    assert "，" in text and "；" in text and "！" in text and "," not in text


def test_newline_forces_a_line_break(zh: TextStyle) -> None:
    lines = compose("第一行\n第二行", replace(zh, first_indent=0), 200 * mm)
    assert [line_chars(line) for line in lines] == ["第一行", "第二行"]
    assert all(line.is_last for line in lines)


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_alignment_positions_short_lines(zh: TextStyle, align: str) -> None:
    style = replace(zh, first_indent=0, align=align)
    (line,) = compose("标题", style, 100)
    free = 100 - 2 * zh.size
    expected = {"left": 0.0, "center": free / 2, "right": free}[align]
    assert line.runs[0].x == pytest.approx(expected)


def test_letter_spacing_widens_each_gap(zh: TextStyle) -> None:
    style = replace(zh, first_indent=0, align="left", letter_spacing=2)
    (line,) = compose("本期要目", style, 200)
    assert line.runs[1].x - line.runs[0].x == pytest.approx(zh.size + 2)


def test_first_line_indent(zh: TextStyle) -> None:
    lines = compose("区政协召开座谈会。" * 6, zh, 80 * mm)
    assert lines[0].runs[0].x == pytest.approx(21)
    assert lines[1].runs[0].x == pytest.approx(0)


def test_empty_text_has_no_lines(zh: TextStyle) -> None:
    assert compose("", zh, 100) == []
    assert compose("  \n ", zh, 100) == []


def test_space_typed_between_han_is_half_an_em(zh: TextStyle) -> None:
    (line,) = compose("记者 吴梦婷", replace(zh, first_indent=0, align="left"), 200)
    assert line.text == "记者 吴梦婷"
    xs = {run.text.strip(): run.x for run in line.runs}
    assert xs["吴"] - (xs["者"] + zh.size) == pytest.approx(zh.size / 2)


def test_space_beside_full_width_punctuation_is_dropped(zh: TextStyle) -> None:
    (line,) = compose("本报讯 (记者 吴梦婷) “这样", replace(zh, first_indent=0, align="left"), 300)
    assert line.text == "本报讯（记者 吴梦婷）“这样"
    xs = [(run.text.strip(), run.x) for run in line.runs]
    texts = [t for t, _ in xs]
    paren = texts.index("（")
    assert xs[paren][1] == pytest.approx(xs[paren - 1][1] + zh.size)  # 讯（ : no space
    close = texts.index("）")
    assert xs[close + 1][1] - xs[close][1] == pytest.approx(zh.size / 2)  # ）“ : compressed, no space


def _digit_unit_breaks(style: TextStyle) -> int:
    text = "今年全区共完成产值1481.3亿元，同比增长16.9%，其中2024年新增项目15个，投资约50万元。"
    count = 0
    for width_mm in WIDTHS_MM:
        for line in compose(text, style, width_mm * mm)[:-1]:
            count += line_chars(line)[-1].isdigit()
    return count


def test_number_stays_with_its_unit_when_that_is_cheap(zh: TextStyle, monkeypatch) -> None:
    # With at most 0.05 em between characters most lines have one possible end; the rule is
    # about choosing among breaks, so it is measured where the breaker has room (0.25 em).
    monkeypatch.setattr(tokens, "_ZH_STRETCH", 0.1)
    compose_module.clear_caches()
    style = replace(zh, first_indent=0)
    with_penalty = _digit_unit_breaks(style)
    monkeypatch.setattr(tokens, "break_penalties", _penalties_without_unit_rule)
    compose_module.clear_caches()
    try:
        without = _digit_unit_breaks(style)
    finally:
        compose_module.clear_caches()
    # narrow columns leave no other choice for long numbers; elsewhere the unit stays with its number
    assert with_penalty <= 0.6 * without, (with_penalty, without)


def _penalties_without_unit_rule(
    text: str, lang: str = "zh", words: bool = False, mask: list[bool] | None = None
) -> list[float | None]:
    return [0.0 if p == UNIT_PENALTY else p for p in break_penalties(text, lang, words, mask)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(alphabet="中文字词，。、；：？！“”‘’（）《》—…·AaBb12%. -&<", min_size=1, max_size=120),
    width_mm=st.floats(min_value=20, max_value=180),
)
def test_any_text_composes_within_the_rules(zh: TextStyle, text: str, width_mm: float) -> None:
    lines = compose(text, zh, width_mm * mm)
    prepared = prepare_text(text, zh)
    assert "".join(line_chars(line) for line in lines) == "".join(prepared.split())
    for i, line in enumerate(lines):
        chars = line_chars(line)
        if i > 0:
            assert chars[0] not in NOT_START, [line_chars(ln) for ln in lines]
        if i < len(lines) - 1:
            assert chars[-1] not in NOT_END, [line_chars(ln) for ln in lines]
        if line.overfull == 0:
            assert line.set_width <= width_mm * mm + 0.01


def test_typed_space_between_han_and_digits_is_the_quarter_em_and_stays_in_the_text(zh: TextStyle) -> None:
    (line,) = compose("第 12 期", replace(zh, first_indent=0, align="left"), 200)
    assert line.text == "第 12 期"
    first, number, last = line.runs
    assert number.x - (first.x + zh.size) == pytest.approx(zh.size / 4)
    digits = sum(char_width(c, zh.latin_font, zh.size) for c in "12")
    assert last.x - (number.x + digits) == pytest.approx(zh.size / 4)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABC0123456789-/.,'&<>()", min_size=1, max_size=18),
        min_size=1,
        max_size=40,
    ),
    width_mm=st.floats(min_value=15, max_value=150),
)
def test_any_english_composes_without_losing_or_splitting_words(
    en: TextStyle, words, width_mm: float
) -> None:
    text = " ".join(words)
    lines = compose(text, en, width_mm * mm)
    rebuilt = ""
    for line in lines:
        piece = line.text
        if line.hyphenated:
            assert piece.endswith("-") and piece[-2].isalpha()
            piece = piece[:-1]
        rebuilt += piece if (not rebuilt or rebuilt.endswith(("-", "/")) or lines[0] is line) else " " + piece
        assert line.overfull > 0 or line.set_width <= width_mm * mm + 0.01
    assert rebuilt.replace(" ", "") == text.replace(" ", "")


def test_hyphenation_can_be_turned_off(en: TextStyle) -> None:
    style = replace(en, hyphenate=False)
    for width_mm in WIDTHS_MM[::5]:
        assert not any(line.hyphenated for line in compose(ENGLISH, style, width_mm * mm))


def test_line_end_punctuation_is_kept_inside_the_measure_in_every_style() -> None:
    """One rule for a full-width mark ending a line (DESIGN leaves the choice; clreq allows
    hanging or compressing): it is set half width, its blank half dropped, so its ink ends at the
    measure in justified text and never passes it; nothing hangs, in body, headlines, bylines,
    sources, the TOC and the masthead alike (8 widths, a third of the sample paragraphs)."""
    from digest.layout.kit import faces
    from digest.layout.styles import make_styles

    fonts.register_fonts()
    styles = {k: v for k, v in vars(make_styles(faces())).items() if v.lang != "en"}
    assert {"zh_body", "zh_head", "zh_source", "mast_zh"} <= set(styles)
    ends = 0
    for name, style in styles.items():
        for paragraph in sample_paragraphs()[::3]:
            for width_mm in WIDTHS_MM[3::10]:
                width = width_mm * mm
                for line in compose(paragraph, style, width):
                    if line.overfull:
                        continue
                    assert line.set_width <= width + 0.01, (name, line.text)
                    last = line.runs[-1]
                    mark = last.text.rstrip()
                    if line.is_last or mark not in RIGHT_BLANK:
                        continue
                    advance = char_width(mark, last.font, last.size)
                    if abs(advance - last.size) > 0.05 * last.size:
                        continue  # not a full-width glyph (no blank half to drop)
                    ends += 1
                    ink_end = last.x + advance / 2  # the mark's ink is in its left half
                    assert line.set_width == pytest.approx(ink_end, abs=0.01), (name, width_mm, line.text)
                    if style.align == "justify":
                        assert ink_end == pytest.approx(width, abs=0.01), (name, width_mm, line.text)
    assert ends > 500
