"""Pages in layouts the importer was not built on (人民日报, 新华社, photo blocks, briefs, Big5 …).

Their truth files were written by hand from the page text. The set is scored like the samples,
with a floor on items right in content (only the roles of heading lines may differ).
"""

from __future__ import annotations

import pytest

from digest.ingest import import_page, read_page
from tests.ingest.ingest_helpers import UNSEEN, UNSEEN_PAGES, fold, load_truth, score, truth_shape

MIN_CONTENT = 0.9


def test_there_are_enough_unseen_pages() -> None:
    assert len(UNSEEN_PAGES) >= 6
    assert all((UNSEEN / f"{name}.txt").is_file() for name in UNSEEN_PAGES)


@pytest.mark.parametrize("name", UNSEEN_PAGES)
def test_truth_file_agrees_with_its_page(name: str) -> None:
    """A typo in a hand-written truth file would make the score meaningless: every heading,
    paragraph and joined pair of the truth must be in the page text, in page order."""
    page = fold(read_page(UNSEEN / f"{name}.txt"))
    truth = load_truth(name, UNSEEN)
    position = 0
    for item in truth["articles"]:
        for part in [item.get("kicker"), item.get("headline"), item.get("subtitle"), *item["paragraphs"]]:
            if not part:
                continue
            found = page.find(fold(part), position)
            assert found >= 0, f"{name}: not in the page (or out of order): {part[:20]}"
            position = found
        for sub in item["subheadings"]:
            assert fold(sub["text"]) in page
            assert 0 <= sub["before_paragraph"] < len(item["paragraphs"])
        assert item["kind"] in ("article", "brief", "caption", "section")
        if item["kind"] == "brief":
            assert len(item["paragraphs"]) == 1
    for left, right in truth["joins"]:
        assert fold(left) + fold(right) in page


def test_unseen_pages_score_at_least_the_floor() -> None:
    totals = {"exact": 0, "content": 0, "items": 0, "joined": 0, "joins": 0}
    report = []
    for name in UNSEEN_PAGES:
        articles = import_page(UNSEEN / f"{name}.txt")
        result = score(load_truth(name, UNSEEN), [truth_shape(a) for a in articles])
        for key in totals:
            totals[key] += result[key]
        report.append(f"{name}: {result['content']}/{result['items']} {result['problems']}")
    print(
        f"unseen pages: items {totals['exact']}/{totals['items']} exact, "
        f"{totals['content']}/{totals['items']} right in content, joins {totals['joined']}/{totals['joins']}"
    )
    assert totals["content"] >= MIN_CONTENT * totals["items"], "\n".join(report)
    assert totals["joined"] >= MIN_CONTENT * totals["joins"], "\n".join(report)


def test_scoring_counts_heading_roles_as_content() -> None:
    """The floor is on content: a kicker read as a subtitle still counts, a lost sub-head does not."""
    truth = load_truth("xinhua-page", UNSEEN)
    output = [dict(item) for item in truth["articles"]]
    feature = output[2]
    output[2] = {**feature, "kicker": None, "subtitle": feature["headline"], "headline": feature["kicker"]}
    result = score(truth, output)
    assert (result["exact"], result["content"]) == (result["items"] - 1, result["items"])
    output[2] = {**feature, "subheadings": []}
    assert score(truth, output)["content"] == result["items"] - 1
