"""Autosave, crash recovery and closing with unsaved changes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PySide6.QtTest import QTest

from digest import recovery, store

ROOT = Path(__file__).resolve().parents[2]


def _wait_autosave(qtbot, window) -> Path:
    window.autosave()
    thread = getattr(window, "_autosave_thread", None)
    if thread is not None:
        thread.join(5)
    path = recovery.recovery_path(window.doc.path)
    qtbot.waitUntil(path.exists, timeout=5000)
    return path


def test_autosave_then_recover_in_a_new_window(qtbot, make_window, tmp_path, monkeypatch):
    from tests.ui.conftest import make_project

    project_file = tmp_path / "issue.jianbao"
    store.save(make_project(), project_file)
    window = make_window(store.load(project_file), project_file)
    first = window.doc.issue.entries()[0].article_id
    window.select_entry(first)
    QTest.keyClicks(window.editor.fields["headline_en"], " (updated)")
    assert window.isWindowModified()
    copy = _wait_autosave(qtbot, window)
    assert "(updated)" in copy.read_text(encoding="utf-8")
    assert "(updated)" not in project_file.read_text(encoding="utf-8")

    other = make_window(store.load(project_file), project_file)
    assert other.offer_recovery(answer=True)
    assert " (updated)" in other.doc.entry(first).headline_en
    assert other.isWindowModified()  # recovered work is unsaved until the user saves
    assert other.doc.path == project_file.resolve()

    # Saving writes the project and removes the recovery copy.
    assert other.save()
    assert not copy.exists()
    assert "(updated)" in project_file.read_text(encoding="utf-8")


def test_declined_recovery_is_discarded(qtbot, make_window, tmp_path, monkeypatch):
    from tests.ui.conftest import make_project

    project_file = tmp_path / "issue.jianbao"
    store.save(make_project(), project_file)
    time.sleep(0.01)
    recovery.write_recovery(project_file, store.dumps(make_project(entries=1)))
    window = make_window(store.load(project_file), project_file)
    assert not window.offer_recovery(answer=False)
    assert recovery.find_recovery(project_file) is None
    assert len(window.doc.issue.entries()) == 3


def test_close_asks_save_discard_cancel(qtbot, make_window, boxes, tmp_path, file_dialogs):
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    window.select_entry(window.doc.issue.entries()[0].article_id)
    QTest.keyClicks(window.editor.fields["summary_en"], "More.")
    boxes.answer = QMessageBox.StandardButton.Cancel
    assert not window.close()
    assert window.isVisible()
    file_dialogs.save_project = str(tmp_path / "kept.jianbao")
    boxes.answer = QMessageBox.StandardButton.Save
    assert window.close()
    assert "More." in (tmp_path / "kept.jianbao").read_text(encoding="utf-8")
    assert boxes.shown[0][0] == "Unsaved changes"


CRASHING_APP = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from digest import recovery, store
    from ui.app import create_app
    from ui.main_window import MainWindow

    app = create_app()
    path = sys.argv[1]
    window = MainWindow(store.load(path), path)
    window.autosave_timer.setInterval(300)
    window.show()
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    QTest.keyClicks(window.editor.fields["summary_en"], " Typed before the crash.")
    target = recovery.recovery_path(window.doc.path)

    def check():
        if target.exists():
            print("AUTOSAVED", flush=True)
        else:
            QTimer.singleShot(50, check)

    check()
    app.exec()
    """
)


def test_sigkill_after_autosave_then_restart_recovers(tmp_path):
    from tests.ui.conftest import make_project

    project_file = tmp_path / "crash.jianbao"
    store.save(make_project(), project_file)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    script = tmp_path / "crashing_app.py"
    script.write_text(CRASHING_APP, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(project_file)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "AUTOSAVED"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert "Typed before the crash." not in project_file.read_text(encoding="utf-8")

    dump = tmp_path / "loaded.json"
    restart = subprocess.run(
        [sys.executable, "main.py", str(project_file), "--accept-recovery", "yes", "--dump-project", str(dump)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert restart.returncode == 0, restart.stderr
    loaded = json.loads(dump.read_text(encoding="utf-8"))
    first = loaded["project"]["issues"][0]["sections"][0]["entries"][0]
    assert " Typed before the crash." in first["summary_en"]
