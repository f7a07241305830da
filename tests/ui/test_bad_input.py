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
        [sys.executable, "main.py", str(corrupt), "--dump-project", str(dump), "--no-dialogs"],
        cwd=root,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
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


def test_core_errors_lead_with_a_chinese_sentence_in_the_chinese_ui(qtbot, window, tmp_path, boxes):
    """The core's reasons are English; in the Chinese UI each box leads with a Chinese sentence and
    shows the reason under it, never a bare English sentence as the main message."""
    from tests.ui.test_translations import untranslated_words
    from ui import i18n

    i18n.install_language(i18n.CHINESE)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    drop_files(window, [binary])
    qtbot.waitUntil(lambda: not window.is_importing(), timeout=10000)
    corrupt = tmp_path / "broken.jianbao"
    corrupt.write_text('{"format": "jianbao-project", "format_ver', encoding="utf-8")
    assert not window.load_path(str(corrupt))

    assert [title for title, _ in boxes.shown] == ["部分版面未能导入", "无法打开项目"]
    (_, import_lead), (_, open_lead) = boxes.shown
    assert import_lead.startswith("无法导入 1 个版面")
    assert open_lead.startswith("无法打开该项目")
    for lead in (import_lead, open_lead):
        assert untranslated_words(lead) == [], lead
    # The core's own reason follows, untouched (it names the file and what is wrong with it).
    assert "scan.txt" in boxes.details[0] and "binary" in boxes.details[0]
    assert "broken.jianbao" in boxes.details[1] and "corrupt" in boxes.details[1]
    # The log (and the non-interactive stderr line) has both, lead first.
    assert [text.split("\n\n")[0] for _, _, text in Messages.log] == [import_lead, open_lead]


def test_export_failure_leads_in_chinese(qtbot, window, tmp_path, boxes):
    from tests.ui.test_translations import untranslated_words
    from ui import i18n

    i18n.install_language(i18n.CHINESE)
    target = tmp_path / "missing-folder" / "out.pdf"
    with qtbot.waitSignal(window.exportFinished, timeout=90000) as blocker:
        window.export_to(str(target), "side-by-side", "A4", 0.0, False)
    assert not blocker.args[0]["ok"]
    assert boxes.shown == [("导出失败", "PDF 未写入；您的项目没有改动：")]
    assert untranslated_words(boxes.shown[0][1]) == []
    assert "missing-folder" in boxes.details[0]


def test_preview_failure_is_explained_in_chinese_with_the_core_reason(qtbot, window):
    from tests.ui.test_translations import untranslated_words
    from ui import i18n

    i18n.install_language(i18n.CHINESE)
    reason = "the issue cannot be laid out: a table is wider than the page"
    window.preview.show_error(reason)
    assert window.preview.status.text() == "预览失败"
    lead, detail = window.preview.status.toolTip().split("\n", 1)
    assert lead == "无法生成预览：" and untranslated_words(lead) == []
    assert detail == reason
