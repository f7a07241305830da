"""The library list's windows: a query whose term is too short for the index looks through a
bounded stretch of the library per call, and the stretches together give exactly what the
whole search gives; and the library's size is kept by the database, so asking for it costs
the same at any size."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from digest import store
from tests.ui.conftest import make_article, make_project

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def repo(tmp_path: Path):
    path = tmp_path / "library.jianbao"
    store.save(make_project(entries=3, articles=450), path)
    with store.open_project(path) as opened:
        yield opened.repo


def _all_windows(repo, query: str, limit: int, scan: int | None) -> tuple[list[str], int]:
    """Every row, window after window as the list would ask for them; and how many calls."""
    ids: list[str] = []
    after, calls, done = 0, 0, False
    while not done:
        rows, after, done = repo.library_window(query, store.SearchFilters(), after, limit, scan)
        calls += 1
        assert len(rows) <= limit
        if scan is not None and repo.scans(query):
            assert all(row[0] <= after for row in rows)  # nothing past the stretch looked through
        ids += [row[1] for row in rows]
        assert calls < 1000
    return ids, calls


@pytest.mark.parametrize("query", ["42", "武进", "第42", "4 第1", "no such words", ""])
def test_windows_together_give_the_whole_search(repo, query: str) -> None:
    expected = repo.search(query)
    for limit, scan in ((200, None), (200, 50), (7, 50), (3, 1)):
        ids, _calls = _all_windows(repo, query, limit, scan)
        assert ids == expected, (query, limit, scan)


def test_a_short_term_looks_through_one_stretch_per_call(repo) -> None:
    assert repo.scans("42") and repo.scans("第42 4") and not repo.scans("第42号") and not repo.scans("")
    rows, after, done = repo.library_window("42", store.SearchFilters(), 0, 200, 50)
    assert [row[1] for row in rows] == ["art042"] and (after, done) == (50, False)
    rows, after, done = repo.library_window("42", store.SearchFilters(), 50, 200, 50)
    assert rows == [] and (after, done) == (100, False)  # nothing in this stretch: ask on
    ids, calls = _all_windows(repo, "42", 200, 50)
    assert calls == 9 and ids == [
        "art042",
        "art142",
        "art242",
        "art342",
        *(f"art{n}" for n in range(420, 430)),
        "art442",
    ]
    # The last stretch ends at the library's end, where articles added later will come.
    *_rows, after, done = repo.library_window("42", store.SearchFilters(), 400, 200, 5000)
    assert (after, done) == (450, True)
    # A window that fills up ends at its last row, whatever the stretch.
    rows, after, done = repo.library_window("武进", store.SearchFilters(), 0, 10, 50)
    assert len(rows) == 10 and after == rows[-1][0] == 10 and not done


def test_the_library_size_is_kept_as_articles_come_and_go(repo, tmp_path: Path) -> None:
    def counted() -> int:
        return int(repo.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    assert repo.article_count() == counted() == 450
    added, _known = repo.add_articles([make_article(n) for n in (451, 452, 1)])  # art001 is there already
    assert len(added) == 2 and repo.article_count() == counted() == 452
    repo.remove_articles({"art002", "art451", "no-such-article"})
    assert repo.article_count() == counted() == 450
    repo.replace_articles({"art003"}, [make_article(600), make_article(601)])
    assert repo.article_count() == counted() == 451


def test_an_older_database_gets_its_size_counted_once(tmp_path: Path) -> None:
    path = tmp_path / "old.jianbao"
    shutil.copy(ROOT / "tests" / "_files" / "project-schema1.jianbao", path)
    assert store.load(path).articles  # read as it is (not migrated): counted with count(*)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    with store.open_project(path) as opened:  # migrated 1 -> 2 -> 3
        assert opened.repo.user_version() == 3
        assert opened.repo.article_count() == 6
        assert opened.conn.execute("SELECT articles FROM library_size").fetchone()[0] == 6
