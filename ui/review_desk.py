"""The import review desk: a page's lines with the role the importer gave each, for the editor
to correct with one key (or the context menu). Every correction is one undo step on the
window's stack (ui.review_commands); the library, the lineup and the preview follow at once.

Keys on the line list: H headline, K kicker, S subtitle, B byline, P paragraph, C caption,
L section label, D drop (page furniture); X split the item before the line, M merge the line's
item into the one above, J join the line's paragraph to the previous one, N start a new
paragraph at the line, R edit the reporters of the line's item.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digest.ingest.corrections import REPORTER_SEPARATOR
from digest.ingest.lines import BODY_ROLES, LabelledLine
from digest.model import LINE_ROLES, Correction, Page
from digest.review import labelled_lines
from ui.i18n import Retranslating
from ui.review_commands import ReviewCommand, find_page, page_articles, page_profile
from ui.review_lines import UNCERTAIN_BELOW, LineRole, ReviewLineDelegate, ReviewLinesModel

ROLE_KEYS: dict[str, str] = {
    "headline": "H",
    "kicker": "K",
    "subtitle": "S",
    "byline": "B",
    "paragraph": "P",
    "caption": "C",
    "section": "L",
    "furniture": "D",
}
STEP_KEYS: dict[str, str] = {"split": "X", "merge": "M", "join": "J", "separate": "N", "reporters": "R"}


def split_names(text: str) -> list[str]:
    """Names typed by the editor: separated by 、 , ， ; or spaces."""
    for mark in ",，;；/":
        text = text.replace(mark, REPORTER_SEPARATOR)
    return [n for part in text.split(REPORTER_SEPARATOR) for n in part.split() if n]


class ReportersDialog(Retranslating, QDialog):
    def __init__(self, names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportersDialog")
        self.edit = QLineEdit(REPORTER_SEPARATOR.join(names), self)
        self.edit.setObjectName("reportersEdit")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow("", self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Reporters"))
        label = self.form.labelForField(self.edit)
        if isinstance(label, QLabel):
            label.setText(self.tr("Reporters:"))
        self.hint.setText(self.tr("Names separated by 、 or spaces; leave empty for none."))

    def names(self) -> list[str]:
        return split_names(self.edit.text())


class ReviewDesk(Retranslating, QWidget):
    """The desk for one page at a time (`show_page`)."""

    pageShown = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("reviewDesk")
        self.window_ = window
        self.page: Page | None = None
        self.lines: list[LabelledLine] = []
        self._articles: list = []  # the page's articles in the library, as of the last refresh

        self.title = QLabel(self)
        self.title.setObjectName("reviewTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.paper_edit, self.label_edit, self.date_edit = (QLineEdit(self) for _ in range(3))
        for name, edit in zip(
            ("paperEdit", "pageLabelEdit", "pageDateEdit"), self._source_edits(), strict=True
        ):
            edit.setObjectName(name)
            edit.editingFinished.connect(self._source_edited)
        self.paper_label, self.page_label_label, self.date_label = QLabel(self), QLabel(self), QLabel(self)
        self.profile_label = QLabel(self)
        self.profile_label.setObjectName("profileLabel")
        self.profile_label.setWordWrap(True)
        source = QGridLayout()
        source.setContentsMargins(0, 0, 0, 0)
        source.addWidget(self.paper_label, 0, 0)
        source.addWidget(self.paper_edit, 0, 1)
        source.addWidget(self.page_label_label, 0, 2)
        source.addWidget(self.label_edit, 0, 3)
        source.addWidget(self.date_label, 0, 4)
        source.addWidget(self.date_edit, 0, 5)
        source.setColumnStretch(1, 3)
        source.setColumnStretch(3, 2)
        source.setColumnStretch(5, 2)

        self.model = ReviewLinesModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("reviewLines")
        self.view.setProperty("content", True)  # page text is data, not UI text
        self.view.setModel(self.model)
        self.view.setItemDelegate(ReviewLineDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        # Fixed widths (not ResizeToContents, which measures every row on each change).
        digits = self.fontMetrics().horizontalAdvance("00000") + 12
        for column, width in (
            (ReviewLinesModel.COL_LINE, digits),
            (ReviewLinesModel.COL_ROLE, 118),
            (ReviewLinesModel.COL_PARAGRAPH, self.fontMetrics().horizontalAdvance("¶") + 16),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        header.setSectionResizeMode(ReviewLinesModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        self.item_label = QLabel(self)
        self.item_label.setObjectName("itemLabel")
        self.item_label.setWordWrap(True)
        self.reporters_button = QPushButton(self)
        self.reporters_button.setObjectName("reportersButton")
        self.keys_label = QLabel(self)
        self.keys_label.setObjectName("keysLabel")
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet("color: #5f6368;")
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("reviewEmpty")

        item_row = QHBoxLayout()
        item_row.addWidget(self.item_label, 1)
        item_row.addWidget(self.reporters_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addLayout(source)
        layout.addWidget(self.profile_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(item_row)
        layout.addWidget(self.keys_label)

        self.actions_by_name: dict[str, QAction] = {}
        for role, key in ROLE_KEYS.items():
            self._add_action(f"role_{role}", key, lambda r=role: self.set_role(r))
        for role in LINE_ROLES:
            if role not in ROLE_KEYS:
                self._add_action(f"role_{role}", None, lambda r=role: self.set_role(r))
        self._add_action("split", STEP_KEYS["split"], self.split_item)
        self._add_action("merge", STEP_KEYS["merge"], self.merge_item)
        self._add_action("join", STEP_KEYS["join"], self.join_paragraph)
        self._add_action("separate", STEP_KEYS["separate"], self.separate_paragraph)
        self._add_action("reporters", STEP_KEYS["reporters"], self.edit_reporters)
        self.reporters_button.clicked.connect(self.edit_reporters)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate_ui()
        self._show_nothing()

    def _source_edits(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.paper_edit, self.label_edit, self.date_edit

    def _add_action(self, name: str, key: str | None, slot) -> None:
        action = QAction(self)
        action.setObjectName(f"review_{name}")
        if key:
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.view.addAction(action)
        action.triggered.connect(lambda _=False: slot())
        self.actions_by_name[name] = action

    @property
    def doc(self):
        return self.window_.doc

    # ------------------------------------------------------------------ words
    def role_names(self) -> dict[str, str]:
        return {
            "section": self.tr("Section label"),
            "kicker": self.tr("Kicker"),
            "headline": self.tr("Headline"),
            "subtitle": self.tr("Subtitle"),
            "byline": self.tr("Byline"),
            "dateline": self.tr("Dateline"),
            "subheading": self.tr("Subheading"),
            "paragraph": self.tr("Paragraph"),
            "caption": self.tr("Caption"),
            "caption_credit": self.tr("Photo credit"),
            "closing_credit": self.tr("Closing credit"),
            "jump": self.tr("Jump line"),
            "furniture": self.tr("Dropped"),
        }

    def step_names(self) -> dict[str, str]:
        return {
            "split": self.tr("Split Item Here"),
            "merge": self.tr("Merge into Item Above"),
            "join": self.tr("Join with Paragraph Above"),
            "separate": self.tr("Start New Paragraph"),
            "reporters": self.tr("Edit Reporters…"),
        }

    def retranslate_ui(self) -> None:
        names = self.role_names()
        for role in LINE_ROLES:
            action = self.actions_by_name[f"role_{role}"]
            action.setText(self.tr("Mark as %1").replace("%1", names[role]))
        for name, text in self.step_names().items():
            self.actions_by_name[name].setText(text)
        self.paper_label.setText(self.tr("Newspaper:"))
        self.page_label_label.setText(self.tr("Page:"))
        self.date_label.setText(self.tr("Date:"))
        self.paper_edit.setPlaceholderText(self.tr("paper's name"))
        self.label_edit.setPlaceholderText(self.tr("e.g. A2 要闻"))
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.paper_edit.setToolTip(
            self.tr("The paper's name: names the profile its pages teach and the print source line")
        )
        self.reporters_button.setText(self.tr("Reporters… (R)"))
        self.keys_label.setText(
            self.tr(
                "Keys: H headline · K kicker · S subtitle · B byline · P paragraph · C caption · "
                "L section label · D drop · X split item · M merge into item above · "
                "J join paragraph · N new paragraph · R reporters. Dashed labels: the importer is unsure."
            )
        )
        self.empty_label.setText(
            self.tr("Select an imported article and choose Review Page Import (Ctrl+Shift+I).")
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.refresh()

    # ------------------------------------------------------------------ showing
    def _show_nothing(self) -> None:
        self.page = None
        self.lines = []
        self._articles = []
        self.model.set_lines([], self.role_names())
        self.empty_label.show()
        self.title.setText(self.tr("Import review"))
        for edit in self._source_edits():
            edit.clear()
            edit.setEnabled(False)
        self.profile_label.clear()
        self.item_label.clear()
        self.reporters_button.setEnabled(False)

    def set_document(self, _doc) -> None:
        self._show_nothing()

    def show_page(self, page_id: str, line: int | None = None) -> bool:
        page = find_page(self.doc, page_id)
        if page is None:
            return False
        self.page = page
        self.empty_label.hide()
        for edit in self._source_edits():
            edit.setEnabled(True)
        self.refresh(line)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.pageShown.emit(page_id)
        return True

    def page_changed(self, page_id: str) -> None:
        if self.page is not None and self.page.id == page_id:
            self.refresh()

    def page_still_there(self, *_args) -> None:
        """After any undo step: leave a page whose import was undone."""
        if self.page is not None and self.page not in self.doc.project.pages:
            self._show_nothing()

    def refresh(self, line: int | None = None) -> None:
        """Relabel the page (rules, its paper's profile, its corrections) and show it."""
        page = self.page
        if page is None:
            return
        if page not in self.doc.project.pages:  # its import was undone
            self._show_nothing()
            return
        current = self.current_line()
        keep = line if line is not None else (current.index if current is not None else None)
        profile = page_profile(self.doc, page)
        self.lines = labelled_lines(page, profile)
        self._articles = page_articles(self.doc, page.id)  # read once per refresh, not per row
        self.model.set_lines(self.lines, self.role_names())
        self.title.setText(
            self.tr("Page %1 · %n line(s)", "", len(self.lines)).replace("%1", page.source or page.id)
        )
        for edit, value in zip(
            self._source_edits(), (page.paper, page.page_label, page.page_date), strict=True
        ):
            if edit.text() != value:
                edit.setText(value)
        if profile.forms:
            self.profile_label.setText(
                self.tr(
                    "Profile: %1 — %n line form(s) taught by the paper's other pages", "", len(profile.forms)
                ).replace("%1", profile.name)
            )
        elif page.paper:
            self.profile_label.setText(
                self.tr("Profile: none yet for %1 — corrections here teach it").replace("%1", page.paper)
            )
        else:
            self.profile_label.setText(self.tr("Profile: none — set the paper's name to teach one"))
        if self.lines:
            row = self.model.row_of_line(keep) if keep is not None else 0
            index = self.model.index(row, ReviewLinesModel.COL_TEXT)
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.view.scrollTo(
                index,
                QAbstractItemView.ScrollHint.PositionAtCenter
                if line is not None
                else QAbstractItemView.ScrollHint.EnsureVisible,
            )
        self._current_changed()

    def current_line(self) -> LabelledLine | None:
        index = self.view.currentIndex()
        return index.data(LineRole) if index.isValid() else None

    def selected_lines(self) -> list[LabelledLine]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        lines = [self.lines[r] for r in rows if r < len(self.lines)]
        current = self.current_line()
        return lines or ([current] if current is not None else [])

    def item_lines(self, item: int) -> list[LabelledLine]:
        return [line for line in self.lines if line.item == item]

    def _current_changed(self, *_args) -> None:
        line = self.current_line()
        if line is None or self.page is None:
            self.item_label.clear()
            self.reporters_button.setEnabled(False)
            return
        lines = self.item_lines(line.item)
        article = self._article_of(line)
        reporters = (
            "、".join(article.reporters) if article is not None and article.reporters else self.tr("none")
        )
        paragraphs = len({ln.paragraph for ln in lines if ln.role in BODY_ROLES})
        text = (
            self.tr("Item %1 of %2 · %n paragraph(s) · reporters: %3", "", paragraphs)
            .replace("%1", str(line.item + 1))
            .replace("%2", str(max((ln.item for ln in self.lines), default=0) + 1))
            .replace("%3", reporters)
        )
        if line.confidence < UNCERTAIN_BELOW:
            text += " · " + self.tr("this line is uncertain")
        self.item_label.setText(text)
        self.reporters_button.setEnabled(True)

    def _article_of(self, line: LabelledLine):
        if self.page is None:
            return None
        for article in self._articles:
            if article.line_start <= line.index < article.line_end:
                return article
        return None

    # ------------------------------------------------------------------ actions
    def _push(self, text: str, corrections: list[Correction], provenance=None) -> None:
        if self.page is None or (not corrections and provenance is None):
            return
        self.doc.undo_stack.push(ReviewCommand(self.doc, self.page, text, corrections, provenance))

    def set_role(self, role: str) -> None:
        # Marking an uncertain line with the role it has confirms it (and teaches the profile).
        lines = [ln for ln in self.selected_lines() if ln.role != role or ln.confidence < UNCERTAIN_BELOW]
        if not lines:
            return
        name = self.role_names()[role]
        self._push(
            self.tr("Mark as %1").replace("%1", name),
            [Correction("role", line.index, role, line.text) for line in lines],
        )

    def _step(self, kind: str, text: str, allowed) -> None:
        line = self.current_line()
        if line is None or not allowed(line):
            self.window_.statusBar().showMessage(self.tr("That does not apply to this line."), 4000)
            return
        self._push(text, [Correction(kind, line.index, "", line.text)])

    def split_item(self) -> None:
        def allowed(line: LabelledLine) -> bool:
            return self.item_lines(line.item)[0] is not line

        self._step("split", self.tr("Split Item"), allowed)

    def merge_item(self) -> None:
        self._step("merge", self.tr("Merge Items"), lambda line: line.item > 0)

    def join_paragraph(self) -> None:
        def allowed(line: LabelledLine) -> bool:
            earlier = [
                ln for ln in self.item_lines(line.item) if ln.index < line.index and ln.role in BODY_ROLES
            ]
            return line.role in BODY_ROLES and bool(earlier) and earlier[-1].paragraph != line.paragraph

        self._step("join", self.tr("Join Paragraphs"), allowed)

    def separate_paragraph(self) -> None:
        def allowed(line: LabelledLine) -> bool:
            row = self.lines.index(line)
            return line.role in BODY_ROLES and self.model.continues_paragraph(row)

        self._step("separate", self.tr("Separate Paragraphs"), allowed)

    def edit_reporters(self) -> None:
        from ui.main_window import Dialogs  # the window's dialog runner (tests answer it)

        line = self.current_line()
        if line is None:
            return
        article = self._article_of(line)
        dialog = ReportersDialog(list(article.reporters) if article is not None else [], self)
        if not Dialogs.run(dialog):
            return
        names = dialog.names()
        if article is not None and names == list(article.reporters):
            return
        first = self.item_lines(line.item)[0]
        self._push(
            self.tr("Edit Reporters"),
            [Correction("reporters", first.index, REPORTER_SEPARATOR.join(names), first.text)],
        )

    def _source_edited(self) -> None:
        page = self.page
        if page is None:
            return
        values = tuple(edit.text().strip() for edit in self._source_edits())
        if values == (page.paper, page.page_label, page.page_date):
            return
        self._push(self.tr("Set Page Source"), [], values)

    def _context_menu(self, point) -> None:
        if self.page is None:
            return
        menu = QMenu(self)
        for role in ROLE_KEYS:
            menu.addAction(self.actions_by_name[f"role_{role}"])
        others = menu.addMenu(self.tr("Other Roles"))
        for role in LINE_ROLES:
            if role not in ROLE_KEYS:
                others.addAction(self.actions_by_name[f"role_{role}"])
        menu.addSeparator()
        for name in STEP_KEYS:
            menu.addAction(self.actions_by_name[name])
        menu.popup(self.view.viewport().mapToGlobal(point))
