"""The preview pane settles at every width: "fit width" never oscillates with its scroll bar (found at
1024×700 in focus mode, where the pages stayed blank and the window froze)."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from digest.export import build_pdf
from digest.sample import load_sample
from ui.preview import PreviewPanel


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()


def test_fit_width_settles_at_every_pane_width(qtbot, tmp_path):
    project = load_sample()
    data, _report = build_pdf(project, project.issue)
    path = tmp_path / "sample.pdf"
    path.write_bytes(data)
    panel = PreviewPanel()
    qtbot.addWidget(panel)
    panel.resize(200, 600)
    panel.show()
    panel.show_pdf(str(path))
    assert panel.document.pageCount() == 2
    bar = panel.view.verticalScrollBar()
    changes: list[int] = []
    bar.rangeChanged.connect(lambda low, high: changes.append(high))
    # The widths around the one where the two pages just fill a 600 px pane (they oscillated from
    # 200 to 208 px with a scroll bar shown only when needed).
    for width in range(194, 214, 2):
        panel.resize(width, 600)
        settle(0.05)
        changes.clear()
        viewport = panel.view.viewport().width()
        settle(0.15)
        assert len(changes) <= 1 and panel.view.viewport().width() == viewport, (width, len(changes))
