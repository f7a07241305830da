"""Shared helpers for the ingest tests: the truth-file comparison of score_import.py, reimplemented."""

from __future__ import annotations

import difflib
import json
import unicodedata
from pathlib import Path

from digest.model import Article

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
DATA = Path(__file__).resolve().parent / "data"
SAMPLE_PAGES = ("wujin-page", "xinmin-page-a", "xinmin-page-b")
# Pages in other layouts, written for the tests (see data/unseen/README.md); NAME.txt + NAME.truth.json.
UNSEEN = DATA / "unseen"
UNSEEN_PAGES = tuple(sorted(path.name.removesuffix(".truth.json") for path in UNSEEN.glob("*.truth.json")))
# Pages written before the rules were looked at, scored once as found (see data/heldout/README.md).
HELDOUT = DATA / "heldout"
HELDOUT_PAGES = tuple(sorted(path.name.removesuffix(".truth.json") for path in HELDOUT.glob("*.truth.json")))


def fold(text: str | None) -> str:
    """NFKC folding with all white space removed, as the scorer compares text."""
    if not text:
        return ""
    return "".join(unicodedata.normalize("NFKC", text).split())


def truth_shape(article: Article) -> dict:
    """An Article in the shape of a truth file's item."""
    return {
        "kind": article.kind,
        "headline": article.headline,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "reporters": list(article.reporters),
        "paragraphs": list(article.paragraphs),
        "subheadings": [
            {"text": s.text, "before_paragraph": s.before_paragraph} for s in article.subheadings
        ],
    }


def _kind(value: str | None) -> str:
    return "story" if value in ("article", "brief") else (value or "")


def _key(item: dict) -> str:
    paragraphs = item.get("paragraphs") or []
    if paragraphs and fold(paragraphs[0]):
        return fold(paragraphs[0])[:12]
    return fold(item.get("kicker")) + fold(item.get("headline")) + fold(item.get("subtitle"))


def _headings(item: dict) -> str:
    return fold(item.get("kicker")) + fold(item.get("headline")) + fold(item.get("subtitle"))


def differences(truth: dict, got: dict) -> list[str]:
    """Fields that differ between a truth item and an output item (exact match: empty list)."""
    wrong = []
    if _kind(truth.get("kind")) != _kind(got.get("kind")):
        wrong.append("kind")
    for name in ("headline", "kicker", "subtitle"):
        if fold(truth.get(name)) != fold(got.get(name)):
            wrong.append(name)
    if sorted(map(fold, truth.get("reporters") or [])) != sorted(map(fold, got.get("reporters") or [])):
        wrong.append("reporters")
    subs_truth = [fold(s["text"]) for s in truth.get("subheadings") or []]
    subs_got = [fold(s["text"]) for s in got.get("subheadings") or []]
    if subs_truth != subs_got:
        wrong.append("subheadings")
    if [fold(p) for p in truth.get("paragraphs") or []] != [fold(p) for p in got.get("paragraphs") or []]:
        wrong.append("paragraphs")
    return wrong


def score(truth_doc: dict, output: list[dict]) -> dict:
    """Items exact, items found, joins made, with the list of problems (like score_import.py)."""
    truth = truth_doc["articles"]
    matcher = difflib.SequenceMatcher(a=[_key(t) for t in truth], b=[_key(o) for o in output], autojunk=False)
    pairs: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for i in range(block.size):
            pairs[block.a + i] = block.b + i
    problems: list[str] = []
    exact = content = 0
    for index, item in enumerate(truth):
        if index not in pairs:
            problems.append(f"item {index} not found")
            continue
        got = output[pairs[index]]
        wrong = differences(item, got)
        if wrong:
            problems.append(f"item {index} differs in {wrong}")
        exact += not wrong
        # Right in content: only the roles of the heading lines differ (kicker/headline/subtitle).
        roles = {"headline", "kicker", "subtitle"}
        content += not (set(wrong) - roles) and _headings(item) == _headings(got)
    text = [fold(p) for o in output for p in o.get("paragraphs") or []]
    joined = 0
    for left, right in truth_doc.get("joins") or []:
        if any(fold(left) + fold(right) in p for p in text):
            joined += 1
        else:
            problems.append(f"join not made: {left}|{right}")
    return {
        "exact": exact,
        "content": content,
        "items": len(truth),
        "joined": joined,
        "joins": len(truth_doc.get("joins") or []),
        "extra": len(output) - len(pairs),
        "problems": problems,
    }


def load_truth(name: str, folder: Path = PAGES) -> dict:
    return json.loads((folder / f"{name}.truth.json").read_text("utf-8"))
