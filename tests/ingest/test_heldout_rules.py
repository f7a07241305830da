"""Rules found on the held-out pages, each on a small page of its own (with a case it must not fire on)."""

from __future__ import annotations

import pytest

from digest.ingest import parse_page
from digest.ingest.bylines import (
    author_name_line,
    leading_byline,
    photo_credit_line,
    split_jumps,
    trailing_credit,
)
from digest.ingest.leadins import lead_in_headline
from digest.ingest.units import is_label

P1 = "记者从区统计局获悉，今年前三季度，全区实现地区生产总值612.4亿元，同比增长6.1%。"
P2 = "分产业看，第二产业增加值同比增长7.3%，第三产业增加值增长5.2%，服务业贡献率超过四成。"
P3 = "区统计局有关负责人表示，四季度全区将继续抓好重点项目建设，全力冲刺全年目标任务。"


def _stories(text: str) -> list:
    return [a for a in parse_page(text) if a.kind != "section"]


# -- bylines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "names"),
    [
        ("南方日报讯 （记者/郑 佳 通讯员/何晓东）", ["郑佳", "何晓东"]),
        ("羊城晚报讯 记者 刘倩 ", ["刘倩"]),
        ("新华日报讯（记者 王强）", ["王强"]),
    ],
)
def test_a_named_papers_dateline_opens_the_story(prefix: str, names: list[str]) -> None:
    found = leading_byline(prefix + P1)
    assert found is not None and found.names == names and found.rest == P1
    (story,) = _stories(f"珠江口西岸高端产业加速集聚\n\n{prefix}{P1}\n\n{P2}\n")
    assert story.headline == "珠江口西岸高端产业加速集聚"
    assert story.reporters == names
    assert story.paragraphs == [P1, P2]


def test_a_report_about_a_paper_is_not_a_dateline() -> None:
    assert leading_byline("日报讯息显示，" + P1) is None


@pytest.mark.parametrize(
    "byline",
    ["本报记者 勾明扬", "南方日报记者 黄 进 通讯员 陈思远", "本报记者 李华林  本报通讯员 赵 明"],
)
def test_a_byline_right_under_the_headline_is_not_part_of_it(byline: str) -> None:
    (story,) = _stories(f"小微企业贷款余额稳步增长\n{byline}\n\n{P1}\n\n{P2}\n")
    assert story.headline == "小微企业贷款余额稳步增长"
    assert story.byline == byline
    assert story.paragraphs == [P1, P2]


def test_a_bare_author_name_under_a_commentary_headline_is_its_byline() -> None:
    (story,) = _stories(f"让“小切口”撬动“大民生”\n\n赵 敏\n\n{P1}\n\n{P2}\n")
    assert (story.headline, story.subtitle, story.byline, story.reporters) == (
        "让“小切口”撬动“大民生”",
        None,
        "赵 敏",
        ["赵敏"],
    )


def test_a_short_subtitle_that_is_no_name_stays_a_subtitle() -> None:
    assert author_name_line("新征程") is None
    (story,) = _stories(f"奋力谱写高质量发展新篇章\n\n新征程\n\n{P1}\n\n{P2}\n")
    assert story.byline is None
    assert "新征程" in (story.kicker, story.headline, story.subtitle)


def test_a_name_shaped_line_after_the_body_is_its_author_not_a_headline() -> None:
    """Issue 8: a bare name below the body (end of page) signs the story above it."""
    [article] = parse_page(f"标题在这里\n\n{P1}\n\n{P2}\n\n王立新\n")
    assert article.byline == "王立新" and article.reporters == ["王立新"]
    assert article.paragraphs == [P1, P2]


# -- notes that are not text ------------------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["（作者为南京大学经济学院教授）", "（作者单位：中国社会科学院社会学研究所）"]
)
def test_an_authors_note_closes_the_commentary_without_being_its_text(note: str) -> None:
    articles = parse_page(
        f"以数字化赋能基层治理\n\n王立新\n\n{P1}\n\n{P2}\n\n{note}\n\n下一篇的标题\n\n{P3}\n"
    )
    first, second = articles
    assert first.paragraphs == [P1, P2]
    assert note in first.credits and first.byline == "王立新"
    assert second.headline == "下一篇的标题" and second.paragraphs == [P3]


def test_a_bracketed_aside_is_not_an_authors_note() -> None:
    (story,) = parse_page(f"标题在这里\n\n{P1}\n\n{P2}（受访者供图）\n")
    assert story.paragraphs[-1].endswith("（受访者供图）")


@pytest.mark.parametrize("glued", [True, False])
def test_jump_lines_stay_with_their_story_but_out_of_its_text(glued: bool) -> None:
    down = f"{P2}（下转第2版）" if glued else f"{P2}\n\n（下转第2版）"
    up = f"（上接第1版）{P3}" if glued else f"（上接第1版）\n\n{P3}"
    page = f"全区前三季度地区生产总值增长6.1%\n\n{P1}\n\n{down}\n\n全区前三季度地区生产总值增长6.1%\n\n{up}\n"
    first, second = parse_page(page)
    assert first.paragraphs == [P1, P2] and "（下转第2版）" in first.credits
    assert second.headline == "全区前三季度地区生产总值增长6.1%"
    assert second.paragraphs == [P3] and "（上接第1版）" in second.credits


def test_split_jumps_leaves_other_brackets_alone() -> None:
    assert split_jumps("区委组织部(人才办)负责人介绍。") == ("", "区委组织部(人才办)负责人介绍。", "")
    assert split_jumps("详见第2版") == ("", "详见第2版", "")


# -- headings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["南方日报  2026年11月27日  A05  广东新闻", "解放日报  上海新闻  2026年11月27日", "■ 今日谈"],
)
def test_page_heads_and_marked_column_names_are_sections(line: str) -> None:
    section, story = parse_page(f"{line}\n\n珠江口西岸高端产业加速集聚\n\n{P1}\n\n{P2}\n")
    assert (section.kind, section.headline) == ("section", line)
    assert story.headline == "珠江口西岸高端产业加速集聚" and story.kicker is None


def test_a_dated_headline_is_not_a_page_head() -> None:
    assert not is_label("2026年11月27日 全市召开大会")
    assert is_label("南方日报  2026年11月27日  A05  广东新闻")


def test_a_four_line_stack_holds_a_wrapped_headline() -> None:
    """On a page that separates paragraphs by blank lines (the only place a tight stack shows)."""
    body = "\n\n".join([P1, P2, P3, P1, P2])
    page = f"稳外贸 拓市场\n新能源汽车出口\n跑出加速度\n前10个月出口量同比增长逾三成\n本报记者 杨忠阳\n\n{body}\n"
    (story,) = parse_page(page)
    assert story.kicker == "稳外贸 拓市场"
    assert "".join(story.headline.split()) == "新能源汽车出口跑出加速度"
    assert story.subtitle == "前10个月出口量同比增长逾三成"
    assert story.reporters == ["杨忠阳"]


def test_a_four_line_stack_led_by_a_page_head_keeps_three_heading_lines() -> None:
    page = (
        f"第5版  产经\n深化改革开放\n新能源汽车出口跑出加速度\n前10个月出口量同比增长逾三成\n\n{P1}\n\n{P2}\n"
    )
    section, story = parse_page(page)
    assert section.kind == "section"
    assert (story.kicker, story.headline, story.subtitle) == (
        "深化改革开放",
        "新能源汽车出口跑出加速度",
        "前10个月出口量同比增长逾三成",
    )


# -- briefs with run-in headlines --------------------------------------------------------------

BRIEF_1 = "日前，工业和信息化部公布2026年度绿色制造名单，我市两家企业入选国家级绿色工厂。"
BRIEF_2 = "今年以来，我市新开工老旧小区加装电梯312台，已完工投用205台，惠及居民1.1万余户。"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (f"【我市新增两家国家级绿色工厂】{BRIEF_1}", f"【老旧小区加装电梯提速】{BRIEF_2}"),
        (f"我市新增两家国家级绿色工厂  {BRIEF_1}", f"老旧小区加装电梯提速\u3000{BRIEF_2}"),
    ],
)
def test_run_in_headlines_make_one_brief_each(first: str, second: str) -> None:
    label, one, two = parse_page(f"新闻速览\n\n{first}\n\n{second}\n")
    assert label.kind == "section"
    assert (one.kind, one.headline.strip("【】"), one.paragraphs) == (
        "brief",
        "我市新增两家国家级绿色工厂",
        [BRIEF_1],
    )
    assert (two.kind, two.headline.strip("【】"), two.paragraphs) == (
        "brief",
        "老旧小区加装电梯提速",
        [BRIEF_2],
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        f"【简讯】{BRIEF_1}",  # a label, not a headline
        f"本报记者  左妍  {BRIEF_1}",  # a byline
        f"今年以来，我市新开工  {BRIEF_1}",  # a wide space inside a sentence
        f"分产业看  {BRIEF_1}",  # too short for a spaced headline
        f"【本报讯】{BRIEF_1}",
        "【链上做加法】",  # a sub-head standing alone
    ],
)
def test_no_run_in_headline(paragraph: str) -> None:
    assert lead_in_headline(paragraph) is None


def test_a_wide_space_in_an_ordinary_paragraph_splits_nothing() -> None:
    (story,) = parse_page(
        f"标题在这里\n\n{P1}\n\n分产业看  第二产业增加值同比增长7.3%，第三产业增加值增长5.2%。\n"
    )
    assert story.headline == "标题在这里"
    assert len(story.paragraphs) == 2


# -- captions -------------------------------------------------------------------------------


@pytest.mark.parametrize("glued", [True, False])
def test_an_agency_credit_without_a_name_makes_a_caption(glued: bool) -> None:
    caption = "图为11月25日拍摄的京杭大运河江苏段航道，货运船舶往来穿梭。"
    tail = f"{caption} 新华社发" if glued else f"{caption}\n新华社发"
    story, photo = parse_page(f"运河沿线新增5处滨水驿站\n\n{P1}\n\n{P2}\n\n{tail}\n")
    assert story.paragraphs == [P1, P2]
    assert (photo.kind, photo.paragraphs, photo.byline, photo.reporters) == (
        "caption",
        [caption],
        "新华社发",
        [],
    )


def test_an_agency_named_in_a_sentence_is_no_credit() -> None:
    assert trailing_credit(f"{P1}这一消息由新华社发") is None
    assert photo_credit_line("新华社发布") is None
    assert photo_credit_line("新华社发") is not None


def test_a_headlines_first_paragraph_is_never_a_run_in_brief() -> None:
    (story,) = parse_page(f"运河沿线新增5处滨水驿站\n\n【我市新增两家国家级绿色工厂】{BRIEF_1}\n\n{P2}\n")
    assert story.headline == "运河沿线新增5处滨水驿站"
    assert len(story.paragraphs) == 2


# -- which of two heading lines is the headline --------------------------------------------------

LEAD = "本报武汉11月26日电  （记者 范昊天）今年1至10月，长江干流水质持续保持Ⅱ类，优良水体比例达到96.8%。"
MORE = "近年来，沿江各地扎实推进长江保护修复攻坚战，累计整治入河排污口2.4万余个。"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_line_the_lead_retells_is_the_headline_under_a_kicker(gap: str) -> None:
    (story,) = parse_page(f"守护好一江碧水{gap}长江干流水质连续五年保持Ⅱ类\n\n{LEAD}\n\n{MORE}\n")
    assert (story.kicker, story.headline, story.subtitle) == (
        "守护好一江碧水",
        "长江干流水质连续五年保持Ⅱ类",
        None,
    )


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_the_line_the_lead_retells_is_the_headline_over_a_subtitle(gap: str) -> None:
    (story,) = parse_page(f"长江干流水质连续五年保持Ⅱ类{gap}守护好一江碧水\n\n{LEAD}\n\n{MORE}\n")
    assert (story.kicker, story.headline, story.subtitle) == (
        None,
        "长江干流水质连续五年保持Ⅱ类",
        "守护好一江碧水",
    )


def test_two_lines_the_lead_does_not_tell_apart_stay_two_heading_lines() -> None:
    """The lead names neither line: the roles stay a guess by length, but no line is lost."""
    lead = "走进北京市朝阳区一家社区养老服务驿站，几位老人正在康复师的指导下做训练。"
    (story,) = parse_page(f"服务消费提质扩容\n\n银发经济释放新活力\n\n{lead}\n\n{MORE}\n")
    headings = [h for h in (story.kicker, story.headline, story.subtitle) if h]
    assert headings == ["服务消费提质扩容", "银发经济释放新活力"]
    assert story.paragraphs == [lead, MORE]


# -- second check --------------------------------------------------------------------------------


def test_a_marked_run_in_headline_with_a_closing_credit() -> None:
    page = f"要闻简报\n\n■ 全县冬季征兵工作启动  {BRIEF_1}（记者 程 敏）\n\n■ 老旧小区加装电梯提速  {BRIEF_2}（通讯员 汪 洋）\n"
    label, one, two = parse_page(page)
    assert label.kind == "section"
    assert (one.headline, one.paragraphs, one.reporters) == ("■ 全县冬季征兵工作启动", [BRIEF_1], ["程敏"])
    assert (two.headline, two.paragraphs, two.reporters) == ("■ 老旧小区加装电梯提速", [BRIEF_2], ["汪洋"])


@pytest.mark.parametrize(("line", "names"), [("作者：李建国", ["李建国"]), ("南方+记者 刘 涛", ["刘涛"])])
def test_more_byline_forms(line: str, names: list[str]) -> None:
    (story,) = _stories(f"以新质生产力推动高质量发展\n\n{line}\n\n{P1}\n\n{P2}\n")
    assert (story.headline, story.byline, story.reporters) == ("以新质生产力推动高质量发展", line, names)


def test_the_author_byline_needs_a_name() -> None:
    articles = parse_page(f"作者手记\n\n{P1}\n\n{P2}\n")
    assert articles[0].headline == "作者手记" and articles[0].byline is None


def test_an_unbracketed_jump_line_and_a_continuation_from_page_one() -> None:
    page = f"{P1}\n\n（紧接第1版）\n\n{P2}\n\n下转第3版\n"
    first, second = parse_page(page)
    assert first.paragraphs == [P1] and first.credits == []
    assert second.paragraphs == [P2] and second.credits == ["（紧接第1版）", "下转第3版"]
    assert all(a.kind != "section" for a in (first, second))
