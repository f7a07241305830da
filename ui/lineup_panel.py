"""The lineup pane: sections and entries as a tree (drag and drop), with buttons for each action."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDrag
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import Retranslating
from ui.lineup import LineupModel


class LineupView(QTreeView):
    """A tree whose drags never delete rows themselves: the drop runs an undoable move command."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lineupView")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setExpandsOnDoubleClick(False)

    def startDrag(self, supported_actions) -> None:
        indexes = self.selectedIndexes()
        if not indexes:
            return
        mime = self.model().mimeData(indexes[:1])
        drag = QDrag(self)
        drag.setMimeData(mime)
        drag.exec(Qt.DropAction.MoveAction)


class LineupPanel(Retranslating, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("paneTitle")
        self.view = LineupView(self)
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        self.title.hide()  # the tab beside the preflight list names the lineup
        bar.addStretch(1)
        for name in ("add_section", "rename_section", "move_up", "move_down", "remove", "properties"):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            self.buttons[name] = button
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 6, 6, 3)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def set_model(self, model: LineupModel) -> None:
        self.view.setModel(model)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.expandAll()
        model.rowsInserted.connect(
            lambda parent, *_: self.view.expand(parent) if parent.isValid() else self.view.expandAll()
        )
        model.modelReset.connect(self.view.expandAll)
        # Under X11, removing a section's last entry left the tree painting a stale row (the next
        # section twice) until something relaid it out: lay the rows out again once the removal is done.
        model.rowsRemoved.connect(lambda *_: QTimer.singleShot(0, self.view.doItemsLayout))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Issue lineup"))

    def bind_actions(self, actions: dict) -> None:
        """Each button shows one of the window's actions (text, icon, tooltip follow it)."""
        for name, button in self.buttons.items():
            button.setDefaultAction(actions[name])
        self.retranslate_ui()
