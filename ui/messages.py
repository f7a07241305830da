"""Message boxes and file dialogs behind small classmethods, so tests can replace them.

Every call is also recorded in Messages.log (kind, title, text): tests assert what the user was
told without reading widgets. Fixtures patch QMessageBox.exec so nothing ever blocks a test.

Errors raised by the core (digest.errors) carry English sentences; a box shows them only as the
`detail` under a lead sentence in the UI's language, so a Chinese UI never leads with English.
"""

from __future__ import annotations

import re
import sys
from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from digest.model import Issue

DIALOG_OPTIONS = QFileDialog.Option.DontUseNativeDialog


class Messages:
    log: ClassVar[list[tuple[str, str, str]]] = []
    # Non-interactive runs (--screenshot, --no-dialogs: ui.app.RunOptions) print messages to
    # stderr and take the default answer instead of waiting for a click that never comes.
    non_interactive: bool = False

    @classmethod
    def _box(
        cls,
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        detail: str | None = None,
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    ) -> QMessageBox.StandardButton:
        kind = {
            QMessageBox.Icon.Critical: "error",
            QMessageBox.Icon.Warning: "warning",
            QMessageBox.Icon.Question: "question",
        }.get(icon, "info")
        told = f"{text}\n\n{detail}" if detail else text
        cls.log.append((kind, title, told))
        if cls.non_interactive:
            print(f"jianbao: {kind}: {title}: {told}", file=sys.stderr, flush=True)
            return default
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setDefaultButton(default)
        if detail:
            box.setInformativeText(detail)
        result = box.exec()
        try:
            return QMessageBox.StandardButton(result)
        except ValueError:
            return QMessageBox.StandardButton.Cancel

    @classmethod
    def error(cls, parent: QWidget | None, title: str, lead: str, detail: str | None = None) -> None:
        """An error: `lead` says in the UI's language what failed; `detail` is the core's reason."""
        cls._box(parent, QMessageBox.Icon.Critical, title, lead, detail)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._box(parent, QMessageBox.Icon.Warning, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        cls._box(parent, QMessageBox.Icon.Information, title, text)

    @classmethod
    def ask_yes_no(cls, parent: QWidget | None, title: str, text: str, default_yes: bool = True) -> bool:
        """Yes or No; `default_yes=False` when Yes does something that cannot be taken back."""
        B = QMessageBox.StandardButton
        default = B.Yes if default_yes else B.No
        return cls._box(parent, QMessageBox.Icon.Question, title, text, None, B.Yes | B.No, default) == B.Yes

    @classmethod
    def ask_save(cls, parent: QWidget | None, text: str) -> str:
        """'save', 'discard' or 'cancel' for closing a document with unsaved changes."""
        B = QMessageBox.StandardButton
        answer = cls._box(
            parent,
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("Messages", "Unsaved changes"),
            text,
            None,
            B.Save | B.Discard | B.Cancel,
            B.Save,
        )
        return {B.Save: "save", B.Discard: "discard"}.get(answer, "cancel")


def issue_file_name(issue: Issue) -> str:
    """A file name (without suffix) from the issue: "Wujin Digest 7 2026-11-28" / "武进简报 7 2026-11-28".
    Characters a file system refuses are left out."""
    title = (issue.title_en or issue.title_zh or "digest").strip()
    name = f"{title} {issue.number} {issue.date.isoformat()}"
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", name)
    return re.sub(r"\s+", " ", name).strip(" .") or "digest"


class FileDialogs:
    """File choosers; tests replace these classmethods with ones returning prepared paths.

    Qt's own (non-native) dialog everywhere, so it speaks the UI's language on every desktop
    (its strings come from qtbase's translations and, where those lack one, from ours)."""

    @classmethod
    def open_project(cls, parent: QWidget | None, folder: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("Messages", "Open Project"),
            folder,
            QCoreApplication.translate("Messages", "Jianbao projects (*.jianbao);;All files (*)"),
            options=DIALOG_OPTIONS,
        )
        return path or None

    @classmethod
    def save_project(cls, parent: QWidget | None, suggestion: str = "") -> str | None:
        return _save_name(
            parent,
            QCoreApplication.translate("Messages", "Save Project As"),
            suggestion,
            QCoreApplication.translate("Messages", "Jianbao projects (*.jianbao)"),
            ".jianbao",
        )

    @classmethod
    def import_pages(cls, parent: QWidget | None, folder: str = "") -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("Messages", "Import Pages"),
            folder,
            QCoreApplication.translate("Messages", "Page text (*.txt);;All files (*)"),
            options=DIALOG_OPTIONS,
        )
        return list(paths)

    @classmethod
    def export_pdf(cls, parent: QWidget | None, suggestion: str = "") -> str | None:
        return _save_name(
            parent,
            QCoreApplication.translate("Messages", "Export PDF"),
            suggestion,
            QCoreApplication.translate("Messages", "PDF files (*.pdf)"),
            ".pdf",
        )


def _save_name(parent: QWidget | None, title: str, suggestion: str, filters: str, suffix: str) -> str | None:
    """A file name to save under, chosen in the system dialog, with `suffix` added when it is missing."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggestion, filters, options=DIALOG_OPTIONS)
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path or None
