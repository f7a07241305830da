"""The project file: round trip, atomic save, migrations and refusals."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from digest import store
from digest.errors import ProjectFileError
from digest.model import (
    Article,
    Entry,
    Issue,
    LayoutOptions,
    LengthTargets,
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
    )
    return Project(articles=[article, brief], issues=[issue, Issue(title_en="Second")])


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    project = full_project()
    path = tmp_path / "digest.jianbao"
    store.save(project, path)
    assert store.load(path) == project


def test_file_is_versioned_utf8_json(tmp_path: Path) -> None:
    path = tmp_path / "digest.jianbao"
    store.save(full_project(), path)
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == store.FORMAT
    assert document["format_version"] == store.FORMAT_VERSION
    assert document["app_version"]
    assert "武进简报" in path.read_text("utf-8")  # readable, not \u-escaped


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "digest.jianbao"
    store.save(Project(), path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask  # not the 0600 of mkstemp


def test_interrupted_save_leaves_previous_file_intact(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "digest.jianbao"
    store.save(full_project(), path)
    before = path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    changed = full_project()
    changed.issues[0].title_en = "Changed"
    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(ProjectFileError, match="cannot save"):
        store.save(changed, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["digest.jianbao"]  # no temp file left behind


def test_exception_while_serialising_leaves_file_intact(tmp_path: Path) -> None:
    path = tmp_path / "digest.jianbao"
    store.save(full_project(), path)
    before = path.read_bytes()
    broken = full_project()
    broken.issues[0].date = object()  # type: ignore[assignment]
    with pytest.raises(AttributeError):
        store.save(broken, path)
    assert path.read_bytes() == before


def test_newer_format_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "future.jianbao"
    path.write_text(
        json.dumps({"format": store.FORMAT, "format_version": 99, "app_version": "9.0", "project": {}}),
        "utf-8",
    )
    before = path.read_bytes()
    with pytest.raises(ProjectFileError, match="newer Jianbao"):
        store.load(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"\x00\x01\x02binary", b'{"format": "other"}', b"[1, 2]"],
)
def test_corrupt_file_is_reported_and_left_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.jianbao"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError):
        store.load(path)
    assert path.read_bytes() == content


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="no such project"):
        store.load(tmp_path / "none.jianbao")
    with pytest.raises(ProjectFileError, match="folder"):
        store.load(tmp_path)


def test_older_format_is_migrated(tmp_path: Path, monkeypatch) -> None:
    """A migration registered for version N runs on files of version N before loading."""
    current = store.FORMAT_VERSION
    document = json.loads(store.dumps(full_project()))
    document["format_version"] = current
    # Pretend the app moved on one version, renaming the issue title key.
    for issue in document["project"]["issues"]:
        issue["name_en"] = issue.pop("title_en")

    def migrate(doc):
        for issue in doc["project"]["issues"]:
            issue["title_en"] = issue.pop("name_en")
        doc["format_version"] = current + 1
        return doc

    monkeypatch.setattr(store, "FORMAT_VERSION", current + 1)
    monkeypatch.setitem(store.MIGRATIONS, current, migrate)
    path = tmp_path / "old.jianbao"
    path.write_text(json.dumps(document), "utf-8")
    assert store.load(path).issues[0].title_en == "Wujin Digest"


def test_frozen_v1_file_still_loads() -> None:
    """One frozen sample per released format version (novelWriter habit)."""
    path = Path(__file__).resolve().parent.parent / "_files" / "project-v1.jianbao"
    project = store.load(path)
    assert project.issues[0].title_zh == "武进简报"
    assert project.articles[0].reporters == ["吴梦婷"]


def test_unwritable_target_is_reported(tmp_path: Path) -> None:
    # A target whose folder is a file fails for root too (unlike a chmod-ed folder).
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
    assert len({a.id for a in project.articles}) == 2
