"""The learned labeller: a linear-chain CRF (python-crfsuite) over the lines of a page.

Each non-blank line gets one tag: its role (LINE_ROLES) and, for lines that are not page
furniture, whether it opens a new item (`|B`), a new paragraph of its item (`|P`) or carries
the item's headline run into its text (`|R`). From the tags the labelled lines are rebuilt
(items and paragraphs numbered in page order), so assemble.build_articles reads them as it
reads the rule labeller's. A line's confidence is the model's marginal probability of its role.

Features describe a line's shape (length, Han share, end punctuation, credit, date and page
label forms, markers, indentation, blank lines around it), what the rule labeller
(labeller.py) said of it, and the same of its neighbours (two lines away: the rules' reading
and the coarse shape only); beyond them, its stretch of the page (`_context`: how far the next
lead credit or photo credit is with no body sentence between, how far the last and next body
sentence are, its length against the page's usual line, its place in its block). No feature
says where on the page a line stands. The tags are then settled to the page's grammar
(`settle_tags`: a headline opens an item, the lines under it do not). The model is trained
from the truth files (truth_lines.training_pages) by `scripts/train_labeller.py` and shipped
as MODEL; pipeline.DEFAULT_LABELLER says whether it or the rules label by default.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

import pycrfsuite

from digest.ingest.bylines import (
    author_name_line,
    byline_line,
    institution_credit,
    is_author_note,
    leading_byline,
    note_line,
    photo_credit_line,
    split_jumps,
    trailing_credit,
)
from digest.ingest.evidence import heading_style, opens_paragraph, starts_with_figure
from digest.ingest.labeller import in_parts, rule_labels
from digest.ingest.leadins import lead_in_headline
from digest.ingest.lines import BODY_ROLES, HEADING_ROLES, LabelledLine, page_lines
from digest.ingest.units import compact, ends_mid_clause, ends_sentence, is_furniture, is_label, is_page_label
from digest.ingest.units import looks_like_heading as heading_shaped
from digest.text import is_han

MODEL = Path(__file__).with_name("data") / "labeller.crfsuite"
# Training settings (chosen on round 1 leave one paper out; see scripts/train_labeller.py).
TRAIN_PARAMS: dict[str, float | int] = {"c1": 0.2, "c2": 0.05, "max_iterations": 150}

Features = list[str]

_DATE = re.compile(r"\d{1,4}\s*年|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
_CREDIT_WORDS = (
    "记者",
    "記者",
    "通讯员",
    "通訊員",
    "本报讯",
    "本報訊",
    "摄",
    "攝",
    "电",
    "電",
    "编辑",
    "編輯",
)
# What the lines two away contribute: the rules' reading and the coarse shape.
_FAR = ("rule", "blank", "len=", "end_sentence", "page_label", "furniture")
_BRACKET_END = re.compile(r"[（(][^（）()]{1,30}[）)]$")


def _bucket(size: int) -> str:
    for limit in (2, 4, 8, 12, 16, 20, 26, 32, 45, 60, 100):
        if size <= limit:
            return str(limit)
    return "more"


def _shape(text: str, raw: str) -> list[str]:
    """Features of one line alone."""
    flat = compact(text)
    size = len(flat)
    han = sum(1 for ch in flat if is_han(ch))
    out = [
        f"len={_bucket(size)}",
        f"han={round(han / size * 4) if size else 0}",
        f"last={_char_class(flat[-1])}" if flat else "last=",
        f"first={_char_class(flat[0])}" if flat else "first=",
    ]
    flags = {
        "end_sentence": ends_sentence(text),
        "end_clause": ends_mid_clause(text),
        "heading_shape": heading_shaped(text),
        "label": is_label(text),
        "page_label": is_page_label(text),
        "furniture": is_furniture(text),
        "byline": byline_line(text) is not None,
        "photo_credit": photo_credit_line(text) is not None,
        "author_name": author_name_line(text) is not None,
        "institution": institution_credit(text),
        "author_note": is_author_note(text),
        "note": note_line(text),
        "leading_byline": leading_byline(text) is not None,
        "trailing_credit": trailing_credit(text) is not None,
        "lead_in": lead_in_headline(text) is not None,
        "jump": any(split_jumps(text)[::2]),
        "opens_paragraph": opens_paragraph(text),
        "figure_start": starts_with_figure(text),
        "date": _DATE.search(text) is not None,
        "bracket_end": _BRACKET_END.search(flat) is not None,
        "inner_space": " " in text.strip() or "\u3000" in text.strip(),
        "indent": raw[:1] in (" ", "\u3000", "\t"),
        "comma": "，" in text or "," in text,
        "full_stop": "。" in text,
        "colon_end": flat.endswith(("：", ":")),
        "question": "？" in text or "?" in text,
    }
    out += [name for name, value in flags.items() if value]
    out += [f"word:{word}" for word in _CREDIT_WORDS if word in flat]
    style = heading_style(text)
    if style:
        out.append(f"style={style.split(':')[0]}")
    return out


def _char_class(ch: str) -> str:
    if is_han(ch):
        return "han"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    return ch  # punctuation and marks stand for themselves


def line_features(text: str) -> list[Features]:
    """The feature list of every non-blank line of a page (newlines normalised)."""
    lines = page_lines(text)
    raw_lines = text.split("\n")
    rules = rule_labels(text, calibrate=False)
    rule_tags = dict(zip((line.index for line in rules), tags_of(rules), strict=True))
    by_index = {line.index: line for line in rules}
    own: list[list[str]] = []
    for number, stripped, _ in lines:
        rule = by_index.get(number)
        features = _shape(stripped, raw_lines[number])
        if rule is not None:
            features.append(f"rule={rule.role}")
            features.append(f"rule_tag={rule_tags[number]}")
            features.append(f"rule_conf={round(rule.confidence, 1)}")
        blank_before = number == 0 or not raw_lines[number - 1].strip()
        blank_after = number + 1 >= len(raw_lines) or not raw_lines[number + 1].strip()
        features += [f"blank_before={blank_before}", f"blank_after={blank_after}"]
        own.append(features)
    context = _context([stripped for _, stripped, _ in lines], own)
    # No feature says where on the page a line stands: trained on few papers, the model took
    # "first line" for furniture (their pages open with a web view's menu) and lost on the rest.
    out: list[Features] = []
    count = len(lines)
    for position, features in enumerate(own):
        row = ["bias", *features]
        for offset in (-2, -1, 1, 2):
            other = position + offset
            if 0 <= other < count:
                keep = own[other] if abs(offset) == 1 else [f for f in own[other] if f.startswith(_FAR)]
                row += [f"{offset:+d}:{f}" for f in keep]
            else:
                row.append(f"{offset:+d}:none")
        labels_near = sum(1 for f in own[max(0, position - 3) : position + 4] if "page_label" in f)
        row.append(f"page_labels_near={min(labels_near, 3)}")
        row += context[position]
        if position > 0:
            before, here = len(compact(lines[position - 1][1])), len(compact(lines[position][1]))
            row.append(f"len_ratio={_bucket(round(10 * here / max(before, 1)))}")
        out.append(row)
    return out


_PICTURE = re.compile(r"^[（(]?(?:大图|小图|上图|下图|左图|右图|中图|图为|图一|图二|图三|图\d|组图|▲|△)")


def _context(texts: Sequence[str], own: Sequence[Features]) -> list[Features]:
    """What a line's stretch of the page says of it, beyond the two lines either side.

    How far the next lead (a paragraph opening with its credit or dateline, 本报讯…) and the next
    photo credit are, with no sentence of body text in between (lines above a lead are heading
    material, lines above a photo credit are a caption); how far the last and next sentence of
    body text are; the line's length against the page's usual line; its place in its block of
    lines between blank lines.
    """
    count = len(texts)
    if not count:
        return []
    sizes = [len(compact(text)) for text in texts]
    median = sorted(sizes)[count // 2] if count else 1
    body = [
        "end_sentence" in features and size >= 20 and "rule=paragraph" in features
        for features, size in zip(own, sizes, strict=True)
    ]
    lead = [
        leading_byline(text) is not None or "word:本报讯" in features
        for text, features in zip(texts, own, strict=True)
    ]
    photo = ["photo_credit" in features for features in own]
    out: list[Features] = []
    for position in range(count):
        row = [f"rel_len={_bucket(round(4 * sizes[position] / max(median, 1)))}"]
        for name, marks in (("lead_ahead", lead), ("photo_ahead", photo)):
            for distance in range(1, 5):
                other = position + distance
                if other >= count:
                    break
                if marks[other]:
                    row.append(f"{name}={distance}")
                    break
                if body[other]:
                    break
        for distance in range(1, 4):
            other = position - distance
            if other < 0:
                row.append("body_behind=start")
                break
            if photo[other]:
                row.append(f"photo_behind={distance}")
                break
            if body[other]:
                row.append(f"body_behind={distance}")
                break
        else:
            row.append("body_behind=far")
        for distance in range(1, 4):
            other = position + distance
            if other >= count:
                row.append("body_ahead=end")
                break
            if body[other]:
                row.append(f"body_ahead={distance}")
                break
        else:
            row.append("body_ahead=far")
        if _PICTURE.match(texts[position]):
            row.append("picture")
        out.append(row)
    # The line's place in its block (lines between blank lines).
    starts = [position for position in range(count) if "blank_before=True" in own[position] or position == 0]
    for first, after in zip(starts, [*starts[1:], count], strict=True):
        size = after - first
        for position in range(first, after):
            if size == 1:
                where = "only"
            else:
                where = "first" if position == first else "last" if position == after - 1 else "mid"
            out[position] += [f"block={where}", f"block_size={_bucket(size)}"]
    return out


# -- tags ------------------------------------------------------------------------------------


def tags_of(lines: Sequence[LabelledLine]) -> list[str]:
    """The tag of each labelled line: role, plus |B (new item), |P (new paragraph), |R (run-in)."""
    tags = []
    item = None
    paragraph_of: dict[int, int] = {}  # item -> its last body line's paragraph
    for line in lines:
        if line.role == "furniture":
            tags.append("furniture")
            continue
        tag = line.role
        if line.item != item:
            tag += "|B"
        elif (
            line.role in BODY_ROLES
            and line.item in paragraph_of
            and paragraph_of[line.item] != line.paragraph
        ):
            tag += "|P"
        if line.role in BODY_ROLES:
            paragraph_of[line.item] = line.paragraph
            if line.run_in:
                tag += "|R"
        item = line.item
        tags.append(tag)
    return tags


def lines_from_tags(
    text: str, tags: Sequence[str], confidences: Sequence[float] | None = None
) -> list[LabelledLine]:
    """The labelled lines the tags describe (items and paragraphs numbered in page order)."""
    out: list[LabelledLine] = []
    item = -1
    started = False  # a line other than furniture seen
    paragraph = -1
    last_body: dict[int, int] = {}  # item -> paragraph of its last body line
    for position, ((number, stripped, start), tag) in enumerate(zip(page_lines(text), tags, strict=True)):
        role, *flags = tag.split("|")
        confidence = confidences[position] if confidences is not None else 1.0
        if role == "furniture":
            # Inside an item, build_articles ignores furniture; before any, it stands alone.
            item = max(item, 0)
            out.append(LabelledLine(number, stripped, start, role, confidence, item))
            continue
        if not started or "B" in flags:
            item += 1
            started = True
        line = LabelledLine(number, stripped, start, role, confidence, item)
        if role in BODY_ROLES:
            if "B" in flags or "P" in flags or item not in last_body:
                paragraph += 1
                last_body[item] = paragraph
            line.paragraph = last_body[item]
            line.run_in = "R" in flags
        out.append(line)
    return out


def settle_tags(tags: Sequence[str]) -> list[str]:
    """The tags with the item boundaries a page's grammar requires (the model tags line by line
    and sometimes misses them): a kicker or headline after anything but a heading line opens a
    new item (`|B`); a line right under an item's headings (byline, lead, body) does not.
    """
    out = list(tags)
    previous = ""
    for position, tag in enumerate(out):
        role, *flags = tag.split("|")
        if role == "furniture":
            continue
        if previous:
            opens = role in ("kicker", "headline")
            if opens and "B" not in flags and previous not in HEADING_ROLES:
                flags.insert(0, "B")
            elif not opens and role != "section" and "B" in flags and previous in HEADING_ROLES:
                flags.remove("B")
            out[position] = "|".join([role, *flags])
        previous = role
    return out


# -- training and tagging --------------------------------------------------------------------


def train(pages: Iterable[tuple[str, list[LabelledLine]]], model: Path) -> None:
    """Train a model on (page text, its truth lines) pairs and write it to `model`.

    Deterministic: the same pages in the same order give the same model.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    for text, lines in pages:
        trainer.append(line_features(text), tags_of(lines))
    trainer.set_params(TRAIN_PARAMS)
    model.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model))


class CrfLabeller:
    """A trained model, ready to label pages."""

    def __init__(self, model: Path) -> None:
        # Read into memory: the file may go (a fold's model in a temporary folder) and no
        # handle stays open on it. crfsuite reads the buffer in place: it is kept alive here.
        self._model = model.read_bytes()
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open_inmemory(self._model)
        self._labels: list[str] = list(self._tagger.labels())

    @classmethod
    def trained(cls, pages: Iterable[tuple[str, list[LabelledLine]]]) -> CrfLabeller:
        """A labeller trained on `pages` now (its model file is read in, then removed)."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "model.crfsuite"
            train(pages, path)
            return cls(path)

    def label(self, text: str) -> list[LabelledLine]:
        """Label every non-blank line of `text` (newlines normalised), a long page in parts."""
        return in_parts(text, self._label_part)

    def _label_part(self, text: str) -> list[LabelledLine]:
        features = line_features(text)
        if not features:
            return []
        tags = settle_tags(self._tagger.tag(features))
        confidences = []
        for position, tag in enumerate(tags):
            role = tag.split("|")[0]
            share = sum(
                self._tagger.marginal(label, position)
                for label in self._labels
                if label.split("|")[0] == role
            )
            confidences.append(round(min(1.0, max(0.0, share)), 2))
        return lines_from_tags(text, tags, confidences)


@cache
def shipped() -> CrfLabeller:
    """The labeller trained by scripts/train_labeller.py and shipped with the package."""
    return CrfLabeller(MODEL)


def crf_labels(text: str) -> list[LabelledLine]:
    """Label a page with the shipped model."""
    return shipped().label(text)
