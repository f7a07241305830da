"""Key figures: what is found in real pages, how it reads in English, and that nothing breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.language import Figure, find_figures

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"

# (page, figure text as printed, English) — read off the sample pages by hand.
SAMPLE_FIGURES = [
    ("wujin-page", "10余位", "over 10 people"),
    ("wujin-page", "6个方面", "6 areas"),
    ("wujin-page", "5个", "5 organisations"),
    ("wujin-page", "414名", "414 members"),
    ("wujin-page", "190名", "190 members"),
    ("wujin-page", "近50%", "nearly 50%"),
    ("wujin-page", "2场", "2 sessions"),
    ("wujin-page", "4场", "4 sessions"),
    ("wujin-page", "56条", "56 recommendations"),
    ("wujin-page", "78次", "78 times"),
    ("wujin-page", "20余场", "over 20 sessions"),
    ("wujin-page", "80余件", "over 80 cases"),
    ("wujin-page", "100%", "100%"),
    ("wujin-page", "1—9月", "January–September"),
    ("wujin-page", "1481.3亿元", "CNY 148.13 billion"),
    ("wujin-page", "16.9%", "16.9%"),
    ("wujin-page", "14.8%", "14.8%"),
    ("wujin-page", "15个", "15 projects"),
    ("wujin-page", "2024年", "2024"),
    ("wujin-page", "3个部门", "3 departments"),
    ("wujin-page", "5条", "5 road sections"),
    ("wujin-page", "450个", "450"),
    ("wujin-page", "约3000平方米", "about 3,000 m²"),
    ("wujin-page", "约5500平方米", "about 5,500 m²"),
    ("wujin-page", "29.44千米", "29.44 km"),
    ("wujin-page", "4.6万余人次", "over 46,000 visits"),
    ("wujin-page", "10亿元", "CNY 1 billion"),
    ("wujin-page", "约19万平方米", "about 190,000 m²"),
    ("wujin-page", "15万平方米", "150,000 m²"),
    ("wujin-page", "2025年", "2025"),
    ("wujin-page", "1400公里", "1,400 km"),
    ("wujin-page", "5年", "5 years"),
    ("wujin-page", "1000家", "1,000 companies"),
    ("wujin-page", "近7万平方米", "nearly 70,000 m²"),
    ("wujin-page", "34.9%", "34.9%"),
    ("wujin-page", "66.1%", "66.1%"),
    ("wujin-page", "47.8%", "47.8%"),
    ("wujin-page", "35千克", "35 kg"),
    ("wujin-page", "二星以上", "two-star and above"),
    ("wujin-page", "三星级", "three-star"),
    ("wujin-page", "超30%", "more than 30%"),
    ("wujin-page", "13000平方米", "13,000 m²"),
    ("wujin-page", "10条", "10 production lines"),
    ("xinmin-page-a", "24小时", "24 hours"),
    ("xinmin-page-a", "129人", "129 people"),
    ("xinmin-page-a", "508号", "No. 508"),
    ("xinmin-page-a", "4月1日凌晨3时", "1 April, 3 a.m."),
    ("xinmin-page-a", "129起", "129 emergency calls"),
    ("xinmin-page-a", "7个", "7 emergency calls"),
    ("xinmin-page-a", "3月30日", "30 March"),
    ("xinmin-page-a", "11起", "11 emergency calls"),
    ("xinmin-page-a", "4月1日上午8时26分", "1 April, 8:26 a.m."),
    ("xinmin-page-a", "上午9时17分", "9:17 a.m."),
    ("xinmin-page-a", "701弄", "Lane 701"),
    ("xinmin-page-a", "602室", "Room 602"),
    ("xinmin-page-a", "超过1000万人", "more than 10 million people"),
    ("xinmin-page-a", "4月2日", "2 April"),
    ("xinmin-page-a", "2日", "the 2nd"),
    ("xinmin-page-a", "六个城市", "6 cities"),
    ("xinmin-page-a", "2022年", "2022"),
    ("xinmin-page-a", "2017年", "2017"),
    ("xinmin-page-b", "10岁", "10 years old"),
    ("xinmin-page-b", "3月28日", "28 March"),
    ("xinmin-page-b", "1日", "the 1st"),
    ("xinmin-page-b", "第141场", "141st"),
    ("xinmin-page-b", "4月1日", "1 April"),
    ("xinmin-page-b", "3月8日", "8 March"),
    ("xinmin-page-b", "2018年", "2018"),
    ("xinmin-page-b", "16名街头艺人", "16 street performers"),
    ("xinmin-page-b", "3月9日", "9 March"),
    ("xinmin-page-b", "8个来回", "8 round trips"),
    ("xinmin-page-b", "凌晨2点多", "after 2 a.m."),
    ("xinmin-page-b", "10点钟", "10 o'clock"),
    ("xinmin-page-b", "3月20日", "20 March"),
    ("xinmin-page-b", "2015年", "2015"),
    ("xinmin-page-b", "3月6日", "6 March"),
]

_cache: dict[str, tuple[str, list[Figure]]] = {}


def _page(name: str) -> tuple[str, list[Figure]]:
    if name not in _cache:
        text = (PAGES / f"{name}.txt").read_text(encoding="utf-8")
        _cache[name] = (text, find_figures(text))
    return _cache[name]


def test_sample_table_is_big_enough() -> None:
    assert len(SAMPLE_FIGURES) >= 60


@pytest.mark.parametrize(("page", "text", "en"), SAMPLE_FIGURES)
def test_sample_page_figures(page: str, text: str, en: str) -> None:
    source, figures = _page(page)
    assert text in source
    matches = [f for f in figures if f.text == text]
    assert matches, f"{text} not found; found {[f.text for f in figures]}"
    assert en in [f.en for f in matches]


@pytest.mark.parametrize("page", ["wujin-page", "xinmin-page-a", "xinmin-page-b"])
def test_sample_pages_spans_and_order(page: str) -> None:
    source, figures = _page(page)
    assert figures
    last_end = 0
    for figure in figures:
        assert source[figure.start : figure.end] == figure.text
        assert figure.start >= last_end
        assert figure.en and figure.en == figure.en.strip()
        last_end = figure.end


@pytest.mark.parametrize(
    ("page", "not_figures"),
    [
        (
            "wujin-page",
            ["1+3+N", "“1”", "“3”", "零部件", "一路一策", "一点一滴", "第二家", "三大", "两个健康"],
        ),
        ("xinmin-page-a", ["第二批", "第一时间", "一起", "一次", "一名", "千万别忘"]),
        ("xinmin-page-b", ["一方面", "第十年", "一个月", "一天", "两种", "几个小时", "第一原则", "一户"]),
    ],
)
def test_words_with_numerals_are_not_figures(page: str, not_figures: list[str]) -> None:
    source, figures = _page(page)
    for word in not_figures:
        at = source.find(word)
        assert at >= 0, word
        overlapping = [f.text for f in figures if f.start < at + len(word) and at < f.end]
        assert not overlapping, (word, overlapping)


def test_values_and_units_of_key_figures() -> None:
    _, figures = _page("wujin-page")
    by_text = {f.text: f for f in figures}
    assert (by_text["1481.3亿元"].value, by_text["1481.3亿元"].unit) == (148_130_000_000, "CNY")
    assert (by_text["16.9%"].value, by_text["16.9%"].unit) == (16.9, "%")
    assert (by_text["4.6万余人次"].value, by_text["4.6万余人次"].unit) == (46_000, "visits")
    assert (by_text["2024年"].value, by_text["2024年"].unit) == (2024, "year")
    assert by_text["1—9月"].value is None
    assert isinstance(by_text["29.44千米"].value, float)
    assert isinstance(by_text["13000平方米"].value, int)


# Rules beyond the samples: (text, expected [(figure text, English)]).
RULES = [
    ("1481.3亿元", [("1481.3亿元", "CNY 148.13 billion")]),
    ("10亿元", [("10亿元", "CNY 1 billion")]),
    ("2.6万亿元", [("2.6万亿元", "CNY 2.6 trillion")]),
    ("12345.6万元", [("12345.6万元", "CNY 123.456 million")]),
    ("200余万元", [("200余万元", "over CNY 2 million")]),
    ("100多万人", [("100多万人", "over 1 million people")]),
    ("1.5万", [("1.5万", "15,000")]),
    ("3000美元", [("3000美元", "USD 3,000")]),
    ("一万多人", [("一万多人", "over 10,000 people")]),
    ("三百五十万", [("三百五十万", "3.5 million")]),
    ("两千", [("两千", "2,000")]),
    ("两千五百万元", [("两千五百万元", "CNY 25 million")]),
    ("三万五", [("三万五", "35,000")]),
    ("十二个", [("十二个", "12")]),
    ("三点五亿元", [("三点五亿元", "CNY 350 million")]),
    ("二〇二四年", [("二〇二四年", "2024")]),
    ("二〇二六年十一月二十八日", [("二〇二六年十一月二十八日", "28 November 2026")]),
    ("2024年3月28日", [("2024年3月28日", "28 March 2024")]),
    ("2024年1—9月", [("2024年1—9月", "January–September 2024")]),
    ("1-9月", [("1-9月", "January–September")]),
    ("2024-03-28", [("2024-03-28", "28 March 2024")]),
    ("2021—2025年", [("2021—2025年", "2021–2025")]),
    ("3至5年", [("3至5年", "3–5 years")]),
    ("三至五年", [("三至五年", "3–5 years")]),
    ("3—5天", [("3—5天", "3–5 days")]),
    ("10%—20%", [("10%—20%", "10–20%")]),
    ("1—2亿元", [("1—2亿元", "CNY 100–200 million")]),
    ("百分之三十", [("百分之三十", "30%")]),
    ("3.5‰", [("3.5‰", "3.5‰")]),
    ("3.50%", [("3.50%", "3.5%")]),
    ("增长2.3个百分点", [("2.3个百分点", "2.3 percentage points")]),
    ("30%以上", [("30%以上", "over 30%")]),
    ("1000人以上", [("1000人以上", "over 1,000 people")]),
    ("不到100人", [("不到100人", "less than 100 people")]),
    ("至少5天", [("至少5天", "at least 5 days")]),
    ("逾千人", [("逾千人", "more than 1,000 people")]),
    ("近万人", [("近万人", "nearly 10,000 people")]),
    ("千余名志愿者", [("千余名志愿者", "over 1,000 volunteers")]),
    ("截至10月底", [("10月底", "end of October")]),
    ("2024年底", [("2024年底", "end of 2024")]),
    ("气温零下5℃", [("零下5℃", "-5°C")]),
    ("最低-3℃", [("-3℃", "-3°C")]),
    ("¥100", [("¥100", "CNY 100")]),
    ("三分之一", [("三分之一", "one third")]),
    ("5分之2", [("5分之2", "two fifths")]),
    ("60岁以上", [("60岁以上", "aged 60 and over")]),
    ("节约用电100万度", [("100万度", "1 million kWh")]),
    ("第一季度", [("第一季度", "Q1")]),
    ("转了360度", [("360度", "360 degrees")]),
    ("逾300家企业", [("逾300家企业", "more than 300 companies")]),
    ("１２３", [("１２３", "123")]),
    ("１，２３４人", [("１，２３４人", "1,234 people")]),
    ("1,000人", [("1,000人", "1,000 people")]),
    ("1，000人", [("1，000人", "1,000 people")]),
    ("第141场", [("第141场", "141st")]),
    ("第2", [("第2", "2nd")]),
    ("第13", [("第13", "13th")]),
    ("第22", [("第22", "22nd")]),
    ("第十四届", [("第十四届", "14th")]),
    ("上万人", [("上万人", "tens of thousands of people")]),
    ("数百家企业", [("数百家企业", "hundreds of companies")]),
    ("5万千瓦", [("5万千瓦", "50 MW")]),
    ("120万千瓦", [("120万千瓦", "1.2 GW")]),
    ("1.2亿千瓦时", [("1.2亿千瓦时", "120 million kWh")]),
    ("800千瓦", [("800千瓦", "800 kW")]),
    ("5公斤", [("5公斤", "5 kg")]),
    ("20吨", [("20吨", "20 tonnes")]),
    ("1吨", [("1吨", "1 tonne")]),
    ("25℃", [("25℃", "25°C")]),
    ("5km", [("5km", "5 km")]),
    ("3个月", [("3个月", "3 months")]),
    ("1990年代", [("1990年代", "1990s")]),
    ("10周年", [("10周年", "10th anniversary")]),
    ("下午3点半", [("下午3点半", "3:30 p.m.")]),
    ("18时30分", [("18时30分", "6:30 p.m.")]),
    ("3日内", [("3日", "3 days")]),
    ("近2000年", [("近2000年", "nearly 2,000 years")]),
    ("五年内", [("五年", "5 years")]),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.text, f.en) for f in find_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "一起", "一方面", "第一", "第二批", "一点一滴", "一路一策", "三番五次", "三天两头", "这两天",
        "千万别忘了", "万里路", "聚力万亿之城", "零部件", "三大产业", "5G网络", "PM2.5", "COVID-19",
        "3D打印", "iPhone 15", "“1+3+N”", "‘两个健康’", "三星手机", "十分重要", "第一时间", "二氧化碳",
    ],
)  # fmt: skip
def test_not_figures(text: str) -> None:
    assert find_figures(text) == []


@pytest.mark.parametrize(
    ("currency", "expected"),
    [
        ("CNY", "CNY 148.13 billion"),
        ("RMB", "RMB 148.13 billion"),
        ("¥", "¥148.13 billion"),
        ("yuan", "148.13 billion yuan"),
        ("bogus", "CNY 148.13 billion"),
    ],
)
def test_currency_styles(currency: str, expected: str) -> None:
    assert find_figures("完成产值1481.3亿元", currency=currency)[0].en == expected


def test_qualified_currency_keeps_qualifier_first() -> None:
    assert find_figures("总投资约10亿元", currency="yuan")[0].en == "about 1 billion yuan"


def test_percentages_in_a_list_are_separate_figures() -> None:
    figures = find_figures("分别达34.9%、66.1%、47.8%")
    assert [f.en for f in figures] == ["34.9%", "66.1%", "47.8%"]


def test_edge_inputs_do_not_raise() -> None:
    assert find_figures("") == []
    assert find_figures(None) == []  # type: ignore[arg-type]
    for text in ("😀增长16.9%🎉", "mixed English 和中文 ١٢٣ 12", "９" * 40, "十" * 5000, "1—" * 2000):
        for figure in find_figures(text):
            assert text[figure.start : figure.end] == figure.text


def test_long_text() -> None:
    text = ((PAGES / "wujin-page.txt").read_text(encoding="utf-8") * 12)[:100_000]
    figures = find_figures(text)
    assert len(figures) > 400
    assert all(text[f.start : f.end] == f.text for f in figures)


_SYMBOLS = "0123456789０１２３４５６７８９.,，%‰—-~至到年月日号时点分万亿千百十零〇一二两三四五六七八九第余多约近超上数几"
_WORDS = [*"平方米 元 人次 个 名 家 企业 “ ” 😀 a G 。 ： 凌晨 星级".split(), " ", "\n"]
_ALPHABET = st.sampled_from([*_SYMBOLS, *_WORDS])


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(_ALPHABET, max_size=40).map("".join)))
def test_find_figures_random_text(text: str) -> None:
    figures = find_figures(text)
    last_end = 0
    for figure in figures:
        assert text[figure.start : figure.end] == figure.text
        assert last_end <= figure.start < figure.end
        assert isinstance(figure.en, str) and figure.en
        last_end = figure.end


def test_traditional_characters_read_like_simplified() -> None:
    text = "完成產值1481.3億元，受眾達4.6萬餘人次，兩千人，3個部門"
    figures = find_figures(text)
    assert [(f.text, f.en) for f in figures] == [
        ("1481.3億元", "CNY 148.13 billion"),
        ("4.6萬餘人次", "over 46,000 visits"),
        ("兩千人", "2,000 people"),
        ("3個部門", "3 departments"),
    ]
    assert all(text[f.start : f.end] == f.text for f in figures)
