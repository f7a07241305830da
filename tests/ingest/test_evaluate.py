"""The evaluation: the scorer's rules, leave-one-paper-out folds, truth line roles."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from digest.ingest.evaluate import (
    Calibration,
    TruthPage,
    article_dict,
    leave_one_paper_out,
    load_manifest,
    repository_pages,
    score_page,
    truth_line_roles,
)
from digest.ingest.pipeline import import_text
from tests.ingest.ingest_helpers import PAGES, load_truth, score

BODY = "今年以来，全县新建高标准农田三万亩，粮食产量稳中有升，农民收入持续增长。"
TRUTH = {
    "articles": [
        {"kind": "section", "headline": "第05版：要闻", "paragraphs": [], "reporters": [], "subheadings": []},
        {
            "kind": "brief",
            "headline": "农田建设提速",
            "kicker": None,
            "subtitle": None,
            "reporters": ["王芳"],
            "paragraphs": [BODY],
            "subheadings": [],
        },
    ],
    "joins": [],
}
TEXT = f"第05版：要闻\n\n农田建设提速\n\n本报讯（记者 王芳）{BODY}\n\n上一版 下一版\n"


def test_scoring_agrees_with_the_test_helpers_scorer() -> None:
    text = (PAGES / "wujin-page.txt").read_text("utf-8")
    output = [article_dict(a) for a in import_text(text)[1]]
    output[2]["kind"] = "article"
    output[0]["paragraphs"] = output[0]["paragraphs"][1:]
    truth = load_truth("wujin-page")
    mine, theirs = score_page(truth, output), score(truth, output)
    assert (mine.exact, mine.content, mine.items, mine.joined) == (
        theirs["exact"],
        theirs["content"],
        theirs["items"],
        theirs["joined"],
    )
    assert mine.content == mine.items - 2


def test_heading_roles_alone_count_as_content() -> None:
    output = [dict(item) for item in TRUTH["articles"]]
    output[1] = {**output[1], "headline": None, "kicker": "农田建设提速"}
    result = score_page(TRUTH, output)
    assert (result.exact, result.content) == (1, 2)


def test_each_fold_trains_without_the_held_out_paper() -> None:
    pages = [TruthPage(f"p{i}", paper, TEXT, TRUTH) for i, paper in enumerate(["甲报", "甲报", "乙报"])]
    seen: list[set[str]] = []

    def trainer(train: Sequence[TruthPage]):  # type: ignore[no-untyped-def]
        seen.append({p.paper for p in train})
        return lambda text: [article_dict(a) for a in import_text(text)[1]]

    scores = leave_one_paper_out(trainer, pages)
    assert sorted(map(sorted, seen)) == [["乙报"], ["甲报"]]  # one fold per paper, never its own
    assert scores["甲报"].items == 4 and scores["甲报"].content == 4


def test_truth_line_roles() -> None:
    roles = truth_line_roles(TEXT, TRUTH)
    assert roles == {0: "section", 2: "heading", 4: "body", 6: "other"}
    calibration = Calibration()
    calibration.add(0.95, True)
    calibration.add(0.91, False)
    assert calibration.bands == {"0.9-1.0": [1, 2]}


def test_manifest_rounds_keep_held_out_pages_apart(tmp_path: Path) -> None:
    entries = []
    for name, held in (("a", None), ("b", 2), ("c", 3)):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / f"{name}.truth.json").write_text(json.dumps(TRUTH), encoding="utf-8")
        entry: dict[str, object] = {"file": f"{name}.txt", "truth": f"{name}.truth.json", "paper": name}
        if held:
            entry["heldout_round"] = held
        entries.append(entry)
    (tmp_path / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    assert [(p.name, p.round) for p in load_manifest(tmp_path)] == [("a", 0)]
    assert [(p.name, p.round) for p in load_manifest(tmp_path, held_out=True)] == [("b", 2), ("c", 3)]
    assert len(load_manifest(tmp_path, held_out=None)) == 3


def test_repository_pages_are_the_samples_and_written_pages() -> None:
    pages = repository_pages(Path(__file__).resolve().parents[2])
    papers = {p.paper for p in pages}
    assert {"武进日报", "新民晚报"} <= papers
    assert any(p.startswith("(written) ") for p in papers)
    assert all(p.round == 0 for p in pages)
