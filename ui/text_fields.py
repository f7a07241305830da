"""Text fields of the editor window whose undo keys belong to the window.

One Ctrl+Z undoes typing, chips and lineup changes in one order, so the fields never keep an
undo history of their own: the undo and redo chords (Ctrl+Z; Ctrl+Shift+Z and Ctrl+Y on every
platform) pass through them to the window's actions. A field also says when it gets focus, so
the editor knows where a helper chip goes.

HeadlineField wraps a long headline onto more lines instead of cutting it off, yet stays one
paragraph: Enter does not break it and a pasted line break becomes a space.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QKeySequence, QTextCursor, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QLineEdit, QPlainTextEdit, QSizePolicy, QWidget

# The chords the window's Undo and Redo actions carry, the same on every platform (Linux's
# standard Redo is only Ctrl+Shift+Z; Windows users type Ctrl+Y).
UNDO_KEYS: tuple[QKeySequence, ...] = (QKeySequence("Ctrl+Z"),)
REDO_KEYS: tuple[QKeySequence, ...] = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


def is_undo_key(event: QKeyEvent) -> bool:
    """True for a key press that is one of the window's undo or redo chords."""
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in UNDO_KEYS + REDO_KEYS)


class WindowUndoKeys:
    """Mixin for text fields: undo/redo keys go to the window's undo stack, not the widget's own;
    says when it gets focus."""

    focused = Signal()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and is_undo_key(event)
        ):
            event.ignore()  # not overridden: the window's Undo/Redo shortcut fires
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusInEvent(self, event: QEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.focused.emit()  # type: ignore[call-overload]  # only mixed into QObjects


class LineField(WindowUndoKeys, QLineEdit):
    """A one-line text field (the library filter) whose undo keys go to the window."""


class TextField(WindowUndoKeys, QPlainTextEdit):
    """A multi-line text field whose undo keys go to the window's undo stack.

    Tab moves on to the next field; coming in by Tab (or Shift+Tab) the cursor goes to the end
    of the text, where an editor carries on writing, and selects nothing.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def text(self) -> str:
        return self.toPlainText()

    def focusInEvent(self, event: QEvent) -> None:
        super().focusInEvent(event)
        reason = getattr(event, "reason", lambda: None)()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            cursor = self.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.setTextCursor(cursor)

    def cursor_and_selection(self) -> tuple[int, tuple[int, int] | None]:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.position(), (cursor.selectionStart(), cursor.selectionEnd())
        return cursor.position(), None

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) (the cursor at `end`) and scroll it into view."""
        length = len(self.toPlainText())
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_text_keep_cursor(self, text: str, cursor: int | None = None) -> None:
        old = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        position = min(len(text), old if cursor is None else cursor)
        text_cursor = self.textCursor()
        text_cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(text_cursor)
        self.verticalScrollBar().setValue(scroll)


class HeadlineField(TextField):
    """A headline: wraps rather than being cut off, and grows from one line to `max_lines` with
    its text. Still one paragraph: Enter does not insert a line break, pasted breaks become spaces."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 3) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(3)
        self._lines = 1
        self.textChanged.connect(self._fit)
        self._fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # one paragraph: Enter breaks nothing
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = " ".join(part.strip() for part in source.text().splitlines() if part.strip())
            self.textCursor().insertText(text)
            return
        super().insertFromMimeData(source)

    def line_count(self) -> int:
        """Lines the text takes at the field's width (wrapped lines counted), laid out here so the
        answer does not wait for the view's own lazy layout."""
        margin = self.document().documentMargin()
        width = self.viewport().width() - 2 * margin
        if width <= 0:
            return 1
        layout = QTextLayout(self.toPlainText() or " ", self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines = 0
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines += 1
        layout.endLayout()
        return max(1, lines)

    def _height_for(self, lines: int) -> int:
        document_margin = self.document().documentMargin()
        line = QFontMetricsF(self.font()).lineSpacing()
        return ceil(lines * line + 2 * document_margin + 2 * self.frameWidth()) + 2

    def _fit(self) -> None:
        lines = max(1, min(self.max_lines, self.line_count()))
        if lines != self._lines or self.height() != self._height_for(lines):
            self._lines = lines
            self.setFixedHeight(self._height_for(lines))

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(self._lines))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self._height_for(1))
