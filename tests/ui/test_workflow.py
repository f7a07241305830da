"""The editor's day, driven through the real window: import, pick, order, write, undo, save, export."""

from __future__ import annotations

import re

import pdfplumber
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from digest import store
from digest.model import Project
from ui.library import ArticleIdRole, KindRole
from ui.lineup import ENTRY_MIME

ZH_TYPED = "武进区产值增长迅速"
EN_TYPED = "Output grew fast in Wujin"


def type_chinese(widget, text: str) -> None:
    """Chinese arrives through the input method: a commit string, as an IME sends it."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def import_page(qtbot, window, path, file_dialogs) -> None:
    """File > Import Pages… (Ctrl+I) with the file dialog answering `path`."""
    file_dialogs.import_pages = [str(path)]
    window.actions_by_name["import"].trigger()
    qtbot.waitUntil(lambda: not window.is_importing() and window.doc.library.rowCount() > 0, timeout=20000)


def add_first_articles(qtbot, window, count: int) -> list[str]:
    panel = window.library_panel
    view = panel.view
    proxy = panel.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(KindRole) == "article"][:count]
    assert len(rows) == count
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(proxy.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    return [proxy.index(r, 0).data(ArticleIdRole) for r in rows]


def lineup_ids(window) -> list[str]:
    return [e.article_id for e in window.doc.issue.entries()]


def drag_entry(window, source_row: int, target_row: int) -> None:
    """What a drag in the lineup does: mimeData of the dragged row, dropMimeData at the target."""
    model = window.doc.lineup
    section = model.index(0, 0)
    mime = model.mimeData([model.index(source_row, 0, section)])
    assert mime.hasFormat(ENTRY_MIME)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, target_row, 0, section)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, target_row, 0, section)


def test_import_pick_order_write_undo_save_reopen_export(
    qtbot, make_window, pages_dir, tmp_path, file_dialogs, boxes
):
    window = make_window(Project(), None)
    assert window.actions_by_name["import"].shortcut().toString() == "Ctrl+I"
    import_page(qtbot, window, pages_dir / "wujin-page.txt", file_dialogs)
    assert window.doc.library.rowCount() >= 4

    picked = add_first_articles(qtbot, window, 3)
    assert lineup_ids(window) == picked
    # The library shows the picked articles as checked.
    library = window.doc.library
    checked = {
        library.index(r, 0).data(ArticleIdRole)
        for r in range(library.rowCount())
        if library.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    }
    assert checked == set(picked)

    # Drag the first entry to the end, then the (new) last one back to the top.
    drag_entry(window, 0, 3)
    assert lineup_ids(window) == [picked[1], picked[2], picked[0]]
    drag_entry(window, 2, 1)
    assert lineup_ids(window) == [picked[1], picked[0], picked[2]]
    window.doc.undo_stack.undo()
    assert lineup_ids(window) == [picked[1], picked[2], picked[0]]
    window.doc.undo_stack.redo()
    order = [picked[1], picked[0], picked[2]]
    assert lineup_ids(window) == order

    # Write the Chinese and English summaries of the second entry.
    target = order[1]
    window.select_entry(target)
    editor = window.editor
    assert editor.article_id == target
    type_chinese(editor.fields["summary_zh"], ZH_TYPED)
    QTest.keyClicks(editor.fields["summary_en"], EN_TYPED)
    entry = window.doc.entry(target)
    assert entry.summary_zh == ZH_TYPED
    assert entry.summary_en == EN_TYPED
    assert editor.counters["summary_zh"].text().startswith("9 ")  # 9 Chinese characters counted live
    assert window.isWindowModified()

    # One undo takes back the whole English typing (merged), one more the Chinese.
    QTest.keyClick(editor.fields["summary_en"], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert entry.summary_en == ""
    assert editor.fields["summary_en"].toPlainText() == ""
    window.doc_undo()
    assert entry.summary_zh == ""
    window.doc_redo()
    window.actions_by_name["redo"].trigger()
    assert (entry.summary_zh, entry.summary_en) == (ZH_TYPED, EN_TYPED)
    assert editor.fields["summary_en"].toPlainText() == EN_TYPED

    # Save, then reopen in a fresh window and find everything.
    saved = tmp_path / "week48.jianbao"
    file_dialogs.save_project = str(saved)
    window.actions_by_name["save"].trigger()
    assert saved.exists()
    assert not window.isWindowModified()
    assert "week48.jianbao" in window.windowTitle()

    window.close()  # one editor per project file: the second would be refused
    again = make_window(store.load(saved), saved)
    assert lineup_ids(again) == order
    reopened = again.doc.entry(target)
    assert (reopened.summary_zh, reopened.summary_en) == (ZH_TYPED, EN_TYPED)
    assert again.doc.library.rowCount() == window.doc.library.rowCount()

    # Export (preflight errors for the empty summaries are answered "export anyway").
    pdf = tmp_path / "week48.pdf"
    boxes.answer = QMessageBox.StandardButton.Yes  # No is the default: the editor must say Yes
    with qtbot.waitSignal(again.exportFinished, timeout=90000) as blocker:
        again.export_to(str(pdf), "side-by-side", "A4", 0.0, False)
    assert blocker.args[0]["ok"], blocker.args[0]
    with pdfplumber.open(pdf) as document:
        text = "".join(page.extract_text() or "" for page in document.pages)
    squeezed = re.sub(r"\s+", "", text)
    assert ZH_TYPED in squeezed
    assert re.sub(r"\s+", "", EN_TYPED) in squeezed


def test_keyboard_lineup_moves_and_removes(qtbot, window):
    ids = lineup_ids(window)
    view = window.lineup_panel.view
    window.select_entry(ids[0])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    after = lineup_ids(window)
    assert after != ids and sorted(after) == sorted(ids)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert len(lineup_ids(window)) == len(ids) - 1
    window.doc_undo()
    window.doc_undo()
    assert lineup_ids(window) == ids


def test_filter_matches_chinese_substrings_and_kind(qtbot, window):
    panel = window.library_panel
    panel.filter_edit.setText("第2号")
    assert panel.proxy.rowCount() == 3  # the filter waits for a pause in typing
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == 1, timeout=2000)
    for text, rows in (("人次", 3), ("没有这个", 0)):  # "人次": in the body, not the headline
        panel.filter_edit.setText(text)
        panel.apply_filter()
        assert panel.proxy.rowCount() == rows
    panel.filter_edit.clear()
    panel.apply_filter()
    panel.kind_box.setCurrentIndex(panel.kind_box.findData("caption"))
    assert panel.proxy.rowCount() == 0
    panel.kind_box.setCurrentIndex(0)
    assert panel.proxy.rowCount() == window.doc.library.rowCount()
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.filter_edit.hasFocus()


def test_helper_chips_replace_the_selection(qtbot, window):
    ids = lineup_ids(window)
    window.select_entry(ids[0])
    editor = window.editor
    chips = editor.helper_chips()
    name_chips = [c for c in chips if c.property("helperKind") == "name"]
    assert name_chips, "the reporter 吴梦婷 should be offered in pinyin"
    field = editor.fields["summary_en"]
    field.setFocus()
    before = field.toPlainText()
    cursor = field.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(7, cursor.MoveMode.KeepAnchor)  # select "Wujin's"
    field.setTextCursor(cursor)
    QTest.mouseClick(name_chips[0], Qt.MouseButton.LeftButton)
    after = field.toPlainText()
    inserted = name_chips[0].property("insertText")
    assert after == inserted + before[7:]  # the selection was replaced, nothing else
    window.doc_undo()
    assert field.toPlainText() == before


def test_window_title_follows_undo_clean_state(qtbot, window):
    assert not window.isWindowModified()
    window.select_entry(lineup_ids(window)[0])
    window.move_selected(1)
    assert window.isWindowModified()
    window.doc_undo()
    assert not window.isWindowModified()


def test_no_file_opens_the_sample_as_an_untitled_copy(qtbot, make_window, tmp_path, file_dialogs):
    from digest.sample import SAMPLE_PATH
    from ui.app import initial_project

    original = SAMPLE_PATH.read_bytes()
    project, path, error, project_store = initial_project(None)
    assert path is None and error is None and project_store is None and project.issue.entries()
    window = make_window(project, path)
    assert window.windowTitle().startswith("Untitled")
    window.select_entry(project.issue.entries()[0].article_id)
    QTest.keyClicks(window.editor.fields["headline_en"], "!")
    file_dialogs.save_project = str(tmp_path / "mine.jianbao")
    window.actions_by_name["save"].trigger()  # an untitled project asks for a name
    assert (tmp_path / "mine.jianbao").exists()
    assert SAMPLE_PATH.read_bytes() == original
