"""Logical lines: a page line holding two roles is read as two, by every labeller and by the
truth files' own labels; no character is lost and the page text is unchanged. Made-up pages."""

from __future__ import annotations

from functools import partial
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.ingest.evaluate import article_dict, score_page
from digest.ingest.logical import drop_list_numbers, logical_text, split_line
from digest.ingest.pipeline import import_text, label_page
from digest.ingest.truth_lines import truth_lines
from digest.model import Correction

BODY = "今年以来，全县新建高标准农田三万亩，粮食产量稳中有升，农民收入持续增长。"
MORE = "下一步，全县将继续加大投入，力争明年再建两万亩高标准农田，让更多农户受益。"


def _item(kind: str = "article", headline: str | None = None, **fields: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "kind": kind,
        "headline": headline,
        "kicker": None,
        "subtitle": None,
        "byline": None,
        "reporters": [],
        "paragraphs": [],
        "subheadings": [],
    }
    item.update(fields)
    return item


def _ceiling(text: str, truth: dict[str, Any]) -> list[dict[str, Any]]:
    """The articles built from the truth's own line labels, as the bench's ceiling builds them."""
    own = partial(truth_lines, truth=truth)
    return [article_dict(a) for a in import_text(text, labeller=own)[1]]


def _right(text: str, truth: dict[str, Any]) -> int:
    return score_page(truth, _ceiling(text, truth)).content


# -- cutting lines ------------------------------------------------------------------------


def test_page_label_is_cut_from_issue_number_and_navigation() -> None:
    assert split_line("1886 期 / 第2版:2") == ["1886 期 / ", "第2版:2"]
    assert split_line("第3版:要闻 上一版 下一版") == ["第3版:要闻 ", "上一版 下一版"]
    assert split_line("7:基层动态总第215期 >2015-03-05编印") == ["7:基层动态", "总第215期 >2015-03-05编印"]


def test_record_fields_are_cut_apart() -> None:
    assert split_line("来源: 某某日报 作者: 记者 张三 编辑: 李四") == [
        "来源: 某某日报 ",
        "作者: 记者 张三 ",
        "编辑: 李四",
    ]
    assert split_line("来源: 某某日报") == ["来源: 某某日报"]  # one field: nothing to cut


def test_heading_is_cut_from_the_dateline_of_its_text() -> None:
    line = f"某某企业家   新华社北京8月1日电 {BODY}"
    assert split_line(line) == ["某某企业家   ", f"新华社北京8月1日电 {BODY}"]
    assert split_line(f"本报讯 (记者 王芳) {BODY}") == [f"本报讯 (记者 王芳) {BODY}"]  # assemble reads it


def test_paragraphs_set_on_one_line_are_cut_but_not_a_trailing_credit() -> None:
    assert split_line(f"{BODY} {MORE}") == [f"{BODY} ", MORE]
    assert split_line(f"{BODY} (张三)") == [f"{BODY} (张三)"]
    # English sentences and spaced-out text from a PDF's text layer are never cut.
    english = "The county built new farmland this year. Grain output rose again and farmers gained."
    assert split_line(english) == [english]
    spaced = "全 县 新 建 农 田 。 粮 食 产 量 稳 中 有 升 ， 农 民 收 入 持 续 增 长 。 下 一 步 继 续 加 大 投 入 。"
    assert split_line(spaced) == [spaced]


def test_numbered_and_bracket_labelled_headlines_are_cut() -> None:
    assert split_line("3. 马德里万人抗议") == ["3. ", "马德里万人抗议"]
    assert split_line("【头版图片】南京撞响和平大钟") == ["【头版图片】", "南京撞响和平大钟"]
    # A run-in headline before its text stays: assemble reads it.
    assert split_line(f"【农田建设】{BODY}") == [f"【农田建设】{BODY}"]
    assert split_line(f"1. {BODY}") == [f"1. {BODY}"]


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=list("第版期总来源作者编辑记者新华社北京月日电本报讯【】（）()。，1234567.: /\n\u3000"),
        max_size=200,
    )
)
def test_cutting_only_inserts_newlines_and_is_idempotent(text: str) -> None:
    cut = logical_text(text)
    assert cut.replace("\n", "") == text.replace("\n", "")
    assert logical_text(cut) == cut


# -- labelling in page terms --------------------------------------------------------------


def test_labelled_logical_lines_keep_the_page_text_and_line_numbers() -> None:
    text = f"1886 期 / 第2版:2\n\n农田建设提速\n\n{BODY} {MORE}\n"
    for labeller in ("rules", "crf"):
        labelled = label_page(text, labeller=labeller)
        lines = text.split("\n")
        for line in labelled:
            assert text[line.start : line.start + len(line.text)] == line.text
            assert line.text in lines[line.index]
        assert [line.text for line in labelled if line.index == 0] == ["1886 期 /", "第2版:2"]
        assert [line.text for line in labelled if line.index == 4] == [BODY, MORE]
    page, _ = import_text(text)
    assert page.text == text  # the page is stored as it came


def test_a_list_number_is_furniture_of_the_item_after_it() -> None:
    text = f"1. 马德里万人抗议\n{BODY}(法新社)\n2. 里夫金德访问塞浦路斯\n{MORE}(美联社)\n"
    labelled = label_page(text)
    numbers = [line for line in labelled if line.text in ("1.", "2.")]
    assert [line.role for line in numbers] == ["furniture", "furniture"]
    following = {line.index: line.item for line in labelled if line.text not in ("1.", "2.")}
    assert [line.item for line in numbers] == [following[0], following[2]]
    assert drop_list_numbers([]) == []


# -- the ceiling sees the same lines ------------------------------------------------------


def test_truth_lines_read_the_cut_lines() -> None:
    text = f"1886 期 / 第2版:2\n\n1. 农田建设提速\n\n新华社北京8月1日电 {BODY} {MORE}\n"
    truth = {
        "articles": [
            _item("section", "第2版:2"),
            _item("article", "农田建设提速", byline="新华社北京8月1日电", paragraphs=[BODY, MORE]),
        ]
    }
    assert _right(text, truth) == 2


def test_a_heading_printed_twice_is_read_once() -> None:
    text = f"农田建设提速\n\n农田建设提速\n\n{BODY}\n"
    truth = {"articles": [_item("brief", "农田建设提速", paragraphs=[BODY])]}
    assert _ceiling(text, truth)[0]["headline"] == "农田建设提速"
    assert _right(text, truth) == 1


def test_a_sub_head_set_on_two_lines_is_one() -> None:
    text = f"农田建设提速\n\n{BODY}\n\n粮食增产\n农民增收\n\n{MORE}\n"
    truth = {
        "articles": [
            _item(
                "article",
                "农田建设提速",
                paragraphs=[BODY, MORE],
                subheadings=[{"text": "粮食增产 农民增收", "before_paragraph": 1}],
            )
        ]
    }
    built = _ceiling(text, truth)[0]
    assert [s["text"] for s in built["subheadings"]] == ["粮食增产 农民增收"]
    assert _right(text, truth) == 1


def test_a_line_equal_to_a_paragraph_is_that_paragraph() -> None:
    text = f"农田建设提速\n\n{BODY}……\n\n……\n\n{MORE}\n"
    truth = {"articles": [_item("article", "农田建设提速", paragraphs=[f"{BODY}……", "……", MORE])]}
    assert _right(text, truth) == 1


def test_a_credit_line_goes_to_the_item_whose_byline_it_is() -> None:
    text = f"{BODY}\n\n农田建设提速\n\n{MORE}\n文:王芳\n图:王芳 李强\n"
    truth = {
        "articles": [
            _item("caption", None, byline="图:王芳 李强", reporters=["王芳", "李强"], paragraphs=[BODY]),
            _item("brief", "农田建设提速", byline="文:王芳", reporters=["王芳"], paragraphs=[MORE]),
        ]
    }
    assert _right(text, truth) == 2


# -- credits ------------------------------------------------------------------------------


def test_credit_lines_name_bare_names_titles_and_paper_roles() -> None:
    for credit, names in (
        ("毛锦伟 栗思 郑朕", ["毛锦伟", "栗思", "郑朕"]),
        ("社长 陈同昌 总编 陈鑫钊", ["陈同昌", "陈鑫钊"]),
        ("N海都记者 陈文浩", ["陈文浩"]),
    ):
        text = f"农田建设提速\n{credit}\n\n{BODY}\n"
        truth = {
            "articles": [_item("brief", "农田建设提速", byline=credit, reporters=names, paragraphs=[BODY])]
        }
        assert _ceiling(text, truth)[0]["reporters"] == names
    assert import_text(f"农田建设提速\n\n{BODY}\n作者: 记者 王芳\n")[1][0].reporters == ["王芳"]


def test_news_organisations_in_brackets_are_no_reporters() -> None:
    _, articles = import_text(f"马德里万人抗议\n\n{BODY}(法新社)\n")
    assert articles[0].paragraphs == [BODY] and articles[0].reporters == []
    _, articles = import_text(f"农田建设提速\n\n【某某日报报道】{BODY}\n")
    assert articles[0].paragraphs == [BODY] and articles[0].reporters == []


def test_credits_glued_after_the_last_sentence() -> None:
    _, articles = import_text(f"农田建设提速\n\n{BODY}■徐坚波 陈卫东\n")
    assert articles[0].paragraphs == [BODY] and articles[0].reporters == ["徐坚波", "陈卫东"]
    _, articles = import_text(f"农田建设提速\n\n{BODY}\n\n{MORE}王海亮\n")
    assert articles[0].paragraphs == [BODY, MORE] and articles[0].reporters == ["王海亮"]


def test_datelines_of_papers_and_in_brackets_open_the_text() -> None:
    _, articles = import_text(f"农田建设提速\n\n某某日报消息 {BODY}\n")
    assert articles[0].paragraphs == [BODY] and articles[0].byline == "某某日报消息"
    _, articles = import_text(f"农田建设提速\n\n【时事社上海9月27日电】{BODY}\n")
    assert articles[0].paragraphs == [BODY] and articles[0].byline == "【时事社上海9月27日电】"


def test_a_correction_finds_its_half_of_a_cut_line() -> None:
    text = f"1886 期 / 第2版:2\n\n农田建设提速\n\n{BODY}\n"
    fix = Correction("role", 0, "headline", "第2版:2")
    labelled = label_page(text, corrections=[fix])
    halves = {line.text: line for line in labelled if line.index == 0}
    assert halves["第2版:2"].role == "headline" and halves["第2版:2"].corrected
    assert not halves["1886 期 /"].corrected
