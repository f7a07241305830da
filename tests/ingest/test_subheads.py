"""A story's own sub-heads do not split it; a new item needs a credit or a heading pair."""

from __future__ import annotations

from digest.ingest.pipeline import import_text

LEAD = "　　本报讯（记者 王明 通讯员 李华）今年以来，我市坚持项目为王，全力推进重点项目建设，各项工作取得明显成效。\n\n"


def _page(*blocks: str) -> str:
    return "我市重点项目建设提速增效\n\n" + LEAD + "\n\n".join(blocks) + "\n"


def test_colon_sub_heads_under_a_dateline_lead_stay_in_one_story() -> None:
    text = _page(
        "以质为先：打造精品工程",
        "　　在城东新区建设现场，塔吊林立，机器轰鸣。项目负责人介绍，工程严格执行质量标准。",
        "以绿为底：建设生态家园",
        "　　走进滨河公园，绿树成荫，游人如织。今年我市新增绿地面积一百二十万平方米。",
    )
    articles = import_text(text)[1]
    assert len(articles) == 1
    story = articles[0]
    assert story.headline == "我市重点项目建设提速增效"
    assert [s.text for s in story.subheadings] == ["以质为先：打造精品工程", "以绿为底：建设生态家园"]
    assert len(story.paragraphs) == 3


def test_a_sub_head_naming_the_topic_its_paragraph_names_is_still_a_sub_head() -> None:
    text = _page(
        "城东新区：塔吊林立抢工期",
        "　　城东新区建设现场，机器轰鸣，工人们正抓紧浇筑混凝土，确保项目按期完工。",
        "滨河公园：绿树成荫迎游客",
        "　　最热闹的是滨河公园，清晨就有市民在这里散步健身，享受城市新空间。",
    )
    story = import_text(text)[1]
    assert len(story) == 1
    assert [s.text for s in story[0].subheadings] == ["城东新区：塔吊林立抢工期", "滨河公园：绿树成荫迎游客"]


def test_a_short_rhetorical_paragraph_stays_a_paragraph() -> None:
    text = _page(
        "这座古城，凭什么留住游客？",
        "　　答案藏在细节里。街巷干净整洁，服务热情周到，游客来了还想再来。",
    )
    articles = import_text(text)[1]
    assert len(articles) == 1
    assert "这座古城，凭什么留住游客？" in articles[0].paragraphs
    assert articles[0].subheadings == []


def test_a_lone_short_line_between_paragraphs_of_a_credited_story_is_not_a_headline() -> None:
    text = _page(
        "　　项目建设既要速度，也要质量。各建设单位倒排工期，挂图作战，确保项目按时序推进。",
        "稳中求进",
        "　　下一步，我市将继续优化营商环境，强化要素保障，推动更多项目落地见效。",
    )
    articles = import_text(text)[1]
    assert len(articles) == 1
    assert "稳中求进" not in [a.headline for a in articles]


def test_a_brief_with_its_own_closing_credit_is_still_an_item_of_its_own() -> None:
    text = _page(
        "义诊活动走进乡村",
        "　　日前，市人民医院组织专家走进偏远乡村开展义诊活动，受益群众3000余人。（韩东 吕静）",
    )
    articles = import_text(text)[1]
    assert [a.headline for a in articles] == ["我市重点项目建设提速增效", "义诊活动走进乡村"]
    assert articles[1].reporters == ["韩东", "吕静"]
