"""The review desk's table: one row per labelled line of a page (number, role label, paragraph
mark, text), items told apart by a rule above their first line and alternating tints, uncertain
lines marked. Rows have one fixed height, so a page of hundreds of lines scrolls smoothly."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from digest.ingest.lines import BODY_ROLES, LabelledLine

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()

UNCERTAIN_BELOW = 0.75  # lines the labeller is less sure of than this are marked
LineRole = Qt.ItemDataRole.UserRole + 1  # the LabelledLine of the row
ItemStartRole = Qt.ItemDataRole.UserRole + 2  # True on the first line of an item

# Role label colours (background, text): headings warm, credits blue-grey, body neutral,
# structure (section label, dropped) muted; every pair keeps a contrast of 4.5:1 or more.
ROLE_COLOURS: dict[str, tuple[str, str]] = {
    "section": ("#5b4a8b", "#ffffff"),
    "kicker": ("#f3d9b1", "#5a3a00"),
    "headline": ("#b3261e", "#ffffff"),
    "subtitle": ("#f6c7c3", "#6b1410"),
    "byline": ("#1f5f8b", "#ffffff"),
    "dateline": ("#cfe3f1", "#143d5a"),
    "subheading": ("#e8b04b", "#3d2a00"),
    "paragraph": ("#e4e7eb", "#2b3137"),
    "caption": ("#2e7d4f", "#ffffff"),
    "caption_credit": ("#c9e7d3", "#1d4d31"),
    "closing_credit": ("#b9c7d6", "#1e3246"),
    "jump": ("#ddd6f0", "#3b2f66"),
    "furniture": ("#9aa0a6", "#ffffff"),
}
ITEM_TINTS = ("#ffffff", "#f4f6f8")


class ReviewLinesModel(QAbstractTableModel):
    COL_LINE, COL_ROLE, COL_PARAGRAPH, COL_TEXT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[LabelledLine] = []
        self.role_names: dict[str, str] = {}
        self._starts: set[int] = set()
        self._continues: set[int] = set()

    def set_lines(self, lines: list[LabelledLine], role_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.role_names = role_names
        self._starts, self._continues = set(), set()
        seen_items: set[int] = set()
        last_paragraph: dict[int, int] = {}  # item -> paragraph of its last body line
        for row, line in enumerate(lines):
            if line.item not in seen_items:
                seen_items.add(line.item)
                self._starts.add(row)
            if line.role in BODY_ROLES:
                if last_paragraph.get(line.item) == line.paragraph:
                    self._continues.add(row)
                last_paragraph[line.item] = line.paragraph
        self.endResetModel()

    def row_of_line(self, index: int) -> int:
        """The row of page line `index`, or of the nearest labelled line after it."""
        for row, line in enumerate(self.lines):
            if line.index >= index:
                return row
        return len(self.lines) - 1

    def continues_paragraph(self, row: int) -> bool:
        return row in self._continues

    def rowCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = _NO_PARENT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Line"),
                self.tr("Role"),
                "¶",
                self.tr("Text"),
            )[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line = self.lines[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_LINE:
                return str(line.index + 1)
            if column == self.COL_ROLE:
                name = self.role_names.get(line.role, line.role)
                return f"{name} ?" if line.confidence < UNCERTAIN_BELOW else name
            if column == self.COL_PARAGRAPH:
                if line.role not in BODY_ROLES:
                    return ""
                return "↳" if row in self._continues else "¶"
            return line.text
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("%1, %2% sure").replace("%1", self.role_names.get(line.role, line.role))
            tip = tip.replace("%2", str(round(line.confidence * 100)))
            if line.corrected:
                tip += " · " + self.tr("corrected")
            if column == self.COL_TEXT:
                return f"{line.text}\n\n{tip}"
            return tip
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(ITEM_TINTS[line.item % 2])
        if role == Qt.ItemDataRole.ForegroundRole and line.role == "furniture" and column == self.COL_TEXT:
            return QColor("#80868b")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_LINE, self.COL_PARAGRAPH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LineRole:
            return line
        if role == ItemStartRole:
            return row in self._starts
        return None


class ReviewLineDelegate(QStyledItemDelegate):
    """Paints the role as a coloured label (dashed and marked '?' when uncertain) and a rule
    above each item's first line."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        line: LabelledLine = index.data(LineRole)
        if index.column() != ReviewLinesModel.COL_ROLE or line is None:
            super().paint(painter, option, index)
        else:
            painter.save()
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            background = (
                option.palette.highlight().color() if selected else index.data(Qt.ItemDataRole.BackgroundRole)
            )
            painter.fillRect(option.rect, background)
            fill, ink = ROLE_COLOURS.get(line.role, ("#e4e7eb", "#2b3137"))
            chip = QRectF(option.rect).adjusted(4, 3, -4, -3)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            uncertain = line.confidence < UNCERTAIN_BELOW
            pen = QPen(QColor("#c77700") if uncertain else QColor(fill))
            pen.setWidthF(1.6 if uncertain else 1.0)
            if uncertain:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(chip, 4, 4)
            painter.setPen(QColor(ink))
            font = option.font
            painter.setFont(font)
            text = painter.fontMetrics().elidedText(
                str(index.data(Qt.ItemDataRole.DisplayRole)),
                Qt.TextElideMode.ElideRight,
                int(chip.width()) - 8,
            )
            painter.drawText(chip.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter), text)
            painter.restore()
        if index.data(ItemStartRole) and index.row() > 0:
            painter.save()
            painter.setPen(QPen(QColor("#3c4043"), 2))
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()
