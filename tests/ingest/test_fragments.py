"""A page of tiny fragments imports as one item, not one Article per line; real pages are untouched."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import pytest

from digest.ingest import import_text, label_page
from digest.ingest.assemble import group_items
from digest.ingest.decode import read_page_text
from digest.ingest.fragments import FRAGMENT_RUN, join_fragment_runs
from digest.ingest.labeller import rule_labels
from digest.model import Correction
from tests.ingest.ingest_helpers import DATA, PAGES

CORPUS = PAGES.parent / "corpus"
REAL_PAGES = sorted([*PAGES.glob("*.txt"), *CORPUS.glob("*/*.txt"), *DATA.glob("*/*.txt")])


def fragments(count: int, seed: int) -> str:
    """`count` lines of two random Han characters (no two pages alike)."""
    rng = random.Random(seed)
    return "\n".join(
        chr(rng.randrange(0x4E00, 0x9FA5)) + chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(count)
    )


def test_a_page_of_fragments_is_one_item_and_loses_nothing() -> None:
    text = fragments(3 * FRAGMENT_RUN, 1)
    _page, articles = import_text(text)
    assert len(articles) == 1
    [article] = articles
    assert article.original == text
    assert (article.line_start, article.line_end) == (0, 3 * FRAGMENT_RUN)
    assert "".join((article.headline or "").split()) == "".join(text.split())
    # The labels say the same (the review desk shows one item), each line keeps its own role.
    labelled = label_page(text)
    assert {line.item for line in labelled} == {0}
    assert len(labelled) == 3 * FRAGMENT_RUN


def test_only_long_runs_of_short_one_line_items_are_joined() -> None:
    short_run = fragments(FRAGMENT_RUN - 1, 2)
    assert len(import_text(short_run)[1]) == FRAGMENT_RUN - 1
    # Long lines break a run: each half is shorter than a run.
    long_line = "区政协问诊营商环境助企服务"
    halves = fragments(FRAGMENT_RUN - 1, 3) + f"\n{long_line}\n" + fragments(FRAGMENT_RUN - 1, 4)
    assert len(import_text(halves)[1]) == 2 * (FRAGMENT_RUN - 1) + 1


def test_the_editor_can_split_a_joined_run() -> None:
    text = fragments(2 * FRAGMENT_RUN, 5)
    line = FRAGMENT_RUN + 7
    split = Correction("split", line, text=text.split("\n")[line])
    _page, articles = import_text(text, corrections=[split])
    assert [(a.line_start, a.line_end) for a in articles] == [(0, line), (line, 2 * FRAGMENT_RUN)]


@pytest.mark.parametrize("path", REAL_PAGES, ids=lambda p: p.stem)
def test_real_pages_are_not_changed(path: Path) -> None:
    text, _ = read_page_text(path)
    labels = rule_labels(text)
    items = [[line.index for line in lines] for lines in group_items(labels)]
    joined = join_fragment_runs(labels)
    assert [[line.index for line in lines] for lines in group_items(joined)] == items


def test_memory_of_a_page_of_fragments_grows_linearly() -> None:
    """What an import holds is a small multiple of the page; its peak grows no faster than the page."""
    import_text("标题\n正文。")  # tables loaded on first use are not the page's
    figures = []
    for count in (5_000, 20_000):
        text = fragments(count, count)
        size = len(text.encode("utf-8"))
        tracemalloc.start()
        try:
            base = tracemalloc.get_traced_memory()[0]
            page, articles = import_text(text)
            held, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        figures.append((size, held - base, peak - base))
        assert (held - base) < 10 * size  # one Article per line held ~77x the page
        del page, articles
    (size0, _, peak0), (size1, _, peak1) = figures
    assert peak1 / peak0 < 1.2 * size1 / size0
