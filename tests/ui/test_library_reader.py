"""The library list of a project file asks its filter windows of a reader thread: the newest
question wins, further windows come as the list is scrolled (never all at once), and an
article is found for the issue's selection."""

from __future__ import annotations

from digest import store
from tests.ui.conftest import make_article, make_project
from ui.library import ArticleIdRole


def _ids(model) -> list[str]:
    return [model.index(row, 0).data(ArticleIdRole) for row in range(model.rowCount())]


def _library_window(make_window, tmp_path, articles: int):
    path = tmp_path / "library.jianbao"
    store.save(make_project(entries=3, articles=articles), path)
    return make_window(store.load(path), path)


def test_filter_runs_on_the_reader_and_the_newest_question_wins(qtbot, make_window, tmp_path):
    window = _library_window(make_window, tmp_path, 450)
    panel, model = window.library_panel, window.doc.library
    assert model.reader is not None
    for text in ("第1", "第12", "第123号"):  # typed faster than the answers come
        panel.filter_edit.setText(text)
        panel.apply_filter()
    assert model.is_searching() and panel.count_label.text() == "Searching…"
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    assert _ids(model) == ["art123"]
    assert panel.count_label.text() == "1 of 450 items"


def test_windows_come_as_the_list_is_scrolled(qtbot, make_window, tmp_path):
    window = _library_window(make_window, tmp_path, 450)
    panel, model = window.library_panel, window.doc.library
    panel.filter_edit.setText("武进")  # two characters: the LIKE fallback, every article matches
    panel.apply_filter()
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    qtbot.wait(200)  # the header and the view settle: they must not fetch on their own
    assert model.rowCount() == 200 and model.has_more()
    panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 400, timeout=5000)
    panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 450 and not model.has_more(), timeout=5000)
    ids = _ids(model)
    assert ids == sorted(set(ids))  # each article once, in library order (art001, art002, ...)


def test_selecting_an_entry_finds_its_article_further_down(qtbot, make_window, tmp_path):
    window = _library_window(make_window, tmp_path, 450)
    model = window.doc.library
    window.doc.issue.sections[0].entries[0].article_id = "art420"  # an article past the first window
    window.library_panel.select_article("art420")
    current = window.library_panel.view.currentIndex()
    assert current.isValid() and current.data(ArticleIdRole) == "art420"
    assert model.rowCount() < 450  # fetched up to it, not beyond


def test_a_short_term_is_looked_for_a_stretch_at_a_time(qtbot, make_window, tmp_path, monkeypatch):
    import ui.library

    monkeypatch.setattr(ui.library, "SCAN_CHUNK", 50)  # 450 articles: nine stretches
    window = _library_window(make_window, tmp_path, 450)
    panel, model = window.library_panel, window.doc.library
    asked: list[int] = []
    ask = model.reader.ask
    monkeypatch.setattr(model.reader, "ask", lambda query: asked.append(1) or ask(query))
    panel.filter_edit.setText("42")  # two characters: no index, the articles are read
    panel.apply_filter()
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    expected = ["art042", "art142", "art242", "art342", *(f"art{n}" for n in range(420, 430)), "art442"]
    assert _ids(model) == expected and model.is_complete() and not model.has_more()
    assert len(asked) == 9  # one question per stretch, each asked when the one before answered
    assert panel.count_label.text() == "15 of 450 items"
    # Articles imported later come after the last stretch: the finished list takes those that match.
    window.doc.import_articles([make_article(n) for n in (451, 542)])
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    assert _ids(model) == [*expected, "art542"]


def test_a_scanning_filter_reaches_an_article_only_a_stretch_away(qtbot, make_window, tmp_path, monkeypatch):
    import ui.library

    monkeypatch.setattr(ui.library, "SCAN_CHUNK", 50)
    window = _library_window(make_window, tmp_path, 450)
    panel, model = window.library_panel, window.doc.library
    panel.filter_edit.setText("武进")  # every article matches; the first window holds 200
    panel.apply_filter()
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    assert model.rowCount() == 200
    assert model.row_of("art420") == -1 and model.rowCount() == 200  # 220 further: not read here
    assert model.row_of("art230") == 229 and model.rowCount() == 230  # within a stretch: fetched up to it
    assert model.has_more()
    panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 430 and not model.is_searching(), timeout=5000)
    assert _ids(model) == [f"art{n:03d}" for n in range(1, 431)]


def test_rows_fetched_are_no_change_to_the_project(qtbot, make_window, tmp_path):
    window = _library_window(make_window, tmp_path, 450)
    panel, model, doc = window.library_panel, window.doc.library, window.doc
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    changes: list[int] = []
    doc.changed.connect(lambda: changes.append(1))
    panel.view.verticalScrollBar().setValue(panel.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: model.rowCount() == 400 and not model.is_searching(), timeout=5000)
    assert changes == []  # scrolling fetched rows: the preview has nothing new to render
    doc.import_articles([make_article(451)])
    assert changes  # an import is a change
