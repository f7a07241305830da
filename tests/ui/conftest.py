"""Fixtures for the editor window tests (per-user folders are private: tests/conftest.py): message boxes and file dialogs that never block, and small projects built from the model."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from digest.model import Article, Entry, Issue, Project, Section


class BoxAnswers:
    """What patched message boxes answer, and what they were asked."""

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Ok
        self.shown: list[tuple[str, str]] = []
        self.details: list[str] = []  # the informative text under each box's main sentence


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    answers = BoxAnswers()

    def fake_exec(box: QMessageBox) -> int:
        answers.shown.append((box.windowTitle(), box.text()))
        answers.details.append(box.informativeText())
        if box.standardButtons() & answers.answer:
            return answers.answer.value
        default = box.defaultButton()
        if default is not None:
            return box.standardButton(default).value
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    from ui.messages import Messages

    monkeypatch.setattr(Messages, "log", [])
    return answers


class DialogAnswers:
    """Paths the patched file dialogs return (None: the user cancelled)."""

    def __init__(self) -> None:
        self.open_project: str | None = None
        self.save_project: str | None = None
        self.import_pages: list[str] = []
        self.export_pdf: str | None = None


@pytest.fixture(autouse=True)
def file_dialogs(monkeypatch):
    from ui.messages import FileDialogs

    answers = DialogAnswers()
    monkeypatch.setattr(FileDialogs, "open_project", classmethod(lambda cls, *a, **k: answers.open_project))
    monkeypatch.setattr(FileDialogs, "save_project", classmethod(lambda cls, *a, **k: answers.save_project))
    monkeypatch.setattr(
        FileDialogs, "import_pages", classmethod(lambda cls, *a, **k: list(answers.import_pages))
    )
    monkeypatch.setattr(FileDialogs, "export_pdf", classmethod(lambda cls, *a, **k: answers.export_pdf))
    return answers


@pytest.fixture(autouse=True)
def modal_dialogs(monkeypatch):
    """Modal dialogs are accepted as they stand unless a test sets `accept` or a `prepare` hook."""
    from ui.main_window import Dialogs

    state = {"accept": True, "prepare": None, "seen": []}

    def run(cls, dialog) -> bool:
        state["seen"].append(dialog)
        if state["prepare"] is not None:
            state["prepare"](dialog)
        return state["accept"]

    monkeypatch.setattr(Dialogs, "run", classmethod(run))
    monkeypatch.setattr(Dialogs, "print_dialog", classmethod(lambda cls, printer, parent: state["accept"]))
    return state


def make_article(number: int, source: str = "test-page.txt") -> Article:
    return Article(
        id=f"art{number:03d}",
        source=source,
        page_order=number,
        kind="article",
        headline=f"测试新闻标题第{number}号 武进区发展",
        byline="本报讯 (记者 吴梦婷)",
        reporters=["吴梦婷"],
        paragraphs=[
            f"今年1—9月，武进区新能源汽车产值1481.3亿元，同比增长16.9%。第{number}段。",
            "受众达4.6万余人次，区政协积极探索协商新模式。",
        ],
    )


def make_project(entries: int = 3, articles: int | None = None) -> Project:
    count = max(entries, articles or 0)
    library = [make_article(n) for n in range(1, count + 1)]
    sections = [Section("经济", "Economy"), Section("社会", "Society")]
    for n in range(entries):
        sections[n % 2].entries.append(
            Entry(
                article_id=library[n].id,
                headline_zh=library[n].headline,
                headline_en=f"Test headline number {n + 1}",
                summary_zh="武进区新能源汽车产业完成产值一千四百八十一亿元。" * 3,
                summary_en="Wujin's new-energy vehicle industry grew strongly this year. " * 8,
            )
        )
    issue = Issue(
        title_zh="武进简报", title_en="Wujin Digest", number=7, date=_dt.date(2026, 11, 28), sections=sections
    )
    return Project(articles=library, issues=[issue])


@pytest.fixture
def make_window(qtbot, qapp):
    """Build a MainWindow on a project; windows are closed without prompts afterwards."""
    from ui import i18n
    from ui.fonts import apply_app_font
    from ui.main_window import MainWindow

    apply_app_font(qapp)
    i18n.install_language(i18n.ENGLISH)
    windows: list[MainWindow] = []

    def factory(project: Project | None = None, path: str | Path | None = None) -> MainWindow:
        window = MainWindow(project if project is not None else make_project(), path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.doc.undo_stack.setClean()
        window.doc.failed = None
        window.close()
    i18n.install_language(i18n.ENGLISH)


@pytest.fixture
def window(make_window):
    return make_window()
