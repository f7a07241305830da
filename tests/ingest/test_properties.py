"""Property tests: any text, bytes or mangled page imports without an unexpected error, losing nothing."""

from __future__ import annotations

import os
import random
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.errors import PageImportError
from digest.ingest import decode_bytes, read_page
from digest.ingest.parse import split_page
from digest.model import Article
from tests.ingest.ingest_helpers import HELDOUT, HELDOUT_PAGES, PAGES, SAMPLE_PAGES, UNSEEN, UNSEEN_PAGES

SETTINGS = settings(
    max_examples=int(os.environ.get("INGEST_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PAGE_TEXTS = (
    [(PAGES / f"{name}.txt").read_text("utf-8") for name in SAMPLE_PAGES]
    + [read_page(UNSEEN / f"{name}.txt") for name in UNSEEN_PAGES]
    + [read_page(HELDOUT / f"{name}.txt") for name in HELDOUT_PAGES]
)
# Characters that shape pages: Han, both kinds of punctuation, digits, brackets, credit words.
ALPHABET = st.sampled_from(
    list("区政协本报讯记者通讯员摄图文新华社发电月日张黎郭元辉吴梦婷标题正文的是了在完①②上强调")
    + list("，。、；：？！“”‘’（）()[],.;:?! \u3000\t\n□■—…0123456789abcXYZ")
)


def _visible(text: str) -> list[str]:
    return [c for c in text if not c.isspace()]


def _output_characters(articles: list[Article]) -> list[str]:
    out: list[str] = []
    for article in articles:
        for part in (article.kicker, article.headline, article.subtitle, article.byline):
            out.extend(_visible(part or ""))
        for paragraph in article.paragraphs:
            out.extend(_visible(paragraph))
        for sub in article.subheadings:
            out.extend(_visible(sub.text))
        for credit in article.credits:
            out.extend(_visible(credit))
    return out


def _in_source_order(articles: list[Article]) -> list[str]:
    """Visible characters of every item in the order of its `original` text (which must cover them)."""
    out: list[str] = []
    for article in articles:
        out.extend(_visible(article.original))
    return out


def _check_nothing_lost(text: str) -> None:
    articles = split_page(text)
    assert Counter(_output_characters(articles)) == Counter(_visible(text.lstrip("\ufeff")))
    # The items' source texts, in page order, are the page itself: nothing lost, nothing reordered.
    assert _in_source_order(articles) == _visible(text.lstrip("\ufeff"))
    for article in articles:
        assert article.kind in ("article", "brief", "caption", "section")
        for sub in article.subheadings:
            assert 0 <= sub.before_paragraph <= len(article.paragraphs)


@SETTINGS
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_random_page_like_text(text: str) -> None:
    _check_nothing_lost(text)


@SETTINGS
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    _check_nothing_lost(text.replace("\r", "\n"))


@SETTINGS
@given(st.binary(max_size=600))
def test_random_bytes_decode_or_refuse_clearly(data: bytes) -> None:
    try:
        text = decode_bytes(data, "random.bin")
    except PageImportError as exc:
        assert "\n" not in str(exc)
        return
    assert "\r" not in text
    _check_nothing_lost(text)


@st.composite
def mutated_pages(draw: st.DrawFn) -> str:
    page = draw(st.sampled_from(PAGE_TEXTS))
    lines = page.split("\n")
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    for _ in range(draw(st.integers(1, 12))):
        action = rng.choice(["delete", "duplicate", "swap", "insert", "split", "merge"])
        if not lines:
            break
        i = rng.randrange(len(lines))
        if action == "delete":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "insert":
            pos = rng.randint(0, len(lines[i]))
            lines[i] = lines[i][:pos] + draw(st.text(alphabet=ALPHABET, max_size=8)) + lines[i][pos:]
        elif action == "split":
            pos = rng.randint(0, len(lines[i]))
            lines[i : i + 1] = [lines[i][:pos], "", lines[i][pos:]]
        elif action == "merge" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + lines[i + 1]]
    return "\n".join(lines)


@SETTINGS
@given(mutated_pages())
def test_mutated_sample_pages(text: str) -> None:
    _check_nothing_lost(text)


@SETTINGS
@given(mutated_pages())
def test_mutated_pages_through_the_file_importer(text: str) -> None:
    from digest.ingest import parse_page

    try:
        articles = parse_page(text, "x.txt")
    except PageImportError:
        return
    assert all(a.source == "x.txt" for a in articles)


def test_shuffled_lines_of_every_sample_lose_nothing() -> None:
    for text in PAGE_TEXTS:
        lines = text.split("\n")
        for seed in range(20):
            random.Random(seed).shuffle(lines)
            _check_nothing_lost("\n".join(lines))


def test_checker_notices_a_lost_character(monkeypatch: object) -> None:
    """The property is not vacuous: dropping a paragraph's last character is caught."""
    text = PAGE_TEXTS[0]
    articles = split_page(text)
    articles[0].paragraphs[0] = articles[0].paragraphs[0][:-1]
    assert Counter(_output_characters(articles)) != Counter(_visible(text))


def test_sample_pages_lose_nothing(tmp_path: Path) -> None:
    for text in PAGE_TEXTS:
        _check_nothing_lost(text)
