"""The terminology memory and key sentences in the editor, used as a person does: select the
Chinese and the English and press Ctrl+Shift+G; click a glossary chip; see preflight warn; click
a key sentence; edit, import and export the glossary in its window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from digest.glossary import make_term, read_csv
from digest.model import GlossaryTerm
from tests.ui.conftest import make_project

CPPCC = GlossaryTerm("区政协", "the district CPPCC committee", "house style")


def active(qtbot, window):
    """The window once it is active (keys and focus reach it only then; offscreen, that comes a
    moment after it is shown)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    return window


def select_in_source(window, text: str) -> None:
    source = window.editor.source
    cursor = source.document().find(text)
    assert cursor.hasSelection(), text
    source.setTextCursor(cursor)


def select_in_text_field(edit, text: str) -> None:
    start = edit.toPlainText().index(text)
    cursor = edit.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def select_text(edit, text: str) -> None:
    """Select `text` in a one-line field or a text field."""
    if isinstance(edit, QLineEdit):
        edit.setSelection(edit.text().index(text), len(text))
    else:
        select_in_text_field(edit, text)


def cursor_to_end(edit) -> None:
    if isinstance(edit, QLineEdit):
        edit.setCursorPosition(len(edit.text()))
    else:
        edit.moveCursor(QTextCursor.MoveOperation.End)


def press_add_term(widget) -> None:
    QTest.keyClick(
        widget, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )


def glossary_chip_texts(window) -> list[str]:
    return [chip.text() for chip in window.editor.glossary_chips.chips()]


def test_select_chinese_and_english_then_one_key_adds_a_pair(qtbot, make_window):
    project = make_project()
    project.issue.sections[0].entries[0].summary_en = "Members of the district CPPCC committee met. " * 8
    window = active(qtbot, make_window(project))
    window.select_entry("art001")
    editor = window.editor
    assert not any("区政协" in text for text in glossary_chip_texts(window))
    action = window.actions_by_name["add_glossary_term"]
    assert action.shortcut().toString() == "Ctrl+Shift+G"
    assert action in window.glossary_menu.actions()

    select_in_source(window, "区政协")  # the Chinese, in the source article
    summary_en = editor.fields["summary_en"]
    summary_en.setFocus()
    select_in_text_field(summary_en, "the district CPPCC committee")  # the English
    press_add_term(summary_en)

    assert window.doc.project.glossary[-1] == make_term("区政协", "the district CPPCC committee")
    assert "区政协" in window.statusBar().currentMessage()
    assert window.doc.store.repo.read_glossary()[-1].zh == "区政协"  # written to the project file
    assert "区政协 → the district CPPCC committee" in glossary_chip_texts(window)  # a hit now
    assert window.doc.undo_stack.undoText() == "Add “区政协” to Glossary"

    window.doc_undo()  # one undo takes the pair back, from memory, file and chips
    assert all(t.zh != "区政协" for t in window.doc.project.glossary)
    assert all(t.zh != "区政协" for t in window.doc.store.repo.read_glossary())
    assert not any("区政协" in text for text in glossary_chip_texts(window))
    window.doc_redo()
    assert window.doc.project.glossary[-1].zh == "区政协"


def test_headline_selections_are_remembered_across_focus_changes(qtbot, make_window):
    window = active(qtbot, make_window(make_project()))
    window.select_entry("art002")
    editor = window.editor
    headline_zh, headline_en = editor.fields["headline_zh"], editor.fields["headline_en"]
    headline_zh.setFocus()
    select_text(headline_zh, "武进区")
    headline_en.setFocus()  # a one-line field drops its selection here; the editor remembers it
    select_text(headline_en, "Test headline")
    press_add_term(headline_en)
    assert window.doc.project.glossary[-1] == make_term("武进区", "Test headline")


def test_adding_without_both_selections_says_what_is_missing(qtbot, make_window):
    window = active(qtbot, make_window(make_project()))
    window.select_entry("art001")
    before = list(window.doc.project.glossary)
    press_add_term(window.editor.fields["summary_zh"])
    assert "Select a Chinese term and its English" in window.statusBar().currentMessage()
    select_in_source(window, "区政协")
    press_add_term(window.editor.fields["summary_zh"])
    assert "Select its English too" in window.statusBar().currentMessage()
    assert window.doc.project.glossary == before
    assert not window.doc.undo_stack.canUndo()


def test_hit_chips_show_the_articles_terms_and_insert_replacing_the_selection(qtbot, make_window):
    project = make_project()
    project.glossary = [CPPCC, GlossaryTerm("营商环境", "business climate"), GlossaryTerm("人次", "visits")]
    window = active(qtbot, make_window(project))
    window.select_entry("art001")
    assert glossary_chip_texts(window) == ["人次 → visits", "区政协 → the district CPPCC committee"]
    assert "营商环境" not in " ".join(glossary_chip_texts(window))  # not in this article

    summary_en = window.editor.fields["summary_en"]
    summary_en.setFocus()
    select_in_text_field(summary_en, "Wujin's")
    chip = next(c for c in window.editor.glossary_chips.chips() if c.property("sourceText") == "区政协")
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    entry = window.doc.entry("art001")
    assert entry.summary_en.startswith("the district CPPCC committee new-energy vehicle industry")
    assert summary_en.hasFocus()
    assert summary_en.textCursor().position() == len("the district CPPCC committee")
    window.doc_undo()
    assert entry.summary_en.startswith("Wujin's new-energy")

    headline_en = window.editor.fields["headline_en"]  # the English field last in focus gets it
    headline_en.setFocus()
    cursor_to_end(headline_en)
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert entry.headline_en == "Test headline number 1 the district CPPCC committee"


def test_preflight_warns_about_a_missing_rendering_in_the_panel(qtbot, make_window):
    project = make_project()
    project.glossary = [CPPCC]
    first = project.issue.sections[0].entries[0]
    first.summary_zh = "区政协积极探索协商新模式。" * 10
    window = active(qtbot, make_window(project))
    with qtbot.waitSignal(window.preflight_panel.countsChanged, timeout=90000):
        window.actions_by_name["preflight"].trigger()
    described = [f["describe"] for f in window.preflight_panel.findings]
    assert (
        "warning: entry 1 «测试新闻标题第1号 武进…»: «区政协» is in the Chinese but its glossary English "
        "«the district CPPCC committee» is not in the English"
    ) in described
    # written in the English, the warning goes at the next preflight
    window.select_entry(first.article_id)
    summary_en = window.editor.fields["summary_en"]
    summary_en.setFocus()
    summary_en.moveCursor(QTextCursor.MoveOperation.End)
    chip = window.editor.glossary_chips.chips()[0]
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.preflight_panel.countsChanged, timeout=90000):
        window.actions_by_name["preflight"].trigger()
    assert not [f for f in window.preflight_panel.findings if f["code"].startswith("glossary")]


def test_key_sentences_appear_as_chips_and_insert_only_on_click(qtbot, make_window):
    project = make_project()
    article = project.articles[0]
    article.paragraphs = [
        "区政协组织委员围绕营商环境开展专题调研，走访企业二十余家。",
        "今天天气晴朗，公园里有很多游客散步。",
        "委员们就营商环境提出建议，区政协将持续跟进营商环境问题。",
        "区政协委员调研营商环境，企业家反映融资难题。",
        "晚上的音乐会吸引了许多市民前来观看演出。",
    ]
    entry = project.issue.sections[0].entries[0]
    entry.summary_zh = ""
    window = active(qtbot, make_window(project))
    window.select_entry(article.id)
    chips = window.editor.key_sentence_chips
    qtbot.waitUntil(lambda: len(chips.chips()) == 3, timeout=30000)
    sentences = [c.property("insertText") for c in chips.chips()]
    assert all(s in "".join(article.paragraphs) for s in sentences)
    assert "今天天气晴朗，公园里有很多游客散步。" not in sentences
    assert window.doc.entry(article.id).summary_zh == ""  # nothing written without a click

    summary_zh = window.editor.fields["summary_zh"]
    summary_zh.setFocus()
    QTest.mouseClick(chips.chips()[0], Qt.MouseButton.LeftButton)
    assert window.doc.entry(article.id).summary_zh == sentences[0]
    assert summary_zh.hasFocus()
    window.doc_undo()
    assert window.doc.entry(article.id).summary_zh == ""


def test_glossary_window_edits_imports_and_exports(qtbot, make_window, modal_dialogs, tmp_path: Path):
    from ui.glossary_dialog import GlossaryDialog

    window = active(qtbot, make_window(make_project()))
    seed = list(window.doc.project.glossary)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("zh,en\n区政协,a\n区政协,b\n".encode())
    good = tmp_path / "terms.csv"
    good.write_bytes("\ufeffzh,en,note\n区政协,the district CPPCC committee,house\n美元,dollars\n".encode())
    out = tmp_path / "out.csv"

    def prepare(dialog: GlossaryDialog) -> None:
        assert dialog.table.rowCount() == len(seed)
        assert not dialog.import_csv(str(bad))
        assert "line 3: «区政协» is already on line 2" in dialog.message.text()
        assert dialog.table.rowCount() == len(seed)  # nothing imported
        assert dialog.import_csv(str(good))
        assert dialog.table.rowCount() == len(seed) + 1  # 美元 replaced in place, 区政协 added
        dialog.filter.setText("cppcc")
        visible = [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)]
        assert [dialog.table.item(r, 0).text() for r in visible] == ["区政协"]
        dialog.filter.clear()
        dialog.add_row()  # a pair without its English cannot be kept
        dialog.table.item(dialog.table.rowCount() - 1, 0).setText("政协")
        dialog.accept()
        assert dialog.result() == 0 and "Row 26: the English for «政协» is empty" in dialog.message.text()
        dialog.delete_selected()
        dialog.table.selectRow(0)  # 美元
        dialog.delete_selected()
        assert dialog.export_csv(str(out))

    modal_dialogs["prepare"] = prepare
    window.actions_by_name["edit_glossary"].trigger()
    glossary = window.doc.project.glossary
    assert [t.zh for t in glossary] == [t.zh for t in seed[1:]] + ["区政协"]
    assert read_csv(out.read_bytes()) == glossary
    window.doc_undo()  # the whole session in the window is one step
    assert window.doc.project.glossary == seed


def test_glossary_menu_imports_a_csv_in_one_step_and_refuses_a_bad_one(qtbot, make_window, tmp_path):
    window = active(qtbot, make_window(make_project()))
    seed = list(window.doc.project.glossary)
    menu = window.glossary_menu
    bad = tmp_path / "gbk.csv"
    bad.write_bytes("zh,en\n区政协,x\n".encode("gb18030"))
    menu.import_csv(str(bad))
    assert window.statusBar().currentMessage().startswith("Nothing imported: gbk.csv is not UTF-8")
    assert window.doc.project.glossary == seed and not window.doc.undo_stack.canUndo()
    good = tmp_path / "terms.csv"
    good.write_bytes("zh,en\n区政协,the district CPPCC committee\n".encode())
    menu.import_csv(str(good))
    assert window.doc.project.glossary[-1].zh == "区政协"
    assert "1 new pairs" in window.statusBar().currentMessage()
    out = tmp_path / "out.csv"
    menu.export_csv(str(out))
    assert read_csv(out.read_bytes()) == window.doc.project.glossary


def test_glossary_window_menu_and_chips_speak_chinese(qtbot, make_window):
    from tests.ui.test_translations import untranslated_words, visible_texts
    from ui import i18n
    from ui.glossary_dialog import GlossaryDialog

    project = make_project()
    project.glossary = [CPPCC]
    window = active(qtbot, make_window(project))
    window.select_entry("art001")
    qtbot.waitUntil(lambda: len(window.editor.key_sentence_chips.chips()) == 2, timeout=30000)
    i18n.install_language(i18n.CHINESE)
    qtbot.wait(10)
    assert window.glossary_menu.title() == "术语表(&G)"
    assert window.editor.glossary_chips.label.text().startswith("术语")
    assert window.editor.key_sentence_chips.label.text().startswith("关键句")
    problems = [(w, t) for w, t in visible_texts(window) if untranslated_words(t)]
    dialog = GlossaryDialog(window.doc.project.glossary, window)
    dialog.show()
    problems += [(w, t) for w, t in visible_texts(dialog) if untranslated_words(t)]
    dialog.close()
    assert problems == [], problems
    window.actions_by_name["add_glossary_term"].trigger()
    assert window.statusBar().currentMessage() == "请先选中中文术语及其英文译法。"


def test_chips_refilled_at_once_never_become_windows_of_their_own(qtbot, make_window):
    """A chip added and cleared before the layout shows it must not show up unparented (it took the
    window's activation, and with it every shortcut)."""
    project = make_project()
    project.glossary = [CPPCC]
    window = active(qtbot, make_window(project))
    for _ in range(3):
        window.editor.glossary_chips.show_article(window.doc.article("art001"))
        window.editor.glossary_chips.show_article(window.doc.article("art002"))
    qtbot.wait(50)
    stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow() and w is not window]
    assert stray == []
    assert QApplication.activeWindow() is window


def test_a_read_only_window_shows_the_glossary_but_does_not_change_it(
    qtbot, make_window, modal_dialogs, tmp_path
):
    from digest import store

    named = tmp_path / "shared.jianbao"
    project = make_project()
    project.glossary = [CPPCC]
    store.save(project, named)
    make_window(store.load(named), named)  # the first window edits the file
    other = make_window(make_project(entries=1), None)
    assert other.load_path(str(named)) and other.doc.viewer_only
    assert not other.actions_by_name["add_glossary_term"].isEnabled()
    assert not other.actions_by_name["import_glossary"].isEnabled()
    other.select_entry("art001")
    chip = other.editor.glossary_chips.chips()[0]
    before = other.doc.entry("art001").summary_en
    QTest.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert other.doc.entry("art001").summary_en == before

    def delete_first(dialog) -> None:  # the window opens; its changes are not applied
        dialog.table.selectRow(0)
        dialog.delete_selected()

    modal_dialogs["prepare"] = delete_first
    other.actions_by_name["edit_glossary"].trigger()
    assert other.doc.project.glossary == [CPPCC]
    assert "read-only" in other.statusBar().currentMessage()
