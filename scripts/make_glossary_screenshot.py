"""Write docs/glossary.png: the entry editor with its glossary and key-sentence chips beside the
glossary window, on the sample edition with 区政协 added (offscreen, the bundled fonts).

    .venv/bin/python scripts/make_glossary_screenshot.py [OUT.png] [--zh]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JIANBAO_HOME", tempfile.mkdtemp(prefix="jianbao-shot-"))  # no real settings
if "--zh" in sys.argv:
    os.environ["JIANBAO_LANGUAGE"] = "zh_CN"
else:
    os.environ.setdefault("JIANBAO_LANGUAGE", "en")


def main() -> int:
    from PySide6.QtGui import QColor, QImage, QPainter

    from digest.glossary import make_term
    from digest.sample import load_sample
    from ui.app import create_app
    from ui.glossary_dialog import GlossaryDialog
    from ui.main_window import MainWindow

    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else ROOT / "docs" / "glossary.png"
    app = create_app([])
    project = load_sample()
    project.glossary.insert(0, make_term("区政协", "the district CPPCC committee|the district CPPCC"))
    project.glossary.insert(1, make_term("营商环境", "business climate", "house style since 2025"))
    window = MainWindow(project, restore_layout=False)
    window.resize(1440, 900)
    window.show()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not window.editor.key_sentence_chips.chips():
        app.processEvents()
        time.sleep(0.05)
    for _ in range(20):
        app.processEvents()
    bar = window.editor.helpers_area.verticalScrollBar()
    area = window.editor.helpers_area
    area.ensureWidgetVisible(window.editor.glossary_chips, 0, 0)
    bar.setValue(min(bar.maximum(), window.editor.glossary_chips.y()))
    for _ in range(10):
        app.processEvents()
    editor = window.editor.grab()
    dialog = GlossaryDialog(window.doc.project.glossary, window)
    dialog.resize(640, editor.height())
    dialog.show()
    for _ in range(10):
        app.processEvents()
    table = dialog.grab()
    image = QImage(
        editor.width() + table.width() + 12, max(editor.height(), table.height()), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#d8d8d8"))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, editor)
    painter.drawPixmap(editor.width() + 12, 0, table)
    painter.end()
    image.save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
