"""The entry editor: the source article (read-only) beside the editor's zh/en headline and summary.

Each keystroke becomes a SetEntryTextCommand on the document's undo stack (consecutive typing in
one field merges into one). Helper chips insert names and figures at the cursor; they never
replace typed text (after a selection, not over it).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest import editorial
from digest.model import Article, Entry
from ui.commands import SetEntryTextCommand
from ui.flow_layout import FlowLayout
from ui.fonts import text_font
from ui.glossary_panel import GlossaryChips
from ui.i18n import Retranslating
from ui.key_sentence_chips import KeySentenceChips

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _is_undo_key(event) -> bool:
    return any(event.matches(key) for key in _UNDO_KEYS)


class WindowUndoKeys:
    """Mixin for text fields: undo/redo keys go to the window's undo stack, not the widget's own
    (so one Ctrl+Z undoes typing, chips and lineup changes in one order); says when it gets focus."""

    focused = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_key(event):
            event.ignore()  # not overridden: the window's Undo/Redo shortcut fires
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event) -> None:
        if _is_undo_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self.focused.emit()  # type: ignore[call-overload]  # only mixed into QObjects


class LineField(WindowUndoKeys, QLineEdit):
    """A one-line text field whose undo keys go to the window's undo stack."""

    def cursor_and_selection(self) -> tuple[int, tuple[int, int] | None]:
        if self.hasSelectedText():
            start = self.selectionStart()
            return self.cursorPosition(), (start, start + len(self.selectedText()))
        return self.cursorPosition(), None

    def set_text_keep_cursor(self, text: str, cursor: int | None = None) -> None:
        old_cursor = self.cursorPosition()
        self.setText(text)
        self.setCursorPosition(min(len(text), old_cursor if cursor is None else cursor))


class TextField(WindowUndoKeys, QPlainTextEdit):
    """A multi-line text field whose undo keys go to the window's undo stack."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def text(self) -> str:
        return self.toPlainText()

    def cursor_and_selection(self) -> tuple[int, tuple[int, int] | None]:
        cursor = self.textCursor()
        if cursor.hasSelection():
            return cursor.position(), (cursor.selectionStart(), cursor.selectionEnd())
        return cursor.position(), None

    def set_text_keep_cursor(self, text: str, cursor: int | None = None) -> None:
        old = self.textCursor().position()
        scroll = self.verticalScrollBar().value()
        self.setPlainText(text)
        position = min(len(text), old if cursor is None else cursor)
        text_cursor = self.textCursor()
        text_cursor.setPosition(position, QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(text_cursor)
        self.verticalScrollBar().setValue(scroll)


def _steady(label: QLabel, lines: int) -> None:
    """A label whose text changes with every keystroke keeps a fixed height and ignores its width
    hint, so a new count repaints it without re-laying out the window (typing stays cheap)."""
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 4)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


# Rich text of the source view: Chinese body set like print (2-em indent, no gap between paragraphs,
# ~1.5 leading; ragged right, as Qt justifies a short line by spacing out its characters);
# headline and sub-heads in bold; kicker, byline and credits quieter.
SOURCE_CSS = """
h2 { font-size: 14pt; font-weight: 700; margin-top: 2px; margin-bottom: 6px; }
h4 { font-size: 11pt; font-weight: 700; margin-top: 10px; margin-bottom: 4px; }
p.deck { color: #555555; font-size: 9.5pt; margin-bottom: 2px; }
p.byline { color: #666666; font-size: 9.5pt; margin-bottom: 8px; }
"""
# Qt's rich text applies indent and leading only on the paragraph itself, and indents in px only.
_BODY = "<p style='text-indent: {indent}px; line-height: 155%; margin: 0px;'>{text}</p>"


def article_html(article: Article, indent_px: int = 28) -> str:
    """The source article as simple HTML: kicker, headline, subtitle, byline, sub-heads, body
    (paragraphs indented by `indent_px`, two characters of the view's font)."""
    esc = html.escape
    parts: list[str] = []
    if article.kicker:
        parts.append(f"<p class='deck'>{esc(article.kicker)}</p>")
    if article.headline:
        parts.append(f"<h2>{esc(article.headline)}</h2>")
    if article.subtitle:
        parts.append(f"<p class='deck'>{esc(article.subtitle)}</p>")
    if article.byline:
        parts.append(f"<p class='byline'>{esc(article.byline)}</p>")
    subheads: dict[int, list[str]] = {}
    for sub in article.subheadings:
        subheads.setdefault(sub.before_paragraph, []).append(sub.text)
    for number, paragraph in enumerate(article.paragraphs):
        for text in subheads.get(number, []):
            parts.append(f"<h4>{esc(text)}</h4>")
        parts.append(_BODY.format(indent=indent_px, text=esc(paragraph)))
    for text in subheads.get(len(article.paragraphs), []):
        parts.append(f"<h4>{esc(text)}</h4>")
    for credit in article.credits:
        parts.append(f"<p class='byline'>{esc(credit)}</p>")
    return "\n".join(parts)


class EntryEditor(Retranslating, QWidget):
    """Edits the selected entry; shows a hint when nothing is selected."""

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.article_id: str | None = None
        self._updating = False
        self._last_field = "summary_en"
        self._helper_cache: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

        self.stack = QStackedWidget(self)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("editorHint")
        self.stack.addWidget(self.hint)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("editorSplitter")
        source_pane = QWidget(self)
        source_layout = QVBoxLayout(source_pane)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.setSpacing(2)
        self.source_label = QLabel(source_pane)
        self.source = QTextBrowser(source_pane)
        self.source.setObjectName("sourceView")
        self.source.setProperty("content", True)
        # The article as a reader meets it: print body size, generous leading, a quiet page tint.
        self.source.setFont(text_font(True, 10.5))
        self.source.document().setDocumentMargin(10)
        self.source.document().setDefaultStyleSheet(SOURCE_CSS)
        self.source.setStyleSheet("QTextBrowser#sourceView { background: #fbfaf6; color: #1e1e1e; }")
        source_layout.addWidget(self.source_label)
        source_layout.addWidget(self.source, 1)
        self.splitter.addWidget(source_pane)

        fields = QWidget(self)
        grid = QGridLayout(fields)
        grid.setContentsMargins(6, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, LineField | TextField] = {}
        self.counters: dict[str, QLabel] = {}
        for field, chinese in (("headline_zh", True), ("headline_en", False)):
            edit: LineField | TextField = LineField(fields)
            edit.setFont(text_font(chinese, 11))
            self.fields[field] = edit
        for field, chinese in (("summary_zh", True), ("summary_en", False)):
            edit = TextField(fields)
            edit.setFont(text_font(chinese, 10.5))
            edit.setMinimumHeight(90)
            self.fields[field] = edit
        for field, edit in self.fields.items():
            edit.setObjectName(field)
            label = QLabel(fields)
            label.setBuddy(edit)
            self.labels[field] = label
            edit.focused.connect(lambda f=field: self._remember_field(f))
            edit.textChanged.connect(lambda *_, f=field: self._field_edited(f))
        # Each headline gets the full width (a headline cut off in its field cannot be judged);
        # the summaries sit side by side, Chinese left, as in the printed side-by-side layout.
        grid.addWidget(self.labels["headline_zh"], 0, 0, 1, 2)
        grid.addWidget(self.fields["headline_zh"], 1, 0, 1, 2)
        grid.addWidget(self.labels["headline_en"], 2, 0, 1, 2)
        grid.addWidget(self.fields["headline_en"], 3, 0, 1, 2)
        grid.addWidget(self.labels["summary_zh"], 4, 0)
        grid.addWidget(self.labels["summary_en"], 4, 1)
        grid.addWidget(self.fields["summary_zh"], 5, 0)
        grid.addWidget(self.fields["summary_en"], 5, 1)
        for field in ("headline_en", "summary_zh", "summary_en"):
            self.labels[field].setContentsMargins(0, 6, 0, 0)  # air between a field and the next label
        for column, field in enumerate(("summary_zh", "summary_en")):
            counter = QLabel(fields)
            counter.setObjectName(f"{field}_count")
            self.counters[field] = counter
            _steady(counter, lines=1)
            grid.addWidget(counter, 6, column)
        self.warning = QLabel(fields)
        self.warning.setObjectName("translationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00;")
        _steady(self.warning, lines=2)
        grid.addWidget(self.warning, 7, 0, 1, 2)

        helpers = QWidget()
        helpers.setObjectName("helpers")
        helper_layout = QVBoxLayout(helpers)
        helper_layout.setContentsMargins(0, 0, 4, 0)
        helper_layout.setSpacing(3)
        self.names_label = QLabel(helpers)
        self.names_box = QWidget(helpers)
        self.names_flow = FlowLayout(self.names_box)
        self.figures_label = QLabel(helpers)
        self.figures_box = QWidget(helpers)
        self.figures_flow = FlowLayout(self.figures_box)
        for widget in (self.names_label, self.names_box, self.figures_label, self.figures_box):
            helper_layout.addWidget(widget)
        # The terminology memory and key sentences (their own modules).
        self.glossary_chips = GlossaryChips(self, helpers)
        self.key_sentence_chips = KeySentenceChips(self, helpers)
        helper_layout.addWidget(self.glossary_chips)
        helper_layout.addWidget(self.key_sentence_chips)
        helper_layout.addStretch(1)
        self.helpers_area = QScrollArea(fields)
        self.helpers_area.setObjectName("helpersArea")
        self.helpers_area.setWidgetResizable(True)
        self.helpers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.helpers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.helpers_area.setWidget(helpers)
        # Chips show data (names, figures from the article), not UI text.
        self.names_box.setProperty("content", True)
        self.figures_box.setProperty("content", True)
        self.helpers_area.setMinimumHeight(130)
        self.helpers_area.setMaximumHeight(170)
        grid.addWidget(self.helpers_area, 8, 0, 1, 2)
        grid.setRowStretch(5, 3)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.splitter.addWidget(fields)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([290, 470])
        self.stack.addWidget(self.splitter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.set_document(doc)
        self.retranslate_ui()

    def set_document(self, doc) -> None:
        self.doc = doc
        self.article_id = None
        self._helper_cache.clear()
        doc.entryTextChanged.connect(self._model_text_changed)
        doc.issuePropertiesChanged.connect(self._update_counts)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.hint.setText(self.tr("Select an entry in the lineup to edit its headlines and summaries."))
        self.labels["headline_zh"].setText(self.tr("Chinese &headline"))
        self.labels["headline_en"].setText(self.tr("E&nglish headline"))
        self.labels["summary_zh"].setText(self.tr("Chinese &summary"))
        self.labels["summary_en"].setText(self.tr("English s&ummary"))
        self.fields["headline_zh"].setPlaceholderText(self.tr("Chinese headline"))
        self.fields["headline_en"].setPlaceholderText(self.tr("English headline"))
        self.fields["summary_zh"].setPlaceholderText(self.tr("Chinese summary, 100–200 characters"))
        self.fields["summary_en"].setPlaceholderText(self.tr("English summary, 60–120 words"))
        self.source.setToolTip(self.tr("The imported article (read-only)"))
        self.source_label.setText(self.tr("Source article"))
        self.names_label.setText(self.tr("Names in English (click to insert at the cursor):"))
        self.figures_label.setText(self.tr("Key figures (click to insert at the cursor):"))
        self._update_counts()
        self._update_helpers_tooltips()

    # -- showing an entry -----------------------------------------------------------------
    def show_entry(self, article_id: str | None) -> None:
        entry = self.doc.entry(article_id) if article_id else None
        if entry is None:
            self.article_id = None
            self.stack.setCurrentIndex(0)
            return
        self.article_id = article_id
        article = self.doc.project.article(article_id)
        self._updating = True
        try:
            for field, edit in self.fields.items():
                value = getattr(entry, field)
                if edit.text() != value:
                    edit.set_text_keep_cursor(value, 0)
        finally:
            self._updating = False
        indent = 2 * self.source.fontMetrics().horizontalAdvance("中")
        self.source.setHtml(article_html(article, indent) if article else "")
        self.stack.setCurrentIndex(1)
        self._update_counts()
        self._fill_helpers(article)
        self.glossary_chips.show_article(article)
        self.key_sentence_chips.show_article(article)

    def current_entry(self) -> Entry | None:
        return self.doc.entry(self.article_id) if self.article_id else None

    # -- typing ---------------------------------------------------------------------------
    def _remember_field(self, field: str) -> None:
        self._last_field = field

    def _field_edited(self, field: str) -> None:
        if self._updating or self.article_id is None:
            return
        entry = self.current_entry()
        if entry is None:
            return
        new = self.fields[field].text()
        old = getattr(entry, field)
        if new == old:
            return
        self._updating = True  # the command's redo echoes the text back; the widget has it already
        try:
            self.doc.undo_stack.push(SetEntryTextCommand(self.doc, self.article_id, field, old, new))
        finally:
            self._updating = False
        self._update_counts()

    def _model_text_changed(self, article_id: str, field: str) -> None:
        if article_id != self.article_id or self._updating:
            self._update_counts()
            return
        entry = self.current_entry()
        if entry is None:
            return
        value = getattr(entry, field)
        edit = self.fields[field]
        if edit.text() != value:
            self._updating = True
            try:
                edit.set_text_keep_cursor(value)
            finally:
                self._updating = False
        self._update_counts()

    def _update_counts(self) -> None:
        entry = self.current_entry()
        if entry is None:
            for counter in self.counters.values():
                counter.clear()
            self.warning.clear()
            return
        targets = self.doc.issue.targets
        length = editorial.entry_length(entry, targets)
        colours = {
            editorial.LengthStatus.OK: "#2e7d32",
            editorial.LengthStatus.SHORT: "#8a6d00",
            editorial.LengthStatus.LONG: "#c62828",
            editorial.LengthStatus.EMPTY: "#777777",
        }
        zh_text = self.tr("%1 characters (target %2–%3)")
        en_text = self.tr("%1 words (target %2–%3)")
        self.counters["summary_zh"].setText(
            zh_text.replace("%1", str(length.zh_count))
            .replace("%2", str(targets.zh_min))
            .replace("%3", str(targets.zh_max))
        )
        self.counters["summary_en"].setText(
            en_text.replace("%1", str(length.en_count))
            .replace("%2", str(targets.en_min))
            .replace("%3", str(targets.en_max))
        )
        self.counters["summary_zh"].setStyleSheet(f"color: {colours[length.zh_status]};")
        self.counters["summary_en"].setStyleSheet(f"color: {colours[length.en_status]};")
        messages = []
        for warning in editorial.entry_warnings(entry):
            text = self._warning_text(warning)
            if text and text not in messages:
                messages.append(text)
        if length.zh_status is editorial.LengthStatus.LONG:
            messages.append(self.tr("The Chinese summary is over its target length."))
        if length.en_status is editorial.LengthStatus.LONG:
            messages.append(self.tr("The English summary is over its target length."))
        self.warning.setText("⚠ " + " ".join(messages) if messages else "")

    def _warning_text(self, warning: editorial.Warning_) -> str:
        W = editorial.Warning_
        entry = self.current_entry()
        if warning is W.UNTRANSLATED_HEADLINE:
            if entry and entry.headline_zh.strip():
                return self.tr("The English headline is missing.")
            return self.tr("The Chinese headline is missing.")
        if warning is W.UNTRANSLATED_SUMMARY:
            if entry and entry.summary_zh.strip():
                return self.tr("The English translation of the summary is missing.")
            return self.tr("The Chinese summary is missing.")
        if warning in (W.MISSING_HEADLINE_ZH, W.MISSING_HEADLINE_EN):
            return self.tr("No headline yet.")
        return self.tr("No summary yet.")

    # -- helpers --------------------------------------------------------------------------
    def _helpers_for(self, article: Article) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(names, figures) as (source text, English) pairs from the language desk, cached."""
        if article.id in self._helper_cache:
            return self._helper_cache[article.id]
        names: list[tuple[str, str]] = []
        figures: list[tuple[str, str]] = []
        try:
            from digest.language import english_byline, english_name, find_figures
        except ImportError:  # the language desk is not installed: no helpers
            return names, figures
        for name in article.reporters:
            try:
                names.append((name, english_name(name)))
            except Exception:
                continue
        if article.reporters:
            try:
                role = "photo" if article.kind == "caption" else "reporter"
                byline = english_byline(list(article.reporters), role)
                if byline:
                    names.append((article.byline or "、".join(article.reporters), byline))
            except Exception:
                pass
        text = "\n".join(p for p in (article.headline, *article.paragraphs) if p)
        try:
            seen: set[str] = set()
            for figure in find_figures(text):
                if figure.en and figure.en not in seen:
                    seen.add(figure.en)
                    figures.append((figure.text, figure.en))
        except Exception:
            pass
        self._helper_cache[article.id] = (names, figures[:24])
        return self._helper_cache[article.id]

    def _fill_helpers(self, article: Article | None) -> None:
        self.names_flow.clear()
        self.figures_flow.clear()
        if article is None:
            return
        names, figures = self._helpers_for(article)
        for flow, items, kind in ((self.names_flow, names, "name"), (self.figures_flow, figures, "figure")):
            for source, english in items:
                chip = QToolButton()
                chip.setText(f"{source} → {english}")
                chip.setProperty("insertText", english)
                chip.setProperty("sourceText", source)
                chip.setProperty("helperKind", kind)
                chip.setAutoRaise(False)
                chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the cursor in the text field
                chip.clicked.connect(lambda _=False, text=english: self.insert_helper(text))
                flow.addWidget(chip)
        self.names_label.setVisible(bool(names))
        self.figures_label.setVisible(bool(figures))
        self._update_helpers_tooltips()

    def _update_helpers_tooltips(self) -> None:
        for chip in self.helper_chips():
            chip.setToolTip(self.tr("Insert “%1” at the cursor").replace("%1", chip.property("insertText")))

    def helper_chips(self) -> list[QToolButton]:
        return [
            chip
            for flow in (self.names_flow, self.figures_flow)
            for chip in flow.widgets()
            if isinstance(chip, QToolButton)
        ]

    def insert_helper(self, text: str, field: str | None = None) -> None:
        """Insert `text` into the last-focused field at its cursor, after any selection."""
        if self.article_id is None:
            return
        field = field or self._last_field
        edit = self.fields[field]
        if edit.isReadOnly():  # the project is open read-only (another window edits it)
            return
        cursor, selection = edit.cursor_and_selection()
        result = editorial.insert_helper_text(edit.text(), cursor, text, selection)
        entry = self.current_entry()
        old = getattr(entry, field)
        self._updating = True
        try:
            edit.set_text_keep_cursor(result.text, result.cursor)
            self.doc.undo_stack.push(
                SetEntryTextCommand(self.doc, self.article_id, field, old, result.text, typing=False)
            )
        finally:
            self._updating = False
        edit.setFocus()
        self._update_counts()
