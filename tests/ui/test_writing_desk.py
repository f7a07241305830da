"""The writing desk (issue 12): room to write at 1440×900 and 1024×700, focus mode, shortcuts from
every kind of field, texts kept when an entry leaves the issue, honest signals, the small things."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QToolButton, QWidget

from digest import store
from digest.export import preflight
from digest.sample import load_sample
from ui import i18n
from ui.dialogs import ExportDialog, IssuePropertiesDialog, PreferencesDialog
from ui.entry_editor import CHIPS_SHARE
from ui.icons import icon
from ui.library import ArticleIdRole
from ui.pane_widths import LIBRARY_MIN, PREVIEW_MIN, REFERENCE_MIN, WRITING_MIN, pane_widths

ENGLISH_LINE = "Wujin's district committee held a consultation meeting with firms"[:60]


def sized(make_window, width: int, height: int, project=None):
    window = make_window(project if project is not None else load_sample())
    window.resize(width, height)
    QApplication.processEvents()
    window.fit_panes()
    QApplication.processEvents()
    return window


def room(field) -> tuple[float, float, float]:
    """(Chinese characters a line, English characters a line, lines) the field shows."""
    margin = field.document().documentMargin()
    width = field.viewport().width() - 2 * margin
    height = field.viewport().height() - 2 * margin
    metrics = QFontMetricsF(field.font())
    zh = width / metrics.horizontalAdvance("中")
    en = width / (metrics.horizontalAdvance(ENGLISH_LINE) / len(ENGLISH_LINE))
    return zh, en, height / metrics.lineSpacing()


def inside(widget: QWidget, container: QWidget) -> bool:
    """The widget's whole rectangle lies within the container's (nothing of it cut off)."""
    top_left = widget.mapTo(container, widget.rect().topLeft())
    bottom_right = widget.mapTo(container, widget.rect().bottomRight())
    return container.rect().contains(top_left) and container.rect().contains(bottom_right)


# ---------------------------------------------------------------------------------------- 1. room
def test_summaries_have_room_to_write_at_1440_by_900(qtbot, make_window):
    window = sized(make_window, 1440, 900)
    editor = window.editor
    zh, _en, zh_lines = room(editor.fields["summary_zh"])
    _zh, en, en_lines = room(editor.fields["summary_en"])
    assert zh >= 30 and zh_lines >= 10, (zh, zh_lines)
    assert en >= 60 and en_lines >= 10, (en, en_lines)
    # The sample's chips wrap and all show: no scroll bar, none beyond the area's edges; also
    # when they are refilled for another entry while the window is up.
    area = editor.helpers_area
    entries = window.doc.issue.entries()
    for article_id in (entries[1].article_id, entries[0].article_id):
        window.select_entry(article_id)
        QApplication.processEvents()
        assert editor.helper_chips()
        assert area.verticalScrollBar().maximum() == 0
        assert all(chip.isVisible() and inside(chip, area.viewport()) for chip in editor.helper_chips())
    # Opening the preflight list takes nothing from the fields (it is a tab beside the lineup).
    before = editor.fields["summary_zh"].size()
    window.show_preflight_panel()
    QApplication.processEvents()
    assert window.lineup_tabs.currentWidget() is window.preflight_panel
    assert editor.fields["summary_zh"].size() == before


def test_no_chip_for_a_figure_written_the_same_in_english(qtbot, make_window):
    """16.9% → 16.9% inserts nothing the editor would not type: such chips only crowd the others."""
    window = sized(make_window, 1440, 900)
    window.select_entry(window.doc.issue.entries()[0].article_id)
    chips = window.editor.figures_group.chips()
    labels = [chip.text() for chip in chips]
    assert any("1481.3亿元" in label for label in labels), labels  # the real conversions stay
    assert not [label for label in labels if label.split(" → ")[0] == label.split(" → ")[-1]], labels


def test_a_helpers_own_chip_group_gets_room(qtbot, make_window):
    """Another helper (a glossary, key sentences) adds its own group; the area grows to show it."""
    from ui.chips import ChipGroup

    window = sized(make_window, 1440, 900)
    editor = window.editor
    before = editor.helpers_area.height()
    cap = int(editor.stack.height() * CHIPS_SHARE)
    group = editor.chip_area.add_group("another_helper")
    assert isinstance(group, ChipGroup)
    group.title.setText("Helper:")
    chips = [group.add_chip(f"区政协{n} → CPPCC", "x") for n in range(3)]
    # The area grows for the new group, up to its share of the column (the sample's own names,
    # figures, glossary hits and key sentences may fill it already: then the new chips scroll).
    qtbot.waitUntil(lambda: editor.helpers_area.height() > before or editor.helpers_area.height() >= cap - 1)
    QApplication.processEvents()
    for chip in chips:
        editor.helpers_area.ensureWidgetVisible(chip, 0, 0)
        QApplication.processEvents()
        assert chip.isVisible() and inside(chip, editor.helpers_area.viewport())
    # Many more: the area stops at its share of the column and scrolls down, never sideways.
    chips += [group.add_chip(f"区政协 → the district CPPCC committee {n}", "x") for n in range(12)]
    qtbot.waitUntil(lambda: editor.helpers_area.verticalScrollBar().maximum() > 0)
    viewport = editor.helpers_area.viewport()
    assert all(chip.mapTo(viewport, chip.rect().topRight()).x() <= viewport.width() for chip in chips)
    _zh, _en, lines = room(editor.fields["summary_zh"])
    assert lines >= 8  # the fields keep most of the column


def test_panes_fold_sensibly_at_1024_by_700(qtbot, make_window):
    window = sized(make_window, 1024, 700)
    library, reference, writing, preview = window.main_splitter.sizes()
    assert library >= LIBRARY_MIN - 5 and reference >= REFERENCE_MIN - 5 and preview >= PREVIEW_MIN - 5
    assert writing >= WRITING_MIN - 5
    zh, _en, lines = room(window.editor.fields["summary_zh"])
    assert zh >= 24 and lines >= 5, (zh, lines)
    # Nothing cut off: each headline shows whole (it wraps), the preview's controls wrap inside
    # its pane, every toolbar button is on the bar.
    for name in ("headline_zh", "headline_en"):
        assert window.editor.fields[name].verticalScrollBar().maximum() == 0
    assert window.editor.fields["headline_en"].line_count() >= 2  # the sample's English headline wraps
    for control in (window.preview.zoom_in, window.preview.next_button, window.preview.zoom_box):
        assert inside(control, window.preview)
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            assert button.isVisible() and inside(button, window.toolbar), action.objectName()


@pytest.mark.parametrize("language", [i18n.ENGLISH, i18n.CHINESE])
def test_every_dialog_fits_a_1024_by_700_screen(qtbot, window, language):
    """Nothing cut off at 1024×700: each dialog's smallest size (a title bar and the panel left
    over) fits, so its OK and Cancel stay on the screen. Issue Properties stood 813 px tall."""
    from ui.glossary_dialog import GlossaryDialog

    i18n.install_language(language)
    try:
        issue = window.doc.issue
        dialogs = [
            IssuePropertiesDialog(issue, window),
            ExportDialog(issue, window),
            PreferencesDialog(language, window),
            GlossaryDialog(window.doc.project.glossary, window),
        ]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            assert smallest.width() <= 1000 and smallest.height() <= 620, (type(dialog).__name__, smallest)
        # The print job's hints show whole at the size the dialog opens with.
        properties = dialogs[0]
        properties.show()
        QApplication.processEvents()
        for field in properties.job_fields.values():
            hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
            assert field.width() > hint + 8, (field.placeholderText(), field.width(), hint)
    finally:
        i18n.install_language(i18n.ENGLISH)


def test_pane_widths_give_way_in_order():
    assert pane_widths(1422).writing >= 2 * pane_widths(1422).library
    narrow = pane_widths(1006)
    assert narrow.writing >= WRITING_MIN and narrow.preview >= PREVIEW_MIN  # all four still there
    smaller = pane_widths(900)
    assert smaller.preview == 0 and smaller.library >= LIBRARY_MIN  # the preview folds first
    for width in range(600, 2600, 37):
        for focus in (False, True):
            widths = pane_widths(width, focus=focus)
            assert sum(widths.as_list()) == width
            assert widths.writing >= min(WRITING_MIN, width // 3)


def test_focus_mode_hides_the_library_and_narrows_the_preview(qtbot, make_window):
    window = sized(make_window, 1440, 900)
    action = window.actions_by_name["focus_mode"]
    assert action in window.view_menu.actions()
    assert action.shortcut() == QKeySequence("F11")
    before = window.main_splitter.sizes()
    field = window.editor.fields["summary_en"]
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_F11)
    QApplication.processEvents()
    library, _reference, writing, preview = window.main_splitter.sizes()
    assert window.focus_mode and action.isChecked()
    assert library == 0 and not window.library_panel.isVisible()
    assert 0 < preview < before[3] and writing > before[2]
    QTest.keyClick(field, Qt.Key.Key_F11)
    assert not window.focus_mode and window.library_panel.isVisible()
    assert all(abs(a - b) <= 3 for a, b in zip(window.main_splitter.sizes(), before, strict=True))


def test_the_review_desk_does_not_crush_the_fields(qtbot, make_window):
    window = sized(make_window, 1440, 900)
    article = window.doc.issue.entries()[0].article_id
    window.library_panel.view.clearSelection()
    window.select_entry(article)
    window.review_current_article()
    qtbot.waitUntil(window.review_dock.isVisible)
    QApplication.processEvents()
    window.fit_panes()
    QApplication.processEvents()
    assert window.main_splitter.sizes()[3] == 0  # the desk stands where the preview was
    zh, _en, lines = room(window.editor.fields["summary_zh"])
    assert zh >= 24 and lines >= 10, (zh, lines)
    window.review_dock.hide()
    QApplication.processEvents()
    assert window.main_splitter.sizes()[3] > 0


def test_a_headline_wraps_and_stays_one_paragraph(qtbot, window):
    window.select_entry(window.doc.issue.entries()[0].article_id)
    field = window.editor.fields["headline_en"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(field, Qt.Key.Key_Return)
    QTest.keyClick(field, Qt.Key.Key_Enter)
    assert "\n" not in field.toPlainText()
    mime = QMimeData()
    mime.setText(" as districts\nmeet firms")
    field.insertFromMimeData(mime)
    entry = window.editor.current_entry()
    assert entry.headline_en.endswith("as districts meet firms") and "\n" not in entry.headline_en
    QTest.keyClicks(field, " and hear what they need from the district government this year and next")
    assert field.line_count() >= 2
    assert field.verticalScrollBar().maximum() == 0  # it grew to show every line


# ------------------------------------------------------------------------------------ 2. shortcuts
def _field_kinds(window) -> dict[str, QWidget]:
    return {
        "headline (line)": window.editor.fields["headline_en"],
        "summary (text edit)": window.editor.fields["summary_zh"],
        "filter box": window.library_panel.filter_edit,
        "lineup": window.lineup_panel.view,
        "library": window.library_panel.view,
    }


@pytest.mark.parametrize(
    "kind", ["headline (line)", "summary (text edit)", "filter box", "lineup", "library"]
)
def test_shortcuts_work_from_every_kind_of_field(qtbot, window, modal_dialogs, kind):
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    window.activateWindow()
    widget = _field_kinds(window)[kind]
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier

    def press(key, modifiers) -> None:
        widget.setFocus()
        QApplication.processEvents()
        QTest.keyClick(widget, key, modifiers)
        QApplication.processEvents()

    modal_dialogs["accept"] = False
    press(Qt.Key.Key_E, ctrl | shift)
    assert any(isinstance(d, ExportDialog) for d in modal_dialogs["seen"]), kind
    press(Qt.Key.Key_Comma, ctrl)
    assert any(isinstance(d, PreferencesDialog) for d in modal_dialogs["seen"]), kind
    for key, modifiers in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | shift)):
        window.editor.insert_helper("X", "summary_en")
        changed = entry.summary_en
        window.doc_undo()
        assert entry.summary_en != changed
        press(key, modifiers)
        assert entry.summary_en == changed, (kind, key)
        press(Qt.Key.Key_Z, ctrl)  # and Undo from here too
        assert entry.summary_en != changed, (kind, "undo")


# -------------------------------------------------------------------------- 3. nothing thrown away
def test_removed_entry_keeps_its_texts_and_gets_them_back(qtbot, make_window, tmp_path):
    path = tmp_path / "kept.jianbao"
    window = make_window(load_sample(), path)
    entry = window.doc.issue.entries()[0]
    article_id = entry.article_id
    texts = (entry.headline_zh, entry.headline_en, entry.summary_zh, entry.summary_en)
    window.select_entry(article_id)
    steps = window.doc.undo_stack.count()
    window.activateWindow()
    window.lineup_panel.view.setFocus()
    QApplication.processEvents()
    QTest.keyClick(window.lineup_panel.view, Qt.Key.Key_Delete)
    assert window.doc.entry(article_id) is None
    assert window.doc.undo_stack.count() == steps + 1  # one undo step
    assert "come back when you add it again" in window.statusBar().currentMessage()
    # Ticking it in the library brings the entry back with every text.
    assert window.add_articles_to_issue([article_id]) == 1
    assert "came back with the headlines and summaries" in window.statusBar().currentMessage()
    back = window.doc.entry(article_id)
    assert (back.headline_zh, back.headline_en, back.summary_zh, back.summary_en) == texts
    # Unticked again, the texts outlive the session: they are in the project file.
    row = window.doc.library.row_of(article_id)
    window.doc.library.setData(
        window.doc.library.index(row, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert window.doc.entry(article_id) is None
    window.close()
    with store.open_project(path) as saved:
        kept = saved.repo.read_kept_texts(article_id)
    assert kept is not None and (kept.headline_en, kept.summary_zh, kept.summary_en) == texts[1:]
    again = make_window(store.load(path), path)
    again.add_articles_to_issue([article_id])
    assert again.doc.entry(article_id).summary_en == texts[3]


def test_removing_a_section_keeps_its_entries_texts(qtbot, window):
    section = window.doc.issue.sections[0]
    entry = section.entries[0]
    window.lineup_panel.view.setCurrentIndex(window.doc.lineup.index(0, 0))
    window.remove_selected()
    assert window.doc.entry(entry.article_id) is None
    window.add_articles_to_issue([entry.article_id])
    assert window.doc.entry(entry.article_id).summary_en == entry.summary_en


def test_one_undo_puts_a_removed_entry_back(qtbot, window):
    entry = window.doc.issue.entries()[1]
    window.select_entry(entry.article_id)
    window.remove_selected()
    assert window.doc.entry(entry.article_id) is None
    window.actions_by_name["undo"].trigger()
    assert window.doc.entry(entry.article_id).summary_en == entry.summary_en
    assert window.editor.article_id == entry.article_id  # undo selected what it brought back


def test_undo_by_its_keys_selects_only_what_it_brought_back(qtbot, window):
    """Under X11 the Ctrl (and Shift) of Ctrl+Z / Ctrl+Shift+Z are still held when undo selects the
    entry: the library must show that one article selected, not add it to the previous selection."""
    entries = window.doc.issue.entries()
    removed, other = entries[2], entries[1]
    window.select_entry(removed.article_id)
    window.remove_selected()
    window.select_entry(other.article_id)
    assert window.library_panel.selected_ids() == [other.article_id]
    ctrl = Qt.KeyboardModifier.ControlModifier
    field = window.editor.fields["summary_zh"]
    QTest.keyClick(field, Qt.Key.Key_Z, ctrl)
    assert window.editor.article_id == removed.article_id
    assert window.library_panel.selected_ids() == [removed.article_id]
    window.select_entry(other.article_id)
    QTest.keyClick(window.editor.fields["summary_zh"], Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(window.editor.fields["summary_zh"], Qt.Key.Key_Z, ctrl)  # undo the redone removal
    assert window.library_panel.selected_ids() == [removed.article_id]


# ---------------------------------------------------------------------------------- 4. signals
def test_lineup_icon_reflects_a_length_warning(qtbot, make_window):
    window = make_window(load_sample())  # its summaries are within their targets
    entry = window.doc.issue.entries()[0]
    lineup = window.doc.lineup
    index = lineup.index_of_article(entry.article_id)
    assert lineup.entry_state(entry) == "ok"
    window.select_entry(entry.article_id)
    field = window.editor.fields["summary_zh"]
    field.setPlainText("武进区新能源汽车产值增长。")  # far below 100 汉字: preflight warns
    project = window.doc.project
    findings = preflight(project, window.doc.issue)
    mine = [f for f in findings if f.article_id == entry.article_id]
    assert any(f.code == "summary-short" for f in mine)
    assert lineup.entry_state(entry) == "warning"
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() == icon("warning").cacheKey()
    assert "short" in index.data(Qt.ItemDataRole.ToolTipRole)
    # A finding only preflight knows (a layout finding) turns the icon too.
    other = window.doc.issue.entries()[1]
    assert lineup.entry_state(other) == "ok"
    lineup.set_findings([{"severity": "warning", "code": "straight-quotes", "params": {"count": 2},
                          "article_id": other.article_id}])  # fmt: skip
    assert lineup.entry_state(other) == "warning"


def test_counter_says_what_it_counts_and_matches_preflight(qtbot, window):
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    window.editor.fields["summary_zh"].setPlainText("产值1481.3亿元，增长16.9%。")
    text = window.editor.counters["summary_zh"].text()
    assert text.startswith("6 汉字") and "19 incl. punct." in text
    short = [f for f in preflight(window.doc.project, window.doc.issue)
             if f.article_id == entry.article_id and f.code == "summary-short"]  # fmt: skip
    assert short and short[0].params["count"] == 6 and "Han characters" in short[0].message


def test_undo_is_named_and_selects_what_it_changed(qtbot, window):
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    field = window.editor.fields["summary_en"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(field, " More.")
    undo = window.actions_by_name["undo"]
    assert undo.text() == "&Undo “Edit English summary”"
    # Move another entry, select elsewhere, then undo the move: the moved entry is selected.
    moved = window.doc.issue.entries()[1].article_id
    window.select_entry(moved)
    window.move_selected(1)
    window.select_entry(entry.article_id)
    window.doc_undo()
    assert window.editor.article_id == moved
    window.doc_undo()  # the typing: the entry is shown, the cursor where the text was taken out
    assert window.editor.article_id == entry.article_id
    assert field.textCursor().position() == len(field.toPlainText())
    window.doc_redo()
    assert field.textCursor().selectedText() == " More."
    assert window.actions_by_name["redo"].text() == "&Redo “Move Entry”"


def test_edit_menu_names_the_step_in_chinese(qtbot, window, ui_chinese):
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    QTest.keyClicks(window.editor.fields["summary_en"], "x")
    assert window.actions_by_name["undo"].text() == "撤销“修改英文摘要”(&U)"


# --------------------------------------------------------------------------- 5. the small things
def test_date_field_takes_a_whole_typed_date(qtbot, window, modal_dialogs):
    dialog = IssuePropertiesDialog(window.doc.issue, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setDate(QDate(2026, 1, 5))
    dialog.date.edit.setFocus()
    dialog.date.edit.selectAll()
    QTest.keyClicks(dialog.date.edit, "28/11/2026")
    QTest.keyClick(dialog.date.edit, Qt.Key.Key_Return)
    assert dialog.date.date() == QDate(2026, 11, 28)
    assert dialog.issue().date.isoformat() == "2026-11-28"
    dialog.date.edit.setText("31/02/2026")
    assert not dialog.date.read_text() and dialog.date.date() == QDate(2026, 11, 28)


def test_filter_finds_the_editors_english_headline(qtbot, window):
    entry = window.doc.issue.entries()[2]
    window.select_entry(entry.article_id)
    field = window.editor.fields["headline_en"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(field, " Zanzibar")
    window.doc.flush()  # the keystrokes are in the database (the writer thread is quick, not instant)
    panel = window.library_panel
    panel.filter_edit.setText("zanzibar")  # case does not matter
    panel.apply_filter()
    qtbot.waitUntil(lambda: not window.doc.library.is_searching(), timeout=5000)
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 0).data(ArticleIdRole) == entry.article_id


def test_tab_into_a_field_puts_the_cursor_at_the_end(qtbot, window):
    window.select_entry(window.doc.issue.entries()[0].article_id)
    zh, en = window.editor.fields["headline_zh"], window.editor.fields["headline_en"]
    summary = window.editor.fields["summary_zh"]
    zh.setFocus()
    QTest.keyClick(zh, Qt.Key.Key_Tab)
    assert en.hasFocus() and not en.textCursor().hasSelection()
    assert en.textCursor().position() == len(en.toPlainText())
    QTest.keyClick(en, Qt.Key.Key_Tab)
    assert summary.hasFocus() and summary.textCursor().position() == len(summary.toPlainText())


def test_export_anyway_defaults_to_no(qtbot, make_window, boxes, file_dialogs, tmp_path):
    project = load_sample()
    project.issue.entries()[0].summary_en = ""  # an error
    window = make_window(project)
    file_dialogs.export_pdf = str(tmp_path / "x.pdf")
    # The patched box answers with its default button: it must be No.
    with qtbot.waitSignal(window.exportFinished, timeout=90000) as blocker:
        window.export_to(str(tmp_path / "x.pdf"), "side-by-side", "A4", 0.0, False)
    assert blocker.args[0].get("cancelled")
    assert not (tmp_path / "x.pdf").exists()


def test_save_as_suggests_a_name_from_the_issue(qtbot, window, monkeypatch):
    from ui.messages import FileDialogs

    asked: list[str] = []
    monkeypatch.setattr(FileDialogs, "save_project", classmethod(lambda cls, parent, s="": asked.append(s)))
    window.save_as()
    assert asked == ["Wujin Digest 7 2026-11-28.jianbao"]


def test_chinese_toolbar_buttons_show_no_menu_keys(qtbot, window, ui_chinese):
    """The menus read 打开(&O)…; the toolbar buttons read 打开, not 打开(O)."""
    import re

    shown = [
        window.toolbar.widgetForAction(action).text()
        for action in window.toolbar.actions()
        if not action.isSeparator()
    ]
    assert "打开" in shown and "导出 PDF" in shown, shown
    assert not [text for text in shown if re.search(r"\([A-Z]\)|&|…$", text)], shown
    assert window.actions_by_name["open"].text() == "打开(&O)…"  # the menu keeps its key


def test_window_title_names_the_app_once(qtbot, window, ui_chinese):
    assert window.windowTitle().endswith(" — 简报")
    # Qt appends the display name unless the title ends with it: it must be the same word.
    assert QGuiApplication.applicationDisplayName() == "简报"


def test_preview_page_count_follows_a_live_language_switch(qtbot, window):
    with qtbot.waitSignal(window.preview.documentShown, timeout=90000):
        window.preview_now()
    assert window.preview.status.text().endswith("pages") or window.preview.status.text().endswith("page")
    i18n.install_language(i18n.CHINESE)
    QApplication.processEvents()
    assert "页" in window.preview.status.text()
    assert "页" in window.preview.page_count.text()


def test_qt_file_dialog_speaks_chinese(qtbot, ui_chinese):
    from tests.ui.test_translations import untranslated_words

    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "x")
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        texts += [button.toolTip() for button in dialog.findChildren(QToolButton)]
        assert all(not untranslated_words(text) for text in texts), texts


def test_chinese_questions_end_in_a_full_width_question_mark():
    import xml.etree.ElementTree as ET

    tree = ET.parse(i18n.TRANSLATIONS_DIR / "jianbao_zh_CN.ts")
    for message in tree.getroot().iter("message"):
        text = message.findtext("translation") or ""
        if "(*" in text:
            continue  # file filters
        assert "?" not in text, text


@pytest.fixture
def ui_chinese(qapp):
    i18n.install_language(i18n.CHINESE)
    yield
    i18n.install_language(i18n.ENGLISH)


@pytest.fixture(autouse=True)
def _no_boxes_block(boxes):
    boxes.answer = QMessageBox.StandardButton.Ok
    return boxes
