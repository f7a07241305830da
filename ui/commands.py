"""Undo commands: every change to the issue and its texts goes through one of these."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from digest.model import Entry, Issue, Section

TEXT_EDIT_ID = 1001


class InsertEntryCommand(QUndoCommand):
    """Add an entry. In an issue without sections it also adds the untitled section the entry
    goes into, so one undo takes both back and leaves the issue exactly as it was."""

    def __init__(self, doc, entry: Entry, position: tuple[int, int] | None, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add Entry"), parent)
        self.doc, self.entry, self.position = doc, entry, position
        self.placed: tuple[int, int] | None = None
        self.new_section = Section() if not doc.issue.sections else None

    def redo(self) -> None:
        if self.new_section is not None:
            self.doc.lineup.insert_section(0, self.new_section)
        self.placed = self.doc.lineup.insert_entry(self.entry, self.placed or self.position)

    def undo(self) -> None:
        self.doc.lineup.remove_entry(self.placed)
        if self.new_section is not None:
            self.doc.lineup.remove_section(0)


class RemoveEntryCommand(QUndoCommand):
    def __init__(self, doc, position: tuple[int, int], parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove Entry"), parent)
        self.doc, self.position = doc, position
        self.entry: Entry | None = None

    def redo(self) -> None:
        self.entry = self.doc.lineup.remove_entry(self.position)

    def undo(self) -> None:
        self.doc.lineup.insert_entry(self.entry, self.position)


class MoveEntryCommand(QUndoCommand):
    """Move an entry from `source` to `final` (both in after-move terms of their own moment)."""

    def __init__(self, doc, source: tuple[int, int], final: tuple[int, int], parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move Entry"), parent)
        self.doc, self.source, self.final = doc, source, final

    def redo(self) -> None:
        self.final = self.doc.lineup.place_entry(self.source, self.final)

    def undo(self) -> None:
        self.doc.lineup.place_entry(self.final, self.source)


class AddSectionCommand(QUndoCommand):
    def __init__(self, doc, index: int, section: Section, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add Section"), parent)
        self.doc, self.index, self.section = doc, index, section

    def redo(self) -> None:
        self.index = self.doc.lineup.insert_section(self.index, self.section)

    def undo(self) -> None:
        self.doc.lineup.remove_section(self.index)


class RemoveSectionCommand(QUndoCommand):
    def __init__(self, doc, index: int, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove Section"), parent)
        self.doc, self.index = doc, index
        self.section: Section | None = None

    def redo(self) -> None:
        self.section = self.doc.lineup.remove_section(self.index)

    def undo(self) -> None:
        self.doc.lineup.insert_section(self.index, self.section)


class MoveSectionCommand(QUndoCommand):
    def __init__(self, doc, source: int, final: int, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move Section"), parent)
        self.doc, self.source, self.final = doc, source, final

    def redo(self) -> None:
        self.final = self.doc.lineup.move_section(self.source, self.final)

    def undo(self) -> None:
        self.doc.lineup.move_section(self.final, self.source)


class RenameSectionCommand(QUndoCommand):
    def __init__(self, doc, index: int, title_zh: str, title_en: str, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Rename Section"), parent)
        section = doc.issue.sections[index]
        self.doc, self.index = doc, index
        self.old = (section.title_zh, section.title_en)
        self.new = (title_zh, title_en)

    def redo(self) -> None:
        self.doc.lineup.set_section_titles(self.index, *self.new)

    def undo(self) -> None:
        self.doc.lineup.set_section_titles(self.index, *self.old)


class SetEntryTextCommand(QUndoCommand):
    """One field's text changed. Consecutive typing in one field merges into one command."""

    def __init__(
        self, doc, article_id: str, field: str, old: str, new: str, typing: bool = True, parent=None
    ):
        super().__init__(
            QCoreApplication.translate("Commands", "Typing")
            if typing
            else QCoreApplication.translate("Commands", "Insert Text"),
            parent,
        )
        self.doc, self.article_id, self.field = doc, article_id, field
        self.old, self.new, self.typing = old, new, typing
        self._applied_by_widget = True  # the widget already shows `new` on the first redo

    def id(self) -> int:
        return TEXT_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetEntryTextCommand):
            return False
        if (other.article_id, other.field) != (self.article_id, self.field) or not (
            self.typing and other.typing
        ):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.doc.set_entry_text(self.article_id, self.field, self.new)

    def undo(self) -> None:
        self.doc.set_entry_text(self.article_id, self.field, self.old)


ISSUE_PROPERTIES = ("title_zh", "title_en", "number", "date", "locales", "layout", "targets", "publisher")


class SetIssuePropertiesCommand(QUndoCommand):
    def __init__(self, doc, new: Issue, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Issue Properties"), parent)
        self.doc = doc
        self.old = {name: copy.deepcopy(getattr(doc.issue, name)) for name in ISSUE_PROPERTIES}
        self.new = {name: copy.deepcopy(getattr(new, name)) for name in ISSUE_PROPERTIES}

    def _apply(self, values: dict) -> None:
        for name, value in values.items():
            setattr(self.doc.issue, name, copy.deepcopy(value))
        self.doc.issue_properties_changed()

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
