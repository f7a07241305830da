"""`python main.py --screenshot OUT.png [FILE]`: offscreen window, rendered preview, PNG, exit 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtTest import QTest

from digest import store

ROOT = Path(__file__).resolve().parents[2]


def run_headless(*args: str, **env_extra: str) -> subprocess.CompletedProcess[str]:
    """`python main.py ARGS` as on a machine without a display (run() must cope by itself)."""
    env = dict(os.environ, **env_extra)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_screenshot_of_a_project_in_chinese(tmp_path):
    from tests.ui.conftest import make_project

    project_file = tmp_path / "shot.jianbao"
    store.save(make_project(), project_file)
    out = tmp_path / "shot.png"
    result = run_headless("--screenshot", str(out), str(project_file), JIANBAO_LANGUAGE="zh_CN")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1440, 900)
    # The preview pane (right third) shows a rendered page: mostly white paper, not the grey backdrop.
    page = image.copy(1050, 150, 300, 300)
    whites = sum(
        1 for x in range(0, 300, 10) for y in range(0, 300, 10) if page.pixelColor(x, y).lightness() > 245
    )
    assert whites > 450


def test_no_display_is_one_clear_line_not_a_qt_abort(tmp_path):
    result = run_headless()
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "--screenshot" in lines[0]


def test_screenshot_prints_no_platform_noise(tmp_path):
    result = run_headless("--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 0, result.stderr
    assert "propagateSizeHints" not in result.stderr


def test_undo_keys_in_a_headline_go_to_the_window(qtbot, window):
    entry = window.doc.issue.entries()[0]
    window.select_entry(entry.article_id)
    field = window.editor.fields["headline_en"]
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(field, " now")
    assert entry.headline_en.endswith(" now")
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not entry.headline_en.endswith(" now")
    assert field.text() == entry.headline_en
    QTest.keyClick(
        field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert entry.headline_en.endswith(" now")
