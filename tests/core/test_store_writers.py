"""Two writers and full-text search: concurrent CLI imports both land, the editor's database
connection sees another process's import, and search finds Chinese substrings of any length."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from digest import store
from digest.ingest import import_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "ingest" / "data" / "heldout"


def _import(project: Path, *pages: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "main.py", "import", *map(str, pages), "-o", str(project)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_simultaneous_cli_imports_both_land(tmp_path: Path) -> None:
    project = tmp_path / "shared.jianbao"
    first = [PAGES / "jiefang-page.txt", PAGES / "jingji-page.txt"]
    second = [PAGES / "commentary-page.txt", PAGES / "county-jump-page.txt"]
    expected = {a.content_key() for page in first + second for a in import_page(page)}
    for _round in range(3):
        if project.exists():
            project.unlink()
        runs = [_import(project, *first), _import(project, *second)]
        for run in runs:
            _out, err = run.communicate(timeout=180)
            assert run.returncode == 0, err
        keys = {a.content_key() for a in store.load(project).articles}
        assert keys == expected


def test_an_open_connection_sees_another_process_import(tmp_path: Path) -> None:
    project = tmp_path / "open.jianbao"
    store.save(
        store.loads(store.dumps(store.load(ROOT / "tests" / "_files" / "project-v1.jianbao"))), project
    )
    with store.open_project(project, editor=True) as editor:
        version = editor.repo.data_version()
        seen = editor.repo.max_seq()
        # The editor writes an edit; the CLI imports meanwhile; neither loses the other's.
        issues = editor.read_project().issues
        issues[0].sections[0].entries[0].summary_en = "Edited in the editor."
        editor.repo.write_issues(issues)
        run = _import(project, PAGES / "jiefang-page.txt")
        _out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        assert editor.repo.data_version() != version
        new = editor.repo.read_articles(after_seq=seen)
        assert len(new) == len(import_page(PAGES / "jiefang-page.txt"))
    again = store.load(project)
    assert again.issues[0].sections[0].entries[0].summary_en == "Edited in the editor."
    assert len(again.articles) == seen + len(new)


def test_search_through_the_index_and_by_like(tmp_path: Path) -> None:
    project = tmp_path / "search.jianbao"
    base = store.load(ROOT / "tests" / "_files" / "project-v1.jianbao")
    store.save(base, project)
    with store.open_project(project) as opened:
        repo = opened.repo
        long_hits = repo.search("营商环境")  # 4 characters: the trigram index
        assert long_hits and all(
            "营商环境" in json.dumps(store.dumps(store.load(project)), ensure_ascii=False) for _ in long_hits
        )
        for query in ("营商环境", "政协", "区"):  # 4, 2 and 1 characters
            hits = repo.search(query)
            expected = [
                a.id
                for a in base.articles
                if any(
                    query in (part or "")
                    for part in (a.kicker, a.headline, a.subtitle, a.byline, *a.paragraphs)
                )
                or any(
                    query in e.headline_zh + e.summary_zh
                    for e in base.issue.entries()
                    if e.article_id == a.id
                )
            ]
            assert hits == expected, query
        # The editor's own English headline is searchable too, case-insensitively.
        entry = base.issue.entries()[0]
        entry.headline_en = "Chamber hears businesses"
        repo.write_issues(base.issues)
        assert repo.search("CHAMBER") == [entry.article_id]
        assert repo.search("chamber 营商环境") in ([entry.article_id], [])
        # Filters by kind and page.
        kinds = {a.kind for a in base.articles}
        for kind in kinds:
            assert repo.search("", store.SearchFilters(kind=kind)) == [
                a.id for a in base.articles if a.kind == kind
            ]
        assert repo.search("", store.SearchFilters(source="no-such-page")) == []


def test_cli_search_json(tmp_path: Path) -> None:
    project = tmp_path / "cli.jianbao"
    store.save(store.load(ROOT / "tests" / "_files" / "project-v1.jianbao"), project)
    result = subprocess.run(
        [sys.executable, "main.py", "search", str(project), "政协", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert items and all("政协" in json.dumps(item, ensure_ascii=False) for item in items)
