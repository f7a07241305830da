"""The entry editor: the editor's zh/en headline and summary of the selected entry, made for writing.

The fields stand one above the other in a full-height column (each summary as wide as the
column, so a line holds a real sentence); the source article is a separate pane the window
places beside the lineup (ui.source_pane). Each keystroke becomes a SetEntryTextCommand on the
document's undo stack (consecutive typing in one field merges into one step, named after the
field). Helper chips wrap under the fields (ui.chips) and insert at the cursor, replacing a
selection as typing would.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digest import editorial
from digest.model import Article, Entry
from digest.text import count_visible
from ui.chips import ChipArea, ChipGroup
from ui.commands import SetEntryTextCommand
from ui.fonts import text_font
from ui.glossary_panel import GlossaryChips
from ui.i18n import Retranslating
from ui.key_sentence_chips import KeySentenceChips
from ui.source_pane import SOURCE_CSS, SourcePane, article_html
from ui.text_fields import HeadlineField, LineField, TextField, WindowUndoKeys

__all__ = [
    "SOURCE_CSS",
    "EntryEditor",
    "HeadlineField",
    "LineField",
    "TextField",
    "WindowUndoKeys",
    "article_html",
]

CHIPS_SHARE = 0.27  # the chips take at most this share of the column; more scroll (never sideways)


def _steady(label: QLabel, lines: int) -> None:
    """A label whose text changes with every keystroke keeps a fixed height and ignores its width
    hint, so a new count repaints it without re-laying out the window (typing stays cheap)."""
    label.setFixedHeight(label.fontMetrics().lineSpacing() * lines + 4)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class EntryEditor(Retranslating, QWidget):
    """Edits the selected entry; shows a hint when nothing is selected."""

    def __init__(self, doc, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.article_id: str | None = None
        self._updating = False
        self._last_field = "summary_en"
        self._helper_cache: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {}

        # The window places the source pane (beside the lineup); it follows the entry shown here.
        self.source_pane = SourcePane()
        self.source = self.source_pane.view

        self.stack = QStackedWidget(self)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("editorHint")
        self.stack.addWidget(self.hint)

        fields = QWidget(self)
        fields.setObjectName("writingColumn")
        column = QVBoxLayout(fields)
        column.setContentsMargins(6, 0, 3, 3)
        column.setSpacing(2)
        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, TextField] = {}
        self.counters: dict[str, QLabel] = {}
        for field, chinese in (("headline_zh", True), ("headline_en", False)):
            headline = HeadlineField(fields)
            headline.setFont(text_font(chinese, 11))
            self.fields[field] = headline
        for field, chinese in (("summary_zh", True), ("summary_en", False)):
            edit = TextField(fields)
            edit.setFont(text_font(chinese, 10.5))
            edit.setMinimumHeight(72)
            self.fields[field] = edit
        for field, edit in self.fields.items():
            edit.setObjectName(field)
            label = QLabel(fields)
            label.setBuddy(edit)
            self.labels[field] = label
            edit.focused.connect(lambda f=field: self._remember_field(f))
            edit.textChanged.connect(lambda *_, f=field: self._field_edited(f))
        for field in ("summary_zh", "summary_en"):
            counter = QLabel(fields)
            counter.setObjectName(f"{field}_count")
            _steady(counter, lines=1)
            counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            self.counters[field] = counter
        for field in ("headline_zh", "headline_en", "summary_zh", "summary_en"):
            row = QHBoxLayout()
            row.setContentsMargins(0, 4 if field != "headline_zh" else 0, 0, 0)
            row.addWidget(self.labels[field])
            if field in self.counters:  # the count on the label's line: no row of its own
                row.addWidget(self.counters[field], 1)
            else:
                row.addStretch(1)
            column.addLayout(row)
            column.addWidget(self.fields[field], 1 if field.startswith("summary") else 0)
        self.warning = QLabel(fields)
        self.warning.setObjectName("translationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a15c00;")
        _steady(self.warning, lines=2)
        column.addWidget(self.warning)

        self.chip_area = ChipArea()
        self.chip_area.insertRequested.connect(self.insert_helper)
        self.chip_area.contentChanged.connect(self.fit_chips)
        self.chip_area.add_group("names")
        self.chip_area.add_group("figures")
        self.names_group: ChipGroup = self.chip_area.group("names")
        self.figures_group: ChipGroup = self.chip_area.group("figures")
        self.names_label = self.names_group.title
        self.figures_label = self.figures_group.title
        # The terminology memory and key sentences (their own modules), under names and figures.
        self.glossary_chips = GlossaryChips(self)
        self.key_sentence_chips = KeySentenceChips(self)
        self.chip_area.add_group("glossary", self.glossary_chips)
        self.chip_area.add_group("key_sentences", self.key_sentence_chips)
        self.helpers_area = QScrollArea(fields)
        self.helpers_area.setObjectName("helpersArea")
        self.helpers_area.setWidgetResizable(True)
        self.helpers_area.setFrameShape(QFrame.Shape.NoFrame)
        self.helpers_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.helpers_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.helpers_area.setWidget(self.chip_area)
        self.helpers_area.setFixedHeight(0)
        column.addWidget(self.helpers_area)
        self.fields_pane = fields
        self.stack.addWidget(fields)

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
        self.names_label.setText(self.tr("Names:"))
        self.names_label.setToolTip(self.tr("Names in English: click one to insert it at the cursor"))
        self.figures_label.setText(self.tr("Key figures:"))
        self.figures_label.setToolTip(self.tr("Key figures in English: click one to insert it at the cursor"))
        self._update_counts()
        self._update_helpers_tooltips()

    # -- room -----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_chips()

    def fit_chips(self) -> None:
        """Give the chips the height they need at this width, up to CHIPS_SHARE of the column."""
        width = self.helpers_area.viewport().width() or self.fields_pane.width()
        needed = self.chip_area.needed_height(max(1, width))
        cap = int(self.stack.height() * CHIPS_SHARE)
        height = min(needed, cap)
        if self.helpers_area.height() != height:
            self.helpers_area.setFixedHeight(height)
        self.helpers_area.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed > cap else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

    # -- showing an entry -----------------------------------------------------------------
    def show_entry(self, article_id: str | None) -> None:
        entry = self.doc.entry(article_id) if article_id else None
        if entry is None:
            self.article_id = None
            self.stack.setCurrentIndex(0)
            self.source_pane.show_article(None)
            self._fill_helpers(None)
            return
        same = article_id == self.article_id
        self.article_id = article_id
        article = self.doc.article(article_id)
        self._updating = True
        try:
            for field, edit in self.fields.items():
                value = getattr(entry, field)
                if edit.text() != value:
                    edit.set_text_keep_cursor(value, None if same else 0)
        finally:
            self._updating = False
        if not same:
            self.source_pane.show_article(article)
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

    def focus_last_field(self) -> None:
        """Put the cursor back in the field last written in (entering focus mode)."""
        if not any(edit.hasFocus() for edit in self.fields.values()):
            self.fields[self._last_field].setFocus(Qt.FocusReason.OtherFocusReason)

    def select_change(self, field: str, start: int, end: int) -> None:
        """Put the cursor on a change (after an undo or redo): focus the field, select [start, end)."""
        edit = self.fields[field]
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.select_range(start, end)

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
        # Say what is counted: the target counts Han characters (digest.text.count_zh, as preflight
        # does); the figure with punctuation, digits and Latin letters is shown beside it.
        zh_text = self.tr("%1 汉字 (%2–%3) · %4 incl. punct.")
        en_text = self.tr("%1 words (target %2–%3)")
        self.counters["summary_zh"].setText(
            zh_text.replace("%1", str(length.zh_count))
            .replace("%2", str(targets.zh_min))
            .replace("%3", str(targets.zh_max))
            .replace("%4", str(count_visible(entry.summary_zh)))
        )
        self.counters["summary_zh"].setToolTip(
            self.tr(
                "%1 Han characters (汉字), target %2–%3: punctuation, digits and Latin letters do not count "
                "(as in preflight). %4 characters with punctuation."
            )
            .replace("%1", str(length.zh_count))
            .replace("%2", str(targets.zh_min))
            .replace("%3", str(targets.zh_max))
            .replace("%4", str(count_visible(entry.summary_zh)))
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
        if self.warning.isVisibleTo(self.fields_pane) != bool(messages):
            self.warning.setVisible(bool(messages))  # no empty lines of room when all is well

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
                # A figure written the same in both (16.9%) needs no chip: it only crowds the others.
                if figure.en and figure.en not in seen and figure.en != figure.text.strip():
                    seen.add(figure.en)
                    figures.append((figure.text, figure.en))
        except Exception:
            pass
        self._helper_cache[article.id] = (names, figures[:24])
        return self._helper_cache[article.id]

    def _fill_helpers(self, article: Article | None) -> None:
        self.names_group.clear()
        self.figures_group.clear()
        if article is not None:
            names, figures = self._helpers_for(article)
            for group, items, kind in ((self.names_group, names, "name"), (self.figures_group, figures, "figure")):
                for source, english in items:
                    group.add_chip(f"{source} → {english}", english, kind, source)
        self._update_helpers_tooltips()
        self.fit_chips()

    def _update_helpers_tooltips(self) -> None:
        for chip in self.helper_chips():
            chip.setToolTip(self.tr("Insert “%1” at the cursor").replace("%1", chip.property("insertText")))

    def helper_chips(self) -> list[QToolButton]:
        return [*self.names_group.chips(), *self.figures_group.chips()]

    def insert_helper(self, text: str, field: str | None = None) -> None:
        """Insert `text` into the last-focused field at its cursor, replacing any selection."""
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
