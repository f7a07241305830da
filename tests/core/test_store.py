"""The project database: round trip, text kept once, format-1 conversion, dump, refusals."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from digest import store
from digest.errors import ProjectFileError
from digest.model import (
    Article,
    Correction,
    Entry,
    Issue,
    LayoutOptions,
    LengthTargets,
    Page,
    PrintJob,
    Project,
    Section,
    Subheading,
)


def full_project() -> Project:
    """A project in which every field holds a value different from its default."""
    article = Article(
        id="",
        source="page-3.txt",
        page_order=4,
        kind="caption",
        headline="标题 <b>&",
        kicker="引题",
        subtitle="副题",
        byline="徐晶玮 摄",
        reporters=["徐晶玮", "欧阳文"],
        paragraphs=["第一段 AT&T x<y", "第二段\u3000全角空格"],
        subheadings=[Subheading("小标题", 1)],
        credits=["(张 黎 郭元辉)"],
        original="原文\r\n保持不变",
        imported="2026-11-28T09:30:00",
    )
    article.ensure_id()
    brief = Article(source="page-4.txt", kind="brief", headline="短讯", paragraphs=["一段。"])
    brief.ensure_id()
    issue = Issue(
        title_zh="武进简报",
        title_en="Wujin Digest",
        number=12,
        date=dt.date(2026, 11, 28),
        locales=["zh_Hant_TW", "en_US"],
        sections=[
            Section(
                "要闻",
                "News",
                [Entry(article.id, "中标题", "EN headline", "中文摘要", "English summary", "note")],
            ),
            Section("", "", [Entry(brief.id)]),
        ],
        layout=LayoutOptions(layout="stacked", paper="A5", bleed_mm=3.0, marks=True),
        targets=LengthTargets(zh_min=80, zh_max=150, en_min=50, en_max=100),
        publisher="Chamber of Commerce",
        print_job=PrintJob(copies=500, paper="115 g/m² gloss", finishing="fold, 2 staples", contact="Li <li@x.cn>"),
    )
    return Project(articles=[article, brief], issues=[issue, Issue(title_en="Second")])


def page_project() -> Project:
    """full_project plus a page whose lines hold one article's text."""
    project = full_project()
    page = Page(id="p1", source="page-9.txt", text="要闻\n标题一\n正文一段。\n尾", paper="武进日报")
    article = Article(
        source="page-9.txt",
        headline="标题一",
        paragraphs=["正文一段。"],
        original="标题一\n正文一段。",
        page_id="p1",
        line_start=1,
        line_end=3,
        paper="武进日报",
    )
    article.ensure_id()
    project.pages.append(page)
    project.articles.append(article)
    return project


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    project = page_project()
    path = tmp_path / "digest.jianbao"
    store.save(project, path)
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert store.load(path) == project
    # Saving again over the database replaces its content in one transaction.
    project.issues[0].title_en = "Changed"
    store.save(project, path)
    assert store.load(path).issues[0].title_en == "Changed"


def test_article_text_is_stored_once(tmp_path: Path) -> None:
    path = tmp_path / "digest.jianbao"
    store.save(page_project(), path)
    conn = sqlite3.connect(path)
    rows = dict(conn.execute("SELECT source, original FROM articles").fetchall())
    conn.close()
    assert rows["page-9.txt"] is None  # rebuilt from the page's lines
    assert rows["page-3.txt"] == "原文\r\n保持不变"  # no page: kept as it was


def test_dump_is_the_documented_json(tmp_path: Path) -> None:
    path = tmp_path / "digest.jianbao"
    project = page_project()
    store.save(project, path)
    document = json.loads(store.dump(path))
    assert document["format"] == store.FORMAT
    assert document["format_version"] == store.FORMAT_VERSION == 2
    assert set(document["project"]) == {"articles", "issues", "pages", "glossary"}
    assert document["project"]["pages"][0]["text"].startswith("要闻")
    assert store.loads(store.dump(path)) == project


def test_format1_file_converts_in_place_and_keeps_the_original(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parent.parent / "_files" / "project-v1.jianbao"
    path = tmp_path / "old.jianbao"
    path.write_bytes(source.read_bytes())
    expected = store.load(path)  # load() reads JSON without changing the file
    assert path.read_bytes() == source.read_bytes()
    with store.open_project(path) as opened:
        assert opened.read_project() == expected
    assert path.read_bytes().startswith(b"SQLite format 3")
    assert (tmp_path / "old.jianbao.v1.json").read_bytes() == source.read_bytes()
    assert store.load(path) == expected
    # Opening again neither converts nor adds another copy.
    store.open_project(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        "old.jianbao",
        "old.jianbao.v1.json",
    ]


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    import stat

    path = tmp_path / "digest.jianbao"
    store.save(Project(), path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_interrupted_save_leaves_previous_file_intact(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "digest.jianbao"
    path.write_text("previous content", "utf-8")
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(ProjectFileError, match="cannot save"):
        store.save(full_project(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["digest.jianbao"]  # no temp file left behind


def test_failed_write_into_a_database_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "digest.jianbao"
    store.save(full_project(), path)
    before = store.load(path)
    broken = full_project()
    broken.issues[0].date = object()  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        store.save(broken, path)
    assert store.load(path) == before


def test_newer_format_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.jianbao"
    path.write_text(
        json.dumps({"format": store.FORMAT, "format_version": 99, "app_version": "9.0", "project": {}}),
        "utf-8",
    )
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer Jianbao"):
        store.load(path)
    with pytest.raises(ProjectFileError, match="newer Jianbao"):
        store.open_project(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.jianbao"
    store.save(full_project(), path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for opener in (store.load, store.open_project):
        with pytest.raises(ProjectFileError, match="newer Jianbao"):
            opener(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"\x00\x01\x02binary", b'{"format": "other"}', b"[1, 2]"],
)
def test_corrupt_file_is_reported_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.jianbao"
    path.write_bytes(content)
    for opener in (store.load, store.open_project):
        with pytest.raises(ProjectFileError):
            opener(path)
    assert path.read_bytes() == content
    assert [p.name for p in tmp_path.iterdir()] == ["bad.jianbao"]


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such project"):
        store.load(tmp_path / "none.jianbao")
    with pytest.raises(ProjectFileError, match="folder"):
        store.load(tmp_path)


def test_older_format_is_migrated(tmp_path: Path, monkeypatch) -> None:
    """A JSON migration registered for version N runs on documents of version N before loading."""
    from digest.store import interchange

    current = store.FORMAT_VERSION
    document = json.loads(store.dumps(full_project()))
    for issue in document["project"]["issues"]:
        issue["name_en"] = issue.pop("title_en")

    def migrate(doc):
        for issue in doc["project"]["issues"]:
            issue["title_en"] = issue.pop("name_en")
        return doc

    monkeypatch.setattr(interchange, "FORMAT_VERSION", current + 1)
    monkeypatch.setitem(interchange.MIGRATIONS, current, migrate)
    path = tmp_path / "old.jianbao"
    path.write_text(json.dumps(document), "utf-8")
    assert store.load(path).issues[0].title_en == "Wujin Digest"


def test_older_schema_is_migrated_on_open(tmp_path: Path, monkeypatch) -> None:
    from digest.store import schema

    path = tmp_path / "old.jianbao"
    store.save(full_project(), path)
    ran = []

    def migrate(conn):
        ran.append(True)
        conn.execute("ALTER TABLE settings ADD COLUMN note TEXT")

    version = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version + 1)
    monkeypatch.setitem(schema.MIGRATIONS, version, migrate)
    with store.open_project(path) as opened:
        assert opened.repo.user_version() == version + 1
    assert ran == [True]


def test_frozen_v1_file_still_loads() -> None:
    """One frozen sample per released format version (novelWriter habit)."""
    path = Path(__file__).resolve().parent.parent / "_files" / "project-v1.jianbao"
    project = store.load(path)
    assert project.issues[0].title_zh == "武进简报"
    assert project.articles[0].reporters == ["吴梦婷"]


def test_unwritable_target_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ProjectFileError, match="cannot save"):
        store.save(Project(), blocker / "x.jianbao")
    with pytest.raises(ProjectFileError, match="cannot save"):
        store.save(Project(), tmp_path / "missing" / "x.jianbao")


def test_duplicates_are_recognised() -> None:
    project = Project()
    first = Article(headline="标题", paragraphs=["正文 一段。"])
    same = Article(headline="标题 ", paragraphs=["正文一段。"], source="other.txt")
    other = Article(headline="标题", paragraphs=["另一段。"])
    added, dupes = project.add_articles([first, same, other])
    assert added == [first, other]
    assert dupes == [same]


def test_a_reimported_page_keeps_its_review_and_a_saved_page_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "lib.jianbao"
    store.save(page_project(), path)
    reviewed = Correction("role", 2, "paragraph", "正文一段。")
    with store.open_project(path) as opened:
        repo = opened.repo
        page = repo.read_page("p1")
        assert page is not None and page.corrections == []
        page.corrections = [reviewed]
        page.page_label = "A2"
        repo.save_pages([page])  # a review step
        assert repo.read_page("p1") == page
        # The same page imported again (fresh, no corrections) leaves the review alone.
        repo.add_pages([Page(id="p1", source="page-9.txt", text=page.text, paper="武进日报")])
        assert repo.read_page("p1") == page
        # Undoing the step writes the page without it; its article still names it.
        page.corrections, page.page_label = [], ""
        repo.save_pages([page])
        assert repo.read_page("p1") == page
        assert [a.page_id for a in repo.articles_of_page("p1")] == ["p1"]


def test_repository_adds_only_new_content(tmp_path: Path) -> None:
    path = tmp_path / "lib.jianbao"
    with store.open_project(path, create=True) as opened:
        first = Article(headline="标题", paragraphs=["正文 一段。"])
        added, dupes = opened.repo.add_articles([first])
        assert added == [first] and not dupes
        again, dupes = opened.repo.add_articles([Article(headline="标题 ", paragraphs=["正文一段。"])])
        assert again == [] and len(dupes) == 1
        assert opened.repo.article_count() == 1


def test_format1_projects_export_the_same_pdf_after_conversion(tmp_path: Path) -> None:
    """The frozen format-1 file and the sample edition: the PDF's text is the same whether the
    project is read from its JSON or from the database it converts to."""
    import pdfplumber

    from digest.export import ExportOptions, export_pdf

    root = Path(__file__).resolve().parents[2]
    for source in (
        root / "tests" / "_files" / "project-v1.jianbao",
        root / "resources" / "samples" / "wujin-sample.jianbao",
    ):
        path = tmp_path / source.name
        path.write_bytes(source.read_bytes())
        texts = []
        for stage in ("json", "database"):
            if stage == "database":
                store.open_project(path).close()
                assert path.read_bytes().startswith(b"SQLite format 3")
            project = store.load(path)
            pdf = tmp_path / f"{source.stem}-{stage}.pdf"
            export_pdf(project, project.issue, pdf, ExportOptions(force=True))
            with pdfplumber.open(pdf) as document:
                texts.append([page.extract_text() for page in document.pages])
        assert texts[0] == texts[1] and texts[0]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm"))]
