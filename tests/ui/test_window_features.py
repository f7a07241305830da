"""Window features: sections, issue properties, preflight panel, print, paste, layout memory, recent files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from digest import store
from ui.dialogs import IssuePropertiesDialog, SectionDialog
from ui.settings import recent_files


def wait_preview(qtbot, window) -> None:
    with qtbot.waitSignal(window.preview.documentShown, timeout=90000):
        window.preview_now()


def test_sections_add_rename_remove_with_undo(qtbot, window, modal_dialogs):
    sections = window.doc.issue.sections
    count = len(sections)

    def fill(dialog) -> None:
        if isinstance(dialog, SectionDialog):
            dialog.title_zh.setText("文化")
            dialog.title_en.setText("Culture")

    modal_dialogs["prepare"] = fill
    window.lineup_panel.view.setCurrentIndex(window.doc.lineup.index(0, 0))
    window.actions_by_name["add_section"].trigger()
    assert len(sections) == count + 1
    assert (sections[1].title_zh, sections[1].title_en) == ("文化", "Culture")

    def rename(dialog) -> None:
        dialog.title_en.setText("Arts")

    modal_dialogs["prepare"] = rename
    window.lineup_panel.view.setCurrentIndex(window.doc.lineup.index(1, 0))
    window.rename_section()
    assert sections[1].title_en == "Arts"
    assert "Arts" in window.doc.lineup.index(1, 0).data()
    window.remove_selected()
    assert len(sections) == count
    for _ in range(3):
        window.doc_undo()
    assert len(sections) == count
    window.doc_redo()
    assert sections[1].title_en == "Culture"


def test_issue_properties_change_targets_and_counters(qtbot, window, modal_dialogs):
    window.select_entry(window.doc.issue.entries()[0].article_id)

    def edit(dialog) -> None:
        assert isinstance(dialog, IssuePropertiesDialog)
        dialog.title_en.setText("Wujin Weekly")
        dialog.number.setValue(42)
        dialog.en_min.setValue(10)
        dialog.en_max.setValue(20)
        dialog.layout_fields.layout_box.setCurrentIndex(dialog.layout_fields.layout_box.findData("stacked"))

    modal_dialogs["prepare"] = edit
    window.actions_by_name["properties"].trigger()
    issue = window.doc.issue
    assert (issue.title_en, issue.number, issue.targets.en_max, issue.layout.layout) == (
        "Wujin Weekly",
        42,
        20,
        "stacked",
    )
    assert "10–20" in window.editor.counters["summary_en"].text()
    assert "over its target" in window.editor.warning.text()
    window.doc_undo()
    assert (issue.title_en, issue.number, issue.layout.layout) == ("Wujin Digest", 7, "side-by-side")


def test_preflight_counts_open_the_panel_and_findings_open_entries(qtbot, make_window):
    from tests.ui.conftest import make_project

    project = make_project()
    broken = project.issue.sections[1].entries[0]
    broken.summary_en = ""
    window = make_window(project)
    wait_preview(qtbot, window)
    qtbot.waitUntil(lambda: window.preflight_panel.known, timeout=10000)
    assert window.preflight_panel.findings
    assert "Errors:" in window.preflight_button.text()
    assert window.lineup_tabs.currentWidget() is window.lineup_panel  # the lineup stays in view
    QTest.mouseClick(window.preflight_button, Qt.MouseButton.LeftButton)
    assert window.lineup_tabs.currentWidget() is window.preflight_panel
    items = window.preflight_panel.list
    target = next(
        i
        for i in range(items.count())
        if items.item(i).data(Qt.ItemDataRole.UserRole + 20).get("article_id") == broken.article_id
    )
    window.select_entry(window.doc.issue.entries()[0].article_id)
    items.itemClicked.emit(items.item(target))
    assert window.editor.article_id == broken.article_id


def test_print_renders_every_preview_page(qtbot, window, tmp_path):
    wait_preview(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = window.print_to(printer)
    assert pages == window.preview.document.pageCount() > 0
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == pages


def test_paste_page_from_clipboard(qtbot, window, pages_dir):
    before = window.doc.library.rowCount()
    QGuiApplication.clipboard().setText((pages_dir / "xinmin-page-a.txt").read_text(encoding="utf-8"))
    window.actions_by_name["paste_page"].trigger()
    qtbot.waitUntil(
        lambda: not window.is_importing() and window.doc.library.rowCount() > before, timeout=20000
    )
    assert window.library_panel.source_box.count() >= 3  # "All pages" plus two sources
    QGuiApplication.clipboard().setText("   ")
    window.paste_page()
    assert window.doc.library.rowCount() > before


def test_splitter_layout_is_remembered(qtbot, make_window):
    first = make_window()
    first.resize(780, 700)  # fits the offscreen screen, so the geometry restores unclamped
    qtbot.wait(10)
    total = sum(first.main_splitter.sizes())
    first.main_splitter.setSizes([150, 200, total - 500, 150])  # library | lineup | writing | preview
    wanted = first.main_splitter.sizes()
    assert all(wanted)
    first.save_layout()
    second = make_window()
    assert second.size() == first.size()
    assert second.main_splitter.sizes() == wanted


def test_save_as_adds_recent_file_and_open_recent(qtbot, window, tmp_path, file_dialogs):
    path = tmp_path / "recent.jianbao"
    file_dialogs.save_project = str(path)
    assert window.save_as()
    assert recent_files()[0] == str(path.resolve())
    window._fill_recent_menu()
    actions = [a for a in window.recent_menu.actions() if a.data()]
    assert actions and actions[0].data() == str(path.resolve())
    window.new_project()
    assert window.doc.path is None and not window.doc.issue.entries()
    actions[0].trigger()
    assert window.doc.path == path.resolve()
    assert len(store.load(path).issue.entries()) == len(window.doc.issue.entries()) == 3


def test_preview_keeps_page_and_zoom_across_reloads(qtbot, make_window):
    from tests.ui.conftest import make_project
    from ui.preview import PreviewPanel

    window = make_window(make_project(entries=12))
    wait_preview(qtbot, window)
    panel: PreviewPanel = window.preview
    assert panel.document.pageCount() >= 2
    panel.zoom_box.setCurrentIndex(panel.zoom_box.findData(1.5))
    panel.zoom_box.activated.emit(panel.zoom_box.currentIndex())
    panel.go_to_page(1)
    qtbot.waitUntil(lambda: panel.current_page() == 1, timeout=5000)
    window.select_entry(window.doc.issue.entries()[0].article_id)
    QTest.keyClicks(window.editor.fields["headline_en"], "!")
    with qtbot.waitSignal(panel.documentShown, timeout=90000):
        pass  # the debounced refresh
    assert panel.current_page() == 1
    assert panel.view.zoomFactor() == 1.5
    assert panel.page_spin.value() == 2


def test_library_articles_dropped_on_the_lineup_become_entries(qtbot, make_window):
    from tests.ui.conftest import make_project
    from ui.library import ARTICLE_MIME

    window = make_window(make_project(entries=2, articles=4))
    library, lineup = window.doc.library, window.doc.lineup
    mime = library.mimeData([library.index(3, 0), library.index(2, 0)])
    assert mime.hasFormat(ARTICLE_MIME)
    section = lineup.index(0, 0)
    assert lineup.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, section)
    ids = [e.article_id for e in window.doc.issue.sections[0].entries]
    assert ids[:2] == ["art004", "art003"]
    window.doc_undo()  # one step for the whole drop
    assert len(window.doc.issue.entries()) == 2


def test_export_dialog_runs_preflight_and_can_stop(qtbot, make_window, tmp_path, file_dialogs, boxes):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import make_project

    project = make_project()
    project.issue.sections[0].entries[0].summary_zh = ""
    window = make_window(project)
    file_dialogs.export_pdf = str(tmp_path / "stopped.pdf")
    boxes.answer = QMessageBox.StandardButton.No  # "Export anyway?" -> No
    with qtbot.waitSignal(window.exportFinished, timeout=90000) as blocker:
        window.actions_by_name["export"].trigger()
    errors = [f for f in window.preflight_panel.findings if f["severity"] == "error"]
    assert errors and errors[0]["article_id"] == project.issue.sections[0].entries[0].article_id
    assert blocker.args[0].get("cancelled")
    assert not (tmp_path / "stopped.pdf").exists()
    assert window.lineup_tabs.currentWidget() is window.preflight_panel
    assert any(title == "Preflight found errors" for title, _ in boxes.shown)
    boxes.answer = QMessageBox.StandardButton.Yes
    file_dialogs.export_pdf = str(tmp_path / "forced.pdf")
    with qtbot.waitSignal(window.exportFinished, timeout=90000) as blocker:
        window.actions_by_name["export"].trigger()
    assert blocker.args[0]["ok"]
    assert (tmp_path / "forced.pdf").read_bytes().startswith(b"%PDF")


def test_bundled_fonts_are_registered_for_chinese(qtbot, window):
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from ui.fonts import cjk_family, register_bundled_fonts

    families = register_bundled_fonts()
    assert families, "the bundled TTFs should be added to QFontDatabase"
    registered = set(QFontDatabase.families())
    assert all(name in registered for names in families.values() for name in names)
    fallback = QApplication.font().families()
    assert len(fallback) >= 2 and cjk_family("serif") in fallback
    assert any("Jianbao" in f or "CJK" in f for f in fallback)


def test_editor_leaves_an_entry_removed_by_undo(qtbot, make_window):
    from tests.ui.conftest import make_project

    window = make_window(make_project(entries=2, articles=3))
    assert window.add_articles_to_issue(["art003"]) == 1
    window.select_entry("art003")
    assert window.editor.article_id == "art003"
    window.doc_undo()
    assert window.doc.entry("art003") is None
    assert window.editor.article_id != "art003"


def test_preflight_action_lists_findings(qtbot, make_window):
    from tests.ui.conftest import make_project

    project = make_project()
    project.issue.sections[0].entries[0].headline_en = ""
    window = make_window(project)
    with qtbot.waitSignal(window.preflight_panel.countsChanged, timeout=90000):
        window.actions_by_name["preflight"].trigger()
    assert window.lineup_tabs.currentWidget() is window.preflight_panel
    described = [f["describe"] for f in window.preflight_panel.findings]
    assert any("entry 1" in text for text in described)


def test_zoom_buttons_step_through_the_zoom_list(qtbot, window):
    panel = window.preview
    panel.zoom_in.click()
    assert panel.view.zoomFactor() == 1.25
    assert panel.zoom_box.currentData() == 1.25
    panel.zoom_out.click()
    panel.zoom_out.click()
    assert panel.view.zoomFactor() == 0.75
    panel.zoom_box.setCurrentIndex(panel.zoom_box.findData("width"))
    panel.zoom_box.activated.emit(panel.zoom_box.currentIndex())
    assert panel.view.zoomMode() == panel.view.ZoomMode.FitToWidth


def test_sections_reorder_by_drag_and_drop(qtbot, window):
    from PySide6.QtCore import QModelIndex

    from ui.lineup import SECTION_MIME

    lineup = window.doc.lineup
    titles = [s.title_en for s in window.doc.issue.sections]
    mime = lineup.mimeData([lineup.index(1, 0)])
    assert mime.hasFormat(SECTION_MIME)
    assert not lineup.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, lineup.index(0, 0))
    assert lineup.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [s.title_en for s in window.doc.issue.sections] == titles[::-1]
    window.doc_undo()
    assert [s.title_en for s in window.doc.issue.sections] == titles


def test_undoing_the_first_entry_of_an_empty_issue_restores_it_exactly(qtbot, make_window):
    """The untitled section made for the first entry goes with it on undo, in one step."""
    from tests.ui.conftest import make_project

    project = make_project(entries=0, articles=3)
    project.issue.sections.clear()
    window = make_window(project)
    before = store.dumps(window.doc.project)
    stack = window.doc.undo_stack
    steps = stack.count()

    assert window.add_articles_to_issue(["art002"]) == 1
    assert stack.count() == steps + 1
    assert [(s.title_zh, [e.article_id for e in s.entries]) for s in window.doc.issue.sections] == [
        ("", ["art002"])
    ]
    assert window.doc.lineup.rowCount() == 1

    stack.undo()
    assert window.doc.issue.sections == []
    assert window.doc.lineup.rowCount() == 0
    assert store.dumps(window.doc.project) == before
    assert not window.isWindowModified()

    stack.redo()  # and back again, the same way
    assert [[e.article_id for e in s.entries] for s in window.doc.issue.sections] == [["art002"]]
    assert window.doc.lineup.rowCount(window.doc.lineup.index(0, 0)) == 1

    # Checking an article in the library takes the same road; one undo again empties the issue.
    stack.undo()
    window.doc.library.setData(
        window.doc.library.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert [[e.article_id for e in s.entries] for s in window.doc.issue.sections] == [["art001"]]
    stack.undo()
    assert store.dumps(window.doc.project) == before


def test_source_article_is_set_like_print_and_shows_markup_literally(qtbot, make_window):
    from PySide6.QtGui import QTextBlockFormat

    from tests.ui.conftest import make_project

    project = make_project(entries=1)
    article = project.articles[0]
    article.paragraphs = ["第一段 <b>AT&T</b> 文字。", "第二段。"]
    window = make_window(project)
    window.select_entry(article.id)
    document = window.editor.source.document()
    text = document.toPlainText()
    assert article.headline in text and "<b>AT&T</b>" in text  # escaped, not bold
    block = document.findBlock(text.index("第一段"))
    indent = block.blockFormat().textIndent()
    assert indent == 2 * window.editor.source.fontMetrics().horizontalAdvance("中")
    assert block.blockFormat().lineHeightType() == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    assert block.blockFormat().lineHeight() > 100


def test_english_fields_set_curly_quotes_proportionally(qtbot, window):
    """In the English fields ’ “ ” belong to the Latin face: narrower than a Chinese character,
    not the full-width forms a CJK face gives them (Wujin’s must not read Wujin’ s)."""
    from PySide6.QtGui import QFontMetricsF

    english = QFontMetricsF(window.editor.fields["summary_en"].font())
    chinese = QFontMetricsF(window.editor.fields["summary_zh"].font())
    for mark in "’“”":
        assert english.horizontalAdvance(mark) < 0.6 * english.horizontalAdvance("中"), mark
    assert chinese.horizontalAdvance("“") > 0.8 * chinese.horizontalAdvance("中")
