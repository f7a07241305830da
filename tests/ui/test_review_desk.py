"""The import review desk on a real window: every correction by its key, as one undo step,
written to the project database at once, kept over reopening and re-importing, and teaching
the paper's profile for its next page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from digest import store
from digest.ingest.pipeline import import_file
from digest.model import Correction, Project

DATA = Path(__file__).parent / "data"
FARM_1 = DATA / "shaanxi-nongcun-2015-01-09-03.txt"
FARM_2 = DATA / "shaanxi-nongcun-2018-03-30-06.txt"


def import_and_wait(qtbot, window, path: Path) -> None:
    window.import_paths([str(path)])
    qtbot.waitUntil(lambda: not window.is_importing(), timeout=20000)
    qtbot.wait(10)


@pytest.fixture
def desk_window(qtbot, make_window, tmp_path, pages_dir):
    """A named (always saved) project with xinmin-page-a imported; the desk is open on it."""
    window = make_window(Project(), tmp_path / "review.jianbao")
    import_and_wait(qtbot, window, pages_dir / "xinmin-page-a.txt")
    assert window.review_dock.isVisible()
    return window


def press(qtbot, window, line: int, key: str) -> None:
    """Put the desk's cursor on page line `line` (0-based) and press `key` there."""
    desk = window.review_desk
    row = desk.model.row_of_line(line)
    assert desk.lines[row].index == line
    desk.view.setCurrentIndex(desk.model.index(row, 3))
    desk.view.selectRow(row)
    desk.view.setFocus()
    qtbot.keyClick(desk.view, getattr(Qt.Key, f"Key_{key}"))


def library(window):
    """Every article of the library (it lives in the project database)."""
    return window.doc.full_project().articles


def library_pages(window):
    return window.doc.full_project().pages


def line(window, index: int):
    return next(ln for ln in window.review_desk.lines if ln.index == index)


def article_at(window, index: int):
    return next(a for a in library(window) if a.line_start <= index < a.line_end)


def stored(window) -> Project:
    return store.load(window.doc.path)


def page_of(project: Project):
    assert len(project.pages) == 1
    return project.pages[0]


def test_import_keeps_the_page_and_opens_the_desk(desk_window):
    window = desk_window
    desk = window.review_desk
    assert [p.source for p in library_pages(window)] == ["xinmin-page-a.txt"]
    assert len(desk.lines) == 32 and desk.model.rowCount() == 32
    assert desk.lines[0].role == "kicker"
    # Items are told apart (a rule above each first line) and every article of the page is there.
    starts = [
        r for r in range(desk.model.rowCount()) if desk.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
    ]
    assert len(starts) == len(library(window)) == 4
    assert "xinmin-page-a.txt" in desk.title.text()
    saved = stored(window)
    assert page_of(saved).text == library_pages(window)[0].text
    assert all(a.page_id == saved.pages[0].id for a in saved.articles)


def test_retag_keeps_the_entry_text_and_undoes(qtbot, desk_window):
    window = desk_window
    article = article_at(window, 20)
    assert article.subtitle.startswith("友情提醒")
    window.add_articles_to_issue([article.id])
    window.doc.set_entry_text(article.id, "headline_en", "129 residents locked out")
    window.select_entry(article.id)
    # What the preview renders names the article's page too (a page id naming no page is damage).
    assert store.loads(window.doc.snapshot_text()).pages[0].id == article.page_id

    press(qtbot, window, 20, "P")  # the subtitle is really the first paragraph

    changed = article_at(window, 20)
    assert changed.id != article.id and changed.subtitle is None
    assert changed.paragraphs[0].startswith("友情提醒")
    assert line(window, 20).role == "paragraph"
    assert window.doc.undo_stack.undoText() == "Mark as Paragraph"
    assert "Mark as Paragraph" in window.actions_by_name["undo"].toolTip()
    entry = window.doc.entry(changed.id)
    assert entry is not None and entry.headline_en == "129 residents locked out"
    assert window.editor.article_id == changed.id
    saved = stored(window)
    assert page_of(saved).corrections == [Correction("role", 20, "paragraph", line(window, 20).text)]
    assert changed.id in {a.id for a in saved.articles} and article.id not in {a.id for a in saved.articles}
    assert saved.issue.find_entry(changed.id)[1].headline_en == "129 residents locked out"

    window.doc_undo()
    assert article_at(window, 20).subtitle.startswith("友情提醒")
    assert line(window, 20).role == "subtitle"
    assert window.doc.entry(article.id).headline_en == "129 residents locked out"
    assert window.editor.article_id == article.id
    assert page_of(stored(window)).corrections == []
    window.doc_redo()
    assert article_at(window, 20).id == changed.id
    assert page_of(stored(window)).corrections[0].value == "paragraph"


def test_every_role_key(qtbot, desk_window):
    window = desk_window
    press(qtbot, window, 54, "H")  # a headline already: nothing to do, no undo step
    assert window.doc.undo_stack.count() == 1
    keys = ("K", "S", "B", "C", "L", "D", "P", "H")
    roles = ("kicker", "subtitle", "byline", "caption", "section", "furniture", "paragraph", "headline")
    for key, role in zip(keys, roles, strict=True):
        press(qtbot, window, 54, key)
        assert line(window, 54).role == role, key
    assert [c.value for c in page_of(stored(window)).corrections] == list(roles)
    for _ in range(8):
        window.doc_undo()
    assert line(window, 54).role == "headline"
    assert page_of(stored(window)).corrections == []


def test_split_and_merge_items(qtbot, desk_window):
    window = desk_window
    first = article_at(window, 18)
    below = article_at(window, 42)
    window.add_articles_to_issue([first.id, below.id])
    window.doc.set_entry_text(below.id, "summary_en", "Citywide testing tomorrow.")

    press(qtbot, window, 30, "X")  # a new item starts at line 30
    assert window.doc.undo_stack.undoText() == "Split Item"
    assert len(library(window)) == 5
    assert line(window, 30).item == line(window, 28).item + 1
    head = article_at(window, 18)
    assert head.line_end == 29 and window.doc.entry(head.id) is not None  # the entry follows the first part
    window.doc_undo()
    assert len(library(window)) == 4 and window.doc.entry(first.id) is not None

    press(qtbot, window, 42, "M")  # the next story joins the one above
    assert window.doc.undo_stack.undoText() == "Merge Items"
    assert len(library(window)) == 3
    merged = article_at(window, 42)
    assert merged.line_start == 18 and merged.line_end > 52
    # Both entries were about lines of the merged article: the upper one keeps it, the other leaves.
    assert [e.article_id for e in window.doc.issue.entries()] == [merged.id]
    assert len(stored(window).issue.entries()) == 1
    window.doc_undo()
    assert len(library(window)) == 4
    assert [e.article_id for e in window.doc.issue.entries()] == [first.id, below.id]
    assert window.doc.entry(below.id).summary_en == "Citywide testing tomorrow."
    assert len(stored(window).issue.entries()) == 2
    window.doc_redo()
    assert len(library(window)) == 3


def test_join_and_separate_paragraphs(qtbot, desk_window):
    window = desk_window
    before = len(article_at(window, 8).paragraphs)
    press(qtbot, window, 8, "J")  # join with the paragraph above
    assert window.doc.undo_stack.undoText() == "Join Paragraphs"
    assert len(article_at(window, 8).paragraphs) == before - 1
    assert line(window, 8).paragraph == line(window, 6).paragraph
    press(qtbot, window, 14, "N")  # line 14 goes on from 12: start a new paragraph there
    assert window.doc.undo_stack.undoText() == "Separate Paragraphs"
    assert len(article_at(window, 14).paragraphs) == before
    assert [c.kind for c in page_of(stored(window)).corrections] == ["join", "separate"]
    window.doc_undo()
    assert len(article_at(window, 8).paragraphs) == before - 1
    window.doc_undo()
    assert len(article_at(window, 8).paragraphs) == before
    window.doc_redo()
    window.doc_redo()
    assert line(window, 14).paragraph != line(window, 12).paragraph


def test_a_step_that_does_not_apply_changes_nothing(qtbot, desk_window):
    window = desk_window
    press(qtbot, window, 0, "M")  # the first item has nothing above it
    press(qtbot, window, 0, "J")  # a kicker is no paragraph
    assert window.doc.undo_stack.count() == 1  # the import only
    assert "does not apply" in window.statusBar().currentMessage()


def test_reporters_edit(qtbot, desk_window, modal_dialogs):
    window = desk_window
    assert article_at(window, 4).reporters == ["左妍"]

    def type_names(dialog) -> None:
        dialog.edit.setText("左妍, 王磊")

    modal_dialogs["prepare"] = type_names
    press(qtbot, window, 4, "R")
    assert window.doc.undo_stack.undoText() == "Edit Reporters"
    assert article_at(window, 4).reporters == ["左妍", "王磊"]
    assert "左妍、王磊" in window.review_desk.item_label.text()
    assert page_of(stored(window)).corrections[0] == Correction(
        "reporters", 0, "左妍、王磊", line(window, 0).text
    )
    window.doc_undo()
    assert article_at(window, 4).reporters == ["左妍"]
    window.doc_redo()
    assert article_at(window, 4).reporters == ["左妍", "王磊"]


def test_page_source_goes_into_the_articles(qtbot, desk_window):
    window = desk_window
    desk = window.review_desk
    desk.paper_edit.setText("新民晚报")
    desk.date_edit.setText("2022-04-02")
    desk.date_edit.editingFinished.emit()
    assert window.doc.undo_stack.undoText() == "Set Page Source"
    assert {(a.paper, a.page_date) for a in library(window)} == {("新民晚报", "2022-04-02")}
    saved = stored(window)
    assert (saved.pages[0].paper, saved.pages[0].page_date) == ("新民晚报", "2022-04-02")
    assert {a.paper for a in saved.articles} == {"新民晚报"}
    window.doc_undo()
    assert {a.paper for a in library(window)} == {""}
    assert desk.paper_edit.text() == ""


def test_context_menu_offers_the_same_actions(qtbot, desk_window):
    desk = desk_window.review_desk
    names = {a.text() for a in desk.actions_by_name.values()}
    assert {"Mark as Headline", "Mark as Dropped", "Split Item Here", "Merge into Item Above"} <= names
    assert desk.actions_by_name["role_headline"].shortcut().toString() == "H"
    assert desk.actions_by_name["split"].shortcut().toString() == "X"


def test_corrections_survive_reopening_and_reimport(qtbot, make_window, desk_window, pages_dir):
    window = desk_window
    path = window.doc.path
    press(qtbot, window, 30, "X")
    press(qtbot, window, 20, "P")
    corrected = sorted(a.content_key() for a in library(window))
    assert len(corrected) == 5
    window.doc.undo_stack.setClean()
    window.close()

    again = make_window(store.load(path), path)  # the project as saved, in a new window
    assert len(library_pages(again)[0].corrections) == 2
    assert sorted(a.content_key() for a in library(again)) == corrected
    import_and_wait(qtbot, again, pages_dir / "xinmin-page-a.txt")  # the same page again
    assert "Imported 0 item(s); 5 already in the library." in again.statusBar().currentMessage()
    assert sorted(a.content_key() for a in library(again)) == corrected
    assert len(library_pages(again)) == 1
    assert again.review_dock.isVisible()
    assert line(again, 20).role == "paragraph" and line(again, 20).corrected
    # Without its corrections the page gives other articles: the re-import used them.
    plain = import_file(pages_dir / "xinmin-page-a.txt").articles
    assert sorted(a.content_key() for a in plain) != corrected


def test_a_correction_teaches_the_papers_next_page(qtbot, make_window, tmp_path):
    control = import_file(FARM_2)
    assert any((a.headline or "").startswith("版权所有") for a in control.articles)

    window = make_window(Project(), tmp_path / "farm.jianbao")
    import_and_wait(qtbot, window, FARM_1)
    desk = window.review_desk
    assert "none" in desk.profile_label.text()
    desk.paper_edit.setText("陕西农村报")
    desk.paper_edit.editingFinished.emit()
    press(qtbot, window, 5, "D")  # the copyright line is page furniture, not a section
    assert line(window, 5).role == "furniture"
    assert not any((a.headline or "").startswith("版权所有") for a in library(window))
    profiles = window.doc.store.repo.read_profiles()
    assert "furniture" in profiles["陕西农村报"]["forms"].values()

    import_and_wait(qtbot, window, FARM_2)  # another day's page of the same paper
    second = library_pages(window)[1]
    assert desk.page.id == second.id
    assert second.paper == "陕西农村报" and second.profile == "陕西农村报"
    assert line(window, 7).role == "furniture" and line(window, 7).corrected
    assert "陕西农村报" in desk.profile_label.text()
    theirs = [a for a in library(window) if a.page_id == second.id]
    assert len(theirs) == len(control.articles) - 1
    assert not any((a.headline or "").startswith("版权所有") for a in theirs)
    assert {a.paper for a in theirs} == {"陕西农村报"}


def test_review_action_opens_the_desk_on_the_selected_article(qtbot, desk_window):
    window = desk_window
    window.review_dock.hide()
    target = article_at(window, 54)
    window.library_panel.select_article(target.id)
    window.actions_by_name["review_page"].trigger()
    assert window.review_dock.isVisible()
    assert window.review_desk.current_line().index == 54


def test_an_article_without_its_page_says_so(qtbot, window):
    window.library_panel.select_article(library(window)[0].id)
    window.actions_by_name["review_page"].trigger()
    assert not window.review_dock.isVisible()
    assert "import its page again" in window.statusBar().currentMessage()


def test_the_desk_speaks_chinese(qtbot, desk_window):
    from tests.ui.test_translations import untranslated_words, visible_texts
    from ui import i18n

    window = desk_window
    desk = window.review_desk
    english = [t for _, t in visible_texts(window.review_dock) if untranslated_words(t)]
    assert len(english) > 5  # the walk sees the desk's words
    i18n.install_language(i18n.CHINESE)
    qtbot.wait(10)
    texts = visible_texts(window.review_dock)
    texts += [("action", a.text()) for a in desk.actions_by_name.values()]
    texts += [("role", desk.model.index(r, 1).data()) for r in range(desk.model.rowCount())]
    texts += [("header", str(desk.model.headerData(c, Qt.Orientation.Horizontal))) for c in range(4)]
    texts += [("item", desk.item_label.text()), ("menu", window.actions_by_name["review_page"].text())]
    assert [(w, t) for w, t in texts if untranslated_words(t)] == []
    assert desk.model.index(0, 1).data() == "引题"
    press(qtbot, window, 20, "P")
    assert window.doc.undo_stack.undoText() == "标为正文段落"


def test_the_library_list_follows_each_correction(qtbot, desk_window):
    """A correction rebuilds articles in their places in library order (inside the rows the list
    has already fetched): the list shows every article of the database after each step."""
    from ui.library import ArticleIdRole

    window = desk_window
    model = window.doc.library

    def listed() -> set[str]:
        return {model.index(row, 0).data(ArticleIdRole) for row in range(model.rowCount())}

    def in_database() -> set[str]:
        return {a.id for a in library(window)}

    for key, at in (("X", 30), ("M", 42), ("H", 30)):
        press(qtbot, window, at, key)
        qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
        assert listed() == in_database(), key
        count = len(in_database())
        assert window.library_panel.count_label.text() == f"{count} of {count} items"
    window.doc_undo()
    qtbot.waitUntil(lambda: not model.is_searching(), timeout=5000)
    assert listed() == in_database()
