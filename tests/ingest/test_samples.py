"""The three sample pages import exactly as their truth files say (the scorer's rules)."""

from __future__ import annotations

import pytest

from digest.ingest import import_page
from tests.ingest.ingest_helpers import PAGES, SAMPLE_PAGES, load_truth, score, truth_shape


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_sample_page_matches_truth(name: str) -> None:
    articles = import_page(PAGES / f"{name}.txt")
    result = score(load_truth(name), [truth_shape(a) for a in articles])
    assert result["problems"] == []
    assert result["exact"] == result["items"]
    assert result["joined"] == result["joins"]
    assert result["extra"] == 0


@pytest.mark.parametrize("name", SAMPLE_PAGES)
def test_sample_items_are_stamped(name: str) -> None:
    articles = import_page(PAGES / f"{name}.txt")
    text = (PAGES / f"{name}.txt").read_text("utf-8")
    assert [a.page_order for a in articles] == list(range(len(articles)))
    for article in articles:
        assert article.source == f"{name}.txt"
        assert article.id and len(article.id) == 12
        assert article.imported.startswith("20")
        assert article.original and article.original in text
        # The original holds every paragraph's text, untouched apart from the column breaks.
        flat = "".join(article.original.split())
        for paragraph in article.paragraphs:
            assert "".join(paragraph.split()) in flat


def test_truth_comparison_notices_a_wrong_item() -> None:
    """The reimplemented scorer is not blind: a dropped join and a wrong kind are reported."""
    articles = import_page(PAGES / "wujin-page.txt")
    output = [truth_shape(a) for a in articles]
    output[0]["paragraphs"][2:4] = [output[0]["paragraphs"][2][:10], output[0]["paragraphs"][2][10:]]
    output[2]["kind"] = "article"
    result = score(load_truth("wujin-page"), output)
    assert result["exact"] == result["items"] - 2
    assert any("kind" in p for p in result["problems"])
