"""Start the desktop app: `run(path, screenshot=None)` is what `python main.py [FILE]` calls.

Environment hooks (for tests, benches and portable installs):
  JIANBAO_SETTINGS_DIR     QSettings in an INI file there instead of the user's settings
  JIANBAO_DRAFTS_DIR       untitled projects' databases there instead of the user's data folder
  JIANBAO_DUMP_PROJECT     after start-up write the open project's JSON there and exit
  JIANBAO_LANGUAGE         en / zh_CN for this run (overrides the saved preference, not remembered)
  JIANBAO_FIRST_PAINT      print "first-paint-ms N" (since JIANBAO_T0 or interpreter start) and exit
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

_T0 = float(os.environ.get("JIANBAO_T0", "0") or 0) or time.time()


def _needs_offscreen() -> bool:
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_app(argv: list[str] | None = None):
    """The QApplication with fonts, names and the UI language set up (reused if one exists)."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.fonts import apply_app_font

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Jianbao")
    app.setOrganizationName("Jianbao")
    app.setApplicationDisplayName("Jianbao")
    apply_app_font(app)
    language = os.environ.get("JIANBAO_LANGUAGE") or i18n.saved_language()
    i18n.install_language(language)
    return app


def initial_project(path: str | None, parent=None):
    """(project, path, error, store) to open: the file; else untitled work a crash left; else the
    sample edition as an untitled copy."""
    from digest import store
    from digest.errors import JianbaoError
    from digest.model import Project

    if path:
        try:
            project_store = store.open_project(path, editor=True)
            try:
                return project_store.read_working_set(), project_store.path, None, project_store
            except BaseException:
                project_store.close()
                raise
        except JianbaoError as exc:
            return Project(), None, str(exc), None
    draft = store.open_latest_draft()
    if draft is not None:
        try:
            return draft.read_working_set(), None, None, draft
        except JianbaoError:
            draft.close()
    try:
        from digest.sample import load_sample

        return load_sample(), None, None, None  # untitled: the sample file stays untouched
    except Exception as exc:  # no sample bundled: start empty rather than fail
        return Project(), None, f"sample edition not available: {exc}", None


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it cannot honour; nothing is wrong."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(mode, context, message: str) -> None:
        if "does not support propagateSizeHints" in message:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def run(path: str | None, screenshot: str | None = None) -> int:
    if _needs_offscreen() and not os.environ.get("QT_QPA_PLATFORM"):
        if not screenshot:
            # Qt would abort with a page about xcb plugins; say what is wrong in one line.
            sys.stderr.write(
                "jianbao: error: no display to open the editor on (DISPLAY is not set); "
                "use --screenshot OUT.png, or the import/export/preflight commands\n"
            )
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _quiet_offscreen_warnings()
    app = create_app()

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    from digest import store
    from ui.main_window import MainWindow
    from ui.messages import Messages

    if screenshot:
        Messages.non_interactive = True
    project, project_path, error, project_store = initial_project(path)
    window = MainWindow(project, project_path, restore_layout=not screenshot, project_store=project_store)
    if project_store is not None and project_path is None:
        window.doc.undo_stack.resetClean()  # untitled work from before: closing asks about it
        window._update_title()
    if project_path:
        from ui.settings import add_recent_file

        add_recent_file(project_path)
    window.show()
    if error and path:
        Messages.error(
            window,
            QCoreApplication.translate("App", "Cannot open project"),
            QCoreApplication.translate("App", "The project could not be opened:"),
            error,
        )

    dump = os.environ.get("JIANBAO_DUMP_PROJECT")
    if dump:
        Path(dump).write_text(store.dumps(window.doc.full_project()), encoding="utf-8")
        return 0

    if os.environ.get("JIANBAO_FIRST_PAINT"):

        class FirstPaint(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Paint:
                    print(f"first-paint-ms {(time.time() - _T0) * 1000:.0f}", flush=True)
                    app.removeEventFilter(self)
                    QTimer.singleShot(0, app.quit)
                return False

        painter = FirstPaint(app)
        app.installEventFilter(painter)
        app.exec()
        return 0

    QTimer.singleShot(0, window.preview_now)
    if screenshot:
        return _screenshot(app, window, screenshot)
    return app.exec()


def _screenshot(app, window, out: str, timeout_ms: int = 90_000) -> int:
    """Wait until the preview is rendered and painted, save a PNG of the window, exit 0."""
    from PySide6.QtCore import QTimer

    state = {"saved": False, "paints": 0}

    def save() -> None:
        if state["saved"]:
            return
        state["saved"] = True
        window.grab().save(out)
        app.quit()

    settle = QTimer()
    settle.setSingleShot(True)
    settle.setInterval(700)  # the view paints pages as its render thread delivers them
    settle.timeout.connect(save)

    def painted() -> None:
        state["paints"] += 1
        settle.start()

    window.preview.painted.connect(painted)
    window.preview_controller.rendered.connect(lambda reply: None if reply.get("ok") else settle.start())
    window.preview.documentShown.connect(lambda: (window.preview.view.viewport().update(), settle.start()))
    QTimer.singleShot(timeout_ms, save)
    app.exec()
    return 0
