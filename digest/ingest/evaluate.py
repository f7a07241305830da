"""Scoring imports against truth files, and the leave-one-paper-out evaluation.

The scoring rules are those of the project's score_import tool: items are aligned in page
order by the start of their body (else their headings); an item is exact when kind, headline,
kicker, subtitle, reporters, sub-headings and paragraphs all match, and right in content when
only the roles of the heading lines differ (the lines themselves, in order, are right). Text
is compared after NFKC folding with all white space removed; `article` and `brief` are one
kind. A join counts when its two fragments stand together in one paragraph.

Leave one paper out: for each paper, the importer is trained (or tuned) on the pages of all
other papers and scores the pages of the held-out paper, so the figure says how it does on a
paper it has not seen.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digest.ingest.decode import decode_bytes, normalise_newlines
from digest.ingest.labeller import rule_labels
from digest.model import Article

# What an import gives for a page's text: the items in the truth files' shape.
Importer = Callable[[str], list[dict[str, Any]]]
# Training: the pages to learn from -> an importer.
Trainer = Callable[[Sequence["TruthPage"]], Importer]


@dataclass
class TruthPage:
    name: str
    paper: str
    text: str
    truth: dict[str, Any]
    round: int = 0  # the manifest's heldout_round (0: pages that may be trained and tuned on)


@dataclass
class Score:
    exact: int = 0
    content: int = 0
    items: int = 0
    joined: int = 0
    joins: int = 0
    extra: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.exact += other.exact
        self.content += other.content
        self.items += other.items
        self.joined += other.joined
        self.joins += other.joins
        self.extra += other.extra
        self.problems.extend(other.problems)

    @property
    def share(self) -> float:
        return self.content / self.items if self.items else 0.0

    def summary(self) -> str:
        return (
            f"items {self.exact}/{self.items} exact, {self.content}/{self.items} right in content "
            f"({self.share:.0%}), joins {self.joined}/{self.joins}"
        )


def fold(text: str | None) -> str:
    if not text:
        return ""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _kind(value: str | None) -> str:
    return "story" if value in ("article", "brief") else (value or "")


def _heading(item: dict[str, Any]) -> str:
    return fold(item.get("kicker")) + fold(item.get("headline")) + fold(item.get("subtitle"))


def _key(item: dict[str, Any]) -> str:
    paragraphs = item.get("paragraphs") or []
    if paragraphs and fold(paragraphs[0]):
        return fold(paragraphs[0])[:12]
    return _heading(item)


def _subheads(item: dict[str, Any]) -> list[str]:
    return [fold(s.get("text") if isinstance(s, dict) else s) for s in item.get("subheadings") or []]


def differences(truth: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Fields that differ; "roles" alone means only the heading roles differ."""
    wrong = []
    if _kind(truth.get("kind")) != _kind(got.get("kind")):
        wrong.append("kind")
    for name in ("headline", "kicker", "subtitle"):
        if fold(truth.get(name)) != fold(got.get(name)):
            wrong.append(name)
    if sorted(map(fold, truth.get("reporters") or [])) != sorted(map(fold, got.get("reporters") or [])):
        wrong.append("reporters")
    if _subheads(truth) != _subheads(got):
        wrong.append("subheadings")
    if [fold(p) for p in truth.get("paragraphs") or []] != [fold(p) for p in got.get("paragraphs") or []]:
        wrong.append("paragraphs")
    roles = {"headline", "kicker", "subtitle"}
    if roles & set(wrong) and _heading(truth) == _heading(got):
        wrong = [w for w in wrong if w not in roles] + ["roles"]
    return wrong


def score_page(truth_doc: dict[str, Any], output: list[dict[str, Any]], name: str = "") -> Score:
    truth = truth_doc["articles"]
    matcher = difflib.SequenceMatcher(a=[_key(t) for t in truth], b=[_key(o) for o in output], autojunk=False)
    pairs: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for i in range(block.size):
            pairs[block.a + i] = block.b + i
    result = Score(items=len(truth))
    for index, item in enumerate(truth):
        label = f"{name} item {index} ({item.get('kind')} {_key(item)[:16]})"
        if index not in pairs:
            result.problems.append(f"{label}: not found")
            continue
        wrong = differences(item, output[pairs[index]])
        if wrong:
            result.problems.append(f"{label}: differs in {', '.join(wrong)}")
        result.exact += not wrong
        result.content += wrong in ([], ["roles"])
    text = [fold(p) for o in output for p in o.get("paragraphs") or []]
    for left, right in truth_doc.get("joins") or []:
        result.joins += 1
        if any(fold(left) + fold(right) in p for p in text):
            result.joined += 1
        else:
            result.problems.append(f"{name} join not made: {left}|{right}")
    result.extra = len(output) - len(pairs)
    return result


def article_dict(article: Article) -> dict[str, Any]:
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


# -- the pages -----------------------------------------------------------------------------


def load_manifest(folder: Path, held_out: bool | None = False) -> list[TruthPage]:
    """The pages of an evaluation corpus: `manifest.json` lists file, truth, paper, encoding.

    Pages marked `heldout_round` were collected after the rules were written and must never be
    tuned or calibrated on: `held_out=False` (the default) leaves them out, `True` gives only
    them, `None` gives every page.
    """
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        return []
    pages = []
    for entry in json.loads(manifest.read_text("utf-8")):
        if held_out is not None and bool(entry.get("heldout_round")) != held_out:
            continue
        text = decode_bytes((folder / entry["file"]).read_bytes(), entry["file"])
        truth = json.loads((folder / entry["truth"]).read_text("utf-8"))
        name = Path(entry["file"]).name.removesuffix(".txt")
        pages.append(TruthPage(name, entry["paper"], text, truth, int(entry.get("heldout_round") or 0)))
    return pages


def load_folder(folder: Path, paper: Callable[[str], str]) -> list[TruthPage]:
    """Every NAME.txt with a NAME.truth.json in `folder`; `paper` names each page's paper."""
    pages = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        name = truth_path.name.removesuffix(".truth.json")
        page = folder / f"{name}.txt"
        if page.is_file():
            text = decode_bytes(page.read_bytes(), page.name)
            pages.append(TruthPage(name, paper(name), text, json.loads(truth_path.read_text("utf-8"))))
    return pages


# The shared sample pages' papers (tests/fixtures/pages); tests/ingest/data holds written pages.
SAMPLE_PAPERS = {"wujin-page": "武进日报", "xinmin-page-a": "新民晚报", "xinmin-page-b": "新民晚报"}


def repository_pages(root: Path) -> list[TruthPage]:
    """The repository's own test pages (samples and written pages), which the rules were tuned on."""
    pages = load_folder(root / "tests" / "fixtures" / "pages", lambda name: SAMPLE_PAPERS.get(name, name))
    for folder in ("unseen", "heldout"):
        pages += load_folder(root / "tests" / "ingest" / "data" / folder, lambda name: f"(written) {name}")
    return pages


# -- evaluation ----------------------------------------------------------------------------


def score_pages(importer: Importer, pages: Iterable[TruthPage]) -> dict[str, Score]:
    """Scores per paper of `importer` on `pages`."""
    scores: dict[str, Score] = {}
    for page in pages:
        scores.setdefault(page.paper, Score()).add(score_page(page.truth, importer(page.text), page.name))
    return scores


def leave_one_paper_out(
    trainer: Trainer, pages: Sequence[TruthPage], papers: Iterable[str] | None = None
) -> dict[str, Score]:
    """For each paper (of `papers`, default all): train on the other papers' pages, score its own."""
    held = sorted({p.paper for p in pages}) if papers is None else list(papers)
    scores: dict[str, Score] = {}
    for paper in held:
        importer = trainer([p for p in pages if p.paper != paper])
        scores.update(score_pages(importer, [p for p in pages if p.paper == paper]))
    return scores


def total(scores: dict[str, Score]) -> Score:
    out = Score()
    for score in scores.values():
        out.add(score)
    return out


# -- line roles from a truth file, and how well the confidences say when a label is wrong ------

COARSE = {
    "kicker": "heading",
    "headline": "heading",
    "subtitle": "heading",
    "section": "section",
    "subheading": "subheading",
    "paragraph": "body",
    "caption": "body",
    "byline": "credit",
    "dateline": "credit",
    "caption_credit": "credit",
    "closing_credit": "credit",
    "jump": "credit",
    "furniture": "other",
}


def truth_line_roles(text: str, truth: dict[str, Any]) -> dict[int, str]:
    """The coarse role (see COARSE) of each non-blank line that the truth file accounts for.

    A line equal to (or part of) an item's heading is a heading ("section" for a section item);
    a line equal to a sub-head is a sub-head; a line holding body text is body; a line naming an
    item's reporter, and nothing of its text, is a credit. Lines the truth leaves out are "other".
    """
    headings: list[tuple[str, str]] = []
    subheads: set[str] = set()
    bodies: list[str] = []
    names: set[str] = set()
    for item in truth["articles"]:
        for field_name in ("kicker", "headline", "subtitle"):
            value = fold(item.get(field_name))
            if value:
                headings.append((value, "section" if item.get("kind") == "section" else "heading"))
        subheads.update(_subheads(item))
        bodies.extend(fold(p) for p in item.get("paragraphs") or [] if fold(p))
        names.update(fold(n) for n in item.get("reporters") or [] if fold(n))
    roles: dict[int, str] = {}
    for number, raw in enumerate(text.split("\n")):
        line = fold(raw)
        if not line:
            continue
        if line in subheads:
            roles[number] = "subheading"
        elif any(line == h for h, _ in headings):
            roles[number] = next(role for h, role in headings if h == line)
        elif any(len(line) >= 4 and line in body for body in bodies):
            roles[number] = "body"
        elif any(len(line) >= 2 and line in h for h, _ in headings):
            roles[number] = next(role for h, role in headings if line in h)
        elif any(len(body) >= 4 and body[:12] in line for body in bodies):
            roles[number] = "body"  # the body's start behind a dateline or a run-in headline
        elif any(name in line for name in names) and len(line) <= 40:
            roles[number] = "credit"
        else:
            roles[number] = "other"
    return roles


@dataclass
class Calibration:
    """Labels right (coarse role as the truth says) per confidence band."""

    bands: dict[str, list[int]] = field(default_factory=dict)  # band -> [right, all]

    def add(self, confidence: float, right: bool) -> None:
        low = min(int(confidence * 10), 9) / 10
        counts = self.bands.setdefault(f"{low:.1f}-{low + 0.1:.1f}", [0, 0])
        counts[0] += right
        counts[1] += 1


def label_samples(page: TruthPage) -> list[tuple[str, float, bool]]:
    """(role, raw confidence, right) for each line of `page` its truth file accounts for."""
    truth = truth_line_roles(page.text, page.truth)
    return [
        (line.role, line.confidence, COARSE[line.role] == truth[line.index])
        for line in rule_labels(normalise_newlines(page.text), calibrate=False)
        if line.index in truth
    ]
