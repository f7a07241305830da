"""The crash test as a person meets it: under a real X server (Xvfb), `main.py` on a project,
typing by keyboard (xdotool) into an entry's summary, SIGKILL, restart: every character is in
the project and no dialog appears. Skipped where Xvfb or xdotool is missing (scripts/setup.sh
installs both)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from digest import store
from tests.ui.conftest import make_project
from tests.ui.test_recovery import WRITER_BOUND_MS

ROOT = Path(__file__).resolve().parents[2]
TYPED = "Typed on a real keyboard, then killed: every key stays. "
WINDOW_NAME = "crash.jianbao"

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool on PATH (scripts/setup.sh installs them: apt packages xvfb, xdotool)",
)


@pytest.fixture
def x_display(tmp_path):
    """A private X server on a free display (Xvfb picks it: -displayfd)."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1400x1000x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    number = b""
    with os.fdopen(read_fd, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        server.kill()
        pytest.skip("Xvfb did not start")
    try:
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(10)


def _app_env(tmp_path: Path, display: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "XDG_", "WAYLAND"))}
    folders = {
        name: tmp_path / name.lower() for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")
    }
    for folder in folders.values():
        folder.mkdir(exist_ok=True)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update({name: str(folder) for name, folder in folders.items()})
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        XDG_RUNTIME_DIR=str(runtime),
        JIANBAO_HOME=str(tmp_path / "home"),  # settings, drafts, caches: private to the test
        JIANBAO_LANGUAGE="en",
        PYTHONPATH=str(ROOT),
    )
    return env


def _xdotool(env: dict[str, str], *args: str) -> str:
    return subprocess.run(
        ["xdotool", *args], env=env, capture_output=True, text=True, timeout=60, check=True
    ).stdout


def _visible_windows(env: dict[str, str]) -> dict[str, str]:
    """Window id -> name of every visible named window on the display."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", "."],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.split()
    names = {}
    for window in found:
        name = subprocess.run(
            ["xdotool", "getwindowname", window], env=env, capture_output=True, text=True
        ).stdout
        names[window] = name.strip()
    return names


def _start_editor(project: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [sys.executable, "main.py", str(project)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        window = next((w for w, name in _visible_windows(env).items() if WINDOW_NAME in name), None)
        if window is not None:
            time.sleep(2)  # the first paint, the first preview request
            return proc, window
        if proc.poll() is not None:
            raise AssertionError(f"the editor exited: {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.3)
    proc.kill()
    raise AssertionError("the editor's window never appeared")


def _summary_point(qtbot, qapp, tmp_path: Path, width: int, height: int) -> tuple[int, int]:
    """Where the middle of the first entry's English summary field is in a window of this size:
    the same window, laid out here offscreen on a copy of the project (same code, same fonts)."""
    from ui import i18n
    from ui.fonts import apply_app_font
    from ui.main_window import MainWindow

    apply_app_font(qapp)
    i18n.install_language(i18n.ENGLISH)

    copy = tmp_path / "layout-copy.jianbao"
    store.save(make_project(), copy)
    window = MainWindow(store.load(copy), copy, restore_layout=False)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    field = window.editor.fields["summary_en"]
    qtbot.waitUntil(lambda: field.isVisible(), timeout=5000)
    point = field.mapTo(window, field.rect().center())
    x, y = point.x(), point.y()
    window.doc.close_store()
    window.close()
    return x, y


def test_keyboard_typing_survives_sigkill_under_x(qtbot, qapp, x_display, tmp_path):
    project = tmp_path / WINDOW_NAME
    store.save(make_project(), project)
    original = store.load(project).issue.entries()[0].summary_en
    env = _app_env(tmp_path, x_display)

    editor, window = _start_editor(project, env)
    try:
        geometry = _xdotool(env, "getwindowgeometry", "--shell", window)
        values = dict(line.split("=", 1) for line in geometry.split())
        x, y = _summary_point(qtbot, qapp, tmp_path, int(values["WIDTH"]), int(values["HEIGHT"]))
        _xdotool(env, "windowfocus", "--sync", window)  # no window manager gives it the keyboard
        _xdotool(env, "mousemove", "--window", window, str(x), str(y))
        _xdotool(env, "click", "1")
        _xdotool(env, "key", "ctrl+Home")  # the caret to the start: the typing goes before the old text
        _xdotool(env, "type", "--delay", "25", TYPED)
        # What is on screen now must be in the database within the writer's bound; give the
        # editor that long to take the last keys, then kill it without a chance to save.
        time.sleep(1.0 + WRITER_BOUND_MS / 1000)
        assert editor.poll() is None, "the editor exited by itself"
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.wait(10)
    assert editor.returncode == -signal.SIGKILL

    conn = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    try:
        (summary,) = conn.execute(
            "SELECT summary_en FROM entries WHERE article_id = ?",
            (make_project().issue.entries()[0].article_id,),
        ).fetchone()
    finally:
        conn.close()
    assert summary == TYPED + original

    # Restart: the editor opens the project as it is, with no question and no recovery dialog.
    again, window = _start_editor(project, env)
    try:
        windows = _visible_windows(env)
        assert list(windows.values()) == [windows[window]], windows
        assert again.poll() is None
    finally:
        again.terminate()
        again.wait(20)
    assert store.load(project).issue.entries()[0].summary_en == TYPED + original
