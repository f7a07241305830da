"""Byline forms, each on its own: where the byline sits, what it holds, which names it gives."""

from __future__ import annotations

import pytest

from digest.ingest import parse_page
from digest.ingest.bylines import byline_line, leading_byline, parse_credit, trailing_credit

BODY = "日前，市交通运输局在我区组织开展安全专项行动，专家团队一致同意通过验收。"
MORE = "据了解，今年以来我区共对5条挂牌路段进行安全提升，共完成隐患路段治理29.44千米。"


@pytest.mark.parametrize(
    ("prefix", "names"),
    [
        ("本报讯 (记者 吴梦婷) ", ["吴梦婷"]),
        ("本报讯（记者 吴梦婷 通讯员 李小龙）", ["吴梦婷", "李小龙"]),
        ("本报讯（通讯员 陈 晨）", ["陈晨"]),
        ("本报讯 ", []),
        ("本报北京4月10日电 (记者 王浩)", ["王浩"]),
        ("本报北京4月10日电  （记者王浩、李心萍）", ["王浩", "李心萍"]),
        ("据新华社北京4月2日电（记者  吴雨）", ["吴雨"]),
        ("新华社北京4月2日电 ", []),
        ("新华社华盛顿4月2日电（记者 张三 李四）", ["张三", "李四"]),
        ("记者 孙明 通讯员 李华 报道：", ["孙明", "李华"]),
        ("新华社北京四月二日电（记者 张三）", ["张三"]),
        ("据新华社电 ", []),
        ("本报讯 记者 张三 通讯员 李四 ", ["张三", "李四"]),
        ("新华社北京4月2日电 记者张三 李四 ", ["张三", "李四"]),
    ],
)
def test_byline_glued_to_the_first_paragraph(prefix: str, names: list[str]) -> None:
    [article] = parse_page(f"全区挂牌督办点段通过验收\n\n{prefix}{BODY}\n\n{MORE}\n")
    assert article.byline == prefix.strip()  # the colon of 记者 X 报道： stays in the byline
    assert article.paragraphs == [BODY, MORE]
    assert article.reporters == names
    assert article.kind == "article"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("□ 记者 何新雨", ["何新雨"]),
        ("□记者 何新雨", ["何新雨"]),
        ("本报记者 左妍", ["左妍"]),
        ("本报记者  左妍", ["左妍"]),
        ("本报记者  张三  李四", ["张三", "李四"]),
        ("本报记者 张三、李四", ["张三", "李四"]),
        ("记者 孙明 通讯员 李华", ["孙明", "李华"]),
        ("记者 孙明 通讯员 李华 报道", ["孙明", "李华"]),
        ("文/王小明 图/赵大勇", ["王小明", "赵大勇"]),
        ("本报记者 欧阳晓明", ["欧阳晓明"]),
        ("■ 本报记者 买买提·艾力", ["买买提·艾力"]),
        ("□ 张三", ["张三"]),
        ("记者 张三 摄影报道", ["张三"]),
        ("本报记者 张三 实习生 李四 通讯员 王五", ["张三", "李四", "王五"]),
    ],
)
@pytest.mark.parametrize("where", ["before", "after"])
def test_byline_on_its_own_line(line: str, names: list[str], where: str) -> None:
    if where == "before":
        page = f"全区挂牌督办点段通过验收\n\n{line}\n\n{BODY}\n\n{MORE}\n"
    else:
        page = f"全区挂牌督办点段通过验收\n\n{BODY}\n\n{MORE}\n\n{line}\n"
    [article] = parse_page(page)
    assert article.byline == line
    assert article.reporters == names
    assert article.paragraphs == [BODY, MORE]
    assert article.headline == "全区挂牌督办点段通过验收"


def test_byline_after_the_body_ends_the_item() -> None:
    page = f"第一条新闻标题\n\n{BODY}\n\n本报记者  左妍\n\n{MORE}\n"
    first, second = parse_page(page)
    assert first.byline == "本报记者  左妍" and first.paragraphs == [BODY]
    assert second.headline is None and second.paragraphs == [MORE]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("(张 黎 郭元辉)", ["张黎", "郭元辉"]),
        ("（张黎 郭元辉）", ["张黎", "郭元辉"]),
        ("（记者 王强 通讯员 刘洋）", ["王强", "刘洋"]),
        ("（本报记者 左妍）", ["左妍"]),
    ],
)
def test_bracket_credits_at_the_end_of_a_brief(credit: str, names: list[str]) -> None:
    page = f"市民政局开展敬老活动\n\n{BODY}{credit}\n\n第二条标题\n\n{MORE}\n"
    brief, other = parse_page(page)
    assert brief.kind == "brief"
    assert brief.paragraphs == [BODY]
    assert brief.reporters == names
    assert credit in (brief.byline, *brief.credits)
    assert other.headline == "第二条标题"


def test_credits_after_a_dateline_go_to_credits() -> None:
    [brief] = parse_page(f"标题\n\n本报讯 {BODY}(张 黎 郭元辉)\n")
    assert brief.byline == "本报讯"
    assert brief.credits == ["(张 黎 郭元辉)"]
    assert brief.reporters == ["张黎", "郭元辉"]


def test_trailing_byline_glued_after_the_last_sentence() -> None:
    [article] = parse_page(f"标题\n\n{MORE}\n\n{BODY}本报记者  左妍\n")
    assert article.byline == "本报记者  左妍"
    assert article.paragraphs == [MORE, BODY]
    assert article.reporters == ["左妍"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("张 黎 郭元辉", ["张黎", "郭元辉"]),
        ("记者 张 黎", ["张黎"]),
        ("记者 王 五 通讯员 李 四", ["王五", "李四"]),
        ("记者 张 黎 明", ["张黎明"]),
        ("记者 吴梦婷、张 黎", ["吴梦婷", "张黎"]),
    ],
)
def test_names_spaced_inside_join_into_one(text: str, names: list[str]) -> None:
    credit = parse_credit(f"({text})")
    assert credit is not None
    assert credit.names == names


@pytest.mark.parametrize(
    "text",
    [
        "记者手记",
        "独自在家情绪低落",
        "奔跑乐手  月行万里",
        "用好“双碳”风向标 抢占新高地",
        "（完）",
        "（上接第一版）",
        "记者：你怎么看？",
        "编辑：张三",
        "■ 一线调查",
        "(人才办)",
    ],
)
def test_headings_are_not_bylines(text: str) -> None:
    assert byline_line(text) is None


def test_leading_byline_needs_a_dateline_not_any_date() -> None:
    assert leading_byline("他在4月2日电话中说，项目进展顺利。") is None
    assert leading_byline("日前，市交通运输局开展行动。") is None


def test_bracket_inside_a_sentence_is_not_a_credit() -> None:
    assert trailing_credit("区委组织部(人才办)") is None
    assert trailing_credit("他们正在进行拍摄") is None
    [article] = parse_page("标题\n\n区委组织部(人才办)、区科技局等5个相关单位负责人现场互动回应。\n")
    assert article.reporters == [] and article.byline is None


def test_traditional_bylines() -> None:
    [article] = parse_page(
        "標題\n\n本報訊（記者 吳夢婷）這樣的形式為我們點亮心燈。\n\n第二段。\n\n本報記者  左妍\n"
    )
    assert article.byline == "本報訊（記者 吳夢婷）"
    assert article.credits == ["本報記者  左妍"]
    assert article.reporters == ["吳夢婷", "左妍"]


# -- forms from other papers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("記者陳美玲／台中報導", ["陳美玲"]),
        ("记者 张三/北京报道", ["张三"]),
        ("本报评论员", []),
        ("新華社評論員", []),
        ("■ 本报特约评论员", []),
    ],
)
def test_byline_lines_of_other_papers(line: str, names: list[str]) -> None:
    credit = byline_line(line)
    assert credit is not None and credit.names == names


def test_place_before_report_word_is_not_a_name() -> None:
    assert parse_credit("〔記者林志明／台北報導〕").names == ["林志明"]
    # Without the slash the word before 报道 is a name: 记者 张三 李四报道.
    assert parse_credit("记者 张三 李四报道").names == ["张三", "李四"]


@pytest.mark.parametrize(
    ("paragraph", "byline", "names"),
    [
        ("〔記者林志明／台北報導〕行政院今天召開會議。", "〔記者林志明／台北報導〕", ["林志明"]),
        ("【本報訊】記者黃瑞芬報道：衛生防護中心昨日宣布。", "【本報訊】記者黃瑞芬報道：", ["黃瑞芬"]),
        ("【本报讯】（记者 王芳）近日，全区启动冬季送岗位活动。", "【本报讯】（记者 王芳）", ["王芳"]),
    ],
)
def test_bracketed_bylines_opening_a_paragraph(paragraph: str, byline: str, names: list[str]) -> None:
    found = leading_byline(paragraph)
    assert found is not None
    assert (found.byline, found.names) == (byline, names)
    assert found.byline + found.rest == paragraph  # nothing lost between byline and text


@pytest.mark.parametrize(
    "paragraph",
    ["(张三)今天召开会议。", "（图①）游客在公园赏花。", "（记者 李贺 摄）游客在公园赏花。", "〔记者林志明〕"],
)
def test_bracket_at_the_start_needs_a_role_and_following_text(paragraph: str) -> None:
    assert leading_byline(paragraph) is None


def test_bracketed_glued_photo_credit_at_the_end() -> None:
    found = trailing_credit("耶誕城昨晚點燈，吸引大批民眾。（記者王大同攝）")
    assert found is not None
    assert (found[0], found[1].names, found[1].photo) == ("耶誕城昨晚點燈，吸引大批民眾。", ["王大同"], True)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("■ 南方周末记者 张三  南方周末实习生 李四", ["张三", "李四"]),
        ("扬子晚报记者 王小明", ["王小明"]),
        ("本报首席记者 王芳", ["王芳"]),
        ("本报驻京记者 刘洋", ["刘洋"]),
        ("文·图/本报记者 张三", ["张三"]),
    ],
)
def test_composed_roles(line: str, names: list[str]) -> None:
    credit = byline_line(line)
    assert credit is not None and credit.names == names and not credit.photo


@pytest.mark.parametrize("line", ["最美记者张三", "南方周末记者节", "致敬一线记者"])
def test_composed_roles_need_a_paper_and_a_name(line: str) -> None:
    assert byline_line(line) is None


def test_text_and_photo_role_together_is_not_a_photo_credit() -> None:
    credit = parse_credit("■ 全媒体记者 陈 晨 文/摄")
    assert credit is not None and (credit.names, credit.photo) == (["陈晨"], False)


def test_website_news_opening() -> None:
    found = leading_byline("央视网消息：近日，全区启动冬季送岗位活动。")
    assert found is not None and (found.byline, found.rest) == (
        "央视网消息：",
        "近日，全区启动冬季送岗位活动。",
    )


def test_source_line_is_a_credit_without_names() -> None:
    credit = byline_line("（来源：新华社）")
    assert credit is not None and credit.names == []
    assert byline_line("来源于群众的智慧") is None
