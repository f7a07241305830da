"""digest.review: the desk's relabelling (remembered and replayed), entries carried over to
rebuilt articles, profiles learned from other pages and chosen for a page."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from digest import review
from digest.ingest.pipeline import import_file, label_page
from digest.model import LINE_ROLES, Correction, Page

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"
FARM = Path(__file__).resolve().parents[1] / "ui" / "data"


def _shape(lines):
    """Lines as roles, items and the paragraph partition (paragraph ids are only names)."""
    names: dict[int, int] = {}
    return [
        (
            ln.index,
            ln.role,
            ln.item,
            names.setdefault(ln.paragraph, len(names)) if ln.paragraph >= 0 else -1,
            tuple(ln.reporters or ()),
            ln.corrected,
        )
        for ln in lines
    ]


@pytest.mark.parametrize("name", ["xinmin-page-a.txt", "xinmin-page-b.txt", "wujin-page.txt"])
def test_replaying_on_remembered_labels_equals_labelling_again(name):
    text = (PAGES / name).read_text(encoding="utf-8")
    base = label_page(text)
    rnd = random.Random(name)
    for _ in range(25):
        page = Page(id=f"p-{name}", text=text)
        for _ in range(rnd.randint(1, 6)):
            line = rnd.choice(base)
            kind = rnd.choice(["role", "split", "merge", "join", "separate", "reporters"])
            value = rnd.choice(LINE_ROLES) if kind == "role" else ("甲、乙" if kind == "reporters" else "")
            page.corrections.append(Correction(kind, line.index, value, line.text))
            incremental = review.labelled_lines(page, None)  # the previous state is remembered
            assert _shape(incremental) == _shape(label_page(text, None, page.corrections))


def test_entries_follow_the_rebuilt_articles():
    result = import_file(PAGES / "xinmin-page-a.txt")
    page, old = result.page, result.articles
    second, third = old[1], old[2]
    split = Page(**{**page.__dict__, "corrections": [Correction("split", 30, "", "")]})
    new = review.rebuild(split, None, set()).articles
    moves, lost = review.carry_entries([second.id, third.id], old, new)
    assert third.id not in moves and lost == []  # unchanged: keeps its article
    assert next(a for a in new if a.id == moves[second.id]).line_start == second.line_start
    merged = Page(**{**page.__dict__, "corrections": [Correction("merge", third.line_start, "", "")]})
    new = review.rebuild(merged, None, set()).articles
    moves, lost = review.carry_entries([second.id, third.id], old, new)
    assert list(moves) == [second.id] and lost == [third.id]


def test_a_page_is_not_taught_by_its_own_corrections():
    taught = Page(
        id="a",
        paper="陕西农村报",
        corrections=[
            Correction("role", 5, "furniture", "版权所有:陕西农村报 陕ICP备06007801号-1 技术支持:锦华科技")
        ],
    )
    other = Page(id="b", paper="陕西农村报")
    assert review.learn_profile("陕西农村报", [taught, other], exclude="a").forms == {}
    assert list(review.learn_profile("陕西农村报", [taught, other], exclude="b").forms.values()) == [
        "furniture"
    ]


def test_a_page_without_a_masthead_gets_the_profile_its_lines_match():
    taught = Page(
        id="a",
        paper="陕西农村报",
        corrections=[
            Correction("role", 5, "furniture", "版权所有:陕西农村报 陕ICP备06007801号-1 技术支持:锦华科技")
        ],
    )
    bare = review.Profile("某报", {"H5-8": "subheading"})  # only a length class: tells nothing
    profiles = {"陕西农村报": review.learn_profile("陕西农村报", [taught]), "某报": bare}
    text = (FARM / "shaanxi-nongcun-2018-03-30-06.txt").read_text(encoding="utf-8")
    chosen, matched = review.choose_profile(profiles, "", text)
    assert chosen is not None and chosen.name == "陕西农村报" and matched == 1
    assert review.choose_profile({"某报": bare}, "", text) == (None, 0)
    assert review.choose_profile(profiles, "某报", text)[0] is bare  # the page names its paper
