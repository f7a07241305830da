"""Typing stays smooth while the preview re-renders: a 10 ms probe timer on the UI thread never
waits 50 ms, because the PDF is built in a worker process and only loaded here."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from tests.ui.conftest import make_project


def test_typing_never_blocks_the_ui_thread_while_the_preview_refreshes(qtbot, make_window):
    window = make_window(make_project(entries=40))
    with qtbot.waitSignal(window.preview.documentShown, timeout=120000):
        window.preview_now()
    window.preview_controller.timer.setInterval(120)  # refresh often: several renders while typing
    window.select_entry(window.doc.issue.entries()[5].article_id)
    field = window.editor.fields["summary_en"]
    field.setFocus()

    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    renders: list[float] = []
    window.preview.documentShown.connect(lambda: renders.append(time.perf_counter()))
    text = "Wujin output rose sharply this year " * 4
    typed = {"n": 0, "tick": 0}

    def type_one() -> None:
        # Bursts of 12 keys 30 ms apart, then a 300 ms pause: the debounce fires between bursts
        # and the preview re-renders while the next burst is typed.
        typed["tick"] += 1
        if typed["tick"] % 22 >= 12 or typed["n"] >= len(text):
            return
        QTest.keyClick(field, text[typed["n"]])
        typed["n"] += 1

    typist = QTimer()
    typist.setInterval(30)
    typist.timeout.connect(type_one)
    probe.start()
    typist.start()
    qtbot.waitUntil(lambda: typed["n"] >= len(text) and len(renders) >= 3, timeout=120000)
    # Keep probing until the last render has been shown and painted.
    qtbot.wait(300)
    typist.stop()
    probe.stop()

    assert len(renders) >= 3, "the preview should have refreshed while typing"
    assert window.doc.issue.entries()[5].summary_en.startswith(text)
    gaps = [b - a for a, b in itertools.pairwise(ticks[5:])]  # after a short warm-up
    assert len(gaps) > 100
    worst = max(gaps) * 1000
    print(f"probe: {len(gaps)} gaps, {len(renders)} renders, worst {worst:.1f} ms")
    assert worst < 50, f"the UI thread stalled for {worst:.0f} ms"
