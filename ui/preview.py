"""The live PDF preview: a render worker process, a debounce timer and a QPdfView panel.

Edits restart a ~400 ms timer; when it fires the project is serialised (milliseconds) and sent
to the worker process (ui.render_service), which builds the PDF with digest.export. The reply
arrives on a helper thread and is delivered to the UI thread as a queued signal; QPdfDocument
then loads the file and the view returns to the page and zoom the editor was reading.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from collections import deque
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.flow_layout import FlowLayout
from ui.i18n import Retranslating
from ui.icons import icon

DEBOUNCE_MS = 400  # quiet time after the last edit before the preview renders


class RenderClient(QObject):
    """Talks to the worker process from a helper thread; replies come back as a Qt signal."""

    replied = Signal(dict)

    def __init__(self) -> None:
        super().__init__()
        self._cond = threading.Condition()
        # Only the newest render request of each window is kept (older ones are out of date).
        self._render: dict[Any, dict[str, Any]] = {}
        self._queue: deque[dict[str, Any]] = deque()
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._closed = False
        self._next_id = 0
        self.out_dir = tempfile.mkdtemp(prefix="jianbao-preview-")
        self._thread = threading.Thread(target=self._pump, name="jianbao-render", daemon=True)
        self._thread.start()

    def submit(self, request: dict[str, Any]) -> int:
        with self._cond:
            self._next_id += 1
            request["id"] = self._next_id
            if request["op"] == "render":
                self._render.pop(request.get("owner"), None)
                self._render[request.get("owner")] = request
            else:
                self._queue.append(request)
            self._cond.notify()
            return self._next_id

    def _ensure_process(self) -> Connection:
        """The pipe to a live worker process, started if there is none (or it died)."""
        if self._proc is not None and self._conn is not None and self._proc.is_alive():
            return self._conn
        from ui import render_service

        context = multiprocessing.get_context("spawn")
        parent_conn, child_conn = context.Pipe()
        proc = context.Process(
            target=render_service.serve, args=(child_conn, self.out_dir), name="jianbao-render", daemon=True
        )
        proc.start()
        child_conn.close()
        self._proc, self._conn = proc, parent_conn
        return parent_conn

    def _pump(self) -> None:
        while True:
            with self._cond:
                while not self._closed and not self._queue and not self._render:
                    self._cond.wait()
                if self._closed:
                    return
                if self._queue:
                    request = self._queue.popleft()
                else:
                    request = self._render.pop(next(iter(self._render)))
            try:
                conn = self._ensure_process()
                sent = time.perf_counter()
                conn.send(request)
                reply = conn.recv()
                reply["roundtrip_ms"] = (time.perf_counter() - sent) * 1000
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._proc = None
                reply = {
                    "id": request.get("id"),
                    "op": request["op"],
                    "ok": False,
                    "error": f"render worker stopped ({exc})",
                    "kind": "Worker",
                }
            try:
                self.replied.emit(reply)
            except RuntimeError:  # the client was deleted while the app quits
                return

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify()
        if self._conn is not None:
            try:
                self._conn.send({"op": "quit"})
            except (OSError, BrokenPipeError):
                pass
        if self._proc is not None:
            self._proc.join(timeout=1.0)
            if self._proc.is_alive():
                self._proc.terminate()
        shutil.rmtree(self.out_dir, ignore_errors=True)


_client: RenderClient | None = None


def render_client() -> RenderClient:
    """One worker process per app process, shared by every window."""
    global _client
    if _client is None:
        _client = RenderClient()
        atexit.register(_shutdown)
    return _client


def _shutdown() -> None:
    global _client
    if _client is not None:
        _client.close()
        _client = None


def options_dict(issue) -> dict[str, Any]:
    layout = issue.layout
    return {
        "layout": layout.layout,
        "paper": layout.paper,
        "bleed_mm": layout.bleed_mm,
        "marks": layout.marks,
        "locales": list(issue.locales),
        "force": True,
    }


class PreviewController(QObject):
    """Debounces edits and asks the worker for a new preview; hands results to the panel."""

    rendered = Signal(dict)  # the worker's reply (ok or not)

    def __init__(self, doc, panel: PreviewPanel, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.panel = panel
        self.client = render_client()
        self.client.replied.connect(self._replied)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.render_now)
        doc.changed.connect(self.schedule)
        self._waiting: int | None = None
        self._mine: set[int] = set()  # the worker is shared by every window: keep to our replies
        self.requested_at = 0.0
        self.last_latency_ms: float | None = None
        self.last_reply: dict[str, Any] | None = None

    def set_document(self, doc) -> None:
        self.doc = doc
        doc.changed.connect(self.schedule)
        self.render_now()

    def schedule(self) -> None:
        self.timer.start()

    def render_now(self) -> None:
        self.timer.stop()
        text = self.doc.snapshot_text()  # the issue and its articles only, not the library
        self.requested_at = time.perf_counter()
        self._waiting = self.client.submit(
            {"op": "render", "project": text, "options": options_dict(self.doc.issue), "owner": id(self)}
        )
        self._mine.add(self._waiting)
        self.panel.set_busy(True)

    def _replied(self, reply: dict[str, Any]) -> None:
        if reply.get("op") != "render" or reply.get("id") not in self._mine:
            return
        self._mine.discard(reply["id"])
        # Loading the PDF and listing findings run as separate events, so the UI thread never
        # does both in one stretch (timers and keys get their turn in between). `self` as context:
        # a reply arriving after the window closed is dropped, not shown in a deleted view.
        QTimer.singleShot(0, self, lambda: self._show(reply))

    def _show(self, reply: dict[str, Any]) -> None:
        self.last_reply = reply
        if reply["ok"]:
            self.panel.show_pdf(reply["path"])
        else:
            self.panel.show_error(reply.get("error", ""))
        if reply.get("id") == self._waiting:
            self.last_latency_ms = (time.perf_counter() - self.requested_at) * 1000
            self.panel.set_busy(False)
        QTimer.singleShot(0, self, lambda: self.rendered.emit(reply))


class PreviewPanel(Retranslating, QWidget):
    """QPdfView with page navigation and zoom; keeps its place when the document is reloaded."""

    documentShown = Signal()
    painted = Signal()

    ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(8)
        # A scroll bar shown only when needed makes "fit width" oscillate when the pages fill the pane
        # by about the bar's width: the bar narrows the pages, they fit, it goes, they widen, it comes
        # back — endlessly, and the pages are never painted (1024×700 in focus mode froze the window).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.viewport().installEventFilter(self)
        self._current_path: str | None = None
        self._restoring = False

        self.prev_button = QToolButton(self)
        self.prev_button.setIcon(icon("go-previous"))
        self.next_button = QToolButton(self)
        self.next_button.setIcon(icon("go-next"))
        self.page_spin = QSpinBox(self)
        self.page_spin.setMinimum(1)
        self.page_spin.setMaximum(1)
        self.page_count = QLabel(self)
        self.zoom_out = QToolButton(self)
        self.zoom_out.setIcon(icon("zoom-out"))
        self.zoom_in = QToolButton(self)
        self.zoom_in.setIcon(icon("zoom-in"))
        self.zoom_box = QComboBox(self)
        self.status = QLabel(self)
        self.status.setObjectName("previewStatus")
        self._state = "idle"
        # Fixed sizes: a new status or page count repaints the label without re-laying out the bar.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(40)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.page_count.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

        # Page and zoom controls wrap onto a second line in a narrow pane instead of being cut off.
        self.bar = QWidget(self)
        bar = FlowLayout(self.bar, spacing=2)
        bar.setContentsMargins(4, 2, 4, 2)
        pages = QWidget(self.bar)
        zoom = QWidget(self.bar)
        for group, widgets in (
            (pages, (self.prev_button, self.page_spin, self.page_count, self.next_button)),
            (zoom, (self.zoom_out, self.zoom_box, self.zoom_in)),
        ):
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 8, 0)
            row.setSpacing(2)
            for widget in widgets:
                widget.setParent(group)
                row.addWidget(widget)
            bar.addWidget(group)
        self.status.setParent(self.bar)
        self.status.setMinimumWidth(0)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)

        self.prev_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.page_spin.valueChanged.connect(
            lambda value: self.go_to_page(value - 1) if not self._restoring else None
        )
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self.zoom_box.activated.connect(self._zoom_chosen)
        self.zoom_in.clicked.connect(lambda: self.step_zoom(1))
        self.zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        self.retranslate_ui()

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.prev_button.setToolTip(self.tr("Previous page (Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Page Down)"))
        self.zoom_in.setToolTip(self.tr("Zoom in"))
        self.zoom_out.setToolTip(self.tr("Zoom out"))
        self.page_spin.setToolTip(self.tr("Current page"))
        current = self.zoom_box.currentIndex()
        self.zoom_box.clear()
        self.zoom_box.addItem(self.tr("Fit width"), "width")
        self.zoom_box.addItem(self.tr("Fit page"), "page")
        for zoom in self.ZOOMS:
            self.zoom_box.addItem(f"{round(zoom * 100)}%", zoom)
        self.zoom_box.setCurrentIndex(max(0, current))
        self.zoom_box.setToolTip(self.tr("Zoom"))
        self._update_page_label()
        self._show_state()

    def _show_state(self) -> None:
        """The status line in the current language (re-set on a live language switch)."""
        if self._state == "ready":
            self.status.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        elif self._state == "busy":
            self.status.setText(self.tr("Updating preview…"))
        elif self._state == "error":
            self.status.setText(self.tr("Preview failed"))
        else:
            self._state = "idle"
            self.status.setText(self.tr("Waiting for the first preview…"))

    # -- navigation -----------------------------------------------------------------------
    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        count = self.document.pageCount()
        if count <= 0:
            return
        page = max(0, min(page, count - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def _page_changed(self, page: int) -> None:
        self._restoring = True
        self.page_spin.setValue(page + 1)
        self._restoring = False

    def _update_page_label(self) -> None:
        widest = self.tr("of %1").replace("%1", "999")
        width = self.page_count.fontMetrics().horizontalAdvance(widest) + 6
        if self.page_count.width() != width:
            self.page_count.setFixedWidth(width)
        self.page_count.setText(self.tr("of %1").replace("%1", str(max(1, self.document.pageCount()))))

    def _zoom_chosen(self, index: int) -> None:
        value = self.zoom_box.itemData(index)
        if value == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif value == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(value))

    def step_zoom(self, direction: int) -> None:
        """Zoom in or out to the next step of the zoom list (from a fit mode, from 100%)."""
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        if direction > 0:
            steps = [z for z in self.ZOOMS if z > current + 1e-6]
            factor = steps[0] if steps else self.ZOOMS[-1]
        else:
            steps = [z for z in self.ZOOMS if z < current - 1e-6]
            factor = steps[-1] if steps else self.ZOOMS[0]
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)
        self.zoom_box.setCurrentIndex(self.zoom_box.findData(factor))

    # -- content --------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        if busy:
            self._state = "busy"
            self.status.setText(self.tr("Updating preview…"))

    def show_pdf(self, path: str) -> None:
        """Load a new PDF and return to the page, place and zoom shown before."""
        navigator = self.view.pageNavigator()
        page = navigator.currentPage()
        location = navigator.currentLocation()
        zoom = self.view.zoomFactor()
        scroll = self.view.verticalScrollBar().value()
        had_document = self.document.pageCount() > 0
        old = self._current_path
        error = self.document.load(path)
        if error != QPdfDocument.Error.None_:
            self.show_error(self.tr("The preview could not be read."))
            return
        self._current_path = path
        if old and old != path:
            try:
                os.unlink(old)
            except OSError:
                pass
        count = self.document.pageCount()
        self.page_spin.setMaximum(max(1, count))
        self._update_page_label()
        if had_document and count > 0:
            self._restoring = True
            navigator.jump(min(page, count - 1), location, zoom)
            self.view.verticalScrollBar().setValue(scroll)
            self._restoring = False
            self._page_changed(min(page, count - 1))
        self._state = "ready"
        self._show_state()
        self.documentShown.emit()

    def show_error(self, message: str) -> None:
        self._state = "error"
        self.status.setText(self.tr("Preview failed"))
        # The reason comes from the core in English: lead it with a sentence in the UI's language.
        self.status.setToolTip(self.tr("The preview could not be built:") + "\n" + message)

    def is_ready(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.is_ready():
            QTimer.singleShot(0, self.painted.emit)
        return False
