"""Undo commands: every change to the issue and its texts goes through one of these."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from digest import editorial
from digest.model import Entry, Issue, Section

TEXT_EDIT_ID = 1001


def field_action(field: str) -> str:
    """The undo step's name for an edit of one text field ("Edit English summary")."""
    names = {
        "headline_zh": QCoreApplication.translate("Commands", "Edit Chinese headline"),
        "headline_en": QCoreApplication.translate("Commands", "Edit English headline"),
        "summary_zh": QCoreApplication.translate("Commands", "Edit Chinese summary"),
        "summary_en": QCoreApplication.translate("Commands", "Edit English summary"),
    }
    return names.get(field, QCoreApplication.translate("Commands", "Typing"))


class InsertEntryCommand(QUndoCommand):
    """Add an entry. In an issue without sections it also adds the untitled section the entry
    goes into, so one undo takes both back and leaves the issue exactly as it was. Texts kept
    from the article's earlier entry (see RemoveEntryCommand) come back with it."""

    def __init__(self, doc, entry: Entry, position: tuple[int, int] | None, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add Entry"), parent)
        self.kept = doc.kept_texts(entry.article_id)
        if self.kept is not None:
            entry = copy.copy(self.kept)
        self.doc, self.entry, self.position = doc, entry, position
        self.article_id = entry.article_id
        self.placed: tuple[int, int] | None = None
        self.new_section = Section() if not doc.issue.sections else None

    def redo(self) -> None:
        if self.new_section is not None:
            self.doc.lineup.insert_section(0, self.new_section)
        self.placed = self.doc.lineup.insert_entry(self.entry, self.placed or self.position)
        if self.kept is not None:
            self.doc.set_kept_texts(self.article_id, None)  # in the issue again: kept there

    def undo(self) -> None:
        self.doc.lineup.remove_entry(self.placed)
        if self.new_section is not None:
            self.doc.lineup.remove_section(0)
        if self.kept is not None:
            self.doc.set_kept_texts(self.article_id, self.kept)


class RemoveEntryCommand(QUndoCommand):
    """Take an entry out of the issue. Its texts stay with its article (the project keeps them)
    and come back when the article is added again; undo puts the entry back as it was."""

    def __init__(self, doc, position: tuple[int, int], parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove Entry"), parent)
        self.doc, self.position = doc, position
        self.entry: Entry = editorial.entry_at(doc.issue, position)
        self.article_id = self.entry.article_id
        article = doc.article(self.article_id)
        self.has_text = editorial.has_own_text(self.entry, (article.headline or "") if article else "")
        self._kept_before: Entry | None = None

    def redo(self) -> None:
        self.entry = self.doc.lineup.remove_entry(self.position)
        if self.has_text:
            self._kept_before = self.doc.kept_texts(self.article_id)
            self.doc.set_kept_texts(self.article_id, self.entry)

    def undo(self) -> None:
        self.doc.lineup.insert_entry(self.entry, self.position)
        if self.has_text:
            self.doc.set_kept_texts(self.article_id, self._kept_before)


class MoveEntryCommand(QUndoCommand):
    """Move an entry from `source` to `final` (both in after-move terms of their own moment)."""

    def __init__(self, doc, source: tuple[int, int], final: tuple[int, int], parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Move Entry"), parent)
        self.doc, self.source, self.final = doc, source, final
        self.article_id = editorial.entry_at(doc.issue, source).article_id

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
    """Remove a section; its entries' texts stay with their articles, as RemoveEntryCommand's do."""

    def __init__(self, doc, index: int, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Remove Section"), parent)
        self.doc, self.index = doc, index
        self.section: Section | None = None
        self._kept_before: dict[str, Entry | None] = {}

    def redo(self) -> None:
        self.section = self.doc.lineup.remove_section(self.index)
        self._kept_before = {}
        for entry in self.section.entries:
            article = self.doc.article(entry.article_id)
            if editorial.has_own_text(entry, (article.headline or "") if article else ""):
                self._kept_before[entry.article_id] = self.doc.kept_texts(entry.article_id)
                self.doc.set_kept_texts(entry.article_id, entry)

    def undo(self) -> None:
        self.doc.lineup.insert_section(self.index, self.section)
        for article_id, kept in self._kept_before.items():
            self.doc.set_kept_texts(article_id, kept)


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
    """One field's text changed, named after the field ("Edit English summary"). Consecutive
    typing in one field merges into one command."""

    def __init__(
        self, doc, article_id: str, field: str, old: str, new: str, typing: bool = True, parent=None
    ):
        super().__init__(field_action(field), parent)
        self.doc, self.article_id, self.field = doc, article_id, field
        self.old, self.new, self.typing = old, new, typing

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

    def changed_span(self, undone: bool) -> tuple[int, int]:
        """What this step changed, as [start, end) in the text it leaves (undone: the old text)."""
        return editorial.changed_span(self.new, self.old) if undone else editorial.changed_span(self.old, self.new)


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
