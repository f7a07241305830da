"""The kinds of error seen on real pages of unseen papers (issue 8), each handled in general."""

from __future__ import annotations

from digest.ingest.pipeline import import_text
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
