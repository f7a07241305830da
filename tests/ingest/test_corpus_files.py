"""The evaluation corpus (tests/fixtures/corpus) is well-formed: every page has a truth file in
the samples' schema whose texts are on the page, and the manifest lists every file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
ENTRIES = {entry["file"]: entry for entry in MANIFEST}
ARTICLE_FIELDS = (
    "kind",
    "headline",
    "kicker",
    "subtitle",
    "byline",
    "reporters",
    "paragraphs",
    "subheadings",
)
KINDS = {"article", "brief", "caption", "section"}


def squash(text: str) -> str:
    return "".join(text.split())


def page_text(entry: dict) -> str:
    return (CORPUS / entry["file"]).read_bytes().decode(entry["encoding"])


def test_manifest_lists_every_page_and_truth_file() -> None:
    pages = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.txt")}
    truths = {p.relative_to(CORPUS).as_posix() for p in CORPUS.glob("*/*.truth.json")}
    assert pages == set(ENTRIES)
    assert truths == {entry["truth"] for entry in MANIFEST}
    for entry in MANIFEST:
        source = entry["source"]
        assert (source.get("repository") and source.get("path") and source.get("commit")) or source.get("url")
        assert entry["paper"] and entry["date"] and entry["page"]
    assert len({entry["paper"] for entry in MANIFEST}) >= 12


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_truth_is_well_formed_and_its_text_is_on_the_page(name: str) -> None:
    entry = ENTRIES[name]
    truth = json.loads((CORPUS / entry["truth"]).read_text("utf-8"))
    page = squash(page_text(entry))
    assert truth["articles"]
    for article in truth["articles"]:
        for field in ARTICLE_FIELDS:
            assert field in article, field
        assert article["kind"] in KINDS
        assert isinstance(article["reporters"], list)
        for heading in (article["headline"], article["kicker"], article["subtitle"], article["byline"]):
            if heading:
                assert squash(heading) in page, heading
        for paragraph in article["paragraphs"]:
            assert paragraph.strip() and squash(paragraph) in page, paragraph[:20]
        for sub in article["subheadings"]:
            assert squash(sub["text"]) in page
            assert 0 < sub["before_paragraph"] < len(article["paragraphs"])
        for name_ in article["reporters"]:
            assert name_ and squash(name_) in page
    for left, right in truth["joins"]:
        assert squash(left) in page and squash(right) in page
        assert any(
            squash(left) + squash(right) in squash(p) for a in truth["articles"] for p in a["paragraphs"]
        )


def test_non_utf8_copies_decode_only_in_their_own_encoding() -> None:
    others = [entry for entry in MANIFEST if entry["encoding"] != "utf-8"]
    assert others
    for entry in others:
        raw = (CORPUS / entry["file"]).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")


# Papers the held-out rounds must not use: the samples' papers and those kept for the independent
# evaluation (issue 8).
SAMPLE_PAPERS = {"武进日报", "新民晚报"}
KEPT_FOR_EVALUATION = {
    "人民日报",
    "新华每日电讯",
    "学习时报",
    "郑州日报",
    "郑州晚报",
    "洛阳日报",
    "洛阳晚报",
    "信阳日报",
    "周口晚报",
}


def test_each_held_out_round_uses_papers_no_earlier_round_used() -> None:
    rounds: dict[int, set[str]] = {}
    for entry in MANIFEST:
        rounds.setdefault(entry.get("heldout_round") or 1, set()).add(entry["paper"])
    assert {2, 3} <= set(rounds)
    seen = set(rounds[1])
    for number in sorted(rounds)[1:]:
        papers = rounds[number]
        assert not papers & seen, (number, papers & seen)
        assert not papers & (SAMPLE_PAPERS | KEPT_FOR_EVALUATION), number
        seen |= papers
    assert len(rounds[3]) >= 6
    assert sum(entry.get("heldout_round") == 3 for entry in MANIFEST) >= 15


def test_no_page_comes_from_a_sample_paper_or_one_kept_for_evaluation() -> None:
    papers = {entry["paper"] for entry in MANIFEST}
    assert not papers & (SAMPLE_PAPERS | KEPT_FOR_EVALUATION)


# Round 1b: training pages added to round 1 (no heldout_round) from papers no other page uses.
ROUND1B_PAGES = 28
ROUND1B_PAPERS = 23


def test_round1b_adds_training_pages_from_new_papers() -> None:
    batch = [entry for entry in MANIFEST if entry.get("batch") == "round1b"]
    assert not any(entry.get("heldout_round") for entry in batch)
    papers = {entry["paper"] for entry in batch}
    others = {entry["paper"] for entry in MANIFEST if entry.get("batch") != "round1b"}
    assert not papers & others, papers & others
    assert len(batch) >= ROUND1B_PAGES
    assert len(papers) >= ROUND1B_PAPERS


def test_calibration_never_loads_held_out_pages() -> None:
    from digest.ingest.evaluate import load_manifest

    held_out = sum(bool(entry.get("heldout_round")) for entry in MANIFEST)
    assert len(load_manifest(CORPUS)) == len(MANIFEST) - held_out
    assert len(load_manifest(CORPUS, held_out=True)) == held_out
    assert len(load_manifest(CORPUS, held_out=None)) == len(MANIFEST)
