"""Bad input through the GUI: one clear message, nothing lost."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from digest import store
from ui.messages import Messages


def drop_files(window, paths) -> None:
    """Drop files on the window as the desktop would: drag enter, then drop."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(window.width() // 2, window.height() // 2)
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)


def snapshot(window) -> str:
    return store.dumps(window.doc.project)


def test_binary_file_dropped_shows_one_message_and_changes_nothing(qtbot, window, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    before = snapshot(window)
    drop_files(window, [binary])
    qtbot.waitUntil(lambda: not window.is_importing(), timeout=10000)
    errors = [entry for entry in Messages.log if entry[0] == "error"]
    assert len(errors) == 1
    assert "scan.txt" in errors[0][2]
    assert snapshot(window) == before
    assert not window.isWindowModified()


def test_dropping_good_and_bad_pages_keeps_the_good_ones(qtbot, window, tmp_path, pages_dir):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    rows = window.doc.library.rowCount()
    drop_files(window, [pages_dir / "wujin-page.txt", empty])
    qtbot.waitUntil(lambda: not window.is_importing() and window.doc.library.rowCount() > rows, timeout=20000)
    assert [e for e in Messages.log if e[0] == "error"]
    # Importing the same page again adds nothing (duplicates are recognised).
    count = window.doc.library.rowCount()
    window.import_paths([str(pages_dir / "wujin-page.txt")])
    qtbot.waitUntil(lambda: not window.is_importing(), timeout=20000)
    assert window.doc.library.rowCount() == count
    # Undo takes the whole import back.
    window.doc_undo()
    assert window.doc.library.rowCount() == rows


def test_corrupt_and_newer_projects_are_refused_clearly(qtbot, window, tmp_path):
    corrupt = tmp_path / "broken.jianbao"
    corrupt.write_text('{"format": "jianbao-project", "format_ver', encoding="utf-8")
    newer = tmp_path / "future.jianbao"
    document = json.loads(store.dumps(window.doc.project))
    document["format_version"] = 99
    newer.write_text(json.dumps(document), encoding="utf-8")
    before = snapshot(window)
    assert not window.load_path(str(corrupt))
    assert not window.load_path(str(newer))
    errors = [entry for entry in Messages.log if entry[0] == "error"]
    assert len(errors) == 2
    assert "broken.jianbao" in errors[0][2] and "corrupt" in errors[0][2]
    assert "newer" in errors[1][2]
    assert snapshot(window) == before


def test_export_to_a_read_only_place_reports_and_keeps_the_project(qtbot, window, tmp_path, boxes):
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    target = folder / "out.pdf"
    if _writable(folder):  # running as root: use a place no one can write to
        target = "/proc/jianbao-export-test.pdf"
    before = snapshot(window)
    with qtbot.waitSignal(window.exportFinished, timeout=90000) as blocker:
        window.export_to(str(target), "side-by-side", "A4", 0.0, False)
    assert not blocker.args[0]["ok"]
    errors = [entry for entry in Messages.log if entry[0] == "error"]
    assert len(errors) == 1 and "not written" in errors[0][2]
    assert snapshot(window) == before
    assert not window.isWindowModified()
    folder.chmod(0o755)
    assert not (folder / "out.pdf").exists()


def test_run_with_a_corrupt_file_opens_an_empty_window(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    corrupt = tmp_path / "bad.jianbao"
    corrupt.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    dump = tmp_path / "loaded.json"
    result = subprocess.run(
        [sys.executable, "main.py", str(corrupt)],
        cwd=root,
        env=dict(
            os.environ, QT_QPA_PLATFORM="offscreen", JIANBAO_DUMP_PROJECT=str(dump), JIANBAO_TEST_BOXES="log"
        ),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "bad.jianbao" in result.stderr  # the message box text is logged in this mode
    assert corrupt.read_bytes() == b"\x89PNG\r\n\x1a\n\x00\x00"


def _writable(folder) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True
