"""Page-splitting rules, each on a small page of its own."""

from __future__ import annotations

import pytest

from digest.ingest import parse_page

P1 = "日前，市交通运输局在我区组织开展安全专项行动，专家团队一致同意通过验收。"
P2 = "据了解，今年以来我区共对5条挂牌路段进行安全提升，共完成隐患路段治理29.44千米。"
P3 = "交通优化是一个长期且持续的过程，我区将持续对全区农村公路进行跟踪观测和评估。"


# -- captions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit_text", "byline", "names"),
    [
        ("徐晶玮 摄", "徐晶玮 摄", ["徐晶玮"]),
        ("徐晶玮摄", "徐晶玮摄", ["徐晶玮"]),
        ("（徐晶玮 摄）", "（徐晶玮 摄）", ["徐晶玮"]),
        ("新华社记者 李贺 摄", "新华社记者 李贺 摄", ["李贺"]),
        ("本报记者 王强 张 黎 摄", "本报记者 王强 张 黎 摄", ["王强", "张黎"]),
    ],
)
@pytest.mark.parametrize("glued", [True, False])
def test_photo_caption(credit_text: str, byline: str, names: list[str], glued: bool) -> None:
    caption = "位于武进国家高新区的常州海晨新能源汽车供应链综合配套基地是省重大项目。"
    tail = f"{caption}{credit_text}" if glued else f"{caption}\n{credit_text}"
    article, photo = parse_page(f"标题\n\n{P1}\n\n{P2}\n\n{tail}\n")
    assert article.paragraphs == [P1, P2]
    assert photo.kind == "caption"
    assert photo.paragraphs == [caption]
    assert photo.byline == byline
    assert photo.reporters == names
    assert photo.headline is None


def test_caption_with_a_headline() -> None:
    [photo] = parse_page("春耕正当时\n\n4月8日，村民在稻田里插秧。 记者 孙明 摄\n")
    assert (photo.kind, photo.headline, photo.paragraphs) == (
        "caption",
        "春耕正当时",
        ["4月8日，村民在稻田里插秧。"],
    )


def test_block_of_several_captions() -> None:
    page = (
        "图片新闻\n\n"
        "图①：游客在公园赏花。 张三 摄\n\n"
        "图②：农民在田间劳作。（本报记者 李四 摄）\n\n"
        "图③：村民在稻田里插秧。\n王五 摄\n"
    )
    label, *photos = parse_page(page)
    assert (label.kind, label.headline) == ("section", "图片新闻")
    assert [p.kind for p in photos] == ["caption"] * 3
    assert [p.reporters for p in photos] == [["张三"], ["李四"], ["王五"]]
    assert [p.paragraphs[0][:2] for p in photos] == ["图①", "图②", "图③"]


def test_caption_lines_without_blank_lines() -> None:
    page = "4月10日，游客在公园赏花。新华社记者 李贺 摄\n4月9日，农民在田间劳作。新华社记者 王五 摄\n"
    photos = parse_page(page)
    assert [(p.kind, p.reporters) for p in photos] == [("caption", ["李贺"]), ("caption", ["王五"])]


# -- banners and column labels -------------------------------------------------------------


def test_two_line_banner_before_a_headline_is_a_section() -> None:
    page = f"重点项目\n进行时\n\n武进绿建区打造零碳先行示范园区\n\n□ 记者 何新雨\n\n{P1}\n\n{P2}\n"
    banner, article = parse_page(page)
    assert (banner.kind, banner.headline) == ("section", "重点项目 进行时")
    assert article.headline == "武进绿建区打造零碳先行示范园区"
    assert article.kicker is None and article.subtitle is None


def test_banner_at_the_end_of_the_page() -> None:
    *_, banner = parse_page(f"标题\n\n{P1}\n\n聚力万亿之城\n彰显绿建担当\n")
    assert (banner.kind, banner.headline, banner.paragraphs) == ("section", "聚力万亿之城 彰显绿建担当", [])


def test_column_label_before_briefs() -> None:
    page = f"新闻速递\n\n我市举办科技周活动\n\n{P1}\n\n全市新增绿地300公顷\n\n{P2}(张 黎)\n"
    items = parse_page(page)
    assert (items[0].kind, items[0].headline) == ("section", "新闻速递")
    assert items[1].headline == "我市举办科技周活动"


# -- kicker, headline, subtitle -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "kicker", "headline", "subtitle"),
    [
        (["成人感染被转运，孩子谁来照顾？", "“儿童督导员”“儿童主任”上线了"], 0, 1, None),
        (["坚持稳中求进，", "我国经济运行总体平稳"], 0, 1, None),
        (["下楼做核酸，129人忘带钥匙", "友情提醒：出门前除了戴口罩，千万别忘了带钥匙"], None, 0, 1),
        (["奋斗者之歌", "——记全国劳动模范张三"], None, 0, 1),
        (["上海明天全市进行核酸检测", "今天全市进行一次抗原检测"], None, 0, 1),
        (["私家车送物资  一个月未归家", "奔跑乐手  月行万里"], 0, 1, None),
        (["坚持稳中求进工作总基调", "我国经济运行总体平稳", "——国家统计局新闻发言人答记者问"], 0, 1, 2),
    ],
)
def test_kicker_and_subtitle(
    lines: list[str], kicker: int | None, headline: int, subtitle: int | None
) -> None:
    page = "\n\n".join([*lines, P1, P2]) + "\n"
    [article] = parse_page(page)
    assert article.kicker == (lines[kicker] if kicker is not None else None)
    assert article.headline == lines[headline]
    assert article.subtitle == (lines[subtitle] if subtitle is not None else None)
    assert article.paragraphs == [P1, P2]


def test_headline_on_two_lines() -> None:
    [article] = parse_page(f"区政协“问诊”营商环境\n助企服务体系再提升\n\n本报讯 (记者 吴梦婷) {P1}\n\n{P2}\n")
    assert article.headline == "区政协“问诊”营商环境 助企服务体系再提升"


# -- sub-headings ---------------------------------------------------------------------------


def test_subheadings_between_paragraphs() -> None:
    page = f"标题\n\n{P1}\n\n用好风向标 抢占新高地\n\n{P2}\n\n{P3}\n\n为什么要建零碳园区？\n\n{P1}\n"
    [article] = parse_page(page)
    assert [(s.text, s.before_paragraph) for s in article.subheadings] == [
        ("用好风向标 抢占新高地", 1),
        ("为什么要建零碳园区？", 3),
    ]
    assert article.paragraphs == [P1, P2, P3, P1]


def test_subheading_right_after_the_byline() -> None:
    [article] = parse_page(f"标题\n\n□ 记者 何新雨\n\n一、抢占新高地\n\n{P1}\n\n{P2}\n")
    assert [(s.text, s.before_paragraph) for s in article.subheadings] == [("一、抢占新高地", 0)]


def test_new_headline_with_dateline_is_a_new_article_not_a_subheading() -> None:
    page = f"第一条标题\n\n{P1}\n\n{P2}\n\n全区公路挂牌督办点段通过验收\n\n本报讯 (记者 万峰鸣) {P3}\n"
    first, second = parse_page(page)
    assert first.subheadings == []
    assert second.headline == "全区公路挂牌督办点段通过验收"
    assert second.reporters == ["万峰鸣"]


# -- column-break repair ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "“N”即围绕多条产业链，形成营商环境委员工作室、经济界别组委员工作室等多个主题鲜明、内容丰富的委员工作室，通过协同开展好各类协商式互动交流，形成营商环",
            "境委员工作室、经济界别组委员工作室等多个工作室。",
        ),
        ("据了解，今年以来，我区共对5条挂牌路段进行安全提升，增设警", "示桩450个，摊铺沥青约3000平方米。"),
        ("“考试合格，就能拿到证书。”高晓敏说，提前", "布局、提前了解碳市场，可以让公司拥有新的发展机遇。"),
        ("多平台呈现，多部门联动，", "多渠道发力，支撑起当地民营经济高质量发展。"),
        ("实现了政协在民营经济高质量发展中“有参与、有成效、有影", "响”的工作突破。"),
        ("武进区推广办公室主任黄吉告诉记者，目前，绿建区内已", "建成的民用建筑全部按绿建二星以上标准设计。"),
        ("围绕“绿建+物联网”“绿建+新材料”“绿建+新能源”“绿建+现代金融”四", "大产业方向，培育了一批龙头企业。"),
    ],
)
def test_paragraph_broken_by_the_column_is_joined(left: str, right: str) -> None:
    [article] = parse_page(f"标题\n\n{P1}\n\n{left}\n\n{right}\n\n{P2}\n")
    assert article.paragraphs == [P1, left + right, P2]
    assert article.subheadings == []


def test_join_across_a_lone_continuation_line() -> None:
    left = "“N”即围绕多条产业链，形成营商环境委员工作室、经济界别组委员工作室等多个主题鲜明的委员工作室，形成营商环"
    page = f"标题\n\n{P1}\n\n{left}\n\n境委员工作室\n\n、经济界别组委员工作室等多个工作室。\n"
    [article] = parse_page(page)
    assert article.paragraphs == [P1, f"{left}境委员工作室、经济界别组委员工作室等多个工作室。"]


def test_heading_is_never_glued_to_body_text() -> None:
    # The paragraph before the sub-head ends without a full stop, yet the sub-head stays apart.
    page = f"标题\n\n{P1}\n\n相关事项办理进度和结果可登录网站https://www.example.cn/news/2024/notice.html查询\n\n大白特护可以上门\n\n{P2}\n"
    [article] = parse_page(page)
    assert [s.text for s in article.subheadings] == ["大白特护可以上门"]
    assert "大白特护可以上门" not in "".join(article.paragraphs)
    # A headline after a finished article is never glued either.
    page = f"第一条标题\n\n{P1}\n\n{P2}\n\n本报记者 左妍\n\n第二条标题\n\n{P3}\n"
    first, second = parse_page(page)
    assert first.byline == "本报记者 左妍"
    assert second.headline == "第二条标题" and second.paragraphs == [P3]


def test_finished_paragraphs_are_not_joined() -> None:
    [article] = parse_page(f"标题\n\n{P1}\n\n{P2}\n\n“好。”\n\n{P3}\n")
    assert article.paragraphs == [P1, P2, "“好。”", P3]


def test_end_mark_closes_the_article() -> None:
    page = f"标题\n\n{P1}（完）\n\n{P2}\n"
    first, second = parse_page(page)
    assert first.paragraphs == [P1]  # issue 8: the end mark is a credit, not text
    assert "（完）" in [first.byline, *first.credits]
    assert second.paragraphs == [P2]


# -- briefs and pages without blank lines --------------------------------------------------


def test_one_paragraph_item_is_a_brief() -> None:
    page = f"市民政局开展敬老活动\n\n本报讯 {P1}\n\n全市新增绿地300公顷\n\n{P2}\n\n{P3}\n"
    brief, article = parse_page(page)
    assert (brief.kind, article.kind) == ("brief", "article")


def test_page_with_one_paragraph_per_line() -> None:
    page = "\n".join(
        [
            "坚持稳中求进工作总基调",
            "我国经济运行总体平稳",
            "本报记者 张三",
            P1,
            "用好风向标",
            P2,
            P3,
            "市民政局开展敬老活动",
            f"本报讯 {P3}",
        ]
    )
    first, second = parse_page(page)
    assert (first.kicker, first.headline) == ("坚持稳中求进工作总基调", "我国经济运行总体平稳")
    assert first.reporters == ["张三"]
    assert first.paragraphs == [P1, P2, P3]
    assert [s.text for s in first.subheadings] == ["用好风向标"]
    assert (second.headline, second.byline, second.paragraphs) == ("市民政局开展敬老活动", "本报讯", [P3])


def test_original_keeps_the_source_text() -> None:
    page = f"标题\n\n本报讯 (记者 吴梦婷) {P1}\n\n{P2}形成营商环\n\n境委员工作室。\n\n徐晶玮摄影展开幕。徐晶玮 摄\n"
    article, photo = parse_page(page)
    assert article.original == f"标题\n\n本报讯 (记者 吴梦婷) {P1}\n\n{P2}形成营商环\n\n境委员工作室。"
    assert article.paragraphs == [P1, f"{P2}形成营商环境委员工作室。"]
    assert photo.original == "徐晶玮摄影展开幕。徐晶玮 摄"


def test_empty_text_gives_no_items() -> None:
    assert parse_page("") == []
    assert parse_page(" \n\n\u3000\n") == []


def test_page_furniture_before_the_first_headline() -> None:
    page = f"2024年11月28日 星期四\n\n武进日报\n\n第3版：综合新闻\n\n区政协“问诊”营商环境\n\n本报讯（记者 吴梦婷）{P1}\n\n{P2}\n"
    *furniture, article = parse_page(page)
    assert [a.kind for a in furniture] == ["section"] * 3
    assert (article.kicker, article.headline, article.subtitle) == (None, "区政协“问诊”营商环境", None)
    assert article.reporters == ["吴梦婷"]


def test_peoples_daily_layout() -> None:
    page = "\n".join(
        [
            "习近平在湖南考察时强调",
            "坚持改革创新求真务实 奋力谱写中国式现代化湖南篇章",
            f"　　新华社长沙3月21日电 （记者张晓松、朱基钗）{P1}",
            f"　　{P2}",
            "春耕生产有序推进",
            f"　　本报北京3月21日电　（记者郁静娴）{P3}",
            f"　　{P1}",
            "　　3月20日，江西省南昌县农民在田间驾驶农机作业。　　新华社记者　万　象摄",
        ]
    )
    first, second, photo = parse_page(page)
    assert first.kicker == "习近平在湖南考察时强调"
    assert first.headline == "坚持改革创新求真务实 奋力谱写中国式现代化湖南篇章"
    assert first.reporters == ["张晓松", "朱基钗"]
    assert first.paragraphs == [P1, P2]
    assert (second.headline, second.reporters, second.paragraphs) == (
        "春耕生产有序推进",
        ["郁静娴"],
        [P3, P1],
    )
    assert (photo.kind, photo.reporters) == ("caption", ["万象"])
    assert photo.paragraphs == ["3月20日，江西省南昌县农民在田间驾驶农机作业。"]


def test_numbered_captions_sharing_one_credit() -> None:
    page = (
        "春耕时节农事忙\n\n图①：3月20日，农民在田间驾驶农机作业。\n\n图②：3月19日，农民在大棚里采摘蔬菜。\n\n"
        "图③：3月18日，农技人员指导村民育秧。\n\n（本报记者 张三 摄）\n\n"
        f"下一条新闻标题\n\n本报讯 {P1}\n\n{P2}\n\n图为提升后的路段。 李四 摄\n"
    )
    first, second, third, article, photo = parse_page(page)
    assert [a.kind for a in (first, second, third)] == ["caption"] * 3
    assert first.headline == "春耕时节农事忙"
    assert [a.paragraphs[0][:2] for a in (first, second, third)] == ["图①", "图②", "图③"]
    assert all(a.reporters == ["张三"] for a in (first, second, third))
    assert third.byline == "（本报记者 张三 摄）" and first.byline is None
    assert (article.kind, article.paragraphs) == ("article", [P1, P2])
    assert (photo.kind, photo.paragraphs, photo.reporters) == ("caption", ["图为提升后的路段。"], ["李四"])


def test_wire_photo_credit() -> None:
    [photo] = parse_page("3月19日，游客在公园赏花。新华社发（张三摄）\n")
    assert (photo.kind, photo.byline, photo.reporters) == ("caption", "新华社发（张三摄）", ["张三"])


def test_hard_wrapped_paragraphs_on_a_blank_line_page() -> None:
    page = (
        "标题\n\n本报讯 (记者 吴梦婷) 近日，市交通运输局在我区组织开展安全专项行动，经实地踏勘、资料\n"
        "查阅、汇报听取\n专家团队一致同意通过验收。\n\n"
        f"{P2}\n"
    )
    [article] = parse_page(page)
    assert article.paragraphs == [
        "近日，市交通运输局在我区组织开展安全专项行动，经实地踏勘、资料查阅、汇报听取专家团队一致同意通过验收。",
        P2,
    ]


def test_subtitle_set_right_under_the_headline() -> None:
    page = f"让城市更有温度\n——我市推进城市更新工作综述\n\n□ 本报记者 张三 李四\n\n{P1}\n\n{P2}\n"
    [article] = parse_page(page)
    assert (article.headline, article.subtitle) == ("让城市更有温度", "——我市推进城市更新工作综述")
    assert article.reporters == ["张三", "李四"]


def test_editor_line_is_page_furniture_not_a_byline() -> None:
    article, furniture = parse_page(f"标题\n\n{P1}\n\n{P2}\n\n本版编辑：张三\n")
    assert article.reporters == [] and article.byline is None
    assert (furniture.kind, furniture.headline) == ("section", "本版编辑：张三")
