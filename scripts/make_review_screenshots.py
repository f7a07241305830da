"""Render the import review desk to docs/review-desk.png and docs/review-desk-zh.png (1440×900,
offscreen, the bundled fonts registered as the app does): the sample edition with a 新民晚报 page
imported, its paper named, one line retagged, the desk on the page's second story.

    .venv/bin/python scripts/make_review_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "tests" / "fixtures" / "pages" / "xinmin-page-b.txt"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="jianbao-shots-"))
    os.environ["JIANBAO_HOME"] = str(scratch)  # never the user's settings, drafts or caches
    sys.path.insert(0, str(ROOT))
    from ui.app import _quiet_offscreen_warnings, create_app

    _quiet_offscreen_warnings()
    app = create_app()
    from PySide6.QtCore import Qt

    from digest.sample import load_sample
    from ui import i18n
    from ui.main_window import MainWindow

    def settle(seconds: float) -> None:
        end = time.time() + seconds
        while time.time() < end:
            app.processEvents()
            time.sleep(0.02)

    for language, name in ((i18n.ENGLISH, "review-desk.png"), (i18n.CHINESE, "review-desk-zh.png")):
        i18n.install_language(language)
        window = MainWindow(load_sample(), scratch / f"{language}.jianbao", restore_layout=False)
        window.resize(1440, 900)
        window.show()
        window.import_paths([str(PAGE)])
        while window.is_importing():
            settle(0.05)
        settle(0.2)
        desk = window.review_desk
        desk.paper_edit.setText("新民晚报")
        desk.date_edit.setText("2022-04-02")
        desk.date_edit.editingFinished.emit()
        desk.view.selectRow(desk.model.row_of_line(12))
        desk.actions_by_name["role_subheading"].trigger()  # confirm an uncertain sub-heading
        first = window.doc.store.repo.articles_of_page(desk.page.id)[0]
        window.add_articles_to_issue([first.id], (0, 0))
        window.select_entry(first.id)
        window.resizeDocks([window.review_dock], [560], Qt.Orientation.Horizontal)
        settle(0.3)
        window.fit_panes()  # the desk stands where the preview was; the fields keep their room
        desk.refresh(24)
        painted: list[int] = []
        window.preview.painted.connect(lambda seen=painted: seen.append(1))
        window.preview_now()
        deadline = time.time() + 60
        while not painted and time.time() < deadline:
            settle(0.1)
        settle(4.0)
        out = ROOT / "docs" / name
        window.grab().save(str(out))
        print(out)
        window.doc.undo_stack.setClean()
        window.close()
        settle(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
