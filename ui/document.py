"""The open project: the data, its file path, the undo stack, and the models the views show."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from digest.model import Entry, Project
from ui.library import LibraryModel
from ui.lineup import LineupModel

TEXT_FIELDS = ("headline_zh", "headline_en", "summary_zh", "summary_en")


class Document(QObject):
    changed = Signal()  # any change to the project's content (the preview listens)
    entryTextChanged = Signal(str, str)  # article id, field
    issuePropertiesChanged = Signal()
    pathChanged = Signal()

    def __init__(self, project: Project, path: str | Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        project.issue  # noqa: B018 - make sure the issue exists before the models look at it
        self.path: Path | None = Path(path).resolve() if path else None
        self.undo_stack = QUndoStack(self)
        self.library = LibraryModel(project, self)
        self.lineup = LineupModel(project, self)
        for signal in (
            self.lineup.rowsInserted,
            self.lineup.rowsRemoved,
            self.lineup.modelReset,
        ):
            signal.connect(self._lineup_changed)
        self.lineup.titlesChanged.connect(self.changed.emit)
        self.library.rowsInserted.connect(lambda *_: self.changed.emit())
        self.library.rowsRemoved.connect(lambda *_: self.changed.emit())

    def _lineup_changed(self, *_args) -> None:
        self.library.refresh_checks()
        self.changed.emit()

    @property
    def issue(self):
        return self.project.issue

    def set_path(self, path: str | Path | None) -> None:
        self.path = Path(path).resolve() if path else None
        self.pathChanged.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def entry(self, article_id: str) -> Entry | None:
        found = self.issue.find_entry(article_id)
        return found[1] if found else None

    def set_entry_text(self, article_id: str, field: str, text: str) -> None:
        """Change one text field of an entry (commands call this) and tell the views."""
        if field not in TEXT_FIELDS:
            raise ValueError(field)
        entry = self.entry(article_id)
        if entry is None:
            return
        setattr(entry, field, text)
        self.lineup.entry_changed(article_id)
        self.entryTextChanged.emit(article_id, field)
        self.changed.emit()

    def issue_properties_changed(self) -> None:
        self.lineup.layoutChanged.emit()
        self.issuePropertiesChanged.emit()
        self.changed.emit()
