"""The glossary window and menu: view, filter, edit, add and delete pairs, import and export CSV.

The dialog edits a copy; OK applies it as one undo step (Edit › Undo takes it back). An import
adds the file's pairs to the table (a pair with the same Chinese is replaced) or says, in one
line, why nothing was imported.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digest.glossary import MAX_CSV_BYTES, GlossaryError, make_term, merge_terms, read_csv, write_csv
from digest.model import GlossaryTerm
from digest.paths import atomic_write
from ui.glossary_commands import SetGlossaryCommand
from ui.i18n import Retranslating

COLUMNS = ("zh", "en", "note")


class GlossaryFiles:
    """File choosers for CSV; tests replace these classmethods with ones returning prepared paths."""

    @classmethod
    def open_csv(cls, parent: QWidget | None) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Glossary", "Import Glossary"),
            "",
            QCoreApplication.translate("Glossary", "CSV files (*.csv);;All files (*)"),
        )
        return path or None

    @classmethod
    def save_csv(cls, parent: QWidget | None, suggestion: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Glossary", "Export Glossary"),
            suggestion,
            QCoreApplication.translate("Glossary", "CSV files (*.csv)"),
        )
        if path and not path.lower().endswith(".csv"):
            path += ".csv"
        return path or None


def read_csv_file(path: str | os.PathLike[str]) -> list[GlossaryTerm]:
    """The pairs of a CSV file; every failure (missing, unreadable, too large, malformed) is one
    GlossaryError line."""
    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CSV_BYTES + 1)
    except OSError as exc:
        raise GlossaryError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return read_csv(data, name)


def write_csv_file(path: str | os.PathLike[str], terms: list[GlossaryTerm]) -> None:
    try:
        atomic_write(path, write_csv(terms))
    except OSError as exc:
        raise GlossaryError(f"{Path(path).name}: cannot write ({exc.strerror or exc})") from None


class GlossaryDialog(Retranslating, QDialog):
    def __init__(self, terms: list[GlossaryTerm], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.resize(760, 520)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("glossaryTable")
        self.table.setProperty("content", True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(2, 170)
        self.add_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.message = QLabel(self)
        self.message.setObjectName("glossaryMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        for button in (self.import_button, self.export_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.set_terms(terms)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.filter.setPlaceholderText(self.tr("Filter: Chinese or English"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Chinese term"), self.tr("House English (alternatives after |)"), self.tr("Note")]
        )
        self.add_button.setText(self.tr("&Add Pair"))
        self.delete_button.setText(self.tr("&Delete"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.export_button.setText(self.tr("E&xport CSV…"))
        self._show_count()

    # -- the table ------------------------------------------------------------------------
    def set_terms(self, terms: list[GlossaryTerm]) -> None:
        self.table.setRowCount(0)
        for term in terms:
            self._append(term)
        self._apply_filter()

    def _append(self, term: GlossaryTerm) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((term.zh, term.en, term.note)):
            self.table.setItem(row, column, QTableWidgetItem(value))
        return row

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def table_terms(self) -> list[GlossaryTerm]:
        """The pairs as the table holds them (blank rows skipped); GlossaryError names a bad row."""
        terms: list[GlossaryTerm] = []
        rows: dict[str, int] = {}
        for row in range(self.table.rowCount()):
            zh, en, note = (self._cell(row, c) for c in range(3))
            if not (zh.strip() or en.strip() or note.strip()):
                continue
            try:
                term = make_term(zh, en, note)
            except GlossaryError as exc:
                raise GlossaryError(
                    self.tr("Row %1: %2").replace("%1", str(row + 1)).replace("%2", str(exc))
                ) from None
            if term.zh in rows:
                raise GlossaryError(
                    self.tr("Row %1: «%2» is already on row %3")
                    .replace("%1", str(row + 1))
                    .replace("%2", term.zh)
                    .replace("%3", str(rows[term.zh] + 1))
                )
            rows[term.zh] = row
            terms.append(term)
        return terms

    def _apply_filter(self) -> None:
        needle = self.filter.text().strip().lower()
        for row in range(self.table.rowCount()):
            text = " ".join(self._cell(row, c) for c in range(3)).lower()
            self.table.setRowHidden(row, bool(needle) and needle not in text)
        self._show_count()

    def _show_count(self, note: str = "") -> None:
        count = self.table.rowCount()
        text = self.tr("%1 pairs").replace("%1", str(count))
        self._say(f"{note}  {text}" if note else text, error=False)

    def _say(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #555555;")

    def add_row(self) -> None:
        self.filter.clear()
        row = self._append(GlossaryTerm("", ""))
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
        self._show_count()

    def delete_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self._show_count()

    # -- files ----------------------------------------------------------------------------
    def import_csv(self, path: str | None = None) -> bool:
        path = path or GlossaryFiles.open_csv(self)
        if not path:
            return False
        try:
            current = self.table_terms()
            imported = read_csv_file(path)
        except GlossaryError as exc:  # the core's reason (English) after a lead in the UI's language
            self._say(self.tr("Nothing imported: %1").replace("%1", str(exc)), error=True)
            return False
        merged, added, replaced = merge_terms(current, imported)
        self.filter.clear()
        self.set_terms(merged)
        self._show_count(
            self.tr("Imported %1 new pairs, %2 changed.")
            .replace("%1", str(added))
            .replace("%2", str(replaced))
        )
        return True

    def export_csv(self, path: str | None = None) -> bool:
        try:
            terms = self.table_terms()
        except GlossaryError as exc:
            self._say(str(exc), error=True)
            return False
        path = path or GlossaryFiles.save_csv(self, "glossary.csv")
        if not path:
            return False
        try:
            write_csv_file(path, terms)
        except GlossaryError as exc:
            self._say(self.tr("Not exported: %1").replace("%1", str(exc)), error=True)
            return False
        self._show_count(self.tr("Exported to %1.").replace("%1", Path(path).name))
        return True

    def accept(self) -> None:
        try:
            self.table_terms()
        except GlossaryError as exc:
            self._say(str(exc), error=True)
            return
        super().accept()


class GlossaryMenu(Retranslating, QMenu):
    """Glossary menu of the main window: add the selected pair, the glossary window, CSV."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("glossaryMenu")
        self.window_ = window
        self.add_action = self.addAction("")
        self.add_action.setObjectName("add_glossary_term")
        # A chord no text field takes, so it works with the cursor in any field.
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.triggered.connect(lambda _=False: self.add_term())
        self.addSeparator()
        self.edit_action = self.addAction("")
        self.edit_action.setObjectName("edit_glossary")
        self.edit_action.triggered.connect(lambda _=False: self.edit())
        self.import_action = self.addAction("")
        self.import_action.setObjectName("import_glossary")
        self.import_action.triggered.connect(lambda _=False: self.import_csv())
        self.export_action = self.addAction("")
        self.export_action.setObjectName("export_glossary")
        self.export_action.triggered.connect(lambda _=False: self.export_csv())
        for action in (self.add_action, self.edit_action, self.import_action, self.export_action):
            window.addAction(action)  # its shortcut works wherever the focus is in the window
            window.actions_by_name[action.objectName()] = action
        window.menuBar().insertMenu(window.help_menu.menuAction(), self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Glossary"))
        self.add_action.setText(self.tr("&Add Selected Term"))
        self.add_action.setStatusTip(
            self.tr("Add the selected Chinese term and the selected English to the project's glossary")
        )
        self.edit_action.setText(self.tr("&Edit Glossary…"))
        self.import_action.setText(self.tr("&Import CSV…"))
        self.export_action.setText(self.tr("&Export CSV…"))

    def _tell(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 8000)

    def add_term(self) -> None:
        self._tell(self.window_.editor.glossary_chips.add_from_selection())

    def edit(self) -> None:
        from ui.main_window import Dialogs  # the window module imports this one

        doc = self.window_.doc
        dialog = GlossaryDialog(doc.project.glossary, self.window_)
        if not Dialogs.run(dialog):
            return
        if doc.viewer_only:  # shown, not changed: another window edits the project
            self._tell(self.tr("The project is open read-only here: the glossary was not changed."))
            return
        try:
            terms = dialog.table_terms()  # accept() let it close only when valid
        except GlossaryError as exc:
            self._tell(str(exc))
            return
        if terms != doc.project.glossary:
            doc.undo_stack.push(SetGlossaryCommand(doc, terms))

    def import_csv(self, path: str | None = None) -> None:
        path = path or GlossaryFiles.open_csv(self.window_)
        if not path:
            return
        doc = self.window_.doc
        try:
            imported = read_csv_file(path)
        except GlossaryError as exc:  # the core's reason (English) after a lead in the UI's language
            self._tell(self.tr("Nothing imported: %1").replace("%1", str(exc)))
            return
        merged, added, replaced = merge_terms(doc.project.glossary, imported)
        if added or replaced:
            doc.undo_stack.push(SetGlossaryCommand(doc, merged, self.tr("Import Glossary")))
        self._tell(
            self.tr("Glossary: %1 new pairs, %2 changed, from %3.")
            .replace("%1", str(added))
            .replace("%2", str(replaced))
            .replace("%3", Path(path).name)
        )

    def export_csv(self, path: str | None = None) -> None:
        doc = self.window_.doc
        suggestion = str(doc.path.with_name(doc.path.stem + "-glossary.csv")) if doc.path else "glossary.csv"
        path = path or GlossaryFiles.save_csv(self.window_, suggestion)
        if not path:
            return
        try:
            write_csv_file(path, doc.project.glossary)
        except GlossaryError as exc:
            self._tell(self.tr("Not exported: %1").replace("%1", str(exc)))
            return
        self._tell(self.tr("Glossary exported to %1.").replace("%1", Path(path).name))
