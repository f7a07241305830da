"""The kinds of error seen on real pages of unseen papers (issue 8), each handled in general."""

from __future__ import annotations

from digest.ingest.pipeline import import_text
from digest.ingest.units import is_furniture
from digest.model import Article

BODY = "今年以来，全县新建高标准农田三万亩，粮食产量稳中有升，农民收入持续增长。"
OTHER = "近日，市图书馆推出夜间开放服务，每晚开放至九点，吸引了大批市民前来阅读。"


def _items(text: str) -> list[Article]:
    return import_text(text)[1]


def test_page_labels_of_e_paper_views_are_section_items() -> None:
    for label in ("02版：要闻", "第05版：综合新闻", "A2 要闻", "当前版:04版"):
        items = _items(f"{label}\n\n全县高标准农田建设提速\n\n本报讯（记者 王芳）{BODY}\n")
        assert [a.kind for a in items] == ["section", "brief"], label
        assert items[0].headline == label
        assert items[1].headline == "全县高标准农田建设提速" and items[1].kicker is None


def test_e_paper_frame_lines_are_dropped() -> None:
    items = _items(f"通版阅读请点击:\n展开通版\n发布日期:\n\n农田建设提速\n\n{BODY}\n")
    assert [a.headline for a in items] == ["农田建设提速"]


def test_closing_credits_are_not_text_nor_headings() -> None:
    page = f"农田建设提速\n\n{BODY}\n\n（某某公司党委）\n\n图书馆夜间开放\n\n{OTHER}\n"
    first, second = _items(page)
    assert first.paragraphs == [BODY] and "（某某公司党委）" in [first.byline, *first.credits]
    assert second.headline == "图书馆夜间开放"
    for tail in ("（某某公司党委）", "（完）", "　　新华社南京5月6日电"):
        [item] = _items(f"农田建设提速\n\n{BODY}{tail}\n")
        assert item.paragraphs == [BODY], tail


def test_author_note_after_the_body_is_a_credit() -> None:
    [item] = _items(f"农田建设提速\n\n{BODY}\n\n（作者系某大学经济学院教授）\n")
    assert item.paragraphs == [BODY]
    assert "（作者系某大学经济学院教授）" in [item.byline, *item.credits]


def test_role_words_are_not_names() -> None:
    [item] = _items(f"{BODY}晚报记者 王磊 摄\n")
    assert item.reporters == ["王磊"] and item.kind == "caption"
    first, second = _items(f"农田建设提速\n\n{BODY}\n\n线索提供 陈刚\n\n图书馆夜间开放\n\n{OTHER}\n")
    assert first.reporters == ["陈刚"] and second.reporters == []


def test_bare_author_name_after_the_body_is_a_byline_not_a_headline() -> None:
    first, second = _items(f"农田建设提速\n\n{BODY}\n\n张建华\n\n图书馆夜间开放\n\n{OTHER}\n")
    assert first.reporters == ["张建华"]
    assert second.headline == "图书馆夜间开放"


def test_rhetorical_question_between_paragraphs_is_a_paragraph() -> None:
    page = f"古城文旅迎来新气象\n\n本报讯（记者 王芳）{BODY}\n\n这座古城，凭什么留住游客？\n\n{OTHER}\n"
    [item] = _items(page)
    assert item.subheadings == []
    assert item.paragraphs == [BODY, "这座古城，凭什么留住游客？", OTHER]


def test_headless_brief_with_bracket_credit_is_its_own_item() -> None:
    brief = "义诊活动走进十个村，受益群众3000余人。（韩东 吕静）"
    page = f"农田建设提速\n\n本报讯（记者 王芳）{BODY}\n\n{brief}\n"
    first, second = _items(page)
    assert first.reporters == ["王芳"] and first.paragraphs == [BODY]
    assert second.reporters == ["韩东", "吕静"] and second.headline is None


def test_headline_set_on_the_leads_line_before_a_wide_gap() -> None:
    """E-paper text views put a headline's last line, or the whole headline, before the lead."""
    page = f"芒种将至\n农事忙   6月3日，{BODY}\n\n提振消费专项行动启动   本报讯（记者 于哲）{OTHER}\n"
    first, second = _items(page)
    assert first.headline == "芒种将至 农事忙" and first.paragraphs == [f"6月3日，{BODY}"]
    assert second.headline == "提振消费专项行动启动" and second.reporters == ["于哲"]
    assert second.paragraphs == [OTHER]


def test_datelines_of_other_papers_open_the_body() -> None:
    for dateline, names in (
        ("本报淮安10月21日专电", []),
        ("海都讯 ", []),
        ("晨报讯(记者 贾正威)", ["贾正威"]),
    ):
        [item] = _items(f"农田建设提速\n\n{dateline}{BODY}\n")
        assert item.paragraphs == [BODY] and item.reporters == names, dateline
    [item] = _items(f"农田建设提速\n\n简讯 {BODY}\n")
    assert item.paragraphs == [f"简讯 {BODY}"]  # a column word, not a paper's dateline


def test_frame_of_an_e_paper_view_and_its_list_of_headlines() -> None:
    page = (
        "第A44版:城事/综合\n3上一版  下一版4\n \n图书馆夜间开放\n古城文旅迎来新气象\n自带办证材料将变少\n"
        "省高院公布十大案例\n投港股选新兴市场\n新闻搜索:\n\n3上一期 版面导航\n下一篇4 2015年4月23日 放大 缩小 默认\n\n"
        f"农田建设提速\n\n记者 王芳\n\n{BODY}\n\n所有内容为某某日报社版权所有\n关闭\n"
    )
    items = import_text(page)[1]
    story = items[-1]
    assert (story.headline, story.kicker, story.subtitle) == ("农田建设提速", None, None)
    assert story.reporters == ["王芳"] and story.paragraphs == [BODY]
    assert all("上一版" not in (a.headline or "") and "版权所有" not in (a.headline or "") for a in items)


def test_glued_photo_credit_and_cross_reference_after_the_body() -> None:
    page = f"农田建设提速\n\n{BODY}(相关报道见第四版)\n\n夺冠时刻，队员教练激情拥抱。本报记者金昊摄\n"
    story, caption = _items(page)
    assert story.paragraphs == [BODY] and "(相关报道见第四版)" in story.credits
    assert caption.kind == "caption" and caption.reporters == ["金昊"]


def test_bare_name_over_the_body_repeated_in_its_credit_is_the_author() -> None:
    [item] = _items(f"百人百诗颂新区\n诗歌朗诵会举行\n\n\n贾正威\n\n晨报讯(记者 贾正威){BODY}\n")
    assert "贾正威" not in (item.headline or "") + (item.subtitle or "") + (item.kicker or "")
    assert item.reporters == ["贾正威"] and item.paragraphs == [BODY]


def test_column_of_briefs_each_closed_by_its_bracket_credit() -> None:
    page = f"本版导读\n三秦短波\n△{BODY} (吕劲)?\n△{OTHER} (季哲)?\n△{THIRD_BRIEF} (高鸣)?\n"
    section, *briefs = _items(page)
    assert section.kind == "section" and section.headline == "三秦短波"
    assert [b.reporters for b in briefs] == [["吕劲"], ["季哲"], ["高鸣"]]
    assert all(b.headline is None and len(b.paragraphs) == 1 for b in briefs)


def test_section_word_over_a_headline_and_web_links_stand_apart() -> None:
    page = f"[昔日明報]\n\n體育\n 天津蟬聯女團冠軍\n\n{BODY}\n"
    section, story = _items(page)
    assert (section.kind, section.headline) == ("section", "體育")
    assert (story.headline, story.kicker) == ("天津蟬聯女團冠軍", None)


THIRD_BRIEF = "韩纯获全国儿童作文比赛优秀奖，他的班主任王俊清老师也因此荣获辅导奖。"


def test_group_paper_role_and_numbered_list_after_a_colon() -> None:
    page = (
        f"农田建设提速\n\n  潍坊日报社全媒体记者 李国栋\n\n十条措施出台   本报讯(潍坊日报社全媒体记者 于哲)"
        f"近日，市政府出台十条措施，具体如下:\n  一、{BODY}\n  二、{OTHER}\n"
    )
    items = _items(page)
    assert items[0].reporters == ["李国栋"] and items[0].headline == "农田建设提速"
    assert items[1].reporters == ["于哲"] and items[1].headline == "十条措施出台"
    assert [p[:2] for p in items[1].paragraphs] == ["近日", "一、", "二、"]


def test_notes_and_system_lines_around_a_story() -> None:
    page = (
        "发布日期:2022年11月28日\n\n农田建设提速\n\n"
        f"{BODY}\n\n{OTHER}(线索来自本报新闻热线2830110)\n\n"
        "2020-06-11 2 2 某某日报 content_9888.html 1 3 农田建设提速 /enpproperty-->\n"
    )
    [item] = _items(page)
    assert item.headline == "农田建设提速" and item.kicker is None
    assert item.paragraphs == [BODY, OTHER]
    [item] = _items(f"■{BODY[:-1]}\n详见四版▶\n")
    assert item.paragraphs == [f"■{BODY[:-1]}"] and "详见四版▶" in item.credits


def test_bracket_credit_with_a_rare_surname_beside_a_common_one() -> None:
    [item] = _items(f"农田建设提速\n\n本报讯 {BODY} (湛承兵 王 群)\n")
    assert item.reporters == ["湛承兵", "王群"] and item.paragraphs == [BODY]


def test_caption_cut_by_a_column_break_stays_one_caption() -> None:
    for cut in ("\n\n", "\n"):
        page = f"农田建设提速\n\n本报讯（记者 王芳）{BODY}\n\n11月25日，工人在城东新区农田项目现场平整{cut}土地。本报记者 李明 摄\n"
        story, caption = _items(page)
        assert story.paragraphs == [BODY] and story.reporters == ["王芳"]
        assert caption.kind == "caption" and caption.headline is None
        assert caption.paragraphs == ["11月25日，工人在城东新区农田项目现场平整土地。"]
        assert caption.reporters == ["李明"]


def _rule_items(text: str) -> list[Article]:
    return import_text(text, labeller="rules")[1]


def test_deck_lines_between_a_headline_and_its_lead_are_its_subtitle() -> None:
    decks = [
        "加快推进项目建设，确保年内全面完工，以项目建设的确定性应对发展环境的不确定性，更好服务全县发展大局",
        "强化要素保障，优化营商环境，加快解决企业反映集中的突出问题，让企业有实实在在的获得感",
    ]
    page = f"全县重点项目建设提速\n{decks[0]}\n{decks[1]}\n本报讯（记者 王芳）{BODY}\n{OTHER}\n"
    [item] = _rule_items(page)
    assert item.headline == "全县重点项目建设提速"
    assert item.subtitle is not None and item.subtitle.split() == decks
    assert item.paragraphs == [BODY, OTHER] and item.reporters == ["王芳"]
    # The same headline after another story's text opens its own item, not a sub-head.
    first, second = _rule_items(f"图书馆夜间开放\n本报讯（记者 李明）{OTHER}\n{page}")
    assert first.paragraphs == [OTHER] and not first.subheadings
    assert second.headline == "全县重点项目建设提速" and second.subtitle is not None
    # Lines that end their sentences are the story's text, not a deck.
    first, second = _rule_items(f"农田建设提速\n{OTHER}\n本报讯（记者 王芳）{BODY}\n")
    assert first.paragraphs == [OTHER] and first.subtitle is None and second.reporters == ["王芳"]


def test_web_metadata_address_and_breadcrumb_lines_are_furniture() -> None:
    for chrome in (
        "2018-08-23 09:47:00  来源:扬州网-扬州日报",
        "刊发日期:2015-03-05 阅读次数: 作者:  语音阅读:",
        "http://www.sina.com.cn 2006年11月12日07:25 南京报业网-南京日报",
        "新浪首页 > 新闻中心 > 国内新闻 > 正文",
    ):
        [item] = _rule_items(f"{chrome}\n农田建设提速\n{chrome}\n{BODY}\n")
        assert item.headline == "农田建设提速" and item.paragraphs == [BODY], chrome
    # A metadata row naming the author keeps the name (it credits the story).
    assert not is_furniture("2009-06-17 09:09:45   来源: 湖北日报   作者:熊家余 谢慧敏")
