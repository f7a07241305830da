"""Every edit is committed as it happens: a killed editor loses nothing it showed, a failed write
is shown at once and retried, untitled work lives in a draft database, and closing only asks
about work that has no named file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtTest import QTest

from digest import store

ROOT = Path(__file__).resolve().parents[2]
# How long the writer thread may take to have what the editor shows in the database: it starts
# each commit as soon as the one before ends (milliseconds), so this is room for a loaded machine
# and a busy disk, not a delay the writer takes (docs/project-file.md).
WRITER_BOUND_MS = 1000

TYPING_APP = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from ui.app import create_app, initial_project
    from ui.main_window import MainWindow

    app = create_app()
    project, path, error, project_store = initial_project(sys.argv[1])  # as `main.py FILE` opens it
    window = MainWindow(project, path, project_store=project_store)
    window.show()
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    field = window.editor.fields["summary_en"]
    field.setFocus()
    text = sys.argv[2]
    state = {"i": 0}

    def type_one():
        QTest.keyClicks(field, text[state["i"]])
        state["i"] += 1
        # Printed after the character is on screen: the parent kills at any moment after this.
        print(state["i"], flush=True)
        if state["i"] < len(text):
            QTimer.singleShot(3, type_one)

    QTimer.singleShot(0, type_one)
    app.exec()
    """
)


def test_sigkill_while_typing_loses_no_character(tmp_path):
    """Type in a real editor process, SIGKILL it mid-typing, restart: every character shown before
    the writer's bound is there."""
    from tests.ui.conftest import make_project

    project_file = tmp_path / "crash.jianbao"
    store.save(make_project(), project_file)
    original = store.load(project_file).issue.entries()[0].summary_en
    typed = "Typed before the crash, every key of it. " * 6
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    script = tmp_path / "typing_app.py"
    script.write_text(TYPING_APP, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(project_file), typed],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    shown = 0
    try:
        for line in proc.stdout:
            shown = int(line)
            if shown >= 150:
                break
        # The writer's bound: what was shown this long before the kill must be in the database.
        # The typing goes on meanwhile, so the kill still lands mid-typing.
        time.sleep(WRITER_BOUND_MS / 1000)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert shown >= 150

    dump = tmp_path / "loaded.json"
    restart = subprocess.run(
        [sys.executable, "main.py", str(project_file), "--dump-project", str(dump)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert restart.returncode == 0, restart.stderr
    loaded = json.loads(dump.read_text(encoding="utf-8"))
    first = loaded["project"]["issues"][0]["sections"][0]["entries"][0]
    # The caret starts at the beginning of the field: what was typed stands before the old text.
    assert first["summary_en"].endswith(original)
    kept = first["summary_en"][: len(first["summary_en"]) - len(original)]
    assert typed.startswith(kept) and len(kept) >= shown
    # Nothing beside the project but SQLite's own journal files: no recovery copy, no temp file.
    assert {p.name for p in tmp_path.iterdir()} <= {
        "crash.jianbao",
        "crash.jianbao-wal",
        "crash.jianbao-shm",
        "typing_app.py",
        "loaded.json",
    }


def test_each_keystroke_is_in_the_database_at_once(qtbot, make_window, tmp_path):
    from tests.ui.conftest import make_project

    project_file = tmp_path / "issue.jianbao"
    store.save(make_project(), project_file)
    window = make_window(store.load(project_file), project_file)
    first = window.doc.issue.entries()[0].article_id
    window.select_entry(first)
    QTest.keyClicks(window.editor.fields["headline_en"], " (updated)")
    assert not window.isWindowModified()  # nothing waits for a save

    def committed_headline() -> str:
        conn = sqlite3.connect(project_file)  # another reader sees the committed text
        try:
            return conn.execute("SELECT headline_en FROM entries WHERE article_id = ?", (first,)).fetchone()[
                0
            ]
        finally:
            conn.close()

    # The writer thread commits it without being asked to save, within its bound.
    qtbot.waitUntil(lambda: " (updated)" in committed_headline(), timeout=WRITER_BOUND_MS)
    # Undo is one more committed step; the database follows it.
    window.doc_undo()
    qtbot.waitUntil(lambda: "(updated)" not in committed_headline(), timeout=WRITER_BOUND_MS)
    window.doc_redo()
    qtbot.waitUntil(lambda: " (updated)" in committed_headline(), timeout=WRITER_BOUND_MS)


def test_failed_write_shows_at_once_keeps_text_and_retries(qtbot, make_window, tmp_path, monkeypatch):
    from digest.store.repository import Repository
    from tests.ui.conftest import make_project

    project_file = tmp_path / "issue.jianbao"
    store.save(make_project(), project_file)
    window = make_window(store.load(project_file), project_file)
    first = window.doc.issue.entries()[0].article_id
    window.select_entry(first)

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Repository, "set_entry_field", full)
    monkeypatch.setattr(Repository, "write_issues", full)
    QTest.keyClicks(window.editor.fields["summary_en"], " Kept.")
    # Shown as soon as the writer thread meets the failure.
    qtbot.waitUntil(lambda: "disk is full" in window.save_state.text(), timeout=WRITER_BOUND_MS)
    assert window.isWindowModified()
    assert " Kept." in window.editor.fields["summary_en"].toPlainText()
    assert " Kept." in window.doc.entry(first).summary_en

    monkeypatch.undo()  # the disk has room again: the retry writes everything
    qtbot.waitUntil(lambda: window.save_state.text() == "", timeout=5000)
    assert not window.isWindowModified()
    assert " Kept." in store.load(project_file).issue.find_entry(first)[1].summary_en


def test_untitled_work_lives_in_a_draft_and_comes_back(qtbot, make_window, tmp_path, file_dialogs):
    from tests.ui.conftest import make_project
    from ui.app import initial_project

    window = make_window(make_project(), None)
    first = window.doc.issue.entries()[0].article_id
    window.select_entry(first)
    QTest.keyClicks(window.editor.fields["summary_zh"], "Draft words")
    drafts = list(store.drafts_dir().glob("untitled-*.jianbao"))
    assert len(drafts) == 1
    window.doc.flush()  # as a crash after the writer's bound would leave it: the draft stays
    window.doc.store.close()
    window.doc.store = None
    project, path, error, draft = initial_project(None)
    try:
        assert path is None and error is None and draft is not None
        assert "Draft words" in project.issue.find_entry(first)[1].summary_zh
    finally:
        draft.close()
    # Save As names it: the work moves to the named file and the draft goes.
    window.doc.store = store.open_project(drafts[0], editor=True)
    file_dialogs.save_project = str(tmp_path / "named.jianbao")
    assert window.save()
    assert window.doc.path == (tmp_path / "named.jianbao").resolve()
    assert not drafts[0].exists()
    assert "Draft words" in store.load(tmp_path / "named.jianbao").issue.find_entry(first)[1].summary_zh
    QTest.keyClicks(window.editor.fields["summary_zh"], " more")
    qtbot.waitUntil(
        lambda: " more" in store.load(tmp_path / "named.jianbao").issue.find_entry(first)[1].summary_zh,
        timeout=WRITER_BOUND_MS,
    )


def test_close_asks_only_about_untitled_work(qtbot, make_window, boxes, tmp_path, file_dialogs):
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import make_project

    named = tmp_path / "named.jianbao"
    store.save(make_project(), named)
    window = make_window(store.load(named), named)
    window.select_entry(window.doc.issue.entries()[0].article_id)
    QTest.keyClicks(window.editor.fields["summary_en"], "More.")
    assert window.close()  # always saved: nothing to ask
    assert boxes.shown == []

    untitled = make_window()
    untitled.select_entry(untitled.doc.issue.entries()[0].article_id)
    QTest.keyClicks(untitled.editor.fields["summary_en"], "More.")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not untitled.close()
    assert untitled.isVisible()
    file_dialogs.save_project = str(tmp_path / "kept.jianbao")
    boxes.answer = QMessageBox.StandardButton.Save
    assert untitled.close()
    assert "More." in store.load(tmp_path / "kept.jianbao").issue.entries()[0].summary_en
    assert boxes.shown[0][0] == "Unsaved changes"


def test_second_editor_on_one_file_opens_it_read_only(qtbot, make_window, boxes, tmp_path):
    """A file another window edits opens read-only: it says so, edits are disabled, nothing is
    written, and the other window's edits go on landing."""
    from tests.ui.conftest import make_project

    named = tmp_path / "shared.jianbao"
    store.save(make_project(), named)
    first = make_window(store.load(named), named)
    other = make_window(make_project(entries=1), None)
    assert other.load_path(str(named))
    assert boxes.shown == []
    assert other.doc.viewer_only and "(read-only)" in other.windowTitle()
    assert "open in another Jianbao window" in other.save_state.text()
    assert not other.isWindowModified()
    assert not other.actions_by_name["add_section"].isEnabled()
    article = other.doc.issue.entries()[0].article_id
    other.select_entry(article)
    field = other.editor.fields["summary_en"]
    before = field.toPlainText()
    QTest.keyClicks(field, "not here")
    other.editor.insert_helper("nor here", "summary_en")  # a helper chip's click
    assert field.toPlainText() == before and other.doc.writer is None
    assert other.save_state.text().startswith("Read-only")  # no failed write to report
    # The first window still owns the file and writes to it.
    first.select_entry(article)
    QTest.keyClicks(first.editor.fields["summary_en"], "Owner. ")
    qtbot.waitUntil(
        lambda: store.load(named).issue.find_entry(article)[1].summary_en.startswith("Owner. "),
        timeout=WRITER_BOUND_MS,
    )
    assert "not here" not in store.load(named).issue.find_entry(article)[1].summary_en
    assert other.close() and boxes.shown == []  # nothing to ask about


def test_mistyped_files_open_to_one_message_and_the_open_project_stays(qtbot, make_window, boxes, tmp_path):
    """The fuzzed format-1 files through File › Open: a clear message, never a crash."""
    from tests.core.test_store_validation import HOSTILE, mutations

    window = make_window()
    before = store.dumps(window.doc.project)
    cases = [(name, data) for name, data in HOSTILE.items()]
    for where, _value, document in mutations(one_per_pattern=True):
        cases.append((where, json.dumps(document, ensure_ascii=False).encode("utf-8")))
    opened = refused = 0
    for n, (where, data) in enumerate(cases):
        path = tmp_path / f"case{n}.jianbao"
        path.write_bytes(data)
        shown = len(boxes.shown)
        if window.load_path(str(path)):
            opened += 1
            window.doc.close_store()
            window.set_document(_fresh(), None)
            continue
        refused += 1
        assert len(boxes.shown) == shown + 1, where
        assert boxes.shown[-1][0] == "Cannot open project"
        assert path.read_bytes() == data, where
        assert store.dumps(window.doc.project) == before, where
    assert refused > len(HOSTILE) and opened > 0


def _fresh():
    from tests.ui.conftest import make_project

    return make_project()


def test_cli_import_while_the_editor_is_open(qtbot, make_window, tmp_path):
    """The editor picks up another process's import; its own edits and the import both stay."""
    from tests.ui.conftest import make_project

    project_file = tmp_path / "open.jianbao"
    store.save(make_project(), project_file)
    window = make_window(store.load(project_file), project_file)
    before = window.doc.library.rowCount()
    page = ROOT / "tests" / "ingest" / "data" / "heldout" / "jiefang-page.txt"
    result = subprocess.run(
        [sys.executable, "main.py", "import", str(page), "-o", str(project_file)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    qtbot.waitUntil(lambda: window.doc.library.rowCount() > before, timeout=5000)
    added = window.doc.library.rowCount() - before
    first = window.doc.issue.entries()[0].article_id
    window.select_entry(first)
    QTest.keyClicks(window.editor.fields["headline_en"], " after import")
    qtbot.waitUntil(
        lambda: " after import" in store.load(project_file).issue.find_entry(first)[1].headline_en,
        timeout=WRITER_BOUND_MS,
    )
    assert len(store.load(project_file).articles) == before + added
