"""The learned labeller (crf.py): the shipped model, training from truth files, the tag scheme."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.ingest.assemble import build_articles
from digest.ingest.crf import (
    MODEL,
    CrfLabeller,
    crf_labels,
    line_features,
    lines_from_tags,
    settle_tags,
    tags_of,
    train,
)
from digest.ingest.evaluate import TruthPage, article_dict, score_page
from digest.ingest.labeller import rule_labels
from digest.ingest.pipeline import LABELLERS, import_text, label_page
from digest.ingest.profile import Profile, line_form
from digest.ingest.truth_lines import training_pages, truth_lines
from digest.model import LINE_ROLES, Correction, Page
from tests.ingest.ingest_helpers import PAGES, SAMPLE_PAGES, UNSEEN
from tests.ingest.test_properties import ALPHABET

# A few written pages of other layouts: training on them takes a fraction of a second.
SMALL_TRAINING = ("briefs-page", "county-page", "photos-page")


def _page(folder: Path, name: str, paper: str) -> TruthPage:
    text = (folder / f"{name}.txt").read_text("utf-8")
    truth = json.loads((folder / f"{name}.truth.json").read_text("utf-8"))
    return TruthPage(name, paper, text, truth)


def _small_training() -> list[TruthPage]:
    return [_page(UNSEEN, name, name) for name in SMALL_TRAINING]


def _assert_well_formed(text: str, labelled: list) -> None:
    lines = [n for n, raw in enumerate(text.split("\n")) if raw.strip()]
    assert [line.index for line in labelled] == lines
    for line in labelled:
        assert line.role in LINE_ROLES
        assert 0.0 <= line.confidence <= 1.0
        assert text[line.start : line.end] == line.text


def test_shipped_model_is_in_the_package_and_labels_a_page() -> None:
    assert MODEL.is_file() and MODEL.stat().st_size < 1_000_000
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    labelled = crf_labels(text)
    _assert_well_formed(text, labelled)
    roles = {line.role for line in labelled}
    assert {"headline", "paragraph"} <= roles
    assert any(line.confidence < 1.0 for line in labelled)  # marginals, not a constant


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_shipped_model_imports_the_samples(name: str) -> None:
    # The samples are in its training data: this checks the whole path (features, tags,
    # items and paragraphs rebuilt, articles assembled), not how it does on unseen papers.
    text = (PAGES / f"{name}.txt").read_text("utf-8")
    truth = json.loads((PAGES / f"{name}.truth.json").read_text("utf-8"))
    _, articles = import_text(text, labeller="crf")
    result = score_page(truth, [article_dict(a) for a in articles], name)
    assert result.problems == []


def test_retraining_is_deterministic(tmp_path: Path) -> None:
    data = training_pages(_small_training())
    train(data, tmp_path / "a.crfsuite")
    train(data, tmp_path / "b.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    text = (PAGES / "xinmin-page-a.txt").read_text("utf-8")
    first = CrfLabeller(tmp_path / "a.crfsuite").label(text)
    second = CrfLabeller(tmp_path / "b.crfsuite").label(text)
    assert [(x.role, x.item, x.paragraph, x.confidence) for x in first] == [
        (x.role, x.item, x.paragraph, x.confidence) for x in second
    ]


def test_a_model_trained_without_a_paper_labels_its_page() -> None:
    labeller = CrfLabeller.trained(training_pages(_small_training()))
    for name in SAMPLE_PAGES:  # none of their papers was trained on
        text = (PAGES / f"{name}.txt").read_text("utf-8")
        labelled = labeller.label(text)
        _assert_well_formed(text, labelled)
        articles = build_articles(Page(id="p", source="", text=text), labelled)
        assert articles and all(a.original for a in articles)


def test_tags_describe_the_truth_lines_exactly() -> None:
    # Truth lines -> tags -> lines again gives the same articles: the tags lose nothing.
    for name in SAMPLE_PAGES:
        page = _page(PAGES, name, name)
        text = page.text
        lines = truth_lines(text, page.truth)
        rebuilt = lines_from_tags(text, tags_of(lines))
        doc = Page(id="p", source="", text=text)
        assert [article_dict(a) for a in build_articles(doc, rebuilt)] == [
            article_dict(a) for a in build_articles(doc, lines)
        ]


def test_training_keeps_the_rules_lines_where_they_do_as_well() -> None:
    # The samples import exactly with the rules: those are the lines learnt.
    page = _page(PAGES, "wujin-page", "武进日报")
    text, lines = training_pages([page])[0]
    assert [(x.role, x.item, x.paragraph) for x in lines] == [
        (x.role, x.item, x.paragraph) for x in rule_labels(text, calibrate=False)
    ]
    # A page the rules get wrong (here the truth wants a question set alone as a sub-head) is
    # learnt from its truth file.
    body = [
        "今年以来，全县新建高标准农田三万亩，粮食产量稳中有升。",
        "全县还将继续推进高标准农田建设，力争明年再建两万亩。",
    ]
    question = "这座古城，凭什么留住游客？"
    text = f"农田建设提速\n\n{body[0]}\n\n{question}\n\n{body[1]}\n"
    item = {"kind": "article", "headline": "农田建设提速", "paragraphs": body, "reporters": []}
    item["subheadings"] = [{"text": question, "before_paragraph": 1}]
    wrong = TruthPage("x", "x", text, {"articles": [item]})
    _, learnt = training_pages([wrong])[0]
    assert [x.role for x in learnt] == ["headline", "paragraph", "subheading", "paragraph"]
    assert [x.role for x in rule_labels(text)] != [x.role for x in learnt]


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_truth_lines_rebuild_the_truth(name: str) -> None:
    page = _page(PAGES, name, name)
    text = page.text
    lines = truth_lines(text, page.truth)
    articles = build_articles(Page(id="p", source="", text=text), lines)
    result = score_page(page.truth, [article_dict(a) for a in articles], name)
    assert result.content == result.items


def test_truth_lines_name_roles_items_and_paragraphs() -> None:
    text = "新闻标题在这里\n\n本报讯（记者 张三）第一段正文写在这里，很长很长。\n第二段正文，也有内容。\n上一版 下一版\n"
    truth = {
        "articles": [
            {
                "kind": "article",
                "headline": "新闻标题在这里",
                "reporters": ["张三"],
                "paragraphs": ["第一段正文写在这里，很长很长。", "第二段正文，也有内容。"],
                "subheadings": [],
            }
        ]
    }
    got = [(x.role, x.item, x.paragraph) for x in truth_lines(text, truth)]
    assert got == [("headline", 0, -1), ("paragraph", 0, 0), ("paragraph", 0, 1), ("furniture", 0, -1)]


def test_profile_and_corrections_override_the_model() -> None:
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    plain = label_page(text, labeller="crf")
    target = next(line for line in plain if line.role == "headline")
    profile = Profile("武进日报", forms={line_form(target.text): "kicker"})
    taught = label_page(text, profile=profile, labeller="crf")
    line = next(x for x in taught if x.index == target.index)
    assert line.role == "kicker" and line.corrected
    fixed = label_page(
        text,
        corrections=[Correction(kind="role", line=target.index, text=target.text, value="subtitle")],
        labeller="crf",
    )
    assert next(x for x in fixed if x.index == target.index).role == "subtitle"


def test_labellers_are_selectable_and_unknown_ones_refused() -> None:
    assert set(LABELLERS) == {"rules", "crf"}
    with pytest.raises(ValueError, match="unknown labeller"):
        label_page("标题\n\n正文。", labeller="nonesuch")
    # Any labeller function too: here one trained now, as the bench does per fold.
    labeller = CrfLabeller.trained(training_pages(_small_training()))
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    _, articles = import_text(text, labeller=labeller.label)
    assert articles and articles[0].page_id


@settings(max_examples=int(os.environ.get("INGEST_EXAMPLES", "60")), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_any_page_like_text_gets_well_formed_labels(text: str) -> None:
    text = text.replace("\r", "\n")
    labelled = crf_labels(text)
    _assert_well_formed(text, labelled)
    items = [line.item for line in labelled]
    assert items == sorted(items)  # items numbered in page order
    articles = build_articles(Page(id="p", source="", text=text), labelled)
    for article in articles:
        assert article.original and article.original in text


def test_settled_tags_open_an_item_at_each_headline_and_none_under_one() -> None:
    tags = [
        "section|B",
        "headline",
        "byline|B",
        "paragraph|B",
        "paragraph|P",
        "furniture",
        "headline",
        "paragraph",
    ]
    assert settle_tags(tags) == [
        "section|B",
        "headline|B",  # a headline after a section opens its own item
        "byline",  # the line under the headings belongs to its item
        "paragraph|B",  # (after a credit, a new item may start: the model's word stands)
        "paragraph|P",
        "furniture",
        "headline|B",  # after body text, a headline opens the next item
        "paragraph",
    ]
    # A heading stack stays one item; tags that already agree are kept as they are.
    stack = ["kicker|B", "headline", "subtitle", "paragraph", "subheading", "paragraph|P"]
    assert settle_tags(stack) == stack


def test_context_features_see_past_the_neighbouring_lines() -> None:
    deck = "加快推进项目建设，确保年内全面完工，以项目建设的确定性应对发展环境的不确定性"
    text = f"全县重点项目建设提速\n{deck}\n{deck}\n本报讯（记者 王芳）今年以来，全县新建高标准农田三万亩。\n"
    features = line_features(text)
    assert "lead_ahead=3" in features[0] and "lead_ahead=1" in features[2]
    assert line_features("") == []
