"""Render the editor to docs/screenshot*.png: 1440×900 and 1024×700, English and Chinese, in focus
mode (F11) and not (offscreen, the bundled fonts registered as the app does, the sample edition
with its first entry selected and the preview rendered).

    .venv/bin/python scripts/make_screenshots.py

Files: screenshot.png / screenshot-zh.png (1440×900), screenshot-focus[-zh].png,
screenshot-1024[-zh].png and screenshot-1024-focus[-zh].png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"": (1440, 900), "-1024": (1024, 700)}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="jianbao-shots-"))
    os.environ["JIANBAO_HOME"] = str(scratch)  # never the user's settings, drafts or caches
    sys.path.insert(0, str(ROOT))
    from ui.app import _quiet_offscreen_warnings, create_app

    _quiet_offscreen_warnings()
    app = create_app()
    from digest.sample import load_sample
    from ui import i18n
    from ui.main_window import MainWindow

    def settle(seconds: float) -> None:
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents()
            time.sleep(0.02)

    for language, suffix in ((i18n.ENGLISH, ""), (i18n.CHINESE, "-zh")):
        i18n.install_language(language)
        for size_name, (width, height) in SIZES.items():
            for focus in (False, True):
                window = MainWindow(load_sample(), None, restore_layout=False)
                window.resize(width, height)
                window.show()
                settle(0.2)
                window.fit_panes()
                window.set_focus_mode(focus)
                window.select_entry(window.doc.issue.entries()[0].article_id)
                window.editor.fields["summary_en"].setFocus()
                painted: list[int] = []
                window.preview.painted.connect(lambda seen=painted: seen.append(1))
                window.preview_now()
                deadline = time.time() + 60
                while not painted and time.time() < deadline:
                    settle(0.1)
                settle(3.0)
                out = ROOT / "docs" / f"screenshot{size_name}{'-focus' if focus else ''}{suffix}.png"
                window.grab().save(str(out))
                print(out, window.main_splitter.sizes())
                window.doc.undo_stack.setClean()
                window.close()
                settle(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
