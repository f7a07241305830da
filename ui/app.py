"""Start the desktop app: `run(path, options)` is what `python main.py [FILE]` calls.

How a run behaves beyond the file it opens is one RunOptions object, which main.py builds from
the command line (the scripted-run options serve tests and benches). Two environment variables
are for users: JIANBAO_LANGUAGE (en / zh_CN for this run, overriding the saved preference, not
remembered) and JIANBAO_HOME (settings, data and caches in one folder: digest/paths.py).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RunOptions:
    """One run of the editor: what to render or answer without a person, for scripts and tests."""

    screenshot: str | None = None  # render the window offscreen, save this PNG, exit
    dump_project: str | None = None  # after start-up write the whole project's JSON here, exit
    first_paint_since: float | None = None  # print "first-paint-ms N" since this time.time(), exit
    no_dialogs: bool = False  # message boxes go to stderr and take their default answer


def _needs_offscreen() -> bool:
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def create_app(argv: list[str] | None = None):
    """The QApplication with fonts, names and the UI language set up (reused if one exists)."""
    from PySide6.QtWidgets import QApplication

    from ui import i18n
    from ui.fonts import apply_app_font

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Jianbao")
    app.setOrganizationName("Jianbao")
    app.setApplicationDisplayName("Jianbao")
    apply_app_font(app)
    language = os.environ.get("JIANBAO_LANGUAGE") or i18n.saved_language()  # read when used
    i18n.install_language(language)
    return app


def initial_project(path: str | None, parent=None):
    """(project, path, error, store) to open: the file (its database opened for the editor); else
    untitled work a crash left (a draft); else the sample edition as an untitled copy."""
    from digest import store
    from digest.errors import JianbaoError
    from digest.model import Project

    if path:
        try:
            project_store = store.open_project(path, editor=True, read_only_if_in_use=True)
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


def run(path: str | None, options: RunOptions | None = None) -> int:
    options = options or RunOptions()
    screenshot = options.screenshot
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

    from ui.main_window import MainWindow
    from ui.messages import Messages

    if screenshot or options.no_dialogs:
        Messages.non_interactive = True
    project, project_path, error, project_store = initial_project(path)
    window = MainWindow(project, project_path, restore_layout=not screenshot, project_store=project_store)
    if project_store is not None and project_path is None:
        window.doc.undo_stack.resetClean()  # untitled work from before: closing asks about it
        window._update_title()
    if project_path:
        from ui.settings import add_recent_file

        add_recent_file(str(project_path))
    window.show()
    if error and path:
        Messages.error(
            window,
            QCoreApplication.translate("App", "Cannot open project"),
            QCoreApplication.translate("App", "The project could not be opened:"),
            error,
        )

    if options.dump_project:
        from digest import store

        Path(options.dump_project).write_text(store.dumps(window.doc.full_project()), encoding="utf-8")
        window.doc.close_store()
        return 0

    if options.first_paint_since is not None:
        since = options.first_paint_since

        class FirstPaint(QObject):
            def eventFilter(self, watched, event) -> bool:
                if event.type() == QEvent.Type.Paint:
                    print(f"first-paint-ms {(time.time() - since) * 1000:.0f}", flush=True)
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
