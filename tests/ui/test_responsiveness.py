"""Typing goes on while the preview re-renders: the PDF is built in a worker process, so the UI
thread keeps handling input events while a render is in flight. (How long the UI thread ever
waits is a speed figure: bench/bench_ui.py prints it; tests count events, not milliseconds.)"""

from __future__ import annotations

import os

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from tests.ui.conftest import make_project


def test_the_preview_renders_in_another_process(qtbot, make_window):
    window = make_window(make_project(entries=4))
    with qtbot.waitSignal(window.preview.documentShown, timeout=120000):
        window.preview_now()
    reply = window.preview_controller.last_reply
    assert reply is not None and reply["ok"], reply
    assert isinstance(reply["pid"], int) and reply["pid"] != os.getpid()


def test_typing_is_handled_while_a_render_is_in_flight(qtbot, make_window):
    window = make_window(make_project(entries=40))
    controller = window.preview_controller
    with qtbot.waitSignal(window.preview.documentShown, timeout=120000):
        window.preview_now()
    window.select_entry(window.doc.issue.entries()[5].article_id)
    field = window.editor.fields["summary_en"]
    field.setFocus()
    text = "Wujin output rose sharply this year " * 6
    typed = {"n": 0, "in_flight": 0}
    rendering = {"now": False}

    def shown() -> None:
        # Render again while the typist is still going, so keys keep meeting a render in flight
        # (one render alone can finish within two keys on a loaded machine).
        rendering["now"] = False
        if 0 < typed["n"] < len(text):
            rendering["now"] = True
            controller.render_now()

    window.preview.documentShown.connect(shown)

    def type_one() -> None:
        # Driven by a timer, so each key is an event the UI thread's loop has to get to.
        if typed["n"] >= len(text):
            return
        if rendering["now"]:  # requested and not shown yet
            typed["in_flight"] += 1
        QTest.keyClick(field, text[typed["n"]])
        typed["n"] += 1

    typist = QTimer()
    typist.setInterval(5)
    typist.timeout.connect(type_one)
    with qtbot.waitSignal(window.preview.documentShown, timeout=120000):
        rendering["now"] = True
        controller.render_now()  # the render starts now; the typist runs while it is in flight
        typist.start()
    qtbot.waitUntil(lambda: typed["n"] >= len(text), timeout=120000)
    typist.stop()

    assert window.doc.issue.entries()[5].summary_en.startswith(text)
    assert typed["in_flight"] >= 3, "no key was handled while the preview was rendering"
