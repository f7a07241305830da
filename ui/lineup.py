"""The issue lineup as a tree model: sections at the top level, their entries as children.

Rows are addressed without Python pointers: an entry index carries its section row + 1 as
internal id, a section index carries 0. The model is the only place the lineup changes, so
views stay in step; undo commands call its methods. Drops are turned into requests
(moveRequested, articlesDropped, sectionMoveRequested) that the window runs as commands.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from digest import editorial
from digest.model import Entry, Issue, Project, Section
from ui.icons import icon
from ui.library import ARTICLE_MIME

ENTRY_MIME = "application/x-jianbao-entry"
SECTION_MIME = "application/x-jianbao-section"

PositionRole = Qt.ItemDataRole.UserRole + 10  # (section, row) or (section, -1) for a section
_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()  # the root: default parent of top-level rows


def _dropped(data: QMimeData, mime: str) -> Any:
    """The JSON a drag carries under MIME."""
    return json.loads(bytes(data.data(mime).data()))


class LineupModel(QAbstractItemModel):
    moveRequested = Signal(object, object)  # source position, target position (before-move terms)
    articlesDropped = Signal(list, object)  # article ids, target position
    sectionMoveRequested = Signal(int, int)  # source index, target index (before-move terms)
    titlesChanged = Signal()  # a section was renamed (rows signals cover the other changes)

    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self._project = project
        self._dirty: set[str] = set()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(250)
        self._flush_timer.timeout.connect(self._flush_dirty)

    @property
    def issue(self) -> Issue:
        return self._project.issue

    # -- structure ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = _NO_PARENT) -> QModelIndex:
        if column < 0 or column > 1 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self.issue.sections):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() != 0:  # entries have no children
            return QModelIndex()
        section = parent.row()
        if row < len(self.issue.sections[section].entries):
            return self.createIndex(row, column, section + 1)
        return QModelIndex()

    def parent(self, index: _Index = _NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        if not parent.isValid():
            return len(self.issue.sections)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.issue.sections[parent.row()].entries)
        return 0

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 2

    def position(self, index: _Index) -> tuple[int, int] | None:
        """(section, row) of an entry index, (section, -1) of a section index, None if invalid."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return (index.row(), -1)
        return (index.internalId() - 1, index.row())

    def entry_index(self, position: tuple[int, int], column: int = 0) -> QModelIndex:
        s, row = position
        if row < 0:
            return self.index(s, column)
        return self.index(row, column, self.index(s, 0))

    def index_of_article(self, article_id: str) -> QModelIndex:
        pos = editorial.position_of(self.issue, article_id)
        return self.entry_index(pos) if pos else QModelIndex()

    # -- display --------------------------------------------------------------------------
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Headline") if section == 0 else self.tr("Length")
        return None

    def section_label(self, section: Section) -> str:
        titles = [t for t in (section.title_zh, section.title_en) if t]
        return " / ".join(titles) if titles else self.tr("Untitled section")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        pos = self.position(index)
        if pos is None:
            return None
        s, row = pos
        if role == PositionRole:
            return pos
        section = self.issue.sections[s]
        if row < 0:
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return self.section_label(section)
                return self.tr("%n entries", "", len(section.entries))
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return icon("section")
            if role == Qt.ItemDataRole.FontRole and index.column() == 0:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        entry = section.entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                article = self._project.article(entry.article_id)
                return entry.headline_zh or (article.title if article else entry.article_id)
            length = editorial.entry_length(entry, self.issue.targets)
            return (
                self.tr("%1 chars · %2 words")
                .replace("%1", str(length.zh_count))
                .replace("%2", str(length.en_count))
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.headline_en or self.tr("No English headline yet")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            warnings = editorial.entry_warnings(entry)
            return icon("warning") if warnings else icon("ok")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        return flags

    # -- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, SECTION_MIME, ARTICLE_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        for index in indexes:
            pos = self.position(index)
            if pos is None:
                continue
            if pos[1] < 0:
                mime.setData(SECTION_MIME, json.dumps(pos[0]).encode())
            else:
                mime.setData(ENTRY_MIME, json.dumps(list(pos)).encode())
            break
        return mime

    def _drop_target(self, row: int, parent: _Index) -> tuple[int, int] | None:
        """Where an entry dropped at (row, parent) goes, in before-move terms."""
        pos = self.position(parent)
        if pos is None:
            # Between sections: the end of the section above, or the start of the first one.
            if not self.issue.sections:
                return None
            if row <= 0:
                return (0, 0)
            s = min(row, len(self.issue.sections)) - 1
            return (s, len(self.issue.sections[s].entries))
        s, entry_row = pos
        if entry_row >= 0:  # dropped onto an entry: before it
            return (s, entry_row)
        count = len(self.issue.sections[s].entries)
        return (s, count if row < 0 else min(row, count))

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        if data.hasFormat(SECTION_MIME):
            return not parent.isValid()
        return data.hasFormat(ENTRY_MIME) or data.hasFormat(ARTICLE_MIME)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if data.hasFormat(SECTION_MIME):
            if parent.isValid():
                return False
            source = _dropped(data, SECTION_MIME)
            section_target = len(self.issue.sections) if row < 0 else row
            self.sectionMoveRequested.emit(int(source), int(section_target))
            return True
        target = self._drop_target(row, parent)
        if data.hasFormat(ENTRY_MIME):
            source = tuple(_dropped(data, ENTRY_MIME))
            if target is None:
                return False
            self.moveRequested.emit(source, target)
            return True
        if data.hasFormat(ARTICLE_MIME):
            ids = _dropped(data, ARTICLE_MIME)
            self.articlesDropped.emit(list(ids), target)
            return True
        return False

    # -- changes (called by undo commands) ------------------------------------------------
    def insert_entry(self, entry: Entry, position: tuple[int, int] | None) -> tuple[int, int]:
        """Insert an entry at `position` (clamped), or last when None; the issue needs a section
        (InsertEntryCommand adds one undoably)."""
        if not self.issue.sections:
            raise ValueError("the issue has no section to put the entry in")
        if position is None:
            s = len(self.issue.sections) - 1
            position = (s, len(self.issue.sections[s].entries))
        s = max(0, min(position[0], len(self.issue.sections) - 1))
        row = max(0, min(position[1], len(self.issue.sections[s].entries)))
        self.beginInsertRows(self.index(s, 0), row, row)
        editorial.insert_entry(self.issue, entry, (s, row))
        self.endInsertRows()
        self._section_changed(s)
        return (s, row)

    def remove_entry(self, position: tuple[int, int]) -> Entry:
        s, row = position
        self.beginRemoveRows(self.index(s, 0), row, row)
        entry = editorial.remove_entry(self.issue, position)
        self.endRemoveRows()
        self._section_changed(s)
        return entry

    def place_entry(self, source: tuple[int, int], final: tuple[int, int]) -> tuple[int, int]:
        """Move an entry so it ends at `final` (after-move terms)."""
        entry = self.remove_entry(source)
        return self.insert_entry(entry, final)

    def insert_section(self, index: int, section: Section) -> int:
        index = max(0, min(index, len(self.issue.sections)))
        self.beginInsertRows(QModelIndex(), index, index)
        self.issue.sections.insert(index, section)
        self.endInsertRows()
        return index

    def remove_section(self, index: int) -> Section:
        self.beginRemoveRows(QModelIndex(), index, index)
        section = self.issue.sections.pop(index)
        self.endRemoveRows()
        return section

    def move_section(self, source: int, final: int) -> int:
        section = self.remove_section(source)
        return self.insert_section(final, section)

    def set_section_titles(self, index: int, title_zh: str, title_en: str) -> None:
        section = self.issue.sections[index]
        section.title_zh, section.title_en = title_zh, title_en
        self._section_changed(index)
        self.titlesChanged.emit()

    def entry_changed(self, article_id: str) -> None:
        """An entry's text changed: repaint its row soon (coalesced, so typing repaints rarely)."""
        self._dirty.add(article_id)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_dirty(self) -> None:
        dirty, self._dirty = self._dirty, set()
        for article_id in dirty:
            idx = self.index_of_article(article_id)
            if idx.isValid():
                self.dataChanged.emit(idx, idx.siblingAtColumn(1))

    def _section_changed(self, s: int) -> None:
        idx = self.index(s, 0)
        self.dataChanged.emit(idx, idx.siblingAtColumn(1))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.layoutChanged.emit()
