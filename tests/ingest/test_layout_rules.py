"""Parser rules for layouts beyond the samples, each on a small page of its own.

Sub-head or new headline, run-on fragment or heading, column labels, institution bylines,
Taiwan and Hong Kong bylines, heading stacks.
"""

from __future__ import annotations

from digest.ingest import parse_page

A1 = "走进老纺织厂，锯齿形屋顶下，咖啡馆、设计工作室、小剧场错落有致，成了年轻人周末打卡的新去处。"
A2 = "改造中，设计团队保留了原有的红砖外墙和行车轨道，把老织机摆进展厅，讲述城市的纺织往事。"
A3 = "目前，园区已入驻文创、设计、餐饮等企业46家，今年以来举办各类活动80余场。"
A4 = "园区负责人表示，下一步将与周边历史街区联动，推出夜间游览线路，带动片区消费。"


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


# -- sub-head or headline -------------------------------------------------------------------


def test_marked_subheads_in_a_series_stay_in_the_article() -> None:
    """One paragraph per section would look like briefs; the ■ markers say sub-heads."""
    page = _page("老厂房变身文创秀场", "文/王晓明 图/赵大勇", A1, "■ 留住工业记忆", A2, "■ 引来新兴业态", A3)
    [article] = parse_page(page)
    assert [(s.text, s.before_paragraph) for s in article.subheadings] == [
        ("■ 留住工业记忆", 1),
        ("■ 引来新兴业态", 2),
    ]
    assert article.paragraphs == [A1, A2, A3]


def test_plain_subheads_of_one_shape_in_a_feature() -> None:
    page = _page(
        "老厂房变身“文创秀场”", "记者 钱 程", A1, "留住工业记忆", A2, "引来新兴业态", A3, "激活街区经济", A4
    )
    [article] = parse_page(page)
    assert [s.text for s in article.subheadings] == ["留住工业记忆", "引来新兴业态", "激活街区经济"]


def test_subheads_before_a_closing_byline_stay_in_the_article() -> None:
    page = _page("老厂房变身“文创秀场”", A1, "留住工业记忆", A2, "引来新兴业态", A3, "本报记者  马丹")
    [article] = parse_page(page)
    assert len(article.subheadings) == 2
    assert article.reporters == ["马丹"]


def test_headline_retold_by_the_next_lead_is_a_new_story() -> None:
    """No bylines anywhere: the next paragraph repeats the line's words, so it is a headline."""
    page = _page(
        "常州经开区举办外资企业政策说明会",
        "11月26日，常州经开区举办外资企业政策说明会，60余家外资企业代表参加。",
        "会上，区商务、税务等部门工作人员进行了政策解读，并现场回答企业提问。",
        "人才公寓二期交付使用",
        "位于高新区的人才公寓二期正式交付，可提供房源620套，面向园区引进人才。",
    )
    first, second = parse_page(page)
    assert (first.headline, len(first.paragraphs), first.subheadings) == (
        "常州经开区举办外资企业政策说明会",
        2,
        [],
    )
    assert (second.headline, second.kind) == ("人才公寓二期交付使用", "brief")


def test_line_shaped_like_the_items_own_headline_is_a_new_headline() -> None:
    """A column of same-sized stories whose leads do not repeat their headlines."""
    page = _page(
        "秋冬季节谨防一氧化碳中毒",
        "天气转冷，不少家庭开始使用燃气热水器和取暖设备，使用时要保持室内通风。",
        "一旦有人出现头晕、恶心等症状，应立即打开门窗，并拨打120急救电话。",
        "流感高发期如何做好防护",
        "专家介绍，入冬以来呼吸道疾病进入高发期，建议尽早接种流感疫苗。",
        "日常生活中，要勤洗手、常通风，出现发热等症状时及时就医。",
    )
    first, second = parse_page(page)
    assert first.subheadings == [] and len(first.paragraphs) == 2
    assert second.headline == "流感高发期如何做好防护"


def test_numbered_subheads_in_a_peoples_daily_feature() -> None:
    page = _page(
        "推进城市更新 提升宜居品质", "本报记者  丁怡婷", A1, "一、老旧小区改造", A2, "二、完整社区建设", A3
    )
    [article] = parse_page(page)
    assert [s.text for s in article.subheadings] == ["一、老旧小区改造", "二、完整社区建设"]
    assert article.reporters == ["丁怡婷"]


# -- run-on fragments -------------------------------------------------------------------------


def test_fragment_in_the_middle_of_a_sentence_is_joined() -> None:
    start = "今年以来，我区推动人工智能与制造业深度融合，全区已累计建成省级智能制造"
    page = _page(
        "数字化转型按下快进键", f"本报讯（记者 何新雨）{start}", "示范工厂", "8家、省级智能车间126个。", A2
    )
    [article] = parse_page(page)
    assert article.paragraphs == [f"{start}示范工厂8家、省级智能车间126个。", A2]
    assert article.subheadings == []


def test_fragment_ending_on_a_preposition_is_joined() -> None:
    start = "为了让群众少跑腿，区里推行“一窗受理、并联审批”，审批时间由原来的"
    page = _page("加装电梯提速", f"本报讯（记者 吴梦婷）{A1}", start, "两个多月压缩到", "20个工作日以内。")
    [article] = parse_page(page)
    assert article.paragraphs == [A1, f"{start}两个多月压缩到20个工作日以内。"]


def test_short_tail_before_a_connective_ends_the_paragraph() -> None:
    start = "企业负责人介绍，改造后产品不良率下降了三成，生产效率提高了"
    nxt = "下一步，我区将聚焦中小企业“不敢转、不会转”难题，推广轻量化解决方案。"
    page = _page("数字化转型按下快进键", f"本报讯（记者 何新雨）{A1}", start, "四成以上", nxt)
    [article] = parse_page(page)
    assert article.paragraphs == [A1, f"{start}四成以上", nxt]


def test_heading_after_an_unfinished_clause_without_run_on_clues_stays_a_heading() -> None:
    """A paragraph ending on a finished verb (…查询) and a sub-head followed by 据了解，…"""
    unfinished = "相关事项办理进度和结果，市民可以登录区政府网站的“办事服务”栏目随时查询"
    page = _page("标题", A1, unfinished, "大白特护可以上门", "据了解，" + A3)
    [article] = parse_page(page)
    assert [s.text for s in article.subheadings] == ["大白特护可以上门"]
    assert article.paragraphs == [A1, unfinished, "据了解，" + A3]


# -- labels, bylines, heading stacks -----------------------------------------------------------


def test_short_column_label_is_a_section() -> None:
    label, article = parse_page(_page("园区动态", "常州经开区举办政策说明会", "11月26日，" + A1, A2))
    assert (label.kind, label.headline) == ("section", "园区动态")
    assert (article.headline, article.kicker) == ("常州经开区举办政策说明会", None)


def test_commentator_byline_has_no_names() -> None:
    page = _page("凝聚起推动高质量发展的强大合力", "——一论学习贯彻中央经济工作会议精神", "本报评论员", A1, A2)
    [article] = parse_page(page)
    assert (article.headline, article.subtitle) == (
        "凝聚起推动高质量发展的强大合力",
        "——一论学习贯彻中央经济工作会议精神",
    )
    assert (article.byline, article.reporters, article.paragraphs) == ("本报评论员", [], [A1, A2])


def test_taiwan_bracket_byline_opening_the_paragraph() -> None:
    [article] = parse_page(
        _page(
            "政院拍板 明年基本工資調漲",
            "〔記者林志明／台北報導〕行政院今天召開會議。",
            "勞動部表示，兼顧勞工生活。",
        )
    )
    assert article.byline == "〔記者林志明／台北報導〕"
    assert article.reporters == ["林志明"]
    assert article.paragraphs == ["行政院今天召開會議。", "勞動部表示，兼顧勞工生活。"]


def test_taiwan_byline_line_and_hong_kong_report_byline() -> None:
    tw, hk = parse_page(
        _page(
            "台中捷運藍線綜合規劃獲核定",
            "記者陳美玲／台中報導",
            "台中捷運藍線綜合規劃昨天獲行政院核定。",
            "市府表示，藍線串聯台中港與市區。",
            "本港今冬流感季提早來臨",
            "【本報訊】記者黃瑞芬報道：衛生防護中心昨日宣布，本港已進入冬季流感季節。",
            "中心呼籲長者盡快接種疫苗。",
        )
    )
    assert (tw.byline, tw.reporters) == ("記者陳美玲／台中報導", ["陳美玲"])
    assert (hk.byline, hk.reporters) == ("【本報訊】記者黃瑞芬報道：", ["黃瑞芬"])
    assert hk.paragraphs[0].startswith("衛生防護中心")


def test_caption_with_a_bracketed_glued_photo_credit() -> None:
    article, photo = parse_page(
        _page("標題", "行政院今天召開會議。", "耶誕城昨晚點燈，吸引大批民眾。（記者王大同攝）")
    )
    assert article.paragraphs == ["行政院今天召開會議。"]
    assert (photo.kind, photo.reporters, photo.byline) == ("caption", ["王大同"], "（記者王大同攝）")


def test_three_stacked_lines_are_kicker_headline_subtitle() -> None:
    page = "加快建设现代化产业体系\n我国新能源汽车年产量首次突破1000万辆\n比去年提前两个月达到\n\n" + _page(
        "本报北京11月27日电  （记者 王昊男）" + A1, A2
    )
    [article] = parse_page(page)
    assert (article.kicker, article.headline, article.subtitle) == (
        "加快建设现代化产业体系",
        "我国新能源汽车年产量首次突破1000万辆",
        "比去年提前两个月达到",
    )
    assert article.reporters == ["王昊男"]


def test_two_stacked_lines_with_a_dash_are_headline_and_subtitle() -> None:
    page = "凝聚起强大合力\n——一论学习贯彻会议精神\n\n" + _page("本报评论员", A1, A2)
    [article] = parse_page(page)
    assert (article.headline, article.subtitle) == ("凝聚起强大合力", "——一论学习贯彻会议精神")


def test_long_kicker_with_a_comma_after_a_story_stays_a_kicker() -> None:
    """Only a comma line that stops on a particle is taken for a paragraph piece."""
    kicker = "面对复杂严峻的外部环境，我市外贸企业积极开拓新兴市场"
    page = _page("标题", A1, A2, kicker, "前10月进出口总额增长8.6%", "11月26日，" + A3, A4)
    first, second = parse_page(page)
    assert first.paragraphs == [A1, A2]
    assert (second.kicker, second.headline) == (kicker, "前10月进出口总额增长8.6%")


def test_editor_and_chart_credit_lines_are_page_furniture() -> None:
    items = parse_page(
        _page("编辑：李 娜  版式设计：王 琳", "老街区里开出共享书房", "本报讯 " + A1, A2, "制图：张 丽")
    )
    assert [(i.kind, i.headline) for i in items] == [
        ("section", "编辑：李 娜  版式设计：王 琳"),
        ("article", "老街区里开出共享书房"),
        ("section", "制图：张 丽"),
    ]


def test_source_line_closes_the_story_as_its_credit() -> None:
    first, second = parse_page(
        _page("老街区里开出共享书房", A1, A2, "来源：常州日报", "区科协举办科普讲解大赛", A3)
    )
    assert (first.byline, first.paragraphs) == ("来源：常州日报", [A1, A2])
    assert (second.headline, second.paragraphs) == ("区科协举办科普讲解大赛", [A3])


def test_bracketed_aside_after_the_full_stop_ends_the_paragraph() -> None:
    first = "近日，“共享书房”正式开放，市民可凭身份证免费借阅图书。（受访者供图）"
    [article] = parse_page(_page("老街区里开出共享书房", "本报讯 " + first, A2))
    assert article.paragraphs == [first, A2]


def test_text_and_photo_by_one_reporter_is_a_byline_not_a_caption() -> None:
    [article] = parse_page(_page("一粒米的“智慧”之旅", "■ 全媒体记者 陈 晨 文/摄", A1, A2))
    assert (article.kind, article.reporters, article.paragraphs) == ("article", ["陈晨"], [A1, A2])


def test_bare_short_word_over_a_headline_is_a_column_name() -> None:
    label, article = parse_page(_page("县域经济", "特色产业链上“链”出增收路", "□ 记者 周 磊", A1, A2))
    assert (label.kind, label.headline) == ("section", "县域经济")
    assert (article.kicker, article.headline) == (None, "特色产业链上“链”出增收路")
    # A short headline on its own is still a headline.
    [alone] = parse_page(_page("春耕忙", "□ 记者 周 磊", A1, A2))
    assert (alone.kind, alone.headline) == ("article", "春耕忙")


def test_marked_one_sentence_news_are_briefs_of_their_own() -> None:
    first = "■ 11月26日，区里召开安全生产工作会议，部署冬季安全生产工作。"
    second = "■ 11月25日，区图书馆新馆开馆，藏书50万册。"
    label, *briefs = parse_page(_page("一句话新闻", first, second))
    assert label.kind == "section"
    assert [(b.kind, b.paragraphs) for b in briefs] == [("brief", [first]), ("brief", [second])]
    # Marked paragraphs inside a headed article stay in it.
    [article] = parse_page(_page("标题", first, second))
    assert article.paragraphs == [first, second]


def test_heading_line_before_a_caption_split_off_an_article_goes_with_the_caption() -> None:
    page = _page(
        "标题",
        A1,
        "■ 留住工业记忆",
        A2,
        "图①：茶农在茶园里修剪茶树。",
        "■ 茶香四溢",
        "图②：游客在体验馆学习制茶。",
        "周 磊 摄",
    )
    article, first, second = parse_page(page)
    assert (article.paragraphs, [s.text for s in article.subheadings]) == ([A1, A2], ["■ 留住工业记忆"])
    assert [(c.kind, c.headline) for c in (first, second)] == [("caption", None), ("caption", "■ 茶香四溢")]
    assert "茶香四溢" in second.original and "茶香四溢" not in article.original
